import { expect, it, vi } from "vitest";
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempDir } from "../support/temp-dir.js";
import type * as Records from "../../src/dags/analysis-records.js";

// Every record the cache hands back on a warm run, with whether it passed its shape check. A judged record refused
// is invisible in the report (the file's analysis is then a hit, and it is judged again): only this shows it.
const checked: { kind: string; ok: boolean; record: string }[] = [];
vi.mock("../../src/dags/analysis-records.js", async (importOriginal) => {
  const real = await importOriginal<typeof Records>();
  const spy = <T>(kind: string, check: (v: unknown) => v is T) => (value: unknown): value is T => {
    const ok = check(value);
    checked.push({ kind, ok, record: JSON.stringify(value).slice(0, 500) });
    return ok;
  };
  return { ...real, isAnalysisRecord: spy("analysis", real.isAnalysisRecord), isJudgedRecord: spy("judged", real.isJudgedRecord) };
});

const root = join(import.meta.dirname, "..", "..");
const projects = ["examples/astro-project", "examples/astro-project-airflow3", ...readdirSync(join(root, "__tests__/corpus"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `__tests__/corpus/${d.name}`)];

it("on a warm run, the cache's records of the example projects and the DAG corpus all pass their shape check", async () => {
  expect(projects.length).toBeGreaterThan(8);
  for (const project of projects) {
    const copy = makeTempDir("astro-ci-warm-");
    const cache = makeTempDir("astro-ci-warm-cache-");
    try {
      cpSync(join(root, project), copy.dir, { recursive: true });
      const args = ["validate-dags", copy.dir, "--format", "json", "--dynamic", "off", "--cache", cache.dir];
      // The replay off (ASTRO_CI_DEBUG): a warm run with nothing changed would otherwise print the stored report and
      // look up no record at all, whenever the copy's mtimes are older than the replay's racy window (a loaded machine).
      const env = { ...process.env, ASTRO_CI_DEBUG: "1" };
      const cold = await runCliCaptured(args, copy.dir, env);
      checked.length = 0;
      const warm = await runCliCaptured(args, copy.dir, env);
      expect(warm.code, project).toBe(cold.code);
      expect(checked.filter((c) => c.kind === "judged").length, `${project}: judged records looked up`).toBeGreaterThan(0);
      expect(checked.filter((c) => !c.ok), project).toEqual([]);
    } finally {
      copy.cleanup();
      cache.cleanup();
    }
  }
}, 120_000);
