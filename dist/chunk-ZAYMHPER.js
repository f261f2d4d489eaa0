import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-QVRPLT3H.js";
import "./chunk-ZP6E3VFU.js";
import "./chunk-N5WOCPM4.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-JWJWPWM3.js";
import "./chunk-TZC6YQNG.js";
import "./chunk-MU4YXCHH.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
