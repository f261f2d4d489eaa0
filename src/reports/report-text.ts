import { describeStatic, isEmptyDiff } from "../dags/dag-diff.js";
import type { ValidationReport } from "./validation-report.js";

/** The CLI's human-readable report: `file:line:col: severity [check] message`, then a summary. */
export function formatTextReport(report: ValidationReport, options: { color?: boolean; showNotices?: boolean } = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityLabel = { error: paint("31", "error"), warning: paint("33", "warning"), notice: paint("36", "notice") };
  const lines: string[] = [];
  for (const project of report.projects) {
    const runtime = project.runtimeImage ? ` (${project.runtimeImage})` : "";
    lines.push(
      paint("1", `${project.name}: Airflow ${project.airflowVersion}${runtime}, Python ${project.pythonVersion}`) +
        ` — ${project.filesChecked.length} files, ${project.dags.filter((d) => d.loaded !== false).length} DAGs` +
        (project.dags.some((d) => d.loaded === false) ? ` (${project.dags.filter((d) => d.loaded === false).length} more that Airflow does not load)` : ""),
    );
    const hidden = options.showNotices ? 0 : project.findings.filter((f) => f.severity === "notice").length;
    for (const f of project.findings) {
      if (f.severity === "notice" && !options.showNotices) continue;
      const col = f.column ? `:${f.column}` : "";
      lines.push(`${f.file}:${f.line}${col}: ${severityLabel[f.severity]} [${f.checkId}] ${f.message}`);
      if (f.fix) lines.push(`    fix: ${f.fix}`);
    }
    if (project.dynamic.status !== "off") lines.push(paint("2", `dynamic: ${project.dynamic.message}`));
    if (hidden) lines.push(paint("2", `${hidden} notices not shown (--notices lists them)`));
    for (const skip of project.filesSkipped) lines.push(paint("2", `skipped ${skip.file}: ${skip.reason}`));
    if (project.dagDiff?.status === "computed") {
      const diff = project.dagDiff.diff;
      lines.push(paint("1", `DAG changes against ${project.dagDiff.base.slice(0, 12)}:`));
      if (isEmptyDiff(diff)) lines.push("  no DAG changes");
      const notLoaded = (dag: { loaded?: false; notLoadedReason?: string }): string => (dag.loaded === false ? ` — not loaded: ${dag.notLoadedReason ?? "Airflow does not load it"}` : "");
      for (const dag of diff.added) lines.push(`  + ${describeStatic(dag.dagId)} (${dag.file})${notLoaded(dag)}`);
      for (const dag of diff.removed) lines.push(`  - ${describeStatic(dag.dagId)} (${dag.file})`);
      for (const r of diff.renamed) lines.push(`  ~ ${describeStatic(r.before.dagId)} → ${describeStatic(r.after.dagId)} (${r.after.file})${notLoaded(r.after)}`);
      for (const c of diff.changed) {
        lines.push(`  * ${describeStatic(c.dag.dagId)}: ${c.changes.map((ch) => `${ch.field} ${ch.before} → ${ch.after}`).join("; ")}${notLoaded(c.dag)}`);
      }
    } else if (project.dagDiff?.status === "skipped") {
      lines.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    }
  }
  const c = report.counts;
  lines.push(
    `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}, ${c.notices} notice${c.notices === 1 ? "" : "s"} in ${c.files} files (${c.dags} DAGs)` +
      (report.failed ? " — failed" : ""),
  );
  return lines.join("\n") + "\n";
}
