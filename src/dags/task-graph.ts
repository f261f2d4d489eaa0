import type { SyntaxNode as Node } from "./syntax-tree.js";
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
    /** A setup task (`@setup`, `.as_setup()`). */
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
 * A teardown task given a trigger_rule (FileInventory.teardownRules): `@teardown(trigger_rule=...)` fails when the
 * function is decorated (TypeError: teardown_task() got an unexpected keyword argument 'trigger_rule'), and
 * `.override(trigger_rule=...)` of a teardown function when it is called (ValueError: Trigger rule not configurable for
 * teardown tasks; airflow/decorators/setup_teardown.py and base.py at 2.10.5). The span is the keyword's.
 */
export interface TeardownRule extends SourceSpan {
  function: string;
  problem: "decorator" | "override";
}

type Resolve = (written: string) => string;

interface TaskFunction {
  name: string;
  taskId: string;
  teardown: boolean;
  setup: boolean;
  triggerRule?: SourceSpan & { value: string };
}

type Value =
  | { kind: "task"; task: number; xcom: boolean }
  | { kind: "dag"; dag: number }
  | { kind: "taskfn"; fn: TaskFunction }
  | { kind: "dagfn"; node: Node; decorator: Node };

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

const spanOf = (node: Node): SourceSpan => ({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 });

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

/** The callee of a call as dotted text (`airflow.DAG`), or undefined. */
function dotted(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = dotted(node.childForFieldName("object"));
    const attr = node.childForFieldName("attribute")?.text;
    return object && attr ? `${object}.${attr}` : undefined;
  }
  return undefined;
}

function callArgs(call: Node): { positional: Node[]; keywords: Map<string, Node>; splat: boolean } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  let splat = false;
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") splat = true;
    else positional.push(arg);
  }
  return { positional, keywords, splat };
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
 * Reads the file's certain task graphs (see TaskGraph) and teardown tasks given a trigger_rule. `resolve` turns a
 * dotted name as written into its import path (`DAG` → `airflow.models.dag.DAG`). Undefined when the file binds
 * globals dynamically (`globals()`, `exec`) or star-imports inside a block.
 */
