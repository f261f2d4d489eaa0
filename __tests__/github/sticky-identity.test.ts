import { afterEach, describe, expect, it } from "vitest";
import { classifyError } from "../../src/errors.js";
import { DRIFT_LABEL, syncDriftIssue } from "../../src/github/drift-issues.js";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { deleteStickyComment, hasStickyComment, upsertStickyComment } from "../../src/github/sticky-comment.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { RecordingLogger } from "../support/recording-logger.js";

// Who writes our comments and issues depends on the token the workflow gives astro-ci: GITHUB_TOKEN
// (github-actions[bot]), a GitHub App installation token (<slug>[bot]) or a personal access token (the PAT's user).
// Each case runs against the GitHub emulator, which answers GET /user as GitHub does for that kind of token.

const MARKER = "astro-ci:validate-dags";
const TAG = `<!-- ${MARKER} -->`;
const request = { owner: "o", repo: "r", issueNumber: 7, marker: MARKER };
const driftMarker = (key: string) => `<!-- astro-ci:drift ${key} -->`;

type Mode = { name: string; emulator: { botLogin?: string; tokenUser?: string }; ours: string; botLogin?: string };
const MODES: Mode[] = [
  { name: "GITHUB_TOKEN", emulator: {}, ours: "github-actions[bot]" },
  { name: "a GitHub App installation token", emulator: { botLogin: "dag-deployer[bot]" }, ours: "dag-deployer[bot]" },
  { name: "a personal access token", emulator: { tokenUser: "ci-machine-user" }, ours: "ci-machine-user" },
  { name: "an explicit botLogin", emulator: { botLogin: "named-bot[bot]" }, ours: "named-bot[bot]", botLogin: "named-bot[bot]" },
];

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  if (!emulator) return;
  expect(emulator.validationErrors).toEqual([]);
  expect(emulator.responseErrors).toEqual([]);
  await emulator.close();
  emulator = undefined;
});

async function start(options: { botLogin?: string; tokenUser?: string }, retries = 3): Promise<{ github: GitHubEmulator; client: GitHubClient }> {
  emulator = await startGitHubEmulator(options);
  return { github: emulator, client: createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), retries, retryAfterBaseValue: 1, spaceOutWrites: false }) };
}

const whoAsked = (github: GitHubEmulator) => github.requests.filter((r) => r.operationId === "users/get-authenticated");
const commentsOf = (github: GitHubEmulator, issue = 7) => github.state.comments.get(issue) ?? [];

async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

