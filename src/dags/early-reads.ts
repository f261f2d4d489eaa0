import type { SyntaxNode as Node } from "./syntax-tree.js";

/**
 * A module-level name a function reads when module-level code calls it before the name is bound: the call raises
 * NameError, and with it the import of the DAG file. The usual slip is a factory that reads a setting the file
 * assigns further down (`dag = build("x")` above `SCHEDULE = "@daily"`). The span is the read's, in the function.
 */
export interface EarlyRead extends Span {
  name: string;
  /** The function whose body reads it, and the line of the module-level call that runs it. */
  function: string;
  callLine: number;
  /** Line of the name's first module-level binding (after the call). */
  boundLine: number;
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Names every CPython 3.8–3.13 `builtins` module has (the union of `dir(builtins)` of each, read from the interpreters
 * themselves), and the names each module's namespace starts with. A read of one of them before a module binds it
 * finds the built-in one: no NameError.
 */
const ALWAYS_BOUND = new Set(
  (
    "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError " +
    "BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError " +
    "DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError " +
    "FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError " +
    "IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError " +
    "NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning " +
    "PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError ResourceWarning RuntimeError " +
    "RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError " +
    "True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError " +
    "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _IncompleteInputError __build_class__ __debug__ " +
    "__doc__ __import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool breakpoint " +
    "bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval " +
    "exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass " +
    "iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr " +
    "reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip " +
    "__file__ __cached__ __builtins__ __annotations__ __path__"
  ).split(" "),
);

/** Statements that run exactly once, in order, when reached: what "certainly runs" follows through. */
const SIMPLE_STATEMENTS = new Set(["expression_statement", "assignment", "augmented_assignment", "return_statement", "pass_statement", "assert_statement", "comment"]);

/**
 * Statements and expressions that evaluate each of their parts once, unconditionally: a call under them runs exactly
 * as often as they do. (Not a comparison chain, `and`/`or` or a conditional expression: they may skip a part.) The DAG
 * inventory's placement of task calls climbs through these too.
 */
export const RUNS_PARTS_ONCE: ReadonlySet<string> = new Set([
  "expression_statement",
  "assignment",
  "augmented_assignment",
  "call",
  "argument_list",
  "keyword_argument",
  "parenthesized_expression",
  "list",
  "tuple",
  "set",
  "dictionary",
  "pair",
  "expression_list",
  "attribute",
  "binary_operator",
]);

/** Nodes between a call and its statement that neither skip nor repeat it. */
const SEE_THROUGH = new Set([...RUNS_PARTS_ONCE, "subscript"]);

/**
 * Reads that raise NameError at import because module-level code calls the reading function before the module binds
 * the name (EarlyRead). Only what is certain is reported: the calling statement is a direct child of the module
 * (no if, try or loop around it) and the call is not skipped by a conditional or short-circuit expression; the
 * function is defined once at module level, undecorated or an `@dag` function (whose body runs when it is called);
 * the read sits in the straight-line start of its body (before any compound statement, return or raise) or of a
 * function that start calls in turn, outside nested functions' bodies (their decorators and defaults run when the
 * `def` is reached), lambdas and comprehensions; the name is local nowhere
 * in that function, no function declares it `global`, and every module-level binding of it comes after the call.
 * Files with a star import, names bound at run time (`dynamicGlobals`) or names set on `builtins` are not judged: the
 * caller passes none of them.
 */
export function earlyReads(root: Node, source: string): EarlyRead[] {
  const statements = root.namedChildren.filter((c) => c.type !== "comment");
  // The module's functions by name, read from each definition's text (asking the tree for every name of a file with
  // dozens of helpers was most of this check's cost); the definition itself is looked up for the ones called.
  const definitions = new Map<string, Node | null>();
  for (const statement of statements) {
    if (statement.type !== "function_definition" && statement.type !== "decorated_definition") continue;
    const name = DEF_NAME.exec(statement.text)?.[1];
    // Defined twice (or conditionally elsewhere): which body a call runs is not known here.
    if (name) definitions.set(name, definitions.has(name) ? null : statement);
  }
  const firstBinding = new Map<string, Node>();
  const declaredGlobal = new Set<string>();
  // Functions whose name the module also binds another way (`build = build_v2`, an import, a class).
  const reboundFunctions = new Set<string>();
  // A name is bound once its binding statement has run (`X = build()` calls build before X exists): by end offset.
  const bind = (name: string, at: Node): void => {
    const known = firstBinding.get(name);
    if (!known || at.endIndex < known.endIndex) firstBinding.set(name, at);
    if (definitions.has(name) && definitions.get(name) !== at) reboundFunctions.add(name);
  };
  const resolved = new Map<Node, Node | null>();
  const functions = {
    has: (name: string): boolean => definitions.has(name),
    keys: (): IterableIterator<string> => definitions.keys(),
    size: definitions.size,
    /** The definition a call runs: undefined when not a module function, null when not followed. */
    get(name: string): Node | null | undefined {
      const statement = definitions.get(name);
      if (statement === undefined || statement === null) return statement;
      let definition = resolved.get(statement);
      if (definition === undefined) {
        const found = definitionOf(statement);
        definition = found && runsWhenCalled(statement) && found.childForFieldName("name")?.text === name ? found : null;
        resolved.set(statement, definition);
      }
      return definition;
    },
    set(name: string, value: null): void {
      definitions.set(name, value);
    },
  };
  if (functions.size === 0) return [];
  // Module-level calls of the file's own functions (statements whose text names none are not walked).
  const callable = mentionsAny([...functions.keys()]);
  // A loop filling one literal rather than filter/flatMap/filter: the list then has one shape, empty or not (the
  // optimised code of this function was thrown away twice a run on the change).
  const calls: Node[] = [];
  for (const statement of statements) {
    if (definitionOf(statement) || !callable(statement.text)) continue;
    for (const call of certainCalls(statement)) {
      const callee = call.childForFieldName("function");
      if (callee?.type === "identifier" && functions.has(callee.text)) calls.push(call);
    }
  }
  if (calls.length === 0) return [];
  // What each call runs reads (through the functions it calls in turn), before any binding is looked up.
  const pending: { call: Node; read: Node; function: string; path: string[] }[] = [];
  for (const call of calls) {
    const visited = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      const definition = functions.get(name);
      if (!definition || visited.has(name) || path.length > 4) return;
      visited.add(name);
      // A read can only be early if the name appears after the call at all (most names of a DAG body do not).
      const keep = (read: Read): boolean => (read.kind === "call" ? functions.get(read.node.text) != null : !ALWAYS_BOUND.has(read.node.text) && after.includes(read.node.text));
      for (const read of straightLineReads(definition, keep)) {
        if (read.kind === "call") visit(read.node.text, [...path, name]);
        else pending.push({ call, read: read.node, function: name, path: [...path, name] });
      }
    };
    // From the start of the call's own statement: `X = make()` binds X after make() runs.
    let statement = call;
    while (statement.parent && statement.parent.type !== "module" && statement.parent.type !== "block") statement = statement.parent;
    const after = source.slice(statement.startIndex);
    visit((call.childForFieldName("function") as Node).text, []);
  }
  if (pending.length === 0) return [];
  // Only the module's statements that mention one of those names (or a function followed) are walked for bindings.
  const mentioned = mentionsAny([...new Set(pending.flatMap((p) => [p.read.text, ...p.path]))]);
  collectModuleBindings(root, bind, declaredGlobal, functions, mentioned);
  const found: EarlyRead[] = [];
  const seen = new Set<number>();
  for (const { call, read, function: name, path } of pending) {
    const bound = firstBinding.get(read.text);
    // Bound before the call, or inside the call's own arguments (`build(s=(SCHEDULE := "@daily"))`), which run first.
    const boundFirst = bound !== undefined && (bound.endIndex <= call.startIndex || (bound.startIndex >= call.startIndex && bound.endIndex <= call.endIndex));
    if (!bound || boundFirst || declaredGlobal.has(read.text) || seen.has(read.startIndex)) continue;
    // A function whose name the module binds some other way too (`build = build_v2`, an import, `global build`): which
    // body a call runs is not known here.
    if (path.some((f) => reboundFunctions.has(f) || declaredGlobal.has(f))) continue;
    // A function also defined in a block (if, try, loop) may be another body at run time: not followed.
    if (path.some((f) => functions.get(f) === null)) continue;
    seen.add(read.startIndex);
    found.push({
      name: read.text,
      function: name,
      callLine: call.startPosition.row + 1,
      boundLine: bound.startPosition.row + 1,
      line: read.startPosition.row + 1,
      column: read.startPosition.column + 1,
      endLine: read.endPosition.row + 1,
      endColumn: read.endPosition.column + 1,
    });
  }
  return found;
}

