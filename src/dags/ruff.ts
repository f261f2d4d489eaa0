import type { DagInfo, Finding, Level, Severity } from "../core/findings.js";
import { compileWithBaselineOnly } from "../util/wasm-tuning.js";
import type { EarlyRead, GlobalRead } from "./early-reads.js";
import type { TypeCheckingRead } from "./type-checking-reads.js";
import type { UnboundLocalRead } from "./unbound-locals.js";
import { insideSpans } from "./syntax-tree.js";
import { withIndentationError } from "./tab-errors.js";

/** One diagnostic from ruff, positions 1-based. */
export interface RuffDiagnostic {
  /** A rule code like `AIR301`, or `syntax-error`. */
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: string;
}

interface RuffWasmDiagnostic {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
  end_location: { row: number; column: number };
  fix: { message: string | null } | null;
}

interface RuffWorkspace {
  check(contents: string): RuffWasmDiagnostic[];
}

interface RuffModule {
  Workspace: new (settings: unknown, encoding: number) => RuffWorkspace;
  PositionEncoding: { Utf16: number };
}

let ruffModule: RuffModule | undefined;
let loading: Promise<void> | undefined;
const workspaces = new Map<string, RuffWorkspace>();

/**
 * Load ruff's wasm module once per thread. A static import would let the bundler include it (a `require` built at run
 * time would not, and the action has no node_modules); a dynamic one lets us compile it under the baseline compiler.
 */
export function loadRuff(): Promise<void> {
  loading ??= compileWithBaselineOnly(async () => {
    const module = (await import("@astral-sh/ruff-wasm-nodejs")) as unknown as RuffModule & { default?: RuffModule };
    ruffModule = module.Workspace ? module : (module.default as RuffModule);
  });
  return loading;
}

/** `3.12` → `py312`; ruff's syntax errors depend on it (e.g. PEP 695 before 3.12). */
export function ruffTargetVersion(pythonVersion: string): string {
  const match = /^3\.(\d+)/.exec(pythonVersion);
  const minor = match ? Number(match[1]) : 12;
  // ruff knows py37..py314; clamp so a newer runtime still gets checked.
  return `py3${Math.min(Math.max(minor, 7), 14)}`;
}

