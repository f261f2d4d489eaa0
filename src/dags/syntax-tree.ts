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
 * `id` comparisons keep working. A child read through `namedChildren` or a field knows its parent without asking
 * (tree-sitter's `parent` of such a child is the node it was read from: checked over every node of ~5,000 files,
 * broken ones included).
 *
 * The reads themselves go through WasmReads where the module allows (see enableWasmReads), else through
 * web-tree-sitter's `Node`.
 *
 * Member names and shapes are web-tree-sitter's (0.25), for the subset the inventory uses; positions are 0-based
 * rows and UTF-16 code-unit columns as tree-sitter gives them for a JavaScript string.
 */
export class SyntaxNode {
  private typeName: string | undefined = undefined;
  private textValue: string | undefined = undefined;
  private named: SyntaxNode[] | undefined = undefined;
  /**
   * Field reads so far, as pairs (name, child or null): a node is asked for one to three fields, and a Map per node
   * cost more to make than a scan of a few pairs (field names are string literals, compared by identity first).
   */
  private fields: (string | SyntaxNode | null)[] | undefined = undefined;
  private fieldLists: (string | SyntaxNode[])[] | undefined = undefined;
  /** @internal Set by SyntaxTree.child for children read from this node's parent. */
  parentNode: SyntaxNode | null | undefined = undefined;
  private end: Point | undefined = undefined;
  private endByte: number | undefined = undefined;
  private start: Point | undefined = undefined;

  /**
   * @internal Made by SyntaxTree only, from the five numbers tree-sitter identifies a node by (its id, start index,
   * start row and column, and the context word web-tree-sitter keeps as `node[0]`) and, on the public way, the `Node`
   * itself.
   */
  constructor(
    /** Unique within the tree. */
    readonly id: number,
    readonly startIndex: number,
    /** @internal */
    readonly startRow: number,
    /** @internal */
    readonly startColumn: number,
    /** @internal */
    readonly other: number,
    private readonly raw: Node | undefined,
    private readonly tree: SyntaxTree,
  ) {}

  /** Made on first use (most nodes are never asked): the same object each time. */
  get startPosition(): Point {
    return (this.start ??= this.raw ? this.raw.startPosition : { row: this.startRow, column: this.startColumn });
  }

  /** The grammar's node type (`call`, `identifier`, `ERROR`...). */
  get type(): string {
    return (this.typeName ??= this.tree.wasm ? this.tree.wasm.type(this) : (this.raw as Node).type);
  }
  /** The node's source text. */
  get text(): string {
    return (this.textValue ??= this.tree.wasm ? this.tree.textOf(this) : (this.raw as Node).text);
  }
  get endIndex(): number {
    return (this.endByte ??= this.tree.wasm ? this.tree.wasm.endIndex(this) : (this.raw as Node).endIndex);
  }
  get endPosition(): Point {
    return (this.end ??= this.tree.wasm ? this.tree.wasm.endPosition(this) : (this.raw as Node).endPosition);
  }
  get namedChildren(): SyntaxNode[] {
    if (this.named === undefined) {
      const named: SyntaxNode[] = [];
      if (this.tree.wasm) this.tree.wasm.namedChildren(this, named);
      else for (const child of (this.raw as Node).namedChildren) if (child) named.push(this.tree.child(child, this));
      this.named = named;
    }
    return this.named;
  }
  get parent(): SyntaxNode | null {
    if (this.parentNode === undefined) {
      if (this.tree.wasm) this.parentNode = this.tree.wasm.parent(this);
      else {
        const parent = (this.raw as Node).parent;
        this.parentNode = parent ? this.tree.wrap(parent) : null;
      }
    }
    return this.parentNode;
  }
  childForFieldName(fieldName: string): SyntaxNode | null {
    const fields = (this.fields ??= []);
    for (let i = 0; i < fields.length; i += 2) if (fields[i] === fieldName) return fields[i + 1] as SyntaxNode | null;
    let child: SyntaxNode | null;
    if (this.tree.wasm) child = this.tree.wasm.field(this, fieldName);
    else {
      const raw = (this.raw as Node).childForFieldName(fieldName);
      child = raw ? this.tree.child(raw, this) : null;
    }
    fields.push(fieldName, child);
    return child;
  }
  childrenForFieldName(fieldName: string): SyntaxNode[] {
    const lists = (this.fieldLists ??= []);
    for (let i = 0; i < lists.length; i += 2) if (lists[i] === fieldName) return lists[i + 1] as SyntaxNode[];
    const children: SyntaxNode[] = [];
    if (this.tree.wasm) this.tree.wasm.fieldList(this, fieldName, children);
    else for (const raw of (this.raw as Node).childrenForFieldName(fieldName)) if (raw) children.push(this.tree.child(raw, this));
    lists.push(fieldName, children);
    return children;
  }
}

