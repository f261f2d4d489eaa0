import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  AstroApiAnswerError,
  AstroApiError,
  IMAGE_REPOSITORY_PATTERN,
  IMAGE_TAG_PATTERN,
  firstBytes
} from "./chunk-ZMYJGVFG.js";
import {
  isLoopbackHost
} from "./chunk-ZAV54HOF.js";
import {
  previewValue,
  requireCommitSha,
  stripUrlCredentials
} from "./chunk-AD4PL26L.js";
import {
  readRegularFileChunks,
  readRegularFileWithModeSync
} from "./chunk-X6UGG6GR.js";
import {
  released,
  tracked
} from "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError,
  ServiceError,
  isInside
} from "./chunk-MOGDTFFA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YO2X36I4.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule = this._createRule(pattern.trim());
          if (rule !== null) {
            this._added = true;
            this._rules.push(rule);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path2) => this._filter(path2));
      }
      createFilter() {
        return (path2) => this._filter(path2);
      }
      ignores(path2) {
        return !this._filter(path2);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path2) {
        if (!path2) {
          return false;
        }
        if (path2 in this._cache) {
          return this._cache[path2];
        }
        return this._cache[path2] = this._test(path2);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path.dirname(file));
        const parentPathDirs = parentPath.split(path.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
            }
          }
          if (match) {
            matched = !rule.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp) {
          return rule;
        }
        let regStr = "^";
        let escapedSlash = path.sep === "\\" ? "\\\\" : path.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path.sep) {
                i++;
              }
              if (rule.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule;
      }
    };
  }
});

