import { describe, expect, it } from "vitest";
import { formatJsonReport, formatJsonReportVariantParts, formatJsonReportVariants, type CacheCounts } from "../../src/reports/report-json.js";
import type { ValidationReport } from "../../src/commands/validate-dags.js";

type Project = ValidationReport["projects"][number];

const project = (name: string, cache?: CacheCounts): Project => ({
  name,
  path: name,
  airflowVersion: "2.10",
  airflowMajor: 2,
  airflowVersionSource: "runtime",
  pythonVersion: "3.12",
  root: `/repo/${name}`,
  dagIntegrityExceptions: [],
  filesChecked: [`${name}/dags/a.py`],
  filesSkipped: [],
  filesIgnored: [],
  dags: [{ dagId: "a", file: `${name}/dags/a.py`, line: 1 } as Project["dags"][number]],
  findings: [],
  ...(cache ? { cache } : {}),
  failOn: "error",
  failed: false,
  dynamic: { status: "off", message: "off" },
});

const report = (projects: Project[]): ValidationReport => ({
  tool: { name: "astro-ci", version: "0.0.0" },
  projects,
  findings: [
    // Text that spells a marker the way the serialization would, and non-ASCII: neither may be mistaken for one.
    { checkId: "x", severity: "warning", file: "a/dags/a.py", line: 1, message: 'odd "\u0000astro-ci-cache-0000000000000000-0\u0000" — “quoted”', fix: "\\u0000astro-ci-cache-1\\u0000" },
  ],
  counts: { errors: 0, warnings: 1, notices: 0, dags: 2, files: 2 },
  failed: false,
});

describe("formatJsonReportVariants", () => {
  for (const pretty of [false, true]) {
    it(`gives, per variant, exactly formatJsonReport's text of the report with those counts (${pretty ? "indented" : "one line"})`, () => {
      const base = report([project("a", { hits: 1, misses: 3 }), project("b"), project("c", { hits: 0, misses: 0 })]);
      const variants: CacheCounts[][] = [base.projects.map((p) => p.cache), [{ hits: 4, misses: 0 }, undefined, { hits: 0, misses: 0 }], [{ hits: 10, misses: 20 }, undefined, { hits: 7, misses: 8 }]];
      const texts = formatJsonReportVariants(base, variants, { pretty });
      expect(texts).toHaveLength(3);
      variants.forEach((counts, v) => {
        const expected = formatJsonReport({ ...base, projects: base.projects.map((p, i) => (counts[i] ? { ...p, cache: counts[i] } : p)) }, { pretty });
        expect(texts[v]).toBe(expected);
      });
      // The first variant is the report as it is.
      expect(texts[0]).toBe(formatJsonReport(base, { pretty }));
      // The same texts in parts: the serialization's pieces around each project's counts, and the final newline.
      const parts = formatJsonReportVariantParts(base, variants, { pretty });
      expect(parts.map((p) => p.join(""))).toEqual(texts);
      expect(parts.map((p) => p.length)).toEqual([6, 6, 6]);
      expect(parts[0]?.[0]).toBe(parts[1]?.[0]);
    });
  }

  it("a report without cache counts (no cache) is one text, unchanged, per variant", () => {
    const base = report([project("a")]);
    expect(formatJsonReportVariants(base, [[undefined], [undefined]])).toEqual([formatJsonReport(base), formatJsonReport(base)]);
  });

  it("refuses a variant that drops the counts of a project that has them (a bug, never invalid JSON)", () => {
    const base = report([project("a", { hits: 1, misses: 0 })]);
    expect(() => formatJsonReportVariants(base, [[undefined]])).toThrow(/no cache counts/);
  });
});
