import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-DXAFJCJD.js";
import "./chunk-JWZ3VMPE.js";
import "./chunk-3NSO6ZMP.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-OG4G5SZI.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-WV7Q4V5K.js";
import "./chunk-BLISWZWF.js";
import "./chunk-RBA32SIV.js";
import "./chunk-ANBWK4SA.js";
import "./chunk-IZDF2FTD.js";
import "./chunk-SZTFRMPF.js";
import "./chunk-G5PWWZEL.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-PRTD4REC.js";
import "./chunk-ATQU2SMB.js";
import "./chunk-XXKSG5YY.js";
import "./chunk-2OBCCVRA.js";
import "./chunk-34AAM5IP.js";
import "./chunk-TM3FLU6S.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-IH32SU4Y.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-3XOK4GTY.js";
import "./chunk-FKR53V2Z.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
