import { homedir } from "node:os";
import { resolve } from "node:path";
import { defaultCacheDir } from "../../util/cache-dir.js";
import type { FailOn } from "../../config/config.js";
import type { AirflowMode } from "../../dynamic/airflow-environment.js";
import type { DynamicSetting } from "../../dynamic/dynamic-tier.js";
import { getBooleanInput, getChoiceInput, getOptionalBooleanInput, getOptionalInput, resolveInsideWorkspace, usableCacheDir, type InputReader } from "../inputs.js";

/** Everything the validate-dags action was asked to do, read and checked once. */
export interface ValidateDagsSettings {
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** Absolute path of the Astro project to validate; undefined means "the projects in astro-ci.yaml". */
  projectPath?: string;
  /** astro-ci.yaml to use instead of the one at the workspace root. */
  configPath?: string;
  /** Token for check runs and comments; undefined means annotations and the job summary only. */
  githubToken?: string;
  /** Overrides `validate.fail-on` from astro-ci.yaml when set. */
  failOn?: FailOn;
  /** Post or update a sticky PR comment with the DAG diff and counts. */
  comment: boolean;
  /** The `cache` input: directory for the Airflow venv and, unless `analysisCacheDir` says otherwise, the analysis cache. */
  cacheDir?: string;
  /** Directory for the analysis cache: `cache`, else `~/.cache/astro-ci` (XDG); undefined when `cache: false`. */
  analysisCacheDir?: string;
  /** Where report files are written (RUNNER_TEMP/astro-ci). */
  outputDir: string;
  /** Dynamic import checks; undefined: `validate.dynamic` from astro-ci.yaml, else auto. */
  dynamic?: DynamicSetting;
  /** Where Airflow comes from; undefined: `validate.airflow`, else auto. */
  airflow?: AirflowMode;
  /** Problems that only degrade the run (an unusable cache folder): shown as notices, never failing the step. */
  notices: string[];
  /** Stub lookups while importing DAGs; undefined: `validate.stub-lookups`, else true. */
  stubLookups?: boolean;
}

export function readValidateDagsSettings(read: InputReader, env: NodeJS.ProcessEnv): ValidateDagsSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectInput = getOptionalInput(read, "project-path");
  const configInput = getOptionalInput(read, "config");
  const cacheInput = getOptionalInput(read, "cache");
  // `false` in any case (`False`, `FALSE`), as boolean inputs are read: never a folder named FALSE in the checkout.
  const cacheOff = cacheInput !== undefined && /^false$/i.test(cacheInput);
  // The cache may live outside the workspace (e.g. RUNNER_TEMP), so it is not confined; an unusable one is dropped.
  const cache = cacheOff ? {} : usableCacheDir(workspace, cacheInput, "cache");
  return {
    workspace,
    projectPath: projectInput === undefined ? undefined : projectsOrOne(workspace, resolveInsideWorkspace(workspace, projectInput, "project-path")),
    configPath: configInput === undefined ? undefined : resolveInsideWorkspace(workspace, configInput, "config"),
    githubToken: getOptionalInput(read, "github-token"),
    failOn: getChoiceInput(read, "fail-on", ["error", "warning", "never"] as const),
    comment: getBooleanInput(read, "comment", false),
    cacheDir: cache.dir,
    // On by default, like the CLI's: persist ~/.cache/astro-ci with actions/cache, or name a folder in `cache`.
    analysisCacheDir: cacheOff ? undefined : cacheInput !== undefined ? cache.dir : defaultCacheDir(env, homedir()),
    outputDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    dynamic: getChoiceInput(read, "dynamic", ["auto", "required", "off"] as const),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image"] as const),
    notices: cache.notice ? [cache.notice] : [],
    stubLookups: getOptionalBooleanInput(read, "stub-lookups"),
  };
}

/** `.`, `./`, `/` or `astro/..`: the repository root, which means "the projects in astro-ci.yaml" (undefined). */
function projectsOrOne(workspace: string, abs: string): string | undefined {
  return abs === workspace ? undefined : abs;
}
