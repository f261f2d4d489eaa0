import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  BUILTIN_CHECKS,
  CHECKS
} from "./chunk-JA3KPWQQ.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-FWDNUJ5Q.js";

// src/github/sarif.ts
import { createHash } from "node:crypto";
var SARIF_LEVEL = { error: "error", warning: "warning", notice: "note", off: "none" };
function toSarif(findings, tool) {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.toolName,
            version: tool.toolVersion,
            informationUri: "https://github.com/astro-ci/astro-ci",
            rules: tool.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.shortDescription },
              ...rule.helpUri ? { helpUri: rule.helpUri } : {},
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] }
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.checkId,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toRelativeUri(f.file), uriBaseId: "%SRCROOT%" },
                region: sarifRegion(f)
              }
            }
          ],
          partialFingerprints: {
            "astroCiFinding/v1": createHash("sha256").update(`${f.checkId}\0${f.file}\0${f.message}`).digest("hex").slice(0, 32)
          }
        })),
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function positive(value) {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : void 0;
}
function sarifRegion(f) {
  const startLine = positive(f.line) ?? 1;
  const startColumn = positive(f.column);
  const endLine = f.endLine !== void 0 ? Math.max(startLine, positive(f.endLine) ?? startLine) : void 0;
  let endColumn = positive(f.endColumn);
  if (endColumn !== void 0 && startColumn !== void 0 && (endLine ?? startLine) === startLine && endColumn < startColumn) endColumn = void 0;
  return {
    startLine,
    ...startColumn !== void 0 ? { startColumn } : {},
    ...endLine !== void 0 ? { endLine } : {},
    ...endColumn !== void 0 ? { endColumn } : {}
  };
}
function toRelativeUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// src/reports/report-sarif.ts
var RUFF_RULES_URL = "https://docs.astral.sh/ruff/rules/";
function toSarifReport(report) {
  const rules = [...BUILTIN_CHECKS, ...CHECKS].map((c) => ({ id: c.id, shortDescription: c.description, defaultLevel: c.defaultLevel }));
  const ruffCodes = [...new Set(report.findings.map((f) => f.checkId).filter((id) => /^AIR\d{3}$/.test(id)))].sort();
  for (const code of ruffCodes) {
    rules.push({ id: code, shortDescription: `ruff ${code} (Airflow)`, defaultLevel: "warning" });
  }
  return toSarif(report.findings, {
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    rules: rules.map((r) => ({ ...r, helpUri: /^AIR\d{3}$/.test(r.id) ? `${RUFF_RULES_URL}#airflow-air` : void 0 }))
  });
}

export {
  toSarifReport
};
