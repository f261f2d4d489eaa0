import stdlib from "./data/stdlib-modules.json" with { type: "json" };
import runtimeData from "./data/runtime-modules.json" with { type: "json" };
import removedInAirflow3 from "./data/airflow3-removed-imports.json" with { type: "json" };
import wheelData from "./data/import-names.json" with { type: "json" };

/**
 * Who provides an imported module, graded by how sure that is (issue 8 §2: "importing this DAG fails" only when it
 * is certain). `provided`: the stdlib, the project, requirements.txt, or certainly the runtime image. `missing`:
 * nothing provides it, and nothing unknown could (no unnamed requirement, a confirmed runtime provider set).
 * `possibly-missing`: present only if something the data cannot see brings it (Airflow's constraints know it but
 * the runtime line does not preinstall it, a requirement of unknown name, an unconfirmed provider set).
 */
export type ModuleResolution =
  /** `guess`: provided only by a guess from a requirement's name (its import names are not known). */
  | { status: "provided"; by: "stdlib" | "airflow" | "runtime" | "requirements" | "local"; guess?: true }
  | { status: "missing"; fix: string }
  | { status: "possibly-missing"; presentOnlyIf: string; fix: string };

export interface ModuleResolver {
  resolve(moduleName: string): ModuleResolution;
  /** The runtime line whose provider set is used, e.g. "Astro Runtime 3.x (Airflow 3)". */
  readonly runtimeLabel: string;
  /** Whether the project has a top-level module or package of this name (ResolverOptions.localModules). */
  isLocal?(top: string): boolean;
  /**
   * For a module resolve() calls missing: the outermost package of its dotted name that is not there, as Python's
   * ModuleNotFoundError names it (`foo` for `foo.bar`; `airflow.providers.snowflake` for
   * `airflow.providers.snowflake.hooks.snowflake`, as `airflow.providers` is there and no installed provider is under
   * `snowflake`; `airflow.sdk` on Airflow 2).
   */
  missingName?(moduleName: string): string;
}

export interface ResolverOptions {
  pythonVersion: string;
  airflowMajor?: 2 | 3;
  /** The Airflow minor (`2.10`, `3.1`): Airflow 2 runtimes other than 12.x (2.10) use 12.x's set, unconfirmed. */
  airflowVersion?: string;
  /** PEP 503 normalized distribution names from requirements.txt. */
  requirementNames: string[];
  /** requirements.txt lines of unknown distribution name, as `file:line (what)`: any import may come from them. */
  unnamedRequirements?: string[];
  localModules: string[];
  /**
   * Where the Airflow version came from: `runtime` (an Astro Runtime image, provider set known per line) or
   * `config` (a custom image: what it installs is unknown, so nothing is certainly missing).
   */
  airflowVersionSource?: "runtime" | "config";
  /** The runtime image reference, to tell the slim variant. */
  runtimeImage?: string;
}

type RuntimeLine = { label: string; airflow: string; confirmed: boolean; source: string; providers: string[]; modules: string[]; possibleModules: string[] };
const LINES = runtimeData.lines as Record<string, RuntimeLine>;
const PROVIDER_IDS = runtimeData.providerIds as Record<string, string>;
const DISTRIBUTION_MODULES = runtimeData.distributionModules as Record<string, string[]>;
const REQUIREMENT_MODULES = runtimeData.requirementModules as Record<string, { modules: string[]; providers: string[] }>;
const KNOWN_MODULES = new Set(runtimeData.knownModules);
/** What each distribution's wheels install (import-names.json), where that is more than its own name with `_`. */
const WHEEL_IMPORT_NAMES = wheelData.importNames as Record<string, string[]>;
/** Provider packages by their `airflow.providers.<id>` path, longest id first (`cncf.kubernetes` before `cncf`). */
const PROVIDER_BY_ID = Object.entries(PROVIDER_IDS)
  .map(([dist, id]) => ({ dist, id }))
  .sort((a, b) => b.id.length - a.id.length);

/**
 * The modules and packages directly under `airflow` in Airflow 2.10.5 (apache/airflow `airflow/` at 2.10.5, besides
 * `providers`): on Airflow 2, an `airflow.<name>` outside them does not exist, whatever the image holds
 * (`airflow.sdk` and `airflow.assets` are Airflow 3's). Earlier 2.x minors hold a subset.
 */
