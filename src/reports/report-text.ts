import { describeStatic, isEmptyDiff } from "../dags/dag-diff.js";
import type { ValidationReport } from "../commands/validate-dags.js";
import { escapeControlCharacters } from "../github/markdown.js";
import { plural } from "../util/numbers.js";

/** A file name on one line of text output: a newline or other control character in it is shown escaped (`\n`). */
const printable = (file: string): string => escapeControlCharacters(file);

/** The CLI's human-readable report: `file:line:col: severity [check] message`, then a summary. */
export function formatTextReport(report: ValidationReport, options: { color?: boolean; showNotices?: boolean } = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityLabel = { error: paint("31", "error"), warning: paint("33", "warning"), notice: paint("36", "notice") };
  const lines: string[] = [];
  for (const project of report.projects) {
    const runtime = project.runtimeImage ? ` (${project.runtimeImage})` : "";
    lines.push(
      paint("1", `${project.name}: Airflow ${project.airflowVersion}${runtime}, Python ${project.pythonVersion}`) +
        ` — ${plural(project.filesChecked.length, "file")}, ${plural(project.dags.filter((d) => d.loaded !== false).length, "DAG")}` +
        (project.dags.some((d) => d.loaded === false) ? ` (${project.dags.filter((d) => d.loaded === false).length} more that Airflow does not load)` : ""),
    );
    const hidden = options.showNotices ? 0 : project.findings.filter((f) => f.severity === "notice").length;
    for (const f of project.findings) {
      if (f.severity === "notice" && !options.showNotices) continue;
      const col = f.column ? `:${f.column}` : "";
      lines.push(`${printable(f.file)}:${f.line}${col}: ${severityLabel[f.severity]} [${f.checkId}] ${escapeControlCharacters(f.message)}`);
      if (f.fix) lines.push(`    fix: ${escapeControlCharacters(f.fix)}`);
    }
    if (project.dynamic.status !== "off") lines.push(paint("2", `dynamic: ${project.dynamic.message}`));
    if (hidden) lines.push(paint("2", `${plural(hidden, "notice")} not shown (--notices lists ${hidden === 1 ? "it" : "them"})`));
    for (const skip of project.filesSkipped) lines.push(paint("2", `skipped ${printable(skip.file)}: ${skip.reason}`));
    for (const hidden of project.filesIgnored ?? []) lines.push(paint("2", `hidden ${printable(hidden.file)}: looks like a DAG file, hidden by ${hidden.ignoreFile} line ${hidden.line}: ${hidden.pattern}`));
    if (project.dagDiff?.status === "computed") {
      const diff = project.dagDiff.diff;
      lines.push(paint("1", `DAG changes against ${project.dagDiff.base.slice(0, 12)}:`));
      if (isEmptyDiff(diff)) lines.push("  no DAG changes");
      const notLoaded = (dag: { loaded?: false; notLoadedReason?: string }): string => (dag.loaded === false ? ` — not loaded: ${printable(dag.notLoadedReason ?? "Airflow does not load it")}` : "");
      for (const dag of diff.added) lines.push(`  + ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})${notLoaded(dag)}`);
      for (const dag of diff.removed) lines.push(`  - ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})`);
      for (const r of diff.renamed) lines.push(`  ~ ${printable(describeStatic(r.before.dagId))} → ${printable(describeStatic(r.after.dagId))} (${printable(r.after.file)})${notLoaded(r.after)}`);
      for (const c of diff.changed) {
        lines.push(`  * ${printable(describeStatic(c.dag.dagId))}: ${c.changes.map((ch) => `${ch.field} ${ch.before} → ${ch.after}`).join("; ")}${notLoaded(c.dag)}`);
      }
    } else if (project.dagDiff?.status === "skipped") {
      lines.push(`DAG diff skipped: ${printable(project.dagDiff.reason)}`);
      if (project.dagDiff.fix) lines.push(`    fix: ${printable(project.dagDiff.fix)}`);
    }
  }
  const c = report.counts;
  lines.push(
    `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.notices, "notice")} in ${plural(c.files, "file")} (${plural(c.dags, "DAG")})` +
      (report.failed ? " — failed" : ""),
  );
  return lines.join("\n") + "\n";
}
