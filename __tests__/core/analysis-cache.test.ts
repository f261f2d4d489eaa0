import { afterEach, describe, expect, it } from "vitest";
import { appendFileSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { serialize } from "node:v8";
import {
  ANALYSIS_ENGINES,
  analysisKey,
  contentHash,
  createStatIndexSession,
  openAnalysisCache,
} from "../../src/dags/analysis-cache.js";
import type { FileAnalysis } from "../../src/dags/analyze-file.js";
import type { JudgedRecord } from "../../src/dags/analysis-records.js";
import { defaultCacheDir } from "../../src/util/cache-dir.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const analysis = (file: string): FileAnalysis => ({ file, ruff: [{ code: "AIR301", message: "m", line: 1, column: 1, endLine: 1, endColumn: 2 }] });
const words = { airflow: true, dag: true, asset: false };
/** A whole judged record (analysis-records.ts) with one finding saying `message`. */
const judgedRecord = (message: string, checkId = "c"): JudgedRecord => ({ findings: [{ checkId, severity: "warning", message, file: "dags/a.py", line: 1, fix: "f" }], dags: [], suppressions: { lines: {} } });
/** The one pack in `dir`, its bytes rewritten by `edit` (on their latin1 text: the pack's entries are ASCII). */
const editPack = (dir: string, edit: (text: string) => string): void => {
  const [pack] = readdirSync(dir).filter((n) => n.endsWith(".v8"));
  const path = join(dir, pack as string);
  const before = readFileSync(path).toString("latin1");
  const after = edit(before);
  expect(after).not.toBe(before);
  expect(after).toHaveLength(before.length);
  writeFileSync(path, Buffer.from(after, "latin1"));
};
/** A clock far enough ahead that files written by the test are outside the racy window. */
const later = { now: () => Date.now() + 60_000 };

describe("analysis cache", () => {
  const trees: { cleanup(): void }[] = [];
  afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));
  const temp = (files: Record<string, string> = {}) => {
    const t = makeTempTree(files);
    trees.push(t);
    return t;
  };

  it("keys by content and Python version, survives a save/open cycle, one pack per project", async () => {
    const t = temp();
    const hash = contentHash(new TextEncoder().encode("x = 1\n"));
    expect(contentHash(new TextEncoder().encode("x = 2\n"))).not.toBe(hash);
    const key = analysisKey(hash, "3.12");
    expect(analysisKey(hash, "3.11")).not.toBe(key);

    const first = await openAnalysisCache(t.dir, "/repo/proj", new RecordingLogger());
    expect(first?.get(key)).toBeUndefined();
    first?.set(key, analysis("dags/a.py"));
    await first?.save();
    expect(readdirSync(t.dir)).toEqual([expect.stringMatching(/^analysis-[0-9a-f]{16}\.v8$/)]);

    const second = await openAnalysisCache(t.dir, "/repo/proj", new RecordingLogger());
    expect(second?.get(key)).toEqual({ ruff: analysis("x").ruff });
    expect(second?.get(analysisKey(hash, "3.11"))).toBeUndefined();
    expect(second?.stats).toEqual({ hits: 1, misses: 1 });
    expect((await openAnalysisCache(t.dir, "/repo/other", new RecordingLogger()))?.get(key)).toBeUndefined();
  });

  it("serves an entry written earlier in the same run, also in a run that opened no pack (the DAG diff's base tree, a helper module asked for again)", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "/repo/proj", new RecordingLogger());
    const key = analysisKey(contentHash(new TextEncoder().encode("x = 1\n")), "3.12");
    expect(cache?.get(key)).toBeUndefined();
    cache?.set(key, analysis("dags/a.py"));
    expect(cache?.get(key)).toEqual({ ruff: analysis("x").ruff });
    cache?.setJudged("j", judgedRecord("fresh"));
    expect(cache?.getJudged("j")?.findings[0]?.message).toBe("fresh");
    expect(cache?.stats).toEqual({ hits: 2, misses: 1 });
  });

  it("keeps any text through a save/open cycle: non-ASCII, astral characters, lone surrogates, in analyses and judged records", async () => {
    const t = temp();
    const text = "tâche → 😀 \u007f \ud800 日本";
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("x", { file: "f", ruff: [{ code: "AIR301", message: text, line: 1, column: 1, endLine: 1, endColumn: 2 }] });
    cache?.setJudged("j", judgedRecord(text));
    await cache?.save();
    const reopened = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(reopened?.get("x")?.ruff[0]?.message).toBe(text);
    expect(reopened?.getJudged("j")?.findings[0]?.message).toBe(text);
    // Written back unread (keep) and unchanged: the next open still has both.
    const third = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    third?.keep("x");
    expect(third?.getJudged("j")).toBeDefined();
    third?.set("y", analysis("y"));
    await third?.save();
    const fourth = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(fourth?.get("x")?.ruff[0]?.message).toBe(text);
    expect(fourth?.getJudged("j")?.findings).toHaveLength(1);
  });

  it("a pack cut short inside its blob is damaged: ignored with a warning, never read past its end", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("x", analysis("a"));
    await cache?.save();
    const [pack] = readdirSync(t.dir);
    const path = join(t.dir, pack as string);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 5));
    const logger = new RecordingLogger();
    expect((await openAnalysisCache(t.dir, "p", logger))?.get("x")).toBeUndefined();
    expect(logger.messages.some((m) => m.level === "warning" && m.message.includes("truncated or corrupt"))).toBe(true);
  });

  it("a save removes other projects' packs unused for 30 days and crash leftovers, nothing else", async () => {
    const t = temp({
      "analysis-00000000000000aa.v8": "old pack",
      "analysis-00000000000000bb.v8": "recent pack",
      "analysis-00000000000000aa.v8.123.tmp": "crashed save",
      "notes.txt": "not ours",
      "analysis-old-name.v8": "not a pack name",
    });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    for (const name of ["analysis-00000000000000aa.v8", "notes.txt", "analysis-old-name.v8"]) utimesSync(join(t.dir, name), daysAgo(40), daysAgo(40));
    utimesSync(join(t.dir, "analysis-00000000000000bb.v8"), daysAgo(10), daysAgo(10));
    utimesSync(join(t.dir, "analysis-00000000000000aa.v8.123.tmp"), daysAgo(2), daysAgo(2));
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("x", analysis("a"));
    await cache?.save();
    const left = readdirSync(t.dir).sort();
    expect(left).toContain("analysis-00000000000000bb.v8");
    expect(left).toContain("notes.txt");
    expect(left).toContain("analysis-old-name.v8");
    expect(left).not.toContain("analysis-00000000000000aa.v8");
    expect(left).not.toContain("analysis-00000000000000aa.v8.123.tmp");
    expect(left.filter((n) => /^analysis-[0-9a-f]{16}\.v8$/.test(n))).toHaveLength(2);
  });

  it("writes packs of many megabytes of new entries (through its reused buffer), and mixes carried-over bytes with new ones", async () => {
    const t = temp();
    // 3,000 entries of ~1.5 KB: several fillings of the 1 MiB buffer, one entry bigger than it, entries of every size.
    const message = (i: number): string => `${"m".repeat(1000 + (i % 997))}-${i}`;
    const entry = (i: number): FileAnalysis => ({ file: "f", ruff: [{ code: "AIR301", message: message(i), line: i, column: 1, endLine: i, endColumn: 2 }] });
    const first = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i++) first?.set(`k${i}`, entry(i));
    first?.setJudged("big", judgedRecord("b".repeat(1.5 * 2 ** 20)));
    await first?.save();

    // Every other entry kept as stored, one changed, one new: runs of the old blob around new texts.
    const second = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i += 2) second?.keep(`k${i}`);
    second?.set("k1500", entry(-1));
    second?.set("new", entry(7));
    expect(second?.getJudged("big")?.findings[0]?.message).toHaveLength(1.5 * 2 ** 20);
    await second?.save();

    const third = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i += 2) expect(third?.get(`k${i}`)?.ruff[0]?.message).toBe(i === 1500 ? message(-1) : message(i));
    expect(third?.get("k1")).toBeUndefined();
    expect(third?.get("new")?.ruff[0]?.message).toBe(message(7));
    expect(third?.getJudged("big")).toEqual(judgedRecord("b".repeat(1.5 * 2 ** 20)));
    expect(third?.stats.misses).toBe(1);
  });

  it("a save is under way before it first yields: the caller may go on and await it later", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("x", analysis("a"));
    const saving = cache?.save();
    // Its folder made and its temporary file created before the save's first await comes back.
    await Promise.resolve();
    expect(readdirSync(t.dir).some((n) => n.endsWith(".tmp"))).toBe(true);
    await saving;
    expect(readdirSync(t.dir)).toEqual([expect.stringMatching(/^analysis-[0-9a-f]{16}\.v8$/)]);
    expect((await openAnalysisCache(t.dir, "p", new RecordingLogger()))?.get("x")).toBeDefined();
  });

  it("hands out only whole judged records: one of another shape (damaged, planted), not JSON, or naming a text the pack's table lacks reads as absent, and is no hit", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.setJudged("whole", judgedRecord("m"));
    cache?.setJudged("shape", { findings: [{ message: "m" }] } as unknown as JudgedRecord);
    cache?.setJudged("severity", judgedRecord("m", "SEVERITY"));
    cache?.setJudged("text", judgedRecord("m", "NOT-JSON"));
    cache?.setJudged("index", judgedRecord("m", "INDEX"));
    await cache?.save();
    editPack(t.dir, (text) =>
      text
        .replace('"checkId":"SEVERITY","severity":"warning"', '"checkId":"SEVERITY","severity":"warnin!"')
        .replace('"NOT-JSON"', "{not json!")
        // The finding's message as the index of a string the table does not have.
        .replace(/("checkId":"INDEX","severity":"warning","message":)(\d+)/, (_m, head: string, at: string) => head + "9".repeat(at.length)),
    );
    const reopened = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (const key of ["shape", "severity", "text", "index"]) expect(reopened?.getJudged(key)).toBeUndefined();
    expect(reopened?.stats.hits).toBe(0);
    expect(reopened?.getJudged("whole")?.findings[0]?.message).toBe("m");
    expect(reopened?.stats.hits).toBe(1);
  });

  it("judged records share their findings' texts through the pack's string table: the same record back, key order kept, new texts appended to what carried-over records use", async () => {
    const t = temp();
    const record = (message: string, file: string): JudgedRecord => ({
      findings: [
        { checkId: "c", severity: "warning", message, file, line: 2, column: 1, fix: "do this" },
        { checkId: "d", severity: "error", file, dagId: "x", line: 1, message: "shared", fix: "do this" },
      ],
      dags: [],
      suppressions: { lines: {} },
      starNameReads: [{ checkId: "undefined-name", severity: "error", message: "name 'y' is not defined", file, line: 3 }],
    });
    const first = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    first?.setJudged("a", record("tâche → 😀", "dags/a.py"));
    await first?.save();
    const second = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(JSON.stringify(second?.getJudged("a"))).toBe(JSON.stringify(record("tâche → 😀", "dags/a.py")));
    second?.setJudged("b", record("日本 \ud800", "dags/b.py"));
    await second?.save();
    // "shared" and "do this" are stored once.
    const [pack] = readdirSync(t.dir);
    expect(readFileSync(join(t.dir, pack as string)).toString("latin1").split('"do this"')).toHaveLength(2);
    const third = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(JSON.stringify(third?.getJudged("a"))).toBe(JSON.stringify(record("tâche → 😀", "dags/a.py")));
    expect(JSON.stringify(third?.getJudged("b"))).toBe(JSON.stringify(record("日本 \ud800", "dags/b.py")));
    expect(third?.stats.hits).toBe(2);
  });

  it("a string table that does not read right makes every judged record absent (quietly, as a damaged entry); analyses are still served, and the next save writes a whole table", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.setJudged("j", judgedRecord("m"));
    cache?.set("x", analysis("a"));
    await cache?.save();
    // The table is the blob's last part: its closing bracket gone, it is no JSON.
    editPack(t.dir, (text) => `${text.slice(0, -1)}}`);
    const logger = new RecordingLogger();
    const damaged = await openAnalysisCache(t.dir, "p", logger);
    expect(damaged?.getJudged("j")).toBeUndefined();
    expect(logger.messages.filter((m) => m.level !== "debug")).toEqual([]);
    expect(logger.messages.some((m) => m.message.includes("string table is corrupt"))).toBe(true);
    expect(damaged?.get("x")).toBeDefined();
    damaged?.setJudged("k", judgedRecord("n"));
    await damaged?.save();
    const next = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(next?.getJudged("j")).toBeUndefined();
    expect(next?.getJudged("k")?.findings[0]?.message).toBe("n");
    expect(next?.get("x")).toBeDefined();
  });

  it("compacts the string table at a save once less than half of it is used, and the records kept read the same", async () => {
    const t = temp();
    const first = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i++) first?.setJudged(`k${i}`, judgedRecord(`message number ${i}`));
    await first?.save();
    const [pack] = readdirSync(t.dir);
    const size = (): number => readFileSync(join(t.dir, pack as string)).length;
    const before = size();
    const second = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i += 100) expect(second?.getJudged(`k${i}`)?.findings[0]?.message).toBe(`message number ${i}`);
    second?.setJudged("new", judgedRecord("a new message"));
    await second?.save();
    // After the compaction this instance reads nothing more (entries it did not rewrite hold the old indices).
    for (const key of ["k0", "k1", "new"]) expect(second?.getJudged(key)).toBeUndefined();
    expect(size()).toBeLessThan(before / 20);
    expect(readFileSync(join(t.dir, pack as string)).toString("latin1")).not.toContain("message number 1\"");
    const third = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    for (let i = 0; i < 3000; i += 100) expect(third?.getJudged(`k${i}`)).toEqual(judgedRecord(`message number ${i}`));
    expect(third?.getJudged("new")).toEqual(judgedRecord("a new message"));
    expect(third?.getJudged("k1")).toBeUndefined();
  });

  it("drops entries not used in the last run, so the pack does not grow forever", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("old", analysis("a"));
    cache?.set("kept", analysis("b"));
    await cache?.save();
    const next = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    next?.get("kept");
    await next?.save();
    const last = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(last?.get("old")).toBeUndefined();
    expect(last?.get("kept")).toBeDefined();
  });

  it("ignores a corrupt pack with a warning, and the next save replaces it", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    await cache?.save();
    const [pack] = readdirSync(t.dir);
    const path = join(t.dir, pack as string);
    writeFileSync(path, readFileSync(path).subarray(0, 7));
    const logger = new RecordingLogger();
    const reopened = await openAnalysisCache(t.dir, "p", logger);
    expect(reopened?.get("x")).toBeUndefined();
    expect(logger.messages.some((m) => m.level === "warning" && m.message.includes("unreadable cache"))).toBe(true);
    reopened?.set("x", analysis("a"));
    await reopened?.save();
    expect((await openAnalysisCache(t.dir, "p", new RecordingLogger()))?.get("x")).toBeDefined();
  });

  it("ignores a pack made by another tool or engine version as a whole", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.set("x", analysis("a"));
    await cache?.save();
    const [pack] = readdirSync(t.dir);
    const fingerprint = JSON.stringify({ analysis: "2", tool: "0.0.1", engines: { ...ANALYSIS_ENGINES, ruff: "0.0.1" } });
    writeFileSync(join(t.dir, pack as string), serialize({ format: 2, fingerprint, savedAtMs: 0, analyses: new Map([["x", JSON.stringify({ ruff: [] })]]), files: new Map() }));
    expect((await openAnalysisCache(t.dir, "p", new RecordingLogger()))?.get("x")).toBeUndefined();
  });

  it("ignores a pack of the previous format (ACIPACK3, no string table) without a warning, and replaces it", async () => {
    const t = temp();
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache?.setJudged("j", judgedRecord("m"));
    await cache?.save();
    editPack(t.dir, (text) => text.replace("ACIPACK4", "ACIPACK3"));
    const logger = new RecordingLogger();
    const old = await openAnalysisCache(t.dir, "p", logger);
    expect(old?.getJudged("j")).toBeUndefined();
    expect(logger.messages.filter((m) => m.level !== "debug")).toEqual([]);
    old?.setJudged("j", judgedRecord("m"));
    await old?.save();
    expect((await openAnalysisCache(t.dir, "p", new RecordingLogger()))?.getJudged("j")?.findings[0]?.message).toBe("m");
  });

  it("the stat index vouches for a file whose stat is unchanged, and not after it changed", async () => {
    const t = temp({ "dags/a.py": "from airflow import DAG\n", "dags/b.py": "x = 1\n" });
    const a = join(t.dir, "dags/a.py");
    const b = join(t.dir, "dags/b.py");
    const cache = await openAnalysisCache(join(t.dir, "cache"), "p", new RecordingLogger(), later);
    const session = createStatIndexSession(cache!);
    expect(await session.known(a)).toBeUndefined();
    expect(await session.known(b)).toBeUndefined();
    session.record(a, "hash-a", words);
    session.record(b, "hash-b", { airflow: false, dag: false, asset: false });
    await cache?.save();

    appendFileSync(b, "y = 2\n");
    const next = createStatIndexSession((await openAnalysisCache(join(t.dir, "cache"), "p", new RecordingLogger()))!);
    expect(await next.known(a)).toEqual({ ...words, size: 24 });
    expect(next.hashOf(a)).toBe("hash-a");
    expect(await next.known(b)).toBeUndefined();
    expect(next.hashOf(b)).toBeUndefined();
  });

  it("a run where nothing changed does not write the pack again", async () => {
    const t = temp({ "a.py": "from airflow import DAG\n" });
    const a = join(t.dir, "a.py");
    const dir = join(t.dir, "cache");
    const first = await openAnalysisCache(dir, "p", new RecordingLogger(), later);
    const session = createStatIndexSession(first!);
    await session.known(a);
    session.record(a, "h", words);
    first?.set(analysisKey("h", "3.12"), analysis("a.py"));
    await first?.save();
    const [pack] = readdirSync(dir);
    const before = readFileSync(join(dir, pack as string));

    const logger = new RecordingLogger();
    const second = await openAnalysisCache(dir, "p", logger, { now: () => 0 });
    const again = createStatIndexSession(second!);
    expect(await again.known(a)).toBeDefined();
    expect(second?.get(analysisKey(again.hashOf(a) as string, "3.12"))).toBeDefined();
    await second?.save();
    expect(logger.messages.some((m) => m.message.includes("unchanged: not written"))).toBe(true);
    // A save would have stamped savedAtMs 0 into it.
    expect(readFileSync(join(dir, pack as string)).equals(before)).toBe(true);

    // One more file read (not vouched for) makes it a real save.
    const third = await openAnalysisCache(dir, "p", new RecordingLogger(), { now: () => 0 });
    third?.get(analysisKey("h", "3.12"));
    const s3 = createStatIndexSession(third!);
    await s3.known(a);
    third?.set(analysisKey("h2", "3.12"), analysis("b.py"));
    await third?.save();
    expect(readFileSync(join(dir, pack as string)).equals(before)).toBe(false);
  });

  it("does not trust a stat taken within the racy window before the save (the file may change again unseen)", async () => {
    const t = temp({ "a.py": "x = 1\n" });
    const a = join(t.dir, "a.py");
    const cache = await openAnalysisCache(join(t.dir, "cache"), "p", new RecordingLogger());
    const session = createStatIndexSession(cache!);
    await session.known(a);
    session.record(a, "hash-a", words);
    await cache?.save();
    const next = createStatIndexSession((await openAnalysisCache(join(t.dir, "cache"), "p", new RecordingLogger()))!);
    expect(await next.known(a)).toBeUndefined();
  });

  it("a file where the cache folder should be turns the cache off with one notice", async () => {
    const t = temp({ "not-a-dir": "x" });
    const logger = new RecordingLogger();
    expect(await openAnalysisCache(join(t.dir, "not-a-dir"), "p", logger)).toBeUndefined();
    expect(logger.messages.filter((m) => m.level !== "debug")).toEqual([{ level: "info", message: expect.stringContaining("cache is off") }]);
  });

  it("a folder that cannot be written (under /proc) costs one notice at save, never an exception", async () => {
    const logger = new RecordingLogger();
    const cache = await openAnalysisCache("/proc/astro-ci-cache", "p", logger);
    cache?.set("x", analysis("a"));
    await expect(cache?.save()).resolves.toBeUndefined();
    expect(logger.messages.filter((m) => m.level !== "debug")).toEqual([{ level: "info", message: expect.stringContaining("not saved") }]);
  });

  it("lives under $XDG_CACHE_HOME/astro-ci when that is absolute, else ~/.cache/astro-ci", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/x/cache" }, "/home/u")).toBe("/x/cache/astro-ci");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "relative" }, "/home/u")).toBe("/home/u/.cache/astro-ci");
    expect(defaultCacheDir({}, "/home/u")).toBe("/home/u/.cache/astro-ci");
  });

  it("names the engine versions installed (they are part of the cache's fingerprint)", () => {
    const require = createRequire(import.meta.url);
    const version = (name: string): string => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
    expect(ANALYSIS_ENGINES).toEqual({
      ruff: version("@astral-sh/ruff-wasm-nodejs"),
      webTreeSitter: JSON.parse(readFileSync(join(require.resolve("web-tree-sitter"), "..", "package.json"), "utf8")).version,
      treeSitterPython: version("tree-sitter-python"),
    });
  });
});
