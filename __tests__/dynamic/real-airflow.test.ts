// The dynamic tier and `astro-ci test` against REAL Apache Airflow (2.10+), compared with Airflow's own DagBag run
// per file as the truth. Runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10 or newer (`.ci/run`
// sets one up when it can; the project's GitHub workflow installs Airflow from PyPI); skipped, with the reason in the
// test name, otherwise.
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";
import { describeWithRealAirflow } from "../support/real-airflow.js";

const python = process.env.ASTRO_CI_TEST_PYTHON;



const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.7.1\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=2\n";
const HEAD = "from datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n";

/** The project: one file per case, and the line each finding must land on. */
const DAGS: Record<string, { body: string; expect: { checkId?: string; line?: number; dags?: string[] } }> = {
  "good.py": {
    body: `${HEAD}from airflow.operators.bash import BashOperator\n\nwith DAG("good", start_date=datetime(2024, 1, 1), schedule="@daily", tags=["a"], default_args={"owner": "data", "retries": 2}):\n    EmptyOperator(task_id="start") >> BashOperator(task_id="run", bash_command="echo hi")\n`,
    expect: { dags: ["good"] },
  },
  "syntax_error.py": { body: `${HEAD}\nwith DAG("broken", start_date=datetime(2024, 1, 1),\n    schedule=None:\n    EmptyOperator(task_id="t")\n`, expect: { checkId: "syntax-error", line: 6, dags: [] } },
  "missing_module.py": { body: `${HEAD}import not_a_module_anywhere_xyz\n\nwith DAG("missing", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="t")\n`, expect: { checkId: "import-error", line: 5, dags: [] } },
  "cycle.py": {
    body: `${HEAD}\n\nwith DAG("cycle", start_date=datetime(2024, 1, 1), schedule=None):\n    a = EmptyOperator(task_id="a")\n    b = EmptyOperator(task_id="b")\n    a >> b >> a\n`,
    // Both tiers see it: one finding, on the dependency that closes the loop, quoting DagBag's message.
    expect: { checkId: "dag-cycle", line: 10, dags: [] },
  },
  // Errors naming an argument land on the argument's line.
  "invalid_cron.py": { body: `${HEAD}\nwith DAG(\n    "invalid_cron",\n    start_date=datetime(2024, 1, 1),\n    schedule="0 25 * * *",\n):\n    EmptyOperator(task_id="t")\n`, expect: { checkId: "import-error", line: 9, dags: [] } },
  "duplicate_task.py": {
    body: `${HEAD}\nwith DAG("duplicate_task", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="same")\n    EmptyOperator(task_id="same")\n`,
    expect: { checkId: "import-error", line: 8, dags: [] },
  },
  "unknown_argument.py": {
    body: `${HEAD}\nwith DAG(\n    "unknown_argument",\n    start_date=datetime(2024, 1, 1),\n    schedule=None,\n    not_an_argument=True,\n):\n    EmptyOperator(task_id="t")\n`,
    expect: { checkId: "import-error", line: 10, dags: [] },
  },
  "module_exception.py": { body: `${HEAD}\nSETTINGS = {}\nregion = SETTINGS["region"]\n`, expect: { checkId: "import-error", line: 7, dags: [] } },
  "slow_import.py": { body: `${HEAD}import time\n\ntime.sleep(6)\n\nwith DAG("slow", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="t")\n`, expect: { checkId: "import-timeout", line: 7, dags: [] } },
  "exits.py": { body: `${HEAD}import sys\n\nsys.exit("no DAGs today")\n`, expect: { checkId: "import-crash", line: 7, dags: [] } },
  "loop.py": {
    body: `${HEAD}\nfor team in ["sales", "ops", "finance"]:\n    with DAG(f"report_{team}", start_date=datetime(2024, 1, 1), schedule="@daily"):\n        EmptyOperator(task_id="build")\n`,
    expect: { dags: ["report_finance", "report_ops", "report_sales"] },
  },
  "taskflow.py": {
    body: `import pendulum\n\nfrom airflow.decorators import dag, task\n\n\n@dag(schedule="@hourly", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["tf"])\ndef taskflow_pipeline():\n    @task\n    def extract():\n        return [1, 2, 3]\n\n    @task\n    def load(rows):\n        return len(rows)\n\n    load(extract())\n\n\ntaskflow_pipeline()\n`,
    expect: { dags: ["taskflow_pipeline"] },
  },
  // The same dag_id twice in one file: DagBag keeps one (which one changes from one parse to the next), no error.
  "duplicate_in_file.py": {
    body: `${HEAD}\nwith DAG("twice", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="first")\n\nwith DAG("twice", start_date=datetime(2024, 1, 1), schedule="@daily"):\n    EmptyOperator(task_id="second")\n`,
    expect: { dags: ["twice"] },
  },
  // The same, with ids only the import knows (read from a mapping): only the dynamic tier can tell.
  "duplicate_generated.py": {
    body: `${HEAD}\nNAMES = {"eu": "regional", "us": "regional"}\nfor region in NAMES:\n    with DAG(NAMES[region], start_date=datetime(2024, 1, 1), schedule=None):\n        EmptyOperator(task_id=region)\n`,
    expect: { dags: ["regional"] },
  },
  // Writes into the project at import: Airflow loads it (and would write at every parse); a warning on that line.
  "writes_file.py": {
    body: `${HEAD}import os\n\nwith open(os.path.join(os.path.dirname(__file__), "generated_by_import.txt"), "w") as handle:\n    handle.write("x")\n\nwith DAG("writes_file", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="t")\n`,
    expect: { dags: ["writes_file"] },
  },
  "helper_raises.py": { body: `${HEAD}from include.settings_loader import SETTINGS\n\nwith DAG("helper", start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id="t")\n`, expect: { checkId: "import-error", line: 5, dags: [] } },
  // No "airflow" and "dag" in it: Airflow's safe mode skips it, so must we (the factory would raise if imported).
  "safe_mode_skipped.py": { body: "from include.factory import build\n\nbuilt = build('never_built')\n", expect: { dags: [] } },
  "ignored_by_airflowignore.py": { body: `${HEAD}raise RuntimeError("ignored files are never imported")\n`, expect: { dags: [] } },
};

