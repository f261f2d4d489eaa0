import { toSarif } from "../github/sarif.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { CHECKS } from "../dags/checks.js";
import { BUILTIN_CHECKS } from "../dags/validate.js";
import type { ValidationReport } from "../commands/validate-dags.js";

const RUFF_RULES_URL = "https://docs.astral.sh/ruff/rules/";

/** SARIF 2.1.0 for code scanning: every check the toolkit has as a rule, plus the ruff codes that fired. */
export function toSarifReport(report: ValidationReport): object {
  const rules = [...BUILTIN_CHECKS, ...CHECKS].map((c) => ({ id: c.id, shortDescription: c.description, defaultLevel: c.defaultLevel }));
  const ruffCodes = [...new Set(report.findings.map((f) => f.checkId).filter((id) => /^AIR\d{3}$/.test(id)))].sort();
  for (const code of ruffCodes) {
    rules.push({ id: code, shortDescription: `ruff ${code} (Airflow)`, defaultLevel: "warning" });
  }
  return toSarif(report.findings, {
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    rules: rules.map((r) => ({ ...r, helpUri: /^AIR\d{3}$/.test(r.id) ? `${RUFF_RULES_URL}#airflow-air` : undefined })),
  });
}
