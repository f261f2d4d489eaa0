import { beforeAll, describe, expect, it } from "vitest";
import { codeOnlyText } from "../../src/dags/code-text.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

/** codeOnlyText, checked to keep the length and every line break of what it is given. */
const code = (source: string): string => {
  const out = codeOnlyText(source);
  expect(out.length).toBe(source.length);
  expect([...out.matchAll(/[\n\r]/g)].map((m) => m.index)).toEqual([...source.matchAll(/[\n\r]/g)].map((m) => m.index));
  return out;
};

describe("codeOnlyText", () => {
  it("leaves code without comments or strings as it is", () => {
    const source = "x = 1\nretries=2\nif a == b:\n    pass\n";
    expect(code(source)).toBe(source);
    expect(code("")).toBe("");
  });

  it("blanks a comment to the end of its line, keeping the `#`", () => {
    expect(code("x = 1  # retries=2\ny = 2\n")).toBe("x = 1  #          \ny = 2\n");
    expect(code("# only a comment")).toBe("#               ");
    expect(code("#\n#x\r\n#y\rz")).toBe("#\n# \r\n# \rz");
  });

  it("blanks the content of single- and double-quoted strings, keeping prefix and quotes", () => {
    expect(code(`a = "x=1"; b = 'y: 2'`)).toBe(`a = "   "; b = '    '`);
    expect(code(`a = "" + ''`)).toBe(`a = "" + ''`);
  });

  it("blanks triple-quoted strings and docstrings across lines, keeping the line breaks", () => {
    const source = `"""Module doc: a task can set\nexecution_timeout=... itself."""\nx = '''a\nb'''\n`;
    expect(code(source)).toBe(`"""                          \n                             """\nx = ''' \n '''\n`);
  });

  it("ends a triple-quoted string at its first closing triple quote; a lone quote inside does not end it", () => {
    expect(code(`"""a"b""c"""d`)).toBe(`"""      """d`);
    expect(code(`'''a b'''' c`)).toBe(`'''   ''''  `);
  });

  it("keeps a string whose whole content is a plain identifier", () => {
    expect(code(`{"retries": 2, 'trigger_rule': "all_done"}`)).toBe(`{"retries": 2, 'trigger_rule': "all_done"}`);
    expect(code(`d["execution_timeout"] = x`)).toBe(`d["execution_timeout"] = x`);
    expect(code(`r"pool" b'_x1' """doc""" f"plain"`)).toBe(`r"pool" b'_x1' """doc""" f"plain"`);
    // Not an identifier: blanked.
    expect(code(`"all done" "1abc" "a.b" "a-b" "é"`)).toBe(`"        " "    " "   " "   " " "`);
  });

  it("reads backslash escapes: an escaped quote does not end a string, an escaped backslash does not escape it", () => {
    expect(code(`"a\\"b" + x`)).toBe(`"    " + x`);
    expect(code(`'a\\\\' + x`)).toBe(`'   ' + x`);
    expect(code(`"""a\\"""" + x`)).toBe(`"""   """ + x`);
  });

  it("reads a raw string: no escapes, yet it cannot end on an escaped quote", () => {
    expect(code(`r"\\"" + x`)).toBe(`r"  " + x`);
    expect(code(`r"\\\\" + x`)).toBe(`r"  " + x`);
    // `r'C:\dir\'` does not end on its last quote: the string runs on to the end of the line, as in Python.
    expect(code(`R'C:\\dir\\' + x\ny`)).toBe(`R'            \ny`);
  });

  it("continues a single-quoted string over a backslash-newline", () => {
    expect(code(`s = "a\\\nretries=2"\ny = 1`)).toBe(`s = "  \n         "\ny = 1`);
    expect(code(`s = "a\\\r\nb"\ny = 1`)).toBe(`s = "  \r\n "\ny = 1`);
  });

  it("takes every string prefix in any case, and no other word as one", () => {
    for (const prefix of ["r", "u", "b", "f", "rb", "br", "fr", "rf", "R", "U", "B", "F", "Rb", "bR", "FR", "rF", "t", "TR"]) {
      expect(code(`${prefix}"x=1" + y`)).toBe(`${prefix}"   " + y`);
      expect(code(`${prefix}'''x=1''' + y`)).toBe(`${prefix}'''   ''' + y`);
    }
    // A keyword right before a string is no prefix; the string is still read.
    expect(code(`x if"a=1"else"b=2"`)).toBe(`x if"   "else"   "`);
  });

  it("blanks an f-string whole, the expressions of its fields included", () => {
    expect(code(`f"{retries=}" + x`)).toBe(`f"          " + x`);
    expect(code(`f"a {d['retries']} b" + x`)).toBe(`f"                  " + x`);
    expect(code(`f"{x:>{width}} {{retries=}}" + y`)).toBe(`f"                         " + y`);
  });

  it("reads f-strings as Python 3.12 does: the same quote, nested f-strings, comments in fields", () => {
    expect(code(`f"{d["retries"]}" + x`)).toBe(`f"              " + x`);
    expect(code(`f"{f"{f"{1}"}"}" + x`)).toBe(`f"             " + x`);
    expect(code(`f"""{\n  x  # retries=2\n}""" + y`)).toBe(`f""" \n                \n """ + y`);
    expect(code(`f"{'}'}" + x`)).toBe(`f"     " + x`);
    expect(code(`f"\\N{EM DASH}{x}" + y`)).toBe(`f"              " + y`);
    expect(code(`rf"\\{x}\\"" + y`)).toBe(`rf"      " + y`);
  });

  it("ends an unterminated string at the end of its line (single quotes) or of the file (triple quotes)", () => {
    expect(code(`s = "retries=2\ny = 1`)).toBe(`s = "         \ny = 1`);
    expect(code(`s = f'{x} a\ny = 1`)).toBe(`s = f'     \ny = 1`);
    expect(code(`s = """retries=2\ny = 1\n`)).toBe(`s = """         \n     \n`);
    expect(code(`s = "\\`)).toBe(`s = " `);
    // An open string inside a field ends the f-string there too.
    expect(code(`f"{'a\ny = 1`)).toBe(`f"   \ny = 1`);
  });

  it("does not read a `#` inside a string as a comment", () => {
    expect(code(`x = "#"; retries=2`)).toBe(`x = " "; retries=2`);
    expect(code(`x = f"{'#'}"; retries=2`)).toBe(`x = f"     "; retries=2`);
  });

  it("does not read a quote inside a comment as a string", () => {
    expect(code(`x = 1  # don't\nretries = 2  # "\ny = "a"`)).toBe(`x = 1  #      \nretries = 2  #  \ny = "a"`);
  });

  it("keeps the length in UTF-16 code units around non-ASCII text", () => {
    expect(code(`x = "é😀"  # ünï\nτ = 1`)).toBe(`x = "   "  #    \nτ = 1`);
  });

  it("stays linear on long and pathological input", () => {
    const inputs = ['"'.repeat(200_000), "'''" + "\\".repeat(200_000), 'f"{'.repeat(100_000), "#".repeat(200_000), 'f"' + "{".repeat(200_000), "rb".repeat(100_000) + '"'];
    for (const input of inputs) {
      const started = performance.now();
      code(input);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe("default_args keys set elsewhere, read on code only", () => {
  let parser: PythonParser;
  beforeAll(async () => {
    parser = await createPythonParser();
  });
  const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
  const findings = (source: string) => {
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    return runFileChecks(inventory, { settings: {}, airflowMajor: 2, resolver, file: "dags/x.py" })
      .filter((f) => f.checkId === "dag-argument-invalid")
      .map((f) => [f.line, f.message.replace(/,.*$/, "")]);
  };
  const IMPORTS = "import pendulum\nfrom datetime import timedelta\nfrom airflow import DAG\nfrom airflow.operators.bash import BashOperator\n";
  const TIMEOUT = `with DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"execution_timeout": 3600}):\n    BashOperator(task_id="t", bash_command="echo")\n`;

  it("judges a default_args value a comment mentions as a keyword", () => {
    expect(findings(`# one hour; a task can set execution_timeout=... itself\n${IMPORTS}${TIMEOUT}`)).toEqual([[6, "DAG 'x' has default_args execution_timeout=3600"]]);
    expect(findings(`${IMPORTS}${TIMEOUT}`)).toEqual([[5, "DAG 'x' has default_args execution_timeout=3600"]]);
  });

  it("judges a default_args value a module docstring mentions", () => {
    expect(findings(`"""Exports billing.\n\nA task can set execution_timeout=timedelta(...) itself.\n"""\n${IMPORTS}${TIMEOUT}`)).toEqual([[9, "DAG 'x' has default_args execution_timeout=3600"]]);
  });

  it("judges a default_args key a comment beside it writes as a keyword", () => {
    const source = `${IMPORTS}with DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={'trigger_rule': 'ALL_DONE'}):  # trigger_rule='ALL_DONE'\n    BashOperator(task_id="t", bash_command="echo")\n`;
    expect(findings(source)).toEqual([[5, "DAG 'x' has default_args trigger_rule='ALL_DONE'"]]);
  });

  it("still says nothing when the code sets the key again: a task's own argument, a later item assignment, another dict", () => {
    // A module dict given an item later is no dict literal default_args can be read from (nothing to judge); the DAG's
    // own default_args given one before the tasks is set elsewhere (DagBag loads both).
    const own = `${IMPORTS}with DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"execution_timeout": 3600}):\n    BashOperator(task_id="t", bash_command="echo", execution_timeout=timedelta(hours=1))\n`;
    expect(findings(own)).toEqual([]);
    const later = `${IMPORTS}args = {"execution_timeout": 3600}\nargs["execution_timeout"] = timedelta(hours=1)\nwith DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args=args):\n    BashOperator(task_id="t", bash_command="echo")\n`;
    expect(findings(later)).toEqual([]);
    const mutated = `${IMPORTS}with DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"execution_timeout": 3600}) as dag:\n    dag.default_args["execution_timeout"] = timedelta(hours=1)\n    BashOperator(task_id="t", bash_command="echo")\n`;
    expect(findings(mutated)).toEqual([]);
    const group = `${IMPORTS}from airflow.utils.task_group import TaskGroup\nwith DAG("x", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"execution_timeout": 3600}):\n    with TaskGroup("g", default_args={"execution_timeout": timedelta(hours=1)}):\n        BashOperator(task_id="t", bash_command="echo")\n`;
    expect(findings(group)).toEqual([]);
  });
});
