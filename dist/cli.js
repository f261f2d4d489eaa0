#!/usr/bin/env node
import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createConsoleLogger,
  defaultRepositoryRoot,
  findRepositoryRoot
} from "./chunk-PTN5T66F.js";
import {
  formatJsonReport,
  toSarifReport
} from "./chunk-76JZH5GN.js";
import {
  defaultCacheDir,
  describeStatic,
  isEmptyDiff,
  resolveBaseCommit,
  runValidation
} from "./chunk-N6CYVMDN.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-H3Z4XLX7.js";
import {
  createDefaultAnalyzer
} from "./chunk-KV5HSU3A.js";
import "./chunk-27QHXFPO.js";
import {
  nodeCommandRunner,
  projectCodeRunner
} from "./chunk-H2GIBEXH.js";
import {
  createGit,
  requireRevision
} from "./chunk-DYFWIW34.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-MQXUMEZY.js";
import {
  escapeControlCharacters
} from "./chunk-4SDMSA4K.js";
import "./chunk-6EH5ZYWZ.js";
import {
  ConfigurationError,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  classifyError,
  displayPath,
  fsErrorReason,
  isEnvironmentFsError,
  parseByteSize,
  parseDurationSeconds,
  parseWholeNumber,
  plural
} from "./chunk-4LMQWEIE.js";
import "./chunk-PV4T63TV.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { existsSync, fstatSync, statSync, writeSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";

// src/reports/report-text.ts
var printable = (file) => escapeControlCharacters(file);
function formatTextReport(report, options = {}) {
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const severityLabel = { error: paint("31", "error"), warning: paint("33", "warning"), notice: paint("36", "notice") };
  const lines = [];
  for (const project of report.projects) {
    const runtime = project.runtimeImage ? ` (${project.runtimeImage})` : "";
    lines.push(
      paint("1", `${project.name}: Airflow ${project.airflowVersion}${runtime}, Python ${project.pythonVersion}`) + ` \u2014 ${plural(project.filesChecked.length, "file")}, ${plural(project.dags.filter((d) => d.loaded !== false).length, "DAG")}` + (project.dags.some((d) => d.loaded === false) ? ` (${project.dags.filter((d) => d.loaded === false).length} more that Airflow does not load)` : "")
    );
    const hidden = options.showNotices ? 0 : project.findings.filter((f) => f.severity === "notice").length;
    for (const f of project.findings) {
      if (f.severity === "notice" && !options.showNotices) continue;
      const col = f.column ? `:${f.column}` : "";
      lines.push(`${printable(f.file)}:${f.line}${col}: ${severityLabel[f.severity]} [${f.checkId}] ${escapeControlCharacters(f.message)}`);
      if (f.fix) lines.push(`    fix: ${escapeControlCharacters(f.fix)}`);
    }
    if (project.dynamic.status !== "off") lines.push(paint("2", `dynamic: ${project.dynamic.message}`));
    if (hidden) lines.push(paint("2", `${plural(hidden, "notice")} not shown (--notices lists ${hidden === 1 ? "it" : "them"})`));
    for (const skip of project.filesSkipped) lines.push(paint("2", `skipped ${printable(skip.file)}: ${skip.reason}`));
    for (const hidden2 of project.filesIgnored ?? []) lines.push(paint("2", `hidden ${printable(hidden2.file)}: looks like a DAG file, hidden by ${hidden2.ignoreFile} line ${hidden2.line}: ${hidden2.pattern}`));
    if (project.dagDiff?.status === "computed") {
      const diff = project.dagDiff.diff;
      lines.push(paint("1", `DAG changes against ${project.dagDiff.base.slice(0, 12)}:`));
      if (isEmptyDiff(diff)) lines.push("  no DAG changes");
      const notLoaded = (dag) => dag.loaded === false ? ` \u2014 not loaded: ${printable(dag.notLoadedReason ?? "Airflow does not load it")}` : "";
      for (const dag of diff.added) lines.push(`  + ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})${notLoaded(dag)}`);
      for (const dag of diff.removed) lines.push(`  - ${printable(describeStatic(dag.dagId))} (${printable(dag.file)})`);
      for (const r of diff.renamed) lines.push(`  ~ ${printable(describeStatic(r.before.dagId))} \u2192 ${printable(describeStatic(r.after.dagId))} (${printable(r.after.file)})${notLoaded(r.after)}`);
      for (const c2 of diff.changed) {
        lines.push(`  * ${printable(describeStatic(c2.dag.dagId))}: ${c2.changes.map((ch) => `${ch.field} ${ch.before} \u2192 ${ch.after}`).join("; ")}${notLoaded(c2.dag)}`);
      }
    } else if (project.dagDiff?.status === "skipped") {
      lines.push(`DAG diff skipped: ${printable(project.dagDiff.reason)}`);
      if (project.dagDiff.fix) lines.push(`    fix: ${printable(project.dagDiff.fix)}`);
    }
  }
  const c = report.counts;
  lines.push(
    `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.notices, "notice")} in ${plural(c.files, "file")} (${plural(c.dags, "DAG")})` + (report.failed ? " \u2014 failed" : "")
  );
  return lines.join("\n") + "\n";
}

