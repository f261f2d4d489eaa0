/**
 * DAG discovery's walk as the stat index and nested .airflowignore files use it: paths relative to the DAG folder
 * (and to each anchored rule's own folder) are built along the walk, and answers of `knownFiles` given at once
 * (the stat index's) are taken as a promise of them would be.
 */
import { afterEach, describe, expect, it } from "vitest";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { discoverDagFiles, type DiscoverOptions } from "../../src/project/discovery.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = "from airflow import DAG\n";
const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));
const tree = (files: Record<string, string>): string => {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
};

describe("discoverDagFiles: nested .airflowignore files", () => {
  // team/ is a symlink to a folder outside the DAG folder: its rules apply to the paths as walked (dags/team/...).
  const files = {
    "dags/.airflowignore": "/top.py\nteam/**/gen_*.py\n",
    "dags/top.py": DAG,
    "shared/team/top.py": DAG,
    "shared/team/.airflowignore": "/local.py\nsub/deep.py\n!sub/keep_*.py\n*.tmp.py\n",
    "shared/team/local.py": DAG,
    "shared/team/sub/local.py": DAG,
    "shared/team/sub/deep.py": DAG,
    "shared/team/sub/gen_a.py": DAG,
    "shared/team/sub/keep_gen_b.py": DAG,
    "shared/team/sub/x.tmp.py": DAG,
  };
  const project = (): string => {
    const root = tree(files);
    symlinkSync(join(root, "shared", "team"), join(root, "dags", "team"));
    return root;
  };

  it("glob: an anchored rule matches paths relative to its own file's folder (a symlinked one as walked)", async () => {
    const root = project();
    const result = await discoverDagFiles({ dagsDir: join(root, "dags"), repoRoot: root, airflowMajor: 3 });
    expect(result.files.map((f) => f.path)).toEqual(["team/sub/keep_gen_b.py", "team/sub/local.py", "team/top.py"]);
    expect(result.ignored.map((i) => [i.path, i.pattern])).toEqual([
      ["team/local.py", "/local.py"],
      ["team/sub/deep.py", "sub/deep.py"],
      ["team/sub/gen_a.py", "team/**/gen_*.py"],
      ["team/sub/x.tmp.py", "*.tmp.py"],
      ["top.py", "/top.py"],
    ]);
    expect(result.problems).toEqual([]);
  });

  it("the same files and rules whatever the DAG folder's spelling (a trailing slash, a .. on the way)", async () => {
    const root = project();
    const plain = await discoverDagFiles({ dagsDir: join(root, "dags"), repoRoot: root, airflowMajor: 3 });
    for (const dagsDir of [`${join(root, "dags")}/`, join(root, "dags", "team", "..")]) {
      const other = await discoverDagFiles({ dagsDir, repoRoot: root, airflowMajor: 3 });
      expect(other.files.map((f) => f.path)).toEqual(plain.files.map((f) => f.path));
      expect(other.ignored).toEqual(plain.ignored);
      expect(other.files.map((f) => f.absolutePath)).toEqual(plain.files.map((f) => f.absolutePath));
    }
  });
});

describe("discoverDagFiles: knownFiles", () => {
  const words = { airflow: true, dag: true, asset: false };

  it("takes answers given at once as it takes promised ones: vouched files are not read, the others are", async () => {
    const root = tree({ "a.py": DAG, "b.py": DAG, "sub/c.py": "x = 1\n" });
    const vouched = (path: string) => (path.endsWith("a.py") ? { ...words, size: 24 } : undefined);
    const run = (known: NonNullable<DiscoverOptions["knownFiles"]>["known"]) => discoverDagFiles({ dagsDir: root, repoRoot: root, airflowMajor: 2, knownFiles: { known } });
    const [sync, promised] = [await run(vouched), await run(async (path) => vouched(path))];
    expect(sync).toEqual(promised);
    expect(sync.files.map((f) => [f.path, f.size, f.content === undefined, f.passesSafeMode])).toEqual([
      ["a.py", 24, true, true],
      ["b.py", DAG.length, false, true],
      ["sub/c.py", 6, false, false],
    ]);
  });

  it("a known that throws makes that file unreadable, and the others are still listed", async () => {
    const root = tree({ "a.py": DAG, "b.py": DAG });
    const result = await discoverDagFiles({
      dagsDir: root,
      repoRoot: root,
      airflowMajor: 2,
      knownFiles: {
        known: (path) => {
          if (path.endsWith("a.py")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES", syscall: "stat" });
          return undefined;
        },
      },
    });
    expect(result.files.map((f) => f.path)).toEqual(["b.py"]);
    expect(result.problems).toMatchObject([{ file: "a.py", unreadable: true }]);
  });
});
