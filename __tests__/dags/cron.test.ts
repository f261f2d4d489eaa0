import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { airflowScheduleVerdict, neverFiresReason, parseCron, scheduleProblem } from "../../src/dags/cron.js";

interface Verdict {
  ok: boolean;
  error: string | null;
}
interface Row {
  expr: string;
  airflow2: Verdict;
  airflow3?: Verdict;
  kind: string;
  random?: boolean;
  sometimes?: boolean;
}

const specs = fileURLToPath(new URL("../specs/cron/", import.meta.url));
const rowsOf = (file: string): Row[] =>
  readFileSync(specs + file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

/** Rows where our verdict or message differs from what Airflow said. */
function disagreements(rows: Row[], major: 2 | 3): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const truth = major === 2 ? row.airflow2 : row.airflow3;
    if (!truth) continue;
    const ours = airflowScheduleVerdict(row.expr, major);
    if (ours.ok !== truth.ok) out.push(`${JSON.stringify(row.expr)}: ours ok=${ours.ok} (${ours.error}), Airflow ${major}: ${truth.error}`);
    // Messages: croniter's own words. A random draw changes which one comes first, and a Python traceback is not
    // reproduced line for line (its last line is).
    else if (!truth.ok && !row.random && ours.error !== truth.error && !(truth.error ?? "").includes("Traceback"))
      out.push(`${JSON.stringify(row.expr)}: message\n  ours:    ${ours.error}\n  Airflow: ${truth.error}`);
    else if (!truth.ok && (truth.error ?? "").includes("Traceback") && !(ours.error ?? "").includes("Traceback")) out.push(`${JSON.stringify(row.expr)}: traceback expected`);
  }
  return out;
}

describe("schedules: conformance with Airflow's own verdicts", () => {
  // Vendored table: Airflow 2.10.5's timetable code with croniter 5.0.1 (airflow2) and 6.0.0 (airflow3).
  const truth = rowsOf("airflow-cron-truth.jsonl");
  // Generated table: scripts/generate-cron-truth.py run against a real Airflow 2.10.5 (croniter 5.0.1).
  const generated = rowsOf("airflow2-cron-generated.jsonl");

  it("reads both tables", () => {
    expect(truth.length).toBeGreaterThan(400);
    expect(generated.length).toBe(4000);
    expect(generated.filter((r) => r.airflow2.ok).length).toBeGreaterThan(1000);
  });

  it.each([2, 3] as const)("agrees with every row of the vendored truth table on Airflow %i (verdict and message)", (major) => {
    expect(disagreements(truth, major)).toEqual([]);
  });

  it("agrees with every row of the generated Airflow 2.10 table", () => {
    expect(disagreements(generated, 2)).toEqual([]);
  });

  it("gives Airflow 3 (croniter 6.0.0) the same verdicts: the parsers differ only in two messages", () => {
    const differ = generated.filter((r) => airflowScheduleVerdict(r.expr, 3).ok !== r.airflow2.ok).map((r) => r.expr);
    expect(differ).toEqual([]);
    expect(airflowScheduleVerdict("0 0 ?/2 * *", 3).error).toBe("AirflowTimetableInvalid: [0 0 ?/2 * *] is not acceptable. Question mark can not used with other characters");
    expect(airflowScheduleVerdict("0 0 ?/2 * *", 2).error).toBe("AirflowTimetableInvalid: [0 0 ?/2 * *] is not acceptable.  Question mark can not used with other characters");
  });
});

describe("schedules: the cases the issue names", () => {
  it.each(["0 6 * * * 0 2030", "@Daily", "0 0 * * L5", "0 0 1-L * *", "@once", "@continuous", "0 0 ? * ?", "*/5 * * * *", "0 0 * * * 59"])("accepts %j", (s) => {
    expect(scheduleProblem(s, 2)).toBeUndefined();
    expect(scheduleProblem(s, 3)).toBeUndefined();
  });

  it.each([
    ["0 0 * * 5L", "AirflowTimetableInvalid: [0 0 * * 5l] is not acceptable"],
    ["0 0 L * L", "AirflowTimetableInvalid: [0 0 l * l] is not acceptable"],
    ["? * * * *", "AirflowTimetableInvalid: [? * * * *] is not acceptable.  Question mark can only used in day_of_month or day_of_week"],
    ["@ONCE", "AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression."],
    ["H * * * *", "AirflowTimetableInvalid: Hashed definitions must include hash_id"],
    ["0 0 * * 7 0", "AirflowTimetableInvalid: [0 0 * * 7 0] is not acceptable, out of range"],
  ])("rejects %j as Airflow 2.10 does", (s, error) => {
    expect(scheduleProblem(s, 2)).toBe(error);
  });

  it("reads weekday ranges with an nth occurrence, and month names there as croniter does (confirmed on Airflow 2.10.5)", () => {
    expect(scheduleProblem("0 0 * * thu-sat#2", 2)).toBeUndefined();
    expect(scheduleProblem("0 0 * * jan-mar#2", 2)).toBe("AirflowTimetableInvalid: [0 0 * * jan-mar#2] is not acceptable");
  });

  it("keeps a Python ValueError's last line when croniter wraps its traceback", () => {
    expect(scheduleProblem("0 0 * * 5-1/0", 2)).toMatch(/^AirflowTimetableInvalid: Traceback[\s\S]*ValueError: range\(\) arg 3 must not be zero\n$/);
  });
});

