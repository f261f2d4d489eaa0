import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommentCommandAction } from "../../src/actions/comment-command/run.js";
import type { ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { startAstroEmulator } from "../support/astro-emulator.js";
import { startAirflowEmulator } from "../support/airflow-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { closedPullRequestPayload, commentPayload, webhookSchemaErrors } from "./support.js";
import { tempDirPath } from "../support/temp-dir.js";

function fakeRuntime() {
  const outputs: Record<string, string> = {};
  const secrets: string[] = [];
  const lines: string[] = [];
  const runtime: ActionsRuntime = {
    setOutput: (name, value) => (outputs[name] = String(value)),
    setSecret: (s) => secrets.push(s),
    appendSummary: async () => undefined,
    debug: () => undefined,
    info: (m) => lines.push(m),
    error: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    notice: (m) => lines.push(m),
  };
  return { runtime, outputs, secrets, lines };
}

describe("comment-command action", () => {
  let emulator: GitHubEmulator;
  let repo: TempGitRepo;
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    repo = createTempGitRepo({ "astro-ci.yaml": "deployments:\n  - branch: develop\n    deployment-name: stg\n    name: staging\n" });
    repo.commit("base");
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
    repo.cleanup();
  });
  const env = (eventName: string, payload: unknown) => {
    const file = join(tempDirPath("astro-ci-event-"), "event.json");
    writeFileSync(file, JSON.stringify(payload));
    return { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: file, GITHUB_API_URL: emulator.url, INPUT_GITHUB_TOKEN: "ghs_secret", INPUT_ASTRO_API_TOKEN: "astro_secret" };
  };

  it("takes a lock, masks both tokens, sets outputs; the closed event releases it", async () => {
    const sha = "d".repeat(40);
    emulator.seedPull({ number: 7, headSha: sha });
    emulator.state.permissions.set("alice", "write");
    const seeded = emulator.seedComment(7, "/astro lock staging", "alice");
    const { runtime, outputs, secrets } = fakeRuntime();
    const { result, failureMessage } = await runCommentCommandAction(env("issue_comment", commentPayload({ body: "/astro lock staging", commentId: seeded.id })), runtime);
    expect(result.accepted).toBe(true);
    expect(failureMessage).toBeUndefined();
    expect(outputs).toEqual({ command: "lock", accepted: "true", sha });
    expect(secrets).toEqual(["ghs_secret", "astro_secret"]);
    expect(emulator.state.refs.get("refs/astro-ci/locks/staging")).toBe(sha);
    const closedEvent = closedPullRequestPayload(7);
    expect(await webhookSchemaErrors("pull-request-closed", closedEvent)).toEqual([]);
    const closed = await runCommentCommandAction(env("pull_request", closedEvent), fakeRuntime().runtime);
    expect(closed.result.results).toEqual({ released: ["staging"] });
    expect(emulator.state.refs.size).toBe(0);
  });

  it("a fork PR's locks: pull_request_target closed releases them (a fork's pull_request run has a read-only token); its other actions run nothing", async () => {
    const sha = "e".repeat(40);
    emulator.seedPull({ number: 8, headSha: sha, headRepo: "someone/fork" });
    emulator.state.permissions.set("alice", "maintain");
    const seeded = emulator.seedComment(8, "/astro lock staging", "alice");
    const locked = await runCommentCommandAction(env("issue_comment", commentPayload({ pr: 8, body: "/astro lock staging", commentId: seeded.id })), fakeRuntime().runtime);
    expect(locked.result.accepted).toBe(true);
    expect(emulator.state.refs.get("refs/astro-ci/locks/staging")).toBe(sha);
    const before = emulator.requests.length;
    const opened = { ...closedPullRequestPayload(8), action: "opened" };
    const ignored = await runCommentCommandAction(env("pull_request_target", opened), fakeRuntime().runtime);
    expect(ignored.result).toMatchObject({ ignored: true, reason: "pull_request_target opened is not handled (only closed, which releases the PR's locks)" });
    expect(emulator.requests.length).toBe(before);
    const closedEvent = closedPullRequestPayload(8);
    // pull_request_target carries the pull_request webhook payload (GitHub: "Events that trigger workflows").
    expect(await webhookSchemaErrors("pull-request-closed", closedEvent)).toEqual([]);
    const closed = await runCommentCommandAction(env("pull_request_target", closedEvent), fakeRuntime().runtime);
    expect(closed.result.results).toEqual({ released: ["staging"] });
    expect(emulator.state.refs.size).toBe(0);
  });
  it("/astro preview reads ${NAME} of the trusted airflow-settings from the step's env (as branch-deploy does) and masks the value", async () => {
    const airflow = await startAirflowEmulator();
    const astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    const origin = createTempGitRepo({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/pr_dag.py": "from airflow import DAG\n" });
    try {
      repo.write({
        "astro-ci.yaml": "previews:\n  template-deployment-name: tmpl\n  name: \"r-pr-{pr}\"\n  airflow-settings: settings.yaml\n",
        "settings.yaml": "airflow:\n  connections:\n    - conn_id: warehouse\n      conn_type: postgres\n      conn_host: db.example.com\n      conn_password: ${PREVIEW_DB_PASSWORD}\n",
      });
      repo.commit("previews");
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      astro.addDeployment({ name: "tmpl" });
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "write");
      const seeded = emulator.seedComment(7, "/astro preview", "alice");
      const { runtime, secrets } = fakeRuntime();
      const stepEnv = { ...env("issue_comment", commentPayload({ body: "/astro preview", commentId: seeded.id })), INPUT_ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: "preview-db-secret", PATH: process.env.PATH ?? "" };
      const { result, failureMessage } = await runCommentCommandAction(stepEnv, runtime);
      expect(failureMessage).toBeUndefined();
      expect(result).toMatchObject({ command: "preview", accepted: true, failed: false });
      expect(astro.environmentObjects.find((o) => o.objectKey === "warehouse")?.connection).toMatchObject({ host: "db.example.com", password: "preview-db-secret" });
      expect(secrets).toContain("preview-db-secret");
      expect(astro.validationErrors).toEqual([]);
    } finally {
      origin.cleanup();
      await astro.close();
      await airflow.close();
    }
  }, 120_000);
});
