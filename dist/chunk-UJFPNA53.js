import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  deployFailed,
  runDeploy
} from "./chunk-6ZP3PB6B.js";
import "./chunk-HEGIMTD3.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-4XCUASVA.js";
import "./chunk-AASN726W.js";
import "./chunk-3VEWGJAH.js";
import "./chunk-HPJYEPVH.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-UE25YUFK.js";
import "./chunk-5BAC55PO.js";
import "./chunk-KG7FGSXO.js";
import "./chunk-5OHPNLSH.js";
import "./chunk-YV2HUMCY.js";
import "./chunk-J33IZOMG.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-VG4W6HQG.js";
import "./chunk-BR5ZQ5LU.js";
import "./chunk-EDE35CTV.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-C44J5LLB.js";
import "./chunk-KQUJXAMW.js";
import "./chunk-6V44XKHB.js";
import "./chunk-FLWRKWNB.js";
import "./chunk-GHLRZ4Z5.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-4UCI6CJW.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-BNYKSNGF.js";
import "./chunk-RK3VOADY.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-QT2UVWDD.js";
import "./chunk-YO2X36I4.js";
export {
  deployFailed,
  runDeploy
};
