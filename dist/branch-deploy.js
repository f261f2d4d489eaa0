import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-EQZYX4WO.js";
import "./chunk-NA42TRT3.js";
import "./chunk-DVNLLHXA.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-HABHETWJ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-FOEYBZCO.js";
import "./chunk-LTICA3G5.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-ZZFJOJNV.js";
import "./chunk-6XJTEQ45.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-B53SGFTW.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-35X7OUDF.js";
import "./chunk-P4QBCDSJ.js";
import "./chunk-XOLW2FTU.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-BRYOWIXX.js";
import "./chunk-W4RZCN3N.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
