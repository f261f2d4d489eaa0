import { randomBytes } from "node:crypto";
import type { ValidationReport } from "../commands/validate-dags.js";

/**
 * Version of the JSON report's shape (`astro-ci validate-dags --format json`, the action's `report-path`).
 * 2: findings are listed once, at the top level (`findings`); `projects[]` no longer repeats them (version 1 did,
 * which doubled the report). A finding's `file` is repository-relative, so its project is the one whose `path` it
 * starts with.
 * 3: a DAG (`projects[].dags[]`) is its facts only: the source spans the checks point findings at (`arguments`,
 * `defaultArgs`) and the analysis' own bookkeeping (`defaultArgsComplete`, `dagIdFromFile`, `branch`, and `callError`
 * and `decoratorWithoutCall`, which are findings already) are left out: a fifth of version 2's report for 2,000 files.
 */
export const REPORT_VERSION = 3;

type DagInfo = ValidationReport["projects"][number]["dags"][number];

/** What the report says of a DAG: `dagId`, `file`, `line`, `definedBy`, `schedule`, `tags`, `owner`, `retries`, `catchup`, `startDate`, `taskCount`, `dagClass`, `definitionLine`, `loaded`, `notLoadedReason` (those it has). */
export type ReportedDag = Omit<DagInfo, "arguments" | "defaultArgs" | "defaultArgsComplete" | "dagIdFromFile" | "branch" | "callError" | "decoratorWithoutCall">;

function reportedDag(dag: DagInfo): ReportedDag {
  const { arguments: _a, defaultArgs: _d, defaultArgsComplete: _c, dagIdFromFile: _f, branch: _b, callError: _e, decoratorWithoutCall: _w, ...facts } = dag;
  return facts;
}

/** The JSON document of a validation report: `{ reportVersion, tool, projects (without findings), findings, counts, failed }`. */
export function toJsonReport(report: ValidationReport): Record<string, unknown> {
  const { tool, ...rest } = report;
  return {
    reportVersion: REPORT_VERSION,
    tool,
    ...rest,
    projects: report.projects.map(({ findings: _findings, ...project }) => ({ ...project, dags: project.dags.map(reportedDag) })),
  };
}

/**
 * `toJsonReport` as text with a final newline: indented for a person at a terminal (`pretty`), else on one line
 * (a third smaller and faster to write: thousands of findings and DAGs make megabytes).
 */
export function formatJsonReport(report: ValidationReport, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(toJsonReport(report), null, options.pretty ? 2 : undefined) + "\n";
}

/** A project's `cache` counts in the report (see ProjectValidation). */
export type CacheCounts = ValidationReport["projects"][number]["cache"];

/**
 * `formatJsonReport` of the report once per entry of `variants`, each giving every project's `cache` counts (in the
 * order of `report.projects`): this run's report and the one the same run prints when everything comes from the cache
 * (see asServedFromCache). The report is serialized once, with a marker where each project's counts go, and the texts
 * are put together from its pieces: a report of thousands of findings costs one `JSON.stringify`, not one per text.
 * Each text is exactly what `formatJsonReport` makes of that variant.
 */
export function formatJsonReportVariants(report: ValidationReport, variants: readonly (readonly CacheCounts[])[], options: { pretty?: boolean } = {}): string[] {
  return formatJsonReportVariantParts(report, variants, options).map((parts) => parts.join(""));
}

/**
 * `formatJsonReportVariants`, each text as the parts it is made of (their concatenation is the text): pieces of the
 * one serialization, shared by every variant, and each variant's counts. Written part by part (standard output, the
 * replay record), a multi-megabyte text is never copied whole: joining the parts made one more copy of each text
 * (~30 ms apiece for the bench's 4.5 MB, most of it the first touch of fresh memory).
 */
export function formatJsonReportVariantParts(report: ValidationReport, variants: readonly (readonly CacheCounts[])[], options: { pretty?: boolean } = {}): string[][] {
  // A NUL and a random nonce: JSON.stringify escapes NUL wherever it occurs, so no text of the report can spell it.
  const nonce = randomBytes(8).toString("hex");
  const marker = (index: number): string => `\u0000astro-ci-cache-${nonce}-${index}\u0000`;
  const marked: ValidationReport = { ...report, projects: report.projects.map((p, i) => (p.cache ? { ...p, cache: marker(i) as unknown as CacheCounts } : p)) };
  // Split before the final newline is added: a text with it appended is a rope, which the split would first copy whole.
  const text = JSON.stringify(toJsonReport(marked), null, options.pretty ? 2 : undefined);
  // The project's members are at depth 3 (document, projects, project): nested lines of `cache` get 6 spaces more.
  const counts = (value: CacheCounts): string => {
    if (!value) throw new Error("formatJsonReportVariants: a variant has no cache counts for a project that has them");
    return options.pretty ? JSON.stringify(value, null, 2).replace(/\n/g, "\n      ") : JSON.stringify(value);
  };
  const pieces = text.split(new RegExp(`"\\\\u0000astro-ci-cache-${nonce}-(\\d+)\\\\u0000"`));
  return variants.map((variant) => {
    const parts = [pieces[0] as string];
    for (let k = 1; k < pieces.length; k += 2) parts.push(counts(variant[Number(pieces[k])]), pieces[k + 1] as string);
    parts.push("\n");
    return parts;
  });
}
