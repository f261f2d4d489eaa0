import { closeSync, constants, fstatSync, openSync, read, readSync, rmSync, statSync, writev, writevSync } from "node:fs";
import { lstat, readdir, rename, rm } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FileAnalysis } from "./analyze-file.js";
import type { JudgedRecord } from "./analysis-records.js";
import type { Finding } from "../core/findings.js";
import { RUFF_SETTINGS } from "./ruff.js";
import type { Logger } from "../util/logger.js";
import { BUILD_ID, TOOL_VERSION } from "../version.js";
import { makeDirectorySync } from "../util/make-directory.js";

/**
 * Cache of file analyses, one pack file per project, in a directory the workflow can persist with actions/cache
 * (the CLI's default is `$XDG_CACHE_HOME/astro-ci`). It holds two maps:
 * - analyses by content hash (SHA-256 of the file's bytes), so a renamed but unchanged file is a hit too;
 * - a stat index, absolute path → (mtime, ctime, size, inode, content hash, safe-mode words), so a file whose stat is
 *   unchanged is neither read nor hashed (git's index does the same);
 * - judged findings by file: what the checks made of an analysis under given settings (see `judgedKey`), so an
 *   unchanged file under unchanged settings is not judged again.
 * The pack is `v8.serialize`d, written to a temporary file and renamed (atomic), and only holds what the last run
 * used. A pack made by another tool version, ruff version, grammar version or ruff settings is ignored as a whole:
 * every analysis depends on those; the Python version (ruff's target version) is part of each analysis's key. Check
 * levels, `exclude`, the Airflow version and the team policies are not in an analysis's key (a settings change
 * re-judges the cached analyses); they are in the judged findings' key.
 * A cache that cannot be read or written (a file where the directory should be, no permission, /proc) never fails
 * the run: it is disabled with one notice.
 */
export interface AnalysisCache {
  /** The analysis stored under this key (see analysisKey), if any; counted as a hit or a miss. */
  get(key: string): Omit<FileAnalysis, "file"> | undefined;
  set(key: string, analysis: FileAnalysis): void;
  /** Keep the analysis stored under this key for the next run without reading it (its judged findings were used). */
  keep(key: string): void;
  /**
   * The judged record stored under this key (see judgedKey), when whole (analysis-records.ts); a hit counts as one.
   * Undefined otherwise (absent, or damaged: the file is then judged afresh).
   */
  getJudged(key: string): JudgedRecord | undefined;
  /** Store a file's judged record (its findings' texts go to the pack's string table: see StringTable). */
  setJudged(key: string, record: JudgedRecord): void;
  /** The stat index entry of a file when its stat still matches, else undefined. */
  unchangedFile(absolutePath: string, stat: FileStat): IndexedFile | undefined;
  /** Record a file's stat and content hash for the next run. */
  indexFile(absolutePath: string, stat: FileStat, entry: IndexedFile): void;
  /**
   * Write what this run used (and only that, so the pack does not grow forever); never throws. Everything but the
   * file's last writes, its rename and the pruning happens before the save first yields (that write runs on the
   * thread pool): a caller that goes on without awaiting it has the save under way meanwhile.
   */
  save(): Promise<void>;
  readonly stats: { hits: number; misses: number };
  /**
   * Settles when the pack's entries are in memory: they are read in the background from the open, so awaiting this
   * before the first lookup lets discovery run meanwhile (a lookup before it reads them at once, synchronously).
   */
  readonly loaded: Promise<void>;
}

/** What a stat call tells about a file; times in milliseconds since the epoch (fractions kept). */
export interface FileStat {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
  ino: number;
}

/** What the stat index remembers of a file: its content hash and the words Airflow's safe mode looks for. */
export interface IndexedFile {
  hash: string;
  /** Lower-cased content contains "airflow", "dag", "asset" (Airflow's `might_contain_dag` heuristic). */
  words: { airflow: boolean; dag: boolean; asset: boolean };
}

/** The pack file of `scope` (a project's absolute folder) in the cache directory `dir`: `analysis-<16 hex>.v8`. */
export function analysisPackPath(dir: string, scope: string): string {
  return join(dir, `analysis-${createHash("sha256").update(scope).digest("hex").slice(0, 16)}.v8`);
}

/** Bump when the analysis output changes shape or meaning: cached results from older versions are ignored. */
export const ANALYSIS_VERSION = "40";

/** Versions of the engines whose output is cached; a test keeps them equal to the installed packages. */
export const ANALYSIS_ENGINES = { ruff: "0.17.4", webTreeSitter: "0.25.10", treeSitterPython: "0.25.0" } as const;

/**
 * Everything every analysis depends on besides the file's bytes and the Python version (which is in each key). The
 * build id (a hash of the sources the bundle was built from) makes any code change start a fresh cache.
 */
export function analysisCacheFingerprint(): string {
  return JSON.stringify({ analysis: ANALYSIS_VERSION, tool: TOOL_VERSION, build: BUILD_ID, engines: ANALYSIS_ENGINES, ruff: RUFF_SETTINGS });
}

