// DAG files that misbehave at import — shadow standard-library modules, patch json and builtins, start daemons,
// fork, call os._exit, read the environment — imported by the dynamic tier's harness with REAL Apache Airflow and
// compared, file by file, with Airflow's own DagBag run in a fresh process per file (as the scheduler parses them).
// Gated like real-airflow.test.ts: runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10+.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runImportHarness, type FileImportResult } from "../../src/dynamic/run-harness.js";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";

const harnessPath = fileURLToPath(new URL("../../src/dynamic/harness/astro_ci_harness.py", import.meta.url));
const HEAD = "from datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n";
const dagOf = (id: string): string => `with DAG("${id}", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="t")\n`;

/** Each DAG file of the project; the files each harness run imports are named in the tests. */
const DAGS: Record<string, string> = {
  // Imports standard-library modules that dags/ shadows with its own logging.py and json.py.
  "uses_stdlib.py": `${HEAD}import json\nimport logging\n\nlogging.getLogger(__name__).info(json.dumps({"ok": True}))\n${dagOf("uses_stdlib")}`,
  // Patches json and builtins once its DAG is defined and leaves them patched: harmless in Airflow, where the next
  // file has its own process.
  "patcher.py": `${HEAD}import builtins\nimport json\n\n${dagOf("patcher")}json.dumps = lambda *args, **kwargs: "NOT JSON"\nbuiltins.open = None\n`,
  "after_patch.py": `${HEAD}import json\n\nwith open(__file__) as handle:\n    handle.read(1)\nCONFIG = json.loads(json.dumps({"retries": 1}))\n${dagOf("after_patch")}`,
  // Starts a process in its own session that outlives the import (holding the output pipe it inherited).
  "daemon.py": `${HEAD}import subprocess\nimport sys\n\nsubprocess.Popen([sys.executable, "-c", "import os, sys, time; open(sys.argv[1], 'a').write('%d\\\\n' % os.getpid()); time.sleep(120)", __file__ + ".pids"], start_new_session=True)\n${dagOf("daemon")}`,
  // A fork whose child carries on with the import as well.
  "fork_continues.py": `${HEAD}import os\n\nos.fork()\n${dagOf("fork_continues")}`,
  "hard_exit.py": `${HEAD}import os\n\n${dagOf("before_hard_exit")}os._exit(7)\n`,
  "hangs.py": `${HEAD}import threading\n\nthreading.Event().wait()\n${dagOf("hangs")}`,
  // Catches Airflow's timeout exception and carries on: only the harness's backstop stops it.
  "swallows_timeout.py": `${HEAD}import time\n\nwhile True:\n    try:\n        time.sleep(100)\n    except BaseException:\n        pass\n`,
  // Raises with the names of any credential-like variable it can see.
  "reads_env.py": `${HEAD}import os\n\nseen = sorted(k for k in os.environ if "TOKEN" in k.upper() or k.startswith(("ACTIONS_", "INPUT_", "ASTRO_")))\nif seen:\n    raise RuntimeError("credentials visible: " + ",".join(seen))\n${dagOf("reads_env")}`,
  "good.py": `${HEAD}${dagOf("good")}`,
  // Patches Airflow's DAG class (every DAG gets a tag) and leaves it patched: in the scheduler the next file has its own
  // process and never sees it; in a worker that imports several files it would.
  "patches_airflow.py": `${HEAD}\n_original_init = DAG.__init__\n\n\ndef _tagged_init(self, *args, **kwargs):\n    kwargs["tags"] = ["patched"]\n    _original_init(self, *args, **kwargs)\n\n\nDAG.__init__ = _tagged_init\n${dagOf("patches_airflow")}`,
  "after_airflow_patch.py": `${HEAD}${dagOf("after_airflow_patch")}`,
  // Adds an import hook to sys.meta_path (in place: sys.meta_path itself stays the same list) serving a module that
  // does not exist; the next file imports that module, which fails in Airflow.
  "adds_import_hook.py": `${HEAD}import importlib.abc\nimport importlib.util\nimport sys\n\n\nclass Phantom(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n    def find_spec(self, name, path=None, target=None):\n        return importlib.util.spec_from_loader(name, self) if name == "astro_ci_phantom" else None\n\n    def exec_module(self, module):\n        module.VALUE = 1\n\n\nsys.meta_path.insert(0, Phantom())\n${dagOf("adds_import_hook")}`,
  "uses_phantom.py": `${HEAD}import astro_ci_phantom\n\n${dagOf("uses_phantom")}`,
  // A "fork bomb" of threads: 2,200 threads, each reserving an 8 MiB stack (18 GB of address space, little memory).
  "starts_threads.py": `${HEAD}import threading\nimport time\n\nfor _ in range(2200):\n    threading.Thread(target=time.sleep, args=(3,), daemon=True).start()\n${dagOf("starts_threads")}`,
};
const EXTRA = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "requirements.txt": "", "dags/logging.py": "LEVEL = 1\n", "dags/json.py": "VALUE = 2\n" };

