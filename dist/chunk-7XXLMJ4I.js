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
} from "./chunk-KJ5PHKCW.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-4SVJU4RV.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-J2RKS2NV.js";
import "./chunk-V7DBBBQH.js";
import "./chunk-ZFJA62HB.js";
import "./chunk-LX4CQGXT.js";
import "./chunk-43BG6VD2.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-2OBCCVRA.js";
import "./chunk-34AAM5IP.js";
import "./chunk-TM3FLU6S.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-IH32SU4Y.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";
export {
  mergeSyntaxErrors,
  resolveBaseCommit,
  runValidation
};