describe("sticky comment: the author check follows the identity of the token", () => {
  it("a personal access token: the comment its user wrote is updated, not duplicated; GET /user is asked once per client", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    const mine = github.seedComment(7, `${TAG}\nfirst run`, "ci-machine-user");
    const first = await upsertStickyComment(client, { ...request, body: "second run" });
    const second = await upsertStickyComment(client, { ...request, body: "third run" });
    expect(first).toMatchObject({ action: "updated", id: mine.id });
    expect(second).toMatchObject({ action: "updated", id: mine.id });
    expect(commentsOf(github)).toHaveLength(1);
    expect(commentsOf(github)[0]?.body).toBe(`${TAG}\nthird run`);
    expect(whoAsked(github)).toHaveLength(1);
  });

  it("a personal access token: a first run creates the comment as that user, and the next run finds it", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    expect((await upsertStickyComment(client, { ...request, body: "one" })).action).toBe("created");
    expect((await upsertStickyComment(client, { ...request, body: "two" })).action).toBe("updated");
    expect(commentsOf(github).map((c) => c.user.login)).toEqual(["ci-machine-user"]);
  });

  it("a GitHub App installation token (GET /user answers 403): the App's bot comment is updated", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" });
    const mine = github.seedComment(7, `${TAG}\nold`, "dag-deployer[bot]");
    const result = await upsertStickyComment(client, { ...request, body: "new" });
    expect(result).toMatchObject({ action: "updated", id: mine.id });
    expect(commentsOf(github)).toHaveLength(1);
    expect(whoAsked(github).map((r) => r.status)).toEqual([403]);
    expect(await hasStickyComment(client, request)).toBe(true);
    expect(await deleteStickyComment(client, request)).toBe(true);
    expect(commentsOf(github)).toHaveLength(0);
    expect(whoAsked(github)).toHaveLength(1);
  });

  it("GITHUB_TOKEN: github-actions[bot]'s comment is still updated", async () => {
    const { github, client } = await start({});
    const mine = github.seedComment(7, `${TAG}\nold`, "github-actions[bot]");
    expect(await upsertStickyComment(client, { ...request, body: "new" })).toMatchObject({ action: "updated", id: mine.id });
    expect(commentsOf(github)).toHaveLength(1);
  });

  it("an explicit botLogin wins and costs no GET /user", async () => {
    const { github, client } = await start({ botLogin: "named-bot[bot]" });
    const mine = github.seedComment(7, `${TAG}\nold`, "named-bot[bot]");
    github.seedComment(7, `${TAG}\nother app`, "other-app[bot]");
    expect(await upsertStickyComment(client, { ...request, body: "new", botLogin: "named-bot[bot]" })).toMatchObject({ action: "updated", id: mine.id });
    expect(whoAsked(github)).toHaveLength(0);
  });

  for (const mode of MODES) {
    it(`${mode.name}: a user's comment that pastes the marker is never updated nor deleted`, async () => {
      const { github, client } = await start(mode.emulator);
      const pasted = github.seedComment(7, `${TAG}\nI copied this from the bot`, "mallory");
      // A person writing through an App on their own behalf (user-to-server token): the App is recorded, the author is the person.
      const viaApp = github.seedComment(7, `${TAG}\nwritten through an app`, "mallory", { viaApp: mode.ours.replace(/\[bot\]$/, "") });
      const byRequest = { ...request, botLogin: mode.botLogin };
      expect(await hasStickyComment(client, byRequest)).toBe(false);
      expect(await deleteStickyComment(client, byRequest)).toBe(false);
      const result = await upsertStickyComment(client, { ...byRequest, body: "ours" });
      expect(result.action).toBe("created");
      expect(pasted.body).toBe(`${TAG}\nI copied this from the bot`);
      expect(viaApp.body).toBe(`${TAG}\nwritten through an app`);
      expect(commentsOf(github).map((c) => c.user.login)).toEqual(["mallory", "mallory", mode.ours]);
      expect(github.requests.filter((r) => r.method === "PATCH" || r.method === "DELETE")).toEqual([]);
      // The comment just created is ours: the next run updates it and still leaves the user's alone.
      expect(await upsertStickyComment(client, { ...byRequest, body: "ours again" })).toMatchObject({ action: "updated", id: result.id });
      expect(await deleteStickyComment(client, byRequest)).toBe(true);
      expect(commentsOf(github).map((c) => c.id)).toEqual([pasted.id, viaApp.id]);
    });
  }

  it("a personal access token: another bot's comment with the marker is not its own", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    github.seedComment(7, `${TAG}\nold`, "github-actions[bot]");
    expect((await upsertStickyComment(client, { ...request, body: "new" })).action).toBe("created");
    expect(commentsOf(github)).toHaveLength(2);
  });

  it("moving from GITHUB_TOKEN to an App token: github-actions[bot]'s comment, which GitHub does not let the App edit (403), is passed over", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" });
    const old = github.seedComment(7, `${TAG}\nfrom GITHUB_TOKEN`, "github-actions[bot]");
    const first = await upsertStickyComment(client, { ...request, body: "one" });
    expect(first.action).toBe("created");
    expect(await upsertStickyComment(client, { ...request, body: "two" })).toMatchObject({ action: "updated", id: first.id });
    expect(old.body).toBe(`${TAG}\nfrom GITHUB_TOKEN`);
    expect(commentsOf(github).map((c) => c.user.login)).toEqual(["github-actions[bot]", "dag-deployer[bot]"]);
    expect(await deleteStickyComment(client, request)).toBe(true);
    expect(commentsOf(github).map((c) => c.id)).toEqual([old.id]);
    expect(await deleteStickyComment(client, request)).toBe(false);
  });

  it("a 403 on the update with a personal access token is not passed over: it is the caller's to report", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    github.seedComment(7, `${TAG}\nold`, "ci-machine-user");
    github.failNext("issues/update-comment", 403, "Resource not accessible by personal access token");
    expect(await rejection(() => upsertStickyComment(client, { ...request, body: "new" }))).toMatchObject({ status: 403 });
    expect(commentsOf(github)).toHaveLength(1);
  });

  it("an installation token: a Bot comment whose App attribution names another App is not taken", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" });
    github.seedComment(7, `${TAG}\nodd`, "dag-deployer[bot]", { viaApp: "someone-else" });
    expect((await upsertStickyComment(client, { ...request, body: "new" })).action).toBe("created");
    expect(commentsOf(github)).toHaveLength(2);
  });
});

