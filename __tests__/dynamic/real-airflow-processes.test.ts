// validate-dags' dynamic tier against REAL Apache Airflow (2.10+) on DAG files that kill astro-ci's warm Airflow
// process or leave processes running: a tester's killparent (the run said "no Airflow" and passed with every other
// file unchecked) and orphan-effects (a child of one import changed the project while other files were imported).
// The innocent files are compared with Airflow's own DagBag. Runs when ASTRO_CI_TEST_PYTHON names a python3 that
// imports Airflow 2.10+ (see ../support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const HEAD = "from datetime import datetime\nfrom airflow import DAG\n";
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  "requirements.txt": "",
  "astro-ci.yaml": "version: 1\nvalidate:\n  airflow3-readiness: \"off\"\n  checks:\n    min-retries: off\n    owner-required: off\n    tags-required: off\n    parse-time-work: off\n",
  "include/__init__.py": "",
  "include/victim.txt": "v\n",
  // The tester's c04: Python's own os.kill of the parent (refused by the harness).
  "dags/a_kill.py": `${HEAD}import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n`,
  "dags/b_bad.py": `${HEAD}with DAG("good", start_date=datetime(2024, 1, 1), schedule=None):\n    x = 1 / 0\n`,
  // The same through a subprocess, which nothing in the import can refuse: the warm process dies.
  "dags/c_shell_kill.py": `${HEAD}import os, subprocess\nsubprocess.run(["kill", "-9", str(os.getppid())])\n`,
  "dags/e_slow.py": `${HEAD}import time\ntime.sleep(5)\nwith DAG("slow", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`,
};

// The tester's c06, in a project without killers: a forked child changes the project at once, and again 3 s later.
// (Beside a killer, the file may be imported a second time, one at a time; the change its first import's child made
// is then not counted against it: a limit the README states.)
const FORK_FILES: Record<string, string> = {
  Dockerfile: FILES.Dockerfile as string,
  "requirements.txt": "",
  "astro-ci.yaml": FILES["astro-ci.yaml"] as string,
  "include/__init__.py": "",
  "include/victim.txt": "v\n",
  "dags/d_fork.py": `${HEAD}import os, time\nif os.fork() == 0:\n    os.remove("include/victim.txt")\n    time.sleep(3)\n    open("dags/zz_planted.py", "w").write("raise RuntimeError('planted by orphan')\\n")\n    os._exit(0)\ntime.sleep(1)\nwith DAG("forker", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`,
  "dags/e_slow.py": FILES["dags/e_slow.py"] as string,
};

// Airflow's own verdict on the files that harm nothing, each in a fresh DagBag.
const TRUTH = `
import json, os, sys
from airflow.models.dagbag import DagBag
out = {}
for path in sys.argv[1:]:
    bag = DagBag(dag_folder=path, include_examples=False)
    out[os.path.basename(path)] = {"dags": sorted(bag.dags), "errors": [v.strip().splitlines()[-1] for v in bag.import_errors.values()]}
print(json.dumps(out))
`;

interface Finding {
  checkId: string;
  file: string;
  line: number;
  message: string;
}

describeWithRealAirflow("DAG files that kill astro-ci's Airflow process or leave processes running, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let truth: Record<string, { dags: string[]; errors: string[] }>;

  beforeAll(() => {
    project = makeTempTree(FILES);
    const output = execFileSync(airflow.python, ["-c", TRUTH, ...["b_bad.py", "e_slow.py"].map((n) => join(project.dir, "dags", n))], {
      encoding: "utf8",
      env: { ...process.env, AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as typeof truth;
  }, 300_000);

  afterAll(() => project?.cleanup());

  it("blames the killers, imports every other file and fails the run", async () => {
    expect(truth["b_bad.py"]).toEqual({ dags: [], errors: ["ZeroDivisionError: division by zero"] });
    expect(truth["e_slow.py"]).toEqual({ dags: ["slow"], errors: [] });
    // --dynamic auto: before, the dead warm process read as "no Airflow" and the run passed.
    const result = await runCliCaptured(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "auto", "--repo-root", project.dir, "--no-cache"], project.dir);
    const report = JSON.parse(result.stdout) as { projects: { dynamic: { status: string; message: string }; dags: { dagId: string; file: string; loaded?: boolean }[] }[]; findings: Finding[] };
    expect(result.code, result.stderr).toBe(1);
    const dynamic = report.projects[0]?.dynamic;
    expect(dynamic?.status).toBe("ran");
    // Each killer costs one restart, and a kill while several files were in flight one more (they are imported again
    // one at a time, the decoy round included); never past the bound of 5.
    expect(dynamic?.message).toMatch(/started again [1-5] times?/);
    const of = (file: string): string[] => report.findings.filter((f) => f.file === `dags/${file}`).map((f) => `${f.checkId}:${f.line}:${f.message}`);
    expect(of("a_kill.py")).toEqual([expect.stringMatching(/^import-crash:4:Airflow cannot import this file: the import sends SIGKILL to its parent process \(astro-ci's Airflow process\)/)]);
    expect(of("c_shell_kill.py")).toEqual([expect.stringMatching(/^import-crash:1:Airflow cannot import this file: the import killed astro-ci's Airflow process.*signal SIGKILL/)]);
    expect(of("b_bad.py")).toEqual([expect.stringMatching(/^import-error:4:Airflow cannot import this file: ZeroDivisionError: division by zero/)]);
    expect(of("e_slow.py")).toEqual([]);
    const loaded = report.projects[0]?.dags.filter((d) => d.loaded !== false).map((d) => d.dagId).sort();
    expect(loaded).toEqual(["slow"]);
  }, 240_000);

  it("kills what an import left running when the import ends, and counts what it changed against the file", async () => {
    const forkProject = makeTempTree(FORK_FILES);
    try {
      const result = await runCliCaptured(["validate-dags", forkProject.dir, "--format", "json", "--airflow", "installed", "--dynamic", "auto", "--repo-root", forkProject.dir, "--no-cache"], forkProject.dir);
      const report = JSON.parse(result.stdout) as { projects: { dags: { dagId: string; loaded?: boolean }[] }[]; findings: Finding[] };
      const of = (file: string): string[] => report.findings.filter((f) => f.file === `dags/${file}`).map((f) => `${f.checkId}:${f.line}:${f.message}`);
      expect(of("d_fork.py")).toEqual([expect.stringMatching(/^import-side-effect:4:a process started by importing this file \(line 4\) deletes include\/victim\.txt in the project/)]);
      expect(of("e_slow.py")).toEqual([]);
      expect(report.projects[0]?.dags.filter((d) => d.loaded !== false).map((d) => d.dagId).sort()).toEqual(["forker", "slow"]);
      // The forked child was killed when d_fork.py's import ended: it never planted its file.
      await sleep(3000);
      expect(existsSync(join(forkProject.dir, "dags/zz_planted.py"))).toBe(false);
    } finally {
      forkProject.cleanup();
    }
  }, 240_000);
});
