import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isInside } from "./is-inside.js";

/** The git checkout holding `start`: the nearest folder at or above it with a `.git`; undefined when there is none. */
export function findRepositoryRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The repository root the CLI uses when `--repo-root` is not given (an absolute path): the git checkout holding
 * `project` (an absolute folder) if there is one; else, outside git, the current directory `cwd` when the project is
 * at or below it (a monorepo folder with its `astro-ci.yaml` at the top, run as `validate-dags alpha`), else the
 * project itself (a project outside the current directory has no other root to go by).
 */
export function defaultRepositoryRoot(project: string, cwd: string): string {
  const checkout = findRepositoryRoot(project);
  if (checkout !== undefined) return checkout;
  const root = resolve(cwd);
  return isInside(root, resolve(project)) ? root : resolve(project);
}
