import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  noTestsFolderMessage,
  testProject
} from "./chunk-J6B237RR.js";
import "./chunk-2MXR75DM.js";
import "./chunk-6PNI6W76.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-H7A3CW2H.js";
import "./chunk-3AMSAHFN.js";
import "./chunk-M3SV4P2Y.js";
import "./chunk-JVS4XDQT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-5BYUOLQR.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-WJG5BK6M.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";
export {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  noTestsFolderMessage,
  testProject
};
