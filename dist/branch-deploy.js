import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeployAction
} from "./chunk-OTYA2EXC.js";
import "./chunk-CU6PUZTI.js";
import "./chunk-ZZKXMEWX.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-TUHKB53N.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-62EQCYCL.js";
import "./chunk-F5ZIZJR5.js";
import "./chunk-EHYOBCV2.js";
import "./chunk-VG4W6HQG.js";
import "./chunk-BR5ZQ5LU.js";
import "./chunk-EDE35CTV.js";
import "./chunk-DTAHUBLS.js";
import {
  createActionsRuntime,
  runWrapper
} from "./chunk-UCTQUKRS.js";
import "./chunk-FG6DFJT6.js";
import "./chunk-C44J5LLB.js";
import "./chunk-KQUJXAMW.js";
import "./chunk-6V44XKHB.js";
import "./chunk-FLWRKWNB.js";
import "./chunk-GHLRZ4Z5.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-4UCI6CJW.js";
import "./chunk-Y7F4A454.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-BNYKSNGF.js";
import "./chunk-RK3VOADY.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-SXPPGQ23.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-QT2UVWDD.js";
import "./chunk-YO2X36I4.js";

// src/entries/branch-deploy.ts
await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
