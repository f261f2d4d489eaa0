// `astro-ci test` on suites and projects that break it: a dags/ folder shadowing standard-library modules, a
// conftest.py that cannot be loaded, a Python without pytest, a pytest usage error. Exit codes: 1 when the suite is at
// fault, 2 when the environment or the invocation is. The first part needs python3 with pytest (as the other test
// command tests do); the last one runs against REAL Airflow, gated like real-airflow.test.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { readTestSettings } from "../../src/actions/test/settings.js";
import { createEnvInputReader } from "../../src/actions/inputs.js";
import { projectCodeRunner } from "../../src/dynamic/command-runner.js";
import { testProject } from "../../src/testing/test-project.js";
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
  totals: { passed: number; failed: number; errors: number };
  findings: { checkId: string; file: string; line: number; message: string }[];
}

const BASE = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "requirements.txt": "" };
/** A dags/ folder with modules named like the standard library's, and a helper the tests import by its bare name. */
const SHADOWING = {
  ...BASE,
  "dags/logging.py": "LEVEL = 'not the standard library'\n",
  "dags/json.py": "VALUE = 'not the standard library'\n",
  "dags/dag_helpers.py": "def owner():\n    return 'data'\n",
  "plugins/plugin_helpers.py": "NAME = 'plugin'\n",
};

