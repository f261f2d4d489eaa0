import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, readdir, readFile, readlink, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import { constants, createGzip } from "node:zlib";
import { ConfigurationError } from "../errors.js";

/**
 * The DAG bundle, as the astro CLI ships it: entries `dags/<path>`, regular files and in-folder symlinks, no
 * directory entries; `.airflowignore` and helper modules included (DAGs import them); `.git`, `__pycache__` and
 * `*.pyc` left out. The tar writer is hand-rolled (ustar + PAX for long names) because the bytes must be
 * reproducible — sorted entries, mtime 0, uid/gid 0, normalised modes, gzip without a timestamp — and streamed.
 */
export interface TarballEntry {
  path: string;
  absolutePath: string;
  mode: number;
  size: number;
  linkTarget?: string;
}

export interface DagTarball {
  entries: TarballEntry[];
  fileCount: number;
  totalBytes: number;
  /** sha256 over (path, mode, link target or content hash) of the sorted entries: equal content, equal hash. */
  contentHash(): Promise<string>;
  stream(): AsyncIterable<Uint8Array>;
}

const SKIPPED_DIRS = new Set([".git", "__pycache__"]);

async function listEntries(root: string, dagsDirName: string): Promise<TarballEntry[]> {
  const rootReal = await realpath(root);
  const candidates: { abs: string; rel: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const abs = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (!SKIPPED_DIRS.has(dirent.name)) await walk(abs);
      } else if (!dirent.name.endsWith(".pyc")) candidates.push({ abs, rel: relative(root, abs).split(sep).join("/") });
    }
  };
  await walk(root);
  // lstat in parallel: with tens of thousands of files, one at a time is most of the run.
  const entries: (TarballEntry | undefined)[] = new Array(candidates.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(64, candidates.length) }, async () => {
      while (next < candidates.length) {
        const index = next++;
        const { abs, rel } = candidates[index] as { abs: string; rel: string };
        const info = await lstat(abs);
        if (info.isSymbolicLink()) {
          const target = await readlink(abs);
          const resolved = await realpath(abs).catch(() => undefined);
          if (!resolved || !(resolved === rootReal || resolved.startsWith(rootReal + sep))) {
            throw new ConfigurationError(`the symlink ${dagsDirName}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
              file: `${dagsDirName}/${rel}`,
              fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt",
            });
          }
          entries[index] = { path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 0o777, size: 0, linkTarget: target };
        } else if (info.isFile()) {
          entries[index] = { path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: info.mode & 0o111 ? 0o755 : 0o644, size: info.size };
        }
      }
    }),
  );
  return entries.filter((e): e is TarballEntry => e !== undefined).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

/** Small files in one read; large ones streamed. */
const WHOLE_FILE_LIMIT = 1024 * 1024;

async function fileSha256(path: string, size: number): Promise<string> {
  const hash = createHash("sha256");
  if (size <= WHOLE_FILE_LIMIT) return hash.update(await readFile(path)).digest("hex");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function createDagTarball(options: { dagsDir: string; dagsDirName?: string }): Promise<DagTarball> {
  const name = options.dagsDirName ?? "dags";
  const entries = await listEntries(options.dagsDir, name);
  let hashing: Promise<string> | undefined;
  return {
    entries,
    fileCount: entries.length,
    totalBytes: entries.reduce((n, e) => n + e.size, 0),
    // Reading every file to hash it costs as much as packing it: only when the caller needs it.
    contentHash: () => (hashing ??= hashEntries(entries)),
    stream: () => Readable.from(tarStream(entries)).pipe(createGzip({ level: constants.Z_DEFAULT_COMPRESSION })),
  };
}

async function hashEntries(entries: TarballEntry[]): Promise<string> {
  // Hash the files in parallel (I/O bound), then combine in path order.
  const hashes = new Array<string>(entries.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(32, entries.length) }, async () => {
      while (next < entries.length) {
        const index = next++;
        const entry = entries[index] as TarballEntry;
        hashes[index] = entry.linkTarget !== undefined ? `link:${entry.linkTarget}` : await fileSha256(entry.absolutePath, entry.size);
      }
    }),
  );
  const digest = createHash("sha256");
  entries.forEach((entry, index) => digest.update(`${entry.path}\0${entry.mode.toString(8)}\0${hashes[index]}\n`));
  return digest.digest("hex");
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, "0") + "\0";
}

function header(name: string, size: number, mode: number, type: "0" | "2" | "x", linkName = ""): Buffer {
  const block = Buffer.alloc(512);
  let path = name;
  let prefix = "";
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf("/", 155);
    if (cut > 0 && Buffer.byteLength(path.slice(cut + 1)) <= 100 && Buffer.byteLength(path.slice(0, cut)) <= 155) {
      prefix = path.slice(0, cut);
      path = path.slice(cut + 1);
    } else path = path.slice(0, 100); // the PAX header before this one carries the full name
  }
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

/** Files read ahead of the writer: small files are many, and one read at a time leaves the disk idle. */
const READ_AHEAD = 32;

async function* tarStream(entries: TarballEntry[]): AsyncGenerator<Buffer> {
  const reads = new Map<number, Promise<Buffer>>();
  const prefetch = (index: number): void => {
    const entry = entries[index];
    if (entry && entry.linkTarget === undefined && entry.size <= WHOLE_FILE_LIMIT && !reads.has(index)) reads.set(index, readFile(entry.absolutePath));
  };
  for (let i = 0; i < READ_AHEAD; i++) prefetch(i);
  for (const [index, entry] of entries.entries()) {
    prefetch(index + READ_AHEAD);
    const needsPax = Buffer.byteLength(entry.path) > 100 && !(entry.path.lastIndexOf("/", 155) > 0 && Buffer.byteLength(entry.path.slice(entry.path.lastIndexOf("/", 155) + 1)) <= 100);
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
    if (entry.size <= WHOLE_FILE_LIMIT) {
      const content = await (reads.get(index) ?? readFile(entry.absolutePath));
      reads.delete(index);
      // A file that changed size since the listing: ship exactly the size announced in the header.
      const body = content.length >= entry.size ? content.subarray(0, entry.size) : Buffer.concat([content, Buffer.alloc(entry.size - content.length)]);
      // One chunk per small file: header, content and padding together keep the stream's per-chunk cost low.
      yield Buffer.concat([header(entry.path, entry.size, entry.mode, "0"), body, padding(entry.size)]);
      continue;
    }
    yield header(entry.path, entry.size, entry.mode, "0");
    let written = 0;
    for await (const chunk of createReadStream(entry.absolutePath)) {
      const buffer = chunk as Buffer;
      // A file that grew while we read: ship only the size announced in the header.
      const room = entry.size - written;
      if (room <= 0) break;
      yield buffer.length > room ? buffer.subarray(0, room) : buffer;
      written += Math.min(buffer.length, room);
    }
    if (written < entry.size) yield Buffer.alloc(entry.size - written);
    yield padding(entry.size);
  }
  yield Buffer.alloc(1024);
}
