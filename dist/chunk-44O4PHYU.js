import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  testProject
} from "./chunk-VLIILJI6.js";
import "./chunk-BQKT6GU2.js";
import "./chunk-PJZWYN25.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-ZYXGJFXR.js";
import "./chunk-BDPOBA2R.js";
import "./chunk-SHWNVSXT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";
export {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  testProject
};
