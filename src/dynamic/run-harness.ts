import { createInterface } from "node:readline";
import { basename, relative, sep } from "node:path";
import type { DagInfo, Finding, Level } from "../core/findings.js";
import { onStop } from "../util/temp-dirs.js";
import { signalName, spawnProjectCode, trackDescendants } from "./command-runner.js";
import { validateHarnessResult } from "./harness-result-validator.generated.js";

/** What the harness reports for one DAG file. */
export interface FileImportResult {
  /** Absolute path, as sent. */
  file: string;
  status: "ok" | "error" | "timeout" | "crash";
  /**
   * `line`: in the DAG file, from the traceback; `dag_id`: the DAG an error without a traceback names; `kind: "timeout"`:
   * Airflow's own timeout fired; `member`/`member_line`: for a zip, the file inside it DagBag files the error under
   * (`<zip>/<member>`) and the line there. `raised_file`/`raised_line`: where the error was raised when that is
   * another file of the project (a helper in include/ with a SyntaxError, a NameError inside include/settings.py),
   * as the harness's Python sees the path (absolute); `line` stays the DAG file's line that imported or called it.
   */
  import_errors: { message: string; traceback: string; line: number | null; dag_id?: string | null; kind?: "timeout"; member?: string | null; member_line?: number | null; raised_file?: string | null; raised_line?: number | null }[];
  /**
   * What DagBag recorded in `captured_warnings` for the file, once each: `message` ("category: text"), `line` in the
   * DAG file it concerns (where it was raised, or the DAG file's line that called the code raising it), and `where`
   * it was raised when that is another file or a zip's member ("path:line").
   */
  warnings: { message: string; line: number | null; where?: string | null }[];
  /** What Airflow loaded; `line`: where in the file the DAG object was created. */
  dags: { dag_id: string; fileloc?: string; line?: number | null; tags: string[]; owner?: unknown; retries?: unknown; schedule?: unknown; catchup?: unknown; task_ids: string[] }[];
  /** DAGs the file created that Airflow did not load (a cycle, an invalid schedule, a duplicate within the file). */
  not_loaded?: { dag_id: string; line: number | null }[];
  /**
   * dag_ids the file created as more than one DAG that DagBag bagged without an error: `lines` where they were
   * created (sorted, one per line), `count` objects, `kept_line` where the one Airflow kept this time was created.
   */
  duplicates?: { dag_id: string; lines: number[]; count: number; kept_line: number | null }[];
  /**
   * What the import wrote, created, renamed or deleted inside the project (project-relative path), and on which line;
   * `process`: done by a process the import started (before it was killed at the import's end), on the line that
   * started the first one.
   */
  project_writes?: { path: string; action: "writes" | "creates" | "renames" | "deletes"; line: number | null; process?: boolean }[];
  duration_ms: number;
  output?: string;
  /** Listed in .astro/dag_integrity_exceptions.txt. */
  excepted: boolean;
}

export interface HarnessRequest {
  project_root: string;
  dags_folder: string;
  files: string[];
  timeout_seconds: number;
  max_workers: number;
  stub_lookups: boolean;
  extra_sys_path?: string[];
  /** Warm the parent before forking (default true): common modules plus one representative DAG. */
  warm_up?: boolean;
  integrity_exceptions: string[];
  /** Resident memory an import may use before it is stopped (a crash result); its address space may reach 4x. */
  memory_limit_mb?: number;
}

export type HarnessOutcome =
  | {
      status: "ok";
      airflowVersion: string;
      dagbagModule: string;
      results: FileImportResult[];
      /** The harness's Python, e.g. "3.11.7". */
      pythonVersion?: string;
      /** How many times the warm Airflow process was started again after it died mid-run (see runImportHarness). */
      harnessRestarts?: number;
    }
  | { status: "airflow-unavailable"; message: string }
  | { status: "failed"; message: string };

/**
 * Starts a process and streams its stdout lines; the one side effect of the harness runner. `env` holds extra
 * variables for the child on top of the clean project-code environment (see `projectCodeEnvironment`). `signal`: the
 * signal that ended the process, when one did (`exitCode` is then null).
 */
export interface ProcessRunner {
  run(command: string, args: string[], options: { stdin: string; env?: NodeJS.ProcessEnv; onLine(line: string): void; timeoutMs: number }): Promise<{ exitCode: number | null; stderr: string; timedOut: boolean; signal?: string }>;
}

