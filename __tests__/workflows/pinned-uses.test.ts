import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Every `*.yml`/`*.yaml` below `dir` (relative to the repository); a missing folder is an error, not an empty list. */
function yamlFilesBelow(dir: string): string[] {
  return readdirSync(join(repoRoot, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(repoRoot, rel)).isDirectory()) return yamlFilesBelow(rel);
    return /\.ya?ml$/.test(name) ? [rel] : [];
  });
}

/** Files whose `uses:` a user runs or copies: workflows, examples, every action file, and the README's snippets. */
function filesWithUses(): string[] {
  const actions = readdirSync(join(repoRoot, "actions")).map((name) => join("actions", name, "action.yml"));
  return [...yamlFilesBelow(".github/workflows"), ...yamlFilesBelow("examples"), "action.yml", ...actions, "README.md"];
}

interface UsesRef {
  where: string;
  value: string;
  comment: string;
}

/** `uses:` values with their trailing comment, read line by line (README snippets are YAML fragments). */
function usesRefs(file: string): UsesRef[] {
  const refs: UsesRef[] = [];
  readFileSync(join(repoRoot, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*(["']?)([^\s"'#]+)\1\s*(#.*)?$/.exec(line);
      if (m) refs.push({ where: `${file}:${i + 1}`, value: m[2]!, comment: (m[3] ?? "").trim() });
    });
  return refs;
}

/**
 * Why a `uses:` reference is not acceptable, or undefined when it is. A tag or branch can be moved to other code after
 * review, so every remote action is pinned to a full 40-hex commit SHA with the human version in a `# vX` comment;
 * Docker actions by digest. Exempt: local actions (`./…`, code of this very commit) and `your-org/…`, the placeholder
 * for this project's own action, which a user must replace with a real repository and its release SHA anyway.
 */
function pinProblem(ref: UsesRef): string | undefined {
  if (ref.value.startsWith("./")) return undefined;
  if (ref.value.startsWith("your-org/astro-ci")) return undefined;
  if (ref.value.startsWith("docker://")) return /@sha256:[0-9a-f]{64}$/.test(ref.value) ? undefined : "docker action without an @sha256: digest";
  const m = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@(.+)$/.exec(ref.value);
  if (!m) return "not owner/repo[/path]@ref";
  if (!/^[0-9a-f]{40}$/.test(m[1]!)) return `pinned to '${m[1]}', not a full commit SHA`;
  if (!/^# v\d/.test(ref.comment)) return "no '# vX' comment naming the version the SHA is";
  return undefined;
}

describe("every uses: is pinned to a commit SHA", () => {
  const refs = filesWithUses().flatMap(usesRefs);

  it("finds the uses: of the workflows, the examples, the actions and the README", () => {
    const files = new Set(refs.map((r) => r.where.replace(/:\d+$/, "")));
    for (const f of [".github/workflows/ci.yml", "examples/workflows/validate-dags.yml", "examples/workflows/deploy.yml", "README.md"]) expect(files).toContain(f);
    expect(refs.length).toBeGreaterThan(15);
  });

  it("pins every remote action to a full SHA with a # vX comment (local ./ actions and the your-org placeholder exempt)", () => {
    const offenders = refs.flatMap((ref) => {
      const problem = pinProblem(ref);
      return problem ? [`${ref.where}: ${ref.value} ${ref.comment} — ${problem}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("the rule is live: tags, short SHAs, missing comments and docker tags are rejected", () => {
    const bad = [
      "github/codeql-action/upload-sarif@v3",
      "actions/checkout@11bd719",
      "actions/checkout@main",
      "docker://alpine:3.20",
      "actions/checkout",
    ].map((value) => pinProblem({ where: "x", value, comment: "# v4" }));
    expect(bad.every((p) => p !== undefined)).toBe(true);
    expect(pinProblem({ where: "x", value: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", comment: "" })).toMatch(/comment/);
    expect(pinProblem({ where: "x", value: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", comment: "# v4.2.2" })).toBeUndefined();
  });

  it("reads every file it names (the scan covers each action folder)", () => {
    const scanned = filesWithUses().map((f) => relative(repoRoot, join(repoRoot, f)));
    expect(scanned).toEqual(expect.arrayContaining(["actions/validate-dags/action.yml", "actions/test/action.yml", "actions/deploy/action.yml"]));
  });
});
