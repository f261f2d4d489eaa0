import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFile } from "node:fs/promises";
import { Language, Parser, type Tree } from "web-tree-sitter";
import { enableWasmReads, WASM_READS_CHECK_SOURCE } from "./syntax-tree.js";

/** A tree-sitter Python parser, loaded once per thread. */
export interface PythonParser {
  parse(source: string): Tree;
}

let loading: Promise<PythonParser> | undefined;

/**
 * Loads web-tree-sitter and the tree-sitter-python grammar (both wasm). The bundle ships `tree-sitter.wasm` and
 * `tree-sitter-python.wasm` beside its chunks and passes that folder as `wasmDir`; from sources they come from
 * node_modules.
 */
export function createPythonParser(options: { wasmDir?: string } = {}): Promise<PythonParser> {
  loading ??= load(options.wasmDir);
  return loading;
}

async function load(wasmDir: string | undefined): Promise<PythonParser> {
  const require = createRequire(import.meta.url);
  const runtimeWasm = wasmDir ? join(wasmDir, "tree-sitter.wasm") : join(dirname(require.resolve("web-tree-sitter")), "tree-sitter.wasm");
  const grammarWasm = wasmDir ? join(wasmDir, "tree-sitter-python.wasm") : require.resolve("tree-sitter-python/tree-sitter-python.wasm");
  // Emscripten makes the object given to init its module: SyntaxTree reads nodes through it (enableWasmReads).
  const module = { locateFile: () => runtimeWasm };
  await Parser.init(module);
  const language = await Language.load(new Uint8Array(await readFile(grammarWasm)));
  const parser = new Parser();
  parser.setLanguage(language);
  const check = parser.parse(WASM_READS_CHECK_SOURCE);
  if (check) {
    enableWasmReads(module, check);
    check.delete();
  }
  return {
    parse(source) {
      const tree = parser.parse(source);
      if (!tree) throw new Error("tree-sitter returned no tree");
      return tree;
    },
  };
}

/**
 * The depth of a parsed tree (the root is level 1) and the 1-based line of its deepest node, walked with a tree
 * cursor, which needs no stack of its own: for files too deep for a recursive walk (see nesting.ts). With `flat`, a
 * node of one of those types directly under a node of the same type adds no level: what tree-sitter nests and
 * CPython's AST (and ruff's) keeps in one list, such as chained assignments (`a = b = c`) and boolean chains.
 */
export function treeDepth(tree: Tree, flat?: ReadonlySet<string>): { depth: number; line: number } {
  const cursor = tree.walk();
  try {
    // Per level of the cursor's path: the node's type (only with `flat`) and its counted depth.
    const types: string[] = [flat ? cursor.nodeType : ""];
    const depths: number[] = [1];
    let deepest = 1;
    let line = 1;
    const enter = (): void => {
      const type = flat ? cursor.nodeType : "";
      const depth = (depths.at(-1) as number) + (flat?.has(type) && types.at(-1) === type ? 0 : 1);
      types.push(type);
      depths.push(depth);
      if (depth > deepest) {
        deepest = depth;
        line = cursor.startPosition.row + 1;
      }
    };
    for (;;) {
      if (cursor.gotoFirstChild()) {
        enter();
        continue;
      }
      for (;;) {
        types.pop();
        depths.pop();
        if (cursor.gotoNextSibling()) {
          enter();
          break;
        }
        if (!cursor.gotoParent()) return { depth: deepest, line };
      }
    }
  } finally {
    cursor.delete();
  }
}
