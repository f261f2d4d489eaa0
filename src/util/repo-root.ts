import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The git checkout holding `start`: the nearest folder at or above it with a `.git`; undefined when there is none. */
export function findRepositoryRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
