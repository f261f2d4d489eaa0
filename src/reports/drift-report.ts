import type { DeploymentDrift, DriftReport } from "../commands/drift.js";
import type { DriftItem } from "../drift/compare.js";
import { escapeControlCharacters, escapeMarkdownTableCell, markdownCode, markdownLink, markdownTable } from "../github/markdown.js";

const shown = (value: DriftItem["declared"]): string => (value === null ? "—" : String(value));
const where = (item: DriftItem): string => (item.source ? `${item.source.file}${item.source.line ? `:${item.source.line}` : ""}` : "");

/**
 * Plain text: one table per Deployment (kind, field, declared, live, detail, where declared). Keys and names come from
 * whoever may edit the Deployment (its values are never shown, see DriftItem): control characters (a terminal's
 * escape sequences) are shown escaped.
 */
export function formatDriftText(report: DriftReport): string {
  const out: string[] = [];
  for (const d of report.deployments) {
    out.push(escapeControlCharacters(`${d.name}${d.id ? ` (${d.id})` : ""}: ${d.drift.length ? `${d.drift.length} difference${d.drift.length === 1 ? "" : "s"}` : d.unreadable ? "not fully read (see the note)" : "no drift"}`));
    if (d.drift.length) {
      const rows = d.drift.map((i) => [i.kind, i.field, shown(i.declared), shown(i.live), i.detail ?? "", where(i)].map((c) => escapeControlCharacters(c.replace(/[\r\n\t]+/g, " "))));
      const headers = ["kind", "field", "declared", "live", "detail", "declared at"];
      const widths = headers.map((h, col) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[col] as string).length))));
      const line = (cells: string[]) => "  " + cells.map((c, col) => c.padEnd(widths[col] as number)).join("  ").trimEnd();
      out.push(line(headers), ...rows.map(line));
    }
    for (const note of d.notes) out.push(`  note: ${escapeControlCharacters(note)}`);
  }
  for (const p of report.stalePreviews) out.push(escapeControlCharacters(`stale preview ${p.name} (${p.id}, PR #${p.pr}): ${p.reason}`));
  out.push(overall(report));
  return out.join("\n") + "\n";
}

/** The run's last line: drift found, else whether every Deployment could be read. */
function overall(report: DriftReport): string {
  if (report.drifted) return "drift found";
  return report.deployments.some((d) => d.unreadable) ? "no drift in what could be read; a Deployment could not be read" : "no drift";
}

/** Markdown for one Deployment: the body of its drift issue and its part of the job summary. */
export function formatDeploymentDriftMarkdown(d: DeploymentDrift): string {
  const cell = (text: string) => escapeMarkdownTableCell(text);
  // Keys of live-only items are written by whoever may edit the Deployment, and posted by the bot: one code span each,
  // so none can mention, link or format (the Deployment's values are never shown, see DriftItem).
  const value = (v: DriftItem["declared"]) => (v === null ? "—" : markdownCode(String(v)));
  const title = `### ${cell(d.name)}${markdownLink("Airflow UI", d.url) ? ` — ${markdownLink("Airflow UI", d.url)}` : ""}`;
  const body = d.drift.length
    ? markdownTable(["Kind", "Field", "Declared", "Live", "Detail", "Declared at"], d.drift.map((i) => [i.kind, markdownCode(i.field), value(i.declared), value(i.live), cell(i.detail ?? ""), cell(where(i))]))
    : d.unreadable
      ? "Not fully read: what could be read matches the repository (see the note)."
      : "No drift: the live Deployment matches the repository.";
  const notes = d.notes.map((n) => `- ${cell(n)}`).join("\n");
  return [title, "", body, notes ? `\n${notes}` : ""].join("\n").trimEnd() + "\n";
}

/** Markdown for the job summary: every Deployment, then the stale previews. */
export function formatDriftMarkdown(report: DriftReport): string {
  const cell = (text: string) => escapeMarkdownTableCell(text);
  const head = `## astro-ci / drift ${report.drifted ? "⚠️ drift found" : report.deployments.some((d) => d.unreadable) ? "❓ a Deployment could not be read" : "✅ no drift"}\n\n`;
  const stale = report.stalePreviews.length
    ? `\n### Stale preview Deployments\n\n${markdownTable(["Preview", "PR", "Project", "Why"], report.stalePreviews.map((p) => [cell(p.name), `#${p.pr}`, `\`${cell(p.project)}\``, cell(p.reason)]))}\n\nRemove them with the teardown workflow's sweep, or \`astro-ci teardown --stale\`.\n`
    : "";
  return head + report.deployments.map(formatDeploymentDriftMarkdown).join("\n") + stale;
}
