import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createEnvInputReader } from "../../src/actions/inputs.js";
import { readValidateDagsSettings } from "../../src/actions/validate-dags/settings.js";
import { readDeploySettings } from "../../src/actions/deploy/settings.js";
import { makeTempTree } from "../support/temp-dir.js";

/** Inputs as a workflow passes them to a composite action's step: INPUT_<NAME> with dashes as underscores. */
function runnerEnv(workspace: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  return { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, "..", "runner-temp"), XDG_CACHE_HOME: join(workspace, "..", "xdg"), ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])) };
}

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function monorepo(): string {
  const tree = makeTempTree({
    "repo/astro-ci.yaml": "projects:\n  - path: astro\n",
    "repo/astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "repo/astro/dags/a.py": "from airflow import DAG\n",
  });
  trees.push(tree);
  return join(tree.dir, "repo");
}

describe("validate-dags action inputs as workflows write them", () => {
  it.each(["false", "False", "FALSE"])("cache: %s turns the analysis cache off and creates no folder of that name in the checkout", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { cache: value });
    const settings = readValidateDagsSettings(createEnvInputReader(env), env);
    expect(settings.analysisCacheDir).toBeUndefined();
    expect(settings.cacheDir).toBeUndefined();
    expect(readdirSync(workspace).sort()).toEqual(["astro", "astro-ci.yaml"]);
  });

  it.each([
    ["True", true],
    ["TRUE", true],
    ["false", false],
    ["False", false],
    [" ", undefined],
    ["", undefined],
  ] as const)("stub-lookups: %j reads as %s (uppercase booleans as @actions/core takes them)", (value, expected) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "stub-lookups": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).stubLookups).toBe(expected);
  });

  it("stub-lookups: maybe is a configuration error naming the input", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "stub-lookups": "maybe" });
    expect(() => readValidateDagsSettings(createEnvInputReader(env), env)).toThrow(/input 'stub-lookups' must be true or false, not 'maybe'/);
  });

  it.each([".", "./", "/", "astro/.."])("project-path: %j is the repository root, so the projects of astro-ci.yaml are validated", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).projectPath).toBeUndefined();
  });

  it.each(["astro", "./astro", "astro/", "/astro"])("project-path: %j names the folder astro", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).projectPath).toBe(join(workspace, "astro"));
  });

  it("project-path: an absolute path outside the checkout that is no folder of it stays an error", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": "/etc" });
    expect(() => readValidateDagsSettings(createEnvInputReader(env), env)).toThrow(/input 'project-path' points outside the repository: \/etc/);
    expect(existsSync(join(workspace, "etc"))).toBe(false);
  });
});

describe("deploy action inputs", () => {
  it("project-path: /astro (as the README allows) is the repository's astro folder, not an error", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": "/astro" });
    expect(readDeploySettings(createEnvInputReader(env), env).projectPath).toBe(join(workspace, "astro"));
  });
});
