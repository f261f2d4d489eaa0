// Benchmark of `astro-ci validate-dags` (the bundled CLI) against CPython compiling the same files, in one run.
// Three scenarios (cold, warm with nothing changed, warm with one file changed), each repeated side by side with
// the reference (BENCH_REPEAT, default 3) and summarised as medians: on a shared machine only same-run ratios mean
// anything. Static tier only (`--dynamic off`): the dynamic tier has its own benchmark. Not a test: figures only.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, appendFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg, availableParallelism } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProject } from "./generate-project.mjs";
import { build } from "esbuild";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(repo, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first");
  process.exit(2);
}
const files = Number(process.env.BENCH_FILES ?? 2000);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const root = mkdtempSync(join(tmpdir(), "astro-ci-bench-"));
const project = join(root, "project");

// CPU time (user + system, all threads) as well as wall time, through GNU time where there is one: on a loaded
// machine CPU time shifts far less than wall time does.
const gnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%U", "true"]).status === 0 ? "/usr/bin/time" : undefined;

/** The command line that runs `command` under GNU time, where there is one. */
const underTime = (command, args) => (gnuTime ? [gnuTime, ["-f", "bench-cpu: %U %S", command, ...args]] : [command, args]);
/** User + system CPU seconds (all threads) as GNU time reported them in `stderr`; undefined without GNU time. */
function cpuSeconds(stderr) {
  const cpu = /bench-cpu: ([\d.]+) ([\d.]+)/.exec(stderr ?? "");
  return cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
}

