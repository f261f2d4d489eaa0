import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-CAIO5DDA.js";
import "./chunk-5VKOXUQY.js";
import "./chunk-EBRXKUAU.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-C275HYTX.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-LD5AOEQU.js";
import "./chunk-WBHOORM3.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-FB2QFT66.js";
import "./chunk-F4VGG3VF.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-2ABMK4DL.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-ZYBD3DIW.js";
import "./chunk-7G3LTK46.js";
import "./chunk-5BMCRBAA.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-GHNWSO4Z.js";
import "./chunk-NWX4MZ2A.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
