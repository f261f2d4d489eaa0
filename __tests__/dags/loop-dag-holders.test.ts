import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { isUnknown } from "../../src/core/findings.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

const HEADER = "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nSTART = datetime(2024, 1, 1)\n";
const idsOf = (body: string): string[] => {
  const source = HEADER + body;
  return extractDagInventory(parser.parse(source), source, "dags/x.py")
    .dags.map((d) => (isUnknown(d.dagId) ? "?" : d.dagId))
    .sort();
};

// Each case was checked against Airflow 2.10.5's DagBag (module globals that are DAGs, plus what `with` registers).
describe("plain DAGs made in a module-level loop and held by key", () => {
  it("a registry filled in a loop: the entries module code takes back out by key, last pass per key", () => {
    const registry = 'DAGS = {}\nfor name in ["alpha", "beta", "gamma"]:\n    DAGS[name] = DAG(f"loop_{name}", start_date=START, schedule=None)\n';
    expect(idsOf(`${registry}a = DAGS["alpha"]\nb = DAGS["beta"]\n`)).toEqual(["loop_alpha", "loop_beta"]);
    expect(idsOf(`${registry}first = DAGS["alpha"]\nthird = DAGS.get("gamma")\n`)).toEqual(["loop_alpha", "loop_gamma"]);
    // Two passes store under "a": the dict keeps the later DAG.
    expect(idsOf('DAGS = {}\nfor name in ["a1", "a2", "b1"]:\n    DAGS[name[:1]] = DAG(f"rs_{name}", start_date=START, schedule=None)\na = DAGS["a"]\n')).toEqual(["rs_a2"]);
  });

  it("a registry filled in a loop stays quiet when no entry, or no known key, is taken back", () => {
    expect(idsOf('DAGS = {}\nfor name in ["alpha", "beta"]:\n    DAGS[name] = DAG(f"loop_{name}", start_date=START, schedule=None)\n')).toEqual([]);
    // Keys not worked out statically: which DAGs DagBag finds is not known here.
    expect(idsOf('DAGS = {}\nfor name in ["a1", "a2"]:\n    DAGS[len(name)] = DAG(f"ru_{name}", start_date=START, schedule=None)\na = DAGS[2]\n')).toEqual([]);
  });

  it("globals()[key] = dag on each pass: one DAG per distinct key, an unknown entry when a key is not static", () => {
    expect(idsOf('for name in ["gamma", "delta"]:\n    dag = DAG(f"loop2_{name}", start_date=START, schedule=None)\n    EmptyOperator(task_id="start", dag=dag)\n    globals()[f"loop2_{name}"] = dag\n')).toEqual(["loop2_delta", "loop2_gamma"]);
    expect(idsOf('for name in ["x", "y"]:\n    dag_id = f"ga_{name}"\n    dag = DAG(dag_id, start_date=START, schedule=None)\n    globals()[dag_id] = dag\ndag = None\n')).toEqual(["ga_x", "ga_y"]);
    // One key for every pass: the global holds the last DAG.
    expect(idsOf('for name in ["x", "y"]:\n    dag = DAG(f"gs_{name}", start_date=START, schedule=None)\n    globals()["held"] = dag\n')).toEqual(["gs_y"]);
    expect(idsOf('for name in ["x", "y"]:\n    dag = DAG(f"gu_{name}", start_date=START, schedule=None)\n    globals()[f"gu_{name}_{id(name)}"] = dag\n')).toEqual(["?"]);
  });

  it("a comprehension's DAGs that a later loop enters or copies into globals()[d.dag_id]", () => {
    const made = 'dags = [DAG(f"loop4_{n}", start_date=START, schedule=None) for n in ("p", "q")]\n';
    expect(idsOf(`${made}for d in dags:\n    with d:\n        EmptyOperator(task_id="start")\n    globals()[d.dag_id] = d\n`)).toEqual(["loop4_p", "loop4_q"]);
    expect(idsOf(`${made}for d in dags:\n    with d:\n        EmptyOperator(task_id="start")\nd = None\n`)).toEqual(["loop4_p", "loop4_q"]);
    // Appended in a loop, then entered by a later loop.
    expect(idsOf('made = []\nfor n in ("p", "q"):\n    made.append(DAG(f"aw_{n}", start_date=START, schedule=None))\nfor d in made:\n    with d:\n        EmptyOperator(task_id="start")\nd = None\n')).toEqual(["aw_p", "aw_q"]);
    // auto_register=False (or a `**` splat that may set it): entering registers nothing; the DAGs stay one unknown entry.
    expect(idsOf('dags = [DAG(f"cn_{n}", auto_register=False, start_date=START, schedule=None) for n in ("p", "q")]\nfor d in dags:\n    with d:\n        EmptyOperator(task_id="start")\nd = None\n')).toEqual(["?"]);
    expect(idsOf('KW = {"schedule": None}\ndags = [DAG(f"ck_{n}", start_date=START, **KW) for n in ("p", "q")]\nfor d in dags:\n    with d:\n        EmptyOperator(task_id="start")\nd = None\n')).toEqual(["?"]);
  });
});

describe("`with DAG(..., auto_register=False) as name:` at module level", () => {
  it("lists the DAG only while a global holds it: not after `del name` or `name = None` (DagBag never bags it)", () => {
    const block = (id: string, name: string): string => `with DAG("${id}", auto_register=False, start_date=START, schedule=None) as ${name}:\n    pass\n`;
    expect(idsOf(block("ar_deleted", "_d") + "del _d\n")).toEqual([]);
    expect(idsOf(block("ar_rebound", "_r") + "_r = None\n")).toEqual([]);
    expect(idsOf(block("ar_kept", "kept"))).toEqual(["ar_kept"]);
    expect(idsOf(block("ar_aliased", "_a") + "other = _a\ndel _a\n")).toEqual(["ar_aliased"]);
  });
});
