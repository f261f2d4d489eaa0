import { setFlagsFromString } from "node:v8";

/**
 * Compile the WebAssembly loaded by `load` with V8's baseline compiler (Liftoff) only. Ruff's wasm module is 10 MB:
 * letting V8 tier its hot functions up to TurboFan costs more CPU and memory than a validation run ever wins back
 * (2,000 DAG files: ruff 1.8 s → 0.5 s, peak memory 480 MB → 135 MB). V8 fixes the tiering choice when a module is
 * compiled, so the flag is set around the compile only; tree-sitter, whose small module gains from tier-up, keeps it.
 */
export async function compileWithBaselineOnly<T>(load: () => Promise<T>): Promise<T> {
  setFlagsFromString("--liftoff-only");
  try {
    return await load();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}
