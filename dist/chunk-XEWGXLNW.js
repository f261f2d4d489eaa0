import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  RUFF_SETTINGS
} from "./chunk-KMDYCKWP.js";
import {
  BUILD_ID,
  TOOL_VERSION
} from "./chunk-FWDNUJ5Q.js";
import {
  makeDirectorySync
} from "./chunk-DW2KAGUK.js";

// src/dags/analysis-cache.ts
import { closeSync, constants, fstatSync, openSync, read, readSync, rmSync, statSync, writev, writevSync } from "node:fs";
import { lstat, readdir, rename, rm } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
function analysisPackPath(dir, scope) {
  return join(dir, `analysis-${createHash("sha256").update(scope).digest("hex").slice(0, 16)}.v8`);
}
var ANALYSIS_VERSION = "40";
var ANALYSIS_ENGINES = { ruff: "0.17.4", webTreeSitter: "0.25.10", treeSitterPython: "0.25.0" };
function analysisCacheFingerprint() {
  return JSON.stringify({ analysis: ANALYSIS_VERSION, tool: TOOL_VERSION, build: BUILD_ID, engines: ANALYSIS_ENGINES, ruff: RUFF_SETTINGS });
}
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("base64url");
}
function analysisKey(hash, pythonVersion) {
  return `${pythonVersion}:${hash}`;
}
function judgedKey(context, analysisKey2, file, extra = "") {
  return `${context}\0${analysisKey2}\0${file}\0${extra}`;
}
function digestOf(value) {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}
var RACY_WINDOW_MS = 2e3;
var PACK_MAGIC = Buffer.from("ACIPACK4", "latin1");
function isPackHeader(value) {
  const pack = value;
  const spansFit = (keys, spans, blobLength) => Array.isArray(keys) && keys.every((k) => typeof k === "string") && spans instanceof Uint32Array && spans.length === 2 * keys.length && spans.every((offset, i) => offset <= blobLength && (i % 2 === 0 || offset >= spans[i - 1]));
  return typeof pack === "object" && pack !== null && pack.format === 4 && typeof pack.fingerprint === "string" && typeof pack.savedAtMs === "number" && typeof pack.blobLength === "number" && pack.files instanceof Map && spansFit(pack.analysisKeys, pack.analysisSpans, pack.blobLength) && spansFit(pack.judgedKeys, pack.judgedSpans, pack.blobLength) && spansFit([""], pack.stringsSpan, pack.blobLength);
}
function asciiJson(json) {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var PackBlob = class {
  constructor(fd, offset, length, onDamaged) {
    this.fd = fd;
    this.offset = offset;
    this.length = length;
    this.onDamaged = onDamaged;
    if (fd === void 0) {
      this.buffer = Buffer.alloc(0);
      this.closed = true;
      this.settled = Promise.resolve();
      return;
    }
    const target = Buffer.allocUnsafe(length);
    this.settled = readFully(fd, target, offset).then((complete) => {
      this.buffer ??= this.checked(target, complete);
    }).catch(() => {
      this.buffer ??= this.checked(target, false);
    }).finally(() => this.close());
  }
  fd;
  offset;
  length;
  onDamaged;
  buffer;
  closed = false;
  settled;
  bytes() {
    if (this.buffer) return this.buffer;
    const target = Buffer.allocUnsafe(this.length);
    let complete = false;
    try {
      complete = readFullySync(this.fd, target, this.offset);
    } catch {
      complete = false;
    }
    this.buffer = this.checked(target, complete);
    return this.buffer;
  }
  checked(target, complete) {
    if (complete) return target;
    this.onDamaged();
    return Buffer.alloc(0);
  }
  close() {
    if (this.closed || this.fd === void 0) return;
    this.closed = true;
    closeSync(this.fd);
  }
};
function readFullySync(fd, target, position) {
  for (let done = 0; done < target.length; ) {
    const n = readSync(fd, target, done, target.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}
function readFully(fd, target, position) {
  return new Promise((resolve, reject) => {
    const next = (done) => {
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
var EntryTable = class {
  constructor(source, keys = [], spans = new Uint32Array(0)) {
    this.source = source;
    this.spans = spans;
    keys.forEach((key, index) => this.stored.set(key, index));
  }
  source;
  spans;
  stored = /* @__PURE__ */ new Map();
  /** Key → the entry's text (new this run) or its index in the stored spans (carried over unread). */
  used = /* @__PURE__ */ new Map();
  get blob() {
    return this.source.bytes();
  }
  get storedCount() {
    return this.stored.size;
  }
  /** The entry's text, marking it used; undefined when absent. */
  read(key) {
    const mine = this.used.get(key);
    if (typeof mine === "string") return mine;
    const index = mine ?? this.stored.get(key);
    if (index === void 0 || this.spans[2 * index + 1] > this.blob.length) return void 0;
    this.used.set(key, index);
    return this.slice(index);
  }
  /** Stored texts are ASCII (see asciiJson): latin1 decoding is a plain copy, several times cheaper than UTF-8's. */
  slice(index) {
    return this.blob.toString("latin1", this.spans[2 * index], this.spans[2 * index + 1]);
  }
  /** Whether the entry's text was written by this run (then it is this run's own analysis, not the pack's). */
  writtenThisRun(key) {
    return typeof this.used.get(key) === "string";
  }
  /** Forget what the pack held (its entries cannot be read right: see StringTable): every stored entry is absent. */
  forgetStored() {
    this.stored.clear();
    for (const [key, value] of this.used) if (typeof value === "number") this.used.delete(key);
  }
  /** Replace each used entry's text by `rewritten(text)`, or drop the entry where that is undefined. */
  rewrite(rewritten) {
    for (const [key, value] of this.used) {
      const text = rewritten(typeof value === "string" ? value : this.slice(value));
      if (text === void 0) this.used.delete(key);
      else this.used.set(key, text);
    }
  }
  /** Mark a stored entry used without decoding it. */
  keep(key) {
    const index = this.stored.get(key);
    if (index !== void 0 && !this.used.has(key)) this.used.set(key, index);
  }
  /** Store a text; true when it differs from what the pack held. */
  write(key, json) {
    const text = asciiJson(json);
    const index = this.stored.get(key);
    const same = index !== void 0 && this.slice(index) === text;
    this.used.set(key, same ? index : text);
    return !same;
  }
  /**
   * The used entries, in order, appended to `parts` (from offset `base`): a run of neighbouring entries carried over
   * from the stored blob as one slice of it (no copy), each new entry as its text (ASCII: one byte per character).
   * Returns the keys and their spans.
   */
  pack(parts, base) {
    const keys = [...this.used.keys()];
    const spans = new Uint32Array(2 * keys.length);
    const blob = this.blob;
    let run;
    const endRun = () => {
      if (run) parts.push(blob.subarray(run.start, run.end));
      run = void 0;
    };
    let offset = base;
    keys.forEach((key, i) => {
      const value = this.used.get(key);
      let length;
      if (typeof value === "string") {
        endRun();
        parts.push(value);
        length = value.length;
      } else {
        const start = this.spans[2 * value];
        const end = this.spans[2 * value + 1];
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
};
var TABLED_FIELDS = ["message", "fix", "file"];
var COMPACT_MIN_STRINGS = 1024;
var StringTable = class {
  constructor(source, start, end, onUnusable) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.onUnusable = onUnusable;
  }
  source;
  start;
  end;
  onUnusable;
  strings;
  storedCount = 0;
  indexOf;
  /** 1 at the index of each string a record decoded or encoded this run used (what a compaction keeps). */
  marks = new Uint8Array(0);
  compacted = false;
  /** The strings, read from the pack on first use (empty without one). */
  load() {
    if (this.strings) return this.strings;
    let strings = [];
    if (this.end > this.start) {
      const blob = this.source.bytes();
      let parsed;
      try {
        if (this.end <= blob.length) parsed = JSON.parse(blob.toString("latin1", this.start, this.end));
      } catch {
      }
      if (Array.isArray(parsed) && parsed.every((text) => typeof text === "string")) strings = parsed;
      else this.onUnusable(this.end <= blob.length);
    }
    this.strings = strings;
    this.storedCount = strings.length;
    this.marks = new Uint8Array(strings.length);
    return strings;
  }
  /** Put the texts back into a parsed record's findings, in place; false when one is not an index of the table. */
  decode(record) {
    if (typeof record !== "object" || record === null) return false;
    const { findings, starNameReads } = record;
    return this.decodeList(findings) && (starNameReads === void 0 || this.decodeList(starNameReads));
  }
  decodeList(list) {
    if (!Array.isArray(list)) return false;
    const strings = this.load();
    for (const item of list) {
      if (typeof item !== "object" || item === null) return false;
      const finding = item;
      for (const field of TABLED_FIELDS) {
        const at = finding[field];
        if (at === void 0 && field === "fix") continue;
        const text = typeof at === "number" ? strings[at] : void 0;
        if (text === void 0) return false;
        finding[field] = text;
        this.marks[at] = 1;
      }
    }
    return true;
  }
  /** A judged record's JSON text, its findings' texts as indices (added to the table where new). */
  encode(record) {
    this.load();
    const { findings, starNameReads } = record;
    return JSON.stringify({ ...record, findings: findings.map((f) => this.encodeFinding(f)), ...starNameReads ? { starNameReads: starNameReads.map((f) => this.encodeFinding(f)) } : {} });
  }
  encodeFinding(finding) {
    const { message, file, fix } = finding;
    const at = (text) => typeof text === "string" ? this.at(text) : text;
    return { ...finding, message: at(message), file: at(file), ...fix !== void 0 ? { fix: at(fix) } : {} };
  }
  at(text) {
    const strings = this.load();
    const indexOf = this.indexOf ??= new Map(strings.map((s, i) => [s, i]));
    let at = indexOf.get(text);
    if (at === void 0) {
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
  get isCompacted() {
    return this.compacted;
  }
  /**
   * At a save: when less than half of a large table is used, keep only what is, and rewrite every entry of `entries`
   * with the new indices (an entry with an index outside what was used, which could only be a damaged one, is dropped).
   */
  compactFor(entries) {
    if (!this.strings) return;
    const strings = this.strings;
    let used = 0;
    for (let i = 0; i < strings.length; i++) used += this.marks[i];
    if (strings.length < COMPACT_MIN_STRINGS || 2 * used >= strings.length) return;
    const moved = new Int32Array(strings.length).fill(-1);
    const kept = [];
    strings.forEach((text, i) => {
      if (this.marks[i]) moved[i] = kept.push(text) - 1;
    });
    const remap = (list) => Array.isArray(list) && list.every(
      (finding) => TABLED_FIELDS.every((field) => {
        const at = finding?.[field];
        if (at === void 0 && field === "fix") return true;
        const to = typeof at === "number" && Number.isInteger(at) && at >= 0 && at < moved.length ? moved[at] : -1;
        if (to < 0) return false;
        finding[field] = to;
        return true;
      })
    );
    entries.rewrite((text) => {
      try {
        const record = JSON.parse(text);
        return remap(record.findings) && (record.starNameReads === void 0 || remap(record.starNameReads)) ? asciiJson(JSON.stringify(record)) : void 0;
      } catch {
        return void 0;
      }
    });
    this.strings = kept;
    this.indexOf = void 0;
    this.marks = new Uint8Array(kept.length).fill(1);
    this.compacted = true;
  }
  /**
   * The table appended to `parts` (from offset `base`): the stored bytes as they were when nothing was added, else
   * those bytes with the new strings after them (the whole table anew after a compaction). Returns its span.
   */
  pack(parts, base) {
    if (!this.strings) {
      parts.push("[]");
      return Uint32Array.of(base, base + 2);
    }
    const strings = this.strings;
    const bytes = this.end > this.start && !this.compacted && this.storedCount > 0 ? this.source.bytes().subarray(this.start, this.end) : void 0;
    const stored = bytes && bytes[bytes.length - 1] === 93 ? bytes : void 0;
    let length;
    if (bytes && strings.length === this.storedCount) {
      parts.push(bytes);
      length = bytes.length;
    } else if (stored) {
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
};
async function openAnalysisCache(dir, scope, logger, options = {}) {
  const now = options.now ?? Date.now;
  const path = analysisPackPath(dir, scope);
  const fingerprint = analysisCacheFingerprint();
  let stored;
  let blob = new PackBlob(void 0, 0, 0, () => void 0);
  let fd;
  try {
    const opened = performance.now();
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const header = readPackHeader(fd);
    logger.debug(`cache ${path} header read in ${Math.round(performance.now() - opened)} ms (${Math.round(opened)} ms after the process started)`);
    if (header === "damaged") logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
    else if (header === "foreign" || header.header.fingerprint !== fingerprint) logger.debug(`cache ${path} was made by another version or for other settings: starting afresh`);
    else {
      stored = header.header;
      const damaged = () => logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
      blob = new PackBlob(fd, header.blobOffset, header.header.blobLength, damaged);
      fd = void 0;
    }
  } catch (error) {
    const code = error.code;
    if (code === "ENOTDIR" || code === "EACCES" || code === "EPERM" || code === "EISDIR" || code === "ELOOP") {
      logger.info(`astro-ci: the analysis cache is off for this run: cannot read ${path} (${code}); fix the cache directory or pass --no-cache`);
      return void 0;
    }
    if (code !== "ENOENT") logger.warning(`ignoring unreadable cache file ${path}: ${error.message}`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  const records = stored && stored.analysisKeys.length + stored.judgedKeys.length > 0 ? await import("./chunk-JG3L652C.js") : void 0;
  const analyses = new EntryTable(blob, stored?.analysisKeys, stored?.analysisSpans);
  const judged = new EntryTable(blob, stored?.judgedKeys, stored?.judgedSpans);
  const files = stored?.files ?? /* @__PURE__ */ new Map();
  const trustBefore = (stored?.savedAtMs ?? 0) - RACY_WINDOW_MS;
  const usedFiles = /* @__PURE__ */ new Map();
  const stats = { hits: 0, misses: 0 };
  let changed = !stored;
  const strings = new StringTable(blob, stored?.stringsSpan[0] ?? 0, stored?.stringsSpan[1] ?? 0, (damaged) => {
    if (damaged) logger.debug(`cache ${path}: the judged records' string table is corrupt: they are judged afresh`);
    judged.forgetStored();
    changed = true;
  });
  return {
    stats,
    loaded: blob.settled,
    get(key) {
      const fresh = analyses.writtenThisRun(key);
      const raw = analyses.read(key);
      if (raw === void 0) {
        stats.misses++;
        return void 0;
      }
      try {
        const entry = JSON.parse(raw);
        if (fresh || records?.isAnalysisRecord(entry)) {
          stats.hits++;
          return entry;
        }
      } catch {
      }
      stats.misses++;
      return void 0;
    },
    set(key, analysis) {
      const { file: _file, ...rest } = analysis;
      if (analyses.write(key, JSON.stringify(rest))) changed = true;
    },
    keep(key) {
      analyses.keep(key);
    },
    getJudged(key) {
      if (strings.isCompacted) return void 0;
      strings.load();
      const fresh = judged.writtenThisRun(key);
      const json = judged.read(key);
      if (json === void 0) return void 0;
      try {
        const entry = JSON.parse(json);
        if (strings.decode(entry) && (fresh || records?.isJudgedRecord(entry))) {
          stats.hits++;
          return entry;
        }
      } catch {
      }
      return void 0;
    },
    setJudged(key, record) {
      if (judged.write(key, strings.encode(record))) changed = true;
    },
    unchangedFile(absolutePath, stat) {
      const entry = files.get(absolutePath);
      if (!entry) return void 0;
      if (entry.mtimeMs !== stat.mtimeMs || entry.ctimeMs !== stat.ctimeMs || entry.size !== stat.size || entry.ino !== stat.ino) return void 0;
      if (entry.mtimeMs >= trustBefore || entry.ctimeMs >= trustBefore) return void 0;
      return { hash: entry.hash, words: entry.words };
    },
    indexFile(absolutePath, stat, entry) {
      const was = files.get(absolutePath);
      const { words } = entry;
      if (!was || was.mtimeMs !== stat.mtimeMs || was.ctimeMs !== stat.ctimeMs || was.size !== stat.size || was.ino !== stat.ino || was.hash !== entry.hash || // An entry that was in the racy window is saved again with a new time stamp, so it is trusted next time.
      was.mtimeMs >= trustBefore || was.ctimeMs >= trustBefore) {
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
        makeDirectorySync(dir);
        strings.compactFor(judged);
        const parts = [];
        const packedAnalyses = analyses.pack(parts, 0);
        const packedJudged = judged.pack(parts, packedAnalyses.end);
        const stringsSpan = strings.pack(parts, packedJudged.end);
        const header = {
          format: 4,
          fingerprint,
          savedAtMs: now(),
          blobLength: stringsSpan[1],
          analysisKeys: packedAnalyses.keys,
          analysisSpans: packedAnalyses.spans,
          judgedKeys: packedJudged.keys,
          judgedSpans: packedJudged.spans,
          stringsSpan,
          files: usedFiles
        };
        rmSync(tmp, { force: true });
        await writePack(tmp, header, parts);
        await rename(tmp, path);
        await pruneStalePacks(dir, path, now());
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => void 0);
        logger.info(`astro-ci: the analysis cache was not saved: ${error.message} (fix the cache directory or pass --no-cache)`);
      }
    }
  };
}
function readPackHeader(fd) {
  const info = fstatSync(fd);
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
  const header = deserialize(headerBytes);
  if (!isPackHeader(header) || size - blobOffset !== header.blobLength) return "damaged";
  return { header, blobOffset };
}
var SCRATCH_BYTES = 1 << 20;
async function writePack(path, header, parts) {
  const serialized = serialize(header);
  const prefix = Buffer.alloc(PACK_MAGIC.length + 4);
  PACK_MAGIC.copy(prefix);
  prefix.writeUInt32LE(serialized.length, PACK_MAGIC.length);
  const fd = openSync(path, "wx", 420);
  try {
    let scratch;
    let used = 0;
    let segmentStart = 0;
    let pending = [prefix, serialized];
    const endSegment = () => {
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
function unwritten(buffers, written) {
  const rest = [];
  for (const b of buffers) {
    if (written >= b.length) written -= b.length;
    else {
      rest.push(written > 0 ? b.subarray(written) : b);
      written = 0;
    }
  }
  return rest;
}
var IOV_MAX = 1024;
function writeAllSync(fd, buffers) {
  for (let i = 0; i < buffers.length; i += IOV_MAX) {
    for (let batch = buffers.slice(i, i + IOV_MAX); batch.length > 0; ) batch = unwritten(batch, writevSync(fd, batch));
  }
}
async function writeAll(fd, buffers) {
  const writeBatch = (batch) => new Promise((resolve, reject) => writev(fd, batch, (error, written) => error ? reject(error) : resolve(written)));
  for (let i = 0; i < buffers.length; i += IOV_MAX) {
    for (let batch = buffers.slice(i, i + IOV_MAX); batch.length > 0; ) batch = unwritten(batch, await writeBatch(batch));
  }
}
function createStatIndexSession(cache, options = {}) {
  let unvouched = options.onUnvouched;
  const seen = /* @__PURE__ */ new Map();
  return {
    known(absolutePath) {
      const stat = options.statOf?.(absolutePath) ?? statFile(absolutePath);
      if (!stat) return void 0;
      const entry = cache.unchangedFile(absolutePath, stat);
      if (entry) {
        seen.set(absolutePath, { stat, hash: entry.hash });
        cache.indexFile(absolutePath, stat, entry);
        return { ...entry.words, size: stat.size };
      }
      seen.set(absolutePath, { stat });
      if (options.maxFileSize !== void 0 && stat.size > options.maxFileSize) return void 0;
      unvouched?.();
      unvouched = void 0;
      return void 0;
    },
    hashOf: (absolutePath) => seen.get(absolutePath)?.hash,
    record(absolutePath, hash, words) {
      const stat = seen.get(absolutePath)?.stat;
      if (stat) cache.indexFile(absolutePath, stat, { hash, words });
    }
  };
}
function statFile(path) {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s && { mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, size: s.size, ino: s.ino };
  } catch {
    return void 0;
  }
}
var STALE_PACK_MS = 30 * 864e5;
var STALE_TEMP_MS = 864e5;
async function pruneStalePacks(dir, keep, nowMs) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const isPack = /^analysis-[0-9a-f]{16}\.v8$/.test(name);
    const isTemp = /^analysis-[0-9a-f]{16}\.v8\.\d+\.tmp$/.test(name);
    if (path === keep || !isPack && !isTemp) continue;
    try {
      const info = await lstat(path);
      if (info.isFile() && nowMs - info.mtimeMs > (isPack ? STALE_PACK_MS : STALE_TEMP_MS)) await rm(path, { force: true });
    } catch {
    }
  }
}

export {
  analysisPackPath,
  ANALYSIS_VERSION,
  ANALYSIS_ENGINES,
  analysisCacheFingerprint,
  contentHash,
  analysisKey,
  judgedKey,
  digestOf,
  asciiJson,
  openAnalysisCache,
  createStatIndexSession
};
