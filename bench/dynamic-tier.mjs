// Benchmark of the dynamic import tier: the harness (Airflow imported once, one fork per DAG file) against importing
// each file in its own fresh Python process, in the same run, with the stand-in airflow package whose import sleeps
// 300 ms (Airflow's own import cost, order of magnitude). Figures only, not a test.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const harness = join(repo, "dist", "astro_ci_harness.py");
const standin = join(repo, "__tests__", "fixtures", "dynamic", "standin-airflow");
const files = Number(process.env.BENCH_DYNAMIC_FILES ?? 200);
const workers = availableParallelism();
const root = mkdtempSync(join(tmpdir(), "astro-ci-bench-dyn-"));
const env = { ...process.env, PYTHONPATH: standin, STANDIN_AIRFLOW_IMPORT_SLEEP_MS: "300" };

try {
  mkdirSync(join(root, "dags"));
  const paths = [];
  for (let i = 0; i < files; i++) {
    const path = join(root, "dags", `dag_${i}.py`);
    writeFileSync(path, `from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nwith DAG("dag_${i}", tags=["bench"]):\n    EmptyOperator(task_id="t")\n`);
    paths.push(path);
  }
  const request = JSON.stringify({ project_root: root, dags_folder: join(root, "dags"), files: paths, timeout_seconds: 30, max_workers: workers, stub_lookups: true, integrity_exceptions: [] });
  let start = process.hrtime.bigint();
  const run = spawnSync("python3", [harness], { input: request, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const harnessSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const results = run.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.file);
  const ownImportMs = results.reduce((n, r) => n + r.duration_ms, 0) / results.length;

  // Reference: one fresh interpreter per file (imports Airflow every time), as many at once as there are cores.
  const script = "import sys; from airflow.models.dagbag import DagBag; DagBag(dag_folder=sys.argv[1])";
  start = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < paths.length) {
        const path = paths[next++];
        await new Promise((resolve) => spawn("python3", ["-c", script, path], { env, stdio: "ignore" }).on("close", resolve));
      }
    }),
  );
  const referenceSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  // What each file costs beyond its own import, once the one-time Airflow import (0.3 s) is taken out.
  const overheadMs = ((harnessSeconds - 0.3) * 1000 * workers) / files - ownImportMs;
  console.log(`files: ${files}, workers: ${workers}, stand-in Airflow import: 300 ms, ${results.length} results`);
  console.log(`harness wall time:            ${harnessSeconds.toFixed(2)} s`);
  console.log(`own import time per file:     ${ownImportMs.toFixed(1)} ms`);
  console.log(`overhead per file:            ${overheadMs.toFixed(1)} ms (target < 20 ms)`);
  console.log(`one process per file:         ${referenceSeconds.toFixed(2)} s`);
  console.log(`speed-up:                     ${(referenceSeconds / harnessSeconds).toFixed(1)}x (target >= 5x)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
