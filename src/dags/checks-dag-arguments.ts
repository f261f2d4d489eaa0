import data from "./data/dag-parameters.json" with { type: "json" };
import type { EmitFinding } from "./checks-schedule.js";
import { isUnknown, type DagArgument, type DagInfo, type Level } from "../core/findings.js";
import { nearestName } from "../util/nearest-name.js";

/** The signature check: every argument of DAG(...) / @dag(...) against the project's Airflow version. */
export const DAG_ARGUMENT_CHECKS: { id: string; defaultLevel: Level; description: string }[] = [
  {
    id: "dag-argument-unknown",
    defaultLevel: "error",
    description: "A DAG(...) or @dag(...) keyword the project's Airflow version does not take, or too many positional arguments: importing the file fails with TypeError.",
  },
  {
    id: "dag-argument-invalid",
    defaultLevel: "error",
    description:
      "DAG arguments Airflow rejects when it builds the DAG: a dag_id with characters other than letters, digits, _ . - (or longer than 250), more than one of schedule/schedule_interval/timetable, a schedule without any start_date (Airflow 2.8+ on Airflow 2), an interval schedule that is not positive (timedelta(0)), a number or True/False as the schedule, a start_date/end_date that is a string or a date, a literal of the wrong type (catchup=\"False\", tags=\"x\" or (\"x\",), max_active_runs=1.0, dagrun_timeout=3600; Airflow 2.10), an unknown default_view or orientation, a tag over 100 characters, owner_links that are no links, params that are no dict, a Param without a valid default (in params= or an @dag function's parameters) on a DAG that can be scheduled, a date or (beside an aware start_date) a string as default_args start_date, a tag that is no string, description=b'...', a negative max_consecutive_failed_dag_runs, a DAG argument or default_args value Python cannot build (datetime(2024, 13, 1), timedelta(hours='1')), default_args every task (or sensor) fails on (Airflow 2): importing the file fails or the DAG is not loaded.",
  },
];

/** airflow/utils/helpers.py at 2.10.5: KEY_REGEX `^[\w.-]+$` (Python's `\w` is Unicode letters, digits and `_`), max 250. */
const DAG_ID_PATTERN = /^[\p{L}\p{N}_.-]+$/u;
const DAG_ID_MAX_LENGTH = 250;
const SCHEDULING_ARGUMENTS = ["schedule_interval", "timetable", "schedule"];

/** airflow/models/dag.py at 2.10.5, DAG_ARGS_EXPECTED_TYPES (dag_id has its own check). */
const EXPECTED_TYPES: Record<string, "str" | "int" | "bool" | "list" | "timedelta"> = {
  description: "str",
  max_active_tasks: "int",
  max_active_runs: "int",
  max_consecutive_failed_dag_runs: "int",
  dagrun_timeout: "timedelta",
  catchup: "bool",
  doc_md: "str",
  is_paused_upon_creation: "bool",
  render_template_as_native_obj: "bool",
  tags: "list",
  auto_register: "bool",
  fail_stop: "bool",
  dag_display_name: "str",
};
const FIX_FOR_TYPE: Record<string, string> = {
  bool: "write True or False without quotes",
  int: "write the number without quotes",
  list: 'write a list, e.g. tags=["finance"]',
  timedelta: "write a timedelta, e.g. dagrun_timeout=timedelta(hours=1)",
  str: "write a string",
};
/** airflow/models/dag.py at 2.10.5: DEFAULT_VIEW_PRESETS and ORIENTATION_PRESETS ('tree' still maps to 'grid'). */
const DEFAULT_VIEWS = ["grid", "graph", "duration", "gantt", "landing_times"];
const ORIENTATIONS = ["LR", "TB", "RL", "BT"];

/** airflow/utils/trigger_rule.py and airflow/utils/weight_rule.py at 2.10.5. */
export const TRIGGER_RULES = ["all_success", "all_failed", "all_done", "all_done_setup_success", "one_success", "one_failed", "one_done", "none_failed", "none_failed_or_skipped", "none_skipped", "dummy", "always", "none_failed_min_one_success", "all_skipped"];
export const WEIGHT_RULES = ["downstream", "upstream", "absolute"];
/** airflow/models/baseoperator.py at 2.10.5, BASEOPERATOR_ARGS_EXPECTED_TYPES (those a literal can get wrong). */
const TASK_EXPECTED_TYPES: Record<string, "str" | "int" | "bool"> = {
  email_on_retry: "bool",
  email_on_failure: "bool",
  retry_exponential_backoff: "bool",
  depends_on_past: "bool",
  ignore_first_depends_on_past: "bool",
  wait_for_past_depends_before_skipping: "bool",
  wait_for_downstream: "bool",
  priority_weight: "int",
  queue: "str",
  pool: "str",
  pool_slots: "int",
  run_as_user: "str",
  max_active_tis_per_dag: "int",
  max_active_tis_per_dagrun: "int",
  executor: "str",
  do_xcom_push: "bool",
};

/**
 * default_args values every task of the DAG fails on when BaseOperator.__init__ applies them (airflow/models/
 * baseoperator.py at 2.10.5): only for a DAG that certainly makes a task, and only literal values. `execution_timeout`
 * that is not a timedelta (ValueError), a `retry_delay` string (TypeError), a `retries` string that is no integer, an
 * unknown `trigger_rule` or `weight_rule` (AirflowException), `pool_slots` below 1, and on Airflow 2.10 a literal of the
 * wrong type for the arguments BaseOperator type-checks (TypeError).
 */
