import { describe, expect, it } from "vitest";
import { execFile, spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempDir, makeTempTree } from "../support/temp-dir.js";
// @ts-expect-error -- the benchmark's project generator is plain JavaScript without types
import { generateProject } from "../../bench/generate-project.mjs";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** 48 DAG files of several kinds: clean, Airflow 3 removals (ruff), a syntax error, duplicate dag_ids (tree-sitter). */
function files(): Record<string, string> {
  const out: Record<string, string> = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n" };
  for (let i = 0; i < 48; i++) {
    const kind = i % 4;
    out[`dags/d${i}.py`] =
      kind === 0
        ? `from airflow import DAG\nfrom airflow.operators.dummy import DummyOperator\nwith DAG("d${i}", schedule_interval="@daily", tags=["t"]):\n    DummyOperator(task_id="x")\n`
        : kind === 1
          ? `from airflow.decorators import dag\nimport pendulum\n@dag(dag_id="same", schedule="@hourly", start_date=pendulum.datetime(2024, 1, 1))\ndef f${i}():\n    pass\nf${i}()\n`
          : kind === 2 && i === 10
            ? `from airflow import DAG\nwith DAG("broken" as d:\n    pass\n`
            : `from airflow import DAG\nimport pendulum\nwith DAG("d${i}", schedule="0 ${i % 24} * * *", start_date=pendulum.datetime(2024, 1, 1)):\n    pass\n`;
  }
  return out;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}, timeout = 0): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? ((error as { signal?: string }).signal === "SIGTERM" ? -1 : 1)) : 0, stdout, stderr }),
    ),
  );
}

type Report = { findings: { checkId: string }[]; projects: { dags: unknown[] }[] };

/**
 * The same project validated twice at once, split (with the debug timeline) and on one thread (`--jobs 1`): the
 * split's counts of inventories made by each side, and both reports, after checking they agree exactly.
 */
async function splitAgainstOneThread(dir: string, files: number): Promise<{ split: Report; mainInventories: number; ruffProcessInventories: number }> {
  const common = ["validate-dags", dir, "--format", "json", "--dynamic", "off", "--no-cache"];
  const [split, single] = await Promise.all([run(common, { ASTRO_CI_DEBUG: "1" }), run([...common, "--jobs", "1"])]);
  // The ruff process really ran: it reports how many files each side did.
  const counts = new RegExp(`analysis of ${files} files: main thread (\\d+) inventories in \\d+ ms; ruff process ${files} ruff \\+ (\\d+) inventories`).exec(split.stderr);
  expect(counts, split.stderr.slice(-2000)).not.toBeNull();
  expect(split.code).toBe(1);
  const a = JSON.parse(split.stdout) as Report;
  const b = JSON.parse(single.stdout) as Report;
  expect(a.findings).toEqual(b.findings);
  expect(a.projects[0]?.dags).toEqual(b.projects[0]?.dags);
  return { split: a, mainInventories: Number(counts?.[1]), ruffProcessInventories: Number(counts?.[2]) };
}

