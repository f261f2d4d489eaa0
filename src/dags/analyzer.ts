import { fileURLToPath } from "node:url";
import { allowTierUpAgain } from "../util/wasm-tuning.js";
import type { AnalysisInput, DecodedInput, FileAnalysis } from "./analyze-file.js";
import { analyzeDeepFiles } from "./deep-files.js";
import { SAFE_NESTING, isStackOverflow, nestingBound } from "./nesting.js";
import type { FileInventory } from "./inventory.js";
import type { PythonParser } from "./python-parser.js";
import type { RuffDiagnostic } from "./ruff.js";
import { channelGone, laneEnded, notStarted, startRuffProcess, type RuffLane } from "./ruff-process.js";

export { ruffProcessEnvironment } from "./ruff-process.js";

/**
 * The analysis code and its engines, imported on first use: a run the cache answers entirely never loads
 * web-tree-sitter, the inventory walk or ruff's glue (nor, then, their wasm).
 */
async function engines() {
  const [file, parser, ruff] = await Promise.all([import("./analyze-file.js"), import("./python-parser.js"), import("./ruff.js")]);
  return { ...file, ...parser, loadRuff: ruff.loadRuff, runRuff: ruff.runRuff };
}

/** Runs the per-file static analysis; in-process for tests and small runs, split over two processes in the bundle. */
export interface FileAnalyzer {
  /** Analyse files; loads ruff and tree-sitter on first use only (a run where the cache answers loads neither). */
  analyze(inputs: AnalysisInput[]): Promise<FileAnalysis[]>;
  /**
   * A hint that at least `files` files will be analysed: the analyzer may start loading ruff now, in another process,
   * while reading and the cache lookups go on. Cheap to call repeatedly; never required for correctness.
   */
  prewarm?(files: number): void;
  close(): Promise<void>;
}

/** Where files too deep for the usual way are analysed (deep-files.ts): the bundle's thread, or this one from sources. */
type DeepFilesOptions = { deepFilesUrl?: URL; wasmDir?: string };

/**
 * Decodes a batch: the undecodable files' analyses are final (`results`, by input index); `decoded` holds the rest,
 * with their input indices in `slotOf`.
 */
function decodeBatch(inputs: AnalysisInput[], decodeInput: (input: AnalysisInput) => DecodedInput | FileAnalysis): { results: FileAnalysis[]; decoded: DecodedInput[]; slotOf: number[] } {
  const results = new Array<FileAnalysis>(inputs.length);
  const decoded: DecodedInput[] = [];
  const slotOf: number[] = [];
  inputs.forEach((input, index) => {
    const d = decodeInput(input);
    if ("text" in d) {
      slotOf.push(index);
      decoded.push(d);
    } else results[index] = d;
  });
  return { results, decoded, slotOf };
}

/** Analyses the deep files (`deep`: indices into `decoded`) in the deep-files thread, into `results` by their slots. */
async function analyzeDeepInto(results: FileAnalysis[], deep: Set<number>, decoded: DecodedInput[], slotOf: number[], options: DeepFilesOptions): Promise<FileAnalysis[]> {
  const indices = [...deep].sort((a, b) => a - b);
  const analyses = await analyzeDeepFiles(
    indices.map((k) => decoded[k] as DecodedInput),
    { workerUrl: options.deepFilesUrl, wasmDir: options.wasmDir },
  );
  indices.forEach((k, j) => (results[slotOf[k] as number] = analyses[j] as FileAnalysis));
  return results;
}

