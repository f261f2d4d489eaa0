import { lstatSync, statSync } from "node:fs";
import { relative, resolve, basename, sep } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { Level } from "../core/findings.js";
import type { AirflowMode } from "../dynamic/airflow-environment.js";
import type { DynamicSetting } from "../dynamic/dynamic-tier.js";
import { outsideRepositoryWords } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { readNonRepositoryYamlFile, readYamlFile, validateYamlAgainstSchema, type YamlSource } from "../util/yaml-file.js";
import { parseByteSize } from "../util/numbers.js";
import { validateConfig } from "./config-validator.generated.js";
import { MAX_FILE_SIZE_CEILING } from "./limits.js";

export const DEFAULT_CONFIG_FILE = "astro-ci.yaml";

/**
 * Where the astro-ci.yaml schema is documented for users: the schema file on the default branch of the public
 * repository (a stable URL that every release keeps; the file's `description`s are the reference).
 */
export const CONFIG_SCHEMA_URL = "https://github.com/astro-ci/astro-ci/blob/main/schema/astro-ci.schema.json";

/** `validate.max-file-size` when not set: DAG files above it get a `file-too-large` finding and are not parsed. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type FailOn = "error" | "warning" | "never";

/** A check's setting: its level plus whatever options the check takes. */
export interface CheckSetting {
  level?: Level;
  allowed?: string[];
  min?: number;
  disallowed?: string[];
}

export interface ValidateSettings {
  /** Lowest severity that fails the run. */
  failOn: FailOn;
  /** Level of Airflow 3 findings on Airflow 2 projects. */
  airflow3Readiness: Level;
  /** Airflow version to assume when the runtime image cannot tell. */
  airflowVersion?: string;
  /** Python version for syntax checks; defaults to the runtime image's. */
  pythonVersion?: string;
  /** Globs relative to the project folder. */
  exclude: string[];
  /** Dynamic import checks; undefined means the caller's default (the action: auto, the CLI: auto with installed Airflow). */
  dynamic?: DynamicSetting;
  airflow?: AirflowMode;
  /** Dynamic checks: stub Variables, connections and os.getenv while importing (undefined: the caller's default, on). */
  stubLookups?: boolean;
  importTimeout?: number;
  /** Bytes; DAG files above it are not parsed (a `file-too-large` finding instead). */
  maxFileSize: number;
  /** Check id → setting, as written by the user (defaults are applied by the checks). */
  checks: Record<string, CheckSetting>;
  /** Where each check setting was written, for error messages. */
  checkLines: Record<string, number | undefined>;
}

export interface ProjectEntry {
  /** Absolute path of the project folder. */
  root: string;
  /** POSIX path relative to the repository root ("" for the root itself). */
  relativePath: string;
  name: string;
  validate: ValidateSettings;
}

export interface AstroCiConfig {
  /** Path of the config file read, relative to the repository root; undefined when none. */
  file?: string;
  repoRoot: string;
  projects: ProjectEntry[];
  /** The parsed file with line lookup, for sections other modules read (e.g. `deployments:`); undefined when none. */
  source?: YamlSource;
}

const DEFAULT_VALIDATE: ValidateSettings = {
  failOn: "error",
  airflow3Readiness: "warning",
  exclude: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  checks: {},
  checkLines: {},
};

interface RawValidate {
  "fail-on"?: FailOn;
  "airflow3-readiness"?: Level;
  "airflow-version"?: string;
  "python-version"?: string;
  exclude?: string[];
  dynamic?: DynamicSetting;
  airflow?: AirflowMode;
  "import-timeout"?: number;
  "max-file-size"?: number | string;
  "stub-lookups"?: boolean;
  checks?: Record<string, Level | CheckSetting>;
}

interface RawConfig {
  version?: 1;
  projects?: { path: string; name?: string; validate?: RawValidate }[];
  validate?: RawValidate;
}

export interface LoadConfigOptions {
  repoRoot: string;
  /** Explicit config path (absolute or relative to repoRoot); must exist when given. */
  configPath?: string;
  /** A project folder named on the command line or in the action input; overrides `projects:`. */
  projectPath?: string;
}