/**
 * The harness in a process group of its own (a DAG file that signals its parent's group reaches the harness, not
 * astro-ci), its descendants followed and killed with it when it ends (trackDescendants: the workers die with it on
 * their own, what their imports started may not), and killed when astro-ci is stopped. Not `docker run` (image mode):
 * the harness runs in the container's own process namespace, where no DAG file sees astro-ci, and the CLI stays in
 * astro-ci's group so that Ctrl-C reaches it (it passes the signal on into the container).
 */
export const nodeProcessRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve) => {
      const local = basename(command) !== "docker";
      const child = spawnProjectCode(command, args, { extraEnv: options.env, stdin: "pipe", ownProcessGroup: local });
      const tree = local && child.pid !== undefined ? trackDescendants(child.pid) : undefined;
      const kill = (): void => {
        if (tree) tree.killAll();
        else child.kill("SIGKILL");
      };
      const forget = local ? onStop(kill) : () => undefined;
      const resume = local && child.pid !== undefined ? keepRunning(child.pid) : undefined;
      let stderr = "";
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        kill();
      }, options.timeoutMs);
      const finish = (result: { exitCode: number | null; stderr: string; timedOut: boolean; signal?: string }): void => {
        clearTimeout(timer);
        if (resume) clearInterval(resume);
        forget();
        tree?.stop();
        resolve(result);
      };
      child.stderr?.on("data", (chunk: Buffer) => {
        if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
      });
      if (child.stdout) createInterface({ input: child.stdout }).on("line", options.onLine);
      child.on("error", (error) => finish({ exitCode: null, stderr: `${stderr}${error.message}`, timedOut }));
      // Whatever the harness left running goes at once: orphans of a killed harness would go on changing the project.
      child.on("exit", () => {
        // No SIGCONT after the exit: the group's id may be reused before stdio drains.
        if (resume) clearInterval(resume);
        tree?.killAll();
      });
      child.on("close", (code, signal) => finish({ exitCode: code, stderr, timedOut, ...(signal ? { signal } : {}) }));
      child.stdin?.end(options.stdin);
    });
  },
};

/** How often the harness's process group is sent SIGCONT (keepRunning), in milliseconds. */
export const RESUME_INTERVAL_MS = 250;

/**
 * Sends SIGCONT to the harness's process group every RESUME_INTERVAL_MS while it runs. A DAG file can stop the warm
 * Airflow process or a worker without Python's `os.kill` (which the harness refuses): `subprocess.run(["kill",
 * "-STOP", str(os.getppid())])`. A stopped warm process never answers, so the run hung until the CI job's own limit;
 * continued, it goes on (a stopped import itself still ends at its timeout). SIGCONT to a running process does
 * nothing. Returns the interval (unref'd), for clearInterval.
 */
function keepRunning(group: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    try {
      process.kill(-group, "SIGCONT");
    } catch {
      // the group is gone
    }
  }, RESUME_INTERVAL_MS);
  timer.unref();
  return timer;
}

/**
 * How many times runImportHarness starts the warm Airflow process again after it died mid-run (a DAG file killed it):
 * past that, the files not imported yet get an import-crash result saying they were not checked.
 */
export const MAX_HARNESS_RESTARTS = 5;

/** What one run of the harness process reported. */
interface HarnessRun {
  results: FileImportResult[];
  /** Files a worker was given, in that order (`started` lines). */
  started: string[];
  warm?: { airflow_version: string; dagbag_module: string; python?: string };
  done?: { airflow_version: string; dagbag_module: string; python?: string };
  fatal?: { message: string };
  garbage: number;
  outcome: { exitCode: number | null; stderr: string; timedOut: boolean; signal?: string };
}

const pythonVersionOf = (value: unknown): string | undefined => (typeof value === "string" && /^\d+\.\d+(\.\d+)?/.test(value) ? value : undefined);

async function runHarnessOnce(
  options: Parameters<typeof runImportHarness>[0],
  request: HarnessRequest,
  timeoutMs: number,
  onResult: (result: FileImportResult) => void,
): Promise<HarnessRun> {
  const requested = new Set(request.files);
  const run: Omit<HarnessRun, "outcome"> = { results: [], started: [], garbage: 0 };
  const versions = (message: Record<string, unknown>): { airflow_version: string; dagbag_module: string; python?: string } => ({
    airflow_version: String(message.airflow_version ?? "unknown"),
    dagbag_module: String(message.dagbag_module ?? ""),
    python: pythonVersionOf(message.python),
  });
  const outcome = await (options.runner ?? nodeProcessRunner).run(options.python, [...(options.pythonArgs ?? []), options.harnessPath], {
    stdin: JSON.stringify(request),
    env: options.env,
    timeoutMs,
    onLine(line) {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        run.garbage++;
        return;
      }
      if (typeof message !== "object" || message === null) run.garbage++;
      else if (message.fatal) run.fatal = { message: String(message.message ?? message.fatal) };
      else if (message.done) run.done = versions(message);
      else if (message.warm === true) run.warm = versions(message);
      else if (typeof message.started === "string" && requested.has(message.started)) run.started.push(message.started);
      else if (isFileImportResult(message, requested)) {
        run.results.push(message);
        onResult(message);
      } else run.garbage++;
    },
  });
  return { ...run, outcome };
}

