import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-VR4TYEIB.js";
import "./chunk-G2BNBCPO.js";
import "./chunk-OJXFZ7VQ.js";
import "./chunk-6LRBF5QD.js";
import "./chunk-A4BJSHJI.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-5BAC55PO.js";
import "./chunk-CUGPDUWG.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-HBYX3ZTC.js";
import "./chunk-YDNBPRSR.js";
import "./chunk-C42P6H33.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-5A3KWNAF.js";
import "./chunk-Y2AHHJDU.js";
import "./chunk-SDKFBY3O.js";
import "./chunk-YO2X36I4.js";
export {
  toSarifReport
};
