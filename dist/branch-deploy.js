import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-NTO5U6GO.js";
import "./chunk-X2MNRX7C.js";
import "./chunk-ZOZAC5EW.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-DINUTUOD.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-PXENTB76.js";
import "./chunk-4BJPHV6G.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-5VSLK6XD.js";
import "./chunk-YRRILNI4.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-D3RL2GYG.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-BH2IAUKH.js";
import "./chunk-H5RBUNTC.js";
import "./chunk-57RIQ6AG.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-K3FZRXA3.js";
import "./chunk-6UYYHUVR.js";
import "./chunk-PV4T63TV.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
