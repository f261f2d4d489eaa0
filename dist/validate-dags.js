import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-QDC4FIX3.js";
import {
  formatJsonReport
} from "./chunk-QZZC4JFI.js";
import {
  defaultCacheDir
} from "./chunk-GHXIO2AJ.js";
import {
  runValidation
} from "./chunk-UFWNYEU2.js";
import {
  describeStatic,
  isEmptyDiff
} from "./chunk-TMB4QQ27.js";
import "./chunk-JA3KPWQQ.js";
import "./chunk-XEWGXLNW.js";
import "./chunk-KMDYCKWP.js";
import "./chunk-BCJWO2QU.js";
import "./chunk-W4446L2Y.js";
import "./chunk-CMMTSLCN.js";
import {
  createDefaultAnalyzer
} from "./chunk-HD3VSPYA.js";
import "./chunk-FAVP5ZOJ.js";
import "./chunk-5BAC55PO.js";
import "./chunk-2EJ62UUB.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-IV5PKLDA.js";
import "./chunk-A43W7ULI.js";
import "./chunk-JKFYA7F3.js";
import "./chunk-XQTGF5NC.js";
import {
  FORK_CODE_FIX,
  forkCodeRefusal,
  refuseForkCode
} from "./chunk-7PE52MXD.js";
import {
  createRunSecrets,
  reportFindingsAsCheckRun
} from "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import {
  upsertStickyComment
} from "./chunk-2PWEFSMI.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getBooleanInput,
  getChoiceInput,
  getOptionalBooleanInput,
  getOptionalInput,
  resolveInsideWorkspace,
  runWrapper,
  usableCacheDir
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import {
  details,
  escapeMarkdownTableCell,
  markdownCode,
  markdownTable,
  truncateMarkdown
} from "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import {
  makeDirectory
} from "./chunk-DW2KAGUK.js";
import {
  plural
} from "./chunk-ADQZYKCI.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/actions/validate-dags/run.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/reports/report-markdown.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function countsLine(report) {
  const c = report.counts;
  const bold = (n, word) => `**${n}** ${plural(n, word).replace(/^\d+ /, "")}`;
  return `${bold(c.errors, "error")} \xB7 ${bold(c.warnings, "warning")} \xB7 ${bold(c.notices, "notice")} \xB7 ${plural(c.dags, "DAG")} in ${plural(c.files, "file")}`;
}
function findingRows(findings, limit) {
  return findings.slice(0, limit).map((f) => [
    `${ICON[f.severity]} ${f.severity}`,
    markdownCode(`${f.file}:${f.line}`),
    markdownCode(f.checkId),
    escapeMarkdownTableCell(f.fix ? `${f.message} \u2014 fix: ${f.fix}` : f.message)
  ]);
}
function formatDagDiffMarkdown(diff, base) {
  if (isEmptyDiff(diff)) return `No DAG changes against \`${base.slice(0, 12)}\` (${plural(diff.unchanged, "DAG")} unchanged).`;
  const rows = [];
  const notLoaded = (dag) => dag.loaded === false ? ` \u26A0\uFE0F not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : "";
  for (const dag of diff.added) rows.push(["\u{1F195} added", markdownCode(describeStatic(dag.dagId)), markdownCode(dag.file), `schedule ${escapeMarkdownTableCell(describeStatic(dag.schedule))}, ${escapeMarkdownTableCell(describeStatic(dag.taskCount))} tasks`]);
  for (const dag of diff.removed) rows.push(["\u{1F5D1}\uFE0F removed", markdownCode(describeStatic(dag.dagId)), markdownCode(dag.file), ""]);
  for (const r of diff.renamed) rows.push(["\u270F\uFE0F renamed", `${markdownCode(describeStatic(r.before.dagId))} \u2192 ${markdownCode(describeStatic(r.after.dagId))}`, markdownCode(r.after.file), notLoaded(r.after).trim()]);
  for (const c of diff.changed) {
    rows.push([
      "\u{1F501} changed",
      markdownCode(describeStatic(c.dag.dagId)),
      markdownCode(c.dag.file),
      escapeMarkdownTableCell(c.changes.map((ch) => `${ch.field}: ${ch.before} \u2192 ${ch.after}`).join("; ")) + notLoaded(c.dag)
    ]);
  }
  return `DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} unchanged):

