import { details, escapeMarkdownTableCell, markdownCode, markdownTable } from "../github/markdown.js";
import { plural } from "../util/numbers.js";
import { describeStatic, isEmptyDiff, type DagDiff } from "../dags/dag-diff.js";
import type { ValidationReport } from "../commands/validate-dags.js";
import type { Finding } from "../core/findings.js";

const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" } as const;

function countsLine(report: ValidationReport): string {
  const c = report.counts;
  const bold = (n: number, word: string): string => `**${n}** ${plural(n, word).replace(/^\d+ /, "")}`;
  return `${bold(c.errors, "error")} · ${bold(c.warnings, "warning")} · ${bold(c.notices, "notice")} · ${plural(c.dags, "DAG")} in ${plural(c.files, "file")}`;
}

function findingRows(findings: Finding[], limit: number): string[][] {
  return findings
    .slice(0, limit)
    .map((f) => [
      `${ICON[f.severity]} ${f.severity}`,
      markdownCode(`${f.file}:${f.line}`),
      markdownCode(f.checkId),
      escapeMarkdownTableCell(f.fix ? `${f.message} — fix: ${f.fix}` : f.message),
    ]);
}

/** The DAG diff as markdown; shared by the job summary and the PR comment. */
export function formatDagDiffMarkdown(diff: DagDiff, base: string): string {
  if (isEmptyDiff(diff)) return `No DAG changes against \`${base.slice(0, 12)}\` (${plural(diff.unchanged, "DAG")} unchanged).`;
  const rows: string[][] = [];
  const notLoaded = (dag: DagDiff["added"][number]): string => (dag.loaded === false ? ` ⚠️ not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : "");
  for (const dag of diff.added) rows.push(["🆕 added", markdownCode(describeStatic(dag.dagId)), markdownCode(dag.file), `schedule ${escapeMarkdownTableCell(describeStatic(dag.schedule))}, ${escapeMarkdownTableCell(describeStatic(dag.taskCount))} tasks`]);
  for (const dag of diff.removed) rows.push(["🗑️ removed", markdownCode(describeStatic(dag.dagId)), markdownCode(dag.file), ""]);
  for (const r of diff.renamed) rows.push(["✏️ renamed", `${markdownCode(describeStatic(r.before.dagId))} → ${markdownCode(describeStatic(r.after.dagId))}`, markdownCode(r.after.file), notLoaded(r.after).trim()]);
  for (const c of diff.changed) {
    rows.push([
      "🔁 changed",
      markdownCode(describeStatic(c.dag.dagId)),
      markdownCode(c.dag.file),
      escapeMarkdownTableCell(c.changes.map((ch) => `${ch.field}: ${ch.before} → ${ch.after}`).join("; ")) + notLoaded(c.dag),
    ]);
  }
  return `DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} unchanged):\n\n${markdownTable(["", "DAG", "File", "Details"], rows)}`;
}

/** Why the DAG diff is missing, and the fix: said where the diff would be, never silently left out. */
function skippedDagDiffMarkdown(skipped: { reason: string; fix?: string }): string {
  return `⚠️ DAG diff skipped: ${escapeMarkdownTableCell(skipped.reason)}${skipped.fix ? `. Fix: ${escapeMarkdownTableCell(skipped.fix)}` : ""}`;
}

/** The job summary: counts, findings, a per-DAG table and the DAG diff. */
export function formatSummaryMarkdown(report: ValidationReport, options: { findingLimit?: number } = {}): string {
  const limit = options.findingLimit ?? 200;
  const parts: string[] = [`## astro-ci / validate-dags ${report.failed ? "❌" : "✅"}`, countsLine(report)];
  for (const project of report.projects) {
    parts.push(`### ${escapeMarkdownTableCell(project.name)} — Airflow ${project.airflowVersion}${project.runtimeImage ? ` (${markdownCode(project.runtimeImage, { inTable: false })})` : ""}`);
    parts.push(`Dynamic import check: ${project.dynamic.status === "ran" ? "✅" : project.dynamic.status === "off" ? "⏭️" : "⚠️"} ${escapeMarkdownTableCell(project.dynamic.message)}`);
    if (project.findings.length) {
      parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(project.findings, limit)));
      if (project.findings.length > limit) parts.push(`… and ${plural(project.findings.length - limit, "more finding")} (see the JSON report).`);
    } else parts.push("No findings.");
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(skippedDagDiffMarkdown(project.dagDiff));
    const dagRows = project.dags.map((dag) => [
      markdownCode(describeStatic(dag.dagId)) + (dag.loaded === false ? ` ⚠️ not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : ""),
      markdownCode(`${dag.file}:${dag.line}`),
      escapeMarkdownTableCell(describeStatic(dag.schedule)),
      escapeMarkdownTableCell(describeStatic(dag.tags)),
      escapeMarkdownTableCell(describeStatic(dag.owner)),
      escapeMarkdownTableCell(describeStatic(dag.retries)),
      escapeMarkdownTableCell(describeStatic(dag.taskCount)),
    ]);
    if (dagRows.length) parts.push(details(plural(dagRows.length, "DAG"), markdownTable(["DAG", "File", "Schedule", "Tags", "Owner", "Retries", "Tasks"], dagRows)));
    if (project.filesIgnored?.length) {
      parts.push(
        details(
          `${project.filesIgnored.length} DAG-like files hidden by .airflowignore`,
          project.filesIgnored.map((h) => `- \`${h.file}\`: ${h.ignoreFile} line ${h.line}: \`${h.pattern}\``).join("\n"),
        ),
      );
    }
    if (project.filesSkipped.length) {
      parts.push(details(`${plural(project.filesSkipped.length, "file")} skipped`, project.filesSkipped.map((s) => `- ${markdownCode(s.file, { inTable: false })}: ${escapeMarkdownTableCell(s.reason)}`).join("\n")));
    }
  }
  return parts.join("\n\n") + "\n";
}

/** The sticky PR comment: short, the DAG diff first, counts, a pointer to the check run. */
export function formatCommentMarkdown(report: ValidationReport, links: { checkRunUrl?: string; summaryUrl?: string }): string {
  const parts: string[] = [`### astro-ci / validate-dags ${report.failed ? "❌" : "✅"}`, countsLine(report)];
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
