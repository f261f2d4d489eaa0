import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-F56YIMHG.js";
import "./chunk-WHN45KPG.js";
import "./chunk-PEUQYFE3.js";
import "./chunk-WYPICPU2.js";
import "./chunk-FGU263DX.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-5BAC55PO.js";
import "./chunk-O3YMXOSZ.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-5KGGBWSE.js";
import "./chunk-KUCIOWF5.js";
import "./chunk-HMSYA7RN.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-7TZKB6SJ.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";
export {
  toSarifReport
};
