import { existsSync, readdirSync, statSync } from "node:fs";
import { readUserTextSync } from "../util/user-files.js";
import { join, relative, resolve, sep } from "node:path";
import { classifyError, ConfigurationError } from "../errors.js";
import { parseAirflowSettings, type AirflowSettings } from "./airflow-settings.js";
import { parseAstroConfig, parseDiscoverySettings, parseEnvKeys, parseIntegrityExceptions, type AstroConfig } from "./astro-config.js";
import { discoverDagFiles, type DagDiscovery, type DiscoverOptions } from "./discovery.js";
import { NoRuntimeImageError, parseDockerfile, type DockerfileInfo } from "./dockerfile.js";
import type { ProjectFileProblem } from "./problems.js";
import { packagesTxtProblems, parsePackagesTxt, parseRequirements, type Requirement, type UnnamedRequirement } from "./requirements.js";
import type { IgnoreSyntax } from "./airflowignore.js";
import type { RuntimeInfo } from "./runtime-versions.js";

/** One Astro project, parsed: what runs (runtime, Airflow, Python), what is installed, and which DAG files exist. */
export interface AstroProject {
  root: string;
  /**
   * The repository root (absolute; LoadProjectOptions.repoRoot): no file whose real path is outside it is opened, DAG
   * files, project files and helper modules alike (src/util/inside-repository.ts).
   */
  repoRoot: string;
  /** POSIX path relative to the repository root; "" for the root itself. */
  relativeRoot: string;
  dockerfile?: DockerfileInfo;
  runtime?: RuntimeInfo;
  airflowMajor: 2 | 3;
  airflowVersion: string;
  /** Where the Airflow version came from: the Dockerfile's runtime, or `validate.airflow-version`. */
  airflowVersionSource: "runtime" | "config";
  pythonVersion: string;
  requirements: Requirement[];
  /** requirements.txt lines that install something whose name is unknown (a local path, a URL, `-r https://...`). */
  unnamedRequirements: UnnamedRequirement[];
  packages: string[];
  settings?: AirflowSettings;
  astroConfig?: AstroConfig;
  /** Keys of .env (never values). */
  envKeys: string[];
  dagIntegrityExceptions: string[];
  dirs: { dags: string; include?: string; plugins?: string; tests?: string };
  /** Top-level module names importable from the project root, dags/, include/ and plugins/. */
  localModules: string[];
  discovery: DagDiscovery;
  /**
   * `[core] dagbag_import_timeout` as the project sets it (Dockerfile ENV or .env), in seconds; 0: no timeout (Airflow
   * imports without one at a value `<= 0`); undefined: not set there, unknown, or not a value Airflow reads (then a
   * `problems` entry): Airflow's 30 s. See readImportTimeout.
   */
  importTimeoutSeconds?: number;
  /**
   * `[core] max_active_runs_per_dag` as the project sets it (Dockerfile ENV or .env), the default of a DAG's
   * max_active_runs; undefined: not set there (Airflow's default is 16; the Deployment may still set it).
   */
  maxActiveRunsPerDag?: number | "unknown";
  /**
   * `[core] default_task_retries` as the project sets it: a task's retries when default_args gives none (else 0).
   * `"unknown"` (here and above): the Dockerfile sets it to a value only the build knows (an ARG without a default).
   */
  defaultTaskRetries?: number | "unknown";
  /** `[operators] default_owner` as the project sets it: a task's owner when default_args gives none (else "airflow"). */
  defaultOwner?: string | { unknown: true };
  /**
   * `[operators] allow_illegal_arguments` as the project sets it (conf.getboolean: "t"/"true"/"1"): BaseOperator then
   * only warns about unknown keywords. Undefined when not set there.
   */
  allowIllegalArguments?: boolean;
  /** Things the user should know that are not findings, e.g. an airflow-version override contradicting the runtime. */
  warnings: string[];
  /**
   * Problems in files the commands only read for context (requirements.txt, packages.txt, airflow_settings.yaml,
   * .astro/config.yaml, a Dockerfile whose runtime is not needed because the Airflow version is configured).
   * They never stop a command; validate-dags reports them as `project-file-invalid` findings.
   */
  problems: ProjectFileProblem[];
}

