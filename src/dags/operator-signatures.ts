import { nearestName } from "../util/nearest-name.js";
import type { EmitFinding } from "./checks-schedule.js";
import type { FileInventory, OperatorCall } from "./inventory.js";
import { pythonLiteral, TRIGGER_RULES, taskValueProblem } from "./checks-dag-arguments.js";
import { BASE_OPERATOR, CLASSES, DATA_MINOR, DECORATORS, EXCLUSIVE_KEYWORDS, TASK_GROUP, type OperatorSignature } from "./operator-data.js";

const shortName = (operator: string): string => operator.slice(operator.lastIndexOf(".") + 1);

/**
 * Check `task-argument-invalid` on calls of core operator classes (FileInventory.operatorCalls), for projects on the
 * Airflow minor version the data was read from (2.10; other versions: no finding). What DagBag reports, per
 * airflow/models/baseoperator.py at 2.10.5:
 * - a positional argument: "Use keyword arguments when initializing operators" (apply_defaults);
 * - a required parameter neither the call nor any default_args of the file gives: "missing keyword argument 'x'";
 * - a keyword no class of the chain takes, unless one keeps `**kwargs` for itself: "Invalid arguments were passed to
 *   BashOperator (task_id: x). Invalid arguments were: **kwargs: {...}" (BaseOperator.__init__, unless
 *   `[operators] allow_illegal_arguments`, FileCheckContext.allowIllegalArguments);
 * - a literal that is not callable as python_callable: "`python_callable` param must be callable";
 * - `trigger_rule=TriggerRule.X` with no member X: AttributeError;
 * - literal values BaseOperator or the sensor refuses (taskValueProblem; None for `retry_delay`, `pool_slots`...);
 * - two keywords the class refuses together (EXCLUSIVE_KEYWORDS: ExternalTaskSensor's `external_task_id` and
 *   `external_task_ids`...): ValueError.
 */
