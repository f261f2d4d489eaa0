import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import type { DagInfo, Unknown } from "../core/findings.js";
import type { AstroProject } from "../project/project.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileAnalyzer } from "./analyzer.js";
import { AIRFLOW_DAG_CLASS, type FactoryCall, type FactoryDefinition } from "./inventory.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { analyseModuleFiles, MAX_MODULE_BYTES, projectModuleNames } from "./project-classes.js";

type Project = Pick<AstroProject, "root" | "relativeRoot" | "dirs" | "pythonVersion" | "localModules">;

/**
 * Whether a file's DAGs depend on other files of the project: it calls a function imported from a project module
 * (FileInventory.factoryCalls whose first dotted part is one of the project's local modules).
 */
export function callsProjectFactories(inventory: FileAnalysis["inventory"], localModules: readonly string[]): boolean {
  return !!inventory?.factoryCalls?.some((call) => localModules.includes(call.callee.split(".")[0] as string));
}

/**
 * List the DAGs of module-level calls of project DAG factories (`from include.factory import make_dag`, then
 * `dag = make_dag("x")`, `{n: make_dag(n) for n in IDS}`, `globals()[n] = make_dag(n)`...): for each
 * FileInventory.factoryCalls entry whose callee is a FactoryDefinition of a project module (a DAG file, or a `.py`
 * file of the project root, `dags/`, `include/` or `plugins/` found by its module name and analysed here, cached by
 * content), one DAG per pass whose DAG DagBag finds: every pass of a factory whose `with` block registers its DAG
 * (DagContext, apache/airflow airflow/models/dag.py at 2.10.5), else the passes FactoryCall.held names. The dag_id
 * comes from the factory's dag_id parts with the call's static arguments bound (unknown when one is not static); the
 * DAG's other fields are left unknown (they are the factory's, in another file, and the checks leave them alone).
 * Returns the analyses with those DAGs added (new objects: cached analyses are not changed), and the files whose
 * calls reached a factory (`factoryMade`: judged afresh each run, never stored as judged).
 */
export async function resolveProjectFactories(
  project: Project,
  analyses: FileAnalysis[],
  analyzer: FileAnalyzer,
  cache?: AnalysisCache,
): Promise<{ analyses: FileAnalysis[]; factoryMade: Set<string> }> {
  const factoryMade = new Set<string>();
  const calling = analyses.filter((a) => callsProjectFactories(a.inventory, project.localModules));
  if (!calling.length) return { analyses, factoryMade };
  const projectPath = (repoPath: string): string => (project.relativeRoot ? posix.relative(project.relativeRoot, repoPath) : repoPath);
  const definitions = new Map<string, FactoryDefinition>();
  const index = (modules: string[], factories: FactoryDefinition[] | undefined): void => {
    for (const factory of factories ?? []) for (const module of modules) definitions.set(`${module}.${factory.name}`, factory);
  };
  const analysed = new Set<string>();
  for (const analysis of analyses) {
    analysed.add(projectPath(analysis.file));
    index(projectModuleNames(projectPath(analysis.file)), analysis.inventory?.factories);
  }
  const wanted = new Set<string>();
  for (const analysis of calling) for (const call of analysis.inventory?.factoryCalls ?? []) if (!definitions.has(call.callee)) wanted.add(call.callee.slice(0, call.callee.lastIndexOf(".")));
  await analyseModules(project, [...wanted], analysed, analyzer, cache, index);
  const resolved = analyses.map((analysis) => {
    if (!callsProjectFactories(analysis.inventory, project.localModules) || !analysis.inventory) return analysis;
    const made: DagInfo[] = [];
    for (const call of analysis.inventory.factoryCalls ?? []) {
      const factory = definitions.get(call.callee);
      if (!factory) continue;
      factoryMade.add(analysis.file);
      made.push(...dagsOf(call, factory, analysis.file));
    }
    if (!made.length) return analysis;
    const dags = [...analysis.inventory.dags, ...made].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...analysis.inventory, dags } };
  });
  return { analyses: resolved, factoryMade };
}