/** Content hash of a file's bytes (SHA-256, base64url). */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64url");
}

/** Key of one analysis: the file's content hash and the Python version its syntax is checked against (ruff's target). */
export function analysisKey(hash: string, pythonVersion: string): string {
  return `${pythonVersion}:${hash}`;
}

/**
 * Key of one file's judged findings: the judging context (a digest of everything the checks read besides the file's
 * analysis: settings, Airflow and Python versions, requirements, the project's modules, the date), the analysis key,
 * the file's repository-relative path and whatever the project pass added to its inventory (`extra`).
 */
export function judgedKey(context: string, analysisKey: string, file: string, extra = ""): string {
  return `${context}\0${analysisKey}\0${file}\0${extra}`;
}

/** A digest of a JSON-able value (SHA-256, base64url), for judging contexts. */
export function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}

/**
 * A stat entry written less than this long before the pack was saved is not trusted next time: the file may change
 * again within the file system's timestamp granularity without its mtime moving ("racily clean" in git).
 */
const RACY_WINDOW_MS = 2000;

/**
 * The pack on disk: the 8 bytes `PACK_MAGIC`, the length of the header (u32, little-endian), the header
 * (`v8.serialize` of a PackHeader), then the blob: every entry's JSON text (ASCII) back to back, located by a
 * [start, end) pair of `spans` per key, relative to the blob's start, and last the judged records' string table
 * (StringTable, at `stringsSpan`). The blob is used in place from the one read of the file (no copy, and no strings
 * for the garbage collector to move), entries are decoded only when used, and unchanged ones are written back as the
 * bytes they were. Format 4 added the string table; a pack of format 3 (ACIPACK3) is foreign: ignored, then replaced.
 */
const PACK_MAGIC = Buffer.from("ACIPACK4", "latin1");

interface PackHeader {
  format: 4;
  fingerprint: string;
  savedAtMs: number;
  blobLength: number;
  /** Analysis keys (analysisKey) → the analysis without `file`; judged keys (judgedKey) → a judged record. */
  analysisKeys: string[];
  analysisSpans: Uint32Array;
  judgedKeys: string[];
  judgedSpans: Uint32Array;
  /** [start, end) of the judged records' string table in the blob. */
  stringsSpan: Uint32Array;
  files: Map<string, FileStat & IndexedFile>;
}

function isPackHeader(value: unknown): value is PackHeader {
  const pack = value as Partial<PackHeader> | null;
  const spansFit = (keys: unknown, spans: unknown, blobLength: number): boolean =>
    Array.isArray(keys) &&
    keys.every((k) => typeof k === "string") &&
    spans instanceof Uint32Array &&
    spans.length === 2 * keys.length &&
    spans.every((offset, i) => offset <= blobLength && (i % 2 === 0 || offset >= (spans[i - 1] as number)));
  return (
    typeof pack === "object" &&
    pack !== null &&
    pack.format === 4 &&
    typeof pack.fingerprint === "string" &&
    typeof pack.savedAtMs === "number" &&
    typeof pack.blobLength === "number" &&
    pack.files instanceof Map &&
    spansFit(pack.analysisKeys, pack.analysisSpans, pack.blobLength) &&
    spansFit(pack.judgedKeys, pack.judgedSpans, pack.blobLength) &&
    spansFit([""], pack.stringsSpan, pack.blobLength)
  );
}

/**
 * JSON text with every character above U+007E written as a \\uXXXX escape (valid only inside JSON strings, the only
 * place such characters can be): the same value for JSON.parse, in pure ASCII.
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The blob of the pack this run opened, read from the file descriptor the header was read from (a pack renamed over
 * it meanwhile cannot mix in): in the background from the start, so discovery goes on meanwhile, or at once on the
 * first use that comes before that read ends. A blob cut short reads as empty (every entry absent).
 */