const AIRFLOW2_TOP_LEVEL = new Set(
  (
    "__main__ _vendor api api_connexion api_internal auth callbacks cli compat config_templates configuration contrib dag_processing datasets " +
    "decorators example_dags exceptions executors hooks io jobs kubernetes lineage listeners logging_config macros metrics migrations models " +
    "notifications operators plugins_manager policies providers providers_manager secrets security sensors sentry serialization settings stats " +
    "task template templates ti_deps timetables traces triggers typing_compat utils version www"
  ).split(" "),
);

function versionAtLeast(version: string, minimum: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = minimum.split(".").map(Number);
  return (a1 ?? 0) > (b1 ?? 0) || ((a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) >= (b2 ?? 0));
}

/**
 * Import names a distribution provides: what its wheels install (import-names.json) and the known names of
 * runtime-modules.json, else guesses from its name: with `_`, without separators, and without the usual affixes
 * (`python-magic` → `magic`, `acme-sdk` → `acme`). A guess only ever widens what counts as provided, so it can
 * silence a finding, never make one.
 */
export function importNamesOf(distribution: string): string[] {
  return importNamesWithCertainty(distribution).names;
}

/**
 * importNamesOf, and which of them are guesses: none for a distribution the data knows; for another, every name but
 * its own with `_` for `-` (`pyfiglet` → `pyfiglet`, what almost every package installs), i.e. the affix and first-word
 * variants.
 */
function importNamesWithCertainty(distribution: string): { names: string[]; guessed: Set<string> } {
  const fromWheels = WHEEL_IMPORT_NAMES[distribution];
  const known = DISTRIBUTION_MODULES[distribution];
  if (fromWheels) return { names: [...new Set([...fromWheels, ...(known ?? [])])], guessed: new Set() };
  if (known) return { names: known, guessed: new Set() };
  const names = guessedImportNames(distribution);
  const plain = distribution.replace(/[-.]/g, "_");
  return { names, guessed: new Set(names.filter((name) => name !== plain)) };
}

/**
 * Import names guessed from a distribution's name: with `_`, without separators, without the usual affixes
 * (`python-magic` → `magic`, `acme-sdk` → `acme`, `onnxruntime-gpu` → `onnxruntime`, `mlflow-skinny` → `mlflow`,
 * `pyzmq` → `zmq`), and its first word (`dbt-snowflake` → `dbt`, `office365-rest-python-client` → `office365`). Whole
 * names and words only: a module whose name is merely inside a requirement's (`common` in
 * `apache-airflow-providers-common-sql`, `request` in `requests`) is not taken as provided.
 */
function guessedImportNames(distribution: string): string[] {
  if (distribution.startsWith("apache-airflow")) return ["airflow"];
  for (const family of ["google", "azure", "opentelemetry", "snowflake"]) if (distribution.startsWith(`${family}-`)) return [family];
  const bare = distribution.replace(/^(python3?|py)-/, "").replace(/-(python3?|py|client|sdk|api|binary|lib|cpu|gpu|skinny|headless|learn|six|core|lite|slim)$/, "");
  const glued = distribution.replace(/[-_.]+/g, "");
  const unprefixed = /^py(thon)?[a-z]/.test(glued) ? glued.replace(/^py(thon)?/, "") : undefined;
  const unsuffixed = /[a-z](python|py)$/.test(glued) ? glued.replace(/(python|py)$/, "") : undefined;
  const firstWord = /[-_.]/.test(distribution) ? distribution.split(/[-_.]+/)[0] : undefined;
  const candidates = [distribution, bare].flatMap((d) => [d.replace(/[-.]/g, "_"), d.replace(/[-_.]/g, "")]);
  for (const extra of [unprefixed, unsuffixed, firstWord]) if (extra && extra.length >= 3) candidates.push(extra);
  return [...new Set(candidates)];
}

