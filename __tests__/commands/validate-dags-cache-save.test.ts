/**
 * runValidation's analysis cache save: awaited before it returns by default (the action, deploy --validate), or handed
 * to the caller to await later (the CLI, which writes its report meanwhile: saveCacheInBackground).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runValidation } from "../../src/commands/validate-dags.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = `from datetime import datetime\nfrom airflow import DAG\nwith DAG("d", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`;

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

const packs = (dir: string): string[] => readdirSync(dir).filter((name) => /^analysis-[0-9a-f]{16}\.v8$/.test(name));

describe("runValidation's cache save", () => {
  it("is done when it returns, unless the caller takes it: then it ends later, and its debug line comes when it does", async () => {
    const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "requirements.txt": "", "dags/d.py": DAG, "cache/.keep": "" });
    try {
      const cacheDir = join(t.dir, "cache");
      const logger = new RecordingLogger();
      await runValidation({ repoRoot: t.dir, analyzer, logger, cacheDir });
      expect(packs(cacheDir)).toHaveLength(1);
      expect(logger.messages.filter((m) => m.message.includes("cache saved"))).toHaveLength(1);

      const other = join(t.dir, "cache2");
      const saves: Promise<void>[] = [];
      const later = new RecordingLogger();
      const report = await runValidation({ repoRoot: t.dir, analyzer, logger: later, cacheDir: other, saveCacheInBackground: (saving) => saves.push(saving) });
      expect(report.counts.dags).toBe(1);
      expect(saves).toHaveLength(1);
      expect(later.messages.some((m) => m.message.includes("cache saved"))).toBe(false);
      await Promise.all(saves);
      expect(packs(other)).toHaveLength(1);
      expect(later.messages.filter((m) => m.message.includes("cache saved"))).toHaveLength(1);
      // The pack saved in the background serves the next run like any other.
      const again = await runValidation({ repoRoot: t.dir, analyzer, logger: new RecordingLogger(), cacheDir: other });
      expect(again.projects[0]?.cache).toEqual({ hits: 1, misses: 0 });
    } finally {
      t.cleanup();
    }
  });
});
