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
} from "./chunk-JFS6TKMQ.js";
import "./chunk-TLQA4SZJ.js";
import "./chunk-JIHA6BV5.js";
import "./chunk-LLZDYL25.js";
import "./chunk-W62UVTLA.js";
import "./chunk-KU724JVC.js";
import "./chunk-RZVYOVJV.js";
import "./chunk-JSKB3X55.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-5VSLK6XD.js";
import "./chunk-YRRILNI4.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-D3RL2GYG.js";
import "./chunk-57RIQ6AG.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-K3FZRXA3.js";
import "./chunk-6UYYHUVR.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
