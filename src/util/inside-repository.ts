import { realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ConfigurationError } from "../errors.js";
import { isInside } from "./is-inside.js";

/**
 * The one rule for "inside the repository" once symlinks are resolved: a path is inside a root when its real path
 * (every symlink on the way resolved, the file's own included) is the root's real path or below it. A symlink from the
 * repository to another file of it stays fine; one to `/etc/passwd`, a home folder or the trusted checkout's
 * `.git/config` leaves it. Used by validate-dags' DAG discovery and its project-file and helper-module reads, the
 * deploy tarball (with the DAG folder as root) and the settings files drift, connections sync and branch-deploy read.
 */

/**
 * The real path of `abs` (absolute), symlinks resolved at every level; for a path that does not exist (yet), the real
 * path of its nearest existing folder joined with the rest (where the file would be).
 * @throws Node's error for anything but a missing path (ELOOP for a symlink loop, EACCES...).
 */
function realPathOf(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPathOf(parent), basename(abs));
  }
}

/**
 * The real path of `abs` when it resolves outside `root` (isInside of the two real paths, src/util/is-inside.ts),
 * else undefined.
 */
export function realPathOutside(root: string, abs: string): string | undefined {
  const real = realPathOf(abs);
  return isInside(realPathOf(root), real) ? undefined : real;
}

/**
 * The one wording of "outside the repository", for every message that says so: `subject` names the path (`path
 * 'x'`, `input 'config' (/etc)`, `it`); `real`, when given, is where a symlink (the file or a folder on its way) takes
 * it. `<subject> is outside the repository`, or `<subject> resolves through a symlink to <real>, outside the
 * repository`. Callers add what follows from it and the fix.
 */
export function outsideRepositoryWords(subject: string, real?: string): string {
  return real === undefined ? `${subject} is outside the repository` : `${subject} resolves through a symlink to ${real}, outside the repository`;
}

/**
 * Refuse a file that a symlink (the file itself or any folder on its way) takes outside the repository: the
 * inside-the-repository check of a setting's text (`../x`) passes `linked/settings.yaml` whatever it points at, and
 * astro-ci would then read, compare or inject a file the repository does not hold (another checkout's secrets file,
 * `/etc/...`). `abs` has passed the text check already. `describe` names the setting (`airflow-settings 'x.yaml'`);
 * `at` is where it is written (astro-ci.yaml and the entry's line), when it comes from a file.
 * @throws ConfigurationError when the real path of `abs` is outside the real path of `repoRoot`.
 */
export function refuseSymlinkOutsideRepository(repoRoot: string, abs: string, describe: string, at: { file?: string; line?: number } = {}): void {
  const real = realPathOutside(repoRoot, abs);
  if (real !== undefined) {
    throw new ConfigurationError(outsideRepositoryWords(describe, real), {
      ...at,
      fix: "copy the file into the repository (a symlink may only point inside it), or name a file of the repository",
    });
  }
}
