import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { isUnknown, type Finding } from "../../src/core/findings.js";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Schedules and schedule values computed where the DAG is made, as Airflow 2.10.5's DagBag judges them (each case was
 * run through a real DagBag; the corpus project schedule-values holds the whole-folder comparison): a loop variable
 * over literal data, a dict entry of a loop over dicts, a factory's parameter (function, method, include/), a
 * CronTriggerTimetable nested in another call, and `|`/`&` between a Dataset and a str.
 */
let parser: PythonParser;
let analyzer: FileAnalyzer;
beforeAll(async () => {
  parser = await createPythonParser();
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

const HEAD = `from datetime import datetime
from airflow import DAG
from airflow.datasets import Dataset
from airflow.timetables.datasets import DatasetOrTimeSchedule
from airflow.timetables.trigger import CronTriggerTimetable
`;
const HEAD_LINES = HEAD.split("\n").length - 1;

function check(body: string): Finding[] {
  const source = HEAD + body;
  const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
  const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
  return runFileChecks(inventory, { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py", now: new Date(Date.UTC(2026, 10, 30)) });
}
const errors = (findings: Finding[], checkId: string): Finding[] => findings.filter((f) => f.checkId === checkId && f.severity === "error");
/** A line of the body (1-based) as a line of the checked file. */
const line = (n: number): number => HEAD_LINES + n;

function dagsOf(body: string): { dagId: string; schedule: unknown }[] {
  const source = HEAD + body;
  return extractDagInventory(parser.parse(source), source, "dags/x.py").dags.map((d) => ({ dagId: isUnknown(d.dagId) ? "<dynamic>" : d.dagId, schedule: d.schedule }));
}

describe("a schedule bound per module-level loop pass", () => {
  it("judges each pass's cron from literal tuples, on the DAG call's schedule=, naming the value", () => {
    const [finding, ...rest] = errors(
      check(`for name, cron in [("a", "0 1 * * *"), ("b", "0 1 * * 9")]:
    with DAG(f"tup_{name}", start_date=datetime(2024, 1, 1), schedule=cron):
        pass
`),
      "schedule-valid",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: line(2), dagId: "tup_b" });
    expect(finding?.message).toContain(`DAG 'tup_b' has a schedule Airflow 2 rejects ("0 1 * * 9")`);
    expect(finding?.message).toContain("AirflowTimetableInvalid: [0 1 * * 9] is not acceptable, out of range");
  });

  it("judges a dict's .items() values (DagBag 2.10.5 refuses @reboot and */0, keeps the others)", () => {
    const findings = errors(
      check(`SCHEDS = {"ok": "0 9 * * mon-fri", "reboot": "@reboot", "step0": "*/0 * * * *", "last": "0 0 L * *"}
for name, cron in SCHEDS.items():
    with DAG(f"sched_{name}", start_date=datetime(2024, 1, 1), schedule=cron) as d:
        pass
    globals()[name] = d
`),
      "schedule-valid",
    );
    expect(findings.map((f) => [f.dagId, f.line])).toEqual([
      ["sched_reboot", line(3)],
      ["sched_step0", line(3)],
    ]);
  });

  it("reads dag_id and schedule from a list of dicts (cfg['name'], cfg[\"schedule\"]), directly or through names", () => {
    const body = `SALES = {"name": "sales", "schedule": "0 2 * * *"}
PIPELINES = [SALES, {"name": "hr", "schedule": "0 25 * * *"}]
for cfg in PIPELINES:
    with DAG(f"pipe_{cfg['name']}", start_date=datetime(2024, 1, 1), schedule=cfg["schedule"]) as dag:
        pass
    globals()[dag.dag_id] = dag
`;
    expect(dagsOf(body)).toEqual([
      { dagId: "pipe_sales", schedule: "0 2 * * *" },
      { dagId: "pipe_hr", schedule: "0 25 * * *" },
    ]);
    expect(errors(check(body), "schedule-valid").map((f) => [f.dagId, f.line])).toEqual([["pipe_hr", line(4)]]);
  });

  it("reads dict values of .items() and of tuples unpacked", () => {
    expect(
      dagsOf(`TEAMS = {"fin": {"cron": "@daily"}, "ops": {"cron": "@hourly"}}
for team, cfg in TEAMS.items():
    with DAG(f"t_{team}", start_date=datetime(2024, 1, 1), schedule=cfg["cron"]):
        pass
for name, cfg in [("x", {"cron": "@weekly"})]:
    with DAG(f"u_{name}", start_date=datetime(2024, 1, 1), schedule=cfg["cron"]):
        pass
`),
    ).toEqual([
      { dagId: "t_fin", schedule: "@daily" },
      { dagId: "t_ops", schedule: "@hourly" },
      { dagId: "u_x", schedule: "@weekly" },
    ]);
  });

  it("leaves unknown a key a later ** splat may replace, and an entry that is not a static string", () => {
    const body = `for cfg in [{"name": "a", "schedule": "0 25 * * *", **EXTRA, "tag": "t"}, {"name": "b", "schedule": CRON}]:
    with DAG(f"pipe_{cfg['tag']}", start_date=datetime(2024, 1, 1), schedule=cfg["schedule"]):
        pass
`;
    // cfg['tag'] is unknown in the second pass: all or nothing, the DAG stays one unknown entry.
    expect(dagsOf(body)).toEqual([{ dagId: "<dynamic>", schedule: expect.objectContaining({ unknown: true }) }]);
    expect(errors(check(body), "schedule-valid")).toEqual([]);
  });

  it("leaves unknown a loop variable the body binds again", () => {
    const body = `for name, cron in [("a", "weekly"), ("b", "daily")]:
    cron = "@" + cron
    with DAG(f"again_{name}", start_date=datetime(2024, 1, 1), schedule=cron):
        pass
`;
    expect(dagsOf(body).map((d) => d.dagId)).toEqual(["again_a", "again_b"]);
    expect(dagsOf(body).every((d) => typeof d.schedule === "object")).toBe(true);
    expect(errors(check(body), "schedule-valid")).toEqual([]);
  });

  it("keeps only the last pass's schedule when only the last pass's plain DAG stays in a global", () => {
    const body = `for name, cron in [("a", "0 25 * * *"), ("b", "@daily")]:
    dag = DAG(f"last_{name}", start_date=datetime(2024, 1, 1), schedule=cron)
`;
    expect(dagsOf(body)).toEqual([{ dagId: "last_b", schedule: "@daily" }]);
    expect(errors(check(body), "schedule-valid")).toEqual([]);
  });
});

describe("a schedule a factory of the file gets as an argument", () => {
  it("judges a function factory's literal argument where the module-level call writes it, and its default", () => {
    const body = `def build(name, schedule="0 0 * * 8"):
    with DAG(f"fn_{name}", start_date=datetime(2024, 1, 1), schedule=schedule) as dag:
        pass
    return dag

ok = build("ok", "@daily")
broken = build("broken",
               schedule="0 0 32 * *")
default = build("default")
`;
    const findings = errors(check(body), "schedule-valid");
    expect(findings.map((f) => [f.dagId, f.line])).toEqual([
      ["fn_broken", line(8)],
      ["fn_default", line(2)],
    ]);
    expect(findings[0]).toMatchObject({ column: 25 });
    expect(findings[0]?.message).toContain(`("0 0 32 * *")`);
  });

  it("leaves unknown a parameter the factory binds again before its DAG call", () => {
    const body = `def build(name, cron):
    if cron == "weekly":
        cron = "0 0 * * 0"
    with DAG(f"w_{name}", start_date=datetime(2024, 1, 1), schedule=cron) as dag:
        pass
    return dag

def shifted(name, hour):
    hour, minute = int(hour) % 24, 0
    with DAG(f"s_{name}", start_date=datetime(2024, 1, 1), schedule=f"{minute} {hour} * * *") as dag:
        pass
    return dag

a = build("a", "weekly")
b = shifted("b", "25")
`;
    expect(dagsOf(body).map((d) => [d.dagId, typeof d.schedule])).toEqual([
      ["w_a", "object"],
      ["s_b", "object"],
    ]);
    expect(errors(check(body), "schedule-valid")).toEqual([]);
  });

  it("judges a class's factory method called on an instance", () => {
    const findings = errors(
      check(`class PipelineFactory:
    def __init__(self, team):
        self.team = team

    def build(self, name, schedule):
        dag = DAG(f"{self.team}_{name}", start_date=datetime(2024, 1, 1), schedule=schedule)
        return dag

f = PipelineFactory("finance")
daily = f.build("daily", "@daily")
broken = f.build("broken", "0 0 32 * *")
`),
      "schedule-valid",
    );
    expect(findings.map((f) => f.line)).toEqual([line(11)]);
    expect(findings[0]?.message).toContain("AirflowTimetableInvalid: [0 0 32 * *] is not acceptable, out of range");
  });

  it("judges a factory called per loop pass at the factory call, naming the pass's value", () => {
    const [finding, ...rest] = errors(
      check(`def build(name, schedule):
    with DAG(f"loop_{name}", start_date=datetime(2024, 1, 1), schedule=schedule) as dag:
        pass
    return dag

for name, cron in [("a", "@daily"), ("b", "61 * * * *")]:
    globals()[name] = build(name, cron)
`),
      "schedule-valid",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ dagId: "loop_b", line: line(7) });
    expect(finding?.message).toContain(`("61 * * * *")`);
  });
});

describe("a schedule from a factory in include/", () => {
  it("is judged at the DAG file's call, also when the factory's analysis comes from the cache", async () => {
    const tree = makeTempTree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/factory.py": `from datetime import datetime
from airflow import DAG


def make_dag(name, schedule, hour="1"):
    with DAG(f"inc_{name}", start_date=datetime(2024, 1, 1), schedule=schedule) as dag:
        pass
    return dag


def normalised(name, schedule):
    schedule = schedule.strip()
    with DAG(f"norm_{name}", start_date=datetime(2024, 1, 1), schedule=schedule) as dag:
        pass
    return dag


def fixed(name, hour="25"):
    with DAG(f"fixed_{name}", start_date=datetime(2024, 1, 1), schedule=f"0 {hour} * * *") as dag:
        pass
    return dag
`,
      "dags/calls.py": `"""Airflow DAGs from include/."""
from include.factory import make_dag, fixed, normalised

good = make_dag("good", "@daily")
bad = make_dag("bad", "0 0 * * 8")
hour = fixed("late")
early = fixed("early", hour="2")
spaced = normalised("spaced", " @daily ")
`,
    });
    const cacheDir = join(tree.dir, ".cache");
    const judged = async (): Promise<string[]> => {
      const config = await loadConfig({ repoRoot: tree.dir });
      const entry = config.projects[0];
      if (!entry) throw new Error("no project");
      const cache = await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
      if (!cache) throw new Error("no analysis cache");
      const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, cache, logger: new RecordingLogger() }, config.file);
      await cache.save();
      return result.findings.filter((f) => f.checkId === "schedule-valid").map((f) => `${f.file}:${f.line} ${f.dagId} ${/\("[^"]*"\)/.exec(f.message)?.[0]}`);
    };
    try {
      const expected = ['dags/calls.py:5 inc_bad ("0 0 * * 8")', 'dags/calls.py:6 fixed_late ("0 25 * * *")'];
      expect(await judged()).toEqual(expected);
      expect(await judged()).toEqual(expected);
    } finally {
      tree.cleanup();
    }
  });
});

describe("a CronTriggerTimetable nested in a DAG argument", () => {
  it("is judged wherever the value nests it, directly or through a module name", () => {
    const findings = errors(
      check(`with DAG("nested", start_date=datetime(2024, 1, 1),
         schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 0 * * *"), datasets=[Dataset("s3://x")])):
    pass
NIGHTLY = CronTriggerTimetable("0 0 * * *")
with DAG("named", start_date=datetime(2024, 1, 1), schedule=DatasetOrTimeSchedule(timetable=NIGHTLY, datasets=[Dataset("s3://x")])):
    pass
`),
      "dag-argument-invalid",
    );
    expect(findings.map((f) => [f.dagId, f.line])).toEqual([
      ["nested", line(2)],
      ["named", line(5)],
    ]);
    expect(findings[0]?.message).toContain("TypeError: CronTriggerTimetable.__init__() missing 1 required keyword-only argument: 'timezone'");
  });

  it("is not reported with its timezone", () => {
    expect(
      errors(
        check(`with DAG("utc", start_date=datetime(2024, 1, 1), schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 0 * * *", timezone="UTC"), datasets=[Dataset("s3://x")])):
    pass
`),
        "dag-argument-invalid",
      ),
    ).toEqual([]);
  });
});

describe("| and & between a Dataset and a value that is none", () => {
  // Messages as Airflow 2.10.5 raises them (BaseDataset.__or__/__and__ return NotImplemented; no reflected method).
  it.each([
    [`Dataset("s3://a") | "s3://b"`, "TypeError: unsupported operand type(s) for |: 'Dataset' and 'str'"],
    [`"s3://b" | Dataset("s3://a")`, "TypeError: unsupported operand type(s) for |: 'str' and 'Dataset'"],
    [`Dataset("s3://a") & "s3://b"`, "TypeError: unsupported operand type(s) for &: 'Dataset' and 'str'"],
    [`"s3://b" & RAW`, "TypeError: unsupported operand type(s) for &: 'str' and 'Dataset'"],
    [`(Dataset("a") | Dataset("b")) | None`, "TypeError: unsupported operand type(s) for |: 'DatasetAny' and 'NoneType'"],
    [`(Dataset("a") & Dataset("b")) | ["c"]`, "TypeError: unsupported operand type(s) for |: 'DatasetAll' and 'list'"],
    [`Dataset("a") | b"x"`, "TypeError: unsupported operand type(s) for |: 'Dataset' and 'bytes'"],
    [`"c" | Dataset("a") | Dataset("b")`, "TypeError: unsupported operand type(s) for |: 'str' and 'Dataset'"],
  ])("%s", (schedule, error) => {
    const [finding, ...rest] = errors(check(`RAW = Dataset("s3://raw")\nwith DAG("d", start_date=datetime(2024, 1, 1), schedule=${schedule}):\n    pass\n`), "dag-argument-invalid");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: line(2) });
    expect(finding?.message).toContain(`importing the file fails with ${error}`);
    expect(finding?.fix).toContain("wrap each URI in Dataset(...)");
  });

  it.each([`Dataset("a") | Dataset("b")`, `(Dataset("a") & Dataset("b")) | RAW`, `RAW | Dataset("x")`])("not reported: %s", (schedule) => {
    expect(errors(check(`RAW = Dataset("s3://raw")\nwith DAG("d", start_date=datetime(2024, 1, 1), schedule=${schedule}):\n    pass\n`), "dag-argument-invalid")).toEqual([]);
  });
});