/**
 * Names the module only annotates at its top level (`LIMIT: int`: PEP 526, an annotation without a value binds
 * nothing) and binds nowhere else: no assignment, import, definition, loop, `with`/`except` target or walrus at
 * module level (in blocks too), and no function or class declares it `global`. Reading one at import raises
 * NameError, and `from module import LIMIT` ImportError ("cannot import name"). A star import or names bound at run
 * time (`globals()[...]`) are the caller's to rule out.
 */
export function annotatedOnlyNames(root: Node): string[] {
  const annotated: string[] = [];
  for (const child of root.namedChildren) {
    const assignment = child.type === "expression_statement" ? child.namedChildren[0] : undefined;
    if (assignment?.type !== "assignment" || assignment.childForFieldName("right") || !assignment.childForFieldName("type")) continue;
    const left = assignment.childForFieldName("left");
    if (left?.type === "identifier" && !annotated.includes(left.text)) annotated.push(left.text);
  }
  if (annotated.length === 0) return annotated;
  const bound = new Set<string>();
  const declaredGlobal = new Set<string>();
  collectModuleBindings(root, (name) => bound.add(name), declaredGlobal, { set: () => undefined }, mentionsAny(annotated));
  return annotated.filter((name) => !bound.has(name) && !declaredGlobal.has(name));
}

