import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/reports/report-json.ts
var REPORT_VERSION = 2;
function toJsonReport(report) {
  const { tool, ...rest } = report;
  return {
    reportVersion: REPORT_VERSION,
    tool,
    ...rest,
    projects: report.projects.map(({ findings: _findings, ...project }) => project)
  };
}
function formatJsonReport(report, options = {}) {
  return JSON.stringify(toJsonReport(report), null, options.pretty ? 2 : void 0) + "\n";
}

export {
  REPORT_VERSION,
  toJsonReport,
  formatJsonReport
};
