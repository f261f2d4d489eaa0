import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-652BI4RQ.js";
import "./chunk-P3PQ5XGA.js";
import "./chunk-JICF22YD.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-PWUB2AJJ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CFY342RQ.js";
import "./chunk-HEQLATCP.js";
import "./chunk-QTPDPWW4.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-LCVEJZW2.js";
import "./chunk-J2ZL7NBK.js";
import "./chunk-B7N3U2FZ.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-OOBNAHTA.js";
import "./chunk-WBJXLKLL.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-N66AJISI.js";
import "./chunk-XKPH43CB.js";
import "./chunk-R6Y7S5H7.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-PV4OYFS4.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
