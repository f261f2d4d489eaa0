import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  insideSpans
} from "./chunk-CMMTSLCN.js";
import {
  compileWithBaselineOnly
} from "./chunk-5BAC55PO.js";
import {
  newlines,
  skipString
} from "./chunk-IUKSKDT4.js";

// src/dags/tab-errors.ts
var TAB_SIZE = 8;
var MAX_INDENT = 100;
var OPEN = /* @__PURE__ */ new Set([40, 91, 123]);
var CLOSE = /* @__PURE__ */ new Set([41, 93, 125]);
var LEADING_TAB = /^[ \f]*\t/m;
function indentationError(text) {
  if (!LEADING_TAB.test(text)) return void 0;
  const n = text.length;
  const colStack = [0];
  const altStack = [0];
  let i = 0;
  let line = 1;
  let level = 0;
  let atLineStart = true;
  let previous = { line: 1, column: 1 };
  let lineStart = 0;
  const lineBreak = (k) => {
    const c = text.charCodeAt(k);
    return c === 10 ? 1 : c === 13 ? text.charCodeAt(k + 1) === 10 ? 2 : 1 : 0;
  };
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      let col = 0;
      let altcol = 0;
      let continued = 0;
      for (; ; ) {
        const c3 = text.charCodeAt(i);
        if (c3 === 32) {
          col++;
          altcol++;
        } else if (c3 === 9) {
          col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
          altcol++;
        } else if (c3 === 12) {
          col = altcol = 0;
        } else if (c3 === 92) {
          const end2 = lineBreak(i + 1);
          if (end2 === 0) return void 0;
          continued ||= col;
          i += 1 + end2;
          line++;
          lineStart = i;
          continue;
        } else break;
        i++;
      }
      const c2 = i < n ? text.charCodeAt(i) : 10;
      const blank = c2 === 35 || lineBreak(i) > 0 || i >= n;
      if (!blank && level === 0) {
        if (continued) col = altcol = continued;
        const top = colStack.length - 1;
        const tab = { kind: "tab", line, previous };
        if (col === colStack[top]) {
          if (altcol !== altStack[top]) return tab;
        } else if (col > colStack[top]) {
          if (top + 1 >= MAX_INDENT) return void 0;
          if (altcol <= altStack[top]) return tab;
          colStack.push(col);
          altStack.push(altcol);
        } else {
          while (colStack.length > 1 && col < colStack.at(-1)) {
            colStack.pop();
            altStack.pop();
          }
          if (col !== colStack.at(-1)) return { kind: "dedent", line, previous };
          if (altcol !== altStack.at(-1)) return tab;
        }
        previous = { line, column: i - lineStart + 1 };
      }
      continue;
    }
    const c = text.charCodeAt(i);
    const end = lineBreak(i);
    if (end > 0) {
      i += end;
      line++;
      lineStart = i;
      atLineStart = true;
      continue;
    }
    if (c === 35) {
      while (i < n && lineBreak(i) === 0) i++;
      continue;
    }
    if (c === 92) {
      const next = lineBreak(i + 1);
      i += 1 + next;
      if (next > 0) {
        line++;
        lineStart = i;
      }
      continue;
    }
    if (c === 34 || c === 39) {
      const prefix = /[rRbBuUfFtT]*$/.exec(text.slice(Math.max(0, i - 16), i))[0];
      const { end: stringEnd } = skipString(text, i, /[fFtT]/.test(prefix), 0);
      line += newlines(text, i, stringEnd);
      i = stringEnd;
      continue;
    }
    if (OPEN.has(c)) level++;
    else if (CLOSE.has(c) && level > 0) level--;
    i++;
  }
  return void 0;
}
var EXPECTED_BLOCK = /^Expected an indented block/;
function withIndentationError(diagnostics, text) {
  const found = indentationError(text);
  if (!found) return diagnostics;
  const { kind, line, previous } = found;
  const indentation = /^[ \t\f]*/.exec(lineText(text, line))?.[0].length ?? 0;
  const error = {
    code: "syntax-error",
    message: kind === "tab" ? "TabError: inconsistent use of tabs and spaces in indentation" : "IndentationError: unindent does not match any outer indentation level",
    line,
    column: 1,
    endLine: line,
    endColumn: indentation + 1,
    fix: kind === "tab" ? "indent this line like the lines of its block, with spaces only (CPython counts a tab as up to 8 columns, and refuses indentation that compares differently with a tab as 1)" : "indent this line as deep as the block it belongs to, with spaces only (CPython counts a tab as up to 8 columns)"
  };
  const kept = diagnostics.filter((d) => d.code !== "syntax-error" || d.line !== line && !(EXPECTED_BLOCK.test(d.message) && d.line < line && (d.line > previous.line || d.line === previous.line && d.column > previous.column)));
  const later = kept.findIndex((d) => d.code === "syntax-error" && d.line > line);
  kept.splice(later === -1 ? kept.length : later, 0, error);
  return kept;
}
function lineText(text, line) {
  return text.split(/\r\n|\r|\n/)[line - 1] ?? "";
}

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
  lint: { select: ["AIR", "F821", "F405", "F404", "F406", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"], preview: true }
};
var COMPILE_ERROR_RULES = /* @__PURE__ */ new Set(["F404", "F406", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"]);
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
  return withIndentationError(diagnostics.map((d) => ({
    code: d.code === null || d.code === "invalid-syntax" || d.code === "syntax-error" || COMPILE_ERROR_RULES.has(d.code) ? "syntax-error" : d.code,
    // CPython's words first: "import * only allowed at module level" (ruff's "`from os import *` only allowed at module level").
    message: d.code === "F406" ? `import * only allowed at module level: ${d.message.replace(/ only allowed at module level$/, "")} is inside a function or class body` : d.message,
    line: d.start_location.row,
    column: d.start_location.column,
    endLine: d.end_location.row,
    endColumn: d.end_location.column,
    fix: d.fix?.message ?? void 0
  })), source);
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
function undefinedNameFindings(diagnostics, where, file, level, pythonVersion) {
  if (level === "off") return [];
  const findings = [];
  const inside = (line, column, spans = where.notRunAtImport ?? []) => insideSpans(line, column, spans);
  for (const d of diagnostics) {
    if (d.code !== "F821") continue;
    if (inside(d.line, d.column, where.unevaluated ?? [])) continue;
    const name = /`([^`]+)`/.exec(d.message)?.[1] ?? "this name";
    const atImport = !inside(d.line, d.column);
    const local = where.unboundLocalReads?.find((r) => r.line === d.line && r.column === d.column && r.name === name);
    if (local) {
      findings.push(unboundLocalFinding(local, d, file, atImport ? level : level === "error" ? "warning" : level, atImport, pythonVersion));
      continue;
    }
    if (where.builtinsNames?.includes(name)) continue;
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
  for (const read of where.globalReads ?? []) {
    if (findings.some((f) => f.line === read.line && f.column === read.column)) continue;
    findings.push({
      checkId: "undefined-name",
      severity: level,
      message: `'${read.name}' is bound only when a function runs (\`global ${read.name}\` in ${read.function}(), line ${read.globalLine}), and module-level code reads it here before anything calls one: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: `call ${read.function}() above this line, or assign '${read.name}' at module level above it`
    });
  }
  for (const read of where.typeCheckingReads ?? []) {
    findings.push({
      checkId: "undefined-name",
      severity: level,
      message: `'${read.name}' is imported only under \`if TYPE_CHECKING:\` (line ${read.importLine}), which never runs, but ${read.plainRead ? "module-level code reads it here" : "this annotation is evaluated"} when Airflow imports the file: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: read.plainRead ? `import '${read.name}' outside \`if TYPE_CHECKING:\` (the code uses it, not only type checkers)` : `add \`from __future__ import annotations\` at the top of the file (annotations are then never evaluated), quote the annotation, or import '${read.name}' outside \`if TYPE_CHECKING:\``
    });
  }
  return findings;
}
function unboundLocalError(name, pythonVersion) {
  const minor = Number(/^3\.(\d+)/.exec(pythonVersion ?? "")?.[1] ?? 11);
  return minor < 11 ? `UnboundLocalError: local variable '${name}' referenced before assignment` : `UnboundLocalError: cannot access local variable '${name}' where it is not associated with a value`;
}
function unboundLocalFinding(read, d, file, severity, atImport, pythonVersion) {
  const error = unboundLocalError(read.name, pythonVersion);
  const what = `'${read.name}' is a local variable of ${read.function}(), which binds it only at line ${read.boundLine}`;
  return {
    checkId: "undefined-name",
    severity,
    message: atImport ? `${what}: Airflow runs this line while importing the file, and importing this DAG fails with ${error}` : `${what}: this code fails with ${error} if it runs, but not while Airflow imports the file (a task or callback fails then)`,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    fix: `bind '${read.name}' above this line (move its definition up), or pass it in as an argument`
  };
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
  unboundLocalError,
  withoutAnsweredAir002,
  starNameReads,
  withHelperBuiltins
};
