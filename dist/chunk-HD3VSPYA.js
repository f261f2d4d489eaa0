import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  channelGone,
  laneEnded,
  notStarted,
  startRuffProcess
} from "./chunk-FAVP5ZOJ.js";
import {
  allowTierUpAgain
} from "./chunk-5BAC55PO.js";
import {
  analyzeDeepFiles
} from "./chunk-2EJ62UUB.js";
import {
  SAFE_NESTING,
  isStackOverflow,
  nestingBound
} from "./chunk-IUKSKDT4.js";

// src/dags/analyzer.ts
import { fileURLToPath } from "node:url";
async function engines() {
  const [file, parser, ruff] = await Promise.all([import("./chunk-YP5HPSFH.js"), import("./chunk-23WE45BG.js"), import("./chunk-BSZINQPH.js")]);
  return { ...file, ...parser, loadRuff: ruff.loadRuff, runRuff: ruff.runRuff };
}
function decodeBatch(inputs, decodeInput) {
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
  return { results, decoded, slotOf };
}
async function analyzeDeepInto(results, deep, decoded, slotOf, options) {
  const indices = [...deep].sort((a, b) => a - b);
  const analyses = await analyzeDeepFiles(
    indices.map((k) => decoded[k]),
    { workerUrl: options.deepFilesUrl, wasmDir: options.wasmDir }
  );
  indices.forEach((k, j) => results[slotOf[k]] = analyses[j]);
  return results;
}
function inventoryOrOverflow(inventoryOf, input, parser) {
  try {
    return inventoryOf(input, parser);
  } catch (error) {
    if (isStackOverflow(error)) return void 0;
    throw error;
  }
}
var inProcessRuffCorrupt = false;
function runRuffGuarded(runRuff, files, ruff) {
  const deep = [];
  for (let k = 0; k < files.length; k++) {
    if (ruff[k]) continue;
    const file = files[k];
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
async function createInProcessAnalyzer(options = {}) {
  let parser;
  return {
    async analyze(inputs) {
      if (inputs.length === 0) return [];
      const { loadRuff, runRuff, createPythonParser, decodeInput, inventoryOf } = await engines();
      parser ??= await createPythonParser(options);
      const ready = parser;
      const { results, decoded, slotOf } = decodeBatch(inputs, decodeInput);
      const inventories = decoded.map((d) => inventoryOrOverflow(inventoryOf, d, ready));
      const deep = new Set(decoded.map((_, k) => k).filter((k) => !inventories[k]));
      const ruff = decoded.map((_, k) => deep.has(k) ? [] : void 0);
      if (deep.size < decoded.length) await loadRuff();
      for (const k of runRuffGuarded(runRuff, decoded, ruff)) deep.add(k);
      decoded.forEach((d, k) => deep.has(k) ? void 0 : results[slotOf[k]] = { file: d.file, ruff: ruff[k], inventory: inventories[k] });
      return analyzeDeepInto(results, deep, decoded, slotOf, options);
    },
    async close() {
    }
  };
}
var REPLY_BATCH = 64;
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
function createRuffLane(post) {
  const work = { inputs: [], wasmDir: void 0, total: -1 };
  const deep = /* @__PURE__ */ new Set();
  let parser;
  return async (request) => {
    const { loadRuff, runRuff } = await import("./chunk-BSZINQPH.js");
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
      const results = request.inputs.map((input, k) => {
        if (nestingBound(input.text).depth <= SAFE_NESTING) return [request.first + k, runRuff(input.text, input.pythonVersion)];
        deep.add(request.first + k);
        return [request.first + k, null];
      });
      post({ kind: "ruff", results });
      if (work.inputs.length === work.total) post({ kind: "done", ruffCount: work.total, rssKb: rssKb() });
    } else {
      if (work.inputs.length === 0 || work.inputs.length !== work.total) throw new Error("inventories asked for before the work was sent");
      const { inventoryOf } = await import("./chunk-YP5HPSFH.js");
      if (!parser) {
        allowTierUpAgain();
        parser = await (await import("./chunk-23WE45BG.js")).createPythonParser({ wasmDir: work.wasmDir });
      }
      const ready = parser;
      const results = [];
      for (const i of request.indices) {
        if (deep.has(i)) continue;
        try {
          results.push([i, inventoryOf(work.inputs[i], ready)]);
        } catch {
        }
      }
      post({ kind: "inventories", results, rssKb: rssKb() });
    }
  };
}
var RUFF_PROCESS_START_TIMEOUT_MS = 3e4;
function armStartWatchdog(started, stuck, timeoutMs = RUFF_PROCESS_START_TIMEOUT_MS) {
  let disarmed = false;
  const timer = setTimeout(() => setImmediate(() => disarmed || started() ? void 0 : stuck()).unref(), timeoutMs);
  timer.unref();
  return () => {
    disarmed = true;
    clearTimeout(timer);
  };
}
function startTimedOut(timeoutMs = RUFF_PROCESS_START_TIMEOUT_MS) {
  return new Error(`the static analysis' ruff process had not made ruff ready after ${Math.round(timeoutMs / 1e3)} s and was stopped`);
}
function rssKb() {
  return Math.round(process.memoryUsage.rss() / 1024);
}
var peakWithRuffProcessKb = 0;
function notePeak(ruffProcessRssKb) {
  peakWithRuffProcessKb = Math.max(peakWithRuffProcessKb, rssKb() + ruffProcessRssKb);
}
function peakMemoryWithRuffProcess() {
  return peakWithRuffProcessKb;
}
var BIG_FILE_CHARS = 64 * 1024;
var STEAL = {
  /** Files per request: about 10 ms of work, small enough that the two ends meet evenly. */
  chunk: 8,
  /** Requests in flight, so the process has the next one while its answer to the last travels. */
  inFlight: 2,
  /** The process's first inventory loads tree-sitter and compiles the inventory code: not worth it for fewer files. */
  firstMin: 96,
  /** The main thread's event loop runs this often (ms) between its own inventories, to hand out the next request. */
  sliceMs: 8
};
function createSplitAnalyzer(options) {
  let warm = options.started;
  if (warm) options.debug?.(`ruff process started ahead of the analysis (${Math.round(warm.startedAt)} ms since start)`);
  const exited = (lane, code, signal) => laneEnded(signal ?? `code ${code}`, lane.stderr());
  const startRuffLane = () => startRuffProcess(options.ruffLaneUrl);
  return {
    get warm() {
      return warm !== void 0;
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
      const tooDeep = /* @__PURE__ */ new Set();
      const n = decoded.length;
      if (n === 0) return results;
      const ruff = new Array(n);
      const inventories = new Array(n);
      options.debug?.(`analysis of ${inputs.length} files starts (${Math.round(performance.now())} ms since start)`);
      const lane = warm ?? startRuffLane();
      warm = void 0;
      const { child } = lane;
      child.ref();
      child.channel?.ref();
      let front = 0;
      let back = n - 1;
      let ruffCount;
      let childInventories = 0;
      let asked = 0;
      let failure;
      const ask = () => {
        if (ruffCount === void 0 || failure) return;
        while (asked < STEAL.inFlight && back - front + 1 >= (childInventories === 0 && asked === 0 ? STEAL.firstMin : 2 * STEAL.chunk)) {
          const indices = [];
          while (indices.length < STEAL.chunk) indices.push(back--);
          child.send({ kind: "inventories", indices });
          asked++;
        }
      };
      let settle;
      const done = () => ruffCount !== void 0 && asked === 0;
      const childDone = new Promise((resolve) => {
        settle = () => done() && front > back || failure ? resolve() : void 0;
        const fail = (error) => {
          failure ??= error;
          resolve();
        };
        const disarm = lane.compiled ? void 0 : armStartWatchdog(
          () => lane.compiled === true,
          () => {
            fail(startTimedOut());
            child.kill("SIGKILL");
          }
        );
        child.on("message", (reply) => {
          if (reply.kind === "compiled") return disarm?.();
          if (failure) return;
          if (reply.kind === "ruff") {
            for (const [i, diagnostics] of reply.results) {
              ruff[i] = diagnostics ?? [];
              if (!diagnostics) tooDeep.add(i);
            }
          } else if (reply.kind === "done") {
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
        child.on("error", (error) => channelGone(error) ? void 0 : fail(notStarted(error)));
        child.on("exit", (code, signal) => fail(exited(lane, code, signal)));
        if (lane.failure) fail(lane.failure);
      });
      try {
        let lastSent = Promise.resolve();
        for (let first = 0; first < n; first += REPLY_BATCH) {
          const request = { kind: "work", first, total: n, inputs: decoded.slice(first, first + REPLY_BATCH), wasmDir: options.wasmDir };
          lastSent = new Promise((resolve) => child.send(request, () => resolve()));
        }
        let bigChars = 0;
        let allChars = 0;
        for (const d of decoded) {
          allChars += d.text.length;
          if (d.text.length > BIG_FILE_CHARS) bigChars += d.text.length;
        }
        if (bigChars * 4 >= allChars) await Promise.race([lastSent, childDone]);
        const sent = performance.now();
        const parser = await createPythonParser({ wasmDir: options.wasmDir });
        const mainStarted = performance.now();
        let sliceEnd = mainStarted + STEAL.sliceMs;
        while (front <= back) {
          if (!tooDeep.has(front)) {
            inventories[front] = inventoryOrOverflow(inventoryOf, decoded[front], parser);
            if (!inventories[front]) tooDeep.add(front);
          }
          front++;
          if (performance.now() >= sliceEnd) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceEnd = performance.now() + STEAL.sliceMs;
          }
        }
        const mainEnded = performance.now();
        settle?.();
        await childDone;
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
        const ms = (from, to) => Math.round(to - from);
        options.debug?.(
          `analysis of ${n} files: main thread ${front} inventories in ${ms(mainStarted, mainEnded)} ms; ruff process ${ruffCount ?? `failed, ${ruff.filter(Boolean).length - n}`} ruff + ${childInventories} inventories; ${ms(started, performance.now())} ms in all (decoding and sending ${ms(started, sent)} ms, tree-sitter ${ms(sent, mainStarted)} ms, waiting at the end ${ms(mainEnded, performance.now())} ms, ${redone} inventories redone here)`
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
        results[slotOf[k]] = { file: d.file, ruff: diagnostics, inventory };
      });
      return analyzeDeepInto(results, tooDeep, decoded, slotOf, options);
    },
    async close() {
      warm?.child.kill();
      warm = void 0;
    }
  };
}
var SMALL_BATCH = 24;
async function createDefaultAnalyzer(options = {}) {
  if (options.jobs === 1) options.ruffProcess?.child.kill();
  if (false) return createInProcessAnalyzer();
  const ruffLaneUrl = new URL("./ruff-lane.js", import.meta.url);
  const { dirname } = await import("node:path");
  const wasmDir = dirname(fileURLToPath(ruffLaneUrl));
  const deepFilesUrl = new URL("./deep-files.js", import.meta.url);
  const inProcess = await createInProcessAnalyzer({ wasmDir, deepFilesUrl });
  if (options.jobs === 1) return inProcess;
  const warn = options.warn ?? ((message) => process.stderr.write(`astro-ci: warning: ${message}
`));
  const split = createSplitAnalyzer({ ruffLaneUrl, deepFilesUrl, wasmDir, debug: options.debug, warn, started: options.ruffProcess });
  return {
    analyze: (inputs) => inputs.length < SMALL_BATCH && !split.warm ? inProcess.analyze(inputs) : split.analyze(inputs),
    // Even for one file: the ruff process's start costs some CPU, but ruff's set-up then runs beside the rest of the
    // run instead of after it, which is what a developer waits for (one changed file: the run takes about as long as
    // an unchanged one). Once warm, every batch goes to the split analyzer.
    prewarm: (files) => {
      if (files >= 1) split.prewarm();
    },
    close: () => split.close()
  };
}

export {
  runRuffGuarded,
  createInProcessAnalyzer,
  createRuffLane,
  armStartWatchdog,
  startTimedOut,
  peakMemoryWithRuffProcess,
  createSplitAnalyzer,
  createDefaultAnalyzer
};