/** The tree-sitter inventory, or undefined when the walk ran out of stack (the file then goes to the deep-files thread). */
function inventoryOrOverflow(inventoryOf: (input: DecodedInput, parser: PythonParser) => FileInventory, input: DecodedInput, parser: PythonParser): FileInventory | undefined {
  try {
    return inventoryOf(input, parser);
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}

/** Set once this process's ruff has run out of stack: corrupt from then on, it is never called again. */
let inProcessRuffCorrupt = false;

/**
 * Ruff over files in this process, in order, into `ruff` (indices as in `files`; files that have a result already
 * are skipped), and the indices of the files that go to the deep-files thread instead: those whose nesting bound is
 * above SAFE_NESTING, which ruff never sees (a stack overflow in its wasm corrupts it), and, should one overflow all
 * the same, it and every later file without a result (and, in later batches, every file).
 */
export function runRuffGuarded(runRuff: (text: string, pythonVersion: string) => RuffDiagnostic[], files: DecodedInput[], ruff: (RuffDiagnostic[] | undefined)[]): number[] {
  const deep: number[] = [];
  for (let k = 0; k < files.length; k++) {
    if (ruff[k]) continue;
    const file = files[k] as DecodedInput;
    if (inProcessRuffCorrupt || nestingBound(file.text).depth > SAFE_NESTING) {
      deep.push(k);
      ruff[k] = [];
      continue;
    }
    try {
      ruff[k] = runRuff(file.text, file.pythonVersion);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      inProcessRuffCorrupt = true;
      return [...deep, ...files.map((_, j) => j).filter((j) => j >= k && !ruff[j])];
    }
  }
  return deep;
}

export async function createInProcessAnalyzer(options: DeepFilesOptions = {}): Promise<FileAnalyzer> {
  let parser: PythonParser | undefined;
  return {
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const { loadRuff, runRuff, createPythonParser, decodeInput, inventoryOf } = await engines();
      // Every inventory before ruff is loaded: loading ruff turns V8's wasm tier-up off for the rest of the process
      // (see compileWithBaselineOnly), and tree-sitter's parser should have its optimised code by then.
      parser ??= await createPythonParser(options);
      const ready = parser;
      const { results, decoded, slotOf } = decodeBatch(inputs, decodeInput);
      // Files too deep for this thread's stack go to the deep-files thread: those whose inventory walk runs out of
      // stack (a clean JavaScript error), and those ruff must not see (runRuffGuarded).
      const inventories = decoded.map((d) => inventoryOrOverflow(inventoryOf, d, ready));
      const deep = new Set(decoded.map((_, k) => k).filter((k) => !inventories[k]));
      const ruff = decoded.map((_, k) => (deep.has(k) ? [] : undefined));
      if (deep.size < decoded.length) await loadRuff();
      for (const k of runRuffGuarded(runRuff, decoded, ruff)) deep.add(k);
      decoded.forEach((d, k) => (deep.has(k) ? undefined : (results[slotOf[k] as number] = { file: d.file, ruff: ruff[k] as RuffDiagnostic[], inventory: inventories[k] })));
      return analyzeDeepInto(results, deep, decoded, slotOf, options);
    },
    async close() {},
  };
}

/** What the main thread sends the ruff process. */
export type RuffLaneRequest =
  /** Load ruff now (a prewarm). */
  | { kind: "load" }
  /**
   * Run ruff over these files, numbered from `first` in a batch of `total`; the texts stay for the inventories it may
   * be sent next. A batch comes in pieces: each fits the channel's buffer, so ruff starts on the first while the main
   * thread goes on, and the rest moves whenever its event loop runs.
   */
  | { kind: "work"; first: number; total: number; inputs: DecodedInput[]; wasmDir?: string }
  /** Make the tree-sitter inventories of these files (indices into the work's lists). */
  | { kind: "inventories"; indices: number[] };

export type RuffLaneReply =
  | { kind: "compiled" }
  /** Ruff's diagnostics by file, or null for a file too deep for this process (nestingBound): the deep-files thread's. */
  | { kind: "ruff"; results: [number, RuffDiagnostic[] | null][] }
  /** Ruff is done with every file: the process takes inventory work from now on. */
  | { kind: "done"; ruffCount: number; rssKb: number }
  | { kind: "inventories"; results: [number, FileInventory][]; rssKb: number }
  | { kind: "error"; message: string };

/** Files per message each way: one message per file would cost a round of serializing each. */
const REPLY_BATCH = 64;

