import { resolve } from "node:path";
import type { TestAirflowMode } from "../../testing/run-tests.js";
import { getBooleanInput, getChoiceInput, getOptionalInput, resolveInsideWorkspace, usableCacheDir, type InputReader } from "../inputs.js";

/** Everything the test action was asked to do, read and checked once. */
export interface TestSettings {
  workspace: string;
  /** Absolute path of the Astro project. */
  projectPath: string;
  /** Test paths relative to the project; empty means tests/. */
  paths: string[];
  /** Extra pytest arguments, split like a shell would on whitespace (quotes are not interpreted). */
  pytestArgs: string[];
  airflow: TestAirflowMode;
  stubLookups: boolean;
  githubToken?: string;
  /** Where the JUnit XML and venvs go: the cache input, else RUNNER_TEMP/astro-ci. */
  workDir: string;
  /** Fail the step when tests fail (default true). */
  failOnFailure: boolean;
  /** Problems that only degrade the run (an unusable cache folder): shown as notices, never failing the step. */
  notices: string[];
}

export function readTestSettings(read: InputReader, env: NodeJS.ProcessEnv): TestSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const project = resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path");
  const cache = usableCacheDir(workspace, getOptionalInput(read, "cache"), "cache");
  return {
    workspace,
    projectPath: project,
    paths: (getOptionalInput(read, "paths") ?? "").split(/[\s,]+/).filter(Boolean),
    pytestArgs: (getOptionalInput(read, "pytest-args") ?? "").split(/\s+/).filter(Boolean),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image", "none"] as const) ?? "auto",
    stubLookups: getBooleanInput(read, "stub-lookups", true),
    githubToken: getOptionalInput(read, "github-token"),
    workDir: cache.dir ?? resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    failOnFailure: getBooleanInput(read, "fail-on-failure", true),
    notices: cache.notice ? [cache.notice.replace("Running without it.", "Using RUNNER_TEMP instead.")] : [],
  };
}
