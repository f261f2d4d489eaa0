import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-6M5FPK5W.js";
import "./chunk-EMPSDSEK.js";
import "./chunk-MCAYZ4YN.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-F5XG5AAZ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-66DAD36N.js";
import "./chunk-5AQJI2FA.js";
import "./chunk-E7LWPWHC.js";
import "./chunk-C3LQATT4.js";
import "./chunk-BN24KXPF.js";
import "./chunk-JVPGWNRN.js";
import "./chunk-REMOIX35.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-VQFXVBL7.js";
import "./chunk-DTZ272UU.js";
import "./chunk-HU7YP5XU.js";
import "./chunk-7CGN3SQU.js";
import "./chunk-MICS4FBI.js";
import "./chunk-HZHXHEGK.js";
import "./chunk-QA22CGM7.js";
import "./chunk-S4THQWID.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-X4OBC3KH.js";
import "./chunk-H5MO7FYH.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