// src/cli/main.ts
var EXIT_CODES = "Exit codes: 0 clean, 1 findings or failures at the failure level, 2 usage, configuration or environment error\n(the message names the file and the fix), 3 internal error (a bug in astro-ci).";
var COMMANDS = {
  "validate-dags": {
    usage: "astro-ci validate-dags [PROJECT_DIR] [options]",
    summary: "Static (and, with Airflow, import) checks of an Astro project's DAGs.",
    options: [
      ["--format text|json|sarif", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--config FILE", "astro-ci.yaml to use (default: astro-ci.yaml at the repository root, if any)"],
      ["--cache DIR", "Keep a content-hash cache of analysed files in DIR"],
      ["--base REF", "Also diff the DAGs against this git commit (e.g. origin/main)"],
      ["--repo-root DIR", "Repository root, for the paths in reports (default: the git checkout holding the project; outside git, the current directory)"],
      ["--jobs N", "Worker threads (default: one per core)"],
      ["--dynamic auto|required|off", "Also import every DAG with real Airflow (default: validate.dynamic, else auto)"],
      ["--airflow installed|venv|image|auto", "Where that Airflow comes from (default: validate.airflow, else installed)"],
      ["--no-stub-lookups", "Import DAGs with the real Variable, connection and os.getenv lookups (default: stubbed, like astro dev parse)"],
      ["--import-timeout SECONDS", "Time limit of one DAG file's import (default: validate.import-timeout, else Airflow's 30 s)"],
      ["--max-file-size SIZE", "DAG files above this size get a finding and are not parsed (default: validate.max-file-size, else 5MiB)"],
      ["--notices", "List notices too in text output (Airflow 3 deprecations on Airflow 2...)"],
      ["--no-color", "Plain text output"],
      ["-h, --help", "Show this help"]
    ]
  },
  test: {
    usage: "astro-ci test [PROJECT_DIR] [options] [-- PYTEST_ARGS]",
    summary: "Run the project's pytest suite (tests/ by default) in its Airflow environment, on a throwaway copy.",
    options: [
      ["--airflow installed|venv|image|auto|none", "Where Airflow comes from (default: installed; none runs python3 as it is)"],
      ["--path PATH", "A test file or folder inside the project (repeatable; default: tests/)"],
      ["--allow-no-tests", "Succeed when pytest collects no tests (default: that is a failure, exit 1)"],
      ["--no-stubs", "Do not stub Variables, connections and os.getenv"],
      ["--format text|json", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--repo-root DIR", "Repository root, for the paths in findings (default: the git checkout holding the project; outside git, the current directory)"],
      ["--work-dir DIR", "Where venvs and the JUnit file go (default: ~/.cache/astro-ci)"],
      ["-h, --help", "Show this help"]
    ]
  },
  deploy: {
    usage: "astro-ci deploy [PROJECT_DIR] [options]",
    summary: "Deploy to Astro through its API. Needs ASTRO_API_TOKEN (and ASTRO_API_URL, ASTRO_ORGANIZATION_ID when needed).",
    options: [
      ["--deployment-id ID", "Deploy to this Deployment (default: the one astro-ci.yaml maps the branch to)"],
      ["--deployment-name NAME", "Deploy to the Deployment with this name"],
      ["--workspace-id ID", "Workspace of --deployment-name"],
      ["--deploy-type infer|dags-only|image-and-dags|image-only", "Default: the deployments entry's deploy-type, else infer"],
      ["--config FILE", "astro-ci.yaml whose deployments section maps branches (default: astro-ci.yaml at the repository root)"],
      ["--no-wait", "Do not wait until the Deployment is healthy and runs the new DAGs"],
      ["--wait-timeout DURATION", "How long to wait: seconds, or 90s, 10m, 1h (default: 600)"],
      ["--force", "Deploy even when nothing changed, the commit is older, or validation failed"],
      ["--validate", "Run validate-dags first; findings at the failure level stop the deploy"],
      ["--branch NAME", "Map this branch in astro-ci.yaml (default: the checked-out branch; needed on a detached HEAD)"],
      ["--allow-dirty", "Ship uncommitted changes too (recorded as dirty, without a commit)"],
      ["--allowed-registry HOST", "A registry besides Astro's that may receive the token (repeatable; *.example.com patterns)"],
      ["--format text|json", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["-h, --help", "Show this help"]
    ]
  }
};
function commandHelp(name) {
  const help2 = COMMANDS[name];
  const width = Math.max(...help2.options.map(([flag]) => flag.length)) + 2;
  const options = help2.options.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`).join("\n");
  return `Usage: ${help2.usage}

${help2.summary}

Options:
${options}

Paths are relative to the current directory.
${EXIT_CODES}
`;
}
var MORE_COMMANDS = [
  ["drift", "Compare live Astro Deployments with astro-ci.yaml's deployments: (reads only)."],
  ["connections", "connections sync: apply an airflow_settings.yaml-format file to a Deployment."],
  ["branch-deploy", "Create or update a pull request's preview Deployment and deploy into it."],
  ["teardown", "Remove a pull request's previews (--pr N), or sweep stale ones (--stale)."],
  ["command", "Answer a pull-request comment command (/astro ...) from an issue_comment event."]
];
var USAGE = `Usage: astro-ci <command> [options]

Commands:
${[...Object.entries(COMMANDS).map(([name, help2]) => [name, help2.summary]), ...MORE_COMMANDS].map(([name, summary]) => `  ${name.padEnd(17)}${summary}`).join("\n")}

Options:
  -h, --help     Show this help (astro-ci <command> --help shows a command's options)
  -v, --version  Show the version

${EXIT_CODES}
`;
var defaultIo = {
  stdout: writeStdout,
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY)
};
function writeStdout(text) {
  let isFile = false;
  try {
    const info = fstatSync(1);
    isFile = info.isFile() || info.isCharacterDevice() && !process.stdout.isTTY;
  } catch {
    isFile = false;
  }
  if (!isFile) {
    forEachChunk(text, (chunk) => process.stdout.write(chunk));
    return;
  }
  writeTextInChunks(1, text);
}
function forEachChunk(text, write, chunkChars = 1 << 20) {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + chunkChars, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 55296 && last <= 56319) end++;
    write(text.slice(start, end));
    start = end;
  }
}
function writeTextInChunks(fd, text, chunkChars = 1 << 20) {
  forEachChunk(
    text,
    (chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    },
    chunkChars
  );
}
async function runCli(argv, io = defaultIo) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const classified = classifyError(error, io.cwd);
    const debug = (io.env ?? process.env).ASTRO_CI_DEBUG;
    io.stderr(`astro-ci: ${classified.describe()}
${classified.kind === "bug" && debug && classified.stack ? `${classified.stack}
` : ""}`);
    return classified.exitCode;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    if (command === "help" && rest[0] && rest[0] in COMMANDS) {
      io.stdout(commandHelp(rest[0]));
      return EXIT_OK;
    }
    if (command === "help" && rest[0] && MORE_COMMANDS.some(([name]) => name === rest[0])) return dispatch([rest[0], "--help"], io);
    if (command === "help" && rest[0]) return dispatch([rest[0]], io);
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}
`);
    return EXIT_OK;
  }
  if (command === "validate-dags") return validateDagsCommand(rest, io);
  if (command === "test") return testCommand(rest, io);
  if (command === "deploy") return deployCommand(rest, io);
  if (command === "drift") return (await import("./chunk-DC6646NR.js")).driftCommand(rest, io, io.env ?? process.env);
  if (command === "connections") return (await import("./chunk-RFFKAQRR.js")).connectionsCommand(rest, io, io.env ?? process.env);
  if (command === "branch-deploy") return (await import("./chunk-2PDFLPVZ.js")).branchDeployCommand(rest, io, io.env ?? process.env);
  if (command === "teardown") return (await import("./chunk-2PDFLPVZ.js")).teardownCommand(rest, io, io.env ?? process.env);
  if (command === "command") return (await import("./chunk-F27JVQK3.js")).commentCommand(rest, io, io.env ?? process.env);
  throw new ConfigurationError(`unknown command '${command}'`, { fix: `use one of ${[...Object.keys(COMMANDS), ...MORE_COMMANDS.map(([name]) => name)].join(", ")} (astro-ci --help)` });
}
async function validateDagsCommand(args, io) {
  const { values, positionals } = parseCommandArgs("validate-dags", args, {
    format: { type: "string", default: "text" },
    config: { type: "string" },
    output: { type: "string" },
    cache: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    base: { type: "string" },
    "repo-root": { type: "string" },
    jobs: { type: "string" },
    "no-color": { type: "boolean", default: false },
    notices: { type: "boolean", default: false },
    airflow: { type: "string" },
    dynamic: { type: "string" },
    "no-stub-lookups": { type: "boolean", default: false },
    "import-timeout": { type: "string" },
    "max-file-size": { type: "string" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("validate-dags", io);
  const format = checkChoice("--format", values.format, ["text", "json", "sarif"]);
  const airflow = values.airflow === void 0 ? void 0 : checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image"]);
  const dynamic = values.dynamic === void 0 ? void 0 : checkChoice("--dynamic", values.dynamic, ["auto", "required", "off"]);
  const jobs = values.jobs === void 0 ? void 0 : parseWholeNumber(values.jobs, "--jobs", { min: 1, max: 256, example: "--jobs 4" });
  const importTimeout = values["import-timeout"] === void 0 ? void 0 : parseDurationSeconds(values["import-timeout"], "--import-timeout", { example: "--import-timeout 60", maxSeconds: 3600 });
  const maxFileSize = values["max-file-size"] === void 0 ? void 0 : parseByteSize(values["max-file-size"], "--max-file-size", { example: "--max-file-size 10MB" });
  const projectPath = projectArgument(positionals, io, { mustExist: false });
  const repoRoot = values["repo-root"] !== void 0 ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectPath ?? io.cwd, io.cwd);
  const cacheDir = values["no-cache"] ? void 0 : values.cache !== void 0 ? resolve(io.cwd, values.cache) : defaultCacheDir(io.env ?? process.env, homedir());
  const git = values.base === void 0 ? void 0 : createGit(repoRoot);
  if (values.base !== void 0 && git) {
    requireRevision(values.base, "--base");
    const base = await resolveBaseCommit(git, values.base);
    if (base.status === "missing") throw new ConfigurationError(`--base ${values.base} ${base.why}`, { fix: base.fix });
  }
  const logger = createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr);
  const analyzer = await createDefaultAnalyzer({ jobs, debug: (m) => logger.debug(m) });
  try {
    const report = await runValidation({
      repoRoot,
      configPath: values.config !== void 0 ? resolve(io.cwd, values.config) : void 0,
      // PROJECT_DIR naming the repository root (`validate-dags .` there) means what no PROJECT_DIR means: the projects
      // listed in astro-ci.yaml, else the root. As the action's `project-path: .`.
      projectPath: projectPath !== void 0 && existsSync(projectPath) && resolve(projectPath) === resolve(repoRoot) ? void 0 : projectPath,
      cacheDir,
      baseRef: values.base,
      git,
      analyzer,
      logger,
      maxFileSize,
      dynamic: {
        setting: dynamic,
        mode: airflow,
        stubLookups: values["no-stub-lookups"] ? false : void 0,
        // Locally, only an Airflow already installed is used unless asked for more (venv downloads, image needs Docker).
        defaults: { setting: "auto", mode: "installed" },
        workDir: cacheDir ?? join(homedir(), ".cache", "astro-ci"),
        jobs,
        importTimeoutSeconds: importTimeout
      }
    });
    const output = format === "json" ? formatJsonReport(report, { pretty: io.isTty && !values.output }) : format === "sarif" ? JSON.stringify(toSarifReport(report), null, 2) + "\n" : formatTextReport(report, { color: io.isTty && !values["no-color"] && !values.output, showNotices: values.notices });
    const written = await emitReport(output, values.output, io);
    return written ?? (report.failed ? EXIT_FINDINGS : EXIT_OK);
  } finally {
    await analyzer.close();
  }
}
async function testCommand(args, io) {
  const separator = args.indexOf("--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const pytestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const { values, positionals } = parseCommandArgs("test", own, {
    format: { type: "string", default: "text" },
    output: { type: "string" },
    airflow: { type: "string", default: "installed" },
    path: { type: "string", multiple: true },
    "allow-no-tests": { type: "boolean", default: false },
    "no-stubs": { type: "boolean", default: false },
    "repo-root": { type: "string" },
    "work-dir": { type: "string" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("test", io);
  const format = checkChoice("--format", values.format, ["text", "json"]);
  const mode = checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image", "none"]);
  const projectRoot = projectArgument(positionals, io, { mustExist: true }) ?? io.cwd;
  const paths = (values.path ?? []).map((p) => testPathInsideProject(projectRoot, resolve(io.cwd, p), p, io.cwd));
  const repoRoot = values["repo-root"] !== void 0 ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectRoot, io.cwd);
  const { testProject } = await import("./chunk-U63CCVEP.js");
  const result = await testProject({
    projectRoot,
    repoRoot,
    paths,
    pytestArgs,
    mode,
    stubLookups: !values["no-stubs"],
    workDir: values["work-dir"] !== void 0 ? resolve(io.cwd, values["work-dir"]) : join(homedir(), ".cache", "astro-ci"),
    // Project code (the tests) runs with an environment that holds no token.
    runner: projectCodeRunner,
    logger: createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr)
  });
  const outcome = testOutcome(result, { paths: paths.length ? paths : ["tests/"], allowNoTests: values["allow-no-tests"], mode });
  let output;
  if (format === "json") {
    const { report: _report, ...rest } = result;
    output = JSON.stringify({ ...rest, message: outcome.message, failed: outcome.exitCode !== EXIT_OK, tests: result.report?.tests ?? [] }, null, 2) + "\n";
  } else {
    output = result.findings.map((f) => `${escapeControlCharacters(f.file)}:${f.line}: ${f.severity} [${f.checkId}] ${f.message}
`).join("") + `${outcome.message}
`;
  }
  const written = await emitReport(output, values.output, io);
  if (outcome.exitCode === EXIT_USAGE && format === "json" && !values.output) io.stderr(`astro-ci: ${outcome.message}
`);
  return written ?? outcome.exitCode;
}
function testOutcome(result, options) {
  if (result.status === "unavailable") {
    const others = ["installed", "venv", "image", "none"].filter((m) => m !== options.mode);
    const how = {
      installed: "installed (python3 on PATH imports airflow)",
      venv: "venv (pip installs the project's Airflow version)",
      image: "image (runs in the project's runtime image with Docker)",
      none: "none (python3 as it is, for suites that do not import Airflow)"
    };
    return { exitCode: EXIT_USAGE, message: `${result.message}. Fix: choose another --airflow mode: ${others.map((m) => how[m]).join(", ")}` };
  }
  if (result.status === "ran" && result.totals.tests === 0 && result.collectionErrors === 0 && !options.allowNoTests) {
    return {
      exitCode: EXIT_FINDINGS,
      message: `no tests were collected in ${options.paths.join(", ")} (${result.environment ?? "pytest"}). Fix: add test_*.py files there, point --path at the tests, or pass --allow-no-tests`
    };
  }
  return { exitCode: result.failed ? EXIT_FINDINGS : EXIT_OK, message: result.message };
}
function testPathInsideProject(projectRoot, abs, given, cwd) {
  const rel = relative(projectRoot, abs);
  const meant = !isAbsolute(given) && existsSync(resolve(projectRoot, given)) ? relative(cwd, resolve(projectRoot, given)).split(sep).join("/") : void 0;
  const hint = meant && meant !== given ? `; paths are relative to the current directory: did you mean --path ${meant}?` : "";
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new ConfigurationError(`--path '${given}' is outside the project ${displayPath(projectRoot, cwd)}`, { fix: `give a test file or folder inside the project (tests run on a copy of the project only)${hint}` });
  }
  if (!existsSync(abs)) throw new ConfigurationError(`--path '${given}' does not exist`, { fix: `give a test file or folder inside the project, relative to the current directory${hint}` });
  return rel.split(sep).join("/") || ".";
}
async function deployCommand(args, io) {
  const { values, positionals } = parseCommandArgs("deploy", args, {
    "deployment-id": { type: "string" },
    "deployment-name": { type: "string" },
    "workspace-id": { type: "string" },
    "deploy-type": { type: "string" },
    "no-wait": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    format: { type: "string", default: "text" },
    output: { type: "string" },
    config: { type: "string" },
    "wait-timeout": { type: "string", default: "600" },
    validate: { type: "boolean", default: false },
    branch: { type: "string" },
    "allow-dirty": { type: "boolean", default: false },
    "allowed-registry": { type: "string", multiple: true },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("deploy", io);
  const deployType = values["deploy-type"] === void 0 ? void 0 : checkChoice("--deploy-type", values["deploy-type"], ["infer", "dags-only", "image-and-dags", "image-only"]);
  const format = checkChoice("--format", values.format, ["text", "json"]);
  const waitTimeoutSeconds = parseDurationSeconds(values["wait-timeout"], "--wait-timeout", { example: "--wait-timeout 900 or --wait-timeout 15m", allowZero: true });
  const projectRoot = projectArgument(positionals, io, { mustExist: true }) ?? io.cwd;
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { file: displayPath(projectRoot, io.cwd), fix: "deploys record the commit: run inside a git checkout" });
  const logger = createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr);
  const { deployFailed, runDeploy } = await import("./chunk-GSTA4N3S.js");
  const { result, explanation } = await runDeploy({
    repoRoot,
    projectRoot,
    configPath: values.config !== void 0 ? resolve(io.cwd, values.config) : void 0,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    deployType,
    wait: !values["no-wait"],
    waitTimeoutMs: waitTimeoutSeconds * 1e3,
    force: values.force,
    validateFirst: values.validate,
    branch: values.branch,
    allowDirty: values["allow-dirty"],
    allowedRegistries: values["allowed-registry"],
    // In a workflow, the event decides whether deploying is allowed at all (pull requests never deploy).
    event: (io.env ?? process.env).GITHUB_ACTIONS === "true" ? (io.env ?? process.env).GITHUB_EVENT_NAME : void 0,
    env: io.env ?? process.env,
    git: createGit(repoRoot),
    docker: nodeCommandRunner,
    logger
  });
  const output = format === "json" ? JSON.stringify({ explanation, ...result }, null, 2) + "\n" : `${explanation}
${result.status}: ${result.reason}${"deployId" in result && result.deployId ? ` (deploy ${result.deployId}, ${result.bytesUploaded} bytes uploaded)` : ""}
`;
  const written = await emitReport(output, values.output, io);
  return written ?? (deployFailed(result) ? EXIT_FINDINGS : EXIT_OK);
}
function help(command, io) {
  io.stdout(commandHelp(command));
  return EXIT_OK;
}
async function emitReport(text, output, io) {
  const write = io.writeFile ?? (async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  });
  const target = output === void 0 ? void 0 : resolve(io.cwd, output);
  try {
    if (target === void 0) io.stdout(text);
    else await write(target, text);
    return void 0;
  } catch (error) {
    if (!isEnvironmentFsError(error)) throw error;
    if (target !== void 0 && !error.path) error.path = target;
    const why = target === void 0 ? `cannot write to standard output: ${fsErrorReason(error)}. Fix: free some space or redirect elsewhere, or use --output FILE` : classifyError(error, io.cwd).describe();
    let fallback;
    let dir;
    try {
      dir = await mkdtemp(join(tmpdir(), "astro-ci-report-"));
      fallback = join(dir, target && basename(target) || "report.txt");
      await write(fallback, text);
    } catch {
      fallback = void 0;
      if (dir !== void 0) await rm(dir, { recursive: true, force: true }).catch(() => void 0);
    }
    if (fallback) {
      io.stderr(`astro-ci: ${why}
astro-ci: the report was not lost: it was written to ${fallback} instead.
`);
    } else if (target === void 0) {
      io.stderr(`astro-ci: ${why}
astro-ci: the report could not be saved anywhere (a temporary file could not be written either).
`);
    } else {
      io.stdout(text);
      io.stderr(`astro-ci: ${why}
astro-ci: the report was not lost: it was written to stdout instead (a temporary file could not be written either).
`);
    }
    return EXIT_USAGE;
  }
}
function checkChoice(flag, value, choices) {
  if (choices.includes(value)) return value;
  throw new ConfigurationError(`${flag} must be ${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}, not '${value}'`, { fix: `e.g. ${flag} ${choices[0]}` });
}
function projectArgument(positionals, io, options) {
  if (positionals.length > 1) {
    throw new ConfigurationError(`expected at most one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`, { fix: "quote paths with spaces; pytest arguments go after --" });
  }
  if (positionals[0] === void 0) return void 0;
  const abs = resolve(io.cwd, positionals[0]);
  if (options.mustExist || existsSync(abs)) existingFolder(io, positionals[0], "project folder");
  return abs;
}
function existingFolder(io, given, what) {
  const abs = resolve(io.cwd, given);
  let isDir;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new ConfigurationError(`${what} '${given}' does not exist`, { fix: "give the folder holding the Astro project's Dockerfile and dags/ (relative to the current directory)" });
    }
    throw error;
  }
  if (!isDir) throw new ConfigurationError(`${what} '${given}' is a file, not a folder`, { file: displayPath(abs, io.cwd), fix: "give the folder holding the Astro project's Dockerfile and dags/" });
  return abs;
}
function parseCommandArgs(command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    const message = error.message;
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      throw new ConfigurationError(`${ambiguous[1]} needs a value, and '-...' after it reads as another option`, { fix: `write ${ambiguous[1]}=VALUE for a value that starts with '-', or run \`astro-ci ${command} --help\` for its options` });
    }
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new ConfigurationError(`unknown option '${unknown[1]}'`, { fix: `run \`astro-ci ${command} --help\` for its options` });
    throw new ConfigurationError(message.split("\n")[0] ?? String(error), { fix: `run \`astro-ci ${command} --help\` for its options` });
  }
}

// src/entries/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`astro-ci: cannot write to standard output: ${classifyError(error).describe()}
`);
  process.exit(2);
});
process.exitCode = await runCli(process.argv.slice(2));
if (process.env.ASTRO_CI_PRINT_MAXRSS) process.stderr.write(`astro-ci-maxrss-kb: ${process.resourceUsage().maxRSS}
`);
