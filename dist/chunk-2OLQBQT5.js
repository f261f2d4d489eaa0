import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  installedDistributionNames,
  logicalRequirementLines,
  normalizeDistributionName,
  packagesTxtProblems,
  parsePackagesTxt,
  parseRequirements,
  requirementsLocalPaths
} from "./chunk-JKFYA7F3.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";
export {
  installedDistributionNames,
  logicalRequirementLines,
  normalizeDistributionName,
  packagesTxtProblems,
  parsePackagesTxt,
  parseRequirements,
  requirementsLocalPaths
};
