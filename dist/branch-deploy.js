import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-K3OBQ6NA.js";
import "./chunk-UAFKIK5Z.js";
import "./chunk-MWTUTWFT.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-555UP3HV.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-ZVLEOYHD.js";
import "./chunk-PZS67WJN.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-TUNYVNKU.js";
import "./chunk-2J4QUIES.js";
import "./chunk-32IGLKFS.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-HZDV2TRV.js";
import "./chunk-YKKAHT4F.js";
import "./chunk-6QRX7PBP.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-QKX2BD35.js";
import "./chunk-R7JKJNRO.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