/**
 * A file's result when the harness could not give one: a crash, with `message` as its one error; `excepted` as the
 * harness says it (listed in .astro/dag_integrity_exceptions.txt, relative to the project or to dags/).
 */
function crashResult(file: string, message: string, request: HarnessRequest): FileImportResult {
  const excepted = [relative(request.project_root, file), relative(request.dags_folder, file)].some((path) => request.integrity_exceptions.includes(toPosix(path)));
  return { file, status: "crash", import_errors: [{ message, traceback: "", line: null }], warnings: [], dags: [], duration_ms: 0, excepted };
}

/** How the warm Airflow process ended, for a message: "signal SIGKILL", "exit code 1". */
const endedBy = (outcome: HarnessRun["outcome"]): string => (outcome.signal ? `signal ${outcome.signal}` : outcome.exitCode === null ? "an unknown cause" : `exit code ${outcome.exitCode}`);

/**
 * The signal that killed the harness process: Node's own word, or an exit code of 128 + its number (`docker run`
 * exits 137 when the process it runs is killed with SIGKILL); undefined when it exited on its own.
 */
function killedBy(outcome: HarnessRun["outcome"]): string | undefined {
  if (outcome.signal) return outcome.signal;
  return outcome.exitCode === null ? undefined : signalName(outcome.exitCode - 128);
}

/**
 * Run the harness and collect its JSON lines. Never throws for a broken DAG: that is a result, not a failure.
 *
 * Once Airflow is imported and warm (the harness's `warm` line), a death of the harness process is a DAG file's doing,
 * never "no Airflow": a file that kills its parent (`os.kill(os.getppid(), SIGKILL)` through a subprocess or native
 * code; the harness itself refuses the Python call) or the parent's process group. The file being imported when it
 * died, when it was the only one, gets an import-crash result naming what happened; with several in flight, those are
 * imported again one at a time first, so that the next death names one file. The harness is started again for the
 * files not imported yet, at most MAX_HARNESS_RESTARTS times; past that they get an import-crash result saying they were
 * not checked (never a clean run with files unchecked).
 */