export function checkOperatorCalls(inventory: FileInventory, ctx: { airflowVersion?: string; allowIllegalArguments?: boolean }, emit: EmitFinding): void {
  const { airflowVersion } = ctx;
  if ((!inventory.operatorCalls && !inventory.triggerRuleMembers) || airflowVersion === undefined || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  // Missing arguments may come from a DAG whose default_args the file does not spell out (a factory of another module,
  // a DAG subclass, default_args that are not a literal).
  const defaultsKnown =
    inventory.dags.length > 0 &&
    !inventory.candidateDags?.length &&
    !inventory.factoryCalls?.length &&
    inventory.dags.every((dag) => dag.defaultArgsComplete || !dag.arguments || !dag.arguments.some((a) => a.name === "default_args" || a.name === "**"));
  for (const call of inventory.operatorCalls ?? []) checkOperatorCall(call, defaultsKnown, ctx.allowIllegalArguments === true, emit);
  for (const use of inventory.triggerRuleMembers ?? []) {
    const near = nearestName(use.member, TRIGGER_RULES)?.toUpperCase();
    emit("task-argument-invalid", {
      line: use.line,
      column: use.column,
      endLine: use.endLine,
      endColumn: use.endColumn,
      message: `TriggerRule has no member ${use.member}: importing the file fails with AttributeError: ${use.member}`,
      fix: near ? `write TriggerRule.${near}` : `use one of ${TRIGGER_RULES.map((rule) => rule.toUpperCase()).join(", ")}`,
    });
  }
}

function checkOperatorCall(call: OperatorCall, defaultsKnown: boolean, allowIllegal: boolean, emit: EmitFinding): void {
  const signature = CLASSES[call.operator];
  if (!signature) return;
  const name = shortName(call.operator);
  const span = { line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn };
  if (call.mapped) {
    checkMappedCall(call, signature, emit);
    return;
  }
  if (call.positional) {
    emit("task-argument-invalid", {
      ...call.positional,
      message: `${name} is given a positional argument: importing the file fails with AirflowException: Use keyword arguments when initializing operators`,
      fix: "name every argument (task_id=\"...\", ...)",
    });
  }
  for (const missing of defaultsKnown ? (call.missing ?? []) : []) {
    emit("task-argument-invalid", {
      ...span,
      message: `${name} is called without its required argument '${missing}': importing the file fails with AirflowException: missing keyword argument '${missing}'`,
      fix: `pass ${missing}=... (or set it in the DAG's default_args)`,
    });
  }
  const accepted = [...signature.parameters, ...BASE_OPERATOR];
  if (!call.splat && !signature.open && signature.buildError === undefined && !allowIllegal) {
    for (const keyword of call.unknownKeywords) {
      // PythonOperator.__init__ pops `provide_context` only when true (`if kwargs.get("provide_context")`).
      const dropped = signature.droppedWhenTrue?.includes(keyword.name);
      if (dropped && !keyword.falsy) continue;
      const near = nearestName(keyword.name, accepted);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `${name} takes no argument '${keyword.name}': importing the file fails with AirflowException: Invalid arguments were passed to ${name} (task_id: ${call.taskId ?? "..."}). Invalid arguments were: **kwargs: {'${keyword.name}': ...}`,
        fix:
          dropped || keyword.name === "provide_context"
            ? `remove ${keyword.name} (Airflow 2 passes the context to the callable's **kwargs by itself)`
            : near
              ? `write '${near}'`
              : `remove it (${name} and BaseOperator take no such argument)`,
      });
    }
  }
  // Values BaseOperator.__init__ (or the sensor's) refuses when the task is made: as for default_args, on the task itself.
  const sensor = /Sensor$/.test(name) || call.operator.includes(".sensors.");
  for (const value of call.values ?? []) {
    const problem = taskValueProblem(value.name, value.literal, { typed: true, sensor, float: value.valueType === "float" });
    if (!problem) continue;
    const repr = pythonLiteral(value.literal, value.valueType === "float");
    emit("task-argument-invalid", {
      line: value.line,
      column: value.column,
      endLine: value.endLine,
      endColumn: value.endColumn,
      message: `${name}${call.taskId === undefined ? "" : ` '${call.taskId}'`} has ${value.name}=${repr}: importing the file fails with ${problem.error.replace(" (in its sensor task)", "")}`,
      fix: problem.fix,
    });
  }
  const exclusive = call.exclusive;
  const clash = exclusive ? EXCLUSIVE_KEYWORDS[call.operator]?.find(({ names }) => names[0] === exclusive.names[0] && names[1] === exclusive.names[1]) : undefined;
  if (exclusive && clash) {
    const [first, second] = exclusive.names;
    emit("task-argument-invalid", {
      line: exclusive.line,
      column: exclusive.column,
      endLine: exclusive.endLine,
      endColumn: exclusive.endColumn,
      message: `${name}${call.taskId === undefined ? "" : ` '${call.taskId}'`} is given both ${first}= and ${second}=: importing the file fails with ${clash.error}`,
      fix: `keep one of ${first}= and ${second}=`,
    });
  }
  for (const literal of call.literals ?? []) {
    // PythonOperator: `if not callable(python_callable)`; the virtualenv and external python operators first refuse
    // anything but a plain function, a lambda included (airflow/operators/python.py at 2.10.5).
    const callable = signature.callable?.includes(literal.name) === true && literal.type !== "lambda";
    if (!callable && !signature.functionOnly?.includes(literal.name)) continue;
    const error = callable ? `AirflowException: \`${literal.name}\` param must be callable` : `ValueError: ${name} only supports functions for ${literal.name} arg`;
    const returned = literal.type
      .split("|")
      .map((type) => (type === "NoneType" ? "None" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`))
      .join(" or ");
    const what = literal.call !== undefined ? `${literal.call}(...), the function called, which returns ${returned}` : literal.type === "lambda" ? "a lambda" : `a ${literal.type} literal`;
    emit("task-argument-invalid", {
      line: literal.line,
      column: literal.column,
      endLine: literal.endLine,
      endColumn: literal.endColumn,
      message: `${literal.name} of ${name} is ${what}, not a ${callable ? "callable" : "function"}: importing the file fails with ${error}`,
      fix:
        literal.call !== undefined
          ? `pass the function itself without calling it: ${literal.name}=${literal.call} (op_args/op_kwargs give it arguments)`
          : literal.type === "str"
            ? `pass the function itself, without quotes`
            : callable
              ? `pass a function (def or lambda)`
              : `pass a function defined with def (${name} runs its source in another Python: no lambda)`,
    });
  }
}

/**
 * `X.partial(...)`/`.expand(...)`: validate_mapping_kwargs (airflow/models/mappedoperator.py at 2.10.5) checks every
 * keyword against the `__init__` parameters of the class chain, BaseOperator's included, even where a class keeps
 * `**kwargs` (so `provide_context=True` fails there). Required arguments are not judged (they may come in either call).
 */
function checkMappedCall(call: OperatorCall, signature: OperatorSignature, emit: EmitFinding): void {
  const name = shortName(call.operator);
  const accepted = [...signature.parameters, ...BASE_OPERATOR];
  if (call.noTaskId) {
    emit("task-argument-invalid", {
      line: call.line,
      column: call.column,
      endLine: call.endLine,
      endColumn: call.endColumn,
      message: `${name}.partial() is called without a task_id: importing the file fails with TypeError: partial() missing 1 required keyword-only argument: 'task_id'`,
      fix: `give the mapped task its task_id in partial(task_id="...")`,
    });
  }
  for (const keyword of call.unmappable ?? []) {
    emit("task-argument-invalid", {
      line: keyword.line,
      column: keyword.column,
      endLine: keyword.endLine,
      endColumn: keyword.endColumn,
      message: `${name}.expand() maps ${keyword.name}=, ${keyword.inPartial ? "which partial() already gives" : "a task argument partial() sets for every mapped task"}: importing the file fails with TypeError: unmappable or already specified argument: ${keyword.name}`,
      fix: keyword.inPartial ? `give ${keyword.name} in partial() or map it in expand(), not both` : `set ${keyword.name} once in partial(${keyword.name}=...); only the operator's own arguments can be mapped`,
    });
  }
  if (!call.splat) {
    for (const keyword of call.unknownKeywords) {
      const near = nearestName(keyword.name, accepted);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `${name}.${call.mapped}() takes no argument '${keyword.name}': importing the file fails with TypeError: ${name}.${call.mapped}() got an unexpected keyword argument '${keyword.name}'`,
        fix: near ? `write '${near}'` : `remove it (${name} and BaseOperator take no such argument)`,
      });
    }
  }
}

