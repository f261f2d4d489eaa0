import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { isAnalysisRecord } from "../../src/dags/analysis-records.js";

/**
 * TaskFlow errors Airflow 2.10.5's DagBag raises while it imports a file (each case below was run through a real
 * DagBag): a context key's default other than None (DecoratedOperator.__init__, when the task is made), a @task's
 * expand()/partial() keyword that is a context key, a trigger_rule "always" task mapped over another task's output,
 * expand() with no argument (airflow/decorators/base.py, decorators/task_group.py, models/mappedoperator.py).
 */
let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const errors = (source: string) =>
  runFileChecks(extractDagInventory(parser.parse(source), source, "dags/x.py"), { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py" })
    .filter((f) => f.severity === "error")
    .map((f) => ({ checkId: f.checkId, line: f.line, message: f.message }));

const HEAD = `from datetime import datetime
from airflow import DAG
from airflow.decorators import dag, task, task_group
from airflow.operators.bash import BashOperator
from airflow.utils.trigger_rule import TriggerRule
`;
/** `body` (4-space indented lines) in a module-level with DAG block; line 7 is the body's first line. */
const inDag = (body: string) => `${HEAD}with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):\n${body}\n`;

describe("a @task parameter named like a context key with a default other than None (task-argument-invalid)", () => {
  it("is reported where the task is made, quoting DecoratedOperator's ValueError", () => {
    const found = errors(inDag(`    @task\n    def f(x, ds="2024-01-01"):\n        return x\n    f(1)`));
    expect(found).toEqual([{ checkId: "task-argument-invalid", line: 10, message: expect.stringContaining("ValueError: Context key parameter ds can't have a default other than None") as string }]);
  });

  it("names the first such parameter, keyword-only and typed ones too, also through .override(...)(...)", () => {
    expect(errors(inDag(`    @task\n    def f(x, ds="a", ts=1):\n        return x\n    f(1)`))[0]?.message).toContain("Context key parameter ds can't");
    expect(errors(inDag(`    @task\n    def f(x, *, params={}):\n        return x\n    f(1)`))[0]?.message).toContain("Context key parameter params can't");
    expect(errors(inDag(`    @task\n    def f(x, ti: object = 0):\n        return x\n    f(1)`))[0]?.message).toContain("Context key parameter ti can't");
    expect(errors(inDag(`    @task.bash\n    def f(x, ds=False):\n        return "echo"\n    f.override(task_id="g")(1)`))[0]?.message).toContain("Context key parameter ds can't");
  });

  it("comes before the 'signature broke' check DecoratedOperator makes next", () => {
    const found = errors(inDag(`    @task\n    def f(conn, sql, ds="x"):\n        return 1\n    f(1, 2)`));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("Context key parameter ds can't");
  });

  it("is reported in an @dag function that is called, not in one nothing calls", () => {
    const dagFn = (call: string) => `${HEAD}@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef p():\n    @task\n    def f(x, ds="x"):\n        return x\n    f(1)\n${call}`;
    expect(errors(dagFn("p()\n")).map((f) => f.checkId)).toEqual(["task-argument-invalid"]);
    expect(errors(dagFn(""))).toEqual([]);
  });

  it("is not reported for None, no default, a non-literal default, another parameter's default, a mapped or uncalled task, a @task.sensor", () => {
    expect(errors(inDag(`    @task\n    def f(x, ds=None):\n        return x\n    f(1)`))).toEqual([]);
    expect(errors(inDag(`    @task\n    def f(x, ds):\n        return x\n    f(1)`))).toEqual([]);
    expect(errors(inDag(`    @task\n    def f(x, ds=DEFAULT):\n        return x\n    f(1)`))).toEqual([]);
    expect(errors(inDag(`    @task\n    def f(x, y="2024-01-01"):\n        return x\n    f(1)`))).toEqual([]);
    expect(errors(inDag(`    @task\n    def f(x, ds="x"):\n        return x\n    f.expand(x=[1, 2])\n    f.partial(x=1).expand(ds=[1])`)).map((f) => f.message)).toEqual([expect.stringContaining("cannot call expand() on task context variable 'ds'")]);
    expect(errors(inDag(`    @task\n    def f(x, ds="x"):\n        return x`))).toEqual([]);
    expect(errors(inDag(`    @task.sensor(poke_interval=5)\n    def f(x, ds="x"):\n        return True\n    f(1)`))).toEqual([]);
  });

  it("leaves @task.sensor functions' signatures alone (a PythonSensor binds nothing when made)", () => {
    expect(errors(inDag(`    @task.sensor(poke_interval=5)\n    def f(conn, sql):\n        return True\n    f(1, 2, 3)`))).toEqual([]);
  });
});

describe("a @task's expand() or partial() keyword that is a context key (task-mapping-valid)", () => {
  it("is reported with Airflow's ValueError, before the unexpected-keyword check and whether or not the function has the parameter", () => {
    const found = errors(inDag(`    @task\n    def f(x):\n        return x\n    f.partial(x=1).expand(params=[{}, {}])`));
    expect(found).toEqual([{ checkId: "task-mapping-valid", line: 10, message: expect.stringContaining("ValueError: cannot call expand() on task context variable 'params'") as string }]);
    expect(errors(inDag(`    @task\n    def f(x, params):\n        return x\n    f.partial(x=1).expand(params=[{}, {}])`))[0]?.message).toContain("task context variable 'params'");
    expect(errors(inDag(`    @task\n    def f(**kwargs):\n        return 1\n    f.expand(ds=[1])`))[0]?.message).toContain("task context variable 'ds'");
    expect(errors(inDag(`    @task.sensor(poke_interval=5)\n    def f(x):\n        return True\n    f.expand(params=[{}])`))[0]?.message).toContain("task context variable 'params'");
  });

  it("for partial() too, and names every context key of the call", () => {
    expect(errors(inDag(`    @task\n    def f(x, ds=None):\n        return x\n    f.partial(ds=1).expand(x=[1])`))[0]?.message).toContain("ValueError: cannot call partial() on task context variable 'ds'");
    expect(errors(inDag(`    @task\n    def f(x, ds=None, ti=None):\n        return x\n    f.expand(ds=[1], ti=[2])`))[0]?.message).toContain("cannot call expand() on task context variables 'ds', 'ti'");
  });

  it("is not reported for expand_kwargs() naming one, or a @task_group's parameter", () => {
    expect(errors(inDag(`    @task\n    def f(x, ds=None):\n        return x\n    f.expand_kwargs([{"x": 1, "ds": 2}])`))).toEqual([]);
    expect(errors(inDag(`    @task_group\n    def g(x, params):\n        pass\n    g.partial(x=1).expand(params=[1, 2])`))).toEqual([]);
  });
});

describe('a @task whose trigger_rule is "always" mapped over another task\'s output (task-mapping-valid)', () => {
  const SRC = `    @task\n    def src():\n        return [1, 2]\n`;
  const always = (rule: string, mapping: string) => inDag(`${SRC}    @task(trigger_rule=${rule})\n    def f(x, y=0):\n        return x\n    ${mapping}`);

  it("is reported for the string, TriggerRule.ALWAYS, a name bound to the output, a mapped task's or an operator's output", () => {
    const found = errors(always(`"always"`, "f.expand(x=src())"));
    expect(found).toEqual([{ checkId: "task-mapping-valid", line: 13, message: expect.stringContaining("ValueError: Task-generated mapping within a task using 'expand' is not allowed with trigger rule 'always'.") as string }]);
    expect(errors(always("TriggerRule.ALWAYS", "s = src()\n    f.expand(x=s)"))).toHaveLength(1);
    expect(errors(always(`"always"`, `f.expand(x=f.override(task_id="g").expand(x=[1]))`))).toHaveLength(1);
    expect(errors(always(`"always"`, "b = BashOperator(task_id='b', bash_command='echo 1')\n    f.expand(x=b.output)"))).toHaveLength(1);
    expect(errors(always(`"always"`, "f.partial(y=1).expand(x=src())"))).toHaveLength(1);
  });

  it("through .override(trigger_rule=...), and for expand_kwargs() over a list of dicts holding an output", () => {
    const overridden = inDag(`${SRC}    @task\n    def f(x, y):\n        return x\n    f.override(trigger_rule="always").partial(y=1).expand(x=src())`);
    expect(errors(overridden)).toHaveLength(1);
    const kwargs = errors(always(`"always"`, `f.expand_kwargs([{"x": src()}, {"x": 1}])`));
    expect(kwargs).toEqual([{ checkId: "task-mapping-valid", line: 13, message: expect.stringContaining("using 'expand_kwargs' is not allowed with trigger rule 'always'") as string }]);
  });

  it("is not reported over a literal list, for expand_kwargs over a whole output, set back by override, via default_args, an output in partial(), a classic operator", () => {
    expect(errors(always(`"always"`, "f.expand(x=[1, 2])"))).toEqual([]);
    expect(errors(always(`"always"`, "f.expand_kwargs(src())"))).toEqual([]);
    expect(errors(always(`"always"`, `f.override(trigger_rule="all_done").expand(x=src())`))).toEqual([]);
    expect(errors(always(`"all_done"`, "f.expand(x=src())"))).toEqual([]);
    expect(errors(inDag(`${SRC}    @task(default_args={"trigger_rule": "always"})\n    def f(x):\n        return x\n    f.expand(x=src())`))).toEqual([]);
    expect(errors(always(`"always"`, "f.partial(y=src()).expand(x=[1, 2])"))).toEqual([]);
    expect(errors(inDag(`${SRC}    BashOperator.partial(task_id="b", trigger_rule="always").expand(bash_command=src())`))).toEqual([]);
  });
});

describe("expand() with no argument (task-mapping-valid)", () => {
  it("is reported for a @task, its partial(), a @task_group and a classic operator's partial()", () => {
    const message = expect.stringContaining("TypeError: no arguments to expand against") as string;
    expect(errors(inDag(`    @task\n    def f(x):\n        return x\n    f.expand()`))).toEqual([{ checkId: "task-mapping-valid", line: 10, message }]);
    expect(errors(inDag(`    @task\n    def f(x):\n        return x\n    f.partial(x=1).expand()`))).toEqual([{ checkId: "task-mapping-valid", line: 10, message }]);
    expect(errors(inDag(`    @task_group\n    def g(x):\n        pass\n    g.expand()`))).toEqual([{ checkId: "task-mapping-valid", line: 10, message }]);
    expect(errors(inDag(`    BashOperator.partial(task_id="t").expand()`))).toEqual([{ checkId: "task-mapping-valid", line: 7, message }]);
  });

  it("is not reported with an argument, a splat, for expand_kwargs, or in a function nothing calls", () => {
    expect(errors(inDag(`    @task\n    def f(x):\n        return x\n    f.expand(x=[1])\n    f.expand_kwargs([])`))).toEqual([]);
    expect(errors(inDag(`    @task\n    def f(x):\n        return x\n    f.expand(**MAPPING)`))).toEqual([]);
    expect(errors(`${HEAD}def never():\n    @task\n    def f(x):\n        return x\n    f.expand()\n    f.expand(params=[{}])\n`)).toEqual([]);
  });
});

describe("the new mapping facts keep the cached record's shape", () => {
  it("an analysis with them passes the record schema", () => {
    const source = inDag(`    @task\n    def f(x, ds=None, ti=None):\n        return x\n    f.expand(ds=[1], ti=[2])\n    f.expand()`);
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    expect(inventory.mappedLiterals?.map((m) => m.type)).toEqual(["context", "empty"]);
    expect(inventory.mappedLiterals?.[0]?.also).toEqual(["ti"]);
    expect(isAnalysisRecord(JSON.parse(JSON.stringify({ ruff: [], inventory })))).toBe(true);
  });
});