class PackBlob {
  private buffer: Buffer | undefined;
  private closed = false;
  readonly settled: Promise<void>;
  constructor(
    private readonly fd: number | undefined,
    private readonly offset: number,
    private readonly length: number,
    private readonly onDamaged: () => void,
  ) {
    if (fd === undefined) {
      this.buffer = Buffer.alloc(0);
      this.closed = true;
      this.settled = Promise.resolve();
      return;
    }
    const target = Buffer.allocUnsafe(length);
    this.settled = readFully(fd, target, offset)
      .then((complete) => {
        this.buffer ??= this.checked(target, complete);
      })
      .catch(() => {
        this.buffer ??= this.checked(target, false);
      })
      .finally(() => this.close());
  }
  bytes(): Buffer {
    if (this.buffer) return this.buffer;
    // Needed before the background read ended: read it now, into a buffer of its own.
    const target = Buffer.allocUnsafe(this.length);
    let complete = false;
    try {
      complete = readFullySync(this.fd as number, target, this.offset);
    } catch {
      complete = false;
    }
    this.buffer = this.checked(target, complete);
    return this.buffer;
  }
  private checked(target: Buffer, complete: boolean): Buffer {
    if (complete) return target;
    this.onDamaged();
    return Buffer.alloc(0);
  }
  private close(): void {
    if (this.closed || this.fd === undefined) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/** Read `target.length` bytes at `position`; false when the file ends first. */
function readFullySync(fd: number, target: Buffer, position: number): boolean {
  for (let done = 0; done < target.length; ) {
    const n = readSync(fd, target, done, target.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

/** Read `target.length` bytes at `position` (promises, on the thread pool); false when the file ends first. */
function readFully(fd: number, target: Buffer, position: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const next = (done: number): void => {
      if (done === target.length) return resolve(true);
      read(fd, target, done, target.length - done, position + done, (error, n) => {
        if (error) reject(error);
        else if (n === 0) resolve(false);
        else next(done + n);
      });
    };
    next(0);
  });
}

/** One kind of entry (analyses or judged records): what the pack held, and what this run used, for the next pack. */
class EntryTable {
  private readonly stored = new Map<string, number>();
  /** Key → the entry's text (new this run) or its index in the stored spans (carried over unread). */
  readonly used = new Map<string, string | number>();
  constructor(
    private readonly source: PackBlob,
    keys: string[] = [],
    private readonly spans: Uint32Array = new Uint32Array(0),
  ) {
    keys.forEach((key, index) => this.stored.set(key, index));
  }
  private get blob(): Buffer {
    return this.source.bytes();
  }
  get storedCount(): number {
    return this.stored.size;
  }
  /** The entry's text, marking it used; undefined when absent. */
  read(key: string): string | undefined {
    const mine = this.used.get(key);
    if (typeof mine === "string") return mine;
    const index = mine ?? this.stored.get(key);
    if (index === undefined || (this.spans[2 * index + 1] as number) > this.blob.length) return undefined;
    this.used.set(key, index);
    return this.slice(index);
  }
  /** Stored texts are ASCII (see asciiJson): latin1 decoding is a plain copy, several times cheaper than UTF-8's. */
  private slice(index: number): string {
    return this.blob.toString("latin1", this.spans[2 * index], this.spans[2 * index + 1]);
  }
  /** Whether the entry's text was written by this run (then it is this run's own analysis, not the pack's). */
  writtenThisRun(key: string): boolean {
    return typeof this.used.get(key) === "string";
  }
  /** Forget what the pack held (its entries cannot be read right: see StringTable): every stored entry is absent. */
  forgetStored(): void {
    this.stored.clear();
    for (const [key, value] of this.used) if (typeof value === "number") this.used.delete(key);
  }
  /** Replace each used entry's text by `rewritten(text)`, or drop the entry where that is undefined. */
  rewrite(rewritten: (text: string) => string | undefined): void {
    for (const [key, value] of this.used) {
      const text = rewritten(typeof value === "string" ? value : this.slice(value));
      if (text === undefined) this.used.delete(key);
      else this.used.set(key, text);
    }
  }
  /** Mark a stored entry used without decoding it. */
  keep(key: string): void {
    const index = this.stored.get(key);
    if (index !== undefined && !this.used.has(key)) this.used.set(key, index);
  }
  /** Store a text; true when it differs from what the pack held. */
  write(key: string, json: string): boolean {
    const text = asciiJson(json);
    const index = this.stored.get(key);
    const same = index !== undefined && this.slice(index) === text;
    this.used.set(key, same ? index : text);
    return !same;
  }
  /**
   * The used entries, in order, appended to `parts` (from offset `base`): a run of neighbouring entries carried over
   * from the stored blob as one slice of it (no copy), each new entry as its text (ASCII: one byte per character).
   * Returns the keys and their spans.
   */
  pack(parts: PackPart[], base: number): { keys: string[]; spans: Uint32Array; end: number } {
    const keys = [...this.used.keys()];
    const spans = new Uint32Array(2 * keys.length);
    const blob = this.blob;
    let run: { start: number; end: number } | undefined;
    const endRun = (): void => {
      if (run) parts.push(blob.subarray(run.start, run.end));
      run = undefined;
    };
    let offset = base;
    keys.forEach((key, i) => {
      const value = this.used.get(key) as string | number;
      let length: number;
      if (typeof value === "string") {
        endRun();
        parts.push(value);
        // ASCII (asciiJson): one byte per character.
        length = value.length;
      } else {
        const start = this.spans[2 * value] as number;
        const end = this.spans[2 * value + 1] as number;
        length = end - start;
        if (run && run.end === start) run.end = end;
        else {
          endRun();
          run = { start, end };
        }
      }
      spans[2 * i] = offset;
      offset += length;
      spans[2 * i + 1] = offset;
    });
    endRun();
    return { keys, spans, end: offset };
  }
}

/** The fields of a judged record's findings (`findings`, `starNameReads`) written as an index in the StringTable. */
const TABLED_FIELDS = ["message", "fix", "file"] as const;

/** A finding as a judged record's text holds it: its TABLED_FIELDS as indices in the pack's StringTable. */
type TabledFinding = Omit<Finding, (typeof TABLED_FIELDS)[number]> & { message: number; file: number; fix?: number };

/** Strings in a table before it may be compacted (smaller ones are left as they are: a compaction rewrites every entry). */
const COMPACT_MIN_STRINGS = 1024;

/**
 * The texts of judged records' findings (TABLED_FIELDS), each stored once per pack, in its blob after the entries
 * (JSON text of an array of strings, ASCII), and written in each record as their index in it. Measured on the
 * 2,000-file bench project: those fields were 2.75 MB of the judged records' 6.1 MB, and 0.15 MB once each (a file's
 * path is in each of its findings; the checks' and ruff's messages and fixes come back from file to file). A warm
 * run parses and validates every judged record it serves, and keeps them all (so the collector copies them twice):
 * with shared strings, the lookups of a bench run with nothing changed took 156 ms instead of 180 (main thread; the
 * collector's share about halved), the pack 12.2 MB instead of 14.9, the run 60 ms less CPU. The shape checks are
 * unchanged: they run on the record with its texts put back. The table only grows while the pack lives, so an entry
 * carried over unread keeps meaning what it meant; a save compacts it (and rewrites every entry) once less than half
 * of it is used. A table that does not read as an array of strings makes every stored judged record absent
 * (`onUnusable`).
 */
class StringTable {
  private strings: string[] | undefined;
  private storedCount = 0;
  private indexOf: Map<string, number> | undefined;
  /** 1 at the index of each string a record decoded or encoded this run used (what a compaction keeps). */
  private marks = new Uint8Array(0);
  private compacted = false;
  constructor(
    private readonly source: PackBlob,
    private readonly start: number,
    private readonly end: number,
    private readonly onUnusable: (damaged: boolean) => void,
  ) {}
  /** The strings, read from the pack on first use (empty without one). */
  load(): string[] {
    if (this.strings) return this.strings;
    let strings: string[] = [];
    if (this.end > this.start) {
      const blob = this.source.bytes();
      let parsed: unknown;
      try {
        if (this.end <= blob.length) parsed = JSON.parse(blob.toString("latin1", this.start, this.end));
      } catch {
        // not JSON: unusable
      }
      if (Array.isArray(parsed) && parsed.every((text) => typeof text === "string")) strings = parsed as string[];
      // A blob cut short has been reported already (PackBlob): only a table that is there but wrong is news.
      else this.onUnusable(this.end <= blob.length);
    }
    this.strings = strings;
    this.storedCount = strings.length;
    this.marks = new Uint8Array(strings.length);
    return strings;
  }
  /** Put the texts back into a parsed record's findings, in place; false when one is not an index of the table. */
  decode(record: unknown): boolean {
    if (typeof record !== "object" || record === null) return false;
    const { findings, starNameReads } = record as { findings?: unknown; starNameReads?: unknown };
    return this.decodeList(findings) && (starNameReads === undefined || this.decodeList(starNameReads));
  }
  private decodeList(list: unknown): boolean {
    if (!Array.isArray(list)) return false;
    const strings = this.load();
    for (const item of list as unknown[]) {
      if (typeof item !== "object" || item === null) return false;
      const finding = item as Record<string, unknown>;
      for (const field of TABLED_FIELDS) {
        const at = finding[field];
        if (at === undefined && field === "fix") continue;
        const text = typeof at === "number" ? strings[at] : undefined;
        if (text === undefined) return false;
        finding[field] = text;
        this.marks[at as number] = 1;
      }
    }
    return true;
  }
  /** A judged record's JSON text, its findings' texts as indices (added to the table where new). */
  encode(record: JudgedRecord): string {
    this.load();
    const { findings, starNameReads } = record;
    return JSON.stringify({ ...record, findings: findings.map((f) => this.encodeFinding(f)), ...(starNameReads ? { starNameReads: starNameReads.map((f) => this.encodeFinding(f)) } : {}) });
  }
  private encodeFinding(finding: Finding): TabledFinding {
    const { message, file, fix } = finding;
    // Strings by their type; anything else (a record that is not whole) is left as it is, never put in the table:
    // its JSON would no longer be an array of strings, and every judged record of the pack would be lost with it.
    const at = (text: unknown): unknown => (typeof text === "string" ? this.at(text) : text);
    // Spread, not rest: the fields keep their places, and so the decoded finding its key order (the report's).
    return { ...finding, message: at(message), file: at(file), ...(fix !== undefined ? { fix: at(fix) } : {}) } as TabledFinding;
  }
  private at(text: string): number {
    const strings = this.load();
    const indexOf = (this.indexOf ??= new Map(strings.map((s, i) => [s, i])));
    let at = indexOf.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      indexOf.set(text, at);
      if (at >= this.marks.length) {
        const marks = new Uint8Array(Math.max(64, 2 * this.marks.length));
        marks.set(this.marks);
        this.marks = marks;
      }
    }
    this.marks[at] = 1;
    return at;
  }
  /** Whether a save compacted the table (compactFor): the stored entries it did not rewrite no longer read right. */
  get isCompacted(): boolean {
    return this.compacted;
  }
  /**
   * At a save: when less than half of a large table is used, keep only what is, and rewrite every entry of `entries`
   * with the new indices (an entry with an index outside what was used, which could only be a damaged one, is dropped).
   */
  compactFor(entries: EntryTable): void {
    // Never read this run: no judged record was either (see pack), nothing to compact.
    if (!this.strings) return;
    const strings = this.strings;
    let used = 0;
    for (let i = 0; i < strings.length; i++) used += this.marks[i] as number;
    if (strings.length < COMPACT_MIN_STRINGS || 2 * used >= strings.length) return;
    const moved = new Int32Array(strings.length).fill(-1);
    const kept: string[] = [];
    strings.forEach((text, i) => {
      if (this.marks[i]) moved[i] = kept.push(text) - 1;
    });
    const remap = (list: unknown): boolean =>
      Array.isArray(list) &&
      (list as Record<string, unknown>[]).every((finding) =>
        TABLED_FIELDS.every((field) => {
          const at = finding?.[field];
          if (at === undefined && field === "fix") return true;
          const to = typeof at === "number" && Number.isInteger(at) && at >= 0 && at < moved.length ? (moved[at] as number) : -1;
          if (to < 0) return false;
          finding[field] = to;
          return true;
        }),
      );
    entries.rewrite((text) => {
      try {
        const record = JSON.parse(text) as { findings?: unknown; starNameReads?: unknown };
        return remap(record.findings) && (record.starNameReads === undefined || remap(record.starNameReads)) ? asciiJson(JSON.stringify(record)) : undefined;
      } catch {
        return undefined;
      }
    });
    this.strings = kept;
    this.indexOf = undefined;
    this.marks = new Uint8Array(kept.length).fill(1);
    this.compacted = true;
  }
  /**
   * The table appended to `parts` (from offset `base`): the stored bytes as they were when nothing was added, else
   * those bytes with the new strings after them (the whole table anew after a compaction). Returns its span.
   */
  pack(parts: PackPart[], base: number): Uint32Array {
    // Never read: no judged record was read or written this run (both read the table first), so none is kept.
    if (!this.strings) {
      parts.push("[]");
      return Uint32Array.of(base, base + 2);
    }
    const strings = this.strings;
    // Appended to only as this class writes it: "[...]", at least one string, nothing after the bracket.
    const bytes = this.end > this.start && !this.compacted && this.storedCount > 0 ? this.source.bytes().subarray(this.start, this.end) : undefined;
    const stored = bytes && bytes[bytes.length - 1] === 0x5d ? bytes : undefined;
    let length: number;
    if (bytes && strings.length === this.storedCount) {
      parts.push(bytes);
      length = bytes.length;
    } else if (stored) {
      // "[...stored" + ",...new]": the stored text without its closing bracket, the new strings' without its opening one.
      const added = `,${asciiJson(JSON.stringify(strings.slice(this.storedCount))).slice(1)}`;
      parts.push(stored.subarray(0, stored.length - 1), added);
      length = stored.length - 1 + added.length;
    } else {
      const text = asciiJson(JSON.stringify(strings));
      parts.push(text);
      length = text.length;
    }
    return Uint32Array.of(base, base + length);
  }
}

/**
 * Open the pack of one project. `scope` names the project (its absolute folder: one cache directory may serve many
 * projects). Returns undefined, after one notice through `logger.info`, when the directory cannot hold a cache at all.
 * `now` (ms since the epoch) stamps the saved pack, for the racy-stat rule.
 */
export async function openAnalysisCache(
  dir: string,
  scope: string,
  logger: Logger,
  options: { now?: () => number } = {},
): Promise<AnalysisCache | undefined> {
  const now = options.now ?? Date.now;
  const path = analysisPackPath(dir, scope);
  const fingerprint = analysisCacheFingerprint();
  let stored: PackHeader | undefined;
  let blob = new PackBlob(undefined, 0, 0, () => undefined);
  let fd: number | undefined;
  try {
    const opened = performance.now();
    // The header (with the stat index) is read now; the blob behind it in the background, while discovery runs.
    // Non-blocking: a FIFO where the pack should be would otherwise block the run forever (readPackHeader refuses it).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const header = readPackHeader(fd);
    logger.debug(`cache ${path} header read in ${Math.round(performance.now() - opened)} ms (${Math.round(opened)} ms after the process started)`);
    if (header === "damaged") logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
    else if (header === "foreign" || header.header.fingerprint !== fingerprint) logger.debug(`cache ${path} was made by another version or for other settings: starting afresh`);
    else {
      stored = header.header;
      const damaged = () => logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
      blob = new PackBlob(fd, header.blobOffset, header.header.blobLength, damaged);
      fd = undefined; // the blob owns it now
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "EACCES" || code === "EPERM" || code === "EISDIR" || code === "ELOOP") {
      logger.info(`astro-ci: the analysis cache is off for this run: cannot read ${path} (${code}); fix the cache directory or pass --no-cache`);
      return undefined;
    }
    // A corrupt or truncated pack: analyse afresh and overwrite it.
    if (code !== "ENOENT") logger.warning(`ignoring unreadable cache file ${path}: ${(error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // The entries' shape checks (Ajv standalone: 1.4 MB of bundled JavaScript, ~0.05 s of CPU to load) are loaded only
  // when there are entries to check: a run without a pack (cold) never loads them.
  const records = stored && stored.analysisKeys.length + stored.judgedKeys.length > 0 ? await import("./analysis-records.js") : undefined;
  const analyses = new EntryTable(blob, stored?.analysisKeys, stored?.analysisSpans);
  const judged = new EntryTable(blob, stored?.judgedKeys, stored?.judgedSpans);
  const files = stored?.files ?? new Map<string, FileStat & IndexedFile>();
  const trustBefore = (stored?.savedAtMs ?? 0) - RACY_WINDOW_MS;
  const usedFiles = new Map<string, FileStat & IndexedFile>();
  const stats = { hits: 0, misses: 0 };
  // Whether the pack on disk would differ from what this run used; an unchanged pack is not written again.
  let changed = !stored;
  const strings = new StringTable(blob, stored?.stringsSpan[0] ?? 0, stored?.stringsSpan[1] ?? 0, (damaged) => {
    // As quiet as a damaged entry (a miss): only a pack that cannot be read at all is worth a warning.
    if (damaged) logger.debug(`cache ${path}: the judged records' string table is corrupt: they are judged afresh`);
    judged.forgetStored();
    changed = true;
  });
  return {
    stats,
    loaded: blob.settled,
    get(key) {
      // An entry this run wrote is its own analysis (a helper module asked for again, the DAG diff's base tree): used
      // as it is, also in a run without a pack, where the entries' shape checks are never loaded.
      const fresh = analyses.writtenThisRun(key);
      const raw = analyses.read(key);
      if (raw === undefined) {
        stats.misses++;
        return undefined;
      }
      try {
        // Used only when whole (analysis-records.ts): an entry of another shape is a miss, and the file is analysed again.
        const entry: unknown = JSON.parse(raw);
        if (fresh || records?.isAnalysisRecord(entry)) {
          stats.hits++;
          return entry as Omit<FileAnalysis, "file">;
        }
      } catch {
        // not JSON: a miss as well
      }
      stats.misses++;
      return undefined;
    },
    set(key, analysis) {
      const { file: _file, ...rest } = analysis;
      if (analyses.write(key, JSON.stringify(rest))) changed = true;
    },
    keep(key) {
      analyses.keep(key);
    },
    getJudged(key) {
      // After a save that compacted the table, entries it did not rewrite (stored ones this run never used) hold
      // indices into the old table: no read then (none is made today; a miss is always safe).
      if (strings.isCompacted) return undefined;
      // Read first: a table found unusable makes every stored record absent before any is read.
      strings.load();
      const fresh = judged.writtenThisRun(key);
      const json = judged.read(key);
      if (json === undefined) return undefined;
      try {
        const entry: unknown = JSON.parse(json);
        if (strings.decode(entry) && (fresh || records?.isJudgedRecord(entry))) {
          stats.hits++;
          return entry as JudgedRecord;
        }
      } catch {
        // not JSON: judged afresh as well
      }
      return undefined;
    },
    setJudged(key, record) {
      if (judged.write(key, strings.encode(record))) changed = true;
    },
    unchangedFile(absolutePath, stat) {
      const entry = files.get(absolutePath);
      if (!entry) return undefined;
      if (entry.mtimeMs !== stat.mtimeMs || entry.ctimeMs !== stat.ctimeMs || entry.size !== stat.size || entry.ino !== stat.ino) return undefined;
      if (entry.mtimeMs >= trustBefore || entry.ctimeMs >= trustBefore) return undefined;
      return { hash: entry.hash, words: entry.words };
    },
    indexFile(absolutePath, stat, entry) {
      const was = files.get(absolutePath);
      const { words } = entry;
      if (
        !was ||
        was.mtimeMs !== stat.mtimeMs ||
        was.ctimeMs !== stat.ctimeMs ||
        was.size !== stat.size ||
        was.ino !== stat.ino ||
        was.hash !== entry.hash ||
        // An entry that was in the racy window is saved again with a new time stamp, so it is trusted next time.
        was.mtimeMs >= trustBefore ||
        was.ctimeMs >= trustBefore
      ) {
        changed = true;
      }
      usedFiles.set(absolutePath, { mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, size: stat.size, ino: stat.ino, hash: entry.hash, words });
    },
    async save() {
      await blob.settled;
      if (!changed && analyses.used.size === analyses.storedCount && judged.used.size === judged.storedCount && usedFiles.size === files.size) {
        logger.debug(`cache ${path} is unchanged: not written`);
        return;
      }
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        // Synchronous up to the write of the file (see writePack): a caller that does not wait for the save (the
        // CLI, which writes its report meanwhile) has it under way before its own next step.
        makeDirectorySync(dir);
        strings.compactFor(judged);
        const parts: PackPart[] = [];
        const packedAnalyses = analyses.pack(parts, 0);
        const packedJudged = judged.pack(parts, packedAnalyses.end);
        const stringsSpan = strings.pack(parts, packedJudged.end);
        const header: PackHeader = {
          format: 4,
          fingerprint,
          savedAtMs: now(),
          blobLength: stringsSpan[1] as number,
          analysisKeys: packedAnalyses.keys,
          analysisSpans: packedAnalyses.spans,
          judgedKeys: packedJudged.keys,
          judgedSpans: packedJudged.spans,
          stringsSpan,
          files: usedFiles,
        };
        // A leftover of a crashed run with this pid (common in containers) goes; so does a symlink planted there,
        // which writePack's exclusive create would otherwise refuse (or, without it, write through).
        rmSync(tmp, { force: true });
        await writePack(tmp, header, parts);
        // Rename is atomic: a concurrent reader sees the old pack or the new one, never half of one.
        await rename(tmp, path);
        await pruneStalePacks(dir, path, now());
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => undefined);
        logger.info(`astro-ci: the analysis cache was not saved: ${(error as Error).message} (fix the cache directory or pass --no-cache)`);
      }
    },
  };
}

