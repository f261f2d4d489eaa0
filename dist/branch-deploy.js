import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-YCNXQBUI.js";
import "./chunk-ADTKIQZC.js";
import "./chunk-CBMNMRYO.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-OSGCNZ4Q.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-Z6PNBKKO.js";
import "./chunk-AN6M53AA.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-WNEDXGMN.js";
import "./chunk-EP6WJMFX.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-CKDVJOTV.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-Z3CEI7GP.js";
import "./chunk-TPBEETTG.js";
import "./chunk-4VC5DJ3B.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-FZOZZXX2.js";
import "./chunk-H5G3PN36.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
