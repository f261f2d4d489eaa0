import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-ILXLOJYO.js";
import "./chunk-ZG4ZCX4S.js";
import "./chunk-AYMAS3MD.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-KADN6TCS.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-44KDBM7L.js";
import "./chunk-6TR7MDTA.js";
import "./chunk-ZYGRHNSC.js";
import "./chunk-5HBWFFLW.js";
import "./chunk-WY7JDTL4.js";
import "./chunk-RRDWBGGR.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-7S2HAKQU.js";
import "./chunk-SUWYYH4P.js";
import "./chunk-CAEJALCI.js";
import "./chunk-HBYX3ZTC.js";
import "./chunk-YDNBPRSR.js";
import "./chunk-C42P6H33.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-5A3KWNAF.js";
import "./chunk-Y2AHHJDU.js";
import "./chunk-SDKFBY3O.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
