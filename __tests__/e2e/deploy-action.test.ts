import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("deploy action (bundled dist/deploy.js, Astro and GitHub emulators)", () => {
  let github: GitHubEmulator;
  let astro: AstroEmulator;
  let repo: TempGitRepo;
  let before: string;
  let head: string;

  beforeAll(async () => {
    github = await startGitHubEmulator();
    astro = await startAstroEmulator({ deployDurationMs: 0 });
    astro.addDeployment({ name: "production" });
    repo = createTempGitRepo({
      "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "astro/dags/a.py": "from airflow import DAG\nDAG('a')\n",
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: production\n",
    });
    before = repo.commit("before");
    repo.write({ "astro/dags/b.py": "from airflow import DAG\nDAG('b')\n" });
    head = repo.commit("add b");
  });
  afterAll(async () => {
    await github.close();
    await astro.close();
    repo.cleanup();
  });

  function run(inputs: Record<string, string>): Promise<{ code: number; stdout: string; outputs: string; summary: string }> {
    const dir = tempDirPath("astro-ci-runner-");
    const files = { output: join(dir, "output"), summary: join(dir, "summary"), event: join(dir, "event.json") };
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    writeFileSync(files.event, JSON.stringify({ ref: "refs/heads/main", before, after: head }));
    return new Promise((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, "dist/deploy.js")],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            // The run's temp dir (the temp-dir guard sees what the action leaves there).
            TMPDIR: tmpdir(),
            RUNNER_TEMP: dir,
            GITHUB_OUTPUT: files.output,
            GITHUB_STEP_SUMMARY: files.summary,
            GITHUB_REPOSITORY: "o/r",
            GITHUB_EVENT_NAME: "push",
            GITHUB_EVENT_PATH: files.event,
            GITHUB_SHA: head,
            GITHUB_REF: "refs/heads/main",
            GITHUB_API_URL: github.url,
            GITHUB_WORKSPACE: repo.dir,
            ASTRO_API_TOKEN: "test-token",
            ASTRO_API_URL: astro.url,
            ASTRO_ORGANIZATION_ID: astro.organizationId,
            INPUT_PROJECT_PATH: "astro",
            INPUT_GITHUB_TOKEN: "ghs_x",
            ...inputs,
          },
        },
        (error, stdout) => {
          const result = { code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, outputs: readFileSync(files.output, "utf8"), summary: readFileSync(files.summary, "utf8") };
          rmSync(dir, { recursive: true, force: true });
          resolve(result);
        },
      ),
    );
  }

  it("deploys DAGs for the mapped branch, records a GitHub Deployment with the Airflow UI URL, and sets the outputs", async () => {
    const result = await run({ INPUT_DEPLOY_TYPE: "dags-only" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("matches exactly main");
    expect(result.outputs).toMatch(/deploy-type<<[^\n]+\ndags-only\n/);
    expect(result.outputs).toMatch(/skipped<<[^\n]+\nfalse\n/);
    expect(astro.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py", "dags/b.py"]);
    expect(astro.deploys.at(-1)?.git).toMatchObject({ provider: "GITHUB", account: "o", repo: "r", commitSha: head, branch: "main" });
    const deployment = github.state.deployments.at(-1);
    expect(deployment).toMatchObject({ ref: head, environment: "production" });
    expect(deployment?.statuses.at(-1)).toMatchObject({ state: "success", environment_url: expect.stringMatching(/^https:\/\/.*astronomer\.run/) });
    expect([...github.state.checkRuns.values()].at(-1)).toMatchObject({ name: "astro-ci / deploy", conclusion: "success" });
    expect(result.summary).toContain("astro-ci / deploy");
    expect(github.validationErrors).toEqual([]);
    expect(astro.validationErrors).toEqual([]);
  });

  it("skips a redeploy of the same commit (nothing changed since it)", async () => {
    const uploads = astro.uploads.length;
    // DAG-only, as the deploy before it: inferred, the type would be a full one (no image deploy of the project yet).
    const result = await run({ INPUT_DEPLOY_TYPE: "dags-only" });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatch(/skipped<<[^\n]+\ntrue\n/);
    expect(astro.uploads.length).toBe(uploads);
  });

  it("records a commit status when the token cannot write checks", async () => {
    github.forbid("checks/");
    repo.write({ "astro/dags/c.py": "from airflow import DAG\nDAG('c')\n" });
    const newer = repo.commit("add c");
    const result = await run({ INPUT_DEPLOY_TYPE: "dags-only", GITHUB_SHA: newer } as Record<string, string>);
    expect(result.code).toBe(0);
    expect(github.state.statuses.at(-1)).toMatchObject({ sha: newer, state: "success", context: "astro-ci / deploy" });
  });

  it("an image deploy without a Docker engine fails with one clear message", async () => {
    const result = await run({ INPUT_DEPLOY_TYPE: "image-and-dags", INPUT_FORCE: "true" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::Configuration error: .*no Docker engine answers here/);
  });
});