describe("drift issues: the author check follows the identity of the token", () => {
  const drift = { owner: "o", repo: "r", key: "clx123", name: "production" };

  it("a personal access token: the drift issue its user opened is updated, not duplicated", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    const issue = github.seedIssue({ title: "Drift", body: `${driftMarker("clx123")}\nold drift`, labels: [DRIFT_LABEL], login: "ci-machine-user" });
    const result = await syncDriftIssue(client, { ...drift, body: "new drift" });
    expect(result).toMatchObject({ action: "updated", number: issue.number });
    expect(github.state.issues).toHaveLength(1);
    expect(issue.body).toContain("new drift");
    expect(await syncDriftIssue(client, { ...drift, body: "new drift" })).toMatchObject({ action: "unchanged", number: issue.number });
    expect(whoAsked(github)).toHaveLength(1);
  });

  it("an App installation token: the App's drift issue is closed when the drift is gone", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" });
    const issue = github.seedIssue({ title: "Drift", body: `${driftMarker("clx123")}\nold drift`, labels: [DRIFT_LABEL], login: "dag-deployer[bot]" });
    expect(await syncDriftIssue(client, drift)).toMatchObject({ action: "closed", number: issue.number });
    expect(issue.state).toBe("closed");
  });

  it("moving from GITHUB_TOKEN to an App token: the old issue's body cannot be edited (403), so one new issue is kept (and closed when the drift is gone)", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" });
    const old = github.seedIssue({ title: "Drift", body: `${driftMarker("clx123")}\nold drift`, labels: [DRIFT_LABEL], login: "github-actions[bot]" });
    const created = await syncDriftIssue(client, { ...drift, body: "new drift" });
    expect(created.action).toBe("created");
    expect(old.body).toBe(`${driftMarker("clx123")}\nold drift`);
    expect(await syncDriftIssue(client, { ...drift, body: "newer drift" })).toMatchObject({ action: "updated", number: created.number });
    expect(github.state.issues).toHaveLength(2);
    expect(await syncDriftIssue(client, drift)).toMatchObject({ action: "closed", number: created.number });
  });

  for (const mode of MODES) {
    it(`${mode.name}: an issue a user opened with the marker is never edited or closed`, async () => {
      const { github, client } = await start(mode.emulator);
      const pasted = github.seedIssue({ title: "mine", body: `${driftMarker("clx123")}\nby hand`, labels: [DRIFT_LABEL], login: "mallory" });
      expect(await syncDriftIssue(client, { ...drift, botLogin: mode.botLogin })).toMatchObject({ action: "none" });
      const created = await syncDriftIssue(client, { ...drift, body: "drift", botLogin: mode.botLogin });
      expect(created.action).toBe("created");
      expect(created.number).not.toBe(pasted.number);
      expect(github.state.issues.map((i) => i.user.login)).toEqual(["mallory", mode.ours]);
      expect(pasted).toMatchObject({ body: `${driftMarker("clx123")}\nby hand`, state: "open", title: "mine" });
      expect(await syncDriftIssue(client, { ...drift, body: "drift 2", botLogin: mode.botLogin })).toMatchObject({ action: "updated", number: created.number });
    });
  }
});

describe("GET /user failures are classified, never internal errors", () => {
  it("401 (a revoked token): exit 2 naming GET /user and the github-token fix; nothing is written", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" });
    github.failNext("users/get-authenticated", 401, "Bad credentials");
    const classified = classifyError(await rejection(() => upsertStickyComment(client, { ...request, body: "x" })));
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toMatch(/refused GET http:\/\/127\.0\.0\.1:\d+\/user \(HTTP 401\).*Bad credentials.*Fix: check the github-token input/);
    expect(github.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("500 (GitHub failing): exit 2 pointing at githubstatus; the drift issue is not touched", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" }, 0);
    github.failNext("users/get-authenticated", 500, "Server Error");
    const classified = classifyError(await rejection(() => syncDriftIssue(client, { owner: "o", repo: "r", key: "k", name: "n", body: "drift" })));
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toMatch(/failed GET http:\/\/127\.0\.0\.1:\d+\/user \(HTTP 500\).*githubstatus/);
    expect(github.state.issues).toEqual([]);
  });

  it("a failed GET /user is not remembered: the next call asks again and goes on", async () => {
    const { github, client } = await start({ tokenUser: "ci-machine-user" }, 0);
    github.failNext("users/get-authenticated", 502, "Bad Gateway");
    await rejection(() => hasStickyComment(client, request));
    expect(await upsertStickyComment(client, { ...request, body: "x" })).toMatchObject({ action: "created" });
    expect(whoAsked(github).map((r) => r.status)).toEqual([502, 200]);
  });

  it("a rate-limited 403 is a failure, not an installation token: nothing of the App's is touched", async () => {
    const { github, client } = await start({ botLogin: "dag-deployer[bot]" }, 0);
    const theirs = github.seedComment(7, `${TAG}\nold`, "dag-deployer[bot]");
    github.failNext("users/get-authenticated", 403, "API rate limit exceeded for installation ID 1.");
    const classified = classifyError(await rejection(() => upsertStickyComment(client, { ...request, body: "x" })));
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/user \(HTTP 403\).*rate limit/);
    expect(theirs.body).toBe(`${TAG}\nold`);
  });
});
