import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/project/project.js";
import { tempDirPath } from "../support/temp-dir.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { operatorClassFor, requiredArgumentsOf } from "../../src/dags/operator-data.js";
import data from "../../src/dags/data/operator-signatures.json" with { type: "json" };

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: ["include"] });
const findings = (source: string, ...version: [string | undefined, boolean?] | []) =>
  runFileChecks(extractDagInventory(parser.parse(source), source, "dags/x.py"), {
    settings: {},
    airflowMajor: 2,
    airflowVersion: version.length ? version[0] : "2.10.5",
    allowIllegalArguments: version[1],
    resolver,
    file: "dags/x.py",
  })
    .filter((f) => f.checkId === "task-argument-invalid")
    .map((f) => ({ line: f.line, column: f.column, message: f.message, fix: f.fix }));

const HEAD = `
from datetime import datetime
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.operators.empty import EmptyOperator
from airflow.utils.trigger_rule import TriggerRule
def work(**context):
    return 1
`;
const inDag = (body: string, args = "") => `${HEAD}with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)${args}) as dag:\n${body}\n`;

describe("operator-signatures.json (generated from Airflow 2.10.5)", () => {
  it("names its source and knows core classes under their deprecated alias paths", () => {
    expect(data.$comment).toMatch(/apache\/airflow .*2\.10\.5.*generate-operator-signatures\.py/s);
    expect(operatorClassFor("airflow.operators.bash_operator.BashOperator")).toBe("airflow.operators.bash.BashOperator");
    expect(operatorClassFor("airflow.operators.dummy.DummyOperator")).toBe("airflow.operators.empty.EmptyOperator");
    expect(operatorClassFor("airflow.providers.http.operators.http.HttpOperator")).toBeUndefined();
    expect(requiredArgumentsOf("airflow.operators.bash.BashOperator")).toEqual(["bash_command"]);
    expect(requiredArgumentsOf("airflow.operators.python.PythonOperator")).toEqual(["python_callable"]);
  });
});

