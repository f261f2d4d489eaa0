import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { createGitRefLockStore, type LockStore } from "../../src/comment-commands/locks.js";
import { runCommentCommand, type CommentCommandOptions } from "../../src/commands/comment.js";
import { parseCommandSettings } from "../../src/comment-commands/settings.js";
import type { DeploymentTarget } from "../../src/deploy/targets.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { commentPayload } from "./support.js";

// Finding the holder of a taken target lock: one List matching references call on the target's holder records, then
// GET pulls/{N} for the records tried, whatever the number of open pull requests.

const SHA = "c0ffee".padEnd(40, "0");
const TARGETS: DeploymentTarget[] = [
  { name: "staging", branches: ["develop"], deploymentName: "staging" },
  { name: "prod", branches: ["main"], deploymentName: "prod" },
  { name: "production", branches: ["release"], deploymentName: "production" },
];

let emulator: GitHubEmulator;
let client: GitHubClient;
let store: LockStore;
beforeEach(async () => {
  emulator = await startGitHubEmulator();
  client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), retryAfterBaseValue: 1, spaceOutWrites: false });
  store = createGitRefLockStore(client, { owner: "o", repo: "r" });
});
afterEach(async () => {
  expect(emulator.validationErrors).toEqual([]);
  expect(emulator.responseErrors).toEqual([]);
  await emulator.close();
});

/**
 * Open pull requests 1..count, seeded newest first: GitHub lists open PRs newest first (pulls.list sorts by created,
 * descending, by default) and the emulator lists them in seeding order, so a lookup that scans the open PRs sees them
 * in GitHub's order.
 */
function seedOpenPulls(count: number): void {
  for (let n = count; n >= 1; n--) emulator.seedPull({ number: n, headSha: SHA });
}
/** The operations (and the pull number of pulls/get) of the requests made by `run`. */
async function callsOf<T>(run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const before = emulator.requests.length;
  const result = await run();
  const calls = emulator.requests.slice(before).map((r) => (r.operationId === "pulls/get" ? `pulls/get ${r.path.split("/").pop()}` : String(r.operationId)));
  return { result, calls };
}
const holderRecord = (target: string, pr: number) => `refs/astro-ci/lock-holders/${target}/pr-${pr}`;

