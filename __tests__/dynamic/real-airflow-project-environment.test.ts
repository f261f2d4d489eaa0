// What the project's runtime gives a DAG file's import, and where an import error comes from, against REAL Apache
// Airflow (2.10+) where it matters: the Dockerfile's ENV values reach the import as they reach the scheduler on Astro
// (credential-looking names excepted), and an error raised in a project helper names that helper's file and line.
// The real-Airflow suite runs when ASTRO_CI_TEST_PYTHON names a python3 that imports Airflow 2.10+
// (see ../support/real-airflow.ts); the others always run.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runDynamicTier } from "../../src/dynamic/dynamic-tier.js";
import { projectImportEnvironment } from "../../src/dynamic/project-settings.js";
import { importResultsToFindings, type FileImportResult, type ProcessRunner } from "../../src/dynamic/run-harness.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => {
  trees.splice(0).forEach((t) => t.cleanup());
  vi.unstubAllEnvs();
});

const DOCKERFILE = [
  "FROM quay.io/astronomer/astro-runtime:12.7.1 AS build",
  "ENV BUILD_ONLY=yes",
  "FROM quay.io/astronomer/astro-runtime:12.7.1",
  "ENV DEPLOY_ENV=prod",
  "ENV REGION=${DEPLOY_ENV}-eu DATA_DIR=$AIRFLOW_HOME/data",
  "ENV SNOWFLAKE_PASSWORD=hunter2 SERVICE_API_KEY=abc123 AIRFLOW__CORE__FERNET_KEY=fernet-value",
  'ENV PATH="/usr/local/airflow/.local/bin:$PATH" PYTHONPATH=/usr/local/airflow/include',
  "ENV FROM_BUILD_ARG=$SOMETHING_ONLY_THE_BUILD_KNOWS",
  "ENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=20 PRICE=\\$5",
  "",
].join("\n");

describe("the project's environment for its DAG imports", () => {
  it("takes the final stage's Dockerfile ENV, except credential-looking names, the check's own PATH/PYTHONPATH and unresolvable references", () => {
    const t = makeTempTree({ Dockerfile: DOCKERFILE, ".env": "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=25\nOTHER_DOTENV=never-read\n" });
    trees.push(t);
    const result = projectImportEnvironment(t.dir, "/where/the/import/runs", t.dir);
    expect(result.env).toEqual({
      DEPLOY_ENV: "prod",
      REGION: "prod-eu",
      DATA_DIR: "/where/the/import/runs/data",
      PRICE: "$5",
      // .env's AIRFLOW__* settings win, as `astro dev` loads .env last.
      AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "25",
    });
    expect(result.credentials).toEqual(["SNOWFLAKE_PASSWORD", "SERVICE_API_KEY", "AIRFLOW__CORE__FERNET_KEY"]);
    expect(result.runtimeOwned).toEqual(["PATH", "PYTHONPATH"]);
    expect(result.unresolved).toEqual(["FROM_BUILD_ARG"]);
    // Never a credential's value, whatever the list.
    expect(JSON.stringify(result)).not.toMatch(/hunter2|abc123|fernet-value/);
  });

  it("an AIRFLOW__ value of the Dockerfile keeps its substitution, and one with an unresolved reference stays out (the .env merge re-read the Dockerfile raw: review of stop 30)", () => {
    const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\nENV AIRFLOW__CORE__PLUGINS_FOLDER=${AIRFLOW_HOME}/plugins\nENV AIRFLOW__CORE__X=$NOT_SET/x\n" });
    trees.push(t);
    const result = projectImportEnvironment(t.dir, "/where/the/import/runs", t.dir);
    expect(result.env).toEqual({ AIRFLOW__CORE__PLUGINS_FOLDER: "/where/the/import/runs/plugins" });
    expect(result.unresolved).toEqual(["AIRFLOW__CORE__X"]);
  });

  it("is empty without a Dockerfile or with one it cannot parse", () => {
    const none = makeTempTree({ "dags/a.py": "" });
    const broken = makeTempTree({ Dockerfile: "RUN echo no FROM here\nENV DEPLOY_ENV=prod\n" });
    trees.push(none, broken);
    expect(projectImportEnvironment(none.dir, none.dir, none.dir).env).toEqual({});
    expect(projectImportEnvironment(broken.dir, broken.dir, broken.dir).env).toEqual({});
  });
});

