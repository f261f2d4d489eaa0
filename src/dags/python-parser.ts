import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFile } from "node:fs/promises";
import { Language, Parser, type Tree } from "web-tree-sitter";

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
  await Parser.init({ locateFile: () => runtimeWasm });
  const language = await Language.load(new Uint8Array(await readFile(grammarWasm)));
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source) {
      const tree = parser.parse(source);
      if (!tree) throw new Error("tree-sitter returned no tree");
      return tree;
    },
  };
}
