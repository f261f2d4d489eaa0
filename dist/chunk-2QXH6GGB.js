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
} from "./chunk-5XQ4SANI.js";
import "./chunk-MTAJ5AHF.js";
import "./chunk-CNTPM3JJ.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-GL7BSASY.js";
import "./chunk-GTX6XAOW.js";
import "./chunk-VC4NK5N4.js";
import "./chunk-24NPJN2W.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-ZZFJOJNV.js";
import "./chunk-6XJTEQ45.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-B53SGFTW.js";
import "./chunk-XOLW2FTU.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-BRYOWIXX.js";
import "./chunk-W4RZCN3N.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
