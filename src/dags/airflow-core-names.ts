import coreNames from "./data/airflow-core-names.json" with { type: "json" };
import { distance as editDistance } from "fastest-levenshtein";
import { nearestName } from "../util/nearest-name.js";

/**
 * What Airflow 2.10's core serves to imports (data: src/dags/data/airflow-core-names.json, derived from apache/airflow
 * 2.10.5 by scripts/list-airflow-core-names.py): which `airflow.*` modules exist (not `airflow.providers.*`, whose
 * contents depend on the provider versions) and the names `from module import name` finds in each.
 */

/** One import or attribute Airflow 2.10 core does not have, as the DagBag reports it, with the nearest existing one. */
export interface CoreImportProblem {
  /** Python's exception and message, as DagBag 2.10.5 records it (without the file path CPython adds). */
  error: string;
  /** How to write it so that it imports: the closest existing name or module, or where the names moved. */
  fix: string;
}

const MODULES = coreNames.modules as Record<string, string | null>;
const ALIASES = coreNames.aliases as Record<string, string>;
/** Submodules no attribute of their package holds: the aliases (put in sys.modules only) and any the data lists. */
const DETACHED = new Set([...Object.keys(ALIASES), ...coreNames.detached]);
/** Submodules whose package attribute of that name is another object (`airflow.decorators.task_group`, a function). */
const SHADOWED = new Set(coreNames.shadowed);
/** Modules without a file (aliases, namespace packages): CPython's ImportError says "(unknown location)". */
const UNLOCATED = new Set([...Object.keys(ALIASES), ...coreNames.unlocated]);
const ATTRIBUTE_ERRORS = coreNames.attributeErrors as Record<string, string>;
/** Each module's names, split on first use (most files import a handful of modules). */
const namesCache = new Map<string, ReadonlySet<string> | null>();
/** Modules with submodules in the data (a package), built on first need. */
let packages: Set<string> | undefined;

/**
 * The provider module a deprecated Airflow 2.10 alias module forwards its names to (`airflow.operators.docker_operator`
 * → `airflow.providers.docker.operators.docker`, from the `add_deprecated_classes` tables), else undefined (not an
 * alias, or one into Airflow core). Taking a name from such an alias imports that provider module then: without the
 * provider installed, ImportError ("Could not import ... while trying to import ...").
 */
export function providerAliasTarget(module: string): string | undefined {
  const target = Object.hasOwn(ALIASES, module) ? ALIASES[module] : undefined;
  return target?.startsWith("airflow.providers.") ? target : undefined;
}

/** Whether the project's Airflow version ("2.10.5", "2.10") is the one the data describes (Airflow 2.10). */
export function judgesAirflowCore(airflowVersion: string | undefined): boolean {
  return airflowVersion !== undefined && /^2\.10(\.|$)/.test(airflowVersion);
}

function namesOf(module: string): ReadonlySet<string> | null | undefined {
  if (!(module in MODULES)) return undefined;
  let names = namesCache.get(module);
  if (names === undefined) {
    const listed = MODULES[module];
    names = listed === null || listed === undefined ? null : new Set(listed.split(" "));
    namesCache.set(module, names);
  }
  return names;
}

function isPackage(module: string): boolean {
  if (!packages) {
    packages = new Set();
    for (const name of Object.keys(MODULES)) packages.add(name.slice(0, name.lastIndexOf(".")));
  }
  return packages.has(module);
}

/** `name` spelt closest among `candidates` (case-insensitive: `BashOperatr` → `BashOperator`). */
function closest(name: string, candidates: Iterable<string>): string | undefined {
  const byLower = new Map<string, string>();
  for (const candidate of candidates) if (!/^_/.test(candidate) || name.startsWith("_")) byLower.set(candidate.toLowerCase(), candidate);
  const found = nearestName(name, [...byLower.keys()]);
  return found === undefined ? undefined : byLower.get(found);
}

const isCore = (module: string): boolean => (module === "airflow" || module.startsWith("airflow.")) && module !== "airflow.providers" && !module.startsWith("airflow.providers.");
const dunder = (name: string): boolean => /^__\w+__$/.test(name);

/** The fix for a module that does not exist: the module holding the imported name, else the nearest sibling module. */
function moduleFix(missing: string, names: readonly string[]): string {
  const wanted = names.find((n) => n !== "*" && !dunder(n));
  if (wanted) {
    // The module spelt closest to the missing one among those serving the name (not a deprecated alias).
    let home: { module: string; distance: number } | undefined;
    const word = ` ${wanted} `;
    for (const [m, listed] of Object.entries(MODULES)) {
      // The raw list, not namesOf: splitting every module's names for one fix costs tens of milliseconds.
      if (m in ALIASES || listed === null || !` ${listed} `.includes(word)) continue;
      const distance = editDistance(missing, m);
      if (!home || distance < home.distance) home = { module: m, distance };
    }
    if (home) return `write 'from ${home.module} import ${wanted}'`;
  }
  const parent = missing.slice(0, missing.lastIndexOf("."));
  const siblings = Object.keys(MODULES).filter((m) => m.startsWith(`${parent}.`) && !m.slice(parent.length + 1).includes("."));
  const near = closest(missing.slice(parent.length + 1), siblings.map((m) => m.slice(parent.length + 1)));
  if (near) return `did you mean '${parent}.${near}'?`;
  return missing.startsWith("airflow.contrib.")
    ? "airflow.contrib holds only the deprecated names Airflow 1 had there, most moved to provider packages: import from the module the name lives in now"
    : `check the module path: Airflow ${coreNames.version} has no '${missing}'`;
}

