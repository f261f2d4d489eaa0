// The dynamic tier against DAG files that start processes or signal other processes at import: the real harness under
// real python3 and real fork, with the stand-in airflow package (process mechanics only; the same cases against real
// Airflow are in real-airflow-processes.test.ts). Also runImportHarness's restart of a harness that dies mid-run, with
// a scripted runner.
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importResultsToFindings, MAX_HARNESS_RESTARTS, runImportHarness, type FileImportResult, type HarnessRequest, type ProcessRunner } from "../../src/dynamic/run-harness.js";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const harnessPath = join(repoRoot, "src/dynamic/harness/astro_ci_harness.py");
const standin = join(repoRoot, "__tests__/fixtures/dynamic/standin-airflow");

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function harness(dags: Record<string, string>, overrides: Partial<HarnessRequest> = {}, extra: Record<string, string> = {}) {
  const files = Object.fromEntries(Object.entries(dags).map(([name, body]) => [`dags/${name}`, body]));
  const t = makeTempTree({ ...files, ...extra });
  trees.push(t);
  const outcome = await runImportHarness({
    python: "python3",
    harnessPath,
    request: { project_root: t.dir, dags_folder: join(t.dir, "dags"), files: Object.keys(dags).map((n) => join(t.dir, "dags", n)), timeout_seconds: 10, max_workers: 2, stub_lookups: true, integrity_exceptions: [], ...overrides },
    env: { ...process.env, PYTHONPATH: standin },
    timeoutMs: 120_000,
  });
  if (outcome.status !== "ok") throw new Error(`harness: ${outcome.status} ${"message" in outcome ? outcome.message : ""}`);
  const byName = (name: string): FileImportResult => {
    const found = outcome.results.find((r) => r.file.endsWith(`/${name}`));
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };
  return { outcome, byName, root: t.dir };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

const BAD = "from airflow import DAG\nx = 1 / 0\n";
const GOOD = 'from airflow import DAG\nDAG("good")\n';
/** Kills its parent (the warm harness process) the way the harness cannot refuse: a `kill` subprocess. */
const KILLS_PARENT = 'from airflow import DAG\nimport os, subprocess\nsubprocess.run(["kill", "-9", str(os.getppid())])\n';

describe("a DAG file that signals processes it did not start", () => {
  it("is refused Python's os.kill of its parent and of its parent's process group, named on its line, and the other files are imported", async () => {
    const { byName } = await harness(
      {
        "a_kill.py": "from airflow import DAG\nimport os, signal\n\nos.kill(os.getppid(), signal.SIGKILL)\n",
        "b_group.py": "from airflow import DAG\nimport os, signal\ntry:\n    os.killpg(os.getpgid(os.getppid()), signal.SIGTERM)\nexcept OSError:\n    pass\nDAG('after')\n",
        "c_bad.py": BAD,
      },
      { max_workers: 1 },
    );
    expect(byName("a_kill.py")).toMatchObject({ status: "crash", dags: [], import_errors: [{ line: 4, message: expect.stringContaining("sends SIGKILL to its parent process (astro-ci's Airflow process)") }] });
    expect(byName("a_kill.py").import_errors[0]?.message).toContain("os.kill on line 4");
    // Caught by the file, still reported: the scheduler's DAG processor would be gone.
    expect(byName("b_group.py")).toMatchObject({ status: "crash", dags: [], import_errors: [{ line: 4, message: expect.stringContaining("sends SIGTERM to the process group of its parent process") }] });
    expect(byName("c_bad.py")).toMatchObject({ import_errors: [{ message: "ZeroDivisionError: division by zero" }] });
  }, 60_000);

  it("is refused Python's os.kill of another worker, and of every process (-1)", async () => {
    // SIGURG to every process: ignored by default, should the refusal ever fail.
    const siblings = [
      "from airflow import DAG",
      "import os, signal, time",
      "time.sleep(0.5)",
      "for name in os.listdir('/proc'):",
      "    if name.isdigit() and int(name) != os.getpid():",
      "        try:",
      "            ppid = int(open('/proc/%s/stat' % name).read().rsplit(')', 1)[1].split()[1])",
      "        except (OSError, ValueError, IndexError):",
      "            continue",
      "        if ppid == os.getppid():",
      "            os.kill(int(name), signal.SIGKILL)",
    ].join("\n");
    const slow = 'from airflow import DAG\nimport time\ntime.sleep(2)\nDAG("slow")\n';
    const { byName } = await harness({ "a_siblings.py": siblings, "b_slow.py": slow, "c_everyone.py": "from airflow import DAG\nimport os, signal\nos.kill(-1, signal.SIGURG)\n" });
    expect(byName("a_siblings.py")).toMatchObject({ status: "crash", import_errors: [{ line: 11, message: expect.stringContaining("another process importing a DAG file") }] });
    expect(byName("b_slow.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "slow" }] });
    expect(byName("c_everyone.py")).toMatchObject({ status: "crash", import_errors: [{ line: 3, message: expect.stringContaining("every process it may signal") }] });
  }, 60_000);

  it("that kills the warm process another way gets the import-crash; the process is started again and the other files imported", async () => {
    const { outcome, byName, root } = await harness({ "a_kill.py": KILLS_PARENT, "b_bad.py": BAD, "c_good.py": GOOD }, { max_workers: 1 });
    expect(byName("a_kill.py")).toMatchObject({ status: "crash", import_errors: [{ message: expect.stringContaining("the import killed astro-ci's Airflow process") }] });
    expect(byName("a_kill.py").import_errors[0]?.message).toContain("signal SIGKILL");
    expect(byName("b_bad.py")).toMatchObject({ import_errors: [{ message: "ZeroDivisionError: division by zero" }] });
    expect(byName("c_good.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "good" }] });
    expect(outcome).toMatchObject({ status: "ok", airflowVersion: "2.10.3", harnessRestarts: 1 });
    const findings = importResultsToFindings(outcome.results, { repoRoot: root });
    expect(findings.filter((f) => f.file === "dags/a_kill.py")).toEqual([expect.objectContaining({ checkId: "import-crash", severity: "error", fix: expect.stringContaining("do not signal processes at import") })]);
  }, 60_000);

  it("that stops the warm process (SIGSTOP through a `kill` subprocess) does not hang the run: the process is continued and every file imported", async () => {
    const stops = 'from airflow import DAG\nimport os, subprocess\nsubprocess.run(["kill", "-STOP", str(os.getppid())])\nDAG("stopper")\n';
    const { byName } = await harness({ "a_stop.py": stops, "b_good.py": GOOD, "c_bad.py": BAD }, { max_workers: 1 });
    expect(byName("a_stop.py")).toMatchObject({ status: "ok", dags: [expect.objectContaining({ dag_id: "stopper" })] });
    expect(byName("b_good.py")).toMatchObject({ status: "ok", dags: [expect.objectContaining({ dag_id: "good" })] });
    expect(byName("c_bad.py")).toMatchObject({ import_errors: [{ message: "ZeroDivisionError: division by zero" }] });
  }, 60_000);

  it("that kills its parent's whole process group with a `kill` subprocess kills only the harness: astro-ci has a group of its own", async () => {
    // Before, the harness was in astro-ci's own group: this killed the test run itself.
    const { byName } = await harness(
      { "a_group.py": 'from airflow import DAG\nimport os, subprocess\nsubprocess.run(["kill", "-9", "--", "-%d" % os.getpgid(os.getppid())])\n', "b_good.py": GOOD },
      { max_workers: 1 },
    );
    expect(byName("a_group.py")).toMatchObject({ status: "crash", import_errors: [{ message: expect.stringContaining("the import killed astro-ci's Airflow process") }] });
    expect(byName("b_good.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "good" }] });
  }, 60_000);

  it("is found among several files imported at once: those are imported again one at a time", async () => {
    // Both are in flight when the warm process dies: neither is blamed then; imported alone, the killer is.
    const { outcome, byName } = await harness({
      "a_kill.py": `from airflow import DAG\nimport time\ntime.sleep(0.5)\n${KILLS_PARENT.split("\n").slice(1).join("\n")}`,
      "b_slow.py": 'from airflow import DAG\nimport time\ntime.sleep(3)\nDAG("slow")\n',
    });
    expect(byName("a_kill.py")).toMatchObject({ status: "crash", import_errors: [{ message: expect.stringContaining("while this file, and no other, was being imported") }] });
    expect(byName("b_slow.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "slow" }] });
    expect(outcome).toMatchObject({ harnessRestarts: 2 });
  }, 60_000);

  it(`stops starting the warm process again after ${MAX_HARNESS_RESTARTS} deaths: the files left are errors saying they were not checked`, async () => {
    const killers = Object.fromEntries(Array.from({ length: MAX_HARNESS_RESTARTS + 1 }, (_, i) => [`a_kill${i}.py`, KILLS_PARENT]));
    const { outcome, byName, root } = await harness({ ...killers, "b_good.py": GOOD }, { max_workers: 1 });
    expect(outcome).toMatchObject({ harnessRestarts: MAX_HARNESS_RESTARTS });
    for (let i = 0; i < MAX_HARNESS_RESTARTS + 1; i++) expect(byName(`a_kill${i}.py`).import_errors[0]?.message).toContain("the import killed astro-ci's Airflow process");
    expect(byName("b_good.py")).toMatchObject({ status: "crash", dags: [], import_errors: [{ message: expect.stringMatching(/^not checked: astro-ci's Airflow process died 6 times during the run \(signal SIGKILL, the last time while importing dags\/a_kill5\.py\)/) }] });
    const findings = importResultsToFindings(outcome.results, { repoRoot: root });
    expect(findings.find((f) => f.file === "dags/b_good.py")).toMatchObject({ checkId: "import-crash", severity: "error", message: expect.stringMatching(/^not checked: /) });
  }, 120_000);

  it("that kills another worker another way is found beside a decoy worker; the worker it killed is imported again alone", async () => {
    const siblings = [
      "from airflow import DAG",
      "import os, subprocess, time",
      "time.sleep(0.5)",
      "for name in os.listdir('/proc'):",
      "    if name.isdigit() and int(name) != os.getpid():",
      "        try:",
      "            ppid = int(open('/proc/%s/stat' % name).read().rsplit(')', 1)[1].split()[1])",
      "        except (OSError, ValueError, IndexError):",
      "            continue",
      "        if ppid == os.getppid():",
      "            subprocess.run(['kill', '-9', name])",
    ].join("\n");
    const { byName } = await harness({ "a_siblings.py": siblings, "b_slow.py": 'from airflow import DAG\nimport time\ntime.sleep(3)\nDAG("slow")\n' });
    expect(byName("a_siblings.py")).toMatchObject({ status: "crash", import_errors: [{ message: expect.stringContaining("the import kills other processes importing DAG files (SIGKILL)") }] });
    expect(byName("b_slow.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "slow" }] });
  }, 60_000);
});

describe("processes a DAG file's import starts", () => {
  it("are killed when its import ends, also in a session of their own, and what they changed in the project before is reported", async () => {
    // A forked child and a daemon (own session, a double fork) each record their pid, change the project at once,
    // and would change it again after 2 s; the next file takes 4 s to import.
    const starts = [
      "from airflow import DAG",
      "import os, subprocess, sys, time",
      "if os.fork() == 0:",
      "    open('include/fork.pid', 'w').write(str(os.getpid()))",
      "    os.remove('include/victim.txt')",
      "    time.sleep(2)",
      "    open('include/late_fork.txt', 'w').write('x')",
      "    os._exit(0)",
      "subprocess.Popen([sys.executable, 'include/daemon.py'], start_new_session=True)",
      "time.sleep(1.5)",
      'DAG("starts")',
    ].join("\n");
    // A daemon: forks, its parent exits (the orphan is reparented), a session of its own.
    const daemon = [
      "import os, time",
      "if os.fork():",
      "    os._exit(0)",
      "os.setsid()",
      "open('include/daemon.pid', 'w').write(str(os.getpid()))",
      "open('dags/planted.py', 'w').write('x')",
      "time.sleep(2)",
      "open('include/late_daemon.txt', 'w').write('x')",
    ].join("\n");
    const { byName, root } = await harness(
      { "a_starts.py": starts, "b_slow.py": 'from airflow import DAG\nimport time\ntime.sleep(4)\nDAG("slow")\n' },
      {},
      { "include/victim.txt": "v", "include/daemon.py": daemon },
    );
    const pids = ["fork.pid", "daemon.pid"].map((name) => Number(readFileSync(join(root, "include", name), "utf8")));
    expect(pids.every((pid) => pid > 1)).toBe(true);
    for (const pid of pids) expect(alive(pid), `pid ${pid}`).toBe(false);
    expect(existsSync(join(root, "include/late_fork.txt"))).toBe(false);
    expect(existsSync(join(root, "include/late_daemon.txt"))).toBe(false);
    expect(byName("a_starts.py")).toMatchObject({ status: "ok", dags: [{ dag_id: "starts" }] });
    expect(byName("b_slow.py")).toMatchObject({ status: "ok", project_writes: [] });
    const writes = (byName("a_starts.py").project_writes ?? []).map((w) => `${w.action} ${w.path} ${w.line} ${w.process === true}`).sort();
    // The fork is the first process the import started (line 3); the pid files are the processes' own writes too.
    expect(writes).toEqual(["creates dags/planted.py 3 true", "creates include/daemon.pid 3 true", "creates include/fork.pid 3 true", "deletes include/victim.txt 3 true"]);
    const findings = importResultsToFindings([byName("a_starts.py")], { repoRoot: root });
    expect(findings).toContainEqual(expect.objectContaining({ checkId: "import-side-effect", line: 3, message: expect.stringMatching(/^a process started by importing this file \(line 3\) deletes include\/victim\.txt in the project/) }));
  }, 60_000);

  it("started with multiprocessing's spawn method are killed too, and their changes reported", async () => {
    // Python raises no audit event for these (they start through _posixsubprocess.fork_exec).
    const spawns = [
      "from airflow import DAG",
      "import multiprocessing, os, shutil, time",
      "context = multiprocessing.get_context('spawn')",
      "context.Process(target=shutil.copyfile, args=('include/source.txt', 'include/copied.txt')).start()",
      "sleeper = context.Process(target=time.sleep, args=(60,))",
      "sleeper.start()",
      "for _ in range(100):",
      "    if os.path.exists('include/copied.txt'):",
      "        break",
      "    time.sleep(0.1)",
      'DAG("spawns_%d" % sleeper.pid)',
    ].join("\n");
    const { byName } = await harness({ "spawns.py": spawns }, { max_workers: 1 }, { "include/source.txt": "s" });
    const pid = Number(byName("spawns.py").dags[0]?.dag_id.replace("spawns_", ""));
    expect(pid).toBeGreaterThan(1);
    expect(alive(pid)).toBe(false);
    expect(byName("spawns.py").project_writes).toContainEqual({ path: "include/copied.txt", action: "creates", line: 4, process: true });
  }, 60_000);
});

describe("runImportHarness when the harness process dies", () => {
  const request: HarnessRequest = { project_root: "/p", dags_folder: "/p/dags", files: ["/p/dags/a.py", "/p/dags/b.py"], timeout_seconds: 5, max_workers: 1, stub_lookups: true, integrity_exceptions: [] };
  const warm = JSON.stringify({ warm: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag", python: "3.12.1" });
  const ok = (file: string): string => JSON.stringify({ file, status: "ok", import_errors: [], warnings: [], dags: [], duration_ms: 1, excepted: false });
  const done = JSON.stringify({ done: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag", python: "3.12.1" });
  /** A runner playing one scripted run per call: its lines, then how it ended. */
  const scripted = (runs: { lines: string[]; end: { exitCode: number | null; signal?: string } }[]): ProcessRunner & { requests: HarnessRequest[] } => {
    const requests: HarnessRequest[] = [];
    return {
      requests,
      async run(_command, _args, options) {
        requests.push(JSON.parse(options.stdin) as HarnessRequest);
        const run = runs.shift();
        if (!run) throw new Error("no more scripted runs");
        for (const line of run.lines) options.onLine(line);
        return { ...run.end, stderr: "", timedOut: false };
      },
    };
  };

  it("after Airflow was warm: blames the one file in flight and imports the rest in a new run", async () => {
    const runner = scripted([
      { lines: [warm, JSON.stringify({ started: "/p/dags/a.py" })], end: { exitCode: null, signal: "SIGKILL" } },
      { lines: [warm, JSON.stringify({ started: "/p/dags/b.py" }), ok("/p/dags/b.py"), done], end: { exitCode: 0 } },
    ]);
    // Listed in .astro/dag_integrity_exceptions.txt (relative to dags/): the blame is a notice, as the harness's own results.
    const outcome = await runImportHarness({ python: "python3", harnessPath: "h.py", request: { ...request, integrity_exceptions: ["a.py"] }, runner, timeoutMs: 10_000 });
    expect(outcome).toMatchObject({ status: "ok", airflowVersion: "2.10.5", pythonVersion: "3.12.1", harnessRestarts: 1 });
    if (outcome.status !== "ok") return;
    expect(outcome.results.map((r) => [r.file, r.status, r.excepted])).toEqual([["/p/dags/a.py", "crash", true], ["/p/dags/b.py", "ok", false]]);
    expect(runner.requests.map((r) => r.files)).toEqual([["/p/dags/a.py", "/p/dags/b.py"], ["/p/dags/b.py"]]);
  });

  it("a docker run's exit code 137 is a kill too (the container's process got SIGKILL)", async () => {
    const runner = scripted([
      { lines: [warm, JSON.stringify({ started: "/p/dags/a.py" })], end: { exitCode: 137 } },
      { lines: [warm, ok("/p/dags/b.py"), done], end: { exitCode: 0 } },
    ]);
    const outcome = await runImportHarness({ python: "docker", harnessPath: "h.py", request, runner, timeoutMs: 10_000 });
    expect(outcome.status === "ok" && outcome.results[0]?.import_errors[0]?.message).toContain("signal SIGKILL");
  });

  it("before Airflow was warm, or ending on its own: a failure of the harness, no file blamed, nothing restarted", async () => {
    for (const run of [
      { lines: [], end: { exitCode: null, signal: "SIGKILL" } },
      { lines: [warm, JSON.stringify({ started: "/p/dags/a.py" })], end: { exitCode: 1 } },
    ]) {
      const runner = scripted([run]);
      const outcome = await runImportHarness({ python: "python3", harnessPath: "h.py", request, runner, timeoutMs: 10_000 });
      expect(outcome).toMatchObject({ status: "failed", message: expect.stringContaining("the import harness stopped early") });
      expect(runner.requests).toHaveLength(1);
    }
  });

  it("started again, a harness that cannot import Airflow any more leaves the files left not checked, never 'no Airflow'", async () => {
    const runner = scripted([
      { lines: [warm, JSON.stringify({ started: "/p/dags/a.py" })], end: { exitCode: null, signal: "SIGKILL" } },
      { lines: [JSON.stringify({ fatal: "airflow-not-importable", message: "ModuleNotFoundError: No module named 'airflow'" })], end: { exitCode: 3 } },
    ]);
    const outcome = await runImportHarness({ python: "python3", harnessPath: "h.py", request, runner, timeoutMs: 10_000 });
    expect(outcome).toMatchObject({ status: "ok", harnessRestarts: 1 });
    expect(outcome.status === "ok" && outcome.results[1]?.import_errors[0]?.message).toBe(
      "not checked: astro-ci's Airflow process died during the run (while importing dags/a.py) and, started again, failed (ModuleNotFoundError: No module named 'airflow'), so this file was not imported",
    );
  });

  it("a file found afterwards to have killed other imports replaces its first result (amended)", async () => {
    const amended = JSON.stringify({ file: "/p/dags/a.py", status: "crash", import_errors: [{ message: "kills", traceback: "", line: null }], warnings: [], dags: [], amended: true });
    const runner = scripted([{ lines: [warm, ok("/p/dags/a.py"), ok("/p/dags/b.py"), amended, done], end: { exitCode: 0 } }]);
    const outcome = await runImportHarness({ python: "python3", harnessPath: "h.py", request, runner, timeoutMs: 10_000 });
    expect(outcome.status === "ok" && outcome.results.map((r) => [r.file, r.status, "amended" in r])).toEqual([["/p/dags/a.py", "crash", false], ["/p/dags/b.py", "ok", false]]);
  });
});
