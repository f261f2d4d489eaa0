import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { FileAnalysis } from "./analyze-file.js";
import type { Logger } from "../util/logger.js";

/**
 * Content-addressed cache of file analyses, one pack file per project, kept in a directory the workflow can
 * persist with actions/cache. Keys are content hashes, so a renamed but unchanged file is a hit too.
 */
export interface AnalysisCache {
  get(key: string): Omit<FileAnalysis, "file"> | undefined;
  set(key: string, analysis: FileAnalysis): void;
  /** Write the entries used in this run (and only those, so the pack does not grow forever). */
  save(): Promise<void>;
  readonly stats: { hits: number; misses: number };
}

/** Bump when the analysis output changes shape or meaning: cached results from older versions are ignored. */
export const ANALYSIS_VERSION = "2";

/** Cache key of one file: its bytes and the Python version its syntax is checked against. */
export function analysisCacheKey(bytes: Uint8Array, pythonVersion: string): string {
  return createHash("sha256").update(`${ANALYSIS_VERSION}\0${pythonVersion}\0`).update(bytes).digest("hex");
}

interface Pack {
  version: 1;
  entries: Record<string, Omit<FileAnalysis, "file">>;
}

export async function openAnalysisCache(dir: string, scope: string, logger: Logger): Promise<AnalysisCache> {
  const path = join(dir, `analysis-${createHash("sha256").update(scope).digest("hex").slice(0, 16)}.json`);
  let stored: Pack["entries"] = {};
  try {
    const pack = JSON.parse(await readFile(path, "utf8")) as Pack;
    if (pack.version === 1 && typeof pack.entries === "object" && pack.entries) stored = pack.entries;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") logger.warning(`ignoring unreadable cache file ${path}: ${(error as Error).message}`);
  }
  const used: Pack["entries"] = {};
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(key) {
      const entry = stored[key];
      if (entry) {
        stats.hits++;
        used[key] = entry;
      } else stats.misses++;
      return entry;
    },
    set(key, analysis) {
      const { file: _file, ...rest } = analysis;
      used[key] = rest;
    },
    async save() {
      await mkdir(dir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ version: 1, entries: used } satisfies Pack));
      // Rename is atomic: a concurrent reader sees the old pack or the new one, never half of one.
      await rename(tmp, path);
    },
  };
}