describe("the dynamic tier in the runtime image", () => {
  it("hands the image the Dockerfile's ENV (no credential-looking name, no value of one) and maps where an error was raised back to the checkout", async () => {
    const t = makeTempTree({ "proj/Dockerfile": DOCKERFILE, "proj/dags/etl.py": "", "proj/include/alerts.py": "" });
    trees.push(t);
    const projectRoot = join(t.dir, "proj");
    const calls: string[][] = [];
    const processRunner: ProcessRunner = {
      async run(command, args, options) {
        calls.push([command, ...args]);
        const request = JSON.parse(options.stdin) as { files: string[] };
        const error = { message: "SyntaxError: '(' was never closed", traceback: "", line: 3, raised_file: "/usr/local/airflow/include/alerts.py", raised_line: 1 };
        options.onLine(JSON.stringify({ file: request.files[0], status: "error", import_errors: [error], warnings: [], dags: [], duration_ms: 1, excepted: false }));
        options.onLine(JSON.stringify({ done: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag", python: "3.12.8" }));
        return { exitCode: 0, stderr: "", timedOut: false };
      },
    };
    const logger = new RecordingLogger();
    const result = await runDynamicTier({
      setting: "required",
      mode: "image",
      projectRoot,
      repoRoot: t.dir,
      airflowVersion: "2.10.5",
      runtimeImage: "quay.io/astronomer/astro-runtime:12.7.1",
      files: [join(projectRoot, "dags/etl.py")],
      integrityExceptions: [],
      timeoutSeconds: 30,
      cacheDir: join(t.dir, ".cache"),
      commandRunner: { run: async () => ({ exitCode: 0, stdout: "27.0.0", stderr: "" }) },
      processRunner,
      logger,
    });
    const argv = calls[0] ?? [];
    const passed = argv.flatMap((a, i) => (argv[i - 1] === "-e" ? [a] : []));
    expect(passed).toEqual(expect.arrayContaining(["DEPLOY_ENV=prod", "REGION=prod-eu", "DATA_DIR=/usr/local/airflow/data"]));
    expect(passed.join(" ")).not.toMatch(/SNOWFLAKE|SERVICE_API_KEY|FERNET|hunter2|abc123|PATH=|FROM_BUILD_ARG/);
    expect(result.findings[0]).toMatchObject({ file: "proj/dags/etl.py", line: 3, message: expect.stringContaining("(raised in proj/include/alerts.py:1)") });
    expect(result.results[0]?.import_errors[0]?.raised_file).toBe(join(projectRoot, "include/alerts.py"));
    expect(logger.messages.filter((m) => m.message.includes("SNOWFLAKE_PASSWORD"))).toEqual([{ level: "debug", message: expect.stringContaining("SERVICE_API_KEY, AIRFLOW__CORE__FERNET_KEY") }]);
    expect(JSON.stringify(logger.messages)).not.toMatch(/hunter2|abc123|fernet-value/);
  });
});

describe("an import error raised in another file of the project", () => {
  const repoRoot = "/repo";
  const result = (error: FileImportResult["import_errors"][number]): FileImportResult => ({
    file: "/repo/proj/dags/etl.py",
    status: "error",
    import_errors: [error],
    warnings: [],
    dags: [],
    duration_ms: 1,
    excepted: false,
  });

  it("names that file and line (relative to the repository) and points the fix there, on the DAG file's import line", () => {
    const [syntax] = importResultsToFindings([result({ message: "SyntaxError: '(' was never closed", traceback: "", line: 3, raised_file: "/repo/proj/include/alerts.py", raised_line: 1 })], { repoRoot });
    expect(syntax).toMatchObject({ checkId: "import-error", file: "proj/dags/etl.py", line: 3 });
    expect(syntax?.message).toBe("Airflow cannot import this file: SyntaxError: '(' was never closed (raised in proj/include/alerts.py:1)");
    expect(syntax?.fix).toContain("correct the syntax in proj/include/alerts.py:1");
    const [name] = importResultsToFindings([result({ message: "NameError: name 'undefined_name' is not defined", traceback: "", line: 3, raised_file: "/repo/proj/include/settings.py", raised_line: 2 })], { repoRoot });
    expect(name?.message).toMatch(/\(raised in proj\/include\/settings\.py:2\)$/);
    expect(name?.fix).toContain("in proj/include/settings.py:2");
    const [other] = importResultsToFindings([result({ message: "ValueError: bad", traceback: "", line: 3, raised_file: "/repo/proj/include/x.py", raised_line: 7 })], { repoRoot });
    expect(other?.fix).toContain("proj/include/x.py:7");
  });

  it("says nothing more when the error is the DAG file's own", () => {
    const [own] = importResultsToFindings([result({ message: "KeyError: 'region'", traceback: "", line: 7 })], { repoRoot });
    expect(own?.message).toBe("Airflow cannot import this file: KeyError: 'region'");
  });

  it("says when a stubbed lookup's stand-in value is in the error", () => {
    const [stubbed] = importResultsToFindings([result({ message: "ValueError: invalid literal for int() with base 10: 'NON_DEFAULT_MOCKED_VARIABLE_VALUE'", traceback: "", line: 5 })], { repoRoot });
    expect(stubbed?.message).toContain("'NON_DEFAULT_MOCKED_VARIABLE_VALUE' is a stand-in value: astro-ci stubs Variable.get");
    expect(stubbed?.fix).toContain("give the lookup a default");
  });
});

const START = "start_date=pendulum.datetime(2024, 1, 1), catchup=False";
const HEAD = "import os\n\nimport pendulum\nfrom airflow import DAG\n";
const FILES: Record<string, string> = {
  "proj/Dockerfile": DOCKERFILE,
  "proj/requirements.txt": "",
  // Module-level os.environ of a Dockerfile ENV: loads on Astro.
  "proj/dags/reads_env.py": `${HEAD}\nENV = os.environ["DEPLOY_ENV"]\n\nwith DAG("reads_env_" + ENV, schedule=None, ${START}):\n    pass\n`,
  // The prod schedule is invalid: Airflow rejects it on Astro, where DEPLOY_ENV=prod.
  "proj/dags/schedule_by_env.py": `${HEAD}\nSCHEDULES = {"prod": "0 6 * * 8", "dev": None}\n\nwith DAG(\n    "schedule_by_env",\n    schedule=SCHEDULES[os.getenv("DEPLOY_ENV", "dev")],\n    ${START},\n):\n    pass\n`,
  // What the import may and may not see: the Dockerfile's ordinary values, no credential-looking ENV, nothing of the CI's.
  "proj/dags/sees_env.py":
    `${HEAD}\nassert os.environ["REGION"] == "prod-eu", os.environ.get("REGION")\n` +
    `assert os.environ["DATA_DIR"].endswith("/data"), os.environ.get("DATA_DIR")\n` +
    `for name in ("SNOWFLAKE_PASSWORD", "SERVICE_API_KEY", "AIRFLOW__CORE__FERNET_KEY", "BUILD_ONLY", "CI_ONLY_SETTING"):\n    assert name not in os.environ, name\n` +
    `\nwith DAG("sees_env", schedule=None, ${START}):\n    pass\n`,
  // The DAG file's own error, its innermost frame Python's "<frozen os>": nothing is "raised in" another file.
  "proj/dags/own_key_error.py": `${HEAD}\nTEAM = os.environ["NOT_SET_ANYWHERE_XYZ"]\n`,
  "proj/include/__init__.py": "",
  "proj/include/alerts.py": "def alert(context:\n    pass\n",
  "proj/include/settings.py": "X = 1\nY = undefined_name + 1\n",
  "proj/dags/helper_syntax.py": `${HEAD}from include.alerts import alert\n\nwith DAG("helper_syntax", schedule=None, ${START}):\n    pass\n`,
  "proj/dags/helper_name.py": `${HEAD}from include import settings\n\nwith DAG("helper_name", schedule=None, ${START}):\n    pass\n`,
  "proj/dags/stubbed_variable.py": `${HEAD}from airflow.models import Variable\n\nBATCH = int(Variable.get("batch_size"))\n\nwith DAG("stubbed_variable", schedule=None, ${START}):\n    pass\n`,
};

interface Finding {
  checkId: string;
  file: string;
  line: number;
  message: string;
  fix?: string;
}

describeWithRealAirflow("the project's Dockerfile ENV and helper errors, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let tree: { dir: string; cleanup(): void };
  let run: { code: number; stdout: string; stderr: string };
  let findings: Finding[];

  beforeAll(async () => {
    tree = makeTempTree(FILES);
    vi.stubEnv("CI_ONLY_SETTING", "from-the-ci");
    vi.stubEnv("DEPLOY_ENV", "ci-value-never-passed");
    run = await runCliCaptured(["validate-dags", join(tree.dir, "proj"), "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", tree.dir], tree.dir, {
      ...process.env,
      ASTRO_CI_DEBUG: "1",
    });
    vi.unstubAllEnvs();
    findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  }, 300_000);

  afterAll(() => tree?.cleanup());

  const importFindings = (file: string): Finding[] => findings.filter((f) => f.file === `proj/dags/${file}` && f.checkId.startsWith("import-"));

  /** Airflow's own DagBag on one file, with the Dockerfile's DEPLOY_ENV set as the runtime image sets it. */
  function airflowItself(file: string): { dags: string[]; errors: string[] } {
    const script = [
      "import json, os, sys",
      "sys.path.insert(0, sys.argv[1])",
      "os.chdir(sys.argv[1])",
      "from airflow.models.dagbag import DagBag",
      "bag = DagBag(dag_folder=sys.argv[2], include_examples=False, safe_mode=False)",
      "sys.stdout.write(json.dumps({'dags': sorted(bag.dags), 'errors': [str(v) for v in bag.import_errors.values()]}))",
    ].join("\n");
    const proj = join(tree.dir, "proj");
    const out = spawnSync(airflow.python, ["-c", script, proj, join(proj, "dags", file)], { encoding: "utf8", env: { ...process.env, DEPLOY_ENV: "prod", REGION: "prod-eu", DATA_DIR: "/usr/local/airflow/data" }, timeout: 120_000 });
    return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as { dags: string[]; errors: string[] };
  }

  it("a module-level os.environ read of a Dockerfile ENV loads, as it does in Airflow with that ENV", () => {
    expect(airflowItself("reads_env.py")).toEqual({ dags: ["reads_env_prod"], errors: [] });
    expect(importFindings("reads_env.py")).toEqual([]);
  });

  it("a schedule chosen by a Dockerfile ENV is checked with that ENV's value: an invalid one is an import-error", () => {
    const truth = airflowItself("schedule_by_env.py");
    expect(truth.dags).toEqual([]);
    expect(truth.errors.join("\n")).toContain("AirflowTimetableInvalid");
    const found = importFindings("schedule_by_env.py");
    expect(found.map((f) => [f.checkId, f.line])).toEqual([["import-error", 10]]);
    expect(found[0]?.message).toContain("AirflowTimetableInvalid");
    expect(run.code).toBe(1);
  });

  it("the import sees the Dockerfile's ordinary ENV, never a credential-looking one nor the CI's own variables; the left-out names are named once, without values", () => {
    expect(importFindings("sees_env.py")).toEqual([]);
    const leftOut = run.stderr.split("\n").filter((l) => l.includes("SNOWFLAKE_PASSWORD"));
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]).toMatch(/^debug: .*SNOWFLAKE_PASSWORD, SERVICE_API_KEY, AIRFLOW__CORE__FERNET_KEY/);
    expect(run.stderr + run.stdout).not.toMatch(/hunter2|abc123|fernet-value/);
  });

  it("a SyntaxError in a helper module names the helper's file and line, on the DAG file's import line", () => {
    const truth = airflowItself("helper_syntax.py");
    expect(truth.errors.join("\n")).toMatch(/include\/alerts\.py", line 1/);
    const found = importFindings("helper_syntax.py");
    expect(found.map((f) => [f.checkId, f.line])).toEqual([["import-error", 5]]);
    expect(found[0]?.message).toMatch(/SyntaxError: .* \(raised in proj\/include\/alerts\.py:1\)$/);
    expect(found[0]?.fix).toContain("correct the syntax in proj/include/alerts.py:1");
  });

  it("a NameError raised inside a helper module names the helper's file and line", () => {
    const found = importFindings("helper_name.py");
    expect(found.map((f) => [f.checkId, f.line])).toEqual([["import-error", 5]]);
    expect(found[0]?.message).toMatch(/NameError: name 'undefined_name' is not defined \(raised in proj\/include\/settings\.py:2\)$/);
    expect(found[0]?.fix).toContain("proj/include/settings.py:2");
  });

  it("the DAG file's own error names no other file", () => {
    const found = importFindings("own_key_error.py");
    expect(found.map((f) => [f.checkId, f.line, f.message])).toEqual([["import-error", 6, "Airflow cannot import this file: KeyError: 'NOT_SET_ANYWHERE_XYZ'"]]);
  });

  it("an error on a stubbed Variable.get's stand-in value says so", () => {
    const found = importFindings("stubbed_variable.py");
    expect(found.map((f) => [f.checkId, f.line])).toEqual([["import-error", 7]]);
    expect(found[0]?.message).toContain("NON_DEFAULT_MOCKED_VARIABLE_VALUE' is a stand-in value");
    expect(found[0]?.message).not.toContain("raised in");
  });
});
