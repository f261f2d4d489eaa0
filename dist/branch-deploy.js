import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-QSHABCKH.js";
import "./chunk-CPTKXGMH.js";
import "./chunk-2FR4KQUJ.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-5ZZNCBGO.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-7H7R564D.js";
import "./chunk-5BIWPQJS.js";
import "./chunk-4UG3MDUQ.js";
import "./chunk-KYH2SD5U.js";
import "./chunk-QRYYUXDT.js";
import "./chunk-IIQHSIOZ.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-XZEAT4ZJ.js";
import "./chunk-KFVE4ZCK.js";
import "./chunk-XVUWAXEC.js";
import "./chunk-IHTPNIKC.js";
import "./chunk-5KGGBWSE.js";
import "./chunk-KUCIOWF5.js";
import "./chunk-HMSYA7RN.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-Y7F4A454.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-7TZKB6SJ.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
