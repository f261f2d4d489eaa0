import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { CHECKS, runFileChecks, type CheckSettings } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { dagSignatureFor, nearestParameter } from "../../src/dags/checks-dag-arguments.js";
import type { DagInfo, Finding } from "../../src/core/findings.js";
import { tempDirPath } from "../support/temp-dir.js";
import { loadProject } from "../../src/project/project.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

const NOW = new Date(Date.UTC(2026, 10, 30));
function check(source: string, airflowVersion = "2.10.5", settings: CheckSettings = {}): Finding[] {
  const airflowMajor = airflowVersion.startsWith("3") ? 3 : 2;
  const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor, requirementNames: [], localModules: [] });
  const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
  return runFileChecks(inventory, { settings, airflowMajor, airflowVersion, resolver, file: "dags/x.py", now: NOW });
}
const OURS = new Set(["schedule-valid", "schedule-never-fires", "schedule-random", "dag-argument-unknown", "dag-argument-invalid"]);
const ours = (findings: Finding[]): Finding[] => findings.filter((f) => OURS.has(f.checkId));
const summary = (findings: Finding[]): string[] => ours(findings).map((f) => `${f.checkId}:${f.severity}`);

const dagFile = (dagArgs: string, decorator = false): string =>
  decorator
    ? `from datetime import datetime\nfrom airflow.decorators import dag\n\n@dag(${dagArgs})\ndef pipeline():\n    pass\n\npipeline()\n`
    : `from datetime import datetime\nfrom airflow import DAG\n\nwith DAG(${dagArgs}):\n    pass\n`;

/**
 * DAG files checked against a real Airflow 2.10.5 DagBag (DagBag(dag_folder=..., include_examples=False)); the
 * `dagbag` column is the import error it reported (its last line), or null when the DAG was bagged. Re-run them with
 * ASTRO_CI_TEST_PYTHON naming a python3 that imports Airflow 2.10 (the last describe block does).
 */
