import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { ConfigurationError } from "../../errors.js";
import type { TestAirflowMode } from "../../testing/run-tests.js";
import { DEFAULT_TEST_TIMEOUT_SECONDS } from "../../testing/test-project.js";
import { isInside } from "../../util/is-inside.js";
import { parseDurationSeconds } from "../../util/numbers.js";
import { getBooleanInput, getChoiceInput, getOptionalInput, resolveInsideWorkspace, splitArgumentsInput, usableCacheDir, type InputReader } from "../inputs.js";

/** Everything the test action was asked to do, read and checked once. */
export interface TestSettings {
  workspace: string;
  /** Absolute path of the Astro project. */
  projectPath: string;
  /** Test paths relative to the project; empty means tests/. */
  paths: string[];
  /** Extra pytest arguments, split into words as a shell would (quotes kept together, nothing expanded). */
  pytestArgs: string[];
  airflow: TestAirflowMode;
  stubLookups: boolean;
  githubToken?: string;
  /** Where the JUnit XML and venvs go: the cache input, else RUNNER_TEMP/astro-ci. */
  workDir: string;
  /** Fail the step when tests fail (default true). */
  failOnFailure: boolean;
  /** A run that collects no test passes (default false: it fails, as `astro-ci test` does without --allow-no-tests). */
  allowNoTests: boolean;
  /** Stop the suite after this many seconds (`timeout` input, default 30m; 0: no limit). */
  timeoutSeconds: number;
  /** Problems that only degrade the run (an unusable cache folder): shown as notices, never failing the step. */
  notices: string[];
}

export function readTestSettings(read: InputReader, env: NodeJS.ProcessEnv): TestSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const project = resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path");
  // `cache: false` (as validate-dags takes it) means no cache folder here too: RUNNER_TEMP, never a folder named false.
  const cacheInput = getOptionalInput(read, "cache");
  const cache = usableCacheDir(workspace, cacheInput !== undefined && /^false$/i.test(cacheInput) ? undefined : cacheInput, "cache");
  return {
    workspace,
    projectPath: project,
    paths: (getOptionalInput(read, "paths") ?? "").split(/[\s,]+/).filter(Boolean).map((path) => testPathInProject(project, path)),
    pytestArgs: splitArgumentsInput(getOptionalInput(read, "pytest-args") ?? "", "pytest-args"),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image", "none"] as const) ?? "auto",
    stubLookups: getBooleanInput(read, "stub-lookups", true),
    githubToken: getOptionalInput(read, "github-token"),
    workDir: cache.dir ?? resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    failOnFailure: getBooleanInput(read, "fail-on-failure", true),
    allowNoTests: getBooleanInput(read, "allow-no-tests", false),
    timeoutSeconds: getTimeoutInput(read),
    notices: cache.notice ? [cache.notice.replace("Running without it.", "Using RUNNER_TEMP instead.")] : [],
  };
}

/** The `timeout` input: a duration (`1800`, `45m`), 0 for no limit; 30 minutes when not given. */
function getTimeoutInput(read: InputReader): number {
  const value = getOptionalInput(read, "timeout");
  return value === undefined ? DEFAULT_TEST_TIMEOUT_SECONDS : parseDurationSeconds(value, "input 'timeout'", { example: "timeout: 45m (or 0 for no limit)", allowZero: true });
}

/**
 * A `paths` entry as pytest takes it in the copy of the project: relative to the project, inside it, and present.
 * Checked here so that a typo is one clear configuration error, not pytest's exit 4 in a throwaway folder.
 */
function testPathInProject(project: string, path: string): string {
  const abs = resolve(project, path);
  const rel = relative(project, abs);
  if (!isInside(project, abs)) {
    throw new ConfigurationError(`input 'paths': '${path}' is outside the project`, { fix: "give test files or folders relative to project-path, inside it (tests run on a copy of the project only)" });
  }
  if (!existsSync(abs)) throw new ConfigurationError(`input 'paths': '${path}' does not exist in the project`, { fix: "give test files or folders relative to project-path, e.g. paths: tests/dags" });
  return rel.split(sep).join("/") || ".";
}
