import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/dags/syntax-tree.ts
var SyntaxNode = class {
  /** @internal Made by SyntaxTree only. */
  constructor(raw, tree) {
    this.raw = raw;
    this.tree = tree;
  }
  raw;
  tree;
  typeName = void 0;
  textValue = void 0;
  named = void 0;
  fields = void 0;
  fieldLists = void 0;
  parentNode = void 0;
  end = void 0;
  endByte = void 0;
  /** Unique within the tree. */
  get id() {
    return this.raw.id;
  }
  /** The grammar's node type (`call`, `identifier`, `ERROR`...). */
  get type() {
    return this.typeName ??= this.raw.type;
  }
  /** The node's source text. */
  get text() {
    return this.textValue ??= this.raw.text;
  }
  get startIndex() {
    return this.raw.startIndex;
  }
  get endIndex() {
    return this.endByte ??= this.raw.endIndex;
  }
  get startPosition() {
    return this.raw.startPosition;
  }
  get endPosition() {
    return this.end ??= this.raw.endPosition;
  }
  get namedChildren() {
    if (this.named === void 0) {
      const children = this.raw.namedChildren;
      const named = [];
      for (const child of children) if (child) named.push(this.tree.wrap(child));
      this.named = named;
    }
    return this.named;
  }
  get parent() {
    if (this.parentNode === void 0) {
      const parent = this.raw.parent;
      this.parentNode = parent ? this.tree.wrap(parent) : null;
    }
    return this.parentNode;
  }
  childForFieldName(fieldName) {
    this.fields ??= /* @__PURE__ */ new Map();
    let child = this.fields.get(fieldName);
    if (child === void 0) {
      const raw = this.raw.childForFieldName(fieldName);
      child = raw ? this.tree.wrap(raw) : null;
      this.fields.set(fieldName, child);
    }
    return child;
  }
  childrenForFieldName(fieldName) {
    this.fieldLists ??= /* @__PURE__ */ new Map();
    let children = this.fieldLists.get(fieldName);
    if (children === void 0) {
      children = [];
      for (const raw of this.raw.childrenForFieldName(fieldName)) if (raw) children.push(this.tree.wrap(raw));
      this.fieldLists.set(fieldName, children);
    }
    return children;
  }
};
var SyntaxTree = class {
  nodes = /* @__PURE__ */ new Map();
  rootNode;
  constructor(tree) {
    this.rootNode = this.wrap(tree.rootNode);
  }
  /** @internal The one SyntaxNode of a node of this tree. */
  wrap(node) {
    let view = this.nodes.get(node.id);
    if (view === void 0) {
      view = new SyntaxNode(node, this);
      this.nodes.set(node.id, view);
    }
    return view;
  }
};
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
  spanOf,
  insideSpans,
  calleeName,
  callArguments
};