describe("the holder of a taken lock", () => {
  it.each([20, 200])("is found with the same three calls among %i open pull requests (no scan of the open PRs)", async (open) => {
    seedOpenPulls(open);
    expect((await store.acquire("staging", 15, SHA)).acquired).toBe(true);
    const lookup = await callsOf(() => store.holder("staging"));
    expect(lookup.result).toEqual({ taken: true, holder: 15 });
    expect(lookup.calls).toEqual(["git/get-ref", "git/list-matching-refs", "pulls/get 15"]);
    // The matching-refs call asks for the target's prefix ending in `/`.
    const listed = emulator.requests.find((r) => r.operationId === "git/list-matching-refs");
    expect(decodeURIComponent(listed?.path ?? "")).toBe("/repos/o/r/git/matching-refs/astro-ci/lock-holders/staging/");
    // Another PR's `lock` is refused naming the holder: POST (taken), its own record (absent), then the lookup.
    const refused = await callsOf(() => store.acquire("staging", 3, SHA));
    expect(refused.result).toEqual({ acquired: false, holder: 15 });
    expect(refused.calls).toEqual(["git/create-ref", "git/get-ref", "git/list-matching-refs", "pulls/get 15"]);
  });

  it("/astro deploy refused on a taken target costs the same few requests with 250 open PRs as with 5", async () => {
    const run = async (open: number): Promise<{ requests: number; holder: unknown; reply: string }> => {
      await emulator.close();
      emulator = await startGitHubEmulator();
      client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), retryAfterBaseValue: 1, spaceOutWrites: false });
      seedOpenPulls(open);
      emulator.state.permissions.set("alice", "write");
      const locks = createGitRefLockStore(client, { owner: "o", repo: "r" });
      await locks.acquire("staging", 4, SHA);
      const before = emulator.requests.length;
      const seeded = emulator.seedComment(2, "/astro deploy staging", "alice");
      const options: CommentCommandOptions = {
        eventName: "issue_comment",
        payload: commentPayload({ body: "/astro deploy staging", pr: 2, commentId: seeded.id }),
        client,
        owner: "o",
        repo: "r",
        settings: parseCommandSettings(undefined),
        targets: TARGETS,
        locks,
        checkout: () => Promise.reject(new Error("a refused deploy checks nothing out")),
        executors: {},
        logger: new RecordingLogger(),
      };
      const result = await runCommentCommand(options);
      expect(emulator.requests.slice(before).map((r) => r.operationId)).not.toContain("pulls/list");
      return { requests: emulator.requests.length - before, holder: (result.results as { holder?: unknown } | null)?.holder, reply: (emulator.state.comments.get(2) ?? []).map((c) => c.body).join("\n") };
    };
    const few = await run(5);
    const many = await run(250);
    expect(few.holder).toBe(4);
    expect(many.holder).toBe(4);
    expect(many.reply).toContain("locked by #4");
    expect(many.requests).toBe(few.requests);
    expect(many.requests).toBeLessThanOrEqual(12);
  });

  it("of `prod` is never a holder of `production` (GitHub matches refs by prefix)", async () => {
    seedOpenPulls(9);
    expect((await store.acquire("production", 7, SHA)).acquired).toBe(true);
    // A run that died between the two writes: `prod`'s mutex without a holder record.
    emulator.state.refs.set("refs/astro-ci/locks/prod", SHA);
    expect(await store.holder("prod")).toEqual({ taken: true });
    expect(await store.acquire("prod", 9, SHA)).toEqual({ acquired: false });
    expect(await store.holder("production")).toEqual({ taken: true, holder: 7 });
    // `prod` freed by an admin, then taken by #9: each target names its own holder.
    expect(await store.release("prod", 2, true)).toEqual({ released: true });
    expect(await store.acquire("prod", 9, SHA)).toEqual({ acquired: true, already: false });
    expect(await store.holder("prod")).toEqual({ taken: true, holder: 9 });
    expect(await store.holder("production")).toEqual({ taken: true, holder: 7 });
    // Not even a `prod` PR's release touches `production`.
    expect(await store.release("prod", 9, false)).toEqual({ released: true, holder: 9 });
    expect([...emulator.state.refs.keys()].sort()).toEqual([holderRecord("production", 7), "refs/astro-ci/locks/production"]);
  });

  it("ignores every answered ref that is not exactly <prefix>pr-<N>, even when the answer holds other targets' refs", async () => {
    seedOpenPulls(1000);
    emulator.state.refs.set("refs/astro-ci/locks/prod", SHA);
    // A record of a PR whose number is lower than every malformed one: a parser that let one through would name it.
    emulator.state.refs.set(holderRecord("prod", 3), SHA);
    const hostile: unknown[] = [
      "refs/astro-ci/lock-holders/prod/pr-12/../x",
      "refs/astro-ci/lock-holders/prod/pr-12/x",
      "refs/astro-ci/lock-holders/prod/pr-012",
      "refs/astro-ci/lock-holders/prod/pr-1e3",
      "refs/astro-ci/lock-holders/prod/pr-0",
      "refs/astro-ci/lock-holders/prod/pr-+14",
      "refs/astro-ci/lock-holders/prod/pr-15 ",
      "refs/astro-ci/lock-holders/prod/pr-16\n",
      "refs/astro-ci/lock-holders/prod/pr-99999999999999999999",
      "refs/astro-ci/lock-holders/prod/PR-17",
      "refs/astro-ci/lock-holders/prod/pr-٣٣",
      "refs/astro-ci/lock-holders/production/pr-18",
      "refs/astro-ci/lock-holders/prodx/pr-19",
      "refs/astro-ci/lock-holders/prod//pr-20",
      "astro-ci/lock-holders/prod/pr-21",
      " refs/astro-ci/lock-holders/prod/pr-22",
      "refs/heads/astro-ci/lock-holders/prod/pr-23",
    ].map((ref) => ({ ref, node_id: "x", url: "https://example.invalid", object: { type: "commit", sha: SHA, url: "https://example.invalid" } }));
    hostile.push({ ref: 24 }, { ref: ["refs/astro-ci/lock-holders/prod/pr-25"] }, { ref: null }, null, 26, "refs/astro-ci/lock-holders/prod/pr-27", {});
    // The emulator answers GitHub's shape; the hook makes the answer hostile on its way to the lock store.
    let answer: "append" | "not a list" = "append";
    client.hook.after("request", (response: { data: unknown }, request: { url: string }) => {
      if (!request.url.includes("/git/matching-refs/")) return;
      response.data = answer === "append" ? [...(response.data as unknown[]), ...hostile] : { message: "not a list" };
    });
    const lookup = await callsOf(() => store.holder("prod"));
    expect(lookup.result).toEqual({ taken: true, holder: 3 });
    expect(lookup.calls).toEqual(["git/get-ref", "git/list-matching-refs", "pulls/get 3"]);
    // Without the one good record, nothing in the answer names a holder: "an unknown holder", as with no record.
    emulator.state.refs.delete(holderRecord("prod", 3));
    const none = await callsOf(() => store.holder("prod"));
    expect(none.result).toEqual({ taken: true });
    expect(none.calls).toEqual(["git/get-ref", "git/list-matching-refs"]);
    // An answer that is not a list names no holder either.
    emulator.state.refs.set(holderRecord("prod", 3), SHA);
    answer = "not a list";
    expect(await store.holder("prod")).toEqual({ taken: true });
  });
});

