import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { runFileChecks, runProjectChecks, type CheckSettings } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { scheduleProblem } from "../../src/dags/cron.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const inventoryOf = (source: string, file = "dags/x.py"): FileInventory => extractDagInventory(parser.parse(source), source, file);

const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: ["pandas", "pyyaml", "apache-airflow-providers-snowflake"], localModules: ["common", "include"] });
const check = (source: string, settings: CheckSettings = {}, file = "dags/x.py") => runFileChecks(inventoryOf(source, file), { settings, airflowMajor: 2, resolver, file });
const ids = (findings: { checkId: string }[]) => findings.map((f) => f.checkId).sort();

const GOOD = `
from datetime import datetime
from airflow import DAG
from airflow.operators.bash import BashOperator
args = {"owner": "team", "retries": 2}
with DAG("good", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args=args, catchup=False) as dag:
    BashOperator(task_id="a", bash_command="echo")
`;

describe("DAG inventory", () => {
  it("reads a classic DAG with default_args bound to a module-level name", () => {
    const [dag] = inventoryOf(GOOD).dags;
    expect(dag).toMatchObject({ dagId: "good", line: 6, definedBy: "with DAG()", schedule: "@daily", tags: ["t"], owner: "team", retries: 2, catchup: false, taskCount: 1 });
  });

  it("reads @dag functions: the id defaults to the function name, tasks include @task calls and mapping", () => {
    const source = `
from airflow.decorators import dag, task
@dag(schedule=None, tags=["x"], default_args={"owner": "o", "retries": 3})
def my_pipeline():
    @task
    def one(): return [1, 2]
    @task
    def two(x): return x
    two.expand(x=one())
my_pipeline()
@dag(dag_id="explicit")
def other():
    pass
other()
@dag(dag_id="never_called")
def forgotten():
    pass
`;
    const inventory = inventoryOf(source);
    expect(inventory.dags.map((d) => [d.dagId, d.definedBy, d.schedule, d.taskCount])).toEqual([
      ["my_pipeline", "@dag", null, 2],
      ["explicit", "@dag", undefined, 0],
    ]);
    expect(inventory.uncalledDagFunctions).toEqual([{ name: "forgotten", dagId: "never_called", line: 16, column: 5, endLine: 16, endColumn: 14 }]);
  });

  it("reads DAG() assignments and counts operators created with dag=", () => {
    const source = `
from airflow.models import DAG
from airflow.operators.empty import EmptyOperator
dag = DAG(dag_id="assigned", schedule_interval="0 * * * *")
a = EmptyOperator(task_id="a", dag=dag)
b = EmptyOperator(task_id="b", dag=dag)
`;
    expect(inventoryOf(source).dags[0]).toMatchObject({ dagId: "assigned", definedBy: "DAG()", schedule: "0 * * * *", taskCount: 2 });
  });

  it("reports what cannot be known statically as unknown, never a guess", () => {
    // A loop over a function's result: its values are only known at run time.
    const source = `
from airflow import DAG
for name in load_names():
    with DAG(f"gen_{name}", schedule=SCHEDULES[name], tags=TAGS, default_args={**BASE, "owner": "x"}):
        pass
`;
    const [dag] = inventoryOf(source).dags;
    expect(dag?.dagId).toEqual({ unknown: true, expression: 'f"gen_{name}"' });
    expect(dag?.schedule).toMatchObject({ unknown: true });
    expect(dag?.tags).toMatchObject({ unknown: true });
    expect(dag?.owner).toBe("x");
    expect(dag?.retries).toMatchObject({ unknown: true });
  });

  it("records imports with their guard and scope, and parse-time calls outside tasks only", () => {
    const source = `
import requests
from . import sibling
try:
    import optional_thing
except ImportError:
    optional_thing = None
from airflow.models import Variable
KEY = Variable.get("k")
def task_body():
    import lazy_dep
    return requests.get("https://x")
template = "{{ var.value.k }}"
`;
    const inventory = inventoryOf(source);
    expect(inventory.imports.map((i) => [i.module, i.relative, i.guarded, i.scope])).toEqual([
      ["requests", false, false, "module"],
      ["", true, false, "module"],
      ["optional_thing", false, true, "module"],
      ["airflow.models", false, false, "module"],
      ["lazy_dep", false, false, "function"],
    ]);
    expect(inventory.parseTimeCalls.map((c) => [c.callee, c.line])).toEqual([["Variable.get", 9]]);
  });

  it("does not throw on a file with syntax errors", () => {
    expect(() => inventoryOf("from airflow import DAG\nwith DAG('x' as d:\n  pass\n")).not.toThrow();
  });

  it("reads suppression comments", () => {
    const inventory = inventoryOf("x = 1  # astro-ci: ignore[tags-required, min-retries]\ny = 2  # astro-ci: ignore\nz = 3  # noqa: AIR301\n# astro-ci: ignore-file[owner-required]\n");
    expect(inventory.suppressions).toEqual({ lines: { 1: ["tags-required", "min-retries"], 2: [], 3: ["AIR301"] }, file: ["owner-required"] });
  });
});

