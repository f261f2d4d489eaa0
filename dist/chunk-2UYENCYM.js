import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ANALYSIS_ENGINES,
  ANALYSIS_VERSION,
  analysisCacheFingerprint,
  analysisKey,
  analysisPackPath,
  asciiJson,
  contentHash,
  createStatIndexSession,
  digestOf,
  judgedKey,
  openAnalysisCache
} from "./chunk-XEWGXLNW.js";
import "./chunk-KMDYCKWP.js";
import "./chunk-CMMTSLCN.js";
import "./chunk-5BAC55PO.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-YO2X36I4.js";
export {
  ANALYSIS_ENGINES,
  ANALYSIS_VERSION,
  analysisCacheFingerprint,
  analysisKey,
  analysisPackPath,
  asciiJson,
  contentHash,
  createStatIndexSession,
  digestOf,
  judgedKey,
  openAnalysisCache
};