/**
 * What the prewarm checks: a small DAG file using what most DAG files use (imports, a `with DAG(...)` block, operators,
 * TaskFlow decorators, an f-string, a comprehension, `>>`). V8 compiles a wasm function on its first call, so this
 * check compiles the parts of ruff that real files go through (parser, semantic model, the AIR rules) before work
 * comes: ~0.08 s that a one-line file would leave to the first real check.
 */
const RUFF_WARM_UP_SOURCE = `"""A DAG."""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import dag, task
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}


def _extract(**context):
    return [i * 2 for i in range(10) if i % 2 == 0]


with DAG(dag_id="example", schedule="0 6 * * *", start_date=datetime(2024, 1, 1), catchup=False, default_args=default_args) as example:
    extract = PythonOperator(task_id="extract", python_callable=_extract)
    load = BashOperator(task_id="load", bash_command=f"echo {os.environ.get('X', 'y')}")
    extract >> load


@dag(schedule=None, start_date=datetime(2024, 1, 1))
def taskflow():
    @task
    def one() -> int:
        return 1

    @task
    def two(value: int) -> None:
        print(value)

    two(one())


taskflow()
`;

/**
 * The ruff process's side (run by `dist/ruff-lane.js`, a process started with V8's baseline-only flag). Requests are
 * handled one at a time, in order. `load` compiles ruff and checks a typical DAG file, which compiles the functions
 * real checks run (V8 compiles wasm functions lazily, on first call: most of ruff's first-check cost). `work` runs
 * ruff over every file. `inventories`, sent once ruff is done, first lets V8 tier wasm up again (ruff will not run
 * again in this process) and loads tree-sitter, then makes the inventories asked for.
 */
export function createRuffLane(post: (reply: RuffLaneReply) => void): (request: RuffLaneRequest) => Promise<void> {
  const work = { inputs: [] as DecodedInput[], wasmDir: undefined as string | undefined, total: -1 };
  // Files too deep for this process's stack (nestingBound): neither ruff nor an inventory here.
  const deep = new Set<number>();
  let parser: PythonParser | undefined;
  return async (request) => {
    const { loadRuff, runRuff } = await import("./ruff.js");
    if (request.kind === "load") {
      await loadRuff();
      post({ kind: "compiled" });
      runRuff(RUFF_WARM_UP_SOURCE, "3.12");
    } else if (request.kind === "work") {
      if (request.first !== work.inputs.length) throw new Error(`work piece from file ${request.first} came after ${work.inputs.length} files`);
      await loadRuff();
      work.inputs.push(...request.inputs);
      work.total = request.total;
      work.wasmDir = request.wasmDir;
      // The nesting bound is worked out here, in the shorter of the two lanes, not on the main thread: ~25 ms for the
      // bench's 2,000 files, and a ruff that met a file too deep for its stack would be corrupt from then on.
      const results: [number, RuffDiagnostic[] | null][] = request.inputs.map((input, k) => {
        if (nestingBound(input.text).depth <= SAFE_NESTING) return [request.first + k, runRuff(input.text, input.pythonVersion)];
        deep.add(request.first + k);
        return [request.first + k, null];
      });
      post({ kind: "ruff", results });
      if (work.inputs.length === work.total) post({ kind: "done", ruffCount: work.total, rssKb: rssKb() });
    } else {
      if (work.inputs.length === 0 || work.inputs.length !== work.total) throw new Error("inventories asked for before the work was sent");
      const { inventoryOf } = await import("./analyze-file.js");
      if (!parser) {
        allowTierUpAgain();
        parser = await (await import("./python-parser.js")).createPythonParser({ wasmDir: work.wasmDir });
      }
      const ready = parser;
      const results: [number, FileInventory][] = [];
      for (const i of request.indices) {
        if (deep.has(i)) continue;
        try {
          results.push([i, inventoryOf(work.inputs[i] as DecodedInput, ready)]);
        } catch {
          // Left out: the main thread makes it again and meets the same error where --jobs 1 would (this process's
          // stack, with the walk not yet optimised here, runs out on nesting the main thread gets through).
        }
      }
      post({ kind: "inventories", results, rssKb: rssKb() });
    }
  };
}

