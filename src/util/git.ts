import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../errors.js";

/** A full SHA-1 commit id: exactly 40 hexadecimal characters (git's object name; `git rev-parse` prints it). */
export const COMMIT_SHA = /^[0-9a-f]{40}$/i;

/** Is `value` a full 40-hex commit SHA? */
export function isCommitSha(value: unknown): value is string {
  return typeof value === "string" && COMMIT_SHA.test(value);
}

/** Does `value` hold a control character (C0 or DEL)? */
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A short, printable preview of an untrusted value for error messages (control characters escaped, at most 60 chars). */
export function previewValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return escaped;
}

/**
 * A commit SHA from outside (an API answer, an event payload, an option) checked for shape before it reaches git.
 * Returns it lower-cased. Throws ConfigurationError naming `source` when it is not exactly 40 hex characters.
 */
export function requireCommitSha(value: unknown, source: string): string {
  if (!isCommitSha(value)) {
    throw new ConfigurationError(`${source} is not a commit SHA (40 hexadecimal characters): ${previewValue(value)}`, {
      fix: "pass the full commit SHA; astro-ci never hands a value of another shape to git",
    });
  }
  return value.toLowerCase();
}

/**
 * A revision (SHA, branch, `origin/main`, `HEAD~1`) checked before it reaches git's argv: not empty, no leading `-`
 * (git would read it as an option, e.g. `--upload-pack=<command>`), no whitespace or control characters.
 * Throws ConfigurationError naming `source`.
 */
