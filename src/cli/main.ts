import { parseCommandArgs } from "./parse-args.js";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { existsSync, fstatSync, statSync, writeSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import type { AirflowMode } from "../dynamic/airflow-environment.js";
import type { DynamicSetting } from "../dynamic/dynamic-tier.js";
import type { TestAirflowMode } from "../testing/run-tests.js";
import type { TestProjectResult } from "../testing/test-project.js";
import type { DeployTypeSetting } from "../deploy/deploy.js";
import { classifyError, ConfigurationError, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, displayPath, fsErrorReason, isEnvironmentFsError } from "../errors.js";
import { createConsoleLogger, type Logger } from "../util/logger.js";
import { defaultRepositoryRoot, findRepositoryRoot } from "../util/repo-root.js";
import { parseByteSize, parseDurationSeconds, parseWholeNumber } from "../util/numbers.js";
import { forEachChunk, writeTextInChunks } from "../util/write-text.js";
import { defaultCacheDir } from "../util/cache-dir.js";
import { createSecretMask } from "../util/secret-mask.js";
import { isInside } from "../util/is-inside.js";
import { asServedFromCache, isUnreadByValidation, openReplay, type ReplayScope } from "../commands/validate-dags-replay.js";
import { startRuffProcessEarly, type RuffLane } from "../dags/ruff-process.js";
import type { ValidationReport } from "../commands/validate-dags.js";
import { escapeControlCharacters } from "../github/markdown.js";
import { BUILD_ID, TOOL_NAME, TOOL_VERSION } from "../version.js";
import { makeDirectory } from "../util/make-directory.js";
import { MAX_FILE_SIZE_CEILING, MAX_IMPORT_TIMEOUT_SECONDS } from "../config/limits.js";

export { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE };

/** One command's help: the usage line, what it does, and every option it takes (the parser's options, documented). */
interface CommandHelp {
  usage: string;
  summary: string;
  options: [flag: string, description: string][];
  notes?: string;
}

const EXIT_CODES = "Exit codes: 0 clean, 1 findings or failures at the failure level, 2 usage, configuration or environment error\n(the message names the file and the fix), 3 internal error (a bug in astro-ci).";

const COMMANDS: Record<"validate-dags" | "test" | "deploy", CommandHelp> = {
  "validate-dags": {
    usage: "astro-ci validate-dags [PROJECT_DIR] [options]",
    summary: "Static (and, with Airflow, import) checks of an Astro project's DAGs.",
    options: [
      ["--format text|json|sarif", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--config FILE", "astro-ci.yaml to use (default: astro-ci.yaml at the repository root, if any)"],
      ["--cache DIR", "Where the analysis cache lives (default: $XDG_CACHE_HOME/astro-ci, else ~/.cache/astro-ci)"],
      ["--no-cache", "Analyse every file afresh and store nothing (no cache, no replay)"],
      ["--base REF", "Also diff the DAGs against this git commit (e.g. origin/main)"],
      ["--repo-root DIR", "Repository root, for the paths in reports (default: the git checkout holding the project; outside git, the current directory)"],
      ["--jobs N", "Parallel work: 1 keeps the static tier in one thread (else ruff runs in a second process); the dynamic tier's import workers (default: one per core)"],
      ["--dynamic auto|required|off", "Also import every DAG with real Airflow (default: validate.dynamic, else auto)"],
      ["--airflow installed|venv|image|auto", "Where that Airflow comes from (default: validate.airflow, else installed); given here, none to be had is exit 2"],
      ["--no-stub-lookups", "Import DAGs with the real Variable, connection and os.getenv lookups (default: stubbed, like astro dev parse)"],
      ["--import-timeout SECONDS", `Time limit of one DAG file's import, at most ${MAX_IMPORT_TIMEOUT_SECONDS} (default: validate.import-timeout, else Airflow's 30 s)`],
      ["--max-file-size SIZE", "DAG files above this size get a finding and are not parsed, at most 1GiB (default: validate.max-file-size, else 5MiB)"],
      ["--notices", "List notices too in text output (Airflow 3 deprecations on Airflow 2...)"],
      ["--no-color", "Plain text output"],
      ["-h, --help", "Show this help"],
    ],
  },
  test: {
    usage: "astro-ci test [PROJECT_DIR] [options] [-- PYTEST_ARGS]",
    summary: "Run the project's pytest suite (tests/ by default) in its Airflow environment, on a throwaway copy.",
    options: [
      ["--airflow installed|venv|image|auto|none", "Where Airflow comes from (default: installed; none runs python3 as it is)"],
      ["--path PATH", "A test file, folder or node id (tests/x.py::test_c) inside the project (repeatable; default: tests/; paths after -- count too)"],
      ["--allow-no-tests", "Succeed when pytest collects no tests (default: that is a failure, exit 1)"],
      ["--timeout DURATION", "Stop the suite after this long and name the test that was running (exit 1): seconds, or 90s, 10m, 1h; 0 for no limit (default: 30m)"],
      ["--no-stubs", "Do not stub Variables, connections and os.getenv"],
      ["--format text|json", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--repo-root DIR", "Repository root, for the paths in findings (default: the git checkout holding the project; outside git, the current directory)"],
      ["--work-dir DIR", "Where venvs and the JUnit file go (default: $XDG_CACHE_HOME/astro-ci or ~/.cache/astro-ci)"],
      ["-h, --help", "Show this help"],
    ],
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
      ["-h, --help", "Show this help"],
    ],
  },
};

function commandHelp(name: keyof typeof COMMANDS): string {
  const help = COMMANDS[name];
  const width = Math.max(...help.options.map(([flag]) => flag.length)) + 2;
  const options = help.options.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`).join("\n");
  return `Usage: ${help.usage}\n\n${help.summary}\n\nOptions:\n${options}\n\nPaths are relative to the current directory.\n${EXIT_CODES}\n`;
}

/** Commands whose options live in their own modules (each has its own --help). */
const MORE_COMMANDS: [name: string, summary: string][] = [
  ["drift", "Compare live Astro Deployments with astro-ci.yaml's deployments: (reads only)."],
  ["connections", "connections sync: apply an airflow_settings.yaml-format file to a Deployment."],
  ["branch-deploy", "Create or update a pull request's preview Deployment and deploy into it."],
  ["teardown", "Remove a pull request's previews (--pr N), or sweep stale ones (--stale)."],
  ["command", "Answer a pull-request comment command (/astro ...) from an issue_comment event."],
];

const USAGE = `Usage: astro-ci <command> [options]

Commands:
${[...Object.entries(COMMANDS).map(([name, help]) => [name, help.summary]), ...MORE_COMMANDS]
  .map(([name, summary]) => `  ${(name as string).padEnd(17)}${summary}`)
  .join("\n")}

Options:
  -h, --help     Show this help (astro-ci <command> --help shows a command's options)
  -v, --version  Show the version

${EXIT_CODES}
`;

export interface CliIo {
  stdout: (text: string) => void;
  /** Standard output for a report already encoded (UTF-8); without it, such a report is decoded for `stdout`. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
  /** Writes a report file (`--output`); the seam tests use for a full disk or a read-only folder. Default: fs.writeFile. */
  writeFile?: (path: string, data: string) => Promise<void>;
  /** Environment (ASTRO_API_TOKEN, ASTRO_API_URL...); default: process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Registers a declared value (a connection's password, a variable's value) that the CLI's output must never show:
   * set by runCli, which writes `***` in its place on stderr and stdout (in its JSON-escaped and percent-encoded forms
   * too), as the Actions runner does for `core.setSecret`.
   */
  mask?: (value: string) => void;
}

const defaultIo: CliIo = {
  stdout: writeStdout,
  stdoutBytes: writeStdoutBytes,
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
};

/**
 * Standard output. When it is a file or a device (`> report.txt`, `> /dev/full`) it is written synchronously so a
 * failure (a full disk) throws here and the report can be saved elsewhere; pipes and terminals use the stream.
 */
function writeStdout(text: string): void {
  if (!stdoutIsFile()) {
    // Pipes and terminals: through the stream (synchronous for pipes on Linux), a megabyte at a time for the same
    // reason as writeTextInChunks.
    forEachChunk(text, (chunk) => process.stdout.write(chunk));
    return;
  }
  writeTextInChunks(1, text);
}

/** `writeStdout` for UTF-8 bytes: no encoding, one write (or as many as a file takes). */
function writeStdoutBytes(bytes: Uint8Array): void {
  if (!stdoutIsFile()) {
    process.stdout.write(bytes);
    return;
  }
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(1, bytes, offset);
}

function stdoutIsFile(): boolean {
  try {
    const info = fstatSync(1);
    return info.isFile() || (info.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false;
  }
}


/** Runs the CLI and returns the exit code; never throws. Every error goes through the one classifier. */
export async function runCli(argv: string[], given: CliIo = defaultIo): Promise<number> {
  const secrets = createSecretMask();
  // Messages and log lines (stderr) may quote a declared value an API echoed back, and so may a report on stdout (a
  // comment command's JSON answer carries a failed command's message): both are masked. Until a value is declared
  // (validate-dags and test never declare one) stdout is passed through as it is, bytes and all.
  const { stdoutBytes } = given;
  const io: CliIo = {
    ...given,
    stdout: (t) => given.stdout(secrets.empty ? t : secrets.scrub(t)),
    stdoutBytes: stdoutBytes && ((bytes) => (secrets.empty ? stdoutBytes(bytes) : given.stdout(secrets.scrub(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"))))),
    stderr: (t) => given.stderr(secrets.scrub(t)),
    mask: (v) => secrets.mask(v),
  };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const classified = classifyError(error, io.cwd);
    const debug = (io.env ?? process.env).ASTRO_CI_DEBUG;
    io.stderr(`astro-ci: ${classified.describe()}\n${classified.kind === "bug" && debug && classified.stack ? `${classified.stack}\n` : ""}`);
    return classified.exitCode;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    if (command === "help" && rest[0] && rest[0] in COMMANDS) {
      io.stdout(commandHelp(rest[0] as keyof typeof COMMANDS));
      return EXIT_OK;
    }
    if (command === "help" && rest[0] && MORE_COMMANDS.some(([name]) => name === rest[0])) return dispatch([rest[0], "--help"], io);
    // `help bogus` is the same mistake as `bogus`: a usage error naming the commands, not the general help and 0.
    if (command === "help" && rest[0]) return dispatch([rest[0]], io);
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (command === "validate-dags") return validateDagsCommand(rest, io);
  if (command === "test") return testCommand(rest, io);
  if (command === "deploy") return deployCommand(rest, io);
  // Loaded on demand: validate-dags, the common command, never loads the API clients (Octokit, undici).
  if (command === "drift") return (await import("./drift-command.js")).driftCommand(rest, io, io.env ?? process.env);
  if (command === "connections") return (await import("./connections-command.js")).connectionsCommand(rest, io, io.env ?? process.env);
  if (command === "branch-deploy") return (await import("./previews-command.js")).branchDeployCommand(rest, io, io.env ?? process.env);
  if (command === "teardown") return (await import("./previews-command.js")).teardownCommand(rest, io, io.env ?? process.env);
  if (command === "command") return (await import("./command-command.js")).commentCommand(rest, io, io.env ?? process.env);
  throw new ConfigurationError(`unknown command '${command}'`, { fix: `use one of ${[...Object.keys(COMMANDS), ...MORE_COMMANDS.map(([name]) => name)].join(", ")} (astro-ci --help)` });
}

/**
 * The replay key of a validate-dags command line: everything besides the project's files that decides what it prints
 * (its arguments, the folder it runs in, whether stdout is a terminal, the repository root) and the build of the tool
 * (its version and BUILD_ID). Static validation reads no environment variable (ASTRO_CI_DEBUG turns replay off).
 */
function replayScopeOf(cacheDir: string, args: string[], io: CliIo, repoRoot: string): ReplayScope {
  // The bundle knows the digest of its sources; run from sources, this module's file stands for them.
  const self = fileURLToPath(import.meta.url);
  const stat = BUILD_ID === "source" ? statSync(self, { throwIfNoEntry: false }) : undefined;
  const build = stat ? [self, stat.mtimeMs, stat.size, stat.ino] : BUILD_ID;
  return {
    cacheDir,
    key: { tool: TOOL_VERSION, build, args, cwd: io.cwd, isTty: io.isTty, repoRoot },
    // Checks look at the calendar (schedule-never-fires), as the analysis cache's judged records do.
    day: new Date().toISOString().slice(0, 10),
  };
}

async function validateDagsCommand(args: string[], io: CliIo): Promise<number> {
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
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return help("validate-dags", io);
  const format = checkChoice("--format", values.format, ["text", "json", "sarif"] as const);
  const airflow = values.airflow === undefined ? undefined : checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image"] as const);
  const dynamic = values.dynamic === undefined ? undefined : checkChoice("--dynamic", values.dynamic, ["auto", "required", "off"] as const);
  const jobs = values.jobs === undefined ? undefined : parseWholeNumber(values.jobs, "--jobs", { min: 1, max: 256, example: "--jobs 4" });
  const importTimeout = values["import-timeout"] === undefined ? undefined : parseDurationSeconds(values["import-timeout"], "--import-timeout", { example: "--import-timeout 60", maxSeconds: MAX_IMPORT_TIMEOUT_SECONDS });
  const maxFileSize = values["max-file-size"] === undefined ? undefined : parseByteSize(values["max-file-size"], "--max-file-size", { example: "--max-file-size 10MB", max: MAX_FILE_SIZE_CEILING });
  const projectPath = projectArgument(positionals, io, { mustExist: false, command: "validate-dags" });
  // Paths in reports are relative to the repository: the git checkout holding the project; outside git, the current
  // directory (its astro-ci.yaml applies) when the project is in it, else the project itself.
  const repoRoot = values["repo-root"] !== undefined ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectPath ?? io.cwd, io.cwd);
  // On by default; unchanged files are then neither read nor analysed again.
  if (values["no-cache"] && values.cache !== undefined) {
    throw new ConfigurationError("--no-cache and --cache DIR contradict each other", { fix: "keep one of them: --no-cache stores nothing, --cache DIR says where to store" });
  }
  const cacheDir = values["no-cache"] ? undefined : values.cache !== undefined ? resolve(io.cwd, values.cache) : defaultCacheDir(io.env ?? process.env, homedir());
  // --base is checked (shape, then presence in the clone) before any analysis: a typo fails in a second, not after it.
  // git, the analyzer (and its ruff process) and the validation code are imported where they are used: a replayed run
  // needs none of them, and loading them was a third of its start-up.
  const gitModule = values.base === undefined ? undefined : await import("../util/git.js");
  const git = gitModule?.createGit(repoRoot);
  if (values.base !== undefined && gitModule && git) {
    gitModule.requireRevision(values.base, "--base");
    const { resolveBaseCommit } = await import("../commands/validate-dags.js");
    const base = await resolveBaseCommit(git, values.base);
    if (base.status === "missing") throw new ConfigurationError(`--base ${values.base} ${base.why}`, { fix: base.fix });
  }
  const debug = Boolean((io.env ?? process.env).ASTRO_CI_DEBUG);
  const configPath = values.config !== undefined ? resolve(io.cwd, values.config) : undefined;
  // PROJECT_DIR naming the repository root (`validate-dags .` there) means what no PROJECT_DIR means: the projects
  // listed in astro-ci.yaml, else the root. As the action's `project-path: .`.
  const projectToValidate = projectPath !== undefined && existsSync(projectPath) && resolve(projectPath) === resolve(repoRoot) ? undefined : projectPath;
  // Nothing changed since the same command last ran: print what it printed (see validate-dags-replay.ts). Not with
  // --base (the diff reads git history) nor ASTRO_CI_DEBUG (its log is about the work done).
  // The first changed Python file the lookup meets starts the ruff process (the longest single step of a run that
  // analyses: a Node start and wasm compiling) there and then, not after the lookup and the analyzer's loading.
  let ruffProcess: RuffLane | undefined;
  const replay =
    cacheDir !== undefined && values.base === undefined && !debug
      ? openReplay(replayScopeOf(cacheDir, args, io, repoRoot), Date.now, { onPythonFileChanged: () => (ruffProcess ??= startRuffProcessEarly(jobs)) })
      : undefined;
  const replayed = replay?.replayed;
  // (A lookup that met a changed file does not replay; should it all the same, the process goes.)
  if (replayed) ruffProcess?.child.kill();
  if (replayed) {
    if (replayed.stderr) io.stderr(replayed.stderr);
    return (await emitReport(replayed.output, values.output, io)) ?? replayed.exitCode;
  }
  const stderrText: string[] = [];
  const logger = createConsoleLogger(debug, (text) => {
    stderrText.push(text);
    io.stderr(text);
  });
  // What the analysis cache says about itself (a damaged pack, a folder it cannot use) is about this run's cache, not
  // the project: a run that printed it is not stored (the next run prints it again, or not).
  let cacheSpoke = false;
  // Two files of the same bytes: the next run may count other hits and misses than this one (JSON reports count them).
  let cacheCountsMayChange = false;
  const cacheLogger: Logger = {
    debug: (m) => logger.debug(m),
    info: (m) => ((cacheSpoke = true), logger.info(m)),
    warning: (m) => ((cacheSpoke = true), logger.warning(m)),
    error: (m) => ((cacheSpoke = true), logger.error(m)),
  };
  // A ruff process that failed is about this run, like the cache's own messages: such a run is not stored for replay.
  const analyzer = await import("../dags/analyzer.js")
    .then(({ createDefaultAnalyzer }) => createDefaultAnalyzer({ jobs, debug: (m) => logger.debug(m), warn: (m) => cacheLogger.warning(m), ruffProcess }))
    .catch((error: unknown) => {
      ruffProcess?.child.kill();
      throw error;
    });
  // The analysis packs being written while the report is made and printed (runValidation's saveCacheInBackground):
  // awaited before the replay record states them, and before this command returns whatever happens.
  const cacheSaves: Promise<void>[] = [];
  // Ruff's set-up (~0.3 s: a Node start and wasm compiling, in the analyzer's ruff process) is the longest single step of a run
  // that analyses anything: start it now, beside the rest of the start-up, when the run will surely analyse. Without
  // a cache every file is analysed; with one, a Python file changed since the same command's last run is. A wrong
  // guess (no DAG file, or a file rewritten with the same bytes) costs the other core's time and ~0.05 s of wall time
  // to start and end the process (measured with the worker thread before it: an empty project with --no-cache
  // 0.29-0.38 s, against 0.24-0.32 s with --jobs 1);
  // the stat index's first miss would start it anyway a little later.
  if (cacheDir === undefined || replay?.changed?.some((path) => path.endsWith(".py"))) analyzer.prewarm?.(1);
  try {
    // Loaded only now: a replayed run needs none of it (a third of the start-up time).
    const [{ runValidation }, { DEFAULT_CONFIG_FILE, loadConfig }, { formatTextReport }, { formatJsonReport, formatJsonReportVariantParts }, { toSarifReport }, { requirementsLocalPaths }, { analysisPackPath }] = await Promise.all([
      import("../commands/validate-dags.js"),
      import("../config/config.js"),
      import("../reports/report-text.js"),
      import("../reports/report-json.js"),
      import("../reports/report-sarif.js"),
      import("../project/requirements.js"),
      import("../dags/analysis-cache.js"),
    ]);
    // The inputs are stated before anything reads them: a file changed during the run differs next time.
    let packs: string[] = [];
    // Read once: the run uses the config whose file was just stated. A config that cannot be read is left to
    // runValidation, which reports what is wrong with it.
    const config = replay ? await loadConfig({ repoRoot, configPath, projectPath: projectToValidate }).catch(() => undefined) : undefined;
    if (replay && config) {
      const roots = config.projects.map((p) => p.root);
      packs = roots.map((root) => analysisPackPath(cacheDir as string, root));
      // A project without an analysis pack yet (a first run, a new cache folder): its files will be analysed.
      if (packs.some((pack) => !existsSync(pack))) analyzer.prewarm?.(1);
      replay.begin({
        folders: roots,
        // What requirements name (`-e ../pkg`, `-e ./.venv/src/pkg`, `-r extra.txt`): maybe outside the project folders
        // or in one the walk skips. Looked up just before the snapshot: a requirements.txt edited in between is within
        // the racy window, never trusted.
        files: [configPath ?? resolve(repoRoot, DEFAULT_CONFIG_FILE), repoRoot, ...roots.flatMap((root) => requirementsLocalPaths(root, repoRoot))],
        // The cache folder and the report file are not inputs, unless validation reads them (`--cache dags`, say).
        skipPaths: [cacheDir as string, ...(values.output !== undefined ? [resolve(io.cwd, values.output)] : [])].filter((path) => isUnreadByValidation(path, roots)),
      });
    }
    const report = await runValidation({
      repoRoot,
      configPath,
      projectPath: projectToValidate,
      config,
      cacheDir,
      cacheLogger,
      cacheCountsMayChange: () => (cacheCountsMayChange = true),
      saveCacheInBackground: (saving) => cacheSaves.push(saving),
      statOf: replay ? (path) => replay.statOf(path) : undefined,
      baseRef: values.base,
      git,
      analyzer,
      logger,
      maxFileSize,
      dynamic: {
        setting: dynamic as DynamicSetting | undefined,
        mode: airflow as AirflowMode | undefined,
        stubLookups: values["no-stub-lookups"] ? false : undefined,
        // Locally, only an Airflow already installed is used unless asked for more (venv downloads, image needs Docker).
        defaults: { setting: "auto", mode: "installed" },
        workDir: cacheDir ?? defaultCacheDir(io.env ?? process.env, homedir()),
        jobs,
        importTimeoutSeconds: importTimeout,
      },
    });
    const formatted = (r: ValidationReport): string =>
      format === "json"
        ? formatJsonReport(r, { pretty: io.isTty && !values.output })
        : format === "sarif"
          ? JSON.stringify(toSarifReport(r), null, 2) + "\n"
          : formatTextReport(r, { color: io.isTty && !values["no-color"] && !values.output, showNotices: values.notices });
    // Stored only for a run that read nothing but files: no dynamic tier (an installed Airflow), no DAG diff (git).
    const storable = replay !== undefined && !cacheSpoke && report.projects.every((p) => p.dynamic?.status === "off" && p.dagDiff === undefined);
    // What the same run prints next time, when every analysis comes from the cache: only the JSON report counts them.
    // Unless the next run's counts cannot be told: then only a run with no misses (counts that stay) is stored.
    const missed = format === "json" && report.projects.some((p) => p.cache?.misses);
    const nextDiffers = storable && missed && !cacheCountsMayChange;
    // Both JSON texts from one serialization: they differ only in the counts. Otherwise the next run prints this text.
    // (In parts, as made: both are written part by part, stdout now and the replay record later.)
    const [output = "", nextOutput = output]: (string | readonly string[])[] = nextDiffers
      ? formatJsonReportVariantParts(report, [report, asServedFromCache(report)].map((r) => r.projects.map((p) => p.cache)), { pretty: io.isTty && !values.output })
      : [formatted(report)];
    const written = await emitReport(output, values.output, io);
    logger.debug(`report written (${Math.round(performance.now())} ms since start)`);
    // `--airflow MODE` on the command line asks for the import checks with that Airflow: none to be had (no python3
    // on PATH, no Docker) is the environment's fault, exit 2 with the fix, not a note in a passing report.
    const unavailable = airflow === undefined ? undefined : report.projects.find((p) => p.dynamic?.status === "unavailable")?.dynamic;
    if (airflow !== undefined && unavailable) {
      io.stderr(`astro-ci: --airflow ${airflow}: ${unavailable.message}. Fix: ${AIRFLOW_MODE_FIX[airflow]}; else choose another --airflow mode, or pass --dynamic off for the static checks only\n`);
      return written ?? EXIT_USAGE;
    }
    const exitCode = report.failed ? EXIT_FINDINGS : EXIT_OK;
    await Promise.all(cacheSaves);
    // (A save that failed spoke meanwhile: such a run is not stored.)
    if (replay && storable && !cacheSpoke && written === undefined && !(missed && cacheCountsMayChange)) {
      replay.finish({ output: nextOutput, stderr: stderrText.join(""), exitCode }, packs);
    }
    return written ?? exitCode;
  } finally {
    await analyzer.close();
    await Promise.all(cacheSaves);
  }
}

/** What makes each `--airflow` mode's Airflow available, for the fix of an explicit mode that found none. */
const AIRFLOW_MODE_FIX: Record<AirflowMode, string> = {
  installed: "install Python 3 with the project's Airflow and put it on PATH (`python3 -c 'import airflow'` must work; on a runner: actions/setup-python)",
  venv: "make python3 (with its venv module) available on PATH, and PyPI reachable to install Airflow",
  image: "start a Docker engine (`docker info` must answer) and build from an Astro runtime image",
  auto: "install Python 3 with the project's Airflow and put it on PATH, or start a Docker engine",
};

async function testCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf("--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const pytestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const { values, positionals } = parseCommandArgs("test", own, {
    format: { type: "string", default: "text" },
    output: { type: "string" },
    airflow: { type: "string", default: "installed" },
    path: { type: "string", multiple: true },
    "allow-no-tests": { type: "boolean", default: false },
    timeout: { type: "string", default: "30m" },
    "no-stubs": { type: "boolean", default: false },
    "repo-root": { type: "string" },
    "work-dir": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return help("test", io);
  const format = checkChoice("--format", values.format, ["text", "json"] as const);
  const mode = checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image", "none"] as const);
  const projectRoot = projectArgument(positionals, io, { mustExist: true, command: "test" }) ?? io.cwd;
  const paths = (values.path ?? []).map((p) => testPathInsideProject(projectRoot, resolve(io.cwd, p), p, io.cwd));
  const timeoutSeconds = parseDurationSeconds(values.timeout, "--timeout", { example: "--timeout 45m, or --timeout 0 for no limit", allowZero: true });
  const repoRoot = values["repo-root"] !== undefined ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectRoot, io.cwd);
  const { testProject } = await import("../testing/test-project.js");
  const result = await testProject({
    projectRoot,
    repoRoot,
    paths,
    pytestArgs,
    mode: mode as TestAirflowMode,
    stubLookups: !values["no-stubs"],
    allowNoTests: values["allow-no-tests"],
    timeoutSeconds,
    workDir: values["work-dir"] !== undefined ? resolve(io.cwd, values["work-dir"]) : defaultCacheDir(io.env ?? process.env, homedir()),
    // Project code (the tests) runs with an environment that holds no token.
    runner: (await import("../dynamic/command-runner.js")).projectCodeRunner,
    logger: createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr),
  });
  const outcome = testOutcome(result, { paths: result.paths?.length ? result.paths : paths.length ? paths : ["tests/"], allowNoTests: values["allow-no-tests"], mode: mode as TestAirflowMode });
  let output: string;
  if (format === "json") {
    const { report: _report, ...rest } = result;
    output = JSON.stringify({ ...rest, message: outcome.message, failed: outcome.exitCode !== EXIT_OK, tests: result.report?.tests ?? [] }, null, 2) + "\n";
  } else {
    // An environment fault (exit 2) is said on stderr, like every other exit-2 message, not as the report's last line.
    const closing = outcome.exitCode === EXIT_USAGE && !values.output ? "" : `${outcome.message}\n`;
    output = result.findings.map((f) => `${escapeControlCharacters(f.file)}:${f.line}: ${f.severity} [${f.checkId}] ${f.message}\n`).join("") + closing;
  }
  const written = await emitReport(output, values.output, io);
  if (outcome.exitCode === EXIT_USAGE && !values.output) io.stderr(`astro-ci: ${outcome.message}\n`);
  return written ?? outcome.exitCode;
}

/**
 * The exit code and the closing line of `astro-ci test`: pytest collecting nothing (its exit 5) is a failure unless
 * allowed, and no Airflow is an environment problem (exit 2) whose fix names the other `--airflow` modes.
 */
export function testOutcome(result: TestProjectResult, options: { paths: string[]; allowNoTests: boolean; mode: TestAirflowMode }): { exitCode: number; message: string } {
  if (result.status === "unavailable") {
    const others = (["installed", "venv", "image", "none"] as const).filter((m) => m !== options.mode);
    const how: Record<string, string> = {
      installed: "installed (python3 on PATH imports airflow)",
      venv: "venv (pip installs the project's Airflow version)",
      image: "image (runs in the project's runtime image with Docker)",
      none: "none (python3 as it is, for suites that do not import Airflow)",
    };
    return { exitCode: EXIT_USAGE, message: `${result.message}. Fix: ${result.fix ?? `choose another --airflow mode: ${others.map((m) => how[m]).join(", ")}`}` };
  }
  if (result.status === "failed" && result.environmentFault) return { exitCode: EXIT_USAGE, message: result.message };
  if (result.status === "ran" && result.totals.tests === 0 && result.collectionErrors === 0 && !options.allowNoTests) {
    // No tests/ folder at all: the message says so and how to add one.
    if (result.noTestsFolder) return { exitCode: EXIT_FINDINGS, message: result.message };
    return {
      exitCode: EXIT_FINDINGS,
      message: `no tests were collected in ${options.paths.join(", ")} (${result.environment ?? "pytest"}). Fix: add test_*.py files there, point --path at the tests, or pass --allow-no-tests`,
    };
  }
  return { exitCode: result.failed ? EXIT_FINDINGS : EXIT_OK, message: result.message };
}

/**
 * A `--path` for `astro-ci test`, as pytest takes it: relative to the project, and never outside it. A node id
 * (`tests/x.py::test_c`, `...::test_file_imports[dags/a.py]`) is checked by its file part and keeps the rest.
 */
function testPathInsideProject(projectRoot: string, absWithNodeId: string, givenWithNodeId: string, cwd: string): string {
  const at = givenWithNodeId.indexOf("::");
  const nodeId = at === -1 ? "" : givenWithNodeId.slice(at);
  const given = at === -1 ? givenWithNodeId : givenWithNodeId.slice(0, at);
  const abs = at === -1 ? absWithNodeId : resolve(cwd, given);
  const rel = relative(projectRoot, abs);
  // `astro-ci test astro --path tests/dags` from the repository root: the path was meant inside the project.
  const meant = !isAbsolute(given) && existsSync(resolve(projectRoot, given)) ? relative(cwd, resolve(projectRoot, given)).split(sep).join("/") : undefined;
  const hint = meant && meant !== given ? `; paths are relative to the current directory: did you mean --path ${meant}?` : "";
  if (!isInside(projectRoot, abs)) {
    throw new ConfigurationError(`--path '${given}' is outside the project ${displayPath(projectRoot, cwd)}`, { fix: `give a test file or folder inside the project (tests run on a copy of the project only)${hint}` });
  }
  if (!existsSync(abs)) throw new ConfigurationError(`--path '${givenWithNodeId}' does not exist${nodeId ? ` (its file part, ${given})` : ""}`, { fix: `give a test file or folder inside the project, relative to the current directory${hint}` });
  const path = rel.split(sep).join("/") || ".";
  if (path.startsWith("-")) throw new ConfigurationError(`--path '${givenWithNodeId}' starts with '-' inside the project (pytest would read it as an option)`, { fix: "rename the test file or folder" });
  return `${path}${nodeId}`;
}

async function deployCommand(args: string[], io: CliIo): Promise<number> {
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
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return help("deploy", io);
  const deployType = values["deploy-type"] === undefined ? undefined : checkChoice("--deploy-type", values["deploy-type"], ["infer", "dags-only", "image-and-dags", "image-only"] as const);
  const format = checkChoice("--format", values.format, ["text", "json"] as const);
  const waitTimeoutSeconds = parseDurationSeconds(values["wait-timeout"], "--wait-timeout", { example: "--wait-timeout 900 or --wait-timeout 15m", allowZero: true });
  const projectRoot = projectArgument(positionals, io, { mustExist: true, command: "deploy" }) ?? io.cwd;
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { file: displayPath(projectRoot, io.cwd), fix: "deploys record the commit: run inside a git checkout" });
  const logger: Logger = createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr);
  const { deployFailed, runDeploy } = await import("../commands/deploy.js");
  const inWorkflow = (io.env ?? process.env).GITHUB_ACTIONS === "true";
  const { result, explanation } = await runDeploy({
    repoRoot,
    projectRoot,
    configPath: values.config !== undefined ? resolve(io.cwd, values.config) : undefined,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    deployType: deployType as DeployTypeSetting | undefined,
    wait: !values["no-wait"],
    waitTimeoutMs: waitTimeoutSeconds * 1000,
    force: values.force,
    validateFirst: values.validate,
    branch: values.branch,
    allowDirty: values["allow-dirty"],
    allowedRegistries: values["allowed-registry"],
    // In a workflow, the event decides whether deploying is allowed at all (pull requests never deploy).
    event: inWorkflow ? (io.env ?? process.env).GITHUB_EVENT_NAME ?? "" : undefined,
    eventPayload: inWorkflow ? (await import("../github/context.js")).readEventPayload(io.env ?? process.env) : undefined,
    env: io.env ?? process.env,
    git: (await import("../util/git.js")).createGit(repoRoot),
    docker: (await import("../dynamic/command-runner.js")).nodeCommandRunner,
    logger,
  });
  const output =
    format === "json"
      ? JSON.stringify({ explanation, ...result }, null, 2) + "\n"
      : `${explanation}\n${result.status}: ${result.reason}${"deployId" in result && result.deployId ? ` (deploy ${result.deployId}, ${result.bytesUploaded} bytes uploaded)` : ""}\n`;
  const written = await emitReport(output, values.output, io);
  return written ?? (deployFailed(result) ? EXIT_FINDINGS : EXIT_OK);
}

function help(command: keyof typeof COMMANDS, io: CliIo): number {
  io.stdout(commandHelp(command));
  return EXIT_OK;
}

/**
 * Writes the finished report to `--output` (or stdout). When the file cannot be written (a read-only folder, a full
 * disk...) the report is not lost: it goes to a temporary file, else to stdout, stderr says where and why, and the
 * exit code is 2. Returns undefined when written as asked. A report may come already encoded (UTF-8 bytes, a replay):
 * it is then written as it is, and decoded only for the `stdout`/`writeFile` seams that take text. It may also come
 * in parts (the JSON report's variants: formatJsonReportVariantParts), written to stdout one after the other, never
 * joined into one more copy of the whole.
 */
export async function emitReport(report: string | Uint8Array | readonly string[], output: string | undefined, io: CliIo): Promise<number | undefined> {
  let decoded = typeof report === "string" ? report : undefined;
  const text = (): string =>
    (decoded ??= report instanceof Uint8Array ? Buffer.from(report.buffer, report.byteOffset, report.byteLength).toString("utf8") : (report as readonly string[]).join(""));
  // `--output reports/validate.sarif` in a fresh checkout: the folder is created, as pytest's --junitxml does.
  const write = async (path: string, data: string): Promise<void> => {
    if (io.writeFile) return io.writeFile(path, data);
    await makeDirectory(dirname(path));
    await writeFile(path, report instanceof Uint8Array ? report : data);
  };
  const target = output === undefined ? undefined : resolve(io.cwd, output);
  try {
    if (target === undefined) {
      if (report instanceof Uint8Array && io.stdoutBytes) io.stdoutBytes(report);
      else if (typeof report !== "string" && !(report instanceof Uint8Array)) for (const part of report) io.stdout(part);
      else io.stdout(text());
    } else await write(target, text());
    return undefined;
  } catch (error) {
    if (!isEnvironmentFsError(error)) throw error;
    if (target !== undefined && !(error as { path?: string }).path) (error as { path?: string }).path = target;
    const why = target === undefined ? `cannot write to standard output: ${fsErrorReason(error)}. Fix: free some space or redirect elsewhere, or use --output FILE` : classifyError(error, io.cwd).describe();
    let fallback: string | undefined;
    let dir: string | undefined;
    try {
      dir = await mkdtemp(join(tmpdir(), "astro-ci-report-"));
      fallback = join(dir, (target && basename(target)) || "report.txt");
      await write(fallback, text());
    } catch {
      fallback = undefined;
      // The folder made for a report that could not be written there is removed, not left empty in the temp dir.
      if (dir !== undefined) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    if (fallback) {
      io.stderr(`astro-ci: ${why}\nastro-ci: the report was not lost: it was written to ${fallback} instead.\n`);
    } else if (target === undefined) {
      io.stderr(`astro-ci: ${why}\nastro-ci: the report could not be saved anywhere (a temporary file could not be written either).\n`);
    } else {
      io.stdout(text());
      io.stderr(`astro-ci: ${why}\nastro-ci: the report was not lost: it was written to stdout instead (a temporary file could not be written either).\n`);
    }
    return EXIT_USAGE;
  }
}

function checkChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be ${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}, not '${value}'`, { fix: `e.g. ${flag} ${choices[0]}` });
}

/** PROJECT_DIR, relative to the current directory; a file or a missing folder is a usage error naming it. */
function projectArgument(positionals: string[], io: CliIo, options: { mustExist: boolean; command: "validate-dags" | "test" | "deploy" }): string | undefined {
  if (positionals.length > 1) {
    const fix = {
      "validate-dags": "quote a path with spaces; several projects in one repository are listed under projects: in astro-ci.yaml and checked in one run",
      test: "quote a path with spaces; pytest's own arguments go after --",
      deploy: "quote a path with spaces; deploy one project per run",
    }[options.command];
    throw new ConfigurationError(`expected at most one PROJECT_DIR, got ${positionals.length}: ${positionals.map((p) => escapeControlCharacters(p)).join(" ")}`, { fix });
  }
  if (positionals[0] === undefined) return undefined;
  const abs = resolve(io.cwd, positionals[0]);
  if (options.mustExist || existsSync(abs)) existingFolder(io, positionals[0], "project folder");
  return abs;
}

function existingFolder(io: CliIo, given: string, what: string): string {
  const abs = resolve(io.cwd, given);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ConfigurationError(`${what} '${given}' does not exist`, { fix: "give the folder holding the Astro project's Dockerfile and dags/ (relative to the current directory)" });
    }
    throw error;
  }
  if (!isDir) throw new ConfigurationError(`${what} '${given}' is a file, not a folder`, { file: displayPath(abs, io.cwd), fix: "give the folder holding the Astro project's Dockerfile and dags/" });
  return abs;
}

