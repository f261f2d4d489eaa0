/**
 * globalSetup of the suite: the whole run gets a temp dir of its own, and a run that leaves anything in it fails.
 *
 * TMPDIR is pointed at a fresh `astro-ci-vitest-run-*` folder before the workers start, so `os.tmpdir()` in the
 * workers and in every child process they spawn (git, tar, python's `tempfile`, the bundled CLI) lands there. Each
 * test file gets its own sub-folder (`temp-guard.setup.ts`), which names the file that leaks. This teardown is the
 * backstop for what appears after a file's own check (a child process still writing): it lists the leftovers,
 * removes the folder (a failing run does not fill /tmp either) and sets a failing exit code. Vitest 4 only logs an
 * error thrown from a globalSetup teardown ("error during close") and still exits 0, hence `process.exitCode`.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's own temp dir (the TMPDIR the workers start with). */
    astroCiRunTmp: string;
  }
}

export default function setup(project: TestProject): () => void {
  const runTmp = mkdtempSync(join(tmpdir(), "astro-ci-vitest-run-"));
  process.env.TMPDIR = runTmp;
  project.provide("astroCiRunTmp", runTmp);
  return () => {
    let left: string[] = [];
    try {
      // A test file's own folder is left, empty, when its afterAll did not run (a file whose tests are all skipped).
      left = readdirSync(runTmp).flatMap((name) => {
        if (!/^file-/.test(name)) return [name];
        try {
          return readdirSync(join(runTmp, name)).map((inner) => `${name}/${inner}`);
        } catch {
          return [name];
        }
      });
    } catch {
      return;
    }
    rmSync(runTmp, { recursive: true, force: true });
    if (left.length) {
      process.stderr.write(`\ntemp-dir guard: the run left ${left.length} entries in its temp dir (removed now): ${left.slice(0, 20).join(", ")}${left.length > 20 ? ", ..." : ""}\n`);
      process.exitCode = 1;
    }
  };
}
