import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import * as core from "@actions/core";
import { classifyError } from "../../src/errors.js";
import { makeTempTree } from "../support/temp-dir.js";

const saved = process.env.GITHUB_STEP_SUMMARY;
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved;
  core.summary.emptyBuffer();
});

describe("the job summary file", () => {
  it("a GITHUB_STEP_SUMMARY that names a missing file is the environment's fault (exit 2 naming the variable), not an internal error", async () => {
    const tree = makeTempTree({ "x.txt": "" });
    try {
      process.env.GITHUB_STEP_SUMMARY = join(tree.dir, "missing", "summary.md");
      const error = await core.summary
        .addRaw("report")
        .write()
        .then(() => undefined, (e: unknown) => e);
      const classified = classifyError(error);
      expect(classified.exitCode).toBe(2);
      expect(classified.describe()).toContain("GITHUB_STEP_SUMMARY");
      expect(classified.describe()).toContain("missing/summary.md");
    } finally {
      tree.cleanup();
    }
  });
});
