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
} from "./chunk-EZNS4ACO.js";
import "./chunk-YQAQXJVH.js";
import "./chunk-ATJFLHJY.js";
import "./chunk-LLZDYL25.js";
import "./chunk-6YQNRVRO.js";
import "./chunk-K54VLZD3.js";
import "./chunk-LZGJ2EOV.js";
import "./chunk-QKVPJNXI.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-QRO7NF2S.js";
import "./chunk-F4VGG3VF.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-2ABMK4DL.js";
import "./chunk-2VLEESUK.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-PY6X62NL.js";
import "./chunk-NWX4MZ2A.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
