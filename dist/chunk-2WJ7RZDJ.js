import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  REPORT_VERSION,
  formatJsonReport,
  formatJsonReportVariantParts,
  formatJsonReportVariants,
  toJsonReport
} from "./chunk-QZZC4JFI.js";
import "./chunk-YO2X36I4.js";
export {
  REPORT_VERSION,
  formatJsonReport,
  formatJsonReportVariantParts,
  formatJsonReportVariants,
  toJsonReport
};
