// Benchmark of a DAG-only deploy through the Astro API emulator: 20,000 files (~50 MB) in dags/, the bundled CLI from
// process start to finalize, against `tar czf` of the same folder in the same run; peak memory; an unchanged redeploy.
import { build } from "esbuild";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = Number(process.env.BENCH_DEPLOY_FILES ?? 20000);
const emulatorBundle = join(repo, "__tests__", "support", ".astro-emulator.bench.mjs");
await build({ entryPoints: [join(repo, "__tests__/support/astro-emulator.ts")], bundle: true, platform: "node", format: "esm", outfile: emulatorBundle, packages: "external", logLevel: "error" });
const { startAstroEmulator } = await import(pathToFileURL(emulatorBundle).href);
const root = mkdtempSync(join(tmpdir(), "astro-ci-bench-deploy-"));
// checkUploads: false: the emulator does not unpack and hash the 70 MB bundle before answering (the storage side's
// work, not the client's); the entries are read after the timing.
const emulator = await startAstroEmulator({ deployDurationMs: 0, checkUploads: false });

// Async on purpose: the emulator runs in this process and must keep answering while the CLI runs.
function timed(command, args, env = {}) {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (status !== 0) return reject(new Error(`${command} ${args.join(" ")} exited ${status}: ${stderr}`));
      const rss = /astro-ci-maxrss-kb: (\d+)/.exec(stderr);
      resolve({ seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : undefined, stdout });
    });
  });
}

try {
  const project = join(root, "project");
  mkdirSync(join(project, "dags"), { recursive: true });
  writeFileSync(join(project, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const dir = join(project, "dags", `team_${i % 50}`, `area_${i % 7}`);
    if (i < 350) mkdirSync(dir, { recursive: true });
    // ~2.5 KB of varied text per file, so compression has real work to do.
    let body = `from airflow import DAG\nDAG("dag_${i}")\n`;
    for (let k = 0; body.length < 2600; k++) body += `# ${i} ${k} ${Math.sin(i * 31 + k).toString(36)} ${Math.cos(k * 17 + i).toString(36)}\n`;
    writeFileSync(join(dir, `dag_${i}.py`), body);
    bytes += body.length;
  }
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: project });
  execFileSync("git", ["add", "-A"], { cwd: project });
  // gc.auto=0: 20,000 loose objects would start a detached `git gc --auto` that is still writing .git at clean-up.
  execFileSync("git", ["-c", "gc.auto=0", "-c", "user.name=b", "-c", "user.email=b@x", "commit", "-qm", "bench"], { cwd: project });
  const deployment = emulator.addDeployment({ name: "bench" });
  console.log(`project: ${files} files in dags/, ${(bytes / 1024 / 1024).toFixed(1)} MB`);

  const tar = await timed("tar", ["czf", join(root, "ref.tar.gz"), "-C", project, "dags"]);
  const env = { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: emulator.url, ASTRO_ORGANIZATION_ID: emulator.organizationId, ASTRO_CI_PRINT_MAXRSS: "1" };
  const args = [join(repo, "dist", "cli.js"), "deploy", project, "--deployment-id", deployment.id, "--deploy-type", "dags-only", "--no-wait"];
  const first = await timed("node", args, env);
  const uploaded = emulator.uploads.at(-1);
  const again = await timed("node", args, env);
  const uploadsAfter = emulator.uploads.length;
  console.log(`tar czf (reference):        ${tar.seconds.toFixed(2)} s`);
  console.log(`DAG-only deploy:            ${first.seconds.toFixed(2)} s = ${(first.seconds / tar.seconds).toFixed(2)}x reference (target <= 1.5x); ${(uploaded.bytes / 1024 / 1024).toFixed(1)} MB in ${uploaded.requests} requests, ${uploaded.entries.length} entries`);
  console.log(`peak memory (max RSS):      ${first.maxRssMb?.toFixed(0)} MB (target < 300 MB)`);
  console.log(`unchanged redeploy:         ${again.seconds.toFixed(2)} s (target < 1 s), ${uploadsAfter - emulator.uploads.indexOf(uploaded) - 1} uploads: ${again.stdout.trim().split("\n").pop()}`);
} finally {
  await emulator.close();
  rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  rmSync(emulatorBundle, { force: true });
}
