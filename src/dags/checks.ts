import { datasetUriFinding, datasetUriProblem } from "./checks-datasets.js";
import type { CheckSetting } from "../config/config.js";
import { checkSchedule, SCHEDULE_CHECKS, type EmitFinding } from "./checks-schedule.js";
import { nearestName } from "../util/nearest-name.js";
import { checkDagArguments, checkDagConstruction, DAG_ARGUMENT_CHECKS, TRIGGER_RULES, WEIGHT_RULES } from "./checks-dag-arguments.js";
import { isAirflowDagClass, type FileInventory, type Suppressions } from "./inventory.js";
import { airflow3RemovedImports, type ModuleResolver } from "./module-resolver.js";
import { airflowCoreAttributeProblem, airflowCoreImportProblems, judgesAirflowCore, providerAliasTarget } from "./airflow-core-names.js";
import { timeZoneProblem } from "./time-zones.js";
import { reimportedDagFindings } from "./reimported-dags.js";
import { checkOperatorCalls, checkTaskDecoratorCalls, checkTaskGroupCalls } from "./operator-signatures.js";
import { checkTaskDependencies, DEPENDENCY_CHECKS } from "./checks-dependencies.js";
import { taskCallWords } from "./task-signatures.js";
import { isUnknown, type DagInfo, type Finding, type Level, type Severity, type SourceSpan } from "../core/findings.js";

export type CheckSettings = Record<string, CheckSetting>;

export interface CheckDefinition {
  id: string;
  defaultLevel: Level;
  description: string;
}

/** The policy and hygiene checks on the DAG inventory. Ruff's AIR codes and `syntax-error` come from ruff. */
export const CHECKS: CheckDefinition[] = [
  { id: "duplicate-dag-id", defaultLevel: "error", description: "The same dag_id is defined in two places; Airflow keeps one and silently drops the other." },
  { id: "tags-required", defaultLevel: "warning", description: "A DAG has no tags." },
  { id: "tags-allowed", defaultLevel: "error", description: "A DAG uses a tag outside the approved list (active when tags-required has `allowed`)." },
  { id: "min-retries", defaultLevel: "warning", description: "default_args retries below the minimum (option `min`, default 2 as in Astronomer's template) or not set." },
  { id: "owner-required", defaultLevel: "warning", description: "default_args owner missing or a placeholder (option `disallowed`, default [airflow])." },
  { id: "schedule-valid", defaultLevel: "error", description: "A string schedule Airflow rejects (croniter's rules for the project's Airflow), or @continuous with max_active_runs above 1." },
  {
    id: "start-date-static",
    defaultLevel: "error",
    description: "start_date is computed from the current time, so it moves at every parse (an error); relative to the current day (pendulum.today(), days_ago()), it moves daily (a warning).",
  },
  { id: "parse-time-work", defaultLevel: "warning", description: "Variables, connections, HTTP or database calls at module level run at every parse of the file." },
  {
    id: "unresolved-import",
    defaultLevel: "warning",
    description:
      "An import that neither the stdlib, Airflow, requirements.txt, the runtime's preinstalled providers (and what they bring) nor the project provides: a warning when certain, a notice when it is present only if something unseen brings it; a relative import in a DAG file (no parent package) is an error by default.",
  },
  {
    id: "airflow3-removed-import",
    defaultLevel: "error",
    description: "On Airflow 3, an import of a module or name Airflow 3 removed (airflow.contrib, airflow.operators.dummy, days_ago...): the import itself fails, even if the name is never used.",
  },
  {
    id: "airflow-import-invalid",
    defaultLevel: "error",
    description:
      "On Airflow 2.10, an import of an Airflow core module or name that 2.10 does not have (a misspelt operator, airflow.contrib paths gone since Airflow 2, a name a deprecated module never forwarded), or a module-level call through a module attribute it lacks: importing the file fails (ModuleNotFoundError, ImportError, AttributeError).",
  },
  {
    id: "task-argument-invalid",
    defaultLevel: "error",
    description:
      "A classic operator's own trigger_rule or weight_rule string BaseOperator refuses when the task is made (a typo such as 'all_sucess'); on Airflow 2.10, a call of a core operator or sensor with a keyword its class does not take (retires=3), without a required argument (bash_command) that no default_args gives, with a positional argument, with a literal (or a call of a function returning one) as python_callable, or a TriggerRule member that does not exist; a TaskGroup(...), @task_group(...) or .override(...) TaskGroup's signature refuses (an unknown keyword, no group_id, a prefix_group_id or tooltip of the wrong type); a @task called whose parameter named like a context key (ds, params, ti...) has a default other than None: importing the file fails with AirflowException (AttributeError, ValueError, TypeError).",
  },
  {
    id: "task-id-valid",
    defaultLevel: "error",
    description:
      "A classic operator's task_id Airflow refuses: characters other than letters, digits, _ . - (or longer than 250), a task_id or group_id that is no string (task_id=1), or the same task_id twice in one with DAG/TaskGroup block or @dag function (also a static task_id in a for loop over two or more literal items); a group_id other than letters, digits, _ - (no dots). Importing the file fails (AirflowException, DuplicateTaskIdFound, TypeError).",
  },
  {
    id: "task-mapping-valid",
    defaultLevel: "error",
    description:
      "A task's or task group's .expand(...) given a literal (a string, a number, True/False, None, a set) instead of a list, dict or XComArg, or one key of a task's output (src()[\"files\"], op.output[\"rows\"]); expand_kwargs(...) given a string, number, set or dict; a keyword a @task function has no parameter for in .expand(...)/.partial(...) (partial(task_id=...)), or one that is an Airflow context key (expand(params=...)); a @task with trigger_rule \"always\" mapped over another task's output; .expand() with no argument: importing the file fails with ValueError or TypeError.",
  },
  {
    id: "time-zone-valid",
    defaultLevel: "error",
    description:
      "A time zone name that does not exist (or is written in the wrong case) in a call module-level code runs: pendulum.datetime(..., tz=...) (also positional), pendulum.timezone(...), .in_tz(...), ZoneInfo(...), a cron timetable's timezone=, also through os.getenv (the Dockerfile ENV's value when it sets the variable; else a bad default is a warning, as a Deployment may set it); names IANA removed count as unknown. Importing the file fails (pendulum's InvalidTimezone, zoneinfo's ZoneInfoNotFoundError).",
  },
  {
    id: "dataset-uri-invalid",
    defaultLevel: "error",
    description: "A static URI Airflow 2's Dataset(...) refuses, in code module-level code runs (a schedule, an outlet, a constant): empty, only whitespace, non-ASCII, or the reserved scheme airflow://. Importing the file fails with ValueError.",
  },
  { id: "dag-never-created", defaultLevel: "warning", description: "An @dag function that nothing at module level calls: Airflow never creates its DAG." },
  ...SCHEDULE_CHECKS,
  ...DAG_ARGUMENT_CHECKS,
  ...DEPENDENCY_CHECKS,
];

