import { airflowScheduleVerdict, neverFiresReason, type ScheduleVerdict } from "./cron.js";
import { isUnknown, type DagArgument, type DagInfo, type Finding, type Level, type Severity } from "../core/findings.js";

/** Checks on string schedules besides `schedule-valid` (which checks.ts lists). */
export const SCHEDULE_CHECKS: { id: string; defaultLevel: Level; description: string }[] = [
  {
    id: "schedule-never-fires",
    defaultLevel: "warning",
    description: "A cron schedule Airflow accepts but that matches no date (e.g. '0 0 31 2 *'): the DAG imports and never runs.",
  },
  {
    id: "schedule-random",
    defaultLevel: "warning",
    description: "A cron schedule with an R (random) field: croniter draws a new value every time Airflow parses it, so run times drift.",
  },
];

/** Adds a finding for check `id` at its configured level (nothing when the check is off). */
export type EmitFinding = (id: string, finding: Omit<Finding, "checkId" | "severity" | "file">, severity?: Severity) => void;

export interface ScheduleCheckContext {
  airflowMajor: 2 | 3;
  /** "Now" for schedule-never-fires (a year field may only list past years). Default: the current time. */
  now?: Date;
  /**
   * `[core] max_active_runs_per_dag` as the project's image or .env sets it: a DAG's max_active_runs when it gives
   * none. Undefined: not set in the project (Airflow's default, 16). "unknown": set to a value only the build knows.
   */
  maxActiveRunsPerDag?: number | "unknown";
}

const SCHEDULE_KEYWORDS = ["schedule", "schedule_interval", "timetable"];

function label(dag: DagInfo): string {
  return isUnknown(dag.dagId) ? `the DAG at line ${dag.line}` : `DAG '${dag.dagId}'`;
}

function spanOf(argument: DagArgument | undefined): { line: number; column: number; endLine: number; endColumn: number } | undefined {
  return argument && { line: argument.line, column: argument.column, endLine: argument.endLine, endColumn: argument.endColumn };
}

/** How to fix an expression croniter rejects, by the kind of mistake. */
function fixFor(schedule: string, verdict: ScheduleVerdict): string {
  const fields = schedule.trim().split(/\s+/);
  const base = "use a 5-field cron expression (minute hour day-of-month month day-of-week) such as '0 6 * * *', or a preset: @hourly, @daily, @weekly, @monthly, @quarterly, @yearly";
  if (/^\s*@(once|continuous)\s*$/i.test(schedule)) return `write '${schedule.trim().toLowerCase()}' exactly: Airflow matches @once and @continuous as written, in lower case and without spaces`;
  if (/^\s*@/.test(schedule) && schedule.trim() !== schedule) return `remove the spaces around '${schedule.trim()}'`;
  if (/^\s*@/.test(schedule)) return `'${schedule.trim()}' is not a preset Airflow or croniter knows; ${base}`;
  if (verdict.sometimes) return "an R (random) field can draw a value outside the field's bounds: narrow the R(...) range or use fixed values";
  if (/hash_id/.test(verdict.error ?? "")) return "croniter's H (hashed) needs a hash id that Airflow never passes: write fixed values instead";
  if (fields.length >= 6 && fields.includes("?")) {
    return "this looks like a Quartz cron (seconds first, '?'): croniter reads minute hour day-of-month month day-of-week, then seconds and year; drop the leading seconds field";
  }
  if (/Question mark/.test(verdict.error ?? "")) return "'?' is allowed alone, and only in the day-of-month or day-of-week field: write '*' elsewhere";
  if (/w/i.test(fields[2] ?? "") && fields.length >= 5) return "croniter has no W (nearest weekday) in the day-of-month field: list the days, or use L for the last day";
  if (/(^|,)\d+l($|,)/i.test(fields[4] ?? "")) return "croniter writes the last weekday of the month as L5 (L before the weekday), not 5L";
  return base;
}

/**
 * Check a DAG's string schedule against Airflow's own rules (croniter 5.0.1 on Airflow 2, 6.0.0 on Airflow 3) and
 * `@continuous` or `ContinuousTimetable()` (`DAG.__init__` compares its active_runs_limit, 1, with max_active_runs:
 * airflow/models/dag.py at 2.10.5) against `max_active_runs`. Findings point at the schedule (or max_active_runs) value when the
 * inventory has the argument spans, else at the DAG line.
 */