describe("task-argument-invalid on core operator calls (Airflow 2.10)", () => {
  it("reports an unknown keyword on its name, with the closest valid one", () => {
    const found = findings(inDag(`    BashOperator(task_id="x", bash_command="echo", retires=3)`));
    expect(found).toEqual([
      {
        line: 11,
        column: 52,
        message: expect.stringContaining("Invalid arguments were passed to BashOperator (task_id: x)"),
        fix: "write 'retries'",
      },
    ]);
  });

  it("resolves import aliases and deprecated module paths", () => {
    const source = `
from datetime import datetime
from airflow import DAG
from airflow.operators.bash_operator import BashOperator as Shell
import airflow.operators.python as py
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    Shell(task_id="a", bash_command="echo", bash_comand="x")
    py.PythonOperator(task_id="b", python_callable=print, op_kwarg={})
`;
    expect(findings(source).map((f) => [f.line, f.fix])).toEqual([
      [7, "write 'bash_command'"],
      [8, "write 'op_kwargs'"],
    ]);
  });

  it("reports a missing required argument unless default_args or a splat may give it", () => {
    expect(findings(inDag(`    BashOperator(task_id="x")`))).toEqual([
      { line: 11, column: 5, message: expect.stringContaining("missing keyword argument 'bash_command'"), fix: expect.stringContaining("bash_command=") },
    ]);
    expect(findings(inDag(`    BashOperator(task_id="x")`, `, default_args={"bash_command": "echo"}`))).toEqual([]);
    expect(findings(inDag(`    BashOperator(task_id="x", **SETTINGS)`).replace("def work", "SETTINGS = {}\ndef work"))).toEqual([]);
    expect(findings(inDag(`    BashOperator(task_id="x")`, `, default_args=load_defaults()`).replace("def work", "def load_defaults(): return {}\ndef work"))).toEqual([]);
    // Words in docstrings and comments supply nothing.
    expect(findings(`"""Runs bash_command from default_args."""\n${inDag(`    BashOperator(task_id="x")  # bash_command= later`)}`)).toHaveLength(1);
    expect(findings(inDag(`    BashOperator(task_id="x")`, `, default_args=dict(bash_command="echo")`))).toEqual([]);
    // A task under a DAG another module makes: its default_args are unknown here.
    const outside = `from include.factory import make_dag\nfrom airflow.operators.bash import BashOperator\nwith make_dag("d") as dag:\n    BashOperator(task_id="x")\n`;
    expect(findings(outside)).toEqual([]);
  });

  it("reports positional arguments, a literal python_callable and an unknown TriggerRule member", () => {
    const found = findings(
      inDag(`    EmptyOperator("x")
    PythonOperator(task_id="p", python_callable="work")
    EmptyOperator(task_id="e", trigger_rule=TriggerRule.ALL_SUCCESSFUL)`),
    );
    expect(found.map((f) => [f.line, f.column, f.fix])).toEqual([
      [11, 19, 'name every argument (task_id="...", ...)'],
      [12, 49, "pass the function itself, without quotes"],
      [13, 57, "write TriggerRule.ALL_SUCCESS"],
    ]);
    expect(found[0]?.message).toContain("Use keyword arguments when initializing operators");
    expect(found[1]?.message).toContain("`python_callable` param must be callable");
    expect(found[2]?.message).toContain("AttributeError: ALL_SUCCESSFUL");
  });

  it("reports an unknown TriggerRule member anywhere module code runs (default_args, a module constant, a module alias), not in task bodies", () => {
    const source = `${HEAD}import airflow.utils.trigger_rule as tr
RULE = tr.TriggerRule.NONE_FAILED_OR_SKIPED
FINE = [TriggerRule.ALL_DONE, TriggerRule.ALL_DONE.value, TriggerRule.is_valid("x"), TriggerRule.upper]
def later():
    return TriggerRule.NOT_A_RULE
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1), default_args={"trigger_rule": TriggerRule.ONE_SUCESS}):
    EmptyOperator(task_id="e")
`;
    expect(findings(source).map((f) => [f.line, f.fix])).toEqual([
      [11, "write TriggerRule.NONE_FAILED_OR_SKIPPED"],
      [15, "write TriggerRule.ONE_SUCCESS"],
    ]);
  });

  it("accepts valid keywords of the class and of BaseOperator, provide_context=True, splats and project subclasses", () => {
    const source = inDag(`    BashOperator(task_id="a", bash_command="echo", env={"A": "1"}, pool="p", doc_md="d", executor_config={}, on_failure_callback=work, trigger_rule=TriggerRule.ALL_DONE)
    PythonOperator(task_id="b", python_callable=work, op_kwargs={}, templates_dict={}, provide_context=True)
    PythonOperator(task_id="c", python_callable=lambda: 1, **EXTRA)
    Mine(task_id="d", anything=1)`).replace("def work", "EXTRA = {}\nclass Mine(BashOperator):\n    def __init__(self, anything=None, **kwargs):\n        super().__init__(bash_command='x', **kwargs)\ndef work");
    expect(findings(source)).toEqual([]);
  });

  it("reports provide_context=False (PythonOperator pops it only when true), and any on PythonSensor (which never does)", () => {
    expect(findings(inDag(`    PythonOperator(task_id="b", python_callable=work, provide_context=False)`)).map((f) => f.fix)).toEqual([expect.stringContaining("remove provide_context")]);
    const sensor = inDag(`    PythonSensor(task_id="s", python_callable=work, provide_context=True)`).replace("def work", "from airflow.sensors.python import PythonSensor\ndef work");
    expect(findings(sensor).map((f) => f.message)).toEqual([expect.stringContaining("Invalid arguments were passed to PythonSensor (task_id: s)")]);
  });

  it("checks mapped operators' partial() and expand() keywords against the class chain (TypeError), not their required arguments", () => {
    const found = findings(
      inDag(`    BashOperator.partial(task_id="a", retires=2).expand(bash_command=["echo"])
    BashOperator.partial(task_id="b").expand(bash_comand=["echo"])
    PythonOperator.partial(task_id="c", provide_context=True).expand(op_args=[[1]])
    BashOperator.partial(task_id="d", retries=2).expand(env=[{"A": "1"}])
    BashOperator.partial(task_id="e", trigger_rule=TriggerRule.ALL_SUCCES).expand(bash_command=["echo"])`),
    );
    expect(found.map((f) => [f.line, f.fix])).toEqual([
      [11, "write 'retries'"],
      [12, "write 'bash_command'"],
      [13, expect.stringContaining("remove it")],
      [15, "write TriggerRule.ALL_SUCCESS"],
    ]);
    expect(found[0]?.message).toContain("TypeError: BashOperator.partial() got an unexpected keyword argument 'retires'");
    expect(found[1]?.message).toContain("TypeError: BashOperator.expand() got an unexpected keyword argument 'bash_comand'");
  });

  it("says nothing for other Airflow versions, or for calls module code never runs", () => {
    const broken = inDag(`    BashOperator(task_id="x", bash_command="echo", retires=3)`);
    expect(findings(broken, "2.9.3")).toEqual([]);
    expect(findings(broken, undefined)).toEqual([]);
    expect(findings(`${HEAD}def unused():\n    BashOperator(task_id="x", retires=3)\n`)).toEqual([]);
  });

  it("leaves unknown keywords alone when the project sets [operators] allow_illegal_arguments (DagBag then only warns)", async () => {
    const root = tempDirPath("astro-ci-illegal-args-");
    try {
      mkdirSync(join(root, "dags"));
      writeFileSync(join(root, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.7.1\nENV AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS=True\n");
      const project = await loadProject(root, { repoRoot: root });
      expect(project.allowIllegalArguments).toBe(true);
      const source = inDag(`    BashOperator(task_id="x", bash_command="echo", retires=3)\n    PythonOperator(task_id="y")`);
      expect(findings(source, project.airflowVersion, project.allowIllegalArguments).map((f) => f.message)).toEqual([expect.stringContaining("missing keyword argument 'python_callable'")]);
      writeFileSync(join(root, ".env"), "AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS=False\n");
      expect((await loadProject(root, { repoRoot: root })).allowIllegalArguments).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
