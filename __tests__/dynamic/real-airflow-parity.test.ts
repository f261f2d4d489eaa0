// The dynamic tier against REAL Apache Airflow (2.10+) on what a tester found it got wrong: import warnings
// (duplicated, on line 1, some Airflow never records), a line-0 SyntaxError, the working directory of an import, and
// zipped DAG bundles. The truth is Airflow's own DagBag, one fresh process per file (as the scheduler parses), with
// the project root as working directory and AIRFLOW_HOME, as in Astro's runtime image. Runs when
// ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10 or newer; skipped with the reason otherwise (see
// __tests__/support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";


const DAG_ARGS = 'start_date=pendulum.datetime(2024, 1, 1), tags=["a"], default_args={"owner": "me", "retries": 2}';

const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  "requirements.txt": "",
  "include/cfg.json": '{"tables": ["a", "b"]}\n',
  "include/q.sql": "select 1\n",
  "dags/sql/q.sql": "select 2\n",
  // Uses @dag: from then on Airflow's DAG() raises its warnings two frames higher in that process (see b_legacy.py).
  "dags/a_taskflow.py": `import pendulum\nfrom airflow.decorators import dag, task\n\n\n@dag(schedule=None, ${DAG_ARGS})\ndef a_taskflow():\n    @task\n    def t():\n        return 1\n\n    t()\n\n\na_taskflow()\n`,
  // The schedule_interval deprecation: in a fresh process Python's default filters drop it (it is raised on behalf of
  // the DAG file, not an airflow module), so DagBag records nothing; after an earlier @dag in the same process it
  // would be raised from dagbag.py and recorded.
  "dags/b_legacy.py": `from datetime import datetime\nfrom airflow import DAG\n\nwith DAG(\n    "legacy",\n    schedule_interval="@daily",\n    start_date=datetime(2024, 1, 1),\n    tags=["a"],\n    default_args={"owner": "me", "retries": 2},\n) as dag:\n    pass\n`,
  // The same file using @dag first: then Airflow itself records the warning (at dagbag.py:383); ours on line 17.
  "dags/c_taskflow_then_legacy.py": `import pendulum\nfrom airflow import DAG\nfrom airflow.decorators import dag, task\n\n\n@dag(schedule=None, ${DAG_ARGS})\ndef c_taskflow():\n    @task\n    def t():\n        return 1\n\n    t()\n\n\nc_taskflow()\n\nwith DAG("c_legacy", schedule_interval="@daily", ${DAG_ARGS}):\n    pass\n`,
  // A warning of the file's own on line 7, a deprecation Airflow raises in bash.py for line 11.
  "dags/w.py": `import warnings\nimport pendulum\nfrom airflow import DAG\nfrom airflow.operators.bash import BashOperator\nfrom airflow.operators.empty import EmptyOperator\n\nwarnings.warn("custom parse-time warning", UserWarning)\n\nwith DAG("warny", schedule=None, ${DAG_ARGS}) as dag:\n    EmptyOperator(task_id="d")\n    BashOperator(task_id="b", bash_command="echo", task_concurrency=2)\n`,
  // Unclosed files: ResourceWarnings that Python's default filters ignore, so DagBag records none.
  "dags/res.py": `import os\nimport pendulum\nfrom airflow import DAG\n\nSQL = open(os.path.join(os.path.dirname(__file__), "sql", "q.sql")).read()\nSQL2 = open(os.path.join(os.path.dirname(__file__), "sql", "q.sql")).read()\n\nwith DAG("res", schedule=None, doc_md=SQL + SQL2, ${DAG_ARGS}):\n    pass\n`,
  // CPython reports this SyntaxError on line 0.
  "dags/enc.py": "# -*- coding: utf8mb4 -*-\nfrom airflow import DAG\n",
  // Relative to the working directory, which is the project root on Astro.
  "dags/cwd_read.py": `import json\nimport pendulum\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n\nwith open("include/cfg.json") as f:\n    CFG = json.load(f)\n\nwith DAG("cwd_read", schedule=None, ${DAG_ARGS}):\n    for t in CFG["tables"]:\n        EmptyOperator(task_id=f"load_{t}")\n`,
  // AIRFLOW_HOME is the project root on Astro.
  "dags/home_read.py": `import os\nimport pendulum\nfrom airflow import DAG\n\nSQL = open(os.path.join(os.environ["AIRFLOW_HOME"], "include", "q.sql")).read()\nSQL2 = open(os.path.join(os.getenv("AIRFLOW_HOME", "/nowhere"), "include", "q.sql")).read()\n\nwith DAG("home_read", schedule=None, doc_md=SQL + SQL2, ${DAG_ARGS}):\n    pass\n`,
};

