import { createHash } from "node:crypto";
import { readdir, readlink, realpath } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { Git } from "../util/git.js";
import { isInside } from "../util/is-inside.js";
import { parallelGzip } from "../util/parallel-gzip.js";
import { readRegularFileChunks, readRegularFileWithModeSync } from "../util/read-file-sync.js";

/**
 * The DAG bundle, as the astro CLI ships it: entries `dags/<path>`, regular files and in-folder symlinks, no
 * directory entries; `.airflowignore` and helper modules included (DAGs import them); `.git`, `__pycache__` and
 * `*.pyc` left out. The tar writer is hand-rolled (ustar + PAX for long names) because the bytes must be
 * reproducible — sorted entries, mtime 0, uid/gid 0, normalised modes, gzip without a timestamp — and streamed;
 * gzip runs in parallel blocks (util/parallel-gzip.ts).
 */
export interface TarballEntry {
  path: string;
  /** Where the content is read from (work-tree bundles). */
  absolutePath: string;
  /** The git blob holding the content (bundles read from a commit). */
  objectId?: string;
  /**
   * Tar mode and size in bytes, for git blobs and symlinks. A work-tree file's are taken when it is read, from the
   * read's own fstat (here 0o644 and 0): the folders' listings name the files, so nothing is stat'ed ahead.
   */
  mode: number;
  size: number;
  linkTarget?: string;
}

export interface DagTarball {
  entries: TarballEntry[];
  fileCount: number;
  /** sha256 over (path, mode, link target or content hash) of the sorted entries: equal content, equal hash. */
  contentHash(): Promise<string>;
  stream(): AsyncIterable<Uint8Array>;
}

const SKIPPED_DIRS = new Set([".git", "__pycache__"]);

/** `__pycache__`, `.git` and `*.pyc` are never shipped. */
function skipped(rel: string): boolean {
  const parts = rel.split("/");
  return parts.slice(0, -1).some((p) => SKIPPED_DIRS.has(p)) || (parts.at(-1) ?? "").endsWith(".pyc");
}

