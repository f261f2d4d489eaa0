import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  formatByteSize
} from "./chunk-ADQZYKCI.js";
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";

// src/util/inside-repository.ts
import { realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function realPathOf(abs) {
  try {
    return realpathSync.native(abs);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPathOf(parent), basename(abs));
  }
}
function realPathOutside(root, abs) {
  const real = realPathOf(abs);
  return isInside(realPathOf(root), real) ? void 0 : real;
}
function outsideRepositoryWords(subject, real) {
  return real === void 0 ? `${subject} is outside the repository` : `${subject} resolves through a symlink to ${real}, outside the repository`;
}
function refuseSymlinkOutsideRepository(repoRoot, abs, describe, at = {}) {
  const real = realPathOutside(repoRoot, abs);
  if (real !== void 0) {
    throw new ConfigurationError(outsideRepositoryWords(describe, real), {
      ...at,
      fix: "copy the file into the repository (a symlink may only point inside it), or name a file of the repository"
    });
  }
}

// src/util/user-files.ts
import { statSync } from "node:fs";

// src/util/read-file-sync.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
function readRegularFileSync(path, limit) {
  const read = readRegularFileWithModeSync(path, limit);
  return read.content ?? read.size;
}
function readRegularFileWithModeSync(path, limit) {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegularFileError(path, info);
    if (limit !== void 0 && info.size > limit) return { size: info.size, mode: info.mode };
    const bounded = new BoundedRead(info.size, limit);
    for (let into = bounded.next; into; into = bounded.next) bounded.took(readSync(fd, into, 0, into.length, bounded.position));
    const content = bounded.result();
    return typeof content === "number" ? { size: content, mode: info.mode } : { content, size: content.length, mode: info.mode };
  } finally {
    closeSync(fd);
  }
}
async function readRegularFile(path, limit) {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegularFileError(path, info);
    if (limit !== void 0 && info.size > limit) return info.size;
    const bounded = new BoundedRead(info.size, limit);
    for (let into = bounded.next; into; into = bounded.next) bounded.took((await handle.read(into, 0, into.length, bounded.position)).bytesRead);
    return bounded.result();
  } finally {
    await handle.close();
  }
}
async function* readRegularFileChunks(path, maxBytes) {
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
var GROWTH_CHUNK = 64 * 1024;
var BoundedRead = class {
  constructor(size, limit) {
    this.size = size;
    this.limit = limit;
    this.next = Buffer.allocUnsafe(size + 1);
  }
  size;
  limit;
  next;
  position = 0;
  chunks = [];
  took(bytesRead) {
    this.chunks.push(this.next.subarray(0, bytesRead));
    this.position += bytesRead;
    const done = bytesRead === 0 || this.chunks.length === 1 && bytesRead <= this.size || this.aboveLimit();
    this.next = done ? void 0 : Buffer.allocUnsafe(GROWTH_CHUNK);
  }
  result() {
    if (this.aboveLimit()) return this.position;
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.position);
  }
  aboveLimit() {
    return this.limit !== void 0 && this.position > this.limit;
  }
};
function describeSpecialFile(info) {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a Unix socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return void 0;
}
function notRegularFileError(path, info) {
  let link;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch {
  }
  const what = info.isDirectory() ? "a folder" : describeSpecialFile(info) ?? "not a regular file";
  const subject = link === void 0 ? what : `a symlink to ${link}, which is ${what}`;
  const fix = `make it a regular file${link === void 0 ? "" : " (a symlink in the repository must point at a regular file in it)"}, or remove it`;
  if (info.isDirectory()) {
    const named = link === void 0 ? {} : { reason: `${subject}, but a file is expected here`, fix };
    return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: "EISDIR", path, syscall: "read", ...named });
  }
  return Object.assign(new Error(`not a regular file: ${path}`), {
    code: "EINVAL",
    path,
    syscall: "read",
    reason: `${subject}, not a regular file; astro-ci reads only regular files (a device or a pipe can be endless, or block forever)`,
    fix
  });
}
function fileTooLargeError(path, size, limit, limitName, fix) {
  return Object.assign(new Error(`file too large: ${path} (${size} bytes, limit ${limit})`), {
    code: "EFBIG",
    path,
    syscall: "read",
    reason: `the file is ${formatByteSize(size)}, above the ${formatByteSize(limit)} limit ${limitName}`,
    fix: fix ?? "replace it with the intended file (a settings file is never this large), or remove it"
  });
}
function outsideRepositoryError(path, real) {
  return Object.assign(new Error(outsideRepositoryWords(path, real)), {
    code: "EPERM",
    path,
    syscall: "read",
    reason: `${outsideRepositoryWords("it", real)}; astro-ci reads only files the repository holds`,
    fix: "copy the file into the repository (a symlink may only point inside it), or remove the symlink"
  });
}

// src/util/user-files.ts
var PROJECT_FILE_LIMIT = 4 * 1024 * 1024;
function readUserTextSync(path, options) {
  return readTextSync(path, options, options.repoRoot);
}
async function readUserText(path, options) {
  return (await readUserBytes(path, options)).toString("utf8");
}
async function readUserBytes(path, options) {
  return readBytes(path, options, options.repoRoot);
}
function readNonRepositoryTextSync(path, options = {}) {
  return readTextSync(path, options, void 0);
}
async function readNonRepositoryBytes(path, options = {}) {
  return readBytes(path, options, void 0);
}
function readTextSync(path, options, repoRoot) {
  return checked(
    attempt(() => {
      refuseOutside(path, repoRoot);
      return readRegularFileSync(path, options.limit ?? PROJECT_FILE_LIMIT);
    }, path),
    path,
    options
  ).toString("utf8");
}
async function readBytes(path, options, repoRoot) {
  let read;
  try {
    refuseOutside(path, repoRoot);
    read = await readRegularFile(path, options.limit ?? PROJECT_FILE_LIMIT);
  } catch (error) {
    throw withPath(error, path);
  }
  return checked(read, path, options);
}
function refuseOutside(path, repoRoot) {
  if (repoRoot === void 0) return;
  let real;
  try {
    real = realPathOutside(repoRoot, path);
  } catch {
    return;
  }
  if (real === void 0) return;
  const info = statSync(path);
  throw info.isFile() ? outsideRepositoryError(path, real) : notRegularFileError(path, info);
}
function attempt(read, path) {
  try {
    return read();
  } catch (error) {
    throw withPath(error, path);
  }
}
function checked(read, path, options) {
  if (typeof read !== "number") return read;
  throw fileTooLargeError(path, read, options.limit ?? PROJECT_FILE_LIMIT, options.limitName ?? "for project settings files", options.fix);
}
function withPath(error, path) {
  if (typeof error === "object" && error !== null && "code" in error && !("path" in error && error.path)) {
    error.path = path;
  }
  return error;
}

export {
  realPathOutside,
  outsideRepositoryWords,
  refuseSymlinkOutsideRepository,
  readRegularFileSync,
  readRegularFileWithModeSync,
  readRegularFile,
  readRegularFileChunks,
  describeSpecialFile,
  fileTooLargeError,
  readUserTextSync,
  readUserText,
  readUserBytes,
  readNonRepositoryTextSync,
  readNonRepositoryBytes
};
