import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-FJFNPXP2.js";
import "./chunk-ACRC7P6S.js";
import "./chunk-I75TZNQL.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-WKWK2YGX.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-G5LNKCOB.js";
import "./chunk-P5TKCZRR.js";
import "./chunk-MGZFEBH4.js";
import "./chunk-756XQ7PR.js";
import "./chunk-B5ED5CYA.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-PRNEWLQQ.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-2I74477C.js";
import "./chunk-2NVRRMMI.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-MLA5LYHA.js";
import "./chunk-GFOSZ7M4.js";
import "./chunk-PA5Q2WSG.js";
import "./chunk-QA22CGM7.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-O77NDQPO.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
