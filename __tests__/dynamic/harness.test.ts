import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importResultsToFindings, mergeDagInventories, runImportHarness, type FileImportResult, type HarnessRequest } from "../../src/dynamic/run-harness.js";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const harnessPath = join(repoRoot, "src/dynamic/harness/astro_ci_harness.py");
const standin = join(repoRoot, "__tests__/fixtures/dynamic/standin-airflow");

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function project(dags: Record<string, string>, extra: Record<string, string> = {}): { root: string; files: string[] } {
  const files = Object.fromEntries(Object.entries(dags).map(([name, body]) => [`dags/${name}`, body]));
  const t = makeTempTree({ ...files, ...extra });
  trees.push(t);
  return { root: t.dir, files: Object.keys(dags).map((name) => join(t.dir, "dags", name)) };
}

async function harness(dags: Record<string, string>, overrides: Partial<HarnessRequest> = {}, extra: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const p = project(dags, extra);
  const outcome = await runImportHarness({
    python: "python3",
    harnessPath,
    request: { project_root: p.root, dags_folder: join(p.root, "dags"), files: p.files, timeout_seconds: 5, max_workers: 2, stub_lookups: true, integrity_exceptions: [], ...overrides },
    env: { ...process.env, PYTHONPATH: standin, ...env },
    timeoutMs: 60_000,
  });
  const byName = (name: string): FileImportResult => {
    if (outcome.status !== "ok") throw new Error(`harness: ${outcome.status} ${"message" in outcome ? outcome.message : ""}`);
    const found = outcome.results.find((r) => r.file.endsWith(`/${name}`));
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };
  return { outcome, byName, root: p.root };
}

const GOOD = `from airflow import DAG
from airflow.operators.empty import EmptyOperator
with DAG("good", tags=["a"], default_args={"owner": "o", "retries": 2}, schedule="@daily"):
    EmptyOperator(task_id="t1")
    EmptyOperator(task_id="t2")
`;

