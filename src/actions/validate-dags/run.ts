import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createDefaultAnalyzer, type FileAnalyzer } from "../../dags/analyzer.js";
import { runValidation } from "../../commands/validate-dags.js";
import type { ValidationReport } from "../../commands/validate-dags.js";
import { formatCommentMarkdown, formatSummaryMarkdown } from "../../reports/report-markdown.js";
import { toSarifReport } from "../../reports/report-sarif.js";
import { formatJsonReport } from "../../reports/report-json.js";
import { readGitHubContext, type GitHubContext } from "../../github/context.js";
import { truncateMarkdown } from "../../github/markdown.js";
import { createOctokit } from "../../github/octokit.js";
import { upsertStickyComment } from "../../github/sticky-comment.js";
import { createRunSecrets } from "../run-secrets.js";
import type { AnnotationSink } from "../../github/workflow-annotations.js";
import { reportFindingsAsCheckRun } from "../check-run-report.js";
import { createGit } from "../../util/git.js";
import type { Logger } from "../../util/logger.js";
import { createEnvInputReader } from "../inputs.js";
import { readValidateDagsSettings, type ValidateDagsSettings } from "./settings.js";
import { FORK_CODE_FIX, forkCodeRefusal, refuseForkCode } from "../../github/fork-code.js";
import type { DynamicSetting } from "../../dynamic/dynamic-tier.js";
import { plural } from "../../util/numbers.js";
import { makeDirectory } from "../../util/make-directory.js";

export const CHECK_RUN_NAME = "astro-ci / validate-dags";
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/** What the action needs from the Actions runtime; `@actions/core` provides all of it. */
export interface ActionsRuntime extends AnnotationSink, Omit<Logger, "error" | "warning"> {
  setOutput(name: string, value: string | number): void;
  setSecret(secret: string): void;
  appendSummary(markdown: string): Promise<void>;
}

export interface ValidateDagsResult {
  report: ValidationReport;
  reportPath: string;
  sarifPath: string;
  /** Set when findings reach the failure level: the wrapper fails the step with it. */
  failureMessage?: string;
}

export async function runValidateDags(
  env: NodeJS.ProcessEnv,
  runtime: ActionsRuntime,
  deps: { analyzer?: FileAnalyzer } = {},
): Promise<ValidateDagsResult> {
  const settings = readValidateDagsSettings(createEnvInputReader(env), env);
  for (const notice of settings.notices) runtime.notice(notice);
  const secrets = createRunSecrets(runtime);
  secrets.mask(settings.githubToken);
  const context = readGitHubContext(env);
  const dynamicSetting = await dynamicSettingForEvent(settings, context, runtime);

  const analyzer = deps.analyzer ?? (await createDefaultAnalyzer({ warn: (message) => runtime.warning(message, { title: "Static analysis slowed down" }) }));
  let report: ValidationReport;
  try {
    report = await runValidation({
      repoRoot: settings.workspace,
      configPath: settings.configPath,
      projectPath: settings.projectPath,
      cacheDir: settings.analysisCacheDir,
      failOn: settings.failOn,
      baseRef: context.pullRequestNumber !== undefined ? context.baseSha : undefined,
      git: createGit(settings.workspace),
      analyzer,
      logger: runtime,
      dynamic: {
        setting: dynamicSetting,
        mode: settings.airflow,
        stubLookups: settings.stubLookups,
        defaults: { setting: "auto", mode: "auto" },
        workDir: settings.cacheDir ?? settings.outputDir,
      },
    });
  } finally {
    if (!deps.analyzer) await analyzer.close();
  }

  // A PR without its DAG diff (a shallow checkout whose base cannot be fetched) still passes, but visibly: one warning
  // annotation per distinct reason (every project shares the base), besides the line in the summary and comment.
  const skippedDiffs = new Set(report.projects.flatMap((p) => (p.dagDiff?.status === "skipped" ? [`${p.dagDiff.reason}${p.dagDiff.fix ? `. Fix: ${p.dagDiff.fix}` : ""}`] : [])));
  for (const text of skippedDiffs) runtime.warning(`The DAG diff against the pull request's base was skipped: ${text}`, { title: "DAG diff skipped" });

  await makeDirectory(settings.outputDir);
  const reportPath = join(settings.outputDir, "validate-dags-report.json");
  const sarifPath = join(settings.outputDir, "validate-dags.sarif");
  await writeFile(reportPath, formatJsonReport(report));
  await writeFile(sarifPath, JSON.stringify(toSarifReport(report), null, 2) + "\n");

  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  await runtime.appendSummary(truncateMarkdown(formatSummaryMarkdown(report), SUMMARY_LIMIT_BYTES, "\n\n… truncated; the full report is the `report-path` output file.\n"));

  const checkRunUrl = await reportToGitHub(report, settings.githubToken, context, runtime, summaryUrl, secrets.scrub);
  if (settings.comment) await postComment(report, settings.githubToken, context, runtime, { checkRunUrl, summaryUrl }, secrets.scrub);

  runtime.setOutput("errors", report.counts.errors);
  runtime.setOutput("warnings", report.counts.warnings);
  runtime.setOutput("dag-count", report.counts.dags);
  runtime.setOutput("report-path", reportPath);
  runtime.setOutput("sarif-path", sarifPath);

  const failureMessage = report.failed
    ? `validate-dags found ${plural(report.counts.errors, "error")} and ${plural(report.counts.warnings, "warning")} (fail-on: ${report.projects.map((p) => p.failOn).join(", ")})`
    : undefined;
  return { report, reportPath, sarifPath, failureMessage };
}

