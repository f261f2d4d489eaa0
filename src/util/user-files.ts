import { statSync } from "node:fs";
import { realPathOutside } from "./inside-repository.js";
import { fileTooLargeError, notRegularFileError, outsideRepositoryError, readRegularFile, readRegularFileSync } from "./read-file-sync.js";

/**
 * Largest project settings or text file read (astro-ci.yaml, the Dockerfile, requirements.txt, packages.txt, .env,
 * airflow_settings.yaml, .astro/config.yaml, .airflowignore...): 4 MiB, far above any real one, so that a committed
 * symlink to /dev/zero or a multi-gigabyte file is an error naming it, never unbounded memory.
 */
export const PROJECT_FILE_LIMIT = 4 * 1024 * 1024;

/** How much of a user's file to read, and the name of that limit in the error (`for project settings files`). */
export interface ReadLimitOptions {
  /** Bytes; default {@link PROJECT_FILE_LIMIT}. */
  limit?: number;
  /** Completes "above the 4 MiB limit ..." in the error; default "for project settings files". */
  limitName?: string;
  /** What to do about a file above the limit, when the generic advice does not fit. */
  fix?: string;
}

/** The read limits, and the repository the file must be in. */
export interface RepositoryFileOptions extends ReadLimitOptions {
  /**
   * The repository root (absolute): the file is opened only when its real path, every symlink resolved, is inside it
   * (src/util/inside-repository.ts); else EPERM "it resolves through a symlink to <real path>, outside the repository"
   * (outsideRepositoryError) and nothing is opened. Required: every file of the repository is read with it; a file
   * that is not the repository's is read with {@link readNonRepositoryTextSync} or {@link readNonRepositoryBytes}.
   */
  repoRoot: string;
}

/**
 * Reads a file of the user's repository (astro-ci.yaml, requirements.txt, the Dockerfile...) as UTF-8 text: regular
 * files only, at most `limit` bytes (readRegularFileSync: non-blocking, so a FIFO never hangs the run), and only when
 * its real path is inside `repoRoot`. A failure keeps Node's error shape (so `classifyError` in src/errors.ts sees
 * EACCES, EISDIR, EIO... and answers exit 2 with the fix), with its `path` set; a FIFO, socket or device is EINVAL, a
 * file above the limit EFBIG, and a file whose real path is outside the repository EPERM, each with the words the
 * classifier shows (see src/util/read-file-sync.ts).
 */
export function readUserTextSync(path: string, options: RepositoryFileOptions): string {
  return readTextSync(path, options, options.repoRoot);
}

/** The async form of {@link readUserTextSync}. */
export async function readUserText(path: string, options: RepositoryFileOptions): Promise<string> {
  return (await readUserBytes(path, options)).toString("utf8");
}

/** The bytes of a file of the user's repository, failing as {@link readUserTextSync} does. */
export async function readUserBytes(path: string, options: RepositoryFileOptions): Promise<Buffer> {
  return readBytes(path, options, options.repoRoot);
}

/**
 * Reads, as UTF-8 text, a file that is not the repository's, wherever it is: one the runner or the user names for
 * this run (the event payload at GITHUB_EVENT_PATH). Regular files only, at most `limit` bytes, with
 * {@link readUserTextSync}'s errors but EPERM (no repository to stay in).
 */
export function readNonRepositoryTextSync(path: string, options: ReadLimitOptions = {}): string {
  return readTextSync(path, options, undefined);
}

/**
 * The bytes of a file that is not the repository's, wherever it is (`--config FILE` given on the command line), as
 * {@link readNonRepositoryTextSync} reads it.
 */
export async function readNonRepositoryBytes(path: string, options: ReadLimitOptions = {}): Promise<Buffer> {
  return readBytes(path, options, undefined);
}

function readTextSync(path: string, options: ReadLimitOptions, repoRoot: string | undefined): string {
  return checked(
    attempt(() => {
      refuseOutside(path, repoRoot);
      return readRegularFileSync(path, options.limit ?? PROJECT_FILE_LIMIT);
    }, path),
    path,
    options,
  ).toString("utf8");
}

async function readBytes(path: string, options: ReadLimitOptions, repoRoot: string | undefined): Promise<Buffer> {
  let read: Buffer | number;
  try {
    refuseOutside(path, repoRoot);
    read = await readRegularFile(path, options.limit ?? PROJECT_FILE_LIMIT);
  } catch (error) {
    throw withPath(error, path);
  }
  return checked(read, path, options);
}

/**
 * EPERM (outsideRepositoryError) when `repoRoot` is given and `path` resolves outside it; nothing is opened. A target
 * that is no regular file (a symlink to /dev/zero) gets the reader's own words, judged by its stat alone.
 */
function refuseOutside(path: string, repoRoot: string | undefined): void {
  if (repoRoot === undefined) return;
  let real: string | undefined;
  try {
    real = realPathOutside(repoRoot, path);
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
function checked(read: Buffer | number, path: string, options: ReadLimitOptions): Buffer {
  if (typeof read !== "number") return read;
  throw fileTooLargeError(path, read, options.limit ?? PROJECT_FILE_LIMIT, options.limitName ?? "for project settings files", options.fix);
}

function withPath(error: unknown, path: string): unknown {
  if (typeof error === "object" && error !== null && "code" in error && !("path" in error && (error as { path?: unknown }).path)) {
    (error as { path?: string }).path = path;
  }
  return error;
}
