import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/** How many levels up a missing folder's parents are created. */
const MAX_DEPTH = 64;

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/**
 * `mkdir -p` that gives up: Node's `mkdir(..., { recursive: true })` loops forever where mkdir keeps answering
 * ENOENT after the parent exists (under /proc: `--output /proc/x/report.txt` hung the CLI), so each level is tried
 * once, at most 64 levels up. Throws the system's error (ENOENT, EACCES, ENOTDIR, EEXIST for a file in the way),
 * with the path, for the error classifier.
 */
export async function makeDirectory(dir: string, depth = 0): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    if (code(error) === "EEXIST") {
      if ((await stat(dir)).isDirectory()) return;
      throw error;
    }
    const parent = dirname(dir);
    if (code(error) !== "ENOENT" || parent === dir || depth >= MAX_DEPTH) throw error;
    await makeDirectory(parent, depth + 1);
    try {
      await mkdir(dir);
    } catch (again) {
      if (code(again) !== "EEXIST" || !(await stat(dir)).isDirectory()) throw again;
    }
  }
}

/** makeDirectory, synchronously. */
export function makeDirectorySync(dir: string, depth = 0): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    if (code(error) === "EEXIST") {
      if (statSync(dir).isDirectory()) return;
      throw error;
    }
    const parent = dirname(dir);
    if (code(error) !== "ENOENT" || parent === dir || depth >= MAX_DEPTH) throw error;
    makeDirectorySync(parent, depth + 1);
    try {
      mkdirSync(dir);
    } catch (again) {
      if (code(again) !== "EEXIST" || !statSync(dir).isDirectory()) throw again;
    }
  }
}
