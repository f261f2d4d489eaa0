import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-HUASNVCY.js";
import "./chunk-SXWZDN2K.js";
import "./chunk-EBRXKUAU.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-7INW4NJU.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-LXIXWJIX.js";
import "./chunk-WBHOORM3.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-QRO7NF2S.js";
import "./chunk-F4VGG3VF.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-2ABMK4DL.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-ZYBD3DIW.js";
import "./chunk-XTZHKM6G.js";
import "./chunk-2VLEESUK.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-PY6X62NL.js";
import "./chunk-NWX4MZ2A.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
