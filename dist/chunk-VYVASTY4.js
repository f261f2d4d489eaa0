import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-GTX6XAOW.js";
import "./chunk-VC4NK5N4.js";
import "./chunk-24NPJN2W.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-BRYOWIXX.js";
import "./chunk-W4RZCN3N.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
