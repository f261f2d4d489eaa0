import type { Tree } from "web-tree-sitter";
import { callArguments, calleeName, spanOf, SyntaxTree, type SyntaxNode as Node } from "./syntax-tree.js";
import type { DagArgument, DagInfo, SourceSpan, Static, Unknown } from "../core/findings.js";
import stdlib from "./data/stdlib-modules.json" with { type: "json" };
import { acceptsKeyword, decoratorKeywordsOf, EXCLUSIVE_KEYWORDS, isCoreTaskDecorator, isTriggerRuleMember, operatorClassFor, requiredArgumentsOf, TASK_GROUP } from "./operator-data.js";
import { JUDGED_TASK_ARGUMENTS, pythonNumber } from "./checks-dag-arguments.js";
import { annotatedOnlyNames, earlyReads, globalReads, localNames, RUNS_PARTS_ONCE, type EarlyRead, type GlobalRead } from "./early-reads.js";
import { localVariableAnnotation, typeCheckingReads, type TypeCheckingRead } from "./type-checking-reads.js";
import { unboundLocalReads, type UnboundLocalRead } from "./unbound-locals.js";
import { extractTaskGraphs, type DependencyError, type TaskGraph, type TeardownRule } from "./task-graph.js";
import { codeOnlyText } from "./code-text.js";
import { reboundIn, reboundNames } from "./rebound-scan.js";
import { dagGlobalsOf, type DagGlobal } from "./dag-globals.js";
import { dagWrapperOf, throughWrapper, type DagWrapper, type DagWrapperDefinition } from "./dag-wrappers.js";
import { beforeWordEndingAt, IDENTIFIER, isIdentifierStartCode, isLineStartAfter, isSpaceCode, isWordCode, skipBlanks, skipBlanksBack } from "./char-codes.js";
import { filePathName, filePathOf, type FilePath } from "./file-paths.js";
import { paramSchemaProblem, pyLiteral, type LiteralReader, type ParamSchema } from "./param-schema.js";
import { taskCallProblem as bindTaskCall, type ImportedTaskCall, type TaskCallSignature } from "./task-signatures.js";

/** The module of Airflow's TriggerRule enum. */
const TRIGGER_RULE_MODULE = "airflow.utils.trigger_rule";
/**
 * Words a file needs for extractTaskGraphs to find anything (data dependencies alone cannot loop); or two `DAG(` calls,
 * between whose tasks a data dependency fails (task-dependency-invalid).
 */
const TASK_GRAPH_WORDS = /<<|>>|set_downstream|set_upstream|chain|cross_downstream|fail_stop|setup|teardown|\bDAG\s*\([\s\S]*?\bDAG\s*\(/;

export interface ImportRef {
  /** Dotted module name (`a.b` for `import a.b` and `from a.b import c`); empty for `from . import x`. */
  module: string;
  line: number;
  relative: boolean;
  /** A relative import's number of leading dots (`from ..x import y`: 2); absent for absolute imports. */
  level?: number;
  /**
   * Inside `try: ... except ImportError:` (or `ModuleNotFoundError`, `Exception`, `BaseException`, a bare `except:`):
   * a missing module is handled by the file itself.
   */
  guarded: boolean;
  /**
   * Where the import runs: `module` at parse time (module level, or the body of a function that module-level code
   * calls, such as a called `@dag` function or DAG factory: a failure is an import error of the DAG file);
   * `function` in a function body run by a task or callback (a failure fails the task, not the DAG import);
   * `isolated` in a callable that runs in another Python environment (`@task.virtualenv`, `@task.external_python`,
   * `@task.docker`, `@task.kubernetes` and their `branch_` forms, callables passed as `python_callable` to
   * `PythonVirtualenvOperator`/`ExternalPythonOperator` and their branch forms): never the project's requirements.
   * Imports under `if __name__ == "__main__":` never run when Airflow imports the file and are not listed.
   */
  scope: "module" | "function" | "isolated";
  /** Under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): never executed at run time. */
  typeCheckingOnly?: boolean;
  /**
   * Under an `if`/`elif`/`else` branch the file's static truth cannot tell will run (`if os.getenv("X") == "1":`,
   * `if sys.version_info >= (3, 11):` and its `else`, `if importlib.util.find_spec("cosmos"):`): the import may never
   * run, so its failure is not certain (helper-import-failed does not follow it). Branches a constant condition rules
   * out (`if False:`, the `else` of `if True:`) hold no imports at all; a constant-true branch is not conditional.
   */
  conditional?: true;
  /** Names imported by `from m import a, b` (the original names, before `as`; `*` for a star import); empty for `import m`. */
  names?: string[];
}

/**
 * A call through an attribute of an Airflow core module, as module-level code runs it (`airflow.operators.bash.
 * BashOperator(...)` after `import airflow.operators.bash`, `timezone.datetime(...)` after `from airflow.utils import
 * timezone`): the attribute must exist when the file is imported (check `airflow-import-invalid`, Airflow 2.10).
 */
export interface AirflowAttributeUse {
  /** The callee through the file's imports, dotted (`airflow.operators.bash.BashOperater`); never under airflow.providers. */
  path: string;
  line: number;
  column: number;
  /** Inside the body of a `try` statement with an `except` clause: an AttributeError may be handled there. */
  tried?: true;
}

export interface ParseTimeCall {
  /** The callee as written, e.g. `Variable.get` (or `V.get` after `from airflow.models import Variable as V`). */
  callee: string;
  line: number;
  column: number;
  kind: "variable" | "connection" | "http" | "database" | "file" | "sleep" | "hook";
}

/**
 * A time zone named by a static string in a call that module-level code runs (`pendulum.datetime(..., tz="...")`,
 * `pendulum.timezone("...")`, `ZoneInfo("...")`, `CronTriggerTimetable(cron, timezone="...")`): an unknown name makes
 * the call raise, so importing the file fails. The span is the argument's, as written in the call.
 */
export interface TimeZoneUse {
  /** The time zone name (through a module-level name bound once to a string). */
  name: string;
  /** The callee as written. */
  callee: string;
  /** `zoneinfo`: names are exact (`ZoneInfo("utc")` fails); `pendulum`: also takes "utc" in any case (pendulum.timezone). */
  loader: "pendulum" | "zoneinfo";
  /** The name is the default of `os.getenv(environment, "...")`: used when that variable is not set. */
  environment?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A static URI given to Airflow 2's `Dataset(...)` (`airflow.datasets.Dataset`, `airflow.Dataset`) in code module-level
 * code runs (a schedule, an outlet, a module constant): check `dataset-uri-invalid` judges it as Dataset's converter
 * does. The span is the URI's.
 */
export interface DatasetUriUse {
  uri: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A classic operator's static `task_id="..."` in code module-level code runs (check `task-id-valid`). The span is the
 * value's.
 */
export interface TaskIdUse {
  id: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A task group's group_id (`TaskGroup("...")`, `@task_group(group_id="...")`): validate_group_key's rules. */
  group?: true;
  /** A group with `prefix_group_id=False`: its group_id is no key (validate_group_key does not run), but still unique. */
  unprefixed?: true;
  /**
   * The id is a literal (or a module name bound once to one) that is no string, `id` being how Python's str() writes it
   * (`task_id=1`, `task_id=None`, `group_id=3`): validate_key/validate_group_key raise "TypeError: The key has to be a
   * string and is <class 'int'>:1"; a group with `prefix_group_id=False` raises "ValueError: group_id must be str"
   * (airflow/utils/helpers.py, airflow/utils/task_group.py at 2.10.5). A group_id None makes no error (a root group).
   */
  notString?: "int" | "float" | "bool" | "NoneType";
  /**
   * A task's key in its DAG when task groups prefix it (`group.task_id`), if it differs from `id`. On a task group, set
   * only when its clash is with its parent group's children (`TaskGroup.add` at 2.10.5: "Task Group id 'outer.q' has
   * already been added"), not with a group_id as written (`_check_for_group_id_collisions`: "group_id 'q' ...").
   */
  key?: string;
  /**
   * Line of an earlier task or task group whose key this one repeats in the same DAG, both created exactly once on
   * the same straight-line path (no loop, branch or function between them): the DAG then raises DuplicateTaskIdFound
   * (airflow/models/dag.py DAG.add_task, airflow/utils/task_group.py TaskGroup._check_for_group_id_collisions at
   * 2.10.5). A task's key is its task_id with its groups' prefixes; a group collides when its own group_id as written
   * is among every key and group_id added before, or its prefixed group_id among its parent group's children.
   */
  duplicateOf?: number;
  /** The earlier one (duplicateOf) is a task group. */
  duplicateOfGroup?: true;
  /**
   * Line of a `for` loop that runs this operator or TaskGroup at least twice with the same static key: a literal (or
   * a module constant bound once to one) of at least two items, `range(n)` with n ≥ 2, with no break, continue or
   * return, inside the same DAG: the second pass raises DuplicateTaskIdFound. The usual slip is an id without the loop
   * variable.
   */
  repeatedInLoop?: number;
}

/**
 * A literal that is no list, dict or XComArg passed to a task's `.expand(...)` in code module-level code runs
 * (`add.expand(x=5)`, `BashOperator.partial(...).expand(bash_command="echo")`): Airflow raises ValueError ("expand()
 * got an unexpected type") while the DAG is built (airflow/models/expandinput.py, _validate_arg_names/ensure_xcomarg
 * of DictOfListsExpandInput at 2.10.5). The span is the value's.
 */
/**
 * A classic operator's own `trigger_rule=`/`weight_rule=` written as a string literal (directly or through a module
 * constant): BaseOperator.__init__ refuses an unknown one when the task is made (airflow/models/baseoperator.py at
 * 2.10.5). Only calls that module-level code runs.
 */
export interface TaskArgumentUse {
  name: "trigger_rule" | "weight_rule";
  value: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A call of an Airflow core operator or sensor class (one operator-signatures.json knows, under any import path or
 * alias) in code module-level code runs, with what BaseOperatorMeta's `apply_defaults` and BaseOperator.__init__
 * judge when the task is made (airflow/models/baseoperator.py at 2.10.5); `.partial(...)` and `.expand(...)` on them too.
 * The span is the callee's.
 */
export interface OperatorCall {
  /** The class's canonical dotted path (`airflow.operators.bash.BashOperator` for `bash_operator.BashOperator`). */
  operator: string;
  /**
   * The keywords given that no `__init__` of the class chain names (operator-signatures.json), in source order, each
   * with its name's span; `falsy` for a literal False/None/0/"". Only those: the analysis cache stays small.
   */
  unknownKeywords: (SourceSpan & { name: string; falsy?: true })[];
  /** A `**mapping` or `*args` in the call: which keywords it passes is unknown. */
  splat?: true;
  /** The first positional argument (apply_defaults refuses any). */
  positional?: SourceSpan;
  /**
   * A `*_callable` keyword whose value is a literal of this Python type (str, int, float, bool, NoneType, list, dict,
   * tuple, set; `lambda` for a lambda), or, with `call`, a call of that module-level function of the file whose result
   * is certainly no callable (see returnedTypes): `type` then lists the types it may return, joined by "|".
   */
  literals?: (SourceSpan & { name: string; type: string; call?: string })[];
  /**
   * `X.partial(...)` or `X.partial(...).expand(...)`: validate_mapping_kwargs (airflow/models/mappedoperator.py at
   * 2.10.5) refuses keywords no class of the chain names (TypeError), whatever the class does with `**kwargs`.
   */
  mapped?: "partial" | "expand";
  /** The task_id when it is a string literal. */
  taskId?: string;
  /** `X.partial(...)` without a task_id (and no splat): partial() takes it as a required keyword (TypeError). */
  noTaskId?: true;
  /**
   * Keywords of `X.partial(...).expand(...)` that cannot be mapped: partial()'s own task parameters (retries, pool,
   * task_id...; airflow/models/baseoperator.py at 2.10.5, `partial`) or a keyword the partial() call already gives
   * (TypeError: unmappable or already specified argument). Not judged when the partial() call has a splat.
   */
  unmappable?: (SourceSpan & { name: string; inPartial: boolean })[];
  /**
   * The call's own literal values (directly or through a module-level name bound once) of the task arguments
   * BaseOperator or a sensor judges when the task is made (JUDGED_TASK_ARGUMENTS: `execution_timeout=600`,
   * `retries="three"`, a sensor's `mode`...; `trigger_rule` only as None, which taskValueProblem judges too). Absent
   * when none.
   */
  values?: (SourceSpan & { name: string; literal: string | number | boolean | null; valueType?: "float" })[];
  /**
   * The first pair of EXCLUSIVE_KEYWORDS the call gives both of, each certainly not None (a string, a non-empty list,
   * `timedelta(...)`, a lambda or a function of the file), on the second keyword: ValueError. Absent otherwise.
   */
  exclusive?: SourceSpan & { names: [string, string] };
  /**
   * Required parameters of the class the call leaves out and no other text of the file names (so no default_args
   * literal of the file holds them); absent when the call has a splat, its own `default_args=`, or the file has a
   * default_args whose keys are not all written out.
   */
  missing?: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A `TaskGroup(...)` call, an `@task_group(...)` decorator or a `.override(...)` of an `@task_group` function in code
 * module-level code runs, with what CPython's binding to TaskGroup.__init__'s signature and validate_instance_args
 * refuse (operator-signatures.json `taskGroup`; airflow/utils/task_group.py and airflow/decorators/task_group.py at
 * 2.10.5). The span is the callee's (the decorator's for `@task_group(...)`).
 */
export interface TaskGroupCall extends SourceSpan {
  /**
   * `class`: `TaskGroup(...)`, bound when it runs; `decorator`: `@task_group(...)`, whose keywords are bound
   * (bind_partial) when the `def` runs, the group made with them when the function is called; `override`:
   * `fn.override(...)`, bound when it runs, the group made when its result is called.
   */
  form: "class" | "decorator" | "override";
  /** The `@task_group` function (decorator and override forms). */
  function?: string;
  /**
   * Keywords TaskGroup.__init__ has no parameter for, with their name's span (not judged with a `**` splat); in the
   * class form also `self` (TypeError: got multiple values for argument 'self').
   */
  unknownKeywords: (SourceSpan & { name: string })[];
  /** Class form: no group_id, neither by keyword nor first positional, and no splat (TypeError: missing ... 'group_id'). */
  missingGroupId?: true;
  /** Class form: more positional arguments than TaskGroup.__init__ takes (their number), the first extra one's span. */
  extraPositional?: SourceSpan & { count: number };
  /** Class form: keywords also given by position (TypeError: got multiple values for argument 'x'). */
  repeated?: (SourceSpan & { name: string })[];
  /**
   * Decorator and override forms, where the group is made at import: `add_suffix_on_collision=` given, which the
   * decorator passes TaskGroup itself (TypeError: ... got multiple values for keyword argument 'add_suffix_on_collision').
   */
  suffix?: SourceSpan;
  /**
   * Literal values (directly or through a module name bound once; None left out) of the parameters TASK_GROUP.types
   * lists, by keyword or position; in the decorator and override forms only where the group is made at import. A
   * bytes literal or a list, tuple, set or dict display has its type as `valueType` and its source text as `literal`.
   */
  values?: (SourceSpan & { name: string; literal: string | number | boolean; valueType?: "float" | "bytes" | "list" | "tuple" | "set" | "dict" })[];
}

/**
 * A mapped task (see FileInventory.mappedTasks), the span of its `X.expand`. `sla`: true when its `partial(...)` or
 * `@task(...)` gives an `sla=` that is not None, false for `sla=None`, absent when neither says (the DAG's default_args
 * then decide: MappedOperator raises AirflowException for any SLA, airflow/models/mappedoperator.py at 2.10.5).
 */
export interface MappedTask extends SourceSpan {
  sla?: boolean;
}

export interface MappedLiteral {
  /** The keyword argument of expand(). */
  argument: string;
  /**
   * The Python type of the literal; `XComArg` for a task's output under a key (`src()["files"]`), with that `key`;
   * `keyword` for a keyword argument the `@task`/`@task_group` function has no parameter for. Not literals
   * (airflow/decorators/base.py, mappedoperator.py, task_group.py at 2.10.5): `context`, a `@task`'s expand()/partial()
   * keyword that is an Airflow context key (ValueError: cannot call expand() on task context variable), the others in
   * `also`; `always`, a task's output mapped over (`argument`; `kwargs` for expand_kwargs) by a `@task` whose
   * trigger_rule is "always" (ValueError: Task-generated mapping ... not allowed with trigger rule 'always'); `empty`,
   * expand() with no argument at all (TypeError: no arguments to expand against; `argument` is "").
   */
  type: "str" | "int" | "float" | "bool" | "NoneType" | "set" | "frozenset" | "generator" | "zip" | "map" | "enumerate" | "filter" | "dict" | "dict_items" | "dict_keys" | "dict_values" | "list" | "tuple" | "XComArg" | "keyword" | "context" | "always" | "empty";
  /** The method called: expand() when absent. */
  call?: "expand_kwargs" | "partial" | "expand";
  key?: string;
  /** `context`: the call's other keywords that are context keys, in written order. */
  also?: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `# astro-ci: ignore[...]` comments: empty id lists mean every check. */
export interface Suppressions {
  /** Line number → check ids suppressed on that line ([] = all). */
  lines: Record<number, string[]>;
  /** Check ids suppressed in the whole file ([] = all); undefined when none. */
  file?: string[];
}

/** A class defined at module level, for the project-wide pass that finds DAG subclasses across files. */
export interface ClassDefinition {
  name: string;
  line: number;
  /**
   * The base classes resolved through the file's imports: a dotted name (`airflow.models.dag.DAG`,
   * `include.base.BaseDag`), `local:Name` for a class of the same file, or a leading-dot name (`.base.BaseDag`)
   * for a relative import.
   */
  bases: string[];
  /** What the class's own `__init__` does to the DAG (absent: it defines none, so DAG's runs as called). */
  init?: ClassInit;
  /** The class leaves construction to its one base (leavesConstructionToBase); absent otherwise. */
  plain?: true;
}

/**
 * A DAG subclass's own `__init__`, as far as the DAG it makes differs from the call's arguments: `keepsDagId` when
 * it hands its dag_id parameter on to the base class unchanged (`super().__init__(dag_id, ...)`,
 * `super().__init__(*args, **kwargs)`), `setsArguments` when it may set anything else (a keyword of its own in the
 * base call, or any other statement: `kwargs.setdefault("tags", [...])`).
 */
export interface ClassInit {
  keepsDagId: boolean;
  setsArguments: boolean;
}

/** An `@dag` function that nothing at module level calls: Airflow never creates its DAG. */
export interface UncalledDagFunction {
  /** The function's name. */
  name: string;
  dagId: Static<string>;
  /** Span of the function's name in `def name(...)` (1-based, end exclusive). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `@dag` without parentheses (see DagInfo.decoratorWithoutCall): calling it fails on Airflow 2. */
  decoratorWithoutCall?: true;
}

export interface FileInventory {
  /**
   * The DAGs Airflow creates when it imports the file: one entry per creation (a factory called twice gives two), and
   * one per branch where exclusive branches each make one (DagInfo.branch; the project lists one of them: oneDagPerRun).
   */
  dags: DagInfo[];
  imports: ImportRef[];
  parseTimeCalls: ParseTimeCall[];
  suppressions: Suppressions;
  /** Module-level classes with resolved bases (absent in analyses cached by older versions). */
  classes?: ClassDefinition[];
  /**
   * Calls of classes defined in the project (imported from a project module, or a class of this file deriving from
   * one) that look like DAG constructors. They are DAGs only when the project pass (`resolveProjectDagClasses`)
   * resolves their `dagClass` to a DAG subclass; `dagClass` holds the name to resolve, as in ClassDefinition.bases.
   */
  candidateDags?: DagInfo[];
  /** `@dag` functions never called (warning `dag-never-created`). */
  uncalledDagFunctions?: UncalledDagFunction[];
  /**
   * Where code does not run when Airflow imports the file: the functions and lambdas module-level code never calls
   * (tasks' bodies, callbacks, helpers), outermost first, then the blocks under `if __name__ == "__main__":` and
   * `if TYPE_CHECKING:` and the if/elif/else branches a constant condition rules out (`if False:`, `if 0:`, the `else`
   * of `if True:`, a whole clause after a constant-true one), as flat [line, column, endLine, endColumn] quadruples
   * (1-based, UTF-16 columns, end exclusive). Check `undefined-name` tells a NameError at import from one at run time
   * by it (in DAG files and in the helpers helper-import-failed follows). Absent when there is none.
   */
  notRunAtImport?: number[];
  /**
   * Annotations Python never evaluates, as notRunAtImport's quadruples: every annotation under `from __future__ import
   * annotations`, else string annotations (`x: "Later"`). An undefined name there is no NameError.
   */
  unevaluated?: number[];
  /**
   * The file binds globals by name at run time (namesBoundAtRunTime: `globals().update(...)`, `globals()[...] =`,
   * `globals().__setitem__(...)`, `.setdefault(...)`, the same through `vars()`/`locals()`, `exec(...)`, writes through
   * `sys.modules[__name__]`) or sets names on the builtins module it does not spell (`builtins.__dict__.update(...)`):
   * an undefined name may be one.
   */
  dynamicGlobals?: true;
  /**
   * Names the file sets on the builtins module by name (`builtins.ENV = ...`, `setattr(builtins, "ENV", ...)`,
   * `__builtins__["ENV"] = ...`), which Python then finds for any module's global ENV: not undefined. Absent when none.
   */
  builtinsNames?: string[];
  /**
   * Module-level names a function reads when module-level code calls it before the name is bound: NameError at
   * import (check `undefined-name`; see early-reads.ts for what counts as certain). Absent when none, and not looked
   * for in a file with a star import or dynamicGlobals.
   */
  earlyReads?: EarlyRead[];
  /**
   * Module-level reads of names only functions bind (`global NAME` in a `def`) before module-level code can have run
   * one of them: NameError at import (check `undefined-name`; see early-reads.ts globalReads). Absent when none, and
   * not looked for in a file with a star import or dynamicGlobals.
   */
  globalReads?: GlobalRead[];
  /**
   * Reads of a function's local variable above every binding of it in that function (unbound-locals.ts): ruff's
   * F821 there raises UnboundLocalError, not NameError (check `undefined-name`). Absent when none.
   */
  unboundLocalReads?: UnboundLocalRead[];
  /**
   * Module-level names the file only annotates (`LIMIT: int`, no value) and binds nowhere else (early-reads.ts,
   * annotatedOnlyNames): `from <this module> import LIMIT` fails with ImportError (check `helper-import-failed`).
   * Absent when none, and not looked for in a file with a star import or dynamicGlobals.
   */
  annotatedOnly?: string[];
  /**
   * Names imported only under `if TYPE_CHECKING:` that annotations evaluated at import read (no PEP 563), or that
   * module-level code reads: NameError at import (check `undefined-name`; see type-checking-reads.ts). Absent when none.
   */
  typeCheckingReads?: TypeCheckingRead[];
  /** Static time zone names in calls module-level code runs (check `time-zone-valid`); absent when none. */
  timeZones?: TimeZoneUse[];
  /** Static Dataset URIs module-level code gives (check `dataset-uri-invalid`); absent when none. */
  datasetUris?: DatasetUriUse[];
  /** Static task_ids of classic operators module-level code creates (check `task-id-valid`); absent when none. */
  taskIds?: TaskIdUse[];
  /** Literals expand() cannot map over, in code module-level code runs (check `task-mapping-valid`); absent when none. */
  mappedLiterals?: MappedLiteral[];
  /**
   * The mapped tasks module-level code makes (`f.expand(...)`, `X.partial(...).expand(...)`, `expand_kwargs`) of
   * `@task` functions and operator classes, for Airflow 2's "SLAs are unsupported with mapped tasks" (check
   * `task-mapping-valid`); absent when none.
   */
  mappedTasks?: MappedTask[];
  /**
   * Calls of the file's `@task` functions (also through `.override(...)`) that module-level code runs, whose arguments
   * the function does not take (`problem`: the TypeError Airflow's DecoratedOperator raises when it binds them, as
   * inspect.Signature.bind words it); the span is the call's callee. With `error` "ValueError", the signature itself is
   * refused when the task is made (a context key's default other than None, or no valid signature once context keys
   * default to None), whatever the arguments. Not for `@task.sensor` functions. Absent when none.
   */
  taskCalls?: (SourceSpan & { function: string; problem: string; error?: "ValueError" })[];
  /**
   * Calls of names imported from other modules (not the stdlib's or Airflow's) that module-level code runs, with their
   * arguments' shape (see ImportedTaskCall): a DAG file calling a `@task` function of a project module; the project
   * pass judges them (check `task-argument-invalid`). Absent when none.
   */
  importedTaskCalls?: ImportedTaskCall[];
  /**
   * The file's module-level `@task` functions (Airflow's decorators, not `@task.sensor`) bound only by their `def`,
   * with their signatures: for DAG files that import and call them (importedTaskCalls). Absent when none.
   */
  moduleTaskFunctions?: { name: string; line: number; signature: TaskCallSignature }[];
  /** Classic operators' own trigger_rule/weight_rule string literals (see TaskArgumentUse). */
  taskArguments?: TaskArgumentUse[];
  /** Calls through attributes of Airflow core modules that module-level code runs (see AirflowAttributeUse); absent when none. */
  airflowAttributes?: AirflowAttributeUse[];
  /** Calls of Airflow core operator classes (check `task-argument-invalid`); absent when none. */
  operatorCalls?: OperatorCall[];
  /** `TaskGroup(...)` calls, `@task_group(...)` decorators and their `.override(...)` (see TaskGroupCall); absent when none. */
  taskGroupCalls?: TaskGroupCall[];
  /**
   * `TriggerRule.X` in code module-level code runs where Airflow 2.10's TriggerRule has no member X (written like a
   * member: upper case), with the span of X: importing the file fails with AttributeError. Absent when none.
   */
  triggerRuleMembers?: (SourceSpan & { member: string })[];
  /**
   * Calls of the file's `@task(...)`/`@task.<kind>(...)` functions (also through `.override(...)`) that module-level
   * code runs, where the keywords the decorator and overrides hand to the operator class hold one it refuses (see
   * TaskDecoratorCall; check `task-argument-invalid`). Absent when none.
   */
  taskDecoratorCalls?: TaskDecoratorCall[];
  /**
   * `@task.<name>` decorators module-level code applies whose name is no task decorator of Airflow core (the span is
   * the decorator's): `task.__getattr__` asks the providers, else AttributeError (check `task-argument-invalid`,
   * judged against the providers the project may install). Absent when none.
   */
  unknownTaskDecorators?: (SourceSpan & { name: string })[];
  /**
   * Per DAG of the file, its tasks and the dependencies between them that are certain statically, with fail_stop and
   * each task's own trigger_rule (see TaskGraph in task-graph.ts; checks `dag-cycle`, `task-argument-invalid`).
   * Only DAGs with a dependency or a judged trigger_rule; absent when none.
   */
  taskGraphs?: TaskGraph[];
  /** Teardown tasks given a trigger_rule (see TeardownRule; check `task-argument-invalid`); absent when none. */
  teardownRules?: TeardownRule[];
  /** Dependencies that raise at import (see DependencyError; check `task-dependency-invalid`); absent when none. */
  dependencyErrors?: DependencyError[];
  /**
   * Module-level calls of functions imported from other modules whose result is bound, stored or dropped (a DAG
   * factory of the project's `include/`, maybe): the project pass (`resolveProjectFactories`) lists their DAGs when
   * the callee is one of the project's FactoryDefinitions. Absent when none.
   */
  factoryCalls?: FactoryCall[];
  /** Module-level functions of this file that make one DAG per call (for other files' FactoryCalls). Absent when none. */
  factories?: FactoryDefinition[];
  /** Module-level names bound to the file's DAG objects, for another DAG file importing them (DagGlobal; check `duplicate-dag-id`). Absent when none. */
  dagGlobals?: DagGlobal[];
  /**
   * Lines of `dag(...)`/`DAG(...)` calls with a `*` or `**` argument (`return dag(**kwargs)` in a wrapper): the schedule
   * may come through it, so ruff's AIR002 there is not reported (see withoutAnsweredAir002 in ruff.ts).
   */
  dagSplatLines?: number[];
  /**
   * Module-level functions of this file that wrap Airflow's `@dag` (`def team_dag(**kwargs): ...; return
   * dag(**kwargs)`, see DagWrapper), for the DAG files that import them (their importedWrapperDags). Absent when none.
   */
  dagWrappers?: DagWrapperDefinition[];
  /**
   * Functions decorated by a call of a function imported from another module (`@team_dag(schedule=...)` after `from
   * include.dag_defaults import team_dag`), which may be a DAG wrapper: the project pass (`resolveProjectFactories`)
   * lists their DAGs (or a dag-never-created) when the callee is one of the project's DagWrapperDefinitions. Absent
   * when none.
   */
  importedWrapperDags?: ImportedWrapperDag[];
}

/**
 * A function decorated by a call of an imported function (see FileInventory.importedWrapperDags), with the DAG it
 * makes if that function is a decorator wrapper passing every keyword on to `dag()` unchanged: each DAG module-level
 * code makes by calling the function, or the one DAG never made (`uncalled`). throughWrapper then applies the
 * wrapper's own keywords.
 */
export interface ImportedWrapperDag {
  /** The decorator's callee through the file's imports (`include.dag_defaults.team_dag`). */
  wrapper: string;
  /** The callee as written (`team_dag`, `dag_defaults.team_dag`). */
  written: string;
  /** The decorated function's name: the dag_id `dag()` gives when the caller's `dag_id=` does not reach it. */
  function: string;
  /** Span of the decorator call (`team_dag(...)`): what the wrapper adds is read as a `**` argument there. */
  call: SourceSpan;
  /** The DAG as if the decorator were `dag(...)` with the call's own arguments. */
  dag: DagInfo;
  /** Set when module-level code never calls the function: no DAG, but check `dag-never-created`. */
  uncalled?: UncalledDagFunction;
}

/**
 * One call of a `@task.<kind>(...)` function (airflow/decorators/base.py at 2.10.5): `_TaskDecorator.__call__` makes
 * the decorated operator with the decorator's keywords, as `.override(...)` changed them, and BaseOperator judges
 * them then (not when the decorator is applied). The span is the call's callee.
 */
export interface TaskDecoratorCall extends SourceSpan {
  /** The decorated function's name. */
  function: string;
  /** The decorator's kind in operator-signatures.json `decorators` ("python" for `@task`, "bash" for `@task.bash`). */
  kind: string;
  /** Keywords of the decorator or an override that the kind's operator class chain and BaseOperator do not name. */
  unknownKeywords: (SourceSpan & { name: string })[];
  /** Literal values (None too) of judged task arguments (JUDGED_TASK_ARGUMENTS, trigger_rule, weight_rule) the task ends up with. */
  values?: (SourceSpan & { name: string; literal: string | number | boolean | null; valueType?: "float" })[];
}

/** One module-level call of an imported function (see FileInventory.factoryCalls). */
export interface FactoryCall {
  /** The callee's dotted name through the file's imports (`include.factory.make_dag`). */
  callee: string;
  line: number;
  column: number;
  /**
   * The static `str` arguments of each time the call runs: once, or once per pass of a module-level `for` loop or
   * comprehension over static values (null: an argument that is not static). Absent when not known (a loop this
   * reading does not expand, `*args`/`**kwargs`).
   */
  passes?: { positional: (string | null)[]; keywords: Record<string, string | null> }[];
  /**
   * What module globals hold of the plain DAGs the passes return (a factory whose DAG is not registered by a `with`
   * block): "all", the "last" pass's (one name bound again on each pass), "none" (dropped, only in a list, bound
   * again later) or "unknown".
   */
  held: "all" | "last" | "none" | "unknown";
  /** As DagInfo.branch. */
  branch?: string;
}

/**
 * A module-level function that makes one DAG each time it is called (`def make_dag(dag_id): with DAG(dag_id) as d:
 * ...; return d`): written directly in its body (no loop, condition or early return before it), with a dag_id
 * computed from its parameters and module constants.
 */
export interface FactoryDefinition {
  name: string;
  line: number;
  /** Parameters in order (`**kwargs` left out); `default`: the default's static str value, null when not static. */
  params: { name: string; default?: string | null }[];
  /** A `with` block registers each call's DAG (found even when the caller drops it); else the DAG is returned. */
  registers: boolean;
  /** The function takes `**kwargs`: a keyword that names no parameter is accepted. */
  acceptsKeywords?: true;
  /** The dag_id as parts: a string as is, a number the value of that parameter (by index). */
  dagIdParts: (string | number)[];
  /** The string schedule the DAG call writes (`schedule=schedule`, `schedule=f"0 {hour} * * *"`), as dagIdParts; absent when not static. */
  scheduleParts?: (string | number)[];
  /** A class wrapper's `return DAG(**kwargs)` (see DagWrapper): the dag_id is the call's own `dag_id=` keyword (dagIdParts is empty). */
  idKeyword?: true;
  definedBy: DagInfo["definedBy"];
}

/** The DAG class name DagInfo.dagClass holds for Airflow 2's `DAG` (whatever path it was imported from) and `@dag`. */
export const AIRFLOW_DAG_CLASS = "airflow.models.dag.DAG";
/** The DagInfo.dagClass of the Task SDK's `DAG` and `@dag` (`airflow.sdk`, Airflow 3). */
export const SDK_DAG_CLASS = "airflow.sdk.DAG";

/**
 * DAG classes known without looking at the project: Airflow's own `DAG` under every public path, and the `DAG`
 * subclasses of common libraries (astronomer-cosmos' `DbtDag`, `cosmos/airflow/dag.py`, exported from `cosmos`).
 * Qualified name as imported → the DagInfo.dagClass it gets.
 */
export const KNOWN_DAG_CLASSES: ReadonlyMap<string, string> = new Map([
  ["airflow.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.models.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.sdk.DAG", SDK_DAG_CLASS],
  ["airflow.sdk.definitions.dag.DAG", SDK_DAG_CLASS],
  ["cosmos.DbtDag", "cosmos.DbtDag"],
  ["cosmos.airflow.dag.DbtDag", "cosmos.DbtDag"],
]);

/** The `@dag` decorator under its public paths (`airflow/decorators/__init__.py` re-exports `airflow.models.dag.dag`). */
const DAG_DECORATORS: ReadonlyMap<string, string> = new Map([
  ["airflow.decorators.dag", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag.dag", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag", AIRFLOW_DAG_CLASS],
  ["airflow.sdk.dag", SDK_DAG_CLASS],
  ["airflow.sdk.definitions.dag.dag", SDK_DAG_CLASS],
]);

/** Whether a DagInfo.dagClass is Airflow's `DAG` itself (not a subclass): the DAG signature applies to it exactly. */
export function isAirflowDagClass(dagClass: string | undefined): boolean {
  return dagClass === undefined || dagClass === AIRFLOW_DAG_CLASS || dagClass === SDK_DAG_CLASS;
}

const unknown = (node: Node | null | undefined): Unknown => ({ unknown: true, expression: shorten(node?.text ?? "?") });

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

const lineOf = (node: Node): number => node.startPosition.row + 1;


const lastPart = (dotted: string): string => dotted.slice(dotted.lastIndexOf(".") + 1);
/** `dotted.split(".")[0]` without the array: the walk asks it of most callees. */
const firstPart = (dotted: string): string => {
  const dot = dotted.indexOf(".");
  return dot === -1 ? dotted : dotted.slice(0, dot);
};

/** A Python literal string's value; f-strings and other non-literals are undefined. */
function stringValue(node: Node): string | undefined {
  if (node.type === "concatenated_string") {
    let out = "";
    for (const child of node.namedChildren) {
      const part = child && stringValue(child);
      if (part === undefined) return undefined;
      out += part;
    }
    return out;
  }
  if (node.type !== "string") return undefined;
  const prefix = stringPrefix(node);
  if (prefix === undefined) return undefined;
  let value = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "interpolation") return undefined;
    if (child.type === "string_content") {
      const part = contentValue(child.text, prefix);
      if (part === undefined) return undefined;
      value += part;
    }
  }
  return value;
}

/** A str literal's prefix (`""`, `"r"`, `"f"`, `"Rf"`...); undefined for bytes (`b"..."` is no str). */
function stringPrefix(node: Node): string | undefined {
  const start = node.namedChildren.find((c) => c?.type === "string_start")?.text ?? node.text;
  // The leading ASCII letters (`/^[A-Za-z]*/`), read by code: every string literal the walk reads comes here.
  let end = 0;
  for (let c = start.charCodeAt(0); (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a); c = start.charCodeAt(++end)) if (c === 0x62 || c === 0x42) return undefined;
  return start.slice(0, end);
}

/** Python's escape sequences in a str literal (tree-sitter leaves them, as `escape_sequence` nodes, inside the text). */
const ESCAPE = /\\(\r\n|\n|\r|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g;
const SIMPLE_ESCAPES: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/**
 * The value of a string literal's text between its quotes (one `string_content` node), as Python decodes it: a raw
 * string as written; else `\n`, `\xHH`, `\uXXXX`, octal... decoded, a backslash before a newline dropped, and an
 * unknown escape (`\d`) kept with its backslash; in an f-string `{{` and `}}` are one brace. `\N{name}` needs
 * Unicode's name table: undefined (not known).
 */
function contentValue(raw: string, prefix: string): string | undefined {
  // In an f-string `{{` and `}}` are literal braces.
  const text = /f/i.test(prefix) ? raw.replace(/\{\{|\}\}/g, (pair) => pair[0] as string) : raw;
  if (/r/i.test(prefix) || !text.includes("\\")) return text;
  let unknownName = false;
  const value = text.replace(ESCAPE, (_match, escape: string) => {
    if (escape === "\n" || escape === "\r" || escape === "\r\n") return "";
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) return simple;
    if (/^[0-7]/.test(escape)) return String.fromCodePoint(Number.parseInt(escape, 8));
    if (escape.startsWith("N")) {
      unknownName = true;
      return "";
    }
    const code = Number.parseInt(escape.slice(1), 16);
    return code > 0x10ffff ? ((unknownName = true), "") : String.fromCodePoint(code);
  });
  return unknownName ? undefined : value;
}

function staticString(node: Node | null | undefined): Static<string> | undefined {
  if (!node) return undefined;
  const value = stringValue(node);
  return value === undefined ? unknown(node) : value;
}

function staticStringList(node: Node | null | undefined): Static<string[]> | undefined {
  if (!node) return undefined;
  if (node.type === "list" || node.type === "tuple" || node.type === "set") {
    const values: string[] = [];
    for (const child of node.namedChildren) {
      const value = child ? tagString(child) : undefined;
      if (value === undefined) return unknown(node);
      values.push(value);
    }
    return values;
  }
  if (node.type === "none") return [];
  return unknown(node);
}

function staticNumber(node: Node | null | undefined): Static<number> | undefined {
  if (!node) return undefined;
  if (node.type === "integer" && /^\d+$/.test(node.text)) return integerValue(node.text);
  return unknown(node);
}

/**
 * A Python integer literal (decimal digits) as a finite double: one beyond a double's range (Python's int has none)
 * becomes the largest double, so it still compares as huge and survives JSON (the analysis cache) as the same value,
 * where Infinity would come back as null.
 */
function integerValue(digits: string): number {
  return Math.min(Number(digits), Number.MAX_VALUE);
}

function staticBoolean(node: Node | null | undefined): Static<boolean> | undefined {
  if (!node) return undefined;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  return unknown(node);
}

function staticSchedule(node: Node | null | undefined): Static<string | null> | undefined {
  if (!node) return undefined;
  if (node.type === "none") return null;
  const value = stringValue(node);
  return value === undefined ? unknown(node) : value;
}

/** Airflow's cron timetables, whose constructor keeps the expression (presets mapped) and whose validate() runs croniter. */
const CRON_TIMETABLES = new Map([
  ["airflow.timetables.trigger.CronTriggerTimetable", "CronTriggerTimetable"],
  ["airflow.timetables.interval.CronDataIntervalTimetable", "CronDataIntervalTimetable"],
]);

/**
 * The `__init__` signatures of Airflow 2.10.5's schedule timetables (airflow/timetables/trigger.py and interval.py):
 * how many positional arguments they take, their keywords, and which are required.
 */
const TIMETABLE_SIGNATURES = new Map<string, { name: string; positional: string[]; keywords: string[]; required: string[] }>([
  ["airflow.timetables.trigger.CronTriggerTimetable", { name: "CronTriggerTimetable", positional: ["cron"], keywords: ["cron", "timezone", "interval"], required: ["cron", "timezone"] }],
  // Its __init__ is CronMixin's, which CPython's message names.
  ["airflow.timetables.interval.CronDataIntervalTimetable", { name: "CronMixin", positional: ["cron", "timezone"], keywords: ["cron", "timezone"], required: ["cron", "timezone"] }],
  ["airflow.timetables.interval.DeltaDataIntervalTimetable", { name: "DeltaDataIntervalTimetable", positional: ["delta"], keywords: ["delta"], required: ["delta"] }],
]);

/**
 * DagArgument.timetableTypeError: the TypeError CPython raises for a call of one of Airflow's timetables
 * (TIMETABLE_SIGNATURES, directly or through a module-level name bound once) that its `__init__` does not take: too
 * many positional arguments (`CronTriggerTimetable("@daily", "UTC")`: its timezone is keyword-only), an unknown
 * keyword (`run_immediately=`, Airflow 2.11+), a required argument missing (`timezone`). Not judged with a splat.
 * A call nested in the arguments of another call the value makes is judged too (`DatasetOrTimeSchedule(timetable=
 * CronTriggerTimetable("0 0 * * *"), datasets=[...])`): Python evaluates it first, at import.
 */
function timetableTypeError(node: Node, ctx: FileContext, depth = 0): string | undefined {
  const call = node.type === "identifier" ? followName(node, ctx) : node;
  if (call?.type !== "call" || depth > 6) return undefined;
  const written = calleeName(call.childForFieldName("function"));
  const signature = written ? TIMETABLE_SIGNATURES.get(resolveName(written, ctx)) : undefined;
  if (!signature || written === undefined) {
    for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
      const value = arg?.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
      const error = value ? timetableTypeError(value, ctx, depth + 1) : undefined;
      if (error) return error;
    }
    return undefined;
  }
  // The name defined again in the file (a subclass or a wrapper of the same name) is not Airflow's class.
  const first = firstPart(written);
  if (ctx.reboundAliases.has(first) || definedInFile(first, ctx)) return undefined;
  const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== "comment");
  if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
  const { positional, keywords } = callArguments(call);
  const where = `${signature.name}.__init__()`;
  if (positional.length > signature.positional.length) {
    return `${where} takes ${signature.positional.length + 1} positional arguments but ${positional.length + 1} were given`;
  }
  for (const keyword of keywords.keys()) if (!signature.keywords.includes(keyword)) return `${where} got an unexpected keyword argument '${keyword}'`;
  const given = new Set([...signature.positional.slice(0, positional.length), ...keywords.keys()]);
  const missing = signature.required.filter((name) => !given.has(name));
  if (missing.length === 0) return undefined;
  const keywordOnly = missing.filter((name) => !signature.positional.includes(name));
  const kind = keywordOnly.length === missing.length ? "keyword-only argument" : "positional argument";
  return `${where} missing ${missing.length} required ${kind}${missing.length > 1 ? "s" : ""}: ${missing.map((m) => `'${m}'`).join(" and ")}`;
}

/**
 * `CronTriggerTimetable("0 3 * * *", timezone=...)` or `CronDataIntervalTimetable(cron=...)` (directly or through a
 * module-level name bound once) with a static expression: the class's short name and the expression.
 */
function cronTimetable(node: Node, ctx: FileContext): { timetableClass: string; timetableCron: string } | undefined {
  const call = node.type === "identifier" ? followName(node, ctx) : node;
  if (call?.type !== "call") return undefined;
  const written = calleeName(call.childForFieldName("function"));
  const timetableClass = written ? CRON_TIMETABLES.get(resolveName(written, ctx)) : undefined;
  if (!timetableClass) return undefined;
  const { positional, keywords } = callArguments(call);
  const expression = keywords.get("cron") ?? positional[0];
  const cron = expression ? strOnly(moduleString(expression, ctx, { file: false })) : undefined;
  return cron === undefined ? undefined : { timetableClass, timetableCron: cron };
}

/**
 * The call of one of Airflow's timetable classes `resolved` (a dotted name) that `node` is, directly or through a
 * module-level name bound once, and not a name the file defines again; else undefined.
 */
function airflowTimetableCall(node: Node, resolved: string, ctx: FileContext): Node | undefined {
  const call = followName(node, ctx) ?? node;
  if (call.type !== "call") return undefined;
  const written = calleeName(call.childForFieldName("function"));
  const first = (written === undefined ? undefined : firstPart(written)) as string;
  if (written === undefined || ctx.reboundAliases.has(first) || definedInFile(first, ctx)) return undefined;
  return resolveName(written, ctx) === resolved ? call : undefined;
}

/**
 * The class of a timetable limited to one active run: `ContinuousTimetable()` (airflow/timetables/simple.py at 2.10.5;
 * `active_runs_limit = 1`), or a `DatasetOrTimeSchedule(timetable=ContinuousTimetable(), ...)`, which copies that
 * limit: `DAG.__init__` then refuses a max_active_runs above 1, as for "@continuous". Undefined otherwise.
 */
function continuousTimetable(node: Node, ctx: FileContext): "ContinuousTimetable" | "DatasetOrTimeSchedule" | undefined {
  if (airflowTimetableCall(node, "airflow.timetables.simple.ContinuousTimetable", ctx)) return "ContinuousTimetable";
  const both = airflowTimetableCall(node, "airflow.timetables.datasets.DatasetOrTimeSchedule", ctx);
  const inner = both ? callArguments(both).keywords.get("timetable") : undefined;
  return inner !== undefined && airflowTimetableCall(inner, "airflow.timetables.simple.ContinuousTimetable", ctx) ? "DatasetOrTimeSchedule" : undefined;
}

/** DagArgument.timetableClass of a timetable limited to one active run (continuousTimetable), else undefined. */
function continuousClass(timetableClass: string | undefined): { timetableClass: string } | undefined {
  return timetableClass === undefined ? undefined : { timetableClass };
}

/** The interval given to `DeltaDataIntervalTimetable(delta)` (positional or `delta=`), else undefined. */
function deltaTimetableInterval(node: Node, ctx: FileContext): Node | undefined {
  const call = airflowTimetableCall(node, "airflow.timetables.interval.DeltaDataIntervalTimetable", ctx);
  if (!call) return undefined;
  const { positional, keywords } = callArguments(call);
  return keywords.get("delta") ?? positional[0];
}

/**
 * A float literal's value (`1.5`, `2.0`, `-0.5`, `1e3`; not a complex `1j`), else undefined. Kept apart from
 * literalValue's integers: Python's type checks tell `2.0` from `2` (BaseOperator's `pool_slots=2.0` is a TypeError).
 */
function floatLiteral(node: Node): number | undefined {
  const operand = node.type === "unary_operator" && node.text.trimStart().startsWith("-") ? node.namedChildren[0] : node;
  if (operand?.type !== "float" || /[jJ]/.test(operand.text)) return undefined;
  const value = Number(operand.text.replace(/_/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return operand === node ? value : -value;
}

/**
 * The literal fields of a value: `literal` (literalValue; with `ctx`, also an integer expression: integerExpression),
 * or a float's value with `valueType: "float"`; else none.
 */
function literalFields(node: Node, ctx?: FileContext): { literal?: string | number | boolean | null; valueType?: "float" } {
  const plain = literalValue(node);
  const literal = plain === undefined && ctx ? integerExpression(node, ctx) : plain;
  if (literal !== undefined) return { literal };
  const float = floatLiteral(node);
  return float === undefined ? {} : { literal: float, valueType: "float" };
}

/**
 * The value of an integer expression as Python computes it at import: integer literals, module-level names bound
 * once to one (followName), unary minus, parentheses, and `+`, `-`, `*`, `//` of those (`60 * 60`, `TIMEOUT_SECONDS`,
 * `2 * HOUR`); undefined for anything else (`/` gives a float, a call or a name bound twice is not known) or past
 * JavaScript's safe integers.
 */
function integerExpression(node: Node, ctx: FileContext, depth = 0): number | undefined {
  if (depth > 20) return undefined;
  const value = followName(node, ctx) ?? node;
  if (value !== node && value.type === "identifier") return undefined;
  const literal = literalValue(value);
  if (typeof literal === "number") return Number.isSafeInteger(literal) ? literal : undefined;
  if (literal !== undefined) return undefined;
  if (value.type === "parenthesized_expression") {
    const inner = value.namedChildren.filter((c) => c.type !== "comment");
    return inner.length === 1 ? integerExpression(inner[0] as Node, ctx, depth + 1) : undefined;
  }
  if (value.type === "unary_operator" && value.text.trimStart().startsWith("-")) {
    const operand = value.childForFieldName("argument");
    const inner = operand ? integerExpression(operand, ctx, depth + 1) : undefined;
    return inner === undefined ? undefined : -inner;
  }
  if (value.type !== "binary_operator") return undefined;
  const left = value.childForFieldName("left");
  const right = value.childForFieldName("right");
  const operator = value.childForFieldName("operator")?.type;
  const a = left ? integerExpression(left, ctx, depth + 1) : undefined;
  const b = right ? integerExpression(right, ctx, depth + 1) : undefined;
  if (a === undefined || b === undefined) return undefined;
  const result = operator === "+" ? a + b : operator === "-" ? a - b : operator === "*" ? a * b : operator === "//" && b !== 0 ? Math.floor(a / b) : undefined;
  return result !== undefined && Number.isSafeInteger(result) ? result : undefined;
}

/**
 * The type of a `+` of two collection displays of one type (tuples or lists, directly or through module-level names
 * bound once) when the result holds anything: `BASE_TAGS + ("daily",)` is a tuple. Else undefined.
 */
function concatenationType(node: Node, ctx: FileContext, depth = 0): "tuple" | "list" | undefined {
  const value = followName(node, ctx) ?? node;
  if (depth > 20 || value.type !== "binary_operator" || value.childForFieldName("operator")?.type !== "+") return undefined;
  const side = (operand: Node | null): { type: "tuple" | "list"; items: boolean } | undefined => {
    if (!operand) return undefined;
    const followed = followName(operand, ctx) ?? operand;
    if (followed.type === "tuple" || followed.type === "list") {
      const items = followed.namedChildren.filter((c) => c.type !== "comment");
      if (items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat")) return undefined;
      return { type: followed.type, items: items.length > 0 };
    }
    const nested = concatenationType(followed, ctx, depth + 1);
    return nested ? { type: nested, items: true } : undefined;
  };
  const a = side(value.childForFieldName("left"));
  const b = side(value.childForFieldName("right"));
  return a && b && a.type === b.type && (a.items || b.items) ? a.type : undefined;
}

/** A plain literal's value (integer, string, True/False, None), else undefined. */
function literalValue(node: Node): string | number | boolean | null | undefined {
  if (node.type === "integer") return /^\d+$/.test(node.text) ? integerValue(node.text) : undefined;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  if (node.type === "none") return null;
  if (node.type === "unary_operator" && /^-\s*\d+$/.test(node.text)) return -integerValue(node.text.replace(/^-\s*/, ""));
  return node.type === "string" || node.type === "concatenated_string" ? stringValue(node) : undefined;
}

/**
 * Every argument of a call with the span of its value (keyword name, `#N` positional, `*`/`**` splats). With `ctx`, a
 * `**NAME` splat of a module-level dict whose keys are all known (see splatEntries) stands for its entries, each with
 * the span of its value in the dict.
 */
function argumentSpans(call: Node | undefined, ctx?: FileContext): DagArgument[] {
  const spans: DagArgument[] = [];
  let index = 0;
  const push = (name: string, valueNode: Node): void => {
    const plain = literalValue(valueNode);
    const literal = plain === undefined && ctx ? integerExpression(valueNode, ctx) : plain;
    // Compared, not matched with a RegExp: this runs for every argument of every DAG.
    const schedule = name === "schedule" || name === "schedule_interval" || name === "timetable";
    const truthy = ctx && (schedule || name === "start_date") ? truthiness(valueNode, ctx, 0) : undefined;
    const schedulable = ctx && schedule ? schedulableValue(valueNode, ctx, 0) : undefined;
    const scheduling = ctx !== undefined && schedule;
    const deltaOfTimetable = ctx && scheduling ? deltaTimetableInterval(valueNode, ctx) : undefined;
    const length = ctx && (deltaOfTimetable || name === "schedule" || name === "schedule_interval") ? intervalMicroseconds(deltaOfTimetable ?? valueNode, ctx, 0) : undefined;
    const notPositive = length !== undefined && length <= 0;
    const timetable = ctx && scheduling ? (cronTimetable(valueNode, ctx) ?? continuousClass(continuousTimetable(valueNode, ctx))) : undefined;
    const notDatetime = ctx && (name === "start_date" || name === "end_date") ? notADatetime(valueNode, ctx) : undefined;
    const valueType = ctx ? (pythonValueType(followName(valueNode, ctx) ?? valueNode) ?? concatenationType(valueNode, ctx)) : undefined;
    const tzAware = ctx && name === "start_date" && isTzAware(valueNode, ctx);
    const badLink = ctx && name === "owner_links" ? invalidOwnerLink(followName(valueNode, ctx) ?? valueNode) : undefined;
    const literalItem = ctx && name === "schedule" ? literalScheduleItem(valueNode, ctx) : undefined;
    const timetableCall = ctx && (name === "schedule" || name === "timetable") ? timetableTypeError(valueNode, ctx) : undefined;
    const built = ctx ? constructionError(valueNode, ctx) : undefined;
    const nonStringTag = ctx && name === "tags" ? nonStringTagOf(valueNode, ctx) : undefined;
    // Set one by one, in the order (and so the key order) the spreads of `{ ...(x ? { x } : {}) }` gave: those made
    // an object per part, ~20 ms over the bench's DAGs.
    const span: DagArgument = {
      name,
      line: valueNode.startPosition.row + 1,
      column: valueNode.startPosition.column + 1,
      endLine: valueNode.endPosition.row + 1,
      endColumn: valueNode.endPosition.column + 1,
    };
    if (literal !== undefined) span.literal = literal;
    if (truthy !== undefined) span.truthy = truthy;
    if (schedulable !== undefined) span.schedulable = schedulable;
    if (notPositive) span.notPositiveInterval = true;
    if (timetable) Object.assign(span, timetable);
    if (notDatetime) span.notDatetime = notDatetime;
    if (valueType) span.valueType = valueType;
    if (tzAware) span.tzAware = true;
    if (badLink !== undefined) span.badLink = badLink;
    if (literalItem !== undefined) span.literalItem = literalItem;
    if (timetableCall !== undefined) span.timetableTypeError = timetableCall;
    if (built !== undefined) span.constructionError = built;
    if (nonStringTag !== undefined) span.nonStringTag = nonStringTag;
    spans.push(span);
  };
  for (const arg of call?.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") push(arg.childForFieldName("name")?.text ?? "?", arg.childForFieldName("value") ?? arg);
    else if (arg.type === "dictionary_splat") {
      const entries = ctx ? splatEntries(arg, ctx) : undefined;
      if (entries) for (const entry of entries) push(entry.name, entry.value);
      else push("**", arg);
    } else if (arg.type === "list_splat") push("*", arg);
    else push(`#${index++}`, arg);
  }
  return spans;
}

/**
 * DagArgument.notDatetime: a string, or a date: a `datetime.date`/`pendulum.date`/`date.today()` call, or `.date()` of a datetime this
 * module certainly makes (`pendulum.datetime(...).date()`, `datetime.now().date()`), directly or through a module name.
 */
function notADatetime(node: Node, ctx: FileContext): "str" | "date" | undefined {
  const value = followName(node, ctx);
  if (!value) return undefined;
  // An empty string is false: DAG() skips it (`if start_date and start_date.tzinfo`, convert_to_utc of a false value).
  if (value.type === "string" || value.type === "concatenated_string") return stringValue(value) === "" ? undefined : "str";
  if (value.type !== "call") return undefined;
  const fn = value.childForFieldName("function");
  if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "date" && (value.childForFieldName("arguments")?.namedChildren.length ?? 1) === 0) {
    const receiver = followName(fn.childForFieldName("object") ?? undefined, ctx);
    const made = receiver?.type === "call" ? calleeName(receiver.childForFieldName("function")) : undefined;
    return made !== undefined && DATETIME_MAKERS.has(resolveName(made, ctx)) ? "date" : undefined;
  }
  const written = calleeName(fn);
  const resolved = written ? resolveName(written, ctx) : undefined;
  return resolved !== undefined && DATE_MAKERS.has(resolved) ? "date" : undefined;
}

/** Calls that return a date without a time (`date.today()` too: today's date, no time of day). */
const DATE_MAKERS = new Set(["datetime.date", "pendulum.date", "datetime.date.today", "datetime.date.fromisoformat", "datetime.date.fromordinal", "datetime.date.fromtimestamp"]);

/** Calls that return a datetime (pendulum's DateTime is one): their `.date()` is a date. */
const DATETIME_MAKERS = new Set(["pendulum.datetime", "pendulum.now", "pendulum.today", "pendulum.yesterday", "pendulum.tomorrow", "pendulum.parse", "datetime.datetime", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today"]);

/**
 * DagArgument.valueType of a syntax node: a float literal or a `.total_seconds()` call (timedelta's, a float), a bytes
 * literal, or a non-empty list, tuple, set or dict display without splats.
 */
function pythonValueType(node: Node): DagArgument["valueType"] {
  if (node.type === "float") return "float";
  if (node.type === "string" && stringPrefix(node) === undefined) return "bytes";
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c && c.type !== "comment") ?? [];
    return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "total_seconds" && args.length === 0 ? "float" : undefined;
  }
  const type = node.type === "dictionary" ? "dict" : node.type === "list" || node.type === "tuple" || node.type === "set" ? node.type : undefined;
  if (!type) return undefined;
  const items = node.namedChildren.filter((c) => c && c.type !== "comment");
  return items.length > 0 && !items.some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat" || c?.type === "parenthesized_list_splat") ? type : undefined;
}

/**
 * DagArgument.literalItem: the Python type of the first item of a `schedule=` list, tuple or set display (directly
 * or through a module-level name bound once) that is a plain literal (a string, number, bool, None, set; items that
 * are names are followed the same way). `DAG()` takes a collection as datasets only.
 */
function literalScheduleItem(node: Node, ctx: FileContext): string | undefined {
  const value = followName(node, ctx) ?? node;
  if (value.type !== "list" && value.type !== "tuple" && value.type !== "set") return undefined;
  for (const item of value.namedChildren) {
    if (!item || item.type === "comment") continue;
    const followed = followName(item, ctx) ?? item;
    if (followed.type === "string" && stringPrefix(followed) === undefined) return "bytes";
    const type = PYTHON_LITERAL_TYPES[followed.type];
    if (type) return type;
  }
  return undefined;
}

/**
 * DagArgument.nonStringTag: the Python type of the first item of a `tags=` list or tuple display (directly or through
 * a module-level name bound once) that is a literal other than a string (an int, a float, True/False, None), when
 * every item before it is a string of at most 100 characters: `DAG.__init__` begins with `any(len(tag) > TAG_MAX_LEN
 * for tag in tags)` (airflow/models/dag.py at 2.10.5), so `len()` of it raises TypeError. A set's order is Python's.
 */
function nonStringTagOf(node: Node, ctx: FileContext): string | undefined {
  const value = followName(node, ctx) ?? node;
  if (value.type !== "list" && value.type !== "tuple") return undefined;
  for (const item of value.namedChildren) {
    if (!item || item.type === "comment") continue;
    const followed = followName(item, ctx) ?? item;
    const text = tagString(followed);
    if (text !== undefined) {
      if (text.length > 100) return undefined;
      continue;
    }
    const type = followed.type === "float" ? "float" : PYTHON_LITERAL_TYPES[followed.type];
    return type === "int" || type === "float" || type === "bool" || type === "NoneType" ? type : undefined;
  }
  return undefined;
}

/** A tag's static string: a literal, or a literal repeated by an integer literal (`"x" * 101`, as Python computes it). */
function tagString(node: Node): string | undefined {
  const plain = stringValue(node);
  if (plain !== undefined || node.type !== "binary_operator" || node.childForFieldName("operator")?.type !== "*") return plain;
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  const [text, times] = left?.type === "integer" ? [right, left] : [left, right];
  const repeated = text ? stringValue(text) : undefined;
  const count = times ? literalValue(times) : undefined;
  if (repeated === undefined || typeof count !== "number" || count * repeated.length > 10_000) return undefined;
  return count <= 0 ? "" : repeated.repeat(count);
}

/**
 * DagArgument.tzAware: `pendulum.datetime(...)` with no `tz` (UTC) or a zone name, `datetime(..., tzinfo=...)` with a
 * zone object (an attribute such as `timezone.utc` or a call), directly or through a module-level name bound once.
 */
function isTzAware(node: Node, ctx: FileContext): boolean {
  const value = followName(node, ctx);
  if (value?.type !== "call") return false;
  const written = calleeName(value.childForFieldName("function"));
  const resolved = written ? resolveName(written, ctx) : undefined;
  const { positional, keywords } = callArguments(value);
  if (resolved === "pendulum.datetime") {
    const tz = keywords.get("tz") ?? positional[7];
    if (!tz) return !(value.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat");
    return tz.type === "string" && !!stringValue(tz);
  }
  if (resolved === "datetime.datetime") {
    const tz = keywords.get("tzinfo") ?? positional[7];
    return tz?.type === "attribute" || tz?.type === "call";
  }
  const splat = (value.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat");
  // airflow/utils/timezone.py at 2.10.5: datetime() adds settings.TIMEZONE unless `tzinfo` is given; parse() and
  // utcnow() are aware; airflow/utils/dates.py: days_ago() is utcnow() shifted; pendulum.parse without `tz=` is UTC.
  if (resolved === "airflow.utils.timezone.datetime") return !splat && !keywords.has("tzinfo") && positional.length < 8;
  if (resolved === "airflow.utils.dates.days_ago" || resolved === "airflow.utils.timezone.utcnow" || resolved === "airflow.utils.timezone.parse") return !splat && (resolved !== "airflow.utils.timezone.parse" || (!keywords.has("timezone") && positional.length === 1));
  if (resolved === "pendulum.parse") return !splat && positional.length === 1 && keywords.size === 0;
  return false;
}

/** Calls building a date or datetime from its parts, with how many parts they take (year, month, day, hour...). */
const DATE_PART_CALLS = new Map([
  ["datetime.datetime", 7],
  ["datetime.date", 3],
  ["pendulum.datetime", 7],
  ["pendulum.date", 3],
  ["airflow.utils.timezone.datetime", 7],
]);
const DATE_PARTS = ["year", "month", "day", "hour", "minute", "second", "microsecond"];
/** datetime.timedelta's components in the order CPython's delta_new converts them (its TypeError names the first bad one). */
const TIMEDELTA_POSITIONAL = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const TIMEDELTA_ORDER = ["microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "weeks"];
/** The public attributes of the stdlib's date classes (Python 3.11 `dir()`): any other is an AttributeError. */
const DATETIME_CLASS_ATTRIBUTES: Record<string, string[]> = {
  "datetime.datetime": ["astimezone", "combine", "ctime", "date", "day", "dst", "fold", "fromisocalendar", "fromisoformat", "fromordinal", "fromtimestamp", "hour", "isocalendar", "isoformat", "isoweekday", "max", "microsecond", "min", "minute", "month", "now", "replace", "resolution", "second", "strftime", "strptime", "time", "timestamp", "timetuple", "timetz", "today", "toordinal", "tzinfo", "tzname", "utcfromtimestamp", "utcnow", "utcoffset", "utctimetuple", "weekday", "year"],
  "datetime.date": ["ctime", "day", "fromisocalendar", "fromisoformat", "fromordinal", "fromtimestamp", "isocalendar", "isoformat", "isoweekday", "max", "min", "month", "replace", "resolution", "strftime", "timetuple", "today", "toordinal", "weekday", "year"],
};

/**
 * DagArgument.constructionError: the exception Python raises evaluating a value before `DAG()` or a task gets it,
 * as CPython's datetime module (Python 3.11) and pendulum 2.1 word it: a `datetime(...)`, `date(...)`,
 * `pendulum.datetime(...)`, `pendulum.date(...)` or Airflow's `timezone.datetime(...)` call whose integer literal parts
 * are out of range (`ValueError: month must be in 1..12`, `day is out of range for month`, leap years included), a
 * `timedelta(...)` given a string component (`TypeError: unsupported type for timedelta hours component: str`), a
 * call through an attribute the imported class lacks (`datetime.datetime(...)` after `from datetime import datetime`:
 * AttributeError). Looked for in the value, operands of `+`/`-`, a method call's receiver and any call's arguments
 * (all evaluated), directly or through module-level names bound once; a part that is no integer literal leaves its
 * call unjudged, and a name the file defines again is not the import's.
 */
function constructionError(node: Node, ctx: FileContext, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const value = followName(node, ctx) ?? node;
  if (!/date|delta|Dataset|[|&]/.test(value.text)) return undefined;
  if (value.type === "parenthesized_expression") {
    const inner = value.namedChildren.filter((c) => c.type !== "comment");
    return inner.length === 1 ? constructionError(inner[0] as Node, ctx, depth + 1) : undefined;
  }
  if (value.type === "binary_operator") {
    for (const side of [value.childForFieldName("left"), value.childForFieldName("right")]) {
      const error = side ? constructionError(side, ctx, depth + 1) : undefined;
      if (error) return error;
    }
    return datasetOperatorError(value, ctx);
  }
  if (value.type !== "call") return undefined;
  const fn = value.childForFieldName("function");
  const written = calleeName(fn);
  if (written === undefined) {
    const receiver = fn?.type === "attribute" ? fn.childForFieldName("object") : undefined;
    const error = receiver ? constructionError(receiver, ctx, depth + 1) : undefined;
    if (error) return error;
  } else {
    const first = firstPart(written);
    const own = ctx.reboundAliases.has(first) || definedInFile(first, ctx);
    const resolved = own ? undefined : resolveName(written, ctx);
    const error = resolved === undefined ? undefined : callError(value, written, resolved, ctx);
    if (error) return error;
  }
  const args = (value.childForFieldName("arguments")?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== "comment");
  for (const arg of args) {
    const inner = arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg.type === "list_splat" || arg.type === "dictionary_splat" ? undefined : arg;
    const error = inner ? constructionError(inner, ctx, depth + 1) : undefined;
    if (error) return error;
  }
  return undefined;
}

/** Airflow 2's dataset classes (airflow/datasets/__init__.py at 2.10.5), which `|` and `&` combine. */
const DATASET_CLASSES = new Map([
  ["airflow.datasets.Dataset", "Dataset"],
  ["airflow.Dataset", "Dataset"],
  ["airflow.datasets.DatasetAlias", "DatasetAlias"],
  ["airflow.datasets.DatasetAny", "DatasetAny"],
  ["airflow.datasets.DatasetAll", "DatasetAll"],
]);

/**
 * The Python type of an operand of `|`/`&` when certain, and whether it is one of Airflow 2's datasets: a call of a
 * DATASET_CLASSES class (not one the file defines again), `|`/`&` of two datasets (DatasetAny, DatasetAll: what
 * BaseDataset's `__or__`/`__and__` return), a plain literal; a module-level name bound once is followed.
 */
function operandType(node: Node, ctx: FileContext, depth: number): { type: string; dataset: boolean } | undefined {
  if (depth > 6) return undefined;
  const value = followName(node, ctx) ?? node;
  switch (value.type) {
    case "parenthesized_expression": {
      const inner = value.namedChildren.filter((c) => c.type !== "comment");
      return inner.length === 1 ? operandType(inner[0] as Node, ctx, depth + 1) : undefined;
    }
    case "binary_operator": {
      const operator = value.childForFieldName("operator")?.type;
      const left = value.childForFieldName("left");
      const right = value.childForFieldName("right");
      if ((operator !== "|" && operator !== "&") || !left || !right) return undefined;
      const both = operandType(left, ctx, depth + 1)?.dataset && operandType(right, ctx, depth + 1)?.dataset;
      return both ? { type: operator === "|" ? "DatasetAny" : "DatasetAll", dataset: true } : undefined;
    }
    case "call": {
      const written = calleeName(value.childForFieldName("function"));
      const first = (written === undefined ? undefined : firstPart(written)) as string;
      if (written === undefined || ctx.reboundAliases.has(first) || definedInFile(first, ctx)) return undefined;
      const type = DATASET_CLASSES.get(resolveName(written, ctx));
      return type === undefined ? undefined : { type, dataset: true };
    }
    case "string":
    case "concatenated_string": {
      const start = value.type === "string" ? value : value.namedChildren[0];
      return { type: start && stringPrefix(start) === undefined ? "bytes" : "str", dataset: false };
    }
    default: {
      const type = PYTHON_LITERALS[value.type];
      return type === undefined ? undefined : { type, dataset: false };
    }
  }
}

/**
 * The TypeError of `|`/`&` between one of Airflow 2's datasets and a value that is none (`Dataset("s3://a") |
 * "s3://b"`, either order): BaseDataset's `__or__`/`__and__` return NotImplemented for it and no operand has a
 * reflected method, so CPython raises "unsupported operand type(s) for |: 'Dataset' and 'str'". Else undefined.
 */
function datasetOperatorError(node: Node, ctx: FileContext): string | undefined {
  const operator = node.childForFieldName("operator")?.type;
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if ((operator !== "|" && operator !== "&") || !left || !right) return undefined;
  const a = operandType(left, ctx, 0);
  const b = a ? operandType(right, ctx, 0) : undefined;
  if (!a || !b || a.dataset === b.dataset) return undefined;
  return `TypeError: unsupported operand type(s) for ${operator}: '${a.type}' and '${b.type}'`;
}

/**
 * Whether the file's source defines `name` itself anywhere (`class name`, `def name`, `name = ...`), a text scan, so
 * the name is not taken for the import it shadows. Once per name and file (ctx.sourceScans): asked at every DAG's
 * arguments, a scan each made files of thousands of DAGs quadratic.
 */
function definedInFile(name: string, ctx: FileContext): boolean {
  const key = `defined ${name}`;
  const known = ctx.sourceScans?.get(key);
  if (known !== undefined) return known === 1;
  const answer = IDENTIFIER.test(name) ? definesWord(ctx.source, name) : new RegExp(`\\b(class|def)\\s+${name}\\b|\\b${name}\\s*=(?!=)`).test(ctx.source);
  (ctx.sourceScans ??= new Map()).set(key, answer ? 1 : 0);
  return answer;
}

/**
 * Whether `/\b(class|def)\s+NAME\b|\bNAME\s*=(?!=)/` matches `source` (NAME: an IDENTIFIER), judged at each occurrence
 * of the name instead of tried at every position (~25 ms over the bench's files, for a few names each): one preceded
 * by no word character and followed by spaces and an `=` that starts no `==`, or followed by no word character and
 * preceded by spaces after a whole word `class` or `def`. `\s` is JavaScript's (isSpaceCode).
 */
function definesWord(source: string, name: string): boolean {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    if (isWordCode(source.charCodeAt(at - 1))) continue;
    let next = at + name.length;
    const wordEnds = !isWordCode(source.charCodeAt(next));
    while (isSpaceCode(source.charCodeAt(next))) next++;
    if (source.charCodeAt(next) === 0x3d && source.charCodeAt(next + 1) !== 0x3d) return true;
    if (!wordEnds) continue;
    let before = at - 1;
    while (isSpaceCode(source.charCodeAt(before))) before--;
    if (before === at - 1) continue;
    for (const keyword of ["class", "def"]) {
      const start = before - keyword.length + 1;
      if (start >= 0 && source.startsWith(keyword, start) && !isWordCode(source.charCodeAt(start - 1))) return true;
    }
  }
  return false;
}


/** How many lines of the file's source import a name `name` (`import name`, `from m import a, name`); once per name and file. */
function importLinesOf(name: string, ctx: FileContext): number {
  const key = `imported ${name}`;
  const known = ctx.sourceScans?.get(key);
  if (known !== undefined) return known;
  const answer = ctx.source.match(new RegExp(`^[ \\t]*(?:from\\s+[\\w.]+\\s+)?import\\s[^\\n#]*\\b${name}\\b`, "gm"))?.length ?? 0;
  (ctx.sourceScans ??= new Map()).set(key, answer);
  return answer;
}

/** The error of one call constructionError judges by its resolved callee, else undefined. */
function callError(call: Node, written: string, resolved: string, ctx: FileContext): string | undefined {
  // `datetime.datetime(...)` where the file imported the class as `datetime`: the class has no such attribute.
  const alias = ctx.aliases.get(firstPart(written));
  const attributes = alias === undefined ? undefined : DATETIME_CLASS_ATTRIBUTES[alias];
  // Only where one import line binds the name: a function's own `import datetime` would make it the module there
  // (counted last, only for such an attribute: a scan of the file per name).
  if (attributes && written.includes(".") && importLinesOf(firstPart(written), ctx) === 1) {
    const attribute = written.split(".")[1] as string;
    return attributes.includes(attribute) || attribute.startsWith("_") ? undefined : `AttributeError: type object '${alias}' has no attribute '${attribute}'`;
  }
  const condition = datasetConditionError(call, resolved, ctx);
  if (condition) return condition;
  const { positional, keywords, splat } = callArguments(call);
  if (splat) return undefined;
  if (resolved === "datetime.timedelta") {
    if (positional.length > TIMEDELTA_POSITIONAL.length) return undefined;
    const given = new Map<string, Node>(positional.map((p, i) => [TIMEDELTA_POSITIONAL[i] as string, p]));
    for (const [name, node] of keywords) given.set(name, node);
    for (const component of TIMEDELTA_ORDER) {
      const node = given.get(component);
      if (node && (node.type === "string" || node.type === "concatenated_string") && stringValue(node) !== undefined) return `TypeError: unsupported type for timedelta ${component} component: str`;
    }
    return undefined;
  }
  const count = DATE_PART_CALLS.get(resolved);
  if (count === undefined) return undefined;
  const parts: number[] = [];
  for (let i = 0; i < count; i++) {
    const name = DATE_PARTS[i] as string;
    const node = keywords.get(name) ?? positional[i];
    if (!node) {
      if (i < 3) return undefined; // a missing year, month or day is a TypeError of another wording
      break;
    }
    const part = integerExpression(node, ctx);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  const [year, month, day, hour, minute, second, microsecond] = parts as [number, number, number, number?, number?, number?, number?];
  if (year < 1 || year > 9999) return `ValueError: year ${year} is out of range`;
  if (month < 1 || month > 12) return "ValueError: month must be in 1..12";
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  if (day < 1 || day > days) return "ValueError: day is out of range for month";
  if (hour !== undefined && (hour < 0 || hour > 23)) return "ValueError: hour must be in 0..23";
  if (minute !== undefined && (minute < 0 || minute > 59)) return "ValueError: minute must be in 0..59";
  if (second !== undefined && (second < 0 || second > 59)) return "ValueError: second must be in 0..59";
  if (microsecond !== undefined && (microsecond < 0 || microsecond > 999999)) return "ValueError: microsecond must be in 0..999999";
  return undefined;
}

/**
 * The TypeError of a dataset condition given something that is no dataset (airflow/datasets/__init__.py at 2.10.5,
 * `_DatasetBooleanCondition.__init__`): `DatasetAny("s3://a", "s3://b")`, `DatasetAll(*["s3://a"])`, and
 * `DatasetOrTimeSchedule(..., datasets=["s3://a"])` (airflow/timetables/datasets.py: a collection becomes
 * `DatasetAll(*datasets)`; a string is a collection of its characters). Judged on items that are plain literals
 * (operandType), directly or through module-level names bound once; else undefined.
 */
function datasetConditionError(call: Node, resolved: string, ctx: FileContext): string | undefined {
  const error = "TypeError: expect dataset expressions in condition";
  const notDataset = (item: Node): boolean => operandType(item, ctx, 0)?.dataset === false;
  const itemsOf = (node: Node): Node[] | undefined => {
    const value = followName(node, ctx) ?? node;
    if (value.type !== "list" && value.type !== "tuple" && value.type !== "set") return undefined;
    return value.namedChildren.filter((c) => c.type !== "comment");
  };
  if (resolved === "airflow.datasets.DatasetAny" || resolved === "airflow.datasets.DatasetAll") {
    for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg || arg.type === "comment" || arg.type === "keyword_argument" || arg.type === "dictionary_splat") continue;
      const inner = arg.type === "list_splat" ? arg.namedChildren[0] : undefined;
      const items = arg.type === "list_splat" ? (inner ? itemsOf(inner) : undefined) : [arg];
      if (items?.some((i) => i.type !== "list_splat" && notDataset(i))) return error;
    }
    return undefined;
  }
  if (resolved !== "airflow.timetables.datasets.DatasetOrTimeSchedule") return undefined;
  const datasets = callArguments(call).keywords.get("datasets");
  if (!datasets) return undefined;
  const followed = followName(datasets, ctx) ?? datasets;
  if (followed.type === "string" || followed.type === "concatenated_string") return stringValue(followed) ? error : undefined;
  return itemsOf(datasets)?.some((i) => i.type !== "list_splat" && notDataset(i)) ? error : undefined;
}

/**
 * DagArgument.badLink: the first value of an owner_links dict literal that `DAG()` refuses (airflow/models/dag.py at
 * 2.10.5, iter_invalid_owner_links with urllib's urlsplit): no scheme or no host, or `mailto:` with nothing after it.
 * Values other than plain strings, and anything urlsplit itself may refuse (brackets), are not judged.
 */
function invalidOwnerLink(node: Node): string | undefined {
  if (node.type !== "dictionary") return undefined;
  for (const pair of node.namedChildren) {
    if (pair?.type !== "pair") continue;
    const valueNode = pair.childForFieldName("value");
    const link = valueNode ? stringValue(valueNode) : undefined;
    if (link === undefined || /[[\]]/.test(link)) continue;
    // urlsplit strips leading C0 controls and spaces and removes tabs and newlines (Python 3.11).
    let first = 0;
    while (first < link.length && link.charCodeAt(first) <= 0x20) first++;
    const url = link.slice(first).replace(/[\t\r\n]/g, "");
    const colon = url.indexOf(":");
    const scheme = colon > 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(url.slice(0, colon)) ? url.slice(0, colon).toLowerCase() : "";
    const rest = scheme ? url.slice(colon + 1) : url;
    if (scheme === "mailto") {
      if (rest.split(/[?#]/)[0] === "") return link;
      continue;
    }
    const netloc = rest.startsWith("//") ? (rest.slice(2).split(/[/?#]/)[0] ?? "") : "";
    if (!scheme || !netloc) return link;
  }
  return undefined;
}

/** Classes whose objects are always true in Python: datasets (`BaseDataset.__bool__`) and timetables (no `__bool__`). */
const TRUTHY_CLASSES = /^(Dataset|DatasetAlias|DatasetAll|DatasetAny|DatasetOrTimeSchedule|Asset|AssetAlias|AssetAll|AssetAny|AssetOrTimeSchedule|\w*Timetable)$/;
/** Interval classes that are true unless every component is zero. */
const INTERVAL_CLASSES = /^(timedelta|relativedelta|duration|Duration)$/;

/**
 * The Python truth value of an expression when it is certain (airflow/models/dag.py at 2.10.5 judges the scheduling
 * arguments with `bool(...)` in `at_most_one`, and start_date by truth value): literals, containers by their length,
 * datasets and timetables (always true), `timedelta(...)`-like intervals with a non-zero literal component, `|`/`&`
 * dataset conditions; a module-level name bound once is followed. Undefined when unknown.
 */
function truthiness(node: Node, ctx: FileContext, depth: number): boolean | undefined {
  if (depth > 4) return undefined;
  switch (node.type) {
    case "identifier": {
      const bound = moduleBinding(ctx.valueBindings, node);
      return bound ? truthiness(bound, ctx, depth + 1) : undefined;
    }
    case "none":
    case "false":
      return false;
    case "true":
      return true;
    case "integer":
    case "float":
      return /^[0._]*$/.test(node.text.replace(/[eE].*$/, "")) ? false : /^[\d._eE+-]+$/.test(node.text) ? true : undefined;
    case "string":
    case "concatenated_string": {
      const value = stringValue(node);
      return value === undefined ? undefined : value !== "";
    }
    case "list":
    case "tuple":
    case "set":
    case "dictionary": {
      const items = node.namedChildren.filter((c) => c && c.type !== "comment");
      if (items.length === 0) return false;
      return items.some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat") ? undefined : true;
    }
    case "parenthesized_expression":
      return node.namedChildren.length === 1 && node.namedChildren[0] ? truthiness(node.namedChildren[0], ctx, depth + 1) : undefined;
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      if (operator !== "|" && operator !== "&") return undefined;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      return left && right && truthiness(left, ctx, depth + 1) === true && truthiness(right, ctx, depth + 1) === true ? true : undefined;
    }
    case "call": {
      const written = calleeName(node.childForFieldName("function"));
      if (!written) return undefined;
      const name = lastPart(resolveName(written, ctx));
      if (TRUTHY_CLASSES.test(name)) return true;
      if (INTERVAL_CLASSES.test(name)) {
        // A length known from literals decides (timedelta(days=1, hours=-24) is false); else any non-zero literal
        // component makes it true (relativedelta(months=1), timedelta(hours=1, minutes=n)).
        const length = intervalMicroseconds(node, ctx, depth + 1);
        if (length !== undefined) return length !== 0;
        const values = (node.childForFieldName("arguments")?.namedChildren ?? [])
          .filter((c): c is Node => !!c && c.type !== "comment")
          .map((a) => (a.type === "keyword_argument" ? a.childForFieldName("value") : a));
        return values.some((v) => v && (v.type === "integer" || v.type === "float") && truthiness(v, ctx, depth + 1) === true) ? true : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Airflow's schedule classes whose DAG can be scheduled (`Timetable.can_be_scheduled` is true, airflow/timetables/ at
 * 2.10.5: every timetable but NullTimetable, and the DatasetTriggeredTimetable a dataset schedule makes; a
 * DatasetOrTimeSchedule copies `_can_be_scheduled`, which NullTimetable leaves true), by their last name.
 */
const SCHEDULABLE_CLASSES = new Set([
  "Dataset",
  "DatasetAlias",
  "DatasetAll",
  "DatasetAny",
  "DatasetOrTimeSchedule",
  "DatasetTriggeredTimetable",
  "Asset",
  "AssetAlias",
  "AssetAll",
  "AssetAny",
  "AssetOrTimeSchedule",
  "AssetTriggeredTimetable",
  "CronTriggerTimetable",
  "CronDataIntervalTimetable",
  "DeltaDataIntervalTimetable",
  "DeltaTriggerTimetable",
  "MultipleCronTriggerTimetable",
  "OnceTimetable",
  "ContinuousTimetable",
  "EventsTimetable",
]);
/** Intervals `create_timetable` turns into a DeltaDataIntervalTimetable (pendulum's Duration is a timedelta). */
const SCHEDULE_INTERVALS = new Set(["datetime.timedelta", "dateutil.relativedelta.relativedelta", "pendulum.duration", "pendulum.Duration"]);

/**
 * DagArgument.schedulable of a scheduling argument's value (a module-level name bound once is followed): true for a
 * non-empty string (a cron or preset, "@once" and "@continuous" too), a list, tuple or set display (datasets; an
 * empty one still makes a DatasetTriggeredTimetable), an interval, a call of one of Airflow's SCHEDULABLE_CLASSES and
 * a `&`/`|` of such values; false for None and Airflow's `NullTimetable()`; undefined otherwise (a project's own
 * timetable may turn `can_be_scheduled` off).
 */
function schedulableValue(node: Node, ctx: FileContext, depth: number): boolean | undefined {
  if (depth > 4) return undefined;
  const value = followName(node, ctx) ?? node;
  switch (value.type) {
    case "none":
      return false;
    case "string":
    case "concatenated_string": {
      const text = stringValue(value);
      return text ? true : undefined;
    }
    case "list":
    case "tuple":
    case "set":
      return true;
    case "parenthesized_expression":
      return value.namedChildren.length === 1 && value.namedChildren[0] ? schedulableValue(value.namedChildren[0], ctx, depth + 1) : undefined;
    case "binary_operator": {
      const operator = value.childForFieldName("operator")?.type;
      const left = value.childForFieldName("left");
      const right = value.childForFieldName("right");
      return (operator === "&" || operator === "|") && left && right && schedulableValue(left, ctx, depth + 1) === true && schedulableValue(right, ctx, depth + 1) === true ? true : undefined;
    }
    case "call": {
      const written = calleeName(value.childForFieldName("function"));
      if (!written) return undefined;
      const resolved = resolveName(written, ctx);
      if (SCHEDULE_INTERVALS.has(resolved)) return true;
      if (!resolved.startsWith("airflow.")) return undefined;
      const name = lastPart(resolved);
      return name === "NullTimetable" ? false : SCHEDULABLE_CLASSES.has(name) ? true : undefined;
    }
    default:
      return undefined;
  }
}

/** Microseconds per unit of `timedelta(...)` / `pendulum.duration(...)`, in their positional order (whole numbers, so
 * components that cancel out give exactly 0, as Python's timedelta does). */
const INTERVAL_UNITS: [string, number][] = [["days", 86_400e6], ["seconds", 1e6], ["microseconds", 1], ["milliseconds", 1e3], ["minutes", 60e6], ["hours", 3_600e6], ["weeks", 604_800e6]];

/**
 * The length in microseconds of an interval written with literal numbers only: `timedelta(...)`, `pendulum.duration(...)`
 * (days to weeks) or `relativedelta(...)` with no argument or only zeros (-1 for one whose relative keywords are literals
 * none above zero and one below: it goes back in time); a module-level name bound once is followed.
 * Undefined when not certain (any other argument, a variable, a year or month count).
 */
function intervalMicroseconds(node: Node, ctx: FileContext, depth: number): number | undefined {
  if (depth > 4) return undefined;
  if (node.type === "identifier") {
    const bound = moduleBinding(ctx.valueBindings, node);
    return bound ? intervalMicroseconds(bound, ctx, depth + 1) : undefined;
  }
  if (node.type !== "call") return undefined;
  const written = calleeName(node.childForFieldName("function"));
  if (!written) return undefined;
  const name = lastPart(resolveName(written, ctx));
  const isRelative = name === "relativedelta";
  if (!isRelative && !/^(timedelta|duration|Duration)$/.test(name)) return undefined;
  let total = 0;
  let position = 0;
  // relativedelta: only its relative (plural) keywords, all literals of one sign, say anything; a negative one moves
  // every date back, so `now + delta <= now` (Airflow's DeltaDataIntervalTimetable.validate): -1 stands for it.
  let backwards = false;
  for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : undefined;
    const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
    if (!value || arg.type === "list_splat" || arg.type === "dictionary_splat") return undefined;
    const number = numericLiteral(value);
    if (number === undefined) return undefined;
    if (isRelative) {
      if (number > 0 || (number < 0 && (keyword === undefined || !RELATIVEDELTA_RELATIVE.has(keyword)))) return undefined;
      if (number < 0) backwards = true;
      continue;
    }
    const unit = keyword === undefined ? INTERVAL_UNITS[position++] : INTERVAL_UNITS.find(([n]) => n === keyword);
    if (!unit) return undefined;
    total += Math.round(number * unit[1]);
  }
  return backwards ? -1 : total;
}

/** dateutil's relativedelta keywords that add to a date (the singular ones set a field instead). */
const RELATIVEDELTA_RELATIVE = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "microseconds"]);

/** An integer or float literal, possibly negated; undefined for anything else. */
function numericLiteral(node: Node): number | undefined {
  if (node.type === "unary_operator") {
    const operand = node.childForFieldName("argument");
    const sign = node.childForFieldName("operator")?.type;
    const value = operand ? numericLiteral(operand) : undefined;
    return value === undefined || (sign !== "-" && sign !== "+") ? undefined : sign === "-" ? -value : value;
  }
  if (node.type !== "integer" && node.type !== "float") return undefined;
  const value = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The entries of `**NAME` when NAME is a module-level name bound once to a dict literal with string keys only (no
 * `**` inside) or to `dict(key=value, ...)`, or of `**{...}` written in the call: what Python passes as keywords.
 * Undefined when not fully known.
 */
function splatEntries(splat: Node, ctx: FileContext): { name: string; value: Node }[] | undefined {
  const expression = splat.namedChildren.find((c) => c && c.type !== "comment");
  if (expression?.type !== "identifier" && expression?.type !== "dictionary") return undefined;
  const bound = expression.type === "dictionary" ? expression : moduleBinding(ctx.dictBindings, expression);
  if (!bound) return undefined;
  const entries: { name: string; value: Node }[] = [];
  if (bound.type === "dictionary") {
    for (const child of bound.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.type !== "pair") return undefined;
      const keyNode = child.childForFieldName("key");
      const key = keyNode ? stringValue(keyNode) : undefined;
      const value = child.childForFieldName("value");
      if (key === undefined || !value) return undefined;
      entries.push({ name: key, value });
    }
    return entries;
  }
  for (const arg of bound.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type !== "keyword_argument") return undefined;
    const name = arg.childForFieldName("name")?.text;
    const value = arg.childForFieldName("value");
    if (!name || !value) return undefined;
    entries.push({ name, value });
  }
  return entries;
}

/**
 * A DAG call's keywords with the entries of known `**NAME` splats merged in (see splatEntries), and which keywords
 * came from a splat (their values are written at module level, outside any factory).
 */
function dagCallArguments(call: Node, ctx: FileContext): { positional: Node[]; keywords: Map<string, Node>; fromSplat: Set<string> } {
  const { positional, keywords } = callArguments(call);
  const fromSplat = new Set<string>();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg?.type !== "dictionary_splat") continue;
    for (const entry of splatEntries(arg, ctx) ?? []) {
      if (keywords.has(entry.name)) continue;
      keywords.set(entry.name, entry.value);
      fromSplat.add(entry.name);
    }
  }
  return { positional, keywords, fromSplat };
}



const PYTHON_LITERALS: Record<string, string> = { string: "str", concatenated_string: "str", integer: "int", float: "float", true: "bool", false: "bool", none: "NoneType", list: "list", dictionary: "dict", tuple: "tuple", set: "set" };

/**
 * What `fn(...)` returns when that is certainly no callable (`python_callable=load()`, the function called instead of
 * passed): `fn` is bound only by its one module-level `def` (no decorator, not async, before the call unless the call is
 * in a function) and is no local name where called; the arguments bind to its parameters; its body (not counting nested
 * functions, lambdas and classes) has no `yield`, `await` or `raise`, and each `return` gives a literal (PYTHON_LITERALS)
 * or nothing. Returns the function's name and the Python types it may return ("NoneType" for a bare `return` or falling
 * off the end); undefined when unsure (a function returning a function stays quiet).
 */
function noncallableResult(call: Node, ctx: FileContext): { name: string; types: string[] } | undefined {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "identifier" || !boundOnlyByItsDef(callee.text, ctx)) return undefined;
  const name = callee.text;
  let root: Node = call;
  let inFunction = false;
  for (let p = call.parent; p; p = p.parent) {
    if ((p.type === "function_definition" || p.type === "lambda") && bindsLocally(p, name)) return undefined;
    if (p.type === "function_definition" || p.type === "lambda") inFunction = true;
    root = p;
  }
  const definition = root.namedChildren.find((c) => c?.type === "function_definition" && c.childForFieldName("name")?.text === name);
  if (!definition || /^async\b/.test(definition.text) || (!inFunction && definition.startIndex > call.startIndex)) return undefined;
  if (!argumentsBind(definition, call)) return undefined;
  const body = definition.childForFieldName("body");
  if (!body) return undefined;
  const types: string[] = [];
  const add = (type: string): void => {
    if (!types.includes(type)) types.push(type);
  };
  let sure = true;
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child || !sure) return;
      if (child.type === "function_definition" || child.type === "lambda" || child.type === "class_definition" || child.type === "decorated_definition") continue;
      if (child.type === "yield" || child.type === "await" || child.type === "raise_statement") {
        sure = false;
        return;
      }
      if (child.type === "return_statement") {
        const value = child.namedChildren.find((c) => c && c.type !== "comment");
        const type = value ? PYTHON_LITERALS[value.type] : "NoneType";
        if (type === undefined) sure = false;
        else add(type);
        continue;
      }
      walk(child);
    }
  };
  walk(body);
  if (!sure) return undefined;
  if (!alwaysReturns(body)) add("NoneType");
  return { name, types };
}

/** Whether a block ends in a `return` on every path through its last statement (an if/elif/else whose branches all do). */
function alwaysReturns(block: Node): boolean {
  const statements = block.namedChildren.filter((c): c is Node => !!c && c.type !== "comment");
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.type === "return_statement") return true;
  if (last.type !== "if_statement") return false;
  const consequence = last.childForFieldName("consequence");
  const branches = last.namedChildren.filter((c): c is Node => !!c && (c.type === "elif_clause" || c.type === "else_clause"));
  if (!consequence || !alwaysReturns(consequence) || !branches.some((b) => b.type === "else_clause")) return false;
  return branches.every((b) => {
    const inner = b.childForFieldName(b.type === "elif_clause" ? "consequence" : "body");
    return !!inner && alwaysReturns(inner);
  });
}

/**
 * Whether a call's arguments bind to a plain `def`'s parameters as CPython binds them: no splat in the call, no more
 * positional arguments than positional parameters (unless `*args`), keywords naming parameters that are not positional
 * only (unless `**kwargs`) and not given by position too, every parameter without a default given.
 */
function argumentsBind(definition: Node, call: Node): boolean {
  const positional: { name: string; required: boolean; only: boolean }[] = [];
  const keywordOnly: { name: string; required: boolean }[] = [];
  let varArgs = false;
  let varKeywords = false;
  let afterStar = false;
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type === "list_splat_pattern" || (p.type === "typed_parameter" && p.namedChildren[0]?.type === "list_splat_pattern")) {
      varArgs = afterStar = true;
      continue;
    }
    if (p.type === "dictionary_splat_pattern" || (p.type === "typed_parameter" && p.namedChildren[0]?.type === "dictionary_splat_pattern")) {
      varKeywords = true;
      continue;
    }
    if (p.type === "keyword_separator") {
      afterStar = true;
      continue;
    }
    if (p.type === "positional_separator") {
      for (const param of positional) param.only = true;
      continue;
    }
    const hasDefault = p.type === "default_parameter" || p.type === "typed_default_parameter";
    const name = hasDefault ? p.childForFieldName("name")?.text : p.type === "identifier" ? p.text : p.type === "typed_parameter" && p.namedChildren[0]?.type === "identifier" ? p.namedChildren[0].text : undefined;
    if (!name) return false;
    if (afterStar) keywordOnly.push({ name, required: !hasDefault });
    else positional.push({ name, required: !hasDefault, only: false });
  }
  const given = new Set<string>();
  let count = 0;
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat" || arg.type === "generator_expression") return false;
    if (arg.type === "keyword_argument") {
      const keyword = arg.childForFieldName("name")?.text ?? "";
      if (given.has(keyword)) return false;
      const param = positional.find((q) => q.name === keyword && !q.only) ?? keywordOnly.find((q) => q.name === keyword);
      if (!param && !varKeywords) return false;
      given.add(keyword);
    } else {
      const param = positional[count++];
      if (!param && !varArgs) return false;
      if (param) given.add(param.name);
    }
  }
  return [...positional, ...keywordOnly].every((q) => !q.required || given.has(q.name));
}

/**
 * What an operator call passes (see OperatorCall). `defaults` gives the file's code without docstrings and comments
 * and whether its default_args may hold unwritten keys (absent: required arguments are not judged, as for mapped calls).
 */
function operatorCallOf(call: Node, fnNode: Node, operator: string, defaults: (() => { code: string; open: boolean }) | undefined, ctx: FileContext): OperatorCall {
  const unknownKeywords: OperatorCall["unknownKeywords"] = [];
  const given = new Set<string>();
  const literals: NonNullable<OperatorCall["literals"]> = [];
  const values: NonNullable<OperatorCall["values"]> = [];
  let splat = false;
  let positional: SourceSpan | undefined;
  let taskId: string | undefined;
  const keywordArguments = new Map<string, Node>();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") splat = true;
    else if (arg.type === "keyword_argument") {
      const nameNode = arg.childForFieldName("name");
      const value = arg.childForFieldName("value");
      if (!nameNode || !value) continue;
      const name = nameNode.text;
      keywordArguments.set(name, arg);
      const falsy = value.type === "false" || value.type === "none" || value.text === "0" || value.text === '""' || value.text === "''";
      given.add(name);
      if (!acceptsKeyword(operator, name)) unknownKeywords.push({ name, ...spanOf(nameNode), ...(falsy ? { falsy: true as const } : {}) });
      if (name.endsWith("_callable")) {
        const type = PYTHON_LITERALS[value.type] ?? (value.type === "lambda" ? "lambda" : undefined);
        const result = type === undefined && value.type === "call" ? noncallableResult(value, ctx) : undefined;
        if (type) literals.push({ name, type, ...spanOf(value) });
        else if (result) literals.push({ name, type: result.types.join("|"), call: result.name, ...spanOf(value) });
      }
      if (name === "task_id") taskId = stringValue(value);
      // `trigger_rule` strings are judged for every operator-like call (FileInventory.taskArguments); None here.
      if (JUDGED_TASK_ARGUMENTS.includes(name) || name === "trigger_rule") {
        const { literal, valueType } = literalFields(followName(value, ctx) ?? value, ctx);
        const { line, column, endLine, endColumn } = spanOf(value);
        if (literal !== undefined && (literal === null || name !== "trigger_rule")) values.push({ line, column, endLine, endColumn, name, literal, ...(valueType ? { valueType } : {}) });
      }
    } else positional ??= spanOf(arg);
  }
  let missing: string[] | undefined;
  const left = splat || !defaults || given.has("default_args") ? [] : requiredArgumentsOf(operator).filter((name) => !given.has(name));
  const file = left.length ? defaults?.() : undefined;
  // The name written elsewhere as a string or a keyword (a default_args key, `dict(bash_command=...)`) may supply it.
  if (file && !file.open) missing = left.filter((name) => !new RegExp(`(["'])${name}\\1|\\b${name}\\s*=(?!=)`).test(file.code));
  return {
    operator,
    unknownKeywords,
    ...(splat ? { splat: true as const } : {}),
    ...(positional ? { positional } : {}),
    ...(literals.length ? { literals } : {}),
    ...(taskId !== undefined ? { taskId } : {}),
    ...(values.length ? { values } : {}),
    ...(fnNode.type === "attribute" && fnNode.childForFieldName("attribute")?.text === "partial" && !splat && !given.has("task_id") ? { noTaskId: true as const } : {}),
    ...unmappableOf(call, fnNode),
    ...exclusiveOf(operator, keywordArguments, ctx),
    ...(missing?.length ? { missing } : {}),
    ...spanOf(fnNode),
  };
}

/** OperatorCall.exclusive: the first pair of EXCLUSIVE_KEYWORDS the call gives both of, neither possibly None. */
function exclusiveOf(operator: string, keywords: Map<string, Node>, ctx: FileContext): Pick<OperatorCall, "exclusive"> {
  const valued = (name: string): boolean => {
    const value = keywords.get(name)?.childForFieldName("value");
    const node = value ? (followName(value, ctx) ?? value) : undefined;
    if (!node) return false;
    if (name === "execution_delta") {
      const written = node.type === "call" ? calleeName(node.childForFieldName("function")) : undefined;
      return written !== undefined && ["datetime.timedelta", "pendulum.duration"].includes(resolveName(written, ctx));
    }
    if (name === "execution_date_fn") return node.type === "lambda" || (node.type === "identifier" && boundOnlyByItsDef(node.text, ctx));
    // `external_task_ids=[]` is taken as None; a string is a non-empty collection only when not "".
    if (name === "external_task_ids" && ["list", "tuple", "set"].includes(node.type)) return node.namedChildren.some((c) => c && c.type !== "comment" && c.type !== "list_splat");
    return (node.type === "string" || node.type === "concatenated_string") && (name !== "external_task_ids" || (stringValue(node) ?? "x") !== "");
  };
  for (const { names } of EXCLUSIVE_KEYWORDS[operator] ?? []) {
    const second = keywords.get(names[1]);
    if (second && valued(names[0]) && valued(names[1])) return { exclusive: { names: [names[0], names[1]], ...spanOf(second) } };
  }
  return {};
}

/**
 * Whether some `default_args` of the file may hold keys its text does not write out: one that is not a dict literal,
 * `dict(...)` call or a module name bound once to one, or a dict display with a `**` splat anywhere in the file.
 */
function defaultArgsUnknown(source: string, ctx: FileContext): boolean {
  if (/[{,]\s*\*\*[\w.]+\s*[,}]|\bdict\(\s*\*\*/.test(source)) return true;
  for (const match of source.matchAll(/\bdefault_args\b["']?(\s*[=:]\s*(?:(\{|dict\()|([A-Za-z_]\w*)\s*[,)}\n]))?/g)) {
    if (match[2]) continue;
    if (match[3] && ctx.dictBindings.get(match[3])) continue;
    return true;
  }
  return false;
}

/** A dict literal, `dict(...)` call, or a module-level name bound once to one of those. */
type DictView = { kind: "dict"; get(key: string): Node | undefined | "unknown"; entries: DagArgument[] } | { kind: "unknown"; node: Node };

/** What the walk knows about the file's module level before it starts. */
interface FileContext {
  /** The runtime image's Python ("3.12"; extractDagInventory's): what Param's format "date" accepts depends on it. */
  pythonVersion?: string;
  /** Module-level names bound exactly once to a dict literal or dict(...) call; null when rebound. */
  dictBindings: Map<string, Node | null>;
  /** Module-level names bound exactly once (`YESTERDAY = datetime.now() - ...`); null when rebound. */
  valueBindings: Map<string, Node | null>;
  /** Local name → the dotted name it was imported as (`AirflowDAG` → `airflow.DAG`, `d` → `airflow.models.dag`). */
  aliases: Map<string, string>;
  /**
   * Import names bound to two different targets (`if ...: import A as X else: import B as X`), also assigned, or
   * defined again by a module-level `class`/`def`.
   */
  reboundAliases: Set<string>;
  /**
   * Imported names a `class` or `def` statement of the module's top level (not under if/try/with/loop) binds again
   * after the import (`class BashOperator(BashOperator): ...`): from there on the name is the file's own definition,
   * so resolveName gives `local:Name` (the class's bases are still read as the import, see resolveBase).
   */
  localShadows: Set<string>;
  /** Module-level classes of this file: name → class_definition node. */
  classNodes: Map<string, Node>;
  taskFunctions: Set<string>;
  /** `@task_group` functions of the file (their `.expand(...)` maps a task group). */
  taskGroupFunctions: Set<string>;
  /**
   * The parameter names of the file's `@task` and `@task_group` functions by name (all definitions of that name); null
   * when one takes `**kwargs`, which turns Airflow's argument checks of expand()/partial() off.
   */
  taskFunctionParams: Map<string, Set<string> | null>;
  /** `sla=` in a `@task(...)` function's decorator: true for a value other than None, false for None (see MappedTask). */
  taskFunctionSla: Map<string, boolean>;
  /** The signature of each `@task` function only Airflow's task decorators decorate; null when defined twice. */
  taskSignatures: Map<string, TaskSignature | null>;
  /** The one decorator of each `@task` function that has a taskSignatures entry (see taskDecoratorCallOf). */
  taskDecorators: Map<string, Node>;
  /** boundOnlyByItsDef's answers, by name (each is a few scans of the whole source); boundAtRunTime's by `run time <name>`. */
  boundOnce: Map<string, boolean>;
  /** Whether a task group of the file takes `default_args` (a mapped task's SLA is then not judged); read once. */
  groupDefaults?: boolean;
  operatorNames: Set<string>;
  /** The file's path relative to the repository root (its base name is what `Path(__file__).stem` starts from). */
  file: string;
  /** The file's source text. */
  source: string;
  /** reboundElsewhere's answers by name (each is a scan of the source; `if FLAG:` asks it at every test of FLAG). */
  rebound?: Map<string, boolean>;
  /** reboundNames of the source, made once reboundElsewhere has been asked about many names. */
  reboundNames?: Set<string>;
  /** codeOnlyText of the source (comments and string contents blanked), made once by the first scan that needs it. */
  codeText?: string;
  /** definedInFile's, importLinesOf's and setElsewhere's answers by `defined <name>` / `imported <name>` / `set elsewhere <name>` (1/0 for a yes/no). */
  sourceScans?: Map<string, number>;
  /** The file's `dag=` task calls by the keyword's text, each part made by the first `name = DAG(...)` that needs it. */
  dagKeywordTasks?: DagKeywordTasks;
  /** namesBoundAtRunTime of the source, made by the first boundAtRunTime question. */
  runTimeNames?: Set<string> | "any";
  /** Where the file's last star import starts (-1: none), read by the first boundAtRunTime question. */
  lastStarImport?: number;
  /** STAR_IMPORT tested on the source, once (hasStarImport). */
  starImport?: boolean;
}

/**
 * The task calls of a file that name their DAG by keyword (`EmptyOperator(task_id="t", dag=d1)`), by the keyword's text.
 * One walk of the file answers every module-level `name = DAG(...)`: a walk per DAG made files of thousands of DAGs
 * quadratic (4,000 DAGs: 55 s).
 */
interface DagKeywordTasks {
  /** countTasksForAssignedDag's count: task calls outside function bodies (lambdas and decorators included). */
  counts?: Map<string, number>;
  /** markCustomOperatorsOnly's answer: names with an Airflow task among their calls outside functions and lambdas (and `@task_group` bodies). */
  airflow?: Set<string>;
}

/** Resolve a dotted name as written through the file's imports and class definitions. */
function resolveName(written: string, ctx: FileContext): string {
  const dot = written.indexOf(".");
  const first = dot === -1 ? written : written.slice(0, dot);
  const rest = dot === -1 ? "" : written.slice(dot);
  const imported = ctx.aliases.get(first);
  if (ctx.localShadows.has(first)) return `local:${written}`;
  if (imported !== undefined) return imported + rest;
  if (ctx.classNodes.has(first)) return `local:${written}`;
  return written;
}

/**
 * A base class written in `class <className>(...)`, resolved as resolveName does, except that the bases are read
 * before the statement binds the class's name: in `class BashOperator(BashOperator)` the base is still the import.
 */
function resolveBase(written: string, className: string, ctx: FileContext): string {
  const first = firstPart(written);
  const imported = first === className && ctx.localShadows.has(first) ? ctx.aliases.get(first) : undefined;
  return imported !== undefined ? imported + written.slice(first.length) : resolveName(written, ctx);
}

/** Whether an imported name is not certainly what its import binds: reboundAliases, or boundAtRunTime. */
function notAirflows(name: string, ctx: FileContext): boolean {
  return ctx.reboundAliases.has(name) || boundAtRunTime(name, ctx);
}

/**
 * Whether the module-level name `name` may be bound, when the file runs, by something the walk does not follow, so that
 * a call of it is not certainly the class, decorator or function its import or `def` binds: a star import below the
 * name's first mention (it may bring a project class or function of that name: `from include.ops import *` after
 * `from airflow.operators.bash import BashOperator`), or a write through the module's namespace naming it or a key
 * that is not a literal (namesBoundAtRunTime). Signature, task_id and python_callable checks stay quiet for such a name.
 */
function boundAtRunTime(name: string, ctx: FileContext): boolean {
  const written = (ctx.runTimeNames ??= namesBoundAtRunTime(ctx.source));
  if (written === "any" || written.has(name)) return true;
  const star = (ctx.lastStarImport ??= lastStarImportIn(ctx.source));
  if (star < 0) return false;
  let answer = ctx.boundOnce.get(`run time ${name}`);
  if (answer === undefined) {
    const first = /^\w+$/.test(name) ? new RegExp(`\\b${name}\\b`).exec(ctx.source)?.index : undefined;
    answer = first === undefined || first < star;
    ctx.boundOnce.set(`run time ${name}`, answer);
  }
  return answer;
}

/** Where the last star import (`from M import *`) of a source starts; -1 when none. */
function lastStarImportIn(source: string): number {
  let last = -1;
  if (!STAR_IMPORT_WORDS.test(source)) return last;
  for (const match of source.matchAll(/^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+\*/gm)) last = match.index ?? last;
  return last;
}

/**
 * The module-level names a file may bind at run time by a name it computes or spells as a string: `globals()` /
 * `vars()` / `locals()` writes (namesWrittenThroughGlobals; any name for a key that is not a literal, or for the dict
 * handed elsewhere or kept under another name: `register(globals())`), `setattr(sys.modules[__name__], "NAME", ...)`
 * and `sys.modules[__name__].NAME = ...` (any name for another use of the module object or a computed attribute),
 * `exec(...)` and `f_globals` (any name). A text scan: a false match only keeps a check quiet.
 */
function namesBoundAtRunTime(source: string): Set<string> | "any" {
  if (/\bexec\s*\(|\bf_globals\b/.test(source)) return "any";
  let names = new Set<string>();
  if (/\b(?:globals|vars|locals)\s*\(\s*\)/.test(source)) {
    const written = namesWrittenThroughGlobals(source, true);
    if (written === "any" || /(?<!\bin\s{1,4})\b(?:globals|vars|locals)\s*\(\s*\)(?!\s*[.[])/.test(source)) return "any";
    names = written;
  }
  if (!source.includes("sys.modules")) return names;
  for (const match of source.matchAll(/(\bsetattr\s*\(\s*)?\bsys\.modules\s*(?:\[([^\]\n]*)\]|\.get\s*\(([^),\n]*)\))/g)) {
    // Another module's entry by a literal key (`sys.modules["pytest"]`) binds none of this file's names.
    if (/^\s*[rRuUbB]?(["'])[^"'\n]*\1\s*$/.test((match[2] ?? match[3]) as string)) continue;
    const rest = source.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 200);
    const literal = match[1] ? /^\s*,\s*[rRuU]?(["'])(\w+)\1/.exec(rest) : /^\s*\.\s*(?!__dict__\b)()(\w+)\s*=(?!=)/.exec(rest);
    // A computed attribute, the module object kept or handed on (`this = sys.modules[__name__]`), its `__dict__`: any name.
    if (!literal) return "any";
    names.add(literal[2] as string);
  }
  return names;
}

/** Whether a function or lambda enclosing `node` binds `name` itself (a parameter, assignment, class, def, import). */
function boundInEnclosingFunction(node: Node, name: string): boolean {
  for (let p = node.parent; p; p = p.parent) if ((p.type === "function_definition" || p.type === "lambda") && bindsLocally(p, name)) return true;
  return false;
}

/** A module-level name bound once follows to its value (`start_date=YESTERDAY`); anything else is itself. */
function followName(node: Node | undefined, ctx: FileContext): Node | undefined {
  if (node?.type !== "identifier") return node;
  return moduleBinding(ctx.valueBindings, node) ?? node;
}

/**
 * The module-level binding of a name as used at `identifier`, unless an enclosing function (or lambda) binds the same
 * name itself, as a parameter or by a plain assignment in its body: `def make(default_args): DAG(...,
 * default_args=default_args)` does not mean the module's `default_args`.
 */
function moduleBinding(bindings: Map<string, Node | null>, identifier: Node): Node | undefined {
  const bound = bindings.get(identifier.text);
  if (!bound) return undefined;
  for (let p = identifier.parent; p; p = p.parent) {
    if (p.type !== "function_definition" && p.type !== "lambda") continue;
    if (bindsLocally(p, identifier.text)) return undefined;
  }
  return bound;
}

/**
 * Whether a function binds `name` itself anywhere (a parameter, an assignment also inside if/with blocks, a for or
 * with target...): then its reads of `name` are not the module's (a tester's `for TID in [...]` in an @dag function
 * read as the module's TID).
 */
function bindsLocally(fn: Node, name: string): boolean {
  return localNames(fn).has(name);
}

function dictView(node: Node, ctx: FileContext): DictView {
  let target: Node = node;
  if (node.type === "identifier") {
    const bound = moduleBinding(ctx.dictBindings, node);
    if (!bound) return { kind: "unknown", node };
    target = bound;
  }
  if (target.type === "dictionary") {
    const entries: { key?: string; value?: Node; splat?: boolean }[] = [];
    const spans: DagArgument[] = [];
    for (const child of target.namedChildren) {
      if (!child) continue;
      if (child.type === "pair") {
        const keyNode = child.childForFieldName("key");
        const key = keyNode ? stringValue(keyNode) : undefined;
        const value = child.childForFieldName("value") ?? undefined;
        entries.push({ key, value });
        if (key !== undefined && value) {
          const notDatetime = key === "start_date" || key === "end_date" ? notADatetime(value, ctx) : undefined;
          const built = constructionError(value, ctx);
          spans.push({ name: key, ...spanOf(value), ...literalFields(followName(value, ctx) ?? value, ctx), ...(notDatetime ? { notDatetime } : {}), ...(built === undefined ? {} : { constructionError: built }) });
        }
      } else if (child.type === "dictionary_splat") entries.push({ splat: true });
    }
    return {
      kind: "dict",
      entries: spans,
      get(key) {
        // The last writer wins; a `**splat` after the last explicit key may override it.
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i] as { key?: string; value?: Node; splat?: boolean };
          if (entry.splat) return "unknown";
          if (entry.key === key) return entry.value;
        }
        return undefined;
      },
    };
  }
  if (target.type === "call" && calleeName(target.childForFieldName("function")) === "dict") {
    const { keywords, positional } = callArguments(target);
    const hasSplat = (target.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "dictionary_splat");
    return {
      kind: "dict",
      entries: [...keywords].map(([name, value]) => {
        const notDatetime = name === "start_date" || name === "end_date" ? notADatetime(value, ctx) : undefined;
        const built = constructionError(value, ctx);
        return { name, ...spanOf(value), ...literalFields(followName(value, ctx) ?? value, ctx), ...(notDatetime ? { notDatetime } : {}), ...(built === undefined ? {} : { constructionError: built }) };
      }),
      get: (key) => keywords.get(key) ?? (hasSplat || positional.length ? "unknown" : undefined),
    };
  }
  return { kind: "unknown", node: target };
}

/**
 * The value of `key` in a DAG's default_args read by `read`: unknown when the dict or the key is. `view`: dictView of
 * `defaultArgs` (a caller reading several keys makes it once).
 */
function fromDefaultArgs<T>(defaultArgs: Node | undefined, key: string, ctx: FileContext, read: (n: Node) => Static<T> | undefined, view?: DictView): Static<T> | undefined {
  if (!defaultArgs) return undefined;
  view ??= dictView(defaultArgs, ctx);
  if (view.kind === "unknown") return unknown(view.node);
  const value = view.get(key);
  if (value === "unknown") return unknown(defaultArgs);
  return value ? read(value) : undefined;
}

const LEAF_TYPES = new Set(["string", "concatenated_string", "comment", "identifier", "integer", "float", "true", "false", "none", "type", "escape_sequence"]);
const MAYBE_INTERESTING_IN_FUNCTION = /\bimport\b|dag|@/i;
const FUNCTION_NAME = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;

/**
 * The names of the `def` statements written at a line's start, in order: the first groups of the matches of
 * `/^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm` (each on its own line), found from the occurrences of `def`
 * (that RegExp tried its `^` at every position: ~20 ms over the bench's 2,000 files). A line start is the text's, or
 * after `\n`, `\r`, U+2028 or U+2029, as for `^`.
 */
function defNamesIn(source: string): string[] {
  const names: string[] = [];
  for (let at = source.indexOf("def"); at !== -1; at = source.indexOf("def", at + 3)) {
    const after = source.charCodeAt(at + 3);
    if (after !== 0x20 && after !== 0x09) continue;
    let before = skipBlanksBack(source, at - 1);
    // `async` and blanks before `def`.
    if (before >= 4 && before < at - 1 && source.startsWith("async", before - 4)) before = skipBlanksBack(source, before - 5);
    if (!isLineStartAfter(source, before)) continue;
    const start = skipBlanks(source, at + 3);
    if (!isIdentifierStartCode(source.charCodeAt(start))) continue;
    let end = start + 1;
    while (isWordCode(source.charCodeAt(end))) end++;
    names.push(source.slice(start, end));
  }
  return names;
}
/** The `):` (or `) -> T:`) closing a function's signature. */
const SIGNATURE_END = /\)\s*(->[^:]*)?:/;
const LOOP_TYPES = new Set(["for_statement", "while_statement", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
/** Decorators whose functions run at task time, not when called while the DAG is built. */
const TASK_DECORATOR = /(^|\.)(task|setup|teardown)(\.[A-Za-z_]+)?$|_task$/;
/** Task decorators whose callable runs in another Python environment. */
const ISOLATED_DECORATOR = /(^|\.)task\.(virtualenv|external_python|branch_virtualenv|branch_external_python|docker|kubernetes)$|(^|\.)(virtualenv|external_python|branch_virtualenv|branch_external_python|docker|kubernetes)_task$/;
/** Operators whose `python_callable` runs in another Python environment. */
const ISOLATED_OPERATOR = /(^|\.)(PythonVirtualenvOperator|ExternalPythonOperator|BranchPythonVirtualenvOperator|BranchExternalPythonOperator)$/;
/** Keywords only a DAG constructor takes among common classes: a call of a project class with one is a DAG candidate. */
/** Built-ins that only look at a function passed to them (an `@dag` function there escapes to no caller). */
const INSPECTING_BUILTINS = new Set(["callable", "isinstance", "issubclass", "hasattr", "getattr", "id", "type", "repr", "str", "print", "hash", "bool", "dir", "vars", "len"]);
/**
 * Decorators of the standard library that wrap a function or mark it, handing it to no caller (`@functools.cache`,
 * `@typing.no_type_check`; `atexit.register` calls it only when the interpreter exits, after DagBag's import).
 */
const STDLIB_WRAPPER = /^(functools|typing|typing_extensions|abc|atexit|contextlib|warnings|builtins)\.|^(staticmethod|classmethod|property)$/;

const DAG_KEYWORDS = new Set(["dag_id", "schedule", "schedule_interval", "timetable", "start_date", "default_args", "catchup", "tags", "dagrun_timeout", "max_active_runs"]);

function decoratorName(decorator: Node): { name?: string; call?: Node } {
  const expression = decorator.namedChildren.find((c) => c && c.type !== "comment") ?? null;
  if (!expression) return {};
  if (expression.type === "call") return { name: calleeName(expression.childForFieldName("function")), call: expression };
  return { name: calleeName(expression) };
}

/** `node` when it is a call of Airflow's `dag` decorator factory (`dag(schedule=...)`, through the file's imports). */
function dagDecoratorCall(node: Node | null | undefined, ctx: FileContext): Node | undefined {
  if (node?.type !== "call") return undefined;
  const written = calleeName(node.childForFieldName("function"));
  if (!written) return undefined;
  const resolved = resolveName(written, ctx);
  return DAG_DECORATORS.get(resolved) === AIRFLOW_DAG_CLASS || (written === "dag" && resolved === "dag") ? node : undefined;
}

/** A function scope of the file (the module itself is the root). A class: one is made per function of the file. */
class Scope {
  /** Functions defined directly in this scope, by name (methods are not); created on first definition. */
  defs: Map<string, Scope> | undefined;
  /** Call sites that call this function by name (resolved after the walk). */
  callers: CallSite[] = [];
  isolated = false;
  private paramList: { name: string; default?: Node }[] | undefined;
  constructor(
    readonly kind: "module" | "plain" | "dag" | "task" | "task_group" | "lambda" | "method",
    readonly node: Node | null,
    readonly parent: Scope | null,
    readonly name?: string,
  ) {}
  /** Parameter names in order, with their default values (read when first needed). */
  get params(): { name: string; default?: Node }[] {
    this.paramList ??= this.node?.type === "function_definition" ? readParams(this.node) : [];
    return this.paramList;
  }
  define(name: string, scope: Scope): void {
    (this.defs ??= new Map()).set(name, scope);
  }
}

interface CallSite {
  name: string;
  node: Node;
  scope: Scope;
  inLoop: boolean;
  inMain: boolean;
  /** Under an if/elif/else branch of unknown static truth (WalkState.conditional): the call may not happen. */
  conditional?: boolean;
  /**
   * `obj.name(...)` (a method of a class of this file), `Name(...)` of a class of this file (its `__init__`), or a
   * `reference` to an `@dag` function that is not a call (`run = my_dag`, `return my_dag`, `{"k": my_dag}`): the
   * function escapes to be called elsewhere, so it counts as called where it escapes.
   */
  via?: "method" | "class" | "reference";
}

interface DagSite {
  dag: DagInfo;
  kind: "call" | "with" | "decorator";
  /** The scope the DAG call (or the decorated definition) is written in. */
  scope: Scope;
  /** For `@dag`: the decorated function. */
  dagFn?: Scope;
  inMain: boolean;
  /** The dag_id expression; undefined for `@dag` without dag_id (the function name). */
  idNode?: Node;
  certain: boolean;
  /** For plain `DAG(...)` calls: the call node (its result must be kept in a global to be found). */
  callNode?: Node;
  /** The schedule the DAG call writes itself (scheduleNodeOf), bound per call or loop pass by withScheduleBound. */
  scheduleNode?: Node;
  /** The DAG(...) call, with statement or decorated definition itself. */
  at?: Node;
  /** `auto_register=False`: a `with` block or `@dag` call registers nothing; only a module global holds the DAG. */
  noAutoRegister?: boolean;
  /** The `DAG(**kwargs)` a class wrapper returns: each call's own keywords make its DAG (see instantiate). */
  wrapper?: DagWrapper;
  /** `@team_dag(...)` of an imported function: its DAGs go to FileInventory.importedWrapperDags (see ImportedWrapperDag). */
  imported?: { wrapper: string; written: string; call: Node };
}

/** Every state is made with all its fields, in this order (see the two literals), so that all have one shape. */
interface WalkState {
  scope: Scope;
  loop: boolean;
  main: boolean;
  typeChecking: boolean;
  guarded: boolean;
  /** In the body of a `try` with an `except` clause (any exception): see AirflowAttributeUse.tried. */
  tried?: boolean;
  /** Under an if/elif/else branch of unknown static truth: see ImportRef.conditional. */
  conditional?: boolean;
  classBody: boolean;
  /** The class whose body this is, when classBody. */
  className?: string;
}

const MAX_INSTANCES = 200;

/**
 * Walks the syntax tree once and returns what Airflow's import of the file creates and runs: the DAGs (through
 * import aliases, known subclasses and the classes of the file; only those module-level code actually creates),
 * the imports with where they run, the parse-time calls, the classes (for the project pass) and suppressions.
 * `pythonVersion`: the runtime image's Python ("3.12"), which some verdicts depend on (Param's format "date").
 */
export function extractDagInventory(tree: Tree, source: string, file: string, pythonVersion?: string): FileInventory {
  // Each node fact is read from wasm once (see SyntaxTree): the walk below asks most of them several times.
  const root = new SyntaxTree(tree).rootNode;
  // Every field written, those filled on first use as undefined: one shape for every file's context, which the walk
  // reads everywhere (fields added later, in an order that differs per file, made its reads and writes slow).
  const ctx: FileContext = {
    pythonVersion: pythonVersion || undefined,
    dictBindings: new Map(),
    valueBindings: new Map(),
    aliases: new Map(),
    reboundAliases: new Set(),
    localShadows: new Set(),
    classNodes: new Map(),
    taskFunctions: new Set(),
    taskGroupFunctions: new Set(),
    taskFunctionParams: new Map(),
    taskFunctionSla: new Map(),
    taskSignatures: new Map(),
    taskDecorators: new Map(),
    boundOnce: new Map(),
    operatorNames: new Set(),
    file,
    source,
    groupDefaults: undefined,
    rebound: undefined,
    reboundNames: undefined,
    codeText: undefined,
    sourceScans: undefined,
    dagKeywordTasks: undefined,
    runTimeNames: undefined,
    lastStarImport: undefined,
    starImport: undefined,
  };
  collectModuleFacts(root, ctx);

  const moduleScope = new Scope("module", root, null);
  const rawImports: { ref: Omit<ImportRef, "scope">; scope: Scope; main: boolean }[] = [];
  const rawCalls: { call: ParseTimeCall; scope: Scope; main: boolean }[] = [];
  const rawZones: { zone: TimeZoneUse; scope: Scope; main: boolean }[] = [];
  const rawDatasets: { use: DatasetUriUse; scope: Scope; main: boolean }[] = [];
  const rawTasks: RawTaskId[] = [];
  const rawMapped: { literal: MappedLiteral; scope: Scope; main: boolean }[] = [];
  const rawMappedTasks: { task: MappedTask; scope: Scope; main: boolean }[] = [];
  const rawTaskCalls: { call: NonNullable<FileInventory["taskCalls"]>[number]; scope: Scope; main: boolean }[] = [];
  const rawImportedTaskCalls: { call: ImportedTaskCall; scope: Scope; main: boolean }[] = [];
  const rawTaskArguments: { argument: TaskArgumentUse; scope: Scope; main: boolean }[] = [];
  const rawAttributes: { use: AirflowAttributeUse; scope: Scope; main: boolean }[] = [];
  const rawOperatorCalls: { call: OperatorCall; scope: Scope; main: boolean }[] = [];
  const rawTriggerRuleMembers: { use: SourceSpan & { member: string }; scope: Scope; main: boolean }[] = [];
  const rawDecoratorCalls: { call: TaskDecoratorCall; scope: Scope; main: boolean }[] = [];
  /** `made`: the group is made with the call's keywords where the call runs; `groupScope`: only when that `@task_group` function is called. */
  const rawGroupCalls: { call: TaskGroupCall; scope: Scope; main: boolean; made?: boolean; groupScope?: Scope }[] = [];
  const rawUnknownDecorators: { use: SourceSpan & { name: string }; scope: Scope; main: boolean }[] = [];
  // Only files that import TriggerRule (or its module) look at attributes: no cost for the others.
  const triggerRuleImported = [...ctx.aliases.values()].some((target) => target.startsWith(TRIGGER_RULE_MODULE));
  let defaults: { code: string; open: boolean } | undefined;
  /** The file's code without comments and string contents (codeOnlyText: their words supply no argument), and defaultArgsUnknown of it; once per file, when a call leaves out a required argument. */
  const defaultsOfFile = (): { code: string; open: boolean } => {
    if (!defaults) {
      const code = (ctx.codeText ??= codeOnlyText(source));
      defaults = { code, open: defaultArgsUnknown(code, ctx) };
    }
    return defaults;
  };
  const callSites: CallSite[] = [];
  const sites: DagSite[] = [];
  const rawFactoryCalls: { node: Node; callee: string }[] = [];
  const isolatedCallables: { name: string; scope: Scope }[] = [];
  const classes: ClassDefinition[] = [];
  const dagClassCache = new Map<string, "yes" | "maybe" | "no">();
  const deferred: { definition: Node; state: WalkState }[] = [];
  /** Methods of the file's classes by name (a DAG factory may be a method called on an instance). */
  const methods = new Map<string, { scope: Scope; className?: string }[]>();
  const definedNames = new Set<string>();
  // The first code units of definedNames (and whether "" is one): an identifier starting with none of them is no such
  // name, which settles most identifiers without reading their text (a crossing into wasm each; the tree is parsed
  // from `source`, so a node's text starts at its start index there).
  const definedFirst = new Set<number>();
  let definedEmpty = false;
  const defineName = (name: string): void => {
    definedNames.add(name);
    if (name === "") definedEmpty = true;
    else definedFirst.add(name.charCodeAt(0));
  };
  for (const name of defNamesIn(source)) defineName(name);

  // `TeamDAG = functools.partial(DAG, start_date=...)`: only files that write `partial` look names up.
  const hasPartial = source.includes("partial");
  const partialPreset = (written: string): ReturnType<Classify> => {
    const bound = ctx.valueBindings.get(written);
    if (bound?.type !== "call" || resolveName(calleeName(bound.childForFieldName("function")) ?? "", ctx) !== "functools.partial") return undefined;
    const args = bound.childForFieldName("arguments")?.namedChildren.filter((a): a is Node => !!a && a.type !== "comment") ?? [];
    // partial(DAG, "id", ..., k=...): positional presets come before the call's own (dagFromCall merges them); a `*`
    // splat would shift them by an unknown count.
    if (args[0]?.type !== "identifier" && args[0]?.type !== "attribute") return undefined;
    if (args.some((a) => a.type === "list_splat" || a.type === "parenthesized_list_splat")) return undefined;
    const target = calleeName(args[0]);
    const cls = target !== undefined && target !== written ? classifyClass(target) : undefined;
    return cls?.certain && !cls.preset && !cls.init ? { ...cls, preset: bound } : undefined;
  };
  const classifyClass: Classify = (written) => {
    const resolved = resolveName(written, ctx);
    const known = KNOWN_DAG_CLASSES.get(resolved);
    if (known) return { dagClass: known, certain: true };
    const preset = hasPartial && resolved === written ? partialPreset(written) : undefined;
    if (preset) return preset;
    // `DAG` used without an import (a star import, an exec'd header): the name everyone means by it.
    if (written === "DAG" && resolved === "DAG") return { dagClass: AIRFLOW_DAG_CLASS, certain: true };
    if (resolved.startsWith("local:")) {
      const verdict = localClassVerdict(resolved.slice(6), ctx, dagClassCache, new Set());
      if (verdict === "yes") {
        const init = localClassInit(resolved.slice(6), ctx, new Set());
        const plain = localClassPlain(resolved.slice(6), ctx, new Set());
        return { dagClass: resolved.slice(6), certain: true, ...(init ? { init } : {}), ...(plain ? { plain: true as const } : {}) };
      }
      if (verdict === "maybe") return { dagClass: resolved, certain: false };
      return undefined;
    }
    // A class imported from outside Airflow (a project module, a library): resolved by the project pass.
    const imported = ctx.aliases.has(firstPart(written));
    if (imported && !resolved.startsWith("airflow.") && /^[A-Z]/.test(lastPart(resolved))) return { dagClass: resolved, certain: false };
    return undefined;
  };

  /** Whether a call is Airflow's `dag(...)` or a call of a DAG class (for dagWrapperOf). */
  const dagCallKind = (call: Node): "decorator" | "class" | undefined => {
    if (dagDecoratorCall(call, ctx)) return "decorator";
    const written = calleeName(call.childForFieldName("function"));
    const cls = written ? classifyClass(written) : undefined;
    return cls?.certain && !cls.init ? "class" : undefined;
  };
  const wrappers = new Map<number, DagWrapper | null>();
  /** The DagWrapper a function definition is (memoised by node), unless it may turn auto_register off. */
  const wrapperOf = (definition: Node): DagWrapper | undefined => {
    let found = wrappers.get(definition.id);
    if (found === undefined) {
      const wrapper = dagWrapperOf(definition, dagCallKind);
      found = wrapper && !wrapper.supplies("auto_register") ? wrapper : null;
      wrappers.set(definition.id, found);
    }
    return found ?? undefined;
  };
  const classWrapperOf = (fn: Node, call: Node): DagWrapper | undefined => {
    const wrapper = fn.type === "function_definition" && call.text.includes("**") ? wrapperOf(fn) : undefined;
    return wrapper?.kind === "class" && wrapper.call.id === call.id ? wrapper : undefined;
  };
  /**
   * `@team_dag(...)` (or `@defaults.team_dag(...)`) where the name comes from an import of a module other than
   * Airflow's (`from include.dag_defaults import team_dag`), not bound again in the file, and the call sets no
   * `auto_register` (which a wrapper may pass on or not).
   */
  const importedDecorator = (written: string, resolved: string, call: Node): DagSite["imported"] => {
    const first = firstPart(written);
    if (!ctx.aliases.has(first) || ctx.reboundAliases.has(first) || definedNames.has(first)) return undefined;
    if (!resolved.includes(".") || /^(\.|airflow\.)/.test(resolved)) return undefined;
    if (callArguments(call).keywords.has("auto_register")) return undefined;
    return { wrapper: resolved, written, call };
  };
  /** Lines of `dag(...)`/`DAG(...)` calls with a `*` or `**` argument (FileInventory.dagSplatLines). */
  const dagSplatLines: number[] = [];

  /** Every function and lambda scope of the walk (for FileInventory.notRunAtImport). */
  const functionScopes: Scope[] = [];
  /** Blocks that never run at import, as notRunAtImport's quadruples: `if __name__ == "__main__":`, `if TYPE_CHECKING:`, branches a constant condition rules out. */
  const blocksNotRun: number[] = [];
  const blockNotRun = (block: Node | null | undefined): void => {
    if (!block) return;
    const { line, column, endLine, endColumn } = spanOf(block);
    blocksNotRun.push(line, column, endLine, endColumn);
  };
  const newScope = (kind: Scope["kind"], node: Node | null, parent: Scope, name?: string): Scope => {
    const scope = new Scope(kind, node, parent, name);
    if (node) functionScopes.push(scope);
    return scope;
  };
  /** The function of this file a name means where it is used (innermost scope first), if it is one. */
  const lookupFunction = (name: string, scope: Scope): Scope | undefined => {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const found = s.defs?.get(name);
      if (found) return found.node?.type === "function_definition" ? found : undefined;
    }
    return undefined;
  };
  /**
   * Whether a decorator written above `@dag` (applied after it: Python applies decorators bottom up) hands the @dag
   * function on to be called elsewhere, like a reference (`@register` appending it to a list module code then calls,
   * or calling it itself). Not Airflow's own decorators, nor the standard library's wrappers (the name then still holds
   * a callable its direct calls reach), nor a function of this file whose argument is only returned (`return fn`).
   */
  const decoratorTakesFunction = (d: { resolved: string; written?: string; call?: Node }, scope: Scope): boolean => {
    if (!d.written || d.resolved.startsWith("airflow.") || STDLIB_WRAPPER.test(d.resolved)) return false;
    if (d.call || d.written.includes(".")) return true;
    const fn = lookupFunction(d.written, scope);
    const parameter = fn?.params[0]?.name;
    const body = fn?.node?.childForFieldName("body")?.text;
    if (!parameter || body === undefined) return true;
    const uses = body.match(new RegExp(`\\b${parameter}\\b`, "g"))?.length ?? 0;
    return !(uses === 1 && new RegExp(`^[ \\t]*return[ \\t]+${parameter}[ \\t]*(#.*)?$`, "m").test(body));
  };

  const addSite = (dag: DagInfo, kind: DagSite["kind"], st: WalkState, extra: Partial<DagSite>, cls: { dagClass: string; certain: boolean; plain?: true }): void => {
    dag.dagClass = cls.dagClass;
    if (cls.plain) dag.dagClassPlain = true;
    sites.push({ dag, kind, scope: st.scope, inMain: st.main, certain: cls.certain, ...extra });
  };

  const visitFunction = (definition: Node, decorators: Node[], at: Node, st: WalkState): void => {
    // One crossing into wasm for the whole definition: files hold many small helpers, and each node access costs.
    const text = definition.text;
    const name = FUNCTION_NAME.exec(text)?.[1];
    // Filled by push from one literal, so that the list has one shape with and without decorators (a `[]` beside a
    // `map` result had the optimised code of this function thrown away twice a run).
    const resolvedDecorators: { resolved: string; written: string | undefined; call: Node | undefined }[] = [];
    for (const d of decorators) {
      const { name: written, call } = decoratorName(d);
      resolvedDecorators.push({ resolved: written ? resolveName(written, ctx) : "", written, call });
    }
    // `@task.branch_python`: TaskDecoratorCollection.__getattr__ raises AttributeError for a name no provider registers.
    resolvedDecorators.forEach((d, i) => {
      const kind = d.resolved.startsWith("airflow.decorators.task.") ? d.resolved.slice("airflow.decorators.task.".length) : undefined;
      if (kind === undefined || !/^[A-Za-z]\w*$/.test(kind) || isCoreTaskDecorator(kind) || notAirflows(firstPart(d.written ?? ""), ctx)) return;
      rawUnknownDecorators.push({ use: { name: kind, ...spanOf(decorators[i] as Node) }, scope: st.scope, main: st.main });
    });
    let dagDecorator = resolvedDecorators.find((d) => DAG_DECORATORS.has(d.resolved) || (d.written === "dag" && d.resolved === "dag"));
    // `daily = dag(schedule="@daily", ...)` then `@daily`: the module name holds the decorator `dag(...)` returned.
    const preset = dagDecorator ? undefined : resolvedDecorators.find((d) => !d.call && d.written && !d.written.includes(".") && dagDecoratorCall(ctx.valueBindings.get(d.written), ctx));
    if (preset) dagDecorator = { ...preset, resolved: resolveName(calleeName(ctx.valueBindings.get(preset.written as string)?.childForFieldName("function") ?? null) ?? "", ctx), call: ctx.valueBindings.get(preset.written as string) ?? undefined };
    // `@team_dag(schedule=...)`, the one decorator, where `team_dag` is a function of this file returning `dag(**kwargs)`.
    const only = !dagDecorator && resolvedDecorators.length === 1 ? resolvedDecorators[0] : undefined;
    const wrapperFn = only?.call && only.written && !only.written.includes(".") ? lookupFunction(only.written, st.scope) : undefined;
    const wrapper = wrapperFn?.node ? wrapperOf(wrapperFn.node) : undefined;
    const wrapped = wrapper?.kind === "decorator" && only?.call ? { wrapper, call: only.call, written: only.written as string } : undefined;
    // `@team_dag(...)` of a function imported from another module (not Airflow's): maybe a wrapper defined there.
    const imported = !wrapped && only?.call && only.written && !wrapperFn && !st.classBody ? importedDecorator(only.written, only.resolved, only.call) : undefined;
    let kind: Scope["kind"] = st.classBody ? "method" : "plain";
    if (dagDecorator || wrapped) kind = "dag";
    else if (resolvedDecorators.some((d) => /(^|\.)task_group$/.test(d.resolved))) kind = "task_group";
    else if (resolvedDecorators.some((d) => TASK_DECORATOR.test(d.resolved))) kind = "task";
    const scope = newScope(kind, definition, st.scope, name);
    if (resolvedDecorators.length) scope.isolated = resolvedDecorators.some((d) => ISOLATED_DECORATOR.test(d.resolved));
    if (name && !st.classBody) st.scope.define(name, scope);
    else if (name && st.classBody) methods.set(name, [...(methods.get(name) ?? []), { scope, className: st.className }]);
    if (kind === "task_group") {
      // `@task_group(group_id="...")`: the TaskGroup (and its key check) is made when the function is called.
      const groupCall = resolvedDecorators.find((d) => /(^|\.)task_group$/.test(d.resolved))?.call;
      const group = groupCall ? groupIdOf(groupCall, ctx) : undefined;
      // Called, it makes its group with add_suffix_on_collision=True (airflow/decorators/task_group.py at 2.10.5): only the key is checked.
      if (group?.use && group.prefix === true) rawTasks.push({ task: group.use, scope, main: st.main });
      // A group_id that is no string fails either way: validate_group_key (TypeError), or "group_id must be str" (ValueError).
      else if (group?.use?.notString && group.prefix === false) rawTasks.push({ task: { ...group.use, unprefixed: true }, scope, main: st.main });
      // Airflow's `@task_group(...)`: its keywords are bound when the `def` runs, the group made when the function is called.
      const airflowGroup = resolvedDecorators.find((d) => TASK_GROUP_DECORATORS.has(d.resolved) && d.call && !notAirflows(firstPart(d.written ?? ""), ctx));
      const callee = airflowGroup?.call?.childForFieldName("function");
      const call = airflowGroup?.call && callee ? taskGroupCallOf(airflowGroup.call, callee, "decorator", ctx, name) : undefined;
      if (call) rawGroupCalls.push({ call, scope: st.scope, main: st.main, groupScope: scope });
    }
    if (kind === "task") {
      // `@task(task_id="...")` of Airflow's own decorators: BaseOperator checks the key when the function is called (the
      // task is made then), so it counts only where the function's scope runs; a reused id gets a suffix, never a clash.
      const taskCall = resolvedDecorators.find((d) => TASK_DECORATOR.test(d.resolved) && /^airflow\.(decorators|sdk)\./.test(d.resolved) && !notAirflows(firstPart(d.written ?? ""), ctx))?.call;
      const idNode = taskCall ? callArguments(taskCall).keywords.get("task_id") : undefined;
      const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : undefined;
      const bad = idNode && id === undefined ? nonStringKey(idNode, ctx) : undefined;
      if (idNode && id !== undefined) rawTasks.push({ task: { id, ...spanOf(idNode) }, scope: st.scope, createdBy: scope, main: st.main });
      else if (idNode && bad) rawTasks.push({ task: { id: bad.text, ...spanOf(idNode), notString: bad.type }, scope: st.scope, createdBy: scope, main: st.main });
    }
    if (dagDecorator) {
      const dag = dagFromDecorator(definition, dagDecorator.call, at, file, ctx);
      const idNode = dagDecorator.call ? decoratorIdNode(dagCallArguments(dagDecorator.call, ctx)) : undefined;
      addSite(dag, "decorator", st, { dagFn: scope, idNode, at, ...scheduleNodeOf(dagDecorator.call), ...(autoRegisterOff(dagDecorator.call, ctx) ? { noAutoRegister: true } : {}) }, { dagClass: DAG_DECORATORS.get(dagDecorator.resolved) ?? AIRFLOW_DAG_CLASS, certain: true });
      // `@register` above `@dag`: applied after it, it gets the @dag function as a value (`register(fn)`), as a reference would.
      const dagAt = resolvedDecorators.findIndex((d) => d.written === dagDecorator?.written);
      const above = dagAt > 0 && !st.classBody ? resolvedDecorators.slice(0, dagAt).findIndex((d) => decoratorTakesFunction(d, st.scope)) : -1;
      const decorator = decorators[above];
      if (name && decorator) scope.callers.push({ name, node: decorator, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "reference" });
    } else if (wrapped) {
      // The DAG the wrapper's `dag(...)` makes from the decorator call's keywords (those that reach it unchanged).
      const dag = throughWrapper(dagFromDecorator(definition, wrapped.call, at, file, ctx), wrapped.wrapper, wrapped.call, wrapped.written, name ?? "?");
      const idNode = wrapped.wrapper.passes("dag_id") && !wrapped.wrapper.supplies("dag_id") ? decoratorIdNode({ positional: [], keywords: callArguments(wrapped.call).keywords }) : undefined;
      const noAutoRegister = wrapped.wrapper.passes("auto_register") && autoRegisterOff(wrapped.call, ctx);
      addSite(dag, "decorator", st, { dagFn: scope, idNode, at, ...(noAutoRegister ? { noAutoRegister } : {}) }, { dagClass: AIRFLOW_DAG_CLASS, certain: true });
    } else if (imported) {
      // As if the decorator were `dag(...)`: the project pass applies the wrapper's own keywords (throughWrapper).
      const dag = dagFromDecorator(definition, imported.call, at, file, ctx);
      const idNode = decoratorIdNode({ positional: [], keywords: callArguments(imported.call).keywords });
      addSite(dag, "decorator", st, { dagFn: scope, idNode, at, imported }, { dagClass: AIRFLOW_DAG_CLASS, certain: true });
    }
    // Default values are evaluated when the function is defined, in the enclosing scope (only calls matter).
    const signatureEnd = text.search(SIGNATURE_END);
    if (/=[^,]*\(/.test(signatureEnd === -1 ? text : text.slice(0, signatureEnd))) {
      const parameters = definition.childForFieldName("parameters");
      if (parameters) visit(parameters, st);
    }
    const bodyState: WalkState = { scope, loop: false, main: st.main, typeChecking: st.typeChecking, guarded: false, tried: undefined, conditional: undefined, classBody: false, className: undefined };
    // Most functions are task callables and helpers: nothing in them runs at parse time unless module-level code
    // calls them. Walking them costs a crossing into wasm per node, so those without imports or DAGs wait until
    // the call graph says they run.
    if (kind === "dag" || kind === "task_group" || MAYBE_INTERESTING_IN_FUNCTION.test(text)) {
      const body = definition.childForFieldName("body");
      if (body) visit(body, bodyState);
    } else deferred.push({ definition, state: bodyState });
  };

  /**
   * `map(fn, items)` / `filter(fn, items)` as a statement of its own: the builtin's iterator is lazy and nothing
   * consumes it, so `fn` is never called (`list(map(...))`, `for x in map(...)`, `[*map(...)]` do call it).
   */
  const lazyAndDropped = (identifier: Node, argumentList: Node): boolean => {
    const call = argumentList.parent;
    const builtin = call?.childForFieldName("function")?.text;
    if ((builtin !== "map" && builtin !== "filter") || definedInFile(builtin, ctx) || ctx.aliases.has(builtin) || ctx.reboundAliases.has(builtin)) return false;
    if (argumentList.namedChildren.find((c) => c?.type !== "comment")?.id !== identifier.id) return false;
    return call?.parent?.type === "expression_statement" && call.parent.namedChildren.length === 1;
  };

  /** A function name used as a value, not called (linked only when it names an `@dag` function). */
  const noteReference = (identifier: Node, st: WalkState): void => {
    const parent = identifier.parent;
    if (!parent) return;
    const role = parent.type;
    if (role === "call" && parent.childForFieldName("function")?.id === identifier.id) return;
    if ((role === "function_definition" || role === "class_definition") && parent.childForFieldName("name")?.id === identifier.id) return;
    if (role === "keyword_argument" && parent.childForFieldName("name")?.id === identifier.id) return;
    // `fn.__doc__`, `fn.__name__`: reading an attribute of the function hands nothing on to be called.
    if (role === "attribute") return;
    // `callable(fn)`, `isinstance(fn, ...)`, `print(fn)`, `fn is None`: looked at, not kept anywhere to be called.
    if (role === "comparison_operator" || role === "not_operator") return;
    if (role === "argument_list" && INSPECTING_BUILTINS.has(parent.parent?.childForFieldName("function")?.text ?? "")) return;
    if (role === "argument_list" && lazyAndDropped(identifier, parent)) return;
    if (/^(parameters|default_parameter|typed_parameter|typed_default_parameter|dotted_name|aliased_import|global_statement|nonlocal_statement|decorator)$/.test(role)) return;
    if (role === "assignment" && parent.childForFieldName("left")?.id === identifier.id) return;
    callSites.push({ name: identifier.text, node: identifier, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "reference" });
  };

  const visit = (node: Node, st: WalkState): void => {
    // Each `type` read is a crossing into wasm: read it once.
    const type = node.type;
    // Leaves and literals hold nothing the inventory wants; not descending saves a crossing into wasm per child.
    if (LEAF_TYPES.has(type)) {
      if (type === "identifier" && (definedEmpty || definedFirst.has(source.charCodeAt(node.startIndex))) && definedNames.has(node.text)) noteReference(node, st);
      return;
    }
    switch (type) {
      case "import_statement":
      case "import_from_statement":
        for (const ref of readImports(node, st)) rawImports.push({ ref, scope: st.scope, main: st.main });
        return;
      case "try_statement": {
        const guardsImports = node.namedChildren.some((c) => c?.type === "except_clause" && catchesImportError(c));
        const handles = node.namedChildren.some((c) => c?.type === "except_clause" || c?.type === "except_group_clause");
        for (const child of node.namedChildren) {
          if (child) visit(child, { ...st, guarded: child.type === "block" ? st.guarded || guardsImports : st.guarded, tried: child.type === "block" ? st.tried || handles : st.tried });
        }
        return;
      }
      case "if_statement": {
        const condition = node.childForFieldName("condition");
        const consequence = node.childForFieldName("consequence");
        const special = condition ? specialCondition(condition) : undefined;
        // `if False:`, `if ENABLED:` with `ENABLED = False`: that block never runs, nor do the clauses after a
        // constant-true one (the same static truth placeTaskIds reads). What never runs creates no DAG.
        const verdict = special ? undefined : truthy(condition, ctx);
        let taken = verdict === true;
        // Whether every branch before this clause is certainly not taken (the clause then runs if its own condition holds).
        let othersFalse = verdict === false || special !== undefined;
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (special && child.id === consequence?.id) {
            blockNotRun(child);
            visit(child, special === "main" ? { ...st, main: true } : { ...st, typeChecking: true });
          } else if (child.id === consequence?.id) {
            if (verdict !== false) visit(child, verdict === true ? st : { ...st, conditional: true });
            else blockNotRun(child);
          } else if (child.type === "elif_clause" || child.type === "else_clause") {
            const body = child.childForFieldName(child.type === "elif_clause" ? "consequence" : "body");
            if (taken) {
              blockNotRun(child); // its condition is never evaluated either
              continue;
            }
            const clauseVerdict = child.type === "elif_clause" ? truthy(child.childForFieldName("condition"), ctx) : undefined;
            if (clauseVerdict === false) {
              const clauseCondition = child.childForFieldName("condition");
              if (clauseCondition) visit(clauseCondition, st);
              blockNotRun(body);
              continue;
            }
            if (clauseVerdict === true) taken = true;
            const certain = othersFalse && (child.type === "else_clause" || clauseVerdict === true);
            if (clauseVerdict === undefined) othersFalse = false;
            visit(child, certain ? st : { ...st, conditional: true });
          } else visit(child, st);
        }
        return;
      }
      case "decorated_definition": {
        const definition = node.childForFieldName("definition");
        const decorators = node.namedChildren.filter((c): c is Node => c?.type === "decorator");
        for (const d of decorators) visit(d, st);
        if (definition?.type === "function_definition") visitFunction(definition, decorators, node, st);
        else if (definition) visit(definition, st);
        return;
      }
      case "function_definition":
        visitFunction(node, [], node, st);
        return;
      case "lambda": {
        const scope = newScope("lambda", node, st.scope);
        const body = node.childForFieldName("body");
        if (body) visit(body, { ...st, scope, loop: false, guarded: false, classBody: false });
        return;
      }
      case "class_definition": {
        const name = node.childForFieldName("name")?.text;
        const superclasses = node.childForFieldName("superclasses");
        if (name && st.scope.kind === "module" && !st.classBody) {
          const bases: string[] = [];
          for (const base of superclasses?.namedChildren ?? []) {
            const written = base ? calleeName(base) : undefined;
            if (written) bases.push(resolveBase(written, name, ctx));
          }
          const init = classInitOf(node);
          classes.push({ name, line: lineOf(node), bases, ...(init ? { init } : {}), ...(leavesConstructionToBase(node) ? { plain: true as const } : {}) });
        }
        if (superclasses) visit(superclasses, st);
        const body = node.childForFieldName("body");
        if (body) visit(body, { ...st, classBody: true, className: name });
        return;
      }
      case "with_statement": {
        const found = dagFromWith(node, file, ctx, classifyClass);
        if (found) {
          const idNode = found.cls.init ? madeByClassInit(found.dag, found.cls.init, found.cls.dagClass, found.idNode) : found.idNode;
          addSite(found.dag, "with", st, { idNode, at: node, ...scheduleNodeOf(found.call, found.cls), ...(autoRegisterOff(found.call, ctx) ? { noAutoRegister: true } : {}) }, found.cls);
        }
        // `with contextlib.suppress(ImportError):` handles a failing import in its body as try/except does.
        const suppressed = suppressedByWith(node, ctx);
        if (suppressed !== undefined) {
          for (const child of node.namedChildren) if (child) visit(child, child.type === "block" ? { ...st, guarded: st.guarded || suppressed, tried: true } : st);
          return;
        }
        break;
      }
      case "call": {
        const fnNode = node.childForFieldName("function");
        const written = calleeName(fnNode);
        if (written && !isWithItem(node)) {
          const cls = classifyClass(written);
          if (cls && (cls.certain || looksLikeDagCall(node, written))) {
            const made = dagFromCall(node, file, ctx, "DAG()", cls.certain ? countTasksForAssignedDag(node, root, ctx) : unknown(node), cls.preset);
            const assignedTo = node.parent?.type === "assignment" ? node.parent.childForFieldName("left")?.text : undefined;
            if (assignedTo) markCustomOperatorsOnly(made.dag, root, ctx, assignedTo);
            const idNode = cls.init ? madeByClassInit(made.dag, cls.init, cls.dagClass, made.idNode) : made.idNode;
            // `def team_dag(**kwargs): return DAG(**kwargs)`: each caller's keywords make the DAG (see instantiate).
            const wrapper = cls.certain && st.scope.kind === "plain" && st.scope.node && !idNode ? classWrapperOf(st.scope.node, node) : undefined;
            addSite(made.dag, "call", st, { idNode, callNode: node, at: node, ...scheduleNodeOf(node, cls), ...(wrapper ? { wrapper } : {}) }, cls);
          }
        }
        // `dag(...)(fn)`: the decorator applied by hand. Called at once (`dag(...)(fn)()`) or through the name it is
        // bound to (`made = dag(...)(fn)`, then `made()`), each call builds a DAG named like `fn` unless dag_id is set.
        const appliedHere = fnNode?.type === "call" ? dagDecoratorCall(fnNode, ctx) : undefined;
        const applied = appliedHere || fnNode?.type !== "call" ? node : fnNode;
        const decoratorCall = appliedHere ?? (applied === node ? undefined : dagDecoratorCall(applied.childForFieldName("function"), ctx));
        const target = decoratorCall ? callArguments(applied).positional[0] : undefined;
        const definition = target?.type === "identifier" ? lookupFunction(target.text, st.scope) : undefined;
        if (decoratorCall && definition?.node) {
          const holder = applied === node ? node.parent : undefined;
          const boundTo = holder?.type === "assignment" && holder.childForFieldName("right")?.id === node.id ? holder.childForFieldName("left") : undefined;
          if (applied !== node || boundTo?.type === "identifier") {
            const dagFn = newScope("dag", definition.node, st.scope, boundTo?.text ?? definition.name);
            const dag = dagFromDecorator(definition.node, decoratorCall, applied, file, ctx);
            const idNode = decoratorIdNode(dagCallArguments(decoratorCall, ctx));
            const noAutoRegister = autoRegisterOff(decoratorCall, ctx);
            addSite(dag, "decorator", st, { dagFn, idNode, at: applied, ...(noAutoRegister ? { noAutoRegister } : {}) }, { dagClass: AIRFLOW_DAG_CLASS, certain: true });
            // Calling the DAG function runs `fn`'s body while the DAG is built.
            definition.callers.push({ name: definition.name ?? "", node: applied, scope: dagFn, inLoop: false, inMain: false });
            if (applied !== node) dagFn.callers.push({ name: dagFn.name ?? "", node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true });
            else if (boundTo) {
              st.scope.define(boundTo.text, dagFn);
              defineName(boundTo.text);
            }
          }
        }
        // Only calls of functions this file defines matter to the call graph (keeping every call alive is costly).
        const method = written === undefined && fnNode?.type === "attribute" ? fnNode.childForFieldName("attribute")?.text : undefined;
        if (method !== undefined && definedNames.has(method)) {
          // `Builder().build(...)`: a method called on a fresh instance.
          callSites.push({ name: method, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "method" });
        } else if (written !== undefined) {
          if (definedNames.has(written)) callSites.push({ name: written, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true });
          else if (ctx.classNodes.has(written)) callSites.push({ name: written, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "class" });
          else if (fnNode?.type === "attribute" && definedNames.has(lastPart(written))) {
            callSites.push({ name: lastPart(written), node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "method" });
          }
        }
        const resolved = written ? resolveName(written, ctx) : undefined;
        // `dag(**kwargs)`, `DAG(**kwargs)`: the schedule may come through the splat (ruff's AIR002 cannot tell).
        if (resolved !== undefined && (DAG_DECORATORS.has(resolved) || KNOWN_DAG_CLASSES.has(resolved) || (written === resolved && (written === "dag" || written === "DAG"))) && callArguments(node).splat) {
          dagSplatLines.push(lineOf(node));
        }
        // A module-level call of an imported function (a project factory, maybe) whose result is kept or dropped.
        if (written !== undefined && resolved !== undefined && st.scope.kind === "module" && !st.main && !st.classBody && !definedNames.has(written) && ctx.aliases.has(firstPart(written))) {
          const dot = resolved.indexOf(".");
          const top = dot === -1 ? resolved : resolved.slice(0, dot);
          if (!NOT_PROJECT_MODULES.has(top) && !resolved.startsWith(".") && /^[a-z_]/.test(lastPart(resolved)) && factoryCallPosition(node)) rawFactoryCalls.push({ node, callee: resolved });
        }
        // `airflow.operators.bash.BashOperater(...)`: an attribute of an Airflow core module Airflow 2.10 may not have.
        if (written !== undefined && resolved !== undefined && fnNode?.type === "attribute" && !st.typeChecking && resolved.startsWith("airflow.") && !resolved.startsWith("airflow.providers.") && ctx.aliases.has(firstPart(written))) {
          rawAttributes.push({ use: { path: resolved, line: lineOf(node), column: node.startPosition.column + 1, ...(st.tried ? { tried: true as const } : {}) }, scope: st.scope, main: st.main });
        }
        const kind = parseTimeKind(node, written, resolved);
        if (kind) {
          rawCalls.push({
            call: { callee: written ?? shorten(fnNode?.text ?? "?"), line: lineOf(node), column: node.startPosition.column + 1, kind },
            scope: st.scope,
            main: st.main,
          });
        }
        // A name the file binds again (a `def EmptyOperator(task_id, **kw)` wrapper, a star import, a globals() write) may
        // change the id before any operator sees it: only calls of a class the walk is sure of count.
        const head = (written === undefined ? undefined : firstPart(written)) as string;
        const certainClass = written !== undefined && !notAirflows(head, ctx) && !ctx.localShadows.has(head) && !definedNames.has(head) && !boundInEnclosingFunction(node, head);
        if (written && certainClass && (ctx.operatorNames.has(written) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(written)))) {
          const { keywords } = callArguments(node);
          const idNode = keywords.get("task_id");
          const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : undefined;
          if (idNode && id !== undefined) {
            // Where it lands (DAG, groups, loop) is looked up after the walk, only where a clash is possible.
            const placed = keywords.has("task_group") ? undefined : node;
            rawTasks.push({ task: { id, ...spanOf(idNode) }, node: placed, dagArg: keywords.get("dag"), inLoop: st.loop, scope: st.scope, main: st.main });
          } else if (idNode && resolved?.startsWith("airflow.")) {
            // `task_id=1`: BaseOperator's validate_key refuses it (an Airflow class passes it on unchanged).
            const bad = nonStringKey(idNode, ctx);
            if (bad) rawTasks.push({ task: { id: bad.text, ...spanOf(idNode), notString: bad.type }, scope: st.scope, main: st.main });
          }
          for (const name of ["trigger_rule", "weight_rule"] as const) {
            const valueNode = keywords.get(name);
            const value = valueNode ? stringValue(followName(valueNode, ctx) ?? valueNode) : undefined;
            if (valueNode && value !== undefined) rawTaskArguments.push({ argument: { name, value, ...spanOf(valueNode) }, scope: st.scope, main: st.main });
          }
        }
        // A name imported from two places (a version check picking the class), or bound again in the file or by the
        // function the call is in (`class BashOperator(BashOperator): ...`), is not Airflow's class: not judged.
        const rebound = written !== undefined && (notAirflows(head, ctx) || (ctx.aliases.has(head) && boundInEnclosingFunction(node, head)));
        let operator = resolved !== undefined && fnNode && !rebound ? operatorClassFor(resolved) : undefined;
        let mapped: OperatorCall["mapped"];
        let innerRebound: boolean | undefined;
        if (operator === undefined && resolved?.endsWith(".partial")) {
          operator = operatorClassFor(resolved.slice(0, -".partial".length));
          mapped = "partial";
        } else if (operator === undefined && method === "expand") {
          // `BashOperator.partial(...).expand(...)`: expand()'s keywords are checked against the class too.
          const inner = fnNode?.childForFieldName("object");
          const innerName = inner?.type === "call" ? calleeName(inner.childForFieldName("function")) : undefined;
          const innerResolved = innerName !== undefined ? resolveName(innerName, ctx) : undefined;
          innerRebound = innerName !== undefined && notAirflows(firstPart(innerName), ctx);
          if (innerResolved?.endsWith(".partial")) {
            operator = operatorClassFor(innerResolved.slice(0, -".partial".length));
            mapped = "expand";
          }
        }
        if (operator !== undefined && fnNode && !rebound && !(innerRebound ?? false)) {
          const call = operatorCallOf(node, fnNode, operator, mapped === undefined ? defaultsOfFile : undefined, ctx);
          rawOperatorCalls.push({ call: mapped ? { ...call, mapped } : call, scope: st.scope, main: st.main });
        }
        if (fnNode?.type === "call") {
          // `my_task.override(task_id="...")()`: the task is made, and its key checked, by the outer call.
          const inner = fnNode.childForFieldName("function");
          if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override") {
            const idNode = callArguments(fnNode).keywords.get("task_id");
            const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : undefined;
            const object = inner.childForFieldName("object");
            // A star import or a globals() write may bind the name to something else: its task_id is not judged then.
            const certain = object?.type !== "identifier" || !boundAtRunTime(object.text, ctx);
            const bad = certain && idNode && id === undefined && object?.type === "identifier" && ctx.taskFunctions.has(object.text) ? nonStringKey(idNode, ctx) : undefined;
            if (certain && idNode && id !== undefined) rawTasks.push({ task: { id, ...spanOf(idNode) }, inLoop: st.loop, scope: st.scope, main: st.main });
            else if (idNode && bad) rawTasks.push({ task: { id: bad.text, ...spanOf(idNode), notString: bad.type }, scope: st.scope, main: st.main });
          }
        }
        if (written && certainClass && /(^|\.)TaskGroup$/.test(written)) {
          const group = groupIdOf(node, ctx);
          if (group.use && group.prefix !== undefined && (!group.use.notString || resolved === TASK_GROUP_CLASS)) {
            const use: TaskIdUse = group.prefix ? group.use : { ...group.use, unprefixed: true };
            rawTasks.push({ task: use, node: group.placed ? node : undefined, group, inLoop: st.loop, scope: st.scope, main: st.main });
          }
        }
        // TaskGroup's signature (TaskGroupCall): `TaskGroup(...)`, and `.override(...)` of an `@task_group` function.
        if (resolved === TASK_GROUP_CLASS && fnNode && !rebound) {
          const call = taskGroupCallOf(node, fnNode, "class", ctx);
          if (call) rawGroupCalls.push({ call, scope: st.scope, main: st.main });
        }
        const overridden = fnNode?.type === "attribute" && fnNode.childForFieldName("attribute")?.text === "override" ? fnNode.childForFieldName("object") : undefined;
        if (overridden?.type === "identifier" && ctx.taskGroupFunctions.has(overridden.text) && !ctx.taskFunctions.has(overridden.text) && !boundAtRunTime(overridden.text, ctx) && fnNode) {
          const call = taskGroupCallOf(node, fnNode, "override", ctx, overridden.text);
          // `grp.override(...)()`: the group is made with the keywords right away.
          const made = node.parent?.type === "call" && node.parent.childForFieldName("function")?.id === node.id;
          if (call) rawGroupCalls.push({ call, scope: st.scope, main: st.main, made });
        }
        const mapping = written === undefined ? method : fnNode?.type === "attribute" ? lastPart(written) : undefined;
        if ((mapping === "expand" || mapping === "expand_kwargs" || mapping === "partial") && fnNode) {
          for (const literal of mappingProblems(node, fnNode, mapping, ctx)) rawMapped.push({ literal, scope: st.scope, main: st.main });
          const task = mapping === "partial" ? undefined : mappedTaskOf(fnNode, ctx);
          if (task) rawMappedTasks.push({ task, scope: st.scope, main: st.main });
        }
        const taskCall = fnNode ? taskCallProblem(node, fnNode, ctx) : undefined;
        if (taskCall) rawTaskCalls.push({ call: taskCall, scope: st.scope, main: st.main });
        const importedCall = fnNode && !taskCall && ctx.aliases.size ? importedTaskCallOf(node, fnNode, ctx) : undefined;
        if (importedCall) rawImportedTaskCalls.push({ call: importedCall, scope: st.scope, main: st.main });
        const decorated = fnNode && ctx.taskDecorators.size ? taskDecoratorCallOf(fnNode, ctx) : undefined;
        if (decorated) rawDecoratorCalls.push({ call: decorated, scope: st.scope, main: st.main });
        const zoneMethod = fnNode?.type === "attribute" ? fnNode.childForFieldName("attribute")?.text : undefined;
        const zone = zoneMethod && TIME_ZONE_METHODS.has(zoneMethod) ? timeZoneArgument(node, undefined, ctx, zoneMethod) : resolved ? timeZoneArgument(node, resolved, ctx) : undefined;
        if (zone) rawZones.push({ zone: { ...zone, callee: written ?? resolved ?? `.${zoneMethod ?? "?"}` }, scope: st.scope, main: st.main });
        if (resolved === "airflow.datasets.Dataset" || resolved === "airflow.Dataset") {
          const { positional, keywords } = callArguments(node);
          const uriNode = keywords.get("uri") ?? positional[0];
          const uri = uriNode ? strOnly(moduleString(uriNode, ctx, { file: false })) : undefined;
          if (uriNode && uri !== undefined) rawDatasets.push({ use: { uri, ...spanOf(uriNode) }, scope: st.scope, main: st.main });
        }
        if (resolved && ISOLATED_OPERATOR.test(resolved)) {
          const callable = callArguments(node).keywords.get("python_callable");
          if (callable?.type === "identifier") isolatedCallables.push({ name: callable.text, scope: st.scope });
        }
        break;
      }
      default:
        if (LOOP_TYPES.has(type)) {
          for (const child of node.namedChildren) if (child) visit(child, { ...st, loop: true });
          return;
        }
        if (type === "attribute" && triggerRuleImported) {
          const object = calleeName(node.childForFieldName("object"));
          const member = node.childForFieldName("attribute");
          if (object !== undefined && member && resolveName(object, ctx) === `${TRIGGER_RULE_MODULE}.TriggerRule` && !isTriggerRuleMember(member.text)) {
            rawTriggerRuleMembers.push({ use: { member: member.text, ...spanOf(member) }, scope: st.scope, main: st.main });
          }
        }
        break;
    }
    for (const child of node.namedChildren) if (child) visit(child, st);
  };
  visit(root, { scope: moduleScope, loop: false, main: false, typeChecking: false, guarded: false, tried: undefined, conditional: undefined, classBody: false, className: undefined });

  // Which functions run when Airflow imports the file: those called from module level, transitively.
  const lookup = (name: string, scope: Scope): Scope | undefined => {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const found = s.defs?.get(name);
      if (found) return found;
    }
    return undefined;
  };
  let linked = 0;
  const linkCalls = (): void => {
    for (; linked < callSites.length; linked++) {
      const site = callSites[linked] as CallSite;
      if (site.via === "method") for (const method of methods.get(site.name) ?? []) method.scope.callers.push(site);
      else if (site.via === "class") {
        for (const method of methods.get("__init__") ?? []) if (method.className === site.name) method.scope.callers.push(site);
      } else if (site.via === "reference") {
        const target = lookup(site.name, site.scope);
        if (target?.kind === "dag" && target !== site.scope) target.callers.push(site);
      } else lookup(site.name, site.scope)?.callers.push(site);
    }
  };
  let executedMemo = new Map<Scope, boolean>();
  const executed = (scope: Scope): boolean => {
    if (scope.kind === "module") return true;
    const memo = executedMemo.get(scope);
    if (memo !== undefined) return memo;
    executedMemo.set(scope, false); // recursion guard
    // Calling a @task function while the DAG is built creates a task; its body runs later, in the task.
    const runs = scope.kind !== "task" && scope.kind !== "lambda" && scope.callers.some((c) => !c.inMain && executed(c.scope));
    executedMemo.set(scope, runs);
    return runs;
  };
  // Walk the deferred function bodies that module-level code turns out to call, until no new one runs.
  linkCalls();
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < deferred.length; i++) {
      const item = deferred[i] as { definition: Node; state: WalkState };
      if (!executed(item.state.scope)) continue;
      deferred.splice(i--, 1);
      const body = item.definition.childForFieldName("body");
      if (body) visit(body, item.state);
      changed = true;
    }
    if (changed) {
      linkCalls();
      executedMemo = new Map();
    }
  }
  for (const { name, scope } of isolatedCallables) {
    const target = lookup(name, scope);
    if (target) target.isolated = true;
  }
  const isolated = (scope: Scope): boolean => {
    for (let s: Scope | null = scope; s; s = s.parent) if (s.isolated) return true;
    return false;
  };

  // Whether a function module-level code calls is certain to run: some call of it runs unless an if of unknown truth is not taken.
  const certainMemo = new Map<Scope, boolean>();
  const certainlyRun = (scope: Scope): boolean => {
    if (scope.kind === "module") return true;
    const memo = certainMemo.get(scope);
    if (memo !== undefined) return memo;
    certainMemo.set(scope, false); // recursion guard
    const runs = scope.kind !== "task" && scope.kind !== "lambda" && scope.callers.some((c) => !c.inMain && !c.conditional && certainlyRun(c.scope));
    certainMemo.set(scope, runs);
    return runs;
  };
  /**
   * The items of `raw` whose code runs when Airflow imports the file (not under `__main__`, in a scope that runs, not in
   * an isolated callable's), each as `pick` gives it, in order. One loop for every list, not a filter and a map per
   * list inlined here: those made this function's optimised code depend on each list's shape, and a file with a
   * non-empty one threw it away (a second compile of this large function, ~0.3 s of CPU per run of the bench).
   */
  const ranAtImport = <R extends { scope: Scope; main: boolean }, T>(raw: R[], pick: (item: R) => T): T[] => {
    const kept: T[] = [];
    for (const item of raw) if (!item.main && executed(item.scope) && !isolated(item.scope)) kept.push(pick(item));
    return kept;
  };
  const imports: ImportRef[] = [];
  for (const { ref, scope, main } of rawImports) {
    if (main) continue; // `if __name__ == "__main__":` never runs when Airflow imports the file
    const where = isolated(scope) ? "isolated" : executed(scope) ? "module" : "function";
    // readImports' own object completed in place (each is listed here once): a copy of each cost ~20 ms over the
    // bench's files. Its keys come in the same order as a copy's (`{ ...ref, scope, conditional }`).
    const entry = ref as ImportRef;
    entry.scope = where;
    if (where === "module" && !ref.conditional && !certainlyRun(scope)) entry.conditional = true;
    imports.push(entry);
  }
  const parseTimeCalls = ranAtImport(rawCalls, (raw) => raw.call);
  const called = (fn: Scope): boolean => fn.callers.some((c) => !c.inMain && executed(c.scope));
  const taskIds = placeTaskIds(
    rawTasks.filter(({ scope, main, createdBy }) => !main && (createdBy ? called(createdBy) : executed(scope)) && !isolated(scope)),
    ctx,
    classifyClass,
  );
  const mappedLiterals = ranAtImport(rawMapped, (raw) => raw.literal);
  const mappedTasks = ranAtImport(rawMappedTasks, (raw) => raw.task);
  const taskCalls = ranAtImport(rawTaskCalls, (raw) => raw.call);
  const importedTaskCalls = ranAtImport(rawImportedTaskCalls, (raw) => raw.call);
  const taskArguments = ranAtImport(rawTaskArguments, (raw) => raw.argument);
  const operatorCalls = ranAtImport(rawOperatorCalls, (raw) => raw.call);
  const triggerRuleMembers = ranAtImport(rawTriggerRuleMembers, (raw) => raw.use);
  const taskDecoratorCalls = ranAtImport(rawDecoratorCalls, (raw) => raw.call);
  const taskGroupCalls = groupCallsMade(ranAtImport(rawGroupCalls, (raw) => raw), called);
  const unknownTaskDecorators = ranAtImport(rawUnknownDecorators, (raw) => raw.use);
  const timeZones = ranAtImport(rawZones, (raw) => raw.zone);
  const datasetUris = ranAtImport(rawDatasets, (raw) => raw.use);
  const airflowAttributes = ranAtImport(rawAttributes, (raw) => raw.use);

  // A DAG kept only in a list or dict is found when module code copies the container into its globals
  // (`globals().update(dags)`), or loops over it at module level (`for k, v in dags.items(): globals()[k] = v`; a
  // plain loop leaves the last one in its loop variable, a global).
  // Or when a module-level statement takes it back out by its static key (`dag = registry["x"]`, `.get("x")`).
  const escapes = (container: string | undefined, key?: string): boolean =>
    container !== undefined && (readWhole(source, container) || (key !== undefined && takenBack(source, container, key)));
  const dags: DagInfo[] = [];
  const candidateDags: DagInfo[] = [];
  const uncalledDagFunctions: UncalledDagFunction[] = [];
  const importedWrapperDags: ImportedWrapperDag[] = [];
  for (const site of sites) {
    if (site.inMain) continue;
    const out = site.certain ? dags : candidateDags;
    const instances = instancesOf(site, executed);
    if (site.imported) {
      // Its scope is no `@dag` function's (the callee may be no wrapper): a reference handing it on (`JOBS = [fn]`) is
      // not linked as a call; like one of an `@dag` function, it makes one DAG when nothing calls the function directly.
      const references = callSites.filter((c) => c.via === "reference" && c.name === site.dagFn?.name);
      const reference = instances.length ? undefined : references.find((c) => !c.inMain && c.scope.kind === "module" && lookup(c.name, c.scope) === site.dagFn);
      const made = reference ? [{ chain: [reference], loop: reference.inLoop }] : instances;
      importedWrapperDags.push(...importedWrapperDagsOf(site, made, executed(site.scope) && !references.length, escapes, ctx));
      continue;
    }
    if (site.kind === "decorator" && site.at?.type === "decorated_definition" && instances.length === 0 && executed(site.scope) && site.certain) {
      const nameNode = site.dagFn?.node?.childForFieldName("name");
      if (nameNode) uncalledDagFunctions.push({ name: nameNode.text, dagId: site.dag.dagId, ...spanOf(nameNode), ...(site.dag.decoratorWithoutCall ? { decoratorWithoutCall: true as const } : {}) });
    }
    const found = foundInstances(site, instances, escapes);
    for (const instance of found) out.push(...perIteration(site, instance, instantiate(site, instance, found.length, ctx), ctx));
  }
  const factoryCalls = rawFactoryCalls.map(({ node, callee }) => factoryCallOf(node, callee, ctx, escapes));
  const factories = factoryDefinitions(sites, moduleScope, ctx);
  // Annotations never evaluated (see FileInventory.unevaluated): only looked for where the text may hold one.
  const unevaluated: number[] = [];
  const postponed = source.includes("__future__") && POSTPONED_ANNOTATIONS.test(source);
  const shapes = annotationShapes(source);
  if (postponed || ((shapes & MAY_STRING_ANNOTATION) !== 0 && STRING_ANNOTATION.test(source))) {
    for (const annotation of tree.rootNode.descendantsOfType("type")) {
      if (!annotation) continue;
      // Without PEP 563: string annotations, and a local variable's annotation (PEP 526: never evaluated in a function).
      if (!postponed && !/^(string|concatenated_string)$/.test(annotation.firstNamedChild?.type ?? "") && !localVariableAnnotation(annotation)) continue;
      unevaluated.push(annotation.startPosition.row + 1, annotation.startPosition.column + 1, annotation.endPosition.row + 1, annotation.endPosition.column + 1);
    }
  }
  // Functions not run at import, outermost only (a scope inside one that is listed adds nothing): their bodies. A
  // `def` or `lambda` that runs at import evaluates its parameters' defaults and, without PEP 563, its annotations
  // then (the decorators are outside the node): those parts run with the code around them.
  const notRunAtImport: number[] = [];
  const listed = new Set<Scope>();
  for (const scope of functionScopes) {
    if (executed(scope) && !isolated(scope)) continue;
    let outer = false;
    for (let s = scope.parent; s; s = s.parent) if (listed.has(s)) outer = true;
    listed.add(scope);
    if (outer || !scope.node) continue;
    const { line, column, endLine, endColumn } = spanOf(scope.node.childForFieldName("body") ?? scope.node);
    notRunAtImport.push(line, column, endLine, endColumn);
  }
  notRunAtImport.push(...blocksNotRun);
  const typeCheckingOnly = !hasStarImport(ctx) && /\bTYPE_CHECKING\b/.test(source) ? typeCheckingReads(root, tree.rootNode, source, notRunAtImport, postponed) : [];
  const onBuiltins = namesSetOnBuiltins(source);
  const dynamicGlobals = bindsNamesAtRunTime(ctx) || onBuiltins === "any";
  // Task dependencies (task-graph.ts): only files that write dependencies, fail_stop or teardowns are walked again.
  const dependencies = TASK_GRAPH_WORDS.test(source) ? extractTaskGraphs(root, source, (written) => resolveName(written, ctx)) : undefined;
  return {
    dags,
    imports,
    parseTimeCalls,
    suppressions: readSuppressions(source),
    classes,
    candidateDags,
    uncalledDagFunctions,
    ...nonEmptyLists({
      timeZones,
      datasetUris,
      taskIds,
      mappedLiterals,
      mappedTasks,
      taskCalls,
      importedTaskCalls,
      moduleTaskFunctions: moduleTaskFunctionsOf(root, ctx),
      taskArguments,
      airflowAttributes,
      operatorCalls,
      taskGroupCalls,
      triggerRuleMembers,
      taskDecoratorCalls,
      unknownTaskDecorators,
      taskGraphs: dependencies?.graphs ?? [],
      teardownRules: dependencies?.teardownRules ?? [],
      dependencyErrors: dependencies?.dependencyErrors ?? [],
      factoryCalls,
      factories,
      dagGlobals: dagGlobalsOf(root, dags),
      dagSplatLines,
      // Only files that return a `dag(...)` call and write `**` look at their functions.
      dagWrappers: source.includes("**") && RETURNS_DAG_CALL.test(source) ? dagWrapperDefinitions(root, wrapperOf) : [],
      importedWrapperDags,
      notRunAtImport,
      unevaluated,
      typeCheckingReads: typeCheckingOnly,
      unboundLocalReads: unboundLocalReads(functionScopes.flatMap((scope) => (scope.node ? [scope.node] : []))),
      // Not judged where names may come from elsewhere: a star import, run-time globals, or names set on builtins.
      earlyReads: dynamicGlobals || hasStarImport(ctx) || /\bbuiltins\b/.test(source) ? [] : earlyReads(root, source),
      globalReads: dynamicGlobals || hasStarImport(ctx) || /\bbuiltins\b/.test(source) ? [] : globalReads(root, source),
      annotatedOnly: dynamicGlobals || hasStarImport(ctx) || (shapes & MAY_BARE_ANNOTATION) === 0 || !BARE_ANNOTATION.test(source) ? [] : annotatedOnlyNames(root),
    }),
    ...(dynamicGlobals ? { dynamicGlobals: true as const } : {}),
    ...(onBuiltins !== "any" && onBuiltins?.size ? { builtinsNames: [...onBuiltins].sort() } : {}),
  };
}

/**
 * TaskGroupCalls worth keeping among those made at import (`run`, in order): what only fails where the group is made (a
 * suffix, a value) is kept only where it is: an override called at once, an `@task_group` function module-level code
 * calls (`called`).
 */
function groupCallsMade(run: { call: TaskGroupCall; made?: boolean; groupScope?: Scope }[], called: (fn: Scope) => boolean): TaskGroupCall[] {
  const bound = run.map(({ call, made, groupScope }): TaskGroupCall => {
    if (made ?? (groupScope ? called(groupScope) : true)) return call;
    const { suffix: _suffix, values: _values, ...rest } = call;
    return rest;
  });
  return bound.filter((call) => call.unknownKeywords.length || call.missingGroupId || call.extraPositional || call.repeated || call.suffix || call.values);
}

/**
 * The lists of `lists` that hold something, in the same order (a FileInventory leaves empty optional lists out).
 * Kept out of extractDagInventory on purpose: an empty array literal and one that items were pushed into have
 * different hidden classes in V8, so each `.length` read there saw a new one on some later file and threw the
 * optimised code of the whole (large) function away — two extra TurboFan compiles of it, ~0.15 s of CPU each, per
 * thread and run (`node --trace-opt --trace-deopt` over the bench's 2,000 files).
 */
function nonEmptyLists<T extends Record<string, unknown[]>>(lists: T): Partial<T> {
  const present: Partial<T> = {};
  for (const key of Object.keys(lists) as (keyof T)[]) {
    const list = lists[key] as unknown[];
    if (list.length) present[key] = lists[key];
  }
  return present;
}

/** `from __future__ import annotations` (PEP 563): no annotation is evaluated. */
const POSTPONED_ANNOTATIONS = /^[ \t]*from[ \t]+__future__[ \t]+import[^\n]*\bannotations\b/m;
/**
 * Where a string annotation may be: `-> "T"`, a parameter on a `def` line or a module-level name then `: "T"`; not a dict's
 * `"key": "value"` (the common case, which would cost every file a search of its tree).
 */
const STRING_ANNOTATION = /^[ \t]+[A-Za-z_]\w*[ \t]*:[ \t]*[A-Za-z_]|->[ \t]*[rRuUbB]?["']|^[ \t]*(?:async[ \t]+)?def[ \t][^\n]*[(,][ \t]*[A-Za-z_]\w*[ \t]*:[ \t]*[rRuUbB]?["']|^[A-Za-z_]\w*[ \t]*:[ \t]*[rRuUbB]?["']/m;
/** A star import: the file's names are unknown (ruff reports no F821 then either). */
const STAR_IMPORT = /^\s*from\s+[\w.]+\s+import\s+\*/m;
/**
 * What every star import holds (STAR_IMPORT's and lastStarImportIn's): searched first, as it starts with a word
 * (V8 skips to its occurrences), where STAR_IMPORT's `^\s*` is tried at every line start.
 */
const STAR_IMPORT_WORDS = /import\s+\*/;

/** STAR_IMPORT.test of the file's source, scanned once per file (up to six checks ask). */
function hasStarImport(ctx: FileContext): boolean {
  return (ctx.starImport ??= STAR_IMPORT_WORDS.test(ctx.source) && STAR_IMPORT.test(ctx.source));
}
/** A line that may be a module-level annotation without a value (`LIMIT: int`); the tree decides. */
const BARE_ANNOTATION = /^[\p{L}_][\p{L}\p{N}_]*[ \t]*:[^=\n]*$/mu;

/** annotationShapes: the source may match STRING_ANNOTATION. */
const MAY_STRING_ANNOTATION = 1;
/** annotationShapes: the source may match BARE_ANNOTATION. */
const MAY_BARE_ANNOTATION = 2;

/**
 * Which of STRING_ANNOTATION and BARE_ANNOTATION the source may match (MAY_* bits), by a look around each `->` and
 * `:`; each RegExp still decides where its bit is set, so the answers are theirs. Both try their line-start
 * alternatives at every line and their others at every letter: ~30 and ~10 ms over the bench's 2,000 files (measured
 * in the run), where these searches take a few, and most files hold neither shape. A match of either holds one of:
 * - `->`, blanks, maybe one prefix letter, a quote (STRING_ANNOTATION's return annotation);
 * - a `:` after a name and blanks, where the name follows blanks at a line start (`^`: the text's, or after `\n`,
 *   `\r`, U+2028 or U+2029) and, for STRING_ANNOTATION, the `:` is followed by blanks and a letter, `_` or quote;
 * - a `:` after a name and blanks after `(` or `,`, then blanks, maybe one prefix letter, a quote (a parameter's string
 *   annotation on a `def` line).
 * The names are read over-inclusively: ASCII word characters and every non-ASCII code unit but U+2028 and U+2029
 * (BARE_ANNOTATION's `\p{L}`/`\p{N}` letters and digits, surrogates included).
 */
function annotationShapes(source: string): number {
  let shapes = 0;
  for (let arrow = source.indexOf("->"); arrow !== -1 && shapes === 0; arrow = source.indexOf("->", arrow + 2)) {
    if (quoteAt(source, skipBlanks(source, arrow + 2))) shapes |= MAY_STRING_ANNOTATION;
  }
  for (let colon = source.indexOf(":"); colon !== -1 && shapes !== (MAY_STRING_ANNOTATION | MAY_BARE_ANNOTATION); colon = source.indexOf(":", colon + 1)) {
    const k = beforeWordEndingAt(source, colon - 1, isNameCode);
    if (k === undefined) continue;
    const before = source.charCodeAt(k);
    const lineStart = isLineStartAfter(source, k);
    if (!lineStart && before !== 0x28 && before !== 0x2c) continue;
    if (lineStart) shapes |= MAY_BARE_ANNOTATION;
    const value = skipBlanks(source, colon + 1);
    if (quoteAt(source, value) || (lineStart && isIdentifierStartCode(source.charCodeAt(value)))) shapes |= MAY_STRING_ANNOTATION;
  }
  return shapes;
}



/** A string literal's start at `k`: a quote, or one prefix letter (`[rRuUbB]`) and a quote. */
function quoteAt(text: string, k: number): boolean {
  let c = text.charCodeAt(k);
  if (c === 0x72 || c === 0x52 || c === 0x75 || c === 0x55 || c === 0x62 || c === 0x42) c = text.charCodeAt(k + 1);
  return c === 0x22 || c === 0x27;
}



/** A code unit that may be part of a name (annotationShapes): `\w`, or any non-ASCII one but a line terminator. */
function isNameCode(c: number): boolean {
  return isWordCode(c) || (c >= 0x80 && c !== 0x2028 && c !== 0x2029);
}

/** Whether the file may bind any module-level name at run time (namesBoundAtRunTime; FileInventory.dynamicGlobals). */
function bindsNamesAtRunTime(ctx: FileContext): boolean {
  const written = (ctx.runTimeNames ??= namesBoundAtRunTime(ctx.source));
  return written === "any" || written.size > 0;
}

/**
 * The names a file sets on the builtins module, which every module then reads as globals (FileInventory.builtinsNames):
 * `builtins.ENV = ...` (also through `import builtins as b`), `setattr(builtins, "ENV", ...)`, `builtins.__dict__["ENV"]
 * = ...`, `vars(builtins)["ENV"] = ...`, `__builtins__["ENV"] = ...`; "any" where it sets names it does not spell
 * (`setattr(builtins, name, ...)`, `builtins.__dict__.update(...)`: FileInventory.dynamicGlobals); undefined when none.
 * A text scan: a false match only makes a name known.
 */
function namesSetOnBuiltins(source: string): Set<string> | "any" | undefined {
  if (!source.includes("builtins")) return undefined;
  const module = ["builtins", "__builtins__", ...[...source.matchAll(/\bimport[ \t]+builtins[ \t]+as[ \t]+(\w+)/g)].map((m) => m[1] as string)].join("|");
  const target = `(?:(?<![\\w.])(?:${module})(?:\\s*\\.\\s*__dict__)?|\\bvars\\s*\\(\\s*(?:${module})\\s*\\))`;
  const names = new Set<string>();
  const patterns = [
    new RegExp(`(?<![\\w.])(?:${module})\\s*\\.\\s*(?!__dict__\\b)(\\w+)\\s*=(?!=)`, "g"),
    new RegExp(`\\bsetattr\\s*\\(\\s*(?:${module})\\s*,\\s*["'](\\w+)["']`, "g"),
    new RegExp(`${target}\\s*\\[\\s*["'](\\w+)["']\\s*\\]\\s*=(?!=)`, "g"),
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) names.add(match[1] as string);
  // Any other write: a computed key or attribute name, update(), setdefault(), __setitem__().
  const other = new RegExp(
    `${target}\\s*(\\[[^\\]\\n]*\\]\\s*=(?!=)|\\.\\s*(update|setdefault|__setitem__)\\s*\\()|\\bsetattr\\s*\\(\\s*(?:${module})\\s*,(?!\\s*["']\\w+["'])`,
  );
  const literalKey = new RegExp(`${target}\\s*\\[\\s*["']\\w+["']\\s*\\]\\s*=(?!=)`, "g");
  if (other.test(source.replace(literalKey, ""))) return "any";
  return names.size ? names : undefined;
}

/**
 * Top-level modules whose functions are no project factory (the standard library, Airflow and pendulum, which DAG
 * files call at module level most): their calls are not recorded as FactoryCalls, which keeps those files' judged
 * records cacheable and small. Any other module is looked up among the project's modules by the project pass.
 */
const NOT_PROJECT_MODULES = new Set([...stdlib.modules, "airflow", "pendulum"]);

/** `node` with the parentheses around it climbed: the outermost parenthesized expression holding it, and its parent. */
function unparenthesized(node: Node): { child: Node; parent: Node | null } {
  let child = node;
  let parent = node.parent;
  while (parent?.type === "parenthesized_expression") {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

/** The assignment whose right-hand side is `node` (through parentheses), with its target; undefined otherwise. */
function assignedBy(node: Node): { assignment: Node; target: Node | null } | undefined {
  const { child, parent } = unparenthesized(node);
  return parent?.type === "assignment" && parent.childForFieldName("right")?.id === child.id ? { assignment: parent, target: parent.childForFieldName("left") } : undefined;
}

/**
 * Whether a call's result is bound, stored in a container, copied into the globals or dropped (where a factory's DAG
 * lands), not an argument of another call or part of an expression.
 */
function factoryCallPosition(call: Node): boolean {
  const { child, parent } = unparenthesized(call);
  switch (parent?.type) {
    case "expression_statement":
    case "list":
    case "set":
    case "tuple":
    case "expression_list":
      return true;
    case "assignment":
      return parent.childForFieldName("right")?.id === child.id;
    case "pair":
      return parent.childForFieldName("value")?.id === child.id;
    case "with_item":
      return true;
    case "as_pattern":
      return parent.parent?.type === "with_item" && parent.namedChildren[0]?.id === child.id;
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
    case "generator_expression":
      return parent.childForFieldName("body")?.id === child.id;
    case "argument_list": {
      const callee = parent.parent?.type === "call" ? parent.parent.childForFieldName("function") : undefined;
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
      return method !== undefined && CONTAINER_METHODS.has(method);
    }
    default:
      return false;
  }
}

/** What a module-level call of an imported function passes and where its result lands (see FactoryCall). */
function factoryCallOf(call: Node, callee: string, ctx: FileContext, escapes: (container: string | undefined, key?: string) => boolean): FactoryCall {
  const out: FactoryCall = { callee, line: lineOf(call), column: call.startPosition.column + 1, held: "unknown" };
  const branch = branchOf(call);
  if (branch) out.branch = branch;
  const splat = call.childForFieldName("arguments")?.namedChildren.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
  const forLoop = moduleLoopOf(call);
  const clause = forLoop ? undefined : comprehensionLoopOf(call);
  const loop = forLoop ?? clause;
  if (!loop) {
    // In a while loop, nested loops or a conditional comprehension: how many DAGs is not known.
    for (let p = call.parent; p; p = p.parent) if (LOOP_TYPES.has(p.type)) return out;
    const where = landing(call);
    // `with make_dag("x"):` enters the DAG, which registers it (DagContext) whatever holds it after.
    if (isWithItem(call)) out.held = "all";
    else out.held = where.where === "dropped" ? "none" : where.where === "kept" ? (reboundLater(call) ? "none" : "all") : escapes(where.container, containerKey(call)) ? "all" : "none";
    if (!splat) out.passes = [passArguments(call, ctx, (name, depth) => moduleName(name, ctx, { file: false }, depth))];
    return out;
  }
  if (forLoop) {
    // Passes kept by key (globals()[f"..."], a registry) are not followed for another module's factory: unknown.
    const held = heldAcrossPasses(call, forLoop, ctx.source, true);
    out.held = { each: "all", last: "last", none: "none", unsure: "unknown" }[typeof held === "string" ? held : "unsure"] as FactoryCall["held"];
  }
  else if (copiedIntoGlobals(loop.parent, ctx.source)) out.held = "all";
  else {
    const where = landing(call);
    out.held = where.where === "container" && !escapes(where.container) ? "none" : "unknown";
  }
  const iterations = splat ? undefined : loopIterations(loop, ctx);
  if (!iterations) return out;
  const body = forLoop?.childForFieldName("body");
  const assigned = assignedOnce(body);
  out.passes = iterations.map((binding) => {
    const use = { file: false };
    const lookup = passLookup(binding, assigned, ctx, use);
    return passArguments(call, ctx, lookup);
  });
  return out;
}

/** Names a loop body assigns exactly once (`dag_id = f"loop_{n}"`), to their value; null for a name assigned twice. */
function assignedOnce(body: Node | null | undefined): Map<string, Node | null> {
  const assigned = new Map<string, Node | null>();
  for (const statement of body?.namedChildren ?? []) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : undefined;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : undefined;
    const right = assignment?.childForFieldName("right");
    if (left?.type === "identifier" && right) assigned.set(left.text, assigned.has(left.text) ? null : right);
  }
  return assigned;
}

/**
 * Name lookup for one pass of a loop: the pass's loop variables, then what the body assigns once (see assignedOnce,
 * evaluated in that pass), then module names; a name the body assigns twice is not static. `use.file` is set by values
 * read from the file's name.
 */
function passLookup(binding: Map<string, string>, assigned: Map<string, Node | null>, ctx: FileContext, use: { file: boolean }): (name: Node, depth: number) => string | undefined {
  const lookup = (name: Node, depth: number): string | undefined => {
    // `cfg["name"]` (evalString asks for a key of a dict a name stands for): the pass's dict entry, if bound.
    if (name.type === "subscript") {
      const key = subscriptItemKey(name);
      return key === undefined ? undefined : binding.get(key);
    }
    if (binding.has(name.text)) return binding.get(name.text);
    const value = assigned.get(name.text);
    if (value === null) return undefined;
    return value ? evalString(value, ctx, use, depth + 1, lookup) : moduleName(name, ctx, use, depth);
  };
  return lookup;
}

/** The loopIterations binding of entry `key` of the dict literal a loop name stands for (`cfg["key"]`). */
const itemKey = (name: string, key: string): string => `${name}\u0000${key}`;

/** itemKey of `name["key"]` (one static string key of a plain name), else undefined. */
function subscriptItemKey(node: Node): string | undefined {
  const value = node.childForFieldName("value");
  const subscripts = node.childrenForFieldName("subscript").filter((c): c is Node => !!c);
  const index = subscripts.length === 1 ? subscripts[0] : undefined;
  if (value?.type !== "identifier" || (index?.type !== "string" && index?.type !== "concatenated_string")) return undefined;
  const key = stringValue(index);
  return key === undefined ? undefined : itemKey(value.text, key);
}

/** The static str values of a call's arguments (null: not a static str), names looked up with `lookup`. */
function passArguments(call: Node, ctx: FileContext, lookup: (name: Node, depth: number) => string | undefined): NonNullable<FactoryCall["passes"]>[number] {
  const { positional, keywords } = callArguments(call);
  const use = { file: false };
  const value = (node: Node): string | null => {
    const text = strOnly(evalString(node, ctx, use, 0, lookup));
    // A value computed from the file's name is not kept: the analysis is cached by content (see dagIdFromFile).
    return text === undefined || use.file ? null : text;
  };
  return { positional: positional.map(value), keywords: Object.fromEntries([...keywords].map(([name, node]) => [name, value(node)])) };
}

/** Marks parameter `index` in a dag_id template while it is evaluated (private-use characters, as INT). */
const PARAM_BASE = 0xe100;

/**
 * The module-level functions of the file that make exactly one DAG per call, in a statement of their own body (see
 * FactoryDefinition): a `with DAG(...)` block (registered), or a plain `DAG(...)` returned directly or through the
 * name it is bound to.
 */
function factoryDefinitions(sites: DagSite[], moduleScope: Scope, ctx: FileContext): FactoryDefinition[] {
  const byScope = new Map<Scope, DagSite[]>();
  for (const site of sites) {
    if (site.scope.parent === moduleScope && site.scope.kind === "plain" && !site.inMain) byScope.set(site.scope, [...(byScope.get(site.scope) ?? []), site]);
  }
  const out: FactoryDefinition[] = [];
  for (const [scope, list] of byScope) {
    const site = list[0] as DagSite;
    const fn = scope.node;
    const body = fn?.childForFieldName("body");
    const idKeyword = !site.idNode && site.wrapper?.passes("dag_id") === true && !site.wrapper.supplies("dag_id");
    if (list.length !== 1 || !site.certain || site.noAutoRegister || !(site.idNode || idKeyword) || !fn || !body || !scope.name) continue;
    if (site.kind !== "with" && site.kind !== "call") continue;
    // Only positional-or-keyword parameters and a trailing `**kwargs`.
    const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
    if (parameters.some((p) => p && p.type !== "dictionary_splat_pattern" && !/^(identifier|default_parameter|typed_parameter|typed_default_parameter)$/.test(p.type))) continue;
    let statement: Node | null | undefined = site.kind === "with" ? site.at : site.callNode;
    while (statement && statement.parent?.id !== body.id) statement = statement.parent;
    // The with statement itself, not one nested in an `if`, loop or `try` of the body.
    if (!statement || (site.kind === "with" && statement.id !== site.at?.id)) continue;
    let registers = site.kind === "with";
    if (site.kind === "call") {
      // `return DAG(...)`, or `name = DAG(...)` and a `return name` statement of the body; `with name:` in the body
      // registers the DAG as a `with DAG(...)` block would.
      const call = site.callNode as Node;
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : undefined;
      const bound = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === call.id ? assignment.childForFieldName("left") : undefined;
      const after = body.namedChildren.slice(body.namedChildren.findIndex((s) => s?.id === statement?.id) + 1);
      registers = bound?.type === "identifier" && after.some((s) => s?.type === "with_statement" && entersName(s, bound.text));
      const returned =
        (statement.type === "return_statement" && statement.namedChildren[0]?.id === call.id) ||
        (assignment?.type === "assignment" &&
          assignment.childForFieldName("right")?.id === call.id &&
          assignment.childForFieldName("left")?.type === "identifier" &&
          body.namedChildren.some((s) => s?.type === "return_statement" && s.namedChildren[0]?.text === assignment.childForFieldName("left")?.text));
      if (!returned && !registers) continue;
    }
    // Nothing before it may leave the function first.
    const before = body.namedChildren.slice(0, body.namedChildren.findIndex((s) => s?.id === statement?.id));
    if (before.some((s) => s && /\b(return|raise|yield)\b/.test(s.text))) continue;
    const params = scope.params;
    const paramsOut = params.map((p) => (p.default ? { name: p.name, default: strOnly(moduleString(p.default, ctx, { file: false })) ?? null } : { name: p.name }));
    if (!site.idNode) {
      out.push({ name: scope.name, line: lineOf(fn), params: paramsOut, registers: false, acceptsKeywords: true, dagIdParts: [], idKeyword: true, definedBy: site.dag.definedBy });
      continue;
    }
    const dagIdParts = templateParts(site.idNode, params, ctx);
    if (!dagIdParts) continue;
    // Not from a parameter the body binds again before the DAG call (`schedule = schedule or "@daily"`).
    const scheduleNode = site.scheduleNode;
    const rebound = scheduleNode && (scheduleNode.text.match(/[A-Za-z_]\w*/g) ?? []).some((name) => params.some((p) => p.name === name) && rebinds(body, name));
    const scheduleParts = scheduleNode && !rebound ? templateParts(scheduleNode, params, ctx) : undefined;
    out.push({
      name: scope.name,
      line: lineOf(fn),
      params: paramsOut,
      registers,
      ...(parameters.some((p) => p?.type === "dictionary_splat_pattern") ? { acceptsKeywords: true as const } : {}),
      dagIdParts,
      ...(scheduleParts ? { scheduleParts } : {}),
      definedBy: site.dag.definedBy,
    });
  }
  return out;
}

/**
 * FactoryDefinition.dagIdParts (and scheduleParts) of an expression in a factory's DAG call: static string parts and
 * parameter indexes. Undefined when it is not a static str once parameters are bound, depends on the file's name, or
 * calls a method (`.upper()` on a parameter is not followed).
 */
function templateParts(node: Node, params: { name: string }[], ctx: FileContext): (string | number)[] | undefined {
  if (/\(/.test(node.text) || params.length > 255) return undefined;
  const use = { file: false };
  const template = evalString(node, ctx, use, 0, (name, depth) => {
    const index = params.findIndex((p) => p.name === name.text);
    return index === -1 ? moduleName(name, ctx, use, depth) : String.fromCharCode(PARAM_BASE + index);
  });
  if (template === undefined || isInt(template) || use.file) return undefined;
  const parts: (string | number)[] = [];
  for (const char of template) {
    const code = char.charCodeAt(0);
    if (code >= PARAM_BASE && code < PARAM_BASE + 256) parts.push(code - PARAM_BASE);
    else if (typeof parts[parts.length - 1] === "string") parts[parts.length - 1] += char;
    else parts.push(char);
  }
  return parts;
}

/** Syntax node types of literals expand() refuses, with their Python type (a list, dict or name may be mapped). */
const PYTHON_LITERAL_TYPES: Record<string, MappedLiteral["type"]> = { string: "str", concatenated_string: "str", integer: "int", float: "float", true: "bool", false: "bool", none: "NoneType", set: "set", set_comprehension: "set", generator_expression: "generator" };

/**
 * The `@task` function a mapping method is called on, directly or through `.override(...)`/`.partial(...)` (`f`,
 * `f.partial(y=1)`, `f.override(task_id="g").partial(...)`), with the trigger_rule the task gets: its decorator's, as
 * the last `.override(trigger_rule=...)` changes it ("unknown" after a splat). Undefined for anything else, a function
 * defined twice or also decorated otherwise.
 */
function taskChainOf(object: Node | null, ctx: FileContext): { name: string; rule?: Node | "unknown" } | undefined {
  const overrides: Node[] = [];
  let node = object;
  while (node?.type === "call") {
    const fn = node.childForFieldName("function");
    const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
    if (!fn || (method !== "override" && method !== "partial")) return undefined;
    if (method === "override") overrides.unshift(node);
    node = fn.childForFieldName("object");
  }
  if (node?.type !== "identifier") return undefined;
  const signature = ctx.taskSignatures.get(node.text);
  if (!signature || !boundOnlyByItsDef(node.text, ctx)) return undefined;
  let rule = signature.triggerRule;
  for (const override of overrides) {
    const { keywords, splat } = callArguments(override);
    rule = splat ? "unknown" : (keywords.get("trigger_rule") ?? rule);
  }
  return { name: node.text, ...(rule !== undefined ? { rule } : {}) };
}

/** A trigger_rule value that is "always": the string (also a module constant bound to it) or TriggerRule.ALWAYS. */
function isAlwaysRule(rule: Node | "unknown" | undefined, ctx: FileContext): boolean {
  if (rule === undefined || rule === "unknown") return false;
  const value = followName(rule, ctx) ?? rule;
  if (value.type === "attribute") return resolveName(calleeName(value) ?? "", ctx) === `${TRIGGER_RULE_MODULE}.TriggerRule.ALWAYS`;
  return stringValue(value) === "always";
}

/**
 * An expression that is certainly an XComArg: a call of the file's `@task` function (also `.override(...)(...)`, and
 * its `.expand(...)`/`.expand_kwargs(...)`), a classic operator's `.output`, `XComArg(...)`, a key of one of these, or
 * a name the file binds once to one of these.
 */
function isTaskOutput(value: Node, ctx: FileContext, depth = 0): boolean {
  if (depth > 4) return false;
  if (value.type === "identifier") {
    const bound = operatorBinding(value, ctx);
    return !!bound && isTaskOutput(bound, ctx, depth + 1);
  }
  if (value.type === "subscript") {
    const object = value.childForFieldName("value");
    return !!object && isTaskOutput(object, ctx, depth + 1);
  }
  if (value.type === "attribute" && value.childForFieldName("attribute")?.text === "output") {
    const operator = value.childForFieldName("object");
    const made = operator?.type === "call" ? operator : operator?.type === "identifier" ? operatorBinding(operator, ctx) : undefined;
    const callee = made ? calleeName(made.childForFieldName("function")) : undefined;
    return callee !== undefined && (ctx.operatorNames.has(callee) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(callee)));
  }
  if (value.type !== "call") return false;
  const fn = value.childForFieldName("function");
  const written = calleeName(fn);
  if (written !== undefined && /^airflow\.models\.(xcom_arg\.)?XComArg$/.test(resolveName(written, ctx))) return true;
  if (fn?.type === "identifier") return !!taskChainOf(fn, ctx);
  if (fn?.type === "call") return fn.childForFieldName("function")?.childForFieldName("attribute")?.text === "override" && !!taskChainOf(fn, ctx);
  const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
  return (method === "expand" || method === "expand_kwargs") && !!taskChainOf(fn?.childForFieldName("object") ?? null, ctx);
}

/**
 * What Airflow checks first when a task is mapped, in its order (airflow/decorators/base.py _TaskDecorator.expand,
 * expand_kwargs and partial; models/mappedoperator.py OperatorPartial.expand; decorators/task_group.py at 2.10.5):
 * - a `@task` whose trigger_rule is "always" mapped over a task's output: expand() with an XComArg value, or
 *   expand_kwargs() with a list of dicts one of whose values is one (ValueError: Task-generated mapping within a task
 *   using 'expand' is not allowed with trigger rule 'always'); a literal list is fine;
 * - expand() with no argument at all, of a `@task`, a `@task_group` or an operator's partial() (TypeError: no
 *   arguments to expand against);
 * - a `@task`'s expand() or partial() keyword that is an Airflow context key, whether or not the function has that
 *   parameter (ValueError: cannot call expand() on task context variable 'params'); a `@task_group` has no such check.
 */
function mappingCallProblem(call: Node, fnNode: Node, method: "expand" | "expand_kwargs" | "partial", ctx: FileContext): MappedLiteral | undefined {
  const list = call.childForFieldName("arguments");
  if (list?.type !== "argument_list") return undefined;
  const object = fnNode.childForFieldName("object");
  const task = taskChainOf(object, ctx);
  const args = list.namedChildren.filter((a): a is Node => !!a && a.type !== "comment");
  if (task && method !== "partial" && isAlwaysRule(task.rule, ctx)) {
    if (method === "expand") {
      for (const arg of args) {
        const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : null;
        if (value && isTaskOutput(value, ctx)) return { argument: arg.childForFieldName("name")?.text ?? "", type: "always", ...spanOf(value) };
      }
    } else if (args.length === 1 && args[0]) {
      // Every item is looked at (a list comprehension): each must be a dict display or a task's output.
      const kwargs = followName(args[0], ctx) ?? args[0];
      const items = kwargs.type === "list" || kwargs.type === "tuple" ? kwargs.namedChildren.filter((i): i is Node => !!i && i.type !== "comment") : [];
      if (items.every((item) => item.type === "dictionary" || isTaskOutput(item, ctx))) {
        for (const item of items) {
          if (item.type !== "dictionary") continue;
          const value = item.namedChildren.find((pair) => pair?.type === "pair" && isTaskOutput(pair.childForFieldName("value") ?? pair, ctx));
          if (value) return { argument: "kwargs", type: "always", call: "expand_kwargs", ...spanOf(value.childForFieldName("value") ?? value) };
        }
      }
    }
  }
  if (method === "expand" && args.length === 0 && (task || isMappable(object, ctx))) {
    return { argument: "", type: "empty", ...spanOf(fnNode.childForFieldName("attribute") ?? fnNode) };
  }
  if (task && method !== "expand_kwargs") {
    const keys = args.map((a) => (a.type === "keyword_argument" ? a.childForFieldName("name") : null)).filter((n): n is Node => !!n && CONTEXT_KEYS.has(n.text));
    const [key, ...others] = keys;
    if (key) return { argument: key.text, type: "context", call: method, ...(others.length ? { also: others.map((k) => k.text) } : {}), ...spanOf(key.parent ?? key) };
  }
  return undefined;
}

/**
 * What `.expand(...)`, `.expand_kwargs(...)` or `.partial(...)` of a task (`fnNode` is the call's `X.method`) is given
 * that Airflow refuses while the DAG is built (airflow/decorators/base.py, decorators/task_group.py and
 * models/mappedoperator.py at 2.10.5):
 * - expand(): a literal that is no list, dict or XComArg (ValueError), a keyed task output (ValueError);
 * - expand_kwargs(): a literal that is neither a list (of dicts) nor an XComArg: a str, number, bool, None, set or dict
 *   (TypeError: expected XComArg or list[dict]);
 * - of a `@task`/`@task_group` function: a keyword it has no parameter for, in expand() or partial() (TypeError:
 *   partial() got an unexpected keyword argument; `partial(task_id=...)` is the usual one). A function taking
 *   `**kwargs` turns these argument checks off, the literal-type check of expand() included.
 * What Airflow checks before those (see mappingCallProblem) is the one problem when there is one.
 */
function mappingProblems(call: Node, fnNode: Node, method: "expand" | "expand_kwargs" | "partial", ctx: FileContext): MappedLiteral[] {
  const object = fnNode.childForFieldName("object");
  const first = mappingCallProblem(call, fnNode, method, ctx);
  if (first) return [first];
  if (!isMappable(object, ctx)) return [];
  // The decorated function's parameters when the method is called on it (`fn.expand`, `fn.partial(...).expand`).
  const fnName = object?.type === "identifier" ? object.text : object?.type === "call" ? calleeName(object.childForFieldName("function")?.childForFieldName("object") ?? null) : undefined;
  const params = fnName !== undefined && (ctx.taskFunctions.has(fnName) || ctx.taskGroupFunctions.has(fnName)) ? ctx.taskFunctionParams.get(fnName) : undefined;
  if (params === null) return [];
  const found: MappedLiteral[] = [];
  const { positional, keywords } = callArguments(call);
  if (method === "expand_kwargs") {
    const value = positional[0];
    const followed = value ? followName(value, ctx) : undefined;
    if (!value || !followed || keywords.size > 1 || positional.length > 1) return [];
    // A list or tuple whose items include a literal that is no dict (`["x"]`): every item must be a dict or an XComArg.
    const sequence = followed.type === "list" || followed.type === "tuple" ? followed.type : undefined;
    const notDict = sequence && followed.namedChildren.some((item) => !!item && (PYTHON_LITERAL_TYPES[item.type] !== undefined || item.type === "list" || item.type === "tuple"));
    const type = followed.type === "dictionary" ? "dict" : notDict ? sequence : PYTHON_LITERAL_TYPES[followed.type];
    // A str is a sequence: "" has no item to refuse; bytes items are ints (refused too, but keep to str).
    if (type && !(type === "str" && (stringValue(followed) ?? "") === "")) found.push({ argument: "kwargs", type, call: "expand_kwargs", ...spanOf(value) });
    return found;
  }
  if ((call.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "dictionary_splat")) return [];
  for (const [argument, value] of keywords) {
    if (params && !params.has(argument)) {
      found.push({ argument, type: "keyword", call: method, ...spanOf(value) });
      break; // Airflow names the first one (or all of them) in one TypeError.
    }
    if (method !== "expand") continue;
    const followed = followName(value, ctx);
    // bytes (`b"ab"`) is a sequence: expand() maps over it.
    const bytes = followed?.type === "string" && stringPrefix(followed) === undefined;
    const type = bytes ? undefined : (PYTHON_LITERAL_TYPES[followed?.type ?? ""] ?? (followed ? (dictViewType(followed, ctx) ?? builtinResultType(followed, ctx)) : undefined));
    if (type) found.push({ argument, type, ...spanOf(value) });
    const key = type ? undefined : keyedTaskOutput(value, ctx);
    if (key !== undefined) found.push({ argument, type: "XComArg", key, ...spanOf(value) });
  }
  return found;
}

/** What `.expand(...)` is called on is a task: a `@task` function of the file, or `X.partial(...)` of one or of an operator class. */
/**
 * `src()["files"]`, a @task function's output under a key: the key of the XComArg that expand() refuses to map over
 * (mappedoperator.py ensure_xcomarg_return_value at 2.10.5: "cannot map over XCom with custom key"). Only for a call
 * of a function the file decorates with @task (a plain function's dict subscripted is a list, and fine).
 */
function keyedTaskOutput(value: Node, ctx: FileContext): string | undefined {
  if (value.type !== "subscript") return undefined;
  const object = value.childForFieldName("value");
  const index = value.childForFieldName("subscript");
  // "return_value" is the key a task's whole output has (XCOM_RETURN_KEY): mapping over it is fine.
  if (index?.type !== "string" || stringValue(index) === "return_value") return undefined;
  // A classic operator's `op.output["key"]` (BaseOperator.output is an XComArg): `op` bound once to an operator.
  if (object?.type === "attribute" && object.childForFieldName("attribute")?.text === "output") {
    const operator = object.childForFieldName("object");
    const made = operator?.type === "call" ? operator : operator?.type === "identifier" ? operatorBinding(operator, ctx) : undefined;
    const callee = made ? calleeName(made.childForFieldName("function")) : undefined;
    return callee !== undefined && (ctx.operatorNames.has(callee) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(callee))) ? stringValue(index) : undefined;
  }
  // `listing()["files"]`, or `out["files"]` after `out = listing()` (the name bound once).
  const made = object?.type === "call" ? object : object?.type === "identifier" ? operatorBinding(object, ctx) : undefined;
  if (!made) return undefined;
  const callee = calleeName(made.childForFieldName("function"));
  return callee !== undefined && ctx.taskFunctions.has(callee) && boundOnlyByItsDef(callee, ctx) ? stringValue(index) : undefined;
}

/**
 * The call a name is bound to when the file binds it exactly once, by a plain `name = Call(...)` statement (a textual
 * count of every `name =`/`name :=`, and no `for`/`as`/`def`/`import` binding it): undefined otherwise.
 */
function operatorBinding(use: Node, ctx: FileContext): Node | undefined {
  const name = use.text;
  if (!/^\w+$/.test(name)) return undefined;
  const bindings = ctx.source.match(new RegExp(`\\b${name}\\s*(=(?!=)|:=)|\\b(for|as|def|class|import)\\s+${name}\\b|,\\s*${name}\\s*(,|=|\\bin\\b)`, "g"));
  if (bindings?.length !== 1) return undefined;
  // The one binding, as a statement of a block around the use (the with block, the @dag function, the module).
  for (let block: Node | null = use.parent; block; block = block.parent) {
    if (block.type !== "block" && block.type !== "module") continue;
    for (const statement of block.namedChildren) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : undefined;
      if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== name) continue;
      const right = assignment.childForFieldName("right");
      return right?.type === "call" ? right : undefined;
    }
  }
  return undefined;
}

/**
 * `{...}.items()`/`.keys()`/`.values()` of a dict display, or of a module name bound once to one (`CFG.keys()`): a dict
 * view, which is no sequence, so expand() refuses it.
 */
function dictViewType(node: Node, ctx: FileContext): MappedLiteral["type"] | undefined {
  const fn = node.type === "call" ? node.childForFieldName("function") : undefined;
  const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
  if (method !== "items" && method !== "keys" && method !== "values") return undefined;
  let object = fn?.childForFieldName("object") ?? undefined;
  // A name bound once to a dict display (its contents may change, its type does not).
  if (object?.type === "identifier") object = moduleBinding(ctx.valueBindings, object);
  if (object?.type !== "dictionary" || (node.childForFieldName("arguments")?.namedChildren.length ?? 0) > 0) return undefined;
  return `dict_${method}`;
}

/** Builtins whose result is neither a Sequence nor a Mapping (expandinput.py is_mappable at 2.10.5): an iterator or a frozenset. */
const UNMAPPABLE_BUILTINS = new Set(["zip", "map", "enumerate", "filter", "frozenset"]);

/**
 * The Python type of a call of one of UNMAPPABLE_BUILTINS (`zip(a, b)`, `frozenset([1])`), which expand() refuses;
 * only when the file cannot have bound the name to anything else: no star import, no `builtins`, and every mention of
 * the name in code is a call that is no `def`.
 */
function builtinResultType(node: Node, ctx: FileContext): MappedLiteral["type"] | undefined {
  const fn = node.type === "call" ? node.childForFieldName("function") : undefined;
  const name = fn?.type === "identifier" ? fn.text : undefined;
  if (name === undefined || !UNMAPPABLE_BUILTINS.has(name) || hasStarImport(ctx) || /\bbuiltins\b/.test(ctx.source)) return undefined;
  const code = (ctx.codeText ??= codeOnlyText(ctx.source));
  if (new RegExp(`\\b${name}\\b(?!\\s*\\()|\\bdef\\s+${name}\\b`).test(code)) return undefined;
  return name as MappedLiteral["type"];
}

/** partial()'s own parameters (airflow/models/baseoperator.py at 2.10.5): set for every mapped task, never mapped. */
const PARTIAL_PARAMETERS = new Set(["task_id", "dag", "task_group", "start_date", "end_date", "owner", "email", "params", "resources", "trigger_rule", "depends_on_past", "ignore_first_depends_on_past", "wait_for_past_depends_before_skipping", "wait_for_downstream", "retries", "queue", "pool", "pool_slots", "execution_timeout", "max_retry_delay", "retry_delay", "retry_exponential_backoff", "priority_weight", "weight_rule", "sla", "map_index_template", "max_active_tis_per_dag", "max_active_tis_per_dagrun", "on_execute_callback", "on_failure_callback", "on_success_callback", "on_retry_callback", "on_skipped_callback", "run_as_user", "executor", "executor_config", "inlets", "outlets", "doc", "doc_md", "doc_json", "doc_yaml", "doc_rst", "task_display_name", "logger_name", "allow_nested_operators"]);

/** OperatorCall.unmappable of `X.partial(...).expand(...)` (`call` the expand call, `fnNode` its `X.partial(...).expand`). */
function unmappableOf(call: Node, fnNode: Node): Pick<OperatorCall, "unmappable"> {
  if (fnNode.type !== "attribute" || fnNode.childForFieldName("attribute")?.text !== "expand") return {};
  const partial = fnNode.childForFieldName("object");
  if (partial?.type !== "call" || (partial.childForFieldName("arguments")?.namedChildren ?? []).some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat")) return {};
  const given = callArguments(partial).keywords;
  const unmappable: NonNullable<OperatorCall["unmappable"]> = [];
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg?.type !== "keyword_argument") continue;
    const nameNode = arg.childForFieldName("name");
    const name = nameNode?.text;
    if (!nameNode || !name || !(given.has(name) || PARTIAL_PARAMETERS.has(name))) continue;
    unmappable.push({ ...spanOf(nameNode), name, inPartial: given.has(name) });
  }
  return unmappable.length ? { unmappable } : {};
}

/** A `@task` function's parameters, as inspect.signature sees them (see taskSignatureOf). */
interface TaskSignature extends TaskCallSignature {
  /** The trigger_rule its decorator gives (the value node), "unknown" when a decorator passes `**kwargs`. */
  triggerRule?: Node | "unknown";
}

/**
 * Context keys Airflow gives a `@task` function when it runs (airflow/utils/context.py at 2.10.5, KNOWN_CONTEXT_KEYS):
 * DecoratedOperator binds a call's arguments with these parameters defaulting to None.
 */
const CONTEXT_KEYS = new Set(["conf", "conn", "dag", "dag_run", "data_interval_end", "data_interval_start", "ds", "ds_nodash", "exception", "execution_date", "expanded_ti_count", "inlet_events", "inlets", "logical_date", "macros", "map_index_template", "next_ds", "next_ds_nodash", "next_execution_date", "outlet_events", "outlets", "params", "prev_data_interval_end_success", "prev_data_interval_start_success", "prev_ds", "prev_ds_nodash", "prev_end_date_success", "prev_execution_date", "prev_execution_date_success", "prev_start_date_success", "reason", "run_id", "task", "task_instance", "task_instance_key_str", "templates_dict", "test_mode", "ti", "tomorrow_ds", "tomorrow_ds_nodash", "triggering_dataset_events", "try_number", "ts", "ts_nodash", "ts_nodash_with_tz", "var", "yesterday_ds", "yesterday_ds_nodash"]);

/** Expressions whose value is never None (literals and displays). */
const NOT_NONE_LITERALS = new Set(["string", "concatenated_string", "integer", "float", "true", "false", "list", "tuple", "dictionary", "set", "list_comprehension", "dictionary_comprehension", "set_comprehension"]);

/** The signature of a function definition; a context key is never required (DecoratedOperator defaults it to None). */
function taskSignatureOf(definition: Node): TaskSignature {
  const signature: TaskSignature = { positional: [], keywordOnly: [], varArgs: false, varKeywords: false };
  let keywordOnly = false;
  // The first positional context key without a default (see contextKeyFirst).
  let contextKeyWithoutDefault: string | undefined;
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    const inner = p.type === "typed_parameter" ? (p.namedChildren.find((c) => c && c.type !== "type") ?? p) : p;
    if (inner.type === "list_splat_pattern") {
      signature.varArgs = true;
      keywordOnly = true;
      continue;
    }
    if (inner.type === "dictionary_splat_pattern") {
      signature.varKeywords = true;
      continue;
    }
    if (p.type === "keyword_separator") {
      keywordOnly = true;
      continue;
    }
    if (p.type === "positional_separator") {
      for (const param of signature.positional) param.positionalOnly = true;
      continue;
    }
    const hasDefault = p.type === "default_parameter" || p.type === "typed_default_parameter";
    const name = hasDefault ? p.childForFieldName("name")?.text : inner.type === "identifier" ? inner.text : undefined;
    if (!name) continue;
    // A default that is a literal, never None (a name or a call may be None: not judged).
    if (hasDefault && CONTEXT_KEYS.has(name) && NOT_NONE_LITERALS.has(p.childForFieldName("value")?.type ?? "")) signature.contextKeyDefault ??= name;
    const required = !hasDefault && !CONTEXT_KEYS.has(name);
    if (keywordOnly) signature.keywordOnly.push({ name, required });
    else {
      // A parameter without a default after a context key without one (which gets None): no valid signature.
      if (!hasDefault && CONTEXT_KEYS.has(name)) contextKeyWithoutDefault ??= name;
      else if (!hasDefault && contextKeyWithoutDefault !== undefined) signature.contextKeyFirst ??= contextKeyWithoutDefault;
      signature.positional.push({ name, required, positionalOnly: false });
    }
  }
  return signature;
}

/**
 * The TypeError DecoratedOperator raises when it binds a call's arguments to the `@task` function's signature
 * (inspect.Signature.bind, airflow/decorators/base.py at 2.10.5), in bind's order and words: a keyword also given by
 * position ("multiple values for argument"), "too many positional arguments", "missing a required argument", "got an
 * unexpected keyword argument". `fnNode` is the call's callee: `load` or `load.override(...)`. Undefined when the
 * arguments bind, or cannot be judged (a splat, a generator argument, a function defined twice or also decorated
 * otherwise, a positional-only parameter given by keyword).
 */
function taskCallProblem(call: Node, fnNode: Node, ctx: FileContext): NonNullable<FileInventory["taskCalls"]>[number] | undefined {
  let name: string | undefined;
  if (fnNode.type === "identifier") name = fnNode.text;
  else if (fnNode.type === "call") {
    const inner = fnNode.childForFieldName("function");
    if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override" && inner.childForFieldName("object")?.type === "identifier") name = inner.childForFieldName("object")?.text;
  }
  const signature = name !== undefined ? ctx.taskSignatures.get(name) : undefined;
  if (!signature || signature.sensor || name === undefined || !boundOnlyByItsDef(name, ctx)) return undefined;
  if (signature.contextKeyDefault === undefined && signature.contextKeyFirst === undefined) {
    const list = call.childForFieldName("arguments");
    if (list?.type !== "argument_list" || list.namedChildren.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat")) return undefined;
  }
  const { positional, keywords } = callArguments(call);
  const problem = bindTaskCall(signature, name, positional.length, [...keywords.keys()]);
  return problem && { ...problem, ...spanOf(fnNode) };
}

/**
 * A call of a name imported from a module outside the stdlib and Airflow (`shared_load(...)` after `from include.tasks
 * import shared_load`), directly or through `.override(...)`, with its arguments' shape (FileInventory.
 * importedTaskCalls): it may be a `@task` function of the project, which the project pass judges. Only a name bound
 * by that one import and nothing else, in a file without a star import or run-time globals, and a call without splats.
 */
function importedTaskCallOf(call: Node, fnNode: Node, ctx: FileContext): ImportedTaskCall | undefined {
  let name: string | undefined;
  if (fnNode.type === "identifier") name = fnNode.text;
  else if (fnNode.type === "call") {
    const inner = fnNode.childForFieldName("function");
    if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override" && inner.childForFieldName("object")?.type === "identifier") name = inner.childForFieldName("object")?.text;
  }
  const callee = name === undefined ? undefined : ctx.aliases.get(name);
  if (name === undefined || callee === undefined || !callee.includes(".") || NOT_PROJECT_MODULES.has(firstPart(callee))) return undefined;
  if (ctx.reboundAliases.has(name) || ctx.localShadows.has(name) || ctx.taskSignatures.has(name)) return undefined;
  const list = call.childForFieldName("arguments");
  if (list?.type !== "argument_list" || list.namedChildren.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat")) return undefined;
  let answer = ctx.boundOnce.get(`import ${name}`);
  if (answer === undefined) {
    answer = !hasStarImport(ctx) && !bindsNamesAtRunTime(ctx) && scanBoundOnlyByImport(name, ctx.source);
    ctx.boundOnce.set(`import ${name}`, answer);
  }
  if (!answer) return undefined;
  const { positional, keywords } = callArguments(call);
  return { callee, function: name, positional: positional.length, keywords: [...keywords.keys()], ...spanOf(fnNode) };
}

/**
 * FileInventory.moduleTaskFunctions: the file's module-level `@task` functions (Airflow's decorators only, not
 * `@task.sensor`) that only their `def` binds, with their signatures, for the DAG files that import and call them.
 */
function moduleTaskFunctionsOf(root: Node, ctx: FileContext): NonNullable<FileInventory["moduleTaskFunctions"]> {
  const found: NonNullable<FileInventory["moduleTaskFunctions"]> = [];
  if (!ctx.taskSignatures.size || bindsNamesAtRunTime(ctx)) return found;
  for (const statement of root.namedChildren) {
    if (statement?.type !== "decorated_definition") continue;
    const definition = statement.childForFieldName("definition");
    const name = definition?.type === "function_definition" ? definition.childForFieldName("name")?.text : undefined;
    const signature = name === undefined ? undefined : ctx.taskSignatures.get(name);
    if (!signature || signature.sensor || name === undefined || !boundOnlyByItsDef(name, ctx)) continue;
    const { triggerRule: _rule, ...plain } = signature;
    found.push({ name, line: lineOf(statement), signature: plain });
  }
  return found;
}

/** Whether one single-line import statement binds `name` and no other statement of the file does (see scanBoundOnlyByItsDef). */
function scanBoundOnlyByImport(name: string, source: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const importLine = /^[ \t]*(from[ \t]+\S+[ \t]+)?import\b[^\n]*$/gm;
  const imports = source.match(importLine)?.filter((line) => new RegExp(`\\b${name}\\b`).test(line)) ?? [];
  if (imports.length !== 1) return false;
  const rest = source.replace(importLine, "");
  if (new RegExp(`\\b(def|class)\\s+${name}\\b`).test(rest)) return false;
  const other = new RegExp(`\\b${name}\\s*(=(?!=)|:=)|\\b(for|as|class|lambda|global|nonlocal|del)[ \\t]+([\\w \\t,*()]*?[ \\t,(*])?${name}\\b|\\bimport\\b[^\\n]*\\b${name}\\b|[(,]\\s*\\**${name}\\s*(,|\\)|:|=(?!=))`);
  return !other.test(rest) && !unpackedTarget(name, rest);
}

/** The task arguments a `@task.<kind>(...)` call's literal values are kept for (taskValueProblem judges them). */
const DECORATOR_JUDGED_ARGUMENTS = new Set([...JUDGED_TASK_ARGUMENTS, "trigger_rule", "weight_rule"]);

/**
 * A call of a `@task(...)`/`@task.<kind>(...)` function of the file, directly (`f(...)`) or through `.override(...)`
 * (`f.override(retries=1)(...)`): `fnNode` is the call's callee. _TaskDecorator.__call__ (airflow/decorators/base.py at
 * 2.10.5) makes the operator with `{**decorator kwargs, **override kwargs}`, so an override never takes a keyword away
 * but replaces its value. Undefined when nothing is refused, for decorators other than airflow.decorators' `task`
 * kinds (setup/teardown, provider decorators), or a function defined twice or bound otherwise.
 */
function taskDecoratorCallOf(fnNode: Node, ctx: FileContext): TaskDecoratorCall | undefined {
  const overrides: Node[] = [];
  let node: Node | null = fnNode;
  while (node?.type === "call") {
    const fn = node.childForFieldName("function");
    if (fn?.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "override") return undefined;
    overrides.unshift(node);
    node = fn.childForFieldName("object");
  }
  if (node?.type !== "identifier") return undefined;
  const name = node.text;
  const decorator = ctx.taskDecorators.get(name);
  if (!decorator || !ctx.taskSignatures.get(name) || !boundOnlyByItsDef(name, ctx)) return undefined;
  const { name: written, call } = decoratorName(decorator);
  const first = (written === undefined ? undefined : firstPart(written));
  if (written === undefined || first === undefined || notAirflows(first, ctx) || resolveName(first, ctx) !== "airflow.decorators.task") return undefined;
  const kind = written === first ? "python" : written.slice(first.length + 1);
  const accepts = decoratorKeywordsOf(kind);
  if (!accepts) return undefined;
  const unknownKeywords: TaskDecoratorCall["unknownKeywords"] = [];
  const values = new Map<string, NonNullable<TaskDecoratorCall["values"]>[number]>();
  for (const source of call ? [call, ...overrides] : overrides) {
    for (const arg of source.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg || arg.type === "comment") continue;
      // A splat may replace any value given before it (and positional arguments are not judged).
      if (arg.type === "dictionary_splat" || arg.type === "list_splat") values.clear();
      if (arg.type !== "keyword_argument") continue;
      const nameNode = arg.childForFieldName("name");
      const value = arg.childForFieldName("value");
      if (!nameNode || !value) continue;
      const keyword = nameNode.text;
      if (accepts !== "open" && !accepts(keyword)) unknownKeywords.push({ name: keyword, ...spanOf(nameNode) });
      if (!DECORATOR_JUDGED_ARGUMENTS.has(keyword)) continue;
      values.delete(keyword);
      const { literal, valueType } = literalFields(followName(value, ctx) ?? value, ctx);
      if (literal !== undefined) values.set(keyword, { name: keyword, literal, ...(valueType ? { valueType } : {}), ...spanOf(value) });
    }
  }
  if (!unknownKeywords.length && !values.size) return undefined;
  return { function: name, kind, unknownKeywords, ...(values.size ? { values: [...values.values()] } : {}), ...spanOf(fnNode) };
}

/** `sla=` of a call: true for a value other than None, false for None, undefined when not given. */
function slaArgument(call: Node | undefined): boolean | undefined {
  if (call?.type !== "call") return undefined;
  const value = callArguments(call).keywords.get("sla");
  return value === undefined ? undefined : value.type !== "none";
}

/**
 * The mapped task `X.expand(...)`/`X.expand_kwargs(...)` makes (`fnNode` is the call's `X.method`), for a `@task`
 * function or an operator class, not a task group; undefined when whether it has an SLA cannot be known (the partial
 * passes `**kwargs` or its own `default_args`).
 */
function mappedTaskOf(fnNode: Node, ctx: FileContext): MappedTask | undefined {
  const object = fnNode.childForFieldName("object");
  if (!isMappable(object, ctx) || !object) return undefined;
  const span = spanOf(fnNode);
  // A task group's default_args may give or take away an SLA for the tasks in it: not judged then.
  const groupDefaults = (ctx.groupDefaults ??= /\b(TaskGroup|task_group)\s*\([^)]*\bdefault_args\b/.test(ctx.source));
  if (object.type === "identifier") {
    if (!ctx.taskFunctions.has(object.text)) return undefined;
    // Another function of that name elsewhere in the file (another DAG's task, a helper) may be the one called here.
    if (!boundOnlyByItsDef(object.text, ctx)) return undefined;
    const sla = ctx.taskFunctionSla.get(object.text);
    return sla === undefined ? (groupDefaults ? undefined : span) : { ...span, sla };
  }
  const target = calleeName(object.childForFieldName("function")?.childForFieldName("object") ?? null);
  if (target === undefined || ctx.taskGroupFunctions.has(target)) return undefined;
  const own = slaArgument(object);
  if (own !== undefined) return { ...span, sla: own };
  const args = object.childForFieldName("arguments")?.namedChildren ?? [];
  if (args.some((a) => a?.type === "dictionary_splat" || (a?.type === "keyword_argument" && a.childForFieldName("name")?.text === "default_args"))) return undefined;
  if (ctx.taskFunctions.has(target) && !boundOnlyByItsDef(target, ctx)) return undefined;
  const sla = ctx.taskFunctions.has(target) ? ctx.taskFunctionSla.get(target) : undefined;
  return sla === undefined ? (groupDefaults ? undefined : span) : { ...span, sla };
}

/**
 * Whether `name` is bound in the file by one `def` and nothing else, by a text scan (a false match only leaves a call
 * unjudged): no second `def`, no assignment, walrus or keyword of that name, no `for`/`as`/`class`/`import`/`lambda`
 * binding, no parameter or tuple item of that name. A name bound otherwise somewhere may not be the `@task` function
 * where it is called (a helper of the same name in another DAG, a parameter, a rebinding).
 */
function boundOnlyByItsDef(name: string, ctx: FileContext): boolean {
  let answer = ctx.boundOnce.get(name);
  if (answer === undefined) {
    answer = scanBoundOnlyByItsDef(name, ctx.source) && !boundAtRunTime(name, ctx);
    ctx.boundOnce.set(name, answer);
  }
  return answer;
}

function scanBoundOnlyByItsDef(name: string, source: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const defs = source.match(new RegExp(`\\bdef\\s+${name}\\s*\\(`, "g"))?.length ?? 0;
  if (defs !== 1) return false;
  return !boundOtherwise(name, source) && !unpackedTarget(name, source);
}

/**
 * Whether `/\bNAME\s*(=(?!=)|:=)|\b(for|as|class|lambda)[ \t]+([\w \t,*()]*?[ \t,(*])?NAME\b|\bimport\b[^\n]*\bNAME\b|
 * [(,]\s*\**NAME\s*(,|\)|:|=(?!=))/` matches `source` (NAME: word characters): judged around each occurrence of the
 * name, as every match holds one, instead of tried at every position (~20 ms over the bench's files, for two `@task`
 * functions in a third of them). Around an occurrence, each alternative in turn: an assignment or walrus after it;
 * after a `for`/`as`/`class`/`lambda` earlier in the run of `[\w \t,*()]` before it, with `[ \t,(*]` just before it;
 * after an `import` earlier on its line; a positional item, keyword or parameter of that name.
 */
function boundOtherwise(name: string, source: string): boolean {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    const end = at + name.length;
    const wordStarts = !isWordCode(source.charCodeAt(at - 1));
    const wordEnds = !isWordCode(source.charCodeAt(end));
    let next = end;
    while (isSpaceCode(source.charCodeAt(next))) next++;
    const after = source.charCodeAt(next);
    const afterNext = source.charCodeAt(next + 1);
    // `NAME = ...`, `NAME := ...`.
    if (wordStarts && ((after === 0x3d && afterNext !== 0x3d) || (after === 0x3a && afterNext === 0x3d))) return true;
    // `(NAME,`, `, *NAME)`, `(NAME: int`, `, NAME=1`.
    let back = at - 1;
    while (source.charCodeAt(back) === 0x2a) back--;
    while (isSpaceCode(source.charCodeAt(back))) back--;
    const opener = source.charCodeAt(back);
    if ((opener === 0x28 || opener === 0x2c) && (after === 0x2c || after === 0x29 || after === 0x3a || (after === 0x3d && afterNext !== 0x3d))) return true;
    if (!wordEnds) continue;
    // `import a, NAME` (an `import` on the same line, `\n`-delimited).
    if (wordStarts) {
      const lineStart = source.lastIndexOf("\n", at - 1) + 1;
      // Searched in the line's text before the name only (a search of the source would run on to its next `import`).
      const before = source.slice(lineStart, at);
      for (let k = before.indexOf("import"); k !== -1; k = before.indexOf("import", k + 1)) {
        if (!isWordCode(source.charCodeAt(lineStart + k - 1)) && !isWordCode(source.charCodeAt(lineStart + k + 6))) return true;
      }
    }
    // `for x, NAME in`, `as NAME`, `class NAME`, `lambda a, NAME:`.
    const last = source.charCodeAt(at - 1);
    if (last !== 0x20 && last !== 0x09 && last !== 0x2c && last !== 0x28 && last !== 0x2a) continue;
    let runStart = at - 1;
    while (runStart > 0 && isTargetListCode(source.charCodeAt(runStart - 1))) runStart--;
    const run = source.slice(runStart, at);
    for (const keyword of TARGET_KEYWORDS) {
      for (let k = run.indexOf(keyword); k !== -1 && k + keyword.length < run.length; k = run.indexOf(keyword, k + 1)) {
        const blank = run.charCodeAt(k + keyword.length);
        if ((blank === 0x20 || blank === 0x09) && !isWordCode(source.charCodeAt(runStart + k - 1))) return true;
      }
    }
  }
  return false;
}

/** The keywords boundOtherwise looks for before a name (its RegExp's `for|as|class|lambda`). */
const TARGET_KEYWORDS = ["for", "as", "class", "lambda"];

/** `[\w \t,*()]`: what may come between such a keyword and the name. */
function isTargetListCode(c: number): boolean {
  return isWordCode(c) || c === 0x20 || c === 0x09 || c === 0x2c || c === 0x2a || c === 0x28 || c === 0x29;
}

/**
 * Whether `name` (a word) is an item of a tuple assignment's targets (`a, load = load, a`) on some line of `source`:
 * `^[ \t]*[([]?[\w \t,*]*\bNAME\b[\w \t,*]*[)\]]?[ \t]*=(?!=)` (multiline) matches. Such a match starts at a line
 * start and holds no line terminator, so only the lines where the name occurs are tried (sticky, from their start):
 * the same answer as a scan of the whole source, which backtracked over every line's words.
 */
function unpackedTarget(name: string, source: string): boolean {
  const pattern = new RegExp(`^[ \\t]*[([]?[\\w \\t,*]*\\b${name}\\b[\\w \\t,*]*[)\\]]?[ \\t]*=(?!=)`, "my");
  let tried = -1;
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    // The start of the occurrence's line: after the last line terminator before it (as `^` reads them under `m`).
    let start = at;
    while (start > 0) {
      const c = source.charCodeAt(start - 1);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      start--;
    }
    if (start === tried) continue;
    tried = start;
    pattern.lastIndex = start;
    if (pattern.test(source)) return true;
  }
  return false;
}

function isMappable(object: Node | null, ctx: FileContext): boolean {
  if (!object) return false;
  if (object.type === "identifier") return ctx.taskFunctions.has(object.text) || ctx.taskGroupFunctions.has(object.text);
  if (object.type !== "call") return false;
  const fn = object.childForFieldName("function");
  if (fn?.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "partial") return false;
  const target = calleeName(fn.childForFieldName("object"));
  return !!target && (ctx.taskFunctions.has(target) || ctx.taskGroupFunctions.has(target) || ctx.operatorNames.has(target) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(target)));
}

/** A task_id or group_id the walk read, before it is placed in its DAG (see placeTaskIds). */
interface RawTaskId {
  task: TaskIdUse;
  /** The operator or TaskGroup call, when where it lands can be worked out (no task_group=, parent_group= of its own). */
  node?: Node;
  /** A task's `dag=` argument. */
  dagArg?: Node;
  /** A TaskGroup's own facts. */
  group?: GroupId;
  /** Written inside a loop or comprehension. */
  inLoop?: boolean;
  scope: Scope;
  /** A `@task(task_id=...)` function's own scope: the task exists only where code that runs calls it. */
  createdBy?: Scope;
  main: boolean;
}

/** What a `TaskGroup(...)` or `task_group(...)` call says about its group_id. */
interface GroupId {
  /** The static group_id with its span, when it is one. */
  use?: TaskIdUse;
  /** prefix_group_id: true (the default), false, or undefined when not static. */
  prefix?: boolean;
  /** add_suffix_on_collision is (or may be) true: Airflow renames a clashing group instead of failing. */
  suffix: boolean;
  /** No `dag=` or `parent_group=` of its own: its DAG and parent group are those of the blocks around it. */
  placed: boolean;
}

/** The static group_id a `TaskGroup(...)` or `task_group(...)` call passes (keyword or first positional), with its span. */
function groupIdOf(call: Node, ctx: FileContext): GroupId {
  const { positional, keywords } = callArguments(call);
  const prefixNode = keywords.get("prefix_group_id");
  const prefix = prefixNode ? truthy(prefixNode, ctx) : true;
  const suffixNode = keywords.get("add_suffix_on_collision");
  const suffix = suffixNode !== undefined && truthy(suffixNode, ctx) !== false;
  const idNode = keywords.get("group_id") ?? positional[0];
  const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : undefined;
  // A group_id that is no string (None makes a root group: no error).
  const bad = idNode && id === undefined ? nonStringKey(idNode, ctx) : undefined;
  const use: TaskIdUse | undefined =
    idNode && id !== undefined ? { id, ...spanOf(idNode), group: true } : idNode && bad && bad.type !== "NoneType" ? { id: bad.text, ...spanOf(idNode), group: true, notString: bad.type } : undefined;
  return { use, prefix, suffix, placed: !keywords.has("dag") && !keywords.has("parent_group") };
}

/**
 * A task_id, group_id or dag_id that is a literal of another type than str (directly, through a module name bound
 * once, or an integer expression): its Python type and how str() writes it (`1`, `1.5`, `True`, `None`); undefined
 * for a string or anything not known.
 */
function nonStringKey(node: Node, ctx: FileContext): { type: NonNullable<TaskIdUse["notString"]>; text: string } | undefined {
  const value = followName(node, ctx) ?? node;
  if (value.type === "identifier" || (value !== node && reboundElsewhere(node.text, ctx))) return undefined;
  const { literal, valueType } = literalFields(value, ctx);
  if (literal === null) return { type: "NoneType", text: "None" };
  if (typeof literal === "boolean") return { type: "bool", text: literal ? "True" : "False" };
  if (typeof literal === "number") return valueType === "float" ? { type: "float", text: pythonNumber(literal, true) } : { type: "int", text: String(literal) };
  return undefined;
}

/** TaskGroup under its one import path (airflow/utils/task_group.py at 2.10.5), and the `@task_group` decorator's. */
const TASK_GROUP_CLASS = "airflow.utils.task_group.TaskGroup";
/** The Python type of a bytes literal (`bytes`) or a display (`[...]`, `(a, b)`, `{...}`, comprehensions): TaskGroupCall.values' valueType. */
const DISPLAY_TYPES: Record<string, "bytes" | "list" | "tuple" | "set" | "dict"> = { bytes: "bytes", list: "list", list_comprehension: "list", tuple: "tuple", set: "set", set_comprehension: "set", dictionary: "dict", dictionary_comprehension: "dict" };
const TASK_GROUP_DECORATORS = new Set(["airflow.decorators.task_group", "airflow.decorators.task_group.task_group"]);

/**
 * What a `TaskGroup(...)` call (form `class`), an `@task_group(...)` decorator call or a `.override(...)` call of an
 * `@task_group` function passes that TaskGroup's signature refuses (see TaskGroupCall), all of it as if the group were
 * made (the caller strips `suffix` and `values` where it is not); undefined when nothing is refused.
 */
function taskGroupCallOf(call: Node, callee: Node, form: TaskGroupCall["form"], ctx: FileContext, fn?: string): TaskGroupCall | undefined {
  const params = TASK_GROUP.parameters;
  const unknownKeywords: TaskGroupCall["unknownKeywords"] = [];
  const repeated: NonNullable<TaskGroupCall["repeated"]> = [];
  const values: NonNullable<TaskGroupCall["values"]> = [];
  const positional: Node[] = [];
  const keywords: { name: string; nameNode: Node; value: Node }[] = [];
  let splat = false;
  let listSplat = false;
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "dictionary_splat") splat = true;
    else if (arg.type === "list_splat") listSplat = true;
    else if (arg.type === "keyword_argument") {
      const nameNode = arg.childForFieldName("name");
      const value = arg.childForFieldName("value");
      if (nameNode && value) keywords.push({ name: nameNode.text, nameNode, value });
    } else positional.push(arg);
  }
  // Only TaskGroup() itself takes positional arguments as its parameters (task_group()'s one is the function).
  const byPosition = form === "class" && !listSplat ? positional.slice(0, params.length) : [];
  const extra = form === "class" && !listSplat ? positional[params.length] : undefined;
  let suffix: SourceSpan | undefined;
  for (const { name, nameNode } of keywords) {
    const at = params.indexOf(name);
    // `self=` is bound twice by TaskGroup(); task_group()'s bind_partial takes it (the group fails later, unjudged).
    if (name === "self" ? form === "class" : at === -1) unknownKeywords.push({ name, ...spanOf(nameNode) });
    else if (at !== -1 && at < byPosition.length) repeated.push({ name, ...spanOf(nameNode) });
    else if (name === "add_suffix_on_collision" && form !== "class") suffix = spanOf(nameNode);
  }
  for (const name of Object.keys(TASK_GROUP.types)) {
    const value = keywords.find((k) => k.name === name)?.value ?? byPosition[params.indexOf(name)];
    if (!value) continue;
    const followed = followName(value, ctx) ?? value;
    const { literal, valueType } = literalFields(followed, ctx);
    const display = literal === undefined ? DISPLAY_TYPES[followed.type === "string" && stringPrefix(followed) === undefined ? "bytes" : followed.type] : undefined;
    if (value.type === "identifier" && reboundElsewhere(value.text, ctx)) continue;
    if (display) values.push({ name, literal: followed.text, valueType: display, ...spanOf(value) });
    else if (literal !== undefined && literal !== null) values.push({ name, literal, ...(valueType ? { valueType } : {}), ...spanOf(value) });
  }
  const missingGroupId = form === "class" && !splat && !listSplat && positional.length === 0 && !keywords.some((k) => k.name === "group_id");
  if (!unknownKeywords.length && !repeated.length && !extra && !missingGroupId && !suffix && !values.length) return undefined;
  return {
    form,
    ...(fn !== undefined ? { function: fn } : {}),
    unknownKeywords,
    ...(missingGroupId ? { missingGroupId: true as const } : {}),
    ...(extra ? { extraPositional: { count: positional.length, ...spanOf(extra) } } : {}),
    ...(repeated.length ? { repeated } : {}),
    ...(suffix ? { suffix } : {}),
    ...(values.length ? { values } : {}),
    ...spanOf(callee),
  };
}

/** A task group around a call: its group_id (undefined when not static, or renamed on a clash) and prefix_group_id. */
interface PlacedGroup {
  label?: string;
  prefix: boolean;
}

/**
 * Where a task or TaskGroup call lands: `dag` names the DAG object (a `with DAG(...)` statement, a module name bound
 * once to a DAG, an `@dag` function, or a called `@task_group` function's group), `context` the innermost region that
 * runs the call exactly once each time it runs (with blocks, `if` branches whose condition is a static truth and try
 * bodies no handler of which catches DuplicateTaskIdFound are see-through), `groups` the task groups it is created in
 * (innermost first), `loop` the line of a `for` loop over at least two items that is that region while the DAG is
 * made outside it, `regionGroups` how many of `groups` (the innermost) are entered inside that region.
 */
interface Placement {
  dag: string;
  context: number;
  groups: PlacedGroup[];
  loop?: number;
  regionGroups: number;
}

/** Node types a call passes on its way up without changing how often it runs. */
const PLACE_SEE_THROUGH = new Set([
  ...RUNS_PARTS_ONCE,
  "block",
  "return_statement",
  "with_item",
  "with_clause",
  "as_pattern",
  "else_clause",
  "elif_clause",
  "except_clause",
  "finally_clause",
]);

/**
 * Key collisions and repeats of task_ids and group_ids within each DAG, as Airflow 2.10.5 finds them while the file is
 * imported (apache/airflow airflow/models/dag.py DAG.add_task, airflow/utils/task_group.py TaskGroup.__init__,
 * _check_for_group_id_collisions, child_id and group_id at 2.10.5): a task's key is `child_id(task_id)` of its group
 * (the group's own group_id and a dot, when it prefixes); a task fails when its key is already a task's key or a group's
 * group_id in the DAG (`used_group_ids`); a group fails when its own group_id as written (not prefixed) is already
 * among those. Only calls on one straight-line path are compared (same DAG, same `Placement.context`), in source order.
 * Returns each use once (by position), with duplicateOf, repeatedInLoop and key filled where they apply.
 */
function placeTaskIds(raw: RawTaskId[], ctx: FileContext, classify: Classify): TaskIdUse[] {
  const seen = new Set<string>();
  const entries: RawTaskId[] = [];
  const counts = new Map<string, number>();
  let groups = false;
  for (const entry of raw) {
    // Each call of a factory makes its own DAG: a clash inside a function counts once, where it is written.
    const at = `${entry.task.line}:${entry.task.column}`;
    if (seen.has(at)) continue;
    seen.add(at);
    entries.push(entry);
    if (entry.task.notString) continue;
    counts.set(entry.task.id, (counts.get(entry.task.id) ?? 0) + 1);
    if (entry.group && entry.node) groups = true;
  }
  const used = new Map<string, Map<string, { line: number; group: boolean }>>();
  const out: TaskIdUse[] = [];
  for (const entry of entries) {
    const { task } = entry;
    // An id that is no string fails where it is made, before any clash.
    if (task.notString) {
      out.push(task);
      continue;
    }
    // Placing a call climbs its ancestors: only where a clash is possible (a repeated id, a group, a loop).
    const worth = entry.node && (groups || entry.inLoop || (counts.get(task.id) ?? 0) > 1);
    const place = worth && entry.node ? placeOf(entry.node, entry.dagArg, ctx, classify) : undefined;
    if (!place) {
      if (!task.unprefixed) out.push(task);
      continue;
    }
    const bucketKey = `${place.dag}\0${place.context}`;
    let bucket = used.get(bucketKey);
    if (!bucket) used.set(bucketKey, (bucket = new Map()));
    let result: TaskIdUse = task;
    const child = childKey(place.groups);
    if (entry.group) {
      const label = entry.group.suffix ? undefined : task.id;
      const key = label === undefined ? undefined : prefixedKey(place.groups, label);
      // TaskGroup.__init__ at 2.10.5: first its group_id as written against every id used, then its prefixed one
      // against its parent's children (TaskGroup.add); the second quotes the prefixed id.
      const asWritten = label === undefined ? undefined : bucket.get(label);
      const sibling = asWritten || key === undefined ? undefined : child?.(key);
      const earlier = asWritten ?? (sibling ? bucket.get(sibling) : undefined);
      const quoted = !asWritten && key !== undefined && key !== label && !key.includes("\0") ? { key } : {};
      if (earlier) result = { ...task, ...quoted, duplicateOf: earlier.line, ...(earlier.group ? { duplicateOfGroup: true } : {}) };
      // A pass repeats the group only when its whole group_id is static: under a group whose group_id changes per pass
      // (`TaskGroup(f"region_{r}")`), each pass's group has another id and another parent.
      else if (key !== undefined && place.loop !== undefined && !groupRepeatsAround(place)) result = { ...task, ...quoted, repeatedInLoop: place.loop };
      if (key !== undefined) {
        for (const id of [key, `${key}.upstream_join_id`, `${key}.downstream_join_id`]) if (!bucket.has(id)) bucket.set(id, { line: task.line, group: true });
        const own = child?.(key);
        if (own !== undefined && !bucket.has(own)) bucket.set(own, { line: task.line, group: true });
      }
    } else {
      const key = prefixedKey(place.groups, task.id);
      const earlier = key === undefined ? undefined : bucket.get(key);
      if (key !== undefined && !earlier) bucket.set(key, { line: task.line, group: false });
      const own = key === undefined ? undefined : child?.(key);
      if (own !== undefined && !bucket.has(own)) bucket.set(own, { line: task.line, group: false });
      const shown = key !== undefined && key !== task.id && !key.includes("\0") ? { key } : {};
      if (earlier) result = { ...task, ...shown, duplicateOf: earlier.line, ...(earlier.group ? { duplicateOfGroup: true } : {}) };
      else if (key !== undefined && place.loop !== undefined && !groupRepeatsAround(place)) result = { ...task, ...shown, repeatedInLoop: place.loop };
      else result = { ...task, ...shown };
    }
    if (!result.unprefixed || result.duplicateOf !== undefined || result.repeatedInLoop !== undefined) out.push(result);
  }
  return out;
}

/**
 * Whether a task group entered inside a loop pass, around this call, has a static group_id (its whole prefixed id):
 * that group clashes on the second pass before anything inside it is made, so the finding is the group's.
 */
function groupRepeatsAround(place: Placement): boolean {
  return place.groups.slice(0, place.regionGroups).some((group, i) => group.label !== undefined && prefixedKey(place.groups.slice(i + 1), group.label) !== undefined);
}

/**
 * The bucket entry of a child of the group a call lands in (its `children`, keyed by node_id: TaskGroup.add at 2.10.5),
 * as a function of the child's node_id; undefined when that group's own group_id is not static. Root children have
 * the parent "". Prefixed by \u0001, which no key holds.
 */
function childKey(groups: PlacedGroup[]): ((nodeId: string) => string) | undefined {
  const parent = groups[0];
  if (!parent) return (nodeId) => `\u0001\u0001${nodeId}`;
  const parentKey = parent.label === undefined ? undefined : prefixedKey(groups.slice(1), parent.label);
  return parentKey === undefined ? undefined : (nodeId) => `\u0001${parentKey}\u0001${nodeId}`;
}

/** A key under its groups (innermost first): TaskGroup.child_id at 2.10.5; undefined when a needed group_id is not static. */
function prefixedKey(groups: PlacedGroup[], label: string): string | undefined {
  const parent = groups[0];
  if (!parent?.prefix) return label;
  const parentKey = parent.label === undefined ? undefined : prefixedKey(groups.slice(1), parent.label);
  return parentKey === undefined ? undefined : `${parentKey}.${label}`;
}

/** See Placement. Undefined when the DAG, a group or how often the call runs is not known from the file. */
function placeOf(call: Node, dagArg: Node | undefined, ctx: FileContext, classify: Classify): Placement | undefined {
  // `dag=None` is no DAG of its own: `dag or DagContext.get_current_dag()` (BaseOperator.__init__ at 2.10.5).
  const named = dagArg !== undefined && dagArg.type !== "none" ? namedDag(dagArg, call, ctx, classify) : undefined;
  if (dagArg !== undefined && dagArg.type !== "none" && named === undefined) return undefined;
  // `dag=dag` naming the `with DAG(...) as dag` around it is that block's DAG: placed like a task without dag=, and
  // kept only if the walk finds that same block.
  const explicit = named !== undefined && !named.startsWith("w");
  let dag = explicit ? named : undefined;
  const groups: PlacedGroup[] = [];
  let context: number | undefined;
  let loop: number | undefined;
  let regionGroups = 0;
  let child: Node = call;
  for (let p = call.parent; p; child = p, p = p.parent) {
    const type = p.type;
    if (PLACE_SEE_THROUGH.has(type)) continue;
    switch (type) {
      case "with_statement": {
        // Reached from its own with item: the TaskGroup or DAG this call makes is entered here.
        if (child.type !== "block") continue;
        const entered = enteredBy(p);
        // Blocks around the DAG's own block belong to no group of it (but `contextlib.suppress` swallows the error).
        if (dag !== undefined && !explicit) {
          if (entered.some((e) => /suppress/.test(e.text))) return undefined;
          continue;
        }
        const into = entered.length === 1 ? enteredInto(entered[0] as Node, p, ctx, classify) : undefined;
        if (!into) return undefined;
        if (into.dag !== undefined) {
          if (!explicit) dag = into.dag;
          continue;
        }
        // A task with a dag= of its own still joins the group entered around it: too odd to follow.
        if (explicit || !into.group) return undefined;
        groups.push(into.group);
        if (context === undefined) regionGroups = groups.length;
        continue;
      }
      case "if_statement": {
        const condition = truthy(p.childForFieldName("condition"), ctx);
        const consequence = child.id === p.childForFieldName("consequence")?.id;
        const runs = consequence ? condition === true : child.type === "else_clause" && condition === false && !p.namedChildren.some((c) => c?.type === "elif_clause");
        if (!runs) context ??= child.id;
        continue;
      }
      case "try_statement": {
        // A handler that may catch DuplicateTaskIdFound keeps the import alive: nothing to report below it.
        if (child.type === "block" && p.namedChildren.some((c) => c?.type === "except_group_clause" || (c?.type === "except_clause" && catchesDuplicate(c)))) return undefined;
        if (child.type !== "finally_clause" && child.type !== "block") context ??= child.id;
        continue;
      }
      case "while_statement":
        context ??= child.id;
        continue;
      case "for_statement": {
        // The iterable is evaluated once; the else clause runs at most once.
        if (child.id !== p.childForFieldName("body")?.id) {
          if (child.type === "else_clause") context ??= child.id;
          continue;
        }
        if (context === undefined) {
          context = child.id;
          // With the DAG made outside the loop (not found yet), every pass adds to the same DAG.
          const boundAt = explicit && dag?.startsWith("b") ? Number(dag.slice(1)) : undefined;
          const boundInside = boundAt !== undefined && child.startIndex <= boundAt && boundAt < child.endIndex;
          if ((dag === undefined || explicit) && !boundInside) {
            if (!/\b(break|continue|return)\b/.test(child.text) && iterationsAtLeastTwo(p.childForFieldName("right"), ctx) === true) loop = lineOf(p);
          }
        }
        continue;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension": {
        // Its body runs once per item, like a `for` loop's (a generator expression's only when consumed): read for one
        // `for` clause without `if`, a task_id and dag= that do not name the comprehension's own variables.
        const clauses = p.namedChildren.filter((c): c is Node => !!c && (c.type === "for_in_clause" || c.type === "if_clause"));
        const clause = clauses[0];
        if (child.id !== p.childForFieldName("body")?.id || clauses.length !== 1 || clause?.type !== "for_in_clause" || /^async\b/.test(clause.text)) return undefined;
        const own = new Set(boundNames(clause.childForFieldName("left")));
        const { positional, keywords } = callArguments(call);
        const names = (node: Node | undefined): string[] => (!node ? [] : node.type === "identifier" ? [node.text] : node.namedChildren.flatMap((c) => names(c ?? undefined)));
        if ([...positional, keywords.get("task_id"), keywords.get("group_id"), dagArg].flatMap(names).some((n) => own.has(n))) return undefined;
        if (context === undefined) {
          context = child.id;
          if ((dag === undefined || explicit) && iterationsAtLeastTwo(clause.childForFieldName("right"), ctx) === true) loop = lineOf(p);
        }
        continue;
      }
      case "function_definition": {
        if (child.id !== p.childForFieldName("body")?.id) return undefined;
        context ??= child.id;
        if (dag === undefined) {
          const decorators = p.parent?.type === "decorated_definition" ? p.parent.namedChildren.filter((d): d is Node => d?.type === "decorator") : [];
          const names = decorators.map((d) => decoratorName(d));
          if (names.some((d) => /^(\w+\.)*dag$/.test(d.name ?? ""))) dag = `f${p.id}`;
          else {
            const made = names.find((d) => /^(\w+\.)*task_group$/.test(d.name ?? ""));
            if (!made || explicit) return undefined;
            // Each call makes its own group (renamed on a clash): a label no other group has.
            const prefix = made.call ? groupIdOf(made.call, ctx).prefix : true;
            if (prefix === undefined) return undefined;
            groups.push({ label: `\0${p.id}`, prefix });
            dag = `g${p.id}`;
          }
        }
        if (named !== undefined && named !== dag) return undefined;
        return { dag, context, groups, ...(loop !== undefined ? { loop } : {}), regionGroups };
      }
      case "module":
        context ??= p.id;
        return dag === undefined || (named !== undefined && named !== dag) ? undefined : { dag, context, groups, ...(loop !== undefined ? { loop } : {}), regionGroups };
      default:
        return undefined;
    }
  }
  return undefined;
}

/** What a `with` statement enters, for placeOf: a DAG (its identity) or a task group; undefined for anything else. */
function enteredInto(entered: Node, withStatement: Node, ctx: FileContext, classify: Classify): { dag?: string; group?: PlacedGroup } | undefined {
  let call: Node | undefined = entered;
  if (entered.type === "identifier") {
    const dag = namedDag(entered, withStatement, ctx, classify);
    if (dag !== undefined) return { dag };
    // `tg = TaskGroup("g")` then `with tg:` in the same block (entered twice, both add to the one group).
    call = boundBefore(withStatement, entered.text);
  }
  if (call?.type !== "call") return undefined;
  const written = calleeName(call.childForFieldName("function"));
  if (!written) return undefined;
  if (call === entered && classify(written)?.certain) return { dag: `w${withStatement.id}` };
  if (!/(^|\.)TaskGroup$/.test(written)) return undefined;
  const group = groupIdOf(call, ctx);
  if (group.prefix === undefined || !group.placed) return undefined;
  return { group: { label: group.suffix ? undefined : group.use?.id, prefix: group.prefix } };
}

/**
 * The DAG a name means where `from` uses it: `with DAG(...) as name` around it, or a module-level name bound once to
 * a DAG (`dag = DAG(...)`) and bound no other way; undefined otherwise.
 */
function namedDag(name: Node, from: Node, ctx: FileContext, classify: Classify): string | undefined {
  if (name.type !== "identifier") return undefined;
  let fn: Node | null = from.parent;
  while (fn && fn.type !== "function_definition") fn = fn.parent;
  let child: Node = from;
  for (let p = from.parent; p; child = p, p = p.parent) {
    // In a function: `dag = DAG(...)` earlier in a block around the use, the function's only binding of the name.
    if (fn && p.type === "block") {
      const value = boundBefore(child, name.text);
      if (value) {
        const written = value.type === "call" ? calleeName(value.childForFieldName("function")) : undefined;
        // Named by where the value starts: placeOf tells a loop around the binding (a DAG per pass) from one inside it.
        return written && classify(written)?.certain && !reboundIn(name.text, fn.text) ? `b${value.startIndex}` : undefined;
      }
    }
    if (p.id === fn?.id) {
      if (bindsLocally(p, name.text)) return undefined;
      fn = null;
    }
    if (p.type !== "with_statement") continue;
    const clause = p.namedChildren.find((c) => c?.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName("value");
      if (value?.type !== "as_pattern" || value.childForFieldName("alias")?.text !== name.text) continue;
      const made = value.namedChildren[0];
      const written = made?.type === "call" ? calleeName(made.childForFieldName("function")) : undefined;
      return written && classify(written)?.certain ? `w${p.id}` : undefined;
    }
  }
  const bound = moduleBinding(ctx.valueBindings, name);
  const written = bound?.type === "call" ? calleeName(bound.childForFieldName("function")) : undefined;
  return written && classify(written)?.certain && !reboundElsewhere(name.text, ctx) ? `n:${name.text}` : undefined;
}

/** The value last assigned to `name` by a plain assignment among the statements before `statement` in its block. */
function boundBefore(statement: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const sibling of statement.parent?.namedChildren ?? []) {
    if (!sibling || sibling.id === statement.id) break;
    const assignment = sibling.type === "expression_statement" ? sibling.namedChildren[0] : undefined;
    if (assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === name) found = assignment.childForFieldName("right") ?? undefined;
  }
  return found;
}

/**
 * Whether a module name bound once by module-level assignment may be bound or shrunk another way too (another
 * assignment statement anywhere, a loop or `as` target, a `global`, a def or class, `.pop()`, `.remove()`, `.clear()`,
 * `del`, an item assignment): a text scan, where a false match only makes the name unknown.
 */
function reboundElsewhere(name: string, ctx: FileContext): boolean {
  const known = ctx.rebound?.get(name);
  if (known !== undefined) return known;
  // Assigned more than once anywhere (a loop body, a function): module bindings count only module-level statements.
  // Past a few names, the answers for all names at once (a file of thousands of DAGs asks about each DAG's name).
  const rebound = (ctx.rebound ??= new Map());
  const answer = rebound.size >= REBOUND_SCANS_PER_NAME && /^\w+$/.test(name) ? (ctx.reboundNames ??= reboundNames(ctx.source)).has(name) : reboundIn(name, ctx.source);
  rebound.set(name, answer);
  return answer;
}

/** reboundElsewhere scans the source for each of this many names, then makes reboundNames once for the rest. */
const REBOUND_SCANS_PER_NAME = 16;

/** A static truth value: literals, `not`, and module names bound once to one; undefined otherwise. */
function truthy(node: Node | null | undefined, ctx: FileContext, depth = 0): boolean | undefined {
  if (!node || depth > 4) return undefined;
  switch (node.type) {
    case "true":
      return true;
    case "false":
    case "none":
      return false;
    case "integer":
      return /^\d+$/.test(node.text) ? integerValue(node.text) !== 0 : undefined;
    case "string": {
      const value = stringValue(node);
      return value === undefined ? undefined : value.length > 0;
    }
    case "parenthesized_expression":
      return truthy(node.namedChildren[0], ctx, depth + 1);
    case "not_operator": {
      const value = truthy(node.childForFieldName("argument"), ctx, depth + 1);
      return value === undefined ? undefined : !value;
    }
    case "identifier": {
      const bound = followName(node, ctx);
      return bound && bound.id !== node.id && !reboundElsewhere(node.text, ctx) ? truthy(bound, ctx, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** Built-in exceptions that are no base class of DuplicateTaskIdFound (AirflowException, Exception): they let it through. */
const NOT_CATCHING_DUPLICATE = new Set(
  "ImportError ModuleNotFoundError KeyError IndexError LookupError ValueError TypeError AttributeError NameError OSError IOError FileNotFoundError PermissionError RuntimeError NotImplementedError ZeroDivisionError ArithmeticError AssertionError StopIteration UnicodeError UnicodeDecodeError KeyboardInterrupt SystemExit".split(" "),
);

/**
 * Whether an except clause may catch DuplicateTaskIdFound: unless every class it names is a built-in exception
 * outside its bases (`except KeyError:`, `except (ImportError, ValueError) as e:`), it may (bare, Exception,
 * AirflowException, a name this file binds).
 */
function catchesDuplicate(clause: Node): boolean {
  const caught = clause.namedChildren.find((c) => c && c.type !== "block" && c.type !== "comment");
  if (!caught) return true;
  const classes = caught.type === "as_pattern" ? caught.namedChildren[0] : caught;
  const names = classes?.type === "tuple" || classes?.type === "parenthesized_expression" ? classes.namedChildren : [classes];
  return names.some((n) => !n || !NOT_CATCHING_DUPLICATE.has(n.text));
}

/**
 * Whether a loop's iterable has two or more items: a list or tuple literal, a set or dict literal with two distinct
 * static keys (or its `.items()`, `.keys()`, `.values()`), a module name bound once to one and never shrunk, any of
 * these in `enumerate()`, `sorted()`, `reversed()`, `list()`, `tuple()`, or `range(n)`/`range(a, b)` of integers
 * (literals or such names).
 */
/** A Python integer literal (`10`, `1_0`, `0x1`, `0o7`, `0b1`) as a set key; undefined when not one. */
function numericKey(literal: string): string | undefined {
  try {
    return `int:${BigInt(literal.replace(/_/g, ""))}`;
  } catch {
    return undefined;
  }
}

function iterationsAtLeastTwo(iterable: Node | null, ctx: FileContext): boolean | undefined {
  let node = iterable;
  // enumerate(), sorted(), reversed(), list(), tuple() of an iterable keep its length.
  const wrapped = node?.type === "call" && /^(enumerate|sorted|reversed|list|tuple)$/.test(node.childForFieldName("function")?.text ?? "") ? plainArgs(node) : undefined;
  if (wrapped?.length === 1) node = wrapped[0] as Node;
  if (node?.type === "call") {
    const fn = node.childForFieldName("function");
    if (fn?.type === "attribute" && /^(items|keys|values)$/.test(fn.childForFieldName("attribute")?.text ?? "") && plainArgs(node)?.length === 0) node = fn.childForFieldName("object");
  }
  if (node?.type === "identifier") node = constantValue(node, ctx) ?? null;
  if (!node) return undefined;
  if (node.type === "list" || node.type === "tuple" || node.type === "set" || node.type === "dictionary") {
    const items = node.namedChildren.filter((c): c is Node => !!c && c.type !== "comment");
    if (items.some((c) => c.type === "list_splat" || c.type === "dictionary_splat")) return undefined;
    if (node.type === "list" || node.type === "tuple") return items.length >= 2;
    // A set or dict keeps one of equal keys: count distinct static ones.
    const keys = new Set<string>();
    for (const item of items) {
      const key = item.type === "pair" ? item.childForFieldName("key") : item;
      // Equal numbers are one key however written ({1, 0x1, 1_0 // 10, True}: Python's hash and == agree).
      const value = key?.type === "integer" ? numericKey(key.text) : key?.type === "true" ? "int:1" : key?.type === "false" ? "int:0" : key ? stringValue(key) : undefined;
      if (value !== undefined) keys.add(value);
    }
    return keys.size >= 2;
  }
  if (node.type !== "call" || node.childForFieldName("function")?.text !== "range") return undefined;
  const args = plainArgs(node)?.map((a) => {
    const value = a.type === "identifier" ? constantValue(a, ctx) : a;
    return value?.type === "integer" && /^\d+$/.test(value.text) ? integerValue(value.text) : NaN;
  });
  if (!args || args.some((n) => !Number.isFinite(n))) return undefined;
  const [start, stop] = args.length === 1 ? [0, args[0] as number] : args.length === 2 ? [args[0] as number, args[1] as number] : [NaN, NaN];
  return stop - start >= 2;
}

/** The value of a module name bound once and not rebound or shrunk elsewhere (reboundElsewhere); undefined otherwise. */
function constantValue(name: Node, ctx: FileContext): Node | undefined {
  const bound = followName(name, ctx);
  return bound && bound.id !== name.id && !reboundElsewhere(name.text, ctx) ? bound : undefined;
}

/**
 * Calls that load a time zone by name, with where the name goes: the keyword, and the positional index (-1: none).
 * pendulum 2.1 and 3.0 (`pendulum.timezone`, its `tz=` parameters), the stdlib's `zoneinfo.ZoneInfo(key)`, and
 * Airflow's cron timetables, whose string `timezone` becomes `pendulum.timezone(...)` (airflow/timetables/_cron.py
 * at 2.10.5).
 */
type TimeZoneCall = { keyword: string; position: number; loader: TimeZoneUse["loader"] };
const TIME_ZONE_CALLS = new Map<string, TimeZoneCall>();
for (const name of ["pendulum.timezone", "pendulum.tz.timezone", "pendulum.Timezone", "pendulum.tz.Timezone"]) TIME_ZONE_CALLS.set(name, { keyword: "name", position: 0, loader: "pendulum" });
for (const name of ["pendulum.now", "pendulum.today", "pendulum.tomorrow", "pendulum.yesterday"]) TIME_ZONE_CALLS.set(name, { keyword: "tz", position: 0, loader: "pendulum" });
// Positions of `tz` in pendulum 2.1 and 3.0 alike: datetime(year, month, day, hour, minute, second, microsecond, tz),
// instance(dt, tz), from_format(string, fmt, tz), from_timestamp(timestamp, tz); parse(text, **options) takes it by keyword.
TIME_ZONE_CALLS.set("pendulum.datetime", { keyword: "tz", position: 7, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.parse", { keyword: "tz", position: -1, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.instance", { keyword: "tz", position: 1, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.from_format", { keyword: "tz", position: 2, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.from_timestamp", { keyword: "tz", position: 1, loader: "pendulum" });
/** pendulum DateTime methods converting to a zone (`.in_tz(tz)`, `.in_timezone(tz)`): the names are pendulum's own. */
const TIME_ZONE_METHODS = new Set(["in_tz", "in_timezone"]);
TIME_ZONE_CALLS.set("zoneinfo.ZoneInfo", { keyword: "key", position: 0, loader: "zoneinfo" });
for (const name of ["airflow.timetables.trigger.CronTriggerTimetable", "airflow.timetables.interval.CronDataIntervalTimetable"]) TIME_ZONE_CALLS.set(name, { keyword: "timezone", position: 1, loader: "pendulum" });

/**
 * The static time zone name a call passes to one of TIME_ZONE_CALLS (or, `method` set, to a pendulum DateTime's
 * `.in_tz(...)`/`.in_timezone(...)`), with the argument's span; undefined otherwise. The name may come through a
 * module-level name bound once, or be the default of `os.getenv("VAR", "...")`/`os.environ.get("VAR", "...")` (then
 * `environment` is the variable's name: the default is what a parse without the variable uses).
 */
function timeZoneArgument(call: Node, resolved: string | undefined, ctx: FileContext, method?: string): Omit<TimeZoneUse, "callee"> | undefined {
  const spec = method !== undefined ? (TIME_ZONE_METHODS.has(method) ? ({ keyword: "tz", position: 0, loader: "pendulum" } as TimeZoneCall) : undefined) : resolved ? TIME_ZONE_CALLS.get(resolved) : undefined;
  if (!spec) return undefined;
  const { positional, keywords } = callArguments(call);
  const argument = keywords.get(spec.keyword) ?? (spec.position >= 0 ? positional[spec.position] : undefined);
  if (!argument) return undefined;
  let value = followName(argument, ctx);
  let environment: string | undefined;
  if (value?.type === "call") {
    const reader = calleeName(value.childForFieldName("function"));
    const read = reader ? resolveName(reader, ctx) : undefined;
    if (read === "os.getenv" || read === "os.environ.get") {
      const args = callArguments(value);
      const variable = args.positional[0] ? stringValue(args.positional[0]) : undefined;
      const fallback = args.positional[1] ?? args.keywords.get("default");
      if (variable === undefined || !fallback || args.positional.length > 2) return undefined;
      environment = variable;
      value = followName(fallback, ctx);
    }
  }
  const name = value ? stringValue(value) : undefined;
  if (name === undefined) return undefined;
  // pendulum's `tz=` parameters go through _safe_timezone, which takes "local" (the machine's zone); timezone() does not.
  if (name === "local" && spec.keyword === "tz") return undefined;
  return { name, loader: spec.loader, ...(environment === undefined ? {} : { environment }), ...spanOf(argument) };
}

/**
 * Where a DAG object made at module level by `node` (a `DAG(...)` call, or the module-level call of a factory that
 * returns one) ends up: "dropped" (a bare expression statement), "container" (an element of a list, tuple, set or
 * dict literal or comprehension, or assigned to a subscript or attribute other than `globals()[...]`; `container`
 * names the module-level variable holding it, when there is one), or "kept" (bound to a name, to `globals()[k]`, or
 * passed somewhere this walk cannot follow). DagBag finds DAG objects among the module's globals, plus those a `with`
 * block auto-registers (DagBag._process_modules and DagContext.pop_context_managed_dag, apache/airflow
 * airflow/models/dagbag.py and airflow/models/dag.py at 2.10.5): a plain DAG only inside a list or dict is not found.
 */
function landing(node: Node, depth = 0): { where: "kept" | "dropped" | "container"; container?: string } {
  let child = node;
  let parent = node.parent;
  while (parent && (parent.type === "parenthesized_expression" || (parent.type === "conditional_expression" && parent.namedChildren[1]?.id !== child.id))) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { where: "kept" };
  switch (parent.type) {
    case "expression_statement":
      return { where: "dropped" };
    case "assignment": {
      if (parent.childForFieldName("right")?.id !== child.id) return { where: "kept" };
      const left = parent.childForFieldName("left");
      // A class attribute (`class Pipelines: daily = DAG(...)`) is no module global.
      if (left?.type === "identifier" && inClassBody(parent)) return { where: "container" };
      if (left?.type !== "subscript" && left?.type !== "attribute") return { where: "kept" };
      const target = left.childForFieldName(left.type === "subscript" ? "value" : "object");
      if (left.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(target?.text ?? "")) return { where: "kept" };
      return { where: "container", container: target?.type === "identifier" ? target.text : undefined };
    }
    case "expression_list":
    case "tuple": {
      // `a, b = DAG(...), DAG(...)` binds each to a name.
      const outer = parent.parent;
      const left = outer?.type === "assignment" && outer.childForFieldName("right")?.id === parent.id ? outer.childForFieldName("left") : undefined;
      if (left && (left.type === "pattern_list" || left.type === "tuple_pattern")) return { where: "kept" };
      return containerOf(parent, depth);
    }
    case "list":
    case "set":
      return containerOf(parent, depth);
    case "pair":
      return parent.childForFieldName("value")?.id === child.id && parent.parent ? containerOf(parent.parent, depth) : { where: "kept" };
    case "list_comprehension":
    case "set_comprehension":
    case "generator_expression":
      return parent.childForFieldName("body")?.id === child.id ? containerOf(parent, depth) : { where: "kept" };
    case "argument_list": {
      // `dags.append(DAG(...))`, `registry.add(...)`: into a container named by the call's object.
      const callee = parent.parent?.type === "call" ? parent.parent.childForFieldName("function") : undefined;
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
      const object = callee?.type === "attribute" ? callee.childForFieldName("object") : undefined;
      if (method && CONTAINER_METHODS.has(method) && object?.type === "identifier") return { where: "container", container: object.text };
      return { where: "kept" };
    }
    case "keyword_argument": {
      // `EmptyOperator(..., dag=DAG(...))`, `TaskGroup(..., dag=...)`: the task or group a class makes holds the DAG,
      // no module global does (DagBag reads only globals that are DAGs). A function called so may hand it back: kept.
      const call = parent.childForFieldName("value")?.id === child.id && parent.childForFieldName("name")?.text === "dag" ? parent.parent?.parent : undefined;
      const callee = call?.type === "call" ? calleeName(call.childForFieldName("function")) : undefined;
      return callee && /^[A-Z]/.test(lastPart(callee)) ? { where: "dropped" } : { where: "kept" };
    }
    default:
      return { where: "kept" };
  }
}

/** Whether a statement is in a class body (before any function or the module). */
function inClassBody(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "class_definition") return true;
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "module") return false;
  }
  return false;
}

/** List, set and dict methods that store their argument (`append`, `add`...): the DAG lands in that container. */
const CONTAINER_METHODS = new Set(["append", "add", "insert", "extend", "setdefault"]);

/** A container holding a DAG: which module-level name it is bound to (through nested literals), if any. */
function containerOf(container: Node, depth: number): { where: "kept" | "container"; container?: string } {
  if (depth > 4) return { where: "kept" };
  const outer = landing(container, depth + 1);
  if (outer.where === "container") return { where: "container", container: outer.container };
  if (outer.where === "dropped") return { where: "container" };
  // Bound to a name (`dags = [...]`): the name is what a loop or `globals().update(...)` would read; else unknown.
  let p = container.parent;
  while (p?.type === "parenthesized_expression") p = p.parent;
  const left = p?.type === "assignment" ? p.childForFieldName("left") : undefined;
  if (left?.type === "identifier") return { where: "container", container: left.text };
  return { where: "kept" };
}

/**
 * Whether the module-level name a DAG object is assigned to (`dag = DAG("a", ...)`, a statement of the module itself)
 * is bound again by a later statement of the module (`dag = DAG("b", ...)`, `del dag`, `def dag():`): the module's
 * globals then no longer hold the first DAG, and DagBag never sees it (a copy-pasted second DAG reusing `dag`).
 */
function reboundLater(node: Node): boolean {
  const assigned = assignedBy(node);
  if (!assigned) return false;
  const name = assigned.target;
  const statement = assigned.assignment.parent;
  if (name?.type !== "identifier" || statement?.type !== "expression_statement") return false;
  return reboundAfter(statement, name.text);
}

/**
 * Whether a module-level statement after `statement` (itself a statement of the module; false otherwise) binds the
 * global `name` again before anything else keeps its object (see reboundLater).
 */
function reboundAfter(statement: Node, name: string): boolean {
  const module = statement.parent;
  if (module?.type !== "module") return false;
  const bindings = moduleBindingsOf(module);
  const index = bindings.position.get(statement.id) ?? -1;
  const events = bindings.byName.get(name);
  if (!events) return false;
  // The first statement after `statement` that binds or keeps `name` (events are in statement order).
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((events[middle] as ModuleBinding).index <= index) low = middle + 1;
    else high = middle;
  }
  return events[low]?.rebinds ?? false;
}

/**
 * What a module-level statement does to a global name, for reboundAfter: `rebinds` when it binds the name again
 * (`name = ...`, `del name`, `def name():`, `class name:`), not when another name then holds its object too (`with
 * name:`, which registers the DAG when the block ends; `other = name`, `name = name`). `index`: the statement's
 * position among the module's named children.
 */
interface ModuleBinding {
  index: number;
  rebinds: boolean;
}

/** The module's statement positions by node id and its ModuleBindings by name, in statement order (moduleBindingsOf). */
interface ModuleBindings {
  position: Map<number, number>;
  byName: Map<string, ModuleBinding[]>;
}

const moduleBindingsCache = new WeakMap<Node, ModuleBindings>();

/**
 * The ModuleBindings of a module node, from one pass over its statements, kept for the node's life: reboundAfter asks
 * about each DAG of the module, and a scan of the later statements each made files of thousands of DAGs quadratic.
 */
function moduleBindingsOf(module: Node): ModuleBindings {
  const known = moduleBindingsCache.get(module);
  if (known) return known;
  const position = new Map<number, number>();
  const byName = new Map<string, ModuleBinding[]>();
  module.namedChildren.forEach((next, index) => {
    if (!next) return;
    position.set(next.id, index);
    const first = next.type === "expression_statement" ? next.namedChildren[0] : next;
    if (!first) return;
    // One outcome per name and statement: keeping wins (`dag = dag` keeps the object).
    const here = new Map<string, boolean>();
    const note = (bound: string | undefined, rebinds: boolean): void => {
      if (bound !== undefined && !here.has(bound)) here.set(bound, rebinds);
    };
    if (first.type === "with_statement") {
      for (const entered of enteredBy(first)) if (entered.type === "identifier") note(entered.text, false);
    } else if (first.type === "assignment") {
      const right = first.childForFieldName("right");
      if (right?.type === "identifier") note(right.text, false);
      note(first.childForFieldName("left")?.text, true);
    } else if (first.type === "delete_statement") {
      for (const deleted of first.namedChildren) note(deleted?.text, true);
    } else if (first.type === "function_definition" || first.type === "class_definition") {
      note(first.childForFieldName("name")?.text, true);
    }
    for (const [bound, rebinds] of here) {
      const events = byName.get(bound);
      if (events) events.push({ index, rebinds });
      else byName.set(bound, [{ index, rebinds }]);
    }
  });
  const bindings = { position, byName };
  moduleBindingsCache.set(module, bindings);
  return bindings;
}

/** The expressions a `with` statement enters, in order, without their `as` targets (`with DAG(...) as d, tg:` → the call, `tg`). */
function enteredBy(withStatement: Node): Node[] {
  const clause = withStatement.namedChildren.find((c) => c?.type === "with_clause");
  const entered: Node[] = [];
  for (const item of clause?.namedChildren ?? []) {
    const value = item?.childForFieldName("value");
    const expression = value?.type === "as_pattern" ? value.namedChildren[0] : value;
    if (expression) entered.push(expression);
  }
  return entered;
}

/** Whether a `with` statement enters the object a plain name holds (`with dag:`, `with dag as d:`). */
function entersName(withStatement: Node, name: string): boolean {
  return enteredBy(withStatement).some((entered) => entered.type === "identifier" && entered.text === name);
}

/** `auto_register=False` among a DAG call's (or `@dag(...)`'s) keywords: a `with` block then registers nothing. */
function autoRegisterOff(call: Node | undefined, ctx: FileContext): boolean {
  if (!call) return false;
  const value = followName(dagCallArguments(call, ctx).keywords.get("auto_register"), ctx);
  return value?.type === "false";
}

/**
 * The instances whose DAG DagBag finds: every one a `with` block or `@dag` call auto-registers; otherwise (a plain
 * `DAG(...)`, `auto_register=False`) only those whose object lands in a module global (see `landing`), unless the
 * container it lands in may escape to the globals (`escapes`).
 */
function foundInstances(site: DagSite, instances: Instance[], escapes: (container: string | undefined, key?: string) => boolean): Instance[] {
  if (site.kind !== "call" && !site.noAutoRegister) return instances;
  if (site.kind === "with" && site.scope.kind === "module" && instances.length && !instances[0]?.chain.length) {
    // `with DAG(..., auto_register=False) as dag:` keeps it in `dag` (unless a later statement deletes or binds `dag`
    // again before anything else holds it: `del dag`); without `as`, nothing holds it.
    const clause = site.at?.namedChildren.find((c) => c?.type === "with_clause");
    const held = clause?.namedChildren.map((item) => item?.childForFieldName("value")).find((value) => value?.type === "as_pattern");
    if (!held) return [];
    const alias = held.childForFieldName("alias") ?? held.namedChildren[held.namedChildren.length - 1];
    const name = alias?.type === "as_pattern_target" ? alias.namedChildren[0] : alias;
    return site.at && name?.type === "identifier" && reboundAfter(site.at, name.text) ? [] : instances;
  }
  const global = site.kind === "call" && site.callNode ? globalHolder(site.callNode, site.scope) : undefined;
  return instances.filter((instance) => {
    const outer = instance.chain.length ? instance.chain[instance.chain.length - 1]?.node : site.callNode;
    if (global !== undefined) {
      // `global dag` then `dag = DAG(...)` in a function module-level code calls: the global holds the last DAG made;
      // with several calls (or a loop) which one is not followed here, so none is listed.
      if (instances.length !== 1 || instance.loop || !outer) return false;
      let statement: Node | null = outer;
      while (statement?.parent && statement.parent.type !== "module") statement = statement.parent;
      return !statement || !reboundAfter(statement, global);
    }
    // The factory (or `@dag` function) must hand the DAG back: `make(...)` as a bare statement drops it.
    if (instance.chain.length && instance.chain[0]?.node.parent?.type === "expression_statement") return false;
    if (!outer) return true;
    const where = landing(outer);
    if (where.where === "dropped") return false;
    if (where.where === "kept") return !reboundLater(outer);
    return escapes(where.container, containerKey(outer)) || copiedBackInLoop(outer) || keyedRegistry(outer, moduleOf(outer).text) !== undefined;
  });
}

/** The module node a node is in. */
function moduleOf(node: Node): Node {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * Whether module-level code reads a container as a whole: a module-level `for` loop over it, or `globals().update(...)`
 * / `vars().update(...)` given it (each element may then reach the globals).
 */
function readWhole(source: string, container: string): boolean {
  return new RegExp(`^for\\b[^\\n]*\\bin\\b[^\\n]*\\b${container}\\b|\\b(globals|vars)\\(\\)\\.update\\([^)\\n]*\\b${container}\\b`, "m").test(source);
}

/**
 * `REGISTRY[name] = DAG(...)` (or a factory's call), a statement of its own in the body of a module-level `for` loop,
 * the key changing with the pass, into a module-level dict that module code reads only by key, some entry of which a
 * module-level statement takes back out (`loop_alpha = REGISTRY["alpha"]`, see takenBack): DagBag finds the DAGs of
 * the keys taken back (module globals, airflow/models/dagbag.py `_process_modules` at 2.10.5), which perIteration
 * works out pass by pass. The container's name and the key expression; undefined otherwise.
 */
function keyedRegistry(made: Node, source: string): { container: string; key: Node } | undefined {
  const assigned = assignedBy(made);
  const target = assigned?.target;
  const container = target?.type === "subscript" ? target.childForFieldName("value") : undefined;
  const keys = target?.childrenForFieldName("subscript").filter((c): c is Node => !!c && c.type !== "comment") ?? [];
  const key = keys.length === 1 ? keys[0] : undefined;
  if (container?.type !== "identifier" || !key || containerKey(made) !== undefined || /^(globals|vars)$/.test(container.text)) return undefined;
  const body = moduleLoopOf(made)?.childForFieldName("body");
  if (!body || assigned?.assignment.parent?.type !== "expression_statement" || assigned.assignment.parent.parent?.id !== body.id) return undefined;
  const name = container.text;
  if (readWhole(source, name) || !new RegExp(`^[A-Za-z_]\\w*[ \\t]*=[ \\t]*${name}(?:\\[|\\.get\\()`, "m").test(source)) return undefined;
  return { container: name, key };
}

/**
 * The name a `DAG(...)` call written in a function is assigned to when the function declares it `global` (`def
 * build(): global dag; dag = DAG(...)`): calling the function binds the module global. Undefined otherwise.
 */
function globalHolder(call: Node, scope: Scope): string | undefined {
  if (scope.node?.type !== "function_definition") return undefined;
  const left = assignedBy(call)?.target;
  if (left?.type !== "identifier") return undefined;
  const body = scope.node.childForFieldName("body");
  const declared = body?.namedChildren.some((s) => s?.type === "global_statement" && s.namedChildren.some((n) => n?.text === left.text));
  return declared ? left.text : undefined;
}

/** The static string key a DAG is stored under in a container: `{"x": DAG(...)}` or `registry["x"] = DAG(...)`. */
function containerKey(node: Node): string | undefined {
  const { child, parent } = unparenthesized(node);
  if (parent?.type === "pair" && parent.childForFieldName("value")?.id === child.id) {
    const key = parent.childForFieldName("key");
    return key ? stringValue(key) : undefined;
  }
  const left = assignedBy(node)?.target;
  const key = left?.type === "subscript" ? left.childForFieldName("subscript") : undefined;
  return key ? stringValue(key) : undefined;
}

/** Whether a module-level statement binds a name to `container["key"]` or `container.get("key")`. */
function takenBack(source: string, container: string, key: string): boolean {
  const literal = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = (group: number): string => `(['"])${literal}\\${group}`;
  return new RegExp(`^[A-Za-z_]\\w*[ \\t]*=[ \\t]*${container}(?:\\[[ \\t]*${quoted(1)}[ \\t]*\\]|\\.get\\([ \\t]*${quoted(2)}[ \\t]*\\))[ \\t]*(?:#.*)?$`, "m").test(source);
}

/** One creation of a DAG: the chain of calls that leads to it from module level (innermost first). */
interface Instance {
  chain: CallSite[];
  loop: boolean;
}

/** Every way module-level code reaches a DAG site: once for a module-level DAG, once per call chain for a factory. */
function instancesOf(site: DagSite, executed: (scope: Scope) => boolean): Instance[] {
  const out: Instance[] = [];
  const callsOf = (fn: Scope, depth: number, tail: CallSite[], loop: boolean): void => {
    if (depth > 8 || fn.kind === "task" || fn.kind === "lambda") return;
    for (const call of fn.callers) {
      if (out.length >= MAX_INSTANCES) return;
      if (call.inMain) continue;
      const chain = [...tail, call];
      if (call.scope.kind === "module") out.push({ chain, loop: loop || call.inLoop });
      else if (executed(call.scope)) callsOf(call.scope, depth + 1, chain, loop || call.inLoop);
      else if (site.kind === "decorator" && call.scope.kind === "lambda" && call.scope.parent && executed(call.scope.parent)) {
        // A call of an `@dag` function in a lambda that code run at import makes (`{"k": lambda: my_dag()}`, later
        // `for b in ...: b()`): the lambda may be called where it is handed on, as a reference to the function may be
        // (see below: one DAG when nothing calls the function directly, no dag-never-created).
        const [first, ...rest] = chain as [CallSite, ...CallSite[]];
        const handedOn = [{ ...first, via: "reference" as const }, ...rest];
        if (call.scope.parent.kind === "module") out.push({ chain: handedOn, loop: loop || call.inLoop });
        else callsOf(call.scope.parent, depth + 1, handedOn, loop || call.inLoop);
      }
    }
  };
  if (site.kind === "decorator") {
    // Each call of a @dag function builds one DAG (in a `with DAG(...)` block, so it is registered even unassigned).
    if (site.dagFn) callsOf(site.dagFn, 0, [], false);
    // A reference (`run = my_dag`, `{"k": my_dag}`) only says the function may be called elsewhere: it makes no DAG
    // beside a direct call, and several references make one at most (DagBag 2.10.5 lists one for `ALL = [fn]` then `fn()`).
    const direct = out.filter((instance) => instance.chain[0]?.via !== "reference");
    return direct.length ? direct : out.slice(0, 1);
  }
  if (site.scope.kind === "module") {
    // A plain DAG(...) is found only through a module global: `DAG("x")` as a bare statement registers nothing.
    return [{ chain: [], loop: false }];
  }
  // A plain DAG(...) is found only through a module global (foundInstances).
  callsOf(site.scope, 0, [], false);
  return out;
}

/**
 * The ImportedWrapperDags of a DagSite decorated by an imported function (DagSite.imported): one per DAG module-level
 * code makes by calling the function (as for `@dag`), or one `uncalled` entry when nothing calls it where the
 * decorated definition runs (`mayBeUncalled`: that scope runs at import and no reference hands the function on).
 */
function importedWrapperDagsOf(site: DagSite, instances: Instance[], mayBeUncalled: boolean, escapes: (container: string | undefined, key?: string) => boolean, ctx: FileContext): ImportedWrapperDag[] {
  const imported = site.imported;
  const nameNode = site.dagFn?.node?.childForFieldName("name");
  if (!imported || !nameNode) return [];
  const entry = { wrapper: imported.wrapper, written: imported.written, function: nameNode.text, call: spanOf(imported.call) };
  if (!instances.length) return mayBeUncalled ? [{ ...entry, dag: site.dag, uncalled: { name: nameNode.text, dagId: site.dag.dagId, ...spanOf(nameNode) } }] : [];
  const found = foundInstances(site, instances, escapes);
  return found.flatMap((instance) => perIteration(site, instance, instantiate(site, instance, found.length, ctx), ctx).map((dag) => ({ ...entry, dag })));
}

/** `return dag(` (or a name ending in `dag`: `airflow_dag(`, `decorators.dag(`), as a decorator wrapper ends. */
const RETURNS_DAG_CALL = /\breturn[ \t]+[\w.]*dag[ \t]*\(/;

/**
 * The module-level functions of a file that are decorator wrappers (DagWrapper of kind "decorator", through
 * `wrapperOf`), as FileInventory.dagWrappers records them.
 */
function dagWrapperDefinitions(root: Node, wrapperOf: (definition: Node) => DagWrapper | undefined): DagWrapperDefinition[] {
  const out: DagWrapperDefinition[] = [];
  for (const statement of root.namedChildren) {
    if (statement?.type !== "function_definition") continue;
    const name = statement.childForFieldName("name")?.text;
    const wrapper = name && statement.text.includes("**") ? wrapperOf(statement) : undefined;
    if (wrapper?.kind === "decorator" && name) out.push({ name, line: lineOf(statement), params: wrapper.params, ...wrapper.keywords });
  }
  return out;
}

/**
 * For a DAG a class wrapper makes (DagSite.wrapper) through a direct call of the wrapper: the caller's call, and its
 * `dag_id=` keyword when that reaches DAG() unchanged.
 */
function wrapperCaller(site: DagSite, chain: CallSite[]): { call: CallSite; idNode?: Node } | undefined {
  const first = chain[0];
  if (!site.wrapper || !first || first.via !== undefined || first.node.type !== "call" || first.name !== site.scope.name) return undefined;
  const passes = site.wrapper.passes("dag_id") && !site.wrapper.supplies("dag_id");
  const idNode = passes ? callArguments(first.node).keywords.get("dag_id") : undefined;
  return { call: first, ...(idNode ? { idNode } : {}) };
}

function instantiate(site: DagSite, instance: Instance, count: number, ctx: FileContext): DagInfo {
  let dag: DagInfo = { ...site.dag };
  const caller = wrapperCaller(site, instance.chain);
  if (caller) {
    // `team_dag(dag_id="x", schedule=...)`: the caller's keywords that reach DAG() as written, judged where written.
    const own = dagFromCall(caller.call.node, ctx.file, ctx, site.dag.definedBy, unknown(caller.call.node)).dag;
    dag = { ...throughWrapper(own, site.wrapper as DagWrapper, caller.call.node, caller.call.name, undefined), dagClass: site.dag.dagClass };
    if (dag.line !== site.dag.line) dag.definitionLine = site.dag.line;
  }
  // Where module-level code makes this DAG: the DAG itself, or the module-level call of the factory that makes it.
  const branch = instanceBranch(site, instance);
  if (branch) dag.branch = branch;
  if (instance.chain.length === 0) return dag;
  // The call of an @dag function binds its arguments to the function's signature before any DAG exists.
  const first = instance.chain[0] as CallSite;
  if (site.kind === "decorator" && site.dagFn?.node && first.via === undefined && first.node.type === "call") {
    const error = bindError(site.dagFn.node, first.node);
    if (error) dag.callError = { message: error, ...spanOf(first.node) };
    else {
      const fromFunction = functionParamProblems(site.dagFn.node, first.node, ctx);
      if (fromFunction.length) dag.invalidParams = [...(dag.invalidParams ?? []), ...fromFunction];
    }
  }
  // A DAG created once where it is written keeps that line; one created per call (several calls, a loop) gets
  // the line of the module-level call that creates it.
  if (count > 1 || instance.loop) {
    const outer = instance.chain[instance.chain.length - 1] as CallSite;
    dag.line = lineOf(outer.node);
    dag.definitionLine = site.dag.line;
  }
  const idNode = site.idNode ?? caller?.idNode;
  if (idNode) {
    const use = { file: false };
    const value = strOnly(substitute(idNode, caller ? caller.call.scope : site.scope, instance.chain, ctx, 0, use));
    dag.dagId = value ?? unknown(idNode);
    if (value !== undefined && use.file) dag.dagIdFromFile = true;
    else delete dag.dagIdFromFile;
  }
  return caller ? dag : withScheduleBound(site, dag, instance.chain, ctx);
}

/** Most iterations a module-level loop is expanded to (more: its DAGs stay one unknown entry). */
const MAX_LOOP_ITERATIONS = 100;

/**
 * The DAGs one instance stands for: itself, or, when its dag_id is unknown because it depends on the variable of a
 * module-level `for` loop over static values, one DAG per iteration with that value bound (`for source in ["crm",
 * "erp"]: with DAG(f"extract_{source}")`, `for name, cfg in PIPELINES.items(): globals()[name] = build(name, **cfg)`,
 * `for n in range(1, 4): dag_id = f"loop_{n}"; globals()[dag_id] = create_dag(dag_id)`). All or nothing: if one
 * iteration's dag_id is not static, the instance stays as it is.
 */
function perIteration(site: DagSite, instance: Instance, dag: DagInfo, ctx: FileContext): DagInfo[] {
  const caller = site.idNode ? undefined : wrapperCaller(site, instance.chain);
  const idNode = site.idNode ?? caller?.idNode;
  const outer = instance.chain[instance.chain.length - 1];
  // What module-level code does with the DAG on each pass: the DAG call itself, or the module-level factory call.
  const made = outer ? outer.node : (site.callNode ?? idNode);
  // A with block or @dag call registers each pass's DAG (DagContext); a plain DAG() is found only through a global.
  const registers = site.kind !== "call" && !site.noAutoRegister;
  // A DAG of a registry filled in a loop is found only for the keys taken back (keyedRegistry): none unless each pass is known.
  const fallback = !registers && made && keyedRegistry(made, ctx.source) ? [] : [dag];
  // `with d:` registers a plain DAG() made without `auto_register` (its default is True) or a `**` splat that may set it.
  const entering = !site.noAutoRegister && (site.kind !== "call" || (!!site.callNode && !/\bauto_register\b|\*\*/.test(site.callNode.childForFieldName("arguments")?.text ?? "")));
  if (!idNode || !made || !isUnknownId(dag.dagId)) return fallback;
  if (instance.chain.length && !instance.loop) return fallback;
  let loop = moduleLoopOf(made);
  let keep: "each" | "last" = "each";
  let keyed: { key: Node; container?: string } | undefined;
  if (loop) {
    if (!registers) {
      const held = heldAcrossPasses(made, loop, ctx.source, entering);
      if (held === undefined) return fallback;
      if (held === "none") return [];
      if (typeof held === "object") keyed = held;
      else keep = held;
    }
  } else {
    // A comprehension keeps every element in the one container it builds (foundInstances judged that container).
    loop = comprehensionLoopOf(made);
    if (!loop) return [dag];
    if (!registers && !copiedIntoGlobals(loop.parent, ctx.source) && !keptByLaterLoop(loop.parent, entering)) return [dag];
  }
  const iterations = loopIterations(loop, ctx);
  // A comprehension's `for` clause has no body.
  const body = loop.type === "for_in_clause" ? undefined : loop.childForFieldName("body");
  if (!iterations || (!body && loop.type !== "for_in_clause")) return fallback;
  // Names the loop body assigns (once) before the DAG is made: `dag_id = f"loop_{n}"`.
  const assigned = assignedOnce(body);
  // A loop variable the body binds again (`cron = cron.strip()`) is not the pass's value: the schedule stays unknown.
  const loopRebinds = (loop.childForFieldName("left")?.text.match(/[A-Za-z_]\w*/g) ?? []).some((name) => rebinds(body, name));
  const out: DagInfo[] = [];
  // Each pass's key of `keyed` (its global's name, or its registry key).
  const keys: (string | undefined)[] = [];
  for (const binding of iterations) {
    const use = { file: false };
    const lookup = passLookup(binding, assigned, ctx, use);
    const id = strOnly(substitute(idNode, caller ? caller.call.scope : site.scope, instance.chain, ctx, 0, use, lookup));
    if (id === undefined) return fallback;
    if (keyed) keys.push(strOnly(evalString(keyed.key, ctx, { file: false }, 0, passLookup(binding, assigned, ctx, { file: false }))));
    const one: DagInfo = { ...(caller || loopRebinds ? dag : withScheduleBound(site, dag, instance.chain, ctx, passLookup(binding, assigned, ctx, { file: false }))), dagId: id };
    if (use.file) one.dagIdFromFile = true;
    // A factory's branches are exclusive within one pass only.
    const branch = instanceBranch(site, instance, out.length);
    if (branch) one.branch = branch;
    else delete one.branch;
    out.push(one);
  }
  if (keyed) {
    // A later pass storing under the same key replaces the entry; a registry's entry is found when taken back out.
    if (keys.some((key) => key === undefined)) return fallback;
    const lastPass = new Map(keys.map((key, pass) => [key, pass]));
    return out.filter((_, pass) => lastPass.get(keys[pass]) === pass && (keyed.container === undefined || takenBack(ctx.source, keyed.container, keys[pass] as string)));
  }
  if (keep === "last") return out.length ? out.slice(-1) : [dag];
  return out.length ? out : [dag];
}

/**
 * Which of the plain DAGs a module-level `for` loop makes at `made` (a `DAG(...)` call, or the module-level call of a
 * factory returning one) module globals still hold when the loop ends: "each" when each pass's DAG lands in a
 * container (judged by foundInstances), in `globals()[...]`, or in a name the pass then enters with `with` or copies
 * into `globals()[<loop variable>]` / `globals()[name.dag_id]`; "last" when each pass only binds one global name
 * again (`for n in IDS: dag = DAG(n)`: DagBag finds the last DAG); "none" when a later module statement binds that
 * name again; undefined when the name is used in a way this reading does not follow (stored elsewhere, entered only
 * on some passes, a `break`). `{ key }` when each pass copies the name into `globals()[key]` with some other key
 * (`globals()[f"loop2_{name}"] = dag`), `{ key, container }` for a registry (keyedRegistry): perIteration keeps the
 * passes whose key is the last pass's to store under it (and, for a registry, is taken back). `entering`: the DAGs
 * auto-register (a `with` block entering one registers it).
 */
function heldAcrossPasses(made: Node, loop: Node, source: string, entering: boolean): "each" | "last" | "none" | { key: Node; container?: string } | undefined {
  const where = landing(made);
  if (where.where === "container") {
    if (copiedIntoGlobals(made, source, where.container) || copiedBackInLoop(made) || keptByLaterLoop(made, entering, where.container)) return "each";
    return keyedRegistry(made, source);
  }
  const assigned = assignedBy(made);
  if (!assigned) return undefined;
  const target = assigned.target;
  if (target?.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(target.childForFieldName("value")?.text ?? "")) return "each";
  const body = loop.childForFieldName("body");
  const statement = assigned.assignment.parent;
  if (target?.type !== "identifier" || !body || statement?.type !== "expression_statement" || statement.parent?.id !== body.id) return undefined;
  if (/\bbreak\b/.test(body.text)) return undefined;
  const name = target.text;
  const left = loop.childForFieldName("left");
  const loopNames = new Set(left?.type === "identifier" ? [left.text] : (left?.namedChildren.map((c) => c?.text ?? "") ?? []));
  let each = false;
  let unsure = false;
  let keyed: Node | undefined;
  const scan = (node: Node): void => {
    if (unsure) return;
    const type = node.type;
    if (type === "function_definition" || type === "class_definition" || type === "lambda") {
      if (new RegExp(`\\b${name}\\b`).test(node.text)) unsure = true;
      return;
    }
    if (type === "with_statement" && entersName(node, name)) {
      // Entered on every pass (a statement of the loop body itself) registers each DAG; on some passes, unknown.
      if (node.parent?.id === body.id) each = true;
      else unsure = true;
    }
    if (type === "identifier") {
      if (node.text !== name || node.id === target.id) return;
      const role = node.parent;
      if (!role) return;
      // `dag=name` (an operator's DAG), or a keyword that is spelt like the name.
      if (role.type === "keyword_argument" && (role.childForFieldName("name")?.id === node.id || role.childForFieldName("name")?.text === "dag")) return;
      if (role.type === "attribute" && role.childForFieldName("object")?.id === node.id) return; // name.dag_id
      if (role.type === "with_item" || (role.type === "as_pattern" && role.namedChildren[0]?.id === node.id)) return; // judged above
      if (role.type === "assignment" && role.childForFieldName("right")?.id === node.id && role.parent?.parent?.id === body.id) {
        const holder = role.childForFieldName("left");
        const key = holder?.type === "subscript" ? holder.childForFieldName("subscript") : undefined;
        const intoGlobals = holder?.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(holder.childForFieldName("value")?.text ?? "");
        if (intoGlobals && key && ((key.type === "identifier" && loopNames.has(key.text)) || key.text === `${name}.dag_id`)) {
          each = true;
          return;
        }
        // Another key (`globals()[f"loop2_{name}"] = dag`): each pass's value is worked out by perIteration.
        if (intoGlobals && key && !keyed) {
          keyed = key;
          return;
        }
      }
      unsure = true;
      return;
    }
    for (const c of node.namedChildren) if (c) scan(c);
  };
  scan(body);
  if (each) return "each";
  if (unsure) return undefined;
  if (keyed) return { key: keyed };
  return reboundAfter(loop, name) ? "none" : "last";
}

/**
 * Whether every element of a container reaches the module's globals: the container (a comprehension, or the
 * module-level name `container` holding it) passed to `globals().update(...)` / `vars().update(...)`, or a
 * module-level `for` loop over the name whose first statement stores into `globals()[...]`. A loop that only leaves
 * the last element in its variable, or any other use, is not this.
 */
function copiedIntoGlobals(node: Node | null, source: string, container?: string): boolean {
  if (container === undefined) {
    let p = node?.parent;
    while (p?.type === "parenthesized_expression") p = p.parent;
    if (p?.type === "argument_list" && /^(globals|vars)\(\s*\)\.update$/.test(p.parent?.childForFieldName("function")?.text ?? "")) return true;
    const left = p?.type === "assignment" && p.childForFieldName("right")?.id === node?.id ? p.childForFieldName("left") : undefined;
    if (left?.type !== "identifier") return false;
    container = left.text;
  }
  return new RegExp(`\\b(globals|vars)\\(\\)\\.update\\(\\s*${container}\\s*\\)|^for\\b[^\\n]*\\bin\\s+${container}\\b[^\\n]*:[ \\t]*\\n[ \\t]+(globals|vars)\\(\\)\\[`, "m").test(source);
}

/**
 * Whether a module-level `for <v> in <container>:` loop after the container is filled (no `break` or `continue`)
 * has, as a statement of its own body, `globals()[v.dag_id] = v`, or (when the DAGs auto-register, `entering`)
 * `with v:`, which registers the DAG it enters (DagContext at 2.10.5): every element is then found. `container` as in
 * copiedIntoGlobals (undefined: the name `node`, a comprehension, is assigned to).
 */
function keptByLaterLoop(node: Node | null, entering: boolean, container?: string): boolean {
  if (!node) return false;
  if (container === undefined) {
    const { child, parent } = unparenthesized(node);
    const left = parent?.type === "assignment" && parent.childForFieldName("right")?.id === child.id ? parent.childForFieldName("left") : undefined;
    if (left?.type !== "identifier") return false;
    container = left.text;
  }
  for (const statement of moduleOf(node).namedChildren) {
    if (statement?.type !== "for_statement" || statement.startIndex < node.endIndex) continue;
    const element = statement.childForFieldName("left");
    const body = statement.childForFieldName("body");
    if (element?.type !== "identifier" || statement.childForFieldName("right")?.text !== container || !body || /\b(break|continue)\b/.test(body.text)) continue;
    for (const inner of body.namedChildren) {
      if (entering && inner?.type === "with_statement" && entersName(inner, element.text)) return true;
      const assignment = inner?.type === "expression_statement" ? inner.namedChildren[0] : undefined;
      const holder = assignment?.type === "assignment" ? assignment.childForFieldName("left") : undefined;
      if (holder?.type !== "subscript" || !/^(globals|vars)\(\s*\)$/.test(holder.childForFieldName("value")?.text ?? "")) continue;
      if (holder.childForFieldName("subscript")?.text.replace(/\s+/g, "") === `${element.text}.dag_id` && assignment?.childForFieldName("right")?.text === element.text) return true;
    }
  }
  return false;
}

/**
 * `dags[name] = DAG(...)` followed, in the same module-level `for` body, by `globals()[f"dag_{name}"] = dags[name]`: each
 * pass copies its DAG out of the container under the same key into a global whose name changes with the loop
 * variable (DagBag finds every pass's DAG in the module's globals, airflow/models/dagbag.py at 2.10.5,
 * `_process_modules`). Only that plain shape: a loop without `break`/`continue`, both statements in its body.
 */
function copiedBackInLoop(made: Node): boolean {
  const assigned = assignedBy(made);
  const target = assigned?.target;
  if (target?.type !== "subscript") return false;
  const container = target.childForFieldName("value");
  const key = target.childForFieldName("subscript");
  const loop = moduleLoopOf(made);
  const body = loop?.childForFieldName("body");
  const statement = assigned?.assignment.parent;
  if (container?.type !== "identifier" || !key || !loop || !body || statement?.type !== "expression_statement" || statement.parent?.id !== body.id) return false;
  const left = loop.childForFieldName("left");
  const loopNames = left?.type === "identifier" ? [left.text] : (left?.namedChildren.map((c) => c?.text ?? "") ?? []);
  const taken = `${container.text}[${key.text.replace(/\s+/g, "")}]`;
  const after = body.namedChildren.slice(body.namedChildren.findIndex((c) => c?.id === statement.id) + 1);
  return after.some((s) => {
    const assignment = s?.type === "expression_statement" ? s.namedChildren[0] : undefined;
    const holder = assignment?.type === "assignment" ? assignment.childForFieldName("left") : undefined;
    if (holder?.type !== "subscript" || !/^(globals|vars)\(\s*\)$/.test(holder.childForFieldName("value")?.text ?? "")) return false;
    // The global's name: the loop variable itself, or an f-string with it in a placeholder (`f"dag_{name}"`).
    const name = holder.childForFieldName("subscript");
    const placeholders = name?.type === "identifier" ? name.text : name?.type === "string" && /^[rR]?[fF]/.test(name.text) ? (name.text.match(/\{[^{}]*\}/g) ?? []).join(" ") : "";
    return assignment?.childForFieldName("right")?.text.replace(/\s+/g, "") === taken && loopNames.some((n) => n && new RegExp(`\\b${n}\\b`).test(placeholders));
  });
}

/**
 * The `for` clause of the module-level comprehension whose element `node` is part of (`{n: make(n) for n in IDS}`),
 * when that comprehension has one `for` clause, no `if` clause, and `node` is computed for every element; undefined
 * otherwise, or inside a function, class or another loop.
 */
function comprehensionLoopOf(node: Node): Node | undefined {
  let clause: Node | undefined;
  let conditional = false;
  for (let child = node, p = node.parent; p; child = p, p = p.parent) {
    const type = p.type;
    if (type === "function_definition" || type === "lambda" || type === "class_definition" || type === "while_statement" || type === "for_statement") return undefined;
    if (!clause && /^(conditional_expression|boolean_operator)$/.test(type)) conditional = true;
    if (type === "list_comprehension" || type === "set_comprehension" || type === "dictionary_comprehension" || type === "generator_expression") {
      if (clause || conditional || p.childForFieldName("body")?.id !== child.id) return undefined;
      const clauses = p.namedChildren.filter((c) => c?.type === "for_in_clause" || c?.type === "if_clause");
      if (clauses.length !== 1 || clauses[0]?.type !== "for_in_clause") return undefined;
      clause = clauses[0];
    }
  }
  return clause;
}

const isUnknownId = (dagId: Static<string>): boolean => typeof dagId !== "string";

/**
 * Which branches an instance's DAG is made in (DagInfo.branch): those of the module's statements around the
 * module-level code that makes it (branchOf), then, for a factory (or `@dag` function) reached by calls, those inside
 * each function on the way, keyed by the calls that reached that run of the function (`<call start bytes>.<statement
 * start byte>:<branch>`): one call of `def make(n): if daily: with DAG(n)... else: with DAG(n)...` makes one of the
 * two DAGs, two calls make two. Inside functions a statement after an `if` whose every clause returns or raises is
 * one more branch of it. `pass`: the pass of the module-level loop around the call (perIteration); a looping
 * instance without one keeps only the module's branches (which pass takes which branch is not known).
 */
function instanceBranch(site: DagSite, instance: Instance, pass?: number): string | undefined {
  const chain = instance.chain;
  const outerNode = chain.length ? (chain[chain.length - 1] as CallSite).node : site.at;
  const steps = outerNode ? branchSteps(outerNode) : [];
  if (chain.length && (!instance.loop || pass !== undefined)) {
    const suffix = pass === undefined ? "" : `#${pass}`;
    const key = (from: number): string => chain.slice(from).map((c) => c.node.startIndex).join(",") + suffix;
    // Innermost first: the DAG site itself in the factory (a decorator site's definition is not where it runs),
    // then each call on the way out but the module-level one.
    const inner: string[][] = [];
    if (site.kind !== "decorator" && site.at) inner.push(branchSteps(site.at, key(0)));
    for (let i = 0; i < chain.length - 1; i++) inner.push(branchSteps((chain[i] as CallSite).node, key(i + 1)));
    for (const level of inner.reverse()) steps.push(...level);
  }
  return steps.length ? steps.join("/") : undefined;
}

/** branchSteps joined: the module-level branches a node is in (see DagInfo.branch); undefined when in none. */
function branchOf(node: Node): string | undefined {
  const steps = branchSteps(node);
  return steps.length ? steps.join("/") : undefined;
}

/**
 * Which branches of `if`/`elif`/`else` and `try`/`except` statements a node is in, outermost first, as `<statement
 * start byte>:<branch>`. A `try` body and its `else` are one branch (both run when nothing raises), each `except`
 * another; `finally` always runs and is not one. With `key` (a node in a function, for one run of it): only the
 * function's own statements, each named `<key>.<start byte>`, and a statement after an `if` without `else` whose
 * every clause ends in `return` or `raise` is in that `if`'s fall-through branch.
 */
function branchSteps(node: Node, key?: string): string[] {
  const steps: string[] = [];
  const named = (statement: Node, branch: string): string => (key === undefined ? `${statement.startIndex}:${branch}` : `${key}.${statement.startIndex}:${branch}`);
  for (let child: Node = node, p = node.parent; p; child = p, p = p.parent) {
    if (key !== undefined && (p.type === "function_definition" || p.type === "lambda" || p.type === "class_definition")) break;
    if (key !== undefined && p.type === "block") {
      for (const sibling of p.namedChildren) {
        if (!sibling || sibling.id === child.id) break;
        if (sibling.type === "if_statement" && leavesInEveryClause(sibling)) steps.push(named(sibling, "f"));
      }
    }
    if (p.type === "if_statement") {
      if (child.type === "elif_clause" || child.type === "else_clause") {
        const index = p.namedChildren.filter((c) => c?.type === "elif_clause" || c?.type === "else_clause").findIndex((c) => c?.id === child.id);
        steps.push(named(p, String(index + 1)));
      } else if (child.id === p.childForFieldName("consequence")?.id) steps.push(named(p, "0"));
    } else if (p.type === "try_statement") {
      if (child.type === "except_clause" || child.type === "except_group_clause") {
        const index = p.namedChildren.filter((c) => c?.type === "except_clause" || c?.type === "except_group_clause").findIndex((c) => c?.id === child.id);
        steps.push(named(p, `x${index}`));
      } else if (child.type === "block" || child.type === "else_clause") steps.push(named(p, "b"));
    }
  }
  return steps.reverse();
}

/** An `if` without `else` whose consequence and every `elif` end in `return` or `raise`: what follows runs only when none is taken. */
function leavesInEveryClause(statement: Node): boolean {
  const blocks: (Node | null)[] = [statement.childForFieldName("consequence")];
  for (const clause of statement.namedChildren) {
    if (clause?.type === "else_clause") return false;
    if (clause?.type === "elif_clause") blocks.push(clause.childForFieldName("consequence"));
  }
  return blocks.every((block) => {
    const last = block?.namedChildren.filter((c) => c && c.type !== "comment").pop();
    return last?.type === "return_statement" || last?.type === "raise_statement";
  });
}

/**
 * The one module-level `for` statement around a node (not in a function or class; nested loops: undefined), when the
 * node runs on every iteration (no `if`, conditional expression or `else` of the loop between them).
 */
function moduleLoopOf(node: Node): Node | undefined {
  let loop: Node | undefined;
  let conditional = false;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "class_definition" || p.type === "while_statement") return undefined;
    if (LOOP_TYPES.has(p.type) && p.type !== "for_statement") return undefined;
    if (!loop && /^(if_statement|conditional_expression|else_clause|boolean_operator|match_statement)$/.test(p.type)) conditional = true;
    if (p.type === "for_statement") {
      if (loop || conditional) return undefined;
      loop = p;
    }
  }
  // A pass may end early (`if not enabled: continue`, `break`): which passes make their DAG is not known.
  if (loop && /\b(continue|break)\b/.test(loop.childForFieldName("body")?.text ?? "")) return undefined;
  return loop;
}

/**
 * The values a `for` loop's names take, one map per iteration, when the iterable is static: a list/tuple/set literal
 * (of strings, integers, or tuples of them for `for a, b in ...`), `range(...)` of integer literals, a dict literal's
 * keys (`for k in D`, `D.keys()`) or keys with values (`D.items()`, a value that is not static leaves its name
 * unbound), directly or through a module-level name bound once. A name bound to a dict literal (`for cfg in [{"name":
 * "a"}, ...]`, `for name, cfg in D.items()`) gets its static string keys' static values, under itemKey (for
 * `cfg["name"]`). Undefined otherwise, or beyond MAX_LOOP_ITERATIONS.
 */
function loopIterations(loop: Node, ctx: FileContext): Map<string, string>[] | undefined {
  const left = loop.childForFieldName("left");
  let right = loop.childForFieldName("right");
  if (!left || !right) return undefined;
  // `for a, b in ...` and `for (name,) in ...` unpack each item (a one-name tuple too); `for name in ...` does not.
  const unpack = left.type !== "identifier";
  const names = unpack ? left.namedChildren.map((c) => (c?.type === "identifier" ? c.text : "")) : [left.text];
  if (names.length === 0 || names.some((n) => n === "")) return undefined;
  const use = { file: false };
  const value = (n: Node | null | undefined): string | undefined => (n ? moduleString(n, ctx, use) : undefined);
  const rows: (string | Node | null | undefined)[][] = [];
  let method: string | undefined;
  if (right.type === "call") {
    const fn = right.childForFieldName("function");
    const args = plainArgs(right) ?? [];
    if (fn?.type === "identifier" && fn.text === "range") {
      const bounds = args.map((a) => (a.type === "integer" && /^\d+$/.test(a.text) ? Number(a.text) : a.type === "unary_operator" && /^-\s*\d+$/.test(a.text) ? -Number(a.text.replace(/^-\s*/, "")) : NaN));
      if (bounds.length < 1 || bounds.length > 3 || bounds.some((b) => Number.isNaN(b))) return undefined;
      const [start, stop, step] = bounds.length === 1 ? [0, bounds[0] as number, 1] : [bounds[0] as number, bounds[1] as number, bounds[2] ?? 1];
      if (step === 0 || Math.abs((stop - start) / step) > MAX_LOOP_ITERATIONS) return undefined;
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) rows.push([INT + String(i)]);
      return unpack ? undefined : rows.map((r) => new Map([[names[0] as string, r[0] as string]]));
    }
    method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
    if ((method !== "items" && method !== "keys") || args.length || (method === "keys" && unpack)) return undefined;
    right = fn?.childForFieldName("object") ?? null;
    if (!right) return undefined;
  }
  if (right.type === "identifier") right = moduleBinding(ctx.valueBindings, right) ?? right;
  // A dict's keys unpacked (`for (k,) in D`) would unpack each key string.
  if (right.type === "dictionary" && unpack && method !== "items") return undefined;
  if (right.type === "dictionary") {
    for (const pair of right.namedChildren) {
      if (!pair || pair.type === "comment") continue;
      if (pair.type !== "pair") return undefined;
      const key = value(pair.childForFieldName("key"));
      if (key === undefined) return undefined;
      rows.push(method === "items" ? [key, pair.childForFieldName("value")] : [key]);
    }
  } else if (!method && (right.type === "list" || right.type === "tuple" || right.type === "set")) {
    for (const item of right.namedChildren) {
      if (!item || item.type === "comment") continue;
      if (!unpack) rows.push([item]);
      else if (item.type === "tuple" || item.type === "list") rows.push(item.namedChildren.filter((c) => c && c.type !== "comment"));
      else return undefined;
    }
  } else return undefined;
  if (rows.length > MAX_LOOP_ITERATIONS || rows.some((r) => r.length !== names.length)) return undefined;
  return rows.map((row) => {
    const binding = new Map<string, string>();
    names.forEach((name, i) => {
      const item = row[i];
      const v = typeof item === "string" ? item : value(item);
      if (v !== undefined) binding.set(name, v);
      else if (item && typeof item !== "string") {
        // A dict literal (directly or through a module-level name): its static string keys' static values, for `name["key"]`.
        // A later key replaces an earlier one; a `**` splat may replace any key before it.
        const dict = item.type === "identifier" ? moduleBinding(ctx.valueBindings, item) : item;
        const entries = new Map<string, string | undefined>();
        for (const pair of dict?.type === "dictionary" ? dict.namedChildren : []) {
          if (!pair || pair.type === "comment") continue;
          if (pair.type !== "pair") {
            entries.clear();
            continue;
          }
          const key = pair.childForFieldName("key");
          const text = key && (key.type === "string" || key.type === "concatenated_string") ? stringValue(key) : undefined;
          if (text !== undefined) entries.set(text, value(pair.childForFieldName("value")));
        }
        for (const [key, entry] of entries) if (entry !== undefined) binding.set(itemKey(name, key), entry);
      }
    });
    return binding;
  });
}

/**
 * The static string value of an expression in a factory, given the call chain that reached it (parameters bound).
 * `outer` looks up names that are not parameters (default: module-level names bound once).
 */
function substitute(
  node: Node,
  scope: Scope,
  chain: CallSite[],
  ctx: FileContext,
  depth: number,
  use: { file: boolean },
  outer?: (name: Node, depth: number) => string | undefined,
): string | undefined {
  return evalString(node, ctx, use, depth, (name, d) => {
    const bound = parameterArgument(name, scope, chain);
    if (bound === undefined) return outer ? outer(name, d) : moduleName(name, ctx, use, d);
    if (!bound.arg) return undefined;
    // A default value is evaluated where the function is defined: module names only.
    if (!bound.call) return evalString(bound.arg, ctx, use, d + 1, (n, dd) => (outer ? outer(n, dd) : moduleName(n, ctx, use, dd)));
    return substitute(bound.arg, bound.call.scope, chain, ctx, d + 1, use, outer);
  });
}

/**
 * What parameter `name` of `scope`'s function is bound to by the call in `chain` that reached it: the call's argument
 * (with that call, whose scope it is evaluated in), else the parameter's default (no call), else nothing (`{}`: no
 * call in the chain, or the argument left out). Undefined when `name` is no parameter of the function.
 */
function parameterArgument(name: Node, scope: Scope, chain: CallSite[]): { arg?: Node; call?: CallSite } | undefined {
  const paramIndex = scope.params.findIndex((p) => p.name === name.text);
  if (paramIndex === -1) return undefined;
  const call = chain.find((c) => (c.via === "class" ? scope.name === "__init__" : c.name === scope.name));
  if (!call) return {};
  const { positional, keywords } = callArguments(call.node);
  const param = scope.params[paramIndex] as { name: string; default?: Node };
  // A method's first parameter is the instance: the call's first argument is its second parameter.
  const position = call.via ? paramIndex - 1 : paramIndex;
  const arg = keywords.get(param.name) ?? (position >= 0 ? positional[position] : undefined);
  if (arg) return { arg, call };
  return param.default ? { arg: param.default } : {};
}

/**
 * Where the value of `node` is written: through parameters bound by the calls in `chain`, the argument a call gives.
 * Undefined when a function on the way binds the parameter again in its body (the argument may not be its value).
 */
function writtenAt(node: Node, scope: Scope, chain: CallSite[], depth = 0): Node | undefined {
  const bound = node.type === "identifier" && depth < 12 ? parameterArgument(node, scope, chain) : undefined;
  if (bound && rebinds(scope.node?.childForFieldName("body"), node.text)) return undefined;
  return bound?.arg && bound.call ? writtenAt(bound.arg, bound.call.scope, chain, depth + 1) : node;
}

/**
 * Whether a function's or loop's body binds `name` (an assignment, also augmented or to a tuple, a `for` target,
 * `:=`; from the text, `as name`, `del`, `global`/`nonlocal` or an import naming it): a parameter or loop variable read
 * there may not hold what the call or the pass gave it. Nested functions and classes are scopes of their own.
 */
function rebinds(block: Node | null | undefined, name: string): boolean {
  if (!block || !new RegExp(`\\b${name}\\b`).test(block.text)) return false;
  if (new RegExp(`\\bas[ \\t]+${name}\\b|\\b(del|global|nonlocal|import)\\b[^\\n]*\\b${name}\\b`).test(block.text)) return true;
  const inTarget = (n: Node): boolean =>
    n.type === "identifier" ? n.text === name : /^(pattern_list|tuple_pattern|list_pattern|tuple|list|parenthesized_expression|list_splat_pattern)$/.test(n.type) && n.namedChildren.some((c) => !!c && inTarget(c));
  const visit = (n: Node): boolean => {
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda" || LEAF_TYPES.has(n.type)) return false;
    const target = /^(assignment|augmented_assignment|for_statement)$/.test(n.type) ? n.childForFieldName("left") : n.type === "named_expression" ? n.childForFieldName("name") : null;
    if (target && inTarget(target)) return true;
    return n.namedChildren.some((c) => !!c && visit(c));
  };
  return visit(block);
}

/**
 * The DAG with its schedule bound for one call chain or loop pass (`lookup`: the pass's names, see passLookup) when
 * the DAG call writes it as a name only that binds (`schedule=schedule` of a factory's parameter, `schedule=cron` in
 * `for name, cron in SCHEDS.items():`, `cfg["schedule"]` over a list of dicts) and it is a static string there, so
 * the schedule checks judge each DAG's own. The schedule argument's span becomes that of the argument a module-level
 * call writes when the value comes through the factory's parameters. The DAG itself when its schedule is known or
 * not static.
 */
function withScheduleBound(site: DagSite, dag: DagInfo, chain: CallSite[], ctx: FileContext, lookup?: (name: Node, depth: number) => string | undefined): DagInfo {
  const node = site.scheduleNode;
  if (!node || typeof dag.schedule !== "object" || dag.schedule === null) return dag;
  // A parameter the factory binds again before its DAG call (`schedule = schedule or "@daily"`) is not the argument.
  const names = node.text.match(/[A-Za-z_]\w*/g) ?? [];
  const body = site.scope.node?.childForFieldName("body");
  if (names.some((name) => site.scope.params.some((p) => p.name === name) && rebinds(body, name))) return dag;
  const written = writtenAt(node, site.scope, chain);
  const schedule = written && strOnly(substitute(node, site.scope, chain, ctx, 0, { file: false }, lookup));
  if (!written || schedule === undefined) return dag;
  const at = (a: DagArgument): boolean => a.line === node.startPosition.row + 1 && a.column === node.startPosition.column + 1;
  const moved = { line: written.startPosition.row + 1, column: written.startPosition.column + 1, endLine: written.endPosition.row + 1, endColumn: written.endPosition.column + 1 };
  return { ...dag, schedule, ...(written === node || !dag.arguments ? {} : { arguments: dag.arguments.map((a) => (at(a) ? { ...a, ...moved } : a)) }) };
}

/**
 * evalString's values are Python str values, or int values marked by INT before their decimal digits: `VERSION + 1`
 * adds (3, not "21"), `"v" + 1` raises TypeError in Python (undefined here), and an f-string placeholder, `%s`,
 * `.format` or `str()` turn an int into its digits. A private-use character no source string is taken to hold.
 */
const INT = "\uE000";
const isInt = (value: string): boolean => value.startsWith(INT);
/** What `str(value)` gives: an int's digits, a str itself. */
const asText = (value: string): string => (isInt(value) ? value.slice(1) : value);
/** A computed value that can be a dag_id: a str (an int dag_id is no key: Airflow raises, so it is not known here). */
const strOnly = (value: string | undefined): string | undefined => (value === undefined || isInt(value) ? undefined : value);

/** A module-level name bound once, evaluated as a static string. */
function moduleName(name: Node, ctx: FileContext, use: { file: boolean }, depth: number): string | undefined {
  const bound = moduleBinding(ctx.valueBindings, name);
  return bound ? evalString(bound, ctx, use, depth + 1, (n, d) => moduleName(n, ctx, use, d)) : undefined;
}

/** The module-level static string value of an expression (dag_id=f"{TEAM}_daily", Path(__file__).stem...). */
function moduleString(node: Node, ctx: FileContext, use: { file: boolean }): string | undefined {
  return evalString(node, ctx, use, 0, (n, d) => moduleName(n, ctx, use, d));
}

/** filePathOf (file-paths.ts) for this file: `Path(__file__).parent.name`, `os.path.dirname(__file__)`... */
function filePathIn(node: Node, ctx: FileContext, use: { file: boolean }): FilePath | undefined {
  return filePathOf(node, { file: ctx.file, resolve: (written) => resolveName(written, ctx), literal: stringValue }, use);
}

/** `.py` and other suffixes as `os.path.splitext` and `PurePath.stem` remove them. */
function withoutSuffix(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

function plainArgs(call: Node): Node[] | undefined {
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => !!c && c.type !== "comment") ?? [];
  return args.every((a) => a.type !== "keyword_argument" && a.type !== "list_splat" && a.type !== "dictionary_splat") ? args : undefined;
}

/**
 * The static string value of an expression, as Python computes it: literals, f-strings whose placeholders are static
 * (no format spec or conversion), `+`, names (through `name`), the file's base name and its folders' names within the
 * DAG folder from `__file__` (`Path(__file__).stem`/`.name`, `Path(__file__).parent.name`, `.with_suffix("").name`,
 * `os.path.basename(os.path.dirname(__file__))`, `os.path.splitext(...)[0]`: see file-paths.ts), and the string methods
 * dag_ids are built with (`replace`, `removesuffix`, `removeprefix`, `lower`, `upper`, `strip`, `split(sep)[i]`,
 * `[:n]` slices). Anything else is undefined. `use.file` is set when the value depends on the file's name. `name` is
 * also asked for `name["key"]` subscripts (a loop variable over dicts, see passLookup); other callbacks find none.
 */
function evalString(node: Node, ctx: FileContext, use: { file: boolean }, depth: number, name: (node: Node, depth: number) => string | undefined): string | undefined {
  if (depth > 12) return undefined;
  const again = (n: Node | null | undefined): string | undefined => (n ? evalString(n, ctx, use, depth + 1, name) : undefined);
  switch (node.type) {
    case "identifier":
      return name(node, depth);
    case "integer":
      // As an f-string placeholder formats it (f"model_v{VERSION}" with VERSION = 3).
      return /^\d+$/.test(node.text) ? INT + String(BigInt(node.text)) : undefined;
    case "parenthesized_expression":
      return node.namedChildren.length === 1 ? again(node.namedChildren[0]) : undefined;
    case "concatenated_string": {
      let out = "";
      for (const child of node.namedChildren) {
        const part = again(child);
        if (part === undefined) return undefined;
        out += part;
      }
      return out;
    }
    case "string": {
      const prefix = stringPrefix(node);
      if (prefix === undefined) return undefined;
      let value = "";
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === "string_content") {
          const part = contentValue(child.text, prefix);
          if (part === undefined || part.includes(INT)) return undefined;
          value += part;
        } else if (child.type === "interpolation") {
          if (child.namedChildren.length !== 1) return undefined;
          const part = again(child.namedChildren[0]);
          if (part === undefined) return undefined;
          value += asText(part);
        } else if (child.type !== "string_start" && child.type !== "string_end") return undefined;
      }
      return value;
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      if (operator === "%") return percentFormat(node, again);
      if (operator !== "+") return undefined;
      const left = again(node.childForFieldName("left"));
      const right = left === undefined ? undefined : again(node.childForFieldName("right"));
      if (left === undefined || right === undefined) return undefined;
      // int + int adds; int + str raises TypeError; str + str concatenates.
      if (isInt(left) && isInt(right)) return INT + String(BigInt(left.slice(1)) + BigInt(right.slice(1)));
      return isInt(left) || isInt(right) ? undefined : left + right;
    }
    case "attribute": {
      const attribute = node.childForFieldName("attribute")?.text;
      const object = node.childForFieldName("object");
      if (!object || (attribute !== "stem" && attribute !== "name")) return undefined;
      const path = filePathIn(object, ctx, use);
      return path?.kind === "path" ? filePathName(path, attribute) : undefined;
    }
    case "subscript": {
      const value = node.childForFieldName("value");
      const subscripts = node.childrenForFieldName("subscript").filter((c): c is Node => !!c);
      if (!value || subscripts.length !== 1) return undefined;
      const index = subscripts[0] as Node;
      if (index.type === "slice") {
        const text = index.text.replace(/\s+/g, "");
        const match = /^:(-?\d+)$/.exec(text);
        const whole = again(value);
        return match && whole !== undefined && !isInt(whole) ? whole.slice(0, Number(match[1])) : undefined;
      }
      // `cfg["name"]`: the name callback gives a key of the dict the name stands for (a loop pass's, see loopIterations).
      if (value.type === "identifier" && subscriptItemKey(node) !== undefined) return name(node, depth);
      const position = /^-?\d+$/.test(index.text) ? Number(index.text) : undefined;
      if (position === undefined) return undefined;
      const parts = stringParts(value, ctx, use, depth + 1, name);
      return parts?.at(position);
    }
    case "call": {
      const fn = node.childForFieldName("function");
      if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format") return braceFormat(node, fn, again);
      const args = plainArgs(node);
      if (!fn || !args) return undefined;
      if (fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "join" && args.length === 1) {
        const separator = again(fn.childForFieldName("object"));
        const list = args[0] as Node;
        if (separator === undefined || isInt(separator) || (list.type !== "list" && list.type !== "tuple")) return undefined;
        const parts: string[] = [];
        for (const item of list.namedChildren) {
          if (!item || item.type === "comment") continue;
          const part = again(item);
          // str.join of an int raises TypeError.
          if (part === undefined || isInt(part)) return undefined;
          parts.push(part);
        }
        return parts.join(separator);
      }
      const written = calleeName(fn);
      const resolved = written ? resolveName(written, ctx) : undefined;
      if (resolved === "os.path.basename" && args.length === 1) {
        const ofFile = filePathIn(args[0] as Node, ctx, use);
        if (ofFile) return filePathName(ofFile, "name");
        const path = strOnly(again(args[0]));
        return path === undefined ? undefined : path.slice(path.lastIndexOf("/") + 1);
      }
      if (resolved === "str" && args.length === 1) {
        const value = again(args[0]);
        return value === undefined ? undefined : asText(value);
      }
      if (fn.type !== "attribute") return undefined;
      const method = fn.childForFieldName("attribute")?.text;
      const subject = strOnly(again(fn.childForFieldName("object")));
      if (subject === undefined) return undefined;
      const values: string[] = [];
      for (const arg of args) {
        const value = strOnly(again(arg));
        if (value === undefined) return undefined;
        values.push(value);
      }
      const [a, b] = values;
      switch (method) {
        case "replace":
          return values.length === 2 ? subject.split(a as string).join(b as string) : undefined;
        case "removesuffix":
          return values.length === 1 && subject.endsWith(a as string) && a !== "" ? subject.slice(0, -(a as string).length) : values.length === 1 ? subject : undefined;
        case "removeprefix":
          return values.length === 1 && subject.startsWith(a as string) ? subject.slice((a as string).length) : undefined;
        case "lower":
          return values.length === 0 ? subject.toLowerCase() : undefined;
        case "upper":
          return values.length === 0 ? subject.toUpperCase() : undefined;
        case "strip":
          return values.length === 0 ? subject.trim() : undefined;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** `"...{}...{name}...".format(a, name=b)` with plain fields only (no format spec, conversion or attribute). */
function braceFormat(call: Node, fn: Node, evaluate: (n: Node | null | undefined) => string | undefined): string | undefined {
  const template = strOnly(evaluate(fn.childForFieldName("object")));
  if (template === undefined) return undefined;
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") return undefined;
    const evaluated = evaluate(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
    if (evaluated === undefined) return undefined;
    const value = asText(evaluated);
    if (arg.type === "keyword_argument") named.set(arg.childForFieldName("name")?.text ?? "", value);
    else positional.push(value);
  }
  // A lone brace makes str.format raise ValueError.
  if (/[{}]/.test(template.replace(/\{\{|\}\}|\{[^{}]*\}/g, ""))) return undefined;
  let next = 0;
  let failed = false;
  const out = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field: string | undefined) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const key = field ?? "";
    const value = key === "" ? positional[next++] : /^\d+$/.test(key) ? positional[Number(key)] : /^[A-Za-z_]\w*$/.test(key) ? named.get(key) : undefined;
    if (value === undefined) failed = true;
    return value ?? "";
  });
  return failed ? undefined : out;
}

/** `"%s_daily" % NAME` and `"%s_%s" % (A, B)`: `%s` and `%%` only. */
function percentFormat(node: Node, evaluate: (n: Node | null | undefined) => string | undefined): string | undefined {
  // int % int is a remainder, not formatting: not a str.
  const template = strOnly(evaluate(node.childForFieldName("left")));
  const right = node.childForFieldName("right");
  if (template === undefined || !right) return undefined;
  const items = right.type === "tuple" ? right.namedChildren.filter((c): c is Node => !!c && c.type !== "comment") : [right];
  const values: string[] = [];
  for (const item of items) {
    const value = evaluate(item);
    if (value === undefined) return undefined;
    values.push(asText(value));
  }
  let next = 0;
  let failed = false;
  const out = template.replace(/%(.)/gs, (_match, kind: string) => {
    if (kind === "%") return "%";
    if (kind !== "s" || next >= values.length) failed = true;
    return values[next++] ?? "";
  });
  return failed || next !== values.length ? undefined : out;
}

/** A static list of strings an index can pick from: `s.split(sep)`, `s.rsplit(sep)`, `os.path.splitext(s)`. */
function stringParts(node: Node, ctx: FileContext, use: { file: boolean }, depth: number, name: (node: Node, depth: number) => string | undefined): string[] | undefined {
  if (node.type !== "call") return undefined;
  const fn = node.childForFieldName("function");
  const args = plainArgs(node);
  if (!fn || !args) return undefined;
  const written = calleeName(fn);
  if (written && resolveName(written, ctx) === "os.path.splitext" && args.length === 1) {
    const path = strOnly(evalString(args[0] as Node, ctx, use, depth + 1, name));
    if (path === undefined) return undefined;
    const base = path.slice(path.lastIndexOf("/") + 1);
    const extension = base.slice(withoutSuffix(base).length);
    return [path.slice(0, path.length - extension.length), extension];
  }
  const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : undefined;
  if ((method === "split" || method === "rsplit") && args.length === 1) {
    const subject = strOnly(evalString(fn.childForFieldName("object") as Node, ctx, use, depth + 1, name));
    const separator = strOnly(evalString(args[0] as Node, ctx, use, depth + 1, name));
    return subject === undefined || !separator ? undefined : subject.split(separator);
  }
  return undefined;
}

/**
 * What `inspect.signature(f).bind(*args, **kwargs)` raises for this call of the function, as the `@dag` factory
 * binds it before building the DAG (airflow/models/dag.py at 2.10.5; the Task SDK's too): CPython's `_bind` order and
 * words. Only plain signatures and calls are judged (no `*`, `/`, `*args`, `**kwargs`, no splat in the call).
 */
function bindError(definition: Node, call: Node): string | undefined {
  const params: { name: string; optional: boolean }[] = [];
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type === "identifier") params.push({ name: p.text, optional: false });
    else if (p.type === "typed_parameter" && p.namedChildren[0]?.type === "identifier") params.push({ name: p.namedChildren[0].text, optional: false });
    else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      const name = p.childForFieldName("name");
      if (name?.type !== "identifier") return undefined;
      params.push({ name: name.text, optional: true });
    } else return undefined;
  }
  const argumentList = call.childForFieldName("arguments");
  if (argumentList?.type !== "argument_list") return undefined;
  let positional = 0;
  const keywords: string[] = [];
  for (const arg of argumentList.namedChildren) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") return undefined;
    if (arg.type === "keyword_argument") keywords.push(arg.childForFieldName("name")?.text ?? "");
    else if (keywords.length) return undefined; // a positional after a keyword is a SyntaxError: ruff says so
    else positional++;
  }
  for (let i = 0; i < positional; i++) {
    const param = params[i];
    if (!param) return "too many positional arguments";
    if (keywords.includes(param.name)) return `multiple values for argument '${param.name}'`;
  }
  const missing = params.slice(positional).find((p) => !p.optional && !keywords.includes(p.name));
  if (missing) return `missing a required argument: '${missing.name}'`;
  const unexpected = keywords.find((k) => !params.some((p) => p.name === k));
  return unexpected === undefined ? undefined : `got an unexpected keyword argument '${unexpected}'`;
}

/**
 * DagInfo.invalidParams of an `@dag` function's parameters for one call: the `@dag` factory makes each bound argument
 * (the call's, else the parameter's default) a DAG param (`dag_obj.param(name, value)`, which stores a `Param` value
 * as it is; airflow/models/dag.py and param.py at 2.10.5), and DagBag's `dag.validate()` validates them on a DAG that
 * can be scheduled. A bound `Param(...)` that paramProblem refuses is listed, with the span of that value. Only plain
 * signatures (keyword-only parameters allowed) and calls without splats are judged.
 */
function functionParamProblems(definition: Node, call: Node, ctx: FileContext): NonNullable<DagInfo["invalidParams"]> {
  const params: { name: string; value?: Node; keywordOnly: boolean }[] = [];
  let keywordOnly = false;
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type === "keyword_separator") keywordOnly = true;
    else if (p.type === "identifier") params.push({ name: p.text, keywordOnly });
    else if (p.type === "typed_parameter" && p.namedChildren[0]?.type === "identifier") params.push({ name: p.namedChildren[0].text, keywordOnly });
    else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      const name = p.childForFieldName("name");
      if (name?.type !== "identifier") return [];
      params.push({ name: name.text, value: p.childForFieldName("value") ?? undefined, keywordOnly });
    } else return [];
  }
  const argumentList = call.childForFieldName("arguments");
  if (argumentList?.type !== "argument_list") return [];
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  for (const arg of argumentList.namedChildren) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") return [];
    if (arg.type === "keyword_argument") {
      const value = arg.childForFieldName("value");
      if (value) keywords.set(arg.childForFieldName("name")?.text ?? "", value);
    } else positional.push(arg);
  }
  const problems: NonNullable<DagInfo["invalidParams"]> = [];
  for (const [i, param] of params.entries()) {
    const value = !param.keywordOnly && i < positional.length ? positional[i] : (keywords.get(param.name) ?? param.value);
    if (!value) return [];
    const reason = paramProblem(value, ctx);
    if (reason) problems.push({ name: param.name, reason, ...spanOf(value) });
  }
  return problems;
}

function readParams(definition: Node): { name: string; default?: Node }[] {
  const params: { name: string; default?: Node }[] = [];
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p) continue;
    if (p.type === "identifier") params.push({ name: p.text });
    else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      const name = p.childForFieldName("name")?.text;
      if (name) params.push({ name, default: p.childForFieldName("value") ?? undefined });
    } else if (p.type === "typed_parameter") {
      const name = p.namedChildren.find((c) => c?.type === "identifier")?.text;
      if (name) params.push({ name });
    }
  }
  return params;
}

/** `__name__ == "__main__"` (never true when Airflow imports the file) or `TYPE_CHECKING` (never true at run time). */
function specialCondition(condition: Node): "main" | "typeChecking" | undefined {
  const text = condition.text.replace(/\s+/g, "");
  if (/^(__name__==("__main__"|'__main__')|("__main__"|'__main__')==__name__)$/.test(text)) return "main";
  if (/^(typing\.)?TYPE_CHECKING$/.test(text)) return "typeChecking";
  return undefined;
}

/** A call of a project class (not known to be a DAG yet) is worth resolving only if it is written like a DAG. */
function looksLikeDagCall(call: Node, written: string): boolean {
  const { positional, keywords } = callArguments(call);
  for (const key of keywords.keys()) if (DAG_KEYWORDS.has(key)) return true;
  const first = positional[0];
  return /dag/i.test(lastPart(written)) && first !== undefined && stringValue(first) !== undefined;
}

/** Whether a class of this file derives from DAG: yes, no, or maybe (through a class imported from the project). */
function localClassVerdict(name: string, ctx: FileContext, cache: Map<string, "yes" | "maybe" | "no">, seen: Set<string>): "yes" | "maybe" | "no" {
  const cached = cache.get(name);
  if (cached) return cached;
  if (seen.has(name)) return "no";
  seen.add(name);
  const node = ctx.classNodes.get(name);
  let verdict: "yes" | "maybe" | "no" = "no";
  for (const base of node?.childForFieldName("superclasses")?.namedChildren ?? []) {
    const written = base ? calleeName(base) : undefined;
    if (!written) continue;
    const resolved = resolveBase(written, name, ctx);
    let v: "yes" | "maybe" | "no" = "no";
    if (KNOWN_DAG_CLASSES.has(resolved) || (written === "DAG" && resolved === "DAG")) v = "yes";
    else if (resolved.startsWith("local:")) v = localClassVerdict(resolved.slice(6), ctx, cache, seen);
    else if (ctx.aliases.has(firstPart(written)) && !resolved.startsWith("airflow.")) v = "maybe";
    if (v === "yes") {
      verdict = "yes";
      break;
    }
    if (v === "maybe") verdict = "maybe";
  }
  cache.set(name, verdict);
  return verdict;
}

/** The ClassInit of a class of this file with its local bases' (the first that derives from DAG), if any has one. */
function localClassInit(name: string, ctx: FileContext, seen: Set<string>): ClassInit | undefined {
  const node = ctx.classNodes.get(name);
  if (!node || seen.has(name)) return undefined;
  seen.add(name);
  let inherited: ClassInit | undefined;
  for (const base of node.childForFieldName("superclasses")?.namedChildren ?? []) {
    const written = base ? calleeName(base) : undefined;
    const resolved = written ? resolveBase(written, name, ctx) : "";
    if (resolved.startsWith("local:")) {
      inherited = localClassInit(resolved.slice(6), ctx, seen);
      if (inherited) break;
    }
  }
  return combineClassInits(classInitOf(node), inherited);
}

/**
 * Whether a class statement leaves construction to its one base (ClassDefinition.plain): no class decorator, one base
 * written as a name and no keyword in the bases (`metaclass=`), and no `__init__` or `__new__` anywhere in its body's code.
 */
function leavesConstructionToBase(classNode: Node): boolean {
  if (classNode.parent?.type === "decorated_definition") return false;
  const bases = (classNode.childForFieldName("superclasses")?.namedChildren ?? []).filter((b): b is Node => !!b && b.type !== "comment");
  if (bases.length !== 1 || (bases[0]?.type !== "identifier" && bases[0]?.type !== "attribute")) return false;
  // Its code (comments and docstrings left out) never names them: no def, no assignment, no setattr.
  return !/\b__(init|new)__\b/.test(codeOnlyText(classNode.childForFieldName("body")?.text ?? ""));
}

/** Whether a class of this file and its local bases down to Airflow's DAG all leave construction to DAG (DagInfo.dagClassPlain). */
function localClassPlain(name: string, ctx: FileContext, seen: Set<string>): boolean {
  const node = ctx.classNodes.get(name);
  if (!node || seen.has(name) || !leavesConstructionToBase(node)) return false;
  seen.add(name);
  const written = calleeName(node.childForFieldName("superclasses")?.namedChildren.find((b) => b && b.type !== "comment"));
  if (written === undefined) return false;
  const resolved = resolveBase(written, name, ctx);
  if (resolved.startsWith("local:")) return localClassPlain(resolved.slice(6), ctx, seen);
  const known = KNOWN_DAG_CLASSES.get(resolved) ?? (written === "DAG" && resolved === "DAG" ? AIRFLOW_DAG_CLASS : undefined);
  return known !== undefined && isAirflowDagClass(known);
}

/** A subclass's `__init__` runs its own code, then its base's (ClassInit of the chain). */
export function combineClassInits(own: ClassInit | undefined, base: ClassInit | undefined): ClassInit | undefined {
  if (!own) return base;
  if (!base) return own;
  return { keepsDagId: own.keepsDagId && base.keepsDagId, setsArguments: own.setsArguments || base.setsArguments };
}

/** The ClassInit of a class statement: from its `__init__`, if it defines one (see ClassInit). */
function classInitOf(classNode: Node): ClassInit | undefined {
  const body = classNode.childForFieldName("body");
  const init = body?.namedChildren
    .map((s) => (s?.type === "decorated_definition" ? s.childForFieldName("definition") : s))
    .find((s) => s?.type === "function_definition" && s.childForFieldName("name")?.text === "__init__");
  const initBody = init?.childForFieldName("body");
  if (!init || !initBody) return undefined;
  const parameters = init.childForFieldName("parameters")?.namedChildren ?? [];
  const params = readParams(init);
  // The dag_id parameter: one so named, else the first positional one after self (none after `*args` or a bare `*`).
  const splat = parameters.findIndex((p) => p?.type === "list_splat_pattern" || p?.type === "keyword_separator");
  const idParam = params.slice(1).find((p) => p.name === "dag_id")?.name ?? params.slice(1, splat === -1 ? undefined : splat)[0]?.name;
  const takes = (type: string): boolean => parameters.some((p) => p?.type === type);
  // The base class's __init__ called: `super().__init__(...)`, `super(X, self).__init__(...)`, `DAG.__init__(self, ...)`.
  const statements = initBody.namedChildren.filter((s): s is Node => !!s && s.type !== "comment");
  const docstring = statements[0]?.type === "expression_statement" && statements[0].namedChildren[0]?.type === "string" ? 1 : 0;
  let call: Node | undefined;
  let baseForm = false;
  for (const statement of statements) {
    const expression = statement.type === "expression_statement" ? statement.namedChildren[0] : undefined;
    const fn = expression?.type === "call" ? expression.childForFieldName("function") : undefined;
    const text = fn?.text.replace(/\s+/g, "") ?? "";
    if (/^super\([^)]*\)\.__init__$/.test(text)) call = expression as Node;
    else if (/^[\w.]+\.__init__$/.test(text) && expression && callArguments(expression).positional[0]?.text === "self") {
      call = expression;
      baseForm = true;
    }
    if (call) break;
  }
  if (!call) return { keepsDagId: false, setsArguments: true };
  const args = call.childForFieldName("arguments")?.namedChildren.filter((a): a is Node => !!a && a.type !== "comment") ?? [];
  const positional = args.filter((a) => a.type !== "keyword_argument" && a.type !== "dictionary_splat").slice(baseForm ? 1 : 0);
  const keywords = args.filter((a) => a.type === "keyword_argument");
  const splatsKeywords = args.some((a) => a.type === "dictionary_splat");
  // An assignment statement to it (not a `dag_id=` keyword), or a walrus.
  const rebound = (name: string): boolean => new RegExp(`^[ \\t]*${name}[ \\t]*([-+*/%|&^@]|//|\\*\\*)?=[^=]|\\b${name}[ \\t]*:=`, "m").test(initBody.text);
  const passes = (value: Node | null | undefined): boolean => value?.type === "identifier" && value.text === idParam && !rebound(idParam);
  const idKeyword = keywords.find((k) => k.childForFieldName("name")?.text === "dag_id");
  const first = positional[0];
  const keepsDagId = idKeyword
    ? passes(idKeyword.childForFieldName("value"))
    : first && first.type !== "list_splat"
      ? passes(first)
      : // `*args, **kwargs` handed on: the dag_id goes through as it was given, unless a parameter caught it.
        idParam === undefined && ((first?.type === "list_splat" && takes("list_splat_pattern")) || (splatsKeywords && takes("dictionary_splat_pattern")));
  const setsArguments = keywords.some((k) => k !== idKeyword) || statements.length - docstring > 1;
  return { keepsDagId, setsArguments };
}

/**
 * A DAG made by a class whose `__init__` changes it (ClassInit): its dag_id unknown unless handed on, and what the
 * call leaves out (schedule, tags, owner, retries, catchup) unknown when the class may set it. Returns the node the
 * dag_id is still read from (undefined when the class computes it).
 */
export function madeByClassInit(dag: DagInfo, init: ClassInit, className: string, idNode?: Node): Node | undefined {
  const written = `${className}(...)`;
  const unknownOf = (): Unknown => ({ unknown: true, expression: written });
  if (!init.keepsDagId) dag.dagId = unknownOf();
  if (init.setsArguments) {
    dag.schedule ??= unknownOf();
    dag.tags ??= unknownOf();
    dag.owner ??= unknownOf();
    dag.retries ??= unknownOf();
    dag.catchup ??= unknownOf();
  }
  return init.keepsDagId ? idNode : undefined;
}

/** Module-level facts the walk needs first: imports (aliases), names bound once, classes, task functions, operators. */
function collectModuleFacts(root: Node, ctx: FileContext): void {
  const assignCounts = new Map<string, number>();
  const bindAlias = (alias: string, target: string): void => {
    const was = ctx.aliases.get(alias);
    if (was !== undefined && was !== target) ctx.reboundAliases.add(alias);
    // Imported again after a class or def took the name: which one a call means depends on where it is.
    if (ctx.localShadows.delete(alias)) ctx.reboundAliases.add(alias);
    ctx.aliases.set(alias, target);
  };
  /** A module-level `class`/`def` statement binding an imported name again (see localShadows). */
  const defined = (definition: Node | null | undefined): void => {
    const name = definition?.childForFieldName("name")?.text;
    if (!name || !ctx.aliases.has(name)) return;
    ctx.reboundAliases.add(name);
    const statement = definition?.parent?.type === "decorated_definition" ? definition.parent : definition;
    if (statement?.parent?.type === "module") ctx.localShadows.add(name);
  };
  const noteFunction = (definition: Node | null, decorators: Node[]): void => {
    if (definition?.type !== "function_definition") return;
    const name = definition.childForFieldName("name")?.text;
    if (!name) return;
    const task = decorators.some((d) => TASK_DECORATOR.test(decoratorName(d).name ?? ""));
    const group = !task && decorators.some((d) => /(^|\.)task_group$/.test(decoratorName(d).name ?? ""));
    if (task) ctx.taskFunctions.add(name);
    if (task) {
      for (const d of decorators) {
        const sla = slaArgument(decoratorName(d).call);
        if (sla !== undefined) ctx.taskFunctionSla.set(name, sla);
      }
    }
    if (group) ctx.taskGroupFunctions.add(name);
    // A decorator name the file binds again (`def task(...)` after importing it) is not Airflow's.
    const own = (d: Node): boolean => !notAirflows(firstPart(decoratorName(d).name ?? ""), ctx);
    if (task) {
      const onlyAirflow = decorators.every((d) => /^(airflow\.decorators\.)?(task(\.[A-Za-z_]+)?|setup|teardown)$/.test(decoratorName(d).name ?? "") && own(d));
      const signature = onlyAirflow && !ctx.taskSignatures.has(name) ? taskSignatureOf(definition) : null;
      if (signature) {
        if (decorators.some((d) => /(^|\.)sensor$/.test(decoratorName(d).name ?? ""))) signature.sensor = true;
        for (const d of decorators) {
          const decoratorCall = decoratorName(d).call;
          if (!decoratorCall) continue;
          const { keywords, splat } = callArguments(decoratorCall);
          const rule = keywords.get("trigger_rule");
          if (splat || (rule && signature.triggerRule !== undefined)) signature.triggerRule = "unknown";
          else if (rule) signature.triggerRule = rule;
        }
      }
      ctx.taskSignatures.set(name, signature);
      if (signature && decorators.length === 1) ctx.taskDecorators.set(name, decorators[0] as Node);
    }
    // Parameters only for Airflow's own decorators (a project's `my_task` decorator may take other arguments).
    if (decorators.some((d) => /^(airflow\.decorators\.)?(task(\.[A-Za-z_]+)?|setup|teardown|task_group)$/.test(decoratorName(d).name ?? "") && own(d))) {
      const open = (definition.childForFieldName("parameters")?.namedChildren ?? []).some((p) => p?.type === "dictionary_splat_pattern");
      const known = ctx.taskFunctionParams.get(name);
      const params = open || known === null ? null : new Set([...(known ?? []), ...readParams(definition).map((p) => p.name)]);
      ctx.taskFunctionParams.set(name, params);
    } else if (task || group) ctx.taskFunctionParams.set(name, null);
  };
  const source = ctx.source;
  /**
   * Whether a child's text holds `@`. The tree is parsed from the source, and a named child ends where its next sibling
   * starts at the latest (`end`: that start, or its parent's end when known): no `@` from the child's start up to
   * there settles it without reading the child's text (a crossing into wasm).
   */
  const holdsAt = (child: Node, end: number | undefined): boolean => {
    const at = source.indexOf("@", child.startIndex);
    if (at === -1 || (end !== undefined && at >= end)) return false;
    return child.text.includes("@");
  };
  /** `end`: where the node's text ends in the source, when known without asking (see holdsAt). */
  const walkForTasks = (node: Node, end: number | undefined): void => {
    // Task functions may be defined inside @dag functions and with-blocks; collect them everywhere.
    if (node.type === "decorated_definition") {
      noteFunction(node.childForFieldName("definition"), node.namedChildren.filter((c): c is Node => c?.type === "decorator"));
    }
    const children = node.namedChildren;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child || child.type === "string" || child.type === "comment") continue;
      const next = children[i + 1];
      const childEnd = next ? next.startIndex : end;
      // Only subtrees with a decorator can define task functions.
      if (child.type !== "decorated_definition" && !holdsAt(child, childEnd)) continue;
      walkForTasks(child, child.type === "decorated_definition" ? undefined : child.startIndex + child.text.length);
    }
  };
  /** A name bound where its value is not the one literal we read (a loop, unpacking, `+=`): never followed. */
  const rebound = (target: Node | null | undefined): void => {
    for (const name of boundNames(target)) assignCounts.set(name, (assignCounts.get(name) ?? 0) + 2);
  };
  // `inLoop`: the statements of a module-level `for`/`while` body, which may run any number of times.
  const statements = (block: Node, inLoop = false): void => {
    for (const statement of block.namedChildren) {
      if (!statement) continue;
      switch (statement.type) {
        case "expression_statement": {
          const assignment = statement.namedChildren[0];
          if (assignment?.type === "augmented_assignment") rebound(assignment.childForFieldName("left"));
          if (assignment?.type !== "assignment") break;
          const left = assignment.childForFieldName("left");
          const right = assignment.childForFieldName("right");
          if (left?.type !== "identifier") {
            // `a, b = ...`: each name is bound to a part we do not follow.
            rebound(left);
            break;
          }
          assignCounts.set(left.text, (assignCounts.get(left.text) ?? 0) + (inLoop ? 2 : 1));
          const isDict = right && (right.type === "dictionary" || (right.type === "call" && calleeName(right.childForFieldName("function")) === "dict"));
          ctx.dictBindings.set(left.text, isDict && right ? right : null);
          ctx.valueBindings.set(left.text, right && right.type !== "assignment" ? right : null);
          break;
        }
        case "import_statement":
          for (const name of statement.childrenForFieldName("name")) {
            if (!name) continue;
            if (name.type === "aliased_import") {
              const dotted = name.childForFieldName("name")?.text;
              const alias = name.childForFieldName("alias")?.text;
              if (dotted && alias) bindAlias(alias, dotted);
            } else {
              const first = firstPart(name.text);
              bindAlias(first, first);
            }
          }
          break;
        case "import_from_statement": {
          const moduleNode = statement.childForFieldName("module_name");
          const module = moduleNode?.text ?? "";
          for (const name of statement.childrenForFieldName("name")) {
            if (!name) continue;
            const original = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
            const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
            if (!original || !alias) continue;
            bindAlias(alias, module.endsWith(".") ? `${module}${original}` : `${module}.${original}`);
            if (/operators|sensors/.test(module)) ctx.operatorNames.add(alias);
          }
          break;
        }
        case "class_definition": {
          const name = statement.childForFieldName("name")?.text;
          if (name) ctx.classNodes.set(name, statement);
          defined(statement);
          break;
        }
        case "function_definition":
          defined(statement);
          break;
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          const name = definition?.type === "class_definition" ? definition.childForFieldName("name")?.text : undefined;
          if (name && definition) ctx.classNodes.set(name, definition);
          defined(definition);
          break;
        }
        case "with_statement": {
          // `with warnings.catch_warnings():`, `with DAG(...) as dag:`: the body runs once, at module level.
          const body = statement.childForFieldName("body");
          if (body) statements(body, inLoop);
          break;
        }
        case "for_statement":
        case "while_statement": {
          // `i = 0` then `while i < 2: ...; i += 1`: what a name holds in or after a loop is not its first value.
          if (statement.type === "for_statement") rebound(statement.childForFieldName("left"));
          for (const child of statement.namedChildren) {
            if (child?.type === "block") statements(child, true);
            else if (child?.type === "else_clause") for (const inner of child.namedChildren) if (inner?.type === "block") statements(inner, true);
          }
          break;
        }
        case "if_statement":
        case "try_statement":
          // Imports and bindings under module-level if/try still bind module names (but not under __main__).
          for (const child of statement.namedChildren) {
            if (!child) continue;
            if (statement.type === "if_statement" && child.id === statement.childForFieldName("consequence")?.id && specialCondition(statement.childForFieldName("condition") as Node) === "main") continue;
            if (child.type === "block") statements(child, inLoop);
            else if (child.type === "except_clause" || child.type === "else_clause" || child.type === "elif_clause" || child.type === "finally_clause") {
              for (const inner of child.namedChildren) if (inner?.type === "block") statements(inner, inLoop);
            }
          }
          break;
        default:
          break;
      }
    }
  };
  statements(root);
  // Bindings the statement walk does not see, found by a text scan (a false match only makes a value unknown):
  // `global NAME` in a function, `NAME := ...`, `del NAME`, `... as NAME` (with, except, import).
  if ([...assignCounts.values()].some((count) => count === 1)) {
    for (const match of ctx.source.matchAll(OTHER_BINDINGS)) {
      for (const name of (match[1] as string).split(/[\s,]+/)) if (assignCounts.get(name) === 1) assignCounts.set(name, 2);
    }
    if (ctx.source.includes(":=")) {
      for (const match of ctx.source.matchAll(WALRUS)) if (assignCounts.get(match[1] as string) === 1) assignCounts.set(match[1] as string, 2);
    }
    // `globals()["TIMEOUT"] = ...`, `globals().update(TIMEOUT=...)`: a name bound again through the module's dict.
    if (ctx.source.includes("globals()") || ctx.source.includes("vars()") || ctx.source.includes("locals()")) {
      const written = namesWrittenThroughGlobals(ctx.source);
      for (const [name, count] of assignCounts) if (count === 1 && (written === "any" || written.has(name))) assignCounts.set(name, 2);
    }
  }
  for (const name of assignCounts.keys()) if (ctx.aliases.has(name)) ctx.reboundAliases.add(name);
  // After the bindings: a task decorator the file binds again is not judged as Airflow's.
  walkForTasks(root, source.length);
  for (const [name, count] of assignCounts) {
    if (count > 1) {
      ctx.dictBindings.set(name, null);
      ctx.valueBindings.set(name, null);
    }
  }
  // A dict changed after its literal (`default_args["owner"] = ...`, `.update(...)`, `|=`, `del d[k]`) anywhere in the
  // file: its keys are no longer the literal's. A text scan: a false match only makes the dict unknown.
  const text = [...ctx.dictBindings.values()].some((v) => v !== null) ? root.text : "";
  // Every match of `mutated` below holds what CHANGED_IN_PLACE_HINT looks for: a text without it changes no dict in place.
  const hinted = text !== "" && CHANGED_IN_PLACE_HINT.test(text);
  for (const [name, bound] of ctx.dictBindings) {
    if (!bound) continue;
    const n = name.replace(/[^\w]/g, "");
    const mutated = hinted ? new RegExp(`(^|[^\\w.])${n}\\s*(\\[[^\\]\\n]*\\]\\s*(=[^=]|[-+*/|&]=)|\\|=|\\.(update|setdefault|pop|popitem|clear|__setitem__)\\s*\\()|\\bdel\\s+${n}\\s*\\[`, "m") : undefined;
    if (mutated?.test(text) || passedToCallStatement(text, n)) {
      ctx.dictBindings.set(name, null);
      ctx.valueBindings.set(name, null);
    }
  }
  // The same dict changed through another name that may point to it: `args = default_args; args.update(...)`, `for
  // args in (A, B): args["start_date"] = ...`, `CONFIG["args"]["start_date"] = ...`. Only when the file changes some
  // name in place at all (one text scan).
  const changed = text ? namesChangedInPlace(text, hinted) : undefined;
  for (const [name, bound] of changed?.size ? ctx.dictBindings : []) {
    if (!bound || ![...holdersOf(root, text, name)].some((holder) => changed?.has(holder))) continue;
    ctx.dictBindings.set(name, null);
    ctx.valueBindings.set(name, null);
  }
}

/**
 * Names changed in place somewhere in the text, or an item of them: item assignment (also nested, `CONFIG["args"]["x"]
 * = ...`), `|=`, `del x[...]`, `update`/`setdefault`/`pop`/`popitem`/`clear`/`__setitem__` on it or an item of it,
 * and names handed positionally to a call whose result is dropped (see passedToCallStatement). A text scan: a false
 * match only makes a dict unknown. `hinted`: CHANGED_IN_PLACE_HINT.test(text), when the caller has it.
 */
function namesChangedInPlace(text: string, hinted = CHANGED_IN_PLACE_HINT.test(text)): Set<string> {
  const names = new Set<string>();
  if (hinted) {
    for (const match of text.matchAll(CHANGED_IN_PLACE)) {
      const name = match[1] ?? match[2] ?? match[3];
      if (name) names.add(name);
    }
  }
  for (const match of text.matchAll(CALL_STATEMENT)) {
    if (READING_CALLEE.test(match[1] as string)) continue;
    for (const arg of (match[2] as string).split(",")) {
      if (arg.includes("=")) break;
      const bare = arg.trim();
      if (/^[A-Za-z_]\w*$/.test(bare)) names.add(bare);
    }
  }
  return names;
}

/**
 * Names changed in place: group 1, 2 or 3. Each name is taken whole (`(?=(\w+))\1`, a possessive `\w+`): a shorter
 * part of a word is followed by a word character, which no continuation takes, so backtracking into it only cost time.
 */
const CHANGED_IN_PLACE =
  /(?<![\w.])(?=(\w+))\1\s*(?:\[[^\]\n]*\]\s*)*(?:\|=|\.(?:update|setdefault|pop|popitem|clear|__setitem__|__delitem__)\s*\()|(?<![\w.])(?=(\w+))\2\s*(?:\[[^\]\n]*\]\s*)+(?:=(?!=)|[-+*/|&]=)|\bdel\s+(\w+)\s*\[/g;
/** What every CHANGED_IN_PLACE match holds (`|=`, a method name, `]` before an assignment, `del`): without one, no scan. */
const CHANGED_IN_PLACE_HINT = /\|=|\.(?:update|setdefault|pop|clear|__setitem__|__delitem__)|\]\s*[-+*/|&]?=|\bdel\s/;
/** A call on a line of its own: its callee and its arguments up to the first parenthesis or line end. */
const CALL_STATEMENT = /^[ \t]*([\w.]+)[ \t]*\(([^()\n]*)/gm;
/** Calls that only read what they are given (see passedToCallStatement). */
const READING_CALLEE = /(^|\.)(DAG|\w*Dag|dag|print|pprint|debug|info|warning|error|exception|critical|log|dumps|dump|str|repr|len|isinstance|list|dict|tuple|sorted|copy|deepcopy|type|id|hash|bool)$/;

/**
 * Other names that may point to the module dict `name`, as Python binds names to objects and never copies them: an
 * alias (`args = default_args`), a loop variable over a collection holding it (`for args in (A, B):`, also in a
 * comprehension), a container holding it (`CONFIG = {"args": ARGS}`, `dict(args=ARGS)`, `registry.append(ARGS)`,
 * `REG["x"] = ARGS`) and, from a container on, the names its items reach (`for cfg in CONFIGS:`, `x = CONFIG["args"]`,
 * `for cfg in REG.values():`). Found from the name's occurrences in the text, each judged on the syntax tree; a copy
 * (`dict(d)`, `copy.deepcopy(d)`, `d.copy()`, `{**d}`), a sub-dict of the dict itself (`d["nested"]`) and a keyword
 * argument of a call (`DAG(default_args=d)`: DAG.__init__ deep-copies it, airflow/models/dag.py at 2.10.5) hold nothing.
 * At most `limit` names: a false holder only makes the dict unknown.
 */
function holdersOf(root: Node, text: string, name: string, limit = 16): Set<string> {
  const holders = new Set<string>([name]);
  const queue = [name];
  while (queue.length > 0 && holders.size < limit) {
    const current = queue.shift() as string;
    const direct = current === name;
    for (const match of text.matchAll(new RegExp(`(?<![\\w.])${current}(?!\\w)`, "g"))) {
      const identifier = namedNodeAt(root, match.index);
      if (identifier?.type !== "identifier" || identifier.text !== current) continue;
      for (const holder of namesReaching(identifier, direct)) {
        if (holders.has(holder)) continue;
        holders.add(holder);
        queue.push(holder);
      }
    }
  }
  holders.delete(name);
  return holders;
}

/** The smallest named node that starts at `index` or contains it (tree-sitter indexes JavaScript strings by UTF-16 unit). */
function namedNodeAt(root: Node, index: number): Node | undefined {
  let node = root;
  for (;;) {
    const children = node.namedChildren;
    let lo = 0;
    let hi = children.length - 1;
    let found: Node | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const child = children[mid] as Node;
      if (child.endIndex <= index) lo = mid + 1;
      else if (child.startIndex > index) hi = mid - 1;
      else {
        found = child;
        break;
      }
    }
    if (!found) return node;
    node = found;
  }
}

/** The names bound to what `identifier` evaluates to, or to an item of it (see holdersOf); `direct`: the dict itself. */
function namesReaching(identifier: Node, direct: boolean): string[] {
  let child = identifier;
  for (let p = identifier.parent; p; child = p, p = p.parent) {
    switch (p.type) {
      case "tuple":
      case "list":
      case "set":
      case "dictionary":
      case "parenthesized_expression":
      case "expression_list":
      case "conditional_expression":
      case "boolean_operator":
        continue;
      case "pair":
        if (child.id !== p.childForFieldName("value")?.id) return [];
        continue;
      case "subscript":
      case "attribute":
        // `CONFIG["args"]`, `CONFIG.values()` reach the dict an item holds; the dict's own items are other objects.
        if (direct || child.id !== p.namedChildren[0]?.id) return [];
        continue;
      case "call":
        if (child.id !== p.childForFieldName("function")?.id) return [];
        continue;
      case "keyword_argument": {
        // `dict(args=ARGS)` holds it; any other call's keyword hands it on to be read.
        const call = p.parent?.parent;
        if (child.id !== p.childForFieldName("value")?.id || call?.type !== "call" || calleeName(call.childForFieldName("function")) !== "dict") return [];
        child = p.parent as Node;
        p = call;
        continue;
      }
      case "argument_list": {
        const call = p.parent;
        const callee = call?.type === "call" ? calleeName(call.childForFieldName("function")) : undefined;
        if (!call || !callee) return [];
        // `REGISTRY.append(ARGS)`: the receiver holds it.
        const method = /^(.+)\.(append|extend|insert|add|update|setdefault|__setitem__|appendleft)$/.exec(callee);
        if (method) return [firstPart(method[1] as string)];
        // A copy or a read (`dict(d)`, `copy.deepcopy(d)`, `len(d)`); any other call may return it (`merge(d)`).
        if (READING_CALLEE.test(callee) && (direct || !/(^|\.)(list|tuple|sorted)$/.test(callee))) return [];
        child = p;
        p = call;
        continue;
      }
      case "assignment":
      case "augmented_assignment": {
        if (child.id !== p.childForFieldName("right")?.id) return [];
        const names = targetBases(p.childForFieldName("left"));
        // `a = b = d`: the outer assignment binds `a` to the same object.
        return p.parent?.type === "assignment" && p.parent.childForFieldName("right")?.id === p.id ? [...names, ...namesReaching(p, direct)] : names;
      }
      case "named_expression":
        return child.id === p.childForFieldName("value")?.id ? targetBases(p.childForFieldName("name")) : [];
      case "for_statement":
      case "for_in_clause":
        return child.id === p.childForFieldName("right")?.id ? targetBases(p.childForFieldName("left")) : [];
      default:
        return [];
    }
  }
  return [];
}

/** The names an assignment target binds or changes: `a`, `a, b`, `REG["x"]` (REG), `obj.attr` (obj). */
function targetBases(target: Node | null | undefined): string[] {
  if (!target) return [];
  if (target.type === "subscript" || target.type === "attribute") return targetBases(target.namedChildren[0]);
  if (target.type === "identifier") return [target.text];
  return target.namedChildren.flatMap((child) => targetBases(child));
}

/**
 * The dict `name` is handed, as a positional argument, to a call whose result is dropped (`normalize(default_args)`,
 * `cfg.apply(SETTINGS)` on a line of its own): a call made for what it does, which may change the dict in place. Not
 * DAG constructors, `print` or logging; not `default_args=default_args` (a keyword hands it on to be read). A text
 * scan: a false match only makes the dict unknown.
 */
function passedToCallStatement(text: string, name: string): boolean {
  if (name !== "" && !handedPositionally(text, name)) return false;
  const call = new RegExp(`^[ \\t]*([\\w.]+)[ \\t]*\\((?:[^()\\n=]*?,)?[ \\t]*${name}[ \\t]*[,)]`, "gm");
  for (const match of text.matchAll(call)) {
    const callee = match[1] as string;
    // Not DAG constructors, printing or logging, nor calls that only read it (their result dropped all the same).
    if (!/(^|\.)(DAG|\w*Dag|dag|print|pprint|debug|info|warning|error|exception|critical|log|dumps|dump|str|repr|len|isinstance|list|dict|tuple|sorted|copy|deepcopy|type|id|hash|bool)$/.test(callee)) return true;
  }
  return false;
}

/**
 * Whether `name` (word characters) occurs after `(` or `,` and blanks and before blanks and `,` or `)`, as in every
 * match of passedToCallStatement's RegExp: where it never does, that RegExp (tried at every line start) need not run.
 */
function handedPositionally(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(skipBlanksBack(text, at - 1));
    const after = text.charCodeAt(skipBlanks(text, at + name.length));
    if ((before === 0x28 || before === 0x2c) && (after === 0x2c || after === 0x29)) return true;
  }
  return false;
}

/** Bindings of module names besides assignments (see collectModuleFacts): `global a, b`, `a :=`, `del a`, `as a`. */
const OTHER_BINDINGS = /\b(?:global|del|as)[ \t]+(\w+(?:[ \t]*,[ \t]*\w+)*)/g;
/**
 * Module names a file may bind through the module's namespace dict (`globals()`, and `vars()`/`locals()`, the same
 * dict at module level): a written key (`globals()["TIMEOUT"] = ...`, `.setdefault("TIMEOUT", ...)`,
 * `.__setitem__("TIMEOUT", ...)`), `update()`'s keywords and literal keys (`update(TIMEOUT=...)`, `update({"TIMEOUT":
 * ...})`). A computed key or a mapping (`globals()[name] = dag`, `update(dags)`) may bind any name the file spells as a
 * string or keyword (a loop over `["a", "b"]`, `dict(TIMEOUT=...)`); a mapping a call returns (`update(load())`), any
 * name at all. Python's globals() is the module's own `__dict__` (a write binds the name). A text scan: a false match
 * only makes a value unknown.
 */
function namesWrittenThroughGlobals(source: string, computedAsAny = false): Set<string> | "any" {
  const names = new Set<string>();
  let computed = false;
  for (const match of source.matchAll(GLOBALS_WRITE)) {
    const key = match[1] ?? match[2];
    if (key !== undefined) {
      const literal = /^\s*[rRbBuU]?(["'])(\w+)\1\s*$/.exec(key);
      if (literal) names.add(literal[2] as string);
      else computed = true;
      continue;
    }
    // `update(`: its arguments up to the closing parenthesis (nested ones counted).
    const start = (match.index ?? 0) + match[0].length;
    let depth = 1;
    let end = start;
    while (end < source.length && depth > 0) {
      const c = source[end];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      end++;
    }
    const args = source.slice(start, end - 1);
    for (const keyword of args.matchAll(/(?:^|[(,])\s*(\w+)\s*=(?!=)/g)) names.add(keyword[1] as string);
    for (const key of args.matchAll(/["'](\w+)["']\s*:/g)) names.add(key[1] as string);
    const positional = args.replace(/^\s+/, "");
    if (positional.startsWith("**") || /^[\w.]+\s*\(/.test(positional)) return "any";
    if (positional !== "" && !/^\w+\s*=(?!=)/.test(positional) && (!positional.startsWith("{") || /\bfor\b|\*\*/.test(args))) computed = true;
  }
  if (computed && computedAsAny) return "any";
  if (computed) {
    for (const word of source.matchAll(/["'](\w+)["']|[(,]\s*(\w+)\s*=(?!=)/g)) names.add((word[1] ?? word[2]) as string);
  }
  return names;
}
/** A write to the module namespace: `globals()[key] =` (group 1), `.setdefault(key,` / `.__setitem__(key,` (group 2), `.update(`. */
const GLOBALS_WRITE = /\b(?:globals|vars|locals)\s*\(\s*\)\s*(?:\[([^\]\n]*)\]\s*=(?!=)|\.\s*(?:setdefault|__setitem__)\s*\(\s*([^,\n)]*)|\.\s*update\s*\()/g;

/** `name :=` (only searched for in a file that has a `:=`). */
const WALRUS = /(\w+)[ \t]*:=/g;

/** The names an assignment target binds: `a`, `a, b`, `(a, [b, *c])`; attributes and subscripts bind none. */
function boundNames(target: Node | null | undefined): string[] {
  if (!target) return [];
  if (target.type === "identifier") return [target.text];
  if (/^(pattern_list|tuple_pattern|list_pattern|list_splat_pattern|parenthesized_expression|expression_list|tuple|list)$/.test(target.type)) {
    return target.namedChildren.flatMap((child) => boundNames(child));
  }
  return [];
}

function isWithItem(call: Node): boolean {
  const parent = call.parent;
  return parent?.type === "with_item" || (parent?.type === "as_pattern" && parent.parent?.type === "with_item");
}

function catchesImportError(clause: Node): boolean {
  const caught = clause.namedChildren.find((c) => c && c.type !== "block" && c.type !== "comment");
  if (!caught) return true; // bare except
  return /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(caught.text);
}

/**
 * A `with` statement entering `contextlib.suppress(...)` (any alias): undefined when it does not; else whether the
 * exceptions it suppresses may include an import's (ImportError, ModuleNotFoundError, Exception, BaseException, or a
 * name that is none of the builtins: maybe a tuple of them).
 */
function suppressedByWith(node: Node, ctx: FileContext): boolean | undefined {
  let found: boolean | undefined;
  for (const clause of node.namedChildren) {
    if (clause?.type !== "with_clause") continue;
    for (const item of clause.namedChildren) {
      let value = item?.type === "with_item" ? item.childForFieldName("value") : undefined;
      if (value?.type === "as_pattern") value = value.namedChildren[0];
      if (value?.type !== "call") continue;
      const written = calleeName(value.childForFieldName("function"));
      if (!written || resolveName(written, ctx) !== "contextlib.suppress") continue;
      const args = plainArgs(value);
      found = (found ?? false) || args === undefined || args.some((a) => /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(a.text) || !/^[A-Z]\w*(Error|Exception|Warning|Exit|Interrupt|Iteration)$/.test(a.text));
    }
  }
  return found;
}

function readImports(node: Node, st: WalkState): Omit<ImportRef, "scope">[] {
  const line = lineOf(node);
  /** One ImportRef, its keys in the order the walk always gave them (the reports list them so). */
  const ref = (module: string, relative: boolean, level: number | undefined, names: string[]): Omit<ImportRef, "scope"> => {
    const made: Omit<ImportRef, "scope"> = level === undefined ? { module, relative, line, guarded: st.guarded } : { module, relative, level, line, guarded: st.guarded };
    if (st.typeChecking) made.typeCheckingOnly = true;
    if (st.conditional) made.conditional = true;
    made.names = names;
    return made;
  };
  if (node.type === "import_statement") {
    const out: Omit<ImportRef, "scope">[] = [];
    for (const name of node.childrenForFieldName("name")) {
      if (!name) continue;
      const dotted = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      if (dotted) out.push(ref(dotted, false, undefined, []));
    }
    return out;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode || moduleNode.text === "__future__") return [];
  const names: string[] = [];
  for (const name of node.childrenForFieldName("name")) {
    const original = name?.type === "aliased_import" ? name.childForFieldName("name")?.text : name?.text;
    if (original) names.push(original);
  }
  if (node.namedChildren.some((c) => c?.type === "wildcard_import")) names.push("*");
  if (moduleNode.type === "relative_import") {
    const prefix = /^[.\s]*/.exec(moduleNode.text)?.[0] ?? "";
    return [ref(moduleNode.text.slice(prefix.length).trim(), true, prefix.replace(/\s/g, "").length, names)];
  }
  return [ref(moduleNode.text, false, undefined, names)];
}

const PARSE_TIME_CALLS: [RegExp, ParseTimeCall["kind"]][] = [
  [/(^|\.)Variable\.get$/, "variable"],
  [/(^|\.)(get_connection|get_connection_from_secrets)$/, "connection"],
  [/^requests\.(get|post|put|patch|delete|head|request|Session)$/, "http"],
  [/^(urllib\.request\.)?urlopen$/, "http"],
  [/^httpx\.(get|post|put|patch|delete|request|Client)$/, "http"],
  [/^(psycopg2|pymysql|sqlite3|snowflake\.connector|pyodbc|cx_Oracle|oracledb)\.connect$/, "database"],
  [/(^|\.)create_engine$/, "database"],
  [/^(pd|pandas)\.read_(sql|sql_query|sql_table|csv|parquet|json|excel)$/, "file"],
  [/^boto3\.(client|resource|Session)$/, "http"],
  [/^open$/, "file"],
  [/^time\.sleep$/, "sleep"],
];

/** The index of the first PARSE_TIME_CALLS pattern a callee name matches (-1: none), by name: most calls repeat a few names. */
const parseTimeIndexes = new Map<string, number>();
function parseTimeIndex(name: string): number {
  let index = parseTimeIndexes.get(name);
  if (index === undefined) {
    index = PARSE_TIME_CALLS.findIndex(([pattern]) => pattern.test(name));
    if (parseTimeIndexes.size >= 10_000) parseTimeIndexes.clear();
    parseTimeIndexes.set(name, index);
  }
  return index;
}

/** Matches the callee as written and as resolved through imports (`V.get` after `import Variable as V`). */
function parseTimeKind(call: Node, written: string | undefined, resolved: string | undefined): ParseTimeCall["kind"] | undefined {
  if (written) {
    // The first pattern either name matches, as a loop over the patterns testing both would find.
    const byWritten = parseTimeIndex(written);
    const byResolved = resolved === undefined ? -1 : parseTimeIndex(resolved);
    const index = byWritten === -1 ? byResolved : byResolved === -1 ? byWritten : Math.min(byWritten, byResolved);
    return index === -1 ? undefined : PARSE_TIME_CALLS[index]?.[1];
  }
  // `SomeHook(...).get_records(...)` at module level: a hook used at parse time.
  const fn = call.childForFieldName("function");
  if (fn?.type === "attribute") {
    const object = fn.childForFieldName("object");
    if (object?.type === "call" && /Hook$/.test(calleeName(object.childForFieldName("function")) ?? "")) return "hook";
  }
  return undefined;
}

/** `preset`: the module-level `functools.partial(DAG, ...)` call a name is bound to (its keywords come first). */
type Classify = (written: string) => { dagClass: string; certain: boolean; init?: ClassInit; preset?: Node; plain?: true } | undefined;

function dagFromWith(withStatement: Node, file: string, ctx: FileContext, classify: Classify): { dag: DagInfo; idNode?: Node; cls: NonNullable<ReturnType<Classify>>; call: Node } | undefined {
  for (const call of enteredBy(withStatement)) {
    if (call.type !== "call") continue;
    const written = calleeName(call.childForFieldName("function"));
    const cls = written ? classify(written) : undefined;
    if (!cls || (!cls.certain && !looksLikeDagCall(call, written as string))) continue;
    const body = withStatement.childForFieldName("body");
    const made = dagFromCall(call, file, ctx, "with DAG()", body ? countTasks(body, ctx) : 0, cls.preset);
    if (body) markSensorTask(made.dag, body, ctx);
    if (body) markCustomOperatorsOnly(made.dag, body, ctx);
    return { ...made, cls, call };
  }
  return undefined;
}

/**
 * DagInfo.sensorTask: only when default_args sets a key BaseSensorOperator takes (poke_interval, timeout), the body
 * (not nested functions) is searched for a call of a sensor class imported from Airflow or a provider.
 */
function markSensorTask(dag: DagInfo, body: Node, ctx: FileContext): void {
  if (!dag.defaultArgs?.some((a) => a.name === "poke_interval" || a.name === "timeout")) return;
  const visit = (node: Node): boolean => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return false;
    if (node.type === "call") {
      const written = calleeName(node.childForFieldName("function"));
      const resolved = written ? resolveName(written, ctx) : "";
      if (/^airflow\.(sensors|providers\.[\w.]+\.sensors)\.[\w.]+\.[A-Z]\w*Sensor(Async)?$/.test(resolved)) return true;
    }
    return node.namedChildren.some((child) => !!child && visit(child));
  };
  if (visit(body)) dag.sensorTask = true;
}

/**
 * DagInfo.customOperatorsOnly: a DAG with default_args whose tasks (in `block`; with `dagName`, `block` is the module
 * and its tasks those created with `dag=dagName` anywhere in it, see dagKeywordAirflowTasks) are all custom operators: classes from outside Airflow (the project's BaseOperator
 * subclass, one astro-ci cannot resolve) or project task decorators. Such a class's `__init__` may set a default_args
 * key itself (`kwargs["execution_timeout"] = timedelta(...)` before `super().__init__(**kwargs)`): BaseOperatorMeta's
 * apply_defaults fills each class's own parameters from default_args only where kwargs lack them
 * (airflow/models/baseoperator.py at 2.10.5), so BaseOperator then gets the subclass's value, not the default.
 */
function markCustomOperatorsOnly(dag: DagInfo, block: Node, ctx: FileContext, dagName?: string): void {
  if (!dag.defaultArgs || typeof dag.taskCount !== "number" || dag.taskCount < 1) return;
  if (dagName !== undefined) {
    if (!dagKeywordAirflowTasks(block, ctx).has(dagName)) dag.customOperatorsOnly = true;
    return;
  }
  const airflowTask = (node: Node): boolean => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return false;
    if (node.type === "decorated_definition") {
      const body = taskGroupBody(node);
      return !!body && airflowTask(body);
    }
    if (node.type === "call" && isTaskCall(node, ctx) && isAirflowTask(node, ctx)) return true;
    return node.namedChildren.some((child) => !!child && airflowTask(child));
  };
  if (!airflowTask(block)) dag.customOperatorsOnly = true;
}

/** The body of a `@task_group` function (its tasks are made where it is called), undefined for other definitions. */
function taskGroupBody(decorated: Node): Node | undefined {
  const decorators = decorated.namedChildren.filter((c): c is Node => c?.type === "decorator");
  if (!decorators.some((d) => /task_group$/.test(decoratorName(d).name ?? ""))) return undefined;
  return decorated.childForFieldName("definition")?.childForFieldName("body") ?? undefined;
}

/**
 * Whether a task call (isTaskCall) makes an Airflow task: an operator class imported from `airflow.`, or a `@task`
 * function only Airflow's decorators decorate; `Op.partial(...)` and `my_task.expand(...)` by what they are called on.
 */
function isAirflowTask(call: Node, ctx: FileContext): boolean {
  const fn = call.childForFieldName("function");
  const callee = calleeName(fn) as string;
  // `Op.partial(...)`, `my_task.expand(...)`: the class or task function they are called on.
  const object = fn?.type === "attribute" && /^(partial|expand|expand_kwargs)$/.test(lastPart(callee)) ? (calleeName(fn.childForFieldName("object")) ?? callee) : callee;
  const taskFunction = ctx.taskFunctions.has(object) && ctx.taskSignatures.get(object) !== undefined;
  return taskFunction ? ctx.taskSignatures.get(object) !== null : resolveName(object, ctx).startsWith("airflow.");
}

/** The text of a call's `dag=` keyword (`dag=d1`: "d1"). */
function dagKeywordOf(call: Node): string | undefined {
  return callArguments(call).keywords.get("dag")?.text;
}

/** DagKeywordTasks.counts of the module `root`: one walk, made on first use and kept on `ctx`. */
function dagKeywordTaskCounts(root: Node, ctx: FileContext): Map<string, number> {
  const tasks = (ctx.dagKeywordTasks ??= {});
  if (tasks.counts) return tasks.counts;
  const counts = new Map<string, number>();
  const visit = (node: Node): void => {
    if (node.type === "function_definition") return;
    if (node.type === "call" && isTaskCall(node, ctx)) {
      const name = dagKeywordOf(node);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return (tasks.counts = counts);
}

/** DagKeywordTasks.airflow of the module `root`: one walk, made on first use and kept on `ctx`. */
function dagKeywordAirflowTasks(root: Node, ctx: FileContext): Set<string> {
  const tasks = (ctx.dagKeywordTasks ??= {});
  if (tasks.airflow) return tasks.airflow;
  const airflow = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return;
    if (node.type === "decorated_definition") {
      const body = taskGroupBody(node);
      if (body) visit(body);
      return;
    }
    if (node.type === "call" && isTaskCall(node, ctx)) {
      const name = dagKeywordOf(node);
      if (name !== undefined && !airflow.has(name) && isAirflowTask(node, ctx)) airflow.add(name);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return (tasks.airflow = airflow);
}

/**
 * The DagInfo of a `DAG(...)` call. `preset`: the `functools.partial(DAG, ...)` call the callee's name is bound to, whose
 * keywords DAG() gets first, the call's own replacing them (functools.partial merges `{**preset, **own}`), and whose
 * positional arguments after the class come before the call's own (`partial(DAG, "id")(schedule=None)` is
 * `DAG("id", schedule=None)`); the arguments are numbered as DAG() gets them.
 */
function dagFromCall(call: Node, file: string, ctx: FileContext, definedBy: DagInfo["definedBy"], taskCount: Static<number>, preset?: Node): { dag: DagInfo; idNode?: Node } {
  const own = dagCallArguments(call, ctx);
  const { keywords, fromSplat } = own;
  const presetArguments = preset ? dagCallArguments(preset, ctx) : undefined;
  const presetPositional = presetArguments?.positional.slice(1) ?? [];
  const positional = [...presetPositional, ...own.positional];
  if (presetArguments) {
    for (const [name, value] of presetArguments.keywords) {
      if (keywords.has(name)) continue;
      keywords.set(name, value);
      fromSplat.add(name); // written at module level: a factory's parameters do not rebind it
    }
  }
  const idNode = keywords.get("dag_id") ?? positional[0];
  const use = { file: false };
  const value = idNode ? strOnly(moduleString(idNode, ctx, use)) : undefined;
  const dag = buildDag(value ?? unknown(followName(idNode, ctx) ?? call), keywords, call, file, ctx, definedBy, taskCount);
  if (value !== undefined && use.file) dag.dagIdFromFile = true;
  dag.arguments = argumentSpans(call, ctx);
  if (preset) {
    const shift = presetPositional.length;
    const renumber = (a: DagArgument, by: number): DagArgument => (/^#\d+$/.test(a.name) ? { ...a, name: `#${Number(a.name.slice(1)) + by}` } : a);
    const ownNames = new Set(dag.arguments.map((a) => a.name));
    const fromPreset = argumentSpans(preset, ctx)
      .filter((a) => a.name !== "#0" && (a.name === "**" || /^#\d+$/.test(a.name) || !ownNames.has(a.name)))
      .map((a) => renumber(a, -1));
    dag.arguments = [...fromPreset, ...dag.arguments.map((a) => renumber(a, shift))];
  }
  // A dag_id from a module-level dict, or a preset's, is not rebound by a factory's parameters.
  return { dag, idNode: fromSplat.has("dag_id") || (idNode !== undefined && presetPositional.includes(idNode)) ? undefined : idNode };
}

/**
 * DagSite.scheduleNode of a `DAG(...)`/`dag(...)` call: the `schedule=` (`schedule_interval=`, `timetable=`) keyword
 * it writes itself, not through a `**` dict (module-level values, read as written). None for a class of the project
 * with its own `__init__` (it may change the schedule).
 */
function scheduleNodeOf(call: Node | undefined, cls?: { init?: ClassInit }): { scheduleNode?: Node } {
  if (!call || cls?.init) return {};
  const { keywords } = callArguments(call);
  const scheduleNode = keywords.get("schedule") ?? keywords.get("schedule_interval") ?? keywords.get("timetable");
  return scheduleNode ? { scheduleNode } : {};
}

/**
 * The dag_id an `@dag(...)` decorator gives: `dag_id=` or its first positional argument (Airflow 2's
 * `dag(dag_id="", ...)`, the Task SDK's `dag(dag_id_or_func, ...)`); undefined when absent, None or "" (the DAG is
 * then named after the function: `dag_id or f.__name__`, airflow/models/dag.py at 2.10.5).
 */
function decoratorIdNode(args: { positional: Node[]; keywords: Map<string, Node> }): Node | undefined {
  const node = args.keywords.get("dag_id") ?? args.positional[0];
  // `dag_id or f.__name__` (airflow/models/dag.py at 2.10.5): a false literal leaves the function's name.
  return !node || node.type === "none" || node.type === "false" || /^0+$/.test(node.type === "integer" ? node.text : "") || stringValue(node) === "" ? undefined : node;
}

function dagFromDecorator(definition: Node, decoratorCall: Node | undefined, decorated: Node, file: string, ctx: FileContext): DagInfo {
  const args = decoratorCall ? dagCallArguments(decoratorCall, ctx) : { positional: [], keywords: new Map<string, Node>() };
  const keywords = args.keywords;
  const name = definition.childForFieldName("name")?.text ?? "?";
  const idNode = decoratorIdNode(args);
  const use = { file: false };
  const value = idNode ? strOnly(moduleString(idNode, ctx, use)) : undefined;
  const dagId = idNode ? (value ?? unknown(followName(idNode, ctx))) : name;
  const body = definition.childForFieldName("body");
  const dag = buildDag(dagId, keywords, decorated, file, ctx, "@dag", body ? countTasks(body, ctx) : 0);
  if (body) markSensorTask(dag, body, ctx);
  if (body) markCustomOperatorsOnly(dag, body, ctx);
  if (value !== undefined && use.file) dag.dagIdFromFile = true;
  dag.arguments = argumentSpans(decoratorCall, ctx);
  if (!decoratorCall) dag.decoratorWithoutCall = true;
  return dag;
}

function buildDag(
  dagId: Static<string>,
  keywords: Map<string, Node>,
  at: Node,
  file: string,
  ctx: FileContext,
  definedBy: DagInfo["definedBy"],
  taskCount: Static<number>,
): DagInfo {
  const defaultArgs = keywords.get("default_args");
  const scheduleNode = keywords.get("schedule") ?? keywords.get("schedule_interval") ?? keywords.get("timetable");
  const startNode = keywords.get("start_date");
  const describe = (node: Node): string => {
    const followed = followName(node, ctx);
    return shorten(followed && followed !== node ? `${node.text} = ${followed.text}` : node.text);
  };
  // One view of default_args for every key read below (each view reads all its entries' values).
  const view = defaultArgs ? dictView(defaultArgs, ctx) : undefined;
  let startDate = startNode ? describe(startNode) : undefined;
  if (!startDate && defaultArgs) {
    const fromArgs = fromDefaultArgs<string>(defaultArgs, "start_date", ctx, describe, view);
    startDate = typeof fromArgs === "string" ? fromArgs : undefined;
  }
  const read = <T>(node: Node | undefined, reader: (n: Node | null | undefined) => Static<T> | undefined): Static<T> | undefined =>
    node ? reader(followName(node, ctx)) : undefined;
  return {
    dagId,
    file,
    line: lineOf(at),
    definedBy,
    schedule: read(scheduleNode, staticSchedule),
    tags: read(keywords.get("tags"), staticStringList),
    owner: keywords.has("owner") ? read(keywords.get("owner"), staticString) : fromDefaultArgs(defaultArgs, "owner", ctx, (n) => staticString(followName(n, ctx)), view),
    retries: fromDefaultArgs(defaultArgs, "retries", ctx, (n) => staticNumber(followName(n, ctx)), view),
    catchup: read(keywords.get("catchup"), staticBoolean),
    startDate,
    taskCount,
    ...(view?.kind === "dict" ? { defaultArgs: view.entries.map((entry) => (setElsewhere(entry.name, ctx) ? { ...entry, setElsewhere: true as const } : entry)) } : {}),
    ...(view?.kind === "dict" && view.get("\u0000") === undefined ? { defaultArgsComplete: true as const } : {}),
    ...invalidParamsOf(keywords.get("params"), ctx),
  };
}

/** Airflow's Param class under its public paths. */
const PARAM_CLASSES = new Set(["airflow.models.param.Param", "airflow.models.Param", "airflow.sdk.Param", "airflow.sdk.definitions.param.Param"]);

/** DagInfo.invalidParams of a DAG's `params=` argument (a dict literal, or a module-level name bound once to one). */
function invalidParamsOf(paramsNode: Node | undefined, ctx: FileContext): Pick<DagInfo, "invalidParams"> {
  if (!paramsNode) return {};
  const view = dictView(paramsNode, ctx);
  if (view.kind !== "dict") return {};
  const invalid: NonNullable<DagInfo["invalidParams"]> = [];
  for (const entry of view.entries) {
    const valueNode = view.get(entry.name);
    const reason = valueNode && valueNode !== "unknown" ? paramProblem(valueNode, ctx) : undefined;
    if (reason) invalid.push({ name: entry.name, reason, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn });
  }
  return invalid.length ? { invalidParams: invalid } : {};
}

/**
 * Why Param validation refuses a `Param(...)` call (directly or through a module-level name bound once), in words
 * ("has no default value (...)"): no default, or a literal default its literal schema refuses (its keywords, or its
 * `schema=` dict; airflow/models/param.py at 2.10.5, Param.resolve; see paramSchemaProblem for what is judged).
 * Undefined for anything else or when not certain.
 */
function paramProblem(node: Node, ctx: FileContext): string | undefined {
  const value = followName(node, ctx) ?? node;
  if (value.type !== "call") return undefined;
  const written = calleeName(value.childForFieldName("function"));
  if (!written || !PARAM_CLASSES.has(resolveName(written, ctx))) return undefined;
  const args = value.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => !!c && c.type !== "comment") ?? [];
  if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
  const { positional, keywords } = callArguments(value);
  const defaultNode = keywords.get("default") ?? positional[0];
  if (!defaultNode) return "has no default value (ParamValidationError: No value passed and Param has no default value)";
  const read: LiteralReader = { follow: (n) => followName(n, ctx) ?? n, string: stringValue };
  const instance = pyLiteral(defaultNode, read);
  if (!instance) return undefined;
  // `Param(default, description, **kwargs)`: the kwargs are the schema, unless one of them is `schema=`.
  const schema: ParamSchema = new Map();
  const schemaNode = keywords.get("schema");
  if (schemaNode) {
    const given = pyLiteral(schemaNode, read);
    if (given?.kind !== "dict") return undefined;
    for (const [name, v] of given.entries) schema.set(name, v);
  } else for (const [name, v] of keywords) if (name !== "default" && name !== "description") schema.set(name, pyLiteral(v, read));
  const broken = paramSchemaProblem(instance, schema, { pythonVersion: ctx.pythonVersion });
  return broken ? `has the default ${shorten(defaultNode.text)}, which ${broken}` : undefined;
}

/**
 * DagArgument.setElsewhere of a default_args key: the file also passes `name` as a keyword (`retries=2` on a task, a
 * `.partial(...)`, `@task(...)`) or writes it as a key of another dict (a TaskGroup's default_args, a dict splatted into
 * tasks), or assigns it as an item (`dag.default_args["retries"] = 2` before the tasks). Any task may then override the
 * default, so a bad default is not known to reach a task. Textual and whole-file on purpose: it errs towards saying
 * nothing; but only code counts, not comments or strings (codeOnlyText), which set nothing.
 */
function setElsewhere(name: string, ctx: FileContext): boolean {
  if (!/^\w+$/.test(name)) return true;
  // Once per name and file: every DAG sharing a default_args dict asks about the same keys.
  const key = `set elsewhere ${name}`;
  const known = ctx.sourceScans?.get(key);
  if (known !== undefined) return known === 1;
  // The default_args entry itself is one of them (`"retries": ...` in a dict literal, `retries=...` in dict(...)).
  // Each match holds the name and matches do not overlap: a name written once in the source settles it unscanned.
  const first = ctx.source.indexOf(name);
  if (first === -1 || ctx.source.indexOf(name, first + 1) === -1) {
    (ctx.sourceScans ??= new Map()).set(key, 0);
    return false;
  }
  const pattern = new RegExp(`\\b${name}\\s*=(?!=)|["']${name}["']\\s*:|\\[\\s*["']${name}["']\\s*\\]\\s*=(?!=)`, "g");
  // Blanking comments and strings only removes matches (quotes and `#` stay): one at most in the raw text settles it
  // without making the code-only text, which most files then never need.
  const answer = (ctx.source.match(pattern)?.length ?? 0) > 1 && ((ctx.codeText ??= codeOnlyText(ctx.source)).match(pattern)?.length ?? 0) > 1;
  (ctx.sourceScans ??= new Map()).set(key, answer ? 1 : 0);
  return answer;
}

/** Operator instantiations and @task calls inside a block (nested functions other than the DAG's own excluded). */
function countTasks(block: Node, ctx: FileContext): number {
  let count = 0;
  const visit = (node: Node): void => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return;
    if (node.type === "decorated_definition") {
      const decorators = node.namedChildren.filter((c): c is Node => c?.type === "decorator");
      // A task group's body runs when it is called; its tasks are counted at the call through the definition.
      if (!decorators.some((d) => /task_group$/.test(decoratorName(d).name ?? ""))) return;
      const body = node.childForFieldName("definition")?.childForFieldName("body");
      if (body) visit(body);
      return;
    }
    if (node.type === "call" && isTaskCall(node, ctx)) count++;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(block);
  return count;
}

function isTaskCall(call: Node, ctx: FileContext): boolean {
  const fn = call.childForFieldName("function");
  const callee = calleeName(fn);
  if (callee) {
    const last = lastPart(callee);
    if (ctx.taskFunctions.has(callee) || ctx.operatorNames.has(callee)) return true;
    if (/(Operator|Sensor)$/.test(last) && /^[A-Z]/.test(last)) return true;
    // Dynamic task mapping: `my_task.expand(...)`, `Op.partial(...)` (the `.expand` on it is the same task).
    if (fn?.type === "attribute") {
      const object = calleeName(fn.childForFieldName("object"));
      if (object && (last === "expand" || last === "expand_kwargs") && ctx.taskFunctions.has(object)) return true;
      if (object && last === "partial" && (ctx.operatorNames.has(object) || /(Operator|Sensor)$/.test(lastPart(object)))) return true;
    }
  }
  return false;
}

/** `dag = DAG(...)` at module level: tasks are module-level operators created with `dag=dag`. */
function countTasksForAssignedDag(call: Node, root: Node, ctx: FileContext): Static<number> {
  const assignment = call.parent;
  const target = assignment?.type === "assignment" ? assignment.childForFieldName("left")?.text : undefined;
  if (!target) return unknown(call);
  return dagKeywordTaskCounts(root, ctx).get(target) ?? 0;
}

const SUPPRESS = /#\s*astro-ci:\s*ignore(-file)?(?:\[([^\]]*)\])?/g;
const NOQA = /#\s*noqa(?::\s*([A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?/i;

/** Scan comments for suppressions. A text scan is enough: a `#` inside a string is not worth a false negative hunt. */
export function readSuppressions(source: string): Suppressions {
  const suppressions: Suppressions = { lines: {} };
  if (!source.includes("astro-ci:") && !/noqa/i.test(source)) return suppressions;
  source.split("\n").forEach((text, index) => {
    const line = index + 1;
    if (!text.includes("#")) return;
    for (const match of text.matchAll(SUPPRESS)) {
      const ids = (match[2] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      if (match[1]) suppressions.file = suppressions.file && (suppressions.file.length === 0 || ids.length === 0) ? [] : [...(suppressions.file ?? []), ...ids];
      else suppressions.lines[line] = [...(suppressions.lines[line] ?? []), ...ids];
    }
    const noqa = NOQA.exec(text);
    if (noqa) {
      // ruff-style noqa only silences AIR rules here; it is ruff's syntax.
      const codes = (noqa[1] ?? "").split(/[\s,]+/).filter((c) => /^AIR\d+$/.test(c));
      if (codes.length) suppressions.lines[line] = [...(suppressions.lines[line] ?? []), ...codes];
    }
  });
  return suppressions;
}
