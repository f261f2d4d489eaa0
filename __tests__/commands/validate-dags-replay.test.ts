import { afterEach, describe, expect, it, vi } from "vitest";
import { spawn, execFileSync } from "node:child_process";
import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openReplay, type ReplayInputs, type ReplayScope } from "../../src/commands/validate-dags-replay.js";
import { makeTempTree } from "../support/temp-dir.js";

// The replay record's life on its own (the CLI's use of it is in __tests__/cli/validate-dags-replay.test.ts).

const trees: { dir: string; cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));
const tree = (files: Record<string, string>): string => {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
};
/** Past the racy window: a path written within 2 s before a snapshot is never trusted. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 2_100));

function setup(): { scope: ReplayScope; inputs: ReplayInputs; project: string } {
  const project = tree({ "dags/a.py": "a = 1\n", "dags/b.py": "b = 1\n", Dockerfile: "FROM x\n" });
  const cacheDir = tree({});
  return { scope: { cacheDir, key: { args: ["validate-dags"] }, day: "2026-11-30" }, inputs: { folders: [project], files: [join(project, "..", "astro-ci.yaml")], skipPaths: [cacheDir] }, project };
}

/** Store a record of `output` for `scope` the way a run does; returns the record file's path. */
function storeRecord(scope: ReplayScope, inputs: ReplayInputs, output = "r"): string {
  const s = openReplay(scope);
  s.begin(inputs);
  expect(s.finish({ output, stderr: "", exitCode: 0 })).toBe(true);
  const [record] = readdirSync(scope.cacheDir).filter((f) => f.startsWith("replay-"));
  return join(scope.cacheDir, record as string);
}

