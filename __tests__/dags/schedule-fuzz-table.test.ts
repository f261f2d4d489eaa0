import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSchedule } from "../../src/dags/checks-schedule.js";
import { airflowScheduleVerdict } from "../../src/dags/cron.js";
import type { DagInfo } from "../../src/core/findings.js";

/**
 * What a real Airflow 2.10.5 did with each fuzzed schedule string (scripts/fuzz-schedules.mjs and
 * scripts/fuzz-schedules-judge.py; see __tests__/specs/README.md): the rows where validate-dags used to disagree
 * ("fixed"), the fuzzer's hand-written corner cases ("edge") and a random sample of the rest. No Python at test
 * time: the verdicts are data.
 */
interface AirflowVerdict {
  outcome: "ok" | "error";
  /** As the DagBag records it, "<ExceptionType>: <message>" (a traceback's frames shortened to "  ..."). */
  error: string | null;
  at: "construct" | "validate" | null;
  sometimes: boolean;
  random: boolean;
  /** For accepted, non-random cron schedules: whether the timetable finds a first run from `start`. */
  fires: boolean | null;
}
interface Row {
  expr: string;
  keyword: "schedule" | "schedule_interval";
  start: string;
  airflow2: AirflowVerdict;
  /** Why the row is here: validate-dags disagreed before the fix, a hand-written corner case, or the random sample. */
  row: "fixed" | "disagrees" | "edge" | "sample";
}

const table = fileURLToPath(new URL("../specs/cron/airflow2-schedule-fuzz.jsonl", import.meta.url));
const rows: Row[] = readFileSync(table, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Row);

interface Ours {
  outcome: "ok" | "error";
  error: string | null;
  sometimes: boolean;
  random: boolean;
  fires: boolean | null;
}

/** validate-dags' verdict on one DAG with this schedule, read off the findings checkSchedule emits. */
function ours(row: Row): Ours {
  const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
  const dag: DagInfo = {
    dagId: "fuzz",
    file: "dags/fuzz.py",
    line: 1,
    definedBy: "DAG()",
    schedule: row.expr,
    tags: undefined,
    owner: undefined,
    retries: undefined,
    catchup: undefined,
    startDate: "datetime(2026, 11, 30)",
    taskCount: 0,
    arguments: [
      { name: "dag_id", ...span, literal: "fuzz" },
      { name: row.keyword, ...span, literal: row.expr },
      { name: "start_date", ...span },
    ],
  };
  const findings: { checkId: string; message: string }[] = [];
  checkSchedule(dag, { airflowMajor: 2, now: new Date(row.start) }, (checkId, finding) => findings.push({ checkId, message: finding.message }));
  const invalid = findings.find((f) => f.checkId === "schedule-valid");
  if (invalid) {
    const marker = "importing it fails with ";
    const random = airflowScheduleVerdict(row.expr, 2).randomFields.length > 0;
    return { outcome: "error", error: invalid.message.slice(invalid.message.indexOf(marker) + marker.length), sometimes: /at some parses/.test(invalid.message), random, fires: null };
  }
  if (findings.some((f) => f.checkId === "schedule-random")) return { outcome: "ok", error: null, sometimes: false, random: true, fires: null };
  const neverFires = findings.some((f) => f.checkId === "schedule-never-fires");
  return { outcome: "ok", error: null, sometimes: false, random: false, fires: !neverFires };
}

const lastLine = (error: string | null): string | null => (error?.includes("Traceback (most recent call last)") ? (error.trimEnd().split("\n").pop() ?? null) : error);

/** How our verdict differs from Airflow's (the fuzzer's own comparison), or undefined. */
function difference(mine: Ours, theirs: AirflowVerdict): string | undefined {
  if (mine.outcome !== theirs.outcome) return mine.outcome === "ok" ? "we accept, Airflow rejects" : "we reject, Airflow accepts";
  if (theirs.outcome === "error") {
    if (mine.sometimes !== theirs.sometimes) return "sometimes-failing differs";
    // With R fields, which field fails first depends on the draws.
    if (!theirs.random && !mine.random && lastLine(mine.error) !== lastLine(theirs.error)) return `error message differs: ours ${mine.error}`;
    return undefined;
  }
  if (mine.random !== theirs.random) return "random differs";
  if (!theirs.random && theirs.fires !== null && mine.fires !== theirs.fires) return theirs.fires ? "we say never fires, Airflow finds a run" : "we say fires, Airflow finds no run";
  return undefined;
}

describe("schedules: the fuzzed Airflow 2.10.5 table", () => {
  it("holds the fixed disagreements and a broad sample", () => {
    expect(rows.filter((r) => r.row === "sample").length).toBe(2000);
    expect(rows.filter((r) => r.row === "fixed").length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.row === "edge").length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.row === "disagrees")).toEqual([]);
    // Both keywords, every kind of verdict.
    expect(new Set(rows.map((r) => r.keyword))).toEqual(new Set(["schedule", "schedule_interval"]));
    const kinds = new Set(rows.map((r) => (r.airflow2.outcome === "error" ? `error-${r.airflow2.sometimes}` : r.airflow2.random ? "random" : `fires-${r.airflow2.fires}`)));
    // fires-null: accepted and not a cron (@once).
    expect([...kinds].sort()).toEqual(["error-false", "error-true", "fires-false", "fires-null", "fires-true", "random"]);
  });

  it("agrees with Airflow on every row: rejected (with croniter's words), never fires, random, or fine", () => {
    const disagreements = rows.flatMap((row) => {
      const why = difference(ours(row), row.airflow2);
      const shown = row.expr.length > 120 ? `${row.expr.slice(0, 100)}…(${row.expr.length} characters)` : row.expr;
      return why ? [`${JSON.stringify(shown)} [${row.keyword}]: ${why}; Airflow: ${JSON.stringify(row.airflow2).slice(0, 300)}`] : [];
    });
    expect(disagreements).toEqual([]);
  });

  it.each([
    // croniter computes a restricted day-of-month and day-of-week as two schedules; one that never matches fails both.
    ["0 0 31 2 mon", false],
    ["0 0 1 * 5#3", false],
    // Airflow 2's data-interval timetable asks for the match before the first run.
    ["0 0 * * * 0 2030", false],
    ["0 0 * * * 0 2020,2030", true],
  ] as const)("%j: Airflow finds a first run: %s", (expr, fires) => {
    const row = rows.find((r) => r.expr === expr && r.keyword === "schedule");
    expect(row?.airflow2).toMatchObject({ outcome: "ok", fires });
    expect(ours(row as Row).fires).toBe(fires);
  });
});
