import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/config/limits.ts
var MAX_IMPORT_TIMEOUT_SECONDS = 3600;
var MAX_FILE_SIZE_CEILING = 1024 ** 3;

export {
  MAX_IMPORT_TIMEOUT_SECONDS,
  MAX_FILE_SIZE_CEILING
};