/** The SyntaxNode view of one parsed tree; valid as long as the tree is (callers delete the tree, not this). */
export class SyntaxTree {
  private readonly nodes = new Map<number, SyntaxNode>();
  readonly rootNode: SyntaxNode;
  /** @internal The direct reads, when enableWasmReads has checked them against web-tree-sitter's. */
  readonly wasm: WasmReads | undefined;

  constructor(private readonly tree: Tree) {
    // Only a tree of the checked module's parser: another web-tree-sitter (a second init) keeps its own memory.
    this.wasm = wasmModule && tree.language === wasmLanguage ? new WasmReads(wasmModule, tree, this) : undefined;
    this.rootNode = this.wrap(tree.rootNode);
  }

  /** @internal The one SyntaxNode of a node of this tree. */
  wrap(node: Node): SyntaxNode {
    return this.node(node.id, node.startIndex, node.startPosition.row, node.startPosition.column, (node as unknown as { 0: number })[0], node);
  }

  /** @internal The one SyntaxNode of the node with these numbers (see SyntaxNode's constructor). */
  node(id: number, startIndex: number, row: number, column: number, other: number, raw?: Node): SyntaxNode {
    let view = this.nodes.get(id);
    if (view === undefined) {
      view = new SyntaxNode(id, startIndex, row, column, other, this.wasm ? undefined : raw, this);
      this.nodes.set(id, view);
    }
    return view;
  }

  /** @internal The SyntaxNode of a child of `parent` (read through namedChildren or a field), its parent known. */
  child(node: Node, parent: SyntaxNode): SyntaxNode {
    const view = this.wrap(node);
    if (view.parentNode === undefined) view.parentNode = parent;
    return view;
  }

  /** @internal A node's text as web-tree-sitter's `Node.text` reads it (getText in its tree.ts at 0.25): through the tree's text callback. */
  textOf(node: SyntaxNode): string {
    const tree = this.tree as unknown as { textCallback: (index: number, position: Point) => string | undefined };
    let startIndex = node.startIndex;
    const endIndex = node.endIndex;
    const length = endIndex - startIndex;
    let result = tree.textCallback(startIndex, node.startPosition);
    if (result) {
      startIndex += result.length;
      while (startIndex < endIndex) {
        const part = tree.textCallback(startIndex, node.startPosition);
        if (part && part.length > 0) {
          startIndex += part.length;
          result += part;
        } else break;
      }
      if (startIndex > endIndex) result = result.slice(0, length);
    }
    return result ?? "";
  }
}

/**
 * The parts of web-tree-sitter's emscripten module (0.25) a node read needs: its memory, the transfer buffer its
 * bindings pass nodes through, and the binding functions web-tree-sitter's `Node` calls.
 */
interface TreeSitterModule {
  HEAP32: Int32Array;
  _ts_init(): number;
  _free(address: number): void;
  _ts_node_symbol_wasm(tree: number): number;
  _ts_node_end_index_wasm(tree: number): number;
  _ts_node_end_point_wasm(tree: number): void;
  _ts_node_named_children_wasm(tree: number): void;
  _ts_node_parent_wasm(tree: number): void;
  _ts_node_child_by_field_id_wasm(tree: number, field: number): void;
  _ts_node_children_by_field_id_wasm(tree: number, field: number): void;
}

/** The module WasmReads use, once enableWasmReads has checked it, and the language of the trees it checked them on. */
let wasmModule: TreeSitterModule | undefined;
let wasmLanguage: unknown;

/** Int32 slots of one node in the transfer buffer (web-tree-sitter's SIZE_OF_NODE is 5 ints). */
const NODE_INTS = 5;

/**
 * Node reads made the way web-tree-sitter's `Node` makes them (src/node.ts and marshal.ts at 0.25: the node's five
 * numbers written to the transfer buffer, the same binding function called, its answer read back), without the
 * library's generic `setValue`/`getValue` per number and a `Node` object per node, which were most of the cost of a
 * read (~40% of the inventory's walk over `npm run bench`).
 */
