import { describe, expect, it } from "vitest";
import { MessageChannel } from "node:worker_threads";
import { armStartWatchdog, createRuffLane, ruffProcessEnvironment, runRuffGuarded, startTimedOut, type RuffLaneReply } from "../../src/dags/analyzer.js";
import { decodeInput, inventoryOf } from "../../src/dags/analyze-file.js";
import { createPythonParser } from "../../src/dags/python-parser.js";
import { loadRuff, runRuff, type RuffDiagnostic } from "../../src/dags/ruff.js";

const files = ["dags/a.py", "dags/b.py", "dags/c.py"];
const texts = [
  'from airflow import DAG\nfrom airflow.operators.dummy import DummyOperator\nwith DAG("a", schedule_interval="@daily"):\n    DummyOperator(task_id="x")\n',
  'from airflow.decorators import dag\n@dag(dag_id="b", schedule="@hourly")\ndef f():\n    pass\nf()\n',
  'from airflow import DAG\nwith DAG("broken" as d:\n    pass\n',
];
const pythonVersions = texts.map(() => "3.12");

// The ruff process's side of the split analysis, run in this process: what the bundle's dist/ruff-lane.js does
// with each request (the e2e test runs the real process).
describe("the ruff process's requests (createRuffLane)", () => {
  it("runs ruff over every file in order, then makes the inventories it is asked for, as the main thread would", async () => {
    const replies: RuffLaneReply[] = [];
    const handle = createRuffLane((reply) => replies.push(reply));
    await handle({ kind: "load" });
    expect(replies.map((r) => r.kind)).toEqual(["compiled"]);
    await handle({ kind: "work", first: 0, total: 3, inputs: texts.map((text, i) => ({ file: files[i] as string, text, pythonVersion: pythonVersions[i] as string })) });
    await loadRuff();
    const ruff = replies.filter((r) => r.kind === "ruff").flatMap((r) => (r.kind === "ruff" ? r.results : []));
    expect(ruff).toEqual(texts.map((t, i) => [i, runRuff(t, "3.12")]));
    expect(ruff[2]?.[1]?.map((d) => d.code)).toContain("syntax-error");
    const done = replies.find((r) => r.kind === "done");
    expect(done).toMatchObject({ kind: "done", ruffCount: 3 });
    expect(done?.kind === "done" && done.rssKb).toBeGreaterThan(0);

    replies.length = 0;
    await handle({ kind: "inventories", indices: [2, 0] });
    const parser = await createPythonParser();
    const expected = [2, 0].map((i) => {
      const decoded = decodeInput({ file: files[i] as string, bytes: new TextEncoder().encode(texts[i]), pythonVersion: "3.12" });
      if (!("text" in decoded)) throw new Error("undecodable");
      return [i, inventoryOf(decoded, parser)];
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.kind === "inventories" && replies[0].results).toEqual(expected);
    expect((replies[0]?.kind === "inventories" && replies[0].results[1]?.[1].dags.map((d) => d.dagId)) || []).toEqual(["a"]);
  });

  it("gives ruff no file too deep for its stack, nor makes its inventory: it answers null, for the deep-files thread", async () => {
    const replies: RuffLaneReply[] = [];
    const handle = createRuffLane((reply) => replies.push(reply));
    // Deeper than SAFE_NESTING and than this stack allows ruff (a 3,000-term chain overflows ruff's wasm, corrupting it).
    const deep = `# airflow dag\nx = ${Array(3000).fill("a").join(" >> ")}\n`;
    const inputs = [texts[0] as string, deep, texts[1] as string].map((text, i) => ({ file: `dags/f${i}.py`, text, pythonVersion: "3.12" }));
    await handle({ kind: "work", first: 0, total: 3, inputs });
    const ruff = replies.filter((r) => r.kind === "ruff").flatMap((r) => (r.kind === "ruff" ? r.results : []));
    expect(ruff.map(([i, d]) => [i, d === null])).toEqual([[0, false], [1, true], [2, false]]);
    // Ruff still works after it: it never saw the deep file.
    expect(ruff[2]?.[1]).toEqual(runRuff(texts[1] as string, "3.12"));
    replies.length = 0;
    await handle({ kind: "inventories", indices: [2, 1, 0] });
    expect(replies[0]?.kind === "inventories" && replies[0].results.map(([i]) => i)).toEqual([2, 0]);
  });

  it("refuses inventories asked for before the work came", async () => {
    const handle = createRuffLane(() => undefined);
    await expect(handle({ kind: "inventories", indices: [0] })).rejects.toThrow(/before the work was sent/);
  });
});

describe("the ruff process's start watchdog (armStartWatchdog)", () => {
  it("does not take a process for stuck when its ready message came while this thread was busy past the timeout", async () => {
    // The process's "compiled" stands for a message a port delivers (read by the event loop, as the process's channel
    // is); this thread then stays busy past the timeout, as on one file of thousands of DAGs. The expired timer runs
    // before the message is read: judging there killed a process that had started long before.
    const { port1, port2 } = new MessageChannel();
    let started = false;
    const received = new Promise<void>((resolve) => port1.once("message", () => resolve(void (started = true))));
    const stuck: string[] = [];
    let disarm = (): void => undefined;
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        disarm = armStartWatchdog(() => started, () => stuck.push("stuck"), 5);
        port2.postMessage("compiled");
        const busyUntil = performance.now() + 50;
        while (performance.now() < busyUntil);
        resolve();
      }),
    );
    await received;
    await new Promise((resolve) => setTimeout(resolve, 20));
    disarm();
    port1.close();
    expect(started).toBe(true);
    expect(stuck).toEqual([]);
  });

  it("calls a process that never says it is ready stuck, once, and nothing after it is disarmed", async () => {
    const stuck: string[] = [];
    await new Promise<void>((resolve) => armStartWatchdog(() => false, () => resolve(void stuck.push("stuck")), 5));
    expect(stuck).toEqual(["stuck"]);
    const disarm = armStartWatchdog(() => false, () => stuck.push("again"), 5);
    disarm();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stuck).toEqual(["stuck"]);
  });

  it("says the process was stopped for not getting ready in time, not that it lacked memory", () => {
    const { message } = startTimedOut();
    expect(message).toBe("the static analysis' ruff process had not made ruff ready after 30 s and was stopped");
    expect(message).not.toMatch(/memory/);
    expect(startTimedOut(5_000).message).toContain("after 5 s");
  });
});