export async function runImportHarness(options: {
  python: string;
  /** Arguments before the harness path, e.g. the rest of a `docker run ... python` command. */
  pythonArgs?: string[];
  harnessPath: string;
  request: HarnessRequest;
  runner?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  onResult?: (result: FileImportResult) => void;
}): Promise<HarnessOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  const results: FileImportResult[] = [];
  const reported = new Set<string>();
  const take = (result: FileImportResult & { amended?: unknown }): void => {
    const { amended, ...rest } = result;
    if (reported.has(rest.file)) {
      // A file the harness found, after reporting it, to have killed another file's import: its crash replaces that.
      const at = results.findIndex((r) => r.file === rest.file);
      if (amended === true && at !== -1) results[at] = rest;
      return;
    }
    reported.add(rest.file);
    results.push(rest);
    options.onResult?.(rest);
  };
  const relativeToProject = (file: string): string => toPosix(relative(options.request.project_root, file));
  let versions: HarnessRun["done"];
  let restarts = 0;
  let runs = 0;
  let suspects: string[] = [];
  let lastDeath: { file?: string; how: string } | undefined;
  for (;;) {
    const pending = options.request.files.filter((f) => !reported.has(f));
    if (pending.length === 0) break;
    const alone = suspects.filter((f) => !reported.has(f));
    suspects = alone;
    const request = alone.length > 0 ? { ...options.request, files: alone, max_workers: 1 } : { ...options.request, files: pending };
    runs++;
    const run = await runHarnessOnce(options, request, Math.max(1000, deadline - Date.now()), take);
    const { outcome } = run;
    versions = run.done ?? run.warm ?? versions;
    if (versions === undefined) {
      // Airflow never got warm: nothing of the project's DAG files ran yet.
      if (run.fatal) return { status: "airflow-unavailable", message: run.fatal.message };
      if (outcome.exitCode === null && !outcome.timedOut && !outcome.signal) return { status: "airflow-unavailable", message: `cannot start ${options.python}: ${outcome.stderr.trim()}` };
    }
    if (outcome.timedOut) return { status: "failed", message: `the import harness did not finish within ${Math.round(options.timeoutMs / 1000)} s` };
    const stderrTail = outcome.stderr.trim().split("\n").slice(-3).join(" | ");
    if (run.done) {
      // Every file gets a result: one the harness did not report readably is a crash of that file, never a clean import.
      for (const file of request.files) {
        if (!reported.has(file)) take(crashResult(file, "the import harness reported no readable result for this file (does it write to a file descriptor it did not open?)", options.request));
      }
      continue; // after suspects imported alone, the rest of the files
    }
    // A harness that ended on its own before its `done` line failed (a bug of ours); one killed before Airflow was
    // warm never ran a DAG file. Only a kill after that is a DAG file's doing.
    const killed = run.warm ? killedBy(outcome) : undefined;
    if (!killed && restarts === 0) {
      return { status: "failed", message: `the import harness stopped early (${endedBy(outcome)})${run.garbage ? `, ${run.garbage} unreadable lines` : ""}: ${stderrTail}` };
    }
    // Started again, the harness failed otherwise (Airflow no longer imports: a DAG file's process broke the
    // environment): no use trying again.
    const broken = !killed ? (run.fatal?.message ?? `${endedBy(outcome)}: ${stderrTail}`) : undefined;
    // The warm process was killed mid-run. The files it was importing without a result: one is to blame; several are
    // imported again one at a time.
    const inFlight = [...new Set(run.started)].filter((f) => !reported.has(f));
    const how = `signal ${killed}`;
    if (broken === undefined && inFlight.length === 1 && inFlight[0] !== undefined) {
      const file = inFlight[0];
      take(
        crashResult(
          file,
          `the import killed astro-ci's Airflow process, the parent of the process importing the file (it ended with ${how} while this file, and no other, was being imported): ` +
            "in Airflow's scheduler that parent is the DAG file processor manager, which parses every DAG file and would be killed at each parse of this one",
          options.request,
        ),
      );
      lastDeath = { file: relativeToProject(file), how };
    } else if (broken === undefined) {
      if (inFlight.length > 1) suspects = inFlight;
      lastDeath = { how };
    }
    if (broken !== undefined || ++restarts > MAX_HARNESS_RESTARTS) {
      const why =
        broken !== undefined
          ? `astro-ci's Airflow process died during the run${lastDeath?.file ? ` (while importing ${lastDeath.file})` : ""} and, started again, failed (${broken})`
          : `astro-ci's Airflow process died ${restarts} times during the run (${lastDeath?.how ?? how}${lastDeath?.file ? `, the last time while importing ${lastDeath.file}` : ""}) and was not started again`;
      for (const file of options.request.files) if (!reported.has(file)) take(crashResult(file, `not checked: ${why}, so this file was not imported`, options.request));
      break;
    }
  }
  if (versions === undefined) return { status: "failed", message: "the import harness reported nothing" };
  return { status: "ok", airflowVersion: versions.airflow_version, dagbagModule: versions.dagbag_module, results, pythonVersion: versions.python, ...(runs > 1 ? { harnessRestarts: runs - 1 } : {}) };
}

/**
 * Whether a line from the harness has the shape of a file's result (HARNESS_RESULT_SCHEMA, harness-result-schema.ts)
 * for one of the files sent. The harness checks what its workers report (DAG code runs there), and this checks the
 * harness: a line of another shape is counted as unreadable, and its file then gets a crash result.
 */
export function isFileImportResult(value: Record<string, unknown>, requested: ReadonlySet<string>): value is Record<string, unknown> & FileImportResult {
  return (validateHarnessResult as (data: unknown) => boolean)(value) && requested.has(value.file as string);
}

const toPosix = (p: string): string => p.split(sep).join("/");

/**
 * A line for a finding: an integer of at least 1. Python reports some errors on line 0 (a SyntaxError about the
 * file's encoding: an unknown codec in the coding cookie, a BOM beside another codec), and SARIF and editors count
 * from 1; such an error concerns the top of the file.
 */
export function findingLine(line: number | null | undefined): number {
  return typeof line === "number" && Number.isFinite(line) && line >= 1 ? Math.floor(line) : 1;
}

