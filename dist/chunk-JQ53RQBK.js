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
} from "./chunk-JNBAL7F5.js";
import "./chunk-MWYYY3A2.js";
import "./chunk-2FTKPEYZ.js";
import "./chunk-T4GA4MKE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-LQQ2ERHO.js";
import "./chunk-T2MEDBSM.js";
import "./chunk-DOS4ILO6.js";
import "./chunk-APDCQAH3.js";
import "./chunk-TAW4ZDPI.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-7MJLFQTP.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-Z77QSLN7.js";
import "./chunk-YO2X36I4.js";
export {
  DEFAULT_TEST_TIMEOUT_SECONDS,
  noTestsFolderMessage,
  testProject
};