describe("checks", () => {
  it("a healthy DAG has no findings", () => {
    expect(check(GOOD)).toEqual([]);
  });

  it("flags missing tags, low retries, missing owner, with the DAG's line", () => {
    const findings = check(`from airflow import DAG\n\nwith DAG("bad", schedule=None, default_args={"retries": 1}):\n    pass\n`);
    expect(ids(findings)).toEqual(["min-retries", "owner-required", "tags-required"]);
    expect(findings.every((f) => f.line === 3 && f.dagId === "bad")).toBe(true);
  });

  it("honours options and levels: approved tags, a higher minimum, disallowed owners, off", () => {
    const source = GOOD.replace('tags=["t"]', 'tags=["t", "rogue"]').replace('"owner": "team"', '"owner": "airflow"');
    const findings = check(source, { "tags-required": { allowed: ["t"] }, "min-retries": { level: "error", min: 3 }, "owner-required": { level: "off" } });
    expect(findings.map((f) => [f.checkId, f.severity])).toEqual([
      ["tags-allowed", "error"],
      ["min-retries", "error"],
    ]);
  });

  it("flags invalid schedules and dynamic start dates", () => {
    const findings = check(GOOD.replace('"@daily"', '"0 25 * * *"').replace("datetime(2024, 1, 1)", "datetime.now()"));
    expect(ids(findings)).toEqual(["schedule-valid", "start-date-static"]);
    expect(findings.find((f) => f.checkId === "start-date-static")?.severity).toBe("error");
  });

  it("a start_date relative to the day (pendulum.today(), days_ago()) is a warning: the same all day, so the DAG runs", () => {
    for (const start of ['pendulum.today("UTC").add(days=-2)', "pendulum.yesterday()", "days_ago(2)"]) {
      const findings = check(GOOD.replace("datetime(2024, 1, 1)", start));
      expect(findings.map((f) => [f.checkId, f.severity]), start).toEqual([["start-date-static", "warning"]]);
    }
    // The instant itself moves at every parse: still an error, also when shifted back a day.
    for (const start of ['pendulum.now("local").subtract(days=1)', "datetime.now() - timedelta(days=1)", "timezone.utcnow()"]) {
      const findings = check(GOOD.replace("datetime(2024, 1, 1)", start));
      expect(findings.map((f) => [f.checkId, f.severity]), start).toEqual([["start-date-static", "error"]]);
    }
    // Never scheduled, or once: the moving instant delays no run.
    for (const schedule of ["None", '"@once"']) {
      const findings = check(GOOD.replace('"@daily"', schedule).replace("datetime(2024, 1, 1)", "pendulum.now()"));
      expect(findings.map((f) => [f.checkId, f.severity]), schedule).toEqual([["start-date-static", "warning"]]);
    }
    // Computed from the clock but cut to a day (or a year): the same all day, a warning.
    for (const start of ['pendulum.now("UTC").start_of("day")', "datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)", "datetime.combine(datetime.now().date(), time.min)", "datetime(datetime.now().year, 1, 1)", "pendulum.now().subtract(days=3).start_of('week')"]) {
      const findings = check(GOOD.replace("datetime(2024, 1, 1)", start));
      expect(findings.map((f) => [f.checkId, f.severity]), start).toEqual([["start-date-static", "warning"]]);
    }
    // Cut to the hour only, or a second instant left whole: still every parse.
    for (const start of ["datetime.now().replace(hour=0)", "datetime.now().replace(hour=0, minute=0, second=0)", "datetime.combine(datetime.now().date(), datetime.now().time())"]) {
      const findings = check(GOOD.replace("datetime(2024, 1, 1)", start));
      expect(findings.map((f) => [f.checkId, f.severity]), start).toEqual([["start-date-static", "error"]]);
    }
    // The schedule decides whether a moving instant can keep runs away: Datasets and an unreadable schedule cannot be
    // said to; an interval or a timetable can; no schedule is a day on Airflow 2 and None on Airflow 3.
    const severityWith = (schedule: string | undefined, airflowMajor: 2 | 3 = 2) => {
      const source = GOOD.replace("datetime(2024, 1, 1)", "datetime.now()").replace(schedule === undefined ? 'schedule="@daily", ' : '"@daily"', schedule ?? "");
      return runFileChecks(inventoryOf(source, "dags/x.py"), { settings: {}, airflowMajor, resolver, file: "dags/x.py" }).filter((f) => f.checkId === "start-date-static").map((f) => f.severity);
    };
    expect(severityWith('[Dataset("s3://x")]')).toEqual(["warning"]);
    expect(severityWith('os.environ.get("SCHEDULE")')).toEqual(["warning"]);
    expect(severityWith('"@continuous"')).toEqual(["warning"]);
    expect(severityWith("timedelta(hours=1)")).toEqual(["error"]);
    expect(severityWith('CronTriggerTimetable("0 1 * * *", timezone="UTC")')).toEqual(["error"]);
    expect(severityWith(undefined, 2)).toEqual(["error"]);
    expect(severityWith(undefined, 3)).toEqual(["warning"]);
    // A lower configured level wins; a higher one does not raise the daily kind above a warning.
    expect(check(GOOD.replace("datetime(2024, 1, 1)", "pendulum.today()"), { "start-date-static": { level: "notice" } }).map((f) => f.severity)).toEqual(["notice"]);
    expect(check(GOOD.replace("datetime(2024, 1, 1)", "pendulum.today()"), { "start-date-static": { level: "off" } })).toEqual([]);
  });

  it("flags parse-time work and unresolved imports, but not stdlib, requirements, local or guarded ones", () => {
    const source = `${GOOD}
import os, json, yaml, pandas, common.defaults
import include.helpers
import nonexistent_sdk
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook
from airflow.providers.slack.hooks.slack import SlackHook
from airflow.models import Variable
URL = Variable.get("url")
`;
    const findings = check(source);
    expect(findings.map((f) => f.checkId)).toEqual(["parse-time-work", "unresolved-import", "unresolved-import"]);
    expect(findings[0]?.message).toContain("Variable.get()");
    expect(findings[1]?.message).toContain("'nonexistent_sdk'");
    expect(findings[2]?.message).toContain("'airflow.providers.slack.hooks.slack'");
    expect(findings.find((f) => f.message.includes("slack"))?.fix).toContain("apache-airflow-providers-slack");
  });

  it("drops findings suppressed on their line or for the whole file", () => {
    const source = `from airflow import DAG\nwith DAG("s", schedule=None, default_args={"retries": 1}):  # astro-ci: ignore[tags-required]\n    pass\n# astro-ci: ignore-file[owner-required]\n`;
    expect(ids(check(source))).toEqual(["min-retries"]);
  });

  it("finds duplicate dag_ids across files and names both places", () => {
    const a = inventoryOf(GOOD, "dags/a.py");
    const b = inventoryOf(GOOD.replace("\n", "\n\n"), "dags/b.py");
    const findings = runProjectChecks([{ file: "dags/a.py", inventory: a }, { file: "dags/b.py", inventory: b }], { settings: {}, airflowMajor: 2, resolver });
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ["dags/a.py", 6],
      ["dags/b.py", 7],
    ]);
    expect(findings[0]?.message).toContain("dags/b.py:7");
  });
});

