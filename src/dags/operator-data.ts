/** Airflow 2.10 core operator signatures (src/dags/data/operator-signatures.json) and lookups the DAG inventory uses; the check is in operator-signatures.ts. */
import data from "./data/operator-signatures.json" with { type: "json" };
import { TRIGGER_RULES } from "./checks-dag-arguments.js";

/**
 * What operator-signatures.json (scripts/generate-operator-signatures.py, from apache/airflow 2.10.5) says of one
 * core operator class: its own keyword parameters (BaseOperator's are shared), the required ones, `open` when unknown
 * keywords are no error, `callable` the parameters a string literal fails on, `functionOnly` those any value but a
 * plain function fails on, `buildError` when the generator could not
 * build the class (then only what apply_defaults judges before the class's own code runs is used).
 */
export interface OperatorSignature {
  parameters: string[];
  required?: string[];
  open?: boolean;
  callable?: string[];
  /**
   * Parameters the class wants a plain function for (the virtualenv and external python operators): anything else, a
   * string or a lambda included, raises "ValueError: <Class> only supports functions for <name> arg".
   */
  functionOnly?: string[];
  /** Airflow 1 keywords the class drops when true (PythonOperator's `provide_context`) and refuses when false. */
  droppedWhenTrue?: string[];
  buildError?: string;
}

export const CLASSES = data.classes as Record<string, OperatorSignature>;
const ALIASES = data.aliases as Record<string, string>;
export const BASE_OPERATOR = data.baseOperator;
const BASE_OPERATOR_SET = new Set(BASE_OPERATOR);
/** The Airflow minor version the data was read from ("2.10"). */
export const DATA_MINOR = data.airflow.split(".").slice(0, 2).join(".");
/** TriggerRule's members (airflow/utils/trigger_rule.py at 2.10.5: each value upper-cased) and its class methods. */
const TRIGGER_RULE_MEMBERS = [...TRIGGER_RULES.map((rule) => rule.toUpperCase()), "is_valid", "all_triggers"];

/**
 * The canonical dotted path of an Airflow core operator or sensor class, for a name resolved through the file's
 * imports (`airflow.operators.bash_operator.BashOperator` → `airflow.operators.bash.BashOperator`); undefined for any
 * other name (provider operators, project classes).
 */
export function operatorClassFor(resolved: string): string | undefined {
  if (!resolved.startsWith("airflow.")) return undefined;
  if (Object.hasOwn(CLASSES, resolved)) return resolved;
  return Object.hasOwn(ALIASES, resolved) ? ALIASES[resolved] : undefined;
}

/** Whether a keyword is a parameter of an `__init__` of the class chain (canonical path), BaseOperator's included. */
export function acceptsKeyword(operator: string, name: string): boolean {
  return BASE_OPERATOR_SET.has(name) || (CLASSES[operator]?.parameters.includes(name) ?? false);
}

/**
 * Whether `name`, read as `TriggerRule.<name>`, is no error on Airflow 2.10: a member, a class method, or anything not
 * written like a member (TriggerRule is a str enum, so str's methods are attributes too).
 */
export function isTriggerRuleMember(name: string): boolean {
  return !/^[A-Z][A-Z0-9_]*$/.test(name) || TRIGGER_RULE_MEMBERS.includes(name);
}

/** What operator-signatures.json says of one `@task.<kind>` decorator: its operator class, that chain's own keywords, `open`. */
interface DecoratorSignature {
  operator: string;
  parameters: string[];
  open?: boolean;
}

export const DECORATORS = data.decorators as Record<string, DecoratorSignature>;

/**
 * Names `task.<name>` has on Airflow 2.10 whatever providers are installed: TaskDecoratorCollection's own attributes
 * (airflow/decorators/__init__.py at 2.10.5: the decorator kinds, `run_if`, `skip_if`).
 */
const CORE_TASK_ATTRIBUTES = new Set([...Object.keys(data.decorators), "run_if", "skip_if"]);

/** Whether `task.<name>` is a task decorator (or attribute) of Airflow 2.10 core itself, with no provider. */
export function isCoreTaskDecorator(name: string): boolean {
  return CORE_TASK_ATTRIBUTES.has(name);
}

/**
 * The keywords `@task.<kind>(...)` hands on that its operator class takes (BaseOperator's included): a test, "open" when
 * unknown keywords are no error, undefined for a kind the data does not hold (setup, teardown, provider decorators).
 */
export function decoratorKeywordsOf(kind: string): ((name: string) => boolean) | "open" | undefined {
  const signature = Object.hasOwn(DECORATORS, kind) ? DECORATORS[kind] : undefined;
  if (!signature) return undefined;
  if (signature.open) return "open";
  return (name) => BASE_OPERATOR_SET.has(name) || signature.parameters.includes(name);
}

/** The parameters of a core operator class (canonical path) that have no default. */
export function requiredArgumentsOf(operator: string): string[] {
  return CLASSES[operator]?.required ?? [];
}

/**
 * TaskGroup's signature (operator-signatures.json `taskGroup`, read from airflow/utils/task_group.py at 2.10.5):
 * `__init__`'s parameters in order (self left out), the required ones, and the Python type validate_instance_args
 * wants for some of them (a value of another type, None excepted, raises TypeError when the group is made).
 */
export const TASK_GROUP = data.taskGroup as { parameters: string[]; required: string[]; types: Record<string, string> };

/**
 * Keyword pairs a core operator's `__init__` refuses together when both hold a value (ValueError), in the order it
 * checks them, with the message DagBag records (airflow/sensors/external_task.py at 2.10.5, ExternalTaskSensor:
 * `external_task_id` is turned into `external_task_ids` before the group check, an empty `external_task_ids` into None).
 */
export const EXCLUSIVE_KEYWORDS: Readonly<Record<string, readonly { names: readonly [string, string]; error: string }[]>> = {
  "airflow.sensors.external_task.ExternalTaskSensor": [
    {
      names: ["external_task_id", "external_task_ids"],
      error: "ValueError: Only one of `external_task_id` or `external_task_ids` may be provided to ExternalTaskSensor; use external_task_id or external_task_ids or external_task_group_id.",
    },
    {
      names: ["external_task_group_id", "external_task_ids"],
      error: "ValueError: Only one of `external_task_group_id` or `external_task_ids` may be provided to ExternalTaskSensor; use external_task_id or external_task_ids or external_task_group_id.",
    },
    {
      names: ["external_task_group_id", "external_task_id"],
      error: "ValueError: Only one of `external_task_group_id` or `external_task_ids` may be provided to ExternalTaskSensor; use external_task_id or external_task_ids or external_task_group_id.",
    },
    {
      names: ["execution_delta", "execution_date_fn"],
      error: "ValueError: Only one of `execution_delta` or `execution_date_fn` may be provided to ExternalTaskSensor; not both.",
    },
  ],
};