/** The fixes for import errors by what Python or Airflow raised, most specific first. */
const IMPORT_ERROR_FIXES: [RegExp, string][] = [
  [/^not checked: /, "correct the files reported as killing astro-ci's Airflow process (import-crash) and run again: this file is imported once they no longer do"],
  [
    /astro-ci refused the signal|killed astro-ci's Airflow process|kills other processes importing DAG files/,
    "do not signal processes at import: module-level code runs at every parse, in the scheduler's DAG file processor; stop or signal processes from a task, and only ones it started",
  ],
  [/\bSerializationError\b.*not registered/, "register the timetable in a plugin: an AirflowPlugin subclass in plugins/ with `timetables = [YourTimetable]`, the class imported from there"],
  [/\b(ModuleNotFoundError|ImportError)\b/, "add the package that provides it to requirements.txt, or correct the import (the project's modules import from the project root: `from include.x import y`)"],
  [/\b(SyntaxError|IndentationError|TabError)\b/, "correct the syntax where Python points"],
  [/\bNameError\b/, "define or import the name before this line runs"],
  [/\bAirflowDagCycleException\b/, "remove the dependency that closes the cycle (around the faulty task)"],
  [/\bDuplicateTaskIdFound\b/, "give each task in the DAG its own task_id"],
  [/Invalid arguments were passed/, "remove or correct the arguments the message lists (a misspelt keyword is not accepted)"],
  [/\b(AirflowTimetableInvalid|Invalid timetable|cron expression)\b/i, "correct the schedule: a 5-field cron expression, a preset (@daily), a timedelta, datasets or a timetable"],
];

/** The fixes for an import error raised in another file of the project (`where`: "include/alerts.py:1"), by what was raised. */
const RAISED_ELSEWHERE_FIXES: [RegExp, (where: string) => string][] = [
  [/\b(ModuleNotFoundError|ImportError)\b/, (where) => `the failing import is in ${where}: add the package that provides it to requirements.txt, or correct that import (the project's modules import from the project root: \`from include.x import y\`)`],
  [/\b(SyntaxError|IndentationError|TabError)\b/, (where) => `correct the syntax in ${where}, where Python points (this file only imports it)`],
  [/\bNameError\b/, (where) => `define or import the name in ${where} before that line runs`],
];

/**
 * The fix for an import error: by what was raised where it is known, else the general one. Raised in another file of
 * the project (`where`), the fix points there: this file's line only imports or calls it.
 */
function importErrorFix(message: string, where?: string): string {
  if (where) {
    const elsewhere = RAISED_ELSEWHERE_FIXES.find(([pattern]) => pattern.test(message))?.[1];
    if (elsewhere) return elsewhere(where);
    const fix = IMPORT_ERROR_FIXES.find(([pattern]) => pattern.test(message))?.[1];
    return fix ? `${fix}; it is raised in ${where}, which this line imports or calls` : `correct the code in ${where}, where the error is raised (this line imports or calls it): the scheduler runs a DAG file's module-level code, and what it imports, at every parse, and this error stops it`;
  }
  return IMPORT_ERROR_FIXES.find(([pattern]) => pattern.test(message))?.[1] ?? "correct the code where the error is raised: the scheduler runs a DAG file's module-level code at every parse, and this error stops it";
}

/**
 * `message` with the DAG file's absolute path (`absolute`, as the harness result has it: DagBag's timeout message
 * names the path it was given) written as `file`, relative to the repository as every finding's path is.
 */
function withRelativePath(message: string, absolute: string, file: string): string {
  return absolute && absolute !== file ? message.split(absolute).join(file) : message;
}

/**
 * Where an import error was raised when that is another file of the project: "include/alerts.py:1", relative to the
 * repository as findings' paths are; undefined when it was raised in the DAG file itself (or is not known).
 */
function raisedElsewhere(error: ImportError, repoRoot: string, dagFile: string): string | undefined {
  if (typeof error.raised_file !== "string" || !error.raised_file) return undefined;
  const path = toPosix(relative(repoRoot, error.raised_file));
  if (path === dagFile) return undefined;
  return typeof error.raised_line === "number" && error.raised_line >= 1 ? `${path}:${Math.floor(error.raised_line)}` : path;
}

/**
 * Values Airflow's lookups return only because they are stubbed while the files are imported (install_stubs in the
 * harness, as `astro dev parse` does): `Variable.get` without a default ('NON_DEFAULT_MOCKED_VARIABLE_VALUE', a
 * MagicDict's 'MOCKED_KEY_VALUE' for JSON), `os.getenv` of an unset name without a default ('MOCKED_<NAME>_VALUE').
 */
const STUBBED_VALUE = /\b(NON_DEFAULT_MOCKED_VARIABLE_VALUE|MOCKED_KEY_VALUE|MOCKED_[A-Z0-9_]+_VALUE)\b/;

/** The fix for a warning DagBag recorded: a deprecation names its replacement; anything else is the file's to settle. */
function warningFix(message: string): string {
  return /Deprecat|RemovedInAirflow/.test(message.split(":")[0] ?? "")
    ? "replace the deprecated usage as the warning says (it stops working in a later Airflow)"
    : "change the code the warning is about, or, if it is expected, silence it in the DAG file (warnings.filterwarnings) so the parse stays clean";
}

