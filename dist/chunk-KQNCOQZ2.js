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
} from "./chunk-ZM5N5BXV.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-EUACVP23.js";
import "./chunk-ENTMBH7I.js";
import "./chunk-3VEWGJAH.js";
import "./chunk-TTDDZKQI.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-5BAC55PO.js";
import "./chunk-EAZFCAKR.js";
import "./chunk-HJJKT6I6.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-IIQHSIOZ.js";
import "./chunk-HNI2J7ZC.js";
import "./chunk-5KGGBWSE.js";
import "./chunk-ENM6EQLJ.js";
import "./chunk-3CINTHAJ.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-4UCI6CJW.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-TDJCNVHO.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";
export {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
};
