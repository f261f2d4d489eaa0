import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

// Files of many DAGs: the per-DAG questions (tasks made with `dag=name`, a name bound again later, a default_args key
// set elsewhere, a callee shadowed in the file, the module's globals) are answered from per-file indexes, not a walk
// or scan of the whole file per DAG. These tests check that the answers stay those of each DAG on its own.

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const inventoryOf = (source: string): FileInventory => extractDagInventory(parser.parse(source), source, "dags/many.py");
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const findingsOf = (inventory: FileInventory) => runFileChecks(inventory, { settings: {}, airflowMajor: 2, resolver, file: "dags/many.py" });

const HEADER = `from datetime import datetime, timedelta
from airflow import DAG
from airflow.decorators import dag
from airflow.models.baseoperator import BaseOperator
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "team", "retries": 2, "execution_timeout": 30}


class MyOperator(BaseOperator):
    def __init__(self, **kwargs):
        kwargs["execution_timeout"] = timedelta(minutes=5)
        super().__init__(**kwargs)

`;

/** One DAG's code, its names suffixed by `i`; six kinds in turn. */
function block(i: number): string {
  switch (i % 6) {
    case 0:
      return `d${i} = DAG("plain_${i}", default_args=ARGS, start_date=datetime(2024, 1, 1), schedule="0 0 * * *", tags=["a"])\nEmptyOperator(task_id="t", dag=d${i})\nMyOperator(task_id="u", dag=d${i})\n`;
    case 1:
      return `c${i} = DAG("custom_${i}", default_args=ARGS, start_date=datetime(2024, 1, 1), schedule=timedelta(days=1))\nMyOperator(task_id="t", dag=c${i})\nMyOperator(task_id="u", dag=c${i})\n`;
    case 2:
      return `with DAG("with_${i}", start_date=datetime(2024, 1, 1), schedule="@daily", default_args=ARGS) as w${i}:\n    EmptyOperator(task_id="t")\n    EmptyOperator(task_id="t")\n`;
    case 3:
      return `r${i} = DAG("first_${i}", start_date=datetime(2024, 1, 1), schedule=None)\nkeep${i} = r${i}\nr${i} = DAG("second_${i}", start_date=datetime(2024, 13, 1), schedule="bad cron")\n`;
    case 4:
      return `@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef f${i}():\n    EmptyOperator(task_id="t")\n\n\nx${i} = f${i}()\n`;
    default:
      return `g${i} = DAG("gone_${i}", start_date=datetime(2024, 1, 1), schedule=None, dagrun_timeout=timedelta(hours="1"))\ndel g${i}\n\n\ndef make${i}():\n    return DAG(LATER${i}, start_date=datetime(2024, 1, 1), schedule=None)\n\n\nm${i} = make${i}()\nLATER${i} = "late_${i}"\n`;
  }
}

/** A value without its line numbers (`line`, `endLine`, `callLine`..., "at line 12" in a message), which differ between the files compared. */
function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([key]) => !/line$/i.test(key)).map(([key, v]) => [key, withoutLines(v)]));
  return typeof value === "string" ? value.replace(/\bline \d+/g, "line N") : value;
}

describe("a file of many DAGs", () => {
  it("gives each DAG, its findings and its early reads what the DAG's code alone gives", () => {
    const count = 120;
    const alone = Array.from({ length: count }, (_, i) => inventoryOf(HEADER + block(i)));
    const all = inventoryOf(HEADER + Array.from({ length: count }, (_, i) => block(i)).join("\n"));

    expect(all.dags).toHaveLength(alone.flatMap((inventory) => inventory.dags).length);
    expect(withoutLines(all.dags)).toEqual(withoutLines(alone.flatMap((inventory) => inventory.dags)));
    expect(withoutLines(all.dagGlobals)).toEqual(withoutLines(alone.flatMap((inventory) => inventory.dagGlobals ?? [])));
    // More functions than mentionsAny tests one by one: the early reads are found by the words of each statement.
    expect(withoutLines(all.earlyReads)).toEqual(withoutLines(alone.flatMap((inventory) => inventory.earlyReads ?? [])));
    expect(all.earlyReads?.map((read) => read.name)).toEqual(Array.from({ length: count / 6 }, (_, k) => `LATER${6 * k + 5}`));
    // The same findings; a file lists them by check, not by DAG.
    const sorted = (findings: unknown[]): string[] => findings.map((f) => JSON.stringify(withoutLines(f))).sort();
    expect(sorted(findingsOf(all))).toEqual(sorted(alone.flatMap(findingsOf)));

    // What the kinds exercise, so the comparison above is not between empty answers.
    const byId = new Map(all.dags.map((d) => [d.dagId, d]));
    expect(byId.get("plain_0")).toMatchObject({ taskCount: 2 });
    expect(byId.get("plain_0")?.customOperatorsOnly).toBeUndefined();
    expect(byId.get("custom_115")).toMatchObject({ taskCount: 2, customOperatorsOnly: true });
    expect(byId.has("first_3")).toBe(true);
    expect(byId.has("gone_5")).toBe(false);
    expect(all.dags.filter((d) => d.definedBy === "@dag")).toHaveLength(count / 6);
    expect(findingsOf(all).filter((f) => f.checkId === "dag-argument-invalid").length).toBeGreaterThanOrEqual(count / 6);
  });

  it("counts each DAG's tasks made with dag= anywhere in the module, and drops DAGs whose name is bound again at the end", () => {
    const count = 200;
    const lines = [HEADER];
    for (let i = 0; i < count; i++) lines.push(`d${i} = DAG("dag_${i}", default_args=ARGS, start_date=datetime(2024, 1, 1), schedule=None)`);
    // The tasks come after every DAG, the last DAG's first: DAG i gets i % 3 tasks, Airflow's when i % 4 is 0.
    for (let i = count - 1; i >= 0; i--) {
      for (let t = 0; t < i % 3; t++) lines.push(`${i % 4 === 0 ? "EmptyOperator" : "MyOperator"}(task_id="t${t}", dag=d${i})`);
    }
    for (let i = 0; i < count; i += 10) lines.push(`d${i} = None`);
    const inventory = inventoryOf(`${lines.join("\n")}\n`);

    const kept = Array.from({ length: count }, (_, i) => i).filter((i) => i % 10 !== 0);
    expect(inventory.dags.map((d) => d.dagId)).toEqual(kept.map((i) => `dag_${i}`));
    expect(inventory.dags.map((d) => d.taskCount)).toEqual(kept.map((i) => i % 3));
    expect(inventory.dags.map((d) => d.customOperatorsOnly === true)).toEqual(kept.map((i) => i % 3 > 0 && i % 4 !== 0));
    expect(inventory.dagGlobals?.map((g) => g.name)).toEqual(kept.map((i) => `d${i}`));
  });
});