describe("astro-ci test: projects and suites that break the run (python3 with pytest)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("a dags/logging.py or dags/json.py does not shadow the standard library; dags/ and plugins/ stay importable", async () => {
    const project = makeTempTree({
      ...SHADOWING,
      "tests/test_paths.py": "import json\nimport logging\n\nimport dag_helpers\nimport plugin_helpers\n\n\ndef test_standard_library_and_project_modules():\n    assert json.dumps([1]) == '[1]'\n    logging.getLogger('x')\n    assert dag_helpers.owner() == 'data'\n    assert plugin_helpers.NAME == 'plugin'\n",
    });
    const work = tempDirPath("astro-ci-test-work-");
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", work], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(report.message).not.toContain("did not run");
    expect({ code: result.code, status: report.status, totals: report.totals }).toMatchObject({ code: 0, status: "ran", totals: { passed: 1, failed: 0, errors: 0 } });
  }, 60_000);

  it("a conftest.py that cannot be loaded is a finding on its line and exit 1", async () => {
    const project = makeTempTree({ ...BASE, "tests/conftest.py": "import os\n\nSETTINGS = {}\nREGION = SETTINGS['region']\n", "tests/test_x.py": "def test_x():\n    pass\n" });
    const work = tempDirPath("astro-ci-test-work-");
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", work, "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-collection-error", file: "tests/conftest.py", line: 4, message: expect.stringContaining("KeyError: 'region'") })]);
  }, 60_000);

  it.each([
    ["an unclosed element", `"<testsuites><testsuite><testcase name='a'><failure message='x'>"`, "unclosed <failure>"],
    ["a DOCTYPE", `"<!DOCTYPE x [<!ENTITY a 'b'>]><testsuites/>"`, "DOCTYPE"],
    ["bytes that are no XML", `"\\xff\\xfe<garbage"`, "malformed tag"],
  ])("a JUnit report the suite's own code replaces with %s is the suite's fault: exit 1 naming the report, never exit 3", async (_what, content, reason) => {
    const conftest = `import atexit\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    xml = session.config.option.xmlpath\n    atexit.register(lambda: open(xml, "w").write(${content}))\n`;
    const project = makeTempTree({ ...BASE, "tests/conftest.py": conftest, "tests/test_x.py": "def test_x():\n    pass\n" });
    const work = tempDirPath("astro-ci-test-work-");
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", work, "--repo-root", project.dir], project.dir);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(report.message).toContain("JUnit report");
    expect(report.message).toContain(reason);
  }, 60_000);

  it("failures are annotated on the project line: raised inside a library, strict XPASS, odd parameter ids, a subfolder's conftest", async () => {
    const project = makeTempTree({
      ...BASE,
      "tests/test_odd.py": [
        "import json",
        "",
        "import pytest",
        "",
        "",
        "def test_library_raises():",
        "    json.loads('not json')",
        "",
        "",
        "@pytest.mark.xfail(strict=True)",
        "def test_passes_unexpectedly():",
        "    assert True",
        "",
        "",
        "@pytest.mark.parametrize('name', ['ünï::cödé', 'x::y.py', 'a]b[c'])",
        "def test_ids(name):",
        "    assert name == 'other'",
        "",
      ].join("\n"),
      "tests/sub/conftest.py": "import os\n\nraise RuntimeError('the sub folder cannot be set up')\n",
      "tests/sub/test_in_sub.py": "def test_x():\n    pass\n",
    });
    const work = tempDirPath("astro-ci-test-work-");
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", work, "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => `${f.checkId} ${f.file}:${f.line}`).sort()).toEqual(
      [
        "test-failure tests/test_odd.py:7",
        "test-failure tests/test_odd.py:11",
        "test-failure tests/test_odd.py:17",
        "test-failure tests/test_odd.py:17",
        "test-failure tests/test_odd.py:17",
        "test-collection-error tests/sub/conftest.py:3",
      ].sort(),
    );
    // Every finding names what failed.
    for (const f of report.findings) expect(f.message).not.toMatch(/collect: {2}/);
  }, 60_000);

  it("two test files with one name in folders without __init__.py: the collection error is on the second file and says why", async () => {
    const project = makeTempTree({ ...BASE, "tests/sales/test_load.py": "def test_sales():\n    pass\n", "tests/ops/test_load.py": "def test_ops():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson & { findings: { fix?: string }[] };
    expect(result.code).toBe(1);
    expect(report.totals.passed).toBe(1);
    expect(report.findings).toHaveLength(1);
    // pytest collects tests/ops first (sorted), so tests/sales/test_load.py is the one that clashes.
    expect(report.findings[0]).toMatchObject({ checkId: "test-collection-error", file: "tests/sales/test_load.py", line: 1 });
    expect(report.findings[0]?.message).toContain("import file mismatch: another test module has the same name (tests/ops/test_load.py)");
    expect(report.findings[0]?.fix).toContain("__init__.py");
  }, 60_000);

  it("a conftest.py that writes megabytes to stderr before it fails is still found in pytest's output (its end is kept)", async () => {
    const project = makeTempTree({ ...BASE, "tests/conftest.py": "import sys\n\nsys.stderr.write(('y' * 1000 + '\\n') * 3000)\nraise RuntimeError('broken after printing')\n", "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ file: "tests/conftest.py", line: 4, message: expect.stringContaining("broken after printing") })]);
    expect(report.message.length).toBeLessThan(5000);
  }, 60_000);

  it("a daemon a test leaves running with pytest -s does not hold the run after pytest has exited", async () => {
    const pids = join(tempDirPath("astro-ci-daemon-pids-"), "pids");
    const project = makeTempTree({
      ...BASE,
      "tests/test_server.py": `import subprocess\n\n\ndef test_starts_a_server():\n    server = subprocess.Popen(["sleep", "120"], start_new_session=True)\n    with open(${JSON.stringify(pids)}, "a") as handle:\n        handle.write("%d\\n" % server.pid)\n`,
    });
    try {
      const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", tempDirPath("astro-ci-test-work-"), "--", "-s"], project.dir);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as TestJson).totals.passed).toBe(1);
    } finally {
      for (const pid of existsSync(pids) ? readFileSync(pids, "utf8").split("\n").filter(Boolean) : []) {
        try {
          process.kill(Number(pid), "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  }, 40_000);

  it("a suite that collects no test fails the test action's run as it fails the CLI, unless allow-no-tests", async () => {
    const project = makeTempTree({ ...BASE, "tests/helpers.py": "def helper():\n    return 1\n" });
    const run = (allowNoTests: boolean) =>
      testProject({ projectRoot: project.dir, repoRoot: project.dir, paths: [], pytestArgs: [], mode: "none", stubLookups: false, allowNoTests, workDir: tempDirPath("astro-ci-test-work-"), runner: projectCodeRunner, logger: new RecordingLogger() });
    const strict = await run(false);
    expect(strict).toMatchObject({ status: "ran", failed: true, totals: { tests: 0 } });
    expect(strict.message).toContain("no tests were collected");
    expect(await run(true)).toMatchObject({ status: "ran", failed: false });
    // The action reads the input (default false) and hands it to the same core.
    expect(readTestSettings(createEnvInputReader({ INPUT_ALLOW_NO_TESTS: "true" }), { GITHUB_WORKSPACE: project.dir }).allowNoTests).toBe(true);
    expect(readTestSettings(createEnvInputReader({}), { GITHUB_WORKSPACE: project.dir }).allowNoTests).toBe(false);
  }, 60_000);

  it("a Python without pytest is an environment fault (exit 2) that says to install pytest", async () => {
    const venv = tempDirPath("astro-ci-no-pytest-");
    execFileSync("python3", ["-m", "venv", "--without-pip", venv]);
    vi.stubEnv("PATH", `${join(venv, "bin")}:${process.env.PATH ?? ""}`);
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--work-dir", tempDirPath("astro-ci-test-work-")], project.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No module named pytest");
    expect(result.stderr).toContain("install pytest");
  }, 60_000);

  it("a work folder that cannot be written does not lose a suite that ran: the JUnit file goes to a temp folder, with a warning", async () => {
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    assert 1 == 2\n", "not-a-folder": "" });
    // A work folder below a file: ENOTDIR, as a read-only home gives EROFS (root ignores permission bits, so no chmod).
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", join(project.dir, "not-a-folder", "work")], project.dir);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as TestJson & { junitPath: string };
    expect(report.totals.failed).toBe(1);
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(["tests/test_x.py:2"]);
    expect(readFileSync(report.junitPath, "utf8")).toContain("test_x");
    expect(dirname(report.junitPath).startsWith(join(project.dir, "not-a-folder"))).toBe(false);
    rmSync(dirname(report.junitPath), { recursive: true, force: true });
    expect(result.stderr).toMatch(/not-a-folder\/work: a part of this path is a file, but a folder is expected \[ENOTDIR\]; the JUnit report is kept at .*junit\.xml instead/);
  }, 60_000);

  it("a python3 that crashes when it starts (not a missing one) is an environment fault: exit 2 naming it and the signal", async () => {
    // A Python whose start-up aborts, as one with a broken standard library or PYTHONHOME does.
    const bin = makeTempTree({ python3: '#!/bin/sh\necho "Fatal Python error: init_fs_encoding: failed to get the Python codec of the filesystem encoding" >&2\nkill -ABRT $$\n' });
    execFileSync("chmod", ["+x", join(bin.dir, "python3")]);
    vi.stubEnv("PATH", `${bin.dir}:${process.env.PATH ?? ""}`);
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--work-dir", tempDirPath("astro-ci-test-work-")], project.dir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("python3 fails before pytest can start (killed by SIGABRT");
    expect(result.stderr).toContain("Fatal Python error: init_fs_encoding");
    expect(result.stderr).not.toContain("internal error");
  }, 60_000);

  it("the test time limit: --timeout and the action's timeout input take durations, 30 minutes by default, 0 for none", async () => {
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const settings = (inputs: Record<string, string>) => readTestSettings(createEnvInputReader(inputs), { GITHUB_WORKSPACE: project.dir });
    expect(settings({}).timeoutSeconds).toBe(1800);
    expect(settings({ INPUT_TIMEOUT: "45m" }).timeoutSeconds).toBe(2700);
    expect(settings({ INPUT_TIMEOUT: "0" }).timeoutSeconds).toBe(0);
    expect(() => settings({ INPUT_TIMEOUT: "soon" })).toThrow(/input 'timeout' must be a duration/);
    const bad = await cli(["test", project.dir, "--airflow", "none", "--timeout", "5 minutes", "--work-dir", tempDirPath("astro-ci-test-work-")], project.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--timeout must be a duration");
  }, 60_000);

  it("a hang is still stopped and named when the suite's own faulthandler_timeout replaces the limit's watchdog (the backstop)", async () => {
    // pytest's faulthandler plugin arms its own watchdog around each test (one per process), replacing astro-ci's:
    // the kill 10 s after the limit stops the run, and the progress file still names the test.
    const project = makeTempTree({ ...BASE, "tests/test_hang.py": "import time\n\n\ndef test_fine():\n    pass\n\n\ndef test_hangs():\n    while True:\n        time.sleep(0.2)\n" });
    const started = Date.now();
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--timeout", "3", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir, "--", "-o", "faulthandler_timeout=600"], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code, report.message).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-timeout", file: "tests/test_hang.py", line: 8, message: expect.stringContaining("tests/test_hang.py::test_hangs was still running") })]);
    expect(Date.now() - started).toBeLessThan(40_000);
  }, 60_000);

  it("a test module that hangs while pytest imports it is named, on the line it is stuck on", async () => {
    const project = makeTempTree({ ...BASE, "tests/test_a.py": "def test_a():\n    pass\n", "tests/test_waits.py": "import time\n\nwhile True:\n    time.sleep(0.2)\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--timeout", "3", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code, report.message).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-timeout", file: "tests/test_waits.py", line: 4, message: expect.stringContaining("it was still collecting tests/test_waits.py") })]);
  }, 60_000);

  it("a pytest usage error in the pytest arguments is exit 2, not a test failure", async () => {
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--work-dir", tempDirPath("astro-ci-test-work-"), "--", "--no-such-pytest-option"], project.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("exit code 4");
  }, 60_000);
});

describeWithRealAirflow("astro-ci test with real Airflow on a dags/ folder that shadows the standard library", (airflow) => {
  afterEach(() => vi.unstubAllEnvs());

  it("the suite's DagBag loads the DAG, and a failing test is annotated on its line", async () => {
    vi.stubEnv("PATH", `${dirname(airflow.python)}:${process.env.PATH ?? ""}`);
    if (!process.env.AIRFLOW_HOME) vi.stubEnv("AIRFLOW_HOME", tempDirPath("astro-ci-airflow-home-"));
    const project = makeTempTree({
      ...SHADOWING,
      "dags/pipeline.py": "from datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nfrom dag_helpers import owner\n\nwith DAG('pipeline', start_date=datetime(2024, 1, 1), schedule=None, default_args={'owner': owner()}):\n    EmptyOperator(task_id='t')\n",
      "tests/test_dags.py": "import os\n\nfrom airflow.models import DagBag\n\nDAGS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dags')\n\n\ndef test_loads():\n    bag = DagBag(dag_folder=DAGS, include_examples=False)\n    assert not bag.import_errors\n    assert 'pipeline' in bag.dags\n\n\ndef test_owner():\n    bag = DagBag(dag_folder=os.path.join(DAGS, 'pipeline.py'), include_examples=False)\n    assert bag.dags['pipeline'].owner == 'someone else'\n",
    });
    const result = await cli(["test", project.dir, "--airflow", "installed", "--format", "json", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect({ code: result.code, status: report.status, totals: report.totals }, report.message).toMatchObject({ code: 1, status: "ran", totals: { passed: 1, failed: 1, errors: 0 } });
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-failure", file: "tests/test_dags.py", line: 16 })]);
  }, 120_000);

  it("a test that hangs is stopped at --timeout and named, on the line it is stuck on (exit 1), even after a DagBag used SIGALRM", async () => {
    vi.stubEnv("PATH", `${dirname(airflow.python)}:${process.env.PATH ?? ""}`);
    if (!process.env.AIRFLOW_HOME) vi.stubEnv("AIRFLOW_HOME", tempDirPath("astro-ci-airflow-home-"));
    const project = makeTempTree({
      ...BASE,
      "dags/pipeline.py": "from datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n\nwith DAG('pipeline', start_date=datetime(2024, 1, 1), schedule=None):\n    EmptyOperator(task_id='t')\n",
      // DagBag's import timeout arms and clears SIGALRM: a limit built on SIGALRM would be gone after this test.
      "tests/test_a_dags.py": "import os\n\nfrom airflow.models import DagBag\n\n\ndef test_loads():\n    bag = DagBag(dag_folder=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dags'), include_examples=False)\n    assert 'pipeline' in bag.dags\n",
      // One call into C that never returns, as a client waiting on a service that is not there.
      "tests/test_b_service.py": "import threading\n\n\ndef test_waits_for_the_service():\n    ready = threading.Event()\n    ready.wait()\n",
    });
    const started = Date.now();
    const result = await cli(["test", project.dir, "--airflow", "installed", "--format", "json", "--timeout", "20", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir], project.dir);
    const report = JSON.parse(result.stdout) as TestJson;
    expect(result.code, report.message).toBe(1);
    expect(report.status).toBe("failed");
    expect(report.message).toContain("pytest was stopped after 20 s (the test time limit): tests/test_b_service.py::test_waits_for_the_service was still running");
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-timeout", file: "tests/test_b_service.py", line: 6 })]);
    // Stopped by the plugin at the limit, not by the backstop 30 s later.
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 120_000);
});
