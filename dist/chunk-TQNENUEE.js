import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-EJLKJTDQ.js";
import "./chunk-7IBN7GOK.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-JPU3OOAR.js";
import "./chunk-QWGQGJBN.js";
import "./chunk-SJK45AAF.js";
import "./chunk-4VKYGFDQ.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-GXOO6Y2H.js";
import "./chunk-R7CEEUVO.js";
import "./chunk-QA22CGM7.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-7BRTA5IQ.js";
import "./chunk-YO2X36I4.js";
export {
  toSarifReport
};
