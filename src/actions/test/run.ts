import { classifyError } from "../../errors.js";
import { readGitHubContext } from "../../github/context.js";
import { refuseForkCode } from "../../github/fork-code.js";
import { truncateMarkdown } from "../../github/markdown.js";
import { projectCodeRunner } from "../../dynamic/command-runner.js";
import type { CommandRunner } from "../../dynamic/airflow-environment.js";
import { formatTestSummaryMarkdown } from "../../testing/test-findings.js";
import { testProject, type TestProjectResult } from "../../testing/test-project.js";
import { createGit } from "../../util/git.js";
import { reportFindingsAsCheckRun } from "../check-run-report.js";
import { createRunSecrets } from "../run-secrets.js";
import { createEnvInputReader } from "../inputs.js";
import type { ActionsRuntime } from "../validate-dags/run.js";
import { readTestSettings } from "./settings.js";

export const TEST_CHECK_RUN_NAME = "astro-ci / test";

export async function runTestAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime, deps: { runner?: CommandRunner } = {}): Promise<{ result: TestProjectResult; failureMessage?: string }> {
  const settings = readTestSettings(createEnvInputReader(env), env);
  for (const notice of settings.notices) runtime.notice(notice);
  const secrets = createRunSecrets(runtime);
  secrets.mask(settings.githubToken);
  const context = readGitHubContext(env);
  // Before pip or pytest: a fork's code never runs with this repository's secrets (pull_request_target).
  await refuseForkCode(context, [createGit(settings.workspace), createGit(settings.projectPath)], "the test action");
  let result: TestProjectResult;
  try {
    result = await testProject({
      projectRoot: settings.projectPath,
      repoRoot: settings.workspace,
      paths: settings.paths,
      pytestArgs: settings.pytestArgs,
      mode: settings.airflow,
      stubLookups: settings.stubLookups,
      allowNoTests: settings.allowNoTests,
      timeoutSeconds: settings.timeoutSeconds,
      workDir: settings.workDir,
      runner: deps.runner ?? projectCodeRunner,
      logger: runtime,
    });
  } catch (error) {
    // No Python, one that cannot start pytest, a project that cannot be read: the step fails with the error (the
    // wrapper); the job summary says so too rather than nothing.
    const message = classifyError(error).describe().replace(/\s*\n\s*/g, " ");
    // A summary that cannot be written must not hide the error itself.
    await runtime.appendSummary(formatTestSummaryMarkdown({ status: "unavailable", message, failed: true, findings: [] })).catch(() => undefined);
    throw error;
  }
  runtime.info(result.message);
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  const summary = formatTestSummaryMarkdown(result);
  await runtime.appendSummary(truncateMarkdown(summary, 1024 * 1024 - 4096, "\n\n… truncated; the JUnit file is the `junit-path` output.\n"));
  await reportFindingsAsCheckRun(
    {
      name: TEST_CHECK_RUN_NAME,
      title: result.message.split("\n")[0] ?? result.message,
      summary,
      findings: result.findings,
      conclusion: result.failed ? "failure" : "success",
      token: settings.githubToken,
      context,
      summaryUrl,
      scrub: secrets.scrub,
    },
    runtime,
  );
  runtime.setOutput("passed", result.totals.passed);
  runtime.setOutput("failed", result.totals.failed);
  runtime.setOutput("errors", result.totals.errors);
  runtime.setOutput("skipped", result.totals.skipped);
  runtime.setOutput("junit-path", result.junitPath ?? "");
  const failureMessage = result.failed && settings.failOnFailure ? (result.status === "ran" ? `tests failed: ${result.message}` : result.message) : undefined;
  return { result, failureMessage };
}
