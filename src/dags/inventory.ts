import type { Node, Tree } from "web-tree-sitter";
import type { DagArgument, DagInfo, Static, Unknown } from "../core/findings.js";

export interface ImportRef {
  /** Dotted module name (`a.b` for `import a.b` and `from a.b import c`); empty for `from . import x`. */
  module: string;
  line: number;
  relative: boolean;
  /** Inside `try: ... except ImportError:` (or broader): a missing module is handled by the file itself. */
  guarded: boolean;
  /**
   * Where the import runs: `module` at parse time (a failure is an import error of the DAG file); `function` in a
   * function body run by a task or callback (a failure fails the task, not the DAG import); `isolated` in a callable
   * that runs in another Python environment (`@task.virtualenv`, `@task.external_python`, `@task.docker`,
   * `@task.kubernetes`, `PythonVirtualenvOperator`/`ExternalPythonOperator` callables): never the project's requirements.
   */
  scope: "module" | "function" | "isolated";
  /** Under `if TYPE_CHECKING:`: never executed at run time. */
  typeCheckingOnly?: boolean;
  /** Names imported by `from m import a, b` (the original names, before `as`); empty for `import m`. */
  names?: string[];
}

export interface ParseTimeCall {
  /** The callee as written, e.g. `Variable.get`. */
  callee: string;
  line: number;
  column: number;
  kind: "variable" | "connection" | "http" | "database" | "file" | "sleep" | "hook";
}

/** `# astro-ci: ignore[...]` comments: empty id lists mean every check. */
export interface Suppressions {
  /** Line number → check ids suppressed on that line ([] = all). */
  lines: Record<number, string[]>;
  /** Check ids suppressed in the whole file ([] = all); undefined when none. */
  file?: string[];
}

export interface FileInventory {
  dags: DagInfo[];
  imports: ImportRef[];
  parseTimeCalls: ParseTimeCall[];
  suppressions: Suppressions;
}

const unknown = (node: Node | null | undefined): Unknown => ({ unknown: true, expression: shorten(node?.text ?? "?") });

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

const lineOf = (node: Node): number => node.startPosition.row + 1;

/** The callee of a call as dotted text (`airflow.DAG`, `Variable.get`), or undefined for calls of calls. */
function calleeName(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = calleeName(node.childForFieldName("object"));
    const attr = node.childForFieldName("attribute")?.text;
    return object && attr ? `${object}.${attr}` : undefined;
  }
  return undefined;
}

const lastPart = (dotted: string): string => dotted.slice(dotted.lastIndexOf(".") + 1);

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
  let value = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "interpolation") return undefined;
    if (child.type === "string_content") value += child.text;
    else if (child.type === "escape_sequence") value += unescape(child.text);
  }
  return value;
}

