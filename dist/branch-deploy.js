import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-HYG3DPKM.js";
import "./chunk-2LOKVIOQ.js";
import "./chunk-JICF22YD.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-2UNYMN24.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CFY342RQ.js";
import "./chunk-7Q3XGEXT.js";
import "./chunk-WHP2ORKT.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-VOUNPI3T.js";
import "./chunk-NMWCXWYV.js";
import "./chunk-HDDA23HB.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-2OK77WP7.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-N66AJISI.js";
import "./chunk-XKPH43CB.js";
import "./chunk-R6Y7S5H7.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-HS7NTNLF.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
