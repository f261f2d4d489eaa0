import { loadConfig } from "../config/config.js";
import { loadProject } from "../project/project.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import type { Finding } from "../core/findings.js";
import type { JUnitReport } from "../test-report/junit.js";
import type { Logger } from "../util/logger.js";
import { runProjectTests, type TestAirflowMode, type TestCrash, type TestTimeout } from "./run-tests.js";
import { testResultFindings } from "./test-findings.js";
import { plural } from "../util/numbers.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { splitPytestArguments } from "./test-paths.js";

export interface TestProjectResult {
  project: { name: string; path: string; airflowVersion: string };
  status: "ran" | "unavailable" | "failed";
  message: string;
  environment?: string;
  totals: JUnitReport["totals"];
  collectionErrors: number;
  findings: Finding[];
  report?: JUnitReport;
  junitPath?: string;
  failed: boolean;
  /** For `unavailable`: what to do about it, when more specific than choosing another Airflow mode. */
  fix?: string;
  /** The test paths the run was given (the `paths` option and the paths among the pytest arguments); empty: tests/. */
  paths?: string[];
  /** The project has no tests/ folder and no paths were given: pytest did not run (a failure unless allowNoTests). */
  noTestsFolder?: boolean;
  /** For `failed`: the environment or the invocation is at fault (exit 2), not the suite (exit 1). */
  environmentFault?: boolean;
}

/**
 * The default time limit of a test run: 30 minutes. GitHub's own limit (a job's or step's `timeout-minutes`) is 6
 * hours by default and, when it fires, says only "The operation was canceled", not which test hung.
 */
export const DEFAULT_TEST_TIMEOUT_SECONDS = 30 * 60;

/** What `astro-ci test` and the test action say of a project without tests/ (and no paths given). */
export function noTestsFolderMessage(allowed: boolean): string {
  return allowed
    ? "no tests: the project has no tests/ folder, so there is nothing to run (allowed: allow-no-tests)"
    : "no tests were collected: the project has no tests/ folder. Fix: add tests/ with test_*.py files (astro dev init creates tests/dags/test_dag_example.py, which checks that every DAG imports), point the paths at the tests (--path, the action's paths input), or allow an empty run (--allow-no-tests, allow-no-tests: true)";
}

/**
 * The `test-timeout` finding: on the test that was running (the line it was stuck on), else the file being collected
 * or the conftest.py being loaded. None when no file is known (GitHub annotates files, not folders): the run's
 * message says what pytest was doing.
 */
function timeoutFinding(timeout: TestTimeout, reason: string, inProject: (file: string) => string): Finding | undefined {
  if (!timeout.file) return undefined;
  return {
    checkId: "test-timeout",
    severity: "error",
    file: inProject(timeout.file),
    line: timeout.line ?? 1,
    message: `${reason}${timeout.line ? ` (stuck at line ${timeout.line})` : ""}; no test results were kept`,
    fix: "make the test finish (mock the network or service it waits on, add a timeout to the call), or raise the limit (--timeout, the action's timeout input; 0 for none)",
  };
}

/**
 * The `test-crash` finding: on the test that was running when pytest's process ended (its `def` line, or the line of
 * a native crash's stack dump), else the file being collected or the conftest.py being loaded; none without a file.
 */
function crashFinding(crash: TestCrash, reason: string, inProject: (file: string) => string): Finding | undefined {
  if (!crash.file) return undefined;
  return {
    checkId: "test-crash",
    severity: "error",
    file: inProject(crash.file),
    line: crash.line ?? 1,
    message: reason,
    fix: crash.signal
      ? "find what ends the process there (a native library's crash, a kill of the test's own process, memory use); run that test alone with `python -X faulthandler -m pytest` to see where"
      : "do not end the process from a test (os._exit(), a library's exit()); raise an exception or use pytest.exit() instead",
  };
}

