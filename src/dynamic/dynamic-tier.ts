import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../core/findings.js";
import type { Logger } from "../util/logger.js";
import { MAX_TIMER_MS, plural } from "../util/numbers.js";
import { resolveAirflowEnvironment, type AirflowMode, type CommandRunner } from "./airflow-environment.js";
import { projectCodeEnvironment, projectCodeRunner } from "./command-runner.js";
import { projectImportEnvironment, type ProjectImportEnvironment } from "./project-settings.js";
import { warnWithheldUrlCredentials } from "../testing/withheld-environment.js";
import { importResultsToFindings, runImportHarness, type FileImportResult, type ProcessRunner } from "./run-harness.js";

export type DynamicSetting = "auto" | "required" | "off";

export interface DynamicTierResult {
  status: "ran" | "unavailable" | "off" | "failed";
  /** One line for the log and the summary. */
  message: string;
  environment?: string;
  airflowVersion?: string;
  /** The Python the files were imported with ("3.11.7"), as the harness reported it. */
  pythonVersion?: string;
  findings: Finding[];
  results: FileImportResult[];
}

export interface DynamicTierOptions {
  setting: DynamicSetting;
  mode: AirflowMode;
  projectRoot: string;
  repoRoot: string;
  airflowVersion: string;
  runtimeImage?: string;
  /** Absolute paths of the DAG files to import. */
  files: string[];
  integrityExceptions: string[];
  /** Per-file timeout, Airflow's `[core] dagbag_import_timeout` (30 s by default). */
  timeoutSeconds: number;
  cacheDir: string;
  jobs?: number;
  /** Stub Variables, connections and os.getenv like `astro dev parse` (default true). */
  stubLookups?: boolean;
  harnessPath?: string;
  commandRunner?: CommandRunner;
  processRunner?: ProcessRunner;
  /** Extra variables for the harness (on top of the clean project-code environment and the project's settings). */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
}

/** The harness ships next to the bundle's chunks; from sources it sits in ./harness. */
export function defaultHarnessPath(): string {
  const bundled = fileURLToPath(new URL("./astro_ci_harness.py", import.meta.url));
  return existsSync(bundled) ? bundled : fileURLToPath(new URL("./harness/astro_ci_harness.py", import.meta.url));
}

