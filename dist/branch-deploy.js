import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-IZE6JZ36.js";
import "./chunk-GOZBNGR4.js";
import "./chunk-RII77RYI.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-KTZ7SGCK.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-YV5KHP4N.js";
import "./chunk-BLJHZ3EJ.js";
import "./chunk-BIGYYXWM.js";
import "./chunk-PUPKCD2R.js";
import "./chunk-5FG4VTQI.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-DYFWIW34.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-3AKLUKWM.js";
import "./chunk-GL3G5DSI.js";
import "./chunk-MQXUMEZY.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-6EH5ZYWZ.js";
import "./chunk-4LMQWEIE.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
