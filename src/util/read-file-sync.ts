import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import { outsideRepositoryWords } from "./inside-repository.js";
import { formatByteSize } from "./numbers.js";

/**
 * The one reader of files a repository controls (project files, DAG files, the files they import): regular files
 * only, and never more than a limit. Opened non-blocking, so a FIFO (or a file that became one after a listing) cannot
 * hang the run; checked with fstat on the open descriptor, so a symlink to /dev/zero, a socket or a folder is refused
 * before a byte is read; and a file that grows while it is read is read no further than its limit.
 *
 * Errors are Node-shaped (`code`, `path`, `syscall: "read"`) so that callers testing `code` keep working and
 * `classifyError` (src/errors.ts) answers exit 2; they also carry the `reason` and `fix` the classifier shows:
 * - EISDIR for a folder (or a symlink to one);
 * - EINVAL, "<a character device>, not a regular file", for a FIFO, socket or device (or a symlink to one);
 * - EFBIG, "the file is 5.0 GB, above the 4 MiB limit (...)", from {@link fileTooLargeError}, for callers that refuse a
 *   file above their limit (the readers below return its size instead);
 * - EPERM, "it resolves through a symlink to /x, outside the repository", from {@link outsideRepositoryError}, for
 *   callers that read only the repository's files (src/util/user-files.ts with `repoRoot`).
 */

/**
 * A regular file's bytes, or its size in bytes when that is above `limit` (then nothing is read). Synchronous: for
 * thousands of small files, open/fstat/read/close as promises cost ten times the CPU of the calls themselves (2,000
 * files: ~250 ms against ~30 ms), and nothing else waits on this thread meanwhile.
 *
 * Errors: what `open`/`read` throw (ENOENT, EACCES…), EISDIR for a folder, and EINVAL ("not a regular file", with
 * `path`) for a FIFO, socket or device.
 */
export function readRegularFileSync(path: string, limit?: number): Buffer | number {
  const read = readRegularFileWithModeSync(path, limit);
  return read.content ?? read.size;
}

/**
 * As readRegularFileSync, with the file's mode (permission bits, from the same fstat) and size in bytes: `content` is
 * absent when the size is above `limit` (also when the file grew above it while being read: `size` is then the
 * bytes seen, more than `limit`).
 */
export function readRegularFileWithModeSync(path: string, limit?: number): { content?: Buffer; size: number; mode: number } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegularFileError(path, info);
    if (limit !== undefined && info.size > limit) return { size: info.size, mode: info.mode };
    const bounded = new BoundedRead(info.size, limit);
    for (let into = bounded.next; into; into = bounded.next) bounded.took(readSync(fd, into, 0, into.length, bounded.position));
    const content = bounded.result();
    return typeof content === "number" ? { size: content, mode: info.mode } : { content, size: content.length, mode: info.mode };
  } finally {
    closeSync(fd);
  }
}

/** The async form of {@link readRegularFileSync}: the bytes, or the size when above `limit`; the same errors. */
export async function readRegularFile(path: string, limit?: number): Promise<Buffer | number> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegularFileError(path, info);
    if (limit !== undefined && info.size > limit) return info.size;
    const bounded = new BoundedRead(info.size, limit);
    for (let into = bounded.next; into; into = bounded.next) bounded.took((await handle.read(into, 0, into.length, bounded.position)).bytesRead);
    return bounded.result();
  } finally {
    await handle.close();
  }
}

/**
 * The first `maxBytes` bytes of a regular file, in chunks (for files too large to hold at once: the deploy tarball's).
 * Stops at `maxBytes` even when the file grew; the same errors as {@link readRegularFileSync}.
 */
