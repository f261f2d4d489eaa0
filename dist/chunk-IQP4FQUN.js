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
} from "./chunk-B3S24LG2.js";
import "./chunk-5EYW5KHG.js";
import "./chunk-6GG4WJDD.js";
import "./chunk-LLZDYL25.js";
import "./chunk-EPBSHF5P.js";
import "./chunk-IB72CEID.js";
import "./chunk-ROFK7OK6.js";
import "./chunk-2WQTEF5W.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-TUNYVNKU.js";
import "./chunk-2J4QUIES.js";
import "./chunk-32IGLKFS.js";
import "./chunk-XF6TPBTB.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-QKX2BD35.js";
import "./chunk-R7JKJNRO.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