/** Read `astro-ci.yaml` (optional) and resolve the list of projects to work on. */
export async function loadConfig(options: LoadConfigOptions): Promise<AstroCiConfig> {
  const repoRoot = resolve(options.repoRoot);
  let source: YamlSource | undefined;
  let displayPath: string | undefined;
  if (options.configPath) {
    const abs = resolve(repoRoot, options.configPath);
    displayPath = toPosix(relative(process.cwd(), abs)) || abs;
    if (isMissing(abs)) {
      throw new ConfigurationError(`config file not found`, {
        file: displayPath,
        fix: "check the path given to --config / the `config` input, or remove it to use the defaults",
      });
    }
    // Named on the command line: wherever it is, not necessarily a file of the repository.
    source = await readNonRepositoryYamlFile(abs, displayPath, { refuseMergeKeys: true });
  } else if (hasEntry(resolve(repoRoot, DEFAULT_CONFIG_FILE))) {
    // lstat, not existsSync: an astro-ci.yaml that is a dangling or looping symlink is an error naming it, never
    // silently "no configuration".
    displayPath = DEFAULT_CONFIG_FILE;
    // The repository's own file: never one a symlink takes outside it.
    source = await readYamlFile(resolve(repoRoot, DEFAULT_CONFIG_FILE), displayPath, { refuseMergeKeys: true, repoRoot });
  }

  let raw: RawConfig = {};
  if (source) {
    if (source.value === null || source.value === undefined) raw = {};
    else {
      validateYamlAgainstSchema(source, validateConfig, `correct these settings; the allowed ones and their values are documented in ${CONFIG_SCHEMA_URL}`);
      raw = source.value as RawConfig;
    }
  }

  const topValidate = mergeValidate(DEFAULT_VALIDATE, raw.validate, source, ["validate"]);
  const entries: ProjectEntry[] = [];
  if (options.projectPath !== undefined) {
    const root = resolveInsideRepo(repoRoot, options.projectPath, undefined, undefined);
    const configured = raw.projects?.findIndex((p) => resolve(repoRoot, p.path) === root) ?? -1;
    const rawProject = configured >= 0 ? raw.projects?.[configured] : undefined;
    entries.push({
      root,
      relativePath: toPosix(relative(repoRoot, root)),
      name: rawProject?.name ?? (basename(root) || "project"),
      validate: mergeValidate(topValidate, rawProject?.validate, source, ["projects", configured, "validate"]),
    });
  } else if (raw.projects?.length) {
    raw.projects.forEach((project, index) => {
      const root = resolveInsideRepo(repoRoot, project.path, source, ["projects", index, "path"]);
      entries.push({
        root,
        relativePath: toPosix(relative(repoRoot, root)),
        name: project.name ?? (basename(root) || "project"),
        validate: mergeValidate(topValidate, project.validate, source, ["projects", index, "validate"]),
      });
    });
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const before = seen.get(entry.root);
      if (before !== undefined) {
        throw new ConfigurationError(`projects[${index}] names the same folder as projects[${before}]`, {
          file: source?.file,
          line: source?.lineOf(["projects", index, "path"]),
          fix: "list each Astro project once",
        });
      }
      seen.set(entry.root, index);
    });
  } else {
    entries.push({ root: repoRoot, relativePath: "", name: basename(repoRoot) || "project", validate: topValidate });
  }
  return { file: displayPath, repoRoot, projects: entries, source };
}

function mergeValidate(
  base: ValidateSettings,
  raw: RawValidate | undefined,
  source: YamlSource | undefined,
  at: (string | number)[],
): ValidateSettings {
  if (!raw) return base;
  const checks: Record<string, CheckSetting> = { ...base.checks };
  const checkLines = { ...base.checkLines };
  for (const [id, setting] of Object.entries(raw.checks ?? {})) {
    checks[id] = typeof setting === "string" ? { ...checks[id], level: setting } : { ...checks[id], ...setting };
    checkLines[id] = source?.lineOf([...at, "checks", id], { key: true });
  }
  return {
    failOn: raw["fail-on"] ?? base.failOn,
    airflow3Readiness: raw["airflow3-readiness"] ?? base.airflow3Readiness,
    airflowVersion: raw["airflow-version"] ?? base.airflowVersion,
    pythonVersion: raw["python-version"] ?? base.pythonVersion,
    exclude: [...base.exclude, ...(raw.exclude ?? [])],
    dynamic: raw.dynamic ?? base.dynamic,
    airflow: raw.airflow ?? base.airflow,
    importTimeout: raw["import-timeout"] ?? base.importTimeout,
    maxFileSize: raw["max-file-size"] === undefined ? base.maxFileSize : maxFileSizeSetting(raw["max-file-size"], source, [...at, "max-file-size"]),
    stubLookups: raw["stub-lookups"] ?? base.stubLookups,
    checks,
    checkLines,
  };
}

function maxFileSizeSetting(value: number | string, source: YamlSource | undefined, at: (string | number)[]): number {
  try {
    return parseByteSize(value, "validate.max-file-size", { example: "max-file-size: 10MB", max: MAX_FILE_SIZE_CEILING });
  } catch (error) {
    throw new ConfigurationError((error as Error).message, { file: source?.file, line: source?.lineOf(at), fix: `e.g. max-file-size: 10MB (see ${CONFIG_SCHEMA_URL})` });
  }
}

/** Resolve a user-given path and refuse anything that leaves the repository. */
export function resolveInsideRepo(
  repoRoot: string,
  userPath: string,
  source: YamlSource | undefined,
  at: (string | number)[] | undefined,
): string {
  const abs = resolve(repoRoot, userPath);
  if (!isInside(repoRoot, abs)) {
    throw new ConfigurationError(outsideRepositoryWords(`path '${userPath}'`), {
      file: source?.file,
      line: at && source ? source.lineOf(at) : undefined,
      fix: "use a path relative to the repository root that stays inside it",
    });
  }
  if (isMissing(abs)) {
    throw new ConfigurationError(`project folder '${userPath}' does not exist`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : undefined,
      fix: "point it at the folder holding the Astro project's Dockerfile and dags/",
    });
  }
  return abs;
}

/**
 * True when nothing is at `path` (ENOENT, ENOTDIR). Any other failure to stat it (a symlink loop, no permission on
 * a parent folder) is thrown as Node's error, so the classifier names that cause and its fix instead of "does not
 * exist" or "not found".
 */
function isMissing(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return true;
    throw error;
  }
}

/** True when the folder holds an entry named so (a file, a folder, any symlink, even a dangling one). */
function hasEntry(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export function toPosix(path: string): string {
  return path.split(sep).join("/");
}
