// A run stopped by a signal (a cancelled job, Ctrl-C, a test killing its parent) says so, exits as killed by that
// signal, and leaves no temporary folder behind (it exited 143 without a word and left the project's throwaway copy).
// Needs python3 with pytest, as the other `astro-ci test` tests do.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("astro-ci stopped by a signal", () => {
  it("SIGTERM from the suite itself: the reason on stderr, exit 143, the throwaway copy removed", () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/.keep": "", "tests/test_kill.py": "import os, signal\n\n\ndef test_kill():\n    os.kill(os.getppid(), signal.SIGTERM)\n" });
    const temp = makeTempTree({ ".keep": "" });
    try {
      const run = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), "test", tree.dir, "--airflow", "none"], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp.dir }, timeout: 120_000 });
      expect(run.status, run.stderr).toBe(143);
      expect(run.stderr).toMatch(/astro-ci: stopped by SIGTERM \(removed 1 temporary folder\)/);
      expect(readdirSync(temp.dir).filter((name) => name.startsWith("astro-ci-"))).toEqual([]);
    } finally {
      tree.cleanup();
      temp.cleanup();
    }
  }, 180_000);
});