async function listEntries(root: string, dagsDirName: string, files?: string[]): Promise<TarballEntry[]> {
  const rootReal = await realpath(root);
  // The folders' listings tell files from symlinks (one call per folder, not one lstat per file); `files` (from git)
  // chooses among them, so a file git lists but the work tree no longer has (deleted, not committed) is not shipped.
  const wanted = files ? new Set(files.filter((rel) => !skipped(rel))) : undefined;
  // Only folders that hold a listed file are walked: an ignored `dags/.venv` is never read.
  const wantedDirs = wanted ? new Set([...wanted].flatMap((rel) => rel.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/")))) : undefined;
  const entries: (TarballEntry | undefined)[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const abs = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (!SKIPPED_DIRS.has(dirent.name) && (!wantedDirs || wantedDirs.has(relative(root, abs).split(sep).join("/")))) await walk(abs);
        continue;
      }
      if (dirent.name.endsWith(".pyc")) continue;
      const rel = relative(root, abs).split(sep).join("/");
      if (wanted && !wanted.has(rel)) continue;
      if (dirent.isSymbolicLink()) {
        const target = await readlink(abs);
        const resolved = await realpath(abs).catch(() => undefined);
        if (!resolved || !isInside(rootReal, resolved)) {
          throw new ConfigurationError(`the symlink ${dagsDirName}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
            file: `${dagsDirName}/${rel}`,
            fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt",
          });
        }
        entries.push({ path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 0o777, size: 0, linkTarget: target });
      } else if (dirent.isFile()) {
        // Mode and size come from the read's own fstat when the file is packed or hashed (see workTreeFile).
        entries.push({ path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 0o644, size: 0 });
      }
    }
  };
  await walk(root);
  return entries.filter((e): e is TarballEntry => e !== undefined).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

/** Small files in one read; large ones streamed. */
const WHOLE_FILE_LIMIT = 1024 * 1024;

/**
 * A work-tree file as packed: its tar mode (0o755 when any execute bit is set, else 0o644) and size from the read's own
 * fstat, and its bytes when at most WHOLE_FILE_LIMIT (larger files are streamed). One synchronous read: small files
 * are many, and a promise per file cost more than the read itself. A file that is no longer a regular one is an error
 * naming it (readRegularFileWithModeSync).
 */
function workTreeFile(entry: TarballEntry): { content?: Buffer; size: number; mode: number } {
  const read = readRegularFileWithModeSync(entry.absolutePath, WHOLE_FILE_LIMIT);
  return { ...read, mode: read.mode & 0o111 ? 0o755 : 0o644 };
}

/**
 * The DAG bundle of a folder in the work tree. `files` (paths relative to `dagsDir`, e.g. from `git ls-files --cached
 * --others --exclude-standard`) limits it to those files, so what .gitignore excludes is never shipped; without it
 * every file below `dagsDir` is.
 */
export async function createDagTarball(options: { dagsDir: string; dagsDirName?: string; files?: string[] }): Promise<DagTarball> {
  const name = options.dagsDirName ?? "dags";
  const entries = await listEntries(options.dagsDir, name, options.files);
  let hashing: Promise<string> | undefined;
  return {
    entries,
    fileCount: entries.length,
    // Reading every file to hash it costs as much as packing it: only when the caller needs it.
    contentHash: () => (hashing ??= hashEntries(entries)),
    stream: () => parallelGzip(tarStream(entries)),
  };
}

/**
 * The DAG bundle exactly as commit `rev` holds it: `dagsPath` (repo-relative) read from git's object store with
 * `git ls-tree` and one `git cat-file --batch`, never from the work tree, so uncommitted edits, untracked and ignored
 * files (a `dags/.env`) are not shipped. Same entries, order and bytes as `createDagTarball` of a clean checkout.
 * Submodules are left out (listed in `submodules`). Throws ConfigurationError for a symlink leaving the folder.
 */
export async function createDagTarballFromGit(options: { git: Git; rev: string; dagsPath: string; dagsDirName?: string }): Promise<DagTarball & { submodules: string[] }> {
  const name = options.dagsDirName ?? "dags";
  const prefix = options.dagsPath ? `${options.dagsPath}/` : "";
  const listed = (await options.git.listTree(options.rev, options.dagsPath)).filter((e) => e.path.startsWith(prefix) && !skipped(e.path.slice(prefix.length)));
  const submodules = listed.filter((e) => e.type !== "blob").map((e) => e.path);
  const blobs = listed.filter((e) => e.type === "blob");
  const links = blobs.filter((e) => e.mode === "120000");
  const targets = new Map<string, string>();
  let i = 0;
  for await (const content of options.git.readBlobs(links.map((l) => l.objectId))) targets.set((links[i++] as { path: string }).path, content.toString("utf8"));
  const entries: TarballEntry[] = blobs.map((e) => {
    const rel = e.path.slice(prefix.length);
    const entry = { path: `${name}/${rel}`, absolutePath: "", objectId: e.objectId, mode: e.mode === "100755" ? 0o755 : 0o644, size: e.size };
    const target = targets.get(e.path);
    if (target === undefined) return entry;
    // Where the link points in the tarball, by its text (the tree's paths are POSIX, relative to the DAG folder).
    if (posix.isAbsolute(target) || !isInside(name, posix.join(name, posix.dirname(rel), target))) {
      throw new ConfigurationError(`the symlink ${name}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
        file: `${name}/${rel}`,
        fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt",
      });
    }
    return { ...entry, mode: 0o777, size: 0, linkTarget: target };
  });
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const files = entries.filter((e) => e.linkTarget === undefined);
  return {
    entries,
    submodules,
    fileCount: entries.length,
    // Git's object ids are content hashes already: nothing to read.
    contentHash: async () => {
      const digest = createHash("sha256");
      for (const entry of entries) digest.update(`${entry.path}\0${entry.mode.toString(8)}\0${entry.linkTarget !== undefined ? `link:${entry.linkTarget}` : `git:${entry.objectId}`}\n`);
      return digest.digest("hex");
    },
    stream: () => parallelGzip(tarStream(entries, options.git.readBlobs(files.map((e) => e.objectId as string)))),
  };
}