/**
 * `task.<name>` names providers register (provider.yaml `task-decorators` of apache-airflow-providers docker,
 * cncf.kubernetes, apache.spark, snowflake, sftp, common.sql, databricks; astro-provider-ray's `ray`), in any version
 * Astro Runtime 12 may preinstall: not judged unknown.
 */
const PROVIDER_TASK_DECORATORS = new Set(["docker", "kubernetes", "kubernetes_cmd", "pyspark", "snowpark", "sftp_sensor", "sql", "databricks", "ray"]);

/**
 * Check `task-argument-invalid` on `@task(...)`/`@task.<kind>(...)` functions module-level code calls
 * (FileInventory.taskDecoratorCalls) and on unknown `@task.<name>` decorators (FileInventory.unknownTaskDecorators),
 * for projects on Airflow 2.10 (the data's minor). Per airflow/decorators/__init__.py and base.py at 2.10.5: the
 * decorator keeps its keywords; `_TaskDecorator.__call__` makes the operator with them when the function is called,
 * where BaseOperator refuses an unknown one ("Invalid arguments were passed to _PythonDecoratedOperator") and judges
 * the values (taskValueProblem). `task.<name>` is looked up among the installed providers' decorators
 * (TaskDecoratorCollection.__getattr__): AttributeError "task decorator '<name>' not found", judged only when
 * requirements.txt may install no provider (`extraTaskDecorators`).
 */
