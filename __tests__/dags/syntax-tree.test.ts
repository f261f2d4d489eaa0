import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { Language, Parser, type Node } from "web-tree-sitter";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { enableWasmReads, SyntaxTree, type SyntaxNode } from "../../src/dags/syntax-tree.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

// Aliased nodes (`as_pattern_target`, `keyword_identifier`), decorators, match statements, f-strings, a syntax error,
// non-ASCII text (UTF-16 columns): the shapes where a node's reads could differ from web-tree-sitter's own.
const SOURCE = `"""Café DAGs."""
from __future__ import annotations
import datetime as dt
from airflow.decorators import dag, task

match = {"print": 1}
with open("x") as handle, open("y") as (a, b):
    pass

@dag(schedule="@daily", start_date=dt.datetime(2024, 1, 1), tags=[f"été-{1 + 2}"])
def pipeline(x: int = 1, *args, **kwargs) -> None:
    @task
    def extract(): return [i for i in range(3) if i]
    match x:
        case {"a": 1, **rest} as whole:
            print(rest, whole)
        case [1, *others]:
            pass
    extract() >> (lambda: None)()

pipeline()
broken = (1,
`;

function everyNode(root: Node): Node[] {
  const nodes: Node[] = [];
  const cursor = root.walk();
  const visit = (): void => {
    nodes.push(cursor.currentNode);
    if (cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  cursor.delete();
  return nodes;
}

describe("SyntaxTree: each node's facts read from wasm once", () => {
  it("answers like web-tree-sitter for every node, twice (the second answer from the node's memory)", () => {
    const tree = parser.parse(SOURCE);
    try {
      const view = new SyntaxTree(tree);
      const raw = everyNode(tree.rootNode);
      expect(raw.length).toBeGreaterThan(200);
      const ids = (nodes: (Node | SyntaxNode | null)[]): (number | null)[] => nodes.map((n) => n?.id ?? null);
      let fieldsSeen = 0;
      for (const node of raw) {
        // Reach the node through the view the way the inventory does: from the root, by named children and parents.
        const wrapped = findById(view.rootNode, node.id);
        if (!node.isNamed) continue;
        expect(wrapped, `node ${node.type} at ${node.startPosition.row}:${node.startPosition.column}`).toBeDefined();
        const w = wrapped as SyntaxNode;
        for (let round = 0; round < 2; round++) {
          expect(w.type).toBe(node.type);
          expect(w.text).toBe(node.text);
          expect([w.startIndex, w.endIndex]).toEqual([node.startIndex, node.endIndex]);
          expect(w.startPosition).toEqual(node.startPosition);
          expect(w.endPosition).toEqual(node.endPosition);
          expect(ids(w.namedChildren)).toEqual(ids(node.namedChildren.filter((c) => c !== null)));
          expect(w.parent?.id ?? null).toBe(node.parent?.id ?? null);
          for (const field of ["name", "body", "function", "arguments", "value", "left", "right", "condition", "alias", "definition"]) {
            const expected = node.childForFieldName(field);
            if (expected) fieldsSeen++;
            expect(w.childForFieldName(field)?.id ?? null).toBe(expected?.id ?? null);
            expect(ids(w.childrenForFieldName(field))).toEqual(ids(node.childrenForFieldName(field).filter((c) => c !== null)));
          }
        }
      }
      expect(fieldsSeen).toBeGreaterThan(50);
    } finally {
      tree.delete();
    }
  });

  it("gives one SyntaxNode per node: reached by children, fields or parents, it is the same object", () => {
    const tree = parser.parse(SOURCE);
    try {
      const root = new SyntaxTree(tree).rootNode;
      const decorated = root.namedChildren.find((c) => c.type === "decorated_definition") as SyntaxNode;
      const definition = decorated.childForFieldName("definition") as SyntaxNode;
      expect(decorated.namedChildren).toContain(definition);
      expect(definition.parent).toBe(decorated);
      expect(decorated.parent).toBe(root);
      const body = definition.childForFieldName("body") as SyntaxNode;
      expect(body.parent?.parent).toBe(decorated);
      // Repeated reads hand back the very array and object, not copies.
      expect(root.namedChildren).toBe(root.namedChildren);
      expect(definition.childForFieldName("name")).toBe(definition.childForFieldName("name"));
    } finally {
      tree.delete();
    }
  });
});

function findById(node: SyntaxNode, id: number): SyntaxNode | undefined {
  if (node.id === id) return node;
  for (const child of node.namedChildren) {
    const found = findById(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Everything a view answers about each node, reached from the root by named children and fields. */
function describeView(root: SyntaxNode): string[] {
  const lines: string[] = [];
  const visit = (node: SyntaxNode, depth: number): void => {
    const fields = ["name", "body", "function", "arguments", "value", "left", "right", "alias", "definition"].map((f) => `${f}=${node.childForFieldName(f)?.type ?? "-"}/${node.childrenForFieldName(f).length}`);
    const { startPosition: s, endPosition: e } = node;
    lines.push(`${depth} ${node.type} ${node.startIndex}-${node.endIndex} ${s.row}:${s.column}-${e.row}:${e.column} ${JSON.stringify(node.text)} ${node.parent?.type ?? "-"} ${fields.join(" ")}`);
    for (const child of node.namedChildren) visit(child, depth + 1);
  };
  visit(root, 0);
  return lines;
}

describe("SyntaxTree: direct reads through web-tree-sitter's module", () => {
  it("reads the trees of createPythonParser's parser directly (the check at load passed)", () => {
    const tree = parser.parse(SOURCE);
    try {
      expect(new SyntaxTree(tree).wasm).toBeDefined();
    } finally {
      tree.delete();
    }
  });

  it("reads a tree of another language object through web-tree-sitter's Node, with the same answers", async () => {
    // A second Language of the same grammar: its trees are not those the direct reads were checked on.
    const require = createRequire(import.meta.url);
    const language = await Language.load(new Uint8Array(await readFile(require.resolve("tree-sitter-python/tree-sitter-python.wasm"))));
    const other = new Parser();
    other.setLanguage(language);
    const direct = parser.parse(SOURCE);
    const publicWay = other.parse(SOURCE);
    try {
      const directView = new SyntaxTree(direct);
      const publicView = new SyntaxTree(publicWay as NonNullable<typeof publicWay>);
      expect(directView.wasm).toBeDefined();
      expect(publicView.wasm).toBeUndefined();
      const lines = describeView(directView.rootNode);
      expect(lines.length).toBeGreaterThan(150);
      expect(describeView(publicView.rootNode)).toEqual(lines);
    } finally {
      direct.delete();
      publicWay?.delete();
      other.delete();
    }
  });

  it("keeps the direct reads it has when asked to use a module without web-tree-sitter's binding functions, or whose reads differ", () => {
    const tree = parser.parse(SOURCE);
    try {
      expect(enableWasmReads({ HEAP32: new Int32Array(8) }, tree)).toBe(false);
      // Every binding function there, answering nothing like web-tree-sitter's: the check against its reads fails.
      const names = ["_ts_init", "_free", "_ts_node_symbol_wasm", "_ts_node_end_index_wasm", "_ts_node_end_point_wasm", "_ts_node_named_children_wasm", "_ts_node_parent_wasm", "_ts_node_child_by_field_id_wasm", "_ts_node_children_by_field_id_wasm"];
      const wrong = Object.fromEntries([["HEAP32", new Int32Array(64)], ...names.map((name) => [name, () => 0])]);
      expect(enableWasmReads(wrong, tree)).toBe(false);
      const view = new SyntaxTree(tree);
      expect(view.wasm).toBeDefined();
      expect(view.rootNode.namedChildren.map((c) => c.type).slice(0, 3)).toEqual(["expression_statement", "future_import_statement", "import_statement"]);
    } finally {
      tree.delete();
    }
  });
});
