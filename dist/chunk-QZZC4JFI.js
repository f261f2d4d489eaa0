import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/reports/report-json.ts
import { randomBytes } from "node:crypto";
var REPORT_VERSION = 3;
function reportedDag(dag) {
  const { arguments: _a, defaultArgs: _d, defaultArgsComplete: _c, dagIdFromFile: _f, branch: _b, callError: _e, decoratorWithoutCall: _w, ...facts } = dag;
  return facts;
}
function toJsonReport(report) {
  const { tool, ...rest } = report;
  return {
    reportVersion: REPORT_VERSION,
    tool,
    ...rest,
    projects: report.projects.map(({ findings: _findings, ...project }) => ({ ...project, dags: project.dags.map(reportedDag) }))
  };
}
function formatJsonReport(report, options = {}) {
  return JSON.stringify(toJsonReport(report), null, options.pretty ? 2 : void 0) + "\n";
}
function formatJsonReportVariants(report, variants, options = {}) {
  return formatJsonReportVariantParts(report, variants, options).map((parts) => parts.join(""));
}
function formatJsonReportVariantParts(report, variants, options = {}) {
  const nonce = randomBytes(8).toString("hex");
  const marker = (index) => `\0astro-ci-cache-${nonce}-${index}\0`;
  const marked = { ...report, projects: report.projects.map((p, i) => p.cache ? { ...p, cache: marker(i) } : p) };
  const text = JSON.stringify(toJsonReport(marked), null, options.pretty ? 2 : void 0);
  const counts = (value) => {
    if (!value) throw new Error("formatJsonReportVariants: a variant has no cache counts for a project that has them");
    return options.pretty ? JSON.stringify(value, null, 2).replace(/\n/g, "\n      ") : JSON.stringify(value);
  };
  const pieces = text.split(new RegExp(`"\\\\u0000astro-ci-cache-${nonce}-(\\d+)\\\\u0000"`));
  return variants.map((variant) => {
    const parts = [pieces[0]];
    for (let k = 1; k < pieces.length; k += 2) parts.push(counts(variant[Number(pieces[k])]), pieces[k + 1]);
    parts.push("\n");
    return parts;
  });
}

export {
  REPORT_VERSION,
  toJsonReport,
  formatJsonReport,
  formatJsonReportVariants,
  formatJsonReportVariantParts
};
