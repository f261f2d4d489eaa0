import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  BRANCH_MAPPING_EVENTS,
  DEPLOY_EVENTS,
  EVENT_PAYLOAD_LIMIT,
  PULL_REQUEST_EVENTS,
  asRecord,
  deployBranch,
  deployEventRefusal,
  describeJsonValue,
  isPositiveInteger,
  isRepositoryName,
  readEventPayload,
  readEventPayloadFile,
  readGitHubContext,
  serverUrlOf
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";
export {
  BRANCH_MAPPING_EVENTS,
  DEPLOY_EVENTS,
  EVENT_PAYLOAD_LIMIT,
  PULL_REQUEST_EVENTS,
  asRecord,
  deployBranch,
  deployEventRefusal,
  describeJsonValue,
  isPositiveInteger,
  isRepositoryName,
  readEventPayload,
  readEventPayloadFile,
  readGitHubContext,
  serverUrlOf
};