/** Ruff's settings besides the target version; part of the analysis cache's fingerprint. */
export const RUFF_SETTINGS = {
  // Without this, preview mode replaces codes with names like `airflow3-removal`.
  "output-prefer-rule-codes": true,
  // AIR: Airflow's rules; F821 (undefined-name): a NameError, at import when module-level code runs it; F405: the same
  // in a file with a star import (judged once the star-imported modules' names are known: helper-modules.ts).
  // The rest (COMPILE_ERROR_RULES) are what CPython's compiler refuses and ruff's parser accepts: SyntaxErrors.
  lint: { select: ["AIR", "F821", "F405", "F404", "F406", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"], preview: true },
} as const;

/**
 * Ruff rules for what CPython's compiler (symtable and compile passes) raises SyntaxError on while ruff's parser takes
 * the file: a late `from __future__` import (F404), a star import in a function or class body (F406: CPython's "import *
 * only allowed at module level"), `break`/`continue` outside a loop (F701/F702), `yield`/`await`
 * outside a function (F704), `return` outside a function (F706), a name both nonlocal and global (PLE0115), nonlocal
 * without a binding (PLE0117), a name used or assigned before its `global` statement (PLE0118), `await` in a
 * function that is not async (PLE1142). Checked against CPython 3.11's `compile()`.
 */
const COMPILE_ERROR_RULES = new Set(["F404", "F406", "F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142"]);

function workspaceFor(pythonVersion: string): RuffWorkspace {
  const target = ruffTargetVersion(pythonVersion);
  let workspace = workspaces.get(target);
  if (!workspace) {
    // The wasm package is CommonJS and reads its .wasm next to itself (dist/ in the bundle).
    if (!ruffModule) throw new Error("ruff is not loaded yet: await loadRuff() first");
    workspace = new ruffModule.Workspace({ "target-version": target, ...RUFF_SETTINGS }, ruffModule.PositionEncoding.Utf16);
    workspaces.set(target, workspace);
  }
  return workspace;
}

/**
 * Syntax errors (with COMPILE_ERROR_RULES, and CPython's TabError, which ruff misses: tab-errors.ts), ruff's Airflow
 * (AIR) rules and undefined names (F821) for one file.
 */
export function runRuff(source: string, pythonVersion: string): RuffDiagnostic[] {
  const diagnostics = workspaceFor(pythonVersion).check(source);
  return withIndentationError(diagnostics.map((d) => ({
    code: d.code === null || d.code === "invalid-syntax" || d.code === "syntax-error" || COMPILE_ERROR_RULES.has(d.code) ? "syntax-error" : d.code,
    // CPython's words first: "import * only allowed at module level" (ruff's "`from os import *` only allowed at module level").
    message: d.code === "F406" ? `import * only allowed at module level: ${d.message.replace(/ only allowed at module level$/, "")} is inside a function or class body` : d.message,
    line: d.start_location.row,
    column: d.start_location.column,
    endLine: d.end_location.row,
    endColumn: d.end_location.column,
    fix: d.fix?.message ?? undefined,
  })), source);
}

/** AIR rules about Airflow 3: removed (301), moved to providers (302), changed signatures (303). */
const AIRFLOW3_BREAKING = new Set(["AIR301", "AIR302", "AIR303"]);
/** Still work in Airflow 3 (deprecated shims) or moved in 3.1. */
const AIRFLOW3_DEPRECATED = new Set(["AIR311", "AIR312", "AIR321"]);

/**
 * The default level of a ruff rule for a project's Airflow major version: on Airflow 3, removed APIs are errors and
 * deprecated ones warnings; on Airflow 2 every Airflow 3 finding is a readiness finding at `readinessLevel`.
 */
/** Covered by our own checks with better messages (parse-time-work, start-date-static): off unless enabled. */
const COVERED_BY_OWN_CHECKS = new Set(["AIR003", "AIR304"]);

/**
 * The default level of a ruff rule for a project's Airflow major version. On Airflow 3, removed APIs are errors and
 * deprecated ones warnings. On Airflow 2, breaking Airflow 3 changes are readiness findings at `readinessLevel`, and
 * APIs that still work in Airflow 3 (deprecated shims) are notices, so migration work does not drown real errors.
 */
export function defaultRuffLevel(code: string, airflowMajor: 2 | 3, readinessLevel: Level): Level {
  if (code === "syntax-error") return "error";
  if (COVERED_BY_OWN_CHECKS.has(code)) return "off";
  if (AIRFLOW3_BREAKING.has(code)) return airflowMajor === 3 ? "error" : readinessLevel;
  if (AIRFLOW3_DEPRECATED.has(code)) return airflowMajor === 3 ? "warning" : readinessLevel === "off" ? "off" : "notice";
  // AIR0xx (DAG hygiene) are advice; AIR2xx (TaskFlow style) are notices.
  return code.startsWith("AIR0") ? "warning" : "notice";
}

export function ruffDiagnosticsToFindings(
  diagnostics: RuffDiagnostic[],
  file: string,
  levelOf: (code: string) => Level,
  airflowMajor: 2 | 3,
): Finding[] {
  const findings: Finding[] = [];
  let sawSyntaxError = false;
  for (const d of diagnostics) {
    // Like CPython, report the first syntax error: the ones after it are usually its echoes.
    if (d.code === "syntax-error") {
      if (sawSyntaxError) continue;
      sawSyntaxError = true;
    }
    // Judged by undefinedNameFindings, which knows where code runs (F405 through starNameReads).
    if (d.code === "F821" || d.code === "F405") continue;
    const level = levelOf(d.code);
    if (level === "off") continue;
    const readiness = airflowMajor === 2 && (AIRFLOW3_BREAKING.has(d.code) || AIRFLOW3_DEPRECATED.has(d.code));
    findings.push({
      checkId: d.code,
      severity: level as Severity,
      message: readiness ? `Airflow 3 readiness: ${d.message}` : d.message,
      file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: d.fix,
    });
  }
  return findings;
}

/**
 * Check `undefined-name` from ruff's F821 diagnostics: a name used where nothing defines it. Where the code runs when
 * Airflow imports the file (module-level code, and functions it calls: a `@dag` function, a factory), importing the DAG
 * fails with NameError: a finding at `level` (error by default). Inside a function module-level code never calls (a
 * task, a callback) or a block that does not run at import (`if __name__ == "__main__":`, `if TYPE_CHECKING:`, a branch
 * a constant condition rules out: all FileInventory.notRunAtImport) it fails only when that runs: a warning at most (a lower configured
 * level wins), as in a file that binds globals at run time (FileInventory.dynamicGlobals); names the file sets on the
 * builtins module (FileInventory.builtinsNames) are not reported. Names in annotations Python
 * never evaluates (FileInventory.unevaluated) are not reported. A file with a star import gets no F821 from ruff (F405
 * instead: see starNameReads). Names defined only below the module-level call that runs the
 * function reading them (FileInventory.earlyReads) fail the import with NameError too: a finding at `level`; so do
 * names imported only under `if TYPE_CHECKING:` that an annotation evaluated at import, or module-level code, reads
 * (FileInventory.typeCheckingReads), and names only functions bind (`global NAME`) that module-level code reads before
 * any of them can have run (FileInventory.globalReads). A name a function binds below the read
 * (FileInventory.unboundLocalReads) is its local variable: UnboundLocalError, worded as the project's Python
 * (`pythonVersion`, "3.12"; unknown: 3.11's words) words it.
 */
export function undefinedNameFindings(
  diagnostics: RuffDiagnostic[],
  where: { notRunAtImport?: readonly number[]; unevaluated?: readonly number[]; dynamicGlobals?: true; builtinsNames?: readonly string[]; earlyReads?: readonly EarlyRead[]; globalReads?: readonly GlobalRead[]; typeCheckingReads?: readonly TypeCheckingRead[]; unboundLocalReads?: readonly UnboundLocalRead[] },
  file: string,
  level: Level,
  pythonVersion?: string,
): Finding[] {
  if (level === "off") return [];
  const findings: Finding[] = [];
  const inside = (line: number, column: number, spans: readonly number[] = where.notRunAtImport ?? []): boolean => insideSpans(line, column, spans);
  for (const d of diagnostics) {
    if (d.code !== "F821") continue;
    // An annotation Python never evaluates (postponed, or a string) raises nothing.
    if (inside(d.line, d.column, where.unevaluated ?? [])) continue;
    const name = /`([^`]+)`/.exec(d.message)?.[1] ?? "this name";
    const atImport = !inside(d.line, d.column);
    // A local variable of the function (bound further down in it): neither globals nor builtins are looked up.
    const local = where.unboundLocalReads?.find((r) => r.line === d.line && r.column === d.column && r.name === name);
    if (local) {
      findings.push(unboundLocalFinding(local, d, file, atImport ? (level as Severity) : level === "error" ? "warning" : (level as Severity), atImport, pythonVersion));
      continue;
    }
    // Set on the builtins module by the file (`builtins.ENV = ...`): Python finds it there.
    if (where.builtinsNames?.includes(name)) continue;
    // A file binding globals at run time (globals().update(...)) may define it: a warning at most, as in a task body.
    const severity: Severity = atImport && !where.dynamicGlobals ? (level as Severity) : level === "error" ? "warning" : (level as Severity);
    findings.push({
      checkId: "undefined-name",
      severity,
      message: !atImport
        ? `'${name}' is not defined: this code fails with NameError: name '${name}' is not defined if it runs, but not while Airflow imports the file (a task or callback fails then; an \`if __name__ == "__main__":\` block when the file is run as a script; a branch a constant condition rules out never)`
        : where.dynamicGlobals
          ? `'${name}' is not defined by any statement of this file, which binds names at run time (globals(), vars(), exec, builtins): unless those bind '${name}' before this line runs, importing this DAG fails with NameError: name '${name}' is not defined`
          : `'${name}' is not defined where Airflow runs this line while importing the file: importing this DAG fails with NameError: name '${name}' is not defined`,
      file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: where.dynamicGlobals && atImport
        ? `define '${name}' with a plain assignment or import above its first use, so that readers and tools can see it (or check the name bound at run time for a typo)`
        : `import or define '${name}' above its first use (a typo of a defined name? a missing import?)`,
    });
  }
  // Defined, but only below the module-level call that runs the function reading it.
  for (const read of where.earlyReads ?? []) {
    findings.push({
      checkId: "undefined-name",
      severity: level as Severity,
      message: `'${read.name}' is not defined yet when ${read.function}() runs: module-level code calls it at line ${read.callLine}, and '${read.name}' is first bound at line ${read.boundLine}: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: `bind '${read.name}' above line ${read.callLine}, or pass it to ${read.function}() as an argument`,
    });
  }
  // Bound only by functions (`global NAME`), read by module-level code before any of them can have run.
  for (const read of where.globalReads ?? []) {
    if (findings.some((f) => f.line === read.line && f.column === read.column)) continue;
    findings.push({
      checkId: "undefined-name",
      severity: level as Severity,
      message: `'${read.name}' is bound only when a function runs (\`global ${read.name}\` in ${read.function}(), line ${read.globalLine}), and module-level code reads it here before anything calls one: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: `call ${read.function}() above this line, or assign '${read.name}' at module level above it`,
    });
  }
  // Bound only under `if TYPE_CHECKING:`, read by an annotation Python evaluates at import.
  for (const read of where.typeCheckingReads ?? []) {
    findings.push({
      checkId: "undefined-name",
      severity: level as Severity,
      message: `'${read.name}' is imported only under \`if TYPE_CHECKING:\` (line ${read.importLine}), which never runs, but ${read.plainRead ? "module-level code reads it here" : "this annotation is evaluated"} when Airflow imports the file: importing this DAG fails with NameError: name '${read.name}' is not defined`,
      file,
      line: read.line,
      column: read.column,
      endLine: read.endLine,
      endColumn: read.endColumn,
      fix: read.plainRead
        ? `import '${read.name}' outside \`if TYPE_CHECKING:\` (the code uses it, not only type checkers)`
        : `add \`from __future__ import annotations\` at the top of the file (annotations are then never evaluated), quote the annotation, or import '${read.name}' outside \`if TYPE_CHECKING:\``,
    });
  }
  return findings;
}

