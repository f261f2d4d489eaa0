import { Worker } from "node:worker_threads";
import type { AnalysisInput, DecodedInput, FileAnalysis } from "./analyze-file.js";
import type { FileInventory } from "./inventory.js";
import type { PythonParser } from "./python-parser.js";
import type { RuffDiagnostic } from "./ruff.js";

/**
 * The analysis code and its engines, imported on first use: a run the cache answers entirely never loads
 * web-tree-sitter, the inventory walk or ruff's glue (nor, then, their wasm).
 */
async function engines() {
  const [file, parser, ruff] = await Promise.all([import("./analyze-file.js"), import("./python-parser.js"), import("./ruff.js")]);
  return { ...file, ...parser, loadRuff: ruff.loadRuff, runRuff: ruff.runRuff };
}

/** Runs the per-file static analysis; in-process for tests and small runs, split across two threads in the bundle. */
export interface FileAnalyzer {
  /** Analyse files; loads ruff and tree-sitter on first use only (a run where the cache answers loads neither). */
  analyze(inputs: AnalysisInput[]): Promise<FileAnalysis[]>;
  /**
   * A hint that at least `files` files will be analysed: the analyzer may start loading ruff now, on another thread,
   * while reading and the cache lookups go on. Cheap to call repeatedly; never required for correctness.
   */
  prewarm?(files: number): void;
  close(): Promise<void>;
}

export async function createInProcessAnalyzer(options: { wasmDir?: string } = {}): Promise<FileAnalyzer> {
  let parser: PythonParser | undefined;
  return {
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const { loadRuff, createPythonParser, analyzeFile } = await engines();
      // ruff first: its compile must not overlap tree-sitter's (see compileWithBaselineOnly).
      await loadRuff();
      parser ??= await createPythonParser(options);
      const ready = parser;
      return inputs.map((input) => analyzeFile(input, ready));
    },
    async close() {},
  };
}

/**
 * Work shared between the main thread and the ruff worker, in one SharedArrayBuffer of Int32 slots:
 * `[0, n)` claim flags of the ruff half of file i, `[n, 2n)` claim flags of its tree-sitter half, `2n` the main
 * thread's tree-sitter cursor (so the worker can tell how much is left before it steals).
 * Each lane claims its own queue from the front and steals the other's from the back; a claim is a compare-and-swap
 * 0 → 1, so every half runs exactly once, and the first failed claim means the two ends have met.
 */
export interface SharedWork {
  files: string[];
  texts: string[];
  pythonVersions: string[];
  flags: SharedArrayBuffer;
  wasmDir?: string;
  /** The worker steals tree-sitter work only when at least this many halves are left (loading tree-sitter costs ~50 ms). */
  stealInventoriesMin: number;
}

/** What the main thread sends the worker: load ruff now (a prewarm), or the work itself. */
export type WorkerRequest = { kind: "load" } | { kind: "work"; work: SharedWork };

export type WorkerReply =
  | { kind: "compiled" }
  | { kind: "ruff"; results: [number, RuffDiagnostic[]][] }
  | { kind: "inventories"; results: [number, FileInventory][] }
  | { kind: "done"; ruffCount: number; inventoryCount: number }
  | { kind: "error"; message: string };

/** Posts results in batches: one message per file would cost a round of structured cloning each. */
const REPLY_BATCH = 64;

/** Claim slots `[base + from, base + to)` from the front; returns the index claimed or -1 when the ends have met. */
function claimFront(flags: Int32Array, base: number, index: number, count: number): number {
  return index < count && Atomics.compareExchange(flags, base + index, 0, 1) === 0 ? index : -1;
}

function claimBack(flags: Int32Array, base: number, index: number): number {
  return index >= 0 && Atomics.compareExchange(flags, base + index, 0, 1) === 0 ? index : -1;
}

/**
 * The worker's lane (run by `dist/dag-worker.js`): ruff over every file from the front, then, when ruff is done first
 * and enough is left, tree-sitter inventories stolen from the back of the main thread's queue.
 */
