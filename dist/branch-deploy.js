import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-B6NBKOSO.js";
import "./chunk-MXPRZX4K.js";
import "./chunk-UKZL2W5S.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-QMWBIK2I.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-VBNORRDV.js";
import "./chunk-7BE66BDQ.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-QHXINQHT.js";
import "./chunk-2DOC7VZ7.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-TUMKRT33.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-HOWNAYTZ.js";
import "./chunk-R452OM5I.js";
import "./chunk-OFQNRVRU.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-6ABLDQGY.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
