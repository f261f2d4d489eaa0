import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The temp-dir guard: the run and each test file get a TMPDIR of their own; a file that leaves anything there
    // fails, naming it, and a run with leftovers exits non-zero (see the two files).
    globalSetup: ["__tests__/support/temp-guard.global.ts"],
    setupFiles: ["__tests__/support/temp-guard.setup.ts"],
    // The analysis cache is on by default: keep the suite's packs out of the user's ~/.cache.
    env: { XDG_CACHE_HOME: join(tmpdir(), "astro-ci-vitest-cache") },
    // In CI also write a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results.json" }]] : ["default"],
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