/**
 * The header of the pack open at `fd`, and where its blob starts: "foreign" when the file is not a pack of this
 * format (an older astro-ci's), "damaged" when it starts like one but does not hold together (truncated, corrupt).
 */
function readPackHeader(fd: number): { header: PackHeader; blobOffset: number } | "foreign" | "damaged" {
  const info = fstatSync(fd);
  // A folder cannot be replaced by the save (the cache is off); a FIFO, socket or device is ignored and replaced.
  if (info.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
  if (!info.isFile()) throw Object.assign(new Error("not a regular file (a FIFO, socket or device)"), { code: "EINVAL" });
  const size = info.size;
  const prefix = Buffer.alloc(PACK_MAGIC.length + 4);
  const got = readSync(fd, prefix, 0, prefix.length, 0);
  if (!prefix.subarray(0, Math.min(got, PACK_MAGIC.length)).equals(PACK_MAGIC.subarray(0, Math.min(got, PACK_MAGIC.length)))) return "foreign";
  if (got < prefix.length) return "damaged";
  const headerLength = prefix.readUInt32LE(PACK_MAGIC.length);
  const blobOffset = prefix.length + headerLength;
  if (blobOffset > size) return "damaged";
  const headerBytes = Buffer.allocUnsafe(headerLength);
  if (!readFullySync(fd, headerBytes, prefix.length)) return "damaged";
  const header: unknown = deserialize(headerBytes);
  if (!isPackHeader(header) || size - blobOffset !== header.blobLength) return "damaged";
  return { header, blobOffset };
}

/** A piece of a pack's blob: bytes carried over from the stored blob, or a new entry's text (ASCII). */
type PackPart = Uint8Array | string;

/** Bytes of new entry texts gathered before they are written: new texts go through this buffer, reused, never all at once. */
const SCRATCH_BYTES = 1 << 20;

/**
 * Write a pack: magic, header length, header, then the blob's parts, with vectored writes. Carried-over bytes are
 * written from the stored blob as they are; new texts are gathered into one reused 1 MiB buffer, written (at once,
 * on this thread) each time it fills: a pack written afresh (a cold run's 15 MB) never gets a buffer of its own size,
 * whose first touch of fresh memory cost more than the writing itself. What is left when the parts run out — all of
 * it when few entries are new, the carried-over bytes included — is written on the thread pool, so this thread goes
 * on (to the report) while the file is written: everything up to that write happens before the first `await`.
 */
async function writePack(path: string, header: PackHeader, parts: PackPart[]): Promise<void> {
  const serialized = serialize(header);
  const prefix = Buffer.alloc(PACK_MAGIC.length + 4);
  PACK_MAGIC.copy(prefix);
  prefix.writeUInt32LE(serialized.length, PACK_MAGIC.length);
  // Exclusive create: never through a symlink or into a file another process made meanwhile.
  const fd = openSync(path, "wx", 0o644);
  try {
    let scratch: Buffer | undefined;
    let used = 0;
    let segmentStart = 0;
    let pending: Uint8Array[] = [prefix, serialized];
    const endSegment = (): void => {
      if (scratch && used > segmentStart) pending.push(scratch.subarray(segmentStart, used));
      segmentStart = used;
    };
    for (const part of parts) {
      if (typeof part !== "string") {
        endSegment();
        pending.push(part);
      } else if (part.length > SCRATCH_BYTES) {
        endSegment();
        pending.push(Buffer.from(part, "latin1"));
      } else {
        if (used + part.length > SCRATCH_BYTES) {
          endSegment();
          writeAllSync(fd, pending);
          pending = [];
          used = segmentStart = 0;
        }
        scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
        used += scratch.write(part, used, "latin1");
      }
    }
    endSegment();
    await writeAll(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** What is left of `buffers` once the first `written` bytes are written (a short write). */
function unwritten(buffers: Uint8Array[], written: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  for (const b of buffers) {
    if (written >= b.length) written -= b.length;
    else {
      rest.push(written > 0 ? b.subarray(written) : b);
      written = 0;
    }
  }
  return rest;
}

/** writev takes at most IOV_MAX (1,024 on Linux) buffers at a time. */
const IOV_MAX = 1024;

/** Write every buffer, in order, on this thread (writev may write less than asked: the rest goes again). */
function writeAllSync(fd: number, buffers: Uint8Array[]): void {
  for (let i = 0; i < buffers.length; i += IOV_MAX) {
    for (let batch = buffers.slice(i, i + IOV_MAX); batch.length > 0; ) batch = unwritten(batch, writevSync(fd, batch));
  }
}

/** `writeAllSync` on the thread pool. */
async function writeAll(fd: number, buffers: Uint8Array[]): Promise<void> {
  const writeBatch = (batch: Uint8Array[]): Promise<number> => new Promise((resolve, reject) => writev(fd, batch, (error, written) => (error ? reject(error) : resolve(written))));
  for (let i = 0; i < buffers.length; i += IOV_MAX) {
    for (let batch = buffers.slice(i, i + IOV_MAX); batch.length > 0; ) batch = unwritten(batch, await writeBatch(batch));
  }
}

/**
 * The stat index as DAG discovery uses it: `known` stats a Python file and, when the index says it is unchanged,
 * returns its safe-mode words so discovery need not read it (if its analysis is then missing, e.g. for another
 * Python version, the analysis step reads it after all). Every stat
 * taken is remembered (before any read, so a change during the run is caught next time) for `record`.
 */
export interface StatIndexSession {
  /** Synchronous (a lookup and at most a stat): discovery asks it for every Python file, and awaits nothing. */
  known(absolutePath: string): (IndexedFile["words"] & { size: number }) | undefined;
  /** The content hash of a file `known` vouched for. */
  hashOf(absolutePath: string): string | undefined;
  /** Index a file that was read this run, with the stat taken before reading it. */
  record(absolutePath: string, hash: string, words: IndexedFile["words"]): void;
}

/**
 * `onUnvouched` is called (at most once) for the first file the index cannot vouch for: it will be read, and most
 * likely analysed, so the caller may start loading the analysis engines now. `statOf` gives a file's status stated
 * earlier in the run (before anything was read: the replay's snapshot), in place of stating it again. A file above `maxFileSize` (bytes) is
 * never read nor analysed (file-too-large), so it does not count.
 */
export function createStatIndexSession(
  cache: AnalysisCache,
  options: { onUnvouched?: () => void; maxFileSize?: number; statOf?: (absolutePath: string) => FileStat | undefined } = {},
): StatIndexSession {
  let unvouched = options.onUnvouched;
  const seen = new Map<string, { stat?: FileStat; hash?: string }>();
  return {
    known(absolutePath) {
      const stat = options.statOf?.(absolutePath) ?? statFile(absolutePath);
      if (!stat) return undefined; // let discovery read it and report what is wrong
      const entry = cache.unchangedFile(absolutePath, stat);
      if (entry) {
        seen.set(absolutePath, { stat, hash: entry.hash });
        cache.indexFile(absolutePath, stat, entry);
        return { ...entry.words, size: stat.size };
      }
      seen.set(absolutePath, { stat });
      if (options.maxFileSize !== undefined && stat.size > options.maxFileSize) return undefined;
      unvouched?.();
      unvouched = undefined;
      return undefined;
    },
    hashOf: (absolutePath) => seen.get(absolutePath)?.hash,
    record(absolutePath, hash, words) {
      const stat = seen.get(absolutePath)?.stat;
      if (stat) cache.indexFile(absolutePath, stat, { hash, words });
    },
  };
}

function statFile(path: string): FileStat | undefined {
  // stat follows symlinks: Airflow reads the target, and the target's times are what change. Synchronous: thousands
  // of small stats cost less than as many promises.
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s && { mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, size: s.size, ino: s.ino };
  } catch {
    return undefined;
  }
}

/** Packs of other projects unused this long are removed when a pack is saved (a cache folder would otherwise keep one
 * per project folder ever validated, temporary ones included). A pack is "used" when it is written. */
const STALE_PACK_MS = 30 * 86_400_000;
/** Temporary files left by a crashed save, removed after this long. */
const STALE_TEMP_MS = 86_400_000;

/** Remove other projects' packs not written for 30 days and crash leftovers; never fails (a cache is not the run's business). */
async function pruneStalePacks(dir: string, keep: string, nowMs: number): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const isPack = /^analysis-[0-9a-f]{16}\.v8$/.test(name);
    const isTemp = /^analysis-[0-9a-f]{16}\.v8\.\d+\.tmp$/.test(name);
    if (path === keep || (!isPack && !isTemp)) continue;
    try {
      const info = await lstat(path);
      if (info.isFile() && nowMs - info.mtimeMs > (isPack ? STALE_PACK_MS : STALE_TEMP_MS)) await rm(path, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: either way nothing to do.
    }
  }
}