/** The runtime line a project runs on, and whether its provider set is confirmed for that exact line. */
function pickLine(options: ResolverOptions): { line: RuntimeLine; confirmed: boolean } {
  if (options.airflowMajor === 3) {
    const line = LINES.airflow3 as RuntimeLine;
    return { line, confirmed: line.confirmed && !(options.airflowVersion ?? "").startsWith("3.0") };
  }
  if (/-slim\b/.test(options.runtimeImage ?? "")) {
    const line = LINES["airflow2-slim"] as RuntimeLine;
    return { line, confirmed: line.confirmed };
  }
  const line = LINES["airflow2-12"] as RuntimeLine;
  return { line, confirmed: line.confirmed && (options.airflowVersion === undefined || options.airflowVersion === line.airflow) };
}

/**
 * Build a resolver for one project. Data: src/dags/data/runtime-modules.json (regenerated by
 * scripts/derive-runtime-modules.mjs from Airflow's constraints, its providers' declared dependencies and
 * Astronomer's provider reference) and stdlib-modules.json.
 */
export function createModuleResolver(options: ResolverOptions): ModuleResolver {
  const stdlibNames = new Set(
    stdlib.modules.filter((name) => {
      const removed = (stdlib.removedIn as Record<string, string>)[name];
      const added = (stdlib.addedIn as Record<string, string>)[name];
      return !(removed && versionAtLeast(options.pythonVersion, removed)) && !(added && !versionAtLeast(options.pythonVersion, added));
    }),
  );
  const { line, confirmed } = pickLine(options);
  const runtimeModules = new Set(line.modules);
  const possibleModules = new Set([...line.possibleModules, ...KNOWN_MODULES]);
  const runtimeProviders = new Set(line.providers);
  const requirementModules = new Map<string, string>();
  // Names only guessed from a requirement's name (lowercased): they silence a static finding, never an import's.
  const guessedModules = new Set<string>();
  const requirementProviders = new Set<string>();
  for (const dist of options.requirementNames) {
    const brought = REQUIREMENT_MODULES[dist];
    const { names, guessed } = importNamesWithCertainty(dist);
    for (const name of [...names, ...(brought?.modules ?? [])]) {
      const lower = name.toLowerCase();
      const guess = guessed.has(name);
      // A name some requirement certainly provides stays certain, whatever another one guesses.
      if (guess && !requirementModules.has(lower)) guessedModules.add(lower);
      if (!guess) guessedModules.delete(lower);
      if (!requirementModules.has(lower) || !guess) requirementModules.set(lower, dist);
    }
    requirementProviders.add(dist);
    for (const provider of brought?.providers ?? []) requirementProviders.add(provider);
  }
  const local = new Set(options.localModules);
  // Why a module nothing provides might still be there: then the claim is "possibly missing", never "fails".
  const uncertainty =
    options.airflowVersionSource === "config"
      ? "the project's custom image installs it (astro-ci does not know what the image holds)"
      : options.unnamedRequirements?.length
        ? `${options.unnamedRequirements[0]}${options.unnamedRequirements.length > 1 ? ` (or ${options.unnamedRequirements.length - 1} other requirements.txt lines of unknown name)` : ""} installs it`
        : !confirmed
          ? `${line.label}'s image installs it (its provider set is not confirmed for Airflow ${options.airflowVersion ?? "?"}${/-slim\b/.test(options.runtimeImage ?? "") ? ", slim image" : ""})`
          : undefined;
  const missing = (fix: string): ModuleResolution => (uncertainty ? { status: "possibly-missing", presentOnlyIf: uncertainty, fix } : { status: "missing", fix });

  return {
    runtimeLabel: line.label,
    isLocal: (top) => local.has(top),
    missingName(moduleName) {
      const parts = moduleName.split(".");
      if (parts[0] !== "airflow" || parts.length < 2) return parts[0] ?? moduleName;
      if (parts[1] !== "providers" || parts.length < 3) return `airflow.${parts[1]}`;
      // `airflow.providers` is a namespace package every provider adds to: a prefix is there when an installed
      // provider's id is it or starts with it (`cncf` while cncf.kubernetes is installed).
      const installed = PROVIDER_BY_ID.filter((p) => runtimeProviders.has(p.dist) || requirementProviders.has(p.dist)).map((p) => p.id);
      for (let k = 3; k <= parts.length; k++) {
        const prefix = parts.slice(2, k).join(".");
        if (installed.some((id) => prefix === id || prefix.startsWith(`${id}.`))) return moduleName;
        if (!installed.some((id) => id.startsWith(`${prefix}.`))) return parts.slice(0, k).join(".");
      }
      return moduleName;
    },
    resolve(moduleName) {
      const top = moduleName.split(".")[0] ?? moduleName;
      if (top === "airflow") {
        const first = moduleName.split(".")[1];
        if (options.airflowMajor !== 3 && first !== undefined && !AIRFLOW2_TOP_LEVEL.has(first)) {
          return missing(
            first === "sdk" || first === "assets"
              ? `'airflow.${first}' is Airflow 3's: on Airflow 2 import dag/task from airflow.decorators, DAG from airflow.models.dag, Dataset from airflow.datasets (or upgrade to an Airflow 3 runtime)`
              : `Airflow 2 has no module 'airflow.${first}': check the import path`,
          );
        }
        if (!moduleName.startsWith("airflow.providers.")) return { status: "provided", by: "airflow" };
        const rest = moduleName.slice("airflow.providers.".length);
        const provider = PROVIDER_BY_ID.find((p) => rest === p.id || rest.startsWith(`${p.id}.`));
        if (!provider) {
          return {
            status: "possibly-missing",
            presentOnlyIf: `a package installed in the image provides it (astro-ci's provider data, from Airflow 2.10.5, does not know airflow.providers.${rest.split(".")[0]})`,
            fix: "add the package that provides it to requirements.txt",
          };
        }
        if (requirementProviders.has(provider.dist)) return { status: "provided", by: "requirements" };
        if (runtimeProviders.has(provider.dist)) return { status: "provided", by: "runtime" };
        return missing(`add ${provider.dist} to requirements.txt (${line.label} does not preinstall it)`);
      }
      if (stdlibNames.has(top)) return { status: "provided", by: "stdlib" };
      if (local.has(top)) return { status: "provided", by: "local" };
      if (requirementModules.has(top.toLowerCase())) return { status: "provided", by: "requirements", ...(guessedModules.has(top.toLowerCase()) ? { guess: true as const } : {}) };
      if (runtimeModules.has(top)) return { status: "provided", by: "runtime" };
      // include/ is no folder of sys.path (the project root is): `include/x.py` is imported as `include.x`, not `x`.
      const fix = `add the package that provides '${top}' to requirements.txt; if '${top}' is the project's own module, put ${top}.py in plugins/ (on sys.path) or import it by its path from the project root (\`include/${top}.py\` is \`include.${top}\`)`;
      if (possibleModules.has(top)) {
        return {
          status: "possibly-missing",
          presentOnlyIf: `another installed package brings it (Airflow's constraints know '${top}', but ${line.label} does not preinstall it)`,
          fix,
        };
      }
      return missing(fix);
    },
  };
}