type ImportError = FileImportResult["import_errors"][number];

/** The DAG line for an error Airflow reports without a traceback line: the DAG it names, else the file's only DAG. */
function dagLineFor(error: ImportError, result: FileImportResult, file: string, staticDags: DagInfo[]): number | undefined {
  const inFile = staticDags.filter((d) => d.file === file);
  const named = error.dag_id ?? [...result.dags, ...(result.not_loaded ?? [])].map((d) => d.dag_id).find((id) => error.message.includes(id));
  if (named !== undefined) {
    const known = inFile.find((d) => d.dagId === named);
    if (known) return known.line;
    const seen = [...(result.not_loaded ?? []), ...result.dags].find((d) => d.dag_id === named && typeof d.line === "number");
    if (seen?.line) return seen.line;
  }
  // One DAG the file created was rejected (an invalid schedule names no dag_id): that one.
  const rejected = result.not_loaded ?? [];
  if (rejected.length === 1 && rejected[0]) {
    const known = inFile.find((d) => d.dagId === rejected[0]?.dag_id);
    if (known) return known.line;
    if (typeof rejected[0].line === "number") return rejected[0].line;
  }
  if (inFile.length === 1) return inFile[0]?.line;
  return undefined;
}

/**
 * Where the error names a DAG argument — an unexpected keyword, an invalid schedule — the line of that argument in
 * the DAG call at (or nearest after) `line`, from the static inventory's argument spans; else `line` unchanged.
 */
function argumentLine(error: ImportError, file: string, line: number | undefined, staticDags: DagInfo[]): number | undefined {
  const keyword = /unexpected keyword argument '([A-Za-z_][A-Za-z0-9_]*)'/.exec(error.message)?.[1];
  const name = keyword ?? (/AirflowTimetableInvalid|Invalid timetable|not acceptable|cron expression/i.test(error.message) ? "schedule" : undefined);
  if (!name) return line;
  const candidates = staticDags
    .filter((d) => d.file === file && d.arguments?.some((a) => a.name === name || (name === "schedule" && a.name === "schedule_interval")))
    .sort((a, b) => Math.abs(a.line - (line ?? a.line)) - Math.abs(b.line - (line ?? b.line)));
  const dag = candidates[0];
  if (!dag || (line !== undefined && candidates.length > 1 && dag.line !== line)) return line;
  return dag.arguments?.find((a) => a.name === name || (name === "schedule" && a.name === "schedule_interval"))?.line ?? line;
}

/**
 * Harness results as findings on the DAG file's lines, with paths relative to the repository. An error with a
 * traceback lands on the deepest line of the DAG file in it; one without (cycles, invalid schedules, duplicate
 * dag_ids within the file) on the line of the DAG it names — from `staticDags` when given, else where Airflow
 * created it — and only then on line 1.
 */
