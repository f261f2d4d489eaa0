import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-WQ2MAGUM.js";
import "./chunk-N5BOZLWX.js";
import "./chunk-3ZEERRCO.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-4QKTTKVV.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-7SYKR243.js";
import "./chunk-HNOEU2QX.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-IW5O3PFD.js";
import "./chunk-S4Q7KDTB.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-4CLMTQ3C.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-ZYXGJFXR.js";
import "./chunk-BDPOBA2R.js";
import "./chunk-SHWNVSXT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-X675TYE5.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