class WasmReads {
  private heap: Int32Array;
  /** The transfer buffer, as an index into HEAP32. */
  private readonly buffer: number;
  private readonly address: number;
  private readonly types: string[];
  private readonly fields: (string | null)[];

  constructor(
    private readonly module: TreeSitterModule,
    tree: Tree,
    private readonly view: SyntaxTree,
  ) {
    this.heap = module.HEAP32;
    this.buffer = module._ts_init() >> 2;
    this.address = (tree as unknown as { 0: number })[0];
    this.types = tree.language.types;
    this.fields = tree.language.fields;
  }

  /**
   * HEAP32, again after wasm memory grew (the old view is then detached, of length 0). A module that did not renew
   * its HEAP32 (another emscripten's) would leave reads answering undefined, silently wrong: that is a thrown error,
   * never a wrong inventory.
   */
  private memory(): Int32Array {
    if (this.heap.length === 0) {
      this.heap = this.module.HEAP32;
      if (this.heap.length === 0) throw new Error("tree-sitter's wasm memory grew and its HEAP32 view was not renewed: direct syntax-tree reads cannot go on");
    }
    return this.heap;
  }

  private marshal(node: SyntaxNode): void {
    const heap = this.memory();
    const at = this.buffer;
    heap[at] = node.id;
    heap[at + 1] = node.startIndex;
    heap[at + 2] = node.startRow;
    heap[at + 3] = node.startColumn;
    heap[at + 4] = node.other;
  }

  /** The node at int index `at` of the memory (web-tree-sitter's unmarshalNode), or null for id 0. */
  private unmarshal(at: number): SyntaxNode | null {
    const heap = this.memory();
    const id = heap[at] as number;
    if (id === 0) return null;
    return this.view.node(id, heap[at + 1] as number, heap[at + 2] as number, heap[at + 3] as number, heap[at + 4] as number);
  }

  type(node: SyntaxNode): string {
    this.marshal(node);
    return this.types[this.module._ts_node_symbol_wasm(this.address)] || "ERROR";
  }

  endIndex(node: SyntaxNode): number {
    this.marshal(node);
    return this.module._ts_node_end_index_wasm(this.address);
  }

  endPosition(node: SyntaxNode): Point {
    this.marshal(node);
    this.module._ts_node_end_point_wasm(this.address);
    const heap = this.memory();
    return { row: (heap[this.buffer] as number) >>> 0, column: (heap[this.buffer + 1] as number) >>> 0 };
  }

  parent(node: SyntaxNode): SyntaxNode | null {
    this.marshal(node);
    this.module._ts_node_parent_wasm(this.address);
    return this.unmarshal(this.buffer);
  }

  field(node: SyntaxNode, fieldName: string): SyntaxNode | null {
    const fieldId = this.fields.indexOf(fieldName);
    if (fieldId === -1) return null;
    this.marshal(node);
    this.module._ts_node_child_by_field_id_wasm(this.address, fieldId);
    const child = this.unmarshal(this.buffer);
    if (child && child.parentNode === undefined) child.parentNode = node;
    return child;
  }

  /** Appends the node's named children to `into`. */
  namedChildren(node: SyntaxNode, into: SyntaxNode[]): void {
    this.marshal(node);
    this.module._ts_node_named_children_wasm(this.address);
    this.children(node, into);
  }

  /** Appends the node's children of a field to `into`. */
  fieldList(node: SyntaxNode, fieldName: string, into: SyntaxNode[]): void {
    const fieldId = this.fields.indexOf(fieldName);
    if (fieldId === -1 || fieldId === 0) return;
    this.marshal(node);
    this.module._ts_node_children_by_field_id_wasm(this.address, fieldId);
    this.children(node, into);
  }

  /** The list a binding left in the transfer buffer (count, then the address of the nodes), freed after reading. */
  private children(parent: SyntaxNode, into: SyntaxNode[]): void {
    const heap = this.memory();
    const count = heap[this.buffer] as number;
    const address = heap[this.buffer + 1] as number;
    if (count <= 0) return;
    for (let i = 0; i < count; i++) {
      const child = this.unmarshal((address >> 2) + i * NODE_INTS);
      if (!child) continue;
      if (child.parentNode === undefined) child.parentNode = parent;
      into.push(child);
    }
    this.module._free(address);
  }
}

