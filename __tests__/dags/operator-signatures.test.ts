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

describe("task-argument-invalid on TaskGroup's signature (Airflow 2.10)", () => {
  const GROUP_HEAD = `${HEAD}from airflow.decorators import task_group
from airflow.utils.task_group import TaskGroup
STYLE = {"ui_color": "#fff"}
`;
  const at = (source: string, ...version: [string | undefined] | []) => findings(GROUP_HEAD + source, ...version).map((f) => [f.line, f.message.replace(/^.*fails with /, ""), f.fix]);

  it("takes TaskGroup's signature from Airflow 2.10.5 (operator-signatures.json taskGroup)", () => {
    expect(data.taskGroup.parameters[0]).toBe("group_id");
    expect(data.taskGroup.parameters).toContain("add_suffix_on_collision");
    expect(data.taskGroup.required).toEqual(["group_id"]);
    // add_suffix_on_collision is in TASKGROUP_ARGS_EXPECTED_TYPES but never kept on the group, so never checked.
    expect(data.taskGroup.types).toEqual({ prefix_group_id: "bool", tooltip: "str", ui_color: "str", ui_fgcolor: "str" });
  });

  it("reports TaskGroup(...) with an unknown keyword, no group_id, too many positional arguments, one given twice, a value of the wrong type", () => {
    const source = `with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    with TaskGroup("a", tooltp="x"):
        EmptyOperator(task_id="a1")
    with TaskGroup(tooltip="no id"):
        EmptyOperator(task_id="b1")
    with TaskGroup("c", True, None, None, None, "", "", "", False, 1):
        EmptyOperator(task_id="c1")
    with TaskGroup("d", group_id="d"):
        EmptyOperator(task_id="d1")
    with TaskGroup("e", prefix_group_id="no", tooltip=1, ui_color=None):
        EmptyOperator(task_id="e1")
    with TaskGroup("f", self=1):
        EmptyOperator(task_id="f1")
`;
    expect(at(source)).toEqual([
      [14, "TypeError: TaskGroup.__init__() got an unexpected keyword argument 'tooltp'", "write 'tooltip'"],
      [16, "TypeError: TaskGroup.__init__() missing 1 required positional argument: 'group_id'", expect.stringContaining("group_id")],
      [18, "TypeError: TaskGroup.__init__() takes from 2 to 10 positional arguments but 11 were given", expect.stringContaining("name the arguments")],
      [20, "TypeError: TaskGroup.__init__() got multiple values for argument 'group_id'", "give group_id once"],
      [22, "TypeError: 'prefix_group_id' has an invalid type <class 'str'> with value no, expected type is <class 'bool'>", expect.stringContaining("True or")],
      [22, "TypeError: 'tooltip' has an invalid type <class 'int'> with value 1, expected type is <class 'str'>", 'write tooltip as a string, e.g. tooltip="1"'],
      [24, "TypeError: TaskGroup.__init__() got multiple values for argument 'self'", expect.any(String)],
    ]);
  });

  it("reports a bytes or list value of a str parameter (validate_instance_args' isinstance check; checked with real DagBag)", () => {
    const source = `TIP = b"Load"
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    with TaskGroup("a", tooltip=b"x"):
        EmptyOperator(task_id="a1")
    with TaskGroup("b", tooltip=TIP, ui_fgcolor=["#000"]):
        EmptyOperator(task_id="b1")
    with TaskGroup("c", prefix_group_id=b"no"):
        EmptyOperator(task_id="c1")
`;
    expect(at(source)).toEqual([
      [15, "TypeError: 'tooltip' has an invalid type <class 'bytes'> with value b'x', expected type is <class 'str'>", 'write tooltip as a string, e.g. tooltip="x" (a str, without the b prefix)'],
      [17, "TypeError: 'tooltip' has an invalid type <class 'bytes'> with value b'Load', expected type is <class 'str'>", expect.stringContaining('tooltip="Load"')],
      [17, "TypeError: 'ui_fgcolor' has an invalid type <class 'list'> with value [\"#000\"], expected type is <class 'str'>", expect.stringContaining("not a list")],
      [19, "TypeError: 'prefix_group_id' has an invalid type <class 'bytes'> with value b'no', expected type is <class 'bool'>", expect.stringContaining("True or")],
    ]);
  });

  it("accepts TaskGroup's own keywords, by position too, None for typed ones, a splat; and says nothing off 2.10 or where nothing runs", () => {
    const source = `def unused():
    TaskGroup(tooltip="never made", bogus=1)
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    with TaskGroup(group_id="a", prefix_group_id=False, tooltip="t", ui_color="#fff", ui_fgcolor="#000", default_args={}, add_suffix_on_collision=True):
        EmptyOperator(task_id="a1")
    with TaskGroup("b", True, None, None, None, "tip", ui_color=None) if False else TaskGroup("c", **STYLE):
        EmptyOperator(task_id="b1")
`;
    expect(at(source)).toEqual([]);
    expect(at(`with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):\n    TaskGroup("a", tooltp="x")\n`, "2.9.3")).toEqual([]);
  });

  it("reports @task_group(...) keywords when the def runs, and a suffix or a wrong value only when the function is called", () => {
    const source = `@task_group(tooltp="x")
def never_called():
    EmptyOperator(task_id="a")
@task_group(add_suffix_on_collision=True, prefix_group_id="no")
def also_never_called():
    EmptyOperator(task_id="b")
@task_group(add_suffix_on_collision=True, ui_color=5)
def called():
    EmptyOperator(task_id="c")
def factory():
    @task_group(bogus=1)
    def inner():
        EmptyOperator(task_id="d")
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    called()
`;
    expect(at(source)).toEqual([
      [13, "TypeError: got an unexpected keyword argument 'tooltp'", "write 'tooltip'"],
      [19, expect.stringContaining("TypeError: airflow.utils.task_group.TaskGroup() got multiple values for keyword argument 'add_suffix_on_collision'"), expect.stringContaining("remove add_suffix_on_collision")],
      [19, "TypeError: 'ui_color' has an invalid type <class 'int'> with value 5, expected type is <class 'str'>", expect.any(String)],
    ]);
  });

  it("reports .override(...) keywords of an @task_group function, and its values only when the group is made right away", () => {
    const source = `@task_group
def region():
    EmptyOperator(task_id="a")
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    region.override(group="emea")()
    later = region.override(tooltip=3)
    region.override(group_id="apac", tooltip=4)()
    region.override(group_id="amer", tooltip="Americas")()
`;
    expect(at(source)).toEqual([
      [17, "TypeError: got an unexpected keyword argument 'group'", expect.stringContaining("remove it")],
      [19, "TypeError: 'tooltip' has an invalid type <class 'int'> with value 4, expected type is <class 'str'>", expect.any(String)],
    ]);
  });
});

