import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-4AEOGLLM.js";
import "./chunk-VVBOIDEU.js";
import "./chunk-PPYHSRZZ.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-NUIEYOJK.js";
import "./chunk-CZXLBLOD.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
