import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { undefinedNameFindings } from "../../src/dags/ruff.js";

/*
 * Names module-level code reads at import that nothing has bound, where ruff sees a binding: names imported only
 * under `if TYPE_CHECKING:` (FileInventory.typeCheckingReads) and names only a function binds through `global`
 * (FileInventory.globalReads). Each reported case raises NameError in CPython (checked with Airflow 2.10.5's Python);
 * the unreported ones import fine or are not certain to fail (`hooks = [load]` may call load). The corpus'
 * import-time-reads project holds the same kinds of files for the agreement test with real DagBag.
 */

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const inventoryOf = (source: string): FileInventory => extractDagInventory(parser.parse(source), source, "dags/x.py");
/** The undefined-name findings of a file ruff reports nothing in, as `line:column name`. */
const undefinedAt = (source: string): string[] =>
  undefinedNameFindings([], inventoryOf(source), "dags/x.py", "error").map((f) => `${f.line}:${f.column} ${/'([^']+)'/.exec(f.message)?.[1]}`);

const TC = "from typing import TYPE_CHECKING, Optional\n\nif TYPE_CHECKING:\n    from airflow.models.taskinstance import TaskInstance\n\n";

describe("names imported only under `if TYPE_CHECKING:`", () => {
  it("reports a module-level and a class-level annotation with a value (evaluated; PEP 526)", () => {
    expect(undefinedAt(`${TC}LAST_TI: TaskInstance = None\n`)).toEqual(["6:10 TaskInstance"]);
    expect(undefinedAt(`${TC}class N:\n    ctx: TaskInstance = None\n`)).toEqual(["7:10 TaskInstance"]);
  });

  it("reports a nested parameter annotation once, and an annotated parameter with a default", () => {
    expect(undefinedAt(`${TC}def f(ti: Optional[TaskInstance]) -> None:\n    pass\n`)).toEqual(["6:20 TaskInstance"]);
    expect(undefinedAt(`${TC}def f(ti: TaskInstance = None):\n    pass\n`)).toEqual(["6:11 TaskInstance"]);
  });

  it("reports a plain module-level read, also under `from __future__ import annotations`, with its own message", () => {
    expect(undefinedAt(`${TC}TI_CLASS = TaskInstance\n`)).toEqual(["6:12 TaskInstance"]);
    const postponed = `from __future__ import annotations\n${TC}LAST: TaskInstance = None\nprint(TaskInstance)\n`;
    expect(undefinedAt(postponed)).toEqual(["8:7 TaskInstance"]);
    const [finding] = undefinedNameFindings([], inventoryOf(postponed), "dags/x.py", "error");
    expect(finding?.message).toContain("module-level code reads it here");
    expect(finding?.fix).toContain("outside `if TYPE_CHECKING:`");
  });

  it("does not report annotations under PEP 563, nor reads that need not run at import", () => {
    expect(undefinedAt(`from __future__ import annotations\n${TC}LAST: TaskInstance = None\nclass N:\n    ctx: TaskInstance = None\n`)).toEqual([]);
    const lazy = [
      "LAZY = (TaskInstance for _ in ())",
      "LATER = lambda: TaskInstance",
      "SKIPPED = None and TaskInstance",
      "X = 1 if True else TaskInstance",
      "if FLAG:\n    Y = TaskInstance",
      "try:\n    Z = TaskInstance\nexcept NameError:\n    Z = None",
      "import contextlib\nwith contextlib.suppress(NameError):\n    W = TaskInstance",
      "def callback(context):\n    return isinstance(context, TaskInstance)",
    ];
    for (const code of lazy) expect(undefinedAt(`FLAG = 0\n${TC}${code}\n`), code).toEqual([]);
    // Bound at run time too: not judged.
    expect(undefinedAt(`${TC}TaskInstance = object\nTI_CLASS = TaskInstance\n`)).toEqual([]);
  });
});

const LOAD = 'def load():\n    global SCHEDULE\n    SCHEDULE = "@daily"\n\n\n';

describe("names only a function binds through `global`", () => {
  it("reports the first module-level read above any call of the function (NameError in DagBag)", () => {
    expect(undefinedAt(`${LOAD}x = SCHEDULE\nload()\n`)).toEqual(["6:5 SCHEDULE"]);
    expect(undefinedAt(`${LOAD}x = SCHEDULE\ny = SCHEDULE\n`)).toEqual(["6:5 SCHEDULE"]);
    // A class body runs at import; a later module-level assignment does not help the read above it.
    expect(undefinedAt(`${LOAD}class S:\n    s = SCHEDULE\n\nSCHEDULE = "@hourly"\n`)).toEqual(["7:9 SCHEDULE"]);
    // Its bases run in the module's scope, whatever the body binds; and a class body reads the module's name until
    // the body binds its own.
    expect(undefinedAt(`${LOAD}class S(dict[str, SCHEDULE]):\n    SCHEDULE = 1\n`)).toEqual(["6:19 SCHEDULE"]);
    expect(undefinedAt(`${LOAD}class S:\n    s = SCHEDULE\n    SCHEDULE = 1\n`)).toEqual(["7:9 SCHEDULE"]);
    expect(undefinedAt(`${LOAD}class S:\n    s = [SCHEDULE]\n    if 0:\n        SCHEDULE = 1\n`)).toEqual(["7:10 SCHEDULE"]);
    const [finding] = undefinedNameFindings([], inventoryOf(`${LOAD}x = SCHEDULE\n`), "dags/x.py", "error");
    expect(finding?.message).toContain("`global SCHEDULE` in load(), line 2");
    expect(finding?.fix).toBe("call load() above this line, or assign 'SCHEDULE' at module level above it");
  });

  it("does not report a read after anything that may run the function, or that need not run", () => {
    const fine = [
      `${LOAD}load()\nx = SCHEDULE\n`,
      `${LOAD}def setup():\n    load()\n\n\nsetup()\nx = SCHEDULE\n`,
      `${LOAD}hooks = [load]\nx = SCHEDULE\n`,
      `${LOAD}def later(s=load()):\n    pass\n\n\nx = SCHEDULE\n`,
      `${LOAD}SCHEDULE = None\nx = SCHEDULE\n`,
      `${LOAD}if FLAG:\n    x = SCHEDULE\n`,
      `${LOAD}def task_body():\n    return SCHEDULE\n`,
      `${LOAD}x = (load(), SCHEDULE)\n`,
      // Declared global elsewhere than in a plain module-level def: not followed.
      `import functools\n\n@functools.cache\n${LOAD}x = SCHEDULE\n`,
      `class C:\n    global SCHEDULE\n    SCHEDULE = 1\n\nx = SCHEDULE\n`,
      // A class body binding the name reads its own (CPython's LOAD_NAME looks in the class namespace first).
      `${LOAD}class S:\n    SCHEDULE = "@daily"\n    s = SCHEDULE\n`,
      `${LOAD}class S:\n    if FLAG:\n        SCHEDULE = 1\n    else:\n        SCHEDULE = 2\n    s = SCHEDULE\n`,
    ];
    for (const source of fine) expect(undefinedAt(`FLAG = 0\n${source}`), source).toEqual([]);
  });
});