function checkDefaultArgValues(dag: DagInfo, dagId: string | undefined, ctx: { airflowVersion?: string }, emit: EmitFinding): void {
  // A custom operator's __init__ may set the key itself before BaseOperator sees it (see DagInfo.customOperatorsOnly).
  if (typeof dag.taskCount !== "number" || dag.taskCount < 1 || !dag.defaultArgs || dag.customOperatorsOnly) return;
  const typed = ctx.airflowVersion === undefined || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0;
  const label = dagId === undefined ? "the DAG" : `DAG '${dagId}'`;
  for (const entry of dag.defaultArgs) {
    const value = entry.literal;
    // A key the file also sets on tasks (or in another dict) may be overridden by every task that would fail on it.
    if (value === undefined || entry.setElsewhere) continue;
    // None only where the dict's keys are all known (taskValueProblem: the keys that refuse None).
    if (value === null && !dag.defaultArgsComplete) continue;
    const repr = pythonLiteral(value, entry.valueType === "float");
    const problem = taskValueProblem(entry.name, value, { typed, sensor: dag.sensorTask === true, float: entry.valueType === "float" });
    if (!problem) continue;
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${label} has default_args ${entry.name}=${repr}, which every task gets: importing the file fails with ${problem.error}`,
      fix: problem.fix,
    });
  }
}

/** A number as Python writes it: a float keeps its point (`2.0`), an int has none. */
/** How Python writes a string, bool or number literal (`'x'`, `True`, `2.0`): for messages quoting a value. */
export function pythonLiteral(value: string | number | boolean | null, float: boolean): string {
  return typeof value === "string" ? `'${value}'` : value === true ? "True" : value === false ? "False" : value === null ? "None" : pythonNumber(value, float);
}

export function pythonNumber(value: number, float: boolean): string {
  return float && Number.isInteger(value) ? `${value}.0` : String(value);
}

/** Sensor modes BaseSensorOperator takes (airflow/sensors/base.py at 2.10.5, `valid_modes`). */
const SENSOR_MODES = ["poke", "reschedule"];

/**
 * What BaseOperator.__init__ (or a sensor's) raises for a literal task argument, given to the task or through
 * default_args (airflow/models/baseoperator.py and airflow/sensors/base.py at 2.10.5): `execution_timeout` that is not
 * a timedelta (ValueError), a `retry_delay` string (TypeError), a `retries` string that is no integer, an unknown
 * `trigger_rule` or `weight_rule` (AirflowException), a `priority_weight` string, `pool_slots` below 1; for a sensor
 * (`sensor`), a `poke_interval`/`timeout` string or negative number and an unknown `mode`; with `typed` (Airflow 2.10+)
 * a literal of the wrong type for what BaseOperator type-checks (TypeError); None where it is refused
 * (noneValueProblem). `error` is the exception as DagBag records it; undefined when the value is fine or not judged.
 */
export function taskValueProblem(name: string, value: string | number | boolean | null, options: { typed: boolean; sensor: boolean; float?: boolean }): { error: string; fix: string } | undefined {
  if (value === null) return noneValueProblem(name, options.sensor);
  if (name === "execution_timeout") return { error: `ValueError: execution_timeout must be timedelta object`, fix: "write a timedelta, e.g. timedelta(minutes=30)" };
  if (name === "retry_delay" && typeof value === "string") return { error: "TypeError: unsupported type for timedelta seconds component: str", fix: "write a timedelta, e.g. timedelta(minutes=5), or a number of seconds" };
  if (name === "retries" && typeof value === "string" && !/^\s*[+-]?\d+\s*$/.test(value)) return { error: "AirflowException: 'retries' type must be int, not str", fix: "write the number without quotes, e.g. 2" };
  if (name === "trigger_rule" && typeof value === "string" && !TRIGGER_RULES.includes(value)) {
    const near = nearestName(value, TRIGGER_RULES);
    return { error: `AirflowException: The trigger_rule must be one of the TriggerRule values`, fix: near ? `write '${near}'` : `use one of ${TRIGGER_RULES.join(", ")}` };
  }
  if (name === "weight_rule" && typeof value === "string" && !value.includes(".") && !WEIGHT_RULES.includes(value)) {
    return { error: `AirflowException: Unknown priority strategy ${value}`, fix: `use one of ${WEIGHT_RULES.join(", ")}` };
  }
  if (name === "priority_weight" && (typeof value === "string" || options.float)) return { error: "AirflowException: `priority_weight` only accepts integers", fix: FIX_FOR_TYPE.int as string };
  if ((name === "poke_interval" || name === "timeout") && options.sensor && (typeof value === "string" || (typeof value === "number" && value < 0))) {
    // airflow/sensors/base.py at 2.10.5, BaseSensorOperator._coerce_poke_interval/_coerce_timeout: a timedelta or a
    // non-negative number. Only sensors take these keys.
    return { error: `AirflowException: Operator arg \`${name}\` must be timedelta object or a non-negative number (in its sensor task)`, fix: `write a number of seconds without quotes or a timedelta, e.g. timedelta(minutes=5)` };
  }
  if (name === "mode" && options.sensor && typeof value === "string" && !SENSOR_MODES.includes(value)) {
    const near = nearestName(value, SENSOR_MODES);
    return { error: `AirflowException: The mode must be one of ['poke', 'reschedule'] (in its sensor task)`, fix: near ? `write '${near}'` : "write 'poke' or 'reschedule'" };
  }
  if (name === "pool_slots" && typeof value === "number" && value < 1) return { error: "ValueError: pool slots cannot be less than 1", fix: "use 1 or more" };
  const expected = TASK_EXPECTED_TYPES[name];
  // A float literal (`pool_slots=2.0`) is no int to validate_instance_args (isinstance), whatever its value.
  if (options.typed && expected && (wrongType(value, expected) || (options.float && expected === "int"))) {
    const pythonType = typeof value === "string" ? "str" : typeof value === "boolean" ? "bool" : options.float ? "float" : "int";
    return { error: `TypeError: '${name}' has an invalid type <class '${pythonType}'>, expected type is <class '${expected}'>`, fix: FIX_FOR_TYPE[expected] ?? "" };
  }
  return undefined;
}

