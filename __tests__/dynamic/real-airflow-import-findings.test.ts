// The dynamic tier's findings against REAL Apache Airflow (2.10+), as a tester's projects showed them: paths in
// import-side-effect messages keep their folders (shutil.rmtree removes a folder's files by name relative to the
// folder's descriptor), DagBag's timeout message names the file relative to the repository, and a cycle both tiers
// see is one finding. Runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10+ (see
// ../support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const HEAD = "from datetime import datetime\nfrom airflow import DAG\n";
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=2\n",
  "requirements.txt": "",
  "include/__init__.py": "",
  "include/sub/cfg.json": "{}\n",
  "data/old/keep.txt": "x\n",
  // Line 4: the whole folder (and what is in it, removed by name relative to the folder); line 5: a file removed by
  // name relative to its folder's descriptor.
  "dags/cleans_up.py": `${HEAD}import os, shutil\nshutil.rmtree("include/sub")\nfd = os.open("data/old", os.O_RDONLY); os.remove("keep.txt", dir_fd=fd); os.close(fd)\nwith DAG("cleans_up", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`,
  "dags/slow.py": `${HEAD}import time\ntime.sleep(20)\nwith DAG("slow", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`,
  "dags/cycle.py": `${HEAD}from airflow.operators.empty import EmptyOperator\nwith DAG("dup", start_date=datetime(2024, 1, 1), schedule=None):\n    a = EmptyOperator(task_id="a")\n    b = EmptyOperator(task_id="b")\n    a >> b >> a\n`,
};

describeWithRealAirflow("the dynamic tier's findings name paths and cycles as the static tier does, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let report: { findings: { checkId: string; file: string; line: number; message: string }[]; projects: { dags: { dagId?: unknown; notLoadedReason?: string }[] }[] };

  beforeAll(async () => {
    project = makeTempTree(FILES);
    const result = await runCliCaptured(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", project.dir, "--no-cache"], project.dir);
    expect(result.stderr).not.toContain("internal error");
    report = JSON.parse(result.stdout) as typeof report;
  }, 300_000);

  afterAll(() => {
    project?.cleanup();
  });

  it("import-side-effect paths are relative to the repository, with their folders, and a folder deleted as a whole once", () => {
    // The import really ran: both are gone from the checkout.
    expect(existsSync(join(project.dir, "include/sub"))).toBe(false);
    expect(existsSync(join(project.dir, "data/old/keep.txt"))).toBe(false);
    const effects = report.findings.filter((f) => f.checkId === "import-side-effect" && f.file === "dags/cleans_up.py");
    expect(effects.map((f) => [f.line, /importing this file (\w+ \S+) in the project/.exec(f.message)?.[1]])).toEqual([
      [4, "deletes include/sub"],
      [5, "deletes data/old/keep.txt"],
    ]);
  });

  it("DagBag's timeout message names the file relative to the repository, in the finding and the DAG's reason", () => {
    const timeout = report.findings.find((f) => f.checkId === "import-timeout");
    expect(timeout).toMatchObject({ file: "dags/slow.py", line: 4, message: expect.stringContaining("DagBag import timeout for dags/slow.py after 2.0s.") });
    expect(JSON.stringify(report)).not.toContain(join(project.dir, "dags"));
    expect(report.projects[0]?.dags.find((d) => d.dagId === "slow")?.notLoadedReason).toBe("import timed out: DagBag import timeout for dags/slow.py after 2.0s.");
  });

  it("a cycle is one finding, on the dependency that closes it, quoting DagBag", () => {
    const onCycle = report.findings.filter((f) => f.file === "dags/cycle.py" && /cycle/i.test(f.message));
    expect(onCycle).toMatchObject([{ checkId: "dag-cycle", line: 7, message: expect.stringContaining("DagBag's import error: AirflowDagCycleException: Cycle detected in DAG: dup. Faulty task: b") }]);
  });
});