/** How long a ruff process may take to compile ruff before it is taken for stuck (a normal start: 0.1-0.3 s). */
const RUFF_PROCESS_START_TIMEOUT_MS = 30_000;

/**
 * The ruff process's start watchdog: calls `stuck` once if `started()` (the process said it compiled ruff) is still
 * false `timeoutMs` after arming, unless disarmed first (the returned function). It judges only after this thread
 * has read what the process sent meanwhile: a timer runs before the messages that arrived while this thread was busy
 * (one file's inventory can keep it longer than the timeout: a file of 4,000 DAGs took 55 s), so the process's
 * "compiled", long sent, was still unread when the timer ran, and a process that had started was killed; the check
 * waits for setImmediate, which runs after the event loop has read them. It watches the start only: once ruff is
 * compiled, its run and the inventories take as long as the files need (a fixed bound would kill big batches), and a
 * process that dies at work is seen by its exit.
 */
export function armStartWatchdog(started: () => boolean, stuck: () => void, timeoutMs: number = RUFF_PROCESS_START_TIMEOUT_MS): () => void {
  let disarmed = false;
  const timer = setTimeout(() => setImmediate(() => (disarmed || started() ? undefined : stuck())).unref(), timeoutMs);
  timer.unref();
  return () => {
    disarmed = true;
    clearTimeout(timer);
  };
}

/** Why the start watchdog stopped a ruff process: it had not compiled ruff in time (no claim about memory: none was seen). */
export function startTimedOut(timeoutMs: number = RUFF_PROCESS_START_TIMEOUT_MS): Error {
  return new Error(`the static analysis' ruff process had not made ruff ready after ${Math.round(timeoutMs / 1000)} s and was stopped`);
}

/** This process's resident set size, KiB. */
function rssKb(): number {
  return Math.round(process.memoryUsage.rss() / 1024);
}

let peakWithRuffProcessKb = 0;

/** Samples this process's memory and a ruff process's together (its replies carry its resident set size). */
function notePeak(ruffProcessRssKb: number): void {
  peakWithRuffProcessKb = Math.max(peakWithRuffProcessKb, rssKb() + ruffProcessRssKb);
}

/**
 * The peak memory (KiB) of this process and its ruff process together, sampled at each of the ruff process's replies
 * (~every 10 ms while it makes inventories), 0 when none ran. `process.resourceUsage().maxRSS` does not count
 * children: the benchmark reports the larger of the two.
 */
export function peakMemoryWithRuffProcess(): number {
  return peakWithRuffProcessKb;
}

/** A file this big (characters) takes longer than a slice to inventory (see where the work is sent). */
const BIG_FILE_CHARS = 64 * 1024;

/** How the main thread shares a batch's inventories with the ruff process once ruff is done (createSplitAnalyzer). */
const STEAL = {
  /** Files per request: about 10 ms of work, small enough that the two ends meet evenly. */
  chunk: 8,
  /** Requests in flight, so the process has the next one while its answer to the last travels. */
  inFlight: 2,
  /** The process's first inventory loads tree-sitter and compiles the inventory code: not worth it for fewer files. */
  firstMin: 96,
  /** The main thread's event loop runs this often (ms) between its own inventories, to hand out the next request. */
  sliceMs: 8,
} as const;

/**
 * The analysis of big batches, in two processes. A child process (`dist/ruff-lane.js`, started with V8's
 * baseline-only flag on its command line) runs ruff over every file while the main thread makes the tree-sitter
 * inventories from the front of the batch; once ruff is done, the child also makes inventories, taken from the back
 * in small requests that the main thread hands out between its own files, until the two ends meet.
 *
 * Why a process and not a worker thread: V8's flags are per process. Ruff's 10 MB module must stay on the baseline
 * compiler (see compileWithBaselineOnly), and in the process that sets that flag for it, wasm loaded later stays on
 * baseline code too: tree-sitter's parser then took 1.45 ms a file in the split run against 0.8 ms with tier-up
 * (2,000 bench files). A second isolate making inventories at the same time as the main thread (a worker thread) was
 * measured too: it cost ~2 s more CPU (each isolate compiles the inventory code with TurboFan) and no wall time.
 * The process is started per `analyze` call (or ahead of it by `prewarm`, or by the caller: `started`) and ended
 * when it returns.
 */
