import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("dist/ on its own", () => {
  it("runs with no node_modules anywhere (as an action checkout does): every dependency and wasm file is in the bundle", async () => {
    // A temp dir outside the repository: module resolution cannot fall back to the repository's node_modules.
    const dir = tempDirPath("astro-ci-standalone-");
    try {
      cpSync(join(repoRoot, "dist"), join(dir, "dist"), { recursive: true });
      cpSync(join(repoRoot, "examples", "astro-project"), join(dir, "project"), { recursive: true });
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [join(dir, "dist", "cli.js"), "validate-dags", join(dir, "project"), "--format", "json", "--dynamic", "off"], { cwd: dir }, (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
      expect(run.stderr).not.toContain("Cannot find module");
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { counts: { errors: number; dags: number }; findings: { checkId: string }[] };
      expect(report.counts.dags).toBe(10);
      expect(report.findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(["syntax-error", "AIR301", "duplicate-dag-id"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
