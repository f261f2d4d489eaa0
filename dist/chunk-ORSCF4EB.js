import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  AIRFLOW_DAG_CLASS,
  KNOWN_DAG_CLASSES,
  SDK_DAG_CLASS,
  combineClassInits,
  extractDagInventory,
  isAirflowDagClass,
  madeByClassInit,
  readSuppressions
} from "./chunk-BCJWO2QU.js";
import "./chunk-W4446L2Y.js";
import "./chunk-CMMTSLCN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-YO2X36I4.js";
export {
  AIRFLOW_DAG_CLASS,
  KNOWN_DAG_CLASSES,
  SDK_DAG_CLASS,
  combineClassInits,
  extractDagInventory,
  isAirflowDagClass,
  madeByClassInit,
  readSuppressions
};
