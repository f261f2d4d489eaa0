/**
 * The one rule for "inside the repository" (src/util/inside-repository.ts): real paths, symlinks resolved at every
 * level, against the repository root's real path, compared by the one "is inside" test (src/util/is-inside.ts); the
 * one wording of "outside the repository"; and the project-file reader that keeps to it (readUserTextSync with its
 * required `repoRoot`), which never opens a file a symlink takes outside.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyError, displayPath } from "../../src/errors.js";
import { outsideRepositoryWords, realPathOutside } from "../../src/util/inside-repository.js";
import { isInside } from "../../src/util/is-inside.js";
import { readNonRepositoryBytes, readNonRepositoryTextSync, readUserBytes, readUserTextSync } from "../../src/util/user-files.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** `repo/` (with a file and a subfolder) and `outside/secret` beside it. */
function layout(): { repo: string; outside: string } {
  const tree = makeTempTree({ "repo/settings.txt": "inside\n", "repo/sub/deep.txt": "deep\n", "outside/secret": "[http] extraheader = AUTHORIZATION: basic xyz\n" });
  trees.push(tree);
  return { repo: join(tree.dir, "repo"), outside: join(tree.dir, "outside") };
}

describe("isInside", () => {
  it("is true for the root and below it, also for a name that only starts with '..'; false for its parent and a sibling", () => {
    expect(isInside("/r/repo", "/r/repo")).toBe(true);
    expect(isInside("/r/repo", "/r/repo/dags/a.py")).toBe(true);
    expect(isInside("/r/repo", "/r/repo/..hidden")).toBe(true);
    expect(isInside("/r/repo", "/r/repo/..")).toBe(false);
    expect(isInside("/r/repo", "/r")).toBe(false);
    expect(isInside("/r/repo", "/r/repo-other/a.py")).toBe(false);
    expect(isInside("/r/repo", "/etc/passwd")).toBe(false);
  });

  it("compares relative paths by their text, against the same folder", () => {
    expect(isInside("dags", "dags/..shared/x.py")).toBe(true);
    expect(isInside("dags", "dags/sub/../../x.py")).toBe(false);
  });

  it("displayPath (src/errors.ts) shows a file under a '..name' folder relative, one above the folder absolute", () => {
    expect(displayPath("/w/..cache/x.json", "/w")).toBe("..cache/x.json");
    expect(displayPath("/other/x.json", "/w")).toBe("/other/x.json");
  });
});

describe("outsideRepositoryWords", () => {
  it("is the one wording, for a path's text and for a symlink's real path", () => {
    expect(outsideRepositoryWords("path '../x'")).toBe("path '../x' is outside the repository");
    expect(outsideRepositoryWords("it", "/etc/passwd")).toBe("it resolves through a symlink to /etc/passwd, outside the repository");
  });
});

describe("realPathOutside", () => {
  it("names the real path of a symlink (or a folder symlink on the way) leaving the root; undefined inside, also for a missing file", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "secret"), join(repo, "leak.txt"));
    symlinkSync(outside, join(repo, "linked"));
    symlinkSync("sub/deep.txt", join(repo, "inside-link.txt"));
    expect(realPathOutside(repo, join(repo, "leak.txt"))).toMatch(/outside\/secret$/);
    expect(realPathOutside(repo, join(repo, "linked", "secret"))).toMatch(/outside\/secret$/);
    expect(realPathOutside(repo, join(repo, "linked", "missing.txt"))).toMatch(/outside\/missing\.txt$/);
    expect(realPathOutside(repo, join(repo, "inside-link.txt"))).toBeUndefined();
    expect(realPathOutside(repo, join(repo, "settings.txt"))).toBeUndefined();
    expect(realPathOutside(repo, join(repo, "not-there.txt"))).toBeUndefined();
  });
});

describe("readUserTextSync / readUserBytes (repoRoot required)", () => {
  it("refuses a file a symlink takes outside the repository (EPERM, exit 2 naming it and the fix) without reading it", async () => {
    const { repo, outside } = layout();
    const leak = join(repo, "Dockerfile");
    symlinkSync(join(outside, "secret"), leak);
    let thrown: unknown;
    try {
      readUserTextSync(leak, { repoRoot: repo });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "EPERM", path: leak });
    expect(String((thrown as Error).message)).not.toContain("extraheader");
    const classified = classifyError(thrown, repo);
    expect(classified.exitCode).toBe(2);
    expect(classified.describe()).toMatch(/^Dockerfile: cannot read: it resolves through a symlink to .*outside\/secret, outside the repository; astro-ci reads only files the repository holds Fix: copy the file into the repository/);
    await expect(readUserBytes(leak, { repoRoot: repo })).rejects.toMatchObject({ code: "EPERM" });
    // A file that is not the repository's (the event payload, --config FILE) is read by the readers named for it.
    expect(readNonRepositoryTextSync(leak)).toContain("extraheader");
    expect((await readNonRepositoryBytes(leak)).toString("utf8")).toContain("extraheader");
  });

  it("a symlink to another file of the repository is read; one through a linked folder outside is refused", () => {
    const { repo, outside } = layout();
    symlinkSync("sub/deep.txt", join(repo, "requirements.txt"));
    expect(readUserTextSync(join(repo, "requirements.txt"), { repoRoot: repo })).toBe("deep\n");
    mkdirSync(join(repo, ".astro"));
    writeFileSync(join(outside, "config.yaml"), "project:\n  name: x\n");
    symlinkSync(outside, join(repo, ".astro", "linked"));
    expect(() => readUserTextSync(join(repo, ".astro", "linked", "config.yaml"), { repoRoot: repo })).toThrow(expect.objectContaining({ code: "EPERM" }));
  });

  it("a symlink to /dev/zero keeps the reader's words (a character device), and is not opened", () => {
    const { repo } = layout();
    symlinkSync("/dev/zero", join(repo, "packages.txt"));
    expect(() => readUserTextSync(join(repo, "packages.txt"), { repoRoot: repo })).toThrow(
      expect.objectContaining({ code: "EINVAL", reason: expect.stringMatching(/^a symlink to \/dev\/zero, which is a character device, not a regular file/) }),
    );
  });
});