export async function* readRegularFileChunks(path: string, maxBytes: number): AsyncGenerator<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegularFileError(path, info);
    for (let position = 0; position < maxBytes; ) {
      const buffer = Buffer.allocUnsafe(Math.min(GROWTH_CHUNK, maxBytes - position));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Bytes read at a time once a file turned out larger than its fstat said, and by readRegularFileChunks. */
const GROWTH_CHUNK = 64 * 1024;

/**
 * The reads of an open file whose fstat said `size`, shared by the sync and async readers, which only make each read:
 * `next` (undefined once done) is the buffer to read into at `position`, `took` is told the bytes that read got, and
 * `result` is the bytes, or the bytes seen (more than `limit`) when the file grew above `limit` while being read. One
 * read of size + 1 bytes tells the file ended where fstat said (the usual case: four system calls in all, where
 * readFileSync makes six) or that it grew meanwhile (then the rest is read, GROWTH_CHUNK at a time, up to the limit).
 */
class BoundedRead {
  next: Buffer | undefined;
  position = 0;
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly size: number,
    private readonly limit: number | undefined,
  ) {
    this.next = Buffer.allocUnsafe(size + 1);
  }

  took(bytesRead: number): void {
    this.chunks.push((this.next as Buffer).subarray(0, bytesRead));
    this.position += bytesRead;
    const done = bytesRead === 0 || (this.chunks.length === 1 && bytesRead <= this.size) || this.aboveLimit();
    this.next = done ? undefined : Buffer.allocUnsafe(GROWTH_CHUNK);
  }

  result(): Buffer | number {
    if (this.aboveLimit()) return this.position;
    return this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.position);
  }

  private aboveLimit(): boolean {
    return this.limit !== undefined && this.position > this.limit;
  }
}

/**
 * What a special file is, in words ("a FIFO (named pipe)", "a Unix socket", "a character device", "a block
 * device"); undefined for regular files, folders and symlinks (pass the symlink's `stat` to judge its target).
 */
export function describeSpecialFile(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | undefined {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a Unix socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return undefined;
}

/** A Node-shaped fs error with the words the classifier shows (`reason`, `fix`). */
export interface ReadRefusal extends Error {
  code: "EISDIR" | "EINVAL" | "EFBIG" | "EPERM";
  path: string;
  syscall: "read";
  /** Absent for a plain folder (the classifier's EISDIR words fit). */
  reason?: string;
  fix?: string;
}

/**
 * EISDIR for a folder, EINVAL for anything else that is not a regular file (`info`: its stat, symlinks followed); a
 * symlink's target is named. The readers' refusal, also for callers that judge a file by its stat without opening it.
 */
export function notRegularFileError(path: string, info: Stats): ReadRefusal {
  let link: string | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch {
    // gone meanwhile: described without its target
  }
  const what = info.isDirectory() ? "a folder" : (describeSpecialFile(info) ?? "not a regular file");
  const subject = link === undefined ? what : `a symlink to ${link}, which is ${what}`;
  const fix = `make it a regular file${link === undefined ? "" : " (a symlink in the repository must point at a regular file in it)"}, or remove it`;
  if (info.isDirectory()) {
    // A plain folder in the file's place keeps the classifier's EISDIR words; a symlink to one is named.
    const named = link === undefined ? {} : { reason: `${subject}, but a file is expected here`, fix };
    return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: "EISDIR" as const, path, syscall: "read" as const, ...named });
  }
  return Object.assign(new Error(`not a regular file: ${path}`), {
    code: "EINVAL" as const,
    path,
    syscall: "read" as const,
    reason: `${subject}, not a regular file; astro-ci reads only regular files (a device or a pipe can be endless, or block forever)`,
    fix,
  });
}

/**
 * The error for a file of `size` bytes above `limit` (EFBIG, with `path`): `limitName` says which limit
 * (`validate.max-file-size`, "for project settings files"...), `fix` what to do instead of the generic advice.
 */
export function fileTooLargeError(path: string, size: number, limit: number, limitName: string, fix?: string): ReadRefusal {
  return Object.assign(new Error(`file too large: ${path} (${size} bytes, limit ${limit})`), {
    code: "EFBIG" as const,
    path,
    syscall: "read" as const,
    reason: `the file is ${formatByteSize(size)}, above the ${formatByteSize(limit)} limit ${limitName}`,
    fix: fix ?? "replace it with the intended file (a settings file is never this large), or remove it",
  });
}

/**
 * The error for a file of the repository whose real path `real` is outside it (EPERM, with `path`): a symlink (the
 * file or a folder on its way) leaves the repository, and the file is not opened (src/util/inside-repository.ts).
 */
export function outsideRepositoryError(path: string, real: string): ReadRefusal {
  return Object.assign(new Error(outsideRepositoryWords(path, real)), {
    code: "EPERM" as const,
    path,
    syscall: "read" as const,
    reason: `${outsideRepositoryWords("it", real)}; astro-ci reads only files the repository holds`,
    fix: "copy the file into the repository (a symlink may only point inside it), or remove the symlink",
  });
}
