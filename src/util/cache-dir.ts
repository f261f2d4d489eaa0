import { isAbsolute, join } from "node:path";

/**
 * Where astro-ci keeps its caches (analysis packs, replay records) when no directory is given: `$XDG_CACHE_HOME/astro-ci`
 * when that is an absolute path (the XDG Base Directory rule: relative values are ignored), else `~/.cache/astro-ci`.
 * A module of its own: the CLI needs it before it knows whether it will load the analysis cache at all.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_CACHE_HOME;
  return xdg && isAbsolute(xdg) ? join(xdg, "astro-ci") : join(home, ".cache", "astro-ci");
}
