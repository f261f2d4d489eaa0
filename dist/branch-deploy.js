import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-TSMUXZLX.js";
import "./chunk-RU7ST6A3.js";
import "./chunk-U7ZR44KM.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-J4LXNVRJ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-O776MPYQ.js";
import "./chunk-EG566SCL.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-YCPL7WQN.js";
import "./chunk-VCZIGXXS.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-4VIFFN7M.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-AR3GSSIU.js";
import "./chunk-XR5BXDDM.js";
import "./chunk-SOFIYIOG.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-MHUFJ7SF.js";
import "./chunk-52BLSNMK.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
