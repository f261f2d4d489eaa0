/** Shared result types of DAG validation, used by every reporter (check runs, SARIF, JSON, text). */

export type Severity = "error" | "warning" | "notice";
/** A check's configured level; `off` disables it. */
export type Level = Severity | "off";

export interface Finding {
  /** Stable id of the check: `syntax-error`, `duplicate-dag-id`, a ruff code like `AIR301`... */
  checkId: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, POSIX separators. */
  file: string;
  /** 1-based. */
  line: number;
  endLine?: number;
  /** 1-based column. */
  column?: number;
  endColumn?: number;
  /** The DAG the finding is about, when there is one. */
  dagId?: string;
  /** How to fix it, when the check knows. */
  fix?: string;
}

/** A value the static analysis could not determine (a variable, a call, an f-string...). */
export interface Unknown {
  unknown: true;
  /** The source text of the expression, shortened. */
  expression: string;
}

/** Either a literal value read from the source, or Unknown. `undefined` (where allowed) means "not set at all". */
export type Static<T> = T | Unknown;

export function isUnknown(value: unknown): value is Unknown {
  return typeof value === "object" && value !== null && (value as Unknown).unknown === true;
}

/** Source span of an expression, 1-based lines and columns, end exclusive (as GitHub annotations take it). */
export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One argument written in a DAG's constructor call or `@dag(...)` decorator. */
export interface DagArgument extends SourceSpan {
  /** Keyword name; `**` for a `**kwargs` splat, `*` for a `*args` splat, `#N` for the N-th (0-based) positional. */
  name: string;
  /** The value when it is a plain literal (integer, string, True/False, None); absent otherwise. */
  literal?: string | number | boolean | null;
  /**
   * For schedule, schedule_interval, timetable and start_date: the value's Python truth value when certain (a
   * literal, a dataset or timetable object, a non-zero timedelta); absent when unknown.
   */
  truthy?: boolean;
  /**
   * For schedule, schedule_interval and timetable: whether the timetable the value makes can be scheduled
   * (`Timetable.can_be_scheduled`, airflow/timetables/ at 2.10.5), when certain: true for a cron or preset string
   * ("@once", "@continuous" too), an interval (`timedelta(...)`, `relativedelta(...)`), a dataset, a dataset list
   * (even an empty one) or `&`/`|` condition, and Airflow's timetables other than NullTimetable (DatasetOrTimeSchedule
   * too); false for None and `NullTimetable()`. Absent when unknown.
   */
  schedulable?: boolean;
  /**
   * For schedule, schedule_interval and timetable: true when the value is certainly an interval that is not positive
   * (`timedelta(0)`, `timedelta(hours=-1)`, `relativedelta()`), or a `DeltaDataIntervalTimetable(...)` of one, which
   * Airflow's DeltaDataIntervalTimetable.validate refuses ("schedule interval must be positive"); absent otherwise.
   */
  notPositiveInterval?: true;
  /**
   * For schedule, schedule_interval and timetable: Airflow's cron timetable the value builds
   * (`CronTriggerTimetable`, `CronDataIntervalTimetable`) and its static cron expression; or, without an expression,
   * a timetable limited to one active run: "ContinuousTimetable" for `ContinuousTimetable()`, "DatasetOrTimeSchedule"
   * for one whose `timetable=` is a `ContinuousTimetable()` (it copies the limit); absent otherwise.
   */
  timetableClass?: string;
  timetableCron?: string;
  /**
   * For start_date and end_date: the value is certainly no datetime, a string ("str": `start_date="2024-01-01"`) or a
   * date without a time ("date": `datetime.date(...)`, `pendulum.date(...)`), which `DAG.__init__` fails on
   * (AttributeError on `.tzinfo`/`.utcoffset()`, airflow/models/dag.py at 2.10.5); absent otherwise.
   */
  notDatetime?: "str" | "date";
  /**
   * The Python type of a value that is no plain literal but certainly of one type: "float" for a float literal,
   * "bytes" for a bytes literal,
   * "list"/"tuple"/"set"/"dict" for a non-empty display without splats (an empty one is false, which `DAG()` often
   * replaces by its default: `tags or []`); a module-level name bound once is followed. Absent otherwise.
   */
  valueType?: "float" | "list" | "tuple" | "set" | "dict" | "bytes";
  /**
   * For start_date: the value is certainly a timezone-aware datetime (`pendulum.datetime(...)` without `tz=` or with a
   * zone name, `datetime(..., tzinfo=<zone>)`), so `DAG()` takes no start_date from default_args.
   */
  tzAware?: true;
  /** For owner_links: the first link of a dict literal that `DAG()` refuses (not a URL with a host, nor `mailto:`). */
  badLink?: string;
  /**
   * For schedule: the Python type (`str`, `int`, `bytes`...) of the first item of a list, tuple or set that is a plain
   * literal, not a dataset: `DAG()` raises ValueError ("All elements in 'schedule' should be datasets or dataset
   * aliases", airflow/models/dag.py at 2.10.5). Absent otherwise.
   */
  literalItem?: string;
  /**
   * For schedule and timetable: the TypeError CPython raises for a call of one of Airflow 2.10's timetables its
   * `__init__` does not take (`CronTriggerTimetable("@daily")`: "... missing 1 required keyword-only argument:
   * 'timezone'"); absent otherwise.
   */
  timetableTypeError?: string;
  /**
   * The exception Python raises building the value itself, before `DAG()` sees it: a `datetime(...)`, `date(...)`,
   * `pendulum.datetime(...)` call with a literal date part out of range (`ValueError: month must be in 1..12`), a
   * `timedelta(...)` with a string component, an attribute the imported `datetime` class lacks (`datetime.datetime`
   * after `from datetime import datetime`); directly or through a module-level name bound once. Absent otherwise.
   */
  constructionError?: string;
  /**
   * For tags: the Python type (`int`, `NoneType`...) of a literal item of a list, tuple or set display that is no
   * string, when every item before it is a string literal: `DAG()` takes `len(tag)` of each (TypeError).
   */
  nonStringTag?: string;
  /** Of a default_args key: the file also sets it elsewhere (a task's keyword, another dict), so a task may override it. */
  setElsewhere?: true;
  /**
   * A keyword the caller of a project wrapper gives while the wrapper's own `dag(...)`/`DAG(...)` call writes it too
   * and passes the caller's on through `**kwargs` (DagWrapper.twice): the call raises TypeError "got multiple values
   * for keyword argument". Absent otherwise.
   */
  givenTwice?: true;
}

