import { nearestName } from "../util/nearest-name.js";
import type { EmitFinding } from "./checks-schedule.js";
import type { FileInventory, OperatorCall } from "./inventory.js";
import { pythonNumber, TRIGGER_RULES, taskValueProblem } from "./checks-dag-arguments.js";
import { BASE_OPERATOR, CLASSES, DATA_MINOR, type OperatorSignature } from "./operator-data.js";

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
 * - `trigger_rule=TriggerRule.X` with no member X: AttributeError.
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
    const repr = typeof value.literal === "string" ? `'${value.literal}'` : value.literal === true ? "True" : value.literal === false ? "False" : pythonNumber(value.literal, value.valueType === "float");
    emit("task-argument-invalid", {
      line: value.line,
      column: value.column,
      endLine: value.endLine,
      endColumn: value.endColumn,
      message: `${name}${call.taskId === undefined ? "" : ` '${call.taskId}'`} has ${value.name}=${repr}: importing the file fails with ${problem.error.replace(" (in its sensor task)", "")}`,
      fix: problem.fix,
    });
  }
  for (const literal of call.literals ?? []) {
    if (!signature.callable?.includes(literal.name)) continue;
    emit("task-argument-invalid", {
      line: literal.line,
      column: literal.column,
      endLine: literal.endLine,
      endColumn: literal.endColumn,
      message: `${literal.name} of ${name} is a ${literal.type} literal, not a callable: importing the file fails with AirflowException: \`${literal.name}\` param must be callable`,
      fix: literal.type === "str" ? `pass the function itself, without quotes` : `pass a function (def or lambda)`,
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
