import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix } from "node:path";
import type { Finding, Level, Severity } from "../core/findings.js";
import type { AstroProject } from "../project/project.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileAnalyzer } from "./analyzer.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { airflowCoreImportProblems, judgesAirflowCore } from "./airflow-core-names.js";
import type { FileInventory, ImportRef, Suppressions } from "./inventory.js";
import { airflow3RemovedImports, type ModuleResolver } from "./module-resolver.js";
import { analyseModuleFiles, MAX_MODULE_BYTES } from "./project-classes.js";
import { undefinedNameFindings } from "./ruff.js";
import { nearestName } from "../util/nearest-name.js";

/**
 * Check `helper-import-failed`: a DAG file imports, where Airflow runs the import while importing the file (module
 * level, or a function module-level code calls, never guarded by try/except or TYPE_CHECKING), a module of the
 * project (a `.py` file of the project root, `dags/` or `plugins/`, the folders the Astro image and the DagBag put
 * on sys.path: `include/helpers.py` is `include.helpers`, `dags/common/utils.py` is `common.utils`) that itself fails
 * to import: DagBag records the helper's exception as the DAG file's import error (a SyntaxError of the helper, its
 * own module-level import of a module nothing installs, a NameError of its module-level code, or any of those in a
 * project module it imports in turn). Only what is certain is said: a module Python might find elsewhere first (a
 * top-level name the stdlib, Airflow or a requirement also provides), a package whose `__init__.py` touches
 * `__path__` or `sys.modules`, relative imports inside helpers, and imports under try/except are not followed.
 * Each helper module is read and analysed once per run (and its analysis cached by content, as DAG files' are).
 */

type Project = Pick<AstroProject, "root" | "relativeRoot" | "dirs" | "pythonVersion" | "localModules" | "airflowMajor" | "airflowVersion">;

/** A DAG file's imports the check follows, with its suppressions (a judged file's come from its cached record). */
export interface HelperImporter {
  file: string;
  imports: ImportRef[];
  suppressions?: Suppressions;
}

/** The check levels a cause of failure is reported at (each capped by its own check's level and helper-import-failed's). */
export interface HelperImportLevels {
  "helper-import-failed": Level;
  "syntax-error": Level;
  "unresolved-import": Level;
  "undefined-name": Level;
  "airflow-import-invalid": Level;
  "airflow3-removed-import": Level;
}

export interface HelperImportOptions {
  project: Project;
  analyzer: FileAnalyzer;
  cache?: AnalysisCache;
  /** The project's resolver (unresolved-import's). */
  resolver: ModuleResolver;
  /**
   * Whether something other than the project provides a top-level module (the stdlib, Airflow, a requirement, the
   * runtime image): Python may then import that one, not the project's file.
   */
  providedElsewhere: (top: string) => boolean;
  levels: HelperImportLevels;
  /** This run's own analyses with their ruff diagnostics (not judged ones), by repository path: not analysed again. */
  analysed: Map<string, FileAnalysis>;
}

/**
 * The imports of a file the check follows: run while Airflow imports the file (ImportRef.scope `module`), not under
 * try/except or TYPE_CHECKING, absolute, of a top-level module the project has. Kept in the judged record so that a
 * file served judged from the cache is still followed (its helpers may have changed since).
 */
export function parseTimeProjectImports(inventory: Pick<FileInventory, "imports">, localModules: readonly string[]): ImportRef[] {
  return inventory.imports.filter((ref) => parseTime(ref) && localModules.includes(ref.module.split(".")[0] as string));
}

function parseTime(ref: ImportRef): boolean {
  // An import under an `if` of unknown truth (ImportRef.conditional) may never run: its failure is not certain.
  return ref.scope === "module" && !ref.guarded && !ref.typeCheckingOnly && !ref.conditional && !ref.relative && ref.module !== "";
}

/** How many project modules one run follows at most. */
const MAX_HELPER_MODULES = 2000;
/** A package `__init__.py` doing this may import from anywhere: what it imports is not followed. */
const OPAQUE_PACKAGE = /__path__|pkgutil|sys\.modules|__getattr__|importlib/;

