import { afterEach, describe, expect, it } from "vitest";
import { execFile, spawn } from "node:child_process";
import { openSync, closeSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * The bundled CLI (dist/) replays a run nothing can have changed (src/commands/validate-dags-replay.ts): what it
 * prints, to a pipe and to a file, is byte for byte what a full run prints, and every edit a full run would see
 * (a DAG file, a class in include/ other files' DAGs are built from, requirements, the runtime) is seen. Needs
 * `npm run build`.
 */

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(repoRoot, "dist/cli.js");

/** Run the bundle; `debug` turns replay off (a full run); `stdoutFile` makes standard output a file. */
function run(args: string[], options: { debug?: boolean; stdoutFile?: string } = {}): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env };
  if (options.debug) env.ASTRO_CI_DEBUG = "1";
  else delete env.ASTRO_CI_DEBUG;
  if (options.stdoutFile) {
    const path = options.stdoutFile;
    const fd = openSync(path, "w");
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", fd, "ignore"] });
      child.on("exit", (code) => {
        closeSync(fd);
        resolve({ code: code ?? -1, stdout: readFileSync(path, "utf8") });
      });
    });
  }
  return new Promise((resolve) =>
    execFile(process.execPath, [cli, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout })),
  );
}

/** What differs between two reports, readably: counts, the cache's, the Airflow version. */
function summary(stdout: string): unknown {
  const report = JSON.parse(stdout) as { counts: unknown; projects: { cache?: unknown; airflowVersion?: string }[] };
  return { counts: report.counts, cache: report.projects[0]?.cache, airflow: report.projects[0]?.airflowVersion, length: stdout.length };
}

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function files(): Record<string, string> {
  const out: Record<string, string> = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "requirements.txt": "" };
  for (let i = 0; i < 30; i++) {
    out[`dags/d${i}.py`] =
      i % 2 === 0
        ? `from airflow.decorators import dag\nimport some_pkg\n@dag(dag_id="d${i}_ñ_🚀", schedule="@hourly")\ndef f${i}():\n    pass\nf${i}()\n`
        : `from airflow import DAG\nfrom include.base import TeamDag\nd = TeamDag("d${i}", schedule="0 ${i % 24} * * *")\n`;
  }
  out["include/__init__.py"] = "";
  out["include/base.py"] = "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n";
  return out;
}

describe("bundled CLI: a replayed run prints what a full run prints", () => {
  it("to a pipe and to a file, through edits of DAG files, include/, requirements and the runtime", async () => {
    const tree = makeTempTree(files());
    trees.push(tree);
    const cache = makeTempTree({});
    trees.push(cache);
    const out = makeTempTree({});
    trees.push(out);
    const dir = tree.dir;
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off", "--cache", cache.dir];
    // The replay records on disk (name, inode, mtime): a replayed run leaves them as they are, a stored one is new.
    const records = (): string[] =>
      readdirSync(cache.dir)
        .filter((f) => f.startsWith("replay-"))
        .map((f) => {
          const status = statSync(join(cache.dir, f));
          return `${f} ${status.ino} ${status.mtimeMs}`;
        });
    const edits: [string, () => void][] = [
      ["nothing yet", () => undefined],
      ["a DAG file", () => writeFileSync(join(dir, "dags/d1.py"), "from airflow import DAG\nwith DAG('d1' as d:\n")],
      // Other files' DAGs are TeamDag instances: once it is no DAG subclass, they are no DAGs.
      ["include/base.py", () => writeFileSync(join(dir, "include/base.py"), "class TeamDag:\n    pass\n")],
      ["requirements.txt", () => writeFileSync(join(dir, "requirements.txt"), "some-pkg==1.0\n")],
      ["the runtime", () => writeFileSync(join(dir, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:9.1.0\n")],
    ];
    let previous: string | undefined;
    for (const [what, edit] of edits) {
      edit();
      // Past the racy window: a file written within 2 s of a snapshot is never trusted.
      await sleep(2_100);
      await run(args); // the long way: stores the record
      const full = await run(args, { debug: true });
      const stored = records();
      const piped = await run(args);
      const filed = await run(args, { stdoutFile: join(out.dir, "report.json") });
      expect(records(), `${what}: replayed, the record is not written again`).toEqual(stored);
      // Compared as booleans first: a report is too long for a readable diff.
      if (piped.stdout !== full.stdout) expect({ what, piped: summary(piped.stdout), full: summary(full.stdout) }).toBe("the same report");
      expect(piped.stdout === full.stdout, what).toBe(true);
      expect(filed.stdout === full.stdout, what).toBe(true);
      expect([piped.code, filed.code], what).toEqual([full.code, full.code]);
      expect(full.stdout === previous, `${what}: the edit changes the report`).toBe(false);
      previous = full.stdout;
      // The next edit's full run starts from a warm pack, as a replayed run reports itself.
      await run(args, { debug: true });
    }
  }, 120_000);
});
