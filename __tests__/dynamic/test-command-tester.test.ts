// `astro-ci test` against what a tester found: pip index and URL credentials reaching the suite, node ids after `--`
// running on top of the whole suite, a project without tests/, the key line of an import error dropped, a suite's own
// pytest config (`-p no:junitxml`, `--lf`), astro-ci's progress file left open, and a process a test starts in a
// session of its own outliving --timeout. Real pytest (python3 with pytest, `--airflow none`) on real temp projects;
// the DAG integrity test part runs against REAL Airflow, gated like real-airflow.test.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { projectCodeEnvironment, projectCodeRunner } from "../../src/dynamic/command-runner.js";
import { runProjectTests } from "../../src/testing/run-tests.js";
import { testResultFindings } from "../../src/testing/test-findings.js";
import { parseJUnitXml } from "../../src/test-report/junit.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
  return { code: await runCli(args, io), stdout, stderr };
}

interface TestJson {
  status: string;
  message: string;
  totals: { tests: number; passed: number; failed: number; errors: number };
  findings: { checkId: string; file: string; line: number; message: string; fix?: string }[];
  tests: { classname: string; name: string; outcome: string }[];
}

const BASE = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "requirements.txt": "" };
const json = (stdout: string): TestJson => JSON.parse(stdout) as TestJson;
const work = (): string[] => ["--work-dir", tempDirPath("astro-ci-test-work-")];

