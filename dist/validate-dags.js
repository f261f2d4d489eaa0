import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-AG2DLHWW.js";
import {
  createDefaultAnalyzer,
  createGit,
  describeStatic,
  isEmptyDiff,
  runValidation
} from "./chunk-YGIXS3SQ.js";
import "./chunk-NZL7AQT6.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  createOctokit,
  getBooleanInput,
  getChoiceInput,
  getOptionalInput,
  readGitHubContext,
  reportFindingsAsCheckRun,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-7YKZB7TG.js";
import {
  details,
  escapeMarkdownTableCell,
  markdownTable,
  truncateMarkdown
} from "./chunk-ZH65N3KT.js";
import "./chunk-PV4T63TV.js";

// src/actions/validate-dags/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/reports/report-markdown.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function countsLine(report) {
  const c = report.counts;
  return `**${c.errors}** errors \xB7 **${c.warnings}** warnings \xB7 **${c.notices}** notices \xB7 ${c.dags} DAGs in ${c.files} files`;
}
function findingRows(findings, limit) {
  return findings.slice(0, limit).map((f) => [
    `${ICON[f.severity]} ${f.severity}`,
    `\`${f.file}:${f.line}\``,
    `\`${f.checkId}\``,
    escapeMarkdownTableCell(f.fix ? `${f.message} \u2014 fix: ${f.fix}` : f.message)
  ]);
}
function formatDagDiffMarkdown(diff, base) {
  if (isEmptyDiff(diff)) return `No DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} DAGs unchanged).`;
  const rows = [];
  for (const dag of diff.added) rows.push(["\u{1F195} added", `\`${describeStatic(dag.dagId)}\``, `\`${dag.file}\``, `schedule ${escapeMarkdownTableCell(describeStatic(dag.schedule))}, ${describeStatic(dag.taskCount)} tasks`]);
  for (const dag of diff.removed) rows.push(["\u{1F5D1}\uFE0F removed", `\`${describeStatic(dag.dagId)}\``, `\`${dag.file}\``, ""]);
  for (const r of diff.renamed) rows.push(["\u270F\uFE0F renamed", `\`${describeStatic(r.before.dagId)}\` \u2192 \`${describeStatic(r.after.dagId)}\``, `\`${r.after.file}\``, ""]);
  for (const c of diff.changed) {
    rows.push([
      "\u{1F501} changed",
      `\`${describeStatic(c.dag.dagId)}\``,
      `\`${c.dag.file}\``,
      escapeMarkdownTableCell(c.changes.map((ch) => `${ch.field}: ${ch.before} \u2192 ${ch.after}`).join("; "))
    ]);
  }
  return `DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} unchanged):

${markdownTable(["", "DAG", "File", "Details"], rows)}`;
}
function formatSummaryMarkdown(report, options = {}) {
  const limit = options.findingLimit ?? 200;
  const parts = [`## astro-ci / validate-dags ${report.failed ? "\u274C" : "\u2705"}`, countsLine(report)];
  for (const project of report.projects) {
    parts.push(`### ${escapeMarkdownTableCell(project.name)} \u2014 Airflow ${project.airflowVersion}${project.runtimeImage ? ` (\`${project.runtimeImage}\`)` : ""}`);
    parts.push(`Dynamic import check: ${project.dynamic.status === "ran" ? "\u2705" : project.dynamic.status === "off" ? "\u23ED\uFE0F" : "\u26A0\uFE0F"} ${escapeMarkdownTableCell(project.dynamic.message)}`);
    if (project.findings.length) {
      parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(project.findings, limit)));
      if (project.findings.length > limit) parts.push(`\u2026 and ${project.findings.length - limit} more findings (see the JSON report).`);
    } else parts.push("No findings.");
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    const dagRows = project.dags.map((dag) => [
      `\`${escapeMarkdownTableCell(describeStatic(dag.dagId))}\``,
      `\`${dag.file}:${dag.line}\``,
      escapeMarkdownTableCell(describeStatic(dag.schedule)),
      escapeMarkdownTableCell(describeStatic(dag.tags)),
      escapeMarkdownTableCell(describeStatic(dag.owner)),
      escapeMarkdownTableCell(describeStatic(dag.retries)),
      escapeMarkdownTableCell(describeStatic(dag.taskCount))
    ]);
    if (dagRows.length) parts.push(details(`${dagRows.length} DAGs`, markdownTable(["DAG", "File", "Schedule", "Tags", "Owner", "Retries", "Tasks"], dagRows)));
    if (project.filesSkipped.length) {
      parts.push(details(`${project.filesSkipped.length} files skipped`, project.filesSkipped.map((s) => `- \`${s.file}\`: ${s.reason}`).join("\n")));
    }
  }
  return parts.join("\n\n") + "\n";
}
function formatCommentMarkdown(report, links) {
  const parts = [`### astro-ci / validate-dags ${report.failed ? "\u274C" : "\u2705"}`, countsLine(report)];
  for (const project of report.projects) {
    if (report.projects.length > 1) parts.push(`**${escapeMarkdownTableCell(project.name)}**`);
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    const errors = project.findings.filter((f) => f.severity === "error");
    if (errors.length) parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(errors, 20)));
  }
  const link = links.checkRunUrl ?? links.summaryUrl;
  if (link) parts.push(`[Full results](${link})`);
  return parts.join("\n\n") + "\n";
}

