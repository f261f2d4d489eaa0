import { join, posix } from "node:path";
import type { DagInfo, Unknown } from "../core/findings.js";
import type { AstroProject } from "../project/project.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileAnalyzer } from "./analyzer.js";
import { AIRFLOW_DAG_CLASS, type FactoryCall, type FactoryDefinition, type ImportedWrapperDag, type UncalledDagFunction } from "./inventory.js";
import { throughWrapper, wrapperRules, type DagWrapperDefinition } from "./dag-wrappers.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { analyseModuleFiles, projectModuleNames, readProjectModule } from "./project-classes.js";
import { isInside } from "../util/is-inside.js";

type Project = Pick<AstroProject, "root" | "repoRoot" | "relativeRoot" | "dirs" | "pythonVersion" | "localModules">;

/**
 * Whether a file's DAGs depend on other files of the project: it calls a function imported from a project module
 * (FileInventory.factoryCalls whose first dotted part is one of the project's local modules).
 */
export function callsProjectFactories(inventory: FileAnalysis["inventory"], localModules: readonly string[]): boolean {
  return !!inventory?.factoryCalls?.some((call) => localModules.includes(call.callee.split(".")[0] as string)) || usesProjectWrappers(inventory, localModules);
}

/** Whether a file decorates a function with a call of a function imported from a project module (FileInventory.importedWrapperDags). */
function usesProjectWrappers(inventory: FileAnalysis["inventory"], localModules: readonly string[]): boolean {
  return !!inventory?.importedWrapperDags?.some((used) => localModules.includes(used.wrapper.split(".")[0] as string));
}

/**
 * List the DAGs of module-level calls of project DAG factories (`from include.factory import make_dag`, then
 * `dag = make_dag("x")`, `{n: make_dag(n) for n in IDS}`, `globals()[n] = make_dag(n)`...): for each
 * FileInventory.factoryCalls entry whose callee is a FactoryDefinition of a project module (a DAG file, or a `.py`
 * file of the project root, `dags/`, `include/` or `plugins/` found by its module name and analysed here, cached by
 * content), one DAG per pass whose DAG DagBag finds: every pass of a factory whose `with` block registers its DAG
 * (DagContext, apache/airflow airflow/models/dag.py at 2.10.5), else the passes FactoryCall.held names. The dag_id
 * comes from the factory's dag_id parts with the call's static arguments bound (unknown when one is not static), and
 * likewise its string schedule (FactoryDefinition.scheduleParts, judged at the call's line); the DAG's other fields
 * are left unknown (they are the factory's, in another file, and the checks leave them alone).
 * Likewise each FileInventory.importedWrapperDags entry whose callee is a decorator wrapper of a project module
 * (FileInventory.dagWrappers: `def team_dag(**kwargs): ...; return dag(**kwargs)` in include/): its DAG as the file
 * read it from the decorator call, through the wrapper's keywords (throughWrapper), or its dag-never-created
 * (FileInventory.uncalledDagFunctions) when nothing calls the decorated function.
 * Returns the analyses with those DAGs added (new objects: cached analyses are not changed), and the files whose
 * calls reached a factory or that use an imported decorator of a project module (`factoryMade`: judged afresh each
 * run, never stored as judged; a decorator may become a wrapper with no change to the file).
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
  const wrappers = new Map<string, DagWrapperDefinition>();
  const index = (modules: string[], inventory: FileAnalysis["inventory"]): void => {
    for (const factory of inventory?.factories ?? []) for (const module of modules) definitions.set(`${module}.${factory.name}`, factory);
    for (const wrapper of inventory?.dagWrappers ?? []) for (const module of modules) wrappers.set(`${module}.${wrapper.name}`, wrapper);
  };
  const analysed = new Set<string>();
  for (const analysis of analyses) {
    analysed.add(projectPath(analysis.file));
    index(projectModuleNames(projectPath(analysis.file)), analysis.inventory);
  }
  const wanted = new Set<string>();
  const moduleOf = (callee: string): string => callee.slice(0, callee.lastIndexOf("."));
  for (const analysis of calling) {
    for (const call of analysis.inventory?.factoryCalls ?? []) if (!definitions.has(call.callee)) wanted.add(moduleOf(call.callee));
    for (const used of analysis.inventory?.importedWrapperDags ?? []) if (!wrappers.has(used.wrapper) && project.localModules.includes(used.wrapper.split(".")[0] as string)) wanted.add(moduleOf(used.wrapper));
  }
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
    const uncalled: UncalledDagFunction[] = [];
    if (usesProjectWrappers(analysis.inventory, project.localModules)) {
      factoryMade.add(analysis.file);
      for (const used of analysis.inventory.importedWrapperDags ?? []) {
        const wrapper = wrappers.get(used.wrapper);
        const dag = wrapper ? throughImportedWrapper(used, wrapper) : undefined;
        if (!dag) continue;
        if (used.uncalled) uncalled.push({ ...used.uncalled, dagId: dag.dagId });
        else made.push(dag);
      }
    }
    if (!made.length && !uncalled.length) return analysis;
    const dags = [...analysis.inventory.dags, ...made].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...analysis.inventory, dags, ...(uncalled.length ? { uncalledDagFunctions: [...(analysis.inventory.uncalledDagFunctions ?? []), ...uncalled] } : {}) } };
  });
  return { analyses: resolved, factoryMade };
}

/**
 * Analyse the project files that the dotted module names can be (`include.factory` → include/factory.py or
 * include/factory/__init__.py, under the project root, dags/ and plugins/, which the Astro image puts on sys.path),
 * when not analysed already, and index their factory and wrapper definitions.
 */
