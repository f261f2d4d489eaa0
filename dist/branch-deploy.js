import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-E4MBDXCD.js";
import "./chunk-J4EKVGOF.js";
import "./chunk-LV4RELWL.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-GPFKLFVE.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-NYDMYIWX.js";
import "./chunk-MS3HYRPK.js";
import "./chunk-MGZFEBH4.js";
import "./chunk-V7HAHPQH.js";
import "./chunk-MZFF2D7Q.js";
import "./chunk-LVX4WYEH.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-KWUJWNXB.js";
import "./chunk-CWBSHJFQ.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-GXOO6Y2H.js";
import "./chunk-LN6GMYLR.js";
import "./chunk-R7CEEUVO.js";
import "./chunk-QA22CGM7.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-7BRTA5IQ.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