/**
 * What a task argument given as None raises, given to the task or through default_args (probed with Airflow 2.10.5's
 * DagBag over every BaseOperator argument; airflow/models/baseoperator.py and airflow/sensors/base.py): `retry_delay`
 * (`timedelta(seconds=None)`, TypeError), `pool_slots` (`pool_slots < 1`, TypeError), `trigger_rule` (no TriggerRule,
 * AirflowException) and a sensor's `poke_interval`, `timeout` (AirflowException) and `mode` (AirflowException). Every
 * other argument takes None (`execution_timeout`, `retries`, `priority_weight`, `max_retry_delay`, `owner`, `pool`...).
 */
function noneValueProblem(name: string, sensor: boolean): { error: string; fix: string } | undefined {
  switch (name) {
    case "retry_delay":
      return { error: "TypeError: unsupported type for timedelta seconds component: NoneType", fix: "remove it (the default is 300 seconds) or write a timedelta, e.g. timedelta(minutes=5)" };
    case "pool_slots":
      return { error: "TypeError: '<' not supported between instances of 'NoneType' and 'int'", fix: "remove it (the default is 1) or write a number of 1 or more" };
    case "trigger_rule":
      return { error: "AirflowException: The trigger_rule must be one of the TriggerRule values", fix: "remove it (the default is 'all_success') or write a rule such as 'all_success'" };
    case "poke_interval":
    case "timeout":
      return sensor ? { error: `AirflowException: Operator arg \`${name}\` must be timedelta object or a non-negative number (in its sensor task)`, fix: `remove it or write a number of seconds or a timedelta, e.g. timedelta(minutes=5)` } : undefined;
    case "mode":
      return sensor ? { error: "AirflowException: The mode must be one of ['poke', 'reschedule'] (in its sensor task)", fix: "remove it (the default is 'poke') or write 'poke' or 'reschedule'" } : undefined;
    default:
      return undefined;
  }
}

/** The task arguments taskValueProblem judges (the inventory keeps a task's own literal values of these only). */
export const JUDGED_TASK_ARGUMENTS = ["execution_timeout", "retry_delay", "retries", "priority_weight", "poke_interval", "timeout", "mode", "pool_slots", ...Object.keys(TASK_EXPECTED_TYPES)];

/**
 * Whether a literal fails `isinstance(value, expected)` as DAG stores it: bool is an int in Python; `tags` is stored
 * as `tags or []`, so a false literal becomes a list.
 */
function wrongType(literal: string | number | boolean, expected: string): boolean {
  if (expected === "timedelta") return true;
  switch (expected) {
    case "str":
      return typeof literal !== "string";
    case "int":
      return typeof literal === "string";
    case "bool":
      return typeof literal !== "boolean";
    case "list":
      return !!literal;
    default:
      return true;
  }
}

/**
 * What `DAG.__init__` raises for values its signature accepts (airflow/models/dag.py at 2.10.5, `validate_key(dag_id)`
 * in airflow/utils/helpers.py; the Task SDK's DAG of Airflow 3 validates dag_id the same way): a dag_id that is not a
 * key, more than one true scheduling argument (`at_most_one`), a true scheduling argument without a start_date in the
 * arguments or default_args. Only what is certain is reported: an unknown `**` splat, an unknown default_args or an
 * argument whose truth value is unknown says nothing. For Airflow's own DAG and `@dag` (which passes its arguments to
 * DAG); a subclass may supply its own defaults.
 */
/**
 * A DAG that can be scheduled validates its params when it is built and again when DagBag bags it
 * (DAG.validate_schedule_and_params, airflow/models/dag.py at 2.10.5): a Param with no default, or a default its
 * schema refuses (DagInfo.invalidParams, an `@dag` function's Param-valued parameters too), fails the import with
 * AirflowException. Every timetable but NullTimetable can be scheduled (Timetable.can_be_scheduled): a cron or preset
 * string ("@once" too), an interval, a timetable (CronTriggerTimetable, DatasetOrTimeSchedule...), a dataset, a
 * dataset list or condition, or none given on Airflow 2 (its default is a daily interval); only schedule=None and
 * NullTimetable() cannot. The scheduling argument Airflow takes is judged (`timetable` when not None, else
 * `schedule_interval` when given, else `schedule`); an unknown value, and one whose building fails first (a list of
 * strings, a timetable call its signature refuses), say nothing. Params in default_args, merged into the DAG's, leave
 * the verdict unknown.
 */
