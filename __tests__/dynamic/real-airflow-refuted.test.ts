// A static error that says importing the file fails, on a file real Apache Airflow (2.10+) imports without an error:
// Airflow refuted it, so it becomes a warning that says so and the run does not fail. A static error the import
// confirms stays an error. Runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10+ (see
// ../support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const DAG_ARGS = 'schedule=None, start_date=pendulum.datetime(2024, 1, 1), catchup=False, tags=["x"]';
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  "requirements.txt": "",
  "include/__init__.py": "",
  // A helper that makes a name every module sees, imported through importlib: the static reading follows plain imports
  // of helpers that set builtins, not this one, so it cannot know the name.
  "include/owners.py": 'import builtins\n\nbuiltins.TEAM_OWNER = "data"\n',
  "dags/refuted.py": `import importlib\n\nimport pendulum\nfrom airflow import DAG\n\nimportlib.import_module("include.owners")\n\nwith DAG("refuted", ${DAG_ARGS}, default_args={"owner": TEAM_OWNER, "retries": 2}):\n    pass\n`,
  "dags/confirmed.py": `import pendulum\nfrom airflow import DAG\n\nwith DAG("confirmed", ${DAG_ARGS}, default_args={"owner": NO_SUCH_OWNER, "retries": 2}):\n    pass\n`,
};

describeWithRealAirflow("static import failures that a real import refutes", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };

  beforeAll(() => {
    project = makeTempTree(FILES);
  });

  afterAll(() => {
    project?.cleanup();
  });

  it("an undefined name the import found defined is a warning naming the import; one the import confirms stays an error", async () => {
    const args = ["validate-dags", project.dir, "--format", "json", "--no-cache", "--repo-root", project.dir];
    const staticOnly = await runCliCaptured([...args, "--dynamic", "off"], project.dir);
    const before = JSON.parse(staticOnly.stdout) as { findings: { checkId: string; file: string; severity: string; message: string }[] };
    expect(before.findings.filter((f) => f.checkId === "undefined-name").map((f) => `${f.file}/${f.severity}`)).toEqual(["dags/confirmed.py/error", "dags/refuted.py/error"]);

    const result = await runCliCaptured([...args, "--airflow", "installed", "--dynamic", "required"], project.dir);
    expect(result.stderr).not.toContain("internal error");
    const report = JSON.parse(result.stdout) as typeof before;
    const undefinedNames = report.findings.filter((f) => f.checkId === "undefined-name");
    expect(undefinedNames.map((f) => `${f.file}/${f.severity}`)).toEqual(["dags/confirmed.py/error", "dags/refuted.py/warning"]);
    expect(undefinedNames[1]!.message).toMatch(/\(but Airflow 2\.\d+\.\d+ imported the file without an error in the dynamic check/);
    expect(report.findings.filter((f) => f.file === "dags/confirmed.py").map((f) => f.checkId)).toContain("import-error");
    expect(result.code).toBe(1);
  }, 300_000);
});
