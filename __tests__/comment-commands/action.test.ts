import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommentCommandAction } from "../../src/actions/comment-command/run.js";
import type { ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
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
});