describe("openReplay", () => {
  it("replays what was stored when nothing changed, and not on another day or after a change made past the snapshot", async () => {
    const { scope, inputs, project } = setup();
    await settle();
    const first = openReplay(scope);
    expect(first.replayed).toBeUndefined();
    first.begin(inputs);
    // Changed after the inputs were stated, before the run read it: the stored snapshot must not vouch for it.
    writeFileSync(join(project, "dags/a.py"), "a = 2\n");
    expect(first.finish({ output: "report ✓\n", stderr: "warning: x\n", exitCode: 1 })).toBe(true);
    expect(openReplay(scope).replayed).toBeUndefined();

    await settle();
    const second = openReplay(scope);
    second.begin(inputs);
    expect(second.finish({ output: "report ✓\n", stderr: "warning: x\n", exitCode: 1 })).toBe(true);
    const third = openReplay(scope);
    expect(third.replayed && { ...third.replayed, output: Buffer.from(third.replayed.output).toString("utf8") }).toEqual({ output: "report ✓\n", stderr: "warning: x\n", exitCode: 1 });
    expect(openReplay({ ...scope, day: "2026-12-01" }).replayed).toBeUndefined();
    expect(openReplay({ ...scope, key: { args: ["validate-dags", "--format", "json"] } }).replayed).toBeUndefined();
  }, 15_000);

  it("says which inputs changed since the stored run (the CLI starts ruff early for a changed .py), and nothing when replayed", async () => {
    const { scope, inputs, project } = setup();
    expect(openReplay(scope).changed).toBeUndefined(); // nothing stored: nothing to compare with
    await settle();
    storeRecord(scope, inputs);
    const same = openReplay(scope);
    expect(same.replayed).toBeDefined();
    expect(same.changed).toBeUndefined();
    writeFileSync(join(project, "dags/b.py"), "b = 2  # edited\n");
    const edited = openReplay(scope);
    expect(edited.replayed).toBeUndefined();
    expect(edited.changed).toEqual([join(project, "dags/b.py")]);
  }, 15_000);

  it("tells during the lookup, once, of the first Python file changed or added since the stored run, and of nothing else", async () => {
    const { scope, inputs, project } = setup();
    const told = (): number => {
      let calls = 0;
      openReplay(scope, Date.now, { onPythonFileChanged: () => calls++ });
      return calls;
    };
    expect(told()).toBe(0); // nothing stored: nothing to compare with
    await settle();
    storeRecord(scope, inputs);
    expect(told()).toBe(0);
    // Not a Python file: the run may go the long way, but it will not analyse for it.
    writeFileSync(join(project, "Dockerfile"), "FROM y\n");
    expect(told()).toBe(0);
    await settle();
    storeRecord(scope, inputs);
    writeFileSync(join(project, "dags/b.py"), "b = 2  # edited\n");
    writeFileSync(join(project, "dags/c.py"), "c = 1\n");
    expect(told()).toBe(1);
    await settle();
    storeRecord(scope, inputs);
    writeFileSync(join(project, "dags/d.py"), "d = 1\n");
    expect(told()).toBe(1);
  }, 20_000);

  it("stores a report given in parts as the text they make", async () => {
    const { scope, inputs } = setup();
    await settle();
    const s = openReplay(scope);
    s.begin(inputs);
    expect(s.finish({ output: ['{"r":', '"✓😀"', "}", "\n"], stderr: "", exitCode: 1 })).toBe(true);
    const replayed = openReplay(scope).replayed;
    expect(replayed && Buffer.from(replayed.output).toString("utf8")).toBe('{"r":"✓😀"}\n');
  }, 15_000);

  it("past maxPaths, says so for the day instead of stating the inputs on every run", async () => {
    const { scope, inputs } = setup();
    const small = { ...scope, maxPaths: 2 };
    const first = openReplay(small);
    first.begin(inputs);
    expect(first.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(false);
    const records = readdirSync(scope.cacheDir).filter((f) => f.startsWith("replay-"));
    expect(records).toHaveLength(1);
    const marker = readFileSync(join(scope.cacheDir, records[0] as string));
    // The next run of the day does not try (a larger limit would let it: the marker decides, not the limit).
    const second = openReplay({ ...scope, maxPaths: 1_000 });
    second.begin(inputs);
    expect(second.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(false);
    expect(readFileSync(join(scope.cacheDir, records[0] as string))).toEqual(marker);
    // The next day tries again.
    const nextDay = openReplay({ ...scope, day: "2026-12-01", maxPaths: 1_000 });
    nextDay.begin(inputs);
    expect(nextDay.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(true);
  });

  it("a record from another command line or a damaged one is no record; a cache folder that cannot be written stores nothing", () => {
    const { scope, inputs } = setup();
    const recordPath = storeRecord(scope, inputs);
    const bytes = readFileSync(recordPath);
    for (const damaged of [bytes.subarray(0, 10), Buffer.concat([bytes, Buffer.from("x")]), Buffer.from([0xff, 0xff, 0xff, 0xff])]) {
      writeFileSync(recordPath, damaged);
      expect(openReplay(scope).replayed).toBeUndefined();
    }
    const blocked = join(tree({ file: "x" }), "file", "cache");
    const b = openReplay({ ...scope, cacheDir: blocked });
    b.begin(inputs);
    expect(b.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(false);
  });

  it("a FIFO where the record should be is no record and never blocks the run; the next record replaces it", async () => {
    const { scope, inputs } = setup();
    const path = storeRecord(scope, inputs);
    rmSync(path);
    execFileSync("mkfifo", [path]);
    // A writer that opens the FIFO after 3 s: a reader blocked on it (the regression) is freed then, so this test
    // fails by its time instead of hanging the worker.
    const writer = spawn("sh", ["-c", 'sleep 3; : > "$1"', "sh", path], { stdio: "ignore" });
    const exited = new Promise((r) => writer.on("exit", r));
    try {
      const started = Date.now();
      const lookup = openReplay(scope);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(lookup.replayed).toBeUndefined();
      lookup.begin(inputs);
      expect(lookup.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(true);
      expect(lstatSync(path).isFile()).toBe(true);
    } finally {
      await exited;
    }
  }, 15_000);

  it("the folders validation reads are stated even when they look like a virtualenv or node_modules (dags/pyvenv.cfg)", async () => {
    const { scope, inputs, project } = setup();
    writeFileSync(join(project, "dags", "pyvenv.cfg"), "home = /usr/bin\n");
    await settle();
    const s = openReplay(scope);
    s.begin(inputs);
    expect(s.finish({ output: "r", stderr: "", exitCode: 0 })).toBe(true);
    expect(openReplay(scope).replayed).toBeDefined();
    writeFileSync(join(project, "dags", "a.py"), "a = 3\n");
    expect(openReplay(scope).replayed).toBeUndefined();
  }, 15_000);

  it("a symlink planted at the record's temporary name is not written through (a leftover with this pid goes too)", async () => {
    const { scope, inputs } = setup();
    await settle();
    const recordPath = storeRecord(scope, inputs);
    const victim = join(tree({ "victim.txt": "keep me\n" }), "victim.txt");
    symlinkSync(victim, `${recordPath}.${process.pid}.tmp`);
    const again = openReplay(scope);
    again.begin(inputs);
    expect(again.finish({ output: "r2", stderr: "", exitCode: 0 })).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe("keep me\n");
    expect(lstatSync(recordPath).isFile()).toBe(true);
    expect(Buffer.from(openReplay(scope).replayed?.output ?? []).toString("utf8")).toBe("r2");
  }, 15_000);

  it("a large file where the record should be (a symlink to a log, say) is not read into memory: the head has a bounded size", () => {
    const { scope, inputs } = setup();
    const path = storeRecord(scope, inputs);
    // A sparse file of 1 GiB whose first 4 bytes claim a head of 900 MiB.
    const head = Buffer.alloc(4);
    head.writeUInt32LE(900 * 2 ** 20, 0);
    writeFileSync(path, head);
    truncateSync(path, 2 ** 30);
    const original = Buffer.alloc.bind(Buffer);
    // Refused rather than made: the test must not take the memory it checks is not taken.
    const alloc = vi.spyOn(Buffer, "alloc").mockImplementation((size: number) => {
      if (size > 2 ** 27) throw new RangeError(`test: refused to allocate ${size} bytes`);
      return original(size);
    });
    try {
      expect(openReplay(scope).replayed).toBeUndefined();
      expect(alloc.mock.calls.map(([size]) => size).filter((size) => size > 2 ** 27)).toEqual([]);
    } finally {
      alloc.mockRestore();
    }
  });
});
