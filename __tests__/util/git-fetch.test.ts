import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGit } from "../../src/util/git.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";

/**
 * Fetching a commit the clone lacks (a deployed commit from a branch it never fetched): a complete clone must stay
 * complete, as `git fetch --depth=1` would make it shallow and cut the history later steps of the job read.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function originWithUnfetchedCommit(): { origin: TempGitRepo; base: string; unfetched: string } {
  const origin = createTempGitRepo({ "dags/a.py": "x = 1\n" });
  cleanups.push(() => origin.cleanup());
  const base = origin.commit("base");
  origin.git("checkout", "-q", "-b", "side");
  origin.write({ "dags/a.py": "x = 2\n" });
  const unfetched = origin.commit("side");
  // Reachable from a ref a clone does not fetch by default, as a pull request's head is.
  origin.git("update-ref", "refs/pull/1/head", unfetched);
  origin.git("checkout", "-q", "-");
  origin.git("branch", "-q", "-D", "side");
  return { origin, base, unfetched };
}

function cloneOf(origin: TempGitRepo, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "astro-ci-fetch-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync("git", ["clone", "-q", ...args, `file://${origin.dir}`, dir]);
  return dir;
}

const isShallow = (dir: string) => execFileSync("git", ["-C", dir, "rev-parse", "--is-shallow-repository"], { encoding: "utf8" }).trim();

describe("Git.fetchCommit", () => {
  it("fetches a missing commit into a complete clone with its history, and the clone stays complete", async () => {
    const { origin, base, unfetched } = originWithUnfetchedCommit();
    const clone = cloneOf(origin, []);
    const git = createGit(clone);
    expect(await git.hasCommit(unfetched)).toBe(false);
    expect(await git.fetchCommit(unfetched)).toBe(true);
    expect(await git.hasCommit(unfetched)).toBe(true);
    expect(isShallow(clone)).toBe("false");
    expect(execFileSync("git", ["-C", clone, "merge-base", base, unfetched], { encoding: "utf8" }).trim()).toBe(base);
  });

  it("fetches the commit alone into a shallow clone", async () => {
    const { origin, unfetched } = originWithUnfetchedCommit();
    const clone = cloneOf(origin, ["--depth=1"]);
    const git = createGit(clone);
    expect(await git.fetchCommit(unfetched)).toBe(true);
    expect(await git.hasCommit(unfetched)).toBe(true);
    expect(isShallow(clone)).toBe("true");
    expect(execFileSync("git", ["-C", clone, "rev-list", "--count", unfetched], { encoding: "utf8" }).trim()).toBe("1");
  });
});
