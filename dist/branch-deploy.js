import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-PAMI75RF.js";
import "./chunk-67TDFQY5.js";
import "./chunk-LPAZ2WWR.js";
import "./chunk-7PE52MXD.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import "./chunk-2PWEFSMI.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-CKTWIHMS.js";
import "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
