import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The git operations the toolkit needs, behind an interface so callers can be tested with real or fake repos. */
export interface Git {
  /** Does `rev` name a commit that exists locally? */
  hasCommit(rev: string): Promise<boolean>;
  /** Fetch one commit from `origin` (shallow). Resolves false when it could not be fetched. */
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
  /** The checked-out branch, or undefined when detached. */
  currentBranch(): Promise<string | undefined>;
  /** The URL of the `origin` remote, when there is one. */
  remoteUrl(): Promise<string | undefined>;
  /** Copy the tree of `rev` below `path` (relative to the repo root) into a new temp dir; returns the dir. */
  exportTree(rev: string, path: string): Promise<{ dir: string; cleanup(): Promise<void> }>;
  /** Commits reachable from `to` but not from `from` that touch any of `pathspecs` (none = anywhere), newest first, as full SHAs. */
  commitsBetween(from: string, to: string, pathspecs: string[]): Promise<string[]>;
  /** The tree id of `path` in commit `rev` (undefined when the path does not exist there). */
  treeIdAt(rev: string, path: string): Promise<string | undefined>;
}

function run(cwd: string, args: string[], options: { maxBuffer?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

export function createGit(repoRoot: string): Git {
  return {
    async hasCommit(rev) {
      try {
        await run(repoRoot, ["cat-file", "-e", `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
    async fetchCommit(sha) {
      try {
        await run(repoRoot, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha]);
        return true;
      } catch {
        return false;
      }
    },
    async revParse(rev) {
      return (await run(repoRoot, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    },
    async diffNames(from, to) {
      // -z: names with spaces, newlines or non-ASCII come through unquoted.
      const out = await run(repoRoot, ["diff", "--name-only", "--no-renames", "-z", from, to, "--"]);
      return out.split("\0").filter(Boolean);
    },
    async isAncestor(ancestor, descendant) {
      try {
        await run(repoRoot, ["merge-base", "--is-ancestor", ancestor, descendant]);
        return true;
      } catch {
        return false;
      }
    },
    async cleanTreeId(path) {
      try {
        const status = await run(repoRoot, ["status", "--porcelain", "--untracked-files=all", "--ignored=matching", "-z", "--", path]);
        const dirty = status.split("\0").filter(Boolean).filter((line) => !/(^|\/)__pycache__\/|\.pyc$/.test(line.slice(3)));
        if (dirty.length) return undefined;
        return (await run(repoRoot, ["rev-parse", `HEAD:${path}`])).trim() || undefined;
      } catch {
        return undefined;
      }
    },
    async currentBranch() {
      const name = (await run(repoRoot, ["rev-parse", "--abbrev-ref", "HEAD"]).catch(() => "")).trim();
      return name && name !== "HEAD" ? name : undefined;
    },
    async remoteUrl() {
      const url = (await run(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url || undefined;
    },
    async commitsBetween(from, to, pathspecs) {
      const out = await run(repoRoot, ["rev-list", "--end-of-options", `${from}..${to}`, "--", ...pathspecs]);
      return out.split("\n").filter((line) => /^[0-9a-f]{40}$/.test(line));
    },
    async treeIdAt(rev, path) {
      const out = await run(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}:${path}`]).catch(() => "");
      return /^[0-9a-f]{40}$/.test(out.trim()) ? out.trim() : undefined;
    },
    async exportTree(rev, path) {
      const dir = await mkdtemp(join(tmpdir(), "astro-ci-base-"));
      const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
      try {
        // git archive | tar -x: reads only the object store, leaving the user's index and work tree alone.
        await new Promise<void>((resolve, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", rev, "--", ...(path ? [path] : ["."])], { cwd: repoRoot });
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
}