describe("astro-ci test: what a tester found (python3 with pytest)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("1. pip's index URL and inherited URLs with a user and password never reach the suite; the name (never the value) is said once", async () => {
    vi.stubEnv("PIP_EXTRA_INDEX_URL", "https://user:piptoken999@pypi.corp/simple");
    vi.stubEnv("PIP_INDEX_URL", "https://pypi.corp/simple");
    vi.stubEnv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql://u:dbsecret777@host/db");
    vi.stubEnv("AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION", "True");
    const out = tempDirPath("astro-ci-env-");
    const project = makeTempTree({
      ...BASE,
      "tests/test_env.py": `import json, os\n\n\ndef test_dump():\n    with open(os.path.join(${JSON.stringify(out)}, "env.json"), "w") as handle:\n        json.dump(dict(os.environ), handle)\n`,
    });
    const result = await cli(["test", project.dir, "--airflow", "none", ...work()], project.dir);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const seen = JSON.parse(readFileSync(join(out, "env.json"), "utf8")) as Record<string, string>;
    const values = Object.values(seen).join("\n");
    expect(values).not.toContain("piptoken999");
    expect(values).not.toContain("dbsecret777");
    expect(seen).not.toHaveProperty("PIP_EXTRA_INDEX_URL");
    expect(seen).not.toHaveProperty("PIP_INDEX_URL");
    expect(seen).not.toHaveProperty("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN");
    expect(seen).toMatchObject({ AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION: "True" });
    // Said once, by name.
    expect(result.stderr.match(/AIRFLOW__DATABASE__SQL_ALCHEMY_CONN/g)).toHaveLength(1);
    expect(result.stderr + result.stdout).not.toContain("dbsecret777");
    expect(result.stderr + result.stdout).not.toContain("piptoken999");
  }, 60_000);

  it("1. the rule is the one runner's: a URL without credentials (sqlite) stays, pip's index reaches `pip install` only", async () => {
    const env = projectCodeEnvironment({
      PATH: "/usr/bin",
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: "sqlite:////opt/airflow/airflow.db",
      AIRFLOW__CELERY__BROKER_URL: "redis://:brokersecret@redis:6379/0",
      AIRFLOW__WEBSERVER__BASE_URL: "https://airflow.example.com/",
      PIP_EXTRA_INDEX_URL: "https://user:piptoken999@pypi.corp/simple",
      PIP_INDEX_URL: "https://pypi.corp/simple",
    });
    expect(env).toEqual({ PATH: "/usr/bin", AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: "sqlite:////opt/airflow/airflow.db", AIRFLOW__WEBSERVER__BASE_URL: "https://airflow.example.com/" });
    // A `pip` that writes the environment it got, run through the runner as `pip install` and as anything else.
    const bin = makeTempTree({ pip: '#!/bin/sh\nenv > "$ENV_DUMP"\n' });
    chmodSync(join(bin.dir, "pip"), 0o755);
    vi.stubEnv("PIP_EXTRA_INDEX_URL", "https://user:piptoken999@pypi.corp/simple");
    const dump = join(bin.dir, "env.txt");
    await projectCodeRunner.run(join(bin.dir, "pip"), ["install", "x"], { env: { ENV_DUMP: dump } });
    expect(readFileSync(dump, "utf8")).toContain("PIP_EXTRA_INDEX_URL=https://user:piptoken999@pypi.corp/simple");
    await projectCodeRunner.run(join(bin.dir, "pip"), ["freeze"], { env: { ENV_DUMP: dump } });
    expect(readFileSync(dump, "utf8")).not.toContain("piptoken999");
    await projectCodeRunner.run("python3", ["-c", "import os; open(os.environ['ENV_DUMP'], 'w').write(repr(dict(os.environ)))"], { env: { ENV_DUMP: dump } });
    expect(readFileSync(dump, "utf8")).not.toContain("piptoken999");
  }, 60_000);

  it("2. a node id after `--` replaces tests/ (run once, not on top of the suite); --path takes node ids; paths are checked", async () => {
    const project = makeTempTree({
      ...BASE,
      "tests/test_fail.py": "def test_a():\n    pass\n\n\ndef test_b():\n    pass\n\n\ndef test_c():\n    assert 1 == 2\n",
      "tests/test_other.py": "def test_other():\n    pass\n",
    });
    const viaDash = await cli(["test", project.dir, "--airflow", "none", "--format", "json", ...work(), "--", "tests/test_fail.py::test_c"], project.dir);
    expect(viaDash.code, viaDash.stderr).toBe(1);
    expect(json(viaDash.stdout).tests.map((t) => t.name)).toEqual(["test_c"]);
    expect(json(viaDash.stdout).totals).toMatchObject({ tests: 1, failed: 1 });
    const viaPath = await cli(["test", project.dir, "--airflow", "none", "--format", "json", ...work(), "--path", join(project.dir, "tests/test_fail.py::test_c")], project.dir);
    expect(viaPath.code, viaPath.stderr).toBe(1);
    expect(json(viaPath.stdout).tests.map((t) => t.name)).toEqual(["test_c"]);
    // An option's value is not a path; a path among options still replaces tests/.
    const withOptions = await cli(["test", project.dir, "--airflow", "none", "--format", "json", ...work(), "--", "-k", "test_a or test_other", "-q", "tests/test_fail.py"], project.dir);
    expect(withOptions.code, withOptions.stderr).toBe(0);
    expect(json(withOptions.stdout).tests.map((t) => t.name)).toEqual(["test_a"]);
    for (const bad of ["../outside.py", "tests/nope.py::test_x", "/etc/passwd"]) {
      const refused = await cli(["test", project.dir, "--airflow", "none", ...work(), "--", bad], project.dir);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr).toContain(`pytest argument '${bad}'`);
    }
    const missing = await cli(["test", project.dir, "--airflow", "none", ...work(), "--path", join(project.dir, "tests/nope.py::test_c")], project.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does not exist");
  }, 120_000);

  it("3. a project without tests/: exit 1 saying so with the fix; with --allow-no-tests exit 0", async () => {
    const project = makeTempTree({ ...BASE, "dags/.keep": "" });
    const strict = await cli(["test", project.dir, "--airflow", "none", ...work()], project.dir);
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stdout).toContain("no tests were collected: the project has no tests/ folder. Fix: add tests/ with test_*.py files");
    expect(strict.stdout).toContain("astro dev init");
    expect(strict.stdout + strict.stderr).not.toContain("exit code 4");
    const allowed = await cli(["test", project.dir, "--airflow", "none", "--allow-no-tests", ...work()], project.dir);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain("no tests/ folder");
  }, 60_000);

  it("4. a failure message that goes on past its first line keeps its last line (the re-raised import error)", () => {
    const project = makeTempTree({ ...BASE, "dags/broken.py": "from helpers import nothing_here\n", "tests/dags/test_dag_example.py": "def test_file_imports(rel_path, rv):\n    pass\n" });
    const message = "Exception: dags/broken.py failed to import with message \n Traceback (most recent call last):\n  File \"/x/dags/broken.py\", line 1, in <module>\nImportError: cannot import name 'nothing_here' from 'helpers' (/x/dags/helpers.py)";
    const xml = `<testsuites><testsuite><testcase classname="tests.dags.test_dag_example" name="test_file_imports[dags/broken.py]" time="0.1"><failure message="${message.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/\n/g, "&#10;")}">tests/dags/test_dag_example.py:2: in test_file_imports\n    raise Exception</failure></testcase></testsuite></testsuites>`;
    const [finding] = testResultFindings(parseJUnitXml(xml), { projectRoot: project.dir, repoRoot: project.dir, projectPath: "", junitPath: "/w/junit.xml" });
    expect(finding?.file).toBe("dags/broken.py");
    expect(finding?.message).toContain("failed to import with message — ImportError: cannot import name 'nothing_here'");
    // The fix points where the traceback is: no text report prints pytest's output.
    expect(finding?.fix).not.toContain("job log");
    expect(finding?.fix).toContain("/w/junit.xml");
  });

  it("5. the suite's `addopts = -p no:junitxml` is named with the fix (exit 2), not 'did not run the suite (exit code 0)'", async () => {
    const project = makeTempTree({ ...BASE, "pytest.ini": "[pytest]\naddopts = -p no:junitxml\n", "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", ...work()], project.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("-p no:junitxml");
    expect(result.stderr).toContain("Fix: remove");
    expect(result.stderr).not.toContain("did not run the suite");
  }, 60_000);

  it.each(["--lf", "--ff", "--sw"])("5. the suite's `addopts = %s` runs the whole suite (a fresh cache, never the checkout's .pytest_cache)", async (option) => {
    const project = makeTempTree({
      ...BASE,
      "pytest.ini": `[pytest]\naddopts = ${option}\n`,
      "tests/test_x.py": "def test_x():\n    pass\n\n\ndef test_y():\n    pass\n",
      // What a developer's last run left: with it, --lf would run test_y only.
      ".pytest_cache/v/cache/lastfailed": JSON.stringify({ "tests/test_x.py::test_y": true }),
    });
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", ...work()], project.dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(json(result.stdout).totals).toMatchObject({ tests: 2, passed: 2 });
  }, 60_000);

  it("5. astro-ci's progress plugin leaves no ResourceWarning (its stack file is closed) in the suite's output", async () => {
    vi.stubEnv("PYTHONDEVMODE", "1");
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const outcome = await runProjectTests({ projectRoot: project.dir, repoRoot: project.dir, airflowVersion: "2.10.5", paths: [], pytestArgs: [], mode: "none", stubLookups: false, workDir: tempDirPath("astro-ci-test-work-"), runner: projectCodeRunner, logger: new RecordingLogger(), timeoutSeconds: 60 });
    expect(outcome.status).toBe("ran");
    const output = outcome.status === "ran" ? outcome.output : "";
    expect(output).toContain("1 passed");
    expect(output).not.toContain("ResourceWarning");
    expect(output).not.toContain(".astro-ci-progress.json.stack");
  }, 60_000);

  it("6. a process a test starts in a session of its own, ignoring SIGTERM, does not outlive --timeout", async () => {
    const pids = join(tempDirPath("astro-ci-session-pids-"), "pids");
    const child = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(300)\n";
    const project = makeTempTree({
      ...BASE,
      "tests/test_server.py": `import subprocess, sys, time\n\n\ndef test_starts_a_server_and_hangs():\n    server = subprocess.Popen([sys.executable, "-c", ${JSON.stringify(child)}], start_new_session=True)\n    with open(${JSON.stringify(pids)}, "a") as handle:\n        handle.write("%d\\n" % server.pid)\n    while True:\n        time.sleep(0.2)\n`,
    });
    const alive = (pid: number): boolean => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
      } catch {
        return false;
      }
    };
    let server = 0;
    try {
      const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--timeout", "3", ...work()], project.dir);
      expect(result.code, result.stdout).toBe(1);
      expect(json(result.stdout).findings).toEqual([expect.objectContaining({ checkId: "test-timeout", file: "tests/test_server.py" })]);
      server = Number(readFileSync(pids, "utf8").trim());
      expect(server).toBeGreaterThan(0);
      // Killed by the time the run is over (a moment for the kernel to take it down).
      for (let i = 0; i < 20 && alive(server); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(server)).toBe(false);
    } finally {
      for (const pid of existsSync(pids) ? readFileSync(pids, "utf8").split("\n").filter(Boolean) : []) {
        try {
          process.kill(Number(pid), "SIGKILL");
        } catch {
          // gone, as it should be
        }
      }
    }
  }, 60_000);
});