export interface RemovedImport {
  /** The dotted path that is gone: a module, or `module.name`. */
  path: string;
  rule: string;
  fix: string;
}

const REMOVED_MODULES = removedInAirflow3.modules as Record<string, { rule: string; fix: string }>;
const REMOVED_NAMES = removedInAirflow3.names as Record<string, Record<string, string>>;

/**
 * What an import statement asks for that Airflow 3 removed (data: src/dags/data/airflow3-removed-imports.json,
 * from ruff's AIR301/AIR302 rules). `module` is the dotted module of `import m` / `from m import ...`; `names` the
 * names of a `from` import. Each returned entry raises ImportError at the import itself.
 */
export function airflow3RemovedImports(module: string, names: string[] = []): RemovedImport[] {
  if (module !== "airflow" && !module.startsWith("airflow.")) return [];
  const moduleGone = (path: string): RemovedImport | undefined => {
    for (const [removed, info] of Object.entries(REMOVED_MODULES)) {
      if (path === removed || path.startsWith(`${removed}.`)) return { path, rule: info.rule, fix: info.fix };
    }
    return undefined;
  };
  const whole = moduleGone(module);
  if (whole) return [whole];
  const out: RemovedImport[] = [];
  for (const name of names) {
    const fix = REMOVED_NAMES[module]?.[name];
    if (fix) out.push({ path: `${module}.${name}`, rule: module === "airflow" || !/operators\.sql|sensors\.sql/.test(module) ? "AIR301" : "AIR302", fix });
    else {
      const submodule = moduleGone(`${module}.${name}`);
      if (submodule) out.push(submodule);
    }
  }
  return out;
}
