/**
 * What the project's image sets (the Dockerfile's ENV, expanded from ARG defaults as docker build does) decides some
 * findings: a @continuous DAG's max_active_runs default, the .airflowignore syntax, the zone an `os.getenv` reads.
 * Values only the build knows (an ARG without a default) leave those checks quiet. Each case was checked with
 * Airflow 2.10.5's DagBag run with the image's environment (see also the corpus projects dockerfile-settings and
 * time-zones).
 */
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const CONFIG = 'version: 1\nvalidate:\n  airflow3-readiness: "off"\n  checks:\n    tags-required: off\n    min-retries: off\n    owner-required: off\n';

async function validate(files: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const tree = makeTempTree({ "astro-ci.yaml": CONFIG, ...files });
  cleanups.push(tree.cleanup);
  let stdout = "";
  const code = await runCli(["validate-dags", ".", "--no-cache", "--dynamic", "off"], { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: tree.dir, isTty: false, env: {} });
  return { code, stdout };
}

const CONTINUOUS = 'import pendulum\nfrom airflow import DAG\nwith DAG("cont", start_date=pendulum.datetime(2024, 1, 1), schedule="@continuous"):\n    pass\n';
const GETENV_ZONE = (variable: string, fallback: string): string =>
  `import os\nimport pendulum\nfrom airflow import DAG\nTZ = pendulum.timezone(os.getenv("${variable}", "${fallback}"))\nwith DAG("zoned", start_date=pendulum.datetime(2024, 1, 1, tz=TZ), schedule=None):\n    pass\n`;
const RUNTIME = "FROM quay.io/astronomer/astro-runtime:12.1.0\n";

describe("settings and variables from the Dockerfile", () => {
  it("@continuous without max_active_runs: quiet under an ARG default of 1 and under a value only the build knows; an error under Airflow's default", async () => {
    expect((await validate({ Dockerfile: `${RUNTIME}ARG RUNS=1\nENV AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=\${RUNS}\n`, "dags/c.py": CONTINUOUS })).stdout).not.toContain("schedule-valid");
    expect((await validate({ Dockerfile: `${RUNTIME}ARG RUNS\nENV AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=\${RUNS}\n`, "dags/c.py": CONTINUOUS })).stdout).not.toContain("schedule-valid");
    const plain = await validate({ Dockerfile: RUNTIME, "dags/c.py": CONTINUOUS });
    expect(plain.stdout).toMatch(/^dags\/c\.py:3:\d+: error \[schedule-valid\]/m);
    expect(plain.code).toBe(1);
  });

  it("AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=GLOB is a project-file-invalid warning on the Dockerfile's line", async () => {
    const result = await validate({ Dockerfile: `${RUNTIME}ENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=GLOB\n`, "dags/c.py": CONTINUOUS.replace("@continuous", "@daily") });
    expect(result.stdout).toMatch(/^Dockerfile:2: warning \[project-file-invalid\] AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=GLOB is not a value Airflow takes/m);
  });

  it("a zone os.getenv reads: the Dockerfile's value is judged (an error when bad), a bad default is a warning, an unknown value is quiet", async () => {
    const amsterdam = await validate({ Dockerfile: `${RUNTIME}ENV DAG_TZ=Europe/Amsterdam\n`, "dags/a.py": GETENV_ZONE("DAG_TZ", "") });
    expect(amsterdam.stdout).not.toContain("time-zone-valid");
    const bad = await validate({ Dockerfile: `${RUNTIME}ARG ZONE=Europe/Amsterdm\nENV DAG_TZ=$ZONE\n`, "dags/a.py": GETENV_ZONE("DAG_TZ", "UTC") });
    expect(bad.stdout).toMatch(/^dags\/a\.py:4:\d+: error \[time-zone-valid\] pendulum\.timezone\(\) gets the time zone "Europe\/Amsterdm" \(the Dockerfile's ENV sets DAG_TZ=Europe\/Amsterdm\)/m);
    const unset = await validate({ Dockerfile: RUNTIME, "dags/a.py": GETENV_ZONE("DAG_TZ", "") });
    expect(unset.stdout).toMatch(/^dags\/a\.py:4:\d+: warning \[time-zone-valid\] .*the default when the environment variable DAG_TZ is not set.*a Deployment's environment variables may/m);
    expect(unset.code).toBe(0);
    const unknown = await validate({ Dockerfile: `${RUNTIME}ARG ZONE\nENV DAG_TZ=$ZONE\n`, "dags/a.py": GETENV_ZONE("DAG_TZ", "") });
    expect(unknown.stdout).not.toContain("time-zone-valid");
  });
});
