import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error -- a plain ES module without types (run by node, not compiled)
import { TARGETS, generateValidators } from "../../scripts/generate-validators.mjs";

const repo = join(import.meta.dirname, "..", "..");

describe("validators compiled ahead of time (scripts/generate-validators.mjs)", () => {
  for (const target of TARGETS as { out: string; source: string }[]) {
    it(`${target.out} is what ${target.source} compiles to (run the script after changing a schema)`, async () => {
      expect(readFileSync(join(repo, target.out), "utf8")).toBe(await (generateValidators as (t: unknown) => Promise<string>)(target));
    }, 30_000);
  }
});
