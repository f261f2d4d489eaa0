import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { escapeMarkdownTableCell, markdownCode, markdownTable } from "../github/markdown.js";
import { locateFailure, type JUnitReport, type TestCaseResult } from "../test-report/junit.js";
import type { Finding } from "../core/findings.js";

/** Failures and errors of a pytest run as findings on the test (or DAG) file and line. */
export function testResultFindings(report: JUnitReport, options: { projectRoot: string; projectPath: string; junitPath?: string }): Finding[] {
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
      const collection = report.collectionErrors.includes(test);
      const place = locateFailure(test, exists, read) ?? (collection ? collectedModule(test, exists) : undefined);
      // A conftest.py that fails in a subfolder is a collection error without a name: the file it points at.
      const id = test.classname ? `${test.classname}::${test.name}` : test.name || place?.file || "(unnamed)";
      return {
        checkId: collection ? "test-collection-error" : test.outcome === "failed" ? "test-failure" : "test-error",
        severity: "error" as const,
        file: repoPath(place?.file ?? "tests"),
        line: place?.line ?? 1,
        message: `${collection ? "could not collect" : test.outcome === "failed" ? "failed" : "errored"}: ${id}${collection ? collectionReason(test, options.projectRoot) : test.message ? ` — ${keyLines(test.message)}` : ""}`,
        // Neither the CLI's text report nor the action's log prints pytest's output: the traceback is in the JUnit
        // report (the action's junit-path output) and in the JSON report's tests[].text.
        fix: place?.dagFile
          ? `the test names ${place.dagFile}; its traceback is in the JUnit report${options.junitPath ? ` (${options.junitPath})` : ""} and in the tests[].text of astro-ci test --format json`
          : collection && isImportFileMismatch(test)
            ? "give every test file a unique name, or make each test folder a package (an __init__.py in it)"
            : undefined,
      };
    });
}

const isImportFileMismatch = (test: TestCaseResult): boolean => /^import file mismatch:/m.test(test.text ?? "");

/**
 * The test module of a collection error pytest names only by its dotted module path (`tests.b.test_x`, no classname):
 * pytest's "import file mismatch" (two test files with one basename in folders without __init__.py, under its default
 * `prepend` import mode) and errors raised while importing a module. The file the text says pytest wanted to collect,
 * else the module path as a file, when it exists.
 */
function collectedModule(test: TestCaseResult, exists: (rel: string) => boolean): { file: string; line: number; dagFile?: string } | undefined {
  const wanted = /we want to collect:\s*\n\s*(\S+\.py)/.exec(test.text ?? "")?.[1];
  const candidates = [wanted?.replace(/^.*?\/(tests\/)/, "$1"), /^[A-Za-z_][\w.]*$/.test(test.name) ? `${test.name.split(".").join("/")}.py` : undefined];
  for (const file of candidates) if (file && !file.startsWith("/") && exists(file)) return { file, line: 1 };
  return undefined;
}

/** Why a module could not be collected: pytest's message says only "collection failure"; the text says why. */
function collectionReason(test: TestCaseResult, projectRoot: string): string {
  const text = test.text ?? "";
  if (isImportFileMismatch(test)) {
    const other = /has this __file__ attribute:\s*\n\s*(\S+)/.exec(text)?.[1];
    const relative = other?.startsWith(`${projectRoot}/`) ? other.slice(projectRoot.length + 1) : other?.replace(/^.*?\/(tests\/)/, "$1");
    return ` — import file mismatch: another test module has the same name${relative ? ` (${relative})` : ""}, and pytest imports both as one module`;
  }
  const raised = [...text.matchAll(/^E {3}(.+)$/gm)].pop()?.[1]?.trim();
  if (raised) return ` — ${firstLine(raised)}`;
  return test.message ? ` — ${firstLine(test.message)}` : "";
}

/**
 * A failure message in one line: its first line and, when it goes on to end in an exception line, that line — where
 * a re-raised error says what went wrong (Astronomer's DAG integrity test raises `Exception: dags/x.py failed to
 * import with message ` with the import error's traceback on the lines after it, ending in `ImportError: cannot
 * import name ...`). An assertion's `+  where ...` explanation lines are not added.
 */
function keyLines(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const first = firstLine(text);
  const last = lines.length > 1 ? lines[lines.length - 1] : undefined;
  if (!last || first.includes(last) || !/^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Timeout)\b/.test(last)) return first;
  return `${first.replace(/[\s:—-]+$/, "")} — ${last.length > 300 ? `${last.slice(0, 297)}...` : last}`;
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
