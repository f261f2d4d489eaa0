import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const specsDir = join(repoRoot, "__tests__", "specs");

/** Files below `dir` (relative to the repository), skipping node_modules, build output and Python caches. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(repoRoot, dir))) {
    if (name === "node_modules" || name === "__pycache__" || name === "dist") continue;
    const rel = join(dir, name);
    if (statSync(join(repoRoot, rel)).isDirectory()) out.push(...walk(rel));
    else out.push(rel);
  }
  return out;
}

describe("vendored specifications", () => {
  const readme = readFileSync(join(specsDir, "README.md"), "utf8");
  const rows = [...readme.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)].map((m) => ({ file: m[1]!, sha256: m[2]! }));

  it("lists every vendored file with its checksum", () => {
    const present = walk(join("__tests__", "specs"))
      .map((f) => relative(join("__tests__", "specs"), f).split(sep).join("/"))
      .filter((f) => f !== "README.md");
    expect(rows.map((r) => r.file).sort()).toEqual(present.sort());
  });

  it.each(rows.map((r) => [r.file, r.sha256]))("%s matches its recorded sha256", (file, sha256) => {
    const digest = createHash("sha256").update(readFileSync(join(specsDir, file))).digest("hex");
    expect(digest).toBe(sha256);
  });
});

/** The workplace's shared folder, which a user's clone never has (spelled in parts so this file does not name it). */
const BESIDE_THE_REPOSITORY = new RegExp(["\\.\\./", "shared\\b|/work/", "shared\\b"].join(""));

describe("nothing refers to a path outside the repository", () => {
  const files = ["src", "__tests__", "bench", "scripts", ".ci"]
    .flatMap((d) => walk(d))
    .filter((f) => /\.(ts|mts|js|mjs|cjs|py|sh|json|ya?ml|txt)$|(^|\/)run$/.test(f))
    .filter((f) => !f.startsWith(join("__tests__", "specs")) && f !== join("__tests__", "vendored-files.test.ts"));

  it("scans a meaningful set of files, with a live pattern", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(BESIDE_THE_REPOSITORY.test(`readFileSync("../${"shared"}/specs/x.yaml")`)).toBe(true);
    expect(BESIDE_THE_REPOSITORY.test(`const spec = "specs/astro.yaml";`)).toBe(false);
  });

  it("names no shared folder beside the repository, no absolute workplace path and no relative path that climbs out of it", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(repoRoot, file), "utf8");
      text.split("\n").forEach((line, i) => {
        const where = `${file}:${i + 1}: ${line.trim().slice(0, 120)}`;
        if (BESIDE_THE_REPOSITORY.test(line)) offenders.push(where);
        // Literal relative paths: resolved against the file's own folder (or the repository root for cwd-relative
        // uses), a path that lands outside the repository would be missing in a user's clone.
        for (const m of line.matchAll(/["'`]((?:\.\.\/){2,}[\w.@-][^"'`\s]*)["'`]/g)) {
          const fromFile = resolve(dirname(join(repoRoot, file)), m[1]!);
          if (relative(repoRoot, fromFile).startsWith("..")) offenders.push(where);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
