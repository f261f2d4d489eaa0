import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readGitHubContext } from "../../src/github/context.js";
import { createOctokit } from "../../src/github/octokit.js";
import { classifyError, ConfigurationError } from "../../src/errors.js";
import { runDeployAction } from "../../src/actions/deploy/run.js";
import { runValidateDags } from "../../src/actions/validate-dags/run.js";
import { runTestAction } from "../../src/actions/test/run.js";
import { runBranchDeployAction } from "../../src/actions/branch-deploy/run.js";
import { runDriftAction } from "../../src/actions/drift/run.js";
import { runTeardownAction } from "../../src/actions/teardown/run.js";
import { runCommentCommandAction } from "../../src/actions/comment-command/run.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

const SHA = "1".repeat(40);

/** A checkout with an Astro project, the event file beside it, and the environment a runner gives a step. */
function runnerEnv(payload: unknown, eventName = "pull_request", extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const tree = makeTempTree({
    "repo/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "repo/dags/a.py": "from airflow import DAG\n",
  });
  trees.push(tree);
  const event = join(tree.dir, "event.json");
  writeFileSync(event, JSON.stringify(payload));
  return {
    GITHUB_WORKSPACE: join(tree.dir, "repo"),
    RUNNER_TEMP: join(tree.dir, "runner-temp"),
    XDG_CACHE_HOME: join(tree.dir, "xdg"),
    GITHUB_REPOSITORY: "acme/dags",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: SHA,
    INPUT_GITHUB_TOKEN: "ghs_test",
    INPUT_ASTRO_API_TOKEN: "astro_test",
    INPUT_DEPLOYMENT_ID: "clx1y2z3a000008l4b6c7d8e9",
    ASTRO_ORGANIZATION_ID: "clx1y2z3a000008l4b6c7d8e0",
    ...extra,
  };
}

const pullRequest = (override: Record<string, unknown> = {}, head: Record<string, unknown> = {}, base: Record<string, unknown> = {}) => ({
  action: "opened",
  number: 5,
  pull_request: { number: 5, head: { sha: SHA, ref: "feature", repo: { full_name: "acme/dags" }, ...head }, base: { sha: SHA, ref: "main", repo: { full_name: "acme/dags" }, ...base }, ...override },
});

const runtime = () => Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {} });

const ENTRIES: [string, (env: NodeJS.ProcessEnv) => Promise<unknown>][] = [
  ["deploy", (env) => runDeployAction(env, runtime() as never)],
  ["validate-dags", (env) => runValidateDags(env, runtime() as never)],
  ["test", (env) => runTestAction(env, runtime() as never)],
  ["branch-deploy", (env) => runBranchDeployAction(env, runtime() as never)],
  ["drift", (env) => runDriftAction(env, runtime() as never)],
  ["teardown", (env) => runTeardownAction(env, runtime() as never)],
  ["comment-command", (env) => runCommentCommandAction(env, runtime() as never)],
];

async function failure(run: Promise<unknown>): Promise<ConfigurationError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(classifyError(error).exitCode).toBe(2);
  return error as ConfigurationError;
}

describe("event payload fields of the wrong shape: exit 2 naming the event and the field, in every action", () => {
  it.each(ENTRIES)("%s: pull_request.head.repo.full_name 42", async (_name, run) => {
    const error = await failure(run(runnerEnv(pullRequest({}, { repo: { full_name: 42 } }))));
    expect(error.message).toBe("the pull_request event's pull_request.head.repo.full_name is not a string (it is a number: 42)");
    expect(error.file).toMatch(/event\.json$/);
  });

  it.each(ENTRIES)("%s: pull_request.number \"5/../../x\"", async (_name, run) => {
    const error = await failure(run(runnerEnv(pullRequest({ number: "5/../../x" }))));
    expect(error.message).toBe('the pull_request event\'s pull_request.number is not a positive integer (it is a string: "5/../../x")');
  });

  it.each([
    ["base.repo.full_name 7", pullRequest({}, {}, { repo: { full_name: 7 } }), "pull_request.base.repo.full_name is not a string (it is a number: 7)"],
    ["base.repo.full_name [\"x\"]", pullRequest({}, {}, { repo: { full_name: ["x"] } }), "pull_request.base.repo.full_name is not a string (it is an array)"],
    ["base null", pullRequest({ base: null }), "pull_request.base is not an object (it is null)"],
    ["no head", pullRequest({ head: undefined }), "pull_request.head is not an object (it is missing)"],
    ["head.repo a string", pullRequest({}, { repo: "acme/dags" }), 'pull_request.head.repo is not an object (it is a string: "acme/dags")'],
    ["head.ref 123", pullRequest({}, { ref: 123 }), "pull_request.head.ref is not a string (it is a number: 123)"],
    ["pull_request a string", { action: "opened", pull_request: "5" }, 'pull_request is not an object (it is a string: "5")'],
    ["number 0", { ...pullRequest({ number: undefined }), number: 0 }, "number is not a positive integer (it is a number: 0)"],
    ["number 1.5", pullRequest({ number: 1.5 }), "pull_request.number is not a positive integer (it is a number: 1.5)"],
  ])("readGitHubContext: %s", (_label, payload, what) => {
    expect(() => readGitHubContext(runnerEnv(payload, "pull_request_target"))).toThrow(`the pull_request_target event's ${what}`);
  });

  it("a well-formed pull request still reads, a deleted fork (head.repo null) counts as a fork, and other events are not checked", () => {
    expect(readGitHubContext(runnerEnv(pullRequest()))).toMatchObject({ pullRequestNumber: 5, isForkPullRequest: false, headRepository: "acme/dags", headRef: "feature" });
    expect(readGitHubContext(runnerEnv(pullRequest({}, { repo: null })))).toMatchObject({ isForkPullRequest: true, headRepository: undefined });
    expect(readGitHubContext(runnerEnv(pullRequest({}, { repo: { full_name: "Evil/Dags" } })))).toMatchObject({ isForkPullRequest: true, headRepository: "Evil/Dags" });
    expect(readGitHubContext(runnerEnv({ pull_request: 42 }, "push")).pullRequestNumber).toBeUndefined();
  });
});

