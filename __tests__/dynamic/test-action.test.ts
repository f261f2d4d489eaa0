import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync, cpSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJUnitXml, locateFailure, JUnitParseError } from "../../src/test-report/junit.js";
import { testProject } from "../../src/testing/test-project.js";
import { nodeCommandRunner } from "../../src/dynamic/command-runner.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixture = join(repoRoot, "__tests__/fixtures/test-action/project");
const standin = join(repoRoot, "__tests__/fixtures/dynamic/standin-airflow");

describe("JUnit XML reader", () => {
  it("reads pytest's xunit2 outcomes, entities and CDATA", () => {
    const report = parseJUnitXml(
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="4"><testcase classname="tests.test_a" name="test_ok" time="0.5"/><testcase classname="tests.test_a" name="test_bad" time="1.5"><failure message="assert 1 == 2">def test_bad():&#10;&gt;  assert 1 == 2&#10;tests/test_a.py:7: AssertionError</failure></testcase><testcase classname="tests.test_a" name="test_skip" time="0"><skipped type="pytest.skip" message="why">tests/test_a.py:9: why</skipped></testcase><testcase classname="" name="tests.test_b" time="0"><error message="collection failure"><![CDATA[ImportError while importing test module '/x/tests/test_b.py'.]]></error></testcase></testsuite></testsuites>`,
    );
    expect(report.totals).toEqual({ tests: 4, passed: 1, failed: 1, errors: 1, skipped: 1 });
    expect(report.tests[1]).toMatchObject({ outcome: "failed", message: "assert 1 == 2", time: 1.5 });
    expect(report.tests[1]?.text).toContain("> ");
    expect(report.collectionErrors.map((t) => t.name)).toEqual(["tests.test_b"]);
    expect(locateFailure(report.tests[1]!, (p) => p === "tests/test_a.py")).toEqual({ file: "tests/test_a.py", line: 7 });
  });

  it("refuses DOCTYPE and entity declarations, and broken XML", () => {
    expect(() => parseJUnitXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><testsuites/>')).toThrow(JUnitParseError);
    expect(() => parseJUnitXml("<testsuites><testsuite></testsuites>")).toThrow(JUnitParseError);
  });
});

describe("astro-ci test on a real pytest run", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("counts every outcome, reports the collection error as such, and places failures on test and DAG files", async () => {
    vi.stubEnv("PYTHONPATH", standin);
    const work = tempDirPath("astro-ci-test-work-");
    try {
      const result = await testProject({ projectRoot: fixture, repoRoot, paths: [], pytestArgs: [], mode: "installed", stubLookups: true, workDir: work, runner: nodeCommandRunner, logger: new RecordingLogger() });
      expect(result.status).toBe("ran");
      expect(result.totals).toEqual({ tests: 7, passed: 2, failed: 2, errors: 2, skipped: 1 });
      expect(result.collectionErrors).toBe(1);
      const where = result.findings.map((f) => `${f.checkId} ${f.file}:${f.line}`).sort();
      const base = "__tests__/fixtures/test-action/project";
      expect(where).toEqual(
        [
          `test-collection-error ${base}/tests/test_cannot_collect.py:1`,
          `test-error ${base}/tests/test_basics.py:15`,
          `test-failure ${base}/dags/broken_dag.py:3`,
          `test-failure ${base}/tests/test_basics.py:10`,
        ].sort(),
      );
      expect(existsSync(result.junitPath!)).toBe(true);
      // The suite ran on a copy: nothing was written into the project.
      expect(existsSync(join(fixture, ".astro-ci-junit.xml"))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("test action (bundled dist/test.js, GitHub API emulator)", () => {
  let emulator: GitHubEmulator;
  let workspace: string;
  beforeAll(async () => {
    emulator = await startGitHubEmulator();
    workspace = tempDirPath("astro-ci-test-action-");
    cpSync(fixture, join(workspace, "airflow"), { recursive: true });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it("creates the 'astro-ci / test' check run with one annotation per failure, outputs and a failing step", async () => {
    const runner = tempDirPath("astro-ci-runner-");
    const outputFile = join(runner, "output");
    const summaryFile = join(runner, "summary");
    const event = join(runner, "event.json");
    writeFileSync(outputFile, "");
    writeFileSync(summaryFile, "");
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, head: { sha: "e".repeat(40), repo: { full_name: "o/r" } }, base: { sha: "d".repeat(40), repo: { full_name: "o/r" } } } }));
    const run = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, "dist/test.js")],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            // The run's temp dir (the temp-dir guard sees what the action leaves there).
            TMPDIR: tmpdir(),
            PYTHONPATH: standin,
            RUNNER_TEMP: runner,
            GITHUB_OUTPUT: outputFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            GITHUB_REPOSITORY: "o/r",
            GITHUB_EVENT_NAME: "pull_request",
            GITHUB_EVENT_PATH: event,
            GITHUB_SHA: "f".repeat(40),
            GITHUB_API_URL: emulator.url,
            GITHUB_WORKSPACE: workspace,
            INPUT_PROJECT_PATH: "airflow",
            INPUT_AIRFLOW: "installed",
            INPUT_GITHUB_TOKEN: "ghs_test",
          },
        },
        (error, stdout) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }),
      ),
    );
    try {
      expect(run.code).toBe(1);
      const checkRun = [...emulator.state.checkRuns.values()][0];
      expect(checkRun).toMatchObject({ name: "astro-ci / test", head_sha: "e".repeat(40), conclusion: "failure" });
      expect(checkRun?.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(
        ["airflow/dags/broken_dag.py:3", "airflow/tests/test_basics.py:10", "airflow/tests/test_basics.py:15", "airflow/tests/test_cannot_collect.py:1"].sort(),
      );
      const outputs = readFileSync(outputFile, "utf8");
      for (const [name, value] of [["passed", "2"], ["failed", "2"], ["errors", "2"], ["skipped", "1"]]) expect(outputs).toMatch(new RegExp(`${name}<<[^\\n]+\\n${value}\\n`));
      expect(readFileSync(summaryFile, "utf8")).toContain("could not be collected");
      expect(emulator.validationErrors).toEqual([]);
    } finally {
      rmSync(runner, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a test suite that deletes files", () => {
  it("runs on a throwaway copy: the project's files survive", async () => {
    const work = tempDirPath("astro-ci-destructive-");
    const project = join(work, "project");
    cpSync(fixture, project, { recursive: true });
    writeFileSync(join(project, "tests", "test_destructive.py"), "import os, shutil\n\ndef test_wipes_the_project():\n    shutil.rmtree('dags')\n    os.remove('Dockerfile')\n");
    try {
      const result = await testProject({ projectRoot: project, repoRoot: work, paths: ["tests/test_destructive.py"], pytestArgs: [], mode: "none", stubLookups: false, workDir: join(work, "out"), runner: nodeCommandRunner, logger: new RecordingLogger() });
      expect(result.totals.passed).toBe(1);
      expect(existsSync(join(project, "dags", "good_dag.py"))).toBe(true);
      expect(existsSync(join(project, "Dockerfile"))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("test runner in the runtime image", () => {
  it("runs pytest with docker on a read-write copy, never the checkout, with the stubs mounted read-only", async () => {
    const { runProjectTests } = await import("../../src/testing/run-tests.js");
    const calls: string[][] = [];
    const runner = {
      async run(command: string, args: string[]) {
        calls.push([command, ...args]);
        if (command === "docker" && args[0] === "run") {
          // The recording docker writes what pytest would, into the mounted copy.
          const copy = (args[args.indexOf("-v") + 1] as string).split(":")[0] as string;
          writeFileSync(join(copy, ".astro-ci-junit.xml"), '<testsuites><testsuite><testcase classname="tests.t" name="test_x" time="0.1"/></testsuite></testsuites>');
        }
        return { exitCode: 0, stdout: "", stderr: "" };
      },
    };
    const work = tempDirPath("astro-ci-img-");
    try {
      const outcome = await runProjectTests({ projectRoot: fixture, repoRoot: fixture, airflowVersion: "2.10", runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0", paths: [], pytestArgs: ["-k", "x"], mode: "image", stubLookups: true, workDir: work, runner, logger: new RecordingLogger() });
      expect(outcome).toMatchObject({ status: "ran", report: { totals: { passed: 1 } } });
      const run = calls.find((c) => c[1] === "run") ?? [];
      expect(run.slice(0, 8)).toEqual(["docker", "run", "--rm", "--network", "none", "-w", "/usr/local/airflow", "-v"]);
      expect(run[8]).toMatch(/astro-ci-tests-.*:\/usr\/local\/airflow$/);
      expect(run[8]).not.toContain(fixture);
      expect(run).toEqual(expect.arrayContaining(["--entrypoint", "python", "quay.io/astronomer/astro-runtime:12.1.0", "-m", "pytest", "tests", "-p", "astro_ci_pytest_stubs", "-k", "x"]));
      expect(run.some((a) => a.endsWith(":/opt/astro-ci:ro"))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("in the image, the time limit's backstop kills the named container, not only the docker client", async () => {
    const { runProjectTests } = await import("../../src/testing/run-tests.js");
    const calls: { args: string[]; timeoutMs?: number }[] = [];
    const runner = {
      async run(command: string, args: string[], options?: { timeoutMs?: number }) {
        calls.push({ args: [command, ...args], timeoutMs: options?.timeoutMs });
        // The recording docker hangs until the backstop kills it.
        return command === "docker" && args[0] === "run" ? { exitCode: 1, stdout: "", stderr: "", timedOut: true } : { exitCode: 0, stdout: "", stderr: "" };
      },
    };
    const work = tempDirPath("astro-ci-img-");
    try {
      const outcome = await runProjectTests({ projectRoot: fixture, repoRoot: fixture, airflowVersion: "2.10", runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0", paths: [], pytestArgs: [], mode: "image", stubLookups: true, workDir: work, runner, logger: new RecordingLogger(), timeoutSeconds: 60 });
      expect(outcome).toMatchObject({ status: "failed", reason: expect.stringContaining("pytest was stopped after 1 min (the test time limit)") });
      const run = calls.find((c) => c.args[1] === "run");
      expect(run?.timeoutMs).toBe(70_000);
      const name = run?.args[(run?.args.indexOf("--name") ?? -2) + 1] ?? "";
      expect(name).toMatch(/^astro-ci-test-[0-9a-f]{12}$/);
      expect(run?.args).toEqual(expect.arrayContaining(["--astro-ci-timeout=60"]));
      expect(calls.map((c) => c.args)).toContainEqual(["docker", "kill", "--", name]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