describe("task-argument-invalid on python_callable given a called function's result (Airflow 2.10)", () => {
  const CALL_HEAD = `${HEAD}from airflow.operators.python import BranchPythonOperator, ExternalPythonOperator, ShortCircuitOperator
from airflow.sensors.python import PythonSensor
import functools
`;
  const at = (defs: string, body: string) => findings(`${CALL_HEAD}${defs}with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):\n${body}\n`).map((f) => [f.line, f.message, f.fix]);

  it("reports a module function that returns a literal or nothing, as PythonOperator, BranchPythonOperator and ShortCircuitOperator check it", () => {
    const defs = `def nothing():
    print("x")
def config(flag=True, *, mode="a"):
    """Docs."""
    if flag:
        return {"mode": mode}
    elif mode:
        return None
    else:
        return f"{mode}"
def name(x):
    return "work"
`;
    const found = at(defs, `    PythonOperator(task_id="a", python_callable=nothing())
    BranchPythonOperator(task_id="b", python_callable=config(mode="b"))
    ShortCircuitOperator(task_id="c", python_callable=name(1))`);
    expect(found).toEqual([
      [26, expect.stringContaining("python_callable of PythonOperator is nothing(...), the function called, which returns None, not a callable: importing the file fails with AirflowException: `python_callable` param must be callable"), "pass the function itself without calling it: python_callable=nothing (op_args/op_kwargs give it arguments)"],
      [27, expect.stringContaining("which returns a dict or None or a str, not a callable"), expect.stringContaining("python_callable=config")],
      [28, expect.stringContaining("which returns a str, not a callable"), expect.any(String)],
    ]);
  });

  it("reports a lambda, a string and a called function's literal for ExternalPythonOperator (ValueError: only supports functions)", () => {
    const found = at(`def nothing():\n    return\n`, `    ExternalPythonOperator(task_id="a", python="/usr/bin/python3", python_callable=lambda: 1)
    ExternalPythonOperator(task_id="b", python="/usr/bin/python3", python_callable=nothing())`);
    expect(found.map((f) => f[1])).toEqual([
      expect.stringContaining("is a lambda, not a function: importing the file fails with ValueError: ExternalPythonOperator only supports functions for python_callable arg"),
      expect.stringContaining("is nothing(...), the function called, which returns None, not a function"),
    ]);
  });

  it("stays quiet unless the result is certainly no callable", () => {
    const defs = `def handler():
    def inner(**context):
        return 1
    return inner
def lam():
    return lambda: 1
def named():
    return work
def partial():
    return functools.partial(work)
def gen():
    yield 1
def fails():
    raise ValueError("x")
async def coro():
    return None
def needs(x):
    return None
def rebound():
    return None
rebound = work
@functools.cache
def cached():
    return None
`;
    const body = `    PythonOperator(task_id="a", python_callable=handler())
    PythonOperator(task_id="b", python_callable=lam())
    PythonOperator(task_id="c", python_callable=named())
    PythonOperator(task_id="d", python_callable=partial())
    PythonOperator(task_id="e", python_callable=gen())
    PythonOperator(task_id="f", python_callable=fails())
    PythonOperator(task_id="g", python_callable=coro())
    PythonOperator(task_id="h", python_callable=needs())
    PythonOperator(task_id="i", python_callable=rebound())
    PythonOperator(task_id="j", python_callable=cached())
    PythonOperator(task_id="k", python_callable=lambda: 1)
    PythonSensor(task_id="l", python_callable=needs(1))`;
    expect(at(defs, body)).toEqual([]);
    // A function of the same name local to the @dag function, and a call nothing runs.
    const local = `${CALL_HEAD}from airflow.decorators import dag
def make():
    return None
@dag(schedule=None, start_date=datetime(2024, 1, 1))
def pipeline():
    def make():
        return print
    PythonOperator(task_id="a", python_callable=make())
pipeline()
def unused():
    PythonOperator(task_id="b", python_callable=make())
`;
    expect(findings(local)).toEqual([]);
  });
});
