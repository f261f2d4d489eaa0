import { statSync } from "node:fs";
import { realPathOutside } from "./inside-repository.js";
import { fileTooLargeError, notRegularFileError, outsideRepositoryError, readRegularFile, readRegularFileSync } from "./read-file-sync.js";

/**
 * Largest project settings or text file read (astro-ci.yaml, the Dockerfile, requirements.txt, packages.txt, .env,
 * airflow_settings.yaml, .astro/config.yaml, .airflowignore...): 4 MiB, far above any real one, so that a committed
 * symlink to /dev/zero or a multi-gigabyte file is an error naming it, never unbounded memory.
 */
export const PROJECT_FILE_LIMIT = 4 * 1024 * 1024;

/**
 * How much of a user's file to read, the name of that limit in the error (`for project settings files`), and the
 * repository the file must be in.
 */
export interface UserFileOptions {
  /** Bytes; default {@link PROJECT_FILE_LIMIT}. */
  limit?: number;
  /** Completes "above the 4 MiB limit ..." in the error; default "for project settings files". */
  limitName?: string;
  /** What to do about a file above the limit, when the generic advice does not fit. */
  fix?: string;
  /**
   * The repository root (absolute): the file is opened only when its real path, every symlink resolved, is inside it
   * (src/util/inside-repository.ts); else EPERM "resolves through a symlink to <real path>, outside the repository"
   * (outsideRepositoryError) and nothing is opened. Every file of the repository is read with it; only files that are
   * not the repository's (the event payload, an explicit `--config`) are read without.
   */
  repoRoot?: string;
}

/**
 * Reads a file of the user's project (astro-ci.yaml, requirements.txt, the Dockerfile...) as UTF-8 text: regular
 * files only, at most `limit` bytes (readRegularFileSync: non-blocking, so a FIFO never hangs the run). A failure keeps
 * Node's error shape (so `classifyError` in src/errors.ts sees EACCES, EISDIR, EIO... and answers exit 2 with the fix),
 * with its `path` set; a FIFO, socket or device is EINVAL, a file above the limit EFBIG, and with `repoRoot` a file
 * whose real path is outside the repository EPERM, each with the words the classifier shows (see
 * src/util/read-file-sync.ts).
 */
export function readUserTextSync(path: string, options: UserFileOptions = {}): string {
  return checked(
    attempt(() => {
      refuseOutside(path, options);
      return readRegularFileSync(path, options.limit ?? PROJECT_FILE_LIMIT);
    }, path),
    path,
    options,
  ).toString("utf8");
}

/** The async form of {@link readUserTextSync}. */
export async function readUserText(path: string, options: UserFileOptions = {}): Promise<string> {
  return (await readUserBytes(path, options)).toString("utf8");
}

/** The bytes of a file of the user's project, failing as {@link readUserTextSync} does. */
export async function readUserBytes(path: string, options: UserFileOptions = {}): Promise<Buffer> {
  let read: Buffer | number;
  try {
    refuseOutside(path, options);
    read = await readRegularFile(path, options.limit ?? PROJECT_FILE_LIMIT);
  } catch (error) {
    throw withPath(error, path);
  }
  return checked(read, path, options);
}

/**
 * EPERM (outsideRepositoryError) when `options.repoRoot` is given and `path` resolves outside it; nothing is opened. A
 * target that is no regular file (a symlink to /dev/zero) gets the reader's own words, judged by its stat alone.
 */
function refuseOutside(path: string, options: UserFileOptions): void {
  if (options.repoRoot === undefined) return;
  let real: string | undefined;
  try {
    real = realPathOutside(options.repoRoot, path);
  } catch {
    // A path that cannot be resolved (a symlink loop, no permission on a folder) cannot be opened either: the reader's
    // own open fails with its error.
    return;
  }
  if (real === undefined) return;
  const info = statSync(path);
  throw info.isFile() ? outsideRepositoryError(path, real) : notRegularFileError(path, info);
}

function attempt<T>(read: () => T, path: string): T {
  try {
    return read();
  } catch (error) {
    throw withPath(error, path);
  }
}

/** The bytes, or the EFBIG error when the reader answered a size above the limit. */
function checked(read: Buffer | number, path: string, options: UserFileOptions): Buffer {
  if (typeof read !== "number") return read;
  throw fileTooLargeError(path, read, options.limit ?? PROJECT_FILE_LIMIT, options.limitName ?? "for project settings files", options.fix);
}

function withPath(error: unknown, path: string): unknown {
  if (typeof error === "object" && error !== null && "code" in error && !("path" in error && (error as { path?: unknown }).path)) {
    (error as { path?: string }).path = path;
  }
  return error;
}
