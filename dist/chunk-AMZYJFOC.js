import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
} from "./chunk-NUONBKI6.js";
import "./chunk-UZ7EE2BK.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-CIMIKHC7.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-YCRVRXIE.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-TLFNNSH2.js";
import "./chunk-JQDTXSCN.js";
import "./chunk-ZP6E3VFU.js";
import "./chunk-SSRAVLC5.js";
import "./chunk-4VKYGFDQ.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-756XQ7PR.js";
import "./chunk-B5ED5CYA.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-PRNEWLQQ.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-MLA5LYHA.js";
import "./chunk-GFOSZ7M4.js";
import "./chunk-PA5Q2WSG.js";
import "./chunk-QA22CGM7.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-O77NDQPO.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
