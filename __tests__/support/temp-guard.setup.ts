/**
 * setupFiles of the suite: each test file works in a temp dir of its own (TMPDIR, so `os.tmpdir()` and the child
 * processes it spawns use it) and fails when it leaves anything there, naming the leftovers. Temp dirs made with the
 * helpers of `temp-dir.ts` are removed first; anything else must be removed by the test (or by the code under test:
 * a leak from src is a bug there). The leftovers are removed after the check, so a failing file does not fill /tmp.
 *
 * Runs as the file's first afterAll registration, so (vitest's default `sequence.hooks: "stack"`) after the file's
 * own afterAll/afterEach hooks.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { removeMadeTempDirs } from "./temp-dir.js";

const runTmp = inject("astroCiRunTmp");
const fileTmp = mkdtempSync(join(runTmp, "file-"));
process.env.TMPDIR = fileTmp;

afterAll(() => {
  removeMadeTempDirs();
  const left = readdirSync(fileTmp);
  rmSync(fileTmp, { recursive: true, force: true });
  process.env.TMPDIR = runTmp;
  if (left.length) {
    throw new Error(`this test file left ${left.length} entries in the temp dir (remove them in afterEach/afterAll, or use makeTempDir/makeTempTree from __tests__/support/temp-dir.ts): ${left.join(", ")}`);
  }
});
