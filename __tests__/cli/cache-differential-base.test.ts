import { afterEach, describe, expect, it } from "vitest";
import { renameSync } from "node:fs";
import { join } from "node:path";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { makeTempTree } from "../support/temp-dir.js";
import { runCliCaptured } from "../support/run-cli.js";

/*
 * validate-dags --base REF analyses the base commit's tree with the same cache as the head's (content hits, no stat
 * index): warm runs must print what --no-cache runs print, DAG diff included.
 */

const cli = runCliCaptured;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const dag = (id: string, schedule = "@daily") => `from airflow import DAG\nwith DAG("${id}", schedule="${schedule}", tags=["t"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;
const team = (id: string) => `from airflow import DAG\nfrom include.base import TeamDag\n\nteam = TeamDag("${id}", schedule="@daily", tags=["t"], default_args={"owner": "o", "retries": 2})\n`;

function comparable(stdout: string): unknown {
  const report = JSON.parse(stdout) as { projects: Record<string, unknown>[] };
  for (const p of report.projects) delete p.cache;
  return report;
}

describe("validate-dags --base with a warm cache", () => {
  it("prints what --no-cache prints through commits, renames and copies", async () => {
    const repo: TempGitRepo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "include/__init__.py": "",
      "include/base.py": "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n",
      "dags/a.py": dag("a"),
      "dags/team.py": team("team"),
    });
    cleanups.push(repo.cleanup);
    const cache = makeTempTree({});
    cleanups.push(cache.cleanup);
    const first = repo.commit("base");
    const compare = async (base: string) => {
      const common = ["validate-dags", ".", "--format", "json", "--dynamic", "off", "--base", base];
      const warm = await cli([...common, "--cache", cache.dir], repo.dir);
      const cold = await cli([...common, "--no-cache"], repo.dir);
      expect(warm.code).toBe(cold.code);
      expect(comparable(warm.stdout)).toEqual(comparable(cold.stdout));
      return JSON.parse(warm.stdout) as { projects: { dagDiff?: unknown }[] };
    };
    await compare(first);
    repo.write({ "dags/a.py": dag("a", "@hourly"), "dags/b.py": dag("b") });
    await compare(first);
    renameSync(join(repo.dir, "dags/team.py"), join(repo.dir, "dags/team_moved.py"));
    repo.write({ "dags/team_copy.py": team("team") });
    const second = repo.commit("head");
    await compare(first);
    await compare(second);
    repo.write({ "dags/team_copy.py": team("team2") });
    await compare(first);
    await compare(second);
  }, 120_000);
});
