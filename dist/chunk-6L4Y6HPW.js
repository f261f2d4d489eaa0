import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-V55ERUZQ.js";
import "./chunk-SFRONS7Y.js";
import "./chunk-SQTTFTWJ.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-MHUFJ7SF.js";
import "./chunk-52BLSNMK.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
