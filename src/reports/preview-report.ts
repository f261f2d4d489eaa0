import type { PreviewResult } from "../commands/branch-deploy.js";
import type { TeardownEntry } from "../commands/teardown.js";
import { escapeMarkdownTableCell, markdownLink, markdownTable } from "../github/markdown.js";

const cell = (text: string) => escapeMarkdownTableCell(text);

const STATE: Record<PreviewResult["status"], string> = {
  deployed: "🚀 deployed",
  skipped: "✅ up to date",
  refused: "⛔ refused",
  "not-configured": "— not configured",
  // Finalized, but the preview did not run it: a failure (the step fails too).
  "timed-out": "⏳ not live in time",
  unhealthy: "❌ unhealthy",
};

/**
 * The sticky PR comment (and job summary) of branch-deploy: per project its state, Deployment, Airflow UI link,
 * deployed commit, deploy type, connections applied and not copied (keys only: never a value), expiry and how to
 * remove it.
 */
export function formatPreviewComment(results: PreviewResult[], pr: number): string {
  const rows = results.map((r) => [
    `\`${cell(r.project)}\``,
    STATE[r.status],
    r.deploymentName ? `${cell(r.deploymentName)}${r.created ? " (new)" : ""}` : "—",
    markdownLink("Airflow UI", r.airflowUrl, "—"),
    r.deployedSha ? `\`${r.deployedSha.slice(0, 12)}\`` : "—",
    r.deployType ?? "—",
    r.expiresAt ? r.expiresAt.slice(0, 16).replace("T", " ") + " UTC" : "—",
  ]);
  const details = results
    .filter((r) => r.connections || r.status !== "deployed")
    .map((r) => {
      const applied = r.connections?.applied.filter((s) => s.action !== "unchanged").map((s) => `${s.action} ${s.kind} \`${cell(s.key)}\``) ?? [];
      const lines = [`- \`${cell(r.project)}\`: ${cell(r.reason)}`];
      if (applied.length) lines.push(`  - connections, variables and pools: ${applied.join(", ")}`);
      for (const n of r.connections?.notCopied ?? []) lines.push(`  - not copied: ${cell(n)}`);
      return lines.join("\n");
    });
  return [
    `### Preview Deployments for #${pr}`,
    "",
    markdownTable(["Project", "State", "Deployment", "Airflow", "Commit", "Deploy", "Expires if idle"], rows),
    "",
    ...details,
    "",
    "The preview is removed when this pull request closes (or after the idle TTL); run the teardown workflow, or `astro-ci teardown --pr " + pr + "`, to remove it now.",
  ].join("\n");
}

/** The comment after teardown. */
export function formatTeardownComment(entries: TeardownEntry[], pr: number): string {
  if (!entries.length) return `### Preview Deployments for #${pr}\n\nNo preview is running for this pull request.`;
  return `### Preview Deployments for #${pr}\n\n${markdownTable(["Preview", "Project", "Action"], entries.map((e) => [cell(e.deploymentName), `\`${cell(e.project)}\``, `${e.action}: ${cell(e.reason)}`]))}`;
}