/**
 * The dynamic tier's setting for this run. The static tier reads files and runs no project code, so it runs on any
 * event; the dynamic tier imports the DAG files (and may pip install the requirements), so on a fork's pull request on
 * pull_request_target it is turned off with a warning, or, when the workflow asked for it (`dynamic: required`),
 * refused (exit 2) before anything runs (forkCodeRefusal). The input wins over `validate.dynamic` in astro-ci.yaml,
 * which the pull request may change; so does this `off`.
 */
async function dynamicSettingForEvent(settings: ValidateDagsSettings, context: GitHubContext, runtime: ActionsRuntime): Promise<DynamicSetting | undefined> {
  if (settings.dynamic === "off") return settings.dynamic;
  const checkouts = [createGit(settings.workspace), ...(settings.projectPath ? [createGit(settings.projectPath)] : [])];
  if (settings.dynamic === "required") {
    await refuseForkCode(context, checkouts, "validate-dags' dynamic tier (dynamic: required)");
    return settings.dynamic;
  }
  const why = await forkCodeRefusal(context, checkouts);
  if (!why) return settings.dynamic;
  runtime.warning(`Dynamic import checks are off for this run: validate-dags does not import a fork's DAG files with this repository's secrets (${why}); only the static checks, which run no project code, run. Fix: ${FORK_CODE_FIX}`, { title: "Dynamic import checks off" });
  return "off";
}

function reportToGitHub(report: ValidationReport, token: string | undefined, context: GitHubContext, runtime: ActionsRuntime, summaryUrl: string, scrub: (text: string) => string): Promise<string | undefined> {
  return reportFindingsAsCheckRun(
    {
      name: CHECK_RUN_NAME,
      title: `${plural(report.counts.errors, "error")}, ${plural(report.counts.warnings, "warning")} in ${plural(report.counts.dags, "DAG")}`,
      summary: formatSummaryMarkdown(report, { findingLimit: 50 }),
      findings: report.findings,
      conclusion: report.failed ? "failure" : report.counts.errors + report.counts.warnings > 0 ? "neutral" : "success",
      token,
      context,
      summaryUrl,
      scrub,
    },
    runtime,
  );
}

async function postComment(
  report: ValidationReport,
  token: string | undefined,
  context: GitHubContext,
  runtime: ActionsRuntime,
  links: { checkRunUrl?: string; summaryUrl?: string },
  /** The run's secret mask (the token): the comment is public. */
  scrub: (text: string) => string,
): Promise<void> {
  if (context.pullRequestNumber === undefined) {
    runtime.info("comment: true has no effect outside pull requests");
    return;
  }
  if (!token) {
    runtime.warning("comment: true needs github-token; no comment was posted");
    return;
  }
  const client = createOctokit({ token, baseUrl: context.apiUrl, logger: runtime });
  try {
    await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: context.pullRequestNumber,
      marker: "astro-ci:validate-dags",
      body: formatCommentMarkdown(report, links),
      scrub,
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      runtime.notice("astro-ci could not comment on the pull request (no 'pull-requests: write', or a fork); the results are in the job summary.");
      return;
    }
    throw error;
  }
}