describe("schedules", () => {
  it.each(["@daily", "@once", "@continuous", "@quarterly", "0 6 * * 1-5", "*/15 * * * *", "0 0 L * *", "0 9 * * MON#2", "0 0 1 JAN-MAR ?", "0 0 * * 7", "30 2 * * mon,wed,fri", "0 0 * * * 30"])(
    "accepts %s",
    (schedule) => expect(scheduleProblem(schedule)).toBeUndefined(),
  );
  it.each(["61 * * * *", "* * *", "@dailyy", "0 25 * * *", "0 0 32 * *", "*/0 * * * *", "0 0 * 13 *", "a b c d e"])("rejects %s", (schedule) =>
    expect(scheduleProblem(schedule)).toBeDefined(),
  );
});

describe("task-id-valid on nested task groups quotes the exception Airflow 2.10.5 raises", () => {
  const HEAD = `
from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
`;
  const taskIdFindings = (body: string) => check(HEAD + body).filter((f) => f.checkId === "task-id-valid");

  it("a nested group_id already among its parent's children: TaskGroup.add's prefixed id", () => {
    const [finding, ...rest] = taskIdFindings(`    with TaskGroup("outer"):
        with TaskGroup("q"):
            EmptyOperator(task_id="a")
        with TaskGroup("q"):
            EmptyOperator(task_id="b")
`);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 10, severity: "error" });
    expect(finding?.message).toContain("DuplicateTaskIdFound: Task Group id 'outer.q' has already been added to the DAG");
  });

  it("a nested group_id used as written elsewhere: _check_for_group_id_collisions' id as written", () => {
    const [finding] = taskIdFindings(`    EmptyOperator(task_id="q")
    with TaskGroup("outer"):
        with TaskGroup("q"):
            EmptyOperator(task_id="a")
`);
    expect(finding?.message).toContain("DuplicateTaskIdFound: group_id 'q' has already been added to the DAG");
  });

  it("a static group_id under a group whose group_id changes per loop pass is not repeated; under a fixed parent it is", () => {
    expect(
      taskIdFindings(`    for r in ["a", "b"]:
        with TaskGroup(f"region_{r}"):
            with TaskGroup("q"):
                EmptyOperator(task_id="t")
`),
    ).toEqual([]);
    const [finding] = taskIdFindings(`    with TaskGroup("outer"):
        for r in ["a", "b"]:
            with TaskGroup("q"):
                EmptyOperator(task_id="t")
`);
    expect(finding?.message).toContain("the second pass fails the import with DuplicateTaskIdFound: Task Group id 'outer.q' has already been added to the DAG");
  });
});

