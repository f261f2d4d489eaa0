// The scheduler serializes every DAG it parses and records a failure as the file's import error (the DAG never
// reaches the UI); a plain DagBag, as `astro dev parse` runs it, does not. The dynamic tier checks the usual failure,
// a custom Timetable no plugin registers, against REAL Apache Airflow (2.10+): the truth is Airflow's own
// SerializedDAG.to_dict on what DagBag loaded. Runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow
// 2.10+ (see ../support/real-airflow.ts).
import { beforeAll, afterAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const TIMETABLE = `from airflow.timetables.base import DagRunInfo, DataInterval, Timetable


class EveryOtherDay(Timetable):
    def infer_manual_data_interval(self, *, run_after):
        return DataInterval.exact(run_after)

    def next_dagrun_info(self, *, last_automated_data_interval, restriction):
        start = last_automated_data_interval.end if last_automated_data_interval else restriction.earliest
        return None if start is None else DagRunInfo.exact(start.add(days=2))
`;
const DAG = (id: string, from: string) => `import pendulum\nfrom airflow import DAG\n${from}\n\nwith DAG("${id}", schedule=EveryOtherDay(), start_date=pendulum.datetime(2024, 1, 1)):\n    pass\n`;
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  // Registered by a plugin: serializes.
  "plugins/every_other_day.py": `from airflow.plugins_manager import AirflowPlugin\n${TIMETABLE}\n\nclass TimetablesPlugin(AirflowPlugin):\n    name = "timetables"\n    timetables = [EveryOtherDay]\n`,
  "dags/registered.py": DAG("registered_tt", "from every_other_day import EveryOtherDay"),
  // Defined in the DAG file, registered nowhere: the scheduler cannot serialize the DAG.
  "dags/unregistered.py": `import pendulum\nfrom airflow import DAG\n${TIMETABLE}\n\nwith DAG("unregistered_tt", schedule=EveryOtherDay(), start_date=pendulum.datetime(2024, 1, 1)):\n    pass\n`,
  // Airflow's own timetable given what its serialize() cannot encode (an int interval): DagBag loads it, the
  // scheduler cannot serialize it (tester 1, stop 30). A timedelta interval serializes.
  "dags/builtin_interval.py": `import pendulum\nfrom datetime import timedelta\nfrom airflow import DAG\nfrom airflow.timetables.trigger import CronTriggerTimetable\n\nwith DAG("int_interval", schedule=CronTriggerTimetable("@daily", timezone="UTC", interval=3600), start_date=pendulum.datetime(2024, 1, 1)):\n    pass\n\nwith DAG("timedelta_interval", schedule=CronTriggerTimetable("@daily", timezone="UTC", interval=timedelta(hours=1)), start_date=pendulum.datetime(2024, 1, 1)):\n    pass\n`,
};

const TRUTH = `
import json, sys
from airflow.models.dagbag import DagBag
from airflow.serialization.serialized_objects import SerializedDAG
bag = DagBag(sys.argv[1], include_examples=False)
out = {}
for dag_id, dag in bag.dags.items():
    try:
        SerializedDAG.to_dict(dag)
        out[dag_id] = "ok"
    except Exception as exc:
        out[dag_id] = "%s: %s" % (type(exc).__name__, exc)
print(json.dumps(out))
`;

describeWithRealAirflow("DAGs the scheduler cannot serialize, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let truth: Record<string, string>;

  beforeAll(() => {
    project = makeTempTree(FILES);
    const output = execFileSync(airflow.python, ["-c", TRUTH, join(project.dir, "dags")], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: [project.dir, join(project.dir, "dags"), join(project.dir, "plugins")].join(":"), AIRFLOW__CORE__PLUGINS_FOLDER: join(project.dir, "plugins"), AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as Record<string, string>;
  }, 300_000);

  afterAll(() => project?.cleanup());

  it("an unregistered custom Timetable, or Airflow's own given an int interval, is an import error on the DAG; a plugin-registered one is not", async () => {
    expect(truth.registered_tt).toBe("ok");
    expect(truth.unregistered_tt).toMatch(/SerializationError: .*is not registered/);
    expect(truth.int_interval).toMatch(/'int' object has no attribute '__dict__'/);
    expect(truth.timedelta_interval).toBe("ok");
    const result = await runCliCaptured(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", project.dir], project.dir);
    expect(result.stderr).not.toContain("internal error");
    const report = JSON.parse(result.stdout) as { findings: { checkId: string; file: string; line: number; message: string }[]; projects: { dags: { dagId: unknown; loaded?: false }[] }[] };
    const errors = report.findings.filter((f) => f.checkId === "import-error");
    expect(errors.map((f) => `${f.file}:${f.line}`)).toEqual(["dags/builtin_interval.py:6", "dags/unregistered.py:15"]);
    expect(errors[0]?.message).toMatch(/Failed to serialize DAG 'int_interval': 'int' object has no attribute '__dict__'/);
    expect(errors[1]?.message).toMatch(/Failed to serialize DAG 'unregistered_tt': Timetable class .* is not registered/);
    const loaded = report.projects[0]!.dags.filter((d) => d.loaded !== false).map((d) => d.dagId).sort();
    expect(loaded).toEqual(["registered_tt", "timedelta_interval"]);
  }, 300_000);
});
