import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/version.ts
var TOOL_VERSION = "0.1.0";
var TOOL_NAME = "astro-ci";
var BUILD_ID = "f99984dc80367377";

export {
  TOOL_VERSION,
  TOOL_NAME,
  BUILD_ID
};