/**
 * Python's UnboundLocalError for a read of `name` in a function that binds it only further on, as the project's
 * Python (`pythonVersion`, "3.12") words it: 3.11 reworded it; before, "local variable 'x' referenced before assignment".
 */
export function unboundLocalError(name: string, pythonVersion?: string): string {
  const minor = Number(/^3\.(\d+)/.exec(pythonVersion ?? "")?.[1] ?? 11);
  return minor < 11 ? `UnboundLocalError: local variable '${name}' referenced before assignment` : `UnboundLocalError: cannot access local variable '${name}' where it is not associated with a value`;
}

/** An `undefined-name` finding for ruff's F821 on a read of a local variable above its binding (UnboundLocalRead). */
function unboundLocalFinding(read: UnboundLocalRead, d: RuffDiagnostic, file: string, severity: Severity, atImport: boolean, pythonVersion?: string): Finding {
  const error = unboundLocalError(read.name, pythonVersion);
  const what = `'${read.name}' is a local variable of ${read.function}(), which binds it only at line ${read.boundLine}`;
  return {
    checkId: "undefined-name",
    severity,
    message: atImport
      ? `${what}: Airflow runs this line while importing the file, and importing this DAG fails with ${error}`
      : `${what}: this code fails with ${error} if it runs, but not while Airflow imports the file (a task or callback fails then)`,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    fix: `bind '${read.name}' above this line (move its definition up), or pass it in as an argument`,
  };
}