export async function runDynamicTier(options: DynamicTierOptions): Promise<DynamicTierResult> {
  const empty = { findings: [], results: [] };
  if (options.setting === "off") return { status: "off", message: "dynamic import checks are off", ...empty };
  if (options.files.length === 0) return { status: "ran", message: "no DAG files to import", ...empty };
  const harnessPath = options.harnessPath ?? defaultHarnessPath();
  const resolution = await resolveAirflowEnvironment({
    mode: options.mode,
    airflowVersion: options.airflowVersion,
    projectRoot: options.projectRoot,
    repoRoot: options.repoRoot,
    runtimeImage: options.runtimeImage,
    cacheDir: options.cacheDir,
    harnessPath,
    runner: options.commandRunner ?? projectCodeRunner,
    logger: options.logger,
  });
  if (resolution.status === "unavailable") {
    return { status: "unavailable", message: `no Airflow to import the DAGs with (${resolution.reason}); only the static checks ran`, ...empty };
  }
  const env = resolution.environment;
  // The project's own environment reaches the child as its runtime image has it (the Dockerfile's ENV, the .env
  // AIRFLOW__* settings): a DAG reading os.environ["DEPLOY_ENV"] at module level sees the value the scheduler sees.
  // Nothing else of ours does (projectCodeEnvironment), and names that look like credentials are left out.
  const projectEnv = projectImportEnvironment(options.projectRoot, env.toTarget(options.projectRoot), options.repoRoot);
  reportLeftOut(projectEnv, options.logger);
  // Inherited values holding a URL with credentials are not passed either: said once per run, as astro-ci test says it.
  warnWithheldUrlCredentials(options.logger, "the DAG imports");
  const settings = projectEnv.env;
  const argv = [...env.command];
  if (env.mode === "image") {
    const at = argv.indexOf("--entrypoint");
    argv.splice(at === -1 ? argv.length - 1 : at, 0, ...Object.entries(projectCodeEnvironment({}, settings)).flatMap(([k, v]) => ["-e", `${k}=${v}`]));
  }
  const [command, ...prefix] = argv as [string, ...string[]];
  const outcome = await runImportHarness({
    python: command,
    pythonArgs: prefix,
    harnessPath: env.toTarget(harnessPath),
    request: {
      project_root: env.toTarget(options.projectRoot),
      dags_folder: env.toTarget(join(options.projectRoot, "dags")),
      files: options.files.map(env.toTarget),
      timeout_seconds: options.timeoutSeconds,
      max_workers: options.jobs ?? availableParallelism(),
      stub_lookups: options.stubLookups ?? true,
      integrity_exceptions: options.integrityExceptions,
      // Resident memory per import, watched by the harness (plus an address-space backstop at 4x, loose enough for
      // what only reserves address space: thread stacks, arrow, BLAS).
      memory_limit_mb: 16384,
    },
    runner: options.processRunner,
    env: { ...settings, ...options.env },
    // The whole run gets the per-file timeout for every file that could not run in parallel, plus start-up.
    // Every file that could not run in parallel may take the harness's backstop (twice the timeout, at least +10 s).
    // Capped at the longest timer Node has: hundreds of files at a long import timeout (or a project's huge
    // AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT) overflowed it, and the harness was killed at once.
    timeoutMs: Math.min(MAX_TIMER_MS, (Math.ceil(options.files.length / Math.max(1, options.jobs ?? availableParallelism())) * Math.max(2 * options.timeoutSeconds, options.timeoutSeconds + 10) + 120) * 1000),
  });
  if (outcome.status === "airflow-unavailable") return { status: "unavailable", message: `${env.description} cannot import Airflow: ${outcome.message}`, ...empty };
  if (outcome.status === "failed") return { status: "failed", message: outcome.message, ...empty };
  // Paths the harness reports as its Python sees them (the file, where an error was raised) are mapped back.
  const results = outcome.results.map((r) => ({
    ...r,
    file: env.toHost(r.file),
    // DagBag's timeout message names the file as the harness gave it (the image's path): the host's, made relative later.
    import_errors: r.import_errors.map((e) => ({ ...e, message: e.message.split(r.file).join(env.toHost(r.file)), ...(typeof e.raised_file === "string" ? { raised_file: env.toHost(e.raised_file) } : {}) })),
  }));
  return {
    status: "ran",
    message: `imported ${plural(results.length, "file")} with ${env.description}${env.description.includes(`Airflow ${outcome.airflowVersion}`) ? "" : ` (Airflow ${outcome.airflowVersion})`}${outcome.harnessRestarts ? `; its Airflow process was killed by the imports and started again ${plural(outcome.harnessRestarts, "time")}` : ""}`,
    environment: env.description,
    airflowVersion: outcome.airflowVersion,
    pythonVersion: outcome.pythonVersion,
    findings: importResultsToFindings(results, { repoRoot: options.repoRoot }),
    results,
  };
}

/** One debug line per kind of Dockerfile ENV the import does not get, by name only (never a value). */
function reportLeftOut(projectEnv: ProjectImportEnvironment, logger: Logger): void {
  const names = (list: string[]): string => list.join(", ");
  if (projectEnv.credentials.length) {
    logger.debug(`the DAG imports do not get the Dockerfile ENV ${names(projectEnv.credentials)}: the names look like credentials, which astro-ci never passes to project code`);
  }
  if (projectEnv.runtimeOwned.length) logger.debug(`the DAG imports keep the check's own ${names(projectEnv.runtimeOwned)}, not the Dockerfile's (they locate Python and Airflow in the image)`);
  if (projectEnv.unresolved.length) logger.debug(`the DAG imports do not get the Dockerfile ENV ${names(projectEnv.unresolved)}: the value refers to a variable the Dockerfile does not set`);
}
