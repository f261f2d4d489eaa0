import type { SourceSpan } from "../core/findings.js";

/**
 * A `@task` function's parameters as inspect.signature sees them, what DecoratedOperator binds a call's arguments to
 * (airflow/decorators/base.py at 2.10.5): in a DAG file (the inventory's own `@task` functions) and in a project
 * module a DAG file imports them from (FileInventory.moduleTaskFunctions).
 */
export interface TaskCallSignature {
  /** Positional-or-keyword (and positional-only) parameters, in order. */
  positional: { name: string; required: boolean; positionalOnly: boolean }[];
  keywordOnly: { name: string; required: boolean }[];
  varArgs: boolean;
  varKeywords: boolean;
  /**
   * A context key without a default before a parameter without one (`def run_query(conn, sql)`): DecoratedOperator
   * gives context keys the default None, which no signature can have there (ValueError when the task is made).
   */
  contextKeyFirst?: string;
  /**
   * The first parameter named like a context key whose default is a literal other than None (`ds="2024-01-01"`):
   * DecoratedOperator refuses it when the task is made, before contextKeyFirst (ValueError: Context key parameter ds
   * can't have a default other than None).
   */
  contextKeyDefault?: string;
  /** `@task.sensor`: DecoratedSensorOperator (a PythonSensor) neither checks nor binds the signature when the task is made. */
  sensor?: true;
}

/** What making a task from a call of a `@task` function raises (FileInventory.taskCalls' entries without the span). */
export interface TaskCallProblem {
  /** The function's name as the call writes it. */
  function: string;
  problem: string;
  error?: "ValueError";
}

/**
 * A call of a `@task` function imported from another module (`shared_load("orders")` after `from include.tasks import
 * shared_load`), in code module-level code runs, with its arguments' shape; the span is the call's callee. The
 * project pass (helper-modules.ts) judges it against the callee's signature when that is a `@task` function of a
 * project module (FileInventory.moduleTaskFunctions).
 */
export interface ImportedTaskCall extends SourceSpan {
  /** The callee through the file's imports (`include.tasks.shared_load`). */
  callee: string;
  /** The name the call writes (`shared_load`, or an alias). */
  function: string;
  /** How many positional arguments the call passes. */
  positional: number;
  /** The keywords it passes, in order. */
  keywords: string[];
}

/**
 * What DecoratedOperator raises making a task from a call of a `@task` function with `signature` (inspect.Signature.
 * bind, airflow/decorators/base.py at 2.10.5), in its order and words: a context key's literal default other than None
 * or a signature context keys break (ValueError, whatever the arguments), then bind's TypeErrors: a keyword also given
 * by position ("multiple values for argument"), "too many positional arguments", "missing a required argument", "got
 * an unexpected keyword argument". Undefined when the arguments bind, for a `@task.sensor` (not bound), and for a
 * positional-only parameter given by keyword (not judged).
 */
export function taskCallProblem(signature: TaskCallSignature, name: string, positional: number, keywords: ReadonlySet<string> | readonly string[]): TaskCallProblem | undefined {
  if (signature.sensor) return undefined;
  if (signature.contextKeyDefault !== undefined) {
    return { function: name, error: "ValueError", problem: `Context key parameter ${signature.contextKeyDefault} can't have a default other than None` };
  }
  if (signature.contextKeyFirst !== undefined) {
    return { function: name, error: "ValueError", problem: `The function signature broke while assigning defaults to context key parameters ('${signature.contextKeyFirst}' gets None): non-default argument follows default argument` };
  }
  const given = new Set(keywords);
  const problem = ((): string | undefined => {
    const bound = new Set<string>();
    for (let k = 0; k < positional; k++) {
      const param = signature.positional[k];
      if (!param) {
        if (signature.varArgs) break;
        return "too many positional arguments";
      }
      if (given.has(param.name) && !param.positionalOnly) return `multiple values for argument '${param.name}'`;
      bound.add(param.name);
    }
    for (const param of [...signature.positional, ...signature.keywordOnly]) {
      if (bound.has(param.name)) continue;
      if (given.has(param.name)) {
        if ("positionalOnly" in param && param.positionalOnly) return undefined;
        bound.add(param.name);
      } else if (param.required) return `missing a required argument: '${param.name}'`;
    }
    if (!signature.varKeywords) for (const keyword of given) if (!bound.has(keyword)) return `got an unexpected keyword argument '${keyword}'`;
    return undefined;
  })();
  return problem === undefined ? undefined : { function: name, problem };
}

/**
 * The finding's words for a call of a `@task` function that DecoratedOperator refuses (check `task-argument-invalid`):
 * the ValueError of a signature context keys break, else bind's TypeError. `definedIn` names where the function is
 * defined when that is another file (`include/tasks.py line 4`).
 */
export function taskCallWords(call: TaskCallProblem, definedIn?: string): { message: string; fix: string } {
  const contextDefault = call.error === "ValueError" ? /^Context key parameter (\w+) /.exec(call.problem)?.[1] : undefined;
  const subject = `the @task function '${call.function}'${definedIn ? ` (defined in ${definedIn})` : ""}`;
  return {
    message:
      contextDefault !== undefined
        ? `${subject} gives its parameter '${contextDefault}', an Airflow context key, a default other than None: importing the file fails with ValueError: ${call.problem}`
        : call.error === "ValueError"
          ? `${subject} has a parameter named like an Airflow context key before one without a default: importing the file fails with ValueError: ${call.problem}`
          : `${subject} is called with arguments it does not take: importing the file fails with TypeError: ${call.problem}`,
    fix:
      contextDefault !== undefined
        ? `rename the parameter if it is no context value (Airflow fills context keys such as ds, params, ti itself), or make its default None`
        : call.error === "ValueError"
          ? `rename the parameter (Airflow fills context keys such as conn, params, ds, ti itself), or move it after the others`
          : /^missing/.test(call.problem)
            ? `pass every argument '${call.function}' requires (or give the parameter a default)`
            : `call '${call.function}' with the parameters its def names`,
  };
}