${markdownTable(["", "DAG", "File", "Details"], rows)}`;
}
function skippedDagDiffMarkdown(skipped) {
  return `\u26A0\uFE0F DAG diff skipped: ${escapeMarkdownTableCell(skipped.reason)}${skipped.fix ? `. Fix: ${escapeMarkdownTableCell(skipped.fix)}` : ""}`;
}
function formatSummaryMarkdown(report, options = {}) {
  const limit = options.findingLimit ?? 200;
  const parts = [`## astro-ci / validate-dags ${report.failed ? "\u274C" : "\u2705"}`, countsLine(report)];
  for (const project of report.projects) {
    parts.push(`### ${escapeMarkdownTableCell(project.name)} \u2014 Airflow ${project.airflowVersion}${project.runtimeImage ? ` (${markdownCode(project.runtimeImage, { inTable: false })})` : ""}`);
    parts.push(`Dynamic import check: ${project.dynamic.status === "ran" ? "\u2705" : project.dynamic.status === "off" ? "\u23ED\uFE0F" : "\u26A0\uFE0F"} ${escapeMarkdownTableCell(project.dynamic.message)}`);
    if (project.findings.length) {
      parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(project.findings, limit)));
      if (project.findings.length > limit) parts.push(`\u2026 and ${plural(project.findings.length - limit, "more finding")} (see the JSON report).`);
    } else parts.push("No findings.");
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(skippedDagDiffMarkdown(project.dagDiff));
    const dagRows = project.dags.map((dag) => [
      markdownCode(describeStatic(dag.dagId)) + (dag.loaded === false ? ` \u26A0\uFE0F not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : ""),
      markdownCode(`${dag.file}:${dag.line}`),
      escapeMarkdownTableCell(describeStatic(dag.schedule)),
      escapeMarkdownTableCell(describeStatic(dag.tags)),
      escapeMarkdownTableCell(describeStatic(dag.owner)),
      escapeMarkdownTableCell(describeStatic(dag.retries)),
      escapeMarkdownTableCell(describeStatic(dag.taskCount))
    ]);
    if (dagRows.length) parts.push(details(plural(dagRows.length, "DAG"), markdownTable(["DAG", "File", "Schedule", "Tags", "Owner", "Retries", "Tasks"], dagRows)));
    if (project.filesIgnored?.length) {
      parts.push(
        details(
          `${project.filesIgnored.length} DAG-like files hidden by .airflowignore`,
          project.filesIgnored.map((h) => `- \`${h.file}\`: ${h.ignoreFile} line ${h.line}: \`${h.pattern}\``).join("\n")
        )
      );
    }
    if (project.filesSkipped.length) {
      parts.push(details(`${plural(project.filesSkipped.length, "file")} skipped`, project.filesSkipped.map((s) => `- ${markdownCode(s.file, { inTable: false })}: ${escapeMarkdownTableCell(s.reason)}`).join("\n")));
    }
  }
  return parts.join("\n\n") + "\n";
}
function formatCommentMarkdown(report, links) {
  const parts = [`### astro-ci / validate-dags ${report.failed ? "\u274C" : "\u2705"}`, countsLine(report)];
  for (const project of report.projects) {
    if (report.projects.length > 1) parts.push(`**${escapeMarkdownTableCell(project.name)}**`);
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(skippedDagDiffMarkdown(project.dagDiff));
    const errors = project.findings.filter((f) => f.severity === "error");
    if (errors.length) parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(errors, 20)));
  }
  const link = links.checkRunUrl ?? links.summaryUrl;
  if (link) parts.push(`[Full results](${link})`);
  return parts.join("\n\n") + "\n";
}

// src/actions/validate-dags/settings.ts
import { homedir } from "node:os";
import { resolve } from "node:path";
function readValidateDagsSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectInput = getOptionalInput(read, "project-path");
  const configInput = getOptionalInput(read, "config");
  const cacheInput = getOptionalInput(read, "cache");
  const cacheOff = cacheInput !== void 0 && /^false$/i.test(cacheInput);
  const cache = cacheOff ? {} : usableCacheDir(workspace, cacheInput, "cache");
  return {
    workspace,
    projectPath: projectInput === void 0 ? void 0 : projectsOrOne(workspace, resolveInsideWorkspace(workspace, projectInput, "project-path")),
    configPath: configInput === void 0 ? void 0 : resolveInsideWorkspace(workspace, configInput, "config"),
    githubToken: getOptionalInput(read, "github-token"),
    failOn: getChoiceInput(read, "fail-on", ["error", "warning", "never"]),
    comment: getBooleanInput(read, "comment", false),
    cacheDir: cache.dir,
    // On by default, like the CLI's: persist ~/.cache/astro-ci with actions/cache, or name a folder in `cache`.
    analysisCacheDir: cacheOff ? void 0 : cacheInput !== void 0 ? cache.dir : defaultCacheDir(env, homedir()),
    outputDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    dynamic: getChoiceInput(read, "dynamic", ["auto", "required", "off"]),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image"]),
    notices: cache.notice ? [cache.notice] : [],
    stubLookups: getOptionalBooleanInput(read, "stub-lookups")
  };
}
function projectsOrOne(workspace, abs) {
  return abs === workspace ? void 0 : abs;
}