describe("the split analyzer (dist/: main thread + one ruff process taking inventories from the back)", () => {
  it("gives exactly the findings and DAGs of the single-threaded analysis", async () => {
    const t = makeTempTree(files());
    try {
      const { split: a } = await splitAgainstOneThread(t.dir, 48);
      expect(a.findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(["syntax-error", "AIR301", "duplicate-dag-id"]));
    } finally {
      t.cleanup();
    }
  }, 120_000);

  it("on a batch big enough for the ruff process to take inventories too, still gives exactly the single-threaded results", async () => {
    // 600 benchmark-like files (~2.5 KB each): ruff is about twice as fast a file as the inventories, so the ruff
    // process normally finishes first and takes inventories from the back; whether it did depends on timing, so the
    // counts are checked to add up rather than to be a given split.
    const t = makeTempDir();
    try {
      generateProject(t.dir, { files: 600, targetBytes: 600 * 2600 });
      const { split, mainInventories, ruffProcessInventories } = await splitAgainstOneThread(t.dir, 600);
      expect(mainInventories + ruffProcessInventories).toBe(600);
      expect(split.projects[0]?.dags).toHaveLength(600);
    } finally {
      t.cleanup();
    }
  }, 120_000);

  it("on big files (sent to the ruff process in full before the main thread starts), still gives exactly the single-threaded results", async () => {
    // 30 files of ~100 KB: files over 64K characters hold all of the text, so the batch takes the send-first path.
    const body = (i: number): string =>
      `from airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\n` +
      Array.from({ length: 1600 }, (_, k) => `def helper_${k}(x, y=None):\n    return {"k${k}": [a * 2 for a in range(x)], "y": y}\n\n`).join("") +
      `with DAG("big_${i}", schedule=${i === 7 ? '"not a schedule"' : '"@daily"'}):\n    BashOperator(task_id="t", bash_command="echo")\n`;
    const t = makeTempTree(Object.fromEntries([["Dockerfile", "FROM quay.io/astronomer/astro-runtime:12.1.0\n"], ...Array.from({ length: 30 }, (_, i) => [`dags/big_${i}.py`, body(i)])]));
    try {
      const { split } = await splitAgainstOneThread(t.dir, 30);
      expect(split.projects[0]?.dags).toHaveLength(30);
      expect(split.findings.map((f) => f.checkId)).toContain("schedule-valid");
    } finally {
      t.cleanup();
    }
  }, 120_000);

  it("a ruff process killed from outside (SIGKILL, as the out-of-memory killer does): the run finishes in one process, says so, and gives the same results", async () => {
    const t = makeTempDir();
    try {
      generateProject(t.dir, { files: 1500, targetBytes: 1500 * 2600 });
      const args = ["validate-dags", t.dir, "--format", "json", "--dynamic", "off", "--no-cache"];
      const cli = spawn(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      let stdout = "";
      cli.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      cli.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => cli.on("close", (code) => resolve(code)));
      // The CLI's child running dist/ruff-lane.js, found through /proc (its parent is the CLI).
      const ruffLane = (): number | undefined =>
        readdirSync("/proc")
          .filter((name) => /^\d+$/.test(name))
          .find((pid) => {
            try {
              const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
              return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === cli.pid && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("ruff-lane.js");
            } catch {
              return false;
            }
          }) as number | undefined;
      let pid: number | undefined;
      for (let tries = 0; pid === undefined && tries < 400; tries++) {
        pid = ruffLane();
        if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(pid, "the CLI started no ruff process").toBeDefined();
      process.kill(Number(pid), "SIGKILL");
      expect(await exited).toBe(1);
      expect(stderr).toMatch(/the static analysis' ruff process ended \(SIGKILL\) \(killed from outside, most often for lack of memory\) before finishing; the rest of the analysis runs in this process instead/);
      expect(stderr).not.toMatch(/internal error|bug in astro-ci/);
      const single = await run([...args, "--jobs", "1"]);
      const a = JSON.parse(stdout) as Report;
      const b = JSON.parse(single.stdout) as Report;
      expect(a.findings).toEqual(b.findings);
      expect(a.projects[0]?.dags).toHaveLength(1500);
      expect(a.projects[0]?.dags).toEqual(b.projects[0]?.dags);
    } finally {
      t.cleanup();
    }
  }, 120_000);

  it("a ruff process that cannot start (its script missing from the install) is worked around: same results, one warning", async () => {
    const copy = makeTempDir();
    const t = makeTempTree(files());
    try {
      cpSync(join(repoRoot, "dist"), copy.dir, { recursive: true });
      rmSync(join(copy.dir, "ruff-lane.js"));
      const args = ["validate-dags", t.dir, "--format", "json", "--dynamic", "off", "--no-cache"];
      const broken = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [join(copy.dir, "cli.js"), ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr })),
      );
      expect(broken.code, broken.stderr).toBe(1);
      expect(broken.stderr).toMatch(/the static analysis' ruff process ended \(code 1\) before finishing: .*Cannot find module.*; the rest of the analysis runs in this process instead/);
      const single = await run([...args, "--jobs", "1"]);
      expect((JSON.parse(broken.stdout) as Report).findings).toEqual((JSON.parse(single.stdout) as Report).findings);
    } finally {
      t.cleanup();
      copy.cleanup();
    }
  }, 120_000);

  it("a ruff process started ahead (--no-cache) but never given work (no DAG file) does not keep the process alive", async () => {
    const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/README.md": "no DAGs yet\n", "include/helper.py": "X = 1\n" });
    try {
      // Killed after 20 s: a ruff process left running would hold this one open for ever.
      const result = await run(["validate-dags", t.dir, "--format", "json", "--dynamic", "off", "--no-cache"], { ASTRO_CI_DEBUG: "1" }, 20_000);
      expect(result.stderr).toMatch(/ruff process started ahead of the analysis/);
      expect(result.stderr).not.toMatch(/analysis of \d+ files/);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { counts: { dags: number } }).counts.dags).toBe(0);
    } finally {
      t.cleanup();
    }
  }, 60_000);
});
