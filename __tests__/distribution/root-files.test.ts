// __tests__/vendored-files.test.ts scans src/, __tests__/, bench/, scripts/ and .ci/; this covers the rest of what a
// clone or an installed package runs or shows: build and test configuration, package.json scripts, the actions, the
// workflows, the pre-commit manifest and the README.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const files = [
  "package.json",
  "build.mjs",
  "vitest.config.ts",
  "eslint.config.js",
  "tsconfig.json",
  "action.yml",
  ".pre-commit-hooks.yaml",
  "README.md",
  ...readdirSync(join(repoRoot, "actions")).map((a) => `actions/${a}/action.yml`),
  ...readdirSync(join(repoRoot, ".github", "workflows")).map((w) => `.github/workflows/${w}`),
];

/** Paths that exist on the machine this was developed on and nowhere else. */
const outside = /\.\.\/shared\b|\/work\/(?:shared|wt|main)\b|\/opt\/airflow|(?:^|["'`\s(])(?:\.\.\/){2,}/;

describe("root files refer to nothing outside the repository", () => {
  it("scans the configuration, the actions, the workflows and the README", () => {
    expect(files).toEqual(expect.arrayContaining(["actions/validate-dags/action.yml", ".github/workflows/ci.yml"]));
  });

  it("has no path to the shared references, no absolute path of the development machine, no path climbing out of the repository", () => {
    const offenders = files.flatMap((file) =>
      readFileSync(join(repoRoot, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("the rule is live", () => {
    // Written in pieces so that this file itself passes __tests__/vendored-files.test.ts.
    const up = "..";
    const work = "/work";
    for (const line of [`reads \`${up}/shared/specs/astro/x.yaml\``, `spec: "${work}/shared/specs/a.yaml"`, "PYTHONPATH=/opt/airflow-2.10.5/lib", `import "${up}/${up}/other-repo/x.js"`]) expect(outside.test(line), line).toBe(true);
    for (const line of ['run: node "$GITHUB_ACTION_PATH/../../dist/validate-dags.js"', "see ./dist and ../README"]) expect(outside.test(line), line).toBe(false);
  });
});
