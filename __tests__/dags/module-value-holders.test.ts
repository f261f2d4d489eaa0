import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const invalid = (source: string): number[] =>
  runFileChecks(extractDagInventory(parser.parse(source), source, "dags/x.py"), { settings: {}, airflowMajor: 2, resolver, file: "dags/x.py" })
    .filter((f) => f.checkId === "dag-argument-invalid")
    .map((f) => f.line);
const HEADER = "import copy\nfrom datetime import datetime, timedelta\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n";

// Each case was checked against Airflow 2.10.5's DagBag: files marked "loads" import, the others fail on the line given.
describe("module values changed through other names (dag-argument-invalid)", () => {
  it.each([
    ["only a keyword argument of DAG() (its DAG kept in a dict): A unchanged", "A = {\"owner\": \"x\"}\ndags = {}\ndag = DAG(\"p5\", default_args=A, schedule=\"@daily\")\nEmptyOperator(task_id=\"t\", dag=dag)\ndags[\"p5\"] = dag\n", [7]],
    ["only a `copy.deepcopy` copy item-assigned: A unchanged", "A = {\"owner\": \"x\"}\nB = copy.deepcopy(A)\nB[\"start_date\"] = datetime(2024, 1, 1)\nwith DAG(\"p6\", default_args=A, schedule=\"@daily\"):\n    EmptyOperator(task_id=\"t\")\n", [8]],
    ["`globals()[f\"dag_{n}\"] = DAG(...)` over names that are not the constant", "TIMEOUT = 3600\nfor n in [\"a\", \"b\"]:\n    globals()[f\"dag_{n}\"] = DAG(f\"p9_{n}\", start_date=datetime(2024, 1, 1), schedule=None, dagrun_timeout=TIMEOUT)\n", [7, 7]],
    ["a comprehension's loop variable over a tuple holding it, updated", "A = {\"owner\": \"x\"}\n[a.update(start_date=datetime(2024, 1, 1)) for a in (A,)]\nwith DAG(\"u1\", default_args=A, schedule=\"@daily\"):\n    EmptyOperator(task_id=\"t\")\n", []],
    ["a chained alias (`x = y = A`), item-assigned", "A = {\"owner\": \"x\"}\nx = y = A\ny[\"start_date\"] = datetime(2024, 1, 1)\nwith DAG(\"u2\", default_args=A, schedule=\"@daily\"):\n    EmptyOperator(task_id=\"t\")\n", []],
    ["a list it was appended to, its items item-assigned in a loop", "A = {\"owner\": \"x\"}\nREG = []\nREG.append(A)\nfor r in REG:\n    r[\"start_date\"] = datetime(2024, 1, 1)\nwith DAG(\"u3\", default_args=A, schedule=\"@daily\"):\n    EmptyOperator(task_id=\"t\")\n", []],
    ["a `dict(args=A)` container's item, item-assigned", "A = {\"owner\": \"x\"}\nCFG = dict(args=A)\nCFG[\"args\"][\"start_date\"] = datetime(2024, 1, 1)\nwith DAG(\"u4\", default_args=A, schedule=\"@daily\"):\n    EmptyOperator(task_id=\"t\")\n", []],
    ["`globals()[n]` over a list spelling the name", "TIMEOUT = 3600\nfor n in [\"TIMEOUT\"]:\n    globals()[n] = timedelta(seconds=TIMEOUT)\nwith DAG(\"u7\", start_date=datetime(2024, 1, 1), schedule=None, dagrun_timeout=TIMEOUT):\n    EmptyOperator(task_id=\"t\")\n", []],
    ["`globals().update(load())`: any name", "def load():\n    return {\"TIMEOUT\": timedelta(hours=1)}\nTIMEOUT = 3600\nglobals().update(load())\nwith DAG(\"u8\", start_date=datetime(2024, 1, 1), schedule=None, dagrun_timeout=TIMEOUT):\n    EmptyOperator(task_id=\"t\")\n", []],
  ] as [string, string, number[]][])("%s", (_label, body, lines) => {
    expect(invalid(HEADER + body)).toEqual(lines);
  });

  it("a project operator whose __init__ may set a default_args key itself: no claim that every task gets it", () => {
    // include/ops.py (as in the corpus, dag-construction/include/bounded.py) sets kwargs["execution_timeout"] itself.
    const operator = "from include.ops import Bounded\n";
    const dag = (tasks: string) => `${HEADER}${operator}with DAG("d", start_date=datetime(2024, 1, 1), schedule=None, default_args={"execution_timeout": 600}):\n${tasks}`;
    expect(invalid(dag('    Bounded(task_id="b")\n'))).toEqual([]);
    expect(invalid(dag('    Bounded(task_id="b")\n    EmptyOperator(task_id="e")\n'))).toEqual([6]);
  });
});
