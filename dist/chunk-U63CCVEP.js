import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-VOJLUUK4.js";
import "./chunk-27QHXFPO.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-6EH5ZYWZ.js";
import "./chunk-4LMQWEIE.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