export interface LoadProjectOptions {
  repoRoot: string;
  /** `validate.airflow-version`: used when the Dockerfile cannot tell. */
  airflowVersionOverride?: string;
  pythonVersionOverride?: string;
  /** DAG files above this many bytes are not read (see DagDiscovery.tooLarge). */
  maxFileSize?: number;
  /** A project without dags/ is fine (e.g. `astro-ci test` on a suite only); default false: it is an error. */
  dagsOptional?: boolean;
  /** Passed to DAG discovery: files it need not read (the analysis cache's stat index). */
  knownFiles?: DiscoverOptions["knownFiles"];
}

const toPosix = (p: string): string => p.split(sep).join("/");

export async function loadProject(projectDir: string, options: LoadProjectOptions): Promise<AstroProject> {
  const root = resolve(projectDir);
  const repoRoot = resolve(options.repoRoot);
  const relativeRoot = toPosix(relative(repoRoot, root));
  const display = (name: string): string => (relativeRoot ? `${relativeRoot}/${name}` : name);
  const at = (name: string): string => join(root, name);

  const dagsDir = at("dags");
  const hasDags = existsSync(dagsDir) && statSync(dagsDir).isDirectory();
  if (!hasDags && !options.dagsOptional) {
    throw new ConfigurationError("no dags/ folder: this does not look like an Astro project", {
      file: display("dags/"),
      fix: "point project-path (or PROJECT_DIR) at the folder holding the Dockerfile and dags/, or list projects in astro-ci.yaml",
    });
  }

  const problems: ProjectFileProblem[] = [];
  let dockerfile: DockerfileInfo | undefined;
  if (existsSync(at("Dockerfile"))) {
    try {
      dockerfile = parseDockerfile(readUserTextSync(at("Dockerfile"), { repoRoot }), display("Dockerfile"));
    } catch (error) {
      // The Dockerfile is needed only for the Airflow version: when the user configured it, a custom base image is
      // fine, and any other oddity is a finding on the Dockerfile instead of a stop.
      if (!(error instanceof ConfigurationError && options.airflowVersionOverride)) throw error;
      if (!(error instanceof NoRuntimeImageError)) {
        problems.push({
          file: error.file ?? display("Dockerfile"),
          line: error.line ?? 1,
          severity: "warning",
          message: `${error.message} (validate.airflow-version ${options.airflowVersionOverride} is used instead)`,
          fix: error.fix ?? "correct the Dockerfile",
        });
      }
    }
  } else if (!options.airflowVersionOverride) {
    throw new ConfigurationError("no Dockerfile, so the Airflow version is unknown", {
      file: display("Dockerfile"),
      fix: "add the Astro project's Dockerfile (FROM astrocrpublic.azurecr.io/runtime:<version>), or set validate.airflow-version in astro-ci.yaml",
    });
  }
  const runtime = dockerfile?.runtime?.info;
  let airflowVersion: string;
  let airflowMajor: 2 | 3;
  let airflowVersionSource: "runtime" | "config";
  const warnings: string[] = [];
  if (options.airflowVersionOverride && runtime && !sameMinor(options.airflowVersionOverride, runtime.airflowVersion)) {
    warnings.push(
      `validate.airflow-version is ${options.airflowVersionOverride}, but ${display("Dockerfile")} builds on runtime ${runtime.runtimeVersion} (Airflow ${runtime.airflowVersion}); ` +
        `checking as Airflow ${options.airflowVersionOverride}. Fix: remove airflow-version from astro-ci.yaml (the runtime tells), or change the Dockerfile`,
    );
  }
  if (options.airflowVersionOverride) {
    airflowVersion = options.airflowVersionOverride;
    airflowMajor = airflowVersion.startsWith("3") ? 3 : 2;
    airflowVersionSource = "config";
  } else if (runtime) {
    airflowVersion = runtime.airflowVersion;
    airflowMajor = runtime.airflowMajor;
    airflowVersionSource = "runtime";
  } else {
    throw new ConfigurationError("the Airflow version could not be determined", { file: display("Dockerfile"), fix: "set validate.airflow-version in astro-ci.yaml" });
  }
  const pythonVersion = options.pythonVersionOverride ?? runtime?.pythonVersion ?? "3.12";

  const parsedRequirements = existsSync(at("requirements.txt")) ? parseRequirements(at("requirements.txt"), display("requirements.txt"), root, repoRoot) : undefined;
  problems.push(...(parsedRequirements?.problems ?? []));
  let packagesText = "";
  try {
    packagesText = existsSync(at("packages.txt")) ? readUserTextSync(at("packages.txt"), { repoRoot }) : "";
  } catch (error) {
    // A folder in its place, no permission, not UTF-8: a problem of the file (apt would refuse it too), never a stop.
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problems.push({ file: display("packages.txt"), line: classified.line ?? 1, severity: "warning", message: `cannot be read: ${classified.message}`, fix: classified.fix ?? "make packages.txt a UTF-8 text file, one apt package per line" });
  }
  const packages = parsePackagesTxt(packagesText);
  problems.push(...packagesTxtProblems(packagesText, display("packages.txt")));
  let settings: AirflowSettings | undefined;
  if (existsSync(at("airflow_settings.yaml"))) {
    const read = await parseAirflowSettings(at("airflow_settings.yaml"), display("airflow_settings.yaml"), repoRoot);
    settings = read.settings;
    problems.push(...read.problems);
  }
  let astroConfig: AstroConfig | undefined;
  if (existsSync(at(".astro/config.yaml"))) {
    const read = await parseAstroConfig(at(".astro/config.yaml"), display(".astro/config.yaml"), repoRoot);
    astroConfig = read.config;
    problems.push(...read.problems);
  }
  const dotenvText = existsSync(at(".env")) ? readUserTextSync(at(".env"), { repoRoot }) : undefined;
  const envKeys = dotenvText === undefined ? [] : parseEnvKeys(dotenvText);
  const dagIntegrityExceptions = existsSync(at(".astro/dag_integrity_exceptions.txt"))
    ? parseIntegrityExceptions(readUserTextSync(at(".astro/dag_integrity_exceptions.txt"), { repoRoot }))
    : [];
  const optionalDir = (name: string): string | undefined => (existsSync(at(name)) && statSync(at(name)).isDirectory() ? at(name) : undefined);
  const dirs = { dags: dagsDir, include: optionalDir("include"), plugins: optionalDir("plugins"), tests: optionalDir("tests") };

  // Airflow's own settings for discovery, from the image's ENV and .env (.env wins, as `astro dev` loads it last). An
  // ENV value docker build expands from something the Dockerfile cannot tell (an ARG without a default) is unknown:
  // the checks that depend on it stay quiet instead of assuming Airflow's default.
  const dotenvSettings = dotenvText === undefined ? {} : parseDiscoverySettings(dotenvText);
  const imageSettings = Object.fromEntries(Object.entries(dockerfile?.env ?? {}).filter(([name]) => !(name in (dockerfile?.unresolvedEnv ?? {}))));
  const settingsEnv: Record<string, string> = { ...imageSettings, ...dotenvSettings };
  const unresolvedSettings = new Set(Object.keys(dockerfile?.unresolvedEnv ?? {}).filter((name) => !(name in dotenvSettings)));
  const ignoreSyntax = readIgnoreSyntax(settingsEnv.AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX, unresolvedSettings.has("AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX"), () =>
    "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX" in dotenvSettings
      ? { file: display(".env"), line: lineOfSetting(dotenvText ?? "", "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX") }
      : { file: display("Dockerfile"), line: dockerfile?.envLines.AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX ?? 1 },
    airflowMajor,
  );
  if (ignoreSyntax.problem) problems.push(ignoreSyntax.problem);
  const importTimeout = readImportTimeout(settingsEnv.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT, () =>
    "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT" in dotenvSettings
      ? { file: display(".env"), line: lineOfSetting(dotenvText ?? "", "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT") }
      : { file: display("Dockerfile"), line: dockerfile?.envLines.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT ?? 1 },
  );
  if (importTimeout.problem) problems.push(importTimeout.problem);
  const safeMode = settingsEnv.AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE?.toLowerCase();
  const discovery: DagDiscovery = !hasDags ? { files: [], ignored: [], hiddenDagFiles: [], problems: [], tooLarge: [] } : await discoverDagFiles({
    dagsDir,
    repoRoot,
    maxFileSize: options.maxFileSize,
    airflowMajor,
    displayPrefix: display("dags"),
    ignoreSyntax: ignoreSyntax.syntax,
    safeMode: safeMode === undefined ? undefined : !["false", "0", "f", "no", "off"].includes(safeMode),
    knownFiles: options.knownFiles,
  });
  return {
    root,
    repoRoot,
    relativeRoot,
    dockerfile,
    runtime,
    airflowMajor,
    airflowVersion,
    airflowVersionSource,
    pythonVersion,
    requirements: parsedRequirements?.requirements ?? [],
    unnamedRequirements: parsedRequirements?.unnamed ?? [],
    packages,
    settings,
    astroConfig,
    envKeys,
    dagIntegrityExceptions,
    dirs,
    localModules: listLocalModules([root, hasDags ? dagsDir : undefined, dirs.include, dirs.plugins]),
    discovery,
    importTimeoutSeconds: importTimeout.seconds,
    // conf.getint: Python's int() of the text (surrounding whitespace allowed).
    maxActiveRunsPerDag: unresolvedSettings.has("AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG")
      ? "unknown"
      : /^\s*[+-]?\d+\s*$/.test(settingsEnv.AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG ?? "")
        ? Number(settingsEnv.AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG)
        : undefined,
    defaultTaskRetries: unresolvedSettings.has("AIRFLOW__CORE__DEFAULT_TASK_RETRIES")
      ? "unknown"
      : /^\s*[+-]?\d+\s*$/.test(settingsEnv.AIRFLOW__CORE__DEFAULT_TASK_RETRIES ?? "")
        ? Number(settingsEnv.AIRFLOW__CORE__DEFAULT_TASK_RETRIES)
        : undefined,
    defaultOwner: unresolvedSettings.has("AIRFLOW__OPERATORS__DEFAULT_OWNER") ? { unknown: true } : settingsEnv.AIRFLOW__OPERATORS__DEFAULT_OWNER || undefined,
    // Unknown: as if it were on (unknown operator keywords then only warn), never an error Airflow may not raise.
    allowIllegalArguments: unresolvedSettings.has("AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS") || ["t", "true", "1"].includes((settingsEnv.AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS ?? "").trim().toLowerCase()) || undefined,
    warnings,
    problems,
  };
}

