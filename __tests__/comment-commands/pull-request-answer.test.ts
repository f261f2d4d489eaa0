import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { runCommentCommand } from "../../src/commands/comment.js";
import { createGitRefLockStore } from "../../src/comment-commands/locks.js";
import { parseCommandSettings } from "../../src/comment-commands/settings.js";
import { classifyError, ConfigurationError } from "../../src/errors.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { commentPayload } from "./support.js";

/**
 * The pull request as `GET /repos/{owner}/{repo}/pulls/{n}` answers it, from something that is not GitHub's API (a
 * wrong GITHUB_API_URL, a proxy): the emulator's valid answer with `tamper` applied to it, every other call untouched.
 */
function withTamperedPull(client: GitHubClient, tamper: (data: Record<string, unknown>) => void): GitHubClient {
  const get = (async (params: Parameters<GitHubClient["rest"]["pulls"]["get"]>[0]) => {
    const answer = await client.rest.pulls.get(params);
    const data = structuredClone(answer.data) as unknown as Record<string, unknown>;
    tamper(data);
    return { ...answer, data };
  }) as unknown as GitHubClient["rest"]["pulls"]["get"];
  const rest = { ...client.rest, pulls: { ...client.rest.pulls, get } };
  return new Proxy(client, { get: (target, key) => (key === "rest" ? rest : Reflect.get(target, key)) });
}

describe("the pull request as the GitHub API answers it, its shape checked", () => {
  let emulator: GitHubEmulator;
  let client: GitHubClient;
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), retryAfterBaseValue: 1, spaceOutWrites: false });
    emulator.seedPull({ number: 7, headSha: "a".repeat(40) });
    emulator.state.permissions.set("alice", "write");
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  const handle = (tampered: GitHubClient) => {
    const seeded = emulator.seedComment(7, "/astro validate", "alice");
    let checkedOut = false;
    const run = runCommentCommand({
      eventName: "issue_comment",
      payload: commentPayload({ body: "/astro validate", commentId: seeded.id, pr: 7 }),
      client: tampered,
      owner: "o",
      repo: "r",
      settings: parseCommandSettings(undefined),
      targets: [],
      locks: createGitRefLockStore(client, { owner: "o", repo: "r" }),
      // Reached only once the answer was read: stops there (nothing of the pull request is fetched in this test).
      checkout: async () => {
        checkedOut = true;
        throw new ConfigurationError("checkout reached");
      },
      executors: { validate: async () => ({ ok: true, summary: "ran" }) },
      logger: new RecordingLogger(),
    });
    return { run, checkedOut: () => checkedOut };
  };

  it.each([
    ["head.repo.full_name 42", (d: Record<string, unknown>) => ((d.head as { repo: unknown }).repo = { full_name: 42 }), "head.repo.full_name is not a string (it is a number: 42)"],
    ["no base", (d: Record<string, unknown>) => delete d.base, "base is not an object (it is missing)"],
    ["base.repo null", (d: Record<string, unknown>) => ((d.base as { repo: unknown }).repo = null), "base.repo is not an object (it is null)"],
    ["head.ref 5", (d: Record<string, unknown>) => ((d.head as { ref: unknown }).ref = 5), "head.ref is not a string (it is a number: 5)"],
    ["head a string", (d: Record<string, unknown>) => (d.head = "x"), 'head is not an object (it is a string: "x")'],
  ])("%s: exit 2 naming the answer and the field, never an internal error, nothing checked out", async (_label, tamper, what) => {
    const { run, checkedOut } = handle(withTamperedPull(client, tamper));
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(classifyError(error).exitCode).toBe(2);
    expect((error as ConfigurationError).message).toBe(`the GitHub API's answer to GET /repos/o/r/pulls/7: ${what}`);
    expect((error as ConfigurationError).fix).toContain("GITHUB_API_URL");
    expect(checkedOut()).toBe(false);
  });

  it("a deleted head repository (head.repo null) is still a fork's pull request, not an error", async () => {
    const { run, checkedOut } = handle(withTamperedPull(client, (d) => ((d.head as { repo: unknown }).repo = null)));
    await expect(run).rejects.toThrow("checkout reached");
    expect(checkedOut()).toBe(true);
  });
});
