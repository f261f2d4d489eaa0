import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeFile, type AnalysisInput, type FileAnalysis } from "./analyze-file.js";
import { createPythonParser, type PythonParser } from "./python-parser.js";
import { loadRuff } from "./ruff.js";

/** Runs the per-file static analysis; in-process for tests and small runs, on worker threads in the bundle. */
export interface FileAnalyzer {
  analyze(inputs: AnalysisInput[]): Promise<FileAnalysis[]>;
  close(): Promise<void>;
}

export async function createInProcessAnalyzer(options: { wasmDir?: string } = {}): Promise<FileAnalyzer> {
  let parser: PythonParser | undefined;
  return {
    async analyze(inputs) {
      // ruff first: its compile must not overlap tree-sitter's (see compileWithBaselineOnly).
      await loadRuff();
      parser ??= await createPythonParser(options);
      const ready = parser;
      return inputs.map((input) => analyzeFile(input, ready));
    },
    async close() {},
  };
}

interface WorkerRequest {
  id: number;
  input: AnalysisInput;
}
type WorkerReply = { id: number; result: FileAnalysis } | { id: number; error: string };

/**
 * A pool of worker threads running `dist/dag-worker.js`. Each worker loads ruff and tree-sitter once, then takes
 * files one at a time from a shared queue, so a slow file does not hold up a fixed share of the others.
 */
export function createWorkerPoolAnalyzer(options: { workerUrl: URL; size?: number }): FileAnalyzer {
  const size = Math.max(1, options.size ?? availableParallelism());
  const workers: Worker[] = [];
  let closed = false;

  return {
    async analyze(inputs) {
      if (closed) throw new Error("analyzer is closed");
      if (inputs.length === 0) return [];
      const results = new Array<FileAnalysis>(inputs.length);
      let next = 0;
      const wanted = Math.min(size, Math.ceil(inputs.length / 8));
      while (workers.length < wanted) workers.push(new Worker(options.workerUrl));
      await Promise.all(
        workers.slice(0, wanted).map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = (): void => {
                if (next >= inputs.length) {
                  cleanup();
                  resolve();
                  return;
                }
                const id = next++;
                const input = inputs[id] as AnalysisInput;
                worker.postMessage({ id, input } satisfies WorkerRequest);
              };
              const onMessage = (reply: WorkerReply): void => {
                if ("error" in reply) {
                  cleanup();
                  reject(new Error(`analysis of ${inputs[reply.id]?.file ?? "?"} failed: ${reply.error}`));
                  return;
                }
                results[reply.id] = reply.result;
                send();
              };
              const onError = (error: Error): void => {
                cleanup();
                reject(error);
              };
              const cleanup = (): void => {
                worker.off("message", onMessage);
                worker.off("error", onError);
              };
              worker.on("message", onMessage);
              worker.on("error", onError);
              send();
            }),
        ),
      );
      return results;
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
    },
  };
}

/** Below this many files, starting worker threads (each compiling ruff and tree-sitter) costs more than it saves. */
const SMALL_BATCH = 24;

/**
 * The analyzer for real runs. The bundle ships `dag-worker.js` and the wasm files next to its chunks, so large
 * batches go to worker threads on every core and small ones (a warm cache, a tiny project) stay in-process. From
 * sources (tests, tsx) workers could not load TypeScript, so everything stays in-process.
 */
export async function createDefaultAnalyzer(options: { jobs?: number } = {}): Promise<FileAnalyzer> {
  if (process.env.ASTRO_CI_BUNDLE !== "1") return createInProcessAnalyzer();
  const workerUrl = new URL("./dag-worker.js", import.meta.url);
  const { fileURLToPath } = await import("node:url");
  const { dirname } = await import("node:path");
  const inProcess = await createInProcessAnalyzer({ wasmDir: dirname(fileURLToPath(workerUrl)) });
  if (options.jobs === 1) return inProcess;
  const pool = createWorkerPoolAnalyzer({ workerUrl, size: options.jobs });
  return {
    analyze: (inputs) => (inputs.length < SMALL_BATCH ? inProcess.analyze(inputs) : pool.analyze(inputs)),
    async close() {
      await Promise.all([inProcess.close(), pool.close()]);
    },
  };
}
