#!/usr/bin/env node
import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-AG2DLHWW.js";
import {
  runDeploy
} from "./chunk-GTJSYXES.js";
import {
  createDefaultAnalyzer,
  createGit,
  describeStatic,
  isEmptyDiff,
  runValidation
} from "./chunk-YGIXS3SQ.js";
import "./chunk-NZL7AQT6.js";
import {
  testProject
} from "./chunk-I6BH6YVP.js";
import {
  AstroApiError,
  ConfigurationError,
  TOOL_NAME,
  TOOL_VERSION,
  isConfigurationError,
  nodeCommandRunner
} from "./chunk-ZH65N3KT.js";
import "./chunk-PV4T63TV.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { writeFile } from "node:fs/promises";

// src/util/logger.ts
function createConsoleLogger(verbose = false) {
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${m}
`);
    },
    info: (m) => process.stderr.write(`${m}
`),
    warning: (m) => process.stderr.write(`warning: ${m}
`),
    error: (m) => process.stderr.write(`error: ${m}
`)
  };
}

// src/reports/report-text.ts
function formatTextReport(report, options = {}) {
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const severityLabel = { error: paint("31", "error"), warning: paint("33", "warning"), notice: paint("36", "notice") };
  const lines = [];
  for (const project of report.projects) {
    const runtime = project.runtimeImage ? ` (${project.runtimeImage})` : "";
    lines.push(
      paint("1", `${project.name}: Airflow ${project.airflowVersion}${runtime}, Python ${project.pythonVersion}`) + ` \u2014 ${project.filesChecked.length} files, ${project.dags.length} DAGs`
    );
    const hidden = options.showNotices ? 0 : project.findings.filter((f) => f.severity === "notice").length;
    for (const f of project.findings) {
      if (f.severity === "notice" && !options.showNotices) continue;
      const col = f.column ? `:${f.column}` : "";
      lines.push(`${f.file}:${f.line}${col}: ${severityLabel[f.severity]} [${f.checkId}] ${f.message}`);
      if (f.fix) lines.push(`    fix: ${f.fix}`);
    }
    if (project.dynamic.status !== "off") lines.push(paint("2", `dynamic: ${project.dynamic.message}`));
    if (hidden) lines.push(paint("2", `${hidden} notices not shown (--notices lists them)`));
    for (const skip of project.filesSkipped) lines.push(paint("2", `skipped ${skip.file}: ${skip.reason}`));
    if (project.dagDiff?.status === "computed") {
      const diff = project.dagDiff.diff;
      lines.push(paint("1", `DAG changes against ${project.dagDiff.base.slice(0, 12)}:`));
      if (isEmptyDiff(diff)) lines.push("  no DAG changes");
      for (const dag of diff.added) lines.push(`  + ${describeStatic(dag.dagId)} (${dag.file})`);
      for (const dag of diff.removed) lines.push(`  - ${describeStatic(dag.dagId)} (${dag.file})`);
      for (const r of diff.renamed) lines.push(`  ~ ${describeStatic(r.before.dagId)} \u2192 ${describeStatic(r.after.dagId)} (${r.after.file})`);
      for (const c2 of diff.changed) {
        lines.push(`  * ${describeStatic(c2.dag.dagId)}: ${c2.changes.map((ch) => `${ch.field} ${ch.before} \u2192 ${ch.after}`).join("; ")}`);
      }
    } else if (project.dagDiff?.status === "skipped") {
      lines.push(`DAG diff skipped: ${project.dagDiff.reason}`);
    }
  }
  const c = report.counts;
  lines.push(
    `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}, ${c.notices} notice${c.notices === 1 ? "" : "s"} in ${c.files} files (${c.dags} DAGs)` + (report.failed ? " \u2014 failed" : "")
  );
  return lines.join("\n") + "\n";
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
var USAGE = `Usage: astro-ci <command> [options]

Commands:
  validate-dags [PROJECT_DIR]   Static (and, with Airflow, import) checks of an Astro project's DAGs
  test [PROJECT_DIR] [-- PYTEST_ARGS]
                                Run the project's pytest suite in its Airflow environment
                                (--airflow installed|venv|image|auto|none, --format text|json, --path tests/..., --no-stubs)
  deploy [PROJECT_DIR]          Deploy to Astro through its API (ASTRO_API_TOKEN, ASTRO_API_URL):
                                [--deployment-id ID | --deployment-name NAME [--workspace-id ID]]
                                [--deploy-type infer|dags-only|image-and-dags|image-only] [--no-wait] [--force] [--validate] [--format text|json]

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
var defaultIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY)
};
async function runCli(argv, io = defaultIo) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (isConfigurationError(error)) {
      io.stderr(`astro-ci: ${error.describe()}
`);
      return EXIT_USAGE;
    }
    if (error instanceof AstroApiError) {
      io.stderr(`astro-ci: ${error.message}
`);
      return EXIT_FINDINGS;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`astro-ci: internal error: ${message}
This is a bug in astro-ci; please report it.${process.env.ASTRO_CI_DEBUG ? `
${error.stack ?? ""}` : ""}
`);
    return EXIT_INTERNAL;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}