const CONFIRMED: { name: string; source: string; dagbag: string | null; expected: string[] }[] = [
  {
    name: "cont_default",
    source: dagFile(`"cont_default", schedule="@continuous", start_date=datetime(2024, 1, 1)`),
    dagbag: "AirflowException: Invalid max_active_runs: <class 'airflow.timetables.simple.ContinuousTimetable'> requires max_active_runs <= 1",
    expected: ["schedule-valid:error"],
  },
  { name: "cont_one", source: dagFile(`"cont_one", schedule="@continuous", max_active_runs=1, start_date=datetime(2024, 1, 1)`), dagbag: null, expected: [] },
  { name: "cont_zero", source: dagFile(`"cont_zero", schedule="@continuous", max_active_runs=0, start_date=datetime(2024, 1, 1)`), dagbag: null, expected: [] },
  {
    name: "cont_two",
    source: dagFile(`schedule="@continuous", max_active_runs=2, start_date=datetime(2024, 1, 1)`, true),
    dagbag: "AirflowException: Invalid max_active_runs: <class 'airflow.timetables.simple.ContinuousTimetable'> requires max_active_runs <= 1",
    expected: ["schedule-valid:error"],
  },
  {
    name: "owner_arg",
    source: dagFile(`"owner_arg", owner="team", schedule=None, start_date=datetime(2024, 1, 1)`),
    dagbag: "TypeError: DAG.__init__() got an unexpected keyword argument 'owner'",
    expected: ["dag-argument-unknown:error"],
  },
  {
    name: "owner_deco",
    source: dagFile(`schedule=None, retries=2, start_date=datetime(2024, 1, 1)`, true),
    dagbag: "TypeError: dag() got an unexpected keyword argument 'retries'",
    expected: ["dag-argument-unknown:error"],
  },
  {
    name: "typo_arg",
    source: dagFile(`"typo_arg", schedule=None, max_active_run=1, start_date=datetime(2024, 1, 1)`),
    dagbag: "TypeError: DAG.__init__() got an unexpected keyword argument 'max_active_run'",
    expected: ["dag-argument-unknown:error"],
  },
  { name: "positional", source: `from datetime import datetime\nfrom airflow import DAG\ndag = DAG("positional", "desc", None, start_date=datetime(2024, 1, 1))\n`, dagbag: null, expected: [] },
  {
    name: "splat",
    source: `from datetime import datetime\nfrom airflow import DAG\nextra = {"owner": "x"}\nwith DAG("splat", schedule=None, start_date=datetime(2024, 1, 1), **extra):\n    pass\n`,
    // The splat of a module-level dict literal is expanded: its keys are judged like written keywords.
    dagbag: "TypeError: DAG.__init__() got an unexpected keyword argument 'owner'",
    expected: ["dag-argument-unknown:error"],
  },
  { name: "never", source: dagFile(`"never", schedule="0 0 31 2 *", start_date=datetime(2024, 1, 1)`), dagbag: null, expected: ["schedule-never-fires:warning"] },
  { name: "random_sched", source: dagFile(`"random_sched", schedule="R 3 * * *", start_date=datetime(2024, 1, 1)`), dagbag: null, expected: ["schedule-random:warning"] },
  { name: "badcron", source: dagFile(`"badcron", schedule="0 0 * * 5L", start_date=datetime(2024, 1, 1)`), dagbag: "AirflowTimetableInvalid: [0 0 * * 5l] is not acceptable", expected: ["schedule-valid:error"] },
  // Imports, but the scheduler never runs it: Airflow 2's timetable asks croniter for the match before 2030-01-01
  // 06:00 and gets CroniterBadDateError (scripts/fuzz-schedules-judge.py, start_date 2024-01-01).
  { name: "sevenf", source: dagFile(`"sevenf", schedule="0 6 * * * 0 2030", start_date=datetime(2024, 1, 1)`), dagbag: null, expected: ["schedule-never-fires:warning"] },
  { name: "union_half", source: dagFile(`"union_half", schedule="0 0 31 2 mon", start_date=datetime(2024, 1, 1)`), dagbag: null, expected: ["schedule-never-fires:warning"] },
  { name: "daily_case", source: dagFile(`"daily_case", schedule="@Daily", start_date=datetime(2024, 1, 1)`), dagbag: null, expected: [] },
  {
    name: "two_sched",
    source: dagFile(`"two_sched", schedule="@daily", schedule_interval="@hourly", start_date=datetime(2024, 1, 1)`),
    dagbag: "ValueError: At most one allowed for args 'schedule_interval', 'timetable', and 'schedule'.",
    expected: ["dag-argument-invalid:error"],
  },
  { name: "sched_none_pair", source: dagFile(`"sched_none_pair", schedule="@daily", schedule_interval=None, start_date=datetime(2024, 1, 1)`), dagbag: null, expected: [] },
  { name: "no_start", source: dagFile(`"no_start", schedule="@daily"`), dagbag: "ValueError: DAG is missing the start_date parameter", expected: ["dag-argument-invalid:error"] },
  { name: "no_start_deco", source: dagFile(`schedule="0 3 * * *"`, true), dagbag: "ValueError: DAG is missing the start_date parameter", expected: ["dag-argument-invalid:error"] },
  { name: "no_start_none", source: dagFile(`"no_start_none", schedule=None`), dagbag: null, expected: [] },
  { name: "no_start_unset", source: dagFile(`"no_start_unset"`), dagbag: null, expected: [] },
  { name: "start_in_args", source: dagFile(`"start_in_args", schedule="@daily", default_args={"start_date": datetime(2024, 1, 1)}`), dagbag: null, expected: [] },
  // Interval schedules: DeltaDataIntervalTimetable.validate refuses a zero or negative one when DagBag validates the DAG.
  {
    name: "zero_delta",
    source: `from datetime import datetime, timedelta\nfrom airflow import DAG\nwith DAG("zero_delta", schedule=timedelta(0), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: schedule interval must be positive",
    expected: ["dag-argument-invalid:error"],
  },
  {
    name: "neg_named_delta",
    source: `from datetime import datetime, timedelta\nfrom airflow import DAG\nSTEP = timedelta(minutes=-5)\nwith DAG("neg_named_delta", schedule_interval=STEP, start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: schedule interval must be positive",
    expected: ["dag-argument-invalid:error"],
  },
  {
    name: "cancel_delta",
    source: `from datetime import datetime, timedelta\nfrom airflow import DAG\nwith DAG("cancel_delta", schedule=timedelta(days=1, hours=-24), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: schedule interval must be positive",
    expected: ["dag-argument-invalid:error"],
  },
  {
    name: "mixed_delta",
    source: `from datetime import datetime, timedelta\nfrom airflow import DAG\nwith DAG("mixed_delta", schedule=timedelta(days=1, hours=-1), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: null,
    expected: [],
  },
  {
    name: "unknown_delta",
    source: `import os\nfrom datetime import datetime, timedelta\nfrom airflow import DAG\nwith DAG("unknown_delta", schedule=timedelta(hours=int(os.environ.get("EVERY", "1"))), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: null,
    expected: [],
  },
  {
    name: "start_splat_args",
    source: `from datetime import datetime\nfrom airflow import DAG\nARGS = {"start_date": datetime(2024, 1, 1)}\nwith DAG("start_splat_args", schedule="@daily", default_args={**ARGS}):\n    pass\n`,
    dagbag: null,
    expected: [],
  },
  {
    name: "bad_key",
    source: dagFile(`"daily report", schedule=None, start_date=datetime(2024, 1, 1)`),
    dagbag: "AirflowException: The key 'daily report' has to be made of alphanumeric characters, dashes, dots and underscores exclusively",
    expected: ["dag-argument-invalid:error"],
  },
  { name: "unicode_key", source: dagFile(`"prévisions.v2-été", schedule=None, start_date=datetime(2024, 1, 1)`), dagbag: null, expected: [] },
  // validate_key first tests isinstance(dag_id, str); @dag passes `dag_id or f.__name__`, so a false value is no error there.
  { name: "int_key", source: dagFile(`123, schedule=None, start_date=datetime(2024, 1, 1)`), dagbag: "TypeError: The key has to be a string and is <class 'int'>:123", expected: ["dag-argument-invalid:error"] },
  { name: "none_key", source: dagFile(`dag_id=None, schedule=None, start_date=datetime(2024, 1, 1)`), dagbag: "TypeError: The key has to be a string and is <class 'NoneType'>:None", expected: ["dag-argument-invalid:error"] },
  { name: "int_key_decorated", source: dagFile(`dag_id=5, schedule=None, start_date=datetime(2024, 1, 1)`, true), dagbag: "TypeError: The key has to be a string and is <class 'int'>:5", expected: ["dag-argument-invalid:error"] },
  { name: "zero_key_decorated", source: dagFile(`dag_id=0, schedule=None, start_date=datetime(2024, 1, 1)`, true), dagbag: null, expected: [] },
  { name: "false_key_decorated", source: dagFile(`False, schedule=None, start_date=datetime(2024, 1, 1)`, true).replace(/pipeline/g, "pipeline_false"), dagbag: null, expected: [] },
  // A number or a bool is no schedule (create_timetable raises); 0 and False too, though falsy.
  { name: "seconds_schedule", source: dagFile(`"seconds_schedule", schedule=3600, start_date=datetime(2024, 1, 1)`), dagbag: "ValueError: 3600 is not a valid schedule_interval.", expected: ["dag-argument-invalid:error"] },
  { name: "false_schedule", source: dagFile(`"false_schedule", schedule_interval=False, start_date=datetime(2024, 1, 1)`), dagbag: "ValueError: False is not a valid schedule_interval.", expected: ["dag-argument-invalid:error"] },
  { name: "zero_decorated", source: dagFile(`schedule=0, start_date=datetime(2024, 1, 1)`, true), dagbag: "ValueError: 0 is not a valid schedule_interval.", expected: ["dag-argument-invalid:error"] },
  // Cron timetables written out: the constructor maps presets, dag.validate() runs croniter on the rest.
  {
    name: "trigger_tt_bad",
    source: `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.timetables.trigger import CronTriggerTimetable\nwith DAG("trigger_tt_bad", schedule=CronTriggerTimetable("0 25 * * *", timezone="UTC"), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: [0 25 * * *] is not acceptable, out of range",
    expected: ["schedule-valid:error"],
  },
  {
    name: "trigger_tt_once",
    source: `from datetime import datetime\nfrom airflow import DAG\nimport airflow.timetables.trigger as trig\nwith DAG("trigger_tt_once", schedule=trig.CronTriggerTimetable(cron="@once", timezone="UTC"), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.",
    expected: ["schedule-valid:error"],
  },
  {
    name: "interval_tt_named",
    source: `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.timetables.interval import CronDataIntervalTimetable as Every\nTT = Every("61 * * * *", timezone="UTC")\nwith DAG("interval_tt_named", timetable=TT, start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: "AirflowTimetableInvalid: [61 * * * *] is not acceptable, out of range",
    expected: ["schedule-valid:error"],
  },
  {
    name: "trigger_tt_ok",
    source: `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.timetables.trigger import CronTriggerTimetable\nwith DAG("trigger_tt_ok", schedule=CronTriggerTimetable("@Hourly", timezone="UTC"), start_date=datetime(2024, 1, 1)):\n    pass\n`,
    dagbag: null,
    expected: [],
  },
  // Timetable and dataset-condition objects written out (airflow/timetables/ and airflow/datasets/ at 2.10.5).
  ...[
    ["tt_cont_obj", `schedule=ContinuousTimetable()`, "AirflowException: Invalid max_active_runs: <class 'airflow.timetables.simple.ContinuousTimetable'> requires max_active_runs <= 1", ["schedule-valid:error"]],
    ["tt_cont_obj_one", `schedule=ContinuousTimetable(), max_active_runs=1`, null, []],
    ["tt_cont_in_ds_or_time", `schedule=DatasetOrTimeSchedule(timetable=ContinuousTimetable(), datasets=[Dataset("s3://a")])`, "AirflowException: Invalid max_active_runs: <class 'airflow.timetables.datasets.DatasetOrTimeSchedule'> requires max_active_runs <= 1", ["schedule-valid:error"]],
    ["tt_delta_zero", `schedule=DeltaDataIntervalTimetable(timedelta(0))`, "AirflowTimetableInvalid: schedule interval must be positive", ["dag-argument-invalid:error"]],
    ["tt_delta_zero_kw", `timetable=DeltaDataIntervalTimetable(delta=timedelta(hours=0))`, "AirflowTimetableInvalid: schedule interval must be positive", ["dag-argument-invalid:error"]],
    ["tt_delta_hour", `schedule=DeltaDataIntervalTimetable(timedelta(hours=1))`, null, []],
    ["ds_any_strings", `schedule=DatasetAny("s3://a", "s3://b")`, "TypeError: expect dataset expressions in condition", ["dag-argument-invalid:error"]],
    ["ds_all_splat_strings", `schedule=DatasetAll(*["s3://a"])`, "TypeError: expect dataset expressions in condition", ["dag-argument-invalid:error"]],
    ["ds_any_objects", `schedule=DatasetAny(Dataset("s3://a"), DatasetAll(Dataset("s3://b")))`, null, []],
    ["ds_or_time_strings", `schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 1 * * *", timezone="UTC"), datasets=["s3://x"])`, "TypeError: expect dataset expressions in condition", ["dag-argument-invalid:error"]],
    ["ds_or_time_string", `schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 1 * * *", timezone="UTC"), datasets="s3://x")`, "TypeError: expect dataset expressions in condition", ["dag-argument-invalid:error"]],
    ["ds_or_time_objects", `schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 1 * * *", timezone="UTC"), datasets=[Dataset("s3://x")])`, null, []],
  ].map(([name, args, dagbag, expected]) => ({
    name: name as string,
    source: `from datetime import datetime, timedelta\nfrom airflow import DAG\nfrom airflow.datasets import Dataset, DatasetAll, DatasetAny\nfrom airflow.timetables.datasets import DatasetOrTimeSchedule\nfrom airflow.timetables.interval import DeltaDataIntervalTimetable\nfrom airflow.timetables.simple import ContinuousTimetable\nfrom airflow.timetables.trigger import CronTriggerTimetable\n\nwith DAG("${name as string}", ${args as string}, start_date=datetime(2024, 1, 1), catchup=False):\n    pass\n`,
    dagbag: dagbag as string | null,
    expected: expected as string[],
  })),
  {
    name: "wrapper_twice",
    source: `from datetime import datetime\nfrom airflow.decorators import dag\n\n\ndef team_dag(**kwargs):\n    return dag(start_date=datetime(2024, 1, 1), catchup=False, **kwargs)\n\n\n@team_dag(schedule=None, start_date=datetime(2023, 1, 1))\ndef wrapper_twice():\n    pass\n\n\nwrapper_twice()\n`,
    dagbag: "TypeError: airflow.models.dag.dag() got multiple values for keyword argument 'start_date'",
    expected: ["dag-argument-invalid:error"],
  },
  {
    name: "wrapper_popped",
    source: `from datetime import datetime\nfrom airflow.decorators import dag\n\n\ndef team_dag(**kwargs):\n    kwargs.pop("start_date", None)\n    return dag(start_date=datetime(2024, 1, 1), catchup=False, **kwargs)\n\n\n@team_dag(schedule=None, start_date=datetime(2023, 1, 1))\ndef wrapper_popped():\n    pass\n\n\nwrapper_popped()\n`,
    dagbag: null,
    expected: [],
  },
  {
    name: "class_wrapper_twice",
    source: `from datetime import datetime\nfrom airflow import DAG\n\n\ndef team_DAG(**kwargs):\n    return DAG(catchup=False, **kwargs)\n\n\nwith team_DAG(dag_id="class_wrapper_twice", schedule=None, start_date=datetime(2024, 1, 1), catchup=True):\n    pass\n`,
    dagbag: "TypeError: airflow.models.dag.DAG() got multiple values for keyword argument 'catchup'",
    expected: ["dag-argument-invalid:error"],
  },
  {
    name: "partial_preset_twice",
    source: `from datetime import datetime\nfrom functools import partial\nfrom airflow import DAG\n\nFixed = partial(DAG, "partial_preset_twice", start_date=datetime(2024, 1, 1))\n\nwith Fixed(dag_id="other", schedule=None):\n    pass\n`,
    dagbag: "TypeError: DAG.__init__() got multiple values for argument 'dag_id'",
    expected: ["dag-argument-unknown:error"],
  },
  {
    name: "partial_preset_id",
    source: `from datetime import datetime\nfrom functools import partial\nfrom airflow import DAG\n\nFixed = partial(DAG, "partial_preset_id", start_date=datetime(2024, 1, 1))\n\nwith Fixed(schedule=None):\n    pass\n`,
    dagbag: null,
    expected: [],
  },
];

describe("schedule and signature checks agree with Airflow 2.10.5's DagBag", () => {
  it.each(CONFIRMED.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const findings = check(c.source);
    expect(summary(findings)).toEqual(c.expected);
    // An error finding exactly when the DagBag could not import the file.
    expect(findings.some((f) => f.severity === "error" && OURS.has(f.checkId))).toBe(c.dagbag !== null);
    // The message carries what Airflow raised.
    const error = ours(findings).find((f) => f.severity === "error");
    if (error && c.dagbag) expect(error.message).toContain(c.dagbag.replace(/^airflow\.exceptions\./, ""));
  });
});

describe("schedule findings", () => {
  it("point at the schedule value with its end, and say what Airflow raises and how to fix it", () => {
    const [finding] = ours(check(`from airflow import DAG\n\nwith DAG("d", schedule="? * * * *"):\n    pass\n`));
    expect(finding).toMatchObject({ checkId: "schedule-valid", line: 3, column: 24, endLine: 3, endColumn: 35, dagId: "d" });
    expect(finding?.message).toContain("AirflowTimetableInvalid: [? * * * *] is not acceptable.  Question mark can only used in day_of_month or day_of_week");
    expect(finding?.fix).toMatch(/'\?' is allowed alone/);
  });

  it("uses croniter 6.0.0's words on Airflow 3", () => {
    const [finding] = ours(check(`from airflow.sdk import DAG\n\nwith DAG("d", schedule="? * * * *"):\n    pass\n`, "3.0.2"));
    expect(finding?.message).toContain("is not acceptable. Question mark can only used");
  });

  it("points a @continuous max_active_runs above 1 at its value, and says Airflow 3's ValueError", () => {
    const [finding] = ours(check(dagFile(`"c", schedule="@continuous", max_active_runs=3`), "3.1.0"));
    expect(finding).toMatchObject({ checkId: "schedule-valid", line: 4, column: 55, endColumn: 56 });
    expect(finding?.message).toContain("ValueError: Invalid max_active_runs: ContinuousTimetable requires max_active_runs <= 1");
  });

  it("leaves @continuous alone when a **splat may set max_active_runs, or its value is not a literal", () => {
    expect(ours(check(dagFile(`"c", schedule="@continuous", **kw`)))).toEqual([]);
    expect(ours(check(dagFile(`"c", schedule="@continuous", max_active_runs=N, start_date=datetime(2024, 1, 1)`)))).toEqual([]);
  });

  it("judges @continuous without max_active_runs by the project's max_active_runs_per_dag (Dockerfile ENV or .env)", () => {
    // Real Airflow 2.10.5: with AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=1 in the environment, DagBag bags this DAG (no
    // import error); DAG.__init__ defaults max_active_runs to conf.getint("core", "max_active_runs_per_dag").
    const source = dagFile(`"c", schedule="@continuous", start_date=datetime(2024, 1, 1)`);
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
    const judge = (maxActiveRunsPerDag?: number): Finding[] =>
      ours(runFileChecks(inventory, { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py", now: NOW, maxActiveRunsPerDag }));
    expect(judge(1)).toEqual([]);
    expect(judge(4).map((f) => f.message)).toEqual([expect.stringContaining("the project sets AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=4")]);
    expect(judge().map((f) => f.message)).toEqual([expect.stringContaining("16 unless the Deployment sets it to 1")]);
  });

  it("judges unset retries and owner by the project's default_task_retries and default_owner (BaseOperator's defaults)", () => {
    const source = dagFile(`"d", schedule=None, start_date=datetime(2024, 1, 1), tags=["t"]`);
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
    const policy = (defaults: { defaultTaskRetries?: number; defaultOwner?: string }): string[] =>
      runFileChecks(inventory, { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py", now: NOW, ...defaults })
        .filter((f) => f.checkId === "min-retries" || f.checkId === "owner-required")
        .map((f) => `${f.checkId}: ${f.message}`);
    expect(policy({ defaultTaskRetries: 3, defaultOwner: "data-platform" })).toEqual([]);
    expect(policy({ defaultTaskRetries: 1, defaultOwner: "airflow" })).toEqual([
      "min-retries: DAG 'd' does not set retries in default_args (the project's AIRFLOW__CORE__DEFAULT_TASK_RETRIES is 1)",
      "owner-required: DAG 'd' has no owner in default_args (it shows as 'airflow')",
    ]);
    expect(policy({})).toEqual([
      "min-retries: DAG 'd' does not set retries in default_args (Airflow's default is 0)",
      "owner-required: DAG 'd' has no owner in default_args (it shows as 'airflow')",
    ]);
  });

  it("reads max_active_runs_per_dag from the project's Dockerfile ENV, .env winning", async () => {
    const root = tempDirPath("astro-ci-max-runs-");
    try {
      mkdirSync(join(root, "dags"));
      writeFileSync(join(root, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.7.1\nENV AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=1\n");
      writeFileSync(join(root, "dags", "cont.py"), dagFile(`"cont", schedule="@continuous", start_date=datetime(2024, 1, 1)`));
      expect((await loadProject(root, { repoRoot: root })).maxActiveRunsPerDag).toBe(1);
      writeFileSync(join(root, ".env"), "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG = 8\nSECRET=x\nAIRFLOW__CORE__DEFAULT_TASK_RETRIES=3\nAIRFLOW__OPERATORS__DEFAULT_OWNER=data-platform\n");
      expect(await loadProject(root, { repoRoot: root })).toMatchObject({ maxActiveRunsPerDag: 8, defaultTaskRetries: 3, defaultOwner: "data-platform" });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("says how to fix a year field that starts ahead and a day union with a half that never matches", () => {
    const [ahead] = ours(check(dagFile(`"d", schedule="0 6 * * * 0 2030"`)));
    expect(ahead?.message).toContain("its first match ever is on 2030-01-01");
    expect(ahead?.fix).toMatch(/list a year before/);
    const [union] = ours(check(dagFile(`"d", schedule="0 0 31 2 mon"`)));
    expect(union?.message).toContain("its day-of-month part matches no date");
    expect(union?.fix).toMatch(/each match some date on their own/);
    // Airflow 3's default timetable does not ask for the match before the first run.
    expect(summary(check(dagFile(`"d", schedule="0 6 * * * 0 2030"`), "3.1.0"))).toEqual([]);
  });

  it("reads schedule_interval on Airflow 2 too", () => {
    expect(summary(check(dagFile(`"d", schedule_interval="0 0 30 2 *", start_date=datetime(2024, 1, 1)`)))).toEqual(["schedule-never-fires:warning"]);
  });

  it("are silenced by their level", () => {
    expect(summary(check(dagFile(`"d", schedule="0 0 31 2 *", start_date=datetime(2024, 1, 1)`), "2.10.5", { "schedule-never-fires": { level: "off" } }))).toEqual([]);
  });

  it("leave a schedule without start_date alone before Airflow 2.8 (tasks raised there instead)", () => {
    expect(summary(check(dagFile(`"old", schedule="@daily"`), "2.7.3"))).toEqual([]);
    expect(summary(check(dagFile(`"new", schedule="@daily"`), "2.8.0"))).toEqual(["dag-argument-invalid:error"]);
  });

  it("are registered checks with their default levels", () => {
    const byId = Object.fromEntries(CHECKS.map((c) => [c.id, c.defaultLevel]));
    expect(byId).toMatchObject({ "schedule-valid": "error", "schedule-never-fires": "warning", "schedule-random": "warning", "dag-argument-unknown": "error", "dag-argument-invalid": "error" });
  });
});

describe("the real DAG signature", () => {
  it("points an unknown keyword at its value and says where it belongs", () => {
    const [finding] = ours(check(dagFile(`"d", owner="team", schedule=None`)));
    expect(finding).toMatchObject({ checkId: "dag-argument-unknown", severity: "error", line: 4, column: 21, endColumn: 27 });
    expect(finding?.fix).toContain("`owner` is a task argument, not a DAG argument: put it in default_args");
  });

  it("suggests the nearest valid name for a typo", () => {
    const [finding] = ours(check(dagFile(`"d", max_active_run=1`)));
    expect(finding?.fix).toBe("did you mean `max_active_runs`?");
    expect(nearestParameter("tag", ["tags", "params"])).toBe("tags");
    expect(nearestParameter("completely_else", ["tags", "params"])).toBeUndefined();
  });

  it("says which arguments Airflow 3 removed or renamed", () => {
    const findings = ours(check(dagFile(`"d", schedule_interval="@daily", concurrency=4, fail_stop=True, default_view="grid"`), "3.0.2"));
    expect(findings.map((f) => f.fix)).toEqual([
      "`schedule_interval` was removed in Airflow 3: pass the same value as schedule=",
      "`concurrency` was removed in Airflow 3: use max_active_tasks=",
      "`fail_stop` was renamed in Airflow 3: use fail_fast=",
      "`default_view` was removed in Airflow 3 (the UI chooses the view): delete it",
    ]);
    expect(findings[0]?.message).toContain("TypeError: DAG.__init__() got an unexpected keyword argument 'schedule_interval'");
  });

  it("knows each minor version's parameters", () => {
    expect(summary(check(dagFile(`"d", deadline=None`), "3.0.2"))).toEqual(["dag-argument-unknown:error"]);
    expect(summary(check(dagFile(`"d", deadline=None`), "3.1.3"))).toEqual([]);
    expect(summary(check(dagFile(`"d", fail_fast=True`), "2.10.5"))).toEqual(["dag-argument-unknown:error"]);
    expect(ours(check(dagFile(`"d", fail_fast=True`), "2.10.5"))[0]?.fix).toBe("`fail_fast` is Airflow 3's name: on Airflow 2 write fail_stop=");
    expect(summary(check(dagFile(`"d", fail_stop=True, dag_display_name="D", schedule_interval=None`), "2.10.5"))).toEqual([]);
  });

  it("uses the nearest newer data for an older minor, and only warns for a minor newer than the data", () => {
    expect(dagSignatureFor("2.9.3", 2)).toMatchObject({ minor: "2.10", exact: true });
    expect(dagSignatureFor("3.3.0", 3)).toMatchObject({ minor: "3.1", exact: false });
    const [finding] = ours(check(dagFile(`"d", owner="x"`), "3.3.0"));
    expect(finding).toMatchObject({ severity: "warning" });
    expect(finding?.message).toContain("checked against Airflow 3.1's parameters");
  });

  it("counts positional arguments: all of DAG.__init__'s on Airflow 2, only dag_id on Airflow 3", () => {
    const source = `from airflow import DAG\ndag = DAG("p", "description")\n`;
    expect(summary(check(source, "2.10.5"))).toEqual([]);
    const [finding] = ours(check(source, "3.0.2"));
    expect(finding).toMatchObject({ checkId: "dag-argument-unknown", line: 2, column: 16 });
    expect(finding?.message).toContain("takes only dag_id positionally");
    expect(ours(check(`from airflow import DAG\ndag = DAG("p", dag_id="q")\n`))[0]?.message).toContain("got multiple values for argument 'dag_id'");
  });

  it("still checks the explicit keywords next to a **splat, and not the splat", () => {
    expect(summary(check(dagFile(`"d", owner="x", **extra`)))).toEqual(["dag-argument-unknown:error"]);
    expect(summary(check(dagFile(`"d", *args`)))).toEqual([]);
  });

  it("checks @dag like DAG: Airflow 2's decorator has its own TypeError", () => {
    const [finding] = ours(check(dagFile(`retries=2`, true)));
    expect(finding?.message).toContain("TypeError: dag() got an unexpected keyword argument 'retries'");
    expect(ours(check(dagFile(`retries=2`, true), "3.1.0"))[0]?.message).toContain("TypeError: DAG.__init__() got an unexpected keyword argument 'retries'");
  });

  it("does not check DAGs made by other classes (subclasses take their own arguments)", () => {
    const inventory = extractDagInventory(parser.parse(dagFile(`"d", owner="x"`)), dagFile(`"d", owner="x"`), "dags/x.py");
    const subclass = { ...(inventory.dags[0] as DagInfo), definedBy: "DbtDag()" } as unknown as DagInfo;
    const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
    const findings = runFileChecks({ ...inventory, dags: [subclass] }, { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py" });
    expect(ours(findings)).toEqual([]);
  });
});

// Re-confirms the CONFIRMED table against a live Airflow 2.10 (a python3 that imports airflow, with AIRFLOW_HOME set).
describeWithRealAirflow("live Airflow 2.10 DagBag", (airflow) => {
  it("reports exactly the recorded import errors", () => {
    const dir = tempDirPath("astro-ci-dagbag-");
    try {
      for (const c of CONFIRMED) writeFileSync(join(dir, `${c.name}.py`), c.source);
      const script = [
        "import sys, json, logging",
        "logging.disable(logging.CRITICAL)",
        "from airflow.models.dagbag import DagBag",
        "bag = DagBag(dag_folder=sys.argv[1], include_examples=False)",
        "print(json.dumps({k.rsplit('/', 1)[-1][:-3]: v.strip().splitlines()[-1] for k, v in bag.import_errors.items()}))",
      ].join("\n");
      const out = execFileSync(airflow.python, ["-c", script, dir], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const errors = JSON.parse(out.trim().split("\n").pop() as string) as Record<string, string>;
      for (const c of CONFIRMED) expect([c.name, errors[c.name] ?? null]).toEqual([c.name, c.dagbag === null ? null : expect.stringContaining(c.dagbag.replace(/^airflow\.exceptions\./, ""))]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