/** Astronomer's default DAG integrity test (`astro dev init`'s tests/dags/test_dag_example.py), its import part. */
const DAG_EXAMPLE_TEST = `"""Example DAGs test (astro dev init)."""
import os
import logging
from contextlib import contextmanager

import pytest
from airflow.models import DagBag


@contextmanager
def suppress_logging(namespace):
    logger = logging.getLogger(namespace)
    old_value = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = old_value


def get_import_errors():
    with suppress_logging("airflow"):
        dag_bag = DagBag(include_examples=False)

        def strip_path_prefix(path):
            return os.path.relpath(path, os.environ.get("AIRFLOW_HOME"))

        return [(None, None)] + [(strip_path_prefix(k), v.strip()) for k, v in dag_bag.import_errors.items()]


@pytest.mark.parametrize("rel_path,rv", get_import_errors(), ids=[x[0] for x in get_import_errors()])
def test_file_imports(rel_path, rv):
    if rel_path and rv:
        raise Exception(f"{rel_path} failed to import with message \\n {rv}")
`;

describeWithRealAirflow("astro-ci test: Astronomer's default DAG integrity test on a DAG that fails to import", (airflow) => {
  afterEach(() => vi.unstubAllEnvs());

  it("4. the annotation keeps the import error's last line, on the DAG file", async () => {
    vi.stubEnv("PATH", `${dirname(airflow.python)}:${process.env.PATH ?? ""}`);
    const project = makeTempTree({
      ...BASE,
      "dags/helpers.py": "VALUE = 1\n",
      "dags/broken.py": "from datetime import datetime\n\nfrom airflow import DAG\nfrom helpers import nothing_here\n\nwith DAG('broken', start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n",
      "tests/dags/test_dag_example.py": DAG_EXAMPLE_TEST,
    });
    const result = await cli(["test", project.dir, "--airflow", "installed", "--format", "json", ...work(), "--repo-root", project.dir], project.dir);
    const report = json(result.stdout);
    expect(result.code, report.message).toBe(1);
    const failure = report.findings.find((f) => f.checkId === "test-failure");
    expect(failure).toMatchObject({ file: "dags/broken.py" });
    expect(failure?.message).toContain("failed to import with message — ImportError: cannot import name 'nothing_here'");
    expect(failure?.fix).toContain("JUnit report");
    // The JUnit report the fix names holds the traceback.
    const junitPath = (JSON.parse(result.stdout) as { junitPath: string }).junitPath;
    expect(failure?.fix).toContain(junitPath);
    expect(readFileSync(junitPath, "utf8")).toContain("nothing_here");
  }, 120_000);
});