`);
    return EXIT_OK;
  }
  if (command === "validate-dags") return validateDagsCommand(rest, io);
  if (command === "test") return testCommand(rest, io);
  if (command === "deploy") return deployCommand(rest, io);
  throw new ConfigurationError(`unknown command '${command}'`, { fix: "run `astro-ci --help` for the commands" });
}
async function validateDagsCommand(args, io) {
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
    help: { type: "boolean", short: "h", default: false }
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
  if (airflow !== void 0 && !["auto", "installed", "venv", "image"].includes(airflow)) {
    throw new ConfigurationError(`--airflow must be auto, installed, venv or image, not '${airflow}'`, { fix: "e.g. --airflow venv" });
  }
  const dynamic = values.dynamic;
  if (dynamic !== void 0 && !["auto", "required", "off"].includes(dynamic)) {
    throw new ConfigurationError(`--dynamic must be auto, required or off, not '${dynamic}'`, { fix: "e.g. --dynamic required" });
  }
  let jobs;
  if (values.jobs !== void 0) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigurationError(`--jobs must be a positive whole number`, { fix: "e.g. --jobs 4" });
  }
  const projectPath = positionals[0] !== void 0 ? resolve(io.cwd, positionals[0]) : void 0;
  const repoRoot = values["repo-root"] !== void 0 ? resolve(io.cwd, values["repo-root"]) : findRepositoryRoot(projectPath ?? io.cwd) ?? projectPath ?? io.cwd;
  const logger = createConsoleLogger(Boolean(process.env.ASTRO_CI_DEBUG));
  const analyzer = await createDefaultAnalyzer({ jobs });
  try {
    const report = await runValidation({
      repoRoot,
      configPath: values.config,
      projectPath,
      cacheDir: values.cache !== void 0 ? resolve(io.cwd, values.cache) : void 0,
      baseRef: values.base,
      git: values.base ? createGit(repoRoot) : void 0,
      analyzer,
      logger,
      dynamic: {
        setting: dynamic,
        mode: airflow,
        // Locally, only an Airflow already installed is used unless asked for more (venv downloads, image needs Docker).
        defaults: { setting: "auto", mode: "installed" },
        workDir: values.cache !== void 0 ? resolve(io.cwd, values.cache) : join(homedir(), ".cache", "astro-ci"),
        jobs
      }
    });
    const output = format === "json" ? JSON.stringify(report, null, 2) + "\n" : format === "sarif" ? JSON.stringify(toSarifReport(report), null, 2) + "\n" : formatTextReport(report, { color: io.isTty && !values["no-color"] && !values.output, showNotices: values.notices });
    logger.debug("report written");
    if (values.output) await writeFile(resolve(io.cwd, values.output), output);
    else io.stdout(output);
    return report.failed ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    await analyzer.close();
  }
}
function findRepositoryRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
async function testCommand(args, io) {
  const separator = args.indexOf("--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const pytestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const parsed = parseCommandArgs(own, {
    format: { type: "string", default: "text" },
    airflow: { type: "string", default: "installed" },
    path: { type: "string", multiple: true },
    "no-stubs": { type: "boolean", default: false },
    "repo-root": { type: "string" },
    "work-dir": { type: "string" }
  });
  const { values, positionals } = parsed;
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  if (!["auto", "installed", "venv", "image", "none"].includes(values.airflow)) {
    throw new ConfigurationError(`--airflow must be auto, installed, venv, image or none, not '${values.airflow}'`, { fix: "e.g. --airflow none for suites that do not import Airflow" });
  }
  const projectRoot = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the folder holding the Dockerfile and dags/" });
  const repoRoot = values["repo-root"] !== void 0 ? resolve(io.cwd, values["repo-root"]) : findRepositoryRoot(projectRoot) ?? projectRoot;
  const result = await testProject({
    projectRoot,
    repoRoot,
    paths: values.path ?? [],
    pytestArgs,
    mode: values.airflow,
    stubLookups: !values["no-stubs"],
    workDir: values["work-dir"] !== void 0 ? resolve(io.cwd, values["work-dir"]) : join(homedir(), ".cache", "astro-ci"),
    runner: nodeCommandRunner,
    logger: createConsoleLogger(Boolean(process.env.ASTRO_CI_DEBUG))
  });
  if (values.format === "json") {
    const { report: _report, ...rest } = result;
    io.stdout(JSON.stringify({ ...rest, tests: result.report?.tests ?? [] }, null, 2) + "\n");
  } else {
    for (const f of result.findings) io.stdout(`${f.file}:${f.line}: ${f.severity} [${f.checkId}] ${f.message}
`);
    io.stdout(`${result.message}
`);
  }
  return result.failed ? EXIT_FINDINGS : EXIT_OK;
}
async function deployCommand(args, io) {
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
    validate: { type: "boolean", default: false }
  });
  const { values, positionals } = parsed;
  const deployType = values["deploy-type"];
  if (deployType !== void 0 && !["infer", "dags-only", "image-and-dags", "image-only"].includes(deployType)) {
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
    deployType,
    wait: !values["no-wait"],
    waitTimeoutMs: Number(values["wait-timeout"]) * 1e3,
    force: values.force,
    validateFirst: values.validate,
    env: process.env,
    git: createGit(repoRoot),
    docker: nodeCommandRunner,
    logger
  });
  if (values.format === "json") io.stdout(JSON.stringify({ explanation, ...result }, null, 2) + "\n");
  else io.stdout(`${explanation}
${result.status}: ${result.reason}${"deployId" in result && result.deployId ? ` (deploy ${result.deployId}, ${result.bytesUploaded} bytes uploaded)` : ""}
`);
  return result.status === "blocked" ? EXIT_FINDINGS : EXIT_OK;
}
function parseCommandArgs(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw new ConfigurationError(error.message, { fix: "run `astro-ci --help`" });
  }
}

// src/entries/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
if (process.env.ASTRO_CI_PRINT_MAXRSS) process.stderr.write(`astro-ci-maxrss-kb: ${process.resourceUsage().maxRSS}
`);
