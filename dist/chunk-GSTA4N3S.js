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
} from "./chunk-HTOBPBAY.js";
import "./chunk-N6CYVMDN.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-KV5HSU3A.js";
import "./chunk-VOJLUUK4.js";
import "./chunk-27QHXFPO.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-PUPKCD2R.js";
import "./chunk-5FG4VTQI.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-DYFWIW34.js";
import "./chunk-MQXUMEZY.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-6EH5ZYWZ.js";
import "./chunk-4LMQWEIE.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