async function analyseModules(
  project: Project,
  modules: string[],
  analysed: Set<string>,
  analyzer: FileAnalyzer,
  cache: AnalysisCache | undefined,
  index: (modules: string[], inventory: FileAnalysis["inventory"]) => void,
): Promise<void> {
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d): d is string => !!d && isInside(project.root, d)).map((d) => posix.relative(project.root.split("\\").join("/"), d.split("\\").join("/")))];
  const sources: { rel: string; bytes: Uint8Array }[] = [];
  // A DAG file names these modules: only identifiers (no path can leave the project), and at most MAX_MODULES.
  for (const module of modules.slice(0, MAX_MODULES)) {
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(module)) continue;
    const base = module.split(".").join("/");
    for (const root of roots) {
      for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
        const rel = root ? `${root}/${candidate}` : candidate;
        if (analysed.has(rel)) continue;
        analysed.add(rel);
        const bytes = await readProjectModule(join(project.root, rel), project.repoRoot);
        if (bytes) sources.push({ rel, bytes });
      }
    }
  }
  for (const { rel, analysis } of await analyseModuleFiles(project, sources, analyzer, cache)) index(projectModuleNames(rel), analysis.inventory);
}

/** Most modules one project's factory calls are looked up in (each is up to six file reads). */
const MAX_MODULES = 200;

/**
 * The DAG an imported decorator wrapper makes (`@team_dag(schedule="@daily")` with `def team_dag(**kwargs):
 * kwargs.setdefault("start_date", ...); return dag(**kwargs)` in include/), from the one the DAG file read as if the
 * decorator were `dag(...)` (a new object): the caller's keywords that reach `dag()` unchanged are kept and judged
 * where written, what the wrapper may set is unknown (throughWrapper). The dag_id is the caller's `dag_id=` when it
 * passes unchanged, else the decorated function's name (`dag_id or f.__name__` in `dag()`'s factory,
 * airflow/models/dag.py at 2.10.5), `<dynamic>` when the wrapper may set it. Undefined when the decorator call does
 * not bind to the wrapper's parameters (Python's TypeError at the decorator: the import fails, no DAG).
 */
function throughImportedWrapper(used: ImportedWrapperDag, wrapper: DagWrapperDefinition): DagInfo | undefined {
  const written = (used.dag.arguments ?? []).map((a) => a.name);
  if (!written.includes("*") && !written.includes("**")) {
    const positional = written.filter((n) => /^#\d+$/.test(n)).length;
    const keywords = new Set(written);
    const binds =
      positional <= wrapper.params.length &&
      wrapper.params.every((p, i) => i < positional || keywords.has(p.name) || !p.required) &&
      !wrapper.params.some((p, i) => i < positional && keywords.has(p.name));
    if (!binds) return undefined;
  }
  return throughWrapper({ ...used.dag }, wrapperRules(wrapper), used.call, used.written, used.function);
}

/** The DAGs DagBag finds from one factory call (see resolveProjectFactories). */
function dagsOf(call: FactoryCall, factory: FactoryDefinition, file: string): DagInfo[] {
  const unknown = (expression: string): Unknown => ({ unknown: true, expression });
  const written = `${factory.name}(...)`;
  const dag = (dagId: DagInfo["dagId"], schedule?: string): DagInfo => ({
    dagId,
    file,
    line: call.line,
    definedBy: factory.definedBy,
    schedule: schedule ?? unknown(written),
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
    // The factory's string schedule with this pass's arguments bound: the schedule checks judge it at the call.
    const schedule = factory.scheduleParts ? boundParts(factory.scheduleParts, factory, pass) : undefined;
    const id = boundParts(factory.dagIdParts, factory, pass);
    return dag(id ?? unknown(written), schedule);
  });
}

/** FactoryDefinition.dagIdParts or scheduleParts with one call's static arguments bound; undefined when one is not static. */
function boundParts(parts: (string | number)[], factory: FactoryDefinition, pass: NonNullable<FactoryCall["passes"]>[number]): string | undefined {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const param = factory.params[part];
    const value = param === undefined ? undefined : part < pass.positional.length ? pass.positional[part] : Object.hasOwn(pass.keywords, param.name) ? pass.keywords[param.name] : param.default;
    if (value === undefined || value === null) return undefined;
    out += value;
  }
  return out;
}
