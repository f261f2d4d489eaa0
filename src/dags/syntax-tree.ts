import type { Node, Point, Tree } from "web-tree-sitter";
import type { SourceSpan } from "../core/findings.js";

/**
 * A read-only view of one tree-sitter syntax tree that reads each fact of a node from wasm once.
 *
 * Every web-tree-sitter accessor (`type`, `text`'s end, `namedChildren`, `childForFieldName`, `parent`...) copies the
 * node into wasm memory and calls into the module, and each call hands back fresh `Node` objects, so asking twice
 * costs twice. The DAG inventory asks a lot twice: over the 2,000 files of `npm run bench`, a file's walk read `type`
 * 707 times of 129 distinct nodes, `text` 154 times of 71, `namedChildren` 107 times of 54 and `childForFieldName`
 * 77 times of 36 (counted with instrumented getters). Here the answer of each read is kept on the node, and each
 * node has one `SyntaxNode` per tree (found by its id, which tree-sitter keeps unique within a tree), so identity and
 * `id` comparisons keep working.
 *
 * Member names and shapes are web-tree-sitter's (0.25), for the subset the inventory uses; positions are 0-based
 * rows and UTF-16 code-unit columns as tree-sitter gives them for a JavaScript string.
 */
export class SyntaxNode {
  private typeName: string | undefined = undefined;
  private textValue: string | undefined = undefined;
  private named: SyntaxNode[] | undefined = undefined;
  private fields: Map<string, SyntaxNode | null> | undefined = undefined;
  private fieldLists: Map<string, SyntaxNode[]> | undefined = undefined;
  private parentNode: SyntaxNode | null | undefined = undefined;
  private end: Point | undefined = undefined;
  private endByte: number | undefined = undefined;

  /** @internal Made by SyntaxTree only. */
  constructor(
    private readonly raw: Node,
    private readonly tree: SyntaxTree,
  ) {}

  /** Unique within the tree. */
  get id(): number {
    return this.raw.id;
  }
  /** The grammar's node type (`call`, `identifier`, `ERROR`...). */
  get type(): string {
    return (this.typeName ??= this.raw.type);
  }
  /** The node's source text. */
  get text(): string {
    return (this.textValue ??= this.raw.text);
  }
  get startIndex(): number {
    return this.raw.startIndex;
  }
  get endIndex(): number {
    return (this.endByte ??= this.raw.endIndex);
  }
  get startPosition(): Point {
    return this.raw.startPosition;
  }
  get endPosition(): Point {
    return (this.end ??= this.raw.endPosition);
  }
  get namedChildren(): SyntaxNode[] {
    if (this.named === undefined) {
      const children = this.raw.namedChildren;
      const named: SyntaxNode[] = [];
      for (const child of children) if (child) named.push(this.tree.wrap(child));
      this.named = named;
    }
    return this.named;
  }
  get parent(): SyntaxNode | null {
    if (this.parentNode === undefined) {
      const parent = this.raw.parent;
      this.parentNode = parent ? this.tree.wrap(parent) : null;
    }
    return this.parentNode;
  }
  childForFieldName(fieldName: string): SyntaxNode | null {
    this.fields ??= new Map();
    let child = this.fields.get(fieldName);
    if (child === undefined) {
      const raw = this.raw.childForFieldName(fieldName);
      child = raw ? this.tree.wrap(raw) : null;
      this.fields.set(fieldName, child);
    }
    return child;
  }
  childrenForFieldName(fieldName: string): SyntaxNode[] {
    this.fieldLists ??= new Map();
    let children = this.fieldLists.get(fieldName);
    if (children === undefined) {
      children = [];
      for (const raw of this.raw.childrenForFieldName(fieldName)) if (raw) children.push(this.tree.wrap(raw));
      this.fieldLists.set(fieldName, children);
    }
    return children;
  }
}

/** The SyntaxNode view of one parsed tree; valid as long as the tree is (callers delete the tree, not this). */
export class SyntaxTree {
  private readonly nodes = new Map<number, SyntaxNode>();
  readonly rootNode: SyntaxNode;

  constructor(tree: Tree) {
    this.rootNode = this.wrap(tree.rootNode);
  }

  /** @internal The one SyntaxNode of a node of this tree. */
  wrap(node: Node): SyntaxNode {
    let view = this.nodes.get(node.id);
    if (view === undefined) {
      view = new SyntaxNode(node, this);
      this.nodes.set(node.id, view);
    }
    return view;
  }
}

/** A node's span: 1-based lines and columns (UTF-16 code units), end exclusive. */
export function spanOf(node: SyntaxNode): SourceSpan {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 };
}

/**
 * Whether a 1-based position lies in one of `spans`, flat quadruples (line, column, end line, end column; end
 * exclusive) such as FileInventory.notRunAtImport and unevaluated.
 */
export function insideSpans(line: number, column: number, spans: readonly number[]): boolean {
  for (let i = 0; i + 3 < spans.length; i += 4) {
    const [l, c, el, ec] = [spans[i] as number, spans[i + 1] as number, spans[i + 2] as number, spans[i + 3] as number];
    if ((line > l || (line === l && column >= c)) && (line < el || (line === el && column < ec))) return true;
  }
  return false;
}

/** The callee of a call as dotted text (`airflow.DAG`, `Variable.get`), or undefined for calls of calls and the like. */
export function calleeName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = calleeName(node.childForFieldName("object"));
    const attr = node.childForFieldName("attribute")?.text;
    return object && attr ? `${object}.${attr}` : undefined;
  }
  return undefined;
}

/** A call's keyword and positional arguments (comments left out), and whether it has a `*` or `**` splat. */
export function callArguments(call: SyntaxNode): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode>; splat: boolean } {
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
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
