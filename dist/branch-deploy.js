import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-5ZOTV4XR.js";
import "./chunk-OYAH7N5C.js";
import "./chunk-LV4RELWL.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-74NKMY4K.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-4CKUT46P.js";
import "./chunk-MSQMGTL6.js";
import "./chunk-MGZFEBH4.js";
import "./chunk-EGSXE7YM.js";
import "./chunk-CR6SRQX4.js";
import "./chunk-PRNEWLQQ.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-KWUJWNXB.js";
import "./chunk-DIP7G3ZN.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-GXOO6Y2H.js";
import "./chunk-LN6GMYLR.js";
import "./chunk-R7CEEUVO.js";
import "./chunk-QA22CGM7.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-FGEB2ZWR.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