// src/github/sticky-comment.ts
var MAX_COMMENT_LENGTH = 65536;
var DEFAULT_BOT_LOGIN = "github-actions[bot]";
var markerComment = (marker) => `<!-- ${marker} -->`;
async function findSticky(client, request) {
  const login = request.botLogin ?? DEFAULT_BOT_LOGIN;
  const tag = markerComment(request.marker);
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100
  })) {
    const match = page.data.find((c) => c.user?.login === login && (c.body ?? "").includes(tag));
    if (match) return { id: match.id, html_url: match.html_url };
  }
  return void 0;
}
async function upsertStickyComment(client, request) {
  const tag = markerComment(request.marker);
  const pointer = "\n\n\u2026 truncated; see the check run or job summary for everything.";
  let body = `${tag}
${request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - pointer.length).replace(/\n[^\n]*$/, "") + pointer;
  const existing = await findSticky(client, request);
  if (existing) {
    const updated = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { action: "updated", id: updated.data.id, htmlUrl: updated.data.html_url };
  }
  const created = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body });
  return { action: "created", id: created.data.id, htmlUrl: created.data.html_url };
}

// src/actions/validate-dags/settings.ts
import { resolve } from "node:path";
function readValidateDagsSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectInput = getOptionalInput(read, "project-path");
  const configInput = getOptionalInput(read, "config");
  const cacheInput = getOptionalInput(read, "cache");
  return {
    workspace,
    projectPath: projectInput === void 0 || projectInput === "." ? void 0 : resolveInsideWorkspace(workspace, projectInput, "project-path"),
    configPath: configInput === void 0 ? void 0 : resolveInsideWorkspace(workspace, configInput, "config"),
    githubToken: getOptionalInput(read, "github-token"),
    failOn: getChoiceInput(read, "fail-on", ["error", "warning", "never"]),
    comment: getBooleanInput(read, "comment", false),
    // The cache may live outside the workspace (e.g. RUNNER_TEMP), so it is not confined.
    cacheDir: cacheInput === void 0 ? void 0 : resolve(workspace, cacheInput),
    outputDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    dynamic: getChoiceInput(read, "dynamic", ["auto", "required", "off"]),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image"])
  };
}

// src/actions/validate-dags/run.ts
var CHECK_RUN_NAME = "astro-ci / validate-dags";
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
async function runValidateDags(env, runtime, deps = {}) {
  const settings = readValidateDagsSettings(createEnvInputReader(env), env);
  if (settings.githubToken) runtime.setSecret(settings.githubToken);
  const context = readGitHubContext(env);
  const analyzer = deps.analyzer ?? await createDefaultAnalyzer();
  let report;
  try {
    report = await runValidation({
      repoRoot: settings.workspace,
      configPath: settings.configPath,
      projectPath: settings.projectPath,
      cacheDir: settings.cacheDir,
      failOn: settings.failOn,
      baseRef: context.pullRequestNumber !== void 0 ? context.baseSha : void 0,
      git: createGit(settings.workspace),
      analyzer,
      logger: runtime,
      dynamic: {
        setting: settings.dynamic,
        mode: settings.airflow,
        defaults: { setting: "auto", mode: "auto" },
        workDir: settings.cacheDir ?? settings.outputDir
      }
    });
  } finally {
    if (!deps.analyzer) await analyzer.close();
  }
  await mkdir(settings.outputDir, { recursive: true });
  const reportPath = join(settings.outputDir, "validate-dags-report.json");
  const sarifPath = join(settings.outputDir, "validate-dags.sarif");
  await writeFile(reportPath, JSON.stringify(report, null, 2) + "\n");
  await writeFile(sarifPath, JSON.stringify(toSarifReport(report), null, 2) + "\n");
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  await runtime.appendSummary(truncateMarkdown(formatSummaryMarkdown(report), SUMMARY_LIMIT_BYTES, "\n\n\u2026 truncated; the full report is the `report-path` output file.\n"));
  const checkRunUrl = await reportToGitHub(report, settings.githubToken, context, runtime, summaryUrl);
  if (settings.comment) await postComment(report, settings.githubToken, context, runtime, { checkRunUrl, summaryUrl });
  runtime.setOutput("errors", report.counts.errors);
  runtime.setOutput("warnings", report.counts.warnings);
  runtime.setOutput("dag-count", report.counts.dags);
  runtime.setOutput("report-path", reportPath);
  runtime.setOutput("sarif-path", sarifPath);
  const failureMessage = report.failed ? `validate-dags found ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${report.projects.map((p) => p.failOn).join(", ")})` : void 0;
  return { report, reportPath, sarifPath, failureMessage };
}
function reportToGitHub(report, token, context, runtime, summaryUrl) {
  return reportFindingsAsCheckRun(
    {
      name: CHECK_RUN_NAME,
      title: `${report.counts.errors} errors, ${report.counts.warnings} warnings in ${report.counts.dags} DAGs`,
      summary: formatSummaryMarkdown(report, { findingLimit: 50 }),
      findings: report.findings,
      conclusion: report.failed ? "failure" : report.counts.errors + report.counts.warnings > 0 ? "neutral" : "success",
      token,
      context,
      summaryUrl
    },
    runtime
  );
}
async function postComment(report, token, context, runtime, links) {
  if (context.pullRequestNumber === void 0) {
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
      body: formatCommentMarkdown(report, links)
    });
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404) {
      runtime.notice("astro-ci could not comment on the pull request (no 'pull-requests: write', or a fork); the results are in the job summary.");
      return;
    }
    throw error;
  }
}

// src/entries/validate-dags.ts
await runWrapper(() => runValidateDags(process.env, createActionsRuntime()));
