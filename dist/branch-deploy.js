import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-6MS6K6ED.js";
import "./chunk-M6JQ3OAK.js";
import "./chunk-4WPUZU7O.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-KW2PK2HX.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-REAOYKR4.js";
import "./chunk-RHV67WIM.js";
import "./chunk-4UG3MDUQ.js";
import "./chunk-4UO3M4EN.js";
import "./chunk-MP4X5IIO.js";
import "./chunk-IIQHSIOZ.js";
import "./chunk-HGDPVBH2.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-XZEAT4ZJ.js";
import "./chunk-57P4KNWO.js";
import "./chunk-YJVYURTA.js";
import "./chunk-MJKMQP75.js";
import "./chunk-VQBFKAKM.js";
import "./chunk-AQWFV477.js";
import "./chunk-CXKVAJVZ.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-Y7F4A454.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-PZA6OZEU.js";
import "./chunk-DS3EII3C.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-OCSWMM3R.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