describe("stale and extra holder records", () => {
  it("a closed PR's record names no holder: lock refused (unknown holder), a non-admin unlock releases nothing, an admin's does", async () => {
    seedOpenPulls(9);
    await store.acquire("staging", 7, SHA);
    // PR 7 closed without its locks released (the closed workflow did not run).
    emulator.seedPull({ number: 7, headSha: SHA, state: "closed" });
    expect(await store.holder("staging")).toEqual({ taken: true });
    expect(await store.acquire("staging", 9, SHA)).toEqual({ acquired: false });
    expect(await store.release("staging", 9, false)).toEqual({ released: false });
    expect([...emulator.state.refs.keys()].sort()).toEqual([holderRecord("staging", 7), "refs/astro-ci/locks/staging"]);
    // The admin's forced unlock removes every holder record of the target, then the mutex.
    expect(await store.release("staging", 9, true)).toEqual({ released: true });
    expect([...emulator.state.refs.keys()]).toEqual([]);
    expect(await store.holder("staging")).toEqual({ taken: false });
    // #9 takes it over; #7, reopened, is refused naming #9.
    expect(await store.acquire("staging", 9, SHA)).toEqual({ acquired: true, already: false });
    emulator.seedPull({ number: 7, headSha: SHA });
    expect(await store.acquire("staging", 7, SHA)).toEqual({ acquired: false, holder: 9 });
    expect(await store.holder("staging")).toEqual({ taken: true, holder: 9 });
    expect(await store.acquire("staging", 8, SHA)).toEqual({ acquired: false, holder: 9 });
  });

  it("a stale record numbered above the holder's is skipped; a record of a PR GitHub does not know (404) too", async () => {
    seedOpenPulls(9);
    emulator.seedPull({ number: 12, headSha: SHA, state: "closed" });
    expect((await store.acquire("staging", 5, SHA)).acquired).toBe(true);
    // Leftovers on the mutex's commit (a closed PR's, one GitHub does not know): only an open PR's record names it.
    emulator.state.refs.set(holderRecord("staging", 12), SHA);
    emulator.state.refs.set(holderRecord("staging", 404), SHA);
    const lookup = await callsOf(() => store.holder("staging"));
    expect(lookup.result).toEqual({ taken: true, holder: 5 });
    expect(lookup.calls).toEqual(["git/get-ref", "git/list-matching-refs", "pulls/get 404", "pulls/get 12", "pulls/get 5"]);
  });

  it("several records of open PRs on the mutex's commit (leftovers): the newest PR is named, by holder, acquire and release alike", async () => {
    seedOpenPulls(9);
    emulator.state.refs.set("refs/astro-ci/locks/staging", SHA);
    for (const pr of [3, 8, 6]) emulator.state.refs.set(holderRecord("staging", pr), SHA);
    expect(await store.holder("staging")).toEqual({ taken: true, holder: 8 });
    // A record of its own is not enough for #3: the lock is #8's, as holder() says.
    expect(await store.acquire("staging", 3, SHA)).toEqual({ acquired: false, holder: 8 });
    expect(await store.release("staging", 3, false)).toEqual({ released: false, holder: 8 });
    expect(await store.acquire("staging", 8, SHA)).toEqual({ acquired: true, already: true });
    expect(await store.acquire("staging", 2, SHA)).toEqual({ acquired: false, holder: 8 });
    // A forced unlock removes every record of the target and the mutex.
    expect(await store.release("staging", 2, true)).toEqual({ released: true, holder: 8 });
    expect([...emulator.state.refs.keys()]).toEqual([]);
  });

  it("a mutex without any holder record: taken by an unknown holder, without a pull request read; only an admin frees it", async () => {
    seedOpenPulls(9);
    emulator.state.refs.set("refs/astro-ci/locks/staging", SHA);
    const lookup = await callsOf(() => store.holder("staging"));
    expect(lookup.result).toEqual({ taken: true });
    expect(lookup.calls).toEqual(["git/get-ref", "git/list-matching-refs"]);
    expect(await store.acquire("staging", 9, SHA)).toEqual({ acquired: false });
    expect(await store.release("staging", 9, false)).toEqual({ released: false });
    expect(await store.release("staging", 9, true)).toEqual({ released: true });
    expect([...emulator.state.refs.keys()]).toEqual([]);
  });

  it("a free target is answered with one call", async () => {
    seedOpenPulls(9);
    const lookup = await callsOf(() => store.holder("staging"));
    expect(lookup).toEqual({ result: { taken: false }, calls: ["git/get-ref"] });
  });
});