export function importResultsToFindings(results: FileImportResult[], options: { repoRoot: string; staticDags?: DagInfo[]; duplicateLevel?: Level }): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    const file = toPosix(relative(options.repoRoot, result.file));
    findings.push(...duplicateFindings(result, file, options.staticDags ?? [], options.duplicateLevel ?? "error"));
    for (const error of result.import_errors) {
      const checkId = result.status === "timeout" || error.kind === "timeout" ? "import-timeout" : result.status === "crash" ? "import-crash" : "import-error";
      // A zip's error is filed under the file inside it: the finding is on the zip, naming that file and its line.
      const member = typeof error.member === "string" ? `${error.member}${typeof error.member_line === "number" && error.member_line >= 1 ? ` line ${error.member_line}` : ""} (inside the zip): ` : "";
      // Raised in a project helper the DAG file imports or calls: named, and the fix points there.
      const where = checkId === "import-error" && !member ? raisedElsewhere(error, options.repoRoot, file) : undefined;
      const stubbed = checkId === "import-error" ? STUBBED_VALUE.exec(error.message)?.[1] : undefined;
      const notes = [
        ...(where ? [`raised in ${where}`] : []),
        ...(stubbed
          ? [`'${stubbed}' is a stand-in value: astro-ci stubs Variable.get, connections and os.getenv while importing, as astro dev parse does, so a lookup without a default returns it instead of the real value`]
          : []),
      ];
      findings.push({
        checkId,
        severity: result.excepted ? "notice" : "error",
        file,
        line: member ? 1 : findingLine(argumentLine(error, file, error.line ?? dagLineFor(error, result, file, options.staticDags ?? []), options.staticDags ?? [])),
        ...(error.dag_id ? { dagId: error.dag_id } : {}),
        message: `${result.excepted ? "(listed in .astro/dag_integrity_exceptions.txt) " : ""}${error.message.startsWith("not checked: ") ? "" : "Airflow cannot import this file: "}${member}${withRelativePath(error.message, result.file, file)}${notes.length ? ` (${notes.join("; ")})` : ""}`,
        fix:
          checkId === "import-timeout"
            ? "move slow work out of module level (into tasks); the scheduler stops imports after dagbag_import_timeout"
            : stubbed
              ? `${importErrorFix(error.message, where)}; where the real value is needed at parse time, give the lookup a default (Variable.get("x", default_var=...), os.getenv("X", "...")) or move it into a task`
              : importErrorFix(error.message, where),
      });
    }
    for (const warning of result.warnings) {
      findings.push({
        checkId: "import-warning",
        severity: "warning",
        file,
        line: findingLine(warning.line),
        message: `Airflow records this warning when it imports the file (DagBag's captured_warnings): ${warning.message}${warning.where ? ` (raised at ${warning.where})` : ""}`,
        fix: warningFix(warning.message),
      });
    }
    for (const write of result.project_writes ?? []) {
      if (typeof write?.path !== "string" || !(Number.isInteger(write.line) || (write.process === true && write.line === null))) continue;
      const who = write.process === true ? `a process started by importing this file${typeof write.line === "number" ? ` (line ${write.line})` : ""}` : "importing this file";
      findings.push({
        checkId: "import-side-effect",
        severity: result.excepted ? "notice" : "warning",
        file,
        line: findingLine(write.line),
        message:
          `${who} ${write.action} ${write.path} in the project: the scheduler runs module-level code at every parse of the file ` +
          "(min_file_process_interval, 30 s by default), so it happens again and again there — and this check just did it in the checkout",
        fix: "move the file work into a task, or write outside the project (a temporary folder)",
      });
    }
  }
  return findings;
}

/**
 * `duplicate-dag-id` for a dag_id the file created more than once, when only the import shows it (ids built at run
 * time, from a config or a factory): the static tier already reports, or was told to keep quiet about (`ignore[...]`,
 * level off), every duplicate it can see, i.e. two DAGs with that literal dag_id in the file. Same rule id and wording
 * as the static check (src/dags/checks.ts): DagBag keeps one of them, not always the same one, and says nothing.
 */
function duplicateFindings(result: FileImportResult, file: string, staticDags: DagInfo[], level: Level): Finding[] {
  if (level === "off") return [];
  const findings: Finding[] = [];
  for (const duplicate of result.duplicates ?? []) {
    if (staticDags.filter((d) => d.file === file && d.dagId === duplicate.dag_id).length > 1) continue;
    const where = duplicate.lines.length > 1 ? `on lines ${duplicate.lines.join(", ")}` : duplicate.lines.length === 1 ? `on line ${duplicate.lines[0]} (in a loop or a factory)` : "";
    findings.push({
      checkId: "duplicate-dag-id",
      severity: result.excepted ? "notice" : level,
      file,
      line: findingLine(duplicate.lines[0]),
      dagId: duplicate.dag_id,
      message:
        `${result.excepted ? "(listed in .astro/dag_integrity_exceptions.txt) " : ""}dag_id '${duplicate.dag_id}' is created ${duplicate.count} times in this file${where ? ` ${where}` : ""}: ` +
        "Airflow keeps one of them, not always the same one from one parse to the next, without an error anywhere (not even in astro dev parse)",
      fix: "give each DAG a unique dag_id",
    });
  }
  return findings;
}

/**
 * Merge what Airflow reported with the static inventory: dynamic values win where both know one, and every DAG
 * Airflow does not load is marked `loaded: false` with the reason: DAGs of files that failed to import, DAGs Airflow
 * created but rejected (a cycle, an invalid schedule), and every copy of a dag_id after the first in discovery
 * order (Airflow's DagBag keeps the first file it walks and reports the others). DAGs only Airflow saw (generated in
 * loops or by factories) join the list on the line where they were created.
 */
