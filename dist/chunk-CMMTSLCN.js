import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/dags/syntax-tree.ts
var SyntaxNode = class {
  /**
   * @internal Made by SyntaxTree only, from the five numbers tree-sitter identifies a node by (its id, start index,
   * start row and column, and the context word web-tree-sitter keeps as `node[0]`) and, on the public way, the `Node`
   * itself.
   */
  constructor(id, startIndex, startRow, startColumn, other, raw, tree) {
    this.id = id;
    this.startIndex = startIndex;
    this.startRow = startRow;
    this.startColumn = startColumn;
    this.other = other;
    this.raw = raw;
    this.tree = tree;
  }
  id;
  startIndex;
  startRow;
  startColumn;
  other;
  raw;
  tree;
  typeName = void 0;
  textValue = void 0;
  named = void 0;
  /**
   * Field reads so far, as pairs (name, child or null): a node is asked for one to three fields, and a Map per node
   * cost more to make than a scan of a few pairs (field names are string literals, compared by identity first).
   */
  fields = void 0;
  fieldLists = void 0;
  /** @internal Set by SyntaxTree.child for children read from this node's parent. */
  parentNode = void 0;
  end = void 0;
  endByte = void 0;
  start = void 0;
  /** Made on first use (most nodes are never asked): the same object each time. */
  get startPosition() {
    return this.start ??= this.raw ? this.raw.startPosition : { row: this.startRow, column: this.startColumn };
  }
  /** The grammar's node type (`call`, `identifier`, `ERROR`...). */
  get type() {
    return this.typeName ??= this.tree.wasm ? this.tree.wasm.type(this) : this.raw.type;
  }
  /** The node's source text. */
  get text() {
    return this.textValue ??= this.tree.wasm ? this.tree.textOf(this) : this.raw.text;
  }
  get endIndex() {
    return this.endByte ??= this.tree.wasm ? this.tree.wasm.endIndex(this) : this.raw.endIndex;
  }
  get endPosition() {
    return this.end ??= this.tree.wasm ? this.tree.wasm.endPosition(this) : this.raw.endPosition;
  }
  get namedChildren() {
    if (this.named === void 0) {
      const named = [];
      if (this.tree.wasm) this.tree.wasm.namedChildren(this, named);
      else for (const child of this.raw.namedChildren) if (child) named.push(this.tree.child(child, this));
      this.named = named;
    }
    return this.named;
  }
  get parent() {
    if (this.parentNode === void 0) {
      if (this.tree.wasm) this.parentNode = this.tree.wasm.parent(this);
      else {
        const parent = this.raw.parent;
        this.parentNode = parent ? this.tree.wrap(parent) : null;
      }
    }
    return this.parentNode;
  }
  childForFieldName(fieldName) {
    const fields = this.fields ??= [];
    for (let i = 0; i < fields.length; i += 2) if (fields[i] === fieldName) return fields[i + 1];
    let child;
    if (this.tree.wasm) child = this.tree.wasm.field(this, fieldName);
    else {
      const raw = this.raw.childForFieldName(fieldName);
      child = raw ? this.tree.child(raw, this) : null;
    }
    fields.push(fieldName, child);
    return child;
  }
  childrenForFieldName(fieldName) {
    const lists = this.fieldLists ??= [];
    for (let i = 0; i < lists.length; i += 2) if (lists[i] === fieldName) return lists[i + 1];
    const children = [];
    if (this.tree.wasm) this.tree.wasm.fieldList(this, fieldName, children);
    else for (const raw of this.raw.childrenForFieldName(fieldName)) if (raw) children.push(this.tree.child(raw, this));
    lists.push(fieldName, children);
    return children;
  }
};
var SyntaxTree = class {
  constructor(tree) {
    this.tree = tree;
    this.wasm = wasmModule && tree.language === wasmLanguage ? new WasmReads(wasmModule, tree, this) : void 0;
    this.rootNode = this.wrap(tree.rootNode);
  }
  tree;
  nodes = /* @__PURE__ */ new Map();
  rootNode;
  /** @internal The direct reads, when enableWasmReads has checked them against web-tree-sitter's. */
  wasm;
  /** @internal The one SyntaxNode of a node of this tree. */
  wrap(node) {
    return this.node(node.id, node.startIndex, node.startPosition.row, node.startPosition.column, node[0], node);
  }
  /** @internal The one SyntaxNode of the node with these numbers (see SyntaxNode's constructor). */
  node(id, startIndex, row, column, other, raw) {
    let view = this.nodes.get(id);
    if (view === void 0) {
      view = new SyntaxNode(id, startIndex, row, column, other, this.wasm ? void 0 : raw, this);
      this.nodes.set(id, view);
    }
    return view;
  }
  /** @internal The SyntaxNode of a child of `parent` (read through namedChildren or a field), its parent known. */
  child(node, parent) {
    const view = this.wrap(node);
    if (view.parentNode === void 0) view.parentNode = parent;
    return view;
  }
  /** @internal A node's text as web-tree-sitter's `Node.text` reads it (getText in its tree.ts at 0.25): through the tree's text callback. */
  textOf(node) {
    const tree = this.tree;
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
};
var wasmModule;
var wasmLanguage;
var NODE_INTS = 5;
var WasmReads = class {
  constructor(module, tree, view) {
    this.module = module;
    this.view = view;
    this.heap = module.HEAP32;
    this.buffer = module._ts_init() >> 2;
    this.address = tree[0];
    this.types = tree.language.types;
    this.fields = tree.language.fields;
  }
  module;
  view;
  heap;
  /** The transfer buffer, as an index into HEAP32. */
  buffer;
  address;
  types;
  fields;
  /**
   * HEAP32, again after wasm memory grew (the old view is then detached, of length 0). A module that did not renew
   * its HEAP32 (another emscripten's) would leave reads answering undefined, silently wrong: that is a thrown error,
   * never a wrong inventory.
   */
  memory() {
    if (this.heap.length === 0) {
      this.heap = this.module.HEAP32;
      if (this.heap.length === 0) throw new Error("tree-sitter's wasm memory grew and its HEAP32 view was not renewed: direct syntax-tree reads cannot go on");
    }
    return this.heap;
  }
  marshal(node) {
    const heap = this.memory();
    const at = this.buffer;
    heap[at] = node.id;
    heap[at + 1] = node.startIndex;
    heap[at + 2] = node.startRow;
    heap[at + 3] = node.startColumn;
    heap[at + 4] = node.other;
  }
  /** The node at int index `at` of the memory (web-tree-sitter's unmarshalNode), or null for id 0. */
  unmarshal(at) {
    const heap = this.memory();
    const id = heap[at];
    if (id === 0) return null;
    return this.view.node(id, heap[at + 1], heap[at + 2], heap[at + 3], heap[at + 4]);
  }
  type(node) {
    this.marshal(node);
    return this.types[this.module._ts_node_symbol_wasm(this.address)] || "ERROR";
  }
  endIndex(node) {
    this.marshal(node);
    return this.module._ts_node_end_index_wasm(this.address);
  }
  endPosition(node) {
    this.marshal(node);
    this.module._ts_node_end_point_wasm(this.address);
    const heap = this.memory();
    return { row: heap[this.buffer] >>> 0, column: heap[this.buffer + 1] >>> 0 };
  }
  parent(node) {
    this.marshal(node);
    this.module._ts_node_parent_wasm(this.address);
    return this.unmarshal(this.buffer);
  }
  field(node, fieldName) {
    const fieldId = this.fields.indexOf(fieldName);
    if (fieldId === -1) return null;
    this.marshal(node);
    this.module._ts_node_child_by_field_id_wasm(this.address, fieldId);
    const child = this.unmarshal(this.buffer);
    if (child && child.parentNode === void 0) child.parentNode = node;
    return child;
  }
  /** Appends the node's named children to `into`. */
  namedChildren(node, into) {
    this.marshal(node);
    this.module._ts_node_named_children_wasm(this.address);
    this.children(node, into);
  }
  /** Appends the node's children of a field to `into`. */
  fieldList(node, fieldName, into) {
    const fieldId = this.fields.indexOf(fieldName);
    if (fieldId === -1 || fieldId === 0) return;
    this.marshal(node);
    this.module._ts_node_children_by_field_id_wasm(this.address, fieldId);
    this.children(node, into);
  }
  /** The list a binding left in the transfer buffer (count, then the address of the nodes), freed after reading. */
  children(parent, into) {
    const heap = this.memory();
    const count = heap[this.buffer];
    const address = heap[this.buffer + 1];
    if (count <= 0) return;
    for (let i = 0; i < count; i++) {
      const child = this.unmarshal((address >> 2) + i * NODE_INTS);
      if (!child) continue;
      if (child.parentNode === void 0) child.parentNode = parent;
      into.push(child);
    }
    this.module._free(address);
  }
};
function enableWasmReads(module, check) {
  const candidate = module;
  const needed = ["_ts_init", "_free", "_ts_node_symbol_wasm", "_ts_node_end_index_wasm", "_ts_node_end_point_wasm", "_ts_node_named_children_wasm", "_ts_node_parent_wasm", "_ts_node_child_by_field_id_wasm", "_ts_node_children_by_field_id_wasm"];
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (!littleEndian || !(candidate.HEAP32 instanceof Int32Array) || needed.some((name) => typeof candidate[name] !== "function")) return false;
  const previous = [wasmModule, wasmLanguage];
  wasmModule = candidate;
  wasmLanguage = check.language;
  try {
    if (sameReads(check)) return true;
  } catch {
  }
  [wasmModule, wasmLanguage] = previous;
  return false;
}
var WASM_READS_CHECK_SOURCE = [
  "import os.path as osp, sys",
  "from airflow import DAG as D",
  "@dag(tags=['\xE9', f'{x}'])",
  "async def build(x: int = 1, *a, **kw) -> list[str]:",
  "    with D(dag_id='d', default_args={'r': 1}) as d:",
  "        t = (lambda y: y)(x) if x else [i for i in a]",
  "        t >> [b] << c  # \xE9",
  "    print = match = 1",
  "class C(B, metaclass=M):",
  "    def f(:",
  "x = (1,"
].join("\n");
function sameReads(check) {
  const direct = new SyntaxTree(check);
  const alone = new SyntaxTree(check);
  if (!direct.wasm || !alone.wasm) return false;
  const allFields = check.language.fields.filter((f) => typeof f === "string");
  const typesSeen = /* @__PURE__ */ new Set();
  const pending = [[check.rootNode, direct.rootNode]];
  const same = (node, view) => node === null ? view === null : view !== null && view.id === node.id && view.startIndex === node.startIndex && view.startRow === node.startPosition.row && view.startColumn === node.startPosition.column;
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
      if (child) pending.push([child, viewChildren[i]]);
    });
  }
  return seen > 50;
}
var CHECKED_FIELDS = ["name", "body", "value", "function", "arguments", "left", "right", "alias"];
function spanOf(node) {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 };
}
function insideSpans(line, column, spans) {
  for (let i = 0; i + 3 < spans.length; i += 4) {
    const [l, c, el, ec] = [spans[i], spans[i + 1], spans[i + 2], spans[i + 3]];
    if ((line > l || line === l && column >= c) && (line < el || line === el && column < ec)) return true;
  }
  return false;
}
function calleeName(node) {
  if (!node) return void 0;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = calleeName(node.childForFieldName("object"));
    const attr = node.childForFieldName("attribute")?.text;
    return object && attr ? `${object}.${attr}` : void 0;
  }
  return void 0;
}
function callArguments(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
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

export {
  SyntaxTree,
  enableWasmReads,
  WASM_READS_CHECK_SOURCE,
  spanOf,
  insideSpans,
  calleeName,
  callArguments
};
