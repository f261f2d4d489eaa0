import { afterEach, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * The bundled CLI (dist/, with the ruff worker): a warm run (--cache C) prints exactly what --no-cache prints, and
 * exits the same, through a sequence of edits. Needs `npm run build`.
 */

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function run(args: string[], timeout = 0): Promise<{ code: number; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { env: { ...process.env, ASTRO_CI_DEBUG: "1" }, maxBuffer: 64 * 1024 * 1024, timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, killed: Boolean(error?.killed) }),
    ),
  );
}

/** The report without the cache's hit counts (the only thing a cache may change). */
function comparable(stdout: string): unknown {
  const report = JSON.parse(stdout) as { projects: Record<string, unknown>[] };
  for (const p of report.projects) delete p.cache;
  return report;
}

function files(): Record<string, string> {
  const out: Record<string, string> = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "requirements.txt": "" };
  for (let i = 0; i < 40; i++) {
    out[`dags/d${i}.py`] =
      i % 3 === 0
        ? `from airflow import DAG\nfrom airflow.operators.dummy import DummyOperator\nwith DAG("d${i}", schedule_interval="@daily", tags=["t"]):\n    DummyOperator(task_id="x")\n`
        : i % 3 === 1
          ? `from airflow.decorators import dag\nimport some_pkg\n@dag(dag_id="d${i}_ñ_🚀", schedule="@hourly")\ndef f${i}():\n    pass\nf${i}()\n`
          : `from airflow import DAG\nfrom include.base import TeamDag\nTeamDag("d${i}", schedule="0 ${i % 24} * * *")\n`;
  }
  out["include/__init__.py"] = "";
  out["include/base.py"] = "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n";
  return out;
}

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

describe("bundled CLI: warm runs print what --no-cache runs print", () => {
  it("through edits of content (same size and mtime), requirements, runtime, config and renames", async () => {
    const tree = makeTempTree(files());
    trees.push(tree);
    const cache = makeTempTree({});
    trees.push(cache);
    const dir = tree.dir;
    const common = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const compare = async (): Promise<string> => {
      const warm = await run([...common, "--cache", cache.dir]);
      const cold = await run([...common, "--no-cache"]);
      expect(warm.code).toBe(cold.code);
      expect(comparable(warm.stdout)).toEqual(comparable(cold.stdout));
      return warm.stderr;
    };
    // Files written more than the racy window (2 s) before the pack is saved are trusted by the stat index.
    await sleep(2100);
    await compare();
    expect(readdirSync(cache.dir)).toHaveLength(1);
    expect(await compare()).toMatch(/40 files: 40 unchanged by stat, 0 read, 0 to analyse/);
    const sneaky = (rel: string, from: string, to: string) => {
      const path = join(dir, rel);
      const before = statSync(path);
      const text = readFileSync(path, "utf8");
      expect(to.length).toBe(from.length);
      writeFileSync(path, text.replace(from, to));
      utimesSync(path, before.atime, before.mtime);
    };
    sneaky("dags/d0.py", '"d0"', '"d3"'); // a duplicate dag_id, same size, same mtime
    await compare();
    writeFileSync(join(dir, "requirements.txt"), "some-pkg==1.0\n");
    await compare();
    writeFileSync(join(dir, "include/base.py"), "class TeamDag:\n    def __init__(self, *a, **k):\n        pass\n");
    await compare();
    writeFileSync(join(dir, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:3.1-12\n");
    await compare();
    writeFileSync(join(dir, "astro-ci.yaml"), "validate:\n  fail-on: warning\n  checks:\n    tags-required: { level: error, allowed: [t] }\n");
    await compare();
  }, 120_000);

  it("a FIFO where the pack should be: the run neither hangs nor changes its result", async () => {
    const tree = makeTempTree(files());
    trees.push(tree);
    const cache = makeTempTree({});
    trees.push(cache);
    const common = ["validate-dags", tree.dir, "--format", "json", "--dynamic", "off"];
    const cold = await run([...common, "--no-cache"]);
    await run([...common, "--cache", cache.dir]);
    const [pack] = readdirSync(cache.dir);
    rmSync(join(cache.dir, pack as string));
    execFileSync("mkfifo", [join(cache.dir, pack as string)]);
    const warm = await run([...common, "--cache", cache.dir], 30_000);
    expect(warm.killed).toBe(false);
    expect(warm.code).toBe(cold.code);
    expect(comparable(warm.stdout)).toEqual(comparable(cold.stdout));
    expect(warm.stderr).toMatch(/ignoring unreadable cache file .*not a regular file/);
    // Replaced by a pack at the end of the run.
    expect(statSync(join(cache.dir, pack as string)).isFile()).toBe(true);
  }, 120_000);

  it("two processes on the same project and cache at once, then a warm run", async () => {
    const tree = makeTempTree(files());
    trees.push(tree);
    const cache = makeTempTree({});
    trees.push(cache);
    const common = ["validate-dags", tree.dir, "--format", "json", "--dynamic", "off"];
    for (let round = 0; round < 3; round++) {
      writeFileSync(join(tree.dir, "dags", `new${round}.py`), `from airflow import DAG\nwith DAG("new${round}", schedule="@daily"):\n    pass\n`);
      const [one, two] = await Promise.all([run([...common, "--cache", cache.dir]), run([...common, "--cache", cache.dir])]);
      const now = await run([...common, "--no-cache"]);
      expect(comparable(one.stdout)).toEqual(comparable(now.stdout));
      expect(comparable(two.stdout)).toEqual(comparable(now.stdout));
      const after = await run([...common, "--cache", cache.dir]);
      expect(comparable(after.stdout)).toEqual(comparable(now.stdout));
      expect(after.stderr).not.toMatch(/ignoring unreadable cache file|not saved/);
    }
    expect(readdirSync(cache.dir)).toHaveLength(1); // no temporary files left behind
  }, 120_000);
});
