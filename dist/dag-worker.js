import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  analyzeFile,
  createPythonParser,
  loadRuff
} from "./chunk-NZL7AQT6.js";
import "./chunk-PV4T63TV.js";

// src/entries/dag-worker.ts
import { parentPort } from "node:worker_threads";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
var port = parentPort;
if (!port) throw new Error("dag-worker must run as a worker thread");
var parserReady = loadRuff().then(() => createPythonParser({ wasmDir: dirname(fileURLToPath(import.meta.url)) }));
port.on("message", (message) => {
  parserReady.then((parser) => port.postMessage({ id: message.id, result: analyzeFile(message.input, parser) })).catch((error) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }));
});