/**
 * `[core] dag_ignore_file_syntax` as the project sets it. Airflow's configuration takes exactly `regexp` or `glob`
 * (case and blanks count) or nothing: `AirflowConfigurationParser._validate_enums` (apache/airflow
 * airflow/configuration.py at 2.10.5, `enums_options`) raises AirflowConfigException ("Possible values: regexp, glob")
 * when `airflow` is imported, so no Airflow process of the image starts. That is a problem on the line that sets it,
 * and the DAG files are then judged with the default syntax. `unknown`: set to a value the Dockerfile cannot tell.
 */
function readIgnoreSyntax(
  value: string | undefined,
  unknown: boolean,
  where: () => { file: string; line: number },
  airflowMajor: 2 | 3,
): { syntax?: IgnoreSyntax | "unknown"; problem?: ProjectFileProblem } {
  if (unknown) return { syntax: "unknown" };
  if (value === undefined || value === "") return {};
  if (value === "glob" || value === "regexp") return { syntax: value };
  const fallback = airflowMajor === 3 ? "glob" : "regexp";
  return {
    problem: {
      ...where(),
      severity: "warning",
      message: `AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${value} is not a value Airflow takes: importing airflow fails with AirflowConfigException: \`[core] dag_ignore_file_syntax\` should not be '${value}'. Possible values: regexp, glob. (values are case-sensitive), so no Airflow process of this image starts (astro-ci reads .airflowignore with the default, ${fallback})`,
      fix: `write AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${value.trim().toLowerCase() === "glob" ? "glob" : value.trim().toLowerCase() === "regexp" ? "regexp" : "glob (or regexp)"}`,
    },
  };
}

