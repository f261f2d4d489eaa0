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
} from "./chunk-MICS4FBI.js";
import "./chunk-HZHXHEGK.js";
import "./chunk-QA22CGM7.js";
import "./chunk-X4OBC3KH.js";
import "./chunk-H5MO7FYH.js";
import "./chunk-YO2X36I4.js";
export {
  CONFIG_SCHEMA_URL,
  DEFAULT_CONFIG_FILE,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
};
