import { readdir, stat } from "node:fs/promises";
import { join, posix } from "node:path";
import type { Finding, Level, Severity } from "../core/findings.js";
import type { AstroProject } from "../project/project.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileAnalyzer } from "./analyzer.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { airflowCoreImportProblems, judgesAirflowCore } from "./airflow-core-names.js";
import type { FileInventory, ImportRef, Suppressions } from "./inventory.js";
import { airflow3RemovedImports, type ModuleResolver } from "./module-resolver.js";
import { analyseModuleFiles, readProjectModule } from "./project-classes.js";
import { unboundLocalError, undefinedNameFindings } from "./ruff.js";
import { codeOnlyText } from "./code-text.js";
import { taskCallProblem, taskCallWords, type ImportedTaskCall } from "./task-signatures.js";
import { isInside } from "../util/is-inside.js";
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
 * `__path__` or `sys.modules`, and imports under try/except are not followed. A helper imported as a top-level module
 * (`import helpers` of dags/helpers.py) has no parent package: its relative imports fail (ImportError); in a package
 * (`pkg.helpers`) they are not followed. A name the helper only annotates (`LIMIT: int`) is not defined.
 * A circular import between helpers fails where a module partly initialised is asked for a name it binds only below
 * the import that started the cycle (circularFailure). Each helper module is read and analysed once per run (and its
 * analysis cached by content, as DAG files' are).
 * The same pass judges what DAG files take from helpers: names only star imports of helpers may define
 * (HelperImporter.starNameReads, check `undefined-name`) and calls of helpers' `@task` functions
 * (HelperImporter.taskCalls, check `task-argument-invalid`).
 */

type Project = Pick<AstroProject, "root" | "repoRoot" | "relativeRoot" | "dirs" | "pythonVersion" | "localModules" | "airflowMajor" | "airflowVersion">;

/** A DAG file's imports the check follows, with its suppressions (a judged file's come from its cached record). */
export interface HelperImporter {
  file: string;
  imports: ImportRef[];
  suppressions?: Suppressions;
  /**
   * The file also imports project modules in ways this check does not follow (under try/except or an `if` of unknown
   * truth): which modules those load first is not known, so no circular import is judged for it.
   */
  unfollowedImports?: true;
  /** Calls of imported names (FileInventory.importedTaskCalls): judged against the helpers' `@task` functions. */
  taskCalls?: ImportedTaskCall[];
  /**
   * undefined-name findings for names only the file's star imports of project modules may define (ruff.ts
   * starNameReads): reported when no star-imported module binds the name.
   */
  starNameReads?: Finding[];
}

/** The check levels a cause of failure is reported at (each capped by its own check's level and helper-import-failed's). */
export interface HelperImportLevels {
  "helper-import-failed": Level;
  "syntax-error": Level;
  "unresolved-import": Level;
  "undefined-name": Level;
  "airflow-import-invalid": Level;
  "airflow3-removed-import": Level;
  /** For calls of helpers' `@task` functions (HelperImporter.taskCalls). */
  "task-argument-invalid": Level;
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
  /**
   * Told, per importer whose followed imports (transitively) run a project module that writes on the builtins module,
   * the names those write (FileInventory.builtinsNames), or "any" where one writes names it does not spell (or was
   * not analysed): Python then finds those names as globals of the DAG file (ruff.ts withHelperBuiltins).
   */
  onBuiltins?: (file: string, names: ReadonlySet<string> | "any") => void;
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
/** A module-level statement binding a name, at the start of a line: `NAME = `, `NAME: T = `, `def NAME`, `class NAME`. */
const bindingAt = (name: string): RegExp => new RegExp(`^(?:${name}\\s*(?::[^=\\n]*)?=(?!=)|(?:async[ \\t]+)?def[ \\t]+${name}\\b|class[ \\t]+${name}\\b)`);

/**
 * Why an import of project modules fails once the modules it runs imported fine: a `from m import name` of a name a
 * static module never spells (ImportError: cannot import name), or a submodule missing from a plain package
 * (ModuleNotFoundError). Raised at the import statement itself.
 */
interface MissingInProject {
  error: string;
  fix: string;
}

/**
 * `project-name`: a name or submodule missing from a project module (MissingInProject), or a relative import in a
 * module imported as a top-level one (no parent package): always an error.
 */
type Cause = Exclude<keyof HelperImportLevels, "helper-import-failed" | "task-argument-invalid"> | "project-name";

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
  const judgesHelpers = levels["helper-import-failed"] !== "off";
  const judgesBuiltins = !!options.onBuiltins && levels["undefined-name"] !== "off";
  if (!importers.some((i) => i.imports.length) || (!judgesHelpers && !judgesBuiltins && !importers.some((i) => i.taskCalls?.length || i.starNameReads?.length))) return [];
  const toPosix = (p: string): string => p.split("\\").join("/");
  const rootPosix = toPosix(project.root);
  const relOf = (abs: string): string => posix.relative(rootPosix, toPosix(abs));
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d): d is string => !!d && isInside(project.root, d)).map(relOf)];
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
      bytes = readProjectModule(join(project.root, rel), project.repoRoot);
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
  const problemOf = (ref: ImportRef): MissingInProject | undefined => {
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    // An annotated-only name comes before any name certainly missing (annotatedImports stops there).
    return annotatedProblem(memoKey) ?? problems.get(memoKey);
  };
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
      if (last.rel) {
        files.push(last.rel);
        // `import helpers` of dags/helpers.py: a top-level module (depth 0), with no parent package for its relative
        // imports; `pkg.helpers` has `pkg` (1), the package `pkg` itself too.
        importedAt(last.rel, last.kind === "module" ? i : i + 1);
      }
      if (i < parts.length - 1 && (last.kind === "module" || last.opaque)) return files;
      search = last.path;
    }
    if (last) locatedModules.set(ref.module, last);
    // `from pkg import name`: a submodule is imported when the package does not bind the name itself.
    if (last && last.kind !== "module" && !last.opaque) {
      for (const name of ref.names ?? []) {
        if (name === "*" || !/^[A-Za-z_]\w*$/.test(name)) continue;
        if (last.initText !== undefined && new RegExp(`\\b${name}\\b`).test(last.initText)) continue;
        const sub = await locateIn(name, last.path);
        if (sub?.rel) {
          files.push(sub.rel);
          importedAt(sub.rel, sub.kind === "module" ? parts.length : parts.length + 1);
        }
      }
    }
    // `from module import name` of a name the module never binds (the first such name: Python stops there).
    if (last && (last.kind === "module" || last.kind === "package")) {
      const before: string[] = [];
      for (const name of ref.names ?? []) {
        const missing = await missingName(ref.module, last, name);
        if (missing) {
          problems.set(memoKey, missing);
          break;
        }
        before.push(name);
      }
      // Names the module may only annotate (judged once it is analysed): up to the first name certainly missing.
      const text = last.rel === undefined || last.opaque ? undefined : last.kind === "package" ? last.initText : (await bytesOf(last.rel))?.toString("utf8");
      if (last.rel && text !== undefined && !DYNAMIC_NAMES.test(text)) {
        const dir = last.path[0];
        const names: string[] = [];
        for (const name of before) {
          if (name === "*" || !/^[A-Za-z_]\w*$/.test(name)) break;
          // A package's name it does not bind is looked for as a submodule.
          if (last.kind === "package" && (last.path.length !== 1 || dir === undefined || !(await absentIn(name, dir)))) break;
          names.push(name);
        }
        if (names.length) annotatedImports.set(memoKey, { module: ref.module, rel: last.rel, names });
      }
    }
    return files;
  };
  /** What each dotted module name an import names was found to be (set once its lookup reached it). */
  const locatedModules = new Map<string, Located>();
  /**
   * How deep the package of each imported project file is, at most over the names it is imported by (its
   * `__package__`'s parts: 0 for a top-level module, `import helpers`; 1 for `pkg.helpers` and the package `pkg`): a
   * relative import of more levels fails wherever it is imported.
   */
  const packageDepths = new Map<string, number>();
  const importedAt = (rel: string, depth: number): void => void packageDepths.set(rel, Math.max(depth, packageDepths.get(rel) ?? 0));
  /** `from module import name` where the module may only annotate `name`: the module's file and the names, in order. */
  const annotatedImports = new Map<string, { module: string; rel: string; names: string[] }>();
  /**
   * The ImportError of `from module import name` where the module, analysed, only annotates `name` (`LIMIT: int`
   * binds nothing: FileInventory.annotatedOnly): "cannot import name", as for a name it never spells.
   */
  const annotatedProblem = (memoKey: string): MissingInProject | undefined => {
    const entry = annotatedImports.get(memoKey);
    const annotated = entry ? analyses.get(entry.rel)?.inventory?.annotatedOnly : undefined;
    const name = annotated && entry?.names.find((n) => annotated.includes(n));
    if (!entry || !name) return undefined;
    const file = repoPath(entry.rel);
    return {
      error: `ImportError: cannot import name '${name}' from '${entry.module}' (${file})`,
      fix: `${file} only annotates '${name}' (\`${name}: <type>\` with no value binds nothing): give it a value there (\`${name}: int = 10\`)`,
    };
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
      // TabError and IndentationError (tab-errors.ts) name their class; ruff's messages do not.
      const error = /^(TabError|IndentationError): /.test(syntax.message) ? syntax.message : `SyntaxError: ${syntax.message}`;
      return levels["syntax-error"] === "off" ? null : { file, line: syntax.line, error, fix: "fix the syntax error (python -m py_compile on the file shows it as Python words it)", cause: "syntax-error", through: [] };
    }
    const inventory = analysis.inventory;
    if (!inventory) return null;
    // Otherwise the first statement that raises, by line.
    const candidates: { line: number; failure: Failure }[] = [];
    if (levels["undefined-name"] !== "off") {
      for (const f of undefinedNameFindings(analysis.ruff, inventory, file, "error", project.pythonVersion)) {
        if (f.severity !== "error") continue;
        const name = /'([^']+)' is (?:not defined|a local variable)/.exec(f.message)?.[1] ?? "?";
        // Ruff reads the text without its file name: `__path__` (a package's `__init__.py`) and other module
        // attributes Python sets are not judged.
        if (/^__\w+__$/.test(name)) continue;
        const local = inventory.unboundLocalReads?.find((r) => r.line === f.line && r.column === f.column);
        const error = local ? unboundLocalError(local.name, project.pythonVersion) : `NameError: name '${name}' is not defined`;
        candidates.push({ line: f.line, failure: { file, line: f.line, error, fix: f.fix ?? `define '${name}'`, cause: "undefined-name", through: [] } });
      }
    }
    const followed = new Map((importsOf.get(rel) ?? []).map((entry) => [entry.ref, entry.files]));
    // A module imported only as a top-level module has no parent package: its relative imports fail (DagBag puts
    // dags/ on sys.path, so `import helpers` runs dags/helpers.py as `helpers`; `pkg.helpers` would be fine). One
    // only imported as `pkg.helpers` has one level of package: `from ..x import y` goes beyond it.
    const depth = packageDepths.get(rel);
    const topLevel = depth === 0;
    for (const ref of inventory.imports) {
      const here = (error: string, fix: string, cause: Cause): void => void candidates.push({ line: ref.line, failure: { file, line: ref.line, error, fix, cause, through: [] } });
      const runs = ref.relative && ref.scope === "module" && !ref.guarded && !ref.typeCheckingOnly && !ref.conditional;
      if (runs && !topLevel && depth !== undefined && ref.level !== undefined && ref.level > depth) {
        const names = (ref.names ?? []).join(", ") || "...";
        here(
          "ImportError: attempted relative import beyond top-level package",
          `${file} is imported within a package ${depth} level${depth === 1 ? "" : "s"} deep, and '${".".repeat(ref.level)}${ref.module}' goes ${ref.level} up: import it absolutely ('from <module> import ${names}' with the module's name from a folder on sys.path, such as dags/ or the project root)`,
          "project-name",
        );
        continue;
      }
      if (topLevel && runs) {
        const name = posix.basename(rel, ".py");
        const names = (ref.names ?? []).join(", ") || "...";
        const absolute = ref.module ? `from ${ref.module} import ${names}` : `import ${names}`;
        here(
          "ImportError: attempted relative import with no known parent package",
          `${file} is imported as the top-level module '${name}', which has no parent package: import its neighbours absolutely ('${absolute}' for modules in the same folder of sys.path), or move it into a package and import it as 'pkg.${name}'`,
          "project-name",
        );
        continue;
      }
      if (!parseTime(ref)) continue;
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

  /**
   * The modules on an import cycle (Tarjan's strongly connected components of the followed imports, and modules that
   * import themselves): only imports reaching one are simulated by circularFailure.
   */
  const cyclic = ((): Set<string> => {
    const found = new Set<string>();
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const visit = (rel: string): void => {
      index.set(rel, index.size);
      low.set(rel, index.get(rel) as number);
      stack.push(rel);
      onStack.add(rel);
      for (const { files } of importsOf.get(rel) ?? []) {
        for (const next of files) {
          if (next === rel) found.add(rel);
          if (!index.has(next)) {
            visit(next);
            low.set(rel, Math.min(low.get(rel) as number, low.get(next) as number));
          } else if (onStack.has(next)) low.set(rel, Math.min(low.get(rel) as number, index.get(next) as number));
        }
      }
      if (low.get(rel) !== index.get(rel)) return;
      const component: string[] = [];
      let top: string | undefined;
      do {
        top = stack.pop() as string;
        onStack.delete(top);
        component.push(top);
      } while (top !== rel);
      if (component.length > 1) for (const member of component) found.add(member);
    };
    for (const rel of importsOf.keys()) if (!index.has(rel)) visit(rel);
    return found;
  })();
  /** Every project file importing `files` may run (the followed imports, transitively; each file's set made once). */
  const reachMemo = new Map<string, Set<string>>();
  const reachOne = (start: string): Set<string> => {
    let all = reachMemo.get(start);
    if (all) return all;
    all = new Set<string>();
    const pending = [start];
    while (pending.length) {
      const rel = pending.pop() as string;
      if (all.has(rel)) continue;
      all.add(rel);
      for (const { files: next } of importsOf.get(rel) ?? []) pending.push(...next);
    }
    reachMemo.set(start, all);
    return all;
  };
  const reachOf = (files: readonly string[]): Set<string> => new Set(files.flatMap((f) => [...reachOne(f)]));

  /**
   * The ImportError a circular import raises when the importer's import `followed[index]` runs: Python's rule is that
   * a module still initialising (it imported a module that imports it back) has only the names bound before the
   * import statement that started the cycle, so `from <it> import NAME` of a name it binds further down fails
   * ("cannot import name 'NAME' from partially initialized module"). The import is simulated in the order Python
   * runs it (each module once, its imports in line order); reported only when certain: every import on the way is a
   * plain statement at the start of a line (not in a function, `if` or `try`), the modules run import fine otherwise,
   * no import this pass does not follow comes before, the importer's other imports reach none of the modules run (which
   * runs first would decide), and NAME is certainly unbound before the import (never written above it) and bound by a
   * statement at the start of a line below it, in a module whose names are all static.
   */
  const circularFailure = async (importer: HelperImporter, followed: { ref: ImportRef; files: string[] }[], index: number): Promise<{ rel: string; failure: Failure } | undefined> => {
    const entry = followed[index];
    if (!entry || !cyclic.size || importer.unfollowedImports || ![...reachOf(entry.files)].some((r) => cyclic.has(r))) return undefined;
    const loaded = new Set<string>();
    const running: { rel: string; line: number }[] = [];
    const pluginsDir = project.dirs.plugins ? relOf(project.dirs.plugins) : undefined;
    const textOf = async (rel: string): Promise<string | undefined> => codeOf(rel);
    type Outcome = Failure | "unsure" | undefined;
    /** `from <module in progress> import names` at `line` of `rel`: the error, "unsure", or undefined (it binds them). */
    const partial = async (target: Located & { rel: string }, atLine: number, names: string[], module: string): Promise<Failure | "unsure" | undefined> => {
      const text = await textOf(target.rel);
      if (text === undefined || DYNAMIC_NAMES.test(text)) return "unsure";
      const lines = text.split("\n");
      const before = lines.slice(0, atLine - 1);
      for (const name of names) {
        if (!/^[A-Za-z_]\w*$/.test(name) || /^__\w+__$/.test(name)) return "unsure";
        const binding = bindingAt(name);
        if (before.some((line) => binding.test(line))) continue;
        if (before.some((line) => new RegExp(`\\b${name}\\b`).test(line))) return "unsure";
        const later = lines.findIndex((line, i) => i >= atLine && (binding.test(line) || (/^(from|import)\b/.test(line) && new RegExp(`\\b${name}\\b`).test(line))));
        if (later < 0) return "unsure";
        const file = repoPath(target.rel);
        return {
          file: "",
          line: 0,
          error: `ImportError: cannot import name '${name}' from partially initialized module '${module}' (most likely due to a circular import) (${file})`,
          fix: `${file} imports (its line ${atLine}) a module that imports it back, before it binds '${name}' (its line ${later + 1}): move that import below line ${later + 1}, import the module instead (\`import ${module}\`, reading ${module}.${name} where it is used), or move '${name}' into a module both import`,
          cause: "project-name",
          through: [],
        };
      }
      return undefined;
    };
    const run = async (rel: string): Promise<Outcome> => {
      const inventory = analyses.get(rel)?.inventory;
      const text = await textOf(rel);
      // Airflow's plugins manager may have run a module of plugins/ already (as the scheduler's processes do).
      if (pluginsDir !== undefined && (rel === pluginsDir || rel.startsWith(`${pluginsDir}/`))) return "unsure";
      if (!inventory || text === undefined || failureOf(rel) || /\b(__import__|import_module)\s*\(/.test(text)) return "unsure";
      loaded.add(rel);
      const lines = text.split("\n");
      const local = (ref: ImportRef): boolean => ref.relative || project.localModules.includes(ref.module.split(".")[0] as string);
      // Imports of project modules this pass does not follow may run first and load modules.
      const unfollowed = Math.min(...inventory.imports.filter((ref) => ref.scope === "module" && !ref.typeCheckingOnly && local(ref) && !parseTime(ref)).map((ref) => ref.line));
      const me = { rel, line: 0 };
      running.push(me);
      try {
        for (const { ref, files } of [...(importsOf.get(rel) ?? [])].sort((x, y) => x.ref.line - y.ref.line)) {
          if (ref.line >= unfollowed) return "unsure";
          me.line = ref.line;
          const statement = /^(from|import)\b/.test(lines[ref.line - 1] ?? "");
          const target = locatedModules.get(ref.module);
          if (target?.kind === "module" && target.rel && ref.names?.length && !ref.names.includes("*")) {
            const inProgress = running.find((r) => r.rel === target.rel);
            if (inProgress) {
              if (!statement) return "unsure";
              const verdict = await partial({ ...target, rel: target.rel }, inProgress.line, ref.names, ref.module);
              if (verdict) return verdict === "unsure" ? verdict : { ...verdict, file: repoPath(rel), line: ref.line };
            }
          }
          const fresh = files.filter((f) => !loaded.has(f));
          if (!fresh.length) continue;
          if (!statement) return "unsure";
          for (const next of fresh) {
            if (loaded.has(next)) continue;
            const outcome = await run(next);
            if (outcome === "unsure") return outcome;
            if (outcome) return { ...outcome, through: [`${repoPath(rel)}:${ref.line}`, ...outcome.through] };
          }
        }
        return undefined;
      } finally {
        running.pop();
      }
    };
    for (const rel of entry.files) {
      if (loaded.has(rel)) continue;
      const outcome = await run(rel);
      if (outcome === "unsure") return undefined;
      if (outcome) {
        // Which of the importer's imports runs first would decide: none of the others may reach a module run here.
        const others = followed.filter((_, i) => i !== index).map((other) => reachOf(other.files));
        return others.some((reach) => [...loaded].some((r) => reach.has(r))) ? undefined : { rel, failure: outcome };
      }
    }
    return undefined;
  };

  /** A project file's code without comments and string contents (codeOnlyText), once per run: what names it writes. */
  const codes = new Map<string, Promise<string | undefined>>();
  const codeOf = (rel: string): Promise<string | undefined> => {
    let code = codes.get(rel);
    if (!code) {
      code = bytesOf(rel).then((bytes) => (bytes === undefined ? undefined : codeOnlyText(bytes.toString("utf8"))));
      codes.set(rel, code);
    }
    return code;
  };

  /**
   * The names the project modules `files` run write on the builtins module: undefined when none does, "any" where
   * one writes names it does not spell (FileInventory.dynamicGlobals) or was not analysed.
   */
  const builtinsWrittenBy = async (files: Iterable<string>): Promise<Set<string> | "any" | undefined> => {
    let names: Set<string> | undefined;
    for (const rel of files) {
      const text = await codeOf(rel);
      if (text === undefined || !/\b(builtins|__builtins__)\b/.test(text)) continue;
      const inventory = analyses.get(rel)?.inventory;
      if (!inventory || inventory.dynamicGlobals) return "any";
      for (const name of inventory.builtinsNames ?? []) (names ??= new Set()).add(name);
    }
    return names;
  };

  const findings: Finding[] = [];
  for (const [importer, followed] of importerFiles) {
    if (judgesBuiltins) {
      const written = await builtinsWrittenBy(reachOf(followed.flatMap((f) => f.files)));
      if (written) options.onBuiltins?.(importer.file, written);
    }
    const reported = new Set<string>();
    const mine: Finding[] = [];
    /** Whether importing the file certainly fails at one of these imports (whatever the levels). */
    let importFails = false;
    const report = (ref: ImportRef, rel: string, failure: Failure): void => {
      const where = `${failure.file}:${failure.line}`;
      if (reported.has(where)) return;
      reported.add(where);
      const severity = capped(levels["helper-import-failed"], failure.cause === "project-name" ? "error" : levels[failure.cause]);
      if (!severity) return;
      const via = failure.through.length ? `; imported through ${failure.through.join(", then ")}` : "";
      mine.push({
        checkId: "helper-import-failed",
        severity,
        file: importer.file,
        line: ref.line,
        message: `importing this DAG fails: it imports the project module ${repoPath(rel)}, which fails with ${failure.error} (raised in ${where}${via})`,
        fix: `in ${failure.file} line ${failure.line}: ${failure.fix}`,
      });
    };
    for (const [index, { ref, files }] of followed.entries()) {
      let failed = false;
      for (const rel of files) {
        const failure = failureOf(rel);
        if (!failure) continue;
        failed = true;
        report(ref, rel, failure);
        break;
      }
      // Every module it runs imports fine, but the import itself raises: a name or submodule the project lacks.
      const problem = failed ? undefined : problemOf(ref);
      if (problem && judgesHelpers) {
        mine.push({
          checkId: "helper-import-failed",
          severity: levels["helper-import-failed"] as Severity,
          file: importer.file,
          line: ref.line,
          message: `importing this DAG fails with ${problem.error}`,
          fix: problem.fix,
        });
      }
      // Or modules that import each other, one asking the other for a name it binds only further down.
      const circular = failed || problem || !judgesHelpers ? undefined : await circularFailure(importer, followed, index);
      if (circular) report(ref, circular.rel, circular.failure);
      importFails ||= failed || !!problem || !!circular;
    }
    // What the file takes from helpers that import fine (after a failing import, Python never gets there).
    if (!importFails) mine.push(...(await starNameFindings(importer, followed)), ...taskCallFindings(importer, followed));
    findings.push(...(importer.suppressions ? mine.filter((f) => !suppressed(f, importer.suppressions as Suppressions)) : mine));
  }
  return findings;

  /**
   * HelperImporter.starNameReads kept where no star import of the file can bind the name: each star-imported module
   * a plain project module or package (read here) whose names are known: a literal `__all__` list or tuple of strings
   * (the only mention of `__all__` in it: no `+=`, `append`, `extend`), else its public names, the module's static
   * names (it never spells the name, has no star import or run-time globals, and, for a package, no submodule of
   * that name). Any star import of another module (or of one not found) leaves every name unjudged.
   */
  async function starNameFindings(importer: HelperImporter, followed: { ref: ImportRef; files: string[] }[]): Promise<Finding[]> {
    if (!importer.starNameReads?.length) return [];
    const stars = importer.imports.filter((ref) => ref.names?.includes("*"));
    const exporters: { module: string; exports: (name: string) => Promise<boolean>; all?: string[] }[] = [];
    for (const ref of stars) {
      const found = followed.some((f) => f.ref === ref) ? locatedModules.get(ref.module) : undefined;
      if (!found?.rel || found.opaque || (found.kind !== "module" && found.kind !== "package")) return [];
      const text = await codeOf(found.rel);
      if (text === undefined) return [];
      const mentions = text.match(/\b__all__\b/g)?.length ?? 0;
      if (mentions === 0) {
        if (DYNAMIC_NAMES.test(text)) return [];
        const dir = found.kind === "package" ? found.path[0] : undefined;
        if (found.kind === "package" && (found.path.length !== 1 || dir === undefined)) return [];
        exporters.push({
          module: ref.module,
          exports: async (name) => !name.startsWith("_") && (new RegExp(`\\b${name}\\b`).test(text) || (dir !== undefined && !(await absentIn(name, dir)))),
        });
        continue;
      }
      const literal = mentions === 1 ? /^__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(]([^\])]*)[\])][ \t]*(?:#[^\n]*)?$/m.exec(text) : null;
      const items = literal?.[1]?.replace(/#[^\n]*/g, "").split(",").map((item) => item.trim()).filter(Boolean);
      if (!items || !items.every((item) => /^(["'])[A-Za-z_]\w*\1$/.test(item))) return [];
      const all = items.map((item) => item.slice(1, -1));
      exporters.push({ module: ref.module, exports: async (name) => all.includes(name), all });
    }
    const kept: Finding[] = [];
    for (const finding of importer.starNameReads) {
      const name = /'([^']+)' is not defined/.exec(finding.message)?.[1];
      if (name === undefined) continue;
      let exported = false;
      for (const exporter of exporters) if (await exporter.exports(name)) exported = true;
      if (exported) continue;
      const from = exporters
        .map((e) => `\`from ${e.module} import *\` ${e.all ? `brings only the names of its __all__ (${e.all.join(", ") || "none"})` : name.startsWith("_") ? "leaves out names starting with an underscore" : `binds no '${name}'`}`)
        .join("; ");
      kept.push({ ...finding, fix: `${from}: import '${name}' by name from the module that defines it (or add it to that __all__), or define it (a typo of a defined name?)` });
    }
    return kept;
  }

  /**
   * Findings for HelperImporter.taskCalls whose callee is a `@task` function of a project module the file imports it
   * from by name (`from include.tasks import shared_load`: FileInventory.moduleTaskFunctions of include/tasks.py, a
   * module that imports fine and binds names only statically), with the arguments DecoratedOperator refuses
   * (task-signatures.ts taskCallProblem).
   */
  function taskCallFindings(importer: HelperImporter, followed: { ref: ImportRef; files: string[] }[]): Finding[] {
    const level = levels["task-argument-invalid"];
    if (level === "off" || !importer.taskCalls?.length) return [];
    const out: Finding[] = [];
    for (const call of importer.taskCalls) {
      const dot = call.callee.lastIndexOf(".");
      const module = call.callee.slice(0, dot);
      const name = call.callee.slice(dot + 1);
      if (!followed.some(({ ref }) => ref.module === module && ref.names?.includes(name))) continue;
      const found = locatedModules.get(module);
      if (!found?.rel || found.opaque || (found.kind !== "module" && found.kind !== "package") || failureOf(found.rel)) continue;
      const inventory = analyses.get(found.rel)?.inventory;
      const definition = inventory?.moduleTaskFunctions?.find((f) => f.name === name);
      if (!definition) continue;
      const problem = taskCallProblem(definition.signature, call.function, call.positional, call.keywords);
      if (!problem) continue;
      out.push({ checkId: "task-argument-invalid", severity: level, file: importer.file, line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn, ...taskCallWords(problem, `${repoPath(found.rel)} line ${definition.line}`) });
    }
    return out;
  }
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
