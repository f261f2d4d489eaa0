import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-2HU5WLC2.js";
import "./chunk-NAZG2MTK.js";
import "./chunk-3NLXMUBO.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-5RTZAT4S.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WHKILZPI.js";
import "./chunk-M6T6DZNN.js";
import "./chunk-4UG3MDUQ.js";
import "./chunk-FAIX3ZIZ.js";
import "./chunk-DSINR3G6.js";
import "./chunk-IIQHSIOZ.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-TTMXRIOH.js";
import "./chunk-2FN5W4PE.js";
import "./chunk-MZLYMZQY.js";
import "./chunk-HNI2J7ZC.js";
import "./chunk-5KGGBWSE.js";
import "./chunk-ENM6EQLJ.js";
import "./chunk-3CINTHAJ.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-4UCI6CJW.js";
import "./chunk-Y7F4A454.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-TDJCNVHO.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
