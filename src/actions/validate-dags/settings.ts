import { resolve } from "node:path";
import type { FailOn } from "../../config/config.js";
import type { AirflowMode } from "../../dynamic/airflow-environment.js";
import type { DynamicSetting } from "../../dynamic/dynamic-tier.js";
import { getBooleanInput, getChoiceInput, getOptionalInput, resolveInsideWorkspace, type InputReader } from "../inputs.js";

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
  /** Directory for the analysis cache (persist it with actions/cache); undefined disables caching. */
  cacheDir?: string;
  /** Where report files are written (RUNNER_TEMP/astro-ci). */
  outputDir: string;
  /** Dynamic import checks; undefined: `validate.dynamic` from astro-ci.yaml, else auto. */
  dynamic?: DynamicSetting;
  /** Where Airflow comes from; undefined: `validate.airflow`, else auto. */
  airflow?: AirflowMode;
  /** Stub lookups while importing DAGs; undefined: `validate.stub-lookups`, else true. */
  stubLookups?: boolean;
}

export function readValidateDagsSettings(read: InputReader, env: NodeJS.ProcessEnv): ValidateDagsSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectInput = getOptionalInput(read, "project-path");
  const configInput = getOptionalInput(read, "config");
  const cacheInput = getOptionalInput(read, "cache");
  return {
    workspace,
    projectPath: projectInput === undefined || projectInput === "." ? undefined : resolveInsideWorkspace(workspace, projectInput, "project-path"),
    configPath: configInput === undefined ? undefined : resolveInsideWorkspace(workspace, configInput, "config"),
    githubToken: getOptionalInput(read, "github-token"),
    failOn: getChoiceInput(read, "fail-on", ["error", "warning", "never"] as const),
    comment: getBooleanInput(read, "comment", false),
    // The cache may live outside the workspace (e.g. RUNNER_TEMP), so it is not confined.
    cacheDir: cacheInput === undefined ? undefined : resolve(workspace, cacheInput),
    outputDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    dynamic: getChoiceInput(read, "dynamic", ["auto", "required", "off"] as const),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image"] as const),
    stubLookups: ((v) => (v === undefined ? undefined : v === "true"))(getChoiceInput(read, "stub-lookups", ["true", "false"] as const)),
  };
}
