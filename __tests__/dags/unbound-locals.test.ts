import { beforeAll, describe, expect, it } from "vitest";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { loadRuff, runRuff, undefinedNameFindings } from "../../src/dags/ruff.js";

/*
 * Reads of a function's local variable above its binding (src/dags/unbound-locals.ts): ruff reports them as undefined
 * names (F821), CPython raises UnboundLocalError (its words checked with CPython 3.10 to 3.13; DagBag 2.10.5 in the
 * corpus' undefined-names project). Other undefined names keep NameError.
 */

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
  await loadRuff();
});
const inventoryOf = (source: string): FileInventory => extractDagInventory(parser.parse(source), source, "dags/x.py");
const messages = (source: string, pythonVersion = "3.12"): string[] => undefinedNameFindings(runRuff(source, pythonVersion), inventoryOf(source), "dags/x.py", "error", pythonVersion).map((f) => `${f.line} ${f.severity} ${f.message}`);

const DAG_FUNCTION = `from airflow.decorators import dag, task


@dag(schedule=None)
def alerts():
    @task(on_failure_callback=alert)
    def t():
        pass

    def alert(context):
        print(context)

    t()


alerts()
`;

describe("undefined-name on a local variable read above its binding", () => {
  it("words a callback defined below the @task naming it as UnboundLocalError, at import", () => {
    expect(messages(DAG_FUNCTION)).toEqual([
      "6 error 'alert' is a local variable of alerts(), which binds it only at line 10: Airflow runs this line while importing the file, and importing this DAG fails with UnboundLocalError: cannot access local variable 'alert' where it is not associated with a value",
    ]);
  });

  it("uses Python 3.10's words on a 3.10 runtime", () => {
    expect(messages(DAG_FUNCTION, "3.10")[0]).toContain("UnboundLocalError: local variable 'alert' referenced before assignment");
  });

  it("covers reads before an assignment, an augmented value, an import and a bare annotation, in uncalled functions as warnings", () => {
    const source = "def f():\n    print(x)\n    x = 1\n\n\ndef g():\n    y = y + 1\n\n\ndef h():\n    print(os)\n    import os\n\n\ndef k():\n    print(m)\n    m: int\n";
    expect(messages(source).map((m) => m.replace(/: this code fails .*/, ""))).toEqual([
      "2 warning 'x' is a local variable of f(), which binds it only at line 3",
      "7 warning 'y' is a local variable of g(), which binds it only at line 7",
      "11 warning 'os' is a local variable of h(), which binds it only at line 12",
      "16 warning 'm' is a local variable of k(), which binds it only at line 17",
    ]);
    expect(messages(source).every((m) => m.includes("fails with UnboundLocalError: cannot access local variable"))).toBe(true);
  });

  it("keeps NameError for names no scope binds, a class body's and a comprehension's reads, and global or nonlocal names", () => {
    const source = [
      "def a():\n    print(missing)\n",
      "def b():\n    class C:\n        v = z\n    z = 1\n",
      "def c():\n    return [w for _ in range(2)]\n    w = 1\n",
      "def d():\n    global G\n    print(G)\n    G = 1\n",
    ].join("\n\n");
    const found = messages(source);
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).not.toContain("UnboundLocalError");
    expect(inventoryOf(source).unboundLocalReads).toBeUndefined();
  });

  it("lists only reads above the binding, not parameters or reads below it", () => {
    const source = "def f(p, q=1):\n    print(p, q)\n    p = 2\n    for i in range(3):\n        print(i)\n    late = 1\n    return late\n";
    expect(inventoryOf(source).unboundLocalReads).toBeUndefined();
  });
});
