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
} from "./chunk-QU7XOU4J.js";
import "./chunk-DDN4E3KP.js";
import "./chunk-ATJFLHJY.js";
import "./chunk-LLZDYL25.js";
import "./chunk-6YQNRVRO.js";
import "./chunk-V55ERUZQ.js";
import "./chunk-SFRONS7Y.js";
import "./chunk-SQTTFTWJ.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-YCPL7WQN.js";
import "./chunk-VCZIGXXS.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-4VIFFN7M.js";
import "./chunk-SOFIYIOG.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-MHUFJ7SF.js";
import "./chunk-52BLSNMK.js";
import "./chunk-PV4T63TV.js";
export {
  PULL_REQUEST_EVENTS,
  deployFailed,
  runDeploy
};
