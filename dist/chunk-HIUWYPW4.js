import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  CONFIG_SCHEMA_URL,
  DEFAULT_CONFIG_FILE,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
} from "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";
export {
  CONFIG_SCHEMA_URL,
  DEFAULT_CONFIG_FILE,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
};
