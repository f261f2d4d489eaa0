import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  formatTestSummaryMarkdown,
  testProject
} from "./chunk-6GFGJ2VX.js";
import "./chunk-IV5PKLDA.js";
import "./chunk-A43W7ULI.js";
import "./chunk-JKFYA7F3.js";
import "./chunk-XQTGF5NC.js";
import {
  refuseForkCode
} from "./chunk-7PE52MXD.js";
import {
  createRunSecrets,
  reportFindingsAsCheckRun
} from "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getBooleanInput,
  getChoiceInput,
  getOptionalInput,
  resolveInsideWorkspace,
  runWrapper,
  splitArgumentsInput,
  usableCacheDir
} from "./chunk-CKTWIHMS.js";
import {
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import {
  truncateMarkdown
} from "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import {
  parseDurationSeconds
} from "./chunk-ADQZYKCI.js";
import {
  projectCodeRunner
} from "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError,
  classifyError,
  isInside
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/actions/test/settings.ts
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
function readTestSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const project = resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path");
  const cacheInput = getOptionalInput(read, "cache");
  const cache = usableCacheDir(workspace, cacheInput !== void 0 && /^false$/i.test(cacheInput) ? void 0 : cacheInput, "cache");
  return {
    workspace,
    projectPath: project,
    paths: (getOptionalInput(read, "paths") ?? "").split(/[\s,]+/).filter(Boolean).map((path) => testPathInProject(project, path)),
    pytestArgs: splitArgumentsInput(getOptionalInput(read, "pytest-args") ?? "", "pytest-args"),
    airflow: getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image", "none"]) ?? "auto",
    stubLookups: getBooleanInput(read, "stub-lookups", true),
    githubToken: getOptionalInput(read, "github-token"),
    workDir: cache.dir ?? resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    failOnFailure: getBooleanInput(read, "fail-on-failure", true),
    allowNoTests: getBooleanInput(read, "allow-no-tests", false),
    timeoutSeconds: getTimeoutInput(read),
    notices: cache.notice ? [cache.notice.replace("Running without it.", "Using RUNNER_TEMP instead.")] : []
  };
}
function getTimeoutInput(read) {
  const value = getOptionalInput(read, "timeout");
  return value === void 0 ? DEFAULT_TEST_TIMEOUT_SECONDS : parseDurationSeconds(value, "input 'timeout'", { example: "timeout: 45m (or 0 for no limit)", allowZero: true });
}
function testPathInProject(project, path) {
  const abs = resolve(project, path);
  const rel = relative(project, abs);
  if (!isInside(project, abs)) {
    throw new ConfigurationError(`input 'paths': '${path}' is outside the project`, { fix: "give test files or folders relative to project-path, inside it (tests run on a copy of the project only)" });
  }
  if (!existsSync(abs)) throw new ConfigurationError(`input 'paths': '${path}' does not exist in the project`, { fix: "give test files or folders relative to project-path, e.g. paths: tests/dags" });
  return rel.split(sep).join("/") || ".";
}

// src/actions/test/run.ts
var TEST_CHECK_RUN_NAME = "astro-ci / test";
async function runTestAction(env, runtime, deps = {}) {
  const settings = readTestSettings(createEnvInputReader(env), env);
  for (const notice of settings.notices) runtime.notice(notice);
  const secrets = createRunSecrets(runtime);
  secrets.mask(settings.githubToken);
  const context = readGitHubContext(env);
  await refuseForkCode(context, [createGit(settings.workspace), createGit(settings.projectPath)], "the test action");
  let result;
  try {
    result = await testProject({
      projectRoot: settings.projectPath,
      repoRoot: settings.workspace,
      paths: settings.paths,
      pytestArgs: settings.pytestArgs,
      mode: settings.airflow,
      stubLookups: settings.stubLookups,
      allowNoTests: settings.allowNoTests,
      timeoutSeconds: settings.timeoutSeconds,
      workDir: settings.workDir,
      runner: deps.runner ?? projectCodeRunner,
      logger: runtime
    });
  } catch (error) {
    const message = classifyError(error).describe().replace(/\s*\n\s*/g, " ");
    await runtime.appendSummary(formatTestSummaryMarkdown({ status: "unavailable", message, failed: true, findings: [] })).catch(() => void 0);
    throw error;
  }
  runtime.info(result.message);
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  const summary = formatTestSummaryMarkdown(result);
  await runtime.appendSummary(truncateMarkdown(summary, 1024 * 1024 - 4096, "\n\n\u2026 truncated; the JUnit file is the `junit-path` output.\n"));
  await reportFindingsAsCheckRun(
    {
      name: TEST_CHECK_RUN_NAME,
      title: result.message.split("\n")[0] ?? result.message,
      summary,
      findings: result.findings,
      conclusion: result.failed ? "failure" : "success",
      token: settings.githubToken,
      context,
      summaryUrl,
      scrub: secrets.scrub
    },
    runtime
  );
  runtime.setOutput("passed", result.totals.passed);
  runtime.setOutput("failed", result.totals.failed);
  runtime.setOutput("errors", result.totals.errors);
  runtime.setOutput("skipped", result.totals.skipped);
  runtime.setOutput("junit-path", result.junitPath ?? "");
  const failureMessage = result.failed && settings.failOnFailure ? result.status === "ran" ? `tests failed: ${result.message}` : result.message : void 0;
  return { result, failureMessage };
}

// src/entries/test.ts
await runWrapper(() => runTestAction(process.env, createActionsRuntime()));
