import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-A24WJ2PL.js";
import "./chunk-SR2VRSM4.js";
import "./chunk-CZLCUKRJ.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-OW6EJ6SZ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CFY342RQ.js";
import "./chunk-PYYT4Q4C.js";
import "./chunk-X27S24UZ.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-B2RO4APU.js";
import "./chunk-LMJRQ7AR.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-SLIJN3XL.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-DQD63S5H.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-2OBCCVRA.js";
import "./chunk-34AAM5IP.js";
import "./chunk-TM3FLU6S.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-ZOCPXMQD.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
