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

/**
 * `toJsonReport` as text with a final newline: indented for a person at a terminal (`pretty`), else on one line
 * (a third smaller and faster to write: thousands of findings and DAGs make megabytes).
 */
export function formatJsonReport(report: ValidationReport, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(toJsonReport(report), null, options.pretty ? 2 : undefined) + "\n";
}
