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
} from "./chunk-GFOSZ7M4.js";
import "./chunk-PA5Q2WSG.js";
import "./chunk-QA22CGM7.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-PV4T63TV.js";
export {
  CONFIG_SCHEMA_URL,
  DEFAULT_CONFIG_FILE,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
};
