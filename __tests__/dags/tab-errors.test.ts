import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { loadRuff, runRuff } from "../../src/dags/ruff.js";
import { indentationError, withIndentationError } from "../../src/dags/tab-errors.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * What CPython's tokenizer refuses in indentation mixing tabs and spaces and ruff's parser takes or words otherwise
 * (src/dags/tab-errors.ts), and CPython's compile errors ruff reports as lint rules (F406). Every expectation here was
 * checked with CPython 3.10 to 3.13's compile() (the same verdict and line in each); the corpus' import-failures
 * project holds such files for the agreement test with real DagBag 2.10.5.
 */

describe("indentationError: CPython's two measures of indentation", () => {
  const cases: [string, ["tab" | "dedent", number] | undefined][] = [
    // A tab (col 8, altcol 1) then 8 spaces (col 8, altcol 8): the same by one measure, deeper by the other.
    ["def f():\n\tif 1:\n        pass\n", ["tab", 3]],
    ["if 1:\n        x=1\n\ty=2\n", ["tab", 3]],
    ["if 1:\n\tif 1:\n\t        x=1\n\t\ty=2\n", ["tab", 4]],
    // Deeper by col, not by altcol.
    ["if x:\n        if y:\n\t    pass\n", ["tab", 3]],
    // A dedent to no level on the stack: IndentationError, not TabError.
    ["if x:\n \tpass\n  x = 1\n", ["dedent", 3]],
    // Inside brackets, after a backslash, inside a string: no indentation of a new logical line.
    ["if 1:\n\tx = (1,\n        2)\n\ty = 1\n", undefined],
    ["if 1:\n\tx = 1 + \\\n        2\n\ty = 1\n", undefined],
    ['if 1:\n\tx = """\n        a"""\n\ty = 1\n', undefined],
    ["if 1:\n\tx = f'''{(1,\n        2)}'''\n\ty = 1\n", undefined],
    // Blank and comment-only lines do not count; a backslash in the indentation keeps the first columns.
    ["if 1:\n\tx = 1\n        # note\n   \n\ty = 1\n", undefined],
    ["if 1:\n  \\\n\tx=1\n  y=2\n", undefined],
    ["if 1:\n\tx=1\n\\\n        y=2\n", ["tab", 4]],
    // Tabs throughout, and CRLF line ends.
    ["def f():\n\tif 1:\n\t\tpass\n\treturn 1\n", undefined],
    ["def f():\r\n\tif 1:\r\n        pass\r\n", ["tab", 3]],
  ];
  it.each(cases)("%j", (source, expected) => {
    const found = indentationError(source);
    expect(found ? [found.kind, found.line] : undefined).toEqual(expected);
  });

  it("returns at once for a file without a tab in any line's leading whitespace", () => {
    expect(indentationError("if 1:\n    x = '\t'\n  y = 1\n")).toBeUndefined();
  });
});

describe("withIndentationError: ruff's syntax errors beside CPython's", () => {
  const diagnostic = (line: number, column: number, message: string) => ({ code: "syntax-error", message, line, column, endLine: line, endColumn: column + 1 });

  it("puts the TabError before ruff's later syntax errors and drops ruff's own on that line", () => {
    const source = "if 1:\n        x=1\n\ty=2\nz = = 1\n";
    const out = withIndentationError([diagnostic(3, 1, "unindent does not match any outer indentation level"), diagnostic(4, 5, "Expected an expression")], source);
    expect(out.map((d) => [d.line, d.message])).toEqual([
      [3, "TabError: inconsistent use of tabs and spaces in indentation"],
      [4, "Expected an expression"],
    ]);
    expect(out[0]).toMatchObject({ column: 1, endColumn: 2 });
  });

  it("keeps ruff's earlier errors first, and drops its 'Expected an indented block' only at the end of the line before", () => {
    // CPython: TabError on line 3 (line 2's `if x:` block needs line 3's indentation first).
    const atEnd = withIndentationError([diagnostic(2, 15, "Expected an indented block after `if` statement")], "if x:\n\t        if x:\n\t\t\tpass\n");
    expect(atEnd.map((d) => d.line)).toEqual([3]);
    // CPython: "expected an indented block" on line 3 (line 2's header has no deeper line), then TabError on line 4.
    const atStart = withIndentationError([diagnostic(3, 9, "Expected an indented block after `if` statement")], "if x:\n       \tif x:\n        pass\n\t \tx = 1\n");
    expect(atStart.map((d) => d.line)).toEqual([3, 4]);
  });
});

describe("runRuff: what CPython refuses that ruff's parser takes", () => {
  beforeAll(async () => {
    await loadRuff();
  });
  const firstSyntaxError = (source: string) => runRuff(source, "3.12").find((d) => d.code === "syntax-error");

  it("reports CPython's TabError where ruff says nothing or 'unindent does not match'", () => {
    const loop = 'def add_tasks(dag):\n\tfor i in range(3):\n        EmptyOperator(task_id=f"t{i}", dag=dag)\n';
    expect(firstSyntaxError(loop)).toMatchObject({ line: 3, message: "TabError: inconsistent use of tabs and spaces in indentation" });
    expect(firstSyntaxError("if 1:\n        x=1\n\ty=2\n")).toMatchObject({ line: 3, message: "TabError: inconsistent use of tabs and spaces in indentation" });
    expect(firstSyntaxError("if x:\n \tpass\n  x = 1\n")).toMatchObject({ line: 3, message: "IndentationError: unindent does not match any outer indentation level" });
    expect(firstSyntaxError("def f():\n\tif 1:\n\t\tpass\n")).toBeUndefined();
  });

  it("reports a star import in a function or class body as CPython words it (ruff's F406)", () => {
    expect(firstSyntaxError("def f():\n    x = 1\n    from os import *\n")).toMatchObject({ line: 3, message: expect.stringMatching(/^import \* only allowed at module level: `from os import \*`/) });
    expect(firstSyntaxError("class A:\n    from os import *\n")).toMatchObject({ line: 2 });
    expect(firstSyntaxError("from os import *\nif 1:\n    from sys import *\n")).toBeUndefined();
  });
});

describe("a helper module with a TabError", () => {
  let analyzer: FileAnalyzer;
  beforeAll(async () => {
    analyzer = await createInProcessAnalyzer();
  });
  afterAll(async () => {
    await analyzer.close();
  });

  it("fails the DAG file importing it with CPython's TabError (helper-import-failed)", async () => {
    const tree = makeTempTree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/helper.py": 'from airflow.operators.empty import EmptyOperator\n\n\ndef add_tasks(dag):\n\tfor i in range(3):\n        EmptyOperator(task_id=f"t{i}", dag=dag)\n',
      "dags/uses.py":
        'from datetime import datetime\n\nfrom airflow import DAG\nfrom include.helper import add_tasks\n\nwith DAG("d", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"], default_args={"owner": "o", "retries": 2}) as dag:\n    add_tasks(dag)\n',
    });
    const config = await loadConfig({ repoRoot: tree.dir });
    const entry = config.projects[0];
    if (!entry) throw new Error("no project");
    const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, logger: new RecordingLogger() }, config.file);
    const helper = result.findings.filter((f) => f.checkId === "helper-import-failed");
    expect(helper).toHaveLength(1);
    expect(helper[0]).toMatchObject({ file: "dags/uses.py", line: 4, severity: "error" });
    expect(helper[0]?.message).toContain("fails with TabError: inconsistent use of tabs and spaces in indentation (raised in include/helper.py:6)");
  });
});