export function createSplitAnalyzer(options: {
  ruffLaneUrl: URL;
  deepFilesUrl?: URL;
  wasmDir?: string;
  debug?: (message: string) => void;
  warn?: (message: string) => void;
  /** A ruff process the caller started ahead (startRuffProcessEarly): the first batch goes to it. */
  started?: RuffLane;
}): FileAnalyzer & { readonly warm: boolean; prewarm(): void } {
  let warm: RuffLane | undefined = options.started;
  if (warm) options.debug?.(`ruff process started ahead of the analysis (${Math.round(warm.startedAt)} ms since start)`);
  const exited = (lane: RuffLane, code: number | null, signal: NodeJS.Signals | null): Error => laneEnded(signal ?? `code ${code}`, lane.stderr());
  const startRuffLane = (): RuffLane => startRuffProcess(options.ruffLaneUrl);
  return {
    get warm() {
      return warm !== undefined;
    },
    prewarm() {
      if (warm) return;
      options.debug?.(`ruff process started ahead of the analysis (${Math.round(performance.now())} ms since start)`);
      warm = startRuffLane();
    },
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const started = performance.now();
      const { decodeInput, createPythonParser, inventoryOf } = await engines();
      const { results, decoded, slotOf } = decodeBatch(inputs, decodeInput);
      // Files too deep for the usual way (indices into `decoded`) go to the deep-files thread after the rest (see
      // deep-files.ts): those the ruff process finds too deep for ruff (it works the nesting bound out, being the
      // shorter lane), and those whose inventory walk runs out of stack here (a clean JavaScript error).
      const tooDeep = new Set<number>();
      const n = decoded.length;
      if (n === 0) return results;
      const ruff = new Array<RuffDiagnostic[] | undefined>(n);
      const inventories = new Array<FileInventory | undefined>(n);

      options.debug?.(`analysis of ${inputs.length} files starts (${Math.round(performance.now())} ms since start)`);
      const lane = warm ?? startRuffLane();
      warm = undefined;
      const { child } = lane;
      child.ref();
      child.channel?.ref();
      // The inventories not yet taken are [front, back]: the main thread takes the front, the child the back.
      let front = 0;
      let back = n - 1;
      let ruffCount: number | undefined;
      let childInventories = 0;
      let asked = 0;
      // Set when the process ended or failed before its work was done: this thread then does what is left.
      let failure: Error | undefined;
      const ask = (): void => {
        if (ruffCount === undefined || failure) return;
        while (asked < STEAL.inFlight && back - front + 1 >= (childInventories === 0 && asked === 0 ? STEAL.firstMin : 2 * STEAL.chunk)) {
          const indices: number[] = [];
          while (indices.length < STEAL.chunk) indices.push(back--);
          child.send({ kind: "inventories", indices } satisfies RuffLaneRequest);
          asked++;
        }
      };
      let settle: (() => void) | undefined;
      const done = (): boolean => ruffCount !== undefined && asked === 0;
      // Resolves when the process has answered everything it was sent, or has failed (`failure` says why); never rejects.
      const childDone = new Promise<void>((resolve) => {
        settle = () => ((done() && front > back) || failure ? resolve() : undefined);
        const fail = (error: Error): void => {
          failure ??= error;
          resolve();
        };
        // A process that has not compiled ruff after this long is stuck (seen: unable to create its threads). Its
        // failure is said before the kill, so the exit's signal (SIGKILL, read as killed from outside) is not blamed.
        const disarm = lane.compiled
          ? undefined
          : armStartWatchdog(
              () => lane.compiled === true,
              () => {
                fail(startTimedOut());
                child.kill("SIGKILL");
              },
            );
        child.on("message", (reply: RuffLaneReply) => {
          // (startRuffLane's own listener marks the lane compiled.)
          if (reply.kind === "compiled") return disarm?.();
          // After a failure nothing it says counts (a ruff that ran out of stack is corrupt from then on).
          if (failure) return;
          if (reply.kind === "ruff") {
            for (const [i, diagnostics] of reply.results) {
              ruff[i] = diagnostics ?? [];
              if (!diagnostics) tooDeep.add(i);
            }
          }
          else if (reply.kind === "done") {
            ruffCount = reply.ruffCount;
            notePeak(reply.rssKb);
          } else if (reply.kind === "inventories") {
            notePeak(reply.rssKb);
            for (const [i, inventory] of reply.results) inventories[i] = inventory;
            childInventories += reply.results.length;
            asked--;
          } else return fail(new Error(`the static analysis' ruff process failed: ${reply.message}`));
          ask();
          settle?.();
        });
        // A write to a process that died (EPIPE) says nothing of why: its exit, which always follows, does.
        child.on("error", (error) => (channelGone(error) ? undefined : fail(notStarted(error))));
        child.on("exit", (code, signal) => fail(exited(lane, code, signal)));
        if (lane.failure) fail(lane.failure);
      });
      try {
        // In pieces, not awaited: the channel moves them whenever this thread's event loop runs (between slices of its
        // inventories) and the process reads them (after its own set-up); waiting for all of it here cost 0.15-0.25 s.
        // Big files are the exception: one inventory then takes longer than a slice, this thread's event loop runs
        // once a file, and the texts would reach the process only as fast as this thread gets through them (30 files
        // of 1 MB: ruff started after the last inventory). Batches where such files hold a quarter of the text or more
        // are sent in full first.
        let lastSent: Promise<void> = Promise.resolve();
        for (let first = 0; first < n; first += REPLY_BATCH) {
          const request: RuffLaneRequest = { kind: "work", first, total: n, inputs: decoded.slice(first, first + REPLY_BATCH), wasmDir: options.wasmDir };
          lastSent = new Promise<void>((resolve) => child.send(request, () => resolve()));
        }
        let bigChars = 0;
        let allChars = 0;
        for (const d of decoded) {
          allChars += d.text.length;
          if (d.text.length > BIG_FILE_CHARS) bigChars += d.text.length;
        }
        // A few big files among many small ones are not worth the wait (~0.2 s while the process compiles ruff).
        if (bigChars * 4 >= allChars) await Promise.race([lastSent, childDone]);
        const sent = performance.now();
        const parser = await createPythonParser({ wasmDir: options.wasmDir });
        const mainStarted = performance.now();
        let sliceEnd = mainStarted + STEAL.sliceMs;
        while (front <= back) {
          if (!tooDeep.has(front)) {
            inventories[front] = inventoryOrOverflow(inventoryOf, decoded[front] as DecodedInput, parser);
            if (!inventories[front]) tooDeep.add(front);
          }
          front++;
          // Let the child's messages in: its ruff results, and its answers, each of which frees a request to hand out.
          if (performance.now() >= sliceEnd) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            sliceEnd = performance.now() + STEAL.sliceMs;
          }
        }
        const mainEnded = performance.now();
        settle?.();
        await childDone;
        // What the process did not deliver: inventories it was asked for but could not make (it leaves a file it fails
        // on to this thread, which meets the same error where --jobs 1 does), and everything after a failure.
        let redone = 0;
        decoded.forEach((d, k) => {
          if (inventories[k] || tooDeep.has(k)) return;
          inventories[k] = inventoryOrOverflow(inventoryOf, d, parser);
          if (!inventories[k]) tooDeep.add(k);
          redone++;
        });
        if (failure) {
          options.warn?.(`${failure.message}; the rest of the analysis runs in this process instead (slower)`);
          const { loadRuff, runRuff } = await engines();
          await loadRuff();
          for (const k of tooDeep) ruff[k] ??= [];
          for (const k of runRuffGuarded(runRuff, decoded, ruff)) tooDeep.add(k);
        }
        const ms = (from: number, to: number): number => Math.round(to - from);
        options.debug?.(
          `analysis of ${n} files: main thread ${front} inventories in ${ms(mainStarted, mainEnded)} ms; ` +
            `ruff process ${ruffCount ?? `failed, ${ruff.filter(Boolean).length - n}`} ruff + ${childInventories} inventories; ${ms(started, performance.now())} ms in all ` +
            `(decoding and sending ${ms(started, sent)} ms, tree-sitter ${ms(sent, mainStarted)} ms, waiting at the end ${ms(mainEnded, performance.now())} ms, ${redone} inventories redone here)`,
        );
      } finally {
        child.removeAllListeners("exit");
        child.kill("SIGKILL");
      }
      decoded.forEach((d, k) => {
        if (tooDeep.has(k)) return;
        const diagnostics = ruff[k];
        const inventory = inventories[k];
        if (!diagnostics || !inventory) throw new Error(`static analysis lost ${d.file} (ruff: ${Boolean(diagnostics)}, inventory: ${Boolean(inventory)})`);
        results[slotOf[k] as number] = { file: d.file, ruff: diagnostics, inventory };
      });
      return analyzeDeepInto(results, tooDeep, decoded, slotOf, options);
    },
    async close() {
      warm?.child.kill();
      warm = undefined;
    },
  };
}

