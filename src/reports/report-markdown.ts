import { details, escapeMarkdownTableCell, markdownTable } from "../github/markdown.js";
import { describeStatic, isEmptyDiff, type DagDiff } from "../dags/dag-diff.js";
import type { ValidationReport } from "./validation-report.js";
import type { Finding } from "../core/findings.js";

const ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" } as const;

function countsLine(report: ValidationReport): string {
  const c = report.counts;
  return `**${c.errors}** errors · **${c.warnings}** warnings · **${c.notices}** notices · ${c.dags} DAGs in ${c.files} files`;
}

function findingRows(findings: Finding[], limit: number): string[][] {
  return findings
    .slice(0, limit)
    .map((f) => [
      `${ICON[f.severity]} ${f.severity}`,
      `\`${f.file}:${f.line}\``,
      `\`${f.checkId}\``,
      escapeMarkdownTableCell(f.fix ? `${f.message} — fix: ${f.fix}` : f.message),
    ]);
}

/** The DAG diff as markdown; shared by the job summary and the PR comment. */
export function formatDagDiffMarkdown(diff: DagDiff, base: string): string {
  if (isEmptyDiff(diff)) return `No DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} DAGs unchanged).`;
  const rows: string[][] = [];
  const notLoaded = (dag: DagDiff["added"][number]): string => (dag.loaded === false ? ` ⚠️ not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : "");
  for (const dag of diff.added) rows.push(["🆕 added", `\`${describeStatic(dag.dagId)}\``, `\`${dag.file}\``, `schedule ${escapeMarkdownTableCell(describeStatic(dag.schedule))}, ${describeStatic(dag.taskCount)} tasks${notLoaded(dag)}`]);
  for (const dag of diff.removed) rows.push(["🗑️ removed", `\`${describeStatic(dag.dagId)}\``, `\`${dag.file}\``, ""]);
  for (const r of diff.renamed) rows.push(["✏️ renamed", `\`${describeStatic(r.before.dagId)}\` → \`${describeStatic(r.after.dagId)}\``, `\`${r.after.file}\``, notLoaded(r.after).trim()]);
  for (const c of diff.changed) {
    rows.push([
      "🔁 changed",
      `\`${describeStatic(c.dag.dagId)}\``,
      `\`${c.dag.file}\``,
      escapeMarkdownTableCell(c.changes.map((ch) => `${ch.field}: ${ch.before} → ${ch.after}`).join("; ")) + notLoaded(c.dag),
    ]);
  }
  return `DAG changes against \`${base.slice(0, 12)}\` (${diff.unchanged} unchanged):\n\n${markdownTable(["", "DAG", "File", "Details"], rows)}`;
}

/** The job summary: counts, findings, a per-DAG table and the DAG diff. */
export function formatSummaryMarkdown(report: ValidationReport, options: { findingLimit?: number } = {}): string {
  const limit = options.findingLimit ?? 200;
  const parts: string[] = [`## astro-ci / validate-dags ${report.failed ? "❌" : "✅"}`, countsLine(report)];
  for (const project of report.projects) {
    parts.push(`### ${escapeMarkdownTableCell(project.name)} — Airflow ${project.airflowVersion}${project.runtimeImage ? ` (\`${project.runtimeImage}\`)` : ""}`);
    parts.push(`Dynamic import check: ${project.dynamic.status === "ran" ? "✅" : project.dynamic.status === "off" ? "⏭️" : "⚠️"} ${escapeMarkdownTableCell(project.dynamic.message)}`);
    if (project.findings.length) {
      parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(project.findings, limit)));
      if (project.findings.length > limit) parts.push(`… and ${project.findings.length - limit} more findings (see the JSON report).`);
    } else parts.push("No findings.");
    if (project.dagDiff?.status === "computed") parts.push(formatDagDiffMarkdown(project.dagDiff.diff, project.dagDiff.base));
    else if (project.dagDiff?.status === "skipped") parts.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    const dagRows = project.dags.map((dag) => [
      `\`${escapeMarkdownTableCell(describeStatic(dag.dagId))}\`` + (dag.loaded === false ? ` ⚠️ not loaded: ${escapeMarkdownTableCell(dag.notLoadedReason ?? "Airflow does not load it")}` : ""),
      `\`${dag.file}:${dag.line}\``,
      escapeMarkdownTableCell(describeStatic(dag.schedule)),
      escapeMarkdownTableCell(describeStatic(dag.tags)),
      escapeMarkdownTableCell(describeStatic(dag.owner)),
      escapeMarkdownTableCell(describeStatic(dag.retries)),
      escapeMarkdownTableCell(describeStatic(dag.taskCount)),
    ]);
    if (dagRows.length) parts.push(details(`${dagRows.length} DAGs`, markdownTable(["DAG", "File", "Schedule", "Tags", "Owner", "Retries", "Tasks"], dagRows)));
    if (project.filesSkipped.length) {
      parts.push(details(`${project.filesSkipped.length} files skipped`, project.filesSkipped.map((s) => `- \`${s.file}\`: ${s.reason}`).join("\n")));
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
    else if (project.dagDiff?.status === "skipped") parts.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    const errors = project.findings.filter((f) => f.severity === "error");
    if (errors.length) parts.push(markdownTable(["Severity", "Where", "Check", "Message"], findingRows(errors, 20)));
  }
  const link = links.checkRunUrl ?? links.summaryUrl;
  if (link) parts.push(`[Full results](${link})`);
  return parts.join("\n\n") + "\n";
}