/** Airflow's own answer: a fresh DagBag per file in a child forked from one Python with Airflow imported. */
const TRUTH = `
import json, os, sys
from airflow.models.dagbag import DagBag
encode = json.JSONEncoder().encode
folder, names = sys.argv[1], sys.argv[2:]
out = {}
for name in names:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        try:
            bag = DagBag(dag_folder=os.path.join(folder, name), include_examples=False, safe_mode=False)
            result = {"dags": sorted(bag.dags), "errors": [str(e).strip() for e in bag.import_errors.values()]}
        except BaseException as exc:
            result = {"dags": [], "errors": ["%s: %s" % (type(exc).__name__, exc)]}
        os.write(w, encode(result).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        data += chunk
    os.waitpid(pid, 0)
    out[name] = json.loads(data) if data else {"dags": [], "errors": ["no result"]}
print(json.dumps(out))
`;

describeWithRealAirflow("dynamic tier on DAG files that misbehave at import", (airflow) => {
  let project: { dir: string; cleanup(): void };
  let truth: Record<string, { dags: string[]; errors: string[] }>;
  let airflowHome: string | undefined;

  const killDaemons = (): void => {
    const pids = join(project.dir, "dags", "daemon.py.pids");
    for (const pid of existsSync(pids) ? readFileSync(pids, "utf8").split("\n").filter(Boolean) : []) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // already gone
      }
    }
    rmSync(pids, { force: true });
  };

  beforeAll(() => {
    project = makeTempTree({ ...Object.fromEntries(Object.entries(DAGS).map(([name, body]) => [`dags/${name}`, body])), ...EXTRA });
    if (!process.env.AIRFLOW_HOME) {
      airflowHome = tempDirPath("astro-ci-airflow-home-");
      vi.stubEnv("AIRFLOW_HOME", airflowHome);
    }
    const names = Object.keys(DAGS).filter((n) => !["hangs.py", "swallows_timeout.py", "fork_continues.py"].includes(n));
    const output = execFileSync(airflow.python, ["-c", TRUTH, join(project.dir, "dags"), ...names], {
      encoding: "utf8",
      // No credential of the machine running the tests reaches the truth either (reads_env.py would fail on it).
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/TOKEN|^ACTIONS_|^INPUT_|^ASTRO_/i.test(k))), AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "30", AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as typeof truth;
    killDaemons();
  }, 300_000);

  afterAll(() => {
    killDaemons();
    vi.unstubAllEnvs();
    project?.cleanup();
    if (airflowHome) rmSync(airflowHome, { recursive: true, force: true });
  });

  async function importFiles(names: string[], options: { maxWorkers?: number; timeoutMs?: number; memoryLimitMb?: number; timeoutSeconds?: number } = {}): Promise<Record<string, FileImportResult>> {
    const outcome = await runImportHarness({
      python: airflow.python,
      harnessPath,
      request: {
        project_root: project.dir,
        dags_folder: join(project.dir, "dags"),
        files: names.map((n) => join(project.dir, "dags", n)),
        timeout_seconds: options.timeoutSeconds ?? 3,
        max_workers: options.maxWorkers ?? 1,
        stub_lookups: true,
        integrity_exceptions: [],
        ...(options.memoryLimitMb ? { memory_limit_mb: options.memoryLimitMb } : {}),
      },
      timeoutMs: options.timeoutMs ?? 90_000,
    });
    if (outcome.status !== "ok") throw new Error(`harness ${outcome.status}: ${outcome.message}`);
    return Object.fromEntries(outcome.results.map((r) => [r.file.split("/").pop() as string, r]));
  }

  /** Our verdict for a file as Airflow's: the DAGs loaded, and whether it failed. */
  const verdict = (r: FileImportResult | undefined): { dags: string[]; failed: boolean } => ({ dags: (r?.dags ?? []).map((d) => d.dag_id).sort(), failed: (r?.import_errors.length ?? 1) > 0 });
  const truthOf = (name: string): { dags: string[]; failed: boolean } => ({ dags: truth[name]?.dags ?? ["(no truth)"], failed: (truth[name]?.errors.length ?? 0) > 0 });

  it("the truth itself: Airflow loads every file but hard_exit.py without an error", () => {
    for (const name of ["uses_stdlib.py", "patcher.py", "after_patch.py", "daemon.py", "reads_env.py", "good.py"]) expect(truthOf(name), name).toEqual({ dags: [name.replace(".py", "")], failed: false });
    expect(truth["hard_exit.py"]).toEqual({ dags: [], errors: ["no result"] });
  });

  it("a dags/logging.py or dags/json.py does not shadow the standard library (Airflow appends dags/ to sys.path)", async () => {
    const results = await importFiles(["uses_stdlib.py", "good.py"]);
    for (const name of ["uses_stdlib.py", "good.py"]) expect(verdict(results[name]), name).toEqual(truthOf(name));
  }, 120_000);

  it("a file that patches json and builtins changes neither its own verdict nor the next file's in the same worker", async () => {
    const results = await importFiles(["patcher.py", "after_patch.py", "good.py"], { maxWorkers: 1 });
    for (const name of ["patcher.py", "after_patch.py", "good.py"]) expect(verdict(results[name]), `${name}: ${JSON.stringify(results[name]?.import_errors)}`).toEqual(truthOf(name));
  }, 120_000);

  it("a file that patches Airflow's DAG class or adds an import hook changes nothing for the next file in the same worker", async () => {
    const names = ["patches_airflow.py", "after_airflow_patch.py", "adds_import_hook.py", "uses_phantom.py"];
    const results = await importFiles(names, { maxWorkers: 1 });
    for (const name of names) expect(verdict(results[name]), `${name}: ${JSON.stringify(results[name]?.import_errors)}`).toEqual(truthOf(name));
    expect(truthOf("uses_phantom.py").failed).toBe(true);
    expect(results["patches_airflow.py"]?.dags[0]?.tags).toEqual(["patched"]);
    expect(results["after_airflow_patch.py"]?.dags[0]?.tags).toEqual([]);
  }, 120_000);

  it("a file that starts thousands of threads loads as in Airflow under the dynamic tier's memory limit (16 GiB, as validate-dags sets it)", async () => {
    const results = await importFiles(["starts_threads.py", "good.py"], { maxWorkers: 1, memoryLimitMb: 16384, timeoutSeconds: 30 });
    expect(truthOf("starts_threads.py")).toEqual({ dags: ["starts_threads"], failed: false });
    for (const name of ["starts_threads.py", "good.py"]) expect(verdict(results[name]), `${name}: ${JSON.stringify(results[name]?.import_errors)}`).toEqual(truthOf(name));
  }, 120_000);

  it("a daemon started at import does not hold the run, and a fork that carries on does not report twice", async () => {
    const results = await importFiles(["daemon.py", "fork_continues.py", "good.py"], { maxWorkers: 1, timeoutMs: 45_000 });
    expect(Object.keys(results).sort()).toEqual(["daemon.py", "fork_continues.py", "good.py"]);
    expect(verdict(results["daemon.py"])).toEqual(truthOf("daemon.py"));
    expect(verdict(results["fork_continues.py"])).toEqual({ dags: ["fork_continues"], failed: false });
    expect(verdict(results["good.py"])).toEqual(truthOf("good.py"));
  }, 120_000);

  it("os._exit and hangs (also one that swallows Airflow's timeout) are reported on their lines; no credential reaches the child", async () => {
    for (const [name, value] of [["GITHUB_TOKEN", "ghs_x"], ["ASTRO_API_TOKEN", "astro_x"], ["ACTIONS_RUNTIME_TOKEN", "rt_x"], ["ACTIONS_ID_TOKEN_REQUEST_URL", "https://x"], ["INPUT_GITHUB-TOKEN", "ghs_y"]]) vi.stubEnv(name as string, value);
    try {
      const results = await importFiles(["hard_exit.py", "hangs.py", "swallows_timeout.py", "reads_env.py", "good.py"], { maxWorkers: 2 });
      expect(results["hard_exit.py"]).toMatchObject({ status: "crash", import_errors: [expect.objectContaining({ line: 9, message: expect.stringContaining("os._exit(7)") })] });
      expect(results["hangs.py"]).toMatchObject({ status: "timeout", import_errors: [expect.objectContaining({ line: 7, message: expect.stringContaining("DagBag import timeout") })] });
      expect(results["swallows_timeout.py"]).toMatchObject({ status: "timeout", import_errors: [expect.objectContaining({ line: 9, message: expect.stringContaining("DagBag import timeout") })] });
      expect(verdict(results["reads_env.py"]), JSON.stringify(results["reads_env.py"]?.import_errors)).toEqual(truthOf("reads_env.py"));
      expect(verdict(results["good.py"])).toEqual(truthOf("good.py"));
    } finally {
      vi.unstubAllEnvs();
      if (airflowHome) vi.stubEnv("AIRFLOW_HOME", airflowHome);
    }
  }, 120_000);
});
