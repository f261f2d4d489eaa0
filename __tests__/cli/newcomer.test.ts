import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/main.js";
import { createTempGitRepo } from "../support/git-repo.js";
import { makeTempTree } from "../support/temp-dir.js";

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  return { code, stdout, stderr };
}

const DAG = (id: string): string =>
  `from airflow import DAG\nimport pendulum\n\nwith DAG(dag_id="${id}", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "data", "retries": 3}):\n    pass\n`;

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** A repository with two Astro projects listed in astro-ci.yaml and nothing Astro at its root. */
function monorepo(): string {
  const tree = createTempGitRepo({
    "astro-ci.yaml": "version: 1\nprojects:\n  - path: airflow/analytics\n  - path: airflow/ml\n    name: ml-platform\n",
    "airflow/analytics/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "airflow/analytics/dags/a.py": DAG("analytics_daily"),
    "airflow/ml/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "airflow/ml/dags/m.py": DAG("ml_train"),
  });
  tree.commit("two projects");
  trees.push(tree);
  return tree.dir;
}

describe("validate-dags in a repository with several Astro projects", () => {
  it("`validate-dags .` at the root validates the projects astro-ci.yaml lists, as no PROJECT_DIR does (it said 'no dags/ folder')", async () => {
    const root = monorepo();
    const implicit = await cli(["validate-dags", "--no-cache", "--dynamic", "off", "--format", "json"], root);
    const explicit = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--format", "json"], root);
    expect(explicit.stderr).not.toContain("no dags/ folder");
    expect(explicit.code).toBe(0);
    const names = (out: string) => (JSON.parse(out) as { projects: { name: string }[] }).projects.map((p) => p.name);
    expect(names(explicit.stdout)).toEqual(["analytics", "ml-platform"]);
    expect(names(explicit.stdout)).toEqual(names(implicit.stdout));
  });

  it("a PROJECT_DIR below the root still validates that project alone, with its astro-ci.yaml name", async () => {
    const root = monorepo();
    const one = await cli(["validate-dags", "airflow/ml", "--no-cache", "--dynamic", "off", "--format", "json"], root);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { projects: { name: string }[] }).projects.map((p) => p.name)).toEqual(["ml-platform"]);
    const fromInside = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--format", "json"], join(root, "airflow", "ml"));
    expect((JSON.parse(fromInside.stdout) as { projects: { name: string }[] }).projects.map((p) => p.name)).toEqual(["ml-platform"]);
  });
});

describe("help", () => {
  it("`help <unknown>` is a usage error naming the commands, like `<unknown>` (it printed the general help with exit 0)", async () => {
    const run = await cli(["help", "valdate-dags"], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'valdate-dags'.*Fix: use one of validate-dags, test, deploy/);
    expect((await cli(["help", "drift"], process.cwd())).stdout).toContain("astro-ci drift [PROJECT_DIR]");
    expect((await cli(["help"], process.cwd())).code).toBe(0);
  });
});

