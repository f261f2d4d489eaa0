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
} from "./chunk-SKXDIGZ4.js";
import "./chunk-55YR3WBZ.js";
import "./chunk-6GG4WJDD.js";
import "./chunk-LLZDYL25.js";
import "./chunk-EPBSHF5P.js";
import "./chunk-X5ASF6EI.js";
import "./chunk-5YCL6M7L.js";
import "./chunk-2WQTEF5W.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-TUNYVNKU.js";
import "./chunk-2J4QUIES.js";
import "./chunk-32IGLKFS.js";
import "./chunk-6QRX7PBP.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-QKX2BD35.js";
import "./chunk-R7JKJNRO.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