/** Below this many files, a ruff process costs more than it saves: ruff's set-up dominates either way. */
const SMALL_BATCH = 24;

/**
 * The analyzer for real runs. The bundle ships `ruff-lane.js` and the wasm files next to its chunks, so large batches
 * are split over the main thread and a ruff process (createSplitAnalyzer), and
 * small ones (a warm cache, a tiny project) stay in-process unless a prewarm started the ruff process already;
 * `jobs: 1` keeps everything on the main thread. From sources (tests, tsx) the ruff process could not load
 * TypeScript, so everything stays in-process.
 */
export async function createDefaultAnalyzer(
  options: {
    jobs?: number;
    debug?: (message: string) => void;
    warn?: (message: string) => void;
    /** A ruff process the caller started ahead (startRuffProcessEarly): used for the first batch, or ended by `close`. */
    ruffProcess?: RuffLane;
  } = {},
): Promise<FileAnalyzer> {
  // (startRuffProcessEarly starts none where this analyzer would not use it; one given all the same is ended.)
  if (process.env.ASTRO_CI_BUNDLE !== "1" || options.jobs === 1) options.ruffProcess?.child.kill();
  if (process.env.ASTRO_CI_BUNDLE !== "1") return createInProcessAnalyzer();
  const ruffLaneUrl = new URL("./ruff-lane.js", import.meta.url);
  const { dirname } = await import("node:path");
  const wasmDir = dirname(fileURLToPath(ruffLaneUrl));
  const deepFilesUrl = new URL("./deep-files.js", import.meta.url);
  const inProcess = await createInProcessAnalyzer({ wasmDir, deepFilesUrl });
  if (options.jobs === 1) return inProcess;
  // A ruff process that fails is worked around, not fatal: said once, on stderr unless the caller has a better place.
  const warn = options.warn ?? ((message: string) => process.stderr.write(`astro-ci: warning: ${message}\n`));
  const split = createSplitAnalyzer({ ruffLaneUrl, deepFilesUrl, wasmDir, debug: options.debug, warn, started: options.ruffProcess });
  return {
    analyze: (inputs) => (inputs.length < SMALL_BATCH && !split.warm ? inProcess.analyze(inputs) : split.analyze(inputs)),
    // Even for one file: the ruff process's start costs some CPU, but ruff's set-up then runs beside the rest of the
    // run instead of after it, which is what a developer waits for (one changed file: the run takes about as long as
    // an unchanged one). Once warm, every batch goes to the split analyzer.
    prewarm: (files) => {
      if (files >= 1) split.prewarm();
    },
    close: () => split.close(),
  };
}