describe("task-id-valid on ids that are no strings (validate_key, validate_group_key at 2.10.5)", () => {
  const HEAD = `
from datetime import datetime
from airflow import DAG
from airflow.decorators import task, task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup
STAGE = 3
`;
  const found = (body: string) =>
    check(HEAD + body)
      .filter((f) => f.checkId === "task-id-valid")
      .map((f) => [f.line, f.message.replace(/^.*fails with /, "")]);

  it("reports an operator's task_id, a TaskGroup's group_id (also through a constant), and a group that does not prefix", () => {
    expect(
      found(`with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    EmptyOperator(task_id=1)
    EmptyOperator(task_id=None)
    with TaskGroup(group_id=STAGE):
        EmptyOperator(task_id="a")
    with TaskGroup(True, prefix_group_id=False):
        EmptyOperator(task_id="b")
`),
    ).toEqual([
      [9, "TypeError: The key has to be a string and is <class 'int'>:1"],
      [10, "TypeError: The key has to be a string and is <class 'NoneType'>:None"],
      [11, "TypeError: The key has to be a string and is <class 'int'>:3"],
      [13, "ValueError: group_id must be str"],
    ]);
  });

  it("reports @task(task_id=...), .override(task_id=...)() and @task_group(group_id=...) only where the function is called", () => {
    const source = `@task(task_id=7)
def extract():
    return 1
@task
def load(value):
    return value
@task_group(group_id=4)
def publish():
    load(1)
@task(task_id=8)
def never():
    return 1
@task_group(group_id=9)
def never_grouped():
    load(1)
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    extract()
    load.override(task_id=2.5)(1)
    publish()
`;
    expect(found(source)).toEqual([
      [8, "TypeError: The key has to be a string and is <class 'int'>:7"],
      [14, "TypeError: The key has to be a string and is <class 'int'>:4"],
      [25, "TypeError: The key has to be a string and is <class 'float'>:2.5"],
    ]);
  });

  it("leaves alone a group_id None (a root group), project operators, and calls nothing runs", () => {
    const source = `class Mine(EmptyOperator):
    def __init__(self, task_id, **kwargs):
        super().__init__(task_id=f"mine_{task_id}", **kwargs)
def unused():
    EmptyOperator(task_id=1)
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):
    Mine(task_id=1)
    with TaskGroup(group_id=None):
        EmptyOperator(task_id="a")
`;
    expect(found(source)).toEqual([]);
  });
});