describe("dynamic import harness (real python3, real fork, stand-in airflow)", () => {
  it("reports DAGs with ids, tags, owner, retries and task ids, importing Airflow once", async () => {
    const { outcome, byName } = await harness({ "good.py": GOOD });
    expect(outcome).toMatchObject({ status: "ok", airflowVersion: "2.10.3", dagbagModule: "airflow.models.dagbag" });
    expect(byName("good.py")).toMatchObject({ status: "ok", import_errors: [], dags: [{ dag_id: "good", tags: ["a"], owner: "o", retries: 2, schedule: "@daily", task_ids: ["t1", "t2"] }] });
  });

  it("maps an import error to the line in the DAG file, also when raised inside a helper module", async () => {
    const { byName } = await harness(
      {
        "direct.py": "from airflow import DAG\n\nx = 1\nraise ValueError('boom')\n",
        "via_helper.py": "from airflow import DAG\nimport helper_mod\n\nhelper_mod.explode()\n",
        "syntax.py": "from airflow import DAG\nwith DAG('x' as d:\n    pass\n",
      },
      {},
      { "dags/helper_mod.py": "def explode():\n    raise RuntimeError('from the helper')\n" },
    );
    expect(byName("direct.py").import_errors[0]).toMatchObject({ message: "ValueError: boom", line: 4 });
    const viaHelper = byName("via_helper.py").import_errors[0];
    expect(viaHelper).toMatchObject({ message: "RuntimeError: from the helper", line: 4 });
    expect(viaHelper?.traceback).toContain("helper_mod.py");
    expect(byName("syntax.py").import_errors[0]?.line).toBe(2);
  });

  it("kills a file that never returns, and still reports the others", async () => {
    const { byName } = await harness({ "hang.py": "from airflow import DAG\nwhile True:\n    pass\n", "good.py": GOOD }, { timeout_seconds: 1 });
    expect(byName("hang.py")).toMatchObject({ status: "timeout" });
    expect(byName("good.py").dags[0]?.dag_id).toBe("good");
  }, 30_000);

  it("turns sys.exit, os._exit and a segfault into per-file results", async () => {
    const { byName } = await harness({
      "exits.py": "from airflow import DAG\nimport sys\nsys.exit(3)\n",
      "hard_exit.py": "from airflow import DAG\nimport os\nos._exit(1)\n",
      "segfault.py": "from airflow import DAG\nimport ctypes\nctypes.string_at(0)\n",
      "good.py": GOOD,
    });
    expect(byName("exits.py").import_errors[0]?.message).toContain("SystemExit");
    expect(byName("hard_exit.py")).toMatchObject({ status: "crash" });
    expect(byName("hard_exit.py").import_errors[0]?.message).toContain("exit code 1");
    expect(byName("segfault.py")).toMatchObject({ status: "crash" });
    expect(byName("segfault.py").import_errors[0]?.message).toContain("SIGSEGV");
    expect(byName("good.py").status).toBe("ok");
  });

  it("reports a file that writes lines of another shape into the result pipe as a crash of that file (a tester's exit 3)", async () => {
    // Every descriptor the import may hold, as the tester's spoof.py did: a result without import_errors, a result
    // naming another file, and plain junk; then it raises. Before, the first line reached the CLI as is and crashed it.
    const spoof = [
      "from airflow import DAG",
      "import json, os",
      "for line in (json.dumps({'file': 'x', 'dags': ['spoofed'], 'errors': {}}), json.dumps({'status': 'ok', 'file': '/etc/passwd', 'import_errors': [], 'warnings': [], 'dags': []}), 'junk'):",
      "    for fd in range(3, 64):",
      "        try:",
      "            os.write(fd, (line + '\\n').encode())",
      "        except OSError:",
      "            pass",
      "raise ValueError('after the spoof')",
    ].join("\n");
    const { outcome, byName } = await harness({ "spoof.py": spoof, "good.py": GOOD });
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    // One result per file sent, each for a file that was sent.
    expect(outcome.results.map((r) => r.file.split("/").pop()).sort()).toEqual(["good.py", "spoof.py"]);
    expect(byName("spoof.py")).toMatchObject({ status: "crash" });
    expect(byName("spoof.py").import_errors[0]?.message).toContain("cannot read");
    expect(byName("good.py")).toMatchObject({ status: "ok" });
    expect(() => importResultsToFindings(outcome.results, { repoRoot: "/" })).not.toThrow();
  });

  it("names closed result pipes, not an exit, when a file closes every descriptor (a tester's os.closerange)", async () => {
    const { byName } = await harness({ "closer.py": "from airflow import DAG\nimport os\nos.closerange(3, 1024)\n", "good.py": GOOD });
    expect(byName("closer.py")).toMatchObject({ status: "crash" });
    expect(byName("closer.py").import_errors[0]?.message).toContain("closed the pipes astro-ci reads its result from");
    expect(byName("good.py")).toMatchObject({ status: "ok" });
  });

  it("gives a sent file the harness reported no readable result for a crash result of its own", async () => {
    const lines = [JSON.stringify({ file: "/p/dags/a.py", status: "ok", import_errors: {}, warnings: [], dags: [] }), JSON.stringify({ done: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag" })];
    const outcome = await runImportHarness({
      python: "python3",
      harnessPath: "unused",
      request: { project_root: "/p", dags_folder: "/p/dags", files: ["/p/dags/a.py"], timeout_seconds: 5, max_workers: 1, stub_lookups: true, integrity_exceptions: [] },
      runner: {
        async run(_command, _args, options) {
          for (const line of lines) options.onLine(line);
          return { exitCode: 0, stderr: "", timedOut: false };
        },
      },
      timeoutMs: 10_000,
    });
    expect(outcome).toMatchObject({ status: "ok", results: [{ file: "/p/dags/a.py", status: "crash" }] });
  });

  it("contains a memory blow-up, 100 MB of output, non-UTF-8 output and a forked grandchild", async () => {
    const marker = `astro-ci-grandchild-${process.pid}`;
    const { byName } = await harness(
      {
        "memory.py": "from airflow import DAG\nblob = bytearray(4 * 1024 ** 3)\n",
        "chatty.py": "from airflow import DAG\nimport sys\nfor _ in range(100):\n    sys.stdout.write('x' * (1024 * 1024))\n",
        "latin.py": "from airflow import DAG\nimport os\nos.write(1, b'caf\\xe9 \\xff\\n')\n",
        "forks.py": `from airflow import DAG\nimport os, time\nif os.fork() == 0:\n    os.execvp('sleep', ['sleep', '300', '${marker}'])\nwhile True:\n    time.sleep(1)\n`,
      },
      { timeout_seconds: 2, memory_limit_mb: 1024 },
    );
    expect(byName("memory.py").import_errors[0]?.message).toContain("MemoryError");
    expect(byName("chatty.py").status).toBe("ok");
    expect(byName("chatty.py").output?.length).toBeLessThan(70 * 1024);
    expect(byName("chatty.py").output).toContain("more bytes of output dropped");
    expect(byName("latin.py").output).toContain("caf\uFFFD");
    expect(byName("forks.py").status).toBe("timeout");
    const leftovers = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((l) => l.includes(marker) && !l.includes("ps -eo"));
    expect(leftovers).toEqual([]);
  }, 60_000);

  it("stops an import whose resident memory passes the limit, and names the limit", async () => {
    // 100 MB at a time (zero-filled, so resident): the parent's watch stops it past 512 MB, well before the address
    // space backstop (4x) would.
    const { byName } = await harness(
      { "grows.py": "from airflow import DAG\nimport time\nblocks = []\nfor _ in range(15):\n    blocks.append(bytearray(100 * 1024 * 1024))\n    time.sleep(0.2)\n", "good.py": GOOD },
      { timeout_seconds: 30, memory_limit_mb: 512, max_workers: 1 },
    );
    expect(byName("grows.py")).toMatchObject({ status: "crash", import_errors: [expect.objectContaining({ message: expect.stringContaining("the import used more than 512 MB of memory and was stopped") })] });
    expect(byName("good.py").status).toBe("ok");
  }, 60_000);

  it("imports files in parallel children", async () => {
    // Each import records when it ran; with four workers, all four imports are in flight at once.
    const sleeper = (id: string) =>
      `from airflow import DAG\nimport os, time\nstart = time.time()\ntime.sleep(1)\nDAG("${id}", tags=[str(start), str(time.time())])\n`;
    const { outcome } = await harness({ "a.py": sleeper("a"), "b.py": sleeper("b"), "c.py": sleeper("c"), "d.py": sleeper("d") }, { max_workers: 4 });
    if (outcome.status !== "ok") throw new Error("harness failed");
    const spans = outcome.results.map((r) => (r.dags[0]?.tags ?? []).map(Number).sort((x, y) => x - y) as [number, number]);
    expect(spans).toHaveLength(4);
    expect(Math.max(...spans.map((s) => s[0]))).toBeLessThan(Math.min(...spans.map((s) => s[1])));
  }, 30_000);

  it("stubs Variable.get, connections and os.getenv so DAGs parse without secrets", async () => {
    const { byName } = await harness({
      "lookups.py": `from airflow import DAG
from airflow.models import Variable
from airflow.hooks.base import BaseHook
import os
value = Variable.get("missing")
conn = BaseHook.get_connection("warehouse")
token = os.getenv("NOT_SET_ANYWHERE")
DAG(f"lookups_{value}_{conn.conn_id}_{token}")
`,
    });
    expect(byName("lookups.py").dags[0]?.dag_id).toBe("lookups_NON_DEFAULT_MOCKED_VARIABLE_VALUE_warehouse_MOCKED_NOT_SET_ANYWHERE_VALUE");
  });

  it("imports each file with the project root as working directory and AIRFLOW_HOME, as Astro's scheduler does (a tester's cwd_read.py)", async () => {
    // The harness starts in this repository (vitest's cwd), not in the project: a relative open() must still find
    // include/cfg.json. The first file moves the working directory away; the next one starts at the root again.
    const reads = 'from airflow import DAG\nimport json, os\nwith open("include/cfg.json") as f:\n    CFG = json.load(f)\nDAG("reads_" + CFG["name"], tags=[os.getcwd(), os.environ["AIRFLOW_HOME"]])\n';
    const { byName, root } = await harness(
      { "a_moves.py": 'from airflow import DAG\nimport os\nos.chdir("/")\nDAG("moves")\n', "b_reads.py": reads },
      { max_workers: 1 },
      { "include/cfg.json": '{"name": "cfg"}' },
    );
    expect(process.cwd()).not.toBe(root);
    expect(byName("a_moves.py").status).toBe("ok");
    expect(byName("b_reads.py")).toMatchObject({ status: "ok", import_errors: [], dags: [{ dag_id: "reads_cfg" }] });
    const [cwd, home] = byName("b_reads.py").dags[0]?.tags ?? [];
    expect(realpathSync(cwd ?? "")).toBe(realpathSync(root));
    expect(home).toBe(root);
  });

  it("says so when Airflow is not importable", async () => {
    const p = project({ "good.py": GOOD });
    const outcome = await runImportHarness({
      python: "python3",
      harnessPath,
      request: { project_root: p.root, dags_folder: join(p.root, "dags"), files: p.files, timeout_seconds: 5, max_workers: 1, stub_lookups: true, integrity_exceptions: [] },
      env: { ...process.env, PYTHONPATH: "" },
      timeoutMs: 30_000,
    });
    expect(outcome).toMatchObject({ status: "airflow-unavailable", message: expect.stringContaining("airflow") });
  });

  it("becomes findings (integrity exceptions as notices) and merges with the static inventory", async () => {
    const { outcome, root } = await harness({ "bad.py": "from airflow import DAG\nraise ValueError('x')\n", "good.py": GOOD }, { integrity_exceptions: ["dags/bad.py"] });
    if (outcome.status !== "ok") throw new Error("harness failed");
    const findings = importResultsToFindings(outcome.results, { repoRoot: root });
    expect(findings).toEqual([expect.objectContaining({ checkId: "import-error", severity: "notice", file: "dags/bad.py", line: 2 })]);
    const merged = mergeDagInventories(
      [{ dagId: "good", file: "dags/good.py", line: 3, definedBy: "with DAG()", schedule: "@daily", tags: { unknown: true, expression: "TAGS" }, owner: undefined, retries: undefined, catchup: undefined, startDate: undefined, taskCount: 0 }],
      outcome.results,
      { repoRoot: root },
    );
    expect(merged[0]).toMatchObject({ dagId: "good", line: 3, tags: ["a"], owner: "o", retries: 2, taskCount: 2 });
  });
});
