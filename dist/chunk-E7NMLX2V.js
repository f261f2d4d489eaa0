import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
} from "./chunk-K4CEUT2E.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-ETR6O3BN.js";
import "./chunk-47UVE2RE.js";
import "./chunk-WYPICPU2.js";
import "./chunk-XVXAHGSH.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-5BAC55PO.js";
import "./chunk-4OMYGOPT.js";
import "./chunk-ACMK4CIN.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-EDE35CTV.js";
import "./chunk-BMACWLJC.js";
import "./chunk-6V44XKHB.js";
import "./chunk-ASVPIXRB.js";
import "./chunk-N42NXWFR.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-BNYKSNGF.js";
import "./chunk-6VSOEMRW.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-QT2UVWDD.js";
import "./chunk-YO2X36I4.js";
export {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
};
