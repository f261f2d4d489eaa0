import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  describeStatic,
  isEmptyDiff
} from "./chunk-TMB4QQ27.js";
import "./chunk-W4446L2Y.js";
import {
  escapeControlCharacters
} from "./chunk-ZA6WYVD2.js";
import {
  plural
} from "./chunk-ADQZYKCI.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/reports/report-text.ts
var printable = (file) => escapeControlCharacters(file);
function formatTextReport(report, options = {}) {
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const severityLabel = { error: paint("31", "error"), warning: paint("33", "warning"), notice: paint("36", "notice") };
  const lines = [];
  for (const project of report.projects) {
    const runtime = project.runtimeImage ? ` (${project.runtimeImage})` : "";
    lines.push(
      paint("1", `${project.name}: Airflow ${project.airflowVersion}${runtime}, Python ${project.pythonVersion}`) + ` \u2014 ${plural(project.filesChecked.length, "file")}, ${plural(project.dags.filter((d) => d.loaded !== false).length, "DAG")}` + (project.dags.some((d) => d.loaded === false) ? ` (${project.dags.filter((d) => d.loaded === false).length} more that Airflow does not load)` : "")
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
    for (const hidden2 of project.filesIgnored ?? []) lines.push(paint("2", `hidden ${printable(hidden2.file)}: looks like a DAG file, hidden by ${hidden2.ignoreFile} line ${hidden2.line}: ${hidden2.pattern}`));
    if (project.dagDiff?.status === "computed") {
      const diff = project.dagDiff.diff;
      lines.push(paint("1", `DAG changes against ${project.dagDiff.base.slice(0, 12)}:`));
      if (isEmptyDiff(diff)) lines.push("  no DAG changes");
      const notLoaded = (dag) => dag.loaded === false ? ` \u2014 not loaded: ${printable(dag.notLoadedReason ?? "Airflow does not load it")}` : "";
      for (const dag of diff.added) lines.push(`  + ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})${notLoaded(dag)}`);
      for (const dag of diff.removed) lines.push(`  - ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})`);
      for (const r of diff.renamed) lines.push(`  ~ ${printable(describeStatic(r.before.dagId))} \u2192 ${printable(describeStatic(r.after.dagId))} (${printable(r.after.file)})${notLoaded(r.after)}`);
      for (const c2 of diff.changed) {
        lines.push(`  * ${printable(describeStatic(c2.dag.dagId))}: ${c2.changes.map((ch) => `${ch.field} ${ch.before} \u2192 ${ch.after}`).join("; ")}${notLoaded(c2.dag)}`);
      }
    } else if (project.dagDiff?.status === "skipped") {
      lines.push(`DAG diff skipped: ${printable(project.dagDiff.reason)}`);
      if (project.dagDiff.fix) lines.push(`    fix: ${printable(project.dagDiff.fix)}`);
    }
  }
  const c = report.counts;
  lines.push(
    `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.notices, "notice")} in ${plural(c.files, "file")} (${plural(c.dags, "DAG")})` + (report.failed ? " \u2014 failed" : "")
  );
  return lines.join("\n") + "\n";
}
export {
  formatTextReport
};