export function extractTaskGraphs(root: Node, source: string, resolve: Resolve): { graphs: TaskGraph[]; teardownRules: TeardownRule[] } | undefined {
  if (/\b(globals|locals|vars)\s*\(|\bexec\s*\(/.test(source)) return undefined;
  const graphs: (TaskGraph & { bagged: boolean; used: Map<string, number> })[] = [];
  const taskDag: number[] = [];
  const taskIndex: number[] = [];
  const teardownRules: TeardownRule[] = [];
  // The walk visits every node (task bodies too): only for files that write either word.
  const declared = /\b(global|nonlocal)\b/.test(source) ? declaredNames(root) : new Set<string>();
  const reassigns = /\.\s*(trigger_rule|is_setup|is_teardown|_is_setup|_is_teardown)\s*=[^=]/.test(source);
  const walrus = source.includes(":=");
  const moduleFrame = makeFrame(root, null, declared, walrus);

  const triggerRuleOf = (node: Node | undefined): (SourceSpan & { value: string }) | undefined => {
    if (!node) return undefined;
    const text = literalString(node);
    if (text !== undefined) return { value: text, ...spanOf(node) };
    const written = dotted(node);
    if (written && node.type === "attribute") {
      const resolved = resolve(written);
      if (resolved.startsWith(`${TRIGGER_RULE_CLASS}.`)) {
        const member = resolved.slice(TRIGGER_RULE_CLASS.length + 1);
        if (/^[A-Z_]+$/.test(member)) return { value: member.toLowerCase(), ...spanOf(node) };
      }
    }
    return undefined;
  };

  const newDag = (dagId: string | undefined, line: number, failStop: boolean, bagged: boolean): number => {
    graphs.push({ ...(dagId !== undefined ? { dagId } : {}), line, ...(failStop ? { failStop: true as const } : {}), tasks: [], edges: [], bagged, used: new Map() });
    return graphs.length - 1;
  };

  const newTask = (dag: number | undefined, label: string, at: Node, rule: (SourceSpan & { value: string }) | undefined, decorated: boolean, role?: "setup" | "teardown"): number => {
    // A task outside any known DAG is kept (index -1 graph) so that edges to it are dropped.
    const index = taskDag.length;
    taskDag.push(dag ?? -1);
    if (dag === undefined) {
      taskIndex.push(-1);
      return index;
    }
    const graph = graphs[dag] as (typeof graphs)[number];
    let key = label;
    if (decorated) {
      // DecoratedOperator's get_unique_task_id: a reused @task id gets `__1`, `__2`...
      const seen = graph.used.get(label) ?? 0;
      graph.used.set(label, seen + 1);
      if (seen > 0) key = `${label}__${seen}`;
    }
    taskIndex.push(graph.tasks.length);
    graph.tasks.push({ label: key, ...spanOf(at), ...(rule ? { triggerRule: rule } : {}), ...(role ? { [role]: true as const } : {}), ...(reassigns ? { changed: true as const } : {}) });
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
    if (dag === undefined || dag < 0 || taskDag[to] !== dag) return;
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

  /** A `@task` function's call: one task, and edges from the XComArgs given to it. */
  const callTaskFunction = (fn: TaskFunction, call: Node, at: Node, st: State, override?: Node): Operand => {
    const args = callArgs(call);
    const values = [...args.positional, ...args.keywords.values()];
    const inputs = values.map((v) => evaluate(v, st));
    let taskId = fn.taskId;
    let rule = fn.triggerRule;
    let dag: number | undefined | null = st.dag;
    if (override) {
      const o = callArgs(override);
      for (const v of o.keywords.values()) evaluate(v, st);
      if (o.splat) return undefined;
      const id = o.keywords.get("task_id");
      if (id) {
        const text = literalString(id);
        if (text === undefined) return undefined;
        taskId = text;
      }
      const ruleNode = o.keywords.get("trigger_rule");
      if (ruleNode) {
        if (fn.teardown) teardownRules.push({ function: fn.name, problem: "override", ...spanOf(ruleNode) });
        rule = triggerRuleOf(ruleNode);
        if (!rule) return undefined;
      }
      if (o.keywords.has("dag") || o.keywords.has("task_group")) dag = dagOfKeyword(o.keywords.get("dag"), st);
    }
    if (dag === null) dag = undefined;
    const task = newTask(dag, st.prefix + taskId, at, fn.teardown ? undefined : rule, true, fn.teardown ? "teardown" : fn.setup ? "setup" : undefined);
    // DecoratedOperator's set_xcomargs_dependencies: every XComArg among op_args/op_kwargs becomes an upstream.
    inputs.forEach((input) => {
      if (input?.xcom) connect(input.tasks, [task], call);
    });
    return { tasks: [task], list: false, xcom: true };
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
        // DependencyMixin: `x >> y` returns y; a list on the left goes through y.__rrshift__ (list >> list is a TypeError).
        if (!left || !right || (left.list && right.list)) return undefined;
        if (operator === ">>") connect(left.tasks, right.tasks, node.childForFieldName("operator") ?? node);
        else connect(right.tasks, left.tasks, node.childForFieldName("operator") ?? node);
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
    const written = dotted(fnNode);
    const args = callArgs(call);
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
        if (value?.kind === "taskfn") return args.splat ? void evaluateArgs(true) : callTaskFunction(value.fn, call, object as Node, st, fnNode);
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
          if (other && method === "set_downstream") connect(self.tasks, other.tasks, fnNode);
          else if (other) connect(other.tasks, self.tasks, fnNode);
          return undefined;
        }
        if (method === "as_teardown") {
          const setups = args.keywords.get("setups");
          const value = setups ? operands[[...args.keywords.keys()].indexOf("setups") + args.positional.length] : undefined;
          if (value) connect(value.tasks, self.tasks, fnNode);
          // Setups given here are marked on what they are (an XComArg's attribute, not its operator): not followed.
          if (value) escape([value]);
        }
        for (const task of self.tasks) Object.assign(entry(task) ?? {}, method === "as_setup" ? { setup: true } : { teardown: true });
        return self;
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
    if (value?.kind === "taskfn") return args.splat ? void evaluateArgs(true) : callTaskFunction(value.fn, call, fnNode as Node, st);
    if (value?.kind === "dagfn") {
      evaluateArgs(true);
      runDagFunction(value.node, value.decorator, call, st);
      return undefined;
    }
    // A local name that is no import shadows nothing of Airflow's.
    const resolved = shadowed(st.frame, written.split(".")[0] as string) ? written : resolve(written);
    if (CHAINS.has(resolved) || CROSS.has(resolved)) {
      const operands = evaluateArgs();
      if (args.splat || args.keywords.size) return undefined;
      if (CROSS.has(resolved)) {
        const [from, to] = operands;
        if (operands.length === 2 && from?.list && to?.list) connect(from.tasks, to.tasks, fnNode as Node);
        return undefined;
      }
      // airflow/models/baseoperator.py chain at 2.10.5: task-task, task-list (each), list-list (pairwise, same length).
      for (let i = 0; i + 1 < operands.length; i++) {
        const up = operands[i];
        const down = operands[i + 1];
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
      const idNode = args.keywords.get("task_id");
      const id = literalString(idNode);
      const dag = args.keywords.has("task_group") ? null : dagOfKeyword(args.keywords.get("dag"), st);
      const bound = call.parent?.type === "assignment" && call.parent.childForFieldName("left")?.type === "identifier" ? call.parent.childForFieldName("left")?.text : undefined;
      const label = id !== undefined ? st.prefix + id : (bound ?? `the task at line ${call.startPosition.row + 1}`);
      const task = newTask(dag ?? undefined, label, fnNode as Node, triggerRuleOf(args.keywords.get("trigger_rule")), false);
      return { tasks: [task], list: false, xcom: false };
    }
    evaluateArgs(true);
    return undefined;
  };

  /** A name a function scope binds hides the module's import of it. */
  const shadowed = (frame: Frame, name: string): boolean => {
    for (let f: Frame | undefined = frame; f && f !== moduleFrame; f = f.parent) if (f.bound.has(name)) return true;
    return false;
  };

  /** Task functions: Airflow's task decorators only (any other decorator wraps them in the unknown). */
  const taskFunction = (definition: Node, decorators: Node[]): TaskFunction | "other" | undefined => {
    const name = definition.childForFieldName("name")?.text;
    if (!name || !decorators.length) return undefined;
    const fn: TaskFunction = { name, taskId: name, setup: false, teardown: false };
    let known = true;
    for (const decorator of decorators) {
      const expression = decorator.namedChildren.find((c) => c.type !== "comment");
      const call = expression?.type === "call" ? expression : undefined;
      const written = dotted(call ? call.childForFieldName("function") : expression);
      const resolved = written ? resolve(written) : "";
      if (!TASK_DECORATOR.test(resolved)) return "other";
      if (resolved === "airflow.decorators.setup") fn.setup = true;
      if (resolved === "airflow.decorators.teardown") {
        fn.teardown = true;
        const rule = call ? callArgs(call).keywords.get("trigger_rule") : undefined;
        if (rule) teardownRules.push({ function: name, problem: "decorator", ...spanOf(rule) });
      }
      if (!call) continue;
      const a = callArgs(call);
      const id = a.keywords.get("task_id");
      const idText = literalString(id);
      if (id && idText !== undefined) fn.taskId = idText;
      const rule = a.keywords.get("trigger_rule");
      const value = rule ? triggerRuleOf(rule) : undefined;
      if (value) fn.triggerRule = value;
      if (a.splat || (id && idText === undefined) || (rule && !value) || a.keywords.has("dag") || a.keywords.has("task_group")) known = false;
    }
    return known ? fn : "other";
  };

  const bind = (name: string, value: Value | undefined, st: State): void => {
    if (st.frame.once.has(name) && value) st.frame.env.set(name, value);
  };

  const dagArguments = (call: Node): { dagId?: string; failStop: boolean; open: boolean; autoRegister: boolean } => {
    const a = callArgs(call);
    const idNode = a.keywords.get("dag_id") ?? a.positional[0];
    const failStop = a.keywords.get("fail_stop");
    return { dagId: literalString(idNode), failStop: failStop?.type === "true", open: a.splat, autoRegister: !a.splat && !a.keywords.has("auto_register") };
  };

  /** An `@dag` function called: its body runs in a DAG of its own. */
  const runDagFunction = (definition: Node, decorator: Node, call: Node, st: State): void => {
    const settings = decorator.type === "call" ? dagArguments(decorator) : { failStop: false, open: false, autoRegister: true };
    const name = definition.childForFieldName("name")?.text;
    // `dag_id=` in @dag(...) or the function's name; `fail_stop=` by position is not read.
    const decoratorArgs = decorator.type === "call" ? callArgs(decorator) : undefined;
    const dagId = decoratorArgs?.keywords.has("dag_id") ? literalString(decoratorArgs.keywords.get("dag_id")) : decoratorArgs?.positional.length ? undefined : name;
    const bagged = settings.autoRegister && st.frame === moduleFrame;
    const dag = newDag(dagId, call.startPosition.row + 1, settings.failStop, bagged);
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
    const written = dotted(expression.childForFieldName("function"));
    const resolved = written ? resolve(written) : "";
    if (DAG_CLASSES.has(resolved) && !inFunction) {
      const settings = dagArguments(expression);
      // Bagged when auto-registered (the default) or held in a module global.
      const dag = newDag(settings.dagId, expression.startPosition.row + 1, settings.failStop, settings.autoRegister || (!!alias && st.frame.once.has(alias)));
      if (alias) bind(alias, { kind: "dag", dag }, st);
      runBlock(body, { ...st, dag }, inFunction);
      return;
    }
    if (TASK_GROUP_CLASSES.has(resolved) && st.dag !== undefined) {
      const a = callArgs(expression);
      for (const v of [...a.positional, ...a.keywords.values()]) evaluate(v, st);
      const id = literalString(a.keywords.get("group_id") ?? a.positional[0]);
      if (a.splat || id === undefined || a.keywords.has("dag") || a.keywords.has("parent_group")) return;
      const prefix = a.keywords.get("prefix_group_id")?.type === "false" ? st.prefix : `${st.prefix}${id}.`;
      runBlock(body, { ...st, prefix }, inFunction);
    }
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
              const written = dotted(right.childForFieldName("function"));
              if (written && DAG_CLASSES.has(resolve(written))) {
                const settings = dagArguments(right);
                bind(left.text, { kind: "dag", dag: newDag(settings.dagId, right.startPosition.row + 1, settings.failStop, true) }, st);
                continue;
              }
            }
            const value = evaluate(right, st);
            if (left?.type === "identifier" && value && !value.list && value.tasks.length === 1) bind(left.text, { kind: "task", task: value.tasks[0] as number, xcom: !!value.xcom }, st);
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
          const dagWritten = dotted(first?.type === "call" ? first.childForFieldName("function") : first);
          if (decorators.length === 1 && first && dagWritten && DAG_DECORATORS.has(resolve(dagWritten)) && !inFunction) {
            bind(name, { kind: "dagfn", node: definition, decorator: first }, st);
            continue;
          }
          const fn = taskFunction(definition, decorators);
          if (fn && fn !== "other") bind(name, { kind: "taskfn", fn }, st);
          continue;
        }
        case "function_definition":
          continue;
        case "with_statement":
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return;
          runWith(statement, st, inFunction);
          continue;
        default:
          // if/for/while/try/match...: not read; in a function, code after a possible return may not run.
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return;
          if (statement.type === "return_statement" || statement.type === "raise_statement") return;
      }
    }
  };

  runBlock(root, { frame: moduleFrame, prefix: "" }, false);
  const kept = graphs
    .filter((g) => g.bagged && (g.edges.length || (g.failStop && g.tasks.some((t) => t.triggerRule))))
    .map(({ bagged: _bagged, used: _used, ...graph }) => graph);
  return { graphs: kept, teardownRules };
}
