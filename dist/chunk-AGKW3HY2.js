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
} from "./chunk-WQ6BTNVS.js";
import "./chunk-7DGTAJVG.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-KV5HSU3A.js";
import "./chunk-ZMCNA2NR.js";
import "./chunk-YJKTKTNC.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-WNEDXGMN.js";
import "./chunk-EP6WJMFX.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-CKDVJOTV.js";
import "./chunk-4VC5DJ3B.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-FZOZZXX2.js";
import "./chunk-H5G3PN36.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