/** airflow/utils/helpers.py at 2.10.5: KEY_REGEX `^[\w.-]+$` (Unicode `\w`), at most 250 characters. */
const TASK_ID_PATTERN = /^[\p{L}\p{N}_.-]+$/u;
const TASK_ID_MAX_LENGTH = 250;
/** airflow/utils/helpers.py at 2.10.5: GROUP_KEY_REGEX `^[\w-]+$`, at most 200 characters (validate_group_key). */
const GROUP_ID_PATTERN = /^[\p{L}\p{N}_-]+$/u;
const GROUP_ID_MAX_LENGTH = 200;

const DEFAULT_LEVEL = new Map(CHECKS.map((c) => [c.id, c.defaultLevel]));

export interface FileCheckContext {
  settings: CheckSettings;
  airflowMajor: 2 | 3;
  /** The project's Airflow version ("2.10.5", "3.0.2"), for checks that depend on the minor version. */
  airflowVersion?: string;
  resolver: ModuleResolver;
  file: string;
  /** "Now" for time-dependent checks (schedule-never-fires); default: the current time. */
  now?: Date;
  /** `[core] max_active_runs_per_dag` as the project sets it (see AstroProject.maxActiveRunsPerDag; "unknown": only the build knows). */
  maxActiveRunsPerDag?: number | "unknown";
  /** `[core] default_task_retries` and `[operators] default_owner` as the project sets them (see AstroProject). */
  defaultTaskRetries?: number | "unknown";
  defaultOwner?: string | { unknown: true };
  /**
   * The image's environment as the Dockerfile's final stage sets it (see DockerfileInfo.env), for code reading
   * `os.getenv(...)`: `unresolved` names are set to a value only the build knows.
   */
  imageEnv?: { env: Record<string, string>; unresolved: string[] };
  /** `[operators] allow_illegal_arguments` is on (see AstroProject): unknown operator keywords only warn. */
  allowIllegalArguments?: boolean;
  /**
   * requirements.txt may install a provider registering `@task.<name>` decorators (a distribution named like one, with
   * "airflow" or "provider" in its name, or a requirement without a name): unknown decorators are not judged.
   */
  extraTaskDecorators?: boolean;
}

export interface ProjectCheckContext {
  settings: CheckSettings;
  airflowMajor: 2 | 3;
  resolver: ModuleResolver;
  /** The project's folder relative to the repository (`""` or absent at its root): module names of its DAG files. */
  relativeRoot?: string;
}

function levelOf(settings: CheckSettings, id: string): Level {
  return settings[id]?.level ?? DEFAULT_LEVEL.get(id) ?? "warning";
}

function dagLabel(dag: DagInfo): string {
  return isUnknown(dag.dagId) ? `the DAG at line ${dag.line}` : `DAG '${dag.dagId}'`;
}

function dagIdOf(dag: DagInfo): string | undefined {
  return isUnknown(dag.dagId) ? undefined : dag.dagId;
}

