import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  armStartWatchdog,
  createDefaultAnalyzer,
  createInProcessAnalyzer,
  createRuffLane,
  createSplitAnalyzer,
  peakMemoryWithRuffProcess,
  ruffProcessEnvironment,
  runRuffGuarded,
  startTimedOut
} from "./chunk-DE46ON5A.js";
import "./chunk-5BAC55PO.js";
import "./chunk-SFMNZYWC.js";
import "./chunk-Z77QSLN7.js";
import "./chunk-YO2X36I4.js";
export {
  armStartWatchdog,
  createDefaultAnalyzer,
  createInProcessAnalyzer,
  createRuffLane,
  createSplitAnalyzer,
  peakMemoryWithRuffProcess,
  ruffProcessEnvironment,
  runRuffGuarded,
  startTimedOut
};
