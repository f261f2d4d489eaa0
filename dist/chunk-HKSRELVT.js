import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  BRANCH_MAPPING_EVENTS,
  DEPLOY_EVENTS,
  PULL_REQUEST_EVENTS,
  asRecord,
  deployBranch,
  deployEventRefusal,
  describeJsonValue,
  isPositiveInteger,
  isRepositoryName,
  readEventPayload,
  readGitHubContext,
  serverUrlOf
} from "./chunk-YCJUMLT6.js";
import "./chunk-F4SVFYVZ.js";
import "./chunk-F7ZSN4N7.js";
import "./chunk-HQA5U7UH.js";
import "./chunk-E7Q2VRI3.js";
import "./chunk-YO2X36I4.js";
export {
  BRANCH_MAPPING_EVENTS,
  DEPLOY_EVENTS,
  PULL_REQUEST_EVENTS,
  asRecord,
  deployBranch,
  deployEventRefusal,
  describeJsonValue,
  isPositiveInteger,
  isRepositoryName,
  readEventPayload,
  readGitHubContext,
  serverUrlOf
};
