import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/dags/analyzer.ts
import { Worker } from "node:worker_threads";
async function engines() {
  const [file, parser, ruff] = await Promise.all([import("./chunk-FM2VYW55.js"), import("./chunk-TRNWHHQU.js"), import("./chunk-Z5DJXLNM.js")]);
  return { ...file, ...parser, loadRuff: ruff.loadRuff, runRuff: ruff.runRuff };
}
async function createInProcessAnalyzer(options = {}) {
  let parser;
  return {
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const { loadRuff, createPythonParser, analyzeFile } = await engines();
      await loadRuff();
      parser ??= await createPythonParser(options);
      const ready = parser;
      return inputs.map((input) => analyzeFile(input, ready));
    },
    async close() {
    }
  };
}
var REPLY_BATCH = 64;
function claimFront(flags, base, index, count) {
  return index < count && Atomics.compareExchange(flags, base + index, 0, 1) === 0 ? index : -1;
}
function claimBack(flags, base, index) {
  return index >= 0 && Atomics.compareExchange(flags, base + index, 0, 1) === 0 ? index : -1;
}
async function runRuffLane(work, post) {
  const n = work.files.length;
  const flags = new Int32Array(work.flags);
  const { loadRuff, runRuff, createPythonParser, inventoryOf } = await engines();
  await loadRuff();
  post({ kind: "compiled" });
  let ruffCount = 0;
  let batch = [];
  for (let i = 0; claimFront(flags, 0, i, n) !== -1; i++) {
    batch.push([i, runRuff(work.texts[i], work.pythonVersions[i])]);
    ruffCount++;
    if (batch.length === REPLY_BATCH) {
      post({ kind: "ruff", results: batch });
      batch = [];
    }
  }
  if (batch.length) post({ kind: "ruff", results: batch });
  let inventoryCount = 0;
  const left = (back) => back - Atomics.load(flags, 2 * n);
  if (left(n - 1) >= work.stealInventoriesMin) {
    const parser = await createPythonParser({ wasmDir: work.wasmDir });
    let stolen = [];
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
var RUFF_WARM_UP_SOURCE = `"""A DAG."""
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
async function loadRuffNow(post) {
  const { loadRuff, runRuff } = await import("./chunk-Z5DJXLNM.js");
  await loadRuff();
  post({ kind: "compiled" });
  runRuff(RUFF_WARM_UP_SOURCE, "3.12");
}
function decodedAt(work, i) {
  return { file: work.files[i], text: work.texts[i], pythonVersion: work.pythonVersions[i] };
}
var STEAL_RUFF_MIN = 1500;
function createSplitAnalyzer(options) {
  let warm;
  const startWorker = () => {
    const worker = new Worker(options.workerUrl);
    const started = { worker, compiled: Promise.resolve() };
    worker.once("error", (error) => started.failure ??= error);
    worker.once("exit", (code) => started.failure ??= new Error(`static analysis worker exited with code ${code} before finishing`));
    const compiled = new Promise((resolve) => {
      const onMessage = (reply) => {
        if (reply.kind !== "compiled") return;
        worker.off("message", onMessage);
        resolve();
      };
      worker.on("message", onMessage);
      worker.once("error", () => resolve());
      worker.once("exit", () => resolve());
    });
    worker.postMessage({ kind: "load" });
    started.compiled = compiled;
    return started;
  };
  return {
    get warm() {
      return warm !== void 0;
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
      const results = new Array(inputs.length);
      const decoded = [];
      const slotOf = [];
      inputs.forEach((input, index) => {
        const d = decodeInput(input);
        if ("text" in d) {
          slotOf.push(index);
          decoded.push(d);
        } else results[index] = d;
      });
      const n = decoded.length;
      if (n === 0) return results;
      const ruff = new Array(n);
      const inventories = new Array(n);
      const flags = new SharedArrayBuffer(4 * (2 * n + 1));
      const view = new Int32Array(flags);
      options.debug?.(`analysis of ${inputs.length} files starts (${Math.round(performance.now())} ms since start)`);
      const lane = warm ?? startWorker();
      const { worker, compiled } = lane;
      warm = void 0;
      let workerDone;
      const finished = new Promise((resolve, reject) => {
        worker.on("message", (reply) => {
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
      finished.catch(() => void 0);
      try {
        worker.postMessage({
          kind: "work",
          work: {
            files: decoded.map((d) => d.file),
            texts: decoded.map((d) => d.text),
            pythonVersions: decoded.map((d) => d.pythonVersion),
            flags,
            wasmDir: options.wasmDir,
            stealInventoriesMin: 64
          }
        });
        if (n >= SMALL_BATCH) await compiled;
        const parser = await createPythonParser({ wasmDir: options.wasmDir });
        const mainStarted = performance.now();
        let mainInventories = 0;
        for (let i = 0; claimFront(view, n, i, n) !== -1; i++) {
          inventories[i] = inventoryOf(decoded[i], parser);
          mainInventories++;
          Atomics.store(view, 2 * n, i + 1);
        }
        let mainRuff = 0;
        let unclaimed = 0;
        for (let i = n - 1; i >= 0 && Atomics.load(view, i) === 0; i--) unclaimed++;
        if (unclaimed >= STEAL_RUFF_MIN) {
          await loadRuff();
          for (let i = n - 1; claimBack(view, 0, i) !== -1; i--) {
            ruff[i] = runRuff(decoded[i]?.text, decoded[i]?.pythonVersion);
            mainRuff++;
          }
        }
        const mainMs = performance.now() - mainStarted;
        await finished;
        options.debug?.(
          `analysis of ${n} files: main thread ${mainInventories} inventories + ${mainRuff} ruff in ${Math.round(mainMs)} ms; worker ${workerDone?.ruffCount} ruff + ${workerDone?.inventoryCount} inventories; ${Math.round(performance.now() - started)} ms in all`
        );
      } finally {
        worker.removeAllListeners("exit");
        await worker.terminate();
      }
      decoded.forEach((d, k) => {
        const diagnostics = ruff[k];
        const inventory = inventories[k];
        if (!diagnostics || !inventory) throw new Error(`static analysis lost ${d.file} (ruff: ${Boolean(diagnostics)}, inventory: ${Boolean(inventory)})`);
        results[slotOf[k]] = { file: d.file, ruff: diagnostics, inventory };
      });
      return results;
    },
    async close() {
      await warm?.worker.terminate();
      warm = void 0;
    }
  };
}
var SMALL_BATCH = 24;
async function createDefaultAnalyzer(options = {}) {
  if (false) return createInProcessAnalyzer();
  const workerUrl = new URL("./dag-worker.js", import.meta.url);
  const { fileURLToPath } = await import("node:url");
  const { dirname } = await import("node:path");
  const wasmDir = dirname(fileURLToPath(workerUrl));
  const inProcess = await createInProcessAnalyzer({ wasmDir });
  if (options.jobs === 1) return inProcess;
  const split = createSplitAnalyzer({ workerUrl, wasmDir, debug: options.debug });
  return {
    analyze: (inputs) => inputs.length < SMALL_BATCH && !split.warm ? inProcess.analyze(inputs) : split.analyze(inputs),
    // Even for one file: the worker's own start-up (a second V8 isolate) costs some CPU, but ruff's set-up then runs
    // beside the rest of the run instead of after it, which is what a developer waits for (one changed file: the
    // run takes about as long as an unchanged one). Once warm, every batch goes to the worker.
    prewarm: (files) => {
      if (files >= 1) split.prewarm();
    },
    close: () => split.close()
  };
}

export {
  createInProcessAnalyzer,
  runRuffLane,
  loadRuffNow,
  createSplitAnalyzer,
  createDefaultAnalyzer
};