/** Zips written with Python's zipfile: member name → content. */
const ZIPS: Record<string, Record<string, string>> = {
  "dags/bundle.zip": {
    "zdag.py": 'from airflow import DAG\nimport pendulum\nfrom zhelper import NAME\nwith DAG(NAME, schedule="@daily", start_date=pendulum.datetime(2024, 1, 1)) as dag:\n    pass\n',
    // No "airflow" or "dag" in it: safe mode skips it as a module of its own; zdag imports it from the zip.
    "zhelper.py": 'NAME = "zipped_dag"\n',
    "zbroken.py": "from airflow import DAG\nimport nonexistent_mod_q\n",
    "zbadsched.py": 'from airflow import DAG\nimport pendulum\nwith DAG("zip_bad_sched", schedule="0 0 * *", start_date=pendulum.datetime(2024, 1, 1)) as dag:\n    pass\n',
    "zskip.py": "raise RuntimeError('safe mode skips this file')\n",
    "zwarn.py": 'import warnings\nfrom airflow import DAG\nwarnings.warn("zipped warning")\n',
    // Not at the top of the zip: DagBag never imports it.
    "sub/znested.py": "from airflow import DAG\nraise RuntimeError('not a top-level file of the zip')\n",
  },
  "dags/report.xlsx": { "[Content_Types].xml": "<x/>", "dagsheet.py": "from airflow import DAG\nimport nonexist_in_xlsx\n" },
};

/**
 * Airflow's answer per file: a fresh DagBag in a child forked from one Python with Airflow imported, in the project
 * root, with AIRFLOW_HOME pointing there for the DAG code (set after Airflow read its own, as astro-ci does: Airflow
 * would otherwise write its logs into the project).
 */
const TRUTH = `
import json, os, sys, zipfile
from airflow.models.dagbag import DagBag
root, folder = sys.argv[1], sys.argv[2]
out = {}
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    if not os.path.isfile(path) or not (name.endswith(".py") or zipfile.is_zipfile(path)):
        continue
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.chdir(root)
        os.environ["AIRFLOW_HOME"] = root
        try:
            bag = DagBag(dag_folder=path, include_examples=False)
            result = {
                "dags": sorted(bag.dags),
                "errors": {os.path.relpath(k, folder): str(v).strip().splitlines()[-1] for k, v in bag.import_errors.items()},
                "warnings": [w for values in bag.captured_warnings.values() for w in values],
            }
        except BaseException as exc:
            result = {"dags": [], "errors": {name: "%s: %s" % (type(exc).__name__, exc)}, "warnings": []}
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
print(json.dumps(out))
`;

interface Truth {
  [file: string]: { dags: string[]; errors: Record<string, string>; warnings: string[] };
}

interface Report {
  findings: { checkId: string; severity: string; file: string; line: number; message: string; fix?: string }[];
  projects: { dynamic: { status: string }; filesChecked: string[]; dags: { dagId: unknown; file: string; loaded?: false }[] }[];
}


/** Every file and folder under `dir` (relative), without Python's bytecode caches. */
function tree(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .filter((name) => name !== "__pycache__")
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? [`${relative(base, path)}/`, ...tree(path, base)] : [relative(base, path)];
    })
    .sort();
}

