import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("drift action (bundled dist/drift.js, Astro and GitHub emulators)", () => {
  let github: GitHubEmulator;
  let astro: AstroEmulator;
  let repo: TempGitRepo;
  let production: EmulatedDeployment;

  beforeAll(async () => {
    github = await startGitHubEmulator();
    astro = await startAstroEmulator();
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/a.py": "from airflow import DAG\n",
      "deployments/production.yaml": "deployment:\n  configuration:\n    scheduler_size: SMALL\n  environment_variables:\n    - key: LOG_LEVEL\n      value: INFO\n",
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: production\n    deployment-file: deployments/production.yaml\n",
    });
    const head = repo.commit("initial");
    production = astro.addDeployment({ name: "production", environmentVariables: [{ key: "LOG_LEVEL", value: "INFO", isSecret: false }] });
    astro.deploys.push({ id: "cldeploy00000000000000001", deploymentId: production.id, type: "IMAGE_AND_DAG", status: "DEPLOYED", git: { provider: "GENERIC", commitSha: head, remoteUrl: "https://example.com/r.git" }, createdAt: "2025-12-31T00:00:00Z", blobId: "b" });
    // A look-alike issue by a person, carrying the marker text: never taken over.
    github.seedIssue({ title: "look-alike", body: `<!-- astro-ci:drift ${production.id} -->`, labels: ["astro-ci:drift"], login: "someone" });
  });
  afterAll(async () => {
    expect(github.validationErrors).toEqual([]);
    expect(github.responseErrors).toEqual([]);
    expect(astro.validationErrors).toEqual([]);
    await github.close();
    await astro.close();
    repo.cleanup();
  });

  function run(inputs: Record<string, string> = {}): Promise<{ code: number; stdout: string; outputs: string; summary: string }> {
    const dir = tempDirPath("astro-ci-runner-");
    const files = { output: join(dir, "output"), summary: join(dir, "summary"), event: join(dir, "event.json") };
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    writeFileSync(files.event, JSON.stringify({ schedule: "0 5 * * *" }));
    return new Promise((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, "dist/drift.js")],
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
            GITHUB_EVENT_NAME: "schedule",
            GITHUB_EVENT_PATH: files.event,
            GITHUB_SHA: "0".repeat(40),
            GITHUB_REF: "refs/heads/main",
            GITHUB_WORKSPACE: repo.dir,
            GITHUB_API_URL: github.url,
            GITHUB_SERVER_URL: "https://github.com",
            GITHUB_RUN_ID: "1",
            ASTRO_API_TOKEN: "test-token",
            ASTRO_API_URL: astro.url,
            ASTRO_ORGANIZATION_ID: astro.organizationId,
            INPUT_GITHUB_TOKEN: "ghs_drift_token",
            ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])),
          },
        },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, outputs: readFileSync(files.output, "utf8"), summary: readFileSync(files.summary, "utf8") }),
      ),
    );
  }

  const ours = () => github.state.issues.filter((i) => i.user.login === "github-actions[bot]");

  it("creates one issue when drift appears, updates it when the drift changes, and closes it when the drift is gone", async () => {
    production.schedulerSize = "LARGE";
    const first = await run();
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toContain("drifted<<");
    expect(first.outputs).toMatch(/drifted<<[^\n]+\ntrue/);
    expect(first.summary).toContain("scheduler_size");
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: "open", labels: ["astro-ci:drift"] });
    // The repository's value, never the live one (the issue may be public).
    expect(ours()[0]!.body).toContain("| configuration | `scheduler_size` | `SMALL` | `(not shown)` | differs on the Deployment |");
    expect(ours()[0]!.body).not.toContain("LARGE");

    // Same drift again: nothing is duplicated or rewritten.
    const writesBefore = github.requests.filter((r) => r.method !== "GET").length;
    expect((await run()).code).toBe(0);
    expect(github.requests.filter((r) => r.method !== "GET").length).toBe(writesBefore);

    // The drift changes: the same issue is edited.
    production.environmentVariables = [{ key: "LOG_LEVEL", value: "DEBUG", isSecret: false }];
    expect((await run()).code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain("LOG_LEVEL");

    // The drift is gone: the issue is closed with a comment, and a further clean run changes nothing.
    production.schedulerSize = "SMALL";
    production.environmentVariables = [{ key: "LOG_LEVEL", value: "INFO", isSecret: false }];
    const clean = await run({ "fail-on-drift": "true" });
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatch(/drifted<<[^\n]+\nfalse/);
    expect(ours()[0]!.state).toBe("closed");
    expect(github.state.comments.get(ours()[0]!.number)?.at(-1)?.body).toContain("No drift any more");
    expect((await run()).code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(github.state.issues.find((i) => i.title === "look-alike")?.state).toBe("open");
  }, 180_000);

  it("fails the step on drift only when fail-on-drift is set", async () => {
    production.schedulerSize = "MEDIUM";
    const result = await run({ "fail-on-drift": "true", issues: "false" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("drift found in production");
    production.schedulerSize = "SMALL";
  }, 60_000);
});