/**
 * Lets SyntaxTrees read nodes through web-tree-sitter's emscripten module directly (see WasmReads), where `module` is
 * the object Parser.init was given (emscripten makes that object the module) and reading every node of `check`
 * (a tree parsed from checkSource) both ways gives the same answers; else the trees keep web-tree-sitter's `Node`.
 * Returns whether the direct reads are on.
 */
export function enableWasmReads(module: object, check: Tree): boolean {
  const candidate = module as Partial<TreeSitterModule>;
  const needed = ["_ts_init", "_free", "_ts_node_symbol_wasm", "_ts_node_end_index_wasm", "_ts_node_end_point_wasm", "_ts_node_named_children_wasm", "_ts_node_parent_wasm", "_ts_node_child_by_field_id_wasm", "_ts_node_children_by_field_id_wasm"] as const;
  // The direct reads use HEAP32 where web-tree-sitter writes little-endian through a DataView.
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (!littleEndian || !(candidate.HEAP32 instanceof Int32Array) || needed.some((name) => typeof candidate[name] !== "function")) return false;
  const previous = [wasmModule, wasmLanguage] as const;
  wasmModule = candidate as TreeSitterModule;
  wasmLanguage = check.language;
  try {
    if (sameReads(check)) return true;
  } catch {
    // A module not shaped as 0.25's: the public way stays.
  }
  [wasmModule, wasmLanguage] = previous;
  return false;
}

/** Source for enableWasmReads' check: the kinds of node the walk reads, aliased ones, a missing and an ERROR node, non-ASCII text. */
export const WASM_READS_CHECK_SOURCE = [
  "import os.path as osp, sys",
  "from airflow import DAG as D",
  "@dag(tags=['é', f'{x}'])",
  "async def build(x: int = 1, *a, **kw) -> list[str]:",
  "    with D(dag_id='d', default_args={'r': 1}) as d:",
  "        t = (lambda y: y)(x) if x else [i for i in a]",
  "        t >> [b] << c  # é",
  "    print = match = 1",
  "class C(B, metaclass=M):",
  "    def f(:",
  "x = (1,",
].join("\n");

/**
 * Whether every node of `check` reads the same through WasmReads as through web-tree-sitter's `Node`: its facts, named
 * children and parent, and its fields (every field of the grammar for the first node of each type, else the common
 * ones: asking all of them of every node made the check cost more than it saves a small run).
 */
function sameReads(check: Tree): boolean {
  const direct = new SyntaxTree(check);
  // Nodes made here from their numbers alone, so that their parents are asked for, not known from the walk.
  const alone = new SyntaxTree(check);
  if (!direct.wasm || !alone.wasm) return false;
  const allFields = check.language.fields.filter((f): f is string => typeof f === "string");
  const typesSeen = new Set<string>();
  const pending: [Node, SyntaxNode][] = [[check.rootNode, direct.rootNode]];
  const same = (node: Node | null, view: SyntaxNode | null): boolean =>
    node === null ? view === null : view !== null && view.id === node.id && view.startIndex === node.startIndex && view.startRow === node.startPosition.row && view.startColumn === node.startPosition.column;
  let seen = 0;
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [node, view] = item;
    seen++;
    const type = node.type;
    if (!same(node, view) || view.type !== type || view.text !== node.text || view.endIndex !== node.endIndex) return false;
    if (view.endPosition.row !== node.endPosition.row || view.endPosition.column !== node.endPosition.column) return false;
    if (!same(node.parent, alone.node(view.id, view.startIndex, view.startRow, view.startColumn, view.other).parent)) return false;
    const fields = typesSeen.has(type) ? CHECKED_FIELDS : allFields;
    typesSeen.add(type);
    for (const field of fields) {
      if (!same(node.childForFieldName(field), view.childForFieldName(field))) return false;
      const list = node.childrenForFieldName(field);
      const viewList = view.childrenForFieldName(field);
      if (list.length !== viewList.length || list.some((child, i) => !same(child, viewList[i] ?? null))) return false;
    }
    const children = node.namedChildren;
    const viewChildren = view.namedChildren;
    if (children.length !== viewChildren.length) return false;
    children.forEach((child, i) => {
      if (child) pending.push([child, viewChildren[i] as SyntaxNode]);
    });
  }
  return seen > 50;
}

/** Fields sameReads asks of every node. */
const CHECKED_FIELDS = ["name", "body", "value", "function", "arguments", "left", "right", "alias"];

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
