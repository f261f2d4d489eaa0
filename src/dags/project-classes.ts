import { readdir } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import type { DagInfo } from "../core/findings.js";
import type { AstroProject } from "../project/project.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileAnalyzer } from "./analyzer.js";
import { combineClassInits, isAirflowDagClass, KNOWN_DAG_CLASSES, madeByClassInit, type ClassDefinition, type ClassInit } from "./inventory.js";
import { analysisKey, contentHash, type AnalysisCache } from "./analysis-cache.js";
import { realPathOutside } from "../util/inside-repository.js";
import { readRegularFile } from "../util/read-file-sync.js";

/** A file's module-level classes, with the module names Python can import it under. */
export interface ClassSource {
  /** Repository-relative path. */
  file: string;
  /** Dotted module names of the file (`include.base`; `common.base` and `dags.common.base` for dags/common/base.py). */
  modules: string[];
  classes: ClassDefinition[];
}

/**
 * The module names a project file is importable as: the Astro image puts the project root, `dags/` and `plugins/`
 * on `sys.path`, so `dags/common/base.py` is `common.base` (and `dags.common.base`), `include/x.py` is `include.x`.
 * `projectPath` is relative to the project folder, POSIX separators; `__init__.py` names its package.
 */
export function projectModuleNames(projectPath: string): string[] {
  const withoutExt = projectPath.replace(/\.py$/, "").replace(/\/__init__$/, "");
  const dotted = withoutExt.split("/").join(".");
  const names = [dotted];
  for (const folder of ["dags.", "plugins."]) if (dotted.startsWith(folder) && dotted.length > folder.length) names.push(dotted.slice(folder.length));
  return names;
}

/**
 * Whether `name` (a base or a DagInfo.dagClass as the inventory wrote it: dotted, `local:X`, or `.relative.X`) seen
 * from `source` names a DAG class: Airflow's DAG, a known library subclass, or a project class deriving from one.
 */
function makeResolver(sources: ClassSource[]): (name: string, source: ClassSource) => { name: string; init?: ClassInit; plain?: boolean } | undefined {
  const index = new Map<string, { source: ClassSource; definition: ClassDefinition }>();
  for (const source of sources) {
    for (const definition of source.classes) for (const module of source.modules) index.set(`${module}.${definition.name}`, { source, definition });
  }
  // A DAG class: with the ClassInit of its chain down to Airflow's DAG (undefined: no `__init__` of its own on it), and
  // whether every class of that chain leaves construction to Airflow's DAG (DagInfo.dagClassPlain).
  const memo = new Map<string, { init?: ClassInit; plain?: boolean } | false>();
  const dagClass = (qualified: string, seen: Set<string>): { init?: ClassInit; plain?: boolean } | false => {
    const known = KNOWN_DAG_CLASSES.get(qualified);
    if (known !== undefined) return { plain: isAirflowDagClass(known) };
    const cached = memo.get(qualified);
    if (cached !== undefined) return cached;
    if (seen.has(qualified)) return false;
    seen.add(qualified);
    const found = index.get(qualified);
    let result: { init?: ClassInit; plain?: boolean } | false = false;
    for (const base of found?.definition.bases ?? []) {
      for (const q of qualify(base, (found as { source: ClassSource }).source)) {
        const inherited = dagClass(q, seen);
        if (inherited === false) continue;
        const init = combineClassInits(found?.definition.init, inherited.init);
        result = { ...(init ? { init } : {}), plain: found?.definition.plain === true && inherited.plain === true };
        break;
      }
      if (result) break;
    }
    memo.set(qualified, result);
    return result;
  };
  return (name, source) => {
    for (const q of qualify(name, source)) {
      const found = dagClass(q, new Set());
      if (found) return { name: q, ...found };
    }
    return undefined;
  };
}

/** Candidate dotted names of a name written in `source`. */
function qualify(name: string, source: ClassSource): string[] {
  if (name.startsWith("local:")) return source.modules.slice(0, 1).map((m) => `${m}.${name.slice(6)}`);
  if (!name.startsWith(".")) return [name];
  const dots = /^\.+/.exec(name)?.[0].length ?? 1;
  const rest = name.slice(dots);
  return source.modules.map((module) => {
    const parts = module.split(".");
    // One dot is the module's package, each further dot one package up (an `__init__.py` is taken as a module).
    const base = parts.slice(0, Math.max(0, parts.length - dots));
    return [...base, rest].filter(Boolean).join(".");
  });
}