const EXTRA = {
  Dockerfile: DOCKERFILE,
  "requirements.txt": "",
  "dags/.airflowignore": "ignored_by_.*\n",
  "include/__init__.py": "",
  "include/settings_loader.py": "import os\n\nSETTINGS = {}\nraise KeyError('region is not configured')\n",
  "include/factory.py": "def build(name):\n    raise RuntimeError('safe mode should have skipped the caller')\n",
  "tests/test_dag_integrity.py": `import os

import pytest
from airflow.models import DagBag

DAGS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dags")
FILES = sorted(f for f in os.listdir(DAGS) if f.endswith(".py"))


@pytest.mark.parametrize("name", FILES)
def test_file_imports(name):
    bag = DagBag(dag_folder=os.path.join(DAGS, name), include_examples=False)
    assert not bag.import_errors, bag.import_errors
`,
};

/**
 * Airflow's own answer for each file: a fresh DagBag per file in a child forked from one Python with Airflow
 * imported, with the project's settings in the environment, exactly as the scheduler's file processor sees it.
 */
const TRUTH = `
import json, os, sys, traceback
from airflow.models.dagbag import DagBag
folder = sys.argv[1]
out = {}
for name in sorted(os.listdir(folder)):
    if not name.endswith(".py"):
        continue
    path = os.path.join(folder, name)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            bag = DagBag(dag_folder=path, include_examples=False, safe_mode=True)
            result = {"dags": sorted(bag.dags), "errors": [str(e).strip() for e in bag.import_errors.values()]}
        except BaseException as exc:
            result = {"dags": [], "errors": ["%s: %s" % (type(exc).__name__, exc)]}
        os.write(w, json.dumps(result).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        data += chunk
    os.waitpid(pid, 0)
    out[name] = json.loads(data)
from airflow.utils.file import list_py_file_paths
discovered = list_py_file_paths(folder, safe_mode=True, include_examples=False)
print(json.dumps({"files": out, "discovered": sorted(os.path.basename(p) for p in discovered)}))
`;

