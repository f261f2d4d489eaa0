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
} from "./chunk-YQNQ5J3C.js";
import "./chunk-GNW3W26O.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-FKZCCUUK.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-7E66HCF5.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-QWGQGJBN.js";
import "./chunk-OGTTV447.js";
import "./chunk-4YEYIG5K.js";
import "./chunk-ZB4DWU2W.js";
import "./chunk-MMSFJUZG.js";
import "./chunk-4VKYGFDQ.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-66DAD36N.js";
import "./chunk-BN24KXPF.js";
import "./chunk-JVPGWNRN.js";
import "./chunk-REMOIX35.js";
import "./chunk-HU7YP5XU.js";
import "./chunk-7CGN3SQU.js";
import "./chunk-MICS4FBI.js";
import "./chunk-HZHXHEGK.js";
import "./chunk-QA22CGM7.js";
import "./chunk-S4THQWID.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-X4OBC3KH.js";
import "./chunk-H5MO7FYH.js";
import "./chunk-YO2X36I4.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