export function checkSchedule(dag: DagInfo, ctx: ScheduleCheckContext, emit: EmitFinding): void {
  checkCronTimetable(dag, ctx, emit);
  // `ContinuousTimetable()` written out: its active_runs_limit of 1 binds max_active_runs as "@continuous" does.
  const continuous = (dag.arguments ?? []).find((a) => a.timetableClass !== undefined && a.timetableCron === undefined && (ctx.airflowMajor === 2 ? SCHEDULE_KEYWORDS.includes(a.name) : a.name === "schedule"));
  if (continuous?.timetableClass) {
    const wrapped = continuous.timetableClass === "DatasetOrTimeSchedule";
    const at = { line: dag.line, ...spanOf(continuous), dagId: isUnknown(dag.dagId) ? undefined : dag.dagId };
    checkContinuous(dag, ctx, emit, at, label(dag), wrapped ? "DatasetOrTimeSchedule(timetable=ContinuousTimetable())" : "ContinuousTimetable()", wrapped ? "airflow.timetables.datasets.DatasetOrTimeSchedule" : undefined);
    return;
  }
  if (typeof dag.schedule !== "string") return;
  const schedule = dag.schedule;
  const args = dag.arguments ?? [];
  const scheduleArg = SCHEDULE_KEYWORDS.map((k) => args.find((a) => a.name === k)).find((a) => a !== undefined);
  // Airflow 3 has no schedule_interval/timetable: the DAG fails on that keyword first (dag-argument-unknown says so).
  if (ctx.airflowMajor === 3 && scheduleArg && scheduleArg.name !== "schedule") return;
  const at = { line: dag.line, ...spanOf(scheduleArg), dagId: isUnknown(dag.dagId) ? undefined : dag.dagId };
  const { verdict, neverFires } = scheduleFacts(schedule, ctx);
  const name = label(dag);
  if (!verdict.ok) {
    // A value not written as this literal (a loop variable, a factory's parameter, a constant): name the one judged.
    const shown = scheduleArg?.literal === schedule ? "" : ` (${JSON.stringify(schedule)})`;
    emit("schedule-valid", {
      ...at,
      message: `${name} has a schedule Airflow ${ctx.airflowMajor} rejects${shown}${verdict.sometimes ? " at some parses (it draws R fields at random)" : ""}: importing it fails with ${verdict.error}`,
      fix: fixFor(schedule, verdict),
    });
    return;
  }
  if (verdict.kind === "continuous") {
    checkContinuous(dag, ctx, emit, at, name);
    return;
  }
  if (verdict.randomFields.length) {
    emit("schedule-random", {
      ...at,
      message: `${name}'s schedule '${schedule}' uses R (random) in the ${verdict.randomFields.join(", ")} field${verdict.randomFields.length > 1 ? "s" : ""}: croniter draws a new value every time Airflow reads the schedule, so run times change from one parse to the next`,
      fix: "write fixed values (croniter's H, the stable alternative, needs a hash id that Airflow never passes)",
    });
    return;
  }
  const reason = neverFires();
  if (reason) {
    emit("schedule-never-fires", {
      ...at,
      message: `${name}'s schedule '${schedule}' imports but never fires: ${reason}; the scheduler finds no next run (croniter raises CroniterBadDateError)`,
      fix: /needs the match before/.test(reason)
        ? "list a year before the first one you want runs in (the first match only starts the first data interval), or drop the year field"
        : /two schedules/.test(reason)
          ? "make the day-of-month and the day-of-week each match some date on their own, or set one of them to '*'"
          : "check the day-of-month, month and year fields (L is the last day of the month, e.g. '0 0 L 2 *')",
    });
  }
}

/**
 * A cron timetable written out (`schedule=CronTriggerTimetable("0 25 * * *", timezone="UTC")`): its constructor
 * maps Airflow's presets and DagBag's `dag.validate()` runs croniter on the rest (`CronMixin` in
 * airflow/timetables/_cron.py at 2.10.5), so it fails exactly where a plain string would, except that `@once` and
 * `@continuous` are not cron expressions there. Only validity is judged here.
 */
function checkCronTimetable(dag: DagInfo, ctx: ScheduleCheckContext, emit: EmitFinding): void {
  // Airflow 3 has no schedule_interval/timetable: the DAG fails on that keyword first (dag-argument-unknown).
  const argument = (dag.arguments ?? []).find((a) => a.timetableCron !== undefined && (ctx.airflowMajor === 2 ? SCHEDULE_KEYWORDS.includes(a.name) : a.name === "schedule"));
  const cron = argument?.timetableCron;
  if (argument === undefined || cron === undefined) return;
  const notCron = cron === "@once" || cron === "@continuous";
  const verdict = notCron ? undefined : scheduleFacts(cron, ctx).verdict;
  if (verdict?.ok) return;
  const error = verdict?.error ?? "AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.";
  emit("schedule-valid", {
    line: argument.line,
    column: argument.column,
    endLine: argument.endLine,
    endColumn: argument.endColumn,
    dagId: isUnknown(dag.dagId) ? undefined : dag.dagId,
    message: `${label(dag)}'s ${argument.timetableClass ?? "timetable"}(${JSON.stringify(cron)}) is a cron Airflow ${ctx.airflowMajor} rejects${verdict?.sometimes ? " at some parses (it draws R fields at random)" : ""}: importing it fails with ${error}`,
    fix: notCron ? `${cron} is a schedule, not a cron expression: write schedule="${cron}" instead of a cron timetable` : fixFor(cron, verdict as ScheduleVerdict),
  });
}