const DYNAMIC_START = /\b(datetime\.(now|utcnow|today)|pendulum\.(now|today|yesterday)|date\.today|timezone\.utcnow|timezone\.(now)|utcnow)\s*\(/;
/**
 * A start_date that moves at every parse: the current instant (`datetime.now()`, `pendulum.now()`, `timezone.utcnow()`,
 * `datetime.today()`, which also keeps the time of day). The first run's interval starts at the schedule's next tick
 * after start_date, so with start_date moving forward at every parse that tick stays ahead and the run may never come.
 */
const MOVES_EVERY_PARSE = /\b(datetime\.(now|utcnow|today)|pendulum\.now|timezone\.utcnow|timezone\.now|utcnow)\s*\(/g;

/**
 * How a start_date expression moves with the parse time: "every-parse" when it keeps the current instant's time of
 * day, "daily" when it is computed from the current time but cut to a day or coarser (pendulum.today(),
 * `now().start_of("day")`, `now().replace(hour=0, minute=0, second=0, microsecond=0)`, `now().date()` or `.year` inside
 * `datetime.combine(...)`/`datetime(...)`), undefined when it does not read the clock.
 */
function startDateMovement(expression: string): "every-parse" | "daily" | undefined {
  let readsClock = DYNAMIC_START.test(expression);
  for (const match of expression.matchAll(MOVES_EVERY_PARSE)) {
    readsClock = true;
    if (!cutToDay(expression, (match.index ?? 0) + match[0].length - 1)) return "every-parse";
  }
  return readsClock ? "daily" : undefined;
}

/** Whether the call whose `(` is at `open` is followed, in its attribute chain, by a cut to a day or coarser. */
function cutToDay(text: string, open: number): boolean {
  let at = closingParen(text, open);
  while (at !== undefined) {
    const segment = /^\s*\.\s*([A-Za-z_]\w*)/.exec(text.slice(at + 1));
    if (!segment) return false;
    const name = segment[1] as string;
    const next = at + 1 + segment[0].length;
    const call = /^\s*\(/.exec(text.slice(next));
    const end = call ? closingParen(text, next + call[0].length - 1) : next - 1;
    const args = call && end !== undefined ? text.slice(next + call[0].length, end) : "";
    if (["year", "month", "day", "date"].includes(name) || name === "isocalendar") return true;
    if (name === "start_of" && /^\s*["'](day|week|month|quarter|year|decade|century)["']/.test(args)) return true;
    if (name === "replace" && ["hour", "minute", "second", "microsecond"].every((unit) => new RegExp(`\\b${unit}\\s*=\\s*0\\b`).test(args))) return true;
    at = end;
  }
  return false;
}

/** The index of the `)` closing the `(` at `open` (strings not followed: start dates hold no parentheses in strings). */
function closingParen(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return undefined;
}

/**
 * Whether the DAG runs on a time schedule, so a start_date that moves at every parse may keep its first run away:
 * true for a cron or preset (not `@once`, `@continuous`), an interval or a time-based timetable, and no schedule at all
 * on Airflow 2 (DAG's default, one day); false for None, `@once`, `@continuous`, no schedule on Airflow 3 (None), and
 * Dataset schedules; undefined when the expression cannot be read (an environment variable, a name).
 */
function timeScheduled(dag: DagInfo, airflowMajor: 2 | 3): boolean | undefined {
  const schedule = dag.schedule;
  if (schedule === undefined) return airflowMajor === 2;
  if (schedule === null) return false;
  if (typeof schedule === "string") return !["@once", "@continuous"].includes(schedule);
  const text = schedule.expression.trim();
  if (/^((datetime|dt)\.)?timedelta\s*\(|^(dateutil\.)?(relativedelta\.)?relativedelta\s*\(|^\w*(Cron|Delta)\w*Timetable\s*\(/.test(text)) return true;
  if (/^\[|Dataset\s*\(|^\(|DatasetOrTimeSchedule|Asset\s*\(/.test(text)) return /DatasetOrTimeSchedule|AssetOrTimeSchedule/.test(text) ? true : false;
  return undefined;
}

/** The span of the first of these arguments the DAG call or decorator writes (schedule=, start_date=...). */
function argumentSpan(dag: DagInfo, ...names: string[]): SourceSpan | undefined {
  for (const name of names) {
    const found = dag.arguments?.find((a) => a.name === name);
    if (found) return { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn };
  }
  return undefined;
}

/** The span of a `default_args` key's value, else of the `default_args=` argument the value comes from. */
function defaultArgSpan(dag: DagInfo, key: string): SourceSpan | undefined {
  const found = dag.defaultArgs?.find((a) => a.name === key);
  if (found) return { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn };
  return argumentSpan(dag, "default_args");
}

/** Where a finding about a DAG's value goes: the value's span, else the DAG's line (for what is missing). */
function at(dag: DagInfo, span: SourceSpan | undefined): Pick<Finding, "line" | "column" | "endLine" | "endColumn"> {
  return span ?? { line: dag.line };
}

/**
 * Whether the project's Airflow creates this DAG when the file's module-level code runs as the inventory says: a
 * bare `@dag` (no parentheses) creates none on Airflow 2, where calling the function raises TypeError
 * (airflow/models/dag.py at 2.10.5: `dag(dag_id="", ...)` receives the function as dag_id and returns `wrapper(f)`),
 * nor does a call of an `@dag` function whose arguments do not fit its signature (DagInfo.callError).
 */
export function airflowCreates(dag: DagInfo, airflowMajor: 2 | 3): boolean {
  return !(airflowMajor === 2 && dag.decoratorWithoutCall) && !dag.callError;
}

export function runFileChecks(inventory: FileInventory, ctx: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  // A suppression comment on the DAG's own line also covers findings moved onto its arguments.
  const dagLineOf = new Map<Finding, number>();
  // The check id, line, column and message of each finding emitted: a lookup, not a scan of `findings` per finding
  // (a file of thousands of DAGs has thousands of findings).
  const emitted = new Set<string>();
  const emit = (id: string, finding: Omit<Finding, "checkId" | "severity" | "file">, dagLine?: number, severity?: Severity): void => {
    const level = levelOf(ctx.settings, id);
    if (level === "off") return;
    const full: Finding = { checkId: id, severity: severity ?? (level as Severity), file: ctx.file, ...finding };
    // A factory called several times repeats the same finding on the same argument: report it once.
    const key = JSON.stringify([id, full.line, full.column ?? null, full.message]);
    if (emitted.has(key)) return;
    emitted.add(key);
    findings.push(full);
    if (dagLine !== undefined) dagLineOf.set(full, dagLine);
  };
  for (const dag of inventory.dags) {
    const label = dagLabel(dag);
    const dagId = dagIdOf(dag);
    if (ctx.airflowMajor === 2 && dag.decoratorWithoutCall) {
      const name = dagId ?? "the function";
      emit(
        "dag-argument-unknown",
        {
          line: dag.definitionLine ?? dag.line,
          message: `@dag without parentheses: Airflow 2's dag() takes the decorated function as its dag_id and returns a decorator, so calling ${name}() fails the import with TypeError: dag.<locals>.wrapper() missing 1 required positional argument: 'f' (no DAG is created)`,
          fix: "write @dag() or @dag(schedule=..., start_date=...) with parentheses",
        },
        dag.line,
      );
      continue;
    }
    if (dag.callError) {
      const { message, ...span } = dag.callError;
      emit(
        "dag-argument-unknown",
        {
          ...span,
          dagId,
          message: `this call of the @dag function fails the import with TypeError: ${message} (the @dag factory binds its arguments to the function's signature, whose parameters become the DAG's params, before it builds ${label})`,
          fix: /missing/.test(message)
            ? "pass a value for every parameter without a default in this call, or give the parameter a default (it becomes the param's default)"
            : "pass only the function's parameters, each once",
        },
        dag.line,
      );
      continue;
    }
    const onDag = (span: SourceSpan | undefined, finding: Omit<Finding, "checkId" | "severity" | "file" | "line" | "dagId">): Omit<Finding, "checkId" | "severity" | "file"> => ({
      ...at(dag, span),
      dagId,
      ...finding,
    });
    // Tags.
    const allowed = ctx.settings["tags-required"]?.allowed;
    if (dag.tags === undefined || (Array.isArray(dag.tags) && dag.tags.length === 0)) {
      emit(
        "tags-required",
        onDag(dag.tags === undefined ? undefined : argumentSpan(dag, "tags"), {
          message: `${label} has no tags`,
          fix: `add tags=[...]${allowed?.length ? ` from: ${allowed.join(", ")}` : ""} so it can be found and owned in the UI`,
        }),
        dag.line,
      );
    } else if (Array.isArray(dag.tags) && allowed?.length) {
      const outside = dag.tags.filter((t) => !allowed.includes(t));
      if (outside.length) {
        emit("tags-allowed", onDag(argumentSpan(dag, "tags"), { message: `${label} uses tags not in the approved list: ${outside.join(", ")}`, fix: `use only: ${allowed.join(", ")}` }), dag.line);
      }
    }
    // Retries.
    const min = ctx.settings["min-retries"]?.min ?? 2;
    // BaseOperator's defaults come from [core] default_task_retries and [operators] default_owner (airflow/models/baseoperator.py at 2.10.5).
    const projectRetries = ctx.defaultTaskRetries;
    if (dag.retries === undefined) {
      if (projectRetries !== "unknown" && (projectRetries === undefined || projectRetries < min)) {
        const fallback = projectRetries === undefined ? "Airflow's default is 0" : `the project's AIRFLOW__CORE__DEFAULT_TASK_RETRIES is ${projectRetries}`;
        emit("min-retries", onDag(undefined, { message: `${label} does not set retries in default_args (${fallback})`, fix: `add "retries": ${min} to default_args` }), dag.line);
      }
    } else if (typeof dag.retries === "number" && dag.retries < min) {
      emit(
        "min-retries",
        onDag(defaultArgSpan(dag, "retries"), { message: `${label} has retries=${dag.retries}, below the minimum of ${min}`, fix: `set "retries": ${min} or more in default_args` }),
        dag.line,
      );
    }
    // Owner.
    const disallowed = ctx.settings["owner-required"]?.disallowed ?? ["airflow"];
    if (dag.owner === undefined) {
      const projectOwner = ctx.defaultOwner;
      if (projectOwner === undefined || (typeof projectOwner === "string" && disallowed.includes(projectOwner))) {
        emit("owner-required", onDag(undefined, { message: `${label} has no owner in default_args (it shows as '${projectOwner ?? "airflow"}')`, fix: `add "owner": "<team>" to default_args` }), dag.line);
      }
    } else if (typeof dag.owner === "string" && disallowed.includes(dag.owner)) {
      emit(
        "owner-required",
        onDag(argumentSpan(dag, "owner") ?? defaultArgSpan(dag, "owner"), { message: `${label} has the placeholder owner '${dag.owner}'`, fix: `set "owner" to the owning team` }),
        dag.line,
      );
    }
    // Schedule (croniter's rules, never-firing and random crons, @continuous) and, for Airflow's own DAG class and
    // @dag, the real signature; both point at the argument and are suppressed by a comment on the DAG's line too.
    const emitOnDag: EmitFinding = (id, finding, severity) => emit(id, { dagId, ...finding }, dag.line, severity);
    checkSchedule(dag, { airflowMajor: ctx.airflowMajor, now: ctx.now, maxActiveRunsPerDag: ctx.maxActiveRunsPerDag }, emitOnDag);
    if (dag.dagClass === undefined || isAirflowDagClass(dag.dagClass)) {
      checkDagArguments(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
      checkDagConstruction(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
    } else if (dag.dagClassPlain) {
      // A subclass that leaves construction to DAG.__init__ binds the call's arguments as DAG does (its methods may
      // still change what DAG.__init__ does with their values: only the signature is checked).
      checkDagArguments(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
    }
    // Start date: the start_date= argument, else the default_args key it comes from. One that moves daily is at most a
    // warning (a lower configured level wins).
    const startLevel = levelOf(ctx.settings, "start-date-static");
    const dailyLevel = startLevel === "off" ? undefined : capAtWarning(startLevel as Severity);
    const startSpan = argumentSpan(dag, "start_date") ?? defaultArgSpan(dag, "start_date");
    const moving = dag.startDate ? startDateMovement(dag.startDate) : undefined;
    const scheduled = timeScheduled(dag, ctx.airflowMajor);
    if (dag.startDate && moving === "every-parse" && scheduled === true) {
      emit(
        "start-date-static",
        onDag(startSpan, {
          message: `${label} has a dynamic start_date (${dag.startDate}): it changes at every parse, so runs may never be scheduled`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")',
        }),
        dag.line,
      );
    } else if (dag.startDate && moving !== undefined) {
      // A midnight (pendulum.today(), now().start_of("day"), date.today()...) is the same all day, like days_ago(): the
      // DAG runs, but its start moves every day (what catchup and the first run mean changes with it). The instant
      // itself on a DAG with no time schedule (schedule=None, @once, Datasets) delays no run. A warning, not an error.
      emit(
        "start-date-static",
        onDag(startSpan, {
          message:
            moving === "every-parse"
              ? `${label} has a dynamic start_date (${dag.startDate}): it changes at every parse; ${scheduled === false ? `harmless while the DAG ${dag.schedule === null ? "is only triggered by hand (schedule=None)" : dag.schedule === "@once" ? "runs once (@once)" : "has no time schedule"}` : "whether that keeps its runs away depends on a schedule astro-ci cannot read"}, but runs may never be scheduled on a time schedule`
              : `${label} has a start_date relative to the day it is parsed (${dag.startDate}): it moves every day, so backfills and the first run depend on when the file was parsed`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")',
        }),
        dag.line,
        dailyLevel,
      );
    } else if (dag.startDate && /\bdays_ago\s*\(/.test(dag.startDate)) {
      emit(
        "start-date-static",
        onDag(startSpan, {
          message: `${label} uses days_ago() for start_date: relative to the parse time, and removed in Airflow 3`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")',
        }),
        dag.line,
        dailyLevel,
      );
    }
  }
  for (const fn of inventory.uncalledDagFunctions ?? []) {
    const dagId = isUnknown(fn.dagId) ? undefined : fn.dagId;
    emit("dag-never-created", {
      line: fn.line,
      column: fn.column,
      endLine: fn.endLine,
      endColumn: fn.endColumn,
      dagId,
      message: `the DAG${dagId ? ` '${dagId}'` : ""} is never created: call ${fn.name}() at module level`,
      fix:
        fn.decoratorWithoutCall && ctx.airflowMajor === 2
          ? `write @dag() with parentheses (on Airflow 2 a bare @dag makes calling ${fn.name}() fail with TypeError), then add \`${fn.name}()\` at module level after the function`
          : `add \`${fn.name}()\` at module level after the function (Airflow only finds DAGs that importing the file creates)`,
    });
  }
  for (const call of inventory.parseTimeCalls) {
    const why: Record<string, string> = {
      variable: "reads an Airflow Variable (a metadata DB or secrets backend query)",
      connection: "looks up a connection (a metadata DB or secrets backend query)",
      http: "makes a network call",
      database: "opens a database connection",
      file: "reads a file",
      sleep: "sleeps",
      hook: "uses a hook",
    };
    emit("parse-time-work", {
      line: call.line,
      column: call.column,
      message: `${call.callee}() at module level ${why[call.kind] ?? "does I/O"} every time the scheduler parses this file (every 30 s by default)`,
      fix:
        call.kind === "variable"
          ? "read it inside a task, or use a Jinja template like {{ var.value.<key> }} in operator arguments"
          : call.kind === "connection"
            ? "read it inside a task, or use {{ conn.<conn_id> }} templates"
            : "move the call into a task (a @task function or an operator's callable)",
    });
  }
  // BaseOperator.__init__ at 2.10.5: `TriggerRule.is_valid(trigger_rule)` else AirflowException; a weight_rule string
  // that is no WeightRule (and no dotted path to a custom PriorityWeightStrategy) fails validate_and_load_priority_weight_strategy.
  for (const argument of inventory.taskArguments ?? []) {
    const rules = argument.name === "trigger_rule" ? TRIGGER_RULES : WEIGHT_RULES;
    if (rules.includes(argument.value) || (argument.name === "weight_rule" && argument.value.includes("."))) continue;
    const near = nearestName(argument.value, rules);
    emit("task-argument-invalid", {
      line: argument.line,
      column: argument.column,
      endLine: argument.endLine,
      endColumn: argument.endColumn,
      message:
        argument.name === "trigger_rule"
          ? `trigger_rule '${argument.value}' is not a trigger rule: importing the file fails with AirflowException: The trigger_rule must be one of the TriggerRule values`
          : `weight_rule '${argument.value}' is not a weight rule: importing the file fails with AirflowException: Unknown priority strategy`,
      fix: near ? `write '${near}'` : `use one of ${rules.join(", ")}`,
    });
  }
  // Calls of Airflow core operators: unknown keywords, missing required ones, positional arguments, a python_callable
  // literal, an unknown TriggerRule member (operator-signatures.ts, Airflow 2.10 projects only).
  checkOperatorCalls(inventory, { airflowVersion: ctx.airflowVersion, allowIllegalArguments: ctx.allowIllegalArguments }, (id, finding) => emit(id, finding));
  // `@task(...)` keywords and values, `@task.<name>` decorators that do not exist (operator-signatures.ts).
  checkTaskDecoratorCalls(inventory, { airflowVersion: ctx.airflowVersion, allowIllegalArguments: ctx.allowIllegalArguments, extraTaskDecorators: ctx.extraTaskDecorators }, (id, finding) => emit(id, finding));
  // TaskGroup(...), @task_group(...) and .override(...) against TaskGroup's signature (operator-signatures.ts).
  checkTaskGroupCalls(inventory, { airflowVersion: ctx.airflowVersion }, (id, finding) => emit(id, finding));
  // Dependency cycles (DagBag.bag_dag's check_cycle), fail_stop and teardown trigger rules (checks-dependencies.ts).
  checkTaskDependencies(inventory, { airflowMajor: ctx.airflowMajor }, (id, finding) => emit(id, finding));
  // airflow/utils/helpers.py validate_key (KEY_REGEX, 250 characters) and DAG.add_task at 2.10.5.
  for (const task of inventory.taskIds ?? []) {
    const at = { line: task.line, column: task.column, endLine: task.endLine, endColumn: task.endColumn };
    const earlier = task.duplicateOfGroup ? "task group" : "task";
    if (task.notString) {
      // validate_key / validate_group_key first test isinstance(k, str); a group that does not prefix tests it itself.
      const what = task.group ? "group_id" : "task_id";
      emit("task-id-valid", {
        ...at,
        message:
          task.group && task.unprefixed
            ? `group_id ${task.id} is no string: importing the file fails with ValueError: group_id must be str`
            : `${what} ${task.id} is no string: importing the file fails with TypeError: The key has to be a string and is <class '${task.notString}'>:${task.id}`,
        fix: task.notString === "NoneType" ? `give the ${task.group ? "group" : "task"} a ${what} string, e.g. ${what}="my_${task.group ? "group" : "task"}"` : `write the ${what} as a string: ${what}="${task.id}"`,
      });
      continue;
    }
    if (task.group) {
      // validate_group_key: letters, digits, `_` and `-` only (no dots: a dot joins a group's prefix), at most 200;
      // it runs only for a group that prefixes, before the clash check (TaskGroup.__init__ at 2.10.5).
      if (task.unprefixed || (task.id.length <= GROUP_ID_MAX_LENGTH && GROUP_ID_PATTERN.test(task.id))) {
        // A clash among its parent group's children quotes the prefixed id (TaskGroup.add), else the id as written.
        const raised = task.key !== undefined ? `Task Group id '${task.key}' has already been added to the DAG` : `group_id '${task.id}' has already been added to the DAG`;
        const written = task.key !== undefined ? ` (with its parent group's prefix: '${task.key}')` : "";
        if (task.duplicateOf !== undefined) {
          emit("task-id-valid", {
            ...at,
            message: `group_id '${task.id}'${written} is already used by the ${earlier} at line ${task.duplicateOf} in the same DAG: importing the file fails with DuplicateTaskIdFound: ${raised}`,
            fix: "give the task group a group_id no task or group of the DAG has (or add_suffix_on_collision=True)",
          });
        } else if (task.repeatedInLoop !== undefined) {
          emit("task-id-valid", {
            ...at,
            message: `group_id '${task.id}'${written} is the same on every pass of the loop at line ${task.repeatedInLoop}: the second pass fails the import with DuplicateTaskIdFound: ${raised}`,
            fix: `put the loop variable in the group_id, e.g. f"${task.id}_{...}"`,
          });
        }
        continue;
      }
      emit("task-id-valid", {
        ...at,
        message:
          task.id.length > GROUP_ID_MAX_LENGTH
            ? `group_id is ${task.id.length} characters long: importing the file fails with AirflowException: The key has to be less than ${GROUP_ID_MAX_LENGTH} characters`
            : `group_id '${task.id}' is not a valid key: importing the file fails with AirflowException: The key '${task.id}' has to be made of alphanumeric characters, dashes and underscores exclusively`,
        fix: `use only letters, digits, '_' and '-', e.g. '${task.id.replace(/[^\p{L}\p{N}_-]+/gu, "_").replace(/^_+|_+$/g, "").slice(0, GROUP_ID_MAX_LENGTH) || "my_group"}'`,
      });
      continue;
    }
    // The key checked and added is the task_id under its groups' prefixes (BaseOperator.__init__ at 2.10.5).
    const key = task.key ?? task.id;
    const prefixed = task.key !== undefined ? ` (with its task groups' prefix: '${task.key}')` : "";
    if (key.length > TASK_ID_MAX_LENGTH || !TASK_ID_PATTERN.test(task.id)) {
      const suggestion = task.id.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^_+|_+$/g, "").slice(0, TASK_ID_MAX_LENGTH) || "my_task";
      emit("task-id-valid", {
        ...at,
        message:
          key.length > TASK_ID_MAX_LENGTH
            ? `task_id is ${key.length} characters long${task.key !== undefined ? " with its task groups' prefix" : ""}: importing the file fails with AirflowException: The key has to be less than ${TASK_ID_MAX_LENGTH} characters`
            : `task_id '${task.id}' is not a valid key: importing the file fails with AirflowException: The key '${task.id}' has to be made of alphanumeric characters, dashes, dots and underscores exclusively`,
        fix:
          task.key !== undefined && key.length > TASK_ID_MAX_LENGTH
            ? `shorten the task_id or its task groups' group_ids: the key '<group_id>.<task_id>' may have at most ${TASK_ID_MAX_LENGTH} characters`
            : `use only letters, digits, '_', '.' and '-', e.g. '${suggestion}'`,
      });
    } else if (task.duplicateOf !== undefined) {
      emit("task-id-valid", {
        ...at,
        message: `task_id '${task.id}'${prefixed} is already used by the ${earlier} at line ${task.duplicateOf}${task.duplicateOfGroup && /\.(up|down)stream_join_id$/.test(key) ? " (the id of its join node)" : ""} in the same DAG: importing the file fails with DuplicateTaskIdFound: Task id '${key}' has already been added to the DAG`,
        fix: task.duplicateOfGroup ? "give the task an id no task group of the DAG has" : "give each task its own task_id",
      });
    } else if (task.repeatedInLoop !== undefined) {
      emit("task-id-valid", {
        ...at,
        message: `task_id '${task.id}'${prefixed} is the same on every pass of the loop at line ${task.repeatedInLoop}: the second pass fails the import with DuplicateTaskIdFound: Task id '${key}' has already been added to the DAG`,
        fix: `put the loop variable in the task_id, e.g. f"${task.id}_{...}"`,
      });
    }
  }
  for (const mapped of inventory.mappedLiterals ?? []) {
    const span = { line: mapped.line, column: mapped.column, endLine: mapped.endLine, endColumn: mapped.endColumn };
    if (mapped.type === "XComArg") {
      emit("task-mapping-valid", {
        ...span,
        message: `expand() gets ${mapped.argument}= a task's output under the key '${mapped.key}', which it cannot map over: importing the file fails with ValueError: cannot map over XCom with custom key '${mapped.key}'`,
        fix: `map over the task's whole output: have it return the list (or add a @task that takes the output and returns output["${mapped.key}"]) and expand over that`,
      });
      continue;
    }
    // airflow/decorators/base.py (_TaskDecorator), models/mappedoperator.py and decorators/task_group.py at 2.10.5.
    if (mapped.type === "always") {
      const method = mapped.call ?? "expand";
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() maps this task over another task's output, and its trigger_rule is "always": importing the file fails with ValueError: Task-generated mapping within a task using '${method}' is not allowed with trigger rule 'always'.`,
        fix: 'give the mapped task another trigger_rule (e.g. "all_done"), or map it over a literal list',
      });
      continue;
    }
    if (mapped.type === "empty") {
      emit("task-mapping-valid", {
        ...span,
        message: "expand() is called with no argument to map over: importing the file fails with TypeError: no arguments to expand against",
        fix: "pass expand() the argument to map over (expand(name=[...]) or another task's output), or call the task without mapping",
      });
      continue;
    }
    if (mapped.type === "context") {
      const method = mapped.call ?? "expand";
      const names = [mapped.argument, ...(mapped.also ?? [])];
      const what = names.length > 1 ? `variables ${names.map((n) => `'${n}'`).join(", ")}` : `variable '${mapped.argument}'`;
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() gets ${names.map((n) => `${n}=`).join(", ")}, ${names.length > 1 ? "names" : "a name"} Airflow gives the @task function from the task's context: importing the file fails with ValueError: cannot call ${method}() on task context ${what}`,
        fix: `rename the function's parameter (and the keyword) so that it is no Airflow context key such as ${mapped.argument}, ds or ti`,
      });
      continue;
    }
    if (mapped.type === "keyword") {
      const method = mapped.call ?? "expand";
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() gets ${mapped.argument}=, which the decorated function has no parameter for: importing the file fails with TypeError: ${method}() got an unexpected keyword argument '${mapped.argument}'`,
        fix:
          mapped.argument === "task_id" || method === "partial"
            ? `pass only the function's own arguments to ${method}(); task arguments such as task_id go in @task(task_id=...) or .override(task_id=...)`
            : `map over one of the function's parameters, or add a parameter '${mapped.argument}'`,
      });
      continue;
    }
    if (mapped.call === "expand_kwargs") {
      emit("task-mapping-valid", {
        ...span,
        message: `expand_kwargs() gets a ${mapped.type}${mapped.type === "list" || mapped.type === "tuple" ? " with an item that is no dict" : ", which is neither a list of dicts nor a task's output"}: importing the file fails with TypeError: expected XComArg or list[dict], not ${mapped.type}`,
        fix: 'pass a list of dicts (expand_kwargs([{"a": 1}, {"a": 2}])) or the output of a task returning one; to map over one argument use expand(name=[...])',
      });
      continue;
    }
    emit("task-mapping-valid", {
      ...span,
      message: `expand() gets ${mapped.argument}= ${/^[aeiou]/.test(mapped.type) ? "an" : "a"} ${mapped.type}, which it cannot map over: importing the file fails with ValueError: expand() got an unexpected type '${mapped.type}' for keyword argument '${mapped.argument}'`,
      fix: `pass a list (${mapped.argument}=[...]), a dict or another task's output; a value every mapped task shares goes in .partial(${mapped.argument}=...)`,
    });
  }
  // airflow/decorators/base.py at 2.10.5 (DecoratedOperator.__init__ binds the call's arguments to the function).
  for (const call of inventory.taskCalls ?? []) {
    emit("task-argument-invalid", { line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn, ...taskCallWords(call) });
  }
  // airflow/models/mappedoperator.py at 2.10.5 (MappedOperator.__attrs_post_init__): a mapped task with an SLA, its own
  // or from default_args, fails the import. Airflow 3 has no SLAs. Through default_args only when every DAG of the file
  // gives one (the task may belong to any of them).
  if (ctx.airflowMajor === 2) {
    const dags = inventory.dags;
    const slaOfEveryDag = dags.length > 0 && dags.every((dag) => dag.defaultArgs?.some((a) => a.name === "sla" && a.literal !== null));
    for (const task of inventory.mappedTasks ?? []) {
      if (task.sla === false || (task.sla === undefined && !slaOfEveryDag)) continue;
      const own = task.sla === true;
      emit("task-mapping-valid", {
        line: task.line,
        column: task.column,
        endLine: task.endLine,
        endColumn: task.endColumn,
        message: `this mapped task has an SLA (${own ? "its own sla=" : "sla in the DAG's default_args"}): importing the file fails with AirflowException: SLAs are unsupported with mapped tasks`,
        fix: own ? "remove sla= from the mapped task (or set sla=None)" : "set sla=None for the mapped task (@task(sla=None), or .partial(sla=None) for an operator), or take sla out of default_args",
      });
    }
  }
  for (const zone of inventory.timeZones ?? []) {
    // `os.getenv("VAR", default)`: where the Dockerfile's ENV sets VAR, the image has that value (judged instead of
    // the default, an error when bad); set to what only the build knows, nothing to judge. Otherwise the default is
    // what a parse without VAR gets, but a Deployment's environment variables (which astro-ci cannot see) may set
    // it: a bad default is a warning.
    const variable = zone.environment;
    if (variable !== undefined && ctx.imageEnv?.unresolved.includes(variable)) continue;
    const imageValue = variable === undefined ? undefined : ctx.imageEnv?.env[variable];
    if (imageValue === "local") continue;
    const name = imageValue ?? zone.name;
    const problem = timeZoneProblem(name, zone.loader);
    if (!problem) continue;
    const error = zone.loader === "zoneinfo" ? "ZoneInfoNotFoundError" : "InvalidTimezone";
    const what =
      variable === undefined
        ? ""
        : imageValue !== undefined
          ? ` (the Dockerfile's ENV sets ${variable}=${imageValue})`
          : ` (the default when the environment variable ${variable} is not set)`;
    const where = variable === undefined || imageValue !== undefined ? "" : ` wherever ${variable} is unset (a CI parse, astro dev parse; the Dockerfile does not set it, a Deployment's environment variables may)`;
    emit(
      "time-zone-valid",
      {
        line: zone.line,
        column: zone.column,
        endLine: zone.endLine,
        endColumn: zone.endColumn,
        message: `${zone.callee}() gets the time zone "${name}"${what}: ${problem.message}, so importing the file fails with ${error}${where}`,
        fix: problem.suggestion
          ? imageValue !== undefined
            ? `set ${variable}=${problem.suggestion} in the Dockerfile`
            : `write "${problem.suggestion}"`
          : 'use an IANA time zone name such as "UTC" or "Europe/Paris"',
      },
      undefined,
      variable !== undefined && imageValue === undefined && levelOf(ctx.settings, "time-zone-valid") !== "off" ? capAtWarning(levelOf(ctx.settings, "time-zone-valid") as Severity) : undefined,
    );
  }
  for (const use of inventory.datasetUris ?? []) {
    const problem = ctx.airflowMajor === 2 ? datasetUriProblem(use.uri) : undefined;
    if (problem) emit("dataset-uri-invalid", { line: use.line, column: use.column, endLine: use.endLine, endColumn: use.endColumn, ...datasetUriFinding(use, problem) });
  }
  findings.push(...importFindings(inventory, ctx));
  const suppressions = inventory.suppressions;
  const kept = applySuppressions(findings, { [ctx.file]: suppressions });
  return kept.filter((finding) => {
    const dagLine = dagLineOf.get(finding);
    if (dagLine === undefined || dagLine === finding.line) return true;
    return applySuppressions([{ ...finding, line: dagLine }], { [ctx.file]: suppressions }).length > 0;
  });
}

/**
 * unresolved-import and airflow3-removed-import, judged by where each import runs (ImportRef.scope): at parse time
 * a failure is an import error of the DAG file; in a task's function body it fails that task when it runs, not the
 * DAG import; in an isolated callable (@task.virtualenv, @task.docker...) it runs in another environment, so the
 * project's requirements say nothing about it. Imports under `if TYPE_CHECKING:` never run, and imports inside
 * `try: ... except ImportError:` are handled by the file itself: neither is ever a failure.
 */
function importFindings(inventory: FileInventory, ctx: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  const levels = { unresolved: levelOf(ctx.settings, "unresolved-import"), removed: levelOf(ctx.settings, "airflow3-removed-import"), core: levelOf(ctx.settings, "airflow-import-invalid") };
  // Airflow 2.10's own modules and names (airflow-core-names.json), unless the project has an `airflow` of its own.
  const judgeCore = ctx.airflowMajor === 2 && judgesAirflowCore(ctx.airflowVersion) && levels.core !== "off" && !ctx.resolver.isLocal?.("airflow");
  const coreSeverity: Severity = levels.core === "off" ? "error" : levels.core;
  if (judgeCore) {
    for (const use of inventory.airflowAttributes ?? []) {
      const problem = use.tried ? undefined : airflowCoreAttributeProblem(use.path);
      if (!problem) continue;
      findings.push({ checkId: "airflow-import-invalid", severity: coreSeverity, file: ctx.file, line: use.line, column: use.column, message: `importing this DAG fails with ${problem.error}`, fix: problem.fix });
    }
  }
  for (const ref of inventory.imports) {
    if (ref.guarded || ref.typeCheckingOnly) continue;
    const scope = ref.scope ?? "module";
    if (scope === "isolated") continue;
    const atTaskRun = scope === "function";
    const base = { file: ctx.file, line: ref.line };
    if (ref.relative) {
      // The DagBag loads each DAG file as a top-level module of its own (a made-up name, no package: DagBag's
      // _load_modules_from_file in airflow/models/dagbag.py at 2.10.5), so `from .x import y` has no parent package,
      // whatever the folder holds (an `__init__.py` too). Nothing installed can change that: an error unless the
      // project sets unresolved-import's level itself.
      const relativeLevel = ctx.settings["unresolved-import"]?.level ?? "error";
      if (relativeLevel !== "off") {
        findings.push({
          ...base,
          checkId: "unresolved-import",
          severity: atTaskRun ? capAtWarning(relativeLevel) : relativeLevel,
          message: `${atTaskRun ? "this relative import fails the task at run time" : "importing this DAG fails"} with ImportError: attempted relative import with no known parent package (Airflow loads each DAG file as a top-level module, not as part of a package)`,
          fix: "import through the dags folder, which is on sys.path: 'from common.settings import X' for dags/common/settings.py, not 'from .common.settings import X'",
        });
      }
      continue;
    }
    if (!ref.module) continue;
    if (ctx.airflowMajor === 3 && levels.removed !== "off") {
      const removed = airflow3RemovedImports(ref.module, ref.names);
      for (const gone of removed) {
        findings.push({
          ...base,
          checkId: "airflow3-removed-import",
          // Inside a task body the ImportError fails that task, not the DAG import: at most a warning.
          severity: atTaskRun ? capAtWarning(levels.removed) : levels.removed,
          message: atTaskRun
            ? `'${gone.path}' was removed in Airflow 3 (${gone.rule}): this import fails the task at run time, not the DAG import`
            : `'${gone.path}' was removed in Airflow 3 (${gone.rule}): importing this DAG fails with ImportError, even if the name is never used`,
          fix: gone.fix,
        });
      }
      if (removed.length) continue;
    }
    if (judgeCore) {
      const problems = airflowCoreImportProblems(ref.module, ref.names);
      for (const problem of problems) {
        findings.push({
          ...base,
          checkId: "airflow-import-invalid",
          // Inside a task body the error fails that task, not the DAG import: at most a warning.
          severity: atTaskRun ? capAtWarning(coreSeverity) : coreSeverity,
          message: atTaskRun ? `this import fails the task at run time with ${problem.error}, not the DAG import` : `importing this DAG fails with ${problem.error}`,
          fix: problem.fix,
        });
      }
      if (problems.length) continue;
    }
    if (levels.unresolved === "off") continue;
    // A deprecated alias of a provider module (`from airflow.operators.docker_operator import DockerOperator`): the name
    // is taken from the provider, which must be installed (Airflow 2.10's tables; names taken, not a bare `import`).
    const forwarded = judgeCore && ref.names?.length && !ref.names.includes("*") ? providerAliasTarget(ref.module) : undefined;
    if (forwarded) {
      const target = ctx.resolver.resolve(forwarded);
      if (target.status === "provided") continue;
      const name = ref.names?.[0] as string;
      const error = `ImportError: Could not import ${forwarded}.${name} while trying to import ${ref.module}.${name}`;
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: target.status === "missing" ? (atTaskRun ? capAtWarning(levels.unresolved) : levels.unresolved) : "notice",
        message:
          target.status === "missing"
            ? `'${ref.module}' is a deprecated alias of '${forwarded}', which nothing installs: ${atTaskRun ? `this import fails the task at run time with ${error}, not the DAG import` : `importing this DAG fails with ${error}`}`
            : `'${ref.module}' is a deprecated alias of '${forwarded}', which is not in requirements.txt; present only if ${target.presentOnlyIf}`,
        fix: `${target.fix}; and import from '${forwarded}' itself (the alias is removed in Airflow 3)`,
      });
      continue;
    }
    const resolution = ctx.resolver.resolve(ref.module);
    if (resolution.status === "provided") continue;
    if (resolution.status === "missing") {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: atTaskRun ? capAtWarning(levels.unresolved) : levels.unresolved,
        message: atTaskRun
          ? `nothing installs '${ref.module}': this import fails the task at run time with ModuleNotFoundError, not the DAG import`
          : `nothing installs '${ref.module}': importing this DAG fails with ModuleNotFoundError`,
        fix: resolution.fix,
      });
    } else {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: "notice",
        message: `'${ref.module}' is not in requirements.txt; present only if ${resolution.presentOnlyIf}${atTaskRun ? " (imported inside a task: it would fail the task, not the DAG import)" : ""}`,
        fix: resolution.fix,
      });
    }
  }
  return findings;
}

function capAtWarning(level: Severity): Severity {
  return level === "error" ? "warning" : level;
}

export function runProjectChecks(inventories: { file: string; inventory: FileInventory }[], ctx: ProjectCheckContext): Finding[] {
  const level = levelOf(ctx.settings, "duplicate-dag-id");
  if (level === "off") return [];
  const byId = new Map<string, DagInfo[]>();
  for (const { inventory } of inventories) {
    for (const dag of inventory.dags) {
      const id = dagIdOf(dag);
      if (id === undefined) continue;
      byId.set(id, [...(byId.get(id) ?? []), dag]);
    }
  }
  const findings: Finding[] = [];
  for (const [id, dags] of byId) {
    if (dags.length < 2) continue;
    for (const dag of dags) {
      // Two branches of one if/else (or try/except) in a file: only one of them runs (`if ENV == "prod": ...`).
      const clashing = dags.filter((d) => d !== dag && !(d.file === dag.file && exclusiveBranches(d.branch, dag.branch)));
      if (clashing.length === 0) continue;
      const others = clashing.map((d) => `${d.file}:${d.line}`);
      // DagBag raises only for the same id from two files (airflow/models/dagbag.py `_bag_dag` compares filelocs);
      // within one file it bags the module's DAG objects from a set (`_process_modules`' `top_level_dags` at 2.10.5),
      // so which one is kept changes from one parse to the next, silently, everywhere (seen with real DagBag 2.10.5).
      const acrossFiles = clashing.some((d) => d.file !== dag.file);
      // Made under a condition astro-ci cannot evaluate (DagInfo.branch: `if os.getenv("ENV") == "prod":` in one file,
      // `!=` in the other): both DAGs exist only if both conditions hold, which real DagBag runs often show they don't.
      const certain = !dag.branch && clashing.some((d) => d.file !== dag.file && !d.branch);
      findings.push({
        checkId: "duplicate-dag-id",
        severity: acrossFiles && !certain ? capAtWarning(level as Severity) : (level as Severity),
        file: dag.file,
        line: dag.line,
        dagId: id,
        message: acrossFiles
          ? `dag_id '${id}' is also defined at ${others.join(", ")}: ` +
            (certain ? "" : "if both are made (one is made only under an if/try condition astro-ci cannot evaluate, such as an environment check), ") +
            `a running scheduler keeps whichever file it parsed last, without an error, ` +
            `while a whole-folder DagBag (astro dev parse, the DAG integrity test) fails with AirflowDagDuplicatedIdException`
          : `dag_id '${id}' is also defined at ${others.join(", ")} in the same file: Airflow keeps one of them, not always the same one from one parse to the next, without an error anywhere (not even in astro dev parse)`,
        fix: "give each DAG a unique dag_id",
      });
    }
  }
  // A DAG file importing another DAG file's DAGs (`from a import dag`): both files hold the dag_id.
  findings.push(...reimportedDagFindings(inventories, { severity: level as Severity, resolver: ctx.resolver, relativeRoot: ctx.relativeRoot ?? "" }));
  const suppressions = Object.fromEntries(inventories.map((i) => [i.file, i.inventory.suppressions]));
  return applySuppressions(findings, suppressions);
}

/** Drop findings silenced by `# astro-ci: ignore[...]` on their line, or `# astro-ci: ignore-file[...]`. */
export function applySuppressions(findings: Finding[], suppressionsByFile: Record<string, Suppressions | undefined>): Finding[] {
  return findings.filter((finding) => {
    const s = suppressionsByFile[finding.file];
    if (!s) return true;
    const covers = (ids: string[] | undefined): boolean => ids !== undefined && (ids.length === 0 || ids.includes(finding.checkId));
    return !(covers(s.file) || covers(s.lines[finding.line]));
  });
}

/**
 * Whether two DAGs of the same file are made in different branches of one `if`/`elif`/`else` or `try`/`except`
 * statement (DagInfo.branch), so that one import of the file makes at most one of them.
 */
export function exclusiveBranches(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = new Map(a.split("/").map((step) => step.split(":") as [string, string]));
  return b.split("/").some((step) => {
    const [statement, branch] = step.split(":") as [string, string];
    const other = left.get(statement);
    return other !== undefined && other !== branch;
  });
}
