import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-JMDSBBUW.js";
import "./chunk-BIKK6ETS.js";
import "./chunk-O3QIPLIB.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-CCNDFDT4.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-JDTOICV7.js";
import "./chunk-TSRW55ZR.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-HGNQPPUE.js";
import "./chunk-6R7TKRNI.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-S6VEB4FH.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-HDF3LF4Y.js";
import "./chunk-KCGI76MQ.js";
import "./chunk-5B5QWKVJ.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-NUIEYOJK.js";
import "./chunk-CZXLBLOD.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
