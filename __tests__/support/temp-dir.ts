import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Every temp dir made by the helpers below, removed at the end of the test file by the temp-dir guard
 * (`__tests__/support/temp-guard.setup.ts`) before it checks that nothing else was left in the temp dir.
 */
const made = new Set<string>();

/** A fresh empty folder in the temp dir; removed by `cleanup()`, else at the end of the test file. */
export function makeTempDir(prefix = "astro-ci-test-"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      made.delete(dir);
    },
  };
}

/** The path of a fresh empty folder in the temp dir, removed at the end of the test file (or earlier by the test). */
export function tempDirPath(prefix = "astro-ci-test-"): string {
  return makeTempDir(prefix).dir;
}

/** A temp directory filled from a path → content map; removed by `cleanup()`, else at the end of the test file. */
export function makeTempTree(files: Record<string, string | Uint8Array>, prefix = "astro-ci-test-"): { dir: string; cleanup(): void } {
  const tree = makeTempDir(prefix);
  writeTree(tree.dir, files);
  return tree;
}

/** Remove every temp dir the helpers made that is still there (the guard's afterAll calls it). */
export function removeMadeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
