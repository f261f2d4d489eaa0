import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  analyzeDeepFile
} from "./chunk-2EJ62UUB.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/entries/deep-files.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("deep-files must run as a worker thread");
var { wasmDir } = workerData;
var queue = Promise.resolve();
port.on("message", (request) => {
  queue = queue.then(async () => {
    let reply;
    try {
      reply = { kind: "analysis", analysis: await analyzeDeepFile(request.input, wasmDir) };
    } catch (error) {
      reply = { kind: "error", name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
});
