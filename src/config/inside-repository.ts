import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { ConfigurationError } from "../errors.js";

/**
 * The real path of `abs`, symlinks resolved at every level; for a path that does not exist (yet), the real path of its
 * nearest existing folder joined with the rest (where the file would be).
 */
function realPath(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPath(parent), basename(abs));
  }
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
  const real = realPath(abs);
  const rel = relative(realPath(repoRoot), real);
  if (rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || isAbsolute(rel)) {
    throw new ConfigurationError(`${describe} resolves through a symlink to ${real}, outside the repository`, {
      ...at,
      fix: "copy the file into the repository (a symlink may only point inside it), or name a file of the repository",
    });
  }
}
