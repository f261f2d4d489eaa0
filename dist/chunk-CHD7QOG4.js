import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation
} from "./chunk-EDOKFBAR.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-HTIXDWTM.js";
import "./chunk-ZCHEG32C.js";
import "./chunk-C6IK7CIA.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-QUZKIJWB.js";
import "./chunk-6RLKGLZT.js";
import "./chunk-Y7FZAEOR.js";
import "./chunk-ISHTEUOB.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-5XYBA5IV.js";
import "./chunk-3JJLPUDW.js";
import "./chunk-KBT6R44G.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-DSMQPACI.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";
export {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation
};