describe("undefined-name in a file that binds globals at run time", () => {
  it.each([
    ['globals().__setitem__("X", 1)', true],
    ['globals().update({"X": 1})', true],
    ["globals( ).update(X=1)", true],
    ['globals()["X"] = 1', true],
    ['globals().setdefault("X", 1)', true],
    ['vars()["X"] = 1', true],
    ['locals()["X"] = 1', true],
    ['exec("X = 1")', true],
    ['setattr(sys.modules[__name__], "X", 1)', true],
    ["register(globals())", true],
    // Reads bind nothing (DagBag: NameError for X).
    ['Y = globals()["X"]', false],
    ['Y = globals().get("X")', false],
    ['if "X" in globals(): pass', false],
  ])("%s: dynamicGlobals %s (one detector, namesBoundAtRunTime)", (line, dynamic) => {
    const inventory = inventoryOf(`import sys\n${line}\nprint(X)\n`);
    expect(inventory.dynamicGlobals ?? false).toBe(dynamic);
  });

  it("is a warning that says the name may be bound at run time, not that the import fails", async () => {
    const { runRuff, loadRuff, undefinedNameFindings } = await import("../../src/dags/ruff.js");
    await loadRuff();
    const source = `import pendulum
from airflow import DAG
for name, cron in {"G_DAILY": "@daily"}.items():
    globals()[name] = cron
with DAG("globals_name", schedule=G_DAILY, start_date=pendulum.datetime(2024, 1, 1)):
    pass
`;
    const inventory = inventoryOf(source);
    expect(inventory.dynamicGlobals).toBe(true);
    const [finding, ...rest] = undefinedNameFindings(runRuff(source, "3.12"), inventory, "dags/x.py", "error");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ checkId: "undefined-name", severity: "warning", line: 5 });
    expect(finding?.message).toContain("binds names at run time");
    expect(finding?.message).toContain("unless those bind 'G_DAILY' before this line runs");
    const plain = undefinedNameFindings(runRuff(source.replace(/^for .*\n.*\n/m, ""), "3.12"), inventoryOf(source.replace(/^for .*\n.*\n/m, "")), "dags/x.py", "error");
    expect(plain[0]).toMatchObject({ severity: "error" });
    expect(plain[0]?.message).toContain("importing this DAG fails with NameError");
  });
});
