import { parseArgs, type ParseArgsConfig } from "node:util";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import type { AirflowMode } from "../dynamic/airflow-environment.js";
import type { DynamicSetting } from "../dynamic/dynamic-tier.js";
import { nodeCommandRunner } from "../dynamic/command-runner.js";
import { testProject } from "../testing/test-project.js";
import type { TestAirflowMode } from "../testing/run-tests.js";
import { runDeploy } from "../commands/deploy.js";
import { driftCommand } from "./drift-command.js";
import { connectionsCommand } from "./connections-command.js";
import { branchDeployCommand, teardownCommand } from "./previews-command.js";
import { commentCommand } from "./command-command.js";
import type { DeployTypeSetting } from "../deploy/deploy.js";
import { writeFile } from "node:fs/promises";
import { ConfigurationError, isConfigurationError } from "../errors.js";
import { AstroApiError } from "../astro/http.js";
import { createConsoleLogger } from "../util/logger.js";
import { createGit } from "../util/git.js";
import { createDefaultAnalyzer } from "../dags/analyzer.js";
import { runValidation } from "../commands/validate-dags.js";
import { formatTextReport } from "../reports/report-text.js";
import { toSarifReport } from "../reports/report-sarif.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

const USAGE = `Usage: astro-ci <command> [options]

Commands:
  validate-dags [PROJECT_DIR]   Static (and, with Airflow, import) checks of an Astro project's DAGs
  test [PROJECT_DIR] [-- PYTEST_ARGS]
                                Run the project's pytest suite in its Airflow environment
                                (--airflow installed|venv|image|auto|none, --format text|json, --path tests/..., --no-stubs)
  deploy [PROJECT_DIR]          Deploy to Astro through its API (ASTRO_API_TOKEN, ASTRO_API_URL):
                                [--deployment-id ID | --deployment-name NAME [--workspace-id ID]]
                                [--deploy-type infer|dags-only|image-and-dags|image-only] [--no-wait] [--force] [--validate] [--format text|json]
  drift [PROJECT_DIR]           Compare live Deployments with astro-ci.yaml's deployments: (astro-ci drift --help)
  connections sync [PROJECT_DIR]
                                Apply an airflow_settings.yaml-format file to a Deployment (astro-ci connections sync --help)
  branch-deploy [PROJECT_DIR] --pr N --branch NAME
                                Create or update the pull request's preview Deployment (astro-ci branch-deploy --help)
  teardown [PROJECT_DIR] (--pr N | --stale)
                                Remove a pull request's previews, or sweep stale ones (astro-ci teardown --help)
  command [--event FILE]        Answer a PR comment command /astro ... (astro-ci command --help)

Options for validate-dags:
  --format text|json|sarif      Output format on stdout (default: text)
  --config FILE                 astro-ci.yaml to use (default: astro-ci.yaml at the repository root, if any)
  --output FILE                 Write the report to FILE instead of stdout
  --cache DIR                   Keep a content-hash cache of analysed files in DIR
  --base REF                    Also diff the DAGs against this git commit (e.g. origin/main)
  --repo-root DIR               Repository root (default: the current directory)
  --jobs N                      Worker threads (default: one per core)
  --dynamic auto|required|off   Also import every DAG with real Airflow (default: auto: when one can be had)
  --airflow MODE                Where that Airflow comes from: installed (default), venv, image, auto
  --notices                     List notices too in text output (Airflow 3 deprecations on Airflow 2...)
  --no-color                    Plain text output

Exit codes: 0 clean, 1 findings at or above the failure level, 2 usage or configuration error, 3 internal error.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
};

/** Runs the CLI and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (isConfigurationError(error)) {
      io.stderr(`astro-ci: ${error.describe()}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof AstroApiError) {
      // The API or the network said no: an outcome to report, not a bug.
      io.stderr(`astro-ci: ${error.message}\n`);
      return EXIT_FINDINGS;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`astro-ci: internal error: ${message}\nThis is a bug in astro-ci; please report it.${process.env.ASTRO_CI_DEBUG ? `\n${(error as Error).stack ?? ""}` : ""}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (command === "validate-dags") return validateDagsCommand(rest, io);
  if (command === "test") return testCommand(rest, io);
  if (command === "deploy") return deployCommand(rest, io);
  if (command === "drift") return driftCommand(rest, io);
  if (command === "connections") return connectionsCommand(rest, io);
  if (command === "branch-deploy") return branchDeployCommand(rest, io);
  if (command === "teardown") return teardownCommand(rest, io);
  if (command === "command") return commentCommand(rest, io);
  throw new ConfigurationError(`unknown command '${command}'`, { fix: "run `astro-ci --help` for the commands" });
}

async function validateDagsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
      format: { type: "string", default: "text" },
      config: { type: "string" },
      output: { type: "string" },
      cache: { type: "string" },
      base: { type: "string" },
      "repo-root": { type: "string" },
      jobs: { type: "string" },
      "no-color": { type: "boolean", default: false },
      notices: { type: "boolean", default: false },
      airflow: { type: "string" },
      dynamic: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new ConfigurationError(`expected at most one PROJECT_DIR, got ${positionals.length}`, { fix: "quote paths with spaces" });
  }
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new ConfigurationError(`--format must be text, json or sarif, not '${format}'`, { fix: "use --format text|json|sarif" });
  }
  const airflow = values.airflow;
  if (airflow !== undefined && !["auto", "installed", "venv", "image"].includes(airflow)) {
    throw new ConfigurationError(`--airflow must be auto, installed, venv or image, not '${airflow}'`, { fix: "e.g. --airflow venv" });
  }
  const dynamic = values.dynamic;
  if (dynamic !== undefined && !["auto", "required", "off"].includes(dynamic)) {
    throw new ConfigurationError(`--dynamic must be auto, required or off, not '${dynamic}'`, { fix: "e.g. --dynamic required" });
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigurationError(`--jobs must be a positive whole number`, { fix: "e.g. --jobs 4" });
  }
  const projectPath = positionals[0] !== undefined ? resolve(io.cwd, positionals[0]) : undefined;
  // Paths in reports are relative to the repository: the git checkout holding the project, else the project itself.
  const repoRoot = values["repo-root"] !== undefined ? resolve(io.cwd, values["repo-root"]) : (findRepositoryRoot(projectPath ?? io.cwd) ?? projectPath ?? io.cwd);
  const logger = createConsoleLogger(Boolean(process.env.ASTRO_CI_DEBUG));
  const analyzer = await createDefaultAnalyzer({ jobs });
  try {
    const report = await runValidation({
      repoRoot,
      configPath: values.config,
      projectPath,
      cacheDir: values.cache !== undefined ? resolve(io.cwd, values.cache) : undefined,
      baseRef: values.base,
      git: values.base ? createGit(repoRoot) : undefined,
      analyzer,
      logger,
      dynamic: {
        setting: dynamic as DynamicSetting | undefined,
        mode: airflow as AirflowMode | undefined,
        // Locally, only an Airflow already installed is used unless asked for more (venv downloads, image needs Docker).
        defaults: { setting: "auto", mode: "installed" },
        workDir: values.cache !== undefined ? resolve(io.cwd, values.cache) : join(homedir(), ".cache", "astro-ci"),
        jobs,
      },
    });
    const output =
      format === "json"
        ? JSON.stringify(report, null, 2) + "\n"
        : format === "sarif"
          ? JSON.stringify(toSarifReport(report), null, 2) + "\n"
          : formatTextReport(report, { color: io.isTty && !values["no-color"] && !values.output, showNotices: values.notices });
    logger.debug("report written");
    if (values.output) await writeFile(resolve(io.cwd, values.output), output);
    else io.stdout(output);
    return report.failed ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    await analyzer.close();
  }
}

function findRepositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function testCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf("--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const pytestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const parsed = parseCommandArgs(own, {
      format: { type: "string", default: "text" },
      airflow: { type: "string", default: "installed" },
      path: { type: "string", multiple: true },
      "no-stubs": { type: "boolean", default: false },
      "repo-root": { type: "string" },
      "work-dir": { type: "string" },
    });
  const { values, positionals } = parsed;
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  if (!["auto", "installed", "venv", "image", "none"].includes(values.airflow)) {
    throw new ConfigurationError(`--airflow must be auto, installed, venv, image or none, not '${values.airflow}'`, { fix: "e.g. --airflow none for suites that do not import Airflow" });
  }
  const projectRoot = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the folder holding the Dockerfile and dags/" });
  const repoRoot = values["repo-root"] !== undefined ? resolve(io.cwd, values["repo-root"]) : (findRepositoryRoot(projectRoot) ?? projectRoot);
  const result = await testProject({
    projectRoot,
    repoRoot,
    paths: values.path ?? [],
    pytestArgs,
    mode: values.airflow as TestAirflowMode,
    stubLookups: !values["no-stubs"],
    workDir: values["work-dir"] !== undefined ? resolve(io.cwd, values["work-dir"]) : join(homedir(), ".cache", "astro-ci"),
    runner: nodeCommandRunner,
    logger: createConsoleLogger(Boolean(process.env.ASTRO_CI_DEBUG)),
  });
  if (values.format === "json") {
    const { report: _report, ...rest } = result;
    io.stdout(JSON.stringify({ ...rest, tests: result.report?.tests ?? [] }, null, 2) + "\n");
  } else {
    for (const f of result.findings) io.stdout(`${f.file}:${f.line}: ${f.severity} [${f.checkId}] ${f.message}\n`);
    io.stdout(`${result.message}\n`);
  }
  return result.failed ? EXIT_FINDINGS : EXIT_OK;
}

async function deployCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
      "deployment-id": { type: "string" },
      "deployment-name": { type: "string" },
      "workspace-id": { type: "string" },
      "deploy-type": { type: "string" },
      "no-wait": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      config: { type: "string" },
      "wait-timeout": { type: "string", default: "600" },
      validate: { type: "boolean", default: false },
    });
  const { values, positionals } = parsed;
  const deployType = values["deploy-type"];
  if (deployType !== undefined && !["infer", "dags-only", "image-and-dags", "image-only"].includes(deployType)) {
    throw new ConfigurationError(`--deploy-type must be infer, dags-only, image-and-dags or image-only, not '${deployType}'`, { fix: "e.g. --deploy-type dags-only" });
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json`, { fix: "use --format text|json" });
  const projectRoot = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the folder holding the Dockerfile and dags/" });
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { fix: "deploys record the commit: run inside a git checkout" });
  const logger = createConsoleLogger(Boolean(process.env.ASTRO_CI_DEBUG));
  const { result, explanation } = await runDeploy({
    repoRoot,
    projectRoot,
    configPath: values.config,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    deployType: deployType as DeployTypeSetting | undefined,
    wait: !values["no-wait"],
    waitTimeoutMs: Number(values["wait-timeout"]) * 1000,
    force: values.force,
    validateFirst: values.validate,
    env: process.env,
    git: createGit(repoRoot),
    docker: nodeCommandRunner,
    logger,
  });
  if (values.format === "json") io.stdout(JSON.stringify({ explanation, ...result }, null, 2) + "\n");
  else io.stdout(`${explanation}\n${result.status}: ${result.reason}${"deployId" in result && result.deployId ? ` (deploy ${result.deployId}, ${result.bytesUploaded} bytes uploaded)` : ""}\n`);
  return result.status === "blocked" ? EXIT_FINDINGS : EXIT_OK;
}

/** parseArgs with positionals allowed; a bad flag is a usage error pointing at --help, not a stack trace. */
function parseCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw new ConfigurationError((error as Error).message, { fix: "run `astro-ci --help`" });
  }
}
