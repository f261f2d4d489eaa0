// The test action's job summary on every way a run fails: it showed `## astro-ci / test ✅` and `0 passed` when no
// test was collected (the step itself failing), and ⚠️ with the raw message for a run that stopped. Now ❌ and the
// reason whenever the run fails. The action against real pytest (python3 with pytest, `airflow: none`).
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runTestAction } from "../../src/actions/test/run.js";
import type { CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { ConfigurationError } from "../../src/errors.js";
import { formatTestSummaryMarkdown } from "../../src/testing/test-findings.js";
import { parseJUnitXml } from "../../src/test-report/junit.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";

const BASE = { "airflow/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "airflow/requirements.txt": "" };

function actionEnv(files: Record<string, string>, inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const workspace = makeTempTree({ ...BASE, ...files }).dir;
  const runner = tempDirPath("astro-ci-runner-");
  writeFileSync(join(runner, "event.json"), "{}");
  return {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner,
    GITHUB_REPOSITORY: "o/r",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: join(runner, "event.json"),
    GITHUB_SHA: "f".repeat(40),
    INPUT_PROJECT_PATH: "airflow",
    INPUT_AIRFLOW: "none",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

function recordingRuntime(): { summaries: string[]; runtime: never } {
  const summaries: string[] = [];
  const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, notice: () => {}, appendSummary: async (m: string) => void summaries.push(m) });
  return { summaries, runtime: runtime as never };
}

describe("the test action's job summary", () => {
  it("no test collected (tests/ holds only a helper): ❌ and the reason, as the failing step says", async () => {
    const { summaries, runtime } = recordingRuntime();
    const { failureMessage } = await runTestAction(actionEnv({ "airflow/tests/helpers.py": "x = 1\n" }), runtime);
    expect(failureMessage).toContain("no tests were collected");
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).not.toContain("✅");
    expect(summaries[0]).toContain("no tests were collected in tests/");
  }, 60_000);

  it("a test that ends pytest's process: ❌, the reason, the test's place and pytest's last lines", async () => {
    const { summaries, runtime } = recordingRuntime();
    const { failureMessage } = await runTestAction(actionEnv({ "airflow/tests/test_e.py": "import os\ndef test_a():\n    pass\ndef test_exit():\n    os._exit(0)\n" }), runtime);
    expect(failureMessage).toContain("the suite stopped during tests/test_e.py::test_exit");
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).toContain("the suite stopped during tests/test_e.py::test_exit");
    expect(summaries[0]).toContain("`airflow/tests/test_e.py:4`");
    expect(summaries[0]).toMatch(/pytest's last lines:\n\n```text\n[^]*tests\/test_e\.py \.\n```/);
  }, 60_000);

  it("the time limit: ❌ and what was still running", async () => {
    const { summaries, runtime } = recordingRuntime();
    await runTestAction(actionEnv({ "airflow/tests/test_h.py": "import time\ndef test_hangs():\n    time.sleep(600)\n" }, { timeout: "2" }), runtime);
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).toContain("pytest was stopped after 2 s (the test time limit): tests/test_h.py::test_hangs was still running");
  }, 60_000);

  it("a conftest.py that cannot be loaded: ❌, the reason and the conftest's line", async () => {
    const { summaries, runtime } = recordingRuntime();
    await runTestAction(actionEnv({ "airflow/tests/conftest.py": "import os\n\nraise KeyError('missing')\n", "airflow/tests/test_x.py": "def test_x():\n    pass\n" }), runtime);
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).toContain("pytest could not load tests/conftest.py");
    expect(summaries[0]).toContain("`airflow/tests/conftest.py:3`");
  }, 60_000);

  it("no pytest in that Python: ❌, the reason and the fix", async () => {
    const { summaries, runtime } = recordingRuntime();
    const runner: CommandRunner = { run: async () => ({ exitCode: 1, stdout: "", stderr: "/usr/bin/python3: No module named pytest\n" }) };
    const { failureMessage } = await runTestAction(actionEnv({ "airflow/tests/test_x.py": "def test_x():\n    pass\n" }), runtime, { runner });
    expect(failureMessage).toContain("has no pytest");
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).toContain("has no pytest");
    expect(summaries[0]).toContain("Fix: install pytest in that Python");
  });

  it("no Python at all (the step fails with the configuration error): ❌ and the error, not an empty summary", async () => {
    const { summaries, runtime } = recordingRuntime();
    const runner: CommandRunner = { run: async () => ({ exitCode: 127, stdout: "", stderr: "spawn python3 ENOENT" }) };
    const error = await runTestAction(actionEnv({ "airflow/tests/test_x.py": "def test_x():\n    pass\n" }), runtime, { runner }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(summaries[0]).toContain("## astro-ci / test ❌");
    expect(summaries[0]).toContain("python3 was not found on PATH");
  });

  it("a passing run is ✅; an empty run that is allowed is ⚠️, never ✅ or ❌", () => {
    const passed = parseJUnitXml('<testsuites><testsuite name="pytest" tests="1"><testcase classname="tests.test_a" name="test_ok" time="0.5"/></testsuite></testsuites>');
    expect(formatTestSummaryMarkdown({ status: "ran", message: "1 passed", failed: false, report: passed, findings: [], environment: "python3" })).toMatch(/^## astro-ci \/ test ✅\n\n\*\*1\*\* passed/);
    const empty = formatTestSummaryMarkdown({ status: "ran", message: "no tests: the project has no tests/ folder (allowed: allow-no-tests)", failed: false, findings: [] });
    expect(empty).toMatch(/^## astro-ci \/ test ⚠️\n\nno tests: the project has no tests\/ folder/);
  });

  it("pytest's output cannot close its code block or write Markdown and HTML into the summary", () => {
    const summary = formatTestSummaryMarkdown({ status: "failed", message: "the suite stopped <b>x</b>\n```\n# injected", failed: true, findings: [] });
    expect(summary).toContain("the suite stopped &lt;b>x&lt;/b>");
    expect(summary).toContain("````text\n```\n# injected\n````");
  });
});