function unescape(sequence: string): string {
  const map: Record<string, string> = { "\\n": "\n", "\\t": "\t", "\\\\": "\\", "\\'": "'", '\\"': '"' };
  return map[sequence] ?? sequence;
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
      const value = child ? stringValue(child) : undefined;
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
  if (node.type === "integer" && /^\d+$/.test(node.text)) return Number(node.text);
  return unknown(node);
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

/** A plain literal's value (integer, string, True/False, None), else undefined. */
function literalValue(node: Node): string | number | boolean | null | undefined {
  if (node.type === "integer") return /^\d+$/.test(node.text) ? Number(node.text) : undefined;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  if (node.type === "none") return null;
  if (node.type === "unary_operator" && /^-\s*\d+$/.test(node.text)) return -Number(node.text.replace(/^-\s*/, ""));
  return node.type === "string" || node.type === "concatenated_string" ? stringValue(node) : undefined;
}

/** Every argument of a call with the span of its value (keyword name, `#N` positional, `*`/`**` splats). */
function argumentSpans(call: Node | undefined): DagArgument[] {
  const spans: DagArgument[] = [];
  let index = 0;
  for (const arg of call?.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    let name: string;
    let valueNode: Node = arg;
    if (arg.type === "keyword_argument") {
      name = arg.childForFieldName("name")?.text ?? "?";
      valueNode = arg.childForFieldName("value") ?? arg;
    } else if (arg.type === "dictionary_splat") name = "**";
    else if (arg.type === "list_splat") name = "*";
    else name = `#${index++}`;
    const literal = literalValue(valueNode);
    spans.push({
      name,
      line: valueNode.startPosition.row + 1,
      column: valueNode.startPosition.column + 1,
      endLine: valueNode.endPosition.row + 1,
      endColumn: valueNode.endPosition.column + 1,
      ...(literal === undefined ? {} : { literal }),
    });
  }
  return spans;
}

/** Keyword and positional arguments of a call. */
function callArguments(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const args = call.childForFieldName("arguments");
  for (const arg of args?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else if (arg.type !== "comment" && arg.type !== "list_splat" && arg.type !== "dictionary_splat") positional.push(arg);
  }
  return { positional, keywords };
}

/** A dict literal, `dict(...)` call, or a module-level name bound once to one of those. */
type DictView = { kind: "dict"; get(key: string): Node | undefined | "unknown" } | { kind: "unknown"; node: Node };

interface FileContext {
  /** Module-level names bound exactly once to a dict literal or dict(...) call; null when rebound. */
  dictBindings: Map<string, Node | null>;
  taskFunctions: Set<string>;
  operatorNames: Set<string>;
}

function dictView(node: Node, ctx: FileContext): DictView {
  let target: Node = node;
  if (node.type === "identifier") {
    const bound = ctx.dictBindings.get(node.text);
    if (!bound) return { kind: "unknown", node };
    target = bound;
  }
  if (target.type === "dictionary") {
    const entries: { key?: string; value?: Node; splat?: boolean }[] = [];
    for (const child of target.namedChildren) {
      if (!child) continue;
      if (child.type === "pair") {
        const keyNode = child.childForFieldName("key");
        entries.push({ key: keyNode ? stringValue(keyNode) : undefined, value: child.childForFieldName("value") ?? undefined });
      } else if (child.type === "dictionary_splat") entries.push({ splat: true });
    }
    return {
      kind: "dict",
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
    return { kind: "dict", get: (key) => keywords.get(key) ?? (hasSplat || positional.length ? "unknown" : undefined) };
  }
  return { kind: "unknown", node: target };
}

function fromDefaultArgs<T>(defaultArgs: Node | undefined, key: string, ctx: FileContext, read: (n: Node) => Static<T> | undefined): Static<T> | undefined {
  if (!defaultArgs) return undefined;
  const view = dictView(defaultArgs, ctx);
  if (view.kind === "unknown") return unknown(view.node);
  const value = view.get(key);
  if (value === "unknown") return unknown(defaultArgs);
  return value ? read(value) : undefined;
}

const LEAF_TYPES = new Set(["string", "concatenated_string", "comment", "identifier", "integer", "float", "true", "false", "none", "type", "escape_sequence"]);
const MAYBE_INTERESTING_IN_FUNCTION = /\bimport\b|DAG|@/;
const DAG_CALLEES = new Set(["DAG", "airflow.DAG", "models.DAG", "airflow.models.DAG", "airflow.models.dag.DAG", "sdk.DAG", "airflow.sdk.DAG"]);
const DAG_DECORATORS = new Set(["dag", "airflow.decorators.dag", "decorators.dag", "airflow.sdk.dag", "sdk.dag"]);
const TASK_DECORATOR = /^(airflow\.(decorators|sdk)\.)?task(\.[A-Za-z_]+)?$/;

function decoratorName(decorator: Node): { name?: string; call?: Node } {
  const expression = decorator.namedChildren.find((c) => c && c.type !== "comment") ?? null;
  if (!expression) return {};
  if (expression.type === "call") return { name: calleeName(expression.childForFieldName("function")), call: expression };
  return { name: calleeName(expression) };
}

/** Walks the syntax tree once and returns the DAGs, imports, parse-time calls and suppressions of one file. */
export function extractDagInventory(tree: Tree, source: string, file: string): FileInventory {
  const root = tree.rootNode;
  const ctx: FileContext = { dictBindings: new Map(), taskFunctions: new Set(), operatorNames: new Set() };
  const imports: ImportRef[] = [];
  const parseTimeCalls: ParseTimeCall[] = [];
  const dags: DagInfo[] = [];

  // Pass over top-level statements first: dict bindings, task functions and imported operator names.
  collectModuleFacts(root, ctx);

  const visit = (node: Node, scope: { inFunction: boolean; parseTime: boolean; guarded: boolean }): void => {
    // Leaves and literals hold nothing the inventory wants; not descending saves a crossing into wasm per child.
    if (LEAF_TYPES.has(node.type)) return;
    switch (node.type) {
      case "import_statement":
      case "import_from_statement":
        recordImports(node, scope, imports);
        return;
      case "try_statement": {
        const guardsImports = node.namedChildren.some((c) => c?.type === "except_clause" && catchesImportError(c));
        for (const child of node.namedChildren) {
          if (!child) continue;
          visit(child, { ...scope, guarded: child.type === "block" ? scope.guarded || guardsImports : scope.guarded });
        }
        return;
      }
      case "decorated_definition": {
        const definition = node.childForFieldName("definition");
        const decorators = node.namedChildren.filter((c): c is Node => c?.type === "decorator");
        const dagDecorator = decorators.map(decoratorName).find((d) => d.name && DAG_DECORATORS.has(d.name));
        if (definition?.type === "function_definition" && dagDecorator) {
          dags.push(dagFromDecorator(definition, dagDecorator.call, node, file, ctx));
          for (const d of decorators) visit(d, scope);
          // The body of a @dag function runs when the DAG is built, i.e. at parse time.
          const body = definition.childForFieldName("body");
          if (body) visit(body, { ...scope, inFunction: true, parseTime: scope.parseTime });
          return;
        }
        for (const child of node.namedChildren) if (child) visit(child, scope);
        return;
      }
      case "function_definition":
      case "lambda": {
        // Code in a plain function runs at task time: only imports and DAG factories matter there. Most
        // functions have neither, and skipping them keeps the walk cheap (node access crosses into wasm).
        const body = node.childForFieldName("body");
        if (body && MAYBE_INTERESTING_IN_FUNCTION.test(body.text)) visit(body, { ...scope, inFunction: true, parseTime: false });
        return;
      }
      case "with_statement": {
        const dag = dagFromWith(node, file, ctx);
        if (dag) dags.push(dag);
        break;
      }
      case "call": {
        const callee = calleeName(node.childForFieldName("function"));
        if (callee && DAG_CALLEES.has(callee) && !isWithItem(node)) {
          const dag = dagFromCall(node, file, ctx, "DAG()", countTasksForAssignedDag(node, root, ctx));
          dags.push(dag);
        }
        if (scope.parseTime) {
          const kind = parseTimeKind(node, callee);
          if (kind) {
            parseTimeCalls.push({ callee: callee ?? shorten(node.childForFieldName("function")?.text ?? "?"), line: lineOf(node), column: node.startPosition.column + 1, kind });
          }
        }
        break;
      }
      default:
        break;
    }
    for (const child of node.namedChildren) if (child) visit(child, scope);
  };
  visit(root, { inFunction: false, parseTime: true, guarded: false });

  return { dags, imports, parseTimeCalls, suppressions: readSuppressions(source) };
}

function collectModuleFacts(root: Node, ctx: FileContext): void {
  const assignCounts = new Map<string, number>();
  const noteFunction = (definition: Node | null, decorators: Node[]): void => {
    if (definition?.type !== "function_definition") return;
    const name = definition.childForFieldName("name")?.text;
    if (name && decorators.some((d) => TASK_DECORATOR.test(decoratorName(d).name ?? ""))) ctx.taskFunctions.add(name);
  };
  const walkForTasks = (node: Node): void => {
    // Task functions may be defined inside @dag functions and with-blocks; collect them everywhere.
    if (node.type === "decorated_definition") {
      noteFunction(node.childForFieldName("definition"), node.namedChildren.filter((c): c is Node => c?.type === "decorator"));
    }
    for (const child of node.namedChildren) {
      if (!child || child.type === "string" || child.type === "comment") continue;
      // Only subtrees with a decorator can define task functions.
      if (child.type !== "decorated_definition" && !child.text.includes("@")) continue;
      walkForTasks(child);
    }
  };
  walkForTasks(root);
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === "expression_statement") {
      const assignment = statement.namedChildren[0];
      if (assignment?.type === "assignment") {
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (left?.type === "identifier") {
          assignCounts.set(left.text, (assignCounts.get(left.text) ?? 0) + 1);
          const isDict = right && (right.type === "dictionary" || (right.type === "call" && calleeName(right.childForFieldName("function")) === "dict"));
          ctx.dictBindings.set(left.text, isDict && right ? right : null);
        }
      }
    } else if (statement.type === "import_from_statement") {
      const module = statement.childForFieldName("module_name")?.text ?? "";
      if (/operators|sensors/.test(module)) {
        for (const name of statement.childrenForFieldName("name")) {
          if (!name) continue;
          const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
          if (alias) ctx.operatorNames.add(alias);
        }
      }
    }
  }
  for (const [name, count] of assignCounts) if (count > 1) ctx.dictBindings.set(name, null);
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

function recordImports(node: Node, scope: { inFunction: boolean; guarded: boolean }, out: ImportRef[]): void {
  const common = { line: lineOf(node), guarded: scope.guarded, scope: scope.inFunction ? ("function" as const) : ("module" as const) };
  if (node.type === "import_statement") {
    for (const name of node.childrenForFieldName("name")) {
      if (!name) continue;
      const dotted = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      if (dotted) out.push({ module: dotted, relative: false, ...common });
    }
    return;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode) return;
  if (moduleNode.type === "relative_import") {
    out.push({ module: moduleNode.text.replace(/^\.+/, ""), relative: true, ...common });
    return;
  }
  if (moduleNode.text === "__future__") return;
  out.push({ module: moduleNode.text, relative: false, ...common });
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

function parseTimeKind(call: Node, callee: string | undefined): ParseTimeCall["kind"] | undefined {
  if (callee) {
    for (const [pattern, kind] of PARSE_TIME_CALLS) if (pattern.test(callee)) return kind;
    return undefined;
  }
  // `SomeHook(...).get_records(...)` at module level: a hook used at parse time.
  const fn = call.childForFieldName("function");
  if (fn?.type === "attribute") {
    const object = fn.childForFieldName("object");
    if (object?.type === "call" && /Hook$/.test(calleeName(object.childForFieldName("function")) ?? "")) return "hook";
  }
  return undefined;
}

function dagFromWith(withStatement: Node, file: string, ctx: FileContext): DagInfo | undefined {
  const clause = withStatement.namedChildren.find((c) => c?.type === "with_clause");
  for (const item of clause?.namedChildren ?? []) {
    const value = item?.childForFieldName("value");
    const call = value?.type === "as_pattern" ? value.namedChildren[0] : value;
    if (call?.type === "call" && DAG_CALLEES.has(calleeName(call.childForFieldName("function")) ?? "")) {
      const body = withStatement.childForFieldName("body");
      return dagFromCall(call, file, ctx, "with DAG()", body ? countTasks(body, ctx) : 0);
    }
  }
  return undefined;
}

function dagFromCall(call: Node, file: string, ctx: FileContext, definedBy: DagInfo["definedBy"], taskCount: Static<number>): DagInfo {
  const { positional, keywords } = callArguments(call);
  const dagIdNode = keywords.get("dag_id") ?? positional[0];
  const dag = buildDag((dagIdNode && staticString(dagIdNode)) ?? unknown(call), keywords, call, file, ctx, definedBy, taskCount);
  dag.arguments = argumentSpans(call);
  return dag;
}

function dagFromDecorator(definition: Node, decoratorCall: Node | undefined, decorated: Node, file: string, ctx: FileContext): DagInfo {
  const keywords = decoratorCall ? callArguments(decoratorCall).keywords : new Map<string, Node>();
  const name = definition.childForFieldName("name")?.text ?? "?";
  const dagId = keywords.has("dag_id") ? staticString(keywords.get("dag_id")) : name;
  const body = definition.childForFieldName("body");
  const dag = buildDag(dagId ?? name, keywords, decorated, file, ctx, "@dag", body ? countTasks(body, ctx) : 0);
  dag.arguments = argumentSpans(decoratorCall);
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
  let startDate = startNode ? shorten(startNode.text) : undefined;
  if (!startDate && defaultArgs) {
    const fromArgs = fromDefaultArgs<string>(defaultArgs, "start_date", ctx, (n) => shorten(n.text));
    startDate = fromArgs === undefined ? undefined : typeof fromArgs === "string" ? fromArgs : undefined;
  }
  return {
    dagId,
    file,
    line: lineOf(at),
    definedBy,
    schedule: staticSchedule(scheduleNode),
    tags: staticStringList(keywords.get("tags")),
    owner: keywords.has("owner") ? staticString(keywords.get("owner")) : fromDefaultArgs(defaultArgs, "owner", ctx, staticString),
    retries: fromDefaultArgs(defaultArgs, "retries", ctx, staticNumber),
    catchup: staticBoolean(keywords.get("catchup")),
    startDate,
    taskCount,
  };
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
  let count = 0;
  const visit = (node: Node): void => {
    if (node.type === "function_definition") return;
    if (node.type === "call" && isTaskCall(node, ctx)) {
      const { keywords } = callArguments(node);
      if (keywords.get("dag")?.text === target) count++;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return count;
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
