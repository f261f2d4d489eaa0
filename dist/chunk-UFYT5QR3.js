import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  testProject
} from "./chunk-X5ASF6EI.js";
import "./chunk-5YCL6M7L.js";
import "./chunk-2WQTEF5W.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-QKX2BD35.js";
import "./chunk-R7JKJNRO.js";
import "./chunk-PV4T63TV.js";
export {
  testProject
};
