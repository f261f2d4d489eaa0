import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  looksLikeCredential,
  mayReachProjectCode,
  nodeCommandRunner,
  projectCodeEnvironment,
  projectCodeRunner,
  spawnProjectCode
} from "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-YO2X36I4.js";
export {
  looksLikeCredential,
  mayReachProjectCode,
  nodeCommandRunner,
  projectCodeEnvironment,
  projectCodeRunner,
  spawnProjectCode
};
