import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDirPath } from "./support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe("dist/", () => {
  it("is exactly what a fresh build of src/ produces (rebuild and commit dist/ when this fails)", () => {
    const out = tempDirPath("astro-ci-dist-");
    try {
      execFileSync(process.execPath, ["build.mjs", "--outdir", out], { cwd: repoRoot, stdio: "pipe" });
      const fresh = listFiles(out).sort();
      const committed = listFiles(join(repoRoot, "dist")).sort();
      expect(committed, "files in dist/ differ from a fresh build (added or removed chunks)").toEqual(fresh);
      const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(repoRoot, "dist", f))));
      expect(stale, "these dist/ files are stale: run `npm run build` and commit dist/").toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
