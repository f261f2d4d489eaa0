import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-RGG4FQGU.js";
import "./chunk-GGBLC7B6.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-45ARGC3K.js";
import "./chunk-OTSFH4RW.js";
import "./chunk-ZFJA62HB.js";
import "./chunk-Z7HKK34X.js";
import "./chunk-MZTG3ZSE.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-HOWNAYTZ.js";
import "./chunk-OFQNRVRU.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-6ABLDQGY.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";
export {
  toSarifReport
};
