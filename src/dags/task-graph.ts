import { callArguments, calleeName, spanOf, type SyntaxNode as Node } from "./syntax-tree.js";
import type { SourceSpan } from "../core/findings.js";

/**
 * The task dependencies of the file's DAGs that are certain statically (FileInventory.taskGraphs, checks `dag-cycle`
 * and `task-argument-invalid` in checks-dependencies.ts).
 *
 * Read: straight-line code module-level code runs (module statements, the bodies of `with DAG(...)`,
 * `with <a module DAG>`, `with TaskGroup(...)` blocks among them, and the bodies of `@dag` functions those statements
 * call); nothing under if/for/while/try, in loops, comprehensions or uncalled functions. Tasks are calls of Airflow
 * operator and sensor classes (an `airflow.*` class named `...Operator`/`...Sensor`) and of the file's `@task`
 * functions (Airflow's task, setup and teardown decorators only, also through `.override(...)`), in the DAG of the
 * enclosing `with` block or `@dag` function or the one `dag=` names. Names count only when their scope binds them
 * exactly once (no `global`, `nonlocal`, `del`, loop or second assignment). Edges come from `>>`/`<<` (also over lists),
 * `set_downstream`/`set_upstream`, `chain(...)`, `cross_downstream(...)` and `@task` calls given another `@task`'s
 * result (or `op.output`). Anything else is left out: missing edges only hide cycles, never invent them.
 */
export interface TaskGraph {
  /** The DAG's static dag_id (`DAG("x")`, `@dag(dag_id="x")`, an `@dag` function's name); absent when computed. */
  dagId?: string;
  /** 1-based line of the DAG's creation (the `DAG(...)` call, the `@dag` function's call). */
  line: number;
  /** The DAG sets `fail_stop=True` (literal). */
  failStop?: true;
  /**
   * The DAG's tasks in creation order; edges refer to them by index. The span is the creating call's callee; `label` is
   * the task_id as Airflow keys it (group prefix, `__1` suffixes of a reused `@task`), or the Python name the task is
   * bound to when its task_id is not static.
   */
  tasks: (SourceSpan & {
    label: string;
    /** The task's own trigger_rule (operator keyword, `@task(...)`, `.override(...)`) as a value string, with its span. */
    triggerRule?: SourceSpan & { value: string };
    /**
     * The trigger_rule is the DAG's: `default_args={"trigger_rule": ...}` written in the DAG's own call (the span is
     * that value's), and neither the task nor a TaskGroup gives a trigger_rule or default_args of its own.
     */
    defaulted?: true;
    /** A setup task (`@setup`, `.as_setup()`, the `setups=` of `.as_teardown(...)`). */
    setup?: true;
    /** A teardown task (`@teardown`, `.as_teardown()`). */
    teardown?: true;
    /**
     * Its trigger_rule or setup/teardown role may change after it is made: it is given to a call or method not read
     * here, or the file assigns `.trigger_rule`/`.is_setup`/`.is_teardown`. (The trigger_rule as made still counts for
     * fail_stop, which BaseOperator checks then.)
     */
    changed?: true;
  })[];
  /** upstream → downstream, by index into `tasks`, with the 1-based line and column of what made the edge. */
  edges: { from: number; to: number; line: number; column: number }[];
}

/**
 * A setup/teardown decorator misused (FileInventory.teardownRules; airflow/decorators/setup_teardown.py and base.py at
 * 2.10.5). `decorator`: `@teardown(trigger_rule=...)` or another keyword but on_failure_fail_dagrun (`keyword`, absent
 * for trigger_rule), which fails when the function is decorated (TypeError: teardown_task() got an unexpected keyword
 * argument); `override`: `.override(trigger_rule=...)` of a teardown function, and `reused`: a second call of one
 * teardown function (its first call, on line `firstLine`, wrote trigger_rule into the decorator's kwargs), both failing
 * when called (ValueError: Trigger rule not configurable for teardown tasks.); `setup-call`: `@setup(...)` without the
 * function (TypeError: setup_task() missing 1 required positional argument: 'func', or got an unexpected keyword
 * argument `keyword`). The span is the keyword's, the second call's callee, or the decorator call's.
 */
export interface TeardownRule extends SourceSpan {
  function: string;
  problem: "decorator" | "override" | "reused" | "setup-call";
  keyword?: string;
  firstLine?: number;
}

/**
 * A dependency that raises while module-level code runs, so importing the file fails (FileInventory.dependencyErrors,
 * check `task-dependency-invalid`; airflow/models/taskmixin.py DependencyMixin and _set_relatives, baseoperator.py
 * chain and cross_downstream, decorators/base.py _TaskDecorator at 2.10.5), read where TaskGraph reads dependencies:
 * - `operands`: `>>`/`<<` (`operator`) between two values neither of which defines it, a list or tuple display (or a
 *   name bound once to one) or an uncalled `@task` function (`types`, left and right): TypeError: unsupported operand;
 * - `task-function`: an uncalled `@task` function (`name`) made a task's relative (`>>`/`<<` with a task,
 *   set_downstream/set_upstream, chain next to a task): AttributeError: '_TaskDecorator' object has no attribute
 *   'update_relative';
 * - `dags`: a dependency between tasks of two DAGs (`dagIds`, both static and different): AirflowException: Tried to
 *   set relationships between tasks in more than one DAG;
 * - `chain-lengths`: chain() given two neighbouring list or tuple displays of different `lengths`: AirflowException:
 *   Chain not supported for different length Iterable;
 * - `not-iterable`: cross_downstream() given one task (of Python type `types[0]`) as from_tasks: TypeError;
 * - `not-callable`: a name (`name`) bound to a task or a task's output, called: TypeError: '<types[0]>' object is
 *   not callable.
 * The span is the operator's, the call's callee's, or the argument's.
 */
export interface DependencyError extends SourceSpan {
  problem: "operands" | "task-function" | "dags" | "chain-lengths" | "not-iterable" | "not-callable";
  operator?: string;
  types?: string[];
  name?: string;
  dagIds?: string[];
  lengths?: number[];
}

type Resolve = (written: string) => string;

interface TaskFunction {
  name: string;
  taskId: string;
  teardown: boolean;
  setup: boolean;
  triggerRule?: SourceSpan & { value: string };
  /** Its decorators give default_args (the DAG's trigger_rule default may not apply). */
  ownDefaults?: true;
  /** Decorating or calling it fails for another reason (or a failure was reported): no reuse is judged. */
  broken?: true;
  /** A teardown function: the line of its first call, which wrote trigger_rule into the decorator's kwargs. */
  used?: number;
}

type Value =
  | { kind: "task"; task: number; xcom: boolean }
  | { kind: "dag"; dag: number }
  | { kind: "taskfn"; fn: TaskFunction }
  | { kind: "dagfn"; node: Node; decorator: Node }
  /** A plain module function (a DAG factory), run when module-level code calls it. */
  | { kind: "fn"; node: Node }
  /** A constant: a string, True/False or an attribute (`TriggerRule.ALL_DONE`), read where used. */
  | { kind: "const"; node: Node }
  /** A list or tuple literal of `length` items, -1 with a `*` splat (a `for` loop over it runs that often, unless it changes). */
  | { kind: "sequence"; length: number; python: "list" | "tuple" };

/** What an expression evaluates to, when known: tasks (one, or a list of them), or a DAG. */
type Operand = { tasks: number[]; list: boolean; xcom?: boolean } | undefined;

interface Frame {
  /** Names bound exactly once in this scope (and not declared global/nonlocal anywhere). */
  once: Set<string>;
  /** Every name this scope binds at all (a function's locals hide the module's names). */
  bound: Set<string>;
  env: Map<string, Value>;
  parent?: Frame;
}

