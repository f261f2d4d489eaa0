import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  deployFailed,
  runDeploy
} from "./chunk-BHJUADK6.js";
import "./chunk-EJI3MAMD.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-LZRENH6C.js";
import "./chunk-JC3LTDUW.js";
import "./chunk-LJZW4M4O.js";
import "./chunk-3VERQ55H.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-D5BBFPOF.js";
import "./chunk-MXTQQ2LQ.js";
import "./chunk-5BAC55PO.js";
import "./chunk-C3ITYMYT.js";
import "./chunk-CM2BJSES.js";
import "./chunk-ASSTCUVV.js";
import "./chunk-IIF4YTWD.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-4XXBYKNA.js";
import "./chunk-OB2XQB75.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-24VGGYP4.js";
import "./chunk-F4SVFYVZ.js";
import "./chunk-H7A3CW2H.js";
import "./chunk-F7ZSN4N7.js";
import "./chunk-TWANNFIF.js";
import "./chunk-M3SV4P2Y.js";
import "./chunk-JVS4XDQT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-5BYUOLQR.js";
import "./chunk-WFLETOXD.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ZGVPCPVX.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";
export {
  deployFailed,
  runDeploy
};
