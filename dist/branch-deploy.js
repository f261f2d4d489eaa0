import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-R5BBWW2H.js";
import "./chunk-SS5QDEPA.js";
import "./chunk-ZOZAC5EW.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-NEXXRY3Z.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-KNSEIF4Y.js";
import "./chunk-GUZMWKD7.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-24OC2QA4.js";
import "./chunk-FL5DQKPH.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-CVLHRHEZ.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-BH2IAUKH.js";
import "./chunk-QRMJYODL.js";
import "./chunk-2U7M5XTS.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-K3FZRXA3.js";
import "./chunk-6UYYHUVR.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
