import type { ChildProcess, fork as forkProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { BASELINE_ONLY_FLAG } from "../util/wasm-tuning.js";

/**
 * The static analysis' ruff process (`dist/ruff-lane.js`, see createSplitAnalyzer in analyzer.ts): how it is started
 * and what its ending means. Apart from the analyzer so that the CLI can start one before it has loaded the analyzer
 * (startRuffProcessEarly): this module loads nothing but itself, and `node:child_process` only when it starts one.
 */

/** A started ruff process: its stderr's tail, why it ended or failed (once it has), and whether it compiled ruff. */
export interface RuffLane {
  child: ChildProcess;
  stderr: () => string;
  failure?: Error;
  compiled?: boolean;
  /** When it was started, ms since this process started (performance.now()). */
  startedAt: number;
}

/**
 * Start a ruff process (`ruffLaneUrl`: `ruff-lane.js` of the bundle) and ask it to load ruff at once. It does not
 * keep this process alive (the analysis refs it while it works); it ends itself when this process goes away (its
 * channel closes), and the analysis kills it when done with it. Failures are recorded on the lane, never thrown.
 */
export function startRuffProcess(ruffLaneUrl: URL): RuffLane {
  const startedAt = performance.now();
  // Loaded here, not at the top: importing `node:child_process` costs ~6 ms, which a replayed run never pays.
  const { fork } = createRequire(import.meta.url)("node:child_process") as { fork: typeof forkProcess };
  // Only what Node itself needs to start (ruffProcessEnvironment). `--single-threaded`: no V8 helper threads
  // (concurrent GC and compiling), so the process keeps to one core and leaves the other to the main thread (6
  // interleaved cold bench runs: 2.79x against 2.93x with helpers; the worker-thread design before it, 3.22x).
  // `--max-semi-space-size=2` (MiB): a small young generation; peak memory of both processes 320 → 270 MB, speed
  // unchanged (5 interleaved runs: 2.97x and 3.00x). `--optimize-for-size`: V8 grows the old generation in smaller
  // steps. While this process makes inventories its heap had grown from 15 to 42-59 MB of 43-59 reserved; with the
  // flag it stays at 17-19 MB, and its resident set at 119-124 MB instead of 143-164 MB. That phase is where the two
  // processes peak together: 304-311 MB before, 273-287 MB after (four interleaved cold runs of the bench's 2,000
  // files, wall time unchanged). On the main process the same flag cost 20-60% of wall time.
  const child = fork(fileURLToPath(ruffLaneUrl), [], { execArgv: [BASELINE_ONLY_FLAG, "--single-threaded", "--max-semi-space-size=2", "--optimize-for-size"], serialization: "advanced", env: ruffProcessEnvironment(process.env), stdio: ["ignore", "ignore", "pipe", "ipc"] });
  const lane: RuffLane = { child, stderr: stderrTail(child.stderr), startedAt };
  child.on("error", (error) => (channelGone(error) ? undefined : (lane.failure ??= notStarted(error))));
  child.once("exit", (code, signal) => (lane.failure ??= laneEnded(signal ?? `code ${code}`, lane.stderr())));
  child.on("message", (reply: { kind?: string }) => (reply.kind === "compiled" ? (lane.compiled = true) : undefined));
  // A process started ahead must not keep this one alive if no work ever comes; analyze() refs it while it works.
  child.unref();
  child.channel?.unref();
  // (RuffLaneRequest's "load": this module does not import the analyzer, so a run that needs none never loads it.)
  // Without its IPC channel (a fork that failed for lack of file descriptors sets none up) the lane has failed, and
  // the analysis goes on in this process.
  if (child.send) child.send({ kind: "load" });
  else lane.failure ??= notStarted(new Error("no IPC channel to the new process"));
  return lane;
}

/**
 * The ruff process of a CLI run that will analyse, started as soon as that is known (the replay lookup's first
 * changed Python file), before the analyzer is loaded: createDefaultAnalyzer takes it (`ruffProcess`). Undefined
 * where the analysis would not use one: run from sources (tests: everything stays in-process), or `--jobs 1`.
 */
export function startRuffProcessEarly(jobs: number | undefined): RuffLane | undefined {
  if (process.env.ASTRO_CI_BUNDLE !== "1" || jobs === 1) return undefined;
  try {
    return startRuffProcess(new URL("./ruff-lane.js", import.meta.url));
  } catch {
    // A fork refused outright (EMFILE, EAGAIN): the analyzer starts its own when the analysis begins, and says so
    // there if that fails too.
    return undefined;
  }
}

/**
 * Why a ruff process ended before its work was done (a signal: the kernel's out-of-memory killer, a job's limits, a
 * supervisor; an exit code: it could not start or load). The analysis then goes on in this process.
 */
export function laneEnded(how: string, stderr: string): Error {
  const hint = how === "SIGKILL" ? " (killed from outside, most often for lack of memory)" : "";
  return new Error(`the static analysis' ruff process ended (${how})${hint} before finishing${stderr ? `: ${gistOf(stderr)}` : ""}`);
}

/** The line of a process's stderr that says what went wrong (an error's own line, else the last), at most 300 characters. */
function gistOf(stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /\b\w*Error\b|\berror\b|pthread_create|Cannot find/i.test(line) && !/^\s*throw\b/.test(line)) ?? lines.at(-1) ?? "").slice(0, 300);
}

/** A ruff process that could not be started (fork failed: no memory, too many processes). */
export function notStarted(error: Error): Error {
  return new Error(`cannot start the static analysis' ruff process: ${error.message}`);
}

/**
 * The ruff process's environment: only what the system needs to start Node (the dynamic loader's paths and preloads,
 * PATH, the temp dir, the locale; Windows' system root), never a token: the process reads nothing but what it is sent.
 */
export function ruffProcessEnvironment(base: NodeJS.ProcessEnv): Record<string, string> {
  const keep = /^(PATH|LD_LIBRARY_PATH|LD_PRELOAD|DYLD_LIBRARY_PATH|DYLD_FALLBACK_LIBRARY_PATH|TMPDIR|TMP|TEMP|LANG|LC_ALL|SYSTEMROOT|WINDIR)$/i;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && keep.test(name)) env[name] = value;
  return env;
}

/** An error of writing to the ruff process's channel after the process went away. */
export function channelGone(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EPIPE" || code === "ECONNRESET" || code === "ERR_IPC_CHANNEL_CLOSED";
}

/** The last 4 KiB the ruff process wrote to stderr, for the message when it dies. */
function stderrTail(stream: NodeJS.ReadableStream | null): () => string {
  let tail = "";
  stream?.on("data", (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4096)));
  return () => tail.trim();
}