// src/actions/validate-dags/run.ts
var CHECK_RUN_NAME = "astro-ci / validate-dags";
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
async function runValidateDags(env, runtime, deps = {}) {
  const settings = readValidateDagsSettings(createEnvInputReader(env), env);
  for (const notice of settings.notices) runtime.notice(notice);
  const secrets = createRunSecrets(runtime);
  secrets.mask(settings.githubToken);
  const context = readGitHubContext(env);
  const dynamicSetting = await dynamicSettingForEvent(settings, context, runtime);
  const analyzer = deps.analyzer ?? await createDefaultAnalyzer({ warn: (message) => runtime.warning(message, { title: "Static analysis slowed down" }) });
  let report;
  try {
    report = await runValidation({
      repoRoot: settings.workspace,
      configPath: settings.configPath,
      projectPath: settings.projectPath,
      cacheDir: settings.analysisCacheDir,
      failOn: settings.failOn,
      baseRef: context.pullRequestNumber !== void 0 ? context.baseSha : void 0,
      git: createGit(settings.workspace),
      analyzer,
      logger: runtime,
      dynamic: {
        setting: dynamicSetting,
        mode: settings.airflow,
        stubLookups: settings.stubLookups,
        defaults: { setting: "auto", mode: "auto" },
        workDir: settings.cacheDir ?? settings.outputDir
      }
    });
  } finally {
    if (!deps.analyzer) await analyzer.close();
  }
  const skippedDiffs = new Set(report.projects.flatMap((p) => p.dagDiff?.status === "skipped" ? [`${p.dagDiff.reason}${p.dagDiff.fix ? `. Fix: ${p.dagDiff.fix}` : ""}`] : []));
  for (const text of skippedDiffs) runtime.warning(`The DAG diff against the pull request's base was skipped: ${text}`, { title: "DAG diff skipped" });
  await makeDirectory(settings.outputDir);
  const reportPath = join(settings.outputDir, "validate-dags-report.json");
  const sarifPath = join(settings.outputDir, "validate-dags.sarif");
  await writeFile(reportPath, formatJsonReport(report));
  await writeFile(sarifPath, JSON.stringify(toSarifReport(report), null, 2) + "\n");
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  await runtime.appendSummary(truncateMarkdown(formatSummaryMarkdown(report), SUMMARY_LIMIT_BYTES, "\n\n\u2026 truncated; the full report is the `report-path` output file.\n"));
  const checkRunUrl = await reportToGitHub(report, settings.githubToken, context, runtime, summaryUrl, secrets.scrub);
  if (settings.comment) await postComment(report, settings.githubToken, context, runtime, { checkRunUrl, summaryUrl }, secrets.scrub);
  runtime.setOutput("errors", report.counts.errors);
  runtime.setOutput("warnings", report.counts.warnings);
  runtime.setOutput("dag-count", report.counts.dags);
  runtime.setOutput("report-path", reportPath);
  runtime.setOutput("sarif-path", sarifPath);
  const failureMessage = report.failed ? `validate-dags found ${plural(report.counts.errors, "error")} and ${plural(report.counts.warnings, "warning")} (fail-on: ${report.projects.map((p) => p.failOn).join(", ")})` : void 0;
  return { report, reportPath, sarifPath, failureMessage };
}
async function dynamicSettingForEvent(settings, context, runtime) {
  if (settings.dynamic === "off") return settings.dynamic;
  const checkouts = [createGit(settings.workspace), ...settings.projectPath ? [createGit(settings.projectPath)] : []];
  if (settings.dynamic === "required") {
    await refuseForkCode(context, checkouts, "validate-dags' dynamic tier (dynamic: required)");
    return settings.dynamic;
  }
  const why = await forkCodeRefusal(context, checkouts);
  if (!why) return settings.dynamic;
  runtime.warning(`Dynamic import checks are off for this run: validate-dags does not import a fork's DAG files with this repository's secrets (${why}); only the static checks, which run no project code, run. Fix: ${FORK_CODE_FIX}`, { title: "Dynamic import checks off" });
  return "off";
}
function reportToGitHub(report, token, context, runtime, summaryUrl, scrub) {
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
      scrub
    },
    runtime
  );
}
async function postComment(report, token, context, runtime, links, scrub) {
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
      body: formatCommentMarkdown(report, links),
      scrub
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
