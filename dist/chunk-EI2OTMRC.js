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
} from "./chunk-5SPCTXFG.js";
import "./chunk-JZESBLX6.js";
import "./chunk-BK2RKEW3.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-D2LAEF3Z.js";
import "./chunk-4AEOGLLM.js";
import "./chunk-VVBOIDEU.js";
import "./chunk-PPYHSRZZ.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-HGNQPPUE.js";
import "./chunk-6R7TKRNI.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-S6VEB4FH.js";
import "./chunk-5B5QWKVJ.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-NUIEYOJK.js";
import "./chunk-CZXLBLOD.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
