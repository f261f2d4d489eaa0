import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/util/git.ts
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var COMMIT_SHA = /^[0-9a-f]{40}$/i;
function isCommitSha(value) {
  return typeof value === "string" && COMMIT_SHA.test(value);
}
function hasControlCharacters(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}
function previewValue(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
  return escaped;
}
function requireCommitSha(value, source) {
  if (!isCommitSha(value)) {
    throw new ConfigurationError(`${source} is not a commit SHA (40 hexadecimal characters): ${previewValue(value)}`, {
      fix: "pass the full commit SHA; astro-ci never hands a value of another shape to git"
    });
  }
  return value.toLowerCase();
}
function requireRevision(value, source) {
  if (typeof value !== "string" || value === "" || value.startsWith("-") || /\s/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a git revision: ${previewValue(value)}`, { fix: "give a commit SHA or a branch name (no leading '-', no spaces)" });
  }
  return value;
}
function requireBranchName(value, source) {
  if (value === "" || value.startsWith("-") || value.startsWith("/") || value.endsWith("/") || value.endsWith(".lock") || /[\s~^:?*[\\]|\.\.|@\{/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a valid branch name: ${previewValue(value)}`, { fix: "give the branch name as git shows it (e.g. main or release/2.1)" });
  }
  return value;
}
function stripUrlCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
  }
}
function runGit(cwd, args, options = {}) {
  const argv = options.isolated ? ["-c", "credential.helper=", "-c", "core.hooksPath=/dev/null", ...args] : args;
  const env = options.isolated ? { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" } : void 0;
  return new Promise((resolve, reject) => {
    execFile("git", argv, { cwd, env, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}
var BYTE_COMPILED = /(^|\/)__pycache__\/|\.pyc$|(^|\/)\.astro-ci-cache\//;
function pathspec(path) {
  if (hasControlCharacters(path)) throw new ConfigurationError(`the path ${previewValue(path)} contains control characters`, { fix: "rename the folder" });
  return path === "" ? "." : path;
}
var ByteReader = class {
  chunks = [];
  length = 0;
  ended = false;
  iterator;
  constructor(stream) {
    this.iterator = stream[Symbol.asyncIterator]();
  }
  async fill() {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.chunks.push(next.value);
    this.length += next.value.length;
    return true;
  }
  flatten() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  async line() {
    for (; ; ) {
      const flat = this.flatten();
      const newline = flat.indexOf(10);
      if (newline !== -1) return this.take(newline + 1).subarray(0, newline).toString("utf8");
      if (!await this.fill()) return void 0;
    }
  }
  async bytes(count) {
    while (this.length < count) if (!await this.fill()) throw new Error(`git cat-file ended ${count - this.length} bytes early`);
    return this.take(count);
  }
  take(count) {
    const flat = this.flatten();
    const out = flat.subarray(0, count);
    this.chunks = flat.length > count ? [flat.subarray(count)] : [];
    this.length -= count;
    return out;
  }
};
function createGit(repoRoot) {
  const git = {
    async hasCommit(rev) {
      requireRevision(rev, "the revision");
      try {
        await runGit(repoRoot, ["cat-file", "-e", "--end-of-options", `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
    async fetchCommit(sha) {
      requireRevision(sha, "the commit to fetch");
      try {
        const depth = await git.cloneKind() === "shallow" ? ["--depth=1"] : [];
        await runGit(repoRoot, ["fetch", "--no-tags", "--quiet", ...depth, "--end-of-options", "origin", sha]);
        return true;
      } catch {
        return false;
      }
    },
    async revParse(rev) {
      requireRevision(rev, "the revision");
      return (await runGit(repoRoot, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    },
    async diffNames(from, to) {
      requireRevision(from, "the base revision");
      requireRevision(to, "the head revision");
      const out = await runGit(repoRoot, ["diff", "--name-only", "--no-renames", "-z", "--end-of-options", from, to, "--"]);
      return out.split("\0").filter(Boolean);
    },
    async isAncestor(ancestor, descendant) {
      requireRevision(ancestor, "the ancestor revision");
      requireRevision(descendant, "the descendant revision");
      try {
        await runGit(repoRoot, ["merge-base", "--is-ancestor", "--end-of-options", ancestor, descendant]);
        return true;
      } catch {
        return false;
      }
    },
    async cleanTreeId(path) {
      try {
        const status = await runGit(repoRoot, ["status", "--porcelain", "--untracked-files=all", "--ignored=matching", "-z", "--", pathspec(path)]);
        const dirty = status.split("\0").filter(Boolean).filter((line) => !BYTE_COMPILED.test(line.slice(3)));
        if (dirty.length) return void 0;
        return await git.treeId("HEAD", path);
      } catch {
        return void 0;
      }
    },
    async cloneKind() {
      const out = await runGit(repoRoot, ["rev-parse", "--is-shallow-repository"]).catch(() => void 0);
      return out === void 0 ? "none" : out.trim() === "true" ? "shallow" : "complete";
    },
    async currentBranch() {
      const state = await git.headState();
      return state.kind === "branch" ? state.branch : void 0;
    },
    async headState() {
      const sha = (await runGit(repoRoot, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => "")).trim();
      const branch = (await runGit(repoRoot, ["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim() || void 0;
      if (!sha) return { kind: "unborn", branch };
      return branch ? { kind: "branch", branch, sha } : { kind: "detached", sha };
    },
    async remoteUrl() {
      const url = (await runGit(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url ? stripUrlCredentials(url) : void 0;
    },
    async treeId(rev, path) {
      requireRevision(rev, "the revision");
      const object = path ? `${rev}:${path}` : `${rev}^{tree}`;
      const id = (await runGit(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", object]).catch(() => "")).trim();
      if (!id) return void 0;
      const type = (await runGit(repoRoot, ["cat-file", "-t", "--end-of-options", id]).catch(() => "")).trim();
      return type === "tree" ? id : void 0;
    },
    async listTree(rev, path) {
      requireRevision(rev, "the revision");
      const out = await runGit(repoRoot, ["ls-tree", "-r", "-l", "-z", "--full-tree", "--end-of-options", rev, "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      const entries = [];
      for (const record of out.split("\0")) {
        if (!record) continue;
        const match = /^(\d{6}) (blob|commit|tree) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(record);
        if (!match) throw new Error(`git ls-tree printed an unexpected line: ${previewValue(record)}`);
        entries.push({ mode: match[1], type: match[2], objectId: match[3], size: match[4] === "-" ? 0 : Number(match[4]), path: match[5] });
      }
      return entries;
    },
    async *readBlobs(objectIds) {
      if (objectIds.length === 0) return;
      for (const id of objectIds) if (!/^[0-9a-f]{40,64}$/.test(id)) throw new Error(`not a git object id: ${previewValue(id)}`);
      const child = spawn("git", ["cat-file", "--batch"], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk) => stderr += chunk.toString());
      const exited = new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", resolve);
      });
      child.stdin.on("error", () => void 0);
      child.stdin.end(objectIds.join("\n") + "\n");
      const reader = new ByteReader(child.stdout);
      try {
        for (const id of objectIds) {
          const header = await reader.line();
          const match = header ? /^([0-9a-f]+) (\w+) (\d+)$/.exec(header) : null;
          if (!match || match[1] !== id) throw new Error(`git cat-file could not read ${id}: ${header ?? stderr.trim()}`);
          const body = await reader.bytes(Number(match[3]) + 1);
          yield body.subarray(0, body.length - 1);
        }
      } finally {
        child.stdout.destroy();
        if (child.exitCode === null) child.kill();
        await exited.catch(() => void 0);
      }
    },
    async uncommittedChanges(path) {
      const status = await runGit(repoRoot, ["status", "--porcelain", "--untracked-files=all", "-z", "--", pathspec(path)]);
      const records = status.split("\0");
      const changed = [];
      for (let i = 0; i < records.length; i++) {
        const record = records[i];
        if (!record) continue;
        if (record[0] === "R" || record[0] === "C") i++;
        const file = record.slice(3);
        if (!BYTE_COMPILED.test(file)) changed.push(file);
      }
      return changed;
    },
    async workTreeFiles(path) {
      const out = await runGit(repoRoot, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      return [...new Set(out.split("\0").filter(Boolean))];
    },
    async trackedFiles(path) {
      const out = await runGit(repoRoot, ["ls-files", "-z", "--cached", "--full-name", "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      return [...new Set(out.split("\0").filter(Boolean))];
    },
    async commitsBetween(from, to, pathspecs) {
      requireRevision(from, "the range start");
      requireRevision(to, "the range end");
      const out = await runGit(repoRoot, ["rev-list", "--end-of-options", `${from}..${to}`, "--", ...pathspecs]);
      return out.split("\n").filter((line) => /^[0-9a-f]{40}$/.test(line));
    },
    async exportTree(rev, path) {
      requireRevision(rev, "the revision");
      const dir = await mkdtemp(join(tmpdir(), "astro-ci-base-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        await new Promise((resolve, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", "--end-of-options", rev, pathspec(path)], { cwd: repoRoot });
          const extract = spawn("tar", ["-x", "-f", "-", "-C", dir]);
          let stderr = "";
          archive.stderr.on("data", (chunk) => stderr += chunk.toString());
          extract.stderr.on("data", (chunk) => stderr += chunk.toString());
          archive.stdout.pipe(extract.stdin);
          let pending = 2;
          let failed = false;
          const done = (name) => (code) => {
            if (code !== 0 && !failed) {
              failed = true;
              reject(new Error(`${name} failed: ${stderr.trim()}`));
            }
            if (--pending === 0 && !failed) resolve();
          };
          archive.on("error", reject);
          extract.on("error", reject);
          archive.on("close", done("git archive"));
          extract.on("close", done("tar -x"));
        });
        return { dir, cleanup };
      } catch (error) {
        await cleanup();
        throw error;
      }
    }
  };
  return git;
}

export {
  COMMIT_SHA,
  isCommitSha,
  hasControlCharacters,
  previewValue,
  requireCommitSha,
  requireRevision,
  requireBranchName,
  stripUrlCredentials,
  runGit,
  createGit
};
