import { setFlagsFromString } from "node:v8";

/** V8's flag for compiling WebAssembly with its baseline compiler (Liftoff) only, never tiering up to TurboFan. */
export const BASELINE_ONLY_FLAG = "--liftoff-only";

/**
 * Validate each WebAssembly function when it is first compiled (V8 compiles lazily, on first call) instead of the
 * whole module at load. Ruff's 10 MB module is ours, from the package, and a run calls a small part of it: validating
 * all of it up front cost ~0.2 s of CPU of every run that loads ruff (ruff's set-up for one file: 0.92 → 0.69 s of
 * CPU, five runs each). `setFlagsFromString` ignores a flag a later V8 no longer has (a command-line flag would stop
 * Node from starting), and where it is the default it changes nothing.
 */
function validateLazily(): void {
  setFlagsFromString("--wasm-lazy-validation");
}

/**
 * Compile the WebAssembly loaded by `load` with V8's baseline compiler (Liftoff) only. Ruff's wasm module is 10 MB:
 * letting V8 tier its hot functions up to TurboFan costs more CPU and memory than a validation run ever wins back
 * (2,000 DAG files: ruff 1.8 s → 0.5 s, peak memory 480 MB → 135 MB).
 *
 * In a process started with the flag (the ruff process of a split analysis) this only runs `load`. Elsewhere the flag
 * is set around the load, and that has a lasting cost: the flag implies "no dynamic tier-up", which turning it off
 * again does not undo, so wasm compiled later in the process (tree-sitter) stays on baseline code too (measured: 2,000
 * bench files parse in 1.3 s with tier-up and 1.9 s after the flag was turned on and off). Turning tier-up back on
 * while ruff still runs is no way out: ruff's functions are compiled lazily, on first call, and would then tier up.
 * So big batches run ruff in a process of its own (analyzer.ts, createSplitAnalyzer); this in-process form serves
 * `--jobs 1` and small batches.
 */
export async function compileWithBaselineOnly<T>(load: () => Promise<T>): Promise<T> {
  validateLazily();
  if (process.execArgv.includes(BASELINE_ONLY_FLAG)) return load();
  setFlagsFromString(BASELINE_ONLY_FLAG);
  try {
    return await load();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}

/**
 * Let V8 tier WebAssembly up again (V8's defaults: dynamic tier-up on), in a process that ran ruff under the
 * baseline-only flag and will not run it again: wasm compiled from now on (tree-sitter) gets optimised code.
 */
export function allowTierUpAgain(): void {
  setFlagsFromString("--no-liftoff-only");
  setFlagsFromString("--wasm-dynamic-tiering");
  setFlagsFromString("--wasm-tier-up");
}
