import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { defaultRepositoryRoot } from "../../src/util/repo-root.js";
import { createTempGitRepo } from "../support/git-repo.js";
import { makeTempTree } from "../support/temp-dir.js";

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { code, stdout, stderr };
}

// No tags: the `tags-required` warning shows whether the project's settings in astro-ci.yaml were applied.
const DAG = (id: string): string =>
  `from airflow import DAG\nimport pendulum\n\nwith DAG(dag_id="${id}", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), catchup=False, default_args={"owner": "data", "retries": 3}):\n    pass\n`;

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** A plain folder (no git) holding two Astro projects, listed in the astro-ci.yaml at its top. */
function monorepoWithoutGit(): string {
  const tree = makeTempTree({
    "astro-ci.yaml": "version: 1\nprojects:\n  - path: alpha\n    name: alpha-team\n    validate:\n      checks:\n        tags-required: off\n  - path: beta\n",
    "alpha/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "alpha/dags/a.py": DAG("alpha_daily"),
    "beta/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "beta/dags/b.py": DAG("beta_daily"),
  });
  trees.push(tree);
  return tree.dir;
}

interface JsonReport {
  projects: { name: string; path: string; findings?: { checkId?: string; ruleId?: string; file?: string }[] }[];
}

describe("validate-dags outside git: the current directory is the repository root", () => {
  it("`validate-dags alpha` from the top uses ./astro-ci.yaml (it used the project as root and ignored the file)", async () => {
    const root = monorepoWithoutGit();
    const result = await cli(["validate-dags", "alpha", "--no-cache", "--dynamic", "off", "--format", "json"], root);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.projects.map((p) => [p.name, p.path])).toEqual([["alpha-team", "alpha"]]);
    // tags-required is off for alpha in astro-ci.yaml; with the file ignored it warned.
    expect(result.stdout).not.toContain("tags-required");
    // Paths are relative to the top, as the config's are.
    expect(result.stdout).toContain('"alpha/dags/a.py"');
  });

  it("no PROJECT_DIR: both listed projects are validated, each with its own settings", async () => {
    const root = monorepoWithoutGit();
    const result = await cli(["validate-dags", "--no-cache", "--dynamic", "off"], root);
    expect(result.stdout).toContain("alpha-team:");
    expect(result.stdout).toContain("beta:");
    expect(result.stdout).toContain("beta/dags/b.py:4: warning [tags-required]");
    expect(result.stdout).not.toContain("alpha/dags/a.py:4: warning [tags-required]");
  });

  it("--repo-root names the top from inside a project: its astro-ci.yaml applies to `validate-dags .`", async () => {
    const root = monorepoWithoutGit();
    const result = await cli(["validate-dags", ".", "--repo-root", "..", "--no-cache", "--dynamic", "off"], join(root, "alpha"));
    expect(result.stdout).toContain("alpha-team:");
    expect(result.stdout).not.toContain("beta");
    expect(result.stdout).not.toContain("tags-required");
  });
});

describe("defaultRepositoryRoot", () => {
  it("is the git checkout holding the project, wherever the command runs", () => {
    const repo = createTempGitRepo({ "p/dags/a.py": "" });
    trees.push(repo);
    const elsewhere = makeTempTree({});
    trees.push(elsewhere);
    expect(defaultRepositoryRoot(join(repo.dir, "p"), elsewhere.dir)).toBe(repo.dir);
  });

  it("outside git: the current directory when the project is at or below it, else the project itself", () => {
    const tree = makeTempTree({ "top/alpha/dags/a.py": "", "top/..alpha/dags/a.py": "", "other/dags/a.py": "" });
    trees.push(tree);
    const top = join(tree.dir, "top");
    expect(defaultRepositoryRoot(join(top, "alpha"), top)).toBe(top);
    expect(defaultRepositoryRoot(top, top)).toBe(top);
    // A folder whose name starts with ".." is still inside.
    expect(defaultRepositoryRoot(join(top, "..alpha"), top)).toBe(top);
    expect(defaultRepositoryRoot(join(tree.dir, "other"), top)).toBe(join(tree.dir, "other"));
  });
});
