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
} from "./chunk-JVJNUQTS.js";
import "./chunk-5MEJ46SU.js";
import "./chunk-B2TXPEVY.js";
import "./chunk-2W5MY3QL.js";
import "./chunk-KP2RQJ2Q.js";
import "./chunk-5XQB7HHQ.js";
import "./chunk-4LV274VA.js";
import "./chunk-D5BBFPOF.js";
import "./chunk-5BAC55PO.js";
import "./chunk-2MXR75DM.js";
import "./chunk-6PNI6W76.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-H7A3CW2H.js";
import "./chunk-F7ZSN4N7.js";
import "./chunk-3AMSAHFN.js";
import "./chunk-M3SV4P2Y.js";
import "./chunk-JVS4XDQT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-5BYUOLQR.js";
import "./chunk-HQA5U7UH.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-WJG5BK6M.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";
export {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation,
  softenRefutedImportFailures
};