/** Python's float() text (blanks around, `_` between digits, `1e3`, `.5`, `inf`, `nan`), as `conf.getfloat` takes it. */
const PYTHON_FLOAT = /^\s*([+-]?)(?:((?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)|(inf(?:inity)?)|(nan))\s*$/i;

/**
 * `[core] dagbag_import_timeout` as Airflow 2.10.5 reads it: `conf.getfloat` (Python's float() of the text) in
 * `policies.get_dagbag_import_timeout`, then DagBag._load_modules_from_file (airflow/models/dagbag.py) imports with
 * no timeout when it is `<= 0`. `seconds`: the value; 0 for no timeout (zero, negative, and NaN, whose timer
 * airflow.utils.timeout cannot set: it logs a warning and imports without one); undefined when unset (Airflow's 30
 * s). A value float() refuses (`abc`, an empty value) makes DagBag raise AirflowConfigException for every DAG file,
 * and infinity an OverflowError (the timer cannot be that long): DagBag logs it and records no import error, so no
 * DAG of the image loads. That is a problem on the line that sets it (severity as readIgnoreSyntax's), and the
 * dynamic tier imports with the default.
 */
function readImportTimeout(value: string | undefined, where: () => { file: string; line: number }): { seconds?: number; problem?: ProjectFileProblem } {
  if (value === undefined) return {};
  const match = PYTHON_FLOAT.exec(value);
  if (match && !(match[3] && match[1] !== "-")) {
    const seconds = match[4] ? Number.NaN : match[3] ? -Infinity : Number(`${match[1]}${(match[2] ?? "").replace(/_/g, "")}`);
    return { seconds: seconds > 0 ? seconds : 0 };
  }
  const failure = match
    ? "DagBag fails on every DAG file with OverflowError: timestamp too large to convert to C _PyTime_t (no timer is that long)"
    : `DagBag fails on every DAG file with AirflowConfigException: Failed to convert value to float. Please check "DAGBAG_IMPORT_TIMEOUT" key in "core" section. Current value: "${value}"`;
  return {
    problem: {
      ...where(),
      severity: "warning",
      message: `AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=${value} is not a value Airflow takes: ${failure}; it only logs that, records no import error, and loads none of the file's DAGs, so no DAG of this image loads (astro-ci imports the files with the default, 30 s)`,
      fix: "write a number of seconds, e.g. AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=60 (0 or less: no timeout), or remove the setting for Airflow's 30 s",
    },
  };
}

/** The 1-based line of `.env` that sets `name` (the last one: it wins), 1 when none does. */
function lineOfSetting(text: string, name: string): number {
  let found = 1;
  text.split(/\r?\n/).forEach((line, index) => {
    if (new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=`).test(line)) found = index + 1;
  });
  return found;
}

/** "2.10" and "2.10.5" agree; "3.1" and "2.10.5" do not. */
function sameMinor(a: string, b: string): boolean {
  const [aMajor, aMinor] = a.split(".");
  const [bMajor, bMinor] = b.split(".");
  return aMajor === bMajor && (aMinor === undefined || bMinor === undefined || aMinor === bMinor);
}

/** Modules Python can import from these folders (the Astro image puts them on sys.path): `x.py` and packages `x/`. */
function listLocalModules(folders: (string | undefined)[]): string[] {
  const names = new Set<string>();
  for (const folder of folders) {
    if (!folder) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".py")) names.add(entry.name.slice(0, -3));
      else if (entry.isDirectory() && /^[A-Za-z_][A-Za-z0-9_]*$/.test(entry.name)) names.add(entry.name);
    }
  }
  return [...names].sort();
}
