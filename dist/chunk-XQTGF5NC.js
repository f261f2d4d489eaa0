import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/project/python-project-files.ts
var PYTHON_PROJECT_FILES = ["setup.py", "pyproject.toml", "setup.cfg"];

export {
  PYTHON_PROJECT_FILES
};
