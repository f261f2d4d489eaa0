import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diffDagInventories, describeStatic, isEmptyDiff } from "../../src/dags/dag-diff.js";
import type { DagInfo } from "../../src/core/findings.js";
import { createGit } from "../../src/util/git.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";

function dag(overrides: Partial<DagInfo>): DagInfo {
  return {
    dagId: "d",
    file: "dags/d.py",
    line: 1,
    definedBy: "with DAG()",
    schedule: "@daily",
    tags: ["a"],
    owner: "team",
    retries: 2,
    catchup: false,
    startDate: "datetime(2024, 1, 1)",
    taskCount: 3,
    ...overrides,
  };
}

describe("diffDagInventories", () => {
  it("finds added, removed, renamed and changed DAGs", () => {
    const base = [
      dag({ dagId: "kept", file: "dags/kept.py" }),
      dag({ dagId: "gone", file: "dags/gone.py" }),
      dag({ dagId: "old_name", file: "dags/renamed.py" }),
      dag({ dagId: "tweaked", file: "dags/tweaked.py", schedule: "@daily", tags: ["x"], taskCount: 2 }),
    ];
    const head = [
      dag({ dagId: "kept", file: "dags/kept.py" }),
      dag({ dagId: "new_one", file: "dags/new.py" }),
      dag({ dagId: "new_name", file: "dags/renamed.py" }),
      dag({ dagId: "tweaked", file: "dags/tweaked.py", schedule: "@hourly", tags: ["x", "y"], taskCount: 5 }),
    ];
    const diff = diffDagInventories(base, head);
    expect(diff.added.map((d) => d.dagId)).toEqual(["new_one"]);
    expect(diff.removed.map((d) => d.dagId)).toEqual(["gone"]);
    expect(diff.renamed.map((r) => [r.before.dagId, r.after.dagId])).toEqual([["old_name", "new_name"]]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.changes).toEqual([
      { field: "schedule", before: "@daily", after: "@hourly" },
      { field: "tags", before: "x", after: "x, y" },
      { field: "taskCount", before: "2", after: "5" },
    ]);
    expect(diff.unchanged).toBe(1);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it("an identical inventory is an empty diff", () => {
    const dags = [dag({ dagId: "a" }), dag({ dagId: "b", file: "dags/b.py" })];
    expect(isEmptyDiff(diffDagInventories(dags, dags))).toBe(true);
  });

  it("describes unknown and unset values without guessing", () => {
    expect(describeStatic({ unknown: true, expression: "SCHEDULE" })).toBe("(dynamic: SCHEDULE)");
    expect(describeStatic(undefined)).toBe("(not set)");
    expect(describeStatic(null)).toBe("None");
  });
});

describe("git tree export", () => {
  let repo: TempGitRepo | undefined;
  afterEach(() => repo?.cleanup());

  it("exports a project folder at an older commit without touching the work tree", async () => {
    repo = createTempGitRepo({ "proj/dags/a.py": "v1\n", "other/x.txt": "x\n" });
    const first = repo.commit("first");
    repo.write({ "proj/dags/a.py": "v2\n", "proj/dags/b.py": "new\n" });
    repo.commit("second");
    repo.write({ "proj/dags/a.py": "uncommitted\n" });

    const git = createGit(repo.dir);
    expect(await git.hasCommit(first)).toBe(true);
    expect(await git.hasCommit("0".repeat(40))).toBe(false);
    const tree = await git.exportTree(first, "proj");
    try {
      expect(readFileSync(join(tree.dir, "proj/dags/a.py"), "utf8")).toBe("v1\n");
      expect(existsSync(join(tree.dir, "proj/dags/b.py"))).toBe(false);
      expect(existsSync(join(tree.dir, "other"))).toBe(false);
    } finally {
      await tree.cleanup();
    }
    expect(readFileSync(join(repo.dir, "proj/dags/a.py"), "utf8")).toBe("uncommitted\n");
    expect(repo.git("status", "--porcelain")).toContain("proj/dags/a.py");
  });
});

describe("diffDagInventories with factories", () => {
  const dynamic = { unknown: true as const, expression: 'f"gen_{name}"' };
  it("keeps several DAGs with the same dynamic id expression apart, and ignores lines moving", () => {
    const base = [dag({ dagId: dynamic, file: "dags/gen.py", line: 10 }), dag({ dagId: dynamic, file: "dags/gen.py", line: 14 })];
    const head = [dag({ dagId: dynamic, file: "dags/gen.py", line: 12 }), dag({ dagId: dynamic, file: "dags/gen.py", line: 16 }), dag({ dagId: dynamic, file: "dags/gen.py", line: 20 })];
    const diff = diffDagInventories(base, head);
    expect(diff.added.map((d) => d.line)).toEqual([20]);
    expect(diff.removed).toEqual([]);
    expect(diff.unchanged).toBe(2);
  });

  it("a dag_id defined twice counts as two DAGs: removing one copy is a removal", () => {
    const base = [dag({ dagId: "dup", file: "dags/a.py" }), dag({ dagId: "dup", file: "dags/b.py" })];
    const head = [dag({ dagId: "dup", file: "dags/a.py" })];
    const diff = diffDagInventories(base, head);
    expect(diff.removed.map((d) => d.file)).toEqual(["dags/b.py"]);
  });
});
