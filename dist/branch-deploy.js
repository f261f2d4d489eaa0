import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-ZA3EH4Y3.js";
import "./chunk-MFSSAUOK.js";
import "./chunk-HSW4VJR5.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-RFLVQ5NI.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-2NZGODWC.js";
import "./chunk-L2K6UG2F.js";
import "./chunk-EHYOBCV2.js";
import "./chunk-6O7PHKYR.js";
import "./chunk-TVZGOAYF.js";
import "./chunk-EDE35CTV.js";
import "./chunk-DTAHUBLS.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-SKIGVQPH.js";
import "./chunk-SXSA6NTQ.js";
import "./chunk-C44J5LLB.js";
import "./chunk-BMACWLJC.js";
import "./chunk-6V44XKHB.js";
import "./chunk-ASVPIXRB.js";
import "./chunk-N42NXWFR.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-Y7F4A454.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-BNYKSNGF.js";
import "./chunk-6VSOEMRW.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-QT2UVWDD.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