function checkScheduledParams(dag: DagInfo, dagId: string | undefined, ctx: { airflowMajor: 2 | 3 }, emit: EmitFinding): void {
  if (!dag.invalidParams?.length) return;
  const args = dag.arguments ?? [];
  if (args.some((a) => a.name === "**" || a.name === "*" || /^#[1-9]/.test(a.name))) return;
  if (dag.defaultArgs?.some((a) => a.name === "params") || (args.some((a) => a.name === "default_args") && !dag.defaultArgsComplete)) return;
  const timetable = args.find((a) => a.name === "timetable" && a.literal !== null);
  const taken = timetable ?? args.find((a) => a.name === "schedule_interval") ?? args.find((a) => a.name === "schedule");
  if (taken && (taken.literalItem !== undefined || taken.timetableTypeError !== undefined || taken.constructionError !== undefined)) return;
  // None given (`timetable=None` is its default): Airflow 2's default schedule is a daily interval.
  const scheduled = taken ? taken.schedulable === true : ctx.airflowMajor === 2;
  if (!scheduled) return;
  for (const param of dag.invalidParams) {
    emit("dag-argument-invalid", {
      line: param.line,
      column: param.column,
      endLine: param.endLine,
      endColumn: param.endColumn,
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} can be scheduled and its param '${param.name}' ${param.reason}: importing the file fails with AirflowException: DAG is not allowed to define a Schedule, if there are any required params without default values or default values are not valid.`,
      fix: 'give the Param a default its type accepts (Param(10, type="integer")), or set schedule=None for a DAG only triggered by hand',
    });
  }
}

export function checkDagConstruction(dag: DagInfo, ctx: { airflowMajor: 2 | 3; airflowVersion?: string }, emit: EmitFinding): void {
  if (!CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const args = dag.arguments ?? [];
  const dagId = isUnknown(dag.dagId) ? undefined : dag.dagId;
  const idArgument = args.find((a) => a.name === "dag_id") ?? args.find((a) => a.name === "#0");
  if (dagId !== undefined) {
    const at = idArgument ? span(idArgument) : { line: dag.line };
    if (dagId.length > DAG_ID_MAX_LENGTH) {
      emit("dag-argument-invalid", { ...at, dagId, message: `dag_id is ${dagId.length} characters long: importing the file fails with AirflowException: The key has to be less than ${DAG_ID_MAX_LENGTH} characters`, fix: "shorten the dag_id" });
    } else if (!DAG_ID_PATTERN.test(dagId)) {
      emit("dag-argument-invalid", {
        ...at,
        dagId,
        message: `dag_id '${dagId}' is not a valid key: importing the file fails with AirflowException: The key '${dagId}' has to be made of alphanumeric characters, dashes, dots and underscores exclusively`,
        fix: `use only letters, digits, '_', '.' and '-', e.g. '${dagId.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^_+|_+$/g, "") || "my_dag"}'`,
      });
    }
  }
  // validate_key at 2.10.5 first tests isinstance(dag_id, str) (TypeError); `@dag(...)` passes `dag_id or f.__name__`,
  // so there only a true value fails (DAG.__init__ and dag() in airflow/models/dag.py).
  const idLiteral = idArgument?.literal;
  if (dagId === undefined && idArgument && idLiteral !== undefined && typeof idLiteral !== "string" && (dag.definedBy !== "@dag" || !!idLiteral)) {
    const shown = idLiteral === null ? "None" : idLiteral === true ? "True" : idLiteral === false ? "False" : String(idLiteral);
    const type = idLiteral === null ? "NoneType" : typeof idLiteral === "boolean" ? "bool" : "int";
    emit("dag-argument-invalid", {
      ...span(idArgument),
      message: `dag_id ${shown} is no string: importing the file fails with TypeError: The key has to be a string and is <class '${type}'>:${shown}`,
      fix: idLiteral === null ? 'give the DAG a dag_id string, e.g. dag_id="my_dag"' : `write the dag_id as a string: dag_id="${shown}"`,
    });
  }
  // A keyword both a project wrapper's own dag(...)/DAG(...) call and its caller give (through `**kwargs`).
  for (const argument of args.filter((a) => a.givenTwice)) {
    const callee = dag.definedBy === "@dag" ? "airflow.models.dag.dag()" : dag.dagClass === undefined || dag.dagClass === "airflow.models.dag.DAG" ? "airflow.models.dag.DAG()" : `${dag.dagClass}()`;
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} is given ${argument.name}= by the call and by its wrapper, which writes ${argument.name}= itself beside **kwargs: importing the file fails with TypeError: ${ctx.airflowMajor === 2 ? callee : "..."} got multiple values for keyword argument '${argument.name}'`,
      fix: `drop ${argument.name}= from the call, or make the wrapper take it as a default: kwargs.setdefault("${argument.name}", ...) instead of writing ${argument.name}= in its return`,
    });
  }
  // A value Python cannot even build (datetime(2024, 13, 1), timedelta(hours="1"), datetime.datetime(...) after
  // `from datetime import datetime`): the import fails before DAG() runs, on any Airflow (see constructionError).
  const label = dagId === undefined ? "the DAG" : `DAG '${dagId}'`;
  const built = [...args.filter((a) => a.constructionError !== undefined).map((a) => ({ entry: a, where: `${a.name}=` })), ...(dag.defaultArgs ?? []).filter((e) => e.constructionError !== undefined).map((e) => ({ entry: e, where: `default_args ${e.name}=` }))];
  for (const { entry, where } of built) {
    const error = entry.constructionError as string;
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${label} has ${where} a value Python cannot build: importing the file fails with ${error}`,
      fix: error.startsWith("AttributeError")
        ? "call the class directly (datetime(2024, 1, 1) after `from datetime import datetime`), or `import datetime` and write datetime.datetime(...)"
        : error.startsWith("TypeError: unsupported operand")
          ? '| and & combine datasets only: wrap each URI in Dataset(...), e.g. Dataset("s3://a") | Dataset("s3://b")'
          : error.includes("expect dataset expressions")
          ? 'a dataset condition takes datasets only: wrap each URI in Dataset(...), e.g. DatasetAny(Dataset("s3://a"), Dataset("s3://b"))'
          : error.startsWith("TypeError")
          ? "write the component as a number without quotes, e.g. timedelta(hours=1)"
          : "write a date that exists (month 1-12, a day the month has, hour 0-23, minute and second 0-59)",
    });
  }
  // airflow/timetables/trigger.py and interval.py at 2.10.5: a timetable called with arguments its __init__ does not take.
  if (ctx.airflowVersion !== undefined && /^2\.10(\.|$)/.test(ctx.airflowVersion)) {
    for (const argument of args.filter((a) => a.timetableTypeError !== undefined)) {
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= a timetable called with arguments it does not take: importing the file fails with TypeError: ${argument.timetableTypeError}`,
        fix: /timezone/.test(argument.timetableTypeError as string)
          ? 'pass the time zone by keyword, e.g. CronTriggerTimetable("0 6 * * *", timezone="UTC")'
          : /unexpected keyword argument 'run_immediately'/.test(argument.timetableTypeError as string)
            ? "remove run_immediately (Airflow 2.11 and 3 take it; 2.10 does not)"
            : "call the timetable as Airflow 2.10 defines it (airflow/timetables/)",
      });
    }
  }
  // airflow/models/dag.py at 2.10.5: a collection given as schedule must hold datasets only (Airflow 3: assets).
  for (const argument of args.filter((a) => a.name === "schedule" && a.literalItem !== undefined)) {
    const what = ctx.airflowMajor === 2 ? "datasets or dataset aliases" : "assets or asset aliases";
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has schedule= a collection holding a ${argument.literalItem}: importing the file fails with ValueError: All elements in 'schedule' should be ${what}`,
      fix:
        ctx.airflowMajor === 2
          ? 'list Dataset objects (schedule=[Dataset("s3://bucket/key")]), or write one cron string or preset (schedule="@daily") for a time schedule'
          : 'list Asset objects (schedule=[Asset("s3://bucket/key")]), or write one cron string or preset (schedule="@daily") for a time schedule',
    });
  }
  if (ctx.airflowMajor !== 2) return;
  // DAG.__init__ converts start_date with timezone.convert_to_utc (reads `.tzinfo`) and end_date with
  // timezone.convert_to_utc too (`.utcoffset()` first): a string or a date has neither (airflow/models/dag.py at 2.10.5).
  for (const argument of args.filter((a) => a.notDatetime && (a.name === "start_date" || a.name === "end_date"))) {
    const kind = argument.notDatetime === "str" ? "a string" : "a date without a time";
    const attribute = argument.name === "start_date" ? "tzinfo" : "utcoffset";
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${kind}: importing the file fails with AttributeError (${argument.notDatetime === "str" ? "'str'" : "a date"} object has no attribute '${attribute}')`,
      fix: `pass a datetime, e.g. ${argument.name}=pendulum.datetime(2024, 1, 1, tz="UTC")`,
    });
  }
  // A str or date start_date in default_args beside a DAG-level start_date that has a time zone: DAG.__init__ takes its
  // zone from the DAG's start_date and skips parsing default_args' (only done without one), then converts it with
  // timezone.convert_to_utc, which calls `.utcoffset()`: AttributeError. A date there fails either way (without a
  // timezone-aware DAG start_date, timezone.parse(date) raises TypeError); so does a date as default_args end_date.
  // airflow/models/dag.py at 2.10.5 (DAG.__init__), airflow/utils/timezone.py (convert_to_utc, is_localized).
  const awareStart = args.some((a) => a.name === "start_date" && a.tzAware);
  for (const entry of dag.defaultArgsComplete ? (dag.defaultArgs ?? []) : []) {
    if (!entry.notDatetime || (entry.name !== "start_date" && entry.name !== "end_date")) continue;
    if (entry.notDatetime === "str" && !(entry.name === "start_date" && awareStart)) continue;
    const error =
      entry.notDatetime === "str"
        ? "AttributeError: 'str' object has no attribute 'utcoffset' (with a start_date argument, DAG() does not parse the one in default_args)"
        : entry.name === "start_date" && !awareStart
          ? "TypeError: expected string or bytes-like object (DAG() parses a start_date in default_args that is no datetime as a string)"
          : "AttributeError: 'datetime.date' object has no attribute 'utcoffset'";
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has default_args ${entry.name}= ${entry.notDatetime === "str" ? "a string" : "a date without a time"}: importing the file fails with ${error}`,
      fix: `pass a datetime, e.g. "${entry.name}": pendulum.datetime(2024, 1, 1, tz="UTC"), or set it only once, as the DAG's ${entry.name}=`,
    });
  }
  // DAG.__init__ begins with `if tags and any(len(tag) > TAG_MAX_LEN for tag in tags)` (TAG_MAX_LEN = 100).
  const longTag = Array.isArray(dag.tags) ? dag.tags.find((t) => t.length > 100) : undefined;
  const tagsArgument = args.find((a) => a.name === "tags");
  if (longTag !== undefined && tagsArgument) {
    emit("dag-argument-invalid", {
      ...span(tagsArgument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has a tag of ${longTag.length} characters: importing the file fails with AirflowException: tag cannot be longer than 100 characters`,
      fix: "shorten the tag to 100 characters or fewer",
    });
  }
  // The same `len(tag)` of a tag that is no string (an int, None...) raises TypeError (see DagArgument.nonStringTag).
  for (const argument of args.filter((a) => a.name === "tags" && a.nonStringTag !== undefined)) {
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${label} has a tag of type ${argument.nonStringTag as string}: importing the file fails with TypeError: object of type '${argument.nonStringTag as string}' has no len()`,
      fix: 'write every tag as a string, e.g. tags=["team", "2024"]',
    });
  }
  // DAG.__init__ at 2.9+: `if self.max_consecutive_failed_dag_runs < 0: raise AirflowException(...)` (0 means the
  // configured default), before the type check.
  for (const argument of args.filter((a) => a.name === "max_consecutive_failed_dag_runs" && typeof a.literal === "number" && a.literal < 0 && a.valueType !== "float" && (ctx.airflowVersion === undefined || compare(minorOf(ctx.airflowVersion), [2, 9]) >= 0))) {
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${label} has max_consecutive_failed_dag_runs=${String(argument.literal)}: importing the file fails with AirflowException: Invalid max_consecutive_failed_dag_runs: ${String(argument.literal)}.Requires max_consecutive_failed_dag_runs >= 0`,
      fix: "use 0 (the [core] max_consecutive_failed_dag_runs_per_dag setting) or a positive number of failed runs",
    });
  }
  // `if default_args and not isinstance(default_args, dict): raise TypeError(...)` (DAG.__init__ at 2.10.5), before any
  // other use; and ParamsDict(params or {}) reads `.items()`, so a true value that is no mapping fails there.
  for (const argument of args.filter((a) => a.name === "params" || a.name === "default_args")) {
    const type =
      argument.valueType === "list" || argument.valueType === "tuple" || argument.valueType === "set"
        ? argument.valueType
        : typeof argument.literal === "string" && argument.literal !== ""
          ? "str"
          : (typeof argument.literal === "number" && argument.literal !== 0) || argument.literal === true
            ? typeof argument.literal === "number" ? "int" : "bool"
            : undefined;
    if (!type) continue;
    if (argument.name === "default_args") {
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has default_args= a ${type}: importing the file fails with TypeError: default_args must be a dict`,
        fix: 'pass a dict, e.g. default_args={"owner": "data", "retries": 2}',
      });
      continue;
    }
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has params= a ${type}: importing the file fails with AttributeError: '${type}' object has no attribute 'items'`,
      fix: 'pass a dict, e.g. params={"limit": Param(10, type="integer")}',
    });
  }
  // iter_invalid_owner_links: every owner link must be a URL with a host, or a mailto: link.
  for (const argument of args.filter((a) => a.name === "owner_links" && a.badLink !== undefined)) {
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has owner_links with '${argument.badLink as string}', which is no link: importing the file fails with AirflowException: Wrong link format was used for the owner`,
      fix: 'write a full URL ("https://team.example.com/data") or a mailto: link ("mailto:data@example.com")',
    });
  }
  // DAG.__init__ ends with validate_instance_args(self, DAG_ARGS_EXPECTED_TYPES) (Airflow 2.10; airflow/models/dag.py
  // and airflow/utils/helpers.py at 2.10.5): a literal of the wrong type fails with TypeError. A float is no int;
  // `tags` is stored as `tags or []`, so only a non-empty tuple or set fails there.
  if (ctx.airflowVersion === undefined || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0) {
    for (const argument of args) {
      const expected = EXPECTED_TYPES[argument.name];
      // DAG.__init__ reads doc_md before that (get_doc_md: `if doc_md.endswith(".md")` for anything but None).
      if (argument.name === "doc_md") {
        const type = argument.valueType ?? (typeof argument.literal === "number" ? "int" : typeof argument.literal === "boolean" ? "bool" : undefined);
        if (!type) continue;
        emit("dag-argument-invalid", {
          ...span(argument),
          dagId,
          message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has doc_md= ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}: importing the file fails with ${type === "bytes" ? "TypeError: endswith first arg must be bytes or a tuple of bytes, not str" : `AttributeError: '${type}' object has no attribute 'endswith'`}`,
          fix: "write a string: the Markdown text, or the path of a .md file",
        });
        continue;
      }
      // A non-string tag fails earlier (above); bytes only where DAG() stores the value as it is (doc_md is read first).
      if (!expected || (argument.name === "tags" && argument.nonStringTag !== undefined) || (argument.valueType === "bytes" && argument.name !== "description")) continue;
      if (argument.valueType !== undefined && argument.valueType !== expected && !(expected === "list" && argument.valueType === "float")) {
        emit("dag-argument-invalid", {
          ...span(argument),
          dagId,
          message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= a ${argument.valueType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${argument.valueType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
          fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`,
        });
        continue;
      }
      if (argument.literal === undefined || argument.literal === null || !wrongType(argument.literal, expected)) continue;
      const pythonType = typeof argument.literal === "string" ? "str" : typeof argument.literal === "boolean" ? "bool" : "int";
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${pythonType === "int" ? "an" : "a"} ${pythonType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${pythonType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
        fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`,
      });
    }
  }
  checkDefaultArgValues(dag, dagId, ctx, emit);
  checkScheduledParams(dag, dagId, ctx, emit);
  // DAG.__init__ keeps only a preset (`if default_view in DEFAULT_VIEW_PRESETS ... else: raise`): None too fails.
  for (const argument of args.filter((a) => (a.name === "default_view" || a.name === "orientation") && a.literal !== undefined)) {
    const presets = argument.name === "default_view" ? DEFAULT_VIEWS : ORIENTATIONS;
    const value = argument.literal;
    if ((typeof value === "string" && presets.includes(value)) || (argument.name === "default_view" && value === "tree")) continue;
    const repr = typeof value === "string" ? `'${value}'` : value === null ? "None" : value === true ? "True" : value === false ? "False" : String(value);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with AirflowException (Airflow takes only ${presets.join(", ")})`,
      fix: `use one of ${presets.map((p) => `'${p}'`).join(", ")}`,
    });
  }
  // airflow/timetables/interval.py at 2.10.5, DeltaDataIntervalTimetable.validate (DagBag calls dag.validate()).
  for (const interval of args.filter((a) => a.notPositiveInterval && SCHEDULING_ARGUMENTS.includes(a.name))) {
    emit("dag-argument-invalid", {
      ...span(interval),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${interval.name}= a schedule interval that is not positive: Airflow does not load the DAG (AirflowTimetableInvalid: schedule interval must be positive)`,
      fix: "use a positive interval, e.g. timedelta(hours=1), or schedule=None for a DAG only triggered by hand",
    });
  }
  // airflow/models/dag.py at 2.10.5, create_timetable: a number or a bool is neither a cron string, an interval, a
  // timetable nor datasets (bool is an int in Python).
  for (const argument of args.filter((a) => SCHEDULING_ARGUMENTS.includes(a.name) && (typeof a.literal === "number" || typeof a.literal === "boolean"))) {
    const repr = argument.literal === true ? "True" : argument.literal === false ? "False" : String(argument.literal);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with ValueError: ${repr} is not a valid schedule_interval.`,
      fix: 'write the schedule as a cron string ("0 * * * *"), a preset ("@hourly"), a timedelta (timedelta(hours=1)), or None for a DAG only triggered by hand',
    });
    return;
  }
  // Positional arguments after dag_id (description, schedule, ...) and `*args` are not mapped here: judge nothing.
  if (args.some((a) => a.name === "*" || (/^#\d+$/.test(a.name) && a.name !== "#0"))) return;
  const scheduling = SCHEDULING_ARGUMENTS.map((name) => args.find((a) => a.name === name)).filter((a): a is DagArgument => a !== undefined);
  const set = scheduling.filter((a) => a.truthy === true).sort((a, b) => a.line - b.line || a.column - b.column);
  if (set.length > 1) {
    const second = set[1] as DagArgument;
    emit("dag-argument-invalid", {
      ...span(second),
      dagId,
      message: `${set.map((a) => `${a.name}=`).join(" and ")} are both given: importing the file fails with ValueError: At most one allowed for args 'schedule_interval', 'timetable', and 'schedule'.`,
      fix: "keep only schedule= (schedule_interval and timetable are its deprecated forms)",
    });
    return;
  }
  // The DAG-level start_date rule came with Airflow 2.8 (apache/airflow#35356); before it, tasks raised instead.
  if (set.length === 0 || args.some((a) => a.name === "**") || (ctx.airflowVersion !== undefined && compare(minorOf(ctx.airflowVersion), [2, 8]) < 0)) return;
  const startDate = args.find((a) => a.name === "start_date");
  if (startDate && startDate.truthy !== false) return;
  if (args.some((a) => a.name === "default_args")) {
    if (!dag.defaultArgsComplete || dag.defaultArgs?.some((a) => a.name === "start_date")) return;
  }
  const scheduleArgument = set[0] as DagArgument;
  emit("dag-argument-invalid", {
    ...span(startDate ?? scheduleArgument),
    dagId,
    message: `${dagId === undefined ? "the DAG" : `DAG '${dagId}'`} has ${scheduleArgument.name}= but no start_date (neither an argument nor in default_args): importing the file fails with ValueError: DAG is missing the start_date parameter`,
    fix: 'add a fixed start_date, e.g. start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), or set schedule=None for a DAG only triggered by hand',
  });
}

/** One Airflow minor version's DAG signature (src/dags/data/dag-parameters.json). */
export interface DagSignature {
  /** Public source the parameters were derived from. */
  source: string;
  /** Keyword parameters of `DAG.__init__`, in declaration order. */
  parameters: string[];
  /** How many of them may be passed positionally (in that order). */
  positional: number;
  /** Keyword parameters of the `@dag` decorator. */
  decoratorParameters: string[];
  decoratorPositional: number;
  /** `BaseOperator` arguments: written on a DAG, they belong in default_args. */
  taskArguments?: string[];
}

const VERSIONS = data.versions as Record<string, DagSignature>;
const REMOVED_IN_AIRFLOW_3 = data.removedInAirflow3 as Record<string, string>;
/** Task arguments that make no sense in default_args. */
const NOT_FOR_DEFAULT_ARGS = new Set(["task_id", "dag", "task_group"]);
/** Which DagInfo producers stand for Airflow's own DAG class or @dag (subclasses may take other arguments). */
const CHECKED_DEFINITIONS = new Set(["DAG()", "with DAG()", "@dag"]);

const minorOf = (version: string): number[] => version.split(".").slice(0, 2).map((p) => Number.parseInt(p, 10) || 0);
const compare = (a: number[], b: number[]): number => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);

/**
 * The DAG signature for an Airflow version ("2.10.5", "3.1.0"): the data of the same minor, else of the nearest
 * newer minor of the same major (a newer Airflow only adds parameters within a major, so an older project is not
 * over-flagged), else of the newest minor of that major (`exact: false`: the project is newer than the data).
 */
export function dagSignatureFor(airflowVersion: string | undefined, airflowMajor: 2 | 3): { minor: string; signature: DagSignature; exact: boolean } {
  const known = Object.keys(VERSIONS)
    .filter((v) => minorOf(v)[0] === airflowMajor)
    .sort((a, b) => compare(minorOf(a), minorOf(b)));
  const newest = known[known.length - 1] as string;
  if (!airflowVersion) return { minor: newest, signature: VERSIONS[newest] as DagSignature, exact: true };
  const wanted = minorOf(airflowVersion);
  const atOrAbove = known.find((v) => compare(minorOf(v), wanted) >= 0);
  const minor = atOrAbove ?? newest;
  return { minor, signature: VERSIONS[minor] as DagSignature, exact: atOrAbove !== undefined };
}

/** The valid parameter nearest to a misspelt one, if close enough to be a typo (see nearestName). */
export function nearestParameter(name: string, parameters: string[]): string | undefined {
  return nearestName(name, parameters);
}

function fixFor(name: string, signature: DagSignature, airflowMajor: 2 | 3, parameters: string[]): string {
  if (airflowMajor === 3 && REMOVED_IN_AIRFLOW_3[name]) return `\`${name}\` was ${REMOVED_IN_AIRFLOW_3[name]}`;
  if (signature.taskArguments?.includes(name) && !NOT_FOR_DEFAULT_ARGS.has(name)) {
    return `\`${name}\` is a task argument, not a DAG argument: put it in default_args (default_args={"${name}": ...}), which every task of the DAG receives`;
  }
  const elsewhere = Object.entries(VERSIONS).find(([minor, s]) => minorOf(minor)[0] !== airflowMajor && s.parameters.includes(name));
  if (airflowMajor === 2 && name === "fail_fast") return "`fail_fast` is Airflow 3's name: on Airflow 2 write fail_stop=";
  if (elsewhere) return `\`${name}\` is a DAG argument of Airflow ${elsewhere[0]}, not of this project's Airflow ${airflowMajor}: remove it`;
  const nearest = nearestParameter(name, parameters);
  return nearest ? `did you mean \`${nearest}\`?` : `remove it (DAG takes: ${parameters.join(", ")})`;
}

const span = (a: DagArgument): { line: number; column: number; endLine: number; endColumn: number } => ({ line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn });

/**
 * Check every argument written in a DAG(...) call or @dag(...) decorator against the DAG signature of the project's
 * Airflow version: unknown keywords, too many positional arguments, a positional and a keyword for the same
 * parameter. A `**kwargs` splat is not judged (its keys are unknown), the explicit keywords still are; a `*args`
 * splat turns the positional count off. DAGs made by other classes (subclasses) are checked only where the class
 * leaves construction to DAG (DagInfo.dagClassPlain; the caller decides).
 */
export function checkDagArguments(dag: DagInfo, ctx: { airflowMajor: 2 | 3; airflowVersion?: string }, emit: EmitFinding): void {
  const args = dag.arguments;
  if (!args || !CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const { minor, signature, exact } = dagSignatureFor(ctx.airflowVersion, ctx.airflowMajor);
  const decorator = dag.definedBy === "@dag";
  const parameters = decorator ? signature.decoratorParameters : signature.parameters;
  const maxPositional = decorator ? signature.decoratorPositional : signature.positional;
  const callee = decorator ? (ctx.airflowMajor === 2 ? "dag()" : "DAG.__init__()") : "DAG.__init__()";
  // A subclass leaving construction to DAG (DagInfo.dagClassPlain) is named as called; DAG.__init__ still binds.
  const written = decorator ? "@dag(...)" : dag.dagClassPlain && dag.dagClass ? `${dag.dagClass.slice(dag.dagClass.lastIndexOf(".") + 1)}(...)` : "DAG(...)";
  const dagId = isUnknown(dag.dagId) ? undefined : dag.dagId;
  const severity = exact ? undefined : "warning";
  const dataNote = exact ? "" : ` (checked against Airflow ${minor}'s parameters, the newest astro-ci knows)`;

  const positionals = args.filter((a) => /^#\d+$/.test(a.name));
  if (!args.some((a) => a.name === "*") && positionals.length > maxPositional) {
    const extra = positionals[maxPositional] as DagArgument;
    emit(
      "dag-argument-unknown",
      {
        ...span(extra),
        dagId,
        message: `${written} takes ${maxPositional === 1 ? "only dag_id" : `at most ${maxPositional}`} positionally in Airflow ${minor}, here ${positionals.length} are given: importing the file fails with TypeError${dataNote}`,
        fix: "pass the other arguments by keyword (schedule=..., start_date=...)",
      },
      severity,
    );
  }
  positionals.slice(0, maxPositional).forEach((p, i) => {
    const parameter = parameters[i];
    const keyword = parameter === undefined ? undefined : args.find((a) => a.name === parameter);
    if (keyword) {
      emit(
        "dag-argument-unknown",
        { ...span(keyword), dagId, message: `${written} gets ${parameter} both positionally and as ${parameter}=: importing the file fails with TypeError: ${callee} got multiple values for argument '${parameter}'`, fix: `keep only ${parameter}=` },
        severity,
      );
    }
  });
  for (const argument of args) {
    const name = argument.name;
    if (name.startsWith("#") || name === "*" || name === "**" || parameters.includes(name)) continue;
    emit(
      "dag-argument-unknown",
      {
        ...span(argument),
        dagId,
        message: `${written} does not take ${name}= in Airflow ${minor}: importing the file fails with TypeError: ${callee} got an unexpected keyword argument '${name}'${dataNote}`,
        fix: fixFor(name, signature, ctx.airflowMajor, parameters),
      },
      severity,
    );
  }
}