const SCHEDULE_ARGUMENTS = new Set(["schedule", "schedule_interval", "timetable"]);
/** A positional argument from the third on (`#2` schedule, `#3` schedule_interval, `#4` timetable, then start_date...). */
const SCHEDULE_POSITION = /^#([2-9]|\d{2,})$/;

/**
 * Drops ruff's AIR002 ("`DAG` or `@dag` should have an explicit `schedule` argument") where the inventory knows the
 * DAG on that line does get one: ruff reads only the keywords written in the call, not those a `**NAME` splat of a
 * module-level dict passes (`DAG(**DAG_SETTINGS)` with `"schedule"` in the dict), nor any other `**` splat, which may
 * pass one too (a dict a factory builds, a conditional one). `splatLines` (FileInventory.dagSplatLines): lines of
 * `dag(...)`/`DAG(...)` calls with such a splat whether or not a DAG is listed there, as in a wrapper's
 * `return dag(**kwargs)` (its callers' keywords reach `dag()` through it).
 */
export function withoutAnsweredAir002(findings: Finding[], dags: readonly DagInfo[], splatLines: readonly number[] = []): Finding[] {
  if (!findings.some((f) => f.checkId === "AIR002")) return findings;
  // A DAG a factory creates several times carries the line of each call; definitionLine is where ruff looks.
  // A `**` splat the inventory could not read (a dict built in a function, a conditional one) may pass it as well.
  // `DAG("id", "desc", "@daily")`: DAG.__init__ and dag() take dag_id, description, schedule, schedule_interval and
  // timetable by position first (airflow/models/dag.py at 2.10.5); ruff reads keywords only. A `*` splat may pass one.
  const scheduled = new Set(dags.filter((d) => d.arguments?.some((a) => SCHEDULE_ARGUMENTS.has(a.name) || a.name === "**" || a.name === "*" || SCHEDULE_POSITION.test(a.name))).flatMap((d) => [d.line, d.definitionLine ?? d.line]));
  for (const line of splatLines) scheduled.add(line);
  return findings.filter((f) => f.checkId !== "AIR002" || !scheduled.has(f.line));
}