describe("the ruff process's environment", () => {
  it("keeps what Node needs to start (the loader's paths, PATH, temp dir, locale) and nothing else", () => {
    const env = ruffProcessEnvironment({ PATH: "/usr/bin", LD_LIBRARY_PATH: "/opt/lib", LD_PRELOAD: "/opt/shim.so", TMPDIR: "/tmp", LANG: "C.UTF-8", GITHUB_TOKEN: "ghs_x", INPUT_ASTRO_API_TOKEN: "t", ASTRO_API_TOKEN: "t", HOME: "/root", AWS_SECRET_ACCESS_KEY: "k", NODE_OPTIONS: "--require /tmp/x.js" });
    expect(env).toEqual({ PATH: "/usr/bin", LD_LIBRARY_PATH: "/opt/lib", LD_PRELOAD: "/opt/shim.so", TMPDIR: "/tmp", LANG: "C.UTF-8" });
  });
});

describe("ruff in this process (runRuffGuarded)", () => {
  it("never gives ruff a file above the nesting bound, and after a stack overflow never calls this process's ruff again", () => {
    const files = ["x = 1\n", `x = ${Array(3000).fill("a").join(" >> ")}\n`, "y = 2\n", "boom = 1\n", "z = 3\n"].map((text, i) => ({ file: `f${i}.py`, text, pythonVersion: "3.12" }));
    const seen: string[] = [];
    const fakeRuff = (text: string): RuffDiagnostic[] => {
      seen.push(text);
      // A stack overflow the bound did not foresee: this ruff is corrupt from here on.
      if (text.startsWith("boom")) throw new RangeError("Maximum call stack size exceeded");
      return [];
    };
    const ruff = files.map(() => undefined as RuffDiagnostic[] | undefined);
    expect(runRuffGuarded(fakeRuff, files, ruff)).toEqual([1, 3, 4]);
    expect(seen).toEqual(["x = 1\n", "y = 2\n", "boom = 1\n"]);
    // A later batch: every file goes the deep way, none to the corrupt ruff.
    seen.length = 0;
    expect(runRuffGuarded(fakeRuff, [files[0] as (typeof files)[number]], [undefined])).toEqual([0]);
    expect(seen).toEqual([]);
  });
});