describe("a holder record counts only while it points at the mutex's commit", () => {
  const OTHER = "beef".padEnd(40, "1");
  const refsNow = () => [...emulator.state.refs.keys()].sort();

  it("the tester's sequence: a closed PR's record left after a forced unlock cannot take or drop the next holder's lock", async () => {
    // Both PRs on one head commit: the commit alone cannot tell the records apart; the forced unlock's cleanup must.
    emulator.seedPull({ number: 5, headSha: SHA });
    emulator.seedPull({ number: 7, headSha: SHA });
    // 1. #5 locks production.
    expect(await store.acquire("production", 5, SHA)).toEqual({ acquired: true, already: false });
    // 2. #5 closes without its close-release (the workflow lacks pull_request_target closed, or the run failed).
    emulator.seedPull({ number: 5, headSha: SHA, state: "closed" });
    expect(await store.holder("production")).toEqual({ taken: true });
    // 3. An admin force-unlocks from #7: every holder record of the target goes with the mutex.
    expect(await store.release("production", 7, true)).toEqual({ released: true });
    expect(refsNow()).toEqual([]);
    // 4. #7 locks it.
    expect(await store.acquire("production", 7, SHA)).toEqual({ acquired: true, already: false });
    // 5. #5 reopens: its deploy's acquire and its non-admin unlock are refused naming #7; the lock stays #7's.
    emulator.seedPull({ number: 5, headSha: SHA });
    expect(await store.holder("production")).toEqual({ taken: true, holder: 7 });
    expect(await store.acquire("production", 5, SHA)).toEqual({ acquired: false, holder: 7 });
    expect(await store.release("production", 5, false)).toEqual({ released: false, holder: 7 });
    expect(refsNow()).toEqual([holderRecord("production", 7), "refs/astro-ci/locks/production"]);
  });

  it("a leftover record on another commit (left by an older version) names no holder and neither takes nor releases the lock", async () => {
    emulator.seedPull({ number: 5, headSha: OTHER });
    emulator.seedPull({ number: 7, headSha: SHA });
    // #7 holds the lock; #5's record, higher-numbered and open, points at another commit.
    emulator.state.refs.set("refs/astro-ci/locks/production", SHA);
    emulator.state.refs.set(holderRecord("production", 7), SHA);
    emulator.state.refs.set(holderRecord("production", 9), OTHER);
    emulator.seedPull({ number: 9, headSha: OTHER });
    expect(await store.holder("production")).toEqual({ taken: true, holder: 7 });
    expect(await store.acquire("production", 9, OTHER)).toEqual({ acquired: false, holder: 7 });
    expect(await store.release("production", 9, false)).toEqual({ released: false, holder: 7 });
    expect(refsNow()).toEqual([holderRecord("production", 7), holderRecord("production", 9), "refs/astro-ci/locks/production"]);
    // Only a leftover: the mutex has no holder (unknown), and the leftover's PR cannot release it either.
    emulator.state.refs.delete(holderRecord("production", 7));
    expect(await store.holder("production")).toEqual({ taken: true });
    expect(await store.release("production", 9, false)).toEqual({ released: false });
    expect(await store.acquire("production", 9, OTHER)).toEqual({ acquired: false });
    expect(emulator.state.refs.has("refs/astro-ci/locks/production")).toBe(true);
  });

  it("taking a free lock first deletes every leftover record of the target (the taker's own stale one too), not another target's", async () => {
    seedOpenPulls(9);
    for (const pr of [3, 8]) emulator.state.refs.set(holderRecord("staging", pr), SHA);
    emulator.state.refs.set(holderRecord("staging", 6), OTHER);
    emulator.state.refs.set(holderRecord("prod", 8), SHA);
    expect(await store.acquire("staging", 6, SHA)).toEqual({ acquired: true, already: false });
    expect(refsNow()).toEqual([holderRecord("prod", 8), holderRecord("staging", 6), "refs/astro-ci/locks/staging"]);
    expect(emulator.state.refs.get(holderRecord("staging", 6))).toBe(SHA);
    expect(await store.holder("staging")).toEqual({ taken: true, holder: 6 });
    expect(await store.acquire("staging", 8, SHA)).toEqual({ acquired: false, holder: 6 });
  });

  it("a release deletes the holder's record before the mutex: a run that dies in between leaves an unknown holder, never a stale one", async () => {
    seedOpenPulls(9);
    await store.acquire("staging", 4, SHA);
    const deletes = emulator.requests.length;
    expect(await store.release("staging", 4, false)).toEqual({ released: true, holder: 4 });
    const deleted = emulator.requests.slice(deletes).filter((r) => r.operationId === "git/delete-ref").map((r) => decodeURIComponent(r.path));
    expect(deleted).toEqual(["/repos/o/r/git/refs/astro-ci/lock-holders/staging/pr-4", "/repos/o/r/git/refs/astro-ci/locks/staging"]);
    // What a run that dies after the first DELETE leaves: the mutex without a record; #4 no longer counts as its holder.
    await store.acquire("staging", 4, SHA);
    emulator.state.refs.delete(holderRecord("staging", 4));
    expect(await store.holder("staging")).toEqual({ taken: true });
    expect(await store.acquire("staging", 4, SHA)).toEqual({ acquired: false });
  });
});
