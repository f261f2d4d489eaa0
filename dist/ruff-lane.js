import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createRuffLane
} from "./chunk-HD3VSPYA.js";
import "./chunk-FAVP5ZOJ.js";
import "./chunk-5BAC55PO.js";
import "./chunk-2EJ62UUB.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/entries/ruff-lane.ts
var send = process.send?.bind(process);
if (!send) throw new Error("ruff-lane must run as a child process with an IPC channel");
var post = (reply) => void send(reply);
var handle = createRuffLane(post);
var queue = Promise.resolve();
process.on("message", (request) => {
  queue = queue.then(() => handle(request)).catch((error) => void send({ kind: "error", message: error instanceof Error ? error.message : String(error) }, () => process.exit(1)));
});
process.on("disconnect", () => process.exit(0));
