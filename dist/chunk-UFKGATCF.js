import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  mergeCycleErrors,
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
} from "./chunk-CTIVHTMC.js";
import "./chunk-5MEJ46SU.js";
import "./chunk-43RXWH2F.js";
import "./chunk-3LFNLO57.js";
import "./chunk-C5N7YHZA.js";
import "./chunk-P7BQCNL7.js";
import "./chunk-4LV274VA.js";
import "./chunk-D5BBFPOF.js";
import "./chunk-5BAC55PO.js";
import "./chunk-MWYYY3A2.js";
import "./chunk-2FTKPEYZ.js";
import "./chunk-T4GA4MKE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-LQQ2ERHO.js";
import "./chunk-4OMBTDW5.js";
import "./chunk-T2MEDBSM.js";
import "./chunk-DOS4ILO6.js";
import "./chunk-APDCQAH3.js";
import "./chunk-TAW4ZDPI.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-A263TXGM.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-7MJLFQTP.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-Z77QSLN7.js";
import "./chunk-YO2X36I4.js";
export {
  mergeCycleErrors,
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
};