interface Truth {
  files: Record<string, { dags: string[]; errors: string[] }>;
  /** What Airflow's own discovery (safe mode, .airflowignore) would import from the folder. */
  discovered: string[];
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
  return { code: await runCli(args, io), stdout, stderr };
}

describeWithRealAirflow("dynamic tier and astro-ci test against real Airflow", (airflow) => {
  let project: { dir: string; cleanup(): void };
  let truth: Truth;
  const savedPath = process.env.PATH;
  const savedHome = process.env.AIRFLOW_HOME;
  let airflowHome: string | undefined;

  beforeAll(() => {
    project = makeTempTree({ ...Object.fromEntries(Object.entries(DAGS).map(([name, c]) => [`dags/${name}`, c.body])), ...EXTRA });
    // The tool finds Airflow as users have it: `python3` on PATH.
    process.env.PATH = `${dirname(python as string)}:${savedPath ?? ""}`;
    if (!process.env.AIRFLOW_HOME) {
      airflowHome = tempDirPath("astro-ci-airflow-home-");
      process.env.AIRFLOW_HOME = airflowHome;
    }
    const output = execFileSync(python as string, ["-c", TRUTH, join(project.dir, "dags")], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: [project.dir, join(project.dir, "dags")].join(":"), AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "2", AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as Truth;
  }, 300_000);

  afterAll(() => {
    process.env.PATH = savedPath;
    if (savedHome === undefined) delete process.env.AIRFLOW_HOME;
    else process.env.AIRFLOW_HOME = savedHome;
    project?.cleanup();
    if (airflowHome) rmSync(airflowHome, { recursive: true, force: true });
  });

  it("the truth itself: Airflow fails exactly the broken files, skips the safe-mode file, honours .airflowignore", () => {
    const broken = Object.entries(DAGS).filter(([, c]) => c.expect.checkId).map(([name]) => name).sort();
    expect(Object.entries(truth.files).filter(([, r]) => r.errors.length).map(([name]) => name).sort()).toEqual([...broken, "ignored_by_airflowignore.py"].sort());
    expect(truth.files["slow_import.py"]?.errors[0]).toContain("DagBag import timeout");
    expect(truth.discovered).not.toContain("ignored_by_airflowignore.py");
    expect(truth.discovered).not.toContain("safe_mode_skipped.py");
    expect(truth.discovered).toContain("good.py");
  });

  it("validate-dags' dynamic tier reports what Airflow's DagBag reports, file by file, on the right lines", async () => {
    const result = await cli(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", project.dir], project.dir);
    expect(result.stderr).not.toContain("internal error");
    const report = JSON.parse(result.stdout) as {
      findings: { checkId: string; file: string; line: number; message: string }[];
      projects: { dynamic: { status: string; airflowVersion?: string }; filesChecked: string[]; dags: { dagId: unknown; file: string; line: number; loaded?: false }[] }[];
    };
    const p = report.projects[0]!;
    expect(p.dynamic).toMatchObject({ status: "ran", airflowVersion: airflow.version });
    // Discovery as Airflow: the safe-mode file and the ignored file are not imported.
    expect(p.filesChecked.map((f) => f.replace(/^dags\//, "")).sort()).toEqual(truth.discovered);
    const importChecks = new Set(["import-error", "import-timeout", "import-crash", "syntax-error", "dag-cycle"]);
    for (const [name, c] of Object.entries(DAGS)) {
      const file = `dags/${name}`;
      const ours = report.findings.filter((f) => f.file === file && importChecks.has(f.checkId));
      if (!p.filesChecked.includes(file)) continue;
      // Same verdict as Airflow.
      expect(ours.length > 0, `${name}: ours ${JSON.stringify(ours)} vs Airflow ${JSON.stringify(truth.files[name])}`).toBe((truth.files[name]?.errors.length ?? 0) > 0);
      if (c.expect.checkId) {
        expect(ours, name).toEqual([expect.objectContaining({ checkId: c.expect.checkId, line: c.expect.line })]);
        // Airflow's own message is kept.
        const airflowText = truth.files[name]?.errors[0] ?? "";
        const airflowMessage = airflowText.includes("DagBag import timeout") ? "DagBag import timeout" : (airflowText.split("\n").pop() ?? "");
        const words = airflowMessage.split(/[:\s]+/).filter((w) => w.length > 4).slice(0, 2);
        for (const word of words) expect(ours[0]?.message, name).toContain(word);
      }
      // The inventory lists what Airflow loads.
      const loaded = p.dags.filter((d) => d.file === file && d.loaded !== false).map((d) => d.dagId).sort();
      expect(loaded, name).toEqual(truth.files[name]?.dags ?? []);
    }
    // Loop-generated DAGs sit on the line where they are created (the loop body), not on line 1.
    expect(p.dags.filter((d) => d.file === "dags/loop.py").map((d) => d.line)).toEqual([7, 7, 7]);
    // A dag_id defined twice in one file: one loaded entry, the other not loaded, and a finding that Airflow keeps
    // one of them (the static tier's for literal ids; the import's for ids built at run time, on the loop's line).
    expect(p.dags.filter((d) => d.file === "dags/duplicate_in_file.py").map((d) => d.loaded !== false).sort()).toEqual([false, true]);
    expect(p.dags.filter((d) => d.file === "dags/duplicate_in_file.py" && d.loaded === false)[0]).toMatchObject({ notLoadedReason: expect.stringContaining("Airflow keeps one of them, not always the same one") });
    expect(report.findings.filter((f) => f.checkId === "duplicate-dag-id" && f.file === "dags/duplicate_in_file.py").map((f) => f.line)).toEqual([6, 9]);
    expect(p.dags.filter((d) => d.file === "dags/duplicate_generated.py").map((d) => [d.dagId, d.loaded])).toEqual([["regional", undefined]]);
    expect(report.findings.filter((f) => f.checkId === "duplicate-dag-id" && f.file === "dags/duplicate_generated.py")).toEqual([
      expect.objectContaining({ line: 8, message: expect.stringContaining("dag_id 'regional' is created 2 times in this file on line 8 (in a loop or a factory): Airflow keeps one of them, not always the same one") }),
    ]);
    // A write into the project at import is a warning on its line, in that file only (reading files is not).
    expect(report.findings.filter((f) => f.checkId === "import-side-effect").map((f) => [f.file, f.line])).toEqual([["dags/writes_file.py", 7]]);
    expect(report.findings.find((f) => f.checkId === "import-side-effect")?.message).toContain("importing this file writes dags/generated_by_import.txt in the project");
    // DAGs of files that failed are listed as not loaded.
    expect(p.dags.find((d) => d.file === "dags/cycle.py")).toMatchObject({ loaded: false });
  }, 300_000);

  it("astro-ci test runs the project's suite with its settings and fails exactly the files Airflow fails", async () => {
    const work = tempDirPath("astro-ci-real-test-");
    try {
      const result = await cli(["test", project.dir, "--airflow", "installed", "--format", "json", "--work-dir", work], project.dir);
      const report = JSON.parse(result.stdout) as { status: string; tests: { name: string; outcome: string }[] };
      expect(report.status).toBe("ran");
      const failed = report.tests.filter((t) => t.outcome === "failed" || t.outcome === "error").map((t) => /\[(.+)\]/.exec(t.name)?.[1]).sort();
      const expected = Object.entries(truth.files).filter(([, r]) => r.errors.length).map(([name]) => name).sort();
      // The slow file fails only with the project's 2 s timeout from the Dockerfile's ENV.
      expect(failed).toContain("slow_import.py");
      expect(failed).toEqual(expected);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});


