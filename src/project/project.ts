import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { ConfigurationError } from "../errors.js";
import { parseAirflowSettings, type AirflowSettings } from "./airflow-settings.js";
import { parseAstroConfig, parseDiscoverySettings, parseEnvKeys, parseIntegrityExceptions, type AstroConfig } from "./astro-config.js";
import { discoverDagFiles, type DagDiscovery, type DiscoverOptions } from "./discovery.js";
import { NoRuntimeImageError, parseDockerfile, type DockerfileInfo } from "./dockerfile.js";
import { parsePackagesTxt, parseRequirements, type Requirement } from "./requirements.js";
import type { RuntimeInfo } from "./runtime-versions.js";

/** One Astro project, parsed: what runs (runtime, Airflow, Python), what is installed, and which DAG files exist. */
export interface AstroProject {
  root: string;
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
  /** `[core] dagbag_import_timeout` as the project sets it (Dockerfile ENV or .env); undefined: Airflow's 30 s. */
  importTimeoutSeconds?: number;
}

export interface LoadProjectOptions {
  repoRoot: string;
  /** `validate.airflow-version`: used when the Dockerfile cannot tell. */
  airflowVersionOverride?: string;
  pythonVersionOverride?: string;
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
  if (!existsSync(dagsDir) || !statSync(dagsDir).isDirectory()) {
    throw new ConfigurationError("no dags/ folder: this does not look like an Astro project", {
      file: display("dags/"),
      fix: "point project-path (or PROJECT_DIR) at the folder holding the Dockerfile and dags/, or list projects in astro-ci.yaml",
    });
  }

  let dockerfile: DockerfileInfo | undefined;
  if (existsSync(at("Dockerfile"))) {
    try {
      dockerfile = parseDockerfile(readFileSync(at("Dockerfile"), "utf8"), display("Dockerfile"));
    } catch (error) {
      // A custom base image is fine when the user told us the Airflow version.
      if (!(error instanceof NoRuntimeImageError && options.airflowVersionOverride)) throw error;
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

  const requirements = existsSync(at("requirements.txt")) ? parseRequirements(at("requirements.txt"), display("requirements.txt"), root).requirements : [];
  const packages = existsSync(at("packages.txt")) ? parsePackagesTxt(readFileSync(at("packages.txt"), "utf8")) : [];
  const settings = existsSync(at("airflow_settings.yaml")) ? await parseAirflowSettings(at("airflow_settings.yaml"), display("airflow_settings.yaml")) : undefined;
  const astroConfig = existsSync(at(".astro/config.yaml")) ? await parseAstroConfig(at(".astro/config.yaml"), display(".astro/config.yaml")) : undefined;
  const envKeys = existsSync(at(".env")) ? parseEnvKeys(readFileSync(at(".env"), "utf8")) : [];
  const dagIntegrityExceptions = existsSync(at(".astro/dag_integrity_exceptions.txt"))
    ? parseIntegrityExceptions(readFileSync(at(".astro/dag_integrity_exceptions.txt"), "utf8"))
    : [];
  const optionalDir = (name: string): string | undefined => (existsSync(at(name)) && statSync(at(name)).isDirectory() ? at(name) : undefined);
  const dirs = { dags: dagsDir, include: optionalDir("include"), plugins: optionalDir("plugins"), tests: optionalDir("tests") };

  // Airflow's own settings for discovery, from the image's ENV and .env (.env wins, as `astro dev` loads it last).
  const settingsEnv: Record<string, string> = { ...(dockerfile?.env ?? {}), ...(existsSync(at(".env")) ? parseDiscoverySettings(readFileSync(at(".env"), "utf8")) : {}) };
  const syntax = settingsEnv.AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX?.toLowerCase();
  const safeMode = settingsEnv.AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE?.toLowerCase();
  const discovery = await discoverDagFiles({
    dagsDir,
    airflowMajor,
    displayPrefix: display("dags"),
    ignoreSyntax: syntax === "glob" || syntax === "regexp" ? syntax : undefined,
    safeMode: safeMode === undefined ? undefined : !["false", "0", "f", "no", "off"].includes(safeMode),
    knownFiles: options.knownFiles,
  });
  return {
    root,
    relativeRoot,
    dockerfile,
    runtime,
    airflowMajor,
    airflowVersion,
    airflowVersionSource,
    pythonVersion,
    requirements,
    packages,
    settings,
    astroConfig,
    envKeys,
    dagIntegrityExceptions,
    dirs,
    localModules: listLocalModules([root, dagsDir, dirs.include, dirs.plugins]),
    discovery,
    importTimeoutSeconds: Number(settingsEnv.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT) > 0 ? Number(settingsEnv.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT) : undefined,
  };
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
