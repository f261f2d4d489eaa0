import { isAbsolute, relative, sep } from "node:path";

/**
 * True when `child` is `parent` or below it, by the path text alone (`relative` resolves both against the current
 * folder; no symlink is resolved): `/r/repo/..hidden` is inside `/r/repo`, `/r/repo-other` and `/r` are not. The one
 * "is inside" test of src/: callers that must see through symlinks pass real paths (src/util/inside-repository.ts).
 * Kept free of imports so that src/errors.ts, below every other module, can use it too.
 */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