export async function runRuffLane(work: SharedWork, post: (reply: WorkerReply) => void): Promise<void> {
  const n = work.files.length;
  const flags = new Int32Array(work.flags);
  const { loadRuff, runRuff, createPythonParser, inventoryOf } = await engines();
  await loadRuff();
  post({ kind: "compiled" });
  let ruffCount = 0;
  let batch: [number, RuffDiagnostic[]][] = [];
  for (let i = 0; claimFront(flags, 0, i, n) !== -1; i++) {
    batch.push([i, runRuff(work.texts[i] as string, work.pythonVersions[i] as string)]);
    ruffCount++;
    if (batch.length === REPLY_BATCH) {
      post({ kind: "ruff", results: batch });
      batch = [];
    }
  }
  if (batch.length) post({ kind: "ruff", results: batch });

  let inventoryCount = 0;
  const left = (back: number): number => back - Atomics.load(flags, 2 * n);
  if (left(n - 1) >= work.stealInventoriesMin) {
    // ruff's compile is over: tree-sitter may compile now without the baseline-only flag touching it.
    const parser = await createPythonParser({ wasmDir: work.wasmDir });
    let stolen: [number, FileInventory][] = [];
    for (let i = n - 1; claimBack(flags, n, i) !== -1; i--) {
      stolen.push([i, inventoryOf(decodedAt(work, i), parser)]);
      inventoryCount++;
      if (stolen.length === REPLY_BATCH) {
        post({ kind: "inventories", results: stolen });
        stolen = [];
      }
    }
    if (stolen.length) post({ kind: "inventories", results: stolen });
  }
  post({ kind: "done", ruffCount, inventoryCount });
}

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
 * The worker's prewarm: compile ruff (then tell the main thread, which may compile tree-sitter from then on), and
 * check a typical DAG file, which compiles the functions real checks run (V8 compiles wasm functions lazily, on first
 * call: most of ruff's first-check cost).
 */
export async function loadRuffNow(post: (reply: WorkerReply) => void): Promise<void> {
  // Ruff's glue only: tree-sitter and the inventory code are loaded when work comes (ruff's set-up is the critical path).
  const { loadRuff, runRuff } = await import("./ruff.js");
  await loadRuff();
  post({ kind: "compiled" });
  runRuff(RUFF_WARM_UP_SOURCE, "3.12");
}

function decodedAt(work: SharedWork, i: number): DecodedInput {
  return { file: work.files[i] as string, text: work.texts[i] as string, pythonVersion: work.pythonVersions[i] as string };
}

/** The main thread steals ruff work only when this much is left: loading ruff here costs ~0.4 s (≈ 1,500 files). */
const STEAL_RUFF_MIN = 1500;

/**
 * One ruff per run: a single worker thread runs ruff over every file while the main thread runs tree-sitter and the
 * DAG inventory; whichever finishes first takes work from the back of the other's queue (see SharedWork). Ruff's
 * one-off set-up (~0.4 s) is paid once per run, not once per worker, and the main thread does not idle.
 * The worker is started per `analyze` call and ended when it returns; nothing is loaded before there is work.
 */
export function createSplitAnalyzer(options: { workerUrl: URL; wasmDir?: string; debug?: (message: string) => void }): FileAnalyzer & { readonly warm: boolean; prewarm(files?: number): void } {
  // A worker started by prewarm(), compiling ruff until `compiled` settles.
  type Started = { worker: Worker; compiled: Promise<void>; failure?: Error };
  let warm: Started | undefined;
  const startWorker = (): Started => {
    const worker = new Worker(options.workerUrl);
    const started: Started = { worker, compiled: Promise.resolve() };
    // Kept so that analyze() sees a worker that died before it listened (a prewarm that failed).
    worker.once("error", (error) => (started.failure ??= error));
    worker.once("exit", (code) => (started.failure ??= new Error(`static analysis worker exited with code ${code} before finishing`)));
    const compiled = new Promise<void>((resolve) => {
      const onMessage = (reply: WorkerReply): void => {
        if (reply.kind !== "compiled") return;
        worker.off("message", onMessage);
        resolve();
      };
      worker.on("message", onMessage);
      // A worker that fails to start is reported by analyze(); here it only must not keep anyone waiting.
      worker.once("error", () => resolve());
      worker.once("exit", () => resolve());
    });
    worker.postMessage({ kind: "load" } satisfies WorkerRequest);
    started.compiled = compiled;
    return started;
  };
  return {
    get warm() {
      return warm !== undefined;
    },
    prewarm() {
      if (warm) return;
      options.debug?.(`ruff worker started ahead of the analysis (${Math.round(performance.now())} ms since start)`);
      warm = startWorker();
    },
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const started = performance.now();
      const { decodeInput, createPythonParser, inventoryOf, loadRuff, runRuff } = await engines();
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
      const n = decoded.length;
      if (n === 0) return results;
      const ruff = new Array<RuffDiagnostic[] | undefined>(n);
      const inventories = new Array<FileInventory | undefined>(n);
      const flags = new SharedArrayBuffer(4 * (2 * n + 1));
      const view = new Int32Array(flags);

      // The worker compiles ruff (prewarmed, or from now on) while this thread goes on; tree-sitter compiles here
      // only after ruff's compile is over, as the baseline-only flag is process-wide.
      options.debug?.(`analysis of ${inputs.length} files starts (${Math.round(performance.now())} ms since start)`);
      const lane = warm ?? startWorker();
      const { worker, compiled } = lane;
      warm = undefined;
      let workerDone: { ruffCount: number; inventoryCount: number } | undefined;
      const finished = new Promise<void>((resolve, reject) => {
        worker.on("message", (reply: WorkerReply) => {
          if (reply.kind === "compiled") return;
          if (reply.kind === "ruff") for (const [i, diagnostics] of reply.results) ruff[i] = diagnostics;
          else if (reply.kind === "inventories") for (const [i, inventory] of reply.results) inventories[i] = inventory;
          else if (reply.kind === "done") {
            workerDone = reply;
            resolve();
          } else reject(new Error(`static analysis worker failed: ${reply.message}`));
        });
        worker.on("error", reject);
        worker.on("exit", (code) => reject(new Error(`static analysis worker exited with code ${code} before finishing`)));
        if (lane.failure) reject(lane.failure);
      });
      // Handled below; keep an early failure from being reported as unhandled while the main lane runs.
      finished.catch(() => undefined);
      try {
        worker.postMessage({
          kind: "work",
          work: {
            files: decoded.map((d) => d.file),
            texts: decoded.map((d) => d.text),
            pythonVersions: decoded.map((d) => d.pythonVersion),
            flags,
            wasmDir: options.wasmDir,
            stealInventoriesMin: 64,
          },
        } satisfies WorkerRequest);
        // A few files (one changed file on a warm cache): load tree-sitter now rather than after ruff's compile. It may
        // then be compiled baseline-only for the rest of the process, which costs a few files nothing; for big
        // batches its optimised code is worth waiting ~0.2 s for.
        if (n >= SMALL_BATCH) await compiled;
        const parser = await createPythonParser({ wasmDir: options.wasmDir });
        const mainStarted = performance.now();
        let mainInventories = 0;
        for (let i = 0; claimFront(view, n, i, n) !== -1; i++) {
          inventories[i] = inventoryOf(decoded[i] as DecodedInput, parser);
          mainInventories++;
          Atomics.store(view, 2 * n, i + 1);
        }
        let mainRuff = 0;
        // Count what the worker has not claimed yet: flags still 0 from the back.
        let unclaimed = 0;
        for (let i = n - 1; i >= 0 && Atomics.load(view, i) === 0; i--) unclaimed++;
        if (unclaimed >= STEAL_RUFF_MIN) {
          await loadRuff();
          for (let i = n - 1; claimBack(view, 0, i) !== -1; i--) {
            ruff[i] = runRuff(decoded[i]?.text as string, decoded[i]?.pythonVersion as string);
            mainRuff++;
          }
        }
        const mainMs = performance.now() - mainStarted;
        await finished;
        options.debug?.(
          `analysis of ${n} files: main thread ${mainInventories} inventories + ${mainRuff} ruff in ${Math.round(mainMs)} ms; ` +
            `worker ${workerDone?.ruffCount} ruff + ${workerDone?.inventoryCount} inventories; ${Math.round(performance.now() - started)} ms in all`,
        );
      } finally {
        worker.removeAllListeners("exit");
        await worker.terminate();
      }
      decoded.forEach((d, k) => {
        const diagnostics = ruff[k];
        const inventory = inventories[k];
        if (!diagnostics || !inventory) throw new Error(`static analysis lost ${d.file} (ruff: ${Boolean(diagnostics)}, inventory: ${Boolean(inventory)})`);
        results[slotOf[k] as number] = { file: d.file, ruff: diagnostics, inventory };
      });
      return results;
    },
    async close() {
      await warm?.worker.terminate();
      warm = undefined;
    },
  };
}