/** The first module of `module`'s dotted path that Airflow core does not have, with the error importing it raises. */
function missingModule(module: string): CoreImportProblem | undefined {
  const parts = module.split(".");
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(".");
    if (prefix in MODULES) continue;
    const parent = parts.slice(0, i - 1).join(".");
    // `import airflow.operators.bash.BashOperator`: CPython adds that the parent is a plain module.
    const notPackage = !isPackage(parent) ? `; '${parent}' is not a package` : "";
    return { error: `ModuleNotFoundError: No module named '${prefix}'${notPackage}`, fix: "" };
  }
  return undefined;
}

/**
 * What an import statement asks of Airflow core that Airflow 2.10 does not have: a module (`import a.b`, `from a.b
 * import c` of a missing `a.b`: ModuleNotFoundError) or a name (`from a.b import C` where `a.b` has no `C` nor a
 * submodule `c`: ImportError). `module` is the dotted module, `names` the names of a `from` import (the original
 * names, `*` for a star import). Empty for modules outside core, for `airflow.<x>` whose first part Airflow 2 lacks
 * entirely (the module resolver's `unresolved-import` reports those), and for names of modules whose names the data
 * does not know (null: their import was skipped or failed without an extra when the data was made).
 */
export function airflowCoreImportProblems(module: string, names: readonly string[] = []): CoreImportProblem[] {
  if (!isCore(module)) return [];
  if (!(module in MODULES)) {
    const [, first] = module.split(".");
    if (first !== undefined && !(`airflow.${first}` in MODULES)) return [];
    const gone = missingModule(module);
    if (gone) {
      const missing = /No module named '([^']+)'/.exec(gone.error)?.[1] ?? module;
      return [{ ...gone, fix: moduleFix(missing, names) }];
    }
  }
  const served = namesOf(module);
  if (!served) return [];
  const out: CoreImportProblem[] = [];
  for (const name of names) {
    if (name === "*" || dunder(name) || served.has(name)) continue;
    const where = UNLOCATED.has(module) ? " (unknown location)" : "";
    const near = closest(name, served);
    const moved = ALIASES[module];
    out.push({
      error: `ImportError: cannot import name '${name}' from '${module}'${where}`,
      fix: near
        ? `write 'from ${module} import ${near}'`
        : moved
          ? `'${module}' is a deprecated module that only forwards the names moved to ${moved}: import '${name}' from where it lives now (${moved.startsWith("airflow.providers.") ? "a provider package's module, " : ""}e.g. 'from ${moved} import ${name}')`
          : `check the name: '${module}' has no '${name}' in Airflow ${coreNames.version}`,
    });
  }
  return out;
}

/**
 * What an attribute path through Airflow core modules (`airflow.operators.bash.BashOperater`, as module-level code
 * uses it) meets that Airflow 2.10 does not have: AttributeError on the first name a module lacks, in the wording
 * that module raises it. A deprecated alias module is no attribute of its package (`import airflow.operators.dummy`
 * then `airflow.operators.dummy.DummyOperator` fails: Airflow only puts it in sys.modules). Undefined when the path
 * leaves core, reaches a name the module has (what comes after, an attribute of a class, is not judged), a
 * submodule its package shadows with another object, or a module whose names are not known. Other submodules count
 * as attributes (most are imported by the time a DAG file runs).
 */
export function airflowCoreAttributeProblem(path: string): CoreImportProblem | undefined {
  if (!isCore(path)) return undefined;
  const parts = path.split(".");
  let module = "airflow";
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    const child = `${module}.${part}`;
    if (SHADOWED.has(child)) return undefined;
    // A detached submodule: the package has no attribute of that name (the script checked), whatever imports see.
    const detached = DETACHED.has(child);
    if (child in MODULES && !detached) {
      module = child;
      continue;
    }
    const served = namesOf(module);
    if (!detached && (!served || served.has(part) || dunder(part))) return undefined;
    const wording = ATTRIBUTE_ERRORS[module] ?? (module in ALIASES ? `The module \`'${module}'\` has no attribute \`'{}'\`` : `module '${module}' has no attribute '{}'`);
    const error = `AttributeError: ${wording.replace("{}", part)}`;
    if (detached) {
      const moved = ALIASES[child];
      const name = parts[i + 1];
      const how = name ? `write 'from ${child} import ${name}'${moved ? ` (its names moved under '${moved}')` : ""}` : `import from it: 'from ${child} import ...'`;
      return { error, fix: `'${child}' is a deprecated module Airflow serves to imports only, no attribute of '${module}': ${how}` };
    }
    const near = closest(part, served as ReadonlySet<string>);
    return { error, fix: near ? `write '${module}.${near}'` : `check the name: '${module}' has no '${part}' in Airflow ${coreNames.version}` };
  }
  return undefined;
}
