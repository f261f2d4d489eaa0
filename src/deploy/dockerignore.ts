import * as balena from "@balena/dockerignore";
import type { Ignore } from "@balena/dockerignore";

// A CommonJS package (`module.exports = factory`) whose types declare an ES default export: the factory is the
// namespace's `default` under Node and in the bundle alike; TypeScript (NodeNext) types it one level too deep.
const dockerignore = (balena as unknown as { default: (options?: { ignorecase?: boolean }) => Ignore }).default;

/**
 * A `.dockerignore` read the way Docker reads it, to tell which changed files an image build never sees, with
 * `@balena/dockerignore` (a port of moby's reader and matcher, v19.03): patterns anchored at the build context's root,
 * `*` and `?` not crossing `/`, `**` across folders, a path excluded when it or a parent folder matches, the last
 * matching line winning, and an exception (`!docs/keep.md`) re-including a file below an excluded folder, unlike git.
 * A `.dockerignore` Docker would refuse (a lone `!`) fails every build; it is reported as an error, and callers then
 * treat every file as part of the image (the conservative reading).
 */
export interface DockerIgnore {
  /** Is `path` (relative to the build context, `/`-separated) left out of the build context? */
  excludes(path: string): boolean;
}

/**
 * Parse a .dockerignore's text (a UTF-8 BOM and CRLF line ends as Docker takes them). `{ error }` when Docker would
 * refuse it (every build of the project then fails, so nothing can be said to be outside the image).
 */
export function parseDockerignore(text: string): DockerIgnore | { error: string } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  // moby's reader: a lone "!" is "illegal exclusion pattern"; the library would take it as matching nothing.
  if (lines.some((line) => line.trim() === "!")) return { error: 'illegal exclusion pattern: "!"' };
  const matcher = dockerignore({ ignorecase: false }).add(lines);
  return { excludes: (path) => matcher.ignores(path) };
}
