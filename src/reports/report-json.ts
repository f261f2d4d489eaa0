import type { ValidationReport } from "./validation-report.js";

/**
 * Version of the JSON report's shape (`astro-ci validate-dags --format json`, the action's `report-path`).
 * 2: findings are listed once, at the top level (`findings`); `projects[]` no longer repeats them (version 1 did,
 * which doubled the report). A finding's `file` is repository-relative, so its project is the one whose `path` it
 * starts with.
 */
export const REPORT_VERSION = 2;

/** The JSON document of a validation report: `{ reportVersion, tool, projects (without findings), findings, counts, failed }`. */
export function toJsonReport(report: ValidationReport): Record<string, unknown> {
  const { tool, ...rest } = report;
  return {
    reportVersion: REPORT_VERSION,
    tool,
    ...rest,
    projects: report.projects.map(({ findings: _findings, ...project }) => project),
  };
}

/** `toJsonReport` as text, two-space indented, with a final newline. */
export function formatJsonReport(report: ValidationReport): string {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}