/**
 * Analyse the project files that the dotted module names can be (`include.factory` → include/factory.py or
 * include/factory/__init__.py, under the project root, dags/ and plugins/, which the Astro image puts on sys.path),
 * when not analysed already, and index their factory definitions.
 */
async function analyseModules(
  project: Project,
  modules: string[],
  analysed: Set<string>,
  analyzer: FileAnalyzer,
  cache: AnalysisCache | undefined,
  index: (modules: string[], factories: FactoryDefinition[] | undefined) => void,
): Promise<void> {
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d): d is string => !!d).map((d) => posix.relative(project.root.split("\\").join("/"), d.split("\\").join("/")))];
  const sources: { rel: string; bytes: Uint8Array }[] = [];
  // A DAG file names these modules: only identifiers (no path can leave the project), and at most MAX_MODULES.
  for (const module of modules.slice(0, MAX_MODULES)) {
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(module)) continue;
    const base = module.split(".").join("/");
    for (const root of roots) {
      for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
        const rel = root ? `${root}/${candidate}` : candidate;
        if (analysed.has(rel) || rel.startsWith("..")) continue;
        analysed.add(rel);
        const bytes = await readFile(join(project.root, rel)).catch(() => undefined);
        if (bytes && bytes.length <= MAX_MODULE_BYTES) sources.push({ rel, bytes });
      }
    }
  }
  for (const { rel, analysis } of await analyseModuleFiles(project, sources, analyzer, cache)) index(projectModuleNames(rel), analysis.inventory?.factories);
}

/** Most modules one project's factory calls are looked up in (each is up to six file reads). */
const MAX_MODULES = 200;

/** The DAGs DagBag finds from one factory call (see resolveProjectFactories). */
function dagsOf(call: FactoryCall, factory: FactoryDefinition, file: string): DagInfo[] {
  const unknown = (expression: string): Unknown => ({ unknown: true, expression });
  const written = `${factory.name}(...)`;
  const dag = (dagId: DagInfo["dagId"]): DagInfo => ({
    dagId,
    file,
    line: call.line,
    definedBy: factory.definedBy,
    schedule: unknown(written),
    tags: unknown(written),
    owner: unknown(written),
    retries: unknown(written),
    catchup: unknown(written),
    startDate: undefined,
    taskCount: unknown(written),
    dagClass: AIRFLOW_DAG_CLASS,
    ...(call.branch ? { branch: call.branch } : {}),
  });
  const held = factory.registers ? "all" : call.held;
  if (held === "none") return [];
  if (!call.passes || held === "unknown") return [dag(unknown(written))];
  const passes = held === "last" ? call.passes.slice(-1) : call.passes;
  // More positional arguments than parameters, or a parameter without default left out: Python's TypeError at the
  // call, so no DAG (the import fails).
  const names = new Set(factory.params.map((p) => p.name));
  const binds = (pass: (typeof passes)[number]): boolean =>
    pass.positional.length <= factory.params.length &&
    factory.params.every((p, i) => i < pass.positional.length || Object.hasOwn(pass.keywords, p.name) || p.default !== undefined) &&
    !factory.params.some((p, i) => i < pass.positional.length && Object.hasOwn(pass.keywords, p.name)) &&
    Object.keys(pass.keywords).every((k) => names.has(k) || factory.acceptsKeywords);
  return passes.filter(binds).map((pass) => {
    // A class wrapper (`return DAG(**kwargs)`): the call's own `dag_id=`; without one DAG() raises TypeError, but
    // that is for the import to say: listed as unknown.
    if (factory.idKeyword) return dag(typeof pass.keywords.dag_id === "string" ? pass.keywords.dag_id : unknown(written));
    let id = "";
    for (const part of factory.dagIdParts) {
      if (typeof part === "string") {
        id += part;
        continue;
      }
      const param = factory.params[part];
      const value = param === undefined ? undefined : part < pass.positional.length ? pass.positional[part] : Object.hasOwn(pass.keywords, param.name) ? pass.keywords[param.name] : param.default;
      if (value === undefined || value === null) return dag(unknown(written));
      id += value;
    }
    return dag(id);
  });
}