describe("messages that say what is wrong with the event", () => {
  it("branch-deploy on a pull request without a head branch names the event, not a CLI flag", async () => {
    const error = await failure(runBranchDeployAction(runnerEnv(pullRequest({}, { ref: undefined })), runtime() as never));
    expect(error.message).toBe("the pull_request event names no head branch (GITHUB_HEAD_REF and pull_request.head.ref are empty or missing)");
    expect(error.message).not.toContain("--branch");
  });

  it("branch-deploy on a head branch with a control character, or a number beyond any pull request's, names the event", async () => {
    const branch = await failure(runBranchDeployAction(runnerEnv(pullRequest({}, { ref: "a\nb" })), runtime() as never));
    expect(branch.message).toBe('the pull_request event names a head branch holding control characters ("a\\nb"), which no git branch name has');
    const number = await failure(runBranchDeployAction(runnerEnv(pullRequest({ number: 2 ** 50 })), runtime() as never));
    expect(number.message).toBe(`the pull_request event's pull request number ${2 ** 50} is beyond any pull request's`);
  });

  it("branch-deploy on a payload with base: null names pull_request.base", async () => {
    const error = await failure(runBranchDeployAction(runnerEnv(pullRequest({ base: null }, { ref: undefined })), runtime() as never));
    expect(error.message).toBe("the pull_request event's pull_request.base is not an object (it is null)");
  });

  it("teardown on a closed pull request whose number is a string names the number, not the event", async () => {
    const error = await failure(runTeardownAction(runnerEnv({ ...pullRequest({ number: "5" }), action: "closed" }), runtime() as never));
    expect(error.message).toBe('the pull_request event\'s pull_request.number is not a positive integer (it is a string: "5")');
  });

  it("teardown on a closed pull_request event without a pull request says the payload holds none", async () => {
    const error = await failure(runTeardownAction(runnerEnv({ action: "closed" }), runtime() as never));
    expect(error.message).toBe("the pull_request event payload holds no pull request number");
  });
});

describe("GITHUB_API_URL, where every GitHub call sends the token", () => {
  it.each([
    ["http://user:pw@127.0.0.1:18998", "GITHUB_API_URL holds a user name or password (\"http://127.0.0.1:18998/\" without them)"],
    ["https://x-access-token:pw@ghe.example.com/api/v3", "GITHUB_API_URL holds a user name or password"],
    ["http://ghe.example.com/api/v3", "GITHUB_API_URL is plain http to ghe.example.com: the GitHub token would cross the network unencrypted"],
    ["ftp://ghe.example.com", "GITHUB_API_URL is not an http(s) URL"],
    ["api.github.com", "GITHUB_API_URL is not an http(s) URL"],
  ])("%s is refused (exit 2), the password never shown", (url, message) => {
    const env = runnerEnv(pullRequest(), "pull_request", { GITHUB_API_URL: url });
    let error: unknown;
    try {
      readGitHubContext(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(classifyError(error).exitCode).toBe(2);
    expect((error as Error).message).toContain(message);
    expect(classifyError(error).describe()).not.toContain("pw");
    expect(() => createOctokit({ token: "ghs_test", baseUrl: url, logger: new RecordingLogger() })).toThrow(message);
  });

  it.each(["https://api.github.com", "https://ghe.example.com/api/v3/", "http://127.0.0.1:9", "http://localhost:8080", "http://[::1]:3000"])("%s is accepted", (url) => {
    expect(readGitHubContext(runnerEnv(pullRequest(), "pull_request", { GITHUB_API_URL: url })).apiUrl).toBe(url.replace(/\/+$/, ""));
  });

  it("the deploy action stops on it before any request (it used it, the password in the log)", async () => {
    const error = await failure(runDeployAction(runnerEnv({}, "push", { GITHUB_API_URL: "http://user:pw@127.0.0.1:18998", GITHUB_REF: "refs/heads/main" }), runtime() as never));
    expect(error.message).toContain("GITHUB_API_URL holds a user name or password");
    expect(`${error.message} ${error.fix}`).not.toContain("pw");
  });
});