const CLASS_STATEMENT = /^[ \t]*class[ \t]+\w+[ \t]*\(/m;

/**
 * Promote DAG candidates (calls of project classes, see FileInventory.candidateDags) to DAGs where the class
 * derives from a DAG class, following class definitions across the DAG files and the `.py` files of `include/` and
 * `plugins/` (analysed here, only those with a `class X(...)` statement). Returns the analyses with promoted DAGs
 * added (new objects: cached analyses are not changed); DagInfo.dagClass becomes the resolved dotted name.
 */
export async function resolveProjectDagClasses(
  project: Pick<AstroProject, "root" | "repoRoot" | "relativeRoot" | "dirs" | "pythonVersion">,
  analyses: FileAnalysis[],
  analyzer: FileAnalyzer,
  cache?: AnalysisCache,
): Promise<FileAnalysis[]> {
  if (!analyses.some((a) => a.inventory?.candidateDags?.length)) return analyses;
  const projectPath = (repoPath: string): string => (project.relativeRoot ? posix.relative(project.relativeRoot, repoPath) : repoPath);
  const sources: ClassSource[] = analyses
    .filter((a) => a.inventory?.classes?.length)
    .map((a) => ({ file: a.file, modules: projectModuleNames(projectPath(a.file)), classes: a.inventory?.classes ?? [] }));
  sources.push(...(await classesOutsideDags(project, analyzer, new Set(analyses.map((a) => a.file)), cache)));
  const resolve = makeResolver(sources);
  const sourceOf = new Map(sources.map((s) => [s.file, s]));
  return analyses.map((analysis) => {
    const inventory = analysis.inventory;
    if (!inventory?.candidateDags?.length) return analysis;
    const source = sourceOf.get(analysis.file) ?? { file: analysis.file, modules: projectModuleNames(projectPath(analysis.file)), classes: [] };
    const promoted: DagInfo[] = [];
    for (const candidate of inventory.candidateDags) {
      const resolved = candidate.dagClass ? resolve(candidate.dagClass, source) : undefined;
      if (!resolved) continue;
      const dag: DagInfo = { ...candidate, dagClass: candidate.dagClass?.startsWith("local:") ? candidate.dagClass.slice(6) : resolved.name };
      if (resolved.init) madeByClassInit(dag, resolved.init, (dag.dagClass as string).slice((dag.dagClass as string).lastIndexOf(".") + 1));
      if (resolved.plain) dag.dagClassPlain = true;
      promoted.push(dag);
    }
    if (!promoted.length) return analysis;
    const dags = [...inventory.dags, ...promoted].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...inventory, dags } };
  });
}

/**
 * Class definitions of the `.py` files under include/ and plugins/, and of those under dags/ that were not analysed
 * as DAG files (a base class module without "airflow" in it fails safe mode's test): at most 2,000 files, 1 MB each.
 * With a cache, analyses are looked up (and stored) by content, as for DAG files: an unchanged project analyses none.
 */
async function classesOutsideDags(
  project: Pick<AstroProject, "root" | "repoRoot" | "relativeRoot" | "dirs" | "pythonVersion">,
  analyzer: FileAnalyzer,
  analysed: Set<string>,
  cache: AnalysisCache | undefined,
): Promise<ClassSource[]> {
  const files: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 20 || files.length >= 2000) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "__pycache__") await walk(join(dir, entry.name), depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".py")) files.push(join(dir, entry.name));
    }
  };
  for (const dir of [project.dirs.include, project.dirs.plugins, project.dirs.dags]) if (dir) await walk(dir, 0);
  const sources: { rel: string; bytes: Uint8Array }[] = [];
  for (const abs of files) {
    const bytes = await readProjectModule(abs, project.repoRoot);
    if (!bytes || !CLASS_STATEMENT.test(bytes.toString("utf8"))) continue;
    const rel = relative(project.root, abs).split(sep).join("/");
    if (analysed.has(project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel)) continue;
    sources.push({ rel, bytes });
  }
  const results = await analyseModuleFiles(project, sources, analyzer, cache);
  return results.map(({ rel, analysis }) => ({ file: analysis.file, modules: projectModuleNames(rel), classes: analysis.inventory?.classes ?? [] }));
}

/** Largest project module (not a DAG file) read for its classes or factories. */
export const MAX_MODULE_BYTES = 1_000_000;

/**
 * A project module's bytes (include/ helpers, packages DAG files import), or undefined when it is not a regular file,
 * cannot be read, is above MAX_MODULE_BYTES, or resolves through a symlink outside the repository `repoRoot` (the
 * project's AstroProject.repoRoot): such a module is not followed (nothing is read past the limit, and a symlink to
 * /dev/zero, a FIFO or a file outside the repository is never opened at all).
 */
export async function readProjectModule(absolutePath: string, repoRoot: string): Promise<Buffer | undefined> {
  try {
    if (realPathOutside(repoRoot, absolutePath) !== undefined) return undefined;
    const read = await readRegularFile(absolutePath, MAX_MODULE_BYTES);
    return typeof read === "number" ? undefined : read;
  } catch {
    return undefined;
  }
}

/**
 * Analyses of project modules read for what other files use from them (classes, factories), in input order: each
 * looked up in the analysis cache by content and Python version as DAG files are, the others analysed in one batch
 * and stored. `rel` is the path relative to the project folder (POSIX); the analysis names the file from the
 * repository root, as DAG files' do.
 */
export async function analyseModuleFiles(
  project: Pick<AstroProject, "relativeRoot" | "pythonVersion">,
  sources: { rel: string; bytes: Uint8Array }[],
  analyzer: FileAnalyzer,
  cache: AnalysisCache | undefined,
): Promise<{ rel: string; analysis: FileAnalysis }[]> {
  const out: ({ rel: string; analysis: FileAnalysis } | undefined)[] = [];
  const pending: { at: number; key: string; input: { file: string; bytes: Uint8Array; pythonVersion: string } }[] = [];
  for (const { rel, bytes } of sources) {
    const key = analysisKey(contentHash(bytes), project.pythonVersion);
    const cached = cache?.get(key);
    const file = project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel;
    out.push(cached ? { rel, analysis: { ...cached, file } } : undefined);
    if (!cached) pending.push({ at: out.length - 1, key, input: { file, bytes, pythonVersion: project.pythonVersion } });
  }
  if (pending.length) {
    const results = await analyzer.analyze(pending.map((p) => p.input));
    results.forEach((analysis, i) => {
      const { at, key, input } = pending[i] as (typeof pending)[number];
      cache?.set(key, analysis);
      out[at] = { rel: sources[at]?.rel ?? input.file, analysis };
    });
  }
  return out.filter((entry): entry is { rel: string; analysis: FileAnalysis } => entry !== undefined);
}
