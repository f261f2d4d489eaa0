import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  COMMIT_SHA,
  createGit,
  hasControlCharacters,
  isCommitSha,
  previewValue,
  requireBranchName,
  requireCommitSha,
  requireRevision,
  runGit,
  stripUrlCredentials
} from "./chunk-AD4PL26L.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";
export {
  COMMIT_SHA,
  createGit,
  hasControlCharacters,
  isCommitSha,
  previewValue,
  requireBranchName,
  requireCommitSha,
  requireRevision,
  runGit,
  stripUrlCredentials
};
