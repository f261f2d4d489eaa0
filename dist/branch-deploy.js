import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-TS2ZCD5S.js";
import "./chunk-THGWZW3L.js";
import "./chunk-V6WCKHPW.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-KXXAMS56.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-OJCL234N.js";
import "./chunk-3PCFHZ6K.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-DGYK2UBU.js";
import "./chunk-ZOW7PTQR.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-2VXHFEBL.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-5XYBA5IV.js";
import "./chunk-3JJLPUDW.js";
import "./chunk-KBT6R44G.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-DSMQPACI.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
