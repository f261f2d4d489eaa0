import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analysisCacheKey, openAnalysisCache } from "../../src/dags/analysis-cache.js";
import type { FileAnalysis } from "../../src/dags/analyze-file.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const analysis = (file: string): FileAnalysis => ({ file, ruff: [{ code: "AIR301", message: "m", line: 1, column: 1, endLine: 1, endColumn: 2 }] });

describe("analysis cache", () => {
  const trees: { cleanup(): void }[] = [];
  afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

  it("keys by content and Python version, and survives a save/open cycle", async () => {
    const t = makeTempTree({});
    trees.push(t);
    const key = analysisCacheKey(new TextEncoder().encode("x = 1\n"), "3.12");
    expect(analysisCacheKey(new TextEncoder().encode("x = 1\n"), "3.11")).not.toBe(key);
    expect(analysisCacheKey(new TextEncoder().encode("x = 2\n"), "3.12")).not.toBe(key);

    const first = await openAnalysisCache(t.dir, "proj", new RecordingLogger());
    expect(first.get(key)).toBeUndefined();
    first.set(key, analysis("dags/a.py"));
    await first.save();

    const second = await openAnalysisCache(t.dir, "proj", new RecordingLogger());
    expect(second.get(key)).toEqual({ ruff: analysis("x").ruff });
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
    // Another project has its own pack.
    expect((await openAnalysisCache(t.dir, "other", new RecordingLogger())).get(key)).toBeUndefined();
  });

  it("drops entries not used in the last run, so the pack does not grow forever", async () => {
    const t = makeTempTree({});
    trees.push(t);
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    cache.set("old", analysis("a"));
    cache.set("kept", analysis("b"));
    await cache.save();
    const next = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    next.get("kept");
    await next.save();
    const last = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    expect(last.get("old")).toBeUndefined();
    expect(last.get("kept")).toBeDefined();
  });

  it("ignores a corrupt pack with a warning instead of failing", async () => {
    const t = makeTempTree({});
    trees.push(t);
    const cache = await openAnalysisCache(t.dir, "p", new RecordingLogger());
    await cache.save();
    const [pack] = readdirSync(t.dir);
    writeFileSync(join(t.dir, pack as string), "{not json");
    const logger = new RecordingLogger();
    const reopened = await openAnalysisCache(t.dir, "p", logger);
    expect(reopened.get("x")).toBeUndefined();
    expect(logger.messages.some((m) => m.level === "warning" && m.message.includes("unreadable cache"))).toBe(true);
  });
});
