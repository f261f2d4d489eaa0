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
} from "./chunk-AO3UPGIP.js";
import "./chunk-XEYOY76Y.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-2KKQ2AIH.js";
import "./chunk-2ICRXX6N.js";
import "./chunk-6LRBF5QD.js";
import "./chunk-A4BJSHJI.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-K7BUHMNY.js";
import "./chunk-5BAC55PO.js";
import "./chunk-SWWXITEU.js";
import "./chunk-G7GPPOHV.js";
import "./chunk-4RVRRCKH.js";
import "./chunk-U3MTXZAU.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-4UO3M4EN.js";
import "./chunk-MP4X5IIO.js";
import "./chunk-IIQHSIOZ.js";
import "./chunk-HGDPVBH2.js";
import "./chunk-YJVYURTA.js";
import "./chunk-MJKMQP75.js";
import "./chunk-VQBFKAKM.js";
import "./chunk-AQWFV477.js";
import "./chunk-CXKVAJVZ.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-DS3EII3C.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
