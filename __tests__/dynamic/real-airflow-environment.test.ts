// The dynamic tier against REAL Apache Airflow (2.10+), on what the Python it imports with lacks and the project's
// runtime has: a package requirements.txt installs, and the runtime's Python version (PEP 701 f-strings compile on
// 3.12 only). Those are `import-environment` warnings, not DAG failures; the DAG stays listed. Runs when
// ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10+ (see ../support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const START = "start_date=pendulum.datetime(2024, 1, 1), catchup=False";
const FILES: Record<string, string> = {
  // Astro Runtime 12.x runs Python 3.12.
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  "requirements.txt": "astro-ci-not-installed-anywhere==1.0.2\n",
  "dags/needs_requirement.py": `import pendulum\nimport astro_ci_not_installed_anywhere\nfrom airflow import DAG\n\nwith DAG("needs_requirement", schedule=None, ${START}):\n    pass\n`,
  "dags/truly_missing.py": `import pendulum\nimport nobody_installs_this_xyz\nfrom airflow import DAG\n\nwith DAG("truly_missing", schedule=None, ${START}):\n    pass\n`,
  "dags/pep701.py": `import pendulum\nfrom airflow import DAG\n\nCFG = {"team": "core"}\nwith DAG(f"{CFG["team"]}_daily", schedule=None, ${START}):\n    pass\n`,
};


describeWithRealAirflow("import errors of the check's own Python, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let pythonMinor: string;

  beforeAll(() => {
    project = makeTempTree(FILES);
    pythonMinor = execFileSync(airflow.python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" }).trim();
  });

  afterAll(() => {
    project?.cleanup();
  });

  it("a requirement the check's Python lacks, and another Python version's syntax error, are warnings; a module nobody installs stays an error", async () => {
    const result = await runCliCaptured(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", project.dir], project.dir);
    expect(result.stderr).not.toContain("internal error");
    const report = JSON.parse(result.stdout) as { findings: { checkId: string; file: string; severity: string }[]; projects: { dags: { dagId: unknown; loaded?: false }[] }[] };
    const byFile = (file: string) => report.findings.filter((f) => f.file === file && f.checkId.startsWith("import-")).map((f) => `${f.checkId}/${f.severity}`);
    expect(byFile("dags/needs_requirement.py")).toEqual(["import-environment/warning"]);
    expect(byFile("dags/truly_missing.py")).toEqual(["import-error/error"]);
    // Python 3.11 rejects the nested quotes; 3.12, the runtime's, compiles them.
    expect(byFile("dags/pep701.py")).toEqual(pythonMinor === "3.12" ? [] : ["import-environment/warning"]);
    const loaded = report.projects[0]!.dags.filter((d) => d.loaded !== false).map((d) => d.dagId);
    expect(loaded).toContain("needs_requirement");
    expect(loaded).not.toContain("truly_missing");
    expect(result.code).toBe(1);
  }, 300_000);
});
