import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { escapeMarkdownTableCell, markdownCode, markdownTable } from "../github/markdown.js";
import { locateFailure, type JUnitReport, type TestCaseResult } from "../test-report/junit.js";
import type { Finding } from "../core/findings.js";

/** Failures and errors of a pytest run as findings on the test (or DAG) file and line. */
export function testResultFindings(report: JUnitReport, options: { projectRoot: string; projectPath: string }): Finding[] {
  const exists = (rel: string): boolean => existsSync(join(options.projectRoot, rel));
  const read = (rel: string): string | undefined => {
    try {
      return readFileSync(join(options.projectRoot, rel), "utf8");
    } catch {
      return undefined;
    }
  };
  const repoPath = (rel: string): string => (options.projectPath ? posix.join(options.projectPath, rel) : rel);
  return report.tests
    .filter((t) => t.outcome === "failed" || t.outcome === "error")
    .map((test) => {
      const place = locateFailure(test, exists, read);
      const collection = report.collectionErrors.includes(test);
      // A conftest.py that fails in a subfolder is a collection error without a name: the file it points at.
      const id = test.classname ? `${test.classname}::${test.name}` : test.name || place?.file || "(unnamed)";
      return {
        checkId: collection ? "test-collection-error" : test.outcome === "failed" ? "test-failure" : "test-error",
        severity: "error" as const,
        file: repoPath(place?.file ?? "tests"),
        line: place?.line ?? 1,
        message: `${collection ? "could not collect" : test.outcome === "failed" ? "failed" : "errored"}: ${id}${test.message ? ` — ${firstLine(test.message)}` : ""}`,
        fix: place?.dagFile ? `the test names ${place.dagFile}; see the traceback in the job log` : undefined,
      };
    });
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? text;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

export function slowestTests(report: JUnitReport, n = 5): TestCaseResult[] {
  return [...report.tests].sort((a, b) => b.time - a.time).slice(0, n);
}

export function formatTestSummaryMarkdown(report: JUnitReport, findings: Finding[], environment: string): string {
  const t = report.totals;
  const parts = [
    `## astro-ci / test ${t.failed + t.errors > 0 ? "❌" : "✅"}`,
    `**${t.passed}** passed · **${t.failed}** failed · **${t.errors}** errors · **${t.skipped}** skipped — ${escapeMarkdownTableCell(environment)}`,
  ];
  if (report.collectionErrors.length) parts.push(`⚠️ ${report.collectionErrors.length} test module(s) could not be collected: their tests did not run.`);
  if (findings.length) {
    parts.push(markdownTable(["Where", "Problem"], findings.slice(0, 100).map((f) => [markdownCode(`${f.file}:${f.line}`), escapeMarkdownTableCell(f.message)])));
  }
  const slow = slowestTests(report).filter((s) => s.time > 0);
  if (slow.length) parts.push(`Slowest tests:\n\n${markdownTable(["Test", "Seconds"], slow.map((s) => [escapeMarkdownTableCell(`${s.classname}::${s.name}`), s.time.toFixed(2)]))}`);
  return parts.join("\n\n") + "\n";
}