/**
 * The undefined-name findings a file would get if the names its star imports bring were known to leave them out:
 * ruff's F405 ("may be undefined, or defined from star imports") judged as F821 by undefinedNameFindings. Empty unless
 * every star import of the file (`from m import *`) runs at import, unguarded, from a module of `localModules` (the
 * project's): the helper pass (helper-modules.ts) keeps those whose name none of the star-imported modules binds.
 */
export function starNameReads(
  diagnostics: RuffDiagnostic[],
  where: Parameters<typeof undefinedNameFindings>[1] & { imports: readonly { module: string; names?: string[]; scope: string; guarded: boolean; conditional?: true; typeCheckingOnly?: boolean; relative: boolean }[] },
  file: string,
  level: Level,
  localModules: readonly string[],
): Finding[] {
  const stars = where.imports.filter((ref) => ref.names?.includes("*"));
  if (!stars.length || !diagnostics.some((d) => d.code === "F405")) return [];
  const projectStar = (ref: (typeof stars)[number]): boolean => ref.scope === "module" && !ref.guarded && !ref.conditional && !ref.typeCheckingOnly && !ref.relative && localModules.includes(ref.module.split(".")[0] as string);
  if (!stars.every(projectStar)) return [];
  return undefinedNameFindings(
    diagnostics.filter((d) => d.code === "F405").map((d) => ({ ...d, code: "F821" })),
    { notRunAtImport: where.notRunAtImport, unevaluated: where.unevaluated, dynamicGlobals: where.dynamicGlobals },
    file,
    level,
  );
}

/**
 * `findings` with the undefined-name findings of DAG files that import project modules writing on the builtins module
 * (helper-modules.ts HelperImportOptions.onBuiltins, by repository path) judged again: a name such a module sets
 * (`builtins.START = ...` in include/inject.py, which `import include.inject` runs) is defined, as Python looks names up
 * in builtins last; where a module sets names it does not spell ("any"), an error that a name is not defined drops to
 * a warning, as in a file binding globals at run time (FileInventory.dynamicGlobals). Other findings are kept as they are.
 */
export function withHelperBuiltins(findings: Finding[], builtinsByFile: ReadonlyMap<string, ReadonlySet<string> | "any">): Finding[] {
  if (!builtinsByFile.size) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const written = f.checkId === "undefined-name" ? builtinsByFile.get(f.file) : undefined;
    const name = written ? /^'([^']+)' is not defined\b/.exec(f.message)?.[1] : undefined;
    if (!written || name === undefined) out.push(f);
    else if (written === "any") {
      out.push(
        f.severity === "error"
          ? { ...f, severity: "warning", message: `${f.message} (unless a project module this file imports sets '${name}' on the builtins module: one sets names there at run time)` }
          : f,
      );
    } else if (!written.has(name)) out.push(f);
  }
  return out;
}
