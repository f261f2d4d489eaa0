import { cpSync, existsSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { dockerArgumentProblem, resolveAirflowEnvironment, type AirflowMode, type CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError, fsErrorReason } from "../errors.js";
import { describeSpecialFile, fileTooLargeError, readRegularFileSync } from "../util/read-file-sync.js";
import { projectCodeEnvironment, signalName } from "../dynamic/command-runner.js";
import { defaultHarnessPath } from "../dynamic/dynamic-tier.js";
import { projectImportEnvironment } from "../dynamic/project-settings.js";
import { warnWithheldUrlCredentials } from "./withheld-environment.js";
import { JUnitParseError, parseJUnitXml, type JUnitReport } from "../test-report/junit.js";
import type { Logger } from "../util/logger.js";
import { makeDirectorySync } from "../util/make-directory.js";
import { released, tracked } from "../util/temp-dirs.js";

export type TestAirflowMode = AirflowMode | "none";

export interface RunTestsOptions {
  projectRoot: string;
  /** The repository root: the project's Dockerfile and `.env` are not read where they resolve outside it. */
  repoRoot: string;
  airflowVersion: string;
  runtimeImage?: string;
  /** Test paths or node ids relative to the project (default: tests/), checked (testPathProblem); passed after `--`. */
  paths: string[];
  pytestArgs: string[];
  mode: TestAirflowMode;
  stubLookups: boolean;
  /** Where the JUnit file and venvs go. */
  workDir: string;
  python?: string;
  runner: CommandRunner;
  logger: Logger;
  /** Stop pytest after this many seconds (0 or undefined: no limit). See the astro_ci_pytest_progress plugin. */
  timeoutSeconds?: number;
}

/**
 * What pytest was doing when it stopped before the end of the run, from the astro_ci_pytest_progress plugin: the test
 * it was running (`test`: node id, project-relative file, and line: where it was per a stack dump, else its `def`
 * line), the node it was collecting (`collect`), or the suite's first conftest.py files it was loading (`startup`:
 * the file and line only from a stack dump); `unknown` when it had not got that far. A file is always a file of the
 * project, never a folder.
 */
export interface PytestPosition {
  phase: "startup" | "collect" | "test" | "unknown";
  nodeid?: string;
  file?: string;
  line?: number;
}

/** Where pytest was when the time limit (this many seconds) stopped it. */
export interface TestTimeout extends PytestPosition {
  seconds: number;
}

/**
 * Where pytest was when its process ended before the run did (a test that calls `os._exit()` or kills its own
 * process, a native crash): the exit code, or the signal that killed it.
 */
export interface TestCrash extends PytestPosition {
  exitCode: number;
  signal?: string;
}

export type TestRunOutcome =
  | { status: "ran"; exitCode: number; report: JUnitReport; junitPath: string; output: string; environment: string }
  | { status: "unavailable"; reason: string; fix?: string }
  /**
   * pytest did not run the suite. `conftest`: a conftest.py of the project could not be loaded (project-relative
   * path, the line in it from the traceback, the exception line): the suite's fault. `environment`: the fault is the
   * environment's or the invocation's (a pytest usage error such as an unknown option in the pytest arguments).
   */
  | { status: "failed"; reason: string; output: string; conftest?: { file: string; line: number; message: string }; environment?: boolean; timeout?: TestTimeout; crash?: TestCrash };

/** pytest's exit codes that still mean "the suite ran": 0 all passed, 1 some failed, 5 nothing collected. */
const RAN = new Set([0, 1, 5]);

/**
 * Run the project's pytest suite in the project's Airflow environment, on a throwaway copy of the project so a test
 * that writes or deletes files cannot touch the checkout, and read back the JUnit XML it wrote.
 */
export async function runProjectTests(options: RunTestsOptions): Promise<TestRunOutcome> {
  const python = options.python ?? "python3";
  const harnessPath = defaultHarnessPath();
  const harnessDir = dirname(harnessPath);
  let command: string[];
  let description: string;
  let image: string | undefined;
  if (options.mode === "none") {
    command = [python];
    description = `${python} as it is`;
  } else {
    const resolution = await resolveAirflowEnvironment({
      mode: options.mode,
      airflowVersion: options.airflowVersion,
      projectRoot: options.projectRoot,
      repoRoot: options.repoRoot,
      runtimeImage: options.runtimeImage,
      cacheDir: options.workDir,
      harnessPath,
      python,
      runner: options.runner,
      logger: options.logger,
    });
    if (resolution.status === "unavailable") return { status: "unavailable", reason: resolution.reason, ...(resolution.fix ? { fix: resolution.fix } : {}) };
    description = resolution.environment.description;
    if (resolution.environment.mode === "image") {
      image = options.runtimeImage;
      command = [];
    } else command = resolution.environment.command;
  }

  // Inherited values holding a URL with credentials are not passed to the suite (projectCodeEnvironment): said once.
  warnWithheldUrlCredentials(options.logger, "the tests");

  const sandbox = tracked(mkdtempSync(join(tmpdir(), "astro-ci-tests-")));
  const copy = join(sandbox, basename(options.projectRoot) || "project");
  try {
    for (const skipped of copyProjectForTests(options.projectRoot, copy)) {
      options.logger.warning(`${skipped.path} is ${skipped.what}: not copied into the test sandbox (only regular files, folders and symlinks are)`);
    }
    const inImage = image !== undefined;
    const root = inImage ? "/usr/local/airflow" : copy;
    const stubsDir = inImage ? "/opt/astro-ci" : harnessDir;
    const junitName = ".astro-ci-junit.xml";
    const progressName = ".astro-ci-progress.json";
    const timeoutSeconds = options.timeoutSeconds ?? 0;
    const pytestArgs = [
      "-m", "pytest",
      `--junitxml=${join(root, junitName)}`,
      "-o", "junit_family=xunit2",
      "--continue-on-collection-errors",
      // pytest's cache in a new folder of the throwaway copy (never the checkout's .pytest_cache, which is not copied):
      // a suite's `addopts = --lf` (or --ff, --sw) runs every test, as on a fresh clone, rather than failing as an
      // unknown option (what `-p no:cacheprovider` did).
      "-o", `cache_dir=${join(root, PYTEST_CACHE_NAME)}`,
      // dags/ and plugins/ go on sys.path after the standard library, as Airflow puts them (see the plugin).
      "-p", "astro_ci_pytest_paths",
      ...(options.stubLookups ? ["-p", "astro_ci_pytest_stubs"] : []),
      // What pytest is doing, for the report when the time limit stops it (and the limit itself).
      "-p", "astro_ci_pytest_progress", `--astro-ci-progress=${join(root, progressName)}`,
      ...(timeoutSeconds > 0 ? [`--astro-ci-timeout=${timeoutSeconds}`] : []),
      ...options.pytestArgs,
      // The paths last, after `--`: never read as options.
      "--",
      ...(options.paths.length ? options.paths : ["tests"]),
    ];
    const env: Record<string, string> = {
      // The project's own environment (Dockerfile ENV but credential-looking names, .env Airflow settings), as its
      // scheduler and `astro dev pytest` have it, and as the DAG imports of validate-dags get it.
      ...projectImportEnvironment(options.projectRoot, root, options.repoRoot).env,
      // astro-ci's pytest plugins and the project root (the runtime image's working directory, so `include.x`
      // imports), then whatever the environment already had. Not dags/ or plugins/: ahead of the standard library
      // a dags/logging.py would shadow it; the astro_ci_pytest_paths plugin appends them, as Airflow does.
      PYTHONPATH: [stubsDir, root, ...(inImage ? [] : (process.env.PYTHONPATH ?? "").split(":").filter(Boolean))].join(":"),
      AIRFLOW_HOME: root,
      AIRFLOW__CORE__DAGS_FOLDER: join(root, "dags"),
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
      PYTHONDONTWRITEBYTECODE: "1",
    };
    // The plugin stops pytest at the limit; this kill is the backstop (a suite whose faulthandler_timeout cancels the
    // plugin's watchdog, a process that does not exit). In the image, the in-container stop is the one that counts.
    const backstop = timeoutSeconds > 0 ? { timeoutMs: (timeoutSeconds + 10) * 1000 } : {};
    let result;
    if (inImage) {
      const problem = dockerArgumentProblem({ image: image as string, mountPath: copy }) ?? dockerArgumentProblem({ mountPath: harnessDir });
      if (problem) throw new ConfigurationError(`cannot run the tests in the runtime image: ${problem}`, { fix: "use --airflow venv or installed, or fix the Dockerfile's FROM line" });
      const container = `astro-ci-test-${randomBytes(6).toString("hex")}`;
      const argv = [
        "run", "--rm", "--network", "none", "-w", root,
        // A read-write mount of the throwaway copy: the suite may write, the checkout is untouched.
        "-v", `${copy}:${root}`,
        "-v", `${harnessDir}:${stubsDir}:ro`,
        // Named, so the time limit's backstop can stop the container: killing the docker client leaves it running.
        "--name", container,
        ...Object.entries(projectCodeEnvironment({}, env)).flatMap(([k, v]) => ["-e", `${k}=${v}`]),
        "--entrypoint", "python", image as string,
        ...pytestArgs.slice(0),
      ];
      result = await options.runner.run("docker", argv, backstop);
      if (result.timedOut) await options.runner.run("docker", ["kill", "--", container], { timeoutMs: 60_000 });
    } else {
      const [exe, ...prefix] = command as [string, ...string[]];
      // In a process group of its own, and whatever the suite started (a server in a session of its own that ignores
      // SIGTERM) is killed when pytest ends or is stopped: nothing of the suite outlives the run (see trackDescendants).
      result = await options.runner.run(exe, [...prefix, ...pytestArgs], { cwd: copy, env: projectCodeEnvironment(process.env, env), reapDescendants: true, ...backstop });
    }
    const output = `${result.stdout}${result.stderr}`;
    // The last lines, within bounds: a suite may print one line of megabytes.
    const tail = output.trim().split("\n").slice(-5).map((l) => (l.length > 500 ? `${l.slice(0, 497)}...` : l)).join("\n");
    const junitCopy = join(copy, junitName);
    // Frames of the suite in a stack dump: paths under the folder pytest ran in (the copy, or the image's project).
    const suiteRoot = inImage ? root : copy;
    const stopped = timeoutSeconds > 0 ? stoppedByTimeLimit(join(copy, progressName), timeoutSeconds, result.timedOut === true, suiteRoot) : undefined;
    if (stopped) {
      const what =
        stopped.phase === "test"
          ? `${stopped.nodeid} was still running`
          : stopped.phase === "collect"
            ? `it was still collecting ${stopped.nodeid || "the tests"}`
            : stopped.phase === "startup"
              ? `it was still loading ${loading(stopped.file)}`
              : "it had not started a test";
      return { status: "failed", reason: `pytest was stopped after ${formatSeconds(timeoutSeconds)} (the test time limit): ${what}`, output: tail, timeout: stopped };
    }
    if (RAN.has(result.exitCode) && !existsSync(junitCopy) && junitDisabled(join(copy, progressName))) {
      return {
        status: "failed",
        reason: `pytest ran (exit code ${result.exitCode}) but wrote no JUnit report: the suite's pytest configuration disables it (\`-p no:junitxml\` in addopts), and astro-ci reads the results from that report. Fix: remove \`-p no:junitxml\` from addopts (pytest.ini, pyproject.toml's [tool.pytest.ini_options], setup.cfg or tox.ini)`,
        output: tail,
        environment: true,
      };
    }
    if (!RAN.has(result.exitCode) || !existsSync(junitCopy)) {
      // No Python, or one without pytest, is the environment's fault (exit 2 with the fix), not a failing suite.
      const [exe] = inImage ? ["python"] : (command as [string]);
      if (!inImage && result.exitCode === 127 && /\bENOENT\b/.test(result.stderr)) {
        throw new ConfigurationError(`${exe} was not found on PATH: there is no Python to run pytest with`, { fix: "install Python 3 with pytest (on a runner: actions/setup-python), or put it on PATH" });
      }
      if (/^(?:.*: )?No module named '?pytest'?\s*$/m.test(output)) {
        return { status: "unavailable", reason: `${description} has no pytest (${tail.split("\n").pop()?.trim()})`, fix: "install pytest in that Python (pip install pytest, or add pytest to the project's requirements), or choose another --airflow mode" };
      }
      const conftest = conftestFailure(output, inImage ? root : copy);
      if (conftest) return { status: "failed", reason: `pytest could not load ${conftest.file} (exit code ${result.exitCode})`, output: tail, conftest };
      // The process ended in the middle of the run (pytest records "finished" when it ends by itself): the suite's
      // code ended it. pytest's own faulthandler writes a native crash's stack to its output: the line, when it does.
      // In the image, docker's exit code says the signal (128 + its number).
      const signal = result.signal ?? (inImage && result.exitCode > 128 ? signalName(result.exitCode - 128) : undefined);
      const crash = endedDuringRun(join(copy, progressName), output, suiteRoot, result.exitCode, signal);
      if (crash) return { status: "failed", reason: crashReason(crash), output: tail, crash };
      if (!inImage) {
        // Did the suite stop pytest, or can this Python not even start pytest (a crash at start-up, a broken
        // interpreter or pytest install, no permission to run it)? The latter is the environment's fault (exit 2).
        const [exe, ...prefix] = command as [string, ...string[]];
        const probe = await options.runner.run(exe, [...prefix, "-c", "import pytest"], { cwd: copy, env: projectCodeEnvironment(process.env, env), timeoutMs: 120_000 });
        if (probe.exitCode !== 0 || probe.signal) {
          const how = probe.signal ? `killed by ${probe.signal}` : `exit code ${probe.exitCode}`;
          const last = `${probe.stdout}${probe.stderr}`.trim().split("\n").pop()?.trim().slice(0, 500);
          throw new ConfigurationError(`${exe} fails before pytest can start (${how}, even for \`${exe} -c "import pytest"\`)${last ? `: ${last}` : ""}`, {
            fix: "repair or reinstall that Python and its pytest (on a runner: actions/setup-python), or put a working python3 first on PATH",
          });
        }
      }
      if (result.signal) return { status: "failed", reason: `pytest was killed by ${result.signal} (a crash in the suite's code or a library it loads)`, output: tail };
      // pytest's exit code 4: a usage error (an unknown option, a path that does not exist): the invocation's fault.
      return { status: "failed", reason: `pytest did not run the suite (exit code ${result.exitCode})`, output: tail, environment: result.exitCode === 4 };
    }
    // pytest wrote the report; the suite's own code (a conftest hook, an atexit) may have changed or replaced it since:
    // a report that cannot be read is the suite's outcome (exit 1 with the reason), never astro-ci's bug.
    let xml: string;
    let report: JUnitReport;
    try {
      xml = readSuiteText(junitCopy, JUNIT_LIMIT);
      report = parseJUnitXml(xml);
    } catch (error) {
      if (!(error instanceof JUnitParseError) && !(error as NodeJS.ErrnoException).code) throw error;
      const why = error instanceof JUnitParseError ? error.message : fsErrorReason(error as NodeJS.ErrnoException);
      return { status: "failed", reason: `pytest's JUnit report (${junitName}, which the suite's own code can change) cannot be read: ${why}`, output: tail };
    }
    const junitPath = keepJUnitReport(xml, options.workDir, options.logger);
    return { status: "ran", exitCode: result.exitCode, report, junitPath, output, environment: description };
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
    released(sandbox);
  }
}

/** Where pytest's cache goes in the throwaway copy (`-o cache_dir=`); left out of the copy, as `.pytest_cache` is. */
const PYTEST_CACHE_NAME = ".astro-ci-pytest-cache";

/** Whether the progress plugin saw pytest's junitxml plugin disabled (a suite's `addopts = -p no:junitxml`). */
function junitDisabled(progressPath: string): boolean {
  try {
    return (JSON.parse(readSuiteText(progressPath, PROGRESS_LIMIT)) as { junitxml?: unknown }).junitxml === false;
  } catch {
    return false;
  }
}

/** `90 s`, `30 min`, `1.5 h` for messages. */
function formatSeconds(seconds: number): string {
  if (seconds >= 3600 && seconds % 360 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 6 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function readOrEmpty(path: string): string {
  try {
    return readSuiteText(path, PROGRESS_LIMIT);
  } catch {
    return "";
  }
}

/** Bounds of the files the suite's run writes where its own code can replace them (the JUnit report, the progress file and its stack dump). */
const JUNIT_LIMIT = 256 * 1024 * 1024;
const PROGRESS_LIMIT = 16 * 1024 * 1024;

/**
 * A file the suite's run wrote, in its sandbox, as text: the suite's code may have replaced it with a FIFO, a device
 * or a huge file, so a regular file of at most `limit` bytes only (readRegularFileSync: non-blocking, never past the
 * limit). Errors: readRegularFileSync's (EINVAL for a special file), EFBIG above the limit.
 */
function readSuiteText(path: string, limit: number): string {
  const read = readRegularFileSync(path, limit);
  if (typeof read === "number") throw fileTooLargeError(path, read, limit, "for files the test run writes", "make the suite leave pytest's report and astro-ci's progress file alone");
  return read.toString("utf8");
}

/**
 * Whether the time limit stopped pytest, and what it was doing then (see TestTimeout): the plugin's stack dump
 * (`<progress>.stack`, written only when its watchdog fired) or our backstop kill says it stopped; the progress file
 * and the dump say where (see pytestPosition). `projectRoot` is the absolute folder pytest ran in, as the dump's paths
 * name it. Undefined when the run ended by itself.
 */
export function stoppedByTimeLimit(progressPath: string, seconds: number, killed: boolean, projectRoot?: string): TestTimeout | undefined {
  const stack = readOrEmpty(`${progressPath}.stack`);
  if (!killed && !/\bFile "/.test(stack)) return undefined;
  return { seconds, ...pytestPosition(readOrEmpty(progressPath), stack, projectRoot) };
}

/**
 * Whether pytest's process ended in the middle of the run (see TestCrash): the progress file's last record is a test
 * or a node being collected, which pytest replaces with "finished" whenever it ends by itself (failures, errors,
 * an interrupt, an internal error); while it loads the first conftest.py files, only a signal or an exit code that
 * is not pytest's (0, or above 5) counts, as pytest's usage and configuration errors end there too. `output` is what
 * pytest printed: its faulthandler's dump of a native crash gives the line. Undefined otherwise.
 */
export function endedDuringRun(progressPath: string, output: string, projectRoot: string, exitCode: number, signal?: string): TestCrash | undefined {
  const position = pytestPosition(readOrEmpty(progressPath), output, projectRoot);
  const during = position.phase === "test" || position.phase === "collect" || (position.phase === "startup" && (signal !== undefined || exitCode === 0 || exitCode > 5));
  if (!during) return undefined;
  return { ...position, exitCode, ...(signal ? { signal } : {}) };
}

/** What a TestCrash means, in a sentence: where the suite stopped, and how. */
function crashReason(crash: TestCrash): string {
  const where = crash.phase === "test" ? `during ${crash.nodeid}` : crash.phase === "collect" ? `while collecting ${crash.nodeid || "the tests"}` : `while loading ${loading(crash.file)}`;
  const how = crash.signal
    ? `pytest was killed by ${crash.signal} (${crash.signal === "SIGKILL" ? "by the suite's code, or by the system, e.g. out of memory" : "a crash in the suite's code or a library it loads"})`
    : `its code ended pytest's process (exit code ${crash.exitCode}, as os._exit() does) before the run was over`;
  return `the suite stopped ${where}: ${how}; no test results were kept`;
}

/** What pytest was loading at start-up: the conftest.py, else the file of the suite it was in. */
function loading(file: string | undefined): string {
  if (!file) return "the suite's conftest.py files";
  return file === "conftest.py" || file.endsWith("/conftest.py") ? file : `the suite's conftest.py files (in ${file})`;
}

/**
 * Where pytest was (see PytestPosition), from the progress plugin's last record and a faulthandler stack dump (most
 * recent call first; the thread running pytest before the others). The line is the deepest frame in the test's or
 * module's file in the dump, else the test's `def` line; without such a file (loading a conftest.py, collecting a
 * folder), the deepest frame of the dump in a project file (under `projectRoot`, not in an installed package) gives
 * both. Never a folder: a place not in a file is left out.
 */
export function pytestPosition(progressText: string, stack: string, projectRoot?: string): PytestPosition {
  let progress: { phase?: unknown; nodeid?: unknown; file?: unknown; line?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(progressText || "{}");
    if (parsed && typeof parsed === "object") progress = parsed as typeof progress;
  } catch {
    // a write cut short by the stop: what it was doing is unknown
  }
  const recorded = progress.phase === "test" || progress.phase === "collect" || progress.phase === "startup" || progress.phase === "finished" ? progress.phase : "unknown";
  const nodeid = typeof progress.nodeid === "string" ? progress.nodeid : undefined;
  const phase = recorded === "finished" ? "unknown" : recorded === "unknown" && nodeid ? "collect" : recorded;
  // A test's file from pytest's location; while collecting, the module being collected (its node id is its path).
  const located = typeof progress.file === "string" ? progress.file : phase === "collect" && nodeid?.endsWith(".py") ? nodeid : undefined;
  let file = located && !located.startsWith("/") && !located.split("/").includes("..") ? located : undefined;
  let line = typeof progress.line === "number" && Number.isInteger(progress.line) && progress.line > 0 ? progress.line : undefined;
  const frames = stackFrames(stack);
  if (file) {
    const known = file;
    const frame = frames.find((f) => f.path === known || f.path.endsWith(`/${known}`));
    if (frame) line = frame.line;
  } else if (projectRoot) {
    const prefix = projectRoot.endsWith("/") ? projectRoot : `${projectRoot}/`;
    const frame = frames.find((f) => f.path.startsWith(prefix) && f.path.endsWith(".py") && !/\/(?:site|dist)-packages\//.test(f.path));
    if (frame) {
      const relative = frame.path.slice(prefix.length);
      if (!relative.split("/").includes("..")) {
        file = relative;
        line = frame.line;
      }
    }
  }
  return { phase, ...(nodeid !== undefined ? { nodeid } : {}), ...(file ? { file } : {}), ...(file && line ? { line } : {}) };
}

/**
 * The frames of a faulthandler dump (`File "/abs/x.py", line 3 in f`), most recent call first, the thread running
 * pytest (the one with `_pytest` frames) before the others.
 */
function stackFrames(stack: string): { path: string; line: number }[] {
  const threads = stack.split(/^(?=(?:Current thread|Thread) 0x)/m);
  const ordered = [...threads.filter((t) => t.includes("/_pytest/")), ...threads.filter((t) => !t.includes("/_pytest/"))];
  return ordered.flatMap((thread) => [...thread.matchAll(/^\s*File "([^"\n]+)", line (\d+)/gm)].map((m) => ({ path: m[1] as string, line: Number(m[2]) })));
}

/**
 * A conftest.py pytest could not load, from its output: "ImportError while loading conftest '/abs/tests/conftest.py'."
 * then the traceback, whose last `tests/conftest.py:LINE: in ...` line is where the error came from in that file,
 * and the `E   Exc: message` line. The path is returned relative to `root` (the folder pytest ran in).
 */
export function conftestFailure(output: string, root: string): { file: string; line: number; message: string } | undefined {
  const loaded = /(?:ImportError|Error) while loading conftest '([^'\n]+)'/.exec(output)?.[1];
  if (!loaded) return undefined;
  const prefix = root.endsWith("/") ? root : `${root}/`;
  const file = loaded.startsWith(prefix) ? loaded.slice(prefix.length) : loaded;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = [...output.matchAll(new RegExp(`^(?:${escape(file)}|${escape(loaded)}):(\\d+): `, "gm"))];
  const line = Number(lines.pop()?.[1] ?? 1);
  const message = [...output.matchAll(/^E {3}(.+)$/gm)].pop()?.[1]?.trim() ?? "the conftest raised an error";
  return { file, line, message };
}

/**
 * Copy a project into the test sandbox without `.git`, `node_modules`, `__pycache__`, astro-ci's cache and pytest's
 * (a developer's `.pytest_cache` would make a suite's `--lf` run only what failed on their machine). Special
 * files (FIFOs, sockets, devices) are left out and returned (project-relative path, what it is): `cpSync` refuses
 * them, and reading a FIFO would hang.
 */
export function copyProjectForTests(projectRoot: string, copy: string): { path: string; what: string }[] {
  const skipped: { path: string; what: string }[] = [];
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => {
      const relativePath = source.slice(projectRoot.length).replace(/^[\\/]+/, "");
      if (/(^|[\\/])(\.git|node_modules|__pycache__|\.astro-ci-cache|\.pytest_cache|\.astro-ci-pytest-cache)([\\/]|$)/.test(relativePath)) return false;
      let info;
      try {
        info = lstatSync(source);
      } catch {
        return true; // let cpSync report what is wrong with it
      }
      const what = describeSpecialFile(info);
      if (what) skipped.push({ path: relativePath, what });
      return what === undefined;
    },
  });
  return skipped;
}

/**
 * Keep the suite's JUnit XML at `<workDir>/junit.xml` and return its path. The suite has run by then, so a work folder
 * that cannot be written (a read-only home, a full disk) does not throw its results away: the file goes to a new
 * temp folder instead, with a warning naming why and the fix. Errors other than the file system's are thrown.
 */
export function keepJUnitReport(xml: string, workDir: string, logger: Logger): string {
  try {
    makeDirectorySync(workDir);
    const path = join(workDir, "junit.xml");
    writeFileSync(path, xml);
    return path;
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    const path = join(mkdtempSync(join(tmpdir(), "astro-ci-test-")), "junit.xml");
    writeFileSync(path, xml);
    logger.warning(`${workDir}: ${reason}; the JUnit report is kept at ${path} instead (give --work-dir, or the action's cache input, a folder that can be written)`);
    return path;
  }
}
