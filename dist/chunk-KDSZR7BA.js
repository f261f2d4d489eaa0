import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-DND6YVBO.js";
import "./chunk-HWSHPISE.js";
import "./chunk-QKVPJNXI.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-GHNWSO4Z.js";
import "./chunk-NWX4MZ2A.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