/** Nine levels of anchors, each a list of nine aliases of the one before: 9^9 strings if expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]`);
  return lines.join("\n") + "\n";
}

describe("YAML whose aliases expand too far (billion laughs)", () => {
  it("in astro-ci.yaml: exit 2 naming the file and the line of the first alias, never 'internal error'", async () => {
    const tree = makeTempTree({ "astro-ci.yaml": aliasBomb() + "validate:\n  exclude: *a9\n", Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    trees.push(tree);
    const run = await cli(["validate-dags", "--no-cache", "--dynamic", "off"], tree.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^astro-ci: astro-ci\.yaml:2: YAML aliases expand too far: .* Fix: /);
  });

  it("in airflow_settings.yaml and .astro/config.yaml: a project-file-invalid warning on the line, and the DAG checks still run", async () => {
    const tree = makeTempTree({ "airflow_settings.yaml": aliasBomb() + "airflow:\n  variables: *a9\n", ".astro/config.yaml": aliasBomb(), Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    trees.push(tree);
    const run = await cli(["validate-dags", "--no-cache", "--dynamic", "off", "--format", "json"], tree.dir);
    expect(run.code).toBe(0);
    const findings = (JSON.parse(run.stdout) as { findings: { checkId: string; file: string; line: number; message: string }[] }).findings.filter((f) => f.checkId === "project-file-invalid");
    expect(findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual([".astro/config.yaml:2", "airflow_settings.yaml:2"]);
    expect(findings[0]?.message).toContain("YAML aliases expand too far");
  });
});

describe("astro-ci test --path from the repository root", () => {
  it("a --path written relative to the project (not the current directory) gets the path it meant in the fix", async () => {
    const tree = makeTempTree({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "astro/dags/a.py": DAG("a"), "astro/tests/dags/test_x.py": "def test_x():\n    pass\n", "tests/other.py": "" });
    trees.push(tree);
    const inside = await cli(["test", "astro", "--airflow", "none", "--path", "tests/dags"], tree.dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/--path 'tests\/dags' is outside the project astro .*did you mean --path astro\/tests\/dags\?/);
    const outside = await cli(["test", "astro", "--airflow", "none", "--path", "tests"], tree.dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/--path 'tests' is outside the project astro .*did you mean --path astro\/tests\?/);
  });
});

describe("astro-ci test on a project built on the team's own base image", () => {
  it("validate.airflow-version in astro-ci.yaml, which the Dockerfile error names as the fix, lets the suite run", async () => {
    const tree = createTempGitRepo({ Dockerfile: "FROM registry.corp.example/platform/airflow-base:2024.05\n", "tests/test_ok.py": "def test_ok():\n    assert True\n" });
    tree.commit("own base image");
    trees.push(tree);
    const refused = await cli(["test", ".", "--airflow", "none"], tree.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Dockerfile:1: no Astro Runtime image .*or set validate\.airflow-version in astro-ci\.yaml/);
    tree.write({ "astro-ci.yaml": "validate:\n  airflow-version: \"2.10\"\n" });
    const ran = await cli(["test", ".", "--airflow", "none"], tree.dir);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toContain("1 passed");
    expect(ran.code).toBe(0);
  });
});

describe("deploy and drift in a project without astro-ci.yaml", () => {
  it("say there is no astro-ci.yaml, instead of blaming one that does not exist", async () => {
    const tree = createTempGitRepo({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    tree.commit("no config");
    trees.push(tree);
    const drift = await cli(["drift"], tree.dir, { ASTRO_API_TOKEN: "x" });
    expect(drift.code).toBe(2);
    expect(drift.stderr).toContain("there is no astro-ci.yaml at the repository root");
    expect(drift.stderr).not.toContain("astro-ci.yaml: astro-ci.yaml");
    const deploy = await cli(["deploy", "--format", "json"], tree.dir, { ASTRO_API_TOKEN: "x" });
    expect(deploy.code).toBe(0);
    expect(deploy.stdout + deploy.stderr).toContain("there is no astro-ci.yaml with deployments:");
    expect(deploy.stdout + deploy.stderr).not.toContain("deployments::");
  });
});

describe("option values that start with a dash", () => {
  it("--import-timeout -1 names the option and the --option=VALUE form; an unknown option is named without Node's positional advice", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    trees.push(tree);
    const dash = await cli(["validate-dags", ".", "--import-timeout", "-1"], tree.dir);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain("--import-timeout needs a value, and '-...' after it reads as another option Fix: write --import-timeout=VALUE");
    const joined = await cli(["validate-dags", ".", "--import-timeout=-1"], tree.dir);
    expect(joined.code).toBe(2);
    expect(joined.stderr).toContain("--import-timeout must be");
    const unknown = await cli(["validate-dags", ".", "--frobnicate"], tree.dir);
    expect(unknown.stderr).toBe("astro-ci: unknown option '--frobnicate' Fix: run `astro-ci validate-dags --help` for its options\n");
  });
});

  it("every command parses its options the same way: teardown --pr -1, drift and command name the option, not Node's wording", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    trees.push(tree);
    const teardown = await cli(["teardown", "--pr", "-1"], tree.dir);
    expect(teardown.code).toBe(2);
    expect(teardown.stderr).toBe("astro-ci: --pr needs a value, and '-...' after it reads as another option Fix: write --pr=VALUE for a value that starts with '-', or run `astro-ci teardown --help` for its options\n");
    for (const [command, ...rest] of [["drift"], ["command"], ["connections", "sync"], ["branch-deploy"]]) {
      const unknown = await cli([command!, ...rest, "--frobnicate"], tree.dir);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe(`astro-ci: unknown option '--frobnicate' Fix: run \`astro-ci ${[command, ...rest].join(" ")} --help\` for its options\n`);
    }
  });

describe("--output into a folder that does not exist yet", () => {
  it("creates the folder and writes the report there (it fell back to a temporary file with exit 2)", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a") });
    trees.push(tree);
    const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--format", "sarif", "--output", "reports/ci/validate.sarif"], tree.dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(readFileSync(join(tree.dir, "reports", "ci", "validate.sarif"), "utf8")) as { version: string }).version).toBe("2.1.0");
  });
});

describe("YAML syntax errors", () => {
  it("read as one sentence: no '::' before the consequence, no ':' before 'Fix:'", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a"), "airflow_settings.yaml": "airflow:\n\tconnections:\n" });
    trees.push(tree);
    const warned = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off"], tree.dir);
    expect(warned.stdout).toContain("airflow_settings.yaml:2: warning [project-file-invalid] invalid YAML: Tabs are not allowed as indentation at line 2, column 1: the Astro CLI loads no connection");
    tree.cleanup();
    const broken = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "dags/a.py": DAG("a"), "astro-ci.yaml": "validate: [\n" });
    trees.push(broken);
    const failed = await cli(["validate-dags", ".", "--no-cache"], broken.dir);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/astro-ci\.yaml:2: invalid YAML: .*column 1 Fix: correct the YAML syntax/);
  });
});