export function mergeDagInventories(staticDags: DagInfo[], dynamic: FileImportResult[], options: { repoRoot: string }): DagInfo[] {
  const merged = staticDags.map((dag) => ({ ...dag }));
  // "import error: <DagBag's message>" (its first line), or the kind alone when the result carries no error.
  const describe = (result: FileImportResult, error: ImportError | undefined): string => {
    const kind = result.status === "timeout" ? "import timed out" : result.status === "crash" ? "import crashed" : "import error";
    return error ? `${kind}: ${withRelativePath(error.message, result.file, toPosix(relative(options.repoRoot, result.file))).split("\n")[0]}` : kind;
  };
  const firstError = (result: FileImportResult): string => describe(result, result.import_errors[0]);
  for (const result of dynamic) {
    const file = toPosix(relative(options.repoRoot, result.file));
    const inFile = merged.filter((d) => d.file === file);
    if (result.dags.length === 0 && result.import_errors.length > 0) {
      for (const dag of inFile) Object.assign(dag, { loaded: false, notLoadedReason: firstError(result) });
    }
    // A clean import that did not make a DAG the static reading lists (made under `if os.environ.get(...) == "yes":`,
    // a branch that did not run here): not loaded, so no other file's DAG of that id is taken for a copy of it.
    if (result.status === "ok" && result.import_errors.length === 0) {
      const made = new Set([...result.dags, ...(result.not_loaded ?? [])].map((d) => d.dag_id));
      for (const dag of inFile) {
        if (typeof dag.dagId === "string" && dag.loaded !== false && !made.has(dag.dagId)) {
          Object.assign(dag, { loaded: false, notLoadedReason: "not made when the file was imported (made only under a condition that did not hold there)" });
        }
      }
    }
    for (const seen of result.not_loaded ?? []) {
      const match = inFile.find((d) => d.dagId === seen.dag_id);
      // The error that names the DAG (a cycle, an invalid schedule); else the file's own import error, which the
      // loop above already gave every DAG of a file that loaded none (DAGs made before a later line raised).
      const named = result.import_errors.find((e) => e.dag_id === seen.dag_id || e.message.includes(seen.dag_id));
      if (match && (named || match.loaded !== false)) Object.assign(match, { loaded: false, notLoadedReason: named ? describe(result, named) : "Airflow did not load it" });
    }
    for (const seen of result.dags) {
      // The same dag_id defined more than once in the file: DagBag keeps one (the one created on `seen.line` this
      // time, see duplicateFindings); the others are listed as not loaded, and copies on one line (a loop) as one.
      const sameId = inFile.filter((d) => d.dagId === seen.dag_id && d.loaded !== false);
      if (sameId.length > 1) {
        const kept = sameId.find((d) => d.line === seen.line) ?? sameId[0];
        const lines = [...new Set(sameId.map((d) => d.line))].sort((a, b) => a - b);
        for (const dag of sameId) {
          if (dag === kept) continue;
          if (dag.line === kept?.line) merged.splice(merged.indexOf(dag), 1);
          else Object.assign(dag, { loaded: false, notLoadedReason: `duplicate dag_id in this file (lines ${lines.join(", ")}): Airflow keeps one of them, not always the same one; this import kept line ${kept?.line}` });
        }
      }
      const match = merged.find((d) => d.file === file && d.loaded !== false && (d.dagId === seen.dag_id || (typeof d.dagId !== "string" && inFile.length === 1 && result.dags.length === 1)));
      const known = {
        dagId: seen.dag_id,
        tags: seen.tags,
        owner: typeof seen.owner === "string" ? seen.owner : undefined,
        retries: typeof seen.retries === "number" ? seen.retries : undefined,
        schedule: typeof seen.schedule === "string" || seen.schedule === null ? (seen.schedule as string | null) : undefined,
        catchup: typeof seen.catchup === "boolean" ? seen.catchup : undefined,
        taskCount: seen.task_ids.length,
      };
      if (match) {
        for (const [key, value] of Object.entries(known)) if (value !== undefined) (match as unknown as Record<string, unknown>)[key] = value;
      } else {
        // Only Airflow saw it (a loop or a factory): the line where it was created, else the static DAG call it comes from.
        const template = inFile.find((d) => typeof d.dagId !== "string");
        merged.push({ file, line: findingLine(seen.line ?? template?.line), definedBy: template?.definedBy ?? "DAG()", startDate: template?.startDate, ...known });
      }
    }
    // A static DAG with an unknown id that Airflow expanded into several: the loop template itself is not a DAG.
    if (result.dags.length > 1) {
      for (const dag of inFile) if (typeof dag.dagId !== "string" && dag.loaded !== false) merged.splice(merged.indexOf(dag), 1);
    }
  }
  const firstFile = new Map<string, string>();
  for (const dag of merged) {
    if (typeof dag.dagId !== "string" || dag.loaded === false) continue;
    const first = firstFile.get(dag.dagId);
    if (first === undefined) firstFile.set(dag.dagId, dag.file);
    else if (first !== dag.file) Object.assign(dag, { loaded: false, notLoadedReason: `duplicate dag_id: Airflow keeps the DAG from ${first}` });
  }
  return merged;
}
