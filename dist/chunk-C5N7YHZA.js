import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  insideSpans
} from "./chunk-D5BBFPOF.js";
import {
  compileWithBaselineOnly
} from "./chunk-5BAC55PO.js";

// src/dags/ruff.ts
var ruffModule;
var loading;
var workspaces = /* @__PURE__ */ new Map();
function loadRuff() {
  loading ??= compileWithBaselineOnly(async () => {
    const module = await import("./chunk-AJBDUS3T.js");
    ruffModule = module.Workspace ? module : module.default;
  });
  return loading;
}
function ruffTargetVersion(pythonVersion) {
  const match = /^3\.(\d+)/.exec(pythonVersion);
  const minor = match ? Number(match[1]) : 12;
  return `py3${Math.min(Math.max(minor, 7), 14)}`;
}
var RUFF_SETTINGS = {
  // Without this, preview mode replaces codes with names like `airflow3-removal`.
  "output-prefer-rule-codes": true,
  // AIR: Airflow's rules; F821 (undefined-name): a NameError, at import when module-level code runs it; F405: the same
  // in a file with a star import (judged once the star-imported modules' names are known: helper-modules.ts).
  // The rest (COMPILE_ERROR_RULES) are what CPython's compiler refuses and ruff's parser accepts: SyntaxErrors.
  lint: { select: ["AIR", "F821", "F405", "F404", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"], preview: true }
};
var COMPILE_ERROR_RULES = /* @__PURE__ */ new Set(["F404", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"]);
function workspaceFor(pythonVersion) {
  const target = ruffTargetVersion(pythonVersion);
  let workspace = workspaces.get(target);
  if (!workspace) {
    if (!ruffModule) throw new Error("ruff is not loaded yet: await loadRuff() first");
    workspace = new ruffModule.Workspace({ "target-version": target, ...RUFF_SETTINGS }, ruffModule.PositionEncoding.Utf16);
    workspaces.set(target, workspace);
  }
  return workspace;
}
function runRuff(source, pythonVersion) {
  const diagnostics = workspaceFor(pythonVersion).check(source);
  return diagnostics.map((d) => ({
    code: d.code === null || d.code === "invalid-syntax" || d.code === "syntax-error" || COMPILE_ERROR_RULES.has(d.code) ? "syntax-error" : d.code,
    message: d.message,
    line: d.start_location.row,
    column: d.start_location.column,
    endLine: d.end_location.row,
    endColumn: d.end_location.column,
    fix: d.fix?.message ?? void 0
  }));
}
var AIRFLOW3_BREAKING = /* @__PURE__ */ new Set(["AIR301", "AIR302", "AIR303"]);
var AIRFLOW3_DEPRECATED = /* @__PURE__ */ new Set(["AIR311", "AIR312", "AIR321"]);
var COVERED_BY_OWN_CHECKS = /* @__PURE__ */ new Set(["AIR003", "AIR304"]);
function defaultRuffLevel(code, airflowMajor, readinessLevel) {
  if (code === "syntax-error") return "error";
  if (COVERED_BY_OWN_CHECKS.has(code)) return "off";
  if (AIRFLOW3_BREAKING.has(code)) return airflowMajor === 3 ? "error" : readinessLevel;
  if (AIRFLOW3_DEPRECATED.has(code)) return airflowMajor === 3 ? "warning" : readinessLevel === "off" ? "off" : "notice";
  return code.startsWith("AIR0") ? "warning" : "notice";
}
function ruffDiagnosticsToFindings(diagnostics, file, levelOf, airflowMajor) {
  const findings = [];
  let sawSyntaxError = false;
  for (const d of diagnostics) {
    if (d.code === "syntax-error") {
      if (sawSyntaxError) continue;
      sawSyntaxError = true;
    }
    if (d.code === "F821" || d.code === "F405") continue;
    const level = levelOf(d.code);
    if (level === "off") continue;
    const readiness = airflowMajor === 2 && (AIRFLOW3_BREAKING.has(d.code) || AIRFLOW3_DEPRECATED.has(d.code));
    findings.push({
      checkId: d.code,
      severity: level,
      message: readiness ? `Airflow 3 readiness: ${d.message}` : d.message,
      file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: d.fix
    });
  }
  return findings;
}
function undefinedNameFindings(diagnostics, where, file, level) {
  if (level === "off") return [];
  const findings = [];
  const inside = (line, column, spans = where.notRunAtImport ?? []) => insideSpans(line, column, spans);
  for (const d of diagnostics) {
    if (d.code !== "F821") continue;
    if (inside(d.line, d.column, where.unevaluated ?? [])) continue;
    const name = /`([^`]+)`/.exec(d.message)?.[1] ?? "this name";
    if (where.builtinsNames?.includes(name)) continue;
    const atImport = !inside(d.line, d.column);
    const severity = atImport && !where.dynamicGlobals ? level : level === "error" ? "warning" : level;
    findings.push({
      checkId: "undefined-name",
      severity,
      message: !atImport ? `'${name}' is not defined: this code fails with NameError: name '${name}' is not defined if it runs, but not while Airflow imports the file (a task or callback fails then; an \`if __name__ == "__main__":\` block when the file is run as a script; a branch a constant condition rules out never)` : where.dynamicGlobals ? `'${name}' is not defined by any statement of this file, which binds names at run time (globals(), vars(), exec, builtins): unless those bind '${name}' before this line runs, importing this DAG fails with NameError: name '${name}' is not defined` : `'${name}' is not defined where Airflow runs this line while importing the file: importing this DAG fails with NameError: name '${name}' is not defined`,
      file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: where.dynamicGlobals && atImport ? `define '${name}' with a plain assignment or import above its first use, so that readers and tools can see it (or check the name bound at run time for a typo)` : `import or define '${name}' above its first use (a typo of a defined name? a missing import?)`
    });
  }
  for (const read of where.earlyReads ?? []) {
    findings.push({
      checkId: "undefined-name",
      severity: level,
      message: `'${read.name}' is not defined yet when ${read.function}() runs: module-level code calls it at line ${read.callLine}, and '${read.name}' is first bound at line ${read.boundLine}: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: `bind '${read.name}' above line ${read.callLine}, or pass it to ${read.function}() as an argument`
    });
  }
  for (const read of where.typeCheckingReads ?? []) {
    findings.push({
      checkId: "undefined-name",
      severity: level,
      message: `'${read.name}' is imported only under \`if TYPE_CHECKING:\` (line ${read.importLine}), which never runs, but this annotation is evaluated when Airflow imports the file: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: `add \`from __future__ import annotations\` at the top of the file (annotations are then never evaluated), quote the annotation, or import '${read.name}' outside \`if TYPE_CHECKING:\``
    });
  }
  return findings;
}
var SCHEDULE_ARGUMENTS = /* @__PURE__ */ new Set(["schedule", "schedule_interval", "timetable"]);
var SCHEDULE_POSITION = /^#([2-9]|\d{2,})$/;
function withoutAnsweredAir002(findings, dags, splatLines = []) {
  if (!findings.some((f) => f.checkId === "AIR002")) return findings;
  const scheduled = new Set(dags.filter((d) => d.arguments?.some((a) => SCHEDULE_ARGUMENTS.has(a.name) || a.name === "**" || a.name === "*" || SCHEDULE_POSITION.test(a.name))).flatMap((d) => [d.line, d.definitionLine ?? d.line]));
  for (const line of splatLines) scheduled.add(line);
  return findings.filter((f) => f.checkId !== "AIR002" || !scheduled.has(f.line));
}
function starNameReads(diagnostics, where, file, level, localModules) {
  const stars = where.imports.filter((ref) => ref.names?.includes("*"));
  if (!stars.length || !diagnostics.some((d) => d.code === "F405")) return [];
  const projectStar = (ref) => ref.scope === "module" && !ref.guarded && !ref.conditional && !ref.typeCheckingOnly && !ref.relative && localModules.includes(ref.module.split(".")[0]);
  if (!stars.every(projectStar)) return [];
  return undefinedNameFindings(
    diagnostics.filter((d) => d.code === "F405").map((d) => ({ ...d, code: "F821" })),
    { notRunAtImport: where.notRunAtImport, unevaluated: where.unevaluated, dynamicGlobals: where.dynamicGlobals },
    file,
    level
  );
}
function withHelperBuiltins(findings, builtinsByFile) {
  if (!builtinsByFile.size) return findings;
  const out = [];
  for (const f of findings) {
    const written = f.checkId === "undefined-name" ? builtinsByFile.get(f.file) : void 0;
    const name = written ? /^'([^']+)' is not defined\b/.exec(f.message)?.[1] : void 0;
    if (!written || name === void 0) out.push(f);
    else if (written === "any") {
      out.push(
        f.severity === "error" ? { ...f, severity: "warning", message: `${f.message} (unless a project module this file imports sets '${name}' on the builtins module: one sets names there at run time)` } : f
      );
    } else if (!written.has(name)) out.push(f);
  }
  return out;
}

export {
  loadRuff,
  ruffTargetVersion,
  RUFF_SETTINGS,
  runRuff,
  defaultRuffLevel,
  ruffDiagnosticsToFindings,
  undefinedNameFindings,
  withoutAnsweredAir002,
  starNameReads,
  withHelperBuiltins
};