/** Below this many files, a worker thread costs more than it saves: ruff's set-up dominates either way. */
const SMALL_BATCH = 24;

/**
 * The analyzer for real runs. The bundle ships `dag-worker.js` and the wasm files next to its chunks, so large
 * batches are split between the main thread and one ruff worker, and small ones (a warm cache, a tiny project) stay
 * in-process; `jobs: 1` keeps everything on the main thread. From sources (tests, tsx) workers could not load
 * TypeScript, so everything stays in-process.
 */
export async function createDefaultAnalyzer(options: { jobs?: number; debug?: (message: string) => void } = {}): Promise<FileAnalyzer> {
  if (process.env.ASTRO_CI_BUNDLE !== "1") return createInProcessAnalyzer();
  const workerUrl = new URL("./dag-worker.js", import.meta.url);
  const { fileURLToPath } = await import("node:url");
  const { dirname } = await import("node:path");
  const wasmDir = dirname(fileURLToPath(workerUrl));
  const inProcess = await createInProcessAnalyzer({ wasmDir });
  if (options.jobs === 1) return inProcess;
  const split = createSplitAnalyzer({ workerUrl, wasmDir, debug: options.debug });
  return {
    analyze: (inputs) => (inputs.length < SMALL_BATCH && !split.warm ? inProcess.analyze(inputs) : split.analyze(inputs)),
    // Even for one file: the worker's own start-up (a second V8 isolate) costs some CPU, but ruff's set-up then runs
    // beside the rest of the run instead of after it, which is what a developer waits for (one changed file: the
    // run takes about as long as an unchanged one). Once warm, every batch goes to the worker.
    prewarm: (files) => {
      if (files >= 1) split.prewarm();
    },
    close: () => split.close(),
  };
}
