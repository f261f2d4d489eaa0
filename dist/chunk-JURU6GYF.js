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
} from "./chunk-LRKV7HU6.js";
import "./chunk-6HJKKTPH.js";
import "./chunk-4OMBTDW5.js";
import "./chunk-TAW4ZDPI.js";
import "./chunk-A263TXGM.js";
import "./chunk-7MJLFQTP.js";
import "./chunk-Z77QSLN7.js";
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