export function checkTaskDecoratorCalls(
  inventory: FileInventory,
  ctx: { airflowVersion?: string; allowIllegalArguments?: boolean; extraTaskDecorators?: boolean },
  emit: EmitFinding,
): void {
  const { airflowVersion } = ctx;
  if ((!inventory.taskDecoratorCalls && !inventory.unknownTaskDecorators) || airflowVersion === undefined || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  const seen = new Set<string>();
  const once = (span: { line: number; column: number }): boolean => {
    const key = `${span.line}:${span.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const call of inventory.taskDecoratorCalls ?? []) {
    const signature = DECORATORS[call.kind];
    if (!signature) continue;
    const written = call.kind === "python" ? "@task" : `@task.${call.kind}`;
    for (const keyword of ctx.allowIllegalArguments ? [] : call.unknownKeywords) {
      if (!once(keyword)) continue;
      const near = nearestName(keyword.name, [...signature.parameters, ...BASE_OPERATOR]);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `the task '${call.function}' is given '${keyword.name}' (by ${written}(...) or .override(...)), which ${signature.operator} does not take: calling '${call.function}' at import fails with AirflowException: Invalid arguments were passed to ${signature.operator} (task_id: ${call.function}). Invalid arguments were: **kwargs: {'${keyword.name}': ...}`,
        fix: near ? `write '${near}'` : `remove it (${signature.operator} and BaseOperator take no such argument)`,
      });
    }
    for (const value of call.values ?? []) {
      const problem = taskValueProblem(value.name, value.literal, { typed: true, sensor: call.kind === "sensor", float: value.valueType === "float" });
      if (!problem || !once(value)) continue;
      const repr = pythonLiteral(value.literal, value.valueType === "float");
      emit("task-argument-invalid", {
        line: value.line,
        column: value.column,
        endLine: value.endLine,
        endColumn: value.endColumn,
        message: `the task '${call.function}' gets ${value.name}=${repr}: calling it at import fails with ${problem.error.replace(" (in its sensor task)", "")}`,
        fix: problem.fix,
      });
    }
  }
  if (ctx.extraTaskDecorators) return;
  for (const use of inventory.unknownTaskDecorators ?? []) {
    if (PROVIDER_TASK_DECORATORS.has(use.name)) continue;
    const near = nearestName(use.name, [...Object.keys(DECORATORS), ...PROVIDER_TASK_DECORATORS]);
    emit("task-argument-invalid", {
      line: use.line,
      column: use.column,
      endLine: use.endLine,
      endColumn: use.endColumn,
      message: `@task.${use.name} is no task decorator of Airflow 2.10 or its providers: importing the file fails with AttributeError: task decorator '${use.name}' not found`,
      fix: near ? `write @task.${near}` : `use one of ${Object.keys(DECORATORS).map((kind) => `@task.${kind}`).join(", ")}`,
    });
  }
}

const TYPE_NAMES: Record<string, string> = { string: "str", number: "int", boolean: "bool" };

/**
 * Check `task-argument-invalid` on TaskGroup's signature (FileInventory.taskGroupCalls), for projects on Airflow 2.10
 * (the data's minor). What DagBag reports, per airflow/utils/task_group.py and airflow/decorators/task_group.py at 2.10.5:
 * - `TaskGroup(...)`, a plain class: CPython's TypeError for an unknown keyword, a missing group_id, too many
 *   positional arguments, an argument given by position and keyword;
 * - `@task_group(...)` and `.override(...)` bind their keywords to the same signature (bind_partial) when they run:
 *   "TypeError: got an unexpected keyword argument 'x'", even when the function is never called; called, the group
 *   is made with `add_suffix_on_collision=True` and the keywords, so one given again fails;
 * - validate_instance_args: a value of another type than TASK_GROUP.types says (None excepted), TypeError.
 */
export function checkTaskGroupCalls(inventory: FileInventory, ctx: { airflowVersion?: string }, emit: EmitFinding): void {
  const { airflowVersion } = ctx;
  if (!inventory.taskGroupCalls || airflowVersion === undefined || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  const params = TASK_GROUP.parameters;
  for (const call of inventory.taskGroupCalls) {
    const written = call.form === "class" ? "TaskGroup" : call.form === "decorator" ? `@task_group(...) of '${call.function ?? "?"}'` : `${call.function ?? "?"}.override(...)`;
    const init = "TaskGroup.__init__()";
    for (const keyword of call.unknownKeywords) {
      const near = keyword.name === "self" ? undefined : nearestName(keyword.name, params);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message:
          keyword.name === "self"
            ? `${written} is given 'self': importing the file fails with TypeError: ${init} got multiple values for argument 'self'`
            : call.form === "class"
              ? `${written} takes no argument '${keyword.name}': importing the file fails with TypeError: ${init} got an unexpected keyword argument '${keyword.name}'`
              : `${written} is given '${keyword.name}', which TaskGroup does not take: importing the file fails with TypeError: got an unexpected keyword argument '${keyword.name}'`,
        fix: near ? `write '${near}'` : `remove it (TaskGroup takes ${params.join(", ")})`,
      });
    }
    if (call.missingGroupId) {
      emit("task-argument-invalid", {
        line: call.line,
        column: call.column,
        endLine: call.endLine,
        endColumn: call.endColumn,
        message: `TaskGroup is called without a group_id: importing the file fails with TypeError: ${init} missing 1 required positional argument: 'group_id'`,
        fix: 'give the group its id first: TaskGroup("my_group", ...) or TaskGroup(group_id="my_group", ...)',
      });
    }
    if (call.extraPositional) {
      const { count, ...at } = call.extraPositional;
      emit("task-argument-invalid", {
        ...at,
        message: `TaskGroup is given ${count} positional arguments: importing the file fails with TypeError: ${init} takes from ${TASK_GROUP.required.length + 1} to ${params.length + 1} positional arguments but ${count + 1} were given`,
        fix: "name the arguments after group_id (tooltip=..., ui_color=...)",
      });
    }
    for (const keyword of call.repeated ?? []) {
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `TaskGroup is given ${keyword.name} both by position and by keyword: importing the file fails with TypeError: ${init} got multiple values for argument '${keyword.name}'`,
        fix: `give ${keyword.name} once`,
      });
    }
    if (call.suffix) {
      emit("task-argument-invalid", {
        ...call.suffix,
        message: `${written} is given add_suffix_on_collision, which @task_group passes TaskGroup itself: making the group at import fails with TypeError: airflow.utils.task_group.TaskGroup() got multiple values for keyword argument 'add_suffix_on_collision'`,
        fix: "remove add_suffix_on_collision (an @task_group function's groups always get a suffix on a clash)",
      });
    }
    // CPython refuses the extra positional arguments before TaskGroup judges any value.
    for (const value of call.extraPositional ? [] : (call.values ?? [])) {
      const expected = TASK_GROUP.types[value.name];
      const displayed = value.valueType !== undefined && value.valueType !== "float";
      const type = displayed ? (value.valueType as string) : value.valueType === "float" ? "float" : (TYPE_NAMES[typeof value.literal] ?? "object");
      if (expected === undefined || type === expected) continue;
      // str(value) as Python writes it in the message ("no", 0, True, 1.0); a bytes literal or display as written.
      const source = displayed ? String(value.literal) : pythonLiteral(value.literal, value.valueType === "float");
      // A plain bytes literal as Python's str() writes it (b'x'); other displays as written.
      const plainBytes = value.valueType === "bytes" ? /^[bB](["'])([^"'\\]*)\1$/.exec(source) : null;
      const shown = typeof value.literal === "string" && !displayed ? value.literal : plainBytes ? `b'${plainBytes[2]}'` : source;
      const asStr = value.valueType === "bytes" ? `${value.name}=${source.replace(/^([rR]?)[bB]([rR]?)/, "$1$2")} (a str, without the b prefix)` : displayed ? `${value.name}="..." (one string, not a ${type})` : `${value.name}="${shown}"`;
      emit("task-argument-invalid", {
        line: value.line,
        column: value.column,
        endLine: value.endLine,
        endColumn: value.endColumn,
        message: `${written} has ${value.name}=${source}, not a ${expected}: ${call.form === "class" ? "importing the file" : "making the group at import"} fails with TypeError: '${value.name}' has an invalid type <class '${type}'> with value ${shown}, expected type is <class '${expected}'>`,
        fix: expected === "bool" ? `write ${value.name}=True or ${value.name}=False (without quotes)` : `write ${value.name} as a string, e.g. ${asStr}`,
      });
    }
  }
}
