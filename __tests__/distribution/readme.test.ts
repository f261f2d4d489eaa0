import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
const inputs = (name: string) => (parse(readFileSync(join(repoRoot, "actions", name, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> }).inputs;

/** The rows (cells, backticks kept) of the first table after `heading`. */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of readme.slice(start + heading.length + 2).split("\n")) {
    if (line.startsWith("|")) rows.push(line.split("|").slice(1, -1).map((c) => c.trim()));
    else if (rows.length) break;
  }
  return rows.slice(2);
}

describe("README answers a new user's first questions", () => {
  it("says the example project is broken on purpose, right where it is run", () => {
    const head = readme.split("\n").slice(0, 8).join("\n");
    expect(head).toMatch(/validate-dags examples\/astro-project[\s\S]*broken on purpose[\s\S]*exit code 1/);
  });

  it("says how to reference the actions, pinned to a commit SHA", () => {
    expect(readme).toContain("uses: <owner>/astro-ci/actions/<action>@<ref>");
    expect(readme).toContain("uses: <owner>/astro-ci/actions/validate-dags@<sha> # v1");
  });

  it("names the Node.js version the composite actions need, the same as package.json's engines", () => {
    const min = pkg.engines.node.replace(">=", "");
    expect(readme).toContain(`\`node\`, which must be version ${min} or newer`);
    expect(readme).toContain(`astro-ci needs Node.js ${min} or newer`);
  });

  it("says which Astro API token to create and which role it needs", () => {
    const rows = table("## The Astro API token");
    expect(rows.map((r) => r[1])).toEqual([expect.stringContaining("Deployment API token"), expect.stringContaining("Workspace API token"), expect.stringContaining("Workspace API token")]);
    expect(rows[1]![2]).toContain("Workspace Author");
    expect(rows[2]![2]).toMatch(/Workspace Operator.*Workspace Owner/);
  });

  it("lists the CLI and action defaults that differ, with the action side as the action files say", () => {
    const rows = table("## CLI and action defaults");
    const row = (start: string) => rows.find((r) => r[0]!.startsWith(start))!;
    expect(row("test: where")[2]).toContain(`\`airflow: ${inputs("test").airflow!.default}\``);
    expect(row("deploy: run validate-dags")[2]).toContain(`\`validate: ${inputs("deploy").validate!.default}\``);
    expect(row("deploy: run the tests")[2]).toContain(`\`test: ${inputs("deploy").test!.default}\``);
    for (const r of rows) expect(r[3], `${r[0]} gives a reason`).not.toBe("");
  });

  it("documents the CLI install from the packed tarball and the pre-commit hook", () => {
    expect(readme).toContain("npm install -g ./astro-ci-*.tgz");
    expect(readme).toContain("- id: astro-ci-validate-dags");
  });
});
