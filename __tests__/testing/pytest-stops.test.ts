// `astro-ci test` when pytest's process ends before the run does, or hangs before its first test: what a tester found.
// A test that kills its own process or calls os._exit() was never named ("pytest did not run the suite (exit code 0)",
// no finding); a conftest.py that hangs on import was annotated on the folder `tests:1`, which GitHub cannot show.
// Real pytest (python3 with pytest, `--airflow none`) on real temp projects.
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { endedDuringRun, pytestPosition } from "../../src/testing/run-tests.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

interface TestJson {
  status: string;
  message: string;
  findings: { checkId: string; file: string; line: number; message: string }[];
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
  return { code: await runCli(args, io), stdout, stderr };
}

const BASE = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "requirements.txt": "" };

async function runSuite(files: Record<string, string>, extra: string[] = []): Promise<{ code: number; report: TestJson }> {
  const project = makeTempTree({ ...BASE, ...files });
  const result = await cli(["test", project.dir, "--airflow", "none", "--format", "json", "--work-dir", tempDirPath("astro-ci-test-work-"), "--repo-root", project.dir, ...extra], project.dir);
  return { code: result.code, report: JSON.parse(result.stdout) as TestJson };
}

describe("a test that ends pytest's process", () => {
  it("a test that kills its own process (SIGKILL) is named, on its file and line, as a test-crash", async () => {
    const { code, report } = await runSuite({ "tests/test_k.py": "import os, signal\ndef test_a():\n    pass\ndef test_kill():\n    os.kill(os.getpid(), signal.SIGKILL)\ndef test_after():\n    pass\n" });
    expect(code, report.message).toBe(1);
    expect(report.message).toContain("the suite stopped during tests/test_k.py::test_kill: pytest was killed by SIGKILL");
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-crash", file: "tests/test_k.py", line: 4, message: expect.stringContaining("tests/test_k.py::test_kill") })]);
  }, 60_000);

  it("a test that calls os._exit(0) is named, and the suite is not said to have not run", async () => {
    const { code, report } = await runSuite({ "tests/test_e.py": "import os\ndef test_a():\n    pass\ndef test_exit():\n    os._exit(0)\n" });
    expect(code, report.message).toBe(1);
    expect(report.message).toContain("the suite stopped during tests/test_e.py::test_exit");
    expect(report.message).toContain("exit code 0");
    expect(report.message).not.toContain("did not run the suite");
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-crash", file: "tests/test_e.py", line: 4 })]);
  }, 60_000);

  it("a native crash is placed on the line pytest's faulthandler dump names", async () => {
    const { code, report } = await runSuite({ "tests/test_s.py": "import ctypes\n\n\ndef test_segv():\n    x = 1\n    ctypes.string_at(0)\n" });
    expect(code, report.message).toBe(1);
    expect(report.message).toContain("killed by SIGSEGV");
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-crash", file: "tests/test_s.py", line: 6 })]);
  }, 60_000);

  it("a pytest usage error (pytest ends while starting, exit 4) is still no crash", async () => {
    const project = makeTempTree({ ...BASE, "tests/test_x.py": "def test_x():\n    pass\n" });
    const result = await cli(["test", project.dir, "--airflow", "none", "--work-dir", tempDirPath("astro-ci-test-work-"), "--", "--no-such-pytest-option"], project.dir);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain("the suite stopped");
  }, 60_000);
});

describe("a conftest.py that hangs while pytest loads it", () => {
  it("is stopped at the limit (not the backstop) and annotated on the conftest's line, never on a folder", async () => {
    const started = Date.now();
    const { code, report } = await runSuite({ "tests/conftest.py": "import time\nx = 1\ntime.sleep(600)\n", "tests/test_a.py": "def test_a():\n    pass\n" }, ["--timeout", "3"]);
    expect(code, report.message).toBe(1);
    expect(report.message).toContain("pytest was stopped after 3 s (the test time limit): it was still loading tests/conftest.py");
    expect(report.findings).toEqual([expect.objectContaining({ checkId: "test-timeout", file: "tests/conftest.py", line: 3 })]);
    // The plugin's watchdog fired at the limit: the backstop kill comes 10 s after it.
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 60_000);
});

describe("where pytest was, from the progress file and a stack dump", () => {
  const root = "/tmp/astro-ci-tests-x/proj";
  const dump = [
    "Thread 0x00007f01 (most recent call first):",
    `  File "${root}/include/poller.py", line 9 in poll`,
    '  File "/usr/lib/python3.11/threading.py", line 1002 in _bootstrap',
    "",
    "Thread 0x00007f00 (most recent call first):",
    `  File "${root}/.venv/lib/python3.11/site-packages/lib/x.py", line 4 in wait`,
    `  File "${root}/include/helpers.py", line 12 in connect`,
    `  File "${root}/tests/conftest.py", line 3 in <module>`,
    '  File "/usr/lib/python3.11/site-packages/_pytest/config/__init__.py", line 731 in _importconftest',
    "",
  ].join("\n");

  it("at start-up, the deepest project frame of the thread running pytest (not a package, not another thread)", () => {
    expect(pytestPosition(JSON.stringify({ phase: "startup" }), dump, root)).toEqual({ phase: "startup", file: "include/helpers.py", line: 12 });
  });

  it("no file and no line when the dump has no project frame: never a folder", () => {
    expect(pytestPosition(JSON.stringify({ phase: "startup" }), "", root)).toEqual({ phase: "startup" });
    expect(pytestPosition(JSON.stringify({ phase: "collect", nodeid: "tests/sub" }), "", root)).toEqual({ phase: "collect", nodeid: "tests/sub" });
    expect(pytestPosition("", "", root)).toEqual({ phase: "unknown" });
  });

  it("a run that pytest finished, or ended while starting with one of its own exit codes, did not crash", () => {
    const dir = tempDirPath("astro-ci-progress-");
    const progress = join(dir, "progress.json");
    writeFileSync(progress, JSON.stringify({ phase: "finished", junitxml: true }));
    expect(endedDuringRun(progress, "", root, 0)).toBeUndefined();
    writeFileSync(progress, JSON.stringify({ phase: "startup" }));
    expect(endedDuringRun(progress, "", root, 4)).toBeUndefined();
    expect(endedDuringRun(progress, "", root, 0)).toEqual({ phase: "startup", exitCode: 0 });
    writeFileSync(progress, JSON.stringify({ phase: "test", nodeid: "tests/test_a.py::test_a", file: "tests/test_a.py", line: 7 }));
    expect(endedDuringRun(progress, "", root, 137, "SIGKILL")).toEqual({ phase: "test", nodeid: "tests/test_a.py::test_a", file: "tests/test_a.py", line: 7, exitCode: 137, signal: "SIGKILL" });
  });
});
