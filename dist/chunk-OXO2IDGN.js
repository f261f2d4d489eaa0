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
  runRuffGuarded,
  startTimedOut
} from "./chunk-HD3VSPYA.js";
import {
  ruffProcessEnvironment
} from "./chunk-FAVP5ZOJ.js";
import "./chunk-5BAC55PO.js";
import "./chunk-2EJ62UUB.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-MOGDTFFA.js";
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
