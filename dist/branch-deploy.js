import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-R33FTYBT.js";
import "./chunk-2K3SPJER.js";
import "./chunk-7UTUUMVZ.js";
import "./chunk-PVPZ53WS.js";
import "./chunk-AXD545UE.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-YGSHSTII.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-KQCDK2UV.js";
import "./chunk-PJU323P4.js";
import "./chunk-NCWLBUPK.js";
import "./chunk-TJZCBTN3.js";
import "./chunk-5CDACVBK.js";
import "./chunk-DTAHUBLS.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-5RCDFWSR.js";
import "./chunk-LRKV7HU6.js";
import "./chunk-6HJKKTPH.js";
import "./chunk-LQQ2ERHO.js";
import "./chunk-4OMBTDW5.js";
import "./chunk-T2MEDBSM.js";
import "./chunk-DOS4ILO6.js";
import "./chunk-APDCQAH3.js";
import "./chunk-TAW4ZDPI.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-A263TXGM.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-7MJLFQTP.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-Z77QSLN7.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