export interface DagInfo {
  dagId: Static<string>;
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line of the DAG(...) call or the @dag decorator. */
  line: number;
  definedBy: "DAG()" | "with DAG()" | "@dag";
  /** `null` when `schedule=None` is literal; undefined when no schedule argument. */
  schedule: Static<string | null> | undefined;
  tags: Static<string[]> | undefined;
  owner: Static<string> | undefined;
  retries: Static<number> | undefined;
  catchup: Static<boolean> | undefined;
  /** Source text of the start_date expression. */
  startDate: string | undefined;
  /** Number of tasks found inside the DAG's body (operators and @task calls). */
  taskCount: Static<number>;
  /**
   * Every argument of the DAG(...) call or `@dag(...)` decorator in source order, with the span of its value
   * (for the signature check and for findings that point at the offending argument). Absent in cached analyses
   * written by older versions.
   */
  arguments?: DagArgument[];
  /**
   * The class that creates the DAG, resolved through the file's imports: `airflow.models.dag.DAG` for Airflow's
   * `DAG` under any path or alias and for `@dag`, `airflow.sdk.DAG` for the Task SDK's, `cosmos.DbtDag` for Cosmos,
   * a project class's dotted name (`include.base.TeamDag`, or its bare name when defined in the same file).
   * Absent in cached analyses written by older versions (read: Airflow's DAG).
   */
  dagClass?: string;
  /**
   * `dagClass` is a project subclass of Airflow's DAG that leaves construction to DAG.__init__: neither it nor a class
   * between it and DAG has a class decorator, a metaclass, another base, or an `__init__`/`__new__` (ClassDefinition.plain),
   * so the call's arguments bind to DAG's signature as written. Absent otherwise.
   */
  dagClassPlain?: true;
  /**
   * The statically known keys of `default_args` (an inline dict, `dict(...)`, or a module-level name bound once to
   * one), each with the span of its value, for findings that point at the offending key. Absent when unknown.
   */
  defaultArgs?: DagArgument[];
  /**
   * `@dag` written without parentheses. Airflow 2's `dag()` (airflow/models/dag.py at 2.10.5) takes the function as
   * its dag_id and returns a decorator, so calling the function raises TypeError and creates no DAG; the Task SDK's
   * `dag()` of newer Airflow 3 releases also takes the bare form.
   */
  decoratorWithoutCall?: true;
  /**
   * For an `@dag` function: what binding this call's arguments to the function's signature raises (CPython's
   * TypeError text, e.g. "missing a required argument: 'source'"), and the call's span. The DAG is then not created.
   */
  callError?: SourceSpan & { message: string };
  /** Set when `defaultArgs` lists every key of default_args (no `**` splat inside it). */
  defaultArgsComplete?: true;
  /**
   * Entries of a static `params={...}` dict that Param validation refuses (airflow/models/param.py at 2.10.5,
   * Param.resolve): a `Param(...)` with no default, or whose literal default is not of its literal JSON schema
   * `type`. A DAG that can be scheduled validates them when it is built (DAG.validate_schedule_and_params).
   */
  invalidParams?: (SourceSpan & { name: string; reason: string })[];
  /**
   * The DAG's body makes a task of a sensor class imported from Airflow or a provider (`airflow.sensors.*`,
   * `airflow.providers.*.sensors.*`), which takes poke_interval and timeout from default_args. Only looked for when
   * default_args sets one of those keys.
   */
  sensorTask?: true;
  /**
   * Every task of the DAG is a custom operator (a class from outside Airflow, or a project task decorator), whose
   * `__init__` may set a default_args key itself: a bad default is not known to reach a task. Only looked for when
   * the DAG has default_args.
   */
  customOperatorsOnly?: true;
  /**
   * For a DAG created by calling a factory or `@dag` function several times or in a loop: `line` is the
   * module-level call that creates this one, and this is the line of the `DAG(...)`/`@dag` it runs.
   */
  definitionLine?: number;
  /**
   * The dag_id is computed from the file's name or its folders' (`Path(__file__).stem`, `Path(__file__).parent.name`,
   * `os.path.basename(__file__)`...): a cached analysis of the same bytes under another path is not reused.
   */
  dagIdFromFile?: true;
  /**
   * The branches of module-level `if`/`elif`/`else` and `try`/`except` statements the DAG is made in, then those inside
   * the factory calls that make it, named per call (see `instanceBranch` in dags/inventory.ts and `exclusiveBranches` in
   * dags/checks.ts): two DAGs of one file in different branches of the same statement never both exist.
   */
  branch?: string;
  /**
   * Set (to false) when the dynamic tier ran and Airflow does not load this DAG: its file failed to import, Airflow
   * rejected the DAG (a cycle, an invalid schedule), or another file already defines its dag_id. Absent: loaded, or
   * not known (static analysis only).
   */
  loaded?: false;
  /** Why it is not loaded, one line, when `loaded` is false. */
  notLoadedReason?: string;
}