function timed(command, args, env = {}, cwd = undefined) {
  const start = process.hrtime.bigint();
  const [file, argv] = underTime(command, args);
  const result = spawnSync(file, argv, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    console.error(result.stderr);
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}`);
  }
  const rss = /astro-ci-maxrss-kb: (\d+)/.exec(result.stderr ?? "");
  return { seconds, cpu: cpuSeconds(result.stderr), maxRssMb: rss ? Number(rss[1]) / 1024 : undefined, stdout: result.stdout, stderr: result.stderr };
}

/** `timed`, without blocking: for runs measured side by side (both started at once). */
function timedAsync(command, args, env = {}, cwd = undefined) {
  const start = process.hrtime.bigint();
  const [file, argv] = underTime(command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (status !== 0) return reject(new Error(`${command} ${args.join(" ")} exited ${status}: ${stderr}`));
      resolve({ seconds, cpu: cpuSeconds(stderr) });
    });
  });
}

/**
 * How fast each core runs one fixed single-threaded loop (pinned with taskset, where there is one), in seconds.
 * On a shared virtual machine the cores need not be equal: a split run is only as fast as the slower core lets it be.
 */
function coreSpeeds(cores) {
  if (spawnSync("taskset", ["-c", "0", "true"]).status !== 0) return undefined;
  const loop = "let s = 0; for (let i = 0; i < 3e8; i++) s = (s + i * 7) % 1000003; if (s < 0) console.log(s);";
  const seconds = [];
  for (let core = 0; core < cores; core++) seconds.push(timed("taskset", ["-c", String(core), "node", "-e", loop]).seconds);
  return seconds;
}

/**
 * The phases of a cold run, in milliseconds, from the time stamps of its debug log (every stamp counts from the
 * process's start): start-up, project loading and reading, analysis, checks, cache save, report, and exit (the run's
 * wall time after the report was written). Undefined when a stamp is missing (the log changed): the bench says so.
 */
function coldPhases(run) {
  const log = run.stderr ?? "";
  const stamp = (re) => {
    const m = re.exec(log);
    return m ? Number(m[1]) : undefined;
  };
  const validation = stamp(/validation starts (\d+) ms after the process did/);
  const analysis = stamp(/analysis of \d+ files starts \((\d+) ms since start\)/);
  const analysed = stamp(/: \d+ files analysed \((\d+) ms\)/);
  const checked = stamp(/: checks done, .*\((\d+) ms\)/);
  const saved = stamp(/: cache saved \((\d+) ms since start\)/);
  const written = stamp(/report written \((\d+) ms since start\)/);
  const stamps = [validation, analysis, analysed, checked, saved, written];
  if (stamps.some((s) => s === undefined)) return undefined;
  const analysedAt = validation + analysed;
  const checkedAt = validation + checked;
  // The CLI saves the cache while it makes and writes the report: the save's stamp may come after the report's, and
  // then only what the report did not hide counts as the save's.
  const savedFirst = saved <= written;
  return {
    "start-up (node, modules, config)": validation,
    "project, stat, read, decode": analysis - validation,
    "analysis (ruff + tree-sitter + walk)": analysedAt - analysis,
    "checks and judging": checkedAt - analysedAt,
    "cache save (beyond the report)": savedFirst ? saved - checkedAt : saved - written,
    "report (format, write)": written - (savedFirst ? saved : checkedAt),
    "exit (ruff process, handles)": run.seconds * 1000 - Math.max(saved, written),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const { bytes } = generateProject(project, { files });
  const touchable = readdirSync(join(project, "dags", "team_0")).filter((f) => f.endsWith(".py")).sort();
  console.log(`project: ${files} DAG files, ${(bytes / 1024 / 1024).toFixed(2)} MB; ${repeat} repetitions; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

  // Reference: CPython's own parser+compiler over the same files, one interpreter.
  const compileScript = [
    "import sys, pathlib",
    "n = 0",
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):",
    "    compile(p.read_bytes(), str(p), 'exec')",
    "    n += 1",
    "print(n)",
  ].join("\n");
  // The interpreter itself: a `python3` on PATH may be a launcher (pyenv's shim is a shell script that costs ~0.4 s
  // per start here), which would inflate the reference with time that is not CPython compiling.
  const python = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim() || "python3";
  console.log(`reference interpreter: ${python}`);
  const reference = () => timed(python, ["-c", compileScript, join(project, "dags")]);

  // Floors, for what no design of this tool can go under: Node starting and ruff-wasm's set-up in a fresh process
  // (compile + the lazy compilation of the functions a first check runs), as the CLI loads it.
  const ruffFloorScript = [
    'import { setFlagsFromString } from "node:v8";',
    'setFlagsFromString("--liftoff-only");',
    'const m = await import("@astral-sh/ruff-wasm-nodejs");',
    'setFlagsFromString("--no-liftoff-only");',
    "const ruff = m.Workspace ? m : m.default;",
    'const ws = new ruff.Workspace({ "target-version": "py312", "output-prefer-rule-codes": true, lint: { select: ["AIR"], preview: true } }, ruff.PositionEncoding.Utf16);',
    'ws.check("from airflow import DAG\\n");',
  ].join("\n");

  // The two engines alone over every file, each on one thread, in a fresh process (set-up included): with two cores,
  // their sum halved is the least a cold run can take with these engines, whatever the rest of the design.
  const listFiles = [
    'import { readdirSync, readFileSync } from "node:fs";',
    'import { join } from "node:path";',
    "const texts = [];",
    "const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.py')) texts.push(readFileSync(p, 'utf8')); } };",
    "walk(process.argv[1]);",
  ];
  const ruffAllScript = [...listFiles, ...ruffFloorScript.split("\n").filter((l) => !l.startsWith("ws.check")), "for (const t of texts) ws.check(t);"].join("\n");
  const treeSitterSetUp = [
    ...listFiles,
    'import { Parser, Language, Query } from "web-tree-sitter";',
    'import { createRequire } from "node:module";',
    "const require = createRequire(import.meta.url);",
    'await Parser.init({ locateFile: () => join(require.resolve("web-tree-sitter"), "..", "tree-sitter.wasm") });',
    'const parser = new Parser(); parser.setLanguage(await Language.load(readFileSync(require.resolve("tree-sitter-python/tree-sitter-python.wasm"))));',
  ];
  const treeSitterAllScript = [...treeSitterSetUp, "for (const t of texts) parser.parse(t).delete();"].join("\n");

  // Tree-sitter's parse plus the least reading of its trees an inventory needs: one query, run inside the wasm,
  // capturing the imports, calls with their keyword arguments, decorators, with blocks, definitions, assignments and
  // `>>` dependencies (~190 nodes a bench file), each capture's span read in JavaScript. A walk over web-tree-sitter's
  // node objects costs about as much per node read: this is what any inventory built on this engine's JavaScript API
  // pays on top of the parse, however its walk is written.
  const treeSitterReadScript = [
    ...treeSitterSetUp,
    "const query = new Query(parser.language, " +
      JSON.stringify(
        [
          "(import_statement) @import",
          "(import_from_statement) @import",
          "(call function: (_) @fn arguments: (argument_list) @args) @call",
          "(keyword_argument name: (identifier) @kw value: (_) @value)",
          "(decorator) @decorator",
          "(with_statement) @with",
          "(function_definition name: (identifier) @def)",
          "(assignment left: (_) @lhs right: (_) @rhs)",
          '(binary_operator left: (_) @l operator: [">>" "<<"] right: (_) @r) @dep',
        ].join("\n"),
      ) +
      ");",
    "let spans = 0;",
    "for (const t of texts) { const tree = parser.parse(t); for (const c of query.captures(tree.rootNode)) spans += c.node.endIndex - c.node.startIndex; tree.delete(); }",
    "if (spans === 0) throw new Error('the query read nothing');",
  ].join("\n");

  // The whole tree-sitter lane as the tool runs it (decode, parse, our DAG inventory walk, free the tree), one thread,
  // bundled from src/ the way build.mjs bundles it. With two cores, (ruff lane + this lane) / 2 is the least a cold
  // run can take with these engines, whatever the scheduling: ruff cannot be split without paying its set-up twice.
  const inventoryEntry = join(root, "inventory-lane.ts");
  writeFileSync(
    inventoryEntry,
    [
      `import { decodeInput, inventoryOf } from ${JSON.stringify(join(repo, "src", "dags", "analyze-file.ts"))};`,
      `import { createPythonParser } from ${JSON.stringify(join(repo, "src", "dags", "python-parser.ts"))};`,
      'import { readdirSync, readFileSync } from "node:fs";',
      'import { join } from "node:path";',
      "const files: { file: string; bytes: Uint8Array }[] = [];",
      "const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.py')) files.push({ file: p, bytes: readFileSync(p) }); } };",
      "walk(process.argv[2]);",
      `const parser = await createPythonParser({ wasmDir: ${JSON.stringify(join(repo, "dist"))} });`,
      "let dags = 0;",
      "for (const f of files) { const d = decodeInput({ ...f, pythonVersion: '3.12' }); if ('text' in d) dags += inventoryOf(d, parser).dags.length; }",
      "if (dags === 0) throw new Error('the inventory lane found no DAGs');",
    ].join("\n"),
  );
  const inventoryBundle = join(root, "inventory-lane.mjs");
  await build({ entryPoints: [inventoryEntry], outfile: inventoryBundle, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "warning", banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' } });

  // The least any design that re-checks every file can do on a warm run: stat each file and print a report already
  // made (no analysis, no checks, no report building). What "nothing changed" could reach by replaying stored output.
  const replayScript = [
    'import { readdirSync, statSync, readFileSync, writeSync } from "node:fs";',
    'import { join } from "node:path";',
    "const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else statSync(p); } };",
    "walk(process.argv[1]);",
    "const report = readFileSync(process.argv[2]);",
    "for (let o = 0; o < report.length; ) o += writeSync(1, report, o, Math.min(1 << 20, report.length - o));",
  ].join("\n");
  const storedReport = join(root, "stored-report.json");

  const scenarios = ["cold", "coldOneThread", "oneChanged", "unchanged", "unchangedFull", "unchangedText", "node", "ruff", "ruffAll", "treeSitterAll", "treeSitterRead", "inventoryAll", "lanesBeside", "replay"];
  const wall = Object.fromEntries(["python", ...scenarios].map((k) => [k, []]));
  const wallRatio = Object.fromEntries(scenarios.map((k) => [k, []]));
  const cpuRatio = Object.fromEntries(scenarios.map((k) => [k, []]));
  let peakMb = 0;
  const cores = availableParallelism();
  /** Per repetition: CPU time of the two lanes run side by side, over the cores, as a ratio to the reference. */
  const besideBound = [];
  const speeds = coreSpeeds(Math.min(cores, 2));
  /** Milliseconds of each phase of a cold run, per repetition. */
  const phases = {};
  let report;
  for (let rep = 0; rep < repeat; rep++) {
    const cache = join(root, `cache-${rep}`);
    const args = [cli, "validate-dags", project, "--format", "json", "--dynamic", "off", "--cache", cache];
    const run = (env = {}) => {
      const r = timed("node", args, { ASTRO_CI_PRINT_MAXRSS: "1", ...env });
      peakMb = Math.max(peakMb, r.maxRssMb ?? 0);
      return r;
    };
    // The reference runs next to the scenarios, so each ratio compares runs seconds apart.
    const python1 = reference();
    const cold = run();
    if (!report) {
      report = JSON.parse(cold.stdout);
      writeFileSync(storedReport, cold.stdout);
    }
    // The same cold run on one thread (--jobs 1: ruff and tree-sitter in turn on the main thread, into a cache of its
    // own): the whole work done serially. Against it, the split run shows how much of the work the two lanes overlap.
    const coldOneThread = timed("node", [...args.map((a) => (a === cache ? `${cache}-one-thread` : a)), "--jobs", "1"]);
    const unchanged = run();
    // The same run the long way (ASTRO_CI_DEBUG turns the replay of an unchanged run off): what a run that cannot be
    // replayed (a fresh checkout, the action) costs with every analysis in the cache.
    const unchangedFull = run({ ASTRO_CI_DEBUG: "1" });
    // The CLI's default report (text, 0.8 MB where the JSON is 5.9 MB): the first run stores its record, the second
    // replays it.
    const textArgs = args.map((a) => (a === "json" ? "text" : a));
    timed("node", textArgs);
    const unchangedText = timed("node", textArgs);
    const python2 = reference();
    // One existing DAG file changed (a different one each repetition).
    appendFileSync(join(project, "dags", "team_0", touchable[rep % touchable.length]), "\n# touched\n");
    const oneChanged = run();
    // Where a cold run's wall time goes, from its own debug log (ASTRO_CI_DEBUG=1: the same run, with time stamps).
    const debugCold = timed("node", [...args.map((a) => (a === cache ? `${cache}-phases` : a))], { ASTRO_CI_DEBUG: "1" });
    const phaseTimes = coldPhases(debugCold);
    if (phaseTimes) for (const [name, ms] of Object.entries(phaseTimes)) (phases[name] ??= []).push(ms);
    const node = timed("node", ["-e", "0"]);
    const ruff = timed("node", ["--input-type=module", "-e", ruffFloorScript], {}, repo);
    const replay = timed("node", ["--input-type=module", "-e", replayScript, join(project, "dags"), storedReport]);
    const ruffAll = timed("node", ["--input-type=module", "-e", ruffAllScript, join(project, "dags")], {}, repo);
    const treeSitterAll = timed("node", ["--input-type=module", "-e", treeSitterAllScript, join(project, "dags")], {}, repo);
    const treeSitterRead = timed("node", ["--input-type=module", "-e", treeSitterReadScript, join(project, "dags")], {}, repo);
    const inventoryAll = timed("node", [inventoryBundle, join(project, "dags")], {}, repo);
    // The same two lanes started together, as two processes: what each costs while the other runs (on two cores
    // they share caches, memory bandwidth and V8's background threads, and one core may be slower than the other).
    const [ruffBeside, inventoryBeside] = await Promise.all([
      timedAsync("node", ["--input-type=module", "-e", ruffAllScript, join(project, "dags")], {}, repo),
      timedAsync("node", [inventoryBundle, join(project, "dags")], {}, repo),
    ]);
    const lanesBeside = {
      seconds: Math.max(ruffBeside.seconds, inventoryBeside.seconds),
      cpu: ruffBeside.cpu !== undefined && inventoryBeside.cpu !== undefined ? ruffBeside.cpu + inventoryBeside.cpu : undefined,
    };
    // Perfect sharing of that work over the cores (the split's work stealing at its best) cannot beat CPU / cores.
    // Less one Node start-up: the CLI starts one process where the lanes start two.
    if (lanesBeside.cpu !== undefined && node.cpu !== undefined) besideBound.push((lanesBeside.cpu - node.cpu) / Math.min(cores, 2) / ((python1.seconds + python2.seconds) / 2));
    const python = { seconds: (python1.seconds + python2.seconds) / 2, cpu: python1.cpu !== undefined ? (python1.cpu + python2.cpu) / 2 : undefined };
    wall.python.push(python.seconds);
    const measured = { cold, coldOneThread, oneChanged, unchanged, unchangedFull, unchangedText, node, ruff, ruffAll, treeSitterAll, treeSitterRead, inventoryAll, lanesBeside, replay };
    for (const key of scenarios) {
      wall[key].push(measured[key].seconds);
      wallRatio[key].push(measured[key].seconds / python.seconds);
      if (python.cpu && measured[key].cpu !== undefined) cpuRatio[key].push(measured[key].cpu / python.cpu);
    }
    console.log(
      `  run ${rep + 1}: python3 ${python.seconds.toFixed(2)} s; cold ${cold.seconds.toFixed(2)} s, ` +
        `warm one changed ${oneChanged.seconds.toFixed(2)} s, warm unchanged ${unchanged.seconds.toFixed(2)} s (not replayed ${unchangedFull.seconds.toFixed(2)} s)`,
    );
  }

  const labels = {
    cold: ["cold validate-dags:", "<= 2.0x"],
    coldOneThread: ["  the same on one thread (--jobs 1)", "-"],
    oneChanged: ["warm, one file changed:", "<= 0.5x"],
    unchanged: ["warm, nothing changed (replayed):", "<= 0.3x"],
    unchangedFull: ["warm, nothing changed, long way:", "-"],
    unchangedText: ["  the same, text report, replayed:", "<= 0.3x"],
    node: ["floor: node -e 0", "-"],
    ruff: ["floor: ruff-wasm set-up, 1 file", "-"],
    ruffAll: ["floor: ruff-wasm, all files, 1 thread", "-"],
    treeSitterAll: ["floor: tree-sitter, all, 1 thread", "-"],
    treeSitterRead: ["floor: tree-sitter + query read, 1 thread", "-"],
    inventoryAll: ["floor: inventory lane, all, 1 thread", "-"],
    lanesBeside: ["floor: both lanes at once, 2 procs", "-"],
    replay: ["floor: stat files, print report", "-"],
  };
  console.log(`findings: ${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.dags} DAGs (report v${report.reportVersion})`);
  console.log(`${"python3 compile (reference):".padEnd(33)} ${median(wall.python).toFixed(2)} s`);
  for (const key of scenarios) {
    const [label, target] = labels[key];
    const cpu = cpuRatio[key].length ? `, CPU time ${median(cpuRatio[key]).toFixed(2)}x` : "";
    console.log(`${label.padEnd(33)} ${median(wall[key]).toFixed(2)} s = ${median(wallRatio[key]).toFixed(2)}x reference${cpu} (medians of ratios; target ${target})`);
  }
  const phaseNames = Object.keys(phases);
  if (phaseNames.length === 0) console.log("cold run phases: not measured (the debug log's time stamps were not found)");
  else {
    const total = phaseNames.reduce((sum, name) => sum + median(phases[name]), 0);
    console.log(`where a cold run's wall time goes (medians of ASTRO_CI_DEBUG=1 runs; the reference is ${(median(wall.python) * 1000).toFixed(0)} ms):`);
    for (const name of phaseNames) {
      const ms = median(phases[name]);
      console.log(`  ${name.padEnd(38)} ${ms.toFixed(0).padStart(5)} ms = ${(ms / 1000 / median(wall.python)).toFixed(2)}x reference (${((ms / total) * 100).toFixed(0)}%)`);
    }
  }
  console.log(`${"peak memory (max RSS):".padEnd(33)} ${peakMb.toFixed(0)} MB (target < 300 MB; the main process, or it and its ruff process together while both ran)`);
  // How much the two lanes overlap: the same work on one thread over the split run (2.0 would be all of it in parallel).
  console.log(`${"cold speed-up of the split:".padEnd(33)} ${median(wall.coldOneThread.map((t, i) => t / wall.cold[i])).toFixed(2)}x on ${availableParallelism()} cores (one thread / split, wall)`);
  // What the floors say about each target on this machine: a target under its bound cannot be met by any design
  // that keeps these engines (cold, one changed) or re-reads its stored findings (nothing changed).
  // Two one-thread lanes run side by side: their sum over the cores (at most two lanes), per repetition, then the median.
  const twoLanes = (a, b) => median(wallRatio[a].map((r, i) => (r + wallRatio[b][i]) / Math.min(cores, 2)));
  const coldBound = twoLanes("ruffAll", "inventoryAll");
  // The engines alone (ruff's and tree-sitter's parse, no walk of ours): what a design with both engines but an
  // inventory costing nothing could reach. Below the target, the cold target is not out of reach for the engines.
  const enginesBound = twoLanes("ruffAll", "treeSitterAll");
  // The engines and the least reading of tree-sitter's trees (treeSitterReadScript): what a design with both engines
  // and an inventory walk as cheap as a query could reach, before its own start-up, reading, checks and report.
  const readingBound = twoLanes("ruffAll", "treeSitterRead");
  const bounds = [
    ["cold", `(ruff lane + inventory lane) / ${Math.min(cores, 2)} cores`, coldBound, 2.0, "with these engines and today's inventory walk"],
    ...(besideBound.length
      ? [["cold, side by side", `CPU of both lanes run at once / ${Math.min(cores, 2)} cores, less one Node start`, median(besideBound), 2.0, "with these engines and today's inventory walk, on this machine"]]
      : []),
    ["cold, engines", `(ruff lane + tree-sitter's parse alone) / ${Math.min(cores, 2)} cores`, enginesBound, 2.0, "with these engines"],
    ["cold, reading", `(ruff lane + tree-sitter's parse and a query's read) / ${Math.min(cores, 2)} cores`, readingBound, 2.0, "with these engines read through web-tree-sitter's JavaScript API"],
    ["one file changed", "ruff-wasm set-up for one file", median(wallRatio.ruff), 0.5, "with ruff-wasm"],
    ["nothing changed", "stat files, print a stored report", median(wallRatio.replay), 0.3, "for any design that stats every file"],
  ];
  if (speeds) console.log(`${"core speeds (one loop, pinned):".padEnd(33)} ${speeds.map((t, i) => `cpu${i} ${t.toFixed(2)} s`).join(", ")} (a split run waits for the slower)`);
  console.log(`lower bounds on this machine (${cores} cores):`);
  for (const [scenario, what, bound, target, unreachable] of bounds) {
    console.log(`  ${scenario.padEnd(17)} >= ${bound.toFixed(2)}x (${what}); target ${target}x ${bound > target ? `is below this bound: out of reach ${unreachable}` : "is above this bound"}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
