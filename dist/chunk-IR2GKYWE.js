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
} from "./chunk-6QHQCVYO.js";
import "./chunk-EAW6WUB4.js";
import "./chunk-CNTPM3JJ.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-7KWMYNKI.js";
import "./chunk-DND6YVBO.js";
import "./chunk-HWSHPISE.js";
import "./chunk-QKVPJNXI.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-FB2QFT66.js";
import "./chunk-F4VGG3VF.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-2ABMK4DL.js";
import "./chunk-5BMCRBAA.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-GHNWSO4Z.js";
import "./chunk-NWX4MZ2A.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
