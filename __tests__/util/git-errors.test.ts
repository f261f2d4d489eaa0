import { afterEach, describe, expect, it } from "vitest";
import { classifyError, EXIT_USAGE } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";

const repos: TempGitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe("git failures that are the checkout's or the network's fault (tester 2, stop 30: 'internal error: git diff failed: fatal: bad object')", () => {
  it("a commit missing from the clone: exit 2 naming fetch-depth, not an internal error", async () => {
    const repo = createTempGitRepo({ "a.txt": "a\n" });
    repos.push(repo);
    repo.commit("one");
    const error = await createGit(repo.dir).diffNames("a".repeat(40), "HEAD").catch((e: unknown) => e);
    const classified = classifyError(error);
    expect(classified.exitCode).toBe(EXIT_USAGE);
    expect(classified.describe()).toMatch(/^git diff failed: a commit astro-ci needs is not in this clone \(fatal: bad object a{40}\) Fix: check out the whole history \(actions\/checkout with `fetch-depth: 0`\)/);
  });

  it("a remote that cannot be reached: exit 2 naming the remote and the credentials", () => {
    const classified = classifyError(new Error("git fetch failed: fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com"));
    expect(classified.exitCode).toBe(EXIT_USAGE);
    expect(classified.describe()).toMatch(/git could not fetch from the remote .* Fix: check the remote's URL, the network and git's credentials/);
  });

  it("other git failures stay internal errors (exit 3): they are astro-ci's to explain", () => {
    expect(classifyError(new Error("git ls-tree failed: fatal: something new")).exitCode).toBe(3);
  });
});