/**
 * croniter's verdict on a schedule and, on demand, why it never fires, memoised per run: projects repeat a handful of
 * schedules across hundreds of DAGs, and the never-fires search walks up to 50 years of days. Keyed by the Airflow
 * major version, "now" (today's UTC midnight unless the context gives one), and the expression; at most 4,096
 * entries are kept.
 */
const scheduleMemo = new Map<string, { verdict: ScheduleVerdict; reason?: string | undefined; reasonKnown: boolean }>();

function scheduleFacts(schedule: string, ctx: ScheduleCheckContext): { verdict: ScheduleVerdict; neverFires: () => string | undefined } {
  // Without an explicit "now", today's UTC midnight: the verdict then holds for the whole day (and the memo key).
  const today = new Date();
  const now = ctx.now ?? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const key = `${ctx.airflowMajor}\0${now.toISOString()}\0${schedule}`;
  let entry = scheduleMemo.get(key);
  if (!entry) {
    if (scheduleMemo.size >= 4096) scheduleMemo.clear();
    entry = { verdict: airflowScheduleVerdict(schedule, ctx.airflowMajor), reasonKnown: false };
    scheduleMemo.set(key, entry);
  }
  const memo = entry;
  return {
    verdict: memo.verdict,
    neverFires: () => {
      if (!memo.reasonKnown) {
        // Airflow 2.10's default cron timetable (data intervals) needs a match before the first run; Airflow 3's
        // default (CronTriggerTimetable) does not.
        memo.reason = neverFiresReason(memo.verdict, now, 50, { needsPrevious: ctx.airflowMajor === 2 });
        memo.reasonKnown = true;
      }
      return memo.reason;
    },
  };
}

/**
 * A timetable limited to one active run (`written` as the DAG gives it; `timetableClass`, the dotted class Airflow's
 * message names, ContinuousTimetable's by default) against max_active_runs.
 */
function checkContinuous(dag: DagInfo, ctx: ScheduleCheckContext, emit: EmitFinding, at: { line: number; dagId?: string }, name: string, written = "@continuous", timetableClass = "airflow.timetables.simple.ContinuousTimetable"): void {
  const args = dag.arguments;
  if (!args) return;
  const raised =
    ctx.airflowMajor === 2
      ? `AirflowException: Invalid max_active_runs: <class '${timetableClass}'> requires max_active_runs <= 1`
      : `ValueError: Invalid max_active_runs: ${timetableClass.slice(timetableClass.lastIndexOf(".") + 1)} requires max_active_runs <= 1`;
  const maxActiveRuns = args.find((a) => a.name === "max_active_runs");
  if (!maxActiveRuns) {
    if (args.some((a) => a.name === "**" || a.name === "*")) return;
    // DAG.__init__ defaults max_active_runs to conf.getint("core", "max_active_runs_per_dag") (airflow/models/dag.py at 2.10.5).
    const projectDefault = ctx.maxActiveRunsPerDag;
    if (projectDefault === "unknown" || (projectDefault !== undefined && projectDefault <= 1)) return;
    emit("schedule-valid", {
      ...at,
      message:
        projectDefault === undefined
          ? `${name} runs ${written} without max_active_runs: Airflow's default (core.max_active_runs_per_dag, 16 unless the Deployment sets it to 1) is above 1, so importing it fails with ${raised}`
          : `${name} runs ${written} without max_active_runs: the project sets AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=${projectDefault} (Dockerfile or .env), above 1, so importing it fails with ${raised}`,
      fix: "add max_active_runs=1",
    });
    return;
  }
  if (typeof maxActiveRuns.literal === "number" && maxActiveRuns.literal > 1) {
    emit("schedule-valid", {
      ...at,
      ...spanOf(maxActiveRuns),
      message: `${name} runs ${written} with max_active_runs=${maxActiveRuns.literal}: importing it fails with ${raised}`,
      fix: "set max_active_runs=1 (a continuous DAG runs one DAG run at a time)",
    });
  }
}
