import { beforeWordEndingAt, isLineStartAfter, isWordCode } from "./char-codes.js";
import { bindsOwnNames, importedNames, isLoad, parameterNames } from "./early-reads.js";
import type { SyntaxNode as Node } from "./syntax-tree.js";

/**
 * A read of a function's local variable above every binding of it in that function (`@task(on_failure_callback=alert)`
 * in a `@dag` function that defines `alert` below): Python makes a name local to a function wherever the function
 * binds it, so the read raises UnboundLocalError, not NameError, when it runs. Ruff reports it as an undefined name
 * (F821); check `undefined-name` words it with this. The span is the read's (1-based line, UTF-16 column).
 */
export interface UnboundLocalRead {
  name: string;
  /** The function the name is local to, and the line of its first binding there. */
  function: string;
  boundLine: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Scopes of their own whose reads are not the enclosing function's locals (free variables, or inlined since 3.12). */
const OWN_SCOPES = new Set(["lambda", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

/** One function's own scope while it is walked: where each name is first bound (an offset in the text), and the reads. */
interface FunctionScope {
  bound: Map<string, { at: number; line: number }>;
  declared: Set<string>;
  parameters: Set<string>;
  reads: Node[];
}

/**
 * A binding written out (over-inclusive, for mayReadBeforeBinding): `def NAME`/`class NAME`, `NAME = ...`, `NAME += ...`
 * or `NAME: ...` (annotated) or a `for NAME` loop at the start of a line, `NAME := `, `as NAME`, `import NAME`.
 * The `(?<![A-Za-z_])` of the walrus alternative changes no match: a leftmost match never starts after a letter or `_`
 * (one would have started there already, and no match ends inside a word). It spares trying `\w*` from every letter
 * of every word (quadratic in its length): a third less time over the bench's files.
 */
const BINDING = /\b(?:def|class|as|import)[ \t]+([A-Za-z_]\w*)|^[ \t]*(?:async[ \t]+)?for[ \t]+([A-Za-z_]\w*)|^[ \t]*([A-Za-z_]\w*)[ \t]*(?::|(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=(?!=))|(?<![A-Za-z_])([A-Za-z_]\w*)[ \t]*:=/gm;
const NESTED_DEFINITION = /^([ \t]*)(?:async[ \t]+)?(def|class)[ \t]+([A-Za-z_]\w*)/;

/**
 * The lines of a function's body (`body`: its text from the start of its line) outside the functions and classes
 * defined in it, by indentation: a nested `def`/`class` line keeps only `def NAME`, and the deeper lines after it go.
 */
function ownScopeText(body: string): string {
  if (!/\b(?:def|class)[ \t]/.test(body)) return body;
  const out: string[] = [];
  let nestedAt = -1;
  for (const line of body.split("\n")) {
    const indent = line.length - line.trimStart().length;
    if (nestedAt >= 0) {
      if (indent > nestedAt || indent === line.length || line.charCodeAt(indent) === 0x23) continue;
      nestedAt = -1;
    }
    const nested = NESTED_DEFINITION.exec(line);
    if (nested) {
      out.push(`${nested[1]}${nested[2]} ${nested[3]}`);
      nestedAt = indent;
    } else out.push(line);
  }
  return out.join("\n");
}

/**
 * Whether a function's own code (ownScopeText) may read a name before binding it: some name it binds other than a
 * parameter (BINDING, its first binding) is written earlier in the text, or again on the line of its assignment. Only
 * the functions it says yes to are walked (the walk reads the tree node by node, which costs); text in strings,
 * comments, attribute and keyword names only makes it say yes more often.
 */
function mayReadBeforeBinding(body: string, parameters: () => ReadonlySet<string>): boolean {
  const own = ownScopeText(body);
  // The parameters only once the body binds something: reading their names from the tree cost more than the scan.
  let params: ReadonlySet<string> | undefined;
  const seen = new Set<string>();
  // exec, not matchAll: matchAll makes a RegExp per call (its species constructor), once per function of the file.
  BINDING.lastIndex = 0;
  for (let binding = BINDING.exec(own); binding !== null; binding = BINDING.exec(own)) {
    const name = (binding[1] ?? binding[2] ?? binding[3] ?? binding[4]) as string;
    if (seen.has(name) || (params ??= parameters()).has(name)) continue;
    seen.add(name);
    // Where the name is written in the binding: at the end after a keyword, else at the start (after indentation).
    const at = binding[3] !== undefined ? binding.index + binding[0].search(/[A-Za-z_]/) : binding[4] !== undefined ? binding.index : binding.index + binding[0].length - name.length;
    // Written earlier, or again on its assignment's line (`x = x + 1`).
    const lineEnd = binding[3] === undefined ? at : own.indexOf("\n", at) === -1 ? own.length : own.indexOf("\n", at);
    for (let k = own.indexOf(name); k !== -1 && k < lineEnd; k = own.indexOf(name, k + 1)) {
      if (k !== at && !isWordCode(own.charCodeAt(k - 1)) && !isWordCode(own.charCodeAt(k + name.length))) return true;
    }
  }
  return false;
}

/**
 * Whether `text` (a function's body) may hold a BINDING match, by a few character searches (a third of BINDING's time
 * on the bench's function bodies, most of which bind nothing): false only where it holds none, so mayReadBeforeBinding
 * would say no. Every match holds an `=` (an assignment, augmented or not, a walrus), a `def`/`class`/`as`/`import`/
 * `for` followed by a space or tab, or a `:` after a line's first word (an annotation: `NAME: T`). A nested
 * definition's line that ownScopeText shortens keeps its `def`/`class` and the space after it, so a yes for its own
 * text is a yes for the body's; blanks before the text change no answer.
 */
function mayBind(text: string): boolean {
  if (text.includes("=")) return true;
  for (const word of BINDING_WORDS) {
    for (let k = text.indexOf(word); k !== -1; k = text.indexOf(word, k + 1)) {
      const after = text.charCodeAt(k + word.length);
      if (after === 0x20 || after === 0x09) return true;
    }
  }
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    const k = beforeWordEndingAt(text, colon - 1, isWordCode);
    if (k !== undefined && isLineStartAfter(text, k)) return true;
  }
  return false;
}

/** The keywords of BINDING's binding forms (each followed by a space or tab there). */
const BINDING_WORDS = ["def", "class", "as", "import", "for"];



/**
 * The UnboundLocalReads of `definitions` (the file's `def` nodes; others are skipped), by a walk of each function's
 * own scope in text order: its body, and the decorators, default values and annotations of the functions and classes
 * defined in it (which run when the `def` or `class` is reached), but not nested functions' bodies (each is in
 * `definitions` itself), class bodies, lambdas and comprehensions (their reads are free variables of the function:
 * NameError). A read counts when it comes before the end of the name's first binding in that scope (an assignment,
 * augmented assignment or walrus binds once its value is computed: `x = x + 1` reads first; a loop, `with`, `except`,
 * import, `def` or `class` where it starts). Names declared `global` or `nonlocal` and parameters are not local
 * variables there. Only ever used to word ruff's F821 at the same position, so reads that never run before the
 * binding (a loop, a branch) are harmless. Functions whose text shows no such read (mayReadBeforeBinding) are not
 * walked.
 */
export function unboundLocalReads(definitions: readonly Node[]): UnboundLocalRead[] {
  const found: UnboundLocalRead[] = [];
  const bind = (scope: FunctionScope | null, name: string, at: Node, atEnd: boolean): void => {
    if (!scope || scope.bound.has(name)) return;
    scope.bound.set(name, { at: atEnd ? at.endIndex : at.startIndex, line: at.startPosition.row + 1 });
  };
  /** A parameter list's default values and annotations, which run in the scope around the function. */
  const parameterParts = (parameters: Node | null, scope: FunctionScope | null): void => {
    for (const parameter of parameters?.namedChildren ?? []) {
      for (const field of ["type", "value"]) {
        const part = parameter.childForFieldName(field);
        if (part) visit(part, parameter, scope);
      }
    }
  };
  const visit = (child: Node, parent: Node, scope: FunctionScope | null): void => {
    switch (child.type) {
      case "function_definition": {
        parameterParts(child.childForFieldName("parameters"), scope);
        const returns = child.childForFieldName("return_type");
        if (returns) visit(returns, child, scope);
        const name = child.childForFieldName("name");
        if (name) bind(scope, name.text, child, false);
        return;
      }
      case "class_definition": {
        const bases = child.childForFieldName("superclasses");
        if (bases) walk(bases, scope);
        const name = child.childForFieldName("name");
        if (name) bind(scope, name.text, child, false);
        return;
      }
      case "global_statement":
      case "nonlocal_statement":
        for (const name of child.namedChildren) if (name.type === "identifier") scope?.declared.add(name.text);
        return;
      case "import_statement":
      case "import_from_statement":
        for (const name of importedNames(child)) bind(scope, name, child, false);
        return;
      case "identifier":
        if (scope && isLoad(child, parent)) scope.reads.push(child);
        return;
      default:
        break;
    }
    if (OWN_SCOPES.has(child.type)) {
      if (child.type === "lambda") parameterParts(child.childForFieldName("parameters"), scope);
      return;
    }
    if (bindsOwnNames(child, (name, at) => bind(scope, name, at, /^(assignment|augmented_assignment|named_expression)$/.test(at.type)), { annotationBinds: true })) return;
    walk(child, scope);
  };
  const walk = (node: Node, scope: FunctionScope | null): void => {
    for (const child of node.namedChildren) visit(child, node, scope);
  };
  for (const definition of definitions) {
    const body = definition.type === "function_definition" ? definition.childForFieldName("body") : null;
    if (!body) continue;
    // A body without a binding (mayBind: the indentation added below changes no answer) reads none before it.
    const text = body.text;
    if (!mayBind(text)) continue;
    let parameters: Set<string> | undefined;
    const namesOf = (): Set<string> => (parameters ??= parameterNames(definition));
    if (!mayReadBeforeBinding(" ".repeat(body.startPosition.column) + text, namesOf)) continue;
    parameters = namesOf();
    const scope: FunctionScope = { bound: new Map(), declared: new Set(), parameters, reads: [] };
    walk(body, scope);
    const name = definition.childForFieldName("name")?.text ?? "?";
    for (const read of scope.reads) {
      const bound = scope.bound.get(read.text);
      if (!bound || read.startIndex >= bound.at || scope.declared.has(read.text) || scope.parameters.has(read.text)) continue;
      found.push({
        name: read.text,
        function: name,
        boundLine: bound.line,
        line: read.startPosition.row + 1,
        column: read.startPosition.column + 1,
        endLine: read.endPosition.row + 1,
        endColumn: read.endPosition.column + 1,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

