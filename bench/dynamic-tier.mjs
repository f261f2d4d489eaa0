// Benchmarks of the dynamic import tier. Figures only, not a test.
//
// 1. REAL AIRFLOW (the figure that counts): on a project of real Airflow 2.10 DAG files (classic operators, task
//    groups and sensors, TaskFlow with mapped tasks, loop-generated DAGs, factory-built DAGs), the dynamic tier's
//    harness (Airflow imported and warmed once, forked workers) against ONE python3 process running Airflow's own
//    `DagBag(dag_folder=…, include_examples=False)` over the same files, measured side by side in the same run
//    (interleaved, median of BENCH_DYNAMIC_RUNS runs). Needs ASTRO_CI_TEST_PYTHON: a python3 that imports Airflow;
//    prints a skip line otherwise.
// 2. MECHANICS (stand-in Airflow, a test double whose import sleeps 300 ms): the harness against one fresh Python
//    per file. It measures our process plumbing only, never Airflow.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateAirflowProject } from "./airflow-dag-project.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
// The harness as it is in the sources (the bundle ships a copy of this file).
const harness = join(repo, "src", "dynamic", "harness", "astro_ci_harness.py");
const workers = availableParallelism();
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Run a process to its end; resolves with wall seconds and stdout. */
function timed(command, args, { env, input }) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ["pipe", "pipe", "ignore"] });
    let stdout = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ wall: seconds(start), stdout, code }));
    child.stdin.end(input ?? "");
  });
}

async function realAirflow() {
  const python = process.env.ASTRO_CI_TEST_PYTHON;
  if (!python) {
    console.log("real Airflow: SKIPPED — set ASTRO_CI_TEST_PYTHON to a python3 that imports Airflow (e.g. a venv with apache-airflow==2.10.5)");
    return;
  }
  const probe = spawnSync(python, ["-c", "import airflow, sys; sys.stdout.write(airflow.__version__)"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.log(`real Airflow: SKIPPED — ASTRO_CI_TEST_PYTHON=${python} cannot import airflow`);
    return;
  }
  const files = Number(process.env.BENCH_DYNAMIC_FILES ?? 150);
  const runs = Number(process.env.BENCH_DYNAMIC_RUNS ?? 3);
  const root = mkdtempSync(join(tmpdir(), "astro-ci-bench-real-"));
  const home = join(root, ".airflow-home");
  try {
    const paths = generateAirflowProject(root, files);
    mkdirSync(home);
    const env = { ...process.env, PYTHONPATH: [root, join(root, "dags"), process.env.PYTHONPATH].filter(Boolean).join(":"), AIRFLOW_HOME: process.env.AIRFLOW_HOME ?? home, AIRFLOW__CORE__LOAD_EXAMPLES: "False" };
    const request = JSON.stringify({ project_root: root, dags_folder: join(root, "dags"), files: paths, timeout_seconds: 30, max_workers: workers, stub_lookups: true, integrity_exceptions: [] });
    const dagbag = `import sys\nfrom airflow.models.dagbag import DagBag\nbag = DagBag(dag_folder=sys.argv[1], include_examples=False)\nprint(len(bag.dags), len(bag.import_errors))`;
    const importOnly = "import airflow.models.dagbag";
    const tier = [];
    const reference = [];
    const imports = [];
    let last;
    let referenceCounts;
    for (let i = 0; i < runs; i++) {
      const ref = await timed(python, ["-c", dagbag, join(root, "dags")], { env });
      reference.push(ref.wall);
      referenceCounts = ref.stdout.trim().split("\n").pop();
      const ours = await timed(python, [harness], { env, input: request });
      tier.push(ours.wall);
      last = ours.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
      imports.push((await timed(python, ["-c", importOnly], { env })).wall);
    }
    const results = last.filter((r) => r.file);
    const done = last.find((r) => r.done) ?? {};
    const dags = results.reduce((n, r) => n + r.dags.length, 0);
    const errors = results.filter((r) => r.import_errors.length).length;
    const T = median(tier);
    const R = median(reference);
    const I = median(imports);
    const ownMs = results.reduce((n, r) => n + r.duration_ms, 0) / results.length;
    console.log(`real Airflow ${probe.stdout.trim()}: ${files} DAG files (${dags} DAGs, ${errors} import errors; Airflow's DagBag: ${referenceCounts} DAGs/errors), ${workers} workers, median of ${runs}`);
    console.log(`  python3 importing Airflow only:            ${I.toFixed(2)} s   (the fixed cost both pay)`);
    console.log(`  Airflow's DagBag, one process (reference): ${R.toFixed(2)} s   = ${(((R - I) * 1000) / files).toFixed(1)} ms per file beyond the import`);
    console.log(`  dynamic tier (harness, forked workers):    ${T.toFixed(2)} s   = ${(((T - I) * 1000) / files).toFixed(1)} ms per file beyond the import (warm-up ${done.warm_up_ms ?? "?"} ms, each file's own import ${ownMs.toFixed(1)} ms)`);
    console.log(`  per-file overhead against the reference:  ${(((T - R) * 1000) / files).toFixed(1)} ms (negative: faster)`);
    console.log(`  ratio:                                     ${(T / R).toFixed(2)}x Airflow's own DagBag (target <= 1.0x)`);
    console.log(`  all runs, tier: ${tier.map((t) => t.toFixed(2)).join(" ")} s; reference: ${reference.map((t) => t.toFixed(2)).join(" ")} s`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function mechanics() {
  const standin = join(repo, "__tests__", "fixtures", "dynamic", "standin-airflow");
  const files = Number(process.env.BENCH_DYNAMIC_STANDIN_FILES ?? 200);
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
    const run = await timed("python3", [harness], { env, input: request });
    const results = run.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.file);
    // Reference: one fresh interpreter per file (imports the stand-in every time), as many at once as there are cores.
    const script = "import sys; from airflow.models.dagbag import DagBag; DagBag(dag_folder=sys.argv[1])";
    const start = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < paths.length) {
          const path = paths[next++];
          await new Promise((resolve) => spawn("python3", ["-c", script, path], { env, stdio: "ignore" }).on("close", resolve));
        }
      }),
    );
    const referenceSeconds = seconds(start);
    const overheadMs = ((run.wall - 0.3) * 1000 * workers) / files;
    console.log(`MECHANICS ONLY (stand-in airflow test double, import sleeps 300 ms; not Airflow): ${files} files, ${results.length} results`);
    console.log(`  harness wall time:            ${run.wall.toFixed(2)} s; plumbing per file ${overheadMs.toFixed(1)} ms (target < 20 ms)`);
    console.log(`  one process per file:         ${referenceSeconds.toFixed(2)} s (${(referenceSeconds / run.wall).toFixed(1)}x slower; target >= 5x)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await realAirflow();
await mechanics();