// src/deploy/deploy.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/astro/upload.ts
var BLOCK_SIZE = 1024 * 1024;
function redactSasUrl(url) {
  return stripUrlCredentials(url.split(/[?#]/)[0] ?? url);
}
function requireUploadUrl(uploadUrl) {
  let url;
  try {
    url = new URL(uploadUrl);
  } catch {
    url = void 0;
  }
  const problem = !url ? "an upload URL that is not a URL" : url.username || url.password ? "an upload URL with a user name or password in it" : url.protocol === "https:" || url.protocol === "http:" && isLoopbackHost(url.hostname) ? void 0 : `an upload URL that is not https (${url.protocol}//${url.host}): the DAG bundle and the URL's signature would cross the network readable by anyone on the way`;
  if (problem) throw new AstroApiAnswerError("the deploy's dagsUploadUrl", 200, problem, firstBytes(redactSasUrl(uploadUrl), 80));
  return url;
}
function blockUrl(uploadUrl, params) {
  const url = new URL(uploadUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}
async function uploadDagTarball(options) {
  const { fetch, sleep } = options.deps;
  requireUploadUrl(options.uploadUrl);
  const put = async (url, body, headers) => {
    for (let attempt = 1; ; attempt++) {
      let response2;
      try {
        response2 = await fetch(url, { method: "PUT", body, headers, signal: AbortSignal.timeout(12e4), redirect: "manual" });
      } catch (error) {
        if (attempt >= 4) throw new AstroApiError(0, `upload to ${redactSasUrl(url)} failed: ${error.message}`, "PUT", redactSasUrl(url));
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (response2.status >= 300 && response2.status < 400) {
        await response2.body?.cancel().catch(() => void 0);
        const location = response2.headers.get("location") ?? "";
        let target;
        try {
          const to = new URL(location, url);
          target = `${to.protocol}//${to.host}${to.pathname}`;
        } catch {
          target = location ? "an invalid Location" : "no Location";
        }
        throw new AstroApiAnswerError(`PUT ${redactSasUrl(url)}`, response2.status, `a redirect to ${target}, which astro-ci does not follow (blob storage does not redirect an upload; the DAG bundle goes to the upload URL the deploy gave only)`, firstBytes(redactSasUrl(location), 80));
      }
      if (response2.status === 201 || response2.status < 500 && response2.status !== 429 || attempt >= 4) return response2;
      await sleep(500 * 2 ** attempt);
    }
  };
  const ids = [];
  let pending = [];
  let pendingBytes = 0;
  let total = 0;
  const inFlight = /* @__PURE__ */ new Set();
  const flushBlock = async (block) => {
    const id = Buffer.from(String(ids.length).padStart(8, "0")).toString("base64");
    ids.push(id);
    const sent = put(blockUrl(options.uploadUrl, { comp: "block", blockid: id }), block, { "content-length": String(block.length) }).then(async (response2) => {
      if (response2.status !== 201) throw new AstroApiError(response2.status, `block upload to ${redactSasUrl(options.uploadUrl)} answered ${response2.status}: ${(await response2.text()).slice(0, 200)}`, "PUT", redactSasUrl(options.uploadUrl));
    });
    inFlight.add(sent);
    sent.then(
      () => inFlight.delete(sent),
      () => void 0
    );
    if (inFlight.size >= 4) await Promise.race(inFlight);
  };
  for await (const chunk of options.body) {
    pending.push(Buffer.from(chunk));
    pendingBytes += chunk.length;
    total += chunk.length;
    while (pendingBytes >= BLOCK_SIZE) {
      const all = Buffer.concat(pending);
      await flushBlock(all.subarray(0, BLOCK_SIZE));
      pending = [all.subarray(BLOCK_SIZE)];
      pendingBytes = pending[0]?.length ?? 0;
    }
  }
  let response;
  if (ids.length === 0) {
    response = await put(options.uploadUrl, Buffer.concat(pending), { "x-ms-blob-type": "BlockBlob" });
  } else {
    if (pendingBytes > 0) await flushBlock(Buffer.concat(pending));
    await Promise.all(inFlight);
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
    response = await put(blockUrl(options.uploadUrl, { comp: "blocklist" }), xml, { "content-type": "application/xml" });
  }
  if (response.status !== 201) throw new AstroApiError(response.status, `upload to ${redactSasUrl(options.uploadUrl)} answered ${response.status}: ${(await response.text()).slice(0, 200)}`, "PUT", redactSasUrl(options.uploadUrl));
  const versionId = response.headers.get("x-ms-version-id");
  if (!versionId) throw new AstroApiError(response.status, `upload to ${redactSasUrl(options.uploadUrl)} returned no x-ms-version-id, so the deploy cannot be finalized`, "PUT", redactSasUrl(options.uploadUrl));
  options.logger.debug(`uploaded ${total} bytes in ${Math.max(ids.length, 1)} request(s) to ${redactSasUrl(options.uploadUrl)}`);
  return { versionId, bytes: total };
}

// src/deploy/dag-tarball.ts
import { createHash } from "node:crypto";
import { readdir, readlink, realpath } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";

// src/util/parallel-gzip.ts
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { constants, deflateRaw } from "node:zlib";
var deflateRawAsync = promisify(deflateRaw);
var crc322 = zlib.crc32 ?? crc32InJs;
var crcTable;
function crc32InJs(data, value) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = ~value >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
var GZIP_BLOCK_BYTES = 1024 * 1024;
var OUTPUT_SLACK_BYTES = 64 * 1024;
var WINDOW_BYTES = 32 * 1024;
var HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3]);
var FINAL_EMPTY_BLOCK = Buffer.from([3, 0]);
async function* parallelGzip(source, options = {}) {
  const level = options.level ?? constants.Z_DEFAULT_COMPRESSION;
  const parallel = Math.max(1, Math.floor(options.parallel ?? Math.min(4, Math.max(2, availableParallelism()))));
  let crc = 0;
  let length = 0;
  let previous;
  const inFlight = [];
  const start = (block) => {
    crc = crc322(block, crc);
    length += block.length;
    const dictionary = previous ? previous.subarray(Math.max(0, previous.length - WINDOW_BYTES)) : void 0;
    const compressed = deflateRawAsync(block, { level, chunkSize: block.length + OUTPUT_SLACK_BYTES, finishFlush: constants.Z_SYNC_FLUSH, ...dictionary ? { dictionary } : {} });
    compressed.catch(() => void 0);
    inFlight.push(compressed);
    previous = block;
  };
  yield HEADER;
  let pending = [];
  let pendingBytes = 0;
  for await (const chunk of source) {
    let view = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (view.length > 0) {
      const take = Math.min(view.length, GZIP_BLOCK_BYTES - pendingBytes);
      pending.push(view.subarray(0, take));
      pendingBytes += take;
      view = view.subarray(take);
      if (pendingBytes === GZIP_BLOCK_BYTES) {
        start(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
        while (inFlight.length >= parallel) yield await inFlight.shift();
      }
    }
  }
  if (pendingBytes > 0) start(Buffer.concat(pending, pendingBytes));
  while (inFlight.length > 0) yield await inFlight.shift();
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  yield Buffer.concat([FINAL_EMPTY_BLOCK, trailer]);
}

// src/deploy/dag-tarball.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "__pycache__"]);
function skipped(rel) {
  const parts = rel.split("/");
  return parts.slice(0, -1).some((p) => SKIPPED_DIRS.has(p)) || (parts.at(-1) ?? "").endsWith(".pyc");
}
async function listEntries(root, dagsDirName, files) {
  const rootReal = await realpath(root);
  const wanted = files ? new Set(files.filter((rel) => !skipped(rel))) : void 0;
  const wantedDirs = wanted ? new Set([...wanted].flatMap((rel) => rel.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/")))) : void 0;
  const entries = [];
  const walk = async (dir) => {
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
        const resolved = await realpath(abs).catch(() => void 0);
        if (!resolved || !isInside(rootReal, resolved)) {
          throw new ConfigurationError(`the symlink ${dagsDirName}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
            file: `${dagsDirName}/${rel}`,
            fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt"
          });
        }
        entries.push({ path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 511, size: 0, linkTarget: target });
      } else if (dirent.isFile()) {
        entries.push({ path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 420, size: 0 });
      }
    }
  };
  await walk(root);
  return entries.filter((e) => e !== void 0).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
var WHOLE_FILE_LIMIT = 1024 * 1024;
function workTreeFile(entry) {
  const read = readRegularFileWithModeSync(entry.absolutePath, WHOLE_FILE_LIMIT);
  return { ...read, mode: read.mode & 73 ? 493 : 420 };
}
async function createDagTarball(options) {
  const name = options.dagsDirName ?? "dags";
  const entries = await listEntries(options.dagsDir, name, options.files);
  let hashing;
  return {
    entries,
    fileCount: entries.length,
    // Reading every file to hash it costs as much as packing it: only when the caller needs it.
    contentHash: () => hashing ??= hashEntries(entries),
    stream: () => parallelGzip(tarStream(entries))
  };
}
async function createDagTarballFromGit(options) {
  const name = options.dagsDirName ?? "dags";
  const prefix = options.dagsPath ? `${options.dagsPath}/` : "";
  const listed = (await options.git.listTree(options.rev, options.dagsPath)).filter((e) => e.path.startsWith(prefix) && !skipped(e.path.slice(prefix.length)));
  const submodules = listed.filter((e) => e.type !== "blob").map((e) => e.path);
  const blobs = listed.filter((e) => e.type === "blob");
  const links = blobs.filter((e) => e.mode === "120000");
  const targets = /* @__PURE__ */ new Map();
  let i = 0;
  for await (const content of options.git.readBlobs(links.map((l) => l.objectId))) targets.set(links[i++].path, content.toString("utf8"));
  const entries = blobs.map((e) => {
    const rel = e.path.slice(prefix.length);
    const entry = { path: `${name}/${rel}`, absolutePath: "", objectId: e.objectId, mode: e.mode === "100755" ? 493 : 420, size: e.size };
    const target = targets.get(e.path);
    if (target === void 0) return entry;
    if (posix.isAbsolute(target) || !isInside(name, posix.join(name, posix.dirname(rel), target))) {
      throw new ConfigurationError(`the symlink ${name}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
        file: `${name}/${rel}`,
        fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt"
      });
    }
    return { ...entry, mode: 511, size: 0, linkTarget: target };
  });
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const files = entries.filter((e) => e.linkTarget === void 0);
  return {
    entries,
    submodules,
    fileCount: entries.length,
    // Git's object ids are content hashes already: nothing to read.
    contentHash: async () => {
      const digest = createHash("sha256");
      for (const entry of entries) digest.update(`${entry.path}\0${entry.mode.toString(8)}\0${entry.linkTarget !== void 0 ? `link:${entry.linkTarget}` : `git:${entry.objectId}`}
`);
      return digest.digest("hex");
    },
    stream: () => parallelGzip(tarStream(entries, options.git.readBlobs(files.map((e) => e.objectId))))
  };
}
async function hashEntries(entries) {
  const digest = createHash("sha256");
  for (const entry of entries) {
    if (entry.linkTarget !== void 0) {
      digest.update(`${entry.path}\0${entry.mode.toString(8)}\0link:${entry.linkTarget}
`);
      continue;
    }
    const file = workTreeFile(entry);
    const hash = createHash("sha256");
    if (file.content) hash.update(file.content);
    else for await (const chunk of readRegularFileChunks(entry.absolutePath, file.size)) hash.update(chunk);
    digest.update(`${entry.path}\0${file.mode.toString(8)}\0${hash.digest("hex")}
`);
  }
  return digest.digest("hex");
}
function ustarSplit(path) {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: "" };
  for (let cut = path.lastIndexOf("/"); cut > 0; cut = path.lastIndexOf("/", cut - 1)) {
    if (Buffer.byteLength(path.slice(cut + 1)) > 100) return void 0;
    if (Buffer.byteLength(path.slice(0, cut)) <= 155) return { name: path.slice(cut + 1), prefix: path.slice(0, cut) };
  }
  return void 0;
}
function octal(value, length) {
  return value.toString(8).padStart(length - 1, "0") + "\0";
}
function header(name, size, mode, type, linkName = "") {
  const block = Buffer.alloc(512);
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
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`);
}
var padding = (size) => Buffer.alloc((512 - size % 512) % 512);
async function* tarStream(entries, bodies) {
  try {
    yield* tarEntries(entries, bodies);
  } finally {
    await bodies?.return?.();
  }
}
async function* tarEntries(entries, bodies) {
  for (const entry of entries) {
    const needsPax = ustarSplit(entry.path) === void 0;
    if (needsPax || entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100) {
      const records = Buffer.concat([...needsPax ? [paxRecord("path", entry.path)] : [], ...entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100 ? [paxRecord("linkpath", entry.linkTarget)] : []]);
      yield header("PaxHeader", records.length, 420, "x");
      yield records;
      yield padding(records.length);
    }
    if (entry.linkTarget !== void 0) {
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
      yield Buffer.concat([header(entry.path, file.content.length, file.mode, "0"), file.content, padding(file.content.length)]);
      continue;
    }
    yield header(entry.path, file.size, file.mode, "0");
    let written = 0;
    for await (const chunk of readRegularFileChunks(entry.absolutePath, file.size)) {
      yield chunk;
      written += chunk.length;
    }
    if (written < file.size) yield Buffer.alloc(file.size - written);
    yield padding(file.size);
  }
  yield Buffer.alloc(1024);
}

// src/deploy/dockerignore.ts
var balena = __toESM(require_ignore(), 1);
var dockerignore = balena.default;
function parseDockerignore(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.some((line) => line.trim() === "!")) return { error: 'illegal exclusion pattern: "!"' };
  const matcher = dockerignore({ ignorecase: false }).add(lines);
  return { excludes: (path) => matcher.ignores(path) };
}

// src/deploy/infer-deploy-type.ts
var ZERO_SHA = /^0+$/;
function normalizeProjectPath(path) {
  const cleaned = path.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  return cleaned === "." ? "" : cleaned;
}
var ALWAYS_IMAGE = /* @__PURE__ */ new Set(["Dockerfile", ".dockerignore", "requirements.txt", "packages.txt"]);
var NOT_RUNTIME_ASTRO = /* @__PURE__ */ new Set([".astro/config.yaml", ".astro/test_dag_integrity_default.py", ".astro/dag_integrity_exceptions.txt"]);
function classifyChange(file, project, dockerignore2, dagsDir = "dags") {
  const prefix = project ? `${project}/` : "";
  if (!file.startsWith(prefix)) return "none";
  const rel = file.slice(prefix.length);
  if (rel.startsWith("tests/")) return "none";
  if (rel.startsWith(`${dagsDir}/`)) return "dags";
  if (ALWAYS_IMAGE.has(rel)) return "image";
  if (!project && (rel.startsWith(".github/") || rel === "astro-ci.yaml")) return "none";
  if (!rel.includes("/") && (/\.md$/i.test(rel) || rel === ".gitignore")) return "none";
  if (NOT_RUNTIME_ASTRO.has(rel)) return "none";
  if (dockerignore2?.excludes(rel)) return "none";
  return "image";
}
async function readDockerignoreAt(git, rev, project) {
  const path = project ? `${project}/.dockerignore` : ".dockerignore";
  const entry = (await git.listTree(rev, path)).find((e) => e.path === path);
  if (!entry || entry.type !== "blob" || entry.mode === "120000" || entry.size > 1024 * 1024) return void 0;
  let text = "";
  for await (const blob of git.readBlobs([entry.objectId])) text += blob.toString("utf8");
  const parsed = parseDockerignore(text);
  return "error" in parsed ? void 0 : parsed;
}
async function available(git, sha) {
  if (!sha || ZERO_SHA.test(sha)) return false;
  return await git.hasCommit(sha) || await git.fetchCommit(sha) && await git.hasCommit(sha);
}
function list(files) {
  return `${files.slice(0, 3).join(", ")}${files.length > 3 ? "\u2026" : ""}`;
}
async function inferDeployType(options) {
  const { git, to } = options;
  const project = normalizeProjectPath(options.projectPath);
  const dagsDir = options.dagsDir ?? "dags";
  const from = options.from;
  const imageFrom = options.imageFrom ?? from;
  if (!from || !await available(git, from)) {
    return {
      type: "image-and-dags",
      reason: from ? "the last deployed commit is not in this repository's history (force push or shallow clone): full deploy" : "no previous deploy to compare with (first deploy or new branch): full deploy",
      changedFiles: []
    };
  }
  if (imageFrom !== from && !await available(git, imageFrom)) {
    return { type: "image-and-dags", reason: `the commit of the last image deploy (${imageFrom.slice(0, 12)}) is not in this repository's history (force push or shallow clone): full deploy`, changedFiles: [] };
  }
  const base = imageFrom;
  const dagDiff = await git.diffNames(from, to);
  const imageDiff = base === from ? dagDiff : await git.diffNames(base, to);
  let dockerignore2;
  let readIgnore = false;
  const kind = async (file) => {
    const quick = classifyChange(file, project, void 0, dagsDir);
    if (quick !== "image") return quick;
    if (!readIgnore) {
      dockerignore2 = await readDockerignoreAt(git, to, project);
      readIgnore = true;
    }
    return classifyChange(file, project, dockerignore2, dagsDir);
  };
  const changedFiles = [.../* @__PURE__ */ new Set([...dagDiff, ...imageDiff])];
  const kinds = /* @__PURE__ */ new Map();
  for (const file of changedFiles) kinds.set(file, await kind(file));
  const imageFiles = imageDiff.filter((f) => kinds.get(f) === "image");
  const dagFiles = dagDiff.filter((f) => kinds.get(f) === "dags");
  const result = { changedFiles, comparedFrom: from, ...base !== from ? { imageComparedFrom: base } : {} };
  if (imageFiles.length) {
    const since = base !== from ? ` since the last image deploy (${base.slice(0, 12)})` : "";
    return { type: "image-and-dags", reason: `${list(imageFiles)} changed${since}: the image must be rebuilt`, ...result };
  }
  if (dagFiles.length) return { type: "dags-only", reason: `only DAG files changed (${dagFiles.length})`, ...result };
  const prefix = project ? `${project}/` : "";
  const considered = dagDiff;
  const inProject = considered.filter((f) => f.startsWith(prefix));
  const harmless = inProject.filter((f) => !f.slice(prefix.length).startsWith("tests/"));
  const reason = considered.length === 0 ? "no change since the last deploy" : inProject.length === 0 ? "no change inside the project" : harmless.length === 0 ? "only tests changed in the project: nothing to deploy" : `only files that never reach Airflow changed (${list(harmless)}: left out of the image by .dockerignore, or read by nothing Airflow runs): nothing to deploy`;
  return { type: "none", reason, ...result };
}

// src/deploy/deploy.ts
var ASTRO_REGISTRY_HOSTS = ["images.astronomer.cloud", "images.astronomer-dev.cloud", "images.astronomer-stage.cloud", "*.registry.astronomer.run"];
function registryAllowed(host, allowed) {
  return allowed.some((pattern) => {
    const p = pattern.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
    return p.startsWith("*.") ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
}
function checkImageRepository(imageRepository, allowedRegistries, source) {
  if (!new RegExp(IMAGE_REPOSITORY_PATTERN).test(imageRepository) || !imageRepository.replace(/^https?:\/\//, "").includes("/")) {
    throw new ConfigurationError(`${source} is not a docker repository: ${previewValue(imageRepository)}`, { fix: "this value comes from the Astro API: check ASTRO_API_URL points at the Astro API" });
  }
  const repository = imageRepository.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const registry = repository.split("/")[0];
  const host = registry.replace(/:\d+$/, "").toLowerCase();
  const allowed = [...ASTRO_REGISTRY_HOSTS, ...allowedRegistries ?? []];
  if (!registryAllowed(host, allowed)) {
    throw new ConfigurationError(`${source} names the registry ${registry}, which is not an Astro registry (${ASTRO_REGISTRY_HOSTS.join(", ")}): astro-ci does not send the Astro API token there`, {
      fix: `check ASTRO_API_URL points at the Astro API; if ${host} is your Astro installation's registry, allow it with the allowed-registry input or --allowed-registry ${host}`
    });
  }
  return { repository, registry };
}
var NoDockerEngineError = class extends ConfigurationError {
};
var HASH_MARK = /astro-ci:dags=((?:tree|sha256)-[0-9a-f]{40,64})/;
function deployedBundleIdentity(description) {
  return description ? HASH_MARK.exec(description)?.[1] : void 0;
}
function newestFinalizedDeploy(deploys, which = () => true) {
  return deploys.filter((d) => d.status === "DEPLOYED" && which(d)).reduce((newest, d) => !newest || Date.parse(d.createdAt) > Date.parse(newest.createdAt) ? d : newest, void 0);
}
var API_TYPE = { "dags-only": "DAG_ONLY", "image-and-dags": "IMAGE_AND_DAG", "image-only": "IMAGE_ONLY" };
function airflowUiUrl(deployment) {
  const url = deployment.webServerUrl;
  return url.startsWith("http") ? url : `https://${url}`;
}
function readDeploymentState(client, target) {
  const deployment = target.deploymentId ? client.getDeployment(target.deploymentId) : client.findDeploymentByName(target.deploymentName, target.workspaceId ?? client.workspaceId);
  const deploys = target.deploymentId ? client.listDeploys(target.deploymentId) : deployment.then((d) => client.listDeploys(d.id));
  deployment.catch(() => void 0);
  deploys.catch(() => void 0);
  return { deployment, deploys };
}
async function deployProject(request, deps, reads = readDeploymentState(deps.client, request.target)) {
  const { client, logger } = deps;
  const deployment = await reads.deployment;
  const where = { id: deployment.id, name: deployment.name, url: airflowUiUrl(deployment) };
  const deploys = await reads.deploys;
  const latest = newestFinalizedDeploy(deploys);
  const latestImage = newestFinalizedDeploy(deploys, (d) => d.type !== "DAG_ONLY");
  const latestDags = newestFinalizedDeploy(deploys, (d) => d.type !== "IMAGE_ONLY" || !deployment.isDagDeployEnabled);
  const commitOf = knownCommit;
  const deployedSha = commitOf(latest);
  if (deployedSha && deployedSha !== request.headSha && !request.force && !request.deployOlderCommits && await deps.git.hasCommit(deployedSha) && await deps.git.isAncestor(request.headSha, deployedSha)) {
    return { status: "skipped", reason: `${request.headSha.slice(0, 12)} is older than the deployed ${deployedSha.slice(0, 12)}: not deploying it over a newer commit`, deployment: where, bytesUploaded: 0 };
  }
  let type;
  let why;
  if (request.deployType === "infer") {
    const inferred = await inferFromDeploys(request, deps, { latest, latestImage, latestDags, commitOf });
    if (inferred.type === "none" && !request.force) return { status: "skipped", reason: inferred.reason, deployment: where, bytesUploaded: 0 };
    type = inferred.type === "none" ? "dags-only" : inferred.type;
    why = inferred.reason;
  } else {
    type = request.deployType;
    why = `deploy-type: ${request.deployType}`;
  }
  if (type === "dags-only" && !deployment.isDagDeployEnabled) {
    type = "image-and-dags";
    why += "; DAG deploys are off on this Deployment, so the DAGs go in the image";
  }
  logger.info(`deploying to ${deployment.name} (${deployment.id}) as ${type}: ${why}`);
  if (type !== "dags-only") checkImageRepository(deployment.imageRepository, request.allowedRegistries, `the Deployment's imageRepository (GET /deployments/${deployment.id})`);
  const shipsDags = type !== "image-only" && deployment.isDagDeployEnabled;
  const dagsPath = request.projectPath ? `${request.projectPath}/dags` : "dags";
  let tarball;
  let dagsHash;
  if (shipsDags && request.source === "work-tree") {
    const files = (await deps.git.workTreeFiles(dagsPath)).filter((f) => f.startsWith(`${dagsPath}/`)).map((f) => f.slice(dagsPath.length + 1));
    tarball = await createDagTarball({ dagsDir: `${request.projectRoot}/dags`, files });
    dagsHash = `sha256-${await tarball.contentHash()}`;
  } else if (shipsDags) {
    const treeId = await deps.git.treeId(request.headSha, dagsPath);
    dagsHash = treeId ? `tree-${treeId}` : void 0;
  }
  const lastHash = deployedBundleIdentity(latestDags?.description);
  if (type === "dags-only" && dagsHash && lastHash === dagsHash && !request.force) {
    return { status: "skipped", reason: "the DAGs are exactly what the Deployment already runs (skipped unchanged)", deployment: where, bytesUploaded: 0, dagsHash, deployType: type };
  }
  if (shipsDags && !tarball && request.checkedOutClean) {
    const files = (await deps.git.trackedFiles(dagsPath)).filter((f) => f.startsWith(`${dagsPath}/`)).map((f) => f.slice(dagsPath.length + 1));
    tarball = await createDagTarball({ dagsDir: `${request.projectRoot}/dags`, files });
    dagsHash ??= `sha256-${await tarball.contentHash()}`;
  }
  if (shipsDags && !tarball) {
    const fromGit = await createDagTarballFromGit({ git: deps.git, rev: request.headSha, dagsPath });
    if (fromGit.submodules.length) logger.warning(`submodules are not shipped in the DAG bundle: ${fromGit.submodules.join(", ")}`);
    tarball = fromGit;
    dagsHash ??= `sha256-${await tarball.contentHash()}`;
  }
  if (type !== "dags-only") {
    await checkRuntimeUpgrade(deployment, request.runtimeVersion, deps);
    const info = await deps.docker.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (info.exitCode !== 0) {
      throw new NoDockerEngineError(`this change needs an image deploy (${why}), and no Docker engine answers here`, {
        fix: "run the deploy on a runner with Docker (ubuntu-latest has it), or use deploy-type: dags-only if only DAGs changed"
      });
    }
  }
  const woke = deployment.status === "HIBERNATING" && deployment.isDevelopmentMode === true;
  if (woke) {
    logger.info(`${deployment.name} is hibernating: waking it for the deploy (hibernation override for one hour)`);
    await client.setHibernationOverride(deployment.id, { isHibernating: false, overrideUntil: new Date(deps.now() + 36e5).toISOString() });
  }
  try {
    return await shipDeploy(request, deps, { deployment, where, type, why, tarball, shipsDags, dagsHash });
  } finally {
    if (woke) {
      await client.deleteHibernationOverride(deployment.id).catch((error) => logger.warning(`could not hand ${deployment.name} back to its hibernation schedule: ${error.message}`));
    }
  }
}
var RECORDED_COMMIT_ID = /^[0-9a-fA-F]{7,64}$/;
function knownCommit(d) {
  const recorded = d?.git?.commitSha;
  if (!recorded) return void 0;
  if (RECORDED_COMMIT_ID.test(recorded) && recorded.length !== 40) return void 0;
  return requireCommitSha(recorded, `git.commitSha of deploy ${d.id} (Astro API)`);
}
function unknownCommitReason(d) {
  const recorded = d.git?.commitSha;
  return recorded ? `records the commit id ${JSON.stringify(recorded)}, not a full 40-hex SHA (abbreviated or SHA-256, made by other tooling), so its commit is unknown and nothing says what it holds` : "records no commit (a deploy with uncommitted changes, or one made without git), so nothing says what it holds";
}
async function inferFromDeploys(request, deps, live) {
  const { latest, latestImage, latestDags, commitOf } = live;
  const full = (reason) => ({ type: "image-and-dags", reason: `${reason}: full deploy` });
  if (!latest) return full("no previous deploy to compare with (first deploy)");
  const unrecorded = [latestImage, latestDags].find((d) => d && !commitOf(d));
  if (unrecorded) return full(`the last ${unrecorded === latestImage ? "image" : "DAG"} deploy (${unrecorded.id}) ${unknownCommitReason(unrecorded)}`);
  if (!latestImage) return full("the Deployment has no image deploy yet, so its image lacks the project's requirements, packages, include and plugins");
  if (!latestDags) return full("the Deployment has no DAG deploy yet");
  const inferred = await inferDeployType({ git: deps.git, projectPath: request.projectPath, from: commitOf(latestDags), imageFrom: commitOf(latestImage), to: request.headSha });
  if (request.source !== "work-tree" || inferred.type === "image-and-dags") return inferred;
  const project = normalizeProjectPath(request.projectPath);
  const uncommitted = await deps.git.uncommittedChanges(project);
  const image = uncommitted.filter((f) => classifyChange(f, project) === "image");
  if (image.length) return { type: "image-and-dags", reason: `${list(image)} changed in the work tree: the image must be rebuilt` };
  const dags = uncommitted.filter((f) => classifyChange(f, project) === "dags");
  if (inferred.type === "none" && dags.length) return { type: "dags-only", reason: `only DAG files changed in the work tree (${dags.length})` };
  return inferred;
}
async function shipDeploy(request, deps, plan) {
  const { client, logger } = deps;
  const { deployment, where, type, why, tarball, shipsDags, dagsHash } = plan;
  const description = [request.description, dagsHash ? `astro-ci:dags=${dagsHash}` : void 0, request.source === "work-tree" ? "astro-ci:dirty" : void 0].filter(Boolean).join(" ").slice(0, 500);
  const deploy = await deps.client.createDeploy(deployment.id, { type: API_TYPE[type], description: description || void 0, git: request.git });
  let image;
  let versionId;
  let bytes = 0;
  try {
    if (tarball && deploy.dagsUploadUrl) requireUploadUrl(deploy.dagsUploadUrl);
    if (type !== "dags-only") image = await buildAndPushImage(request, deploy, deps);
    if (tarball) {
      if (!deploy.dagsUploadUrl) {
        throw new ConfigurationError(`the Astro API created deploy ${deploy.id} without a dagsUploadUrl although DAG deploys are enabled on ${deployment.name}`, { fix: "retry; if it persists, the Astro API is at fault (check ASTRO_API_URL)" });
      }
      const uploaded = await uploadDagTarball({ uploadUrl: deploy.dagsUploadUrl, body: tarball.stream(), deps: deps.http, logger });
      versionId = uploaded.versionId;
      bytes = uploaded.bytes;
    }
    await client.finalizeDeploy(deployment.id, deploy.id, shipsDags ? versionId ?? "" : void 0);
  } catch (error) {
    throw notFinalized(error, deploy.id, deployment.name);
  }
  const result = { status: "deployed", reason: why, deployment: where, deployType: type, deployId: deploy.id, dagTarballVersion: versionId, image, bytesUploaded: bytes, dagsHash };
  if (!request.wait) return result;
  let live;
  try {
    live = await waitUntilLive(deployment.id, deploy.id, versionId, request.waitTimeoutMs, deps);
  } catch (error) {
    if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
    throw new ServiceError(error instanceof ServiceError ? error.status : 0, `${error.message}; deploy ${deploy.id} was finalized before this, so ${deployment.name} takes it whether or not this run could watch it`, `check ${deployment.name} in the Astro UI (${where.url}); running the deploy again skips what is already live`);
  }
  return live ? { ...result, ...live } : result;
}
function notFinalized(error, deployId, deploymentName) {
  const state = `; deploy ${deployId} was created but not finalized, so ${deploymentName} still runs what it ran before, and nothing is left to undo (the next run ignores an unfinalized deploy)`;
  if (error instanceof ConfigurationError) return new ConfigurationError(`${error.message}${state}`, { file: error.file, line: error.line, fix: `${error.fix ?? "correct what the message names"}, then run the deploy again` });
  if (error instanceof ServiceError) {
    const upload = error instanceof AstroApiError && error.method === "PUT";
    return new ServiceError(error.status, `${error.message}${state}`, upload ? "run the deploy again: it asks Astro for a new upload URL (one that is refused or has expired answers 403); if it keeps failing, check that the runner reaches the storage host of the upload URL (proxy, firewall)" : "run the deploy again once the Astro API answers (https://status.astronomer.io); check ASTRO_API_URL and the network if it keeps failing");
  }
  return error;
}
function compareRuntimeVersions(a, b) {
  const key = (v) => {
    const v3 = /^(\d+)\.(\d+)-(\d+)/.exec(v);
    if (v3) return [1, Number(v3[1]), Number(v3[2]), Number(v3[3])];
    const [x, y, z] = v.split(/[.-]/).map(Number);
    return [0, x ?? 0, y ?? 0, z ?? 0];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}
async function checkRuntimeUpgrade(deployment, runtimeVersion, deps) {
  if (!runtimeVersion) return;
  if (compareRuntimeVersions(runtimeVersion, deployment.astroRuntimeVersion) < 0) {
    throw new ConfigurationError(`the Dockerfile's Astro Runtime ${runtimeVersion} is older than the Deployment's ${deployment.astroRuntimeVersion}; Astro does not allow downgrades`, {
      file: "Dockerfile",
      fix: `use Astro Runtime ${deployment.astroRuntimeVersion} or newer`
    });
  }
  const options = await deps.client.getDeploymentOptions(deployment.id);
  if (options.runtimeReleases.length && !options.runtimeReleases.some((r) => r.version === runtimeVersion)) {
    throw new ConfigurationError(`Astro Runtime ${runtimeVersion} is not offered for this Deployment`, {
      file: "Dockerfile",
      fix: `use one of: ${options.runtimeReleases.map((r) => r.version).slice(-6).join(", ")}`
    });
  }
}
async function buildAndPushImage(request, deploy, deps) {
  const { repository, registry } = checkImageRepository(deploy.imageRepository, request.allowedRegistries, `the deploy's imageRepository (POST /deployments/${deploy.deploymentId}/deploys)`);
  if (!new RegExp(IMAGE_TAG_PATTERN).test(deploy.imageTag)) {
    throw new ConfigurationError(`the deploy's imageTag is not a docker tag: ${previewValue(deploy.imageTag)}`, { fix: "this value comes from the Astro API: check ASTRO_API_URL points at the Astro API" });
  }
  const image = `${repository}:${deploy.imageTag}`;
  const exported = request.source === "work-tree" ? void 0 : await deps.git.exportTree(request.headSha, request.projectPath);
  const context = exported ? request.projectPath ? `${exported.dir}/${request.projectPath}` : exported.dir : request.projectRoot;
  let loginConfig;
  try {
    loginConfig = tracked(await mkdtemp(join2(tmpdir(), "astro-ci-docker-")));
    const loginEnv = { ...process.env, DOCKER_CONFIG: loginConfig };
    const steps = [
      // `--` ends options: nothing after it can become a docker flag.
      [["build", "--platform", "linux/amd64", "-t", image, "--", context], void 0, void 0],
      // The password goes on stdin, never in argv (visible in the process list).
      [["login", "--username", "cli", "--password-stdin", "--", registry], deps.token, loginEnv],
      [["push", "--", image], void 0, loginEnv]
    ];
    for (const [args, input, env] of steps) {
      deps.logger.info(`$ docker ${args.join(" ")}`);
      const result = await deps.docker.run("docker", args, { input, ...env ? { env } : {} });
      if (result.exitCode !== 0) {
        throw new ConfigurationError(`docker ${args[0]} failed: ${result.stderr.trim().split("\n").slice(-3).join(" | ")}`, {
          fix: args[0] === "build" ? "the Dockerfile or requirements do not build: run `docker build` on the project locally" : `check that the token may push to ${registry} (a Deployment or Workspace token with deploy rights)`
        });
      }
    }
  } finally {
    if (loginConfig) {
      await rm(loginConfig, { recursive: true, force: true });
      released(loginConfig);
    }
    await exported?.cleanup();
  }
  return image;
}
async function waitUntilLive(deploymentId, deployId, versionId, timeoutMs, deps) {
  const deadline = deps.now() + timeoutMs;
  for (; ; ) {
    const current = await deps.client.getDeployment(deploymentId);
    const runsVersion = versionId === void 0 || current.dagTarballVersion === versionId;
    if ((current.status === "HEALTHY" || current.status === "HIBERNATING") && runsVersion) return void 0;
    if (current.status === "UNHEALTHY") {
      return { status: "unhealthy", reason: `deploy ${deployId} was finalized, and Deployment ${current.name} became UNHEALTHY: check the Deployment's scheduler and webserver logs in the Astro UI` };
    }
    if (deps.now() >= deadline) {
      return {
        status: "timed-out",
        reason: `deploy ${deployId} was finalized, but Deployment ${current.name} is still ${current.status}${runsVersion ? "" : " and not yet running the new DAGs"} after ${Math.round(timeoutMs / 1e3)} s: check the deploy and the Deployment's health in the Astro UI, or wait longer (wait-timeout / --wait-timeout)`
      };
    }
    await deps.http.sleep(1e4);
  }
}

export {
  inferDeployType,
  NoDockerEngineError,
  deployedBundleIdentity,
  newestFinalizedDeploy,
  airflowUiUrl,
  readDeploymentState,
  deployProject
};