/** The core of `astro-ci test` and the test action: run the suite, read the JUnit XML, turn failures into findings. */
export async function testProject(options: {
  projectRoot: string;
  repoRoot: string;
  paths: string[];
  pytestArgs: string[];
  mode: TestAirflowMode;
  stubLookups: boolean;
  workDir: string;
  runner: CommandRunner;
  logger: Logger;
  /** Default: `validate.airflow-version` of the project in astro-ci.yaml at repoRoot, if any. */
  airflowVersionOverride?: string;
  /**
   * A run that collected no test at all (pytest's exit 5: a tests/ folder without test_*.py files, a -k that matches
   * nothing) passes only when this is true; by default it fails, in the CLI and the action alike.
   */
  allowNoTests?: boolean;
  /**
   * Stop the suite after this many seconds (default DEFAULT_TEST_TIMEOUT_SECONDS; 0: no limit): a hanging test is a
   * `test-timeout` finding on the test that was running, and the run fails (exit 1).
   */
  timeoutSeconds?: number;
}): Promise<TestProjectResult> {
  // validate.airflow-version in astro-ci.yaml (at the repository root) stands in for a Dockerfile whose base is not
  // an Astro Runtime image (a team's own base image, FROM ${ARG} without a default), as for validate-dags: the
  // Dockerfile error names it as the fix.
  const entry = (await loadConfig({ repoRoot: options.repoRoot, projectPath: options.projectRoot })).projects[0];
  const airflowVersionOverride = options.airflowVersionOverride ?? entry?.validate.airflowVersion;
  // A suite can exist without DAGs (tests of include/ or plugins/ code): dags/ is optional here.
  const project = await loadProject(options.projectRoot, { repoRoot: options.repoRoot, airflowVersionOverride, dagsOptional: true });
  // The project's name as validate-dags reports it (its projects: name, else its folder's), not "project" at the root.
  const base = { project: { name: entry?.name ?? (project.relativeRoot || "project"), path: project.relativeRoot, airflowVersion: project.airflowVersion } };
  const none = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  // Paths among pytest's arguments (`astro-ci test -- tests/x.py::test_c`) replace the default tests/, as for
  // `astro dev pytest tests/x.py`, rather than run on top of the whole suite.
  const split = splitPytestArguments(options.pytestArgs, project.root);
  const paths = [...options.paths, ...split.paths];
  if (!paths.length && !existsSync(join(project.root, "tests"))) {
    const allowed = options.allowNoTests === true;
    return { ...base, status: "ran", message: noTestsFolderMessage(allowed), totals: none, collectionErrors: 0, findings: [], failed: !allowed, paths, noTestsFolder: true };
  }
  const outcome = await runProjectTests({
    projectRoot: project.root,
    repoRoot: project.repoRoot,
    airflowVersion: project.airflowVersion,
    runtimeImage: project.runtime?.image,
    paths,
    pytestArgs: split.options,
    mode: options.mode,
    stubLookups: options.stubLookups,
    workDir: options.workDir,
    runner: options.runner,
    logger: options.logger,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TEST_TIMEOUT_SECONDS,
  });
  if (outcome.status === "unavailable") {
    const message = outcome.fix ? `cannot run the tests: ${outcome.reason}` : `no Airflow to run the tests with: ${outcome.reason}`;
    return { ...base, status: "unavailable", message, totals: none, collectionErrors: 0, findings: [], failed: true, ...(outcome.fix ? { fix: outcome.fix } : {}) };
  }
  if (outcome.status === "failed") {
    // A conftest.py that cannot be loaded stops the whole suite: one finding on its line, like a collection error.
    const inProject = (file: string): string => (project.relativeRoot ? `${project.relativeRoot}/${file}` : file);
    const findings: Finding[] = outcome.conftest
      ? [{ checkId: "test-collection-error", severity: "error", file: inProject(outcome.conftest.file), line: outcome.conftest.line, message: `could not load ${outcome.conftest.file}, so no test ran — ${outcome.conftest.message}` }]
      : [];
    const stopped = outcome.timeout ? timeoutFinding(outcome.timeout, outcome.reason, inProject) : outcome.crash ? crashFinding(outcome.crash, outcome.reason, inProject) : undefined;
    if (stopped) findings.push(stopped);
    return { ...base, status: "failed", message: `${outcome.reason}\n${outcome.output}`, totals: none, collectionErrors: outcome.conftest ? 1 : 0, findings, failed: true, paths, ...(outcome.environment ? { environmentFault: true } : {}) };
  }
  const findings = testResultFindings(outcome.report, { projectRoot: project.root, repoRoot: project.repoRoot, projectPath: project.relativeRoot, junitPath: outcome.junitPath });
  const t = outcome.report.totals;
  const nothingRan = t.tests === 0 && outcome.report.collectionErrors.length === 0 && !options.allowNoTests;
  return {
    ...base,
    status: "ran",
    message: nothingRan
      ? `no tests were collected in ${(paths.length ? paths : ["tests/"]).join(", ")} (${outcome.environment}): add test_*.py files there, point the paths at the tests, or allow an empty run (allow-no-tests)`
      : `${t.passed} passed, ${t.failed} failed, ${plural(t.errors, "error")}, ${t.skipped} skipped (${outcome.environment})`,
    environment: outcome.environment,
    totals: t,
    collectionErrors: outcome.report.collectionErrors.length,
    findings,
    report: outcome.report,
    junitPath: outcome.junitPath,
    failed: t.failed + t.errors > 0 || nothingRan,
    paths,
  };
}