async function hashEntries(entries: TarballEntry[]): Promise<string> {
  const digest = createHash("sha256");
  for (const entry of entries) {
    if (entry.linkTarget !== undefined) {
      digest.update(`${entry.path}\0${entry.mode.toString(8)}\0link:${entry.linkTarget}\n`);
      continue;
    }
    const file = workTreeFile(entry);
    const hash = createHash("sha256");
    if (file.content) hash.update(file.content);
    else for await (const chunk of readRegularFileChunks(entry.absolutePath, file.size)) hash.update(chunk);
    digest.update(`${entry.path}\0${file.mode.toString(8)}\0${hash.digest("hex")}\n`);
  }
  return digest.digest("hex");
}

/**
 * `path` as ustar's name (at most 100 bytes) and prefix (at most 155 bytes) fields, cut at a "/", the longest prefix
 * first (as GNU tar does); undefined when no cut fits, and the entry then needs a PAX `path` record. Sizes are in UTF-8
 * bytes, not characters: a non-ASCII folder name can fit in 155 characters yet not in 155 bytes.
 */
function ustarSplit(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: "" };
  for (let cut = path.lastIndexOf("/"); cut > 0; cut = path.lastIndexOf("/", cut - 1)) {
    // Moving the cut left only lengthens the name.
    if (Buffer.byteLength(path.slice(cut + 1)) > 100) return undefined;
    if (Buffer.byteLength(path.slice(0, cut)) <= 155) return { name: path.slice(cut + 1), prefix: path.slice(0, cut) };
  }
  return undefined;
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, "0") + "\0";
}

function header(name: string, size: number, mode: number, type: "0" | "2" | "x", linkName = ""): Buffer {
  const block = Buffer.alloc(512);
  // Without a ustar split the PAX header before this one carries the full name; the name field holds what fits.
  const { name: path, prefix } = ustarSplit(name) ?? { name, prefix: "" };
  block.write(path, 0, 100, "utf8");
  block.write(octal(mode, 8), 100, 8, "ascii");
  block.write(octal(0, 8), 108, 8, "ascii");
  block.write(octal(0, 8), 116, 8, "ascii");
  block.write(octal(size, 12), 124, 12, "ascii");
  block.write(octal(0, 12), 136, 12, "ascii");
  block.write("        ", 148, 8, "ascii");
  block.write(type, 156, 1, "ascii");
  block.write(linkName, 157, 100, "utf8");
  block.write("ustar\0", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  block.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + " ", 148, 8, "ascii");
  return block;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`);
}

const padding = (size: number): Buffer => Buffer.alloc((512 - (size % 512)) % 512);

/** The tar bytes of `entries`; file contents come from `bodies` (one per file entry, in order) when given, else from disk. */
async function* tarStream(entries: TarballEntry[], bodies?: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* tarEntries(entries, bodies);
  } finally {
    // Closed however the stream ends (a failed upload stops reading it): `git cat-file` is ended, not left to hold
    // the process open.
    await bodies?.return?.();
  }
}

async function* tarEntries(entries: TarballEntry[], bodies?: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    const needsPax = ustarSplit(entry.path) === undefined;
    if (needsPax || (entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100)) {
      const records = Buffer.concat([...(needsPax ? [paxRecord("path", entry.path)] : []), ...(entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100 ? [paxRecord("linkpath", entry.linkTarget)] : [])]);
      yield header("PaxHeader", records.length, 0o644, "x");
      yield records;
      yield padding(records.length);
    }
    if (entry.linkTarget !== undefined) {
      yield header(entry.path, 0, entry.mode, "2", entry.linkTarget);
      continue;
    }
    if (bodies) {
      const next = await bodies.next();
      if (next.done) throw new Error(`the content of ${entry.path} is missing from git's answer`);
      yield Buffer.concat([header(entry.path, next.value.length, entry.mode, "0"), next.value, padding(next.value.length)]);
      continue;
    }
    const file = workTreeFile(entry);
    if (file.content) {
      // One chunk per small file: header, content and padding together keep the stream's per-chunk cost low.
      yield Buffer.concat([header(entry.path, file.content.length, file.mode, "0"), file.content, padding(file.content.length)]);
      continue;
    }
    yield header(entry.path, file.size, file.mode, "0");
    let written = 0;
    // A file that grew while we read: only the size announced in the header is read and shipped.
    for await (const chunk of readRegularFileChunks(entry.absolutePath, file.size)) {
      yield chunk;
      written += chunk.length;
    }
    if (written < file.size) yield Buffer.alloc(file.size - written);
    yield padding(file.size);
  }
  yield Buffer.alloc(1024);
}
