import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-TWA7P36Z.js";
import "./chunk-D2QTGG6L.js";
import "./chunk-TSJVWALN.js";
import "./chunk-TGPPKTMJ.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-OJBYM2KA.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-HCPD4F4G.js";
import "./chunk-GYVCI4DQ.js";
import "./chunk-5W5V27QA.js";
import "./chunk-4CAXY6VU.js";
import "./chunk-OB2XQB75.js";
import "./chunk-DTAHUBLS.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-ZLNLNU4N.js";
import "./chunk-YCJUMLT6.js";
import "./chunk-F4SVFYVZ.js";
import "./chunk-H7A3CW2H.js";
import "./chunk-F7ZSN4N7.js";
import "./chunk-3AMSAHFN.js";
import "./chunk-M3SV4P2Y.js";
import "./chunk-JVS4XDQT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-5BYUOLQR.js";
import "./chunk-HQA5U7UH.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-WJG5BK6M.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
