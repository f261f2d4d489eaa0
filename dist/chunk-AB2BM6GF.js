import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createDefaultAnalyzer,
  createInProcessAnalyzer,
  createRuffLane,
  createSplitAnalyzer,
  peakMemoryWithRuffProcess,
  ruffProcessEnvironment,
  runRuffGuarded
} from "./chunk-DLWGBFV7.js";
import "./chunk-5BAC55PO.js";
import "./chunk-FFL4BDKG.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";
export {
  createDefaultAnalyzer,
  createInProcessAnalyzer,
  createRuffLane,
  createSplitAnalyzer,
  peakMemoryWithRuffProcess,
  ruffProcessEnvironment,
  runRuffGuarded
};
