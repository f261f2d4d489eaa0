/**
 * A failed `/astro preview` whose Astro API error quotes a declared connection password back: the reply comment (posted
 * to GitHub through the API, where the runner's log masking never reaches), the action's result and the CLI's JSON
 * answer on stdout show `***`, never the value. Before the fix the reply comment and the CLI's stdout held it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommentCommandAction } from "../../src/actions/comment-command/run.js";
import type { ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { runCli } from "../../src/cli/main.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { commentPayload } from "./support.js";
import { tempDirPath } from "../support/temp-dir.js";

// A quote and a backslash: JSON-escaped, the value reads `pw\"preview\\secret-9`, which masking the raw value misses.
const PASSWORD = 'pw"preview\\secret-9';

function fakeRuntime() {
  const secrets: string[] = [];
  const runtime: ActionsRuntime = {
    setOutput: () => undefined,
    setSecret: (s) => secrets.push(s),
    appendSummary: async () => undefined,
    debug: () => undefined,
    info: () => undefined,
    error: () => undefined,
    warning: () => undefined,
    notice: () => undefined,
  };
  return { runtime, secrets };
}

describe("declared values never reach a reply comment or stdout", () => {
  let github: GitHubEmulator;
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let repo: TempGitRepo;
  let origin: TempGitRepo;
  let sha: string;
  beforeEach(async () => {
    github = await startGitHubEmulator();
    airflow = await startAirflowEmulator();
    astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    repo = createTempGitRepo({
      "astro-ci.yaml": "previews:\n  template-deployment-name: tmpl\n  name: \"r-pr-{pr}\"\n  airflow-settings: settings.yaml\n",
      "settings.yaml": "airflow:\n  connections:\n    - conn_id: warehouse\n      conn_type: postgres\n      conn_host: db.example.com\n      conn_password: ${PREVIEW_DB_PASSWORD}\n",
    });
    repo.commit("previews");
    origin = createTempGitRepo({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/pr_dag.py": "from airflow import DAG\n" });
    sha = origin.commit("pr head");
    origin.git("update-ref", "refs/pull/7/head", sha);
    repo.git("remote", "add", "origin", origin.dir);
    astro.addDeployment({ name: "tmpl" });
    github.seedPull({ number: 7, headSha: sha });
    github.state.permissions.set("alice", "write");
  });
  afterEach(async () => {
    expect(github.validationErrors).toEqual([]);
    expect(astro.validationErrors).toEqual([]);
    await github.close();
    await astro.close();
    await airflow.close();
    origin.cleanup();
    repo.cleanup();
  });

  const eventFile = () => {
    const seeded = github.seedComment(7, "/astro preview", "alice");
    const file = join(tempDirPath("astro-ci-event-"), "event.json");
    writeFileSync(file, JSON.stringify(commentPayload({ body: "/astro preview", commentId: seeded.id })));
    return file;
  };
  const replies = () => (github.state.comments.get(7) ?? []).filter((c) => c.body.includes("astro-ci:commands")).map((c) => c.body);
  const injectEcho = (kind: "json" | "html") =>
    kind === "json"
      ? astro.inject("CreateEnvironmentObject", { status: 400, body: { message: `connection.password '${PASSWORD}' is not accepted here`, requestId: "req-1", statusCode: 400 } })
      : // A proxy's page quoting the request: the client quotes its first bytes JSON-escaped.
        astro.inject("CreateEnvironmentObject", { status: 400, raw: `<html><body>rejected {"password": "${PASSWORD}"}</body></html>` });

  it.each(["json", "html"] as const)("the action: the reply comment and the result hold *** (API error answer as %s)", async (kind) => {
    injectEcho(kind);
    const file = eventFile();
    const { runtime, secrets } = fakeRuntime();
    const env = { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "issue_comment", GITHUB_EVENT_PATH: file, GITHUB_API_URL: github.url, INPUT_GITHUB_TOKEN: "ghs_secret", INPUT_ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: PASSWORD, PATH: process.env.PATH ?? "" };
    const { result, failureMessage } = await runCommentCommandAction(env, runtime);
    expect(result).toMatchObject({ command: "preview", accepted: true, failed: true });
    expect(secrets).toContain(PASSWORD);
    const bodies = replies();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatch(/failed/);
    expect(bodies[0]).toContain("\\*\\*\\*");
    for (const text of [bodies[0] as string, result.reason, failureMessage ?? ""]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
      expect(text).not.toContain("secret-9");
    }
  }, 120_000);

  it("the action and the CLI: the GitHub and Astro tokens an API error quotes back are *** in the reply comment (the whole of it) and the answer", async () => {
    const GITHUB_TOKEN = "ghs_TokenOfThisRun42";
    // The token the Astro emulator accepts.
    const ASTRO_TOKEN = "test-token";
    // An Astro API error that quotes the request's Authorization header and, say, a proxy's copy of the GitHub token.
    const echo = () => astro.inject("CreateEnvironmentObject", { status: 400, body: { message: `rejected Authorization: Bearer ${ASTRO_TOKEN} (also seen: ${encodeURIComponent(GITHUB_TOKEN)})`, requestId: "req-1", statusCode: 400 } });
    echo();
    const { runtime, secrets } = fakeRuntime();
    const env = { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "issue_comment", GITHUB_EVENT_PATH: eventFile(), GITHUB_API_URL: github.url, INPUT_GITHUB_TOKEN: GITHUB_TOKEN, INPUT_ASTRO_API_TOKEN: ASTRO_TOKEN, ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: PASSWORD, PATH: process.env.PATH ?? "" };
    const { result, failureMessage } = await runCommentCommandAction(env, runtime);
    expect(result).toMatchObject({ command: "preview", accepted: true, failed: true });
    expect(secrets).toEqual(expect.arrayContaining([GITHUB_TOKEN, ASTRO_TOKEN]));
    expect(replies()[0]).toContain("Bearer \\*\\*\\*");
    for (const text of [...replies(), result.reason, failureMessage ?? ""]) expect(text).not.toMatch(/TokenOfThisRun|test-token/);

    echo();
    let stdout = "";
    let stderr = "";
    const cliEnv = { GITHUB_TOKEN, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "issue_comment", ASTRO_API_TOKEN: ASTRO_TOKEN, ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: PASSWORD, PATH: process.env.PATH ?? "" };
    expect(await runCli(["command", "--event", eventFile(), "--format", "json"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env: cliEnv })).toBe(1);
    expect((JSON.parse(stdout) as { reason: string }).reason).toContain("Bearer ***");
    for (const text of [stdout, stderr, ...replies()]) expect(text).not.toMatch(/TokenOfThisRun|test-token/);
  }, 120_000);

  it.each(["json", "html"] as const)("astro-ci command --format json: stdout, stderr and the reply comment hold *** (API error answer as %s)", async (kind) => {
    injectEcho(kind);
    const file = eventFile();
    let stdout = "";
    let stderr = "";
    const env = { GITHUB_TOKEN: "ghs_test", GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "issue_comment", ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: PASSWORD, PATH: process.env.PATH ?? "" };
    const code = await runCli(["command", "--event", file, "--format", "json"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env });
    expect(code).toBe(1);
    const answer = JSON.parse(stdout) as { command: string; reason: string };
    expect(answer.command).toBe("preview");
    expect(answer.reason).toMatch(/^failed: .*\*\*\*/);
    for (const text of [stdout, stderr, ...replies()]) {
      expect(text).not.toContain("secret-9");
    }
    expect(replies()).toHaveLength(1);
  }, 120_000);
});
