import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runDriftAction } from "../../src/actions/drift/run.js";
import type { ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { startJsonServer } from "../support/openapi.js";
import { tempDirPath } from "../support/temp-dir.js";

function fakeRuntime() {
  const outputs: Record<string, string> = {};
  const lines: string[] = [];
  const runtime: ActionsRuntime = {
    setOutput: (name, value) => (outputs[name] = String(value)),
    setSecret: () => undefined,
    appendSummary: async () => undefined,
    debug: () => undefined,
    info: (m) => lines.push(m),
    error: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    notice: (m) => lines.push(m),
  };
  return { runtime, outputs, lines };
}

describe("drift action: a Deployment whose Airflow API cannot be read (in-process, Astro, Airflow and GitHub emulators)", () => {
  let github: GitHubEmulator;
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let down: { url: string; close(): Promise<void> };
  let repo: TempGitRepo;
  let production: EmulatedDeployment;
  let staging: EmulatedDeployment;

  beforeEach(async () => {
    github = await startGitHubEmulator();
    astro = await startAstroEmulator();
    airflow = await startAirflowEmulator();
    // staging's Airflow API: a proxy's 503 page (the Deployment is updating).
    down = await startJsonServer(() => ({ status: 503, rawBody: "<html><body>503 Service Temporarily Unavailable</body></html>", headers: { "content-type": "text/html" } }));
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/a.py": "from airflow import DAG\n",
      "deployments/production.yaml": "deployment:\n  configuration:\n    scheduler_size: SMALL\n",
      "airflow_settings.yaml": "airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 8\n",
      "astro-ci.yaml": [
        "deployments:",
        "  - branch: main",
        "    deployment-name: production",
        "    deployment-file: deployments/production.yaml",
        "  - branch: main",
        "    deployment-name: staging",
        "    airflow-settings: airflow_settings.yaml",
        "",
      ].join("\n"),
    });
    const head = repo.commit("initial");
    production = astro.addDeployment({ name: "production", schedulerSize: "SMALL", airflowApiUrl: airflow.apiUrl });
    staging = astro.addDeployment({ name: "staging", airflowApiUrl: `${down.url}/api/v1` });
    for (const d of [production, staging]) {
      astro.deploys.push({ id: `cldeploy${d.name.padEnd(17, "0")}`, deploymentId: d.id, type: "IMAGE_AND_DAG", status: "DEPLOYED", git: { provider: "GENERIC", commitSha: head, remoteUrl: "https://example.com/r.git" }, createdAt: "2025-12-31T00:00:00Z", blobId: "b" });
    }
    // Both Deployments had drift last night: one open issue each, written by the token's identity.
    for (const d of [production, staging]) github.seedIssue({ title: `Drift: Astro Deployment ${d.name} differs from the repository`, body: `<!-- astro-ci:drift ${d.id} -->\nold drift`, labels: ["astro-ci:drift"], login: "github-actions[bot]" });
  });
  afterEach(async () => {
    expect(github.validationErrors).toEqual([]);
    expect(github.responseErrors).toEqual([]);
    expect(astro.validationErrors).toEqual([]);
    await github.close();
    await astro.close();
    await airflow.close();
    await down.close();
    repo.cleanup();
  });

  const env = (inputs: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const dir = tempDirPath("astro-ci-runner-");
    const event = join(dir, "event.json");
    writeFileSync(event, JSON.stringify({ schedule: "0 5 * * *" }));
    return {
      RUNNER_TEMP: dir,
      GITHUB_REPOSITORY: "o/r",
      GITHUB_EVENT_NAME: "schedule",
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: "0".repeat(40),
      GITHUB_REF: "refs/heads/main",
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_API_URL: github.url,
      ASTRO_API_TOKEN: "test-token",
      ASTRO_API_URL: astro.url,
      ASTRO_ORGANIZATION_ID: astro.organizationId,
      INPUT_GITHUB_TOKEN: "ghs_drift_token",
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])),
    };
  };
  const issueOf = (d: EmulatedDeployment) => github.state.issues.find((i) => (i.body ?? "").includes(`astro-ci:drift ${d.id}`) && i.user.login === "github-actions[bot]");
  const noRetryWait = { http: { sleep: async () => undefined } };

  it("fails the step naming the Deployment and why, leaves its drift issue open and unedited, and closes the other Deployment's issue as before", async () => {
    const { runtime, outputs } = fakeRuntime();
    const result = await runDriftAction(env(), runtime, noRetryWait);
    expect(result.report.drifted).toBe(false);
    expect(outputs.drifted).toBe("false");
    expect(result.report.deployments.find((d) => d.name === "staging")?.unreadable).toBe(true);
    // The step fails (fail-on-drift is off: this is no drift finding, the check itself is incomplete).
    expect(result.failureMessage).toMatch(/^could not check staging for drift: pools not compared: the Deployment's Airflow API \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\) could not be read: HTTP 503/);
    expect(result.failureMessage).not.toContain("production");
    // staging's issue: neither closed nor rewritten to "resolved".
    expect(issueOf(staging)).toMatchObject({ state: "open", body: `<!-- astro-ci:drift ${staging.id} -->\nold drift` });
    expect(github.state.comments.get(issueOf(staging)!.number) ?? []).toEqual([]);
    expect(result.issues).toContainEqual({ name: "staging", action: "none" });
    // production was read in full and has no drift any more: its issue is closed as before.
    expect(issueOf(production)?.state).toBe("closed");
    expect(github.state.comments.get(issueOf(production)!.number)?.at(-1)?.body).toContain("No drift any more");
  }, 60_000);

  it("with drift elsewhere and fail-on-drift, the message names both; the unread Deployment's issue is still not closed", async () => {
    production.schedulerSize = "LARGE";
    const result = await runDriftAction(env({ "fail-on-drift": "true" }), fakeRuntime().runtime, noRetryWait);
    expect(result.report.drifted).toBe(true);
    expect(result.failureMessage).toMatch(/^drift found in production; could not check staging for drift: .*HTTP 503/);
    expect(issueOf(production)?.state).toBe("open");
    expect(issueOf(production)?.body).toContain("`scheduler_size`");
    expect(issueOf(production)?.body).not.toContain("LARGE");
    expect(issueOf(staging)).toMatchObject({ state: "open", body: `<!-- astro-ci:drift ${staging.id} -->\nold drift` });
  }, 60_000);
});
