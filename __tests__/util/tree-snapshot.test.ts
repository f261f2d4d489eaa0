import { afterEach, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { changedPaths, snapshotTree, unchangedSince, type SnapshotOptions } from "../../src/util/tree-snapshot.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** A project whose files were all written a minute ago (outside the racy window of a snapshot taken now). */
function project(): string {
  const t = makeTempTree({ "project/dags/a.py": "a = 1\n", "project/dags/sub/b.py": "b = 2\n", "project/include/helpers.py": "x = 1\n", "project/Dockerfile": "FROM x\n" });
  trees.push(t);
  return join(t.dir, "project");
}

/** The project folder walked, and the repository's config file (missing) beside it. */
const options = (dir: string, more: Partial<SnapshotOptions> = {}): SnapshotOptions => ({ folders: [dir], files: [join(dir, "..", "astro-ci.yaml")], ...more });
/** Snapshots taken as if 10 s from now, so nothing written by the test is racily clean. */
const later = (): number => Date.now() + 10_000;

describe("snapshotTree / unchangedSince", () => {
  it("an untouched tree is unchanged; every path is listed once, names sorted, depth first", () => {
    const dir = project();
    const before = snapshotTree(options(dir), later);
    const after = snapshotTree(options(dir), later);
    expect(before && after && unchangedSince(before, after)).toBe(true);
    const rel = before?.paths.map((p) => relative(join(dir, ".."), p));
    expect(rel).toEqual(["project", "project/Dockerfile", "project/dags", "project/dags/a.py", "project/dags/sub", "project/dags/sub/b.py", "project/include", "project/include/helpers.py", "astro-ci.yaml"]);
    // The missing config file is recorded as missing.
    expect([...(before?.stats.slice(-4) ?? [])]).toEqual([-1, -1, -1, -1]);
  });

  const changes: [string, (dir: string) => void][] = [
    ["a file rewritten with the same size (only its times move)", (dir) => writeFileSync(join(dir, "dags/a.py"), "a = 3\n")],
    ["a file written back with its old mtime (ctime still moves)", (dir) => {
      writeFileSync(join(dir, "dags/a.py"), "a = 4\n");
      utimesSync(join(dir, "dags/a.py"), new Date(0), new Date(0));
    }],
    ["a file added deep down", (dir) => writeFileSync(join(dir, "dags/sub/c.py"), "")],
    ["a file removed", (dir) => rmSync(join(dir, "include/helpers.py"))],
    ["a file renamed", (dir) => renameSync(join(dir, "dags/a.py"), join(dir, "dags/z.py"))],
    ["a file made unreadable", (dir) => chmodSync(join(dir, "dags/a.py"), 0o000)],
    ["the config file created", (dir) => writeFileSync(join(dir, "..", "astro-ci.yaml"), "")],
  ];
  for (const [what, change] of changes) {
    it(`sees ${what}`, () => {
      const dir = project();
      const before = snapshotTree(options(dir), later);
      change(dir);
      const after = snapshotTree(options(dir), later);
      expect(before && after && unchangedSince(before, after)).toBe(false);
    });
  }

  it("follows a symlinked folder (Airflow does) and sees changes behind it; a symlink loop is walked once", () => {
    const dir = project();
    const shared = makeTempTree({ "common.py": "c = 1\n" });
    trees.push(shared);
    symlinkSync(shared.dir, join(dir, "dags", "shared"));
    symlinkSync(join(dir, "dags"), join(dir, "dags", "sub", "loop"));
    const before = snapshotTree(options(dir), later);
    expect(before?.paths.map((p) => p.slice(dir.length))).toContain("/dags/shared/common.py");
    writeFileSync(join(shared.dir, "common.py"), "c = 2\n");
    const after = snapshotTree(options(dir), later);
    expect(before && after && unchangedSince(before, after)).toBe(false);
  });

  it("a path written within the racy window before the snapshot is not trusted, even when nothing changed after", () => {
    const dir = project();
    // Taken now: the files were written milliseconds ago, within the file system's timestamp granularity.
    const before = snapshotTree(options(dir));
    const after = snapshotTree(options(dir));
    expect(before && after && unchangedSince(before, after)).toBe(false);
    expect(before && after && unchangedSince(before, after, -5000)).toBe(true);
  });

  it("skips the tool's own outputs anywhere and chosen top-level folders, without stating them", () => {
    const dir = project();
    mkdirSync(join(dir, ".git"));
    mkdirSync(join(dir, "dags", ".cache"));
    const skip = options(dir, { skipPaths: new Set([join(dir, "dags", ".cache")]), skipChild: (_path, name) => name === ".git" });
    const before = snapshotTree(skip, later);
    writeFileSync(join(dir, ".git", "index"), "x");
    writeFileSync(join(dir, "dags", ".cache", "pack"), "x");
    const after = snapshotTree(skip, later);
    expect(before?.paths.some((p) => p.includes(".git") || p.includes(".cache"))).toBe(false);
    expect(before && after && unchangedSince(before, after)).toBe(true);
  });

  it("names every path as path.join does, whatever the folder's spelling (a trailing slash, a .. on the way)", () => {
    const dir = project();
    const plain = snapshotTree({ folders: [dir], files: [] }, later)?.paths ?? [];
    for (const folder of [`${dir}/`, join(dir, "dags", "..")]) {
      const paths = snapshotTree({ folders: [folder], files: [] }, later)?.paths ?? [];
      // The folder as given, then its entries named by join (normalized), so the run's lookups by path find them.
      expect(paths).toEqual([folder, ...plain.slice(1)]);
    }
  });

  it("gives up past maxPaths, and when a walked folder cannot be listed", () => {
    const dir = project();
    expect(snapshotTree(options(dir, { maxPaths: 3 }), later)).toBeUndefined();
    expect(snapshotTree(options(dir, { maxPaths: 100 }), later)).toBeDefined();
    chmodSync(join(dir, "include"), 0o000);
    try {
      // root ignores permissions: then the folder can be listed, and the snapshot is whole.
      const listed = (() => {
        try {
          return readdirSync(join(dir, "include"));
        } catch {
          return undefined;
        }
      })();
      expect(snapshotTree(options(dir), later) === undefined).toBe(listed === undefined);
    } finally {
      chmodSync(join(dir, "include"), 0o755);
    }
  });
});

describe("changedPaths", () => {
  it("lists what was added, removed or rewritten (with the folders whose entries changed), and nothing else", () => {
    const dir = project();
    const before = snapshotTree(options(dir), later)!;
    expect(changedPaths(before, snapshotTree(options(dir), later)!)).toEqual([]);
    writeFileSync(join(dir, "dags", "a.py"), "a = 2  # longer\n");
    writeFileSync(join(dir, "dags", "new.py"), "n = 1\n");
    rmSync(join(dir, "include", "helpers.py"));
    const changed = changedPaths(before, snapshotTree(options(dir), later)!);
    expect(changed.map((p) => relative(dir, p)).sort()).toEqual(["dags", "dags/a.py", "dags/new.py", "include", "include/helpers.py"]);
  });
});
