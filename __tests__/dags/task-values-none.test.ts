import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { taskValueProblem } from "../../src/dags/checks-dag-arguments.js";

/*
 * Task arguments BaseOperator (or a sensor) refuses as None, on the task and in default_args, and ExternalTaskSensor's
 * keywords refused together. Each verdict was probed with Airflow 2.10.5's DagBag; the corpus (operator-calls,
 * dag-construction) holds the same shapes checked against it.
 */
let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const findings = (source: string) =>
  runFileChecks(extractDagInventory(parser.parse(source), source, "dags/x.py"), { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py" })
    .filter((f) => f.checkId === "task-argument-invalid" || f.checkId === "dag-argument-invalid")
    .map((f) => ({ check: f.checkId, line: f.line, message: f.message }));

const HEAD = `from datetime import datetime, timedelta
from airflow import DAG
from airflow.decorators import task
from airflow.operators.empty import EmptyOperator
from airflow.sensors.external_task import ExternalTaskSensor
from airflow.sensors.filesystem import FileSensor
`;
const inDag = (body: string, defaults = "") => `${HEAD}with DAG("d", start_date=datetime(2024, 1, 1), schedule=None${defaults}):\n${body}\n`;

describe("task arguments given None", () => {
  it("knows which BaseOperator and sensor arguments refuse None", () => {
    const refuses = (name: string, sensor = false) => taskValueProblem(name, null, { typed: true, sensor })?.error;
    expect(refuses("retry_delay")).toBe("TypeError: unsupported type for timedelta seconds component: NoneType");
    expect(refuses("pool_slots")).toBe("TypeError: '<' not supported between instances of 'NoneType' and 'int'");
    expect(refuses("trigger_rule")).toMatch(/^AirflowException: The trigger_rule must be one of/);
    expect(refuses("poke_interval", true)).toMatch(/^AirflowException: Operator arg `poke_interval`/);
    expect(refuses("mode", true)).toMatch(/^AirflowException: The mode must be one of/);
    for (const name of ["poke_interval", "timeout", "mode"]) expect(refuses(name)).toBeUndefined();
    for (const name of ["execution_timeout", "retries", "priority_weight", "max_retry_delay", "weight_rule", "owner", "pool", "queue", "sla", "email", "depends_on_past", "max_active_tis_per_dag"]) {
      expect(refuses(name), name).toBeUndefined();
    }
  });

  it("reports them on the task (also through a constant and on a called @task), not the ones that take None", () => {
    const source = inDag(`    EmptyOperator(task_id="a", retry_delay=None)
    EmptyOperator(task_id="b", pool_slots=NO_SLOTS)
    FileSensor(task_id="c", filepath="/x", timeout=None)
    EmptyOperator(task_id="ok", execution_timeout=None, retries=None, priority_weight=None, weight_rule=None)

    @task(retry_delay=None)
    def report():
        return 1

    report()`).replace("with DAG", "NO_SLOTS = None\nwith DAG");
    expect(findings(source)).toEqual([
      { check: "task-argument-invalid", line: 9, message: "EmptyOperator 'a' has retry_delay=None: importing the file fails with TypeError: unsupported type for timedelta seconds component: NoneType" },
      { check: "task-argument-invalid", line: 10, message: expect.stringContaining("pool_slots=None: importing the file fails with TypeError: '<' not supported") },
      { check: "task-argument-invalid", line: 11, message: expect.stringContaining("FileSensor 'c' has timeout=None") },
      { check: "task-argument-invalid", line: 14, message: expect.stringContaining("the task 'report' gets retry_delay=None") },
    ]);
  });

  it("reports them in default_args of a DAG with a task, unless a task sets its own or the keys are not all known", () => {
    expect(findings(inDag(`    EmptyOperator(task_id="a")`, `, default_args={"retry_delay": None, "retries": None}`))).toEqual([
      { check: "dag-argument-invalid", line: 7, message: expect.stringContaining("has default_args retry_delay=None, which every task gets: importing the file fails with TypeError") },
    ]);
    expect(findings(inDag(`    EmptyOperator(task_id="a", retry_delay=300)`, `, default_args={"retry_delay": None}`))).toEqual([]);
    expect(findings(inDag(`    EmptyOperator(task_id="a")`, `, default_args={"pool_slots": None, **EXTRA}`).replace("with DAG", "EXTRA = {}\nwith DAG"))).toEqual([]);
  });
});

describe("ExternalTaskSensor keywords refused together", () => {
  const sensor = (keywords: string) => findings(inDag(`    ExternalTaskSensor(task_id="w", external_dag_id="up", ${keywords})`));

  it.each([
    ['external_task_id="a", external_task_ids=["b"]', "external_task_id= and external_task_ids=", "Only one of `external_task_id` or `external_task_ids`"],
    ['external_task_group_id="g", external_task_ids=("b",)', "external_task_group_id= and external_task_ids=", "Only one of `external_task_group_id` or `external_task_ids`"],
    ['external_task_group_id="g", external_task_id="a"', "external_task_group_id= and external_task_id=", "Only one of `external_task_group_id` or `external_task_ids`"],
    ["execution_delta=timedelta(hours=1), execution_date_fn=lambda dt: dt", "execution_delta= and execution_date_fn=", "Only one of `execution_delta` or `execution_date_fn` may be provided to ExternalTaskSensor; not both."],
  ])("reports %s (ValueError)", (keywords, both, error) => {
    expect(sensor(keywords)).toEqual([{ check: "task-argument-invalid", line: 8, message: expect.stringContaining(`is given both ${both}: importing the file fails with ValueError: ${error}`) }]);
  });

  it("reports only the first pair __init__ checks", () => {
    expect(sensor('external_task_id="a", external_task_ids=["b"], external_task_group_id="g"').map((f) => f.message)).toEqual([expect.stringContaining("external_task_id= and external_task_ids=")]);
  });

  it.each([
    'external_task_id="a", external_task_ids=[]',
    'external_task_id=None, external_task_ids=["b"]',
    'external_task_id="a", external_task_ids=IDS',
    'external_task_group_id="g", external_task_id=None',
    "execution_delta=timedelta(hours=1), execution_date_fn=None",
    "execution_delta=DELTA, execution_date_fn=lambda dt: dt",
    "execution_delta=timedelta(hours=1), execution_date_fn=pick",
  ])("stays quiet where one may be None or empty: %s", (keywords) => {
    expect(sensor(keywords)).toEqual([]);
  });
});
