import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

/**
 * Reads a file of the user's project (astro-ci.yaml, requirements.txt, the Dockerfile...) as UTF-8 text. A failure
 * keeps Node's error (so `classifyError` in src/errors.ts sees EACCES, EISDIR, EIO... and answers exit 2 with the
 * fix), with its `path` set: Node leaves it out when the open succeeds and the read fails (a folder, /proc files).
 */
export function readUserTextSync(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw withPath(error, path);
  }
}

/** The async form of {@link readUserTextSync}. */
export async function readUserText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw withPath(error, path);
  }
}

function withPath(error: unknown, path: string): unknown {
  if (typeof error === "object" && error !== null && "code" in error && !("path" in error && (error as { path?: unknown }).path)) {
    (error as { path?: string }).path = path;
  }
  return error;
}

/** The bytes of a file of the user's project, failing as {@link readUserText} does. */
export async function readUserBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw withPath(error, path);
  }
}