interface State {
  frame: Frame;
  dag?: number;
  /** The enclosing TaskGroups' prefix (`outer.inner.`) for labels. */
  prefix: string;
  /** An enclosing TaskGroup gives default_args (the DAG's trigger_rule default may not apply). */
  groupDefaults?: boolean;
  /** In a plain function module-level code calls: `with DAG(...)` blocks are read. */
  factory?: boolean;
  /** Inside a `with t.as_teardown(...)` block. */
  setupContext?: boolean;
}

const DAG_CLASSES = new Set(["airflow.DAG", "airflow.models.DAG", "airflow.models.dag.DAG"]);
const DAG_DECORATORS = new Set(["airflow.decorators.dag", "airflow.models.dag.dag", "airflow.models.dag"]);
const TASK_GROUP_CLASSES = new Set(["airflow.utils.task_group.TaskGroup"]);
const CHAINS = new Set(["airflow.models.baseoperator.chain", "airflow.models.chain", "airflow.utils.helpers.chain"]);
const CROSS = new Set(["airflow.models.baseoperator.cross_downstream", "airflow.models.cross_downstream", "airflow.utils.helpers.cross_downstream"]);
const TRIGGER_RULE_CLASS = "airflow.utils.trigger_rule.TriggerRule";
/** Airflow's task decorators (`task`, `task.bash`, `task.virtualenv`...), and setup/teardown. */
const TASK_DECORATOR = /^airflow\.decorators\.(task(\.[a-z_]+)?|setup|teardown)$/;
const OPERATOR_CLASS = /^airflow\.[\w.]+\.[A-Z]\w*(Operator|Sensor)$/;
const SCOPE_BOUNDARY = new Set(["function_definition", "class_definition", "lambda"]);
const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);


/** The Python type of a `@task` function (airflow/decorators/base.py at 2.10.5). */
const DECORATOR_TYPE = "_TaskDecorator";

/** A node without the parentheses around it. */
function unwrap(node: Node | null | undefined): Node | undefined {
  let value = node ?? undefined;
  while (value?.type === "parenthesized_expression") value = value.namedChildren.find((c) => c.type !== "comment");
  return value;
}

