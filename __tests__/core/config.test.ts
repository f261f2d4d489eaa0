import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { ConfigurationError } from "../../src/errors.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
function tree(files: Record<string, string>): string {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function configError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe("loadConfig", () => {
  it("defaults to one project at the repository root when there is no astro-ci.yaml", async () => {
    const root = tree({ "dags/a.py": "" });
    const config = await loadConfig({ repoRoot: root });
    expect(config.file).toBeUndefined();
    expect(config.projects).toHaveLength(1);
    expect(config.projects[0]?.root).toBe(root);
    expect(config.projects[0]?.validate.failOn).toBe("error");
  });

  it("reads several projects and lets a project override the top-level settings", async () => {
    const root = tree({
      "astro-ci.yaml": [
        "version: 1",
        "validate:",
        "  fail-on: warning",
        "  checks:",
        "    min-retries: { level: error, min: 3 }",
        "projects:",
        "  - path: team-a",
        "  - path: team-b",
        "    name: billing",
        "    validate:",
        "      fail-on: never",
        "      checks:",
        "        min-retries: off",
      ].join("\n"),
      "team-a/dags/x.py": "",
      "team-b/dags/y.py": "",
    });
    const config = await loadConfig({ repoRoot: root });
    expect(config.projects.map((p) => [p.relativePath, p.name, p.validate.failOn])).toEqual([
      ["team-a", "team-a", "warning"],
      ["team-b", "billing", "never"],
    ]);
    expect(config.projects[0]?.validate.checks["min-retries"]).toEqual({ level: "error", min: 3 });
    expect(config.projects[1]?.validate.checks["min-retries"]).toEqual({ level: "off", min: 3 });
  });

  it("names the file and line of an unknown setting", async () => {
    const root = tree({ "astro-ci.yaml": "version: 1\nvalidate:\n  fail_on: error\n" });
    const error = await configError(loadConfig({ repoRoot: root }));
    expect(error.file).toBe("astro-ci.yaml");
    expect(error.line).toBe(3);
    expect(error.message).toContain("validate.fail_on");
  });

  it("names the line of a bad enum value", async () => {
    const root = tree({ "astro-ci.yaml": "validate:\n  fail-on: sometimes\n" });
    const error = await configError(loadConfig({ repoRoot: root }));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/error, warning, never/);
  });

  it("a value that does not match its pattern reads as a sentence, whatever the case of the setting's description", async () => {
    const ttl = await configError(loadConfig({ repoRoot: tree({ "astro-ci.yaml": "previews:\n  template-deployment-name: staging\n  ttl: 90s\n" }) }));
    expect(ttl.line).toBe(3);
    // Was: "`previews.ttl` must be A preview idle longer than this (no deploy) is removed by ...".
    expect(ttl.message).toContain("`previews.ttl` must match ^[1-9][0-9]{0,5}[mhdw]$: A preview idle longer than this");
    const prefix = await configError(loadConfig({ repoRoot: tree({ "astro-ci.yaml": "commands:\n  prefix: astro\n" }) }));
    expect(prefix.message).not.toMatch(/must be What/);
    const size = await configError(loadConfig({ repoRoot: tree({ "astro-ci.yaml": "validate:\n  max-file-size: lots\n" }) }));
    expect(size.message).toContain("must be a size like 5MB, 500kB or 8MiB");
  });

  it("reports malformed YAML with its line", async () => {
    const root = tree({ "astro-ci.yaml": "validate:\n  fail-on: [error\n  checks: {}\n" });
    const error = await configError(loadConfig({ repoRoot: root }));
    expect(error.file).toBe("astro-ci.yaml");
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.describe()).toContain("invalid YAML");
  });

  it("refuses project paths that escape the repository", async () => {
    const root = tree({ "astro-ci.yaml": "projects:\n  - path: ../elsewhere\n" });
    const error = await configError(loadConfig({ repoRoot: root }));
    expect(error.message).toContain("outside the repository");
    expect(error.line).toBe(2);
  });

  it("refuses a project folder that does not exist and a config path that does not exist", async () => {
    const root = tree({ "astro-ci.yaml": "projects:\n  - path: nope\n" });
    expect((await configError(loadConfig({ repoRoot: root }))).message).toContain("does not exist");
    expect((await configError(loadConfig({ repoRoot: root, configPath: "missing.yaml" }))).message).toContain("not found");
  });

  it("a project path given on the command line wins over projects:", async () => {
    const root = tree({ "astro-ci.yaml": "projects:\n  - path: a\n    name: alpha\n", "a/dags/x.py": "", "b/dags/y.py": "" });
    const config = await loadConfig({ repoRoot: root, projectPath: join(root, "a") });
    expect(config.projects.map((p) => p.name)).toEqual(["alpha"]);
    const other = await loadConfig({ repoRoot: root, projectPath: "b" });
    expect(other.projects.map((p) => p.relativePath)).toEqual(["b"]);
  });

  it("an empty astro-ci.yaml means defaults", async () => {
    const root = tree({ "astro-ci.yaml": "# nothing yet\n" });
    const config = await loadConfig({ repoRoot: root });
    expect(config.file).toBe("astro-ci.yaml");
    expect(config.projects).toHaveLength(1);
  });
});