describe("schedules: random fields", () => {
  it("accepts R fields whose every draw is in bounds, and names them", () => {
    const verdict = airflowScheduleVerdict("R R(0-5) * * *", 2);
    expect(verdict).toMatchObject({ ok: true, randomFields: ["minute", "hour"] });
  });

  it("rejects an R range that can draw out of bounds, as failing only sometimes", () => {
    // R(5-70) in the minute field: draws above 59 fail ("out of range"), the others pass.
    expect(airflowScheduleVerdict("R(5-70) * * * *", 2)).toMatchObject({ ok: false, sometimes: true });
    expect(airflowScheduleVerdict("R(60-70) * * * *", 2)).toMatchObject({ ok: false, sometimes: false });
    expect(airflowScheduleVerdict("R/0 * * * *", 2)).toMatchObject({ ok: false, error: "AirflowTimetableInvalid: Bad expression: r/0" });
  });
});

describe("schedules: never firing", () => {
  const now = new Date(Date.UTC(2026, 10, 30));
  const reason = (s: string): string | undefined => neverFiresReason(airflowScheduleVerdict(s, 2), now);

  it.each(["0 0 31 2 *", "0 0 30 2 *", "0 0 31 4 *", "0 0 31 4,6,9,11 *", "0 0 30,31 feb *"])("%j is accepted but never fires", (s) => {
    expect(scheduleProblem(s)).toBeUndefined();
    expect(reason(s)).toMatch(/^no month in \(.*\) has day/);
  });

  it("a year field that lists only past years never fires again", () => {
    expect(reason("0 0 * * * 0 2020,2024")).toBe("its year field only lists years before 2026");
  });

  it.each(["0 0 29 2 *", "0 0 L 2 *", "0 0 1,31 2 1", "0 0 * 2 1#5", "0 0 * * L5", "0 0 31 * *", "0 0 * * * 0 2020,2030", "@yearly"])("%j fires", (s) => {
    expect(reason(s)).toBeUndefined();
  });

  // Confirmed on Airflow 2.10.5 (croniter 5.0.1) by scripts/fuzz-schedules.mjs: croniter computes a restricted
  // day-of-month and day-of-week as two schedules and raises when either finds nothing.
  it.each(["0 0 31 2 1", "0 0 1 * 5#3"])("%j never fires: one half of croniter's day union never matches", (s) => {
    expect(reason(s)).toMatch(/^croniter reads a restricted day-of-month and day-of-week as two schedules/);
  });

  it("L after a listed day past the month's end never matches in that month (croniter tries the number first)", () => {
    expect(reason("0 0 30,L 2 *")).toMatch(/^croniter tries day 30 before L/);
    expect(reason("0 0 31,L 4 *")).toMatch(/^croniter tries day 31 before L/);
    expect(reason("0 0 15,L 2 *")).toBeUndefined();
    expect(reason("0 0 30,L 4,5 *")).toBeUndefined();
    // ...unless the search stands on the last day already: it starts there (November 30th) or steps there from the
    // listed day before it (April 29th).
    expect(reason("0 12 31,L * * 0 2026")).toBeUndefined();
    expect(reason("0 0 29,31,L 4 *")).toBeUndefined();
    expect(reason("0 0 15,31,L 4 * 0 2027")).toMatch(/^its first match ever is on 2027-04-15/);
    expect(reason("0 12 31,L 11,12 * 0 2026,2027")).toMatch(/needs the match before a DAG's first run/);
  });

  it("a year field whose first match after the start is its last never ends a first data interval on Airflow 2", () => {
    expect(reason("0 0 1 1 * 0 2020,2030")).toMatch(/^its first match after the start \(2030-01-01\) is its last/);
    expect(reason("0 0 1 1 * 0 2020,2030,2031")).toBeUndefined();
    expect(reason("0 0 1 1 * 0 2026")).toBe("no date after 2026-11-30 in the years its year field lists matches it");
  });

  it("a year field whose first match is after the start never gets a first run on Airflow 2 (no match before it)", () => {
    expect(reason("0 0 * * * 0 2030")).toMatch(/^its first match ever is on 2030-01-01/);
    // Airflow 3's default timetable does not ask for the match before the first run.
    expect(neverFiresReason(airflowScheduleVerdict("0 0 * * * 0 2030", 3), now, 50, { needsPrevious: false })).toBeUndefined();
  });

  it("an nth weekday that no month has never fires", () => {
    // The 5th Monday of February exists only when February has 29 days and starts on a Monday; in 2027-2030 never.
    expect(neverFiresReason(airflowScheduleVerdict("0 0 * 2 1#5 0 2027-2030", 2), now)).toBe("no date after 2026-11-30 in the years its year field lists matches it");
  });

  it("does not judge random expressions", () => {
    expect(parseCron("0 0 R 2 *", "5.0.1").expanded).toBeUndefined();
  });
});
