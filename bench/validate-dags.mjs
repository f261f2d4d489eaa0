// Benchmark of `astro-ci validate-dags` (the bundled CLI) against CPython compiling the same files, in one run.
// Prints cold and warm wall times, peak memory, and the ratios to the reference. Not a test: figures only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, appendFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProject } from "./generate-project.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(repo, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first");
  process.exit(2);
}
const files = Number(process.env.BENCH_FILES ?? 2000);
const root = mkdtempSync(join(tmpdir(), "astro-ci-bench-"));
const project = join(root, "project");
const cache = join(root, "cache");

function timed(command, args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    console.error(result.stderr);
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}`);
  }
  const rss = /astro-ci-maxrss-kb: (\d+)/.exec(result.stderr ?? "");
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : undefined, stdout: result.stdout };
}

try {
  const { bytes } = generateProject(project, { files });
  console.log(`project: ${files} DAG files, ${(bytes / 1024 / 1024).toFixed(2)} MB (${project})`);

  // Reference: CPython's own parser+compiler over the same files, one interpreter.
  const compileScript = [
    "import sys, pathlib",
    "n = 0",
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):",
    "    compile(p.read_bytes(), str(p), 'exec')",
    "    n += 1",
    "print(n)",
  ].join("\n");
  const python = timed("python3", ["-c", compileScript, join(project, "dags")]);

  const args = [cli, "validate-dags", project, "--format", "json", "--cache", cache];
  const cold = timed("node", args, { ASTRO_CI_PRINT_MAXRSS: "1" });
  const report = JSON.parse(cold.stdout);
  appendFileSync(join(project, "dags", "team_0", "dag_0.py"), "\n# touched\n");
  const warm = timed("node", args, { ASTRO_CI_PRINT_MAXRSS: "1" });

  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(`findings: ${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.dags} DAGs`);
  console.log(`python3 compile (reference): ${python.seconds.toFixed(2)} s`);
  console.log(`cold validate-dags:          ${cold.seconds.toFixed(2)} s  = ${ratio(cold.seconds, python.seconds)}x reference (target <= 1.0x)`);
  console.log(`warm (1 file changed):       ${warm.seconds.toFixed(2)} s  = ${ratio(warm.seconds, python.seconds)}x reference (target < 0.1x)`);
  console.log(`peak memory (max RSS):       cold ${cold.maxRssMb?.toFixed(0)} MB, warm ${warm.maxRssMb?.toFixed(0)} MB (target < 500 MB)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