/**
 * Static checks whose errors say that importing the file fails (DagBag records an import error), judged on what the
 * file says (the corpus' agreement test holds them to a real DagBag). Not `syntax-error` (it depends on the Python
 * version, which the import's may not share), nor `unresolved-import` (on what the import's environment has
 * installed, which may not be the runtime's).
 */
export const IMPORT_FAILURE_CHECKS = new Set([
  "schedule-valid",
  "dag-argument-invalid",
  "dag-argument-unknown",
  "time-zone-valid",
  "task-id-valid",
  "task-mapping-valid",
  "task-argument-invalid",
  "dag-cycle",
  "task-dependency-invalid",
  "airflow-import-invalid",
  "undefined-name",
  "dataset-uri-invalid",
  "helper-import-failed",
]);

/**
 * The words every `unresolved-import` (and `airflow-import-invalid`) finding on an import that runs while the file is
 * imported ends its message with (`nothing installs 'x': importing this DAG fails with ModuleNotFoundError`), as
 * against one in a task body ("fails the task at run time"): what makes such a finding an import failure.
 */
export const FAILS_IMPORT_PHRASE = "importing this DAG fails with";

/**
 * Whether `finding` says, with certainty, that importing its file fails (DagBag records an import error and bags none
 * of the file's DAGs): an error of IMPORT_FAILURE_CHECKS, or an `unresolved-import` above a notice on an import that
 * runs at parse time (its message says so, FAILS_IMPORT_PHRASE). Not `syntax-error`, whose files are handled apart.
 */
export function saysImportFails(finding: Finding): boolean {
  if (finding.severity === "error" && IMPORT_FAILURE_CHECKS.has(finding.checkId)) return true;
  return finding.checkId === "unresolved-import" && finding.severity !== "notice" && finding.message.includes(FAILS_IMPORT_PHRASE);
}

/**
 * The exceptions Airflow 2.10 raises for one DAG as DagBag bags it, after the module ran (`_process_modules`' call of
 * `dag.validate()`, then `bag_dag`'s check_cycle; airflow/models/dagbag.py and dag.py at 2.10.5): a cron or interval
 * timetable's validate() (AirflowTimetableInvalid), a task cycle (AirflowDagCycleException), a setup task's
 * downstream rule (validate_setup_teardown's ValueError). Every finding saying one of them quotes it.
 */
const REFUSED_AS_BAGGED = /\bAirflowTimetableInvalid\b|\bAirflowDagCycleException\b|Setup tasks must be followed with trigger rule ALL_SUCCESS/;

/**
 * Whether `finding` says that Airflow 2 DagBag refuses one DAG as it bags it (see REFUSED_AS_BAGGED): the file gets an
 * import error, yet its other DAGs load (seen with real DagBag 2.10.5). False for any finding saysImportFails does not
 * take.
 */
export function refusedAsBagged(finding: Finding): boolean {
  return saysImportFails(finding) && REFUSED_AS_BAGGED.test(finding.message);
}

/** refusedAsBagged, for a finding that names the DAG refused (`finding.dagId`): false without one. */
export function refusesOnlyItsDag(finding: Finding): boolean {
  return finding.dagId !== undefined && refusedAsBagged(finding);
}