/** A plain string literal's value (no f-string, no escapes, no implicit concatenation). */
function literalString(node: Node | null | undefined): string | undefined {
  if (node?.type !== "string") return undefined;
  const parts = node.namedChildren;
  const start = parts[0];
  if (!start || start.type !== "string_start" || !/^[rRuU]?("|'|"""|''')$/.test(start.text)) return undefined;
  if (parts.some((p) => !["string_start", "string_content", "string_end"].includes(p.type))) return undefined;
  const content = parts.find((p) => p.type === "string_content")?.text ?? "";
  return /\\/.test(content) ? undefined : content;
}



/** Identifiers a binding target binds (`a`, `a, b`, `[a, *b]`); attributes and subscripts bind none. */
function targetNames(node: Node | null | undefined, out: string[]): void {
  if (!node) return;
  if (node.type === "identifier") out.push(node.text);
  else if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "parenthesized_expression", "list_splat_pattern", "as_pattern_target", "expression_list"].includes(node.type)) {
    for (const child of node.namedChildren) targetNames(child, out);
  }
}

/**
 * Expressions no binding can hide in when the file has no `:=`: only a walrus binds inside an expression (a
 * comprehension's or lambda's own names are its own), so bindingCounts need not walk them (most of a file's nodes).
 */
const BINDING_FREE_EXPRESSIONS = new Set(["call", "argument_list", "keyword_argument", "string", "concatenated_string", "binary_operator", "boolean_operator", "comparison_operator", "not_operator", "unary_operator", "attribute", "subscript", "dictionary", "pair", "list", "set", "tuple", "parenthesized_expression", "conditional_expression", "await", "identifier", "integer", "float", "true", "false", "none", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

/**
 * How often a scope binds each name (its statements, not nested functions, classes, lambdas or comprehension loop
 * variables); `global`/`nonlocal`/`del` count twice (never bound once). `walrus`: the file has a `:=` somewhere
 * (else expressions are not walked: see BINDING_FREE_EXPRESSIONS).
 */
function bindingCounts(body: Node, parameters: Node | null, walrus: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (names: string[], by = 1): void => {
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + by);
  };
  if (parameters) {
    for (const p of parameters.namedChildren) {
      const names: string[] = [];
      if (p.type === "identifier") names.push(p.text);
      else targetNames(p.childForFieldName("name") ?? p.namedChildren[0], names);
      add(names);
    }
  }
  const walk = (node: Node): void => {
    const type = node.type;
    if (type === "function_definition" || type === "class_definition") {
      const name = node.childForFieldName("name");
      if (name) add([name.text]);
      return;
    }
    if (type === "lambda") return;
    if (!walrus && BINDING_FREE_EXPRESSIONS.has(type)) return;
    const names: string[] = [];
    if (type === "assignment" || type === "augmented_assignment" || type === "for_statement") targetNames(node.childForFieldName("left"), names);
    else if (type === "as_pattern") targetNames(node.childForFieldName("alias"), names);
    else if (type === "named_expression") targetNames(node.childForFieldName("name"), names);
    else if (type === "import_statement" || type === "import_from_statement") {
      for (const name of node.childrenForFieldName("name")) {
        if (name.type === "aliased_import") targetNames(name.childForFieldName("alias"), names);
        else if (name.type === "dotted_name") {
          const parts = name.namedChildren;
          const part = type === "import_statement" ? parts[0] : parts[parts.length - 1];
          if (part) names.push(part.text);
        }
      }
    } else if (type === "global_statement" || type === "nonlocal_statement" || type === "delete_statement") {
      const found: string[] = [];
      for (const child of node.namedChildren) targetNames(child, found);
      add(found, 2);
    } else if (type === "case_pattern") {
      // match/case captures: counted twice, never relied on.
      const found: string[] = [];
      const collect = (n: Node): void => {
        if (n.type === "identifier") found.push(n.text);
        for (const c of n.namedChildren) collect(c);
      };
      collect(node);
      add(found, 2);
    }
    add(names);
    for (const child of node.namedChildren) {
      // A comprehension's own loop variables are its own; a walrus inside still binds here (counted by walk).
      if (COMPREHENSIONS.has(child.type)) {
        for (const c of child.namedChildren) if (c.type !== "for_in_clause") walk(c);
        for (const c of child.namedChildren) if (c.type === "for_in_clause") for (const cc of c.namedChildren) if (cc !== c.childForFieldName("left")) walk(cc);
        continue;
      }
      walk(child);
    }
  };
  for (const child of body.namedChildren) walk(child);
  return counts;
}

/** Names any scope of the file declares global or nonlocal (their bindings elsewhere are not seen). */
function declaredNames(root: Node): Set<string> {
  const out = new Set<string>();
  const walk = (node: Node): void => {
    if (node.type === "global_statement" || node.type === "nonlocal_statement") for (const c of node.namedChildren) if (c.type === "identifier") out.add(c.text);
    for (const c of node.namedChildren) walk(c);
  };
  walk(root);
  return out;
}

function makeFrame(body: Node, parameters: Node | null, declared: Set<string>, walrus: boolean, parent?: Frame): Frame {
  const counts = bindingCounts(body, parameters, walrus);
  const once = new Set<string>();
  for (const [name, count] of counts) if (count === 1 && !declared.has(name)) once.add(name);
  return { once, bound: new Set(counts.keys()), env: new Map(), parent };
}

function lookup(frame: Frame, name: string): Value | undefined {
  for (let f: Frame | undefined = frame; f; f = f.parent) {
    if (f.bound.has(name)) return f.once.has(name) ? f.env.get(name) : undefined;
  }
  return undefined;
}

/** Whether a statement may return (outside nested functions): code after it may not run. */
function mayReturn(node: Node): boolean {
  if (node.type === "return_statement") return true;
  if (SCOPE_BOUNDARY.has(node.type)) return false;
  return node.namedChildren.some(mayReturn);
}

/**
 * Reads the file's certain task graphs (see TaskGraph), teardown tasks given a trigger_rule, and dependencies that
 * raise (see DependencyError). `resolve` turns a
 * dotted name as written into its import path (`DAG` → `airflow.models.dag.DAG`). Undefined when the file binds
 * globals dynamically (`globals()`, `exec`) or star-imports inside a block.
 */
export function extractTaskGraphs(root: Node, source: string, resolve: Resolve): { graphs: TaskGraph[]; teardownRules: TeardownRule[]; dependencyErrors: DependencyError[] } | undefined {
  if (/\b(globals|locals|vars)\s*\(|\bexec\s*\(/.test(source)) return undefined;
  type Rule = SourceSpan & { value: string };
  const graphs: (TaskGraph & { bagged: boolean; used: Map<string, number>; defaultRule?: Rule })[] = [];
  /** The task made by a call, by the start of its callee (for `with t.as_teardown(...)` roots). */
  const taskAt = new Map<number, number>();
  const taskDag: number[] = [];
  const taskIndex: number[] = [];
  const teardownRules: TeardownRule[] = [];
  const dependencyErrors: DependencyError[] = [];
  /** The Python class of each classic operator task (`EmptyOperator`, `MappedOperator`), by task number. */
  const taskClass: string[] = [];
  const dependencyError = (error: Omit<DependencyError, keyof SourceSpan>, at: Node): void => {
    const span = spanOf(at);
    if (!dependencyErrors.some((e) => e.line === span.line && e.column === span.column)) dependencyErrors.push({ ...error, ...span });
  };
  // The walk visits every node (task bodies too): only for files that write either word.
  const declared = /\b(global|nonlocal)\b/.test(source) ? declaredNames(root) : new Set<string>();
  const reassigns = /\.\s*(trigger_rule|is_setup|is_teardown|_is_setup|_is_teardown)\s*=[^=]/.test(source);
  const walrus = source.includes(":=");
  // A teardown decorator's kwargs, or a DAG's default_args, changed in place: not followed.
  const kwargsTouched = /\.\s*kwargs\b/.test(source);
  const defaultsTouched = /\.\s*default_args\b/.test(source);
  const moduleFrame = makeFrame(root, null, declared, walrus);

  const triggerRuleOf = (node: Node | undefined, st?: State): (SourceSpan & { value: string }) | undefined => {
    if (!node) return undefined;
    if (node.type === "identifier" && st) {
      // A constant bound once (`RULE = TriggerRule.ALL_DONE`): its value, at the use.
      const bound = lookup(st.frame, node.text);
      const rule = bound?.kind === "const" && bound.node.type !== "identifier" ? triggerRuleOf(bound.node) : undefined;
      return rule ? { ...rule, ...spanOf(node) } : undefined;
    }
    const text = literalString(node);
    if (text !== undefined) return { value: text, ...spanOf(node) };
    const written = calleeName(node);
    if (written && node.type === "attribute") {
      const resolved = resolve(written);
      if (resolved.startsWith(`${TRIGGER_RULE_CLASS}.`)) {
        const member = resolved.slice(TRIGGER_RULE_CLASS.length + 1);
        if (/^[A-Z_]+$/.test(member)) return { value: member.toLowerCase(), ...spanOf(node) };
      }
    }
    return undefined;
  };

  const newDag = (dagId: string | undefined, line: number, failStop: boolean, bagged: boolean, defaultRule?: Rule): number => {
    graphs.push({ ...(dagId !== undefined ? { dagId } : {}), line, ...(failStop ? { failStop: true as const } : {}), tasks: [], edges: [], bagged, used: new Map(), ...(defaultRule ? { defaultRule } : {}) });
    return graphs.length - 1;
  };

  /**
   * A new task. `ownDefaults`: the call gives a trigger_rule or default_args of its own (or its TaskGroup does), so the
   * DAG's default_args trigger_rule does not apply (BaseOperator's apply_defaults and get_merged_defaults at 2.10.5).
   */
  const newTask = (dag: number | undefined, label: string, at: Node, rule: Rule | undefined, decorated: boolean, role?: "setup" | "teardown", ownDefaults = false): number => {
    // A task outside any known DAG is kept (index -1 graph) so that edges to it are dropped.
    const index = taskDag.length;
    taskDag.push(dag ?? -1);
    taskAt.set(at.startIndex, index);
    if (dag === undefined) {
      taskIndex.push(-1);
      return index;
    }
    const graph = graphs[dag] as (typeof graphs)[number];
    // A teardown function's call gives trigger_rule=ALL_DONE_SETUP_SUCCESS itself.
    const defaulted = !rule && !ownDefaults && role !== "teardown" && graph.defaultRule;
    if (defaulted) rule = graph.defaultRule;
    let key = label;
    if (decorated) {
      // DecoratedOperator's get_unique_task_id: a reused @task id gets `__1`, `__2`...
      const seen = graph.used.get(label) ?? 0;
      graph.used.set(label, seen + 1);
      if (seen > 0) key = `${label}__${seen}`;
    }
    taskIndex.push(graph.tasks.length);
    graph.tasks.push({ label: key, ...spanOf(at), ...(rule ? { triggerRule: rule } : {}), ...(defaulted ? { defaulted: true as const } : {}), ...(role ? { [role]: true as const } : {}), ...(reassigns ? { changed: true as const } : {}) });
    return index;
  };
  /** The graph's entry of a task, if it is in a known DAG. */
  const entry = (task: number): TaskGraph["tasks"][number] | undefined => graphs[taskDag[task] as number]?.tasks[taskIndex[task] as number];
  /** Tasks given to code not read here may have their trigger_rule or role changed. */
  const escape = (operands: Operand[]): void => {
    for (const operand of operands) for (const task of operand?.tasks ?? []) Object.assign(entry(task) ?? {}, { changed: true });
  };

  const seenEdges = new Set<string>();
  const addEdge = (from: number, to: number, at: Node): void => {
    const dag = taskDag[from];
    const other = taskDag[to];
    if (dag !== undefined && other !== undefined && dag >= 0 && other >= 0 && dag !== other) {
      // _set_relatives: tasks of two DAGs (DAGs with different dag_ids are never equal).
      const ids = [graphs[dag]?.dagId, graphs[other]?.dagId];
      if (ids[0] !== undefined && ids[1] !== undefined && ids[0] !== ids[1]) dependencyError({ problem: "dags", dagIds: ids as string[] }, at);
    }
    if (dag === undefined || dag < 0 || other !== dag) return;
    const graph = graphs[dag] as (typeof graphs)[number];
    const edge = { from: taskIndex[from] as number, to: taskIndex[to] as number, line: at.startPosition.row + 1, column: at.startPosition.column + 1 };
    const key = `${dag}:${edge.from}:${edge.to}`;
    if (seenEdges.has(key)) return;
    seenEdges.add(key);
    graph.edges.push(edge);
  };
  const connect = (up: number[], down: number[], at: Node): void => {
    for (const u of up) for (const d of down) addEdge(u, d, at);
  };

  const dagOfKeyword = (value: Node | undefined, st: State): number | undefined | null => {
    if (!value) return st.dag;
    if (value.type === "identifier") {
      const bound = lookup(st.frame, value.text);
      if (bound?.kind === "dag") return bound.dag;
    }
    return null;
  };

  /**
   * A teardown function called (directly, `.expand(...)`) or copied and called (`.override(...)(...)`,
   * `.partial(...).expand(...)`): _TaskDecorator.__call__/expand write trigger_rule into the decorator's kwargs on the
   * first call and refuse it on any later one (airflow/decorators/base.py at 2.10.5); a copy made before the first
   * call does not touch the original.
   */
  const useTeardown = (fn: TaskFunction, at: Node, copy: boolean): void => {
    if (!fn.teardown || fn.broken || kwargsTouched || reassigns) return;
    if (fn.used !== undefined) {
      teardownRules.push({ function: fn.name, problem: "reused", firstLine: fn.used, ...spanOf(at) });
      fn.broken = true;
    } else if (!copy) fn.used = at.startPosition.row + 1;
  };

  /**
   * A `@task` function's call (or `.expand(...)`): one task, and edges from the XComArgs given to it (`extra`: those of
   * a `.partial(...)` before `.expand(...)`).
   */
  const callTaskFunction = (fn: TaskFunction, call: Node, at: Node, st: State, override?: Node, extra: Operand[] = []): Operand => {
    const args = callArguments(call);
    const values = [...args.positional, ...args.keywords.values()];
    const inputs = [...extra, ...values.map((v) => evaluate(v, st))];
    let taskId = fn.taskId;
    let rule = fn.triggerRule;
    let dag: number | undefined | null = st.dag;
    let ownDefaults = !!fn.ownDefaults || !!st.groupDefaults;
    if (override) {
      const o = callArguments(override);
      for (const v of o.keywords.values()) evaluate(v, st);
      if (o.splat) return undefined;
      if (o.keywords.has("default_args")) ownDefaults = true;
      const id = o.keywords.get("task_id");
      if (id) {
        const text = literalString(id);
        if (text === undefined) return undefined;
        taskId = text;
      }
      const ruleNode = o.keywords.get("trigger_rule");
      if (ruleNode) {
        if (fn.teardown) teardownRules.push({ function: fn.name, problem: "override", ...spanOf(ruleNode) });
        rule = triggerRuleOf(ruleNode, st);
        if (!rule) return undefined;
      }
      if (o.keywords.has("dag") || o.keywords.has("task_group")) dag = dagOfKeyword(o.keywords.get("dag"), st);
    }
    if (dag === null) dag = undefined;
    const task = newTask(dag, st.prefix + taskId, at, fn.teardown ? undefined : rule, true, fn.teardown ? "teardown" : fn.setup ? "setup" : undefined, ownDefaults);
    // DecoratedOperator's set_xcomargs_dependencies: every XComArg among op_args/op_kwargs becomes an upstream.
    inputs.forEach((input) => {
      if (input?.xcom) connect(input.tasks, [task], call);
    });
    return { tasks: [task], list: false, xcom: true };
  };

  /**
   * The Python type of a value that defines neither `>>` nor `<<` (nor their reflections): a list or tuple display, a
   * name bound once to one, a list comprehension, an uncalled `@task` function (a _TaskDecorator).
   */
  const operandType = (node: Node | null | undefined, st: State): string | undefined => {
    const value = unwrap(node);
    if (value?.type === "list" || value?.type === "list_comprehension") return "list";
    if (value?.type === "tuple") return "tuple";
    const bound = value?.type === "identifier" ? lookup(st.frame, value.text) : undefined;
    if (bound?.kind === "sequence") return bound.python;
    return bound?.kind === "taskfn" && !bound.fn.broken ? DECORATOR_TYPE : undefined;
  };

  /** Evaluates an expression for what it does to the graph and what it yields. */
  const evaluate = (node: Node | null | undefined, st: State): Operand => {
    if (!node) return undefined;
    switch (node.type) {
      case "identifier": {
        const value = lookup(st.frame, node.text);
        return value?.kind === "task" ? { tasks: [value.task], list: false, xcom: value.xcom } : undefined;
      }
      case "parenthesized_expression":
        return evaluate(node.namedChildren.find((c) => c.type !== "comment"), st);
      case "list":
      case "tuple": {
        const items = node.namedChildren.filter((c) => c.type !== "comment");
        const operands = items.map((item) => evaluate(item, st));
        if (operands.some((o) => !o || o.list)) return undefined;
        return { tasks: operands.flatMap((o) => (o as { tasks: number[] }).tasks), list: true, xcom: operands.every((o) => o?.xcom) };
      }
      case "binary_operator": {
        const operator = node.childForFieldName("operator")?.type;
        const left = evaluate(node.childForFieldName("left"), st);
        const right = evaluate(node.childForFieldName("right"), st);
        if (operator !== ">>" && operator !== "<<") return undefined;
        const at = node.childForFieldName("operator") ?? node;
        // Lists, tuples and _TaskDecorator define neither operator nor its reflection: TypeError whatever they hold.
        const types = [operandType(node.childForFieldName("left"), st), operandType(node.childForFieldName("right"), st)];
        if (types[0] && types[1]) return void dependencyError({ problem: "operands", operator, types: types as string[] }, at);
        // A task's __rshift__/__rrshift__ (set_downstream/set_upstream) calls update_relative on the uncalled function.
        const fnSide = types[0] === DECORATOR_TYPE ? node.childForFieldName("left") : types[1] === DECORATOR_TYPE ? node.childForFieldName("right") : undefined;
        const taskSide = types[0] === DECORATOR_TYPE ? right : left;
        if (fnSide && taskSide && !taskSide.list) return void dependencyError({ problem: "task-function", name: unwrap(fnSide)?.text ?? "" }, at);
        // DependencyMixin: `x >> y` returns y; a list on the left goes through y.__rrshift__ (list >> list is a TypeError).
        if (!left || !right || (left.list && right.list)) return undefined;
        if (operator === ">>") connect(left.tasks, right.tasks, at);
        else connect(right.tasks, left.tasks, at);
        return right;
      }
      case "attribute": {
        evaluate(node.childForFieldName("object"), st);
        if (node.childForFieldName("attribute")?.text === "output") {
          const object = node.childForFieldName("object");
          const value = object?.type === "identifier" ? lookup(st.frame, object.text) : undefined;
          if (value?.kind === "task") return { tasks: [value.task], list: false, xcom: true };
        }
        return undefined;
      }
      case "call":
        return evaluateCall(node, st);
      default:
        return undefined;
    }
  };

  const evaluateCall = (call: Node, st: State): Operand => {
    const fnNode = call.childForFieldName("function");
    const written = calleeName(fnNode);
    const args = callArguments(call);
    const evaluateArgs = (escapes = false): Operand[] => {
      const operands = [...args.positional, ...args.keywords.values()].map((v) => evaluate(v, st));
      if (escapes) escape(operands);
      return operands;
    };
    // f.override(...)(...): the override call is the callee.
    if (fnNode?.type === "call") {
      const inner = fnNode.childForFieldName("function");
      if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override") {
        const object = inner.childForFieldName("object");
        const value = object?.type === "identifier" ? lookup(st.frame, object.text) : undefined;
        if (value?.kind === "taskfn") {
          // .override(trigger_rule=...) of a teardown is reported as such.
          if (!callArguments(fnNode).keywords.has("trigger_rule")) useTeardown(value.fn, object as Node, true);
          return args.splat ? void evaluateArgs(true) : callTaskFunction(value.fn, call, object as Node, st, fnNode);
        }
      }
      evaluate(fnNode, st);
      evaluateArgs(true);
      return undefined;
    }
    // Methods on a task: set_downstream/set_upstream, as_setup/as_teardown (return the task).
    if (fnNode?.type === "attribute") {
      const object = fnNode.childForFieldName("object");
      const method = fnNode.childForFieldName("attribute")?.text;
      if (object && method && ["set_downstream", "set_upstream", "as_setup", "as_teardown"].includes(method)) {
        const self = evaluate(object, st);
        const operands = evaluateArgs();
        if (!self || self.list) return undefined;
        if (method === "set_downstream" || method === "set_upstream") {
          const other = args.positional.length === 1 && args.keywords.size === 0 && !args.splat ? operands[0] : undefined;
          const given = args.positional.length === 1 && !args.splat ? args.positional[0] : undefined;
          if (operandType(given, st) === DECORATOR_TYPE) dependencyError({ problem: "task-function", name: unwrap(given)?.text ?? "" }, fnNode);
          else if (other && method === "set_downstream") connect(self.tasks, other.tasks, fnNode);
          else if (other) connect(other.tasks, self.tasks, fnNode);
          return undefined;
        }
        if (method === "as_teardown") {
          const setups = args.keywords.get("setups");
          const value = setups ? operands[[...args.keywords.keys()].indexOf("setups") + args.positional.length] : undefined;
          if (value) connect(value.tasks, self.tasks, fnNode);
          // as_teardown sets is_setup on what it is given (a name bound to a task, or a list of such names): an operator,
          // or a @task's XComArg, whose is_setup setter sets its operator's (models/xcom_arg.py at 2.10.5).
          const items = setups?.type === "list" ? setups.namedChildren.filter((c) => c.type !== "comment") : setups ? [setups] : [];
          const operators = items.map((item) => (item.type === "identifier" ? lookup(st.frame, item.text) : undefined));
          if (value && operators.length && operators.every((o) => o?.kind === "task")) {
            for (const o of operators) Object.assign(entry((o as { task: number }).task) ?? {}, { setup: true });
          } else if (value) escape([value]);
        }
        for (const task of self.tasks) Object.assign(entry(task) ?? {}, method === "as_setup" ? { setup: true } : { teardown: true });
        return self;
      }
    }
    // Mapped tasks: `f.expand(...)`, `f.override(...)/.partial(...).expand(...)`, `Operator.partial(...).expand(...)`.
    if (fnNode?.type === "attribute") {
      const method = fnNode.childForFieldName("attribute")?.text;
      const object = fnNode.childForFieldName("object");
      if (object && (method === "expand" || method === "expand_kwargs")) {
        const mapped = mappedTask(object, call, method, st);
        if (mapped !== false) return mapped;
      }
    }
    // Any other method of a task may change it; a call of a call, a subscript... is not read.
    if (fnNode?.type === "attribute") escape([evaluate(fnNode.childForFieldName("object"), st)]);
    else if (!written) evaluate(fnNode, st);
    if (!written) {
      evaluateArgs(true);
      return undefined;
    }
    const value = fnNode?.type === "identifier" ? lookup(st.frame, written) : undefined;
    if (value?.kind === "task") {
      // Neither operators nor XComArgs define __call__: TypeError once the arguments are evaluated.
      evaluateArgs(true);
      const type = value.xcom ? "PlainXComArg" : taskClass[value.task];
      if (type) dependencyError({ problem: "not-callable", name: written, types: [type] }, fnNode as Node);
      return undefined;
    }
    if (value?.kind === "taskfn") {
      useTeardown(value.fn, fnNode as Node, false);
      return args.splat ? void evaluateArgs(true) : callTaskFunction(value.fn, call, fnNode as Node, st);
    }
    if (value?.kind === "dagfn") {
      evaluateArgs(true);
      runDagFunction(value.node, value.decorator, call, st);
      return undefined;
    }
    if (value?.kind === "fn") {
      evaluateArgs(true);
      // A DAG factory that module-level code calls (not from another function: no recursion).
      if (st.frame === moduleFrame) runFactory(value.node, st);
      return undefined;
    }
    // A local name that is no import shadows nothing of Airflow's.
    const resolved = shadowed(st.frame, written.split(".")[0] as string) ? written : resolve(written);
    if (CHAINS.has(resolved) || CROSS.has(resolved)) {
      const operands = evaluateArgs();
      if (args.splat || args.keywords.size) return undefined;
      if (CROSS.has(resolved)) {
        const [from, to] = operands;
        // `for task in from_tasks`: one task is no sequence (XComArg.__iter__ raises the same TypeError).
        const type = from && !from.list ? (from.xcom ? "XComArg" : taskClass[from.tasks[0] as number]) : undefined;
        if (type && operands.length === 2) dependencyError({ problem: "not-iterable", types: [type] }, args.positional[0] as Node);
        else if (operands.length === 2 && from?.list && to?.list) connect(from.tasks, to.tasks, fnNode as Node);
        return undefined;
      }
      // airflow/models/baseoperator.py chain at 2.10.5: task-task, task-list (each), list-list (pairwise, same length).
      for (let i = 0; i + 1 < operands.length; i++) {
        const up = operands[i];
        const down = operands[i + 1];
        const lengths = [sequenceOf(args.positional[i], st), sequenceOf(args.positional[i + 1], st)];
        if (lengths[0] !== undefined && lengths[1] !== undefined && lengths[0] !== lengths[1]) {
          dependencyError({ problem: "chain-lengths", lengths: lengths as number[] }, fnNode as Node);
          break;
        }
        // A task next to an uncalled @task function: set_downstream/set_upstream calls update_relative on it.
        const fnAt = up && !up.list && operandType(args.positional[i + 1], st) === DECORATOR_TYPE ? i + 1 : down && !down.list && operandType(args.positional[i], st) === DECORATOR_TYPE ? i : undefined;
        if (fnAt !== undefined) {
          dependencyError({ problem: "task-function", name: unwrap(args.positional[fnAt])?.text ?? "" }, fnNode as Node);
          break;
        }
        if (!up || !down) continue;
        if (up.list && down.list) {
          if (up.tasks.length !== down.tasks.length) break;
          up.tasks.forEach((u, k) => connect([u], [down.tasks[k] as number], fnNode as Node));
        } else connect(up.tasks, down.tasks, fnNode as Node);
      }
      return undefined;
    }
    if (OPERATOR_CLASS.test(resolved)) {
      evaluateArgs(true);
      if (args.splat) return undefined;
      const task = operatorTask(args.keywords, call, fnNode as Node, st, resolved.slice(resolved.lastIndexOf(".") + 1));
      return { tasks: [task], list: false, xcom: false };
    }
    evaluateArgs(true);
    return undefined;
  };

  /** A classic operator's task, from the keywords of its call (or of `.partial(...)`). */
  const operatorTask = (keywords: Map<string, Node>, call: Node, at: Node, st: State, className: string): number => {
    const id = literalString(keywords.get("task_id"));
    const dag = keywords.has("task_group") ? null : dagOfKeyword(keywords.get("dag"), st);
    const bound = call.parent?.type === "assignment" && call.parent.childForFieldName("left")?.type === "identifier" ? call.parent.childForFieldName("left")?.text : undefined;
    const label = id !== undefined ? st.prefix + id : (bound ?? `the task at line ${call.startPosition.row + 1}`);
    const ownDefaults = keywords.has("trigger_rule") || keywords.has("default_args") || !!st.groupDefaults;
    const task = newTask(dag ?? undefined, label, at, triggerRuleOf(keywords.get("trigger_rule"), st), false, undefined, ownDefaults);
    taskClass[task] = className;
    return task;
  };

  /**
   * `object.expand(...)`/`.expand_kwargs(...)`: a mapped task of a `@task` function (`f`, `f.override(...)`,
   * `f.partial(...)`) or of an operator's `.partial(...)`; false when the object is none of these (then read as any
   * other method call).
   */
  const mappedTask = (object: Node, call: Node, method: string, st: State): Operand | false => {
    if (object.type === "identifier") {
      const value = lookup(st.frame, object.text);
      if (value?.kind !== "taskfn") return false;
      // expand_kwargs neither checks nor writes a teardown's trigger_rule.
      if (method === "expand") useTeardown(value.fn, object, false);
      return callTaskFunction(value.fn, call, object, st);
    }
    if (object.type !== "call") return false;
    const callee = object.childForFieldName("function");
    const kind = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
    const owner = callee?.childForFieldName("object");
    if ((kind !== "override" && kind !== "partial") || !owner) return false;
    const inner = callArguments(object);
    if (owner.type === "identifier") {
      const value = lookup(st.frame, owner.text);
      if (value?.kind === "taskfn") {
        if (method === "expand" && !inner.keywords.has("trigger_rule")) useTeardown(value.fn, owner, true);
        if (kind === "override") return callTaskFunction(value.fn, call, owner, st, object);
        // f.partial(...): its arguments are op_kwargs, their XComArgs upstreams too.
        const extra = [...inner.positional, ...inner.keywords.values()].map((v) => evaluate(v, st));
        return inner.splat ? void escape(extra) : callTaskFunction(value.fn, call, owner, st, undefined, extra);
      }
    }
    const written = kind === "partial" ? calleeName(owner) : undefined;
    if (!written || shadowed(st.frame, written.split(".")[0] as string) || !OPERATOR_CLASS.test(resolve(written))) return false;
    // BaseOperator.partial: the FailStop check runs when the mapped operator joins its DAG (DAG.add_task).
    escape([...inner.positional, ...inner.keywords.values()].map((v) => evaluate(v, st)));
    escape([...callArguments(call).positional, ...callArguments(call).keywords.values()].map((v) => evaluate(v, st)));
    if (inner.splat) return undefined;
    return { tasks: [operatorTask(inner.keywords, call, owner, st, "MappedOperator")], list: false, xcom: false };
  };

  /** A name a function scope binds hides the module's import of it. */
  const shadowed = (frame: Frame, name: string): boolean => {
    for (let f: Frame | undefined = frame; f && f !== moduleFrame; f = f.parent) if (f.bound.has(name)) return true;
    return false;
  };

  /** Task functions: Airflow's task decorators only (any other decorator wraps them in the unknown). */
  const taskFunction = (definition: Node, decorators: Node[], st: State): TaskFunction | "other" | undefined => {
    const name = definition.childForFieldName("name")?.text;
    if (!name || !decorators.length) return undefined;
    const fn: TaskFunction = { name, taskId: name, setup: false, teardown: false };
    let known = true;
    // Decorator expressions are evaluated top-down before any is applied: the first that fails is reported.
    let reported = false;
    for (const [index, decorator] of decorators.entries()) {
      const expression = decorator.namedChildren.find((c) => c.type !== "comment");
      const call = expression?.type === "call" ? expression : undefined;
      const written = calleeName(call ? call.childForFieldName("function") : expression);
      const resolved = written ? resolve(written) : "";
      if (!TASK_DECORATOR.test(resolved)) return "other";
      const a = call ? callArguments(call) : undefined;
      // Under another decorator, setup/teardown wrap a _TaskDecorator (or fail): no reuse is judged.
      if ((resolved === "airflow.decorators.setup" || resolved === "airflow.decorators.teardown") && index > 0) fn.broken = true;
      if (resolved === "airflow.decorators.setup") {
        fn.setup = true;
        // setup_task(func) takes the function only: `@setup()` and `@setup(retries=1)` fail when decorating.
        if (call && a && !a.positional.length && !a.splat) {
          const keyword = [...a.keywords.keys()][0];
          if (!reported) teardownRules.push({ function: name, problem: "setup-call", ...(keyword !== undefined ? { keyword } : {}), ...spanOf(call) });
          reported = true;
        }
      }
      if (resolved === "airflow.decorators.teardown") {
        fn.teardown = true;
        const rule = a?.keywords.get("trigger_rule");
        // teardown_task(_func=None, *, on_failure_fail_dagrun=False): any other keyword is a TypeError.
        const other = a && !a.splat && !a.positional.length ? [...a.keywords.keys()].find((k) => k !== "on_failure_fail_dagrun") : undefined;
        if (rule && !reported) teardownRules.push({ function: name, problem: "decorator", ...spanOf(rule) });
        else if (other !== undefined && !reported) teardownRules.push({ function: name, problem: "decorator", keyword: other, ...spanOf(a?.keywords.get(other) as Node) });
        if (rule || other !== undefined) reported = true;
        continue;
      }
      if (!call || !a) continue;
      const id = a.keywords.get("task_id");
      const idText = literalString(id);
      if (id && idText !== undefined) fn.taskId = idText;
      const rule = a.keywords.get("trigger_rule");
      const value = rule ? triggerRuleOf(rule, st) : undefined;
      if (value) fn.triggerRule = value;
      if (a.keywords.has("default_args")) fn.ownDefaults = true;
      if (a.splat || (id && idText === undefined) || (rule && !value) || a.keywords.has("dag") || a.keywords.has("task_group")) known = false;
    }
    // A teardown given a trigger_rule by @task(...) fails on its first call already.
    if (reported || (fn.teardown && fn.triggerRule)) fn.broken = true;
    return known ? fn : "other";
  };

  const bind = (name: string, value: Value | undefined, st: State): void => {
    if (st.frame.once.has(name) && value) st.frame.env.set(name, value);
  };

  const dagArguments = (call: Node, st: State): { dagId?: string; failStop: boolean; open: boolean; autoRegister: boolean; defaultRule?: Rule } => {
    const a = callArguments(call);
    const idNode = a.keywords.get("dag_id") ?? a.positional[0];
    let failStop = a.keywords.get("fail_stop");
    if (failStop?.type === "identifier") {
      // A module constant bound once (`FAIL_STOP = True`).
      const bound = lookup(st.frame, failStop.text);
      failStop = bound?.kind === "const" ? bound.node : undefined;
    }
    const defaultRule = a.splat ? undefined : defaultArgsRule(a.keywords.get("default_args"), st);
    return { dagId: literalString(idNode), failStop: failStop?.type === "true", open: a.splat, autoRegister: !a.splat && !a.keywords.has("auto_register"), ...(defaultRule ? { defaultRule } : {}) };
  };

  /** The trigger_rule of a literal `default_args={..., "trigger_rule": ...}` (none after a `**` splat). */
  const defaultArgsRule = (node: Node | undefined, st: State): Rule | undefined => {
    if (node?.type !== "dictionary" || defaultsTouched) return undefined;
    let rule: Rule | undefined;
    for (const item of node.namedChildren) {
      if (item.type === "comment") continue;
      if (item.type !== "pair") return undefined;
      const key = literalString(item.childForFieldName("key"));
      if (key === undefined) return undefined;
      if (key === "trigger_rule") {
        rule = triggerRuleOf(item.childForFieldName("value") ?? undefined, st);
        if (!rule) return undefined;
      }
    }
    return rule;
  };

  /** An `@dag` function called: its body runs in a DAG of its own. */
  const runDagFunction = (definition: Node, decorator: Node, call: Node, st: State): void => {
    const settings = decorator.type === "call" ? dagArguments(decorator, st) : { failStop: false, open: false, autoRegister: true };
    const name = definition.childForFieldName("name")?.text;
    // `dag_id=` in @dag(...) or the function's name; `fail_stop=` by position is not read.
    const decoratorArgs = decorator.type === "call" ? callArguments(decorator) : undefined;
    const dagId = decoratorArgs?.keywords.has("dag_id") ? literalString(decoratorArgs.keywords.get("dag_id")) : decoratorArgs?.positional.length ? undefined : name;
    const bagged = settings.autoRegister && st.frame === moduleFrame;
    const dag = newDag(dagId, call.startPosition.row + 1, settings.failStop, bagged, "defaultRule" in settings ? settings.defaultRule : undefined);
    const body = definition.childForFieldName("body");
    if (!body) return;
    const frame = makeFrame(body, definition.childForFieldName("parameters"), declared, walrus, moduleFrame);
    const inner: State = { frame, dag, prefix: "" };
    runBlock(body, inner, true);
  };

  const runWith = (statement: Node, st: State, inFunction: boolean): void => {
    const items = statement.namedChildren.find((c) => c.type === "with_clause")?.namedChildren.filter((c) => c.type === "with_item") ?? [];
    const body = statement.childForFieldName("body");
    if (items.length !== 1 || !body) return void items.forEach((i) => evaluate(i.childForFieldName("value"), st));
    const value = (items[0] as Node).childForFieldName("value");
    const target = value?.type === "as_pattern" ? value.childForFieldName("alias") : undefined;
    const alias = target?.namedChildren[0]?.type === "identifier" ? target.namedChildren[0].text : undefined;
    const expression = value?.type === "as_pattern" ? value.namedChildren[0] : value;
    if (target && !alias) return;
    if (expression?.type === "identifier") {
      const bound = lookup(st.frame, expression.text);
      if (bound?.kind === "dag" && !alias) runBlock(body, { ...st, dag: bound.dag }, inFunction);
      return;
    }
    if (expression?.type !== "call") return;
    const written = calleeName(expression.childForFieldName("function"));
    const resolved = written ? resolve(written) : "";
    if (DAG_CLASSES.has(resolved) && (!inFunction || st.factory)) {
      const settings = dagArguments(expression, st);
      // Bagged when auto-registered (the default) or held in a module global.
      const bagged = settings.autoRegister || (!inFunction && !!alias && st.frame.once.has(alias));
      const dag = newDag(settings.dagId, expression.startPosition.row + 1, settings.failStop, bagged, settings.defaultRule);
      if (alias) bind(alias, { kind: "dag", dag }, st);
      runBlock(body, { ...st, dag, groupDefaults: false }, inFunction);
      return;
    }
    if (TASK_GROUP_CLASSES.has(resolved) && st.dag !== undefined) {
      const a = callArguments(expression);
      for (const v of [...a.positional, ...a.keywords.values()]) evaluate(v, st);
      const id = literalString(a.keywords.get("group_id") ?? a.positional[0]);
      if (a.splat || id === undefined || a.keywords.has("dag") || a.keywords.has("parent_group")) return;
      const prefix = a.keywords.get("prefix_group_id")?.type === "false" ? st.prefix : `${st.prefix}${id}.`;
      runBlock(body, { ...st, prefix, groupDefaults: st.groupDefaults || a.keywords.has("default_args") }, inFunction);
      return;
    }
    const callee = expression.childForFieldName("function");
    if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "as_teardown" && st.dag !== undefined) runTeardownContext(expression, body, st, inFunction);
  };

  /**
   * `with op.as_teardown(setups=s): ...`: on exit SetupTeardownContext.set_work_task_roots_and_leaves puts the setups
   * upstream of the work tasks made in the block that have no upstream (airflow/utils/setup_teardown.py at 2.10.5).
   * Read for tasks certain to be such roots: made by a statement of the block itself, by a call given only constants
   * (no XComArg), and never named again in the block.
   */
  const runTeardownContext = (expression: Node, body: Node, st: State, inFunction: boolean): void => {
    const teardown = evaluate(expression, st);
    const setupsNode = callArguments(expression).keywords.get("setups");
    const setup = setupsNode?.type === "identifier" ? lookup(st.frame, setupsNode.text) : undefined;
    const nested = st.setupContext || body.namedChildren.some((c) => c.type === "with_statement");
    runBlock(body, { ...st, setupContext: true }, inFunction);
    if (nested || !teardown || teardown.list || setup?.kind !== "task" || !entry(setup.task)?.setup) return;
    const constant = (node: Node): boolean => {
      if (["integer", "float", "true", "false", "none"].includes(node.type) || literalString(node) !== undefined) return true;
      if (node.type === "identifier") return ["fn", "const"].includes(lookup(st.frame, node.text)?.kind ?? "");
      return node.type === "attribute" && !!triggerRuleOf(node);
    };
    for (const statement of body.namedChildren) {
      const expr = statement.type === "expression_statement" ? statement.namedChildren[0] : undefined;
      const left = expr?.type === "assignment" ? expr.childForFieldName("left") : undefined;
      const made = expr?.type === "assignment" ? expr.childForFieldName("right") : expr;
      if (made?.type !== "call" || (expr?.type === "assignment" && left?.type !== "identifier")) continue;
      const task = taskAt.get(made.startIndex);
      const item = task !== undefined ? entry(task) : undefined;
      if (task === undefined || !item || item.setup || item.teardown || made.childForFieldName("function")?.type === "call") continue;
      const args = callArguments(made);
      if (args.splat || ![...args.positional, ...args.keywords.values()].every(constant)) continue;
      if (left && mentions(body, left.text) !== 1) continue;
      connect([setup.task], [task], made);
    }
  };

  /** The items of a list or tuple literal without `*` splats. */
  const sequenceLength = (node: Node): number | undefined => {
    const items = node.namedChildren.filter((c) => c.type !== "comment");
    return items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat") ? undefined : items.length;
  };

  /**
   * The length of a list or tuple display without `*` splats, or of a name bound once to one and named nowhere else in
   * the file but here (nothing can append to it).
   */
  const sequenceOf = (node: Node | undefined, st: State): number | undefined => {
    const value = unwrap(node);
    if (value?.type === "list" || value?.type === "tuple") return sequenceLength(value);
    if (value?.type !== "identifier") return undefined;
    const bound = lookup(st.frame, value.text);
    if (bound?.kind !== "sequence") return undefined;
    return bound.length >= 0 && source.match(new RegExp(`\\b${value.text}\\b`, "g"))?.length === 2 ? bound.length : undefined;
  };

  /** How often a `for` loop certainly runs: over a literal, `range(...)` of literals, or a name bound once to a literal. */
  const loopRuns = (iterable: Node | null, st: State): number => {
    if (!iterable) return 0;
    if (iterable.type === "list" || iterable.type === "tuple") return sequenceLength(iterable) ?? 0;
    if (iterable.type === "identifier") {
      const value = lookup(st.frame, iterable.text);
      // Changed in place or handed elsewhere only through its name: named just at its binding and here.
      const named = source.match(new RegExp(`\\b${iterable.text}\\b`, "g"))?.length ?? 0;
      return value?.kind === "sequence" && named === 2 ? value.length : 0;
    }
    if (iterable.type !== "call" || iterable.childForFieldName("function")?.text !== "range" || shadowed(st.frame, "range") || moduleFrame.bound.has("range")) return 0;
    const args = callArguments(iterable);
    const numbers = args.positional.map((a) => (a.type === "integer" && /^\d+$/.test(a.text) ? Number(a.text) : NaN));
    if (args.splat || args.keywords.size || numbers.some(Number.isNaN)) return 0;
    if (numbers.length === 1) return numbers[0] as number;
    if (numbers.length === 2) return (numbers[1] as number) - (numbers[0] as number);
    return 0;
  };

  /**
   * A module-level `for` loop that certainly runs twice and, in straight-line code of its body (`with` blocks too), calls
   * a teardown function: its second pass calls it again (ValueError: Trigger rule not configurable for teardown tasks.).
   * The loop is not read otherwise.
   */
  const teardownInLoop = (loop: Node, st: State): void => {
    if (kwargsTouched || reassigns || loopRuns(loop.childForFieldName("right"), st) < 2) return;
    const loopNames: string[] = [];
    targetNames(loop.childForFieldName("left"), loopNames);
    const scan = (block: Node): boolean => {
      for (const statement of block.namedChildren) {
        if (statement.type === "comment" || statement.type === "pass_statement") continue;
        if (statement.type === "with_statement") {
          const body = statement.childForFieldName("body");
          if (!body || scan(body)) return true;
          continue;
        }
        if (statement.type !== "expression_statement") return true;
        const found = teardownCall(statement.namedChildren[0]);
        if (!found) continue;
        teardownRules.push({ function: found.fn.name, problem: "reused", firstLine: found.fn.used ?? found.callee.startPosition.row + 1, ...spanOf(found.callee) });
        found.fn.broken = true;
        return true;
      }
      return false;
    };
    /** A direct teardown function call the expression certainly makes (through `>>`, lists, arguments, assignment). */
    const teardownCall = (node: Node | null | undefined): { fn: TaskFunction; callee: Node } | undefined => {
      if (!node) return undefined;
      if (node.type === "call") {
        const callee = node.childForFieldName("function");
        const value = callee?.type === "identifier" && !loopNames.includes(callee.text) ? lookup(st.frame, callee.text) : undefined;
        if (value?.kind === "taskfn" && value.fn.teardown && !value.fn.broken) {
          // Its arguments run first.
          for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
            const inner = teardownCall(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
            if (inner) return inner;
          }
          return { fn: value.fn, callee: callee as Node };
        }
        if (callee?.type === "attribute") {
          const inner = teardownCall(callee.childForFieldName("object"));
          if (inner) return inner;
        }
        for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
          const inner = teardownCall(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
          if (inner) return inner;
        }
        return undefined;
      }
      if (node.type === "assignment") return teardownCall(node.childForFieldName("right"));
      if (["binary_operator", "parenthesized_expression", "list", "tuple", "expression_list"].includes(node.type)) {
        for (const child of node.namedChildren) {
          const inner = teardownCall(child);
          if (inner) return inner;
        }
      }
      return undefined;
    };
    const body = loop.childForFieldName("body");
    // A loop that may stop after its first pass is not judged.
    if (body && !loop.childForFieldName("alternative") && !/\b(break|raise|exit|quit|_exit)\b/.test(body.text)) scan(body);
  };

  /** How often a block names an identifier (its own statements only are walked: a `with` block's body). */
  const mentions = (node: Node, name: string): number => (node.type === "identifier" ? (node.text === name ? 1 : 0) : node.namedChildren.reduce((n, c) => n + mentions(c, name), 0));

  /** Frames of plain functions, by definition (their bindings are the same on every call). */
  const factoryFrames = new Map<number, Frame>();
  /** A plain function module-level code calls: its straight-line code runs in the caller's DAG context. */
  const runFactory = (definition: Node, st: State): void => {
    const body = definition.childForFieldName("body");
    // An async function's or a generator's call does not run its body.
    if (!body || /^async\b/.test(definition.text) || /\byield\b/.test(body.text)) return;
    let frame = factoryFrames.get(definition.startIndex);
    if (!frame) {
      frame = makeFrame(body, definition.childForFieldName("parameters"), declared, walrus, moduleFrame);
      factoryFrames.set(definition.startIndex, frame);
    }
    runBlock(body, { ...st, frame: { ...frame, env: new Map() }, factory: true }, true);
  };

  /** Runs a block's statements in order, up to the first that may return (in a function) or that is not read. */
  const runBlock = (block: Node, st: State, inFunction: boolean): void => {
    for (const statement of block.namedChildren) {
      switch (statement.type) {
        case "comment":
        case "pass_statement":
        case "import_statement":
        case "import_from_statement":
        case "class_definition":
          if (statement.namedChildren.some((c) => c.type === "wildcard_import")) st.frame.env.clear();
          continue;
        case "expression_statement": {
          const expression = statement.namedChildren[0];
          if (expression?.type === "assignment") {
            const left = expression.childForFieldName("left");
            const right = expression.childForFieldName("right");
            if (expression.childForFieldName("type") && !right) continue;
            if (right?.type === "call" && left?.type === "identifier" && !inFunction) {
              // `dag = DAG(...)` at module level: tasks join it by dag=dag (or `with dag:`).
              const written = calleeName(right.childForFieldName("function"));
              if (written && DAG_CLASSES.has(resolve(written))) {
                const settings = dagArguments(right, st);
                bind(left.text, { kind: "dag", dag: newDag(settings.dagId, right.startPosition.row + 1, settings.failStop, true, settings.defaultRule) }, st);
                continue;
              }
            }
            // Constants (`RULE = TriggerRule.ALL_DONE`, `FAIL_STOP = True`), read where they are used.
            if (left?.type === "identifier" && right && (right.type === "true" || right.type === "false" || literalString(right) !== undefined || (right.type === "attribute" && triggerRuleOf(right)))) {
              bind(left.text, { kind: "const", node: right }, st);
              continue;
            }
            const value = evaluate(right, st);
            if (left?.type === "identifier" && value && !value.list && value.tasks.length === 1) bind(left.text, { kind: "task", task: value.tasks[0] as number, xcom: !!value.xcom }, st);
            else if (left?.type === "identifier" && (right?.type === "list" || right?.type === "tuple")) bind(left.text, { kind: "sequence", length: sequenceLength(right) ?? -1, python: right.type }, st);
          } else evaluate(expression, st);
          continue;
        }
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          if (definition?.type !== "function_definition") continue;
          const decorators = statement.namedChildren.filter((c) => c.type === "decorator");
          const name = definition.childForFieldName("name")?.text;
          if (!name) continue;
          const first = decorators[0]?.namedChildren.find((c) => c.type !== "comment");
          const dagWritten = calleeName(first?.type === "call" ? first.childForFieldName("function") : first);
          if (decorators.length === 1 && first && dagWritten && DAG_DECORATORS.has(resolve(dagWritten)) && !inFunction) {
            bind(name, { kind: "dagfn", node: definition, decorator: first }, st);
            continue;
          }
          const fn = taskFunction(definition, decorators, st);
          if (fn && fn !== "other") bind(name, { kind: "taskfn", fn }, st);
          continue;
        }
        case "function_definition": {
          // Module functions: DAG factories and helpers module-level code calls.
          const name = statement.childForFieldName("name")?.text;
          if (name && st.frame === moduleFrame) bind(name, { kind: "fn", node: statement }, st);
          continue;
        }
        case "with_statement":
          // Its statements up to a return it may take still run (runBlock stops there).
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return void runWith(statement, st, inFunction);
          runWith(statement, st, inFunction);
          continue;
        default:
          // if/for/while/try/match...: not read; in a function, code after a possible return may not run.
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return;
          if (statement.type === "for_statement" && !inFunction) teardownInLoop(statement, st);
          if (statement.type === "return_statement" || statement.type === "raise_statement") return;
      }
    }
  };

  runBlock(root, { frame: moduleFrame, prefix: "" }, false);
  const kept = graphs
    .filter((g) => g.bagged && (g.edges.length || (g.failStop && g.tasks.some((t) => t.triggerRule))))
    .map(({ bagged: _bagged, used: _used, defaultRule: _defaultRule, ...graph }) => graph);
  return { graphs: kept, teardownRules, dependencyErrors };
}