/**
 * A module whose text may bind names no statement of it spells (star imports, globals()/vars()/setattr/exec, a module
 * `__getattr__`, sys.modules, builtins): a name it does not spell may still be there.
 */
const DYNAMIC_NAMES = /\b(globals|vars|locals|setattr|exec|eval|__import__|import_module)\s*\(|__getattr__|__dict__|\bsys\.modules\b|\bbuiltins\b|\bimport\s*\*|\bimport\s*\(\s*\*/;

/**
 * Why an import of project modules fails once the modules it runs imported fine: a `from m import name` of a name a
 * static module never spells (ImportError: cannot import name), or a submodule missing from a plain package
 * (ModuleNotFoundError). Raised at the import statement itself.
 */
interface MissingInProject {
  error: string;
  fix: string;
}

/** `project-name`: a name or submodule missing from a project module (MissingInProject), always an error. */
type Cause = Exclude<keyof HelperImportLevels, "helper-import-failed"> | "project-name";

/** Why importing a project module fails: where Python raises, what, and through which imports it got there. */
interface Failure {
  /** Repository-relative path of the module that raises. */
  file: string;
  line: number;
  error: string;
  fix: string;
  cause: Cause;
  /** The imports on the way, outermost first (`include/wrapper.py:1`). */
  through: string[];
}

interface Located {
  kind: "module" | "package" | "namespace";
  /** Project-relative path of the file that runs (none for a namespace package). */
  rel?: string;
  /** Where its submodules are looked for (project-relative folders). */
  path: string[];
  /** A package whose `__init__.py` may change where submodules come from. */
  opaque?: boolean;
  /** The `__init__.py` text, to tell a submodule from a name it binds. */
  initText?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

export async function helperImportFindings(importers: HelperImporter[], options: HelperImportOptions): Promise<Finding[]> {
  const { project, levels } = options;
  if (levels["helper-import-failed"] === "off" || !importers.some((i) => i.imports.length)) return [];
  const toPosix = (p: string): string => p.split("\\").join("/");
  const rootPosix = toPosix(project.root);
  const relOf = (abs: string): string => posix.relative(rootPosix, toPosix(abs));
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d): d is string => !!d).map(relOf)].filter((r) => !r.startsWith(".."));
  const repoPath = (rel: string): string => (project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel);

  const kinds = new Map<string, Promise<"file" | "dir" | undefined>>();
  const kindOf = (rel: string): Promise<"file" | "dir" | undefined> => {
    let found = kinds.get(rel);
    if (!found) {
      found = stat(join(project.root, rel)).then(
        (s) => (s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined),
        () => undefined,
      );
      kinds.set(rel, found);
    }
    return found;
  };
  const texts = new Map<string, Promise<Buffer | undefined>>();
  const bytesOf = (rel: string): Promise<Buffer | undefined> => {
    let bytes = texts.get(rel);
    if (!bytes) {
      bytes = readFile(join(project.root, rel)).then(
        (b) => (b.length <= MAX_MODULE_BYTES ? b : undefined),
        () => undefined,
      );
      texts.set(rel, bytes);
    }
    return bytes;
  };

  // importlib's FileFinder, per folder of the search path: a package (`name/__init__.py`) before a module
  // (`name.py`), a folder without `__init__.py` only a namespace portion, used when no folder has either.
  const located = new Map<string, Promise<Located | undefined>>();
  const locateIn = (name: string, search: string[]): Promise<Located | undefined> => {
    const memoKey = `${search.join("\0")}\0\0${name}`;
    let found = located.get(memoKey);
    if (!found) {
      found = (async (): Promise<Located | undefined> => {
        const portions: string[] = [];
        let first: Located | undefined;
        for (const dir of search) {
          const pkg = dir ? `${dir}/${name}` : name;
          let hit: Located | undefined;
          if ((await kindOf(`${pkg}/__init__.py`)) === "file") {
            const initText = (await bytesOf(`${pkg}/__init__.py`))?.toString("utf8");
            hit = { kind: "package", rel: `${pkg}/__init__.py`, path: [pkg], initText, opaque: initText === undefined || OPAQUE_PACKAGE.test(initText) };
          } else if ((await kindOf(`${pkg}.py`)) === "file") hit = { kind: "module", rel: `${pkg}.py`, path: [] };
          else if ((await kindOf(pkg)) === "dir") portions.push(pkg);
          // In two folders of the path (the project root's and dags/'s): which one Python takes depends on the order
          // of sys.path, which may differ from the Astro image's: not followed.
          if (hit && first) return undefined;
          first ??= hit;
        }
        return first ?? (portions.length ? { kind: "namespace", path: portions } : undefined);
      })();
      located.set(memoKey, found);
    }
    return found;
  };

  // What a folder holds, to tell that a submodule is certainly not there (no `name.py`, `name/`, `name.<ext>`).
  const listings = new Map<string, Promise<string[] | undefined>>();
  const absentIn = async (name: string, dir: string): Promise<boolean> => {
    let listing = listings.get(dir);
    if (!listing) {
      listing = readdir(join(project.root, dir)).then(
        (entries) => entries,
        () => undefined,
      );
      listings.set(dir, listing);
    }
    const entries = await listing;
    return entries !== undefined && !entries.some((e) => e === name || e.startsWith(`${name}.`));
  };
  /** The module-level names a module's text may bind, with the line of their first definition (for the fix). */
  const definedNames = (text: string): Map<string, number> => {
    const names = new Map<string, number>();
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      const found = /^(?:async\s+def|def|class)\s+(\w+)|^(\w+)\s*(?::[^=\n]*)?=(?!=)/.exec(line);
      const name = found?.[1] ?? found?.[2];
      if (name && !names.has(name)) names.set(name, i + 1);
      const imported = /^(?:from\s+\S+\s+)?import\s+([\w\s,.]+)$/.exec(line.replace(/#.*$/, "").trim());
      for (const part of imported?.[1]?.split(",") ?? []) {
        const alias = /(?:^|\s)as\s+(\w+)\s*$/.exec(part)?.[1] ?? part.trim().split(".")[0];
        if (alias && /^\w+$/.test(alias) && !names.has(alias)) names.set(alias, i + 1);
      }
    }
    return names;
  };
  const closestOf = (name: string, candidates: Map<string, number | undefined>): string => {
    const byLower = new Map<string, string>();
    for (const candidate of candidates.keys()) if (!candidate.startsWith("_") || name.startsWith("_")) byLower.set(candidate.toLowerCase(), candidate);
    const near = nearestName(name, [...byLower.keys()]);
    const found = near === undefined ? undefined : byLower.get(near);
    if (found === undefined) return "";
    const line = candidates.get(found);
    return `: did you mean '${found}'${line !== undefined ? ` (line ${line})` : ""}?`;
  };
  /** `from <module> import <name>` where the module is certainly fully read and `name` certainly not there. */
  const missingName = async (module: string, found: Located, name: string): Promise<MissingInProject | undefined> => {
    if (!found.rel || name === "*" || !/^[A-Za-z_]\w*$/.test(name) || /^__\w+__$/.test(name)) return undefined;
    const text = found.kind === "package" ? found.initText : (await bytesOf(found.rel))?.toString("utf8");
    if (text === undefined || found.opaque || DYNAMIC_NAMES.test(text) || new RegExp(`\\b${name}\\b`).test(text)) return undefined;
    const candidates = new Map<string, number | undefined>(definedNames(text));
    if (found.kind === "package") {
      // Not bound by the package: Python imports the submodule `module.name`, when there is one.
      const dir = found.path[0];
      if (found.path.length !== 1 || dir === undefined || !(await absentIn(name, dir))) return undefined;
      for (const entry of (await listings.get(dir)) ?? []) {
        const sub = /^([A-Za-z_]\w*)(\.py)?$/.exec(entry);
        if (sub?.[1] && sub[1] !== "__init__" && !candidates.has(sub[1])) candidates.set(sub[1], undefined);
      }
    }
    const file = repoPath(found.rel);
    return {
      error: `ImportError: cannot import name '${name}' from '${module}' (${file})`,
      fix: `${file} defines no '${name}'${found.kind === "package" ? " and has no submodule of that name" : ""}${closestOf(name, candidates) || `: import a name it defines, or define '${name}' there`}`,
    };
  };

  // The same import in many DAG files is looked up once.
  const filesMemo = new Map<string, Promise<string[]>>();
  /** The certain ImportError an import raises once the files it runs imported fine (by lookUpFiles' memo key). */
  const problems = new Map<string, MissingInProject>();
  const problemOf = (ref: ImportRef): MissingInProject | undefined => problems.get(`${ref.module} ${(ref.names ?? []).join(",")}`);
  const filesOf = (ref: ImportRef): Promise<string[]> => {
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    let files = filesMemo.get(memoKey);
    if (!files) {
      files = lookUpFiles(ref);
      filesMemo.set(memoKey, files);
    }
    return files;
  };
  /** The project files an import runs, in order (packages' `__init__.py` first); stops where it is not certain. */
  const lookUpFiles = async (ref: ImportRef): Promise<string[]> => {
    const top = ref.module.split(".")[0] as string;
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(ref.module) || top === "airflow" || options.providedElsewhere(top)) return [];
    const files: string[] = [];
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    let search = roots;
    let last: Located | undefined;
    const parts = ref.module.split(".");
    for (const [i, part] of parts.entries()) {
      const parent = last;
      last = await locateIn(part, search);
      if (!last) {
        // A submodule a plain package (an `__init__.py` that does not touch its `__path__`) certainly lacks.
        const dir = parent?.path[0];
        if (parent?.kind === "package" && !parent.opaque && parent.path.length === 1 && dir !== undefined && (await absentIn(part, dir))) {
          const missing = parts.slice(0, i + 1).join(".");
          const siblings = new Map<string, number | undefined>();
          for (const entry of (await listings.get(dir)) ?? []) {
            const sub = /^([A-Za-z_]\w*)(\.py)?$/.exec(entry);
            if (sub?.[1] && sub[1] !== "__init__" && sub[1] !== "__pycache__") siblings.set(sub[1], undefined);
          }
          problems.set(memoKey, {
            error: `ModuleNotFoundError: No module named '${missing}'`,
            fix: `${repoPath(dir)}/ has no module ${part}.py nor package ${part}/${closestOf(part, siblings).replace(/'(\w+)'/, `'${parts.slice(0, i).join(".")}.$1'`)}`,
          });
        }
        return files;
      }
      if (last.rel) files.push(last.rel);
      if (i < parts.length - 1 && (last.kind === "module" || last.opaque)) return files;
      search = last.path;
    }
    // `from pkg import name`: a submodule is imported when the package does not bind the name itself.
    if (last && last.kind !== "module" && !last.opaque) {
      for (const name of ref.names ?? []) {
        if (name === "*" || !/^[A-Za-z_]\w*$/.test(name)) continue;
        if (last.initText !== undefined && new RegExp(`\\b${name}\\b`).test(last.initText)) continue;
        const sub = await locateIn(name, last.path);
        if (sub?.rel) files.push(sub.rel);
      }
    }
    // `from module import name` of a name the module never binds (the first such name: Python stops there).
    if (last && (last.kind === "module" || last.kind === "package")) {
      for (const name of ref.names ?? []) {
        const missing = await missingName(ref.module, last, name);
        if (missing) {
          problems.set(memoKey, missing);
          break;
        }
      }
    }
    return files;
  };

  // Analyse every module the imports reach, breadth first, each once (a batch per level).
  const analyses = new Map<string, FileAnalysis | undefined>();
  const importsOf = new Map<string, { ref: ImportRef; files: string[] }[]>();
  const importerFiles = new Map<HelperImporter, { ref: ImportRef; files: string[] }[]>();
  let frontier = new Set<string>();
  for (const importer of importers) {
    const followed: { ref: ImportRef; files: string[] }[] = [];
    for (const ref of importer.imports) {
      if (!parseTime(ref)) continue;
      const files = await filesOf(ref);
      if (!files.length && !problemOf(ref)) continue;
      followed.push({ ref, files });
      for (const f of files) frontier.add(f);
    }
    if (followed.length) importerFiles.set(importer, followed);
  }
  while (frontier.size && analyses.size < MAX_HELPER_MODULES) {
    const sources: { rel: string; bytes: Uint8Array }[] = [];
    for (const rel of frontier) {
      if (analyses.has(rel)) continue;
      const mine = options.analysed.get(repoPath(rel));
      if (mine) {
        analyses.set(rel, mine);
        continue;
      }
      analyses.set(rel, undefined);
      const bytes = await bytesOf(rel);
      if (bytes) sources.push({ rel, bytes });
    }
    for (const { rel, analysis } of await analyseModuleFiles(project, sources, options.analyzer, options.cache)) analyses.set(rel, analysis);
    const next = new Set<string>();
    for (const rel of frontier) {
      const inventory = analyses.get(rel)?.inventory;
      if (!inventory || importsOf.has(rel)) continue;
      const followed: { ref: ImportRef; files: string[] }[] = [];
      for (const ref of inventory.imports) {
        if (!parseTime(ref) || !project.localModules.includes(ref.module.split(".")[0] as string)) continue;
        const files = await filesOf(ref);
        if (!files.length && !problemOf(ref)) continue;
        followed.push({ ref, files });
        for (const f of files) if (!analyses.has(f)) next.add(f);
      }
      importsOf.set(rel, followed);
    }
    frontier = next;
  }

  const judgeCore = project.airflowMajor === 2 && judgesAirflowCore(project.airflowVersion) && !options.resolver.isLocal?.("airflow");
  // Why one module fails on its own or through the project modules it imports (a cycle's back edge counts as
  // importing fine: Python hands back the partly initialised module).
  const failures = new Map<string, Failure | null>();
  const inProgress = new Set<string>();
  const failureOf = (rel: string): Failure | null => {
    const known = failures.get(rel);
    if (known !== undefined) return known;
    if (inProgress.has(rel)) return null;
    const analysis = analyses.get(rel);
    if (!analysis) return null;
    inProgress.add(rel);
    const result = ownFailure(rel, analysis);
    inProgress.delete(rel);
    failures.set(rel, result);
    return result;
  };
  const ownFailure = (rel: string, analysis: FileAnalysis): Failure | null => {
    const file = repoPath(rel);
    if (analysis.unreadable) {
      return levels["syntax-error"] === "off" ? null : { file, line: analysis.unreadable.line, error: `SyntaxError: ${analysis.unreadable.message}`, fix: analysis.unreadable.fix, cause: "syntax-error", through: [] };
    }
    // A module that does not compile raises its SyntaxError before any of its code runs.
    const syntax = analysis.ruff.find((d) => d.code === "syntax-error");
    if (syntax) {
      return levels["syntax-error"] === "off" ? null : { file, line: syntax.line, error: `SyntaxError: ${syntax.message}`, fix: "fix the syntax error (python -m py_compile on the file shows it as Python words it)", cause: "syntax-error", through: [] };
    }
    const inventory = analysis.inventory;
    if (!inventory) return null;
    // Otherwise the first statement that raises, by line.
    const candidates: { line: number; failure: Failure }[] = [];
    if (levels["undefined-name"] !== "off") {
      for (const f of undefinedNameFindings(analysis.ruff, inventory, file, "error")) {
        if (f.severity !== "error") continue;
        const name = /'([^']+)' is not defined/.exec(f.message)?.[1] ?? "?";
        // Ruff reads the text without its file name: `__path__` (a package's `__init__.py`) and other module
        // attributes Python sets are not judged.
        if (/^__\w+__$/.test(name)) continue;
        candidates.push({ line: f.line, failure: { file, line: f.line, error: `NameError: name '${name}' is not defined`, fix: f.fix ?? `define '${name}'`, cause: "undefined-name", through: [] } });
      }
    }
    const followed = new Map((importsOf.get(rel) ?? []).map((entry) => [entry.ref, entry.files]));
    for (const ref of inventory.imports) {
      if (!parseTime(ref)) continue;
      const here = (error: string, fix: string, cause: Cause): void => void candidates.push({ line: ref.line, failure: { file, line: ref.line, error, fix, cause, through: [] } });
      if (project.airflowMajor === 3 && levels["airflow3-removed-import"] !== "off") {
        const removed = airflow3RemovedImports(ref.module, ref.names)[0];
        if (removed) {
          here(`ImportError: '${removed.path}' was removed in Airflow 3 (${removed.rule})`, removed.fix, "airflow3-removed-import");
          continue;
        }
      }
      if (judgeCore && levels["airflow-import-invalid"] !== "off") {
        const problem = airflowCoreImportProblems(ref.module, ref.names)[0];
        if (problem) {
          here(problem.error, problem.fix, "airflow-import-invalid");
          continue;
        }
      }
      const resolution = options.resolver.resolve(ref.module);
      if (resolution.status === "missing") {
        if (levels["unresolved-import"] === "off") continue;
        const parts = ref.module.split(".");
        const missing = options.resolver.missingName?.(ref.module) ?? (parts[0] === "airflow" && parts.length > 1 ? `airflow.${parts[1]}` : (parts[0] as string));
        here(`ModuleNotFoundError: No module named '${missing}'`, resolution.fix, "unresolved-import");
        continue;
      }
      let failed = false;
      for (const dependency of followed.get(ref) ?? []) {
        const inner = failureOf(dependency);
        if (inner) {
          candidates.push({ line: ref.line, failure: { ...inner, through: [`${file}:${ref.line}`, ...inner.through] } });
          failed = true;
          break;
        }
      }
      const problem = failed || !followed.has(ref) ? undefined : problemOf(ref);
      if (problem) here(problem.error, problem.fix, "project-name");
    }
    let first: { line: number; failure: Failure } | undefined;
    for (const c of candidates) if (!first || c.line < first.line) first = c;
    return first?.failure ?? null;
  };

  const findings: Finding[] = [];
  for (const [importer, followed] of importerFiles) {
    const reported = new Set<string>();
    const mine: Finding[] = [];
    for (const { ref, files } of followed) {
      let failed = false;
      for (const rel of files) {
        const failure = failureOf(rel);
        if (!failure) continue;
        failed = true;
        const where = `${failure.file}:${failure.line}`;
        if (reported.has(where)) break;
        reported.add(where);
        const severity = capped(levels["helper-import-failed"], failure.cause === "project-name" ? "error" : levels[failure.cause]);
        if (!severity) break;
        const via = failure.through.length ? `; imported through ${failure.through.join(", then ")}` : "";
        mine.push({
          checkId: "helper-import-failed",
          severity,
          file: importer.file,
          line: ref.line,
          message: `importing this DAG fails: it imports the project module ${repoPath(rel)}, which fails with ${failure.error} (raised in ${where}${via})`,
          fix: `in ${failure.file} line ${failure.line}: ${failure.fix}`,
        });
        break;
      }
      // Every module it runs imports fine, but the import itself raises: a name or submodule the project lacks.
      const problem = failed ? undefined : problemOf(ref);
      if (problem) {
        mine.push({
          checkId: "helper-import-failed",
          severity: levels["helper-import-failed"],
          file: importer.file,
          line: ref.line,
          message: `importing this DAG fails with ${problem.error}`,
          fix: problem.fix,
        });
      }
    }
    findings.push(...(importer.suppressions ? mine.filter((f) => !suppressed(f, importer.suppressions as Suppressions)) : mine));
  }
  return findings;
}

/** The lower of two levels, as a severity (undefined when either is off). */
function capped(a: Level, b: Level): Severity | undefined {
  if (a === "off" || b === "off") return undefined;
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

function suppressed(finding: Finding, s: Suppressions): boolean {
  const covers = (ids: string[] | undefined): boolean => ids !== undefined && (ids.length === 0 || ids.includes(finding.checkId));
  return covers(s.file) || covers(s.lines[finding.line]);
}