/**
 * Whether a text may mention one of `names` (what it lets through is judged exactly afterwards). For a few names, a
 * substring test, so it also says yes for longer names containing one. Not a RegExp: the names differ per file, and
 * compiling a pattern per file cost more than the whole check (~0.1 ms a file). For many names (a file of thousands
 * of `@dag` functions: a test per name of every statement made the check quadratic), a lookup of the text's words:
 * a name (a Python identifier: no ASCII punctuation or space in it) the text holds is one of those words whole, since
 * only such characters end a word here.
 */
function mentionsAny(names: string[]): (text: string) => boolean {
  if (names.length <= MENTIONS_BY_SUBSTRING || names.some((name) => NOT_IN_WORD.test(name))) return (text) => names.some((name) => text.includes(name));
  const wanted = new Set(names);
  return (text) => text.split(WORD_BREAKS).some((word) => wanted.has(word));
}

/** Up to this many names, mentionsAny tests each as a substring (cheaper than splitting the text into words). */
const MENTIONS_BY_SUBSTRING = 16;
/** ASCII space and punctuation other than `_`: what ends a word for mentionsAny (no identifier holds one). */
const WORD_BREAKS = /[\s!-/:-@[-^`{-~]+/;
const NOT_IN_WORD = /[\s!-/:-@[-^`{-~]/;

/** The name in a definition's text: its first `def name(` (after decorators; checked against the tree when used). */
const DEF_NAME = /\bdef\s+([\p{L}_][\p{L}\p{N}_]*)\s*[([]/u;

/** The function a module-level statement defines (plain or decorated). */
function definitionOf(statement: Node): Node | undefined {
  if (statement.type === "function_definition") return statement;
  if (statement.type === "decorated_definition") {
    const inner = statement.childForFieldName("definition");
    return inner?.type === "function_definition" ? inner : undefined;
  }
  return undefined;
}

/** Whether calling the function runs its body: no decorator, or only `@dag`/`@dag(...)` (any module prefix). */
function runsWhenCalled(statement: Node): boolean {
  if (statement.type === "function_definition") return !/^\s*async\b/.test(statement.text);
  const decorators = statement.namedChildren.filter((c) => c.type === "decorator");
  const definition = statement.childForFieldName("definition");
  if (!definition || /^\s*async\b/.test(definition.text)) return false;
  return decorators.every((d) => /^@\s*(\w+\.)*dag\s*(\(|$)/.test(d.text.trim()));
}

/**
 * Every name the module binds, with its first binding: assignments, augmented assignments, for and with targets,
 * imports, definitions, except and walrus names, anywhere at module level (inside if, try, loops and with blocks
 * too, not in function or class bodies); names any function or class declares `global` go to `declaredGlobal`.
 */
function collectModuleBindings(node: Node, bind: (name: string, at: Node) => void, declaredGlobal: Set<string>, functions: { set(name: string, value: null): void }, mentioned: (text: string) => boolean): void {
  for (const child of node.namedChildren) {
    // A statement that does not mention a name of interest binds none of them (nor declares one global).
    if (!mentioned(child.text)) continue;
    switch (child.type) {
      case "function_definition":
      case "class_definition": {
        const name = child.childForFieldName("name");
        if (name) bind(name.text, child);
        markGlobals(child, declaredGlobal);
        if (node.type !== "module") {
          // A function defined in a block (if, try, loop) may replace the module-level one: not followed.
          if (name && child.type === "function_definition") functions.set(name.text, null);
        }
        continue;
      }
      case "decorated_definition": {
        const definition = child.childForFieldName("definition");
        const name = definition?.childForFieldName("name");
        if (name) bind(name.text, child);
        if (definition) markGlobals(definition, declaredGlobal);
        if (node.type !== "module" && name) functions.set(name.text, null);
        continue;
      }
      case "import_statement":
      case "import_from_statement":
      case "future_import_statement":
        for (const name of importedNames(child)) bind(name, child);
        continue;
      case "lambda":
        continue;
      default:
        break;
    }
    // `NAME: str` alone (an annotation without a value) binds nothing at module level.
    if (bindsOwnNames(child, bind, { annotationBinds: false })) continue;
    // Comprehensions bind their own names (not the module's), but may hold a walrus that does: followed like the rest.
    collectModuleBindings(child, bind, declaredGlobal, functions, mentioned);
  }
}

function markGlobals(scope: Node, declaredGlobal: Set<string>): void {
  if (!/\bglobal\s/.test(scope.text)) return;
  for (const statement of globalStatements(scope)) {
    for (const name of statement.namedChildren) if (name.type === "identifier") declaredGlobal.add(name.text);
  }
}

function globalStatements(node: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node): void => {
    for (const child of n.namedChildren) {
      if (child.type === "global_statement") out.push(child);
      else walk(child);
    }
  };
  walk(node);
  return out;
}

/** Names an import statement binds: `import a.b` → a, `import a as b` → b, `from m import x, y as z` → x, z (not `*`). */
export function importedNames(statement: Node): string[] {
  const names: string[] = [];
  for (const child of statement.namedChildren) {
    if (child === statement.childForFieldName("module_name")) continue;
    if (child.type === "aliased_import") {
      const alias = child.childForFieldName("alias");
      if (alias) names.push(alias.text);
    } else if (child.type === "dotted_name") {
      // `import a.b` binds `a`; `from m import a` binds `a`.
      const first = child.namedChildren[0];
      if (first) names.push(first.text);
    }
  }
  return names;
}

/**
 * The names one node binds itself (not in its nested parts): assignment, augmented assignment and for targets, a
 * walrus's name, `with ... as` and `except ... as` names, and a match case pattern's names (every name in it counts:
 * value patterns like `Color.RED` too, which only ever means fewer findings). A bare annotation (`x: int`) binds in a
 * function (the name is local there) but not at module level: `annotationBinds`. Returns true for a case pattern,
 * whose parts are all handled here.
 */
export function bindsOwnNames(node: Node, bind: (name: string, at: Node) => void, options: { annotationBinds: boolean }): boolean {
  switch (node.type) {
    case "case_pattern":
      bindEveryName(node, node, bind);
      return true;
    case "assignment":
      if (options.annotationBinds || node.childForFieldName("right") !== null) bindTargets(node.childForFieldName("left"), node, bind);
      return false;
    case "augmented_assignment":
    case "for_statement":
      bindTargets(node.childForFieldName("left"), node, bind);
      return false;
    case "named_expression":
      bindTargets(node.childForFieldName("name"), node, bind);
      return false;
    case "as_pattern":
      bindTargets(node.childForFieldName("alias"), node, bind);
      return false;
    case "except_clause":
      for (const part of node.namedChildren) if (part.type === "as_pattern") bindTargets(part.childForFieldName("alias"), node, bind);
      return false;
    default:
      return false;
  }
}

function bindEveryName(node: Node, at: Node, bind: (name: string, at: Node) => void): void {
  for (const child of node.namedChildren) {
    if (child.type === "identifier") bind(child.text, at);
    else bindEveryName(child, at, bind);
  }
}

function bindTargets(target: Node | null, at: Node, bind: (name: string, at: Node) => void): void {
  if (!target) return;
  if (target.type === "identifier") bind(target.text, at);
  else if (/^(pattern_list|tuple_pattern|list_pattern|expression_list|tuple|list|parenthesized_expression|list_splat_pattern|as_pattern_target)$/.test(target.type)) {
    for (const part of target.namedChildren) bindTargets(part, at, bind);
  }
}

/** Calls a module-level statement certainly makes as it runs (not under a conditional, lambda or comprehension). */
function certainCalls(statement: Node): Node[] {
  if (statement.type !== "expression_statement" && statement.type !== "assignment" && statement.type !== "augmented_assignment") {
    // `with DAG(...) as dag:` and the like: the with items run; the body is a block of statements of its own.
    if (statement.type !== "with_statement") return [];
  }
  const calls: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (child.type === "block") continue;
      if (child.type === "call") calls.push(child);
      if (SEE_THROUGH.has(child.type) || child.type === "with_clause" || child.type === "with_item") walk(child);
    }
  };
  walk(statement);
  // The with block's own statements run too, in order: their certain calls count (each is a statement of its own).
  // Only under a DAG or TaskGroup block, or a name entered (`with dag:`): another context manager may swallow the
  // error (`contextlib.suppress(NameError)`, any __exit__ returning True).
  if (statement.type === "with_statement" && enteredItems(statement).every((item) => item.type === "identifier" || (item.type === "call" && DAG_CONTEXT.test(item.childForFieldName("function")?.text ?? "")))) {
    const body = statement.childForFieldName("body");
    for (const inner of body?.namedChildren ?? []) {
      if (!SIMPLE_STATEMENTS.has(inner.type) && inner.type !== "with_statement") break;
      calls.push(...certainCalls(inner));
    }
  }
  return calls;
}

/** A call that makes a DAG or TaskGroup to enter: `DAG(...)`, `models.DAG(...)`, `TaskGroup(...)`, Cosmos' `DbtDag(...)`. */
const DAG_CONTEXT = /(^|\.)(\w*DAG|\w*Dag|TaskGroup)$/;

/** What each item of a with statement enters (the value of `X as name`). */
function enteredItems(statement: Node): Node[] {
  const clause = statement.namedChildren.find((c) => c.type === "with_clause");
  return (clause?.namedChildren ?? [])
    .filter((item) => item.type === "with_item")
    .map((item) => {
      const value = item.childForFieldName("value") ?? item.namedChildren[0];
      return value?.type === "as_pattern" ? (value.namedChildren[0] ?? value) : (value ?? item);
    });
}

/** A read of a name, or a call of a plain name (followed into that function), in a function's straight-line start. */
type Read = { kind: "read" | "call"; node: Node };

/**
 * The reads and calls of a function's straight-line start that `keep` accepts, without the function's own locals.
 * The locals (a walk of the whole body) are gathered only when some read is kept.
 */
function straightLineReads(definition: Node, keep: (read: Read) => boolean): Read[] {
  const body = definition.childForFieldName("body");
  if (!body) return [];
  // A generator's body does not run when it is called.
  if (/\byield\b/.test(body.text)) return [];
  const none = new Set<string>();
  const reads: Read[] = [];
  for (const statement of body.namedChildren) {
    // A nested `def` runs once when reached: it evaluates its decorators and its parameters' defaults (not its body),
    // then the body goes on. Its name becomes local (localNames).
    if (statement.type === "function_definition" || statement.type === "decorated_definition") {
      const nested = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
      if (nested?.type !== "function_definition") break;
      for (const decorator of statement.type === "decorated_definition" ? statement.namedChildren : []) if (decorator.type === "decorator") collectReads(decorator, none, reads);
      for (const parameter of nested.childForFieldName("parameters")?.namedChildren ?? []) {
        const value = parameter.childForFieldName("value");
        if (value && (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter")) collectReads(value, none, reads, true);
      }
      continue;
    }
    if (!SIMPLE_STATEMENTS.has(statement.type)) {
      // A compound statement's head runs once before anything in it: a for loop's iterable, an if's or while's
      // condition, a with statement's items. What follows may not run.
      const head = statement.type === "for_statement" ? statement.childForFieldName("right") : /^(if|while)_statement$/.test(statement.type) ? statement.childForFieldName("condition") : statement.type === "with_statement" ? (statement.namedChildren.find((c) => c.type === "with_clause") ?? null) : null;
      if (head) collectReads(head, none, reads, true);
      break;
    }
    // An assert's message is evaluated only when the assertion fails.
    if (statement.type === "assert_statement") {
      const condition = statement.namedChildren.find((c) => c.type !== "comment");
      if (condition) collectReads(condition, none, reads, true);
      continue;
    }
    collectReads(statement, none, reads);
    if (statement.type === "return_statement") break;
  }
  const kept = reads.filter(keep);
  if (kept.length === 0) return kept;
  const locals = localNames(definition);
  return kept.filter((read) => !locals.has(read.node.text));
}

const localsOf = new WeakMap<Node, Set<string>>();

/**
 * Parameters and every name a function (or lambda) binds anywhere in its own body, less those it declares `global`:
 * a read of one of them is local, never the module's. Kept per function node.
 */
export function localNames(definition: Node): Set<string> {
  let locals = localsOf.get(definition);
  if (!locals) localsOf.set(definition, (locals = collectLocalNames(definition)));
  return locals;
}

/**
 * A function's (or lambda's) parameter names: `a`, `a=1`, `a: int = 1`, `a: int`, `*args`, `**kwargs`, `*TAGS: str`
 * (not their annotations or defaults, which are the enclosing scope's). A new set each call: callers add to it.
 */
export function parameterNames(definition: Node): Set<string> {
  const names = new Set<string>();
  const nameOf = (parameter: Node): Node | null => {
    if (parameter.type === "identifier") return parameter;
    if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") return parameter.namedChildren.find((c) => c.type === "identifier") ?? null;
    if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") return parameter.childForFieldName("name");
    if (parameter.type === "typed_parameter") {
      const first = parameter.namedChildren[0];
      return first ? nameOf(first) : null;
    }
    return null;
  };
  for (const parameter of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    const name = nameOf(parameter);
    if (name?.type === "identifier") names.add(name.text);
  }
  return names;
}

function collectLocalNames(definition: Node): Set<string> {
  const locals = parameterNames(definition);
  const globals = new Set<string>();
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      switch (child.type) {
        case "function_definition":
        case "class_definition": {
          const name = child.childForFieldName("name");
          if (name) locals.add(name.text);
          continue;
        }
        case "lambda":
          continue;
        case "global_statement":
        case "nonlocal_statement":
          for (const name of child.namedChildren) if (name.type === "identifier") (child.type === "global_statement" ? globals : locals).add(name.text);
          continue;
        case "import_statement":
        case "import_from_statement":
          for (const name of importedNames(child)) locals.add(name);
          continue;
        default:
          break;
      }
      if (bindsOwnNames(child, (name) => locals.add(name), { annotationBinds: true })) continue;
      walk(child);
    }
  };
  const body = definition.childForFieldName("body");
  if (body) walk(body);
  for (const name of globals) locals.delete(name);
  return locals;
}

/**
 * Identifiers read (loaded) in one statement, outside nested functions, lambdas, comprehensions, annotations and the
 * operands of conditional and short-circuit expressions.
 */
function collectReads(node: Node, locals: Set<string>, reads: Read[], self = false): void {
  // A head expression may itself be a bare name or call (`for x in TABLES`, `for x in ids()`).
  const children = self ? [node] : node.namedChildren;
  const parentOf = (child: Node): Node => (self ? (child.parent ?? child) : node);
  for (const child of children) {
    // Not run now (nested scopes, annotations), or only in part (`a if flag else b`, `x or y`): not certain.
    switch (child.type) {
      case "lambda":
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
      case "type":
      case "function_definition":
      case "class_definition":
      case "conditional_expression":
      case "boolean_operator":
      case "comparison_operator":
        continue;
      case "identifier": {
        const parent = parentOf(child);
        if (!isLoad(child, parent) || locals.has(child.text)) continue;
        const isCallee = parent.type === "call" && parent.childForFieldName("function")?.id === child.id;
        reads.push({ kind: "read", node: child });
        if (isCallee) reads.push({ kind: "call", node: child });
        continue;
      }
      default:
        collectReads(child, locals, reads);
    }
  }
}

/** Whether an identifier under `parent` is read (not a target, attribute name, keyword or parameter name). */
export function isLoad(identifier: Node, parent: Node): boolean {
  const is = (field: string): boolean => parent.childForFieldName(field)?.id === identifier.id;
  switch (parent.type) {
    case "attribute":
      return !is("attribute");
    case "keyword_argument":
      return !is("name");
    case "assignment":
    case "augmented_assignment":
      return !is("left");
    case "named_expression":
      return !is("name");
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "global_statement":
    case "nonlocal_statement":
    case "dotted_name":
    case "aliased_import":
    case "import_statement":
    case "import_from_statement":
    case "as_pattern":
      return false;
    default:
      return true;
  }
}

/** The parts of a syntax node straightLineRead climbs through: web-tree-sitter's Node and SyntaxNode both fit. */
interface ClimbedNode {
  readonly id: number;
  readonly type: string;
  readonly text: string;
  readonly parent: ClimbedNode | null;
  readonly namedChildren: readonly (ClimbedNode | null)[];
  childForFieldName(fieldName: string): ClimbedNode | null;
}

/** Statements and expressions whose parts do not all run whenever the code around them runs (or run later). */
const NOT_CERTAIN = new Set([
  "if_statement",
  "for_statement",
  "while_statement",
  "try_statement",
  "match_statement",
  "lambda",
  "generator_expression",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "conditional_expression",
  "type",
  "import_statement",
  "import_from_statement",
  "future_import_statement",
  "global_statement",
  "nonlocal_statement",
  "delete_statement",
]);

/**
 * Whether an identifier is read by module-level code that certainly runs once the statements above it did: in a
 * module-level statement or a class body directly in one (also a module-level `with` block, a call's arguments, a
 * `def`'s parameter defaults and decorators), not under an `if`/`for`/`while`/`try`/`match` or a `with` that may
 * suppress the error (`contextlib.suppress`), nor in a lambda, a generator or comprehension, a conditional
 * expression, the right side of `and`/`or` or of a chained comparison, a function body, or an annotation. The
 * identifier itself must be a read (the caller checks: not a target, an attribute's or keyword's name).
 */
export function straightLineRead(identifier: ClimbedNode): boolean {
  let child: ClimbedNode = identifier;
  for (let node = identifier.parent; node; child = node, node = node.parent) {
    if (node.type === "module") return true;
    if (NOT_CERTAIN.has(node.type)) return false;
    if (node.type === "boolean_operator" && node.childForFieldName("left")?.id !== child.id) return false;
    if (node.type === "comparison_operator" && node.namedChildren.length > 2) return false;
    if (node.type === "function_definition" && node.childForFieldName("parameters")?.id !== child.id) return false;
    // A parameter's name and annotation are no reads; only its default value is evaluated by the `def`.
    if ((node.type === "default_parameter" || node.type === "typed_default_parameter") && node.childForFieldName("value")?.id !== child.id) return false;
    if (node.type === "keyword_argument" && node.childForFieldName("value")?.id !== child.id) return false;
    // `with contextlib.suppress(NameError):` (or any suppress) may swallow it.
    if (node.type === "with_statement" && /\bsuppress\b/.test(node.namedChildren.find((c) => c?.type === "with_clause")?.text ?? "")) return false;
  }
  return false;
}

/**
 * A module-level read of a name that only functions bind, through a `global` statement (`def load(): global
 * SCHEDULE; SCHEDULE = "@daily"`), made before module-level code can have run any of them: nothing has bound the
 * name yet, so the read raises NameError, and with it the import (ruff reports nothing: it takes the function's
 * binding for the module's). The span is the read's.
 */
export interface GlobalRead extends Span {
  name: string;
  /** A module-level function that declares the name `global`, and the line of that `global` statement. */
  function: string;
  globalLine: number;
}

/**
 * GlobalRead: for each name some module-level function declares `global` (and the module binds nowhere above the
 * read), its first read in straight-line module code (straightLineRead) that comes before any statement that could
 * run such a function. Certain only: once a module-level statement mentions one of those functions, or a function
 * or class whose text mentions one (calls, decorators, defaults, a class body, `f = load`), binds the name, or
 * declares it `global` outside a plain module-level `def` (a class body, a `def` in a block, a decorated `def`), the
 * name is not judged below it; a statement doing so is not judged either. Files with a star import, names bound at
 * run time (`dynamicGlobals`) or names set on `builtins` are not judged: the caller passes none of them.
 */
export function globalReads(root: Node, source: string): GlobalRead[] {
  if (!/\bglobal\s/.test(source)) return [];
  const statements = root.namedChildren.filter((c) => c.type !== "comment");
  // Each name declared `global`: the plain module-level functions declaring it, and whether anything else does.
  const declared = new Map<string, { functions: Map<string, number>; elsewhere: Set<number> }>();
  statements.forEach((statement, index) => {
    if (!/\bglobal\s/.test(statement.text)) return;
    const plain = statement.type === "function_definition" ? statement.childForFieldName("name")?.text : undefined;
    for (const global of globalStatements(statement)) {
      for (const name of global.namedChildren) {
        if (name.type !== "identifier" || ALWAYS_BOUND.has(name.text)) continue;
        const entry = declared.get(name.text) ?? { functions: new Map<string, number>(), elsewhere: new Set<number>() };
        declared.set(name.text, entry);
        if (plain && !entry.functions.has(plain)) entry.functions.set(plain, global.startPosition.row + 1);
        else if (!plain) entry.elsewhere.add(index);
      }
    }
  });
  const found: GlobalRead[] = [];
  for (const [name, { functions, elsewhere }] of declared) {
    if (functions.size === 0) continue;
    // The functions that may bind it when run: those declaring it, and any module-level def or class naming one.
    const binders = new Set(functions.keys());
    for (let grown = true; grown; ) {
      grown = false;
      const mentions = mentionsAny([...binders]);
      for (const statement of statements) {
        const defined = definitionOf(statement)?.childForFieldName("name")?.text ?? (statement.type === "class_definition" ? statement.childForFieldName("name")?.text : undefined);
        if (defined && !binders.has(defined) && mentions(statement.text)) {
          binders.add(defined);
          grown = true;
        }
      }
    }
    const mentionsBinder = mentionsAny([...binders]);
    const mentionsName = mentionsAny([name]);
    // Where the module first binds it itself (an assignment, import, loop target... in blocks too): no read after.
    let boundAt = Infinity;
    collectModuleBindings(root, (bound, at) => (boundAt = bound === name ? Math.min(boundAt, at.startIndex) : boundAt), new Set(), { set: () => undefined }, mentionsName);
    for (let index = 0; index < statements.length; index++) {
      const statement = statements[index] as Node;
      if (elsewhere.has(index) || statement.startIndex >= boundAt) break;
      // A plain `def` runs only its parameters' defaults and annotations when reached; anything else may call one.
      const runs = statement.type === "function_definition" ? (statement.childForFieldName("parameters")?.text ?? "") + (statement.childForFieldName("return_type")?.text ?? "") : statement.text;
      if (mentionsBinder(runs)) break;
      if (!mentionsName(statement.text)) continue;
      const read = firstCertainRead(statement, name);
      if (read && read.startIndex < boundAt) {
        const declaring = [...functions][0] as [string, number];
        found.push({ name, function: declaring[0], globalLine: declaring[1], line: read.startPosition.row + 1, column: read.startPosition.column + 1, endLine: read.endPosition.row + 1, endColumn: read.endPosition.column + 1 });
        break;
      }
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The first identifier `name` in a statement's text order that straightLineRead takes as a certain read. In a class
 * body, reads from the class's own first binding of the name on are not (`class S: CFG = {}; owner = CFG["owner"]`):
 * CPython looks a class body's names up in the class's namespace first (LOAD_NAME), so such a read may find the
 * class's binding (DagBag 2.10.5 imports such a file). Reads above that binding, and the class's bases, keywords and
 * decorators (run in the enclosing scope), still are. A read in the binding statement itself (`CFG = CFG + 1`) is
 * left out too: certain reads only.
 */
function firstCertainRead(statement: Node, name: string): Node | undefined {
  let found: Node | undefined;
  /** `boundFrom`: the offset from which an enclosing class body has bound the name itself (Infinity: none). */
  const walk = (node: Node, boundFrom: number): void => {
    for (const child of node.namedChildren) {
      if (found || child.startIndex >= boundFrom) return;
      if (child.type === "identifier") {
        if (child.text === name && isLoad(child, node) && straightLineRead(child)) found = child;
      } else if (child.text.includes(name)) {
        walk(child, child.type === "block" && node.type === "class_definition" ? Math.min(boundFrom, firstBindingIn(child, name)) : boundFrom);
      }
    }
  };
  walk(statement, Infinity);
  return found;
}

/**
 * Where a block's own code first binds `name`: the start offset of the first statement that does (in nested blocks
 * too, not in function or class bodies); Infinity when none does.
 */
function firstBindingIn(block: Node, name: string): number {
  let first = Infinity;
  collectModuleBindings(block, (bound, at) => (first = bound === name ? Math.min(first, at.startIndex) : first), new Set(), { set: () => undefined }, mentionsAny([name]));
  return first;
}
