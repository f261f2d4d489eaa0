import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  loadRuffNow,
  runRuffLane
} from "./chunk-XY52QMNT.js";
import "./chunk-YO2X36I4.js";

// src/entries/dag-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("dag-worker must run as a worker thread");
var post = (reply) => port.postMessage(reply);
var fail = (error) => post({ kind: "error", message: error instanceof Error ? error.message : String(error) });
port.on("message", (request) => {
  if (request.kind === "load") loadRuffNow(post).catch(fail);
  else runRuffLane(request.work, post).catch(fail);
});