export function requireRevision(value: unknown, source: string): string {
  if (typeof value !== "string" || value === "" || value.startsWith("-") || /\s/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a git revision: ${previewValue(value)}`, { fix: "give a commit SHA or a branch name (no leading '-', no spaces)" });
  }
  return value;
}

/**
 * A branch name from outside (an option, GITHUB_REF_NAME) checked for shape: what `git check-ref-format --branch`
 * accepts, roughly — no leading `-`, no control characters, spaces, `~^:?*[\`, `..` or `@{`. Throws ConfigurationError naming `source`.
 */
export function requireBranchName(value: string, source: string): string {
  if (value === "" || value.startsWith("-") || value.startsWith("/") || value.endsWith("/") || value.endsWith(".lock") || /[\s~^:?*[\\]|\.\.|@\{/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a valid branch name: ${previewValue(value)}`, { fix: "give the branch name as git shows it (e.g. main or release/2.1)" });
  }
  return value;
}

/**
 * `url` without its userinfo (`https://x-access-token:<token>@github.com/o/r.git` → `https://github.com/o/r.git`):
 * CI clone URLs carry tokens there (GitHub's checkout with persist-credentials, GitLab's CI_JOB_TOKEN). scp-like
 * `git@host:path` keeps its user name (no password can be written there). Anything unparsable is returned with every
 * `user:password@` removed.
 */
export function stripUrlCredentials(url: string): string {
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

/** One blob or symlink of a git tree (`git ls-tree -r -l`), path relative to the repository root. */
export interface GitTreeEntry {
  /** Git file mode: `100644`, `100755`, `120000` (symlink), `160000` (submodule commit). */
  mode: string;
  type: "blob" | "commit" | "tree";
  objectId: string;
  size: number;
  path: string;
}

/** Where HEAD is: on a branch, detached at a commit, or unborn (a repository without any commit yet). */
export type HeadState = { kind: "branch"; branch: string; sha: string } | { kind: "detached"; sha: string } | { kind: "unborn"; branch?: string };

/**
 * The git operations the toolkit needs, behind an interface so callers can be tested with real or fake repos.
 * Every revision argument is checked for shape (`requireRevision`) and every argv ends options (`--end-of-options`,
 * `--`) before outside values, so no value can become a git option.
 */
export interface Git {
  /** Does `rev` name a commit that exists locally? */
  hasCommit(rev: string): Promise<boolean>;
  /** Fetch one commit from `origin` (alone in a shallow clone, with its history in a complete one). Resolves false when it could not be fetched. */
  fetchCommit(sha: string): Promise<boolean>;
  /** Resolve a ref or sha to a full sha. */
  revParse(rev: string): Promise<string>;
  /** Paths changed between two commits (both sides of renames), repo-relative. */
  diffNames(from: string, to: string): Promise<string[]>;
  /** Is `ancestor` an ancestor of (or equal to) `descendant`? */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /**
   * The git tree id of `path` at HEAD when the work tree holds exactly that (nothing modified, untracked or ignored
   * below it, byte-compiled files aside): a content hash git already computed. Undefined otherwise.
   */
  cleanTreeId(path: string): Promise<string | undefined>;
  /**
   * What kind of clone `repoRoot` is in: `shallow` (a `--depth` clone, e.g. actions/checkout's default fetch-depth: 1,
   * holding only the newest commits), `complete`, or `none` (not inside a git repository).
   */
  cloneKind(): Promise<"shallow" | "complete" | "none">;
  /** The checked-out branch, or undefined when detached. */
  currentBranch(): Promise<string | undefined>;
  /** Branch, detached or unborn HEAD. */
  headState(): Promise<HeadState>;
  /** The URL of the `origin` remote without credentials (`stripUrlCredentials`), when there is one. */
  remoteUrl(): Promise<string | undefined>;
  /** Copy the tree of `rev` below `path` (relative to the repo root) into a new temp dir; returns the dir. */
  exportTree(rev: string, path: string): Promise<{ dir: string; cleanup(): Promise<void> }>;
  /** Commits reachable from `to` but not from `from` that touch any of `pathspecs` (none = anywhere), newest first, as full SHAs. */
  commitsBetween(from: string, to: string, pathspecs: string[]): Promise<string[]>;
  /** The tree id of `path` (repo-relative, "" for the root) in commit `rev`; undefined when the commit has no such folder. */
  treeId(rev: string, path: string): Promise<string | undefined>;
  /** Every blob, symlink and submodule below `path` in commit `rev`, recursively, in git's (byte) order. */
  listTree(rev: string, path: string): Promise<GitTreeEntry[]>;
  /** The contents of these blobs, in order, from one `git cat-file --batch`. */
  readBlobs(objectIds: string[]): AsyncGenerator<Buffer>;
  /**
   * Work-tree changes below `path` against HEAD (`git status --porcelain`): modified, staged, deleted and untracked
   * files that .gitignore does not exclude; `__pycache__`, `*.pyc` and `.astro-ci-cache/` aside. Repo-relative paths.
   */
  uncommittedChanges(path: string): Promise<string[]>;
  /** Files below `path` as git sees the work tree: tracked ones plus untracked ones .gitignore does not exclude. */
  workTreeFiles(path: string): Promise<string[]>;
  /** Files below `path` that git tracks (the index, `git ls-files --cached`), repo-relative. */
  trackedFiles(path: string): Promise<string[]>;
}

/**
 * Run git in `cwd` and resolve with its stdout (untrimmed). `isolated`: for git run on code we do not trust yet (a
 * pull request's head): no credential helper (the fetch uses what the workflow's checkout configured for origin, and
 * nothing is stored), hooks off, no terminal prompt, and only PATH and HOME from our environment.
 * @throws Error `git <subcommand> failed: <git's stderr>` when git exits non-zero or cannot be started.
 */
export function runGit(cwd: string, args: string[], options: { maxBuffer?: number; isolated?: boolean } = {}): Promise<string> {
  const argv = options.isolated ? ["-c", "credential.helper=", "-c", "core.hooksPath=/dev/null", ...args] : args;
  const env = options.isolated ? { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" } : undefined;
  return new Promise((resolve, reject) => {
    execFile("git", argv, { cwd, env, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

const BYTE_COMPILED = /(^|\/)__pycache__\/|\.pyc$|(^|\/)\.astro-ci-cache\//;

/** A path argument (after `--`): repo-relative, no control characters. */
function pathspec(path: string): string {
  if (hasControlCharacters(path)) throw new ConfigurationError(`the path ${previewValue(path)} contains control characters`, { fix: "rename the folder" });
  return path === "" ? "." : path;
}

/** Incremental reader over a byte stream: lines and fixed-size records, holding at most one record. */
class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;
  constructor(stream: AsyncIterable<Buffer>) {
    this.iterator = stream[Symbol.asyncIterator]();
  }
  private async fill(): Promise<boolean> {
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
  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  async line(): Promise<string | undefined> {
    for (;;) {
      const flat = this.flatten();
      const newline = flat.indexOf(10);
      if (newline !== -1) return this.take(newline + 1).subarray(0, newline).toString("utf8");
      if (!(await this.fill())) return undefined;
    }
  }
  async bytes(count: number): Promise<Buffer> {
    while (this.length < count) if (!(await this.fill())) throw new Error(`git cat-file ended ${count - this.length} bytes early`);
    return this.take(count);
  }
  private take(count: number): Buffer {
    const flat = this.flatten();
    const out = flat.subarray(0, count);
    this.chunks = flat.length > count ? [flat.subarray(count)] : [];
    this.length -= count;
    return out;
  }
}

export function createGit(repoRoot: string): Git {
  const git: Git = {
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
        // --depth=1 only where the clone is shallow already: it would make a complete clone shallow.
        const depth = (await git.cloneKind()) === "shallow" ? ["--depth=1"] : [];
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
      // -z: names with spaces, newlines or non-ASCII come through unquoted.
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
        if (dirty.length) return undefined;
        return await git.treeId("HEAD", path);
      } catch {
        return undefined;
      }
    },
    async cloneKind() {
      // --is-shallow-repository: git 2.15+; it fails outside a repository.
      const out = await runGit(repoRoot, ["rev-parse", "--is-shallow-repository"]).catch(() => undefined);
      return out === undefined ? "none" : out.trim() === "true" ? "shallow" : "complete";
    },
    async currentBranch() {
      const state = await git.headState();
      return state.kind === "branch" ? state.branch : undefined;
    },
    async headState() {
      const sha = (await runGit(repoRoot, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => "")).trim();
      const branch = (await runGit(repoRoot, ["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim() || undefined;
      if (!sha) return { kind: "unborn", branch };
      return branch ? { kind: "branch", branch, sha } : { kind: "detached", sha };
    },
    async remoteUrl() {
      const url = (await runGit(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url ? stripUrlCredentials(url) : undefined;
    },
    async treeId(rev, path) {
      requireRevision(rev, "the revision");
      const object = path ? `${rev}:${path}` : `${rev}^{tree}`;
      const id = (await runGit(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", object]).catch(() => "")).trim();
      if (!id) return undefined;
      const type = (await runGit(repoRoot, ["cat-file", "-t", "--end-of-options", id]).catch(() => "")).trim();
      return type === "tree" ? id : undefined;
    },
    async listTree(rev, path) {
      requireRevision(rev, "the revision");
      const out = await runGit(repoRoot, ["ls-tree", "-r", "-l", "-z", "--full-tree", "--end-of-options", rev, "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      const entries: GitTreeEntry[] = [];
      for (const record of out.split("\0")) {
        if (!record) continue;
        const match = /^(\d{6}) (blob|commit|tree) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(record);
        if (!match) throw new Error(`git ls-tree printed an unexpected line: ${previewValue(record)}`);
        entries.push({ mode: match[1] as string, type: match[2] as GitTreeEntry["type"], objectId: match[3] as string, size: match[4] === "-" ? 0 : Number(match[4]), path: match[5] as string });
      }
      return entries;
    },
    async *readBlobs(objectIds) {
      if (objectIds.length === 0) return;
      for (const id of objectIds) if (!/^[0-9a-f]{40,64}$/.test(id)) throw new Error(`not a git object id: ${previewValue(id)}`);
      const child = spawn("git", ["cat-file", "--batch"], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve, reject) => {
        child.on("error", reject);
        child.on("close", resolve);
      });
      child.stdin.on("error", () => undefined);
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
        // A reader that stopped early leaves output unread: without destroying stdout, "close" never comes.
        child.stdout.destroy();
        if (child.exitCode === null) child.kill();
        await exited.catch(() => undefined);
      }
    },
    async uncommittedChanges(path) {
      const status = await runGit(repoRoot, ["status", "--porcelain", "--untracked-files=all", "-z", "--", pathspec(path)]);
      const records = status.split("\0");
      const changed: string[] = [];
      for (let i = 0; i < records.length; i++) {
        const record = records[i] as string;
        if (!record) continue;
        // A rename or copy is followed by its source path as a record of its own.
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
      const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
      try {
        // git archive | tar -x: reads only the object store, leaving the user's index and work tree alone.
        // After --end-of-options every word is a revision or a path (git archive takes no `--` there).
        await new Promise<void>((resolve, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", "--end-of-options", rev, pathspec(path)], { cwd: repoRoot });
          const extract = spawn("tar", ["-x", "-f", "-", "-C", dir]);
          let stderr = "";
          archive.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
          extract.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
          archive.stdout.pipe(extract.stdin);
          let pending = 2;
          let failed = false;
          const done = (name: string) => (code: number | null) => {
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
    },
  };
  return git;
}