describeWithRealAirflow("dynamic tier against real Airflow: warnings, line 0, working directory, zipped DAGs", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let truth: Truth;
  let before: string[];
  const reports: Partial<Record<"json" | "sarif" | "text", string>> = {};

  beforeAll(async () => {
    project = makeTempTree(FILES);
    execFileSync(
      airflow.python,
      ["-c", "import json, sys, zipfile\nfor path, members in json.loads(sys.argv[1]).items():\n    with zipfile.ZipFile(path, 'w') as z:\n        for name, body in members.items():\n            z.writestr(name, body)\n", JSON.stringify(Object.fromEntries(Object.entries(ZIPS).map(([p, m]) => [join(project.dir, p), m])))],
      { stdio: "ignore" },
    );
    const output = execFileSync(airflow.python, ["-c", TRUTH, project.dir, join(project.dir, "dags")], {
      encoding: "utf8",
      cwd: project.dir,
      env: { ...process.env, PYTHONPATH: [project.dir, join(project.dir, "dags")].join(":"), AIRFLOW__CORE__DAGS_FOLDER: join(project.dir, "dags"), AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as Truth;
    before = tree(project.dir);
    // From the project's parent folder (a monorepo, the action's checkout): not from inside the project. One worker,
    // so a file using @dag is imported before the legacy file in the same process.
    for (const format of ["json", "sarif", "text"] as const) {
      const result = await runCliCaptured(["validate-dags", project.dir, "--format", format, "--airflow", "installed", "--dynamic", "required", "--jobs", "1", "--repo-root", project.dir, "--no-cache", "--notices"], dirname(project.dir));
      expect(result.stderr).not.toContain("internal error");
      reports[format] = result.stdout;
    }
  }, 600_000);

  afterAll(() => {
    project?.cleanup();
  });

  it("the truth itself: what Airflow's DagBag records for these files", () => {
    expect(truth["b_legacy.py"]?.warnings).toEqual([]);
    expect(truth["res.py"]?.warnings).toEqual([]);
    expect(truth["w.py"]?.warnings).toHaveLength(2);
    expect(truth["c_taskflow_then_legacy.py"]?.warnings).toEqual([expect.stringContaining("dagbag.py:")]);
    expect(truth["cwd_read.py"]).toMatchObject({ dags: ["cwd_read"], errors: {} });
    expect(truth["home_read.py"]).toMatchObject({ dags: ["home_read"], errors: {} });
    expect(truth["bundle.zip"]?.dags).toEqual(["zipped_dag"]);
    expect(Object.keys(truth["bundle.zip"]?.errors ?? {}).sort()).toEqual(["bundle.zip/zbadsched.py", "bundle.zip/zbroken.py"]);
    expect(truth["bundle.zip"]?.warnings).toEqual([expect.stringContaining("bundle.zip/zwarn.py:3: UserWarning: zipped warning")]);
    expect(Object.keys(truth["report.xlsx"]?.errors ?? {})).toEqual(["report.xlsx/dagsheet.py"]);
  });

  it("reports exactly the warnings DagBag records, once each, on the DAG file's line they concern", () => {
    const report = JSON.parse(reports.json as string) as Report;
    for (const [name, seen] of Object.entries(truth)) {
      const file = `dags/${name}`;
      const ours = report.findings.filter((f) => f.file === file && f.checkId === "import-warning");
      expect(ours.length, `${name}: ours ${JSON.stringify(ours)} vs Airflow ${JSON.stringify(seen.warnings)}`).toBe(seen.warnings.length);
      for (const text of seen.warnings) {
        const [, where = "", lineno = "", rest = ""] = /^(.+?):(\d+): (.+)$/s.exec(text) ?? [];
        const match = ours.find((f) => f.message.includes(rest));
        expect(match, `${name}: ${text}`).toBeDefined();
        expect(match?.fix).toBeTruthy();
        if (where === join(project.dir, file)) expect(match?.line, text).toBe(Number(lineno));
        else if (name.endsWith(".zip")) expect(match?.message).toContain(`raised at ${relative(join(project.dir, file), where)}:${lineno}`);
        else expect(match?.message).toContain(`raised at ${where}:${lineno}`);
      }
    }
    // Where another file raised it: on the DAG file's line that called it.
    expect(report.findings.filter((f) => f.checkId === "import-warning").map((f) => `${f.file}:${f.line}`).sort()).toEqual(
      ["dags/bundle.zip:1", "dags/c_taskflow_then_legacy.py:17", "dags/w.py:11", "dags/w.py:7"].sort(),
    );
  });

  it("imports each file in the project root and with AIRFLOW_HOME there, whatever folder astro-ci runs from", () => {
    const report = JSON.parse(reports.json as string) as Report;
    for (const name of ["cwd_read.py", "home_read.py"]) {
      expect(report.findings.filter((f) => f.file === `dags/${name}` && f.checkId.startsWith("import-")), name).toEqual([]);
      expect(report.projects[0]?.dags.filter((d) => d.file === `dags/${name}` && d.loaded !== false).map((d) => d.dagId)).toEqual(truth[name]?.dags);
    }
    // Airflow's own home stays where it is: nothing was written into the project (no logs/, no airflow.cfg).
    expect(tree(project.dir)).toEqual(before);
  });

  it("imports zipped DAGs as DagBag does: the zip's DAGs, and its errors on the zip naming the file inside", () => {
    const report = JSON.parse(reports.json as string) as Report;
    const p = report.projects[0];
    expect(p?.dynamic.status).toBe("ran");
    expect(p?.filesChecked).toEqual(expect.arrayContaining(["dags/bundle.zip", "dags/report.xlsx"]));
    for (const name of ["bundle.zip", "report.xlsx"]) {
      const file = `dags/${name}`;
      const errors = report.findings.filter((f) => f.file === file && f.checkId === "import-error");
      const expected = Object.entries(truth[name]?.errors ?? {});
      expect(errors.length, `${name}: ${JSON.stringify(errors)}`).toBe(expected.length);
      for (const [key, last] of expected) {
        const member = key.slice(name.length + 1);
        expect(errors.some((f) => f.message.includes(`${member}`) && f.message.includes(last.split(": ").slice(1).join(": ")) && f.line === 1), `${key}: ${last}`).toBe(true);
      }
      expect(p?.dags.filter((d) => d.file === file && d.loaded !== false).map((d) => d.dagId).sort()).toEqual(truth[name]?.dags);
      // The static notice says what happens.
      expect(report.findings.find((f) => f.file === file && f.checkId === "zip-not-checked")?.message).toContain("the dynamic import check imports the zip");
    }
    // The member's line, where Airflow's traceback gives it.
    expect(report.findings.find((f) => f.message.includes("zbroken.py"))?.message).toContain("zbroken.py line 2 (inside the zip): ModuleNotFoundError: No module named 'nonexistent_mod_q'");
  });

  it("reports a line-0 SyntaxError on line 1 in text, JSON and SARIF, and no finding anywhere below line 1", () => {
    const report = JSON.parse(reports.json as string) as Report;
    expect(report.findings.filter((f) => f.file === "dags/enc.py")).toEqual([expect.objectContaining({ checkId: "syntax-error", line: 1, message: expect.stringContaining("unknown encoding: utf8mb4") })]);
    expect(Math.min(...report.findings.map((f) => f.line))).toBeGreaterThanOrEqual(1);
    expect(reports.text).toMatch(/dags\/enc\.py:1(:\d+)?: error \[syntax-error\]/);
    expect(reports.text).not.toMatch(/:0(:\d+)?: (error|warning|notice) \[/);
    const sarif = JSON.parse(reports.sarif as string) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const lines = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.region.startLine ?? 0) ?? [];
    expect(lines.length).toBe(report.findings.length);
    expect(Math.min(...lines)).toBeGreaterThanOrEqual(1);
  });
});
