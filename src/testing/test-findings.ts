import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { escapeMarkdownTableCell, markdownCode, markdownTable } from "../github/markdown.js";
import { locateFailure, type JUnitReport, type TestCaseResult } from "../test-report/junit.js";
import type { Finding } from "../core/findings.js";
import { readUserTextSync } from "../util/user-files.js";

/** Failures and errors of a pytest run as findings on the test (or DAG) file and line. */
export function testResultFindings(report: JUnitReport, options: { projectRoot: string; repoRoot: string; projectPath: string; junitPath?: string }): Finding[] {
  const exists = (rel: string): boolean => existsSync(join(options.projectRoot, rel));
  const read = (rel: string): string | undefined => {
    try {
      return readUserTextSync(join(options.projectRoot, rel), { repoRoot: options.repoRoot });
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

/** What the job summary of a test run needs: a TestProjectResult (test-project.ts) has it. */
export interface TestSummaryInput {
  status: "ran" | "unavailable" | "failed";
  /** The outcome; for a run that stopped, its reason then pytest's last lines of output. */
  message: string;
  /** Whether the run fails (failures, errors, nothing collected, pytest stopped or missing). */
  failed: boolean;
  environment?: string;
  report?: JUnitReport;
  findings: Finding[];
  fix?: string;
}

/**
 * The `astro-ci / test` job summary (Markdown): ❌ whenever the run fails, with the reason when the counts do not
 * show it (nothing collected, a time limit, a crash, no pytest), ✅ when it passes, ⚠️ when nothing ran but that is
 * allowed; the findings' table, pytest's last lines of output for a run that stopped, and the slowest tests.
 */
export function formatTestSummaryMarkdown(result: TestSummaryInput): string {
  const icon = result.failed ? "❌" : result.report ? "✅" : "⚠️";
  const parts = [`## astro-ci / test ${icon}`];
  const [reason = "", ...rest] = result.message.split("\n");
  const report = result.status === "ran" ? result.report : undefined;
  if (report) {
    const t = report.totals;
    parts.push(`**${t.passed}** passed · **${t.failed}** failed · **${t.errors}** errors · **${t.skipped}** skipped — ${escapeMarkdownTableCell(result.environment ?? "")}`);
    // Failing with nothing failed: the counts do not say why (no test was collected).
    if (result.failed && t.failed + t.errors === 0) parts.push(escapeMarkdownTableCell(reason));
    if (report.collectionErrors.length) parts.push(`⚠️ ${report.collectionErrors.length} test module(s) could not be collected: their tests did not run.`);
  } else {
    parts.push(escapeMarkdownTableCell(reason));
    if (result.fix) parts.push(`Fix: ${escapeMarkdownTableCell(result.fix)}`);
  }
  if (result.findings.length) {
    parts.push(markdownTable(["Where", "Problem"], result.findings.slice(0, 100).map((f) => [markdownCode(`${f.file}:${f.line}`), escapeMarkdownTableCell(f.message)])));
  }
  const output = rest.join("\n").trim();
  if (!report && output) parts.push(`pytest's last lines:\n\n${codeBlock(output)}`);
  const slow = report ? slowestTests(report).filter((s) => s.time > 0) : [];
  if (slow.length) parts.push(`Slowest tests:\n\n${markdownTable(["Test", "Seconds"], slow.map((s) => [escapeMarkdownTableCell(`${s.classname}::${s.name}`), s.time.toFixed(2)]))}`);
  return parts.join("\n\n") + "\n";
}

/** Text as a fenced code block, its fence longer than any backtick run in it. */
function codeBlock(text: string): string {
  const fence = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}text\n${text}\n${fence}`;
}
