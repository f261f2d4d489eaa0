/**
 * Issue 7 §2 and the Astro API cases of §3: values from outside (API answers, event payloads, branch names) never
 * reach git or docker unchecked, credentials never leave in URLs, the Astro token goes to Astro registries only, pull
 * requests never deploy, a deploy ships what the commit holds, and broken API answers are clear errors.
 * Real git repos in temp dirs, the Astro API emulator, real webhook payloads (@octokit/webhooks-examples).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runDeploy } from "../../src/commands/deploy.js";
import { runDeployAction } from "../../src/actions/deploy/run.js";
import type { ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { AstroApiAnswerError } from "../../src/astro/http.js";
import type { CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { ConfigurationError } from "../../src/errors.js";
import { createGit, stripUrlCredentials } from "../../src/util/git.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { runCliCaptured } from "../support/run-cli.js";
import { tempDirPath } from "../support/temp-dir.js";

const DAG = (id: string) => `from airflow import DAG\nDAG("${id}")\n`;

interface Fixture {
  emulator: AstroEmulator;
  repo: TempGitRepo;
  dockerCalls: string[][];
  docker: CommandRunner;
  marker: string;
  scratch: string;
}

let fx: Fixture;

beforeEach(async () => {
  const scratch = tempDirPath("astro-ci-security-");
  const emulator = await startAstroEmulator();
  const repo = createTempGitRepo({
    "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
    "astro/requirements.txt": "",
    "astro/dags/a.py": DAG("a"),
    "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: production\n",
  });
  repo.commit("initial");
  // A local origin: git runs --upload-pack on this machine for it, so an injected option would execute here.
  const origin = join(scratch, "origin.git");
  execFileSync("git", ["init", "-q", "--bare", origin]);
  repo.git("remote", "add", "origin", origin);
  repo.git("push", "-q", "origin", "main");
  const dockerCalls: string[][] = [];
  const docker: CommandRunner = {
    async run(command, args, options) {
      // What the build context holds, seen at the time docker would read it.
      const context = args[0] === "build" ? args.at(-1) : undefined;
      dockerCalls.push([command, ...args, ...(options?.input ? ["<stdin>"] : []), ...(context ? [`context:${readdirSync(context).sort().join(",")}`] : [])]);
      return { exitCode: 0, stdout: "27.0", stderr: "" };
    },
  };
  fx = { emulator, repo, dockerCalls, docker, marker: join(scratch, "pwned"), scratch };
});

afterEach(async () => {
  expect(fx.emulator.validationErrors).toEqual([]);
  await fx.emulator.close();
  fx.repo.cleanup();
  rmSync(fx.scratch, { recursive: true, force: true });
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The message the user sees for a ConfigurationError (message, file and fix), or the error's message. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected a failure").toBeInstanceOf(Error);
  return error instanceof ConfigurationError ? error.describe() : (error as Error).message;
}

const deploy = (overrides: Partial<Parameters<typeof runDeploy>[0]> = {}) =>
  runDeploy({
    repoRoot: fx.repo.dir,
    projectRoot: join(fx.repo.dir, "astro"),
    wait: false,
    waitTimeoutMs: 600_000,
    force: false,
    env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: fx.emulator.url, ASTRO_ORGANIZATION_ID: fx.emulator.organizationId },
    git: createGit(fx.repo.dir),
    docker: fx.docker,
    http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => fx.emulator.clock.advance(ms) },
    now: () => fx.emulator.clock.now,
    logger: new RecordingLogger(),
    ...overrides,
  });

/** Run the CLI in-process; stdout, stderr and the console logger's lines (process.stderr) captured. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  vi.stubEnv("GITHUB_ACTIONS", "");
  vi.stubEnv("ASTRO_API_TOKEN", "test-token");
  vi.stubEnv("ASTRO_API_URL", fx.emulator.url);
  vi.stubEnv("ASTRO_ORGANIZATION_ID", fx.emulator.organizationId);
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const { code, stdout, stderr } = await runCliCaptured(args, fx.repo.dir);
  return { code, out: stdout + stderr };
}

function recordingRuntime(): ActionsRuntime & { log: string[]; outputs: Record<string, string>; summary: string } {
  const log: string[] = [];
  const runtime = {
    log,
    outputs: {} as Record<string, string>,
    summary: "",
    debug: (m: string) => log.push(`debug ${m}`),
    info: (m: string) => log.push(`info ${m}`),
    warning: (m: string) => log.push(`warning ${m}`),
    error: (m: string) => log.push(`error ${m}`),
    notice: (m: string) => log.push(`notice ${m}`),
    setOutput: (name: string, value: string | number) => void (runtime.outputs[name] = String(value)),
    setSecret: () => undefined,
    appendSummary: async (markdown: string) => void (runtime.summary += markdown),
  };
  return runtime;
}

function actionEnv(event: string, payload: unknown, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const eventPath = join(fx.scratch, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_REPOSITORY: "o/r",
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: fx.repo.git("rev-parse", "HEAD"),
    GITHUB_REF: "refs/heads/main",
    GITHUB_WORKSPACE: fx.repo.dir,
    RUNNER_TEMP: fx.scratch,
    ASTRO_API_TOKEN: "test-token",
    ASTRO_API_URL: fx.emulator.url,
    ASTRO_ORGANIZATION_ID: fx.emulator.organizationId,
    INPUT_PROJECT_PATH: "astro",
    INPUT_VALIDATE: "false",
    INPUT_WAIT: "false",
    ...extra,
  };
}

const actionDeps = () => ({ docker: fx.docker, http: { fetch: (i: string | URL | Request, init?: RequestInit) => fetch(i, init), sleep: async (ms: number) => fx.emulator.clock.advance(ms) }, now: () => fx.emulator.clock.now });

describe("git and docker never receive an unchecked value from outside", () => {
  it.each([
    ["an option", (m: string) => `--upload-pack=touch ${m}`],
    ["a short hex", () => "abc123"],
    ["a SHA with a newline", () => `${"a".repeat(40)}\n--upload-pack=x`],
  ])("a deployed git.commitSha that is %s is one clear error naming the API answer; nothing runs", async (_what, hostile) => {
    const production = fx.emulator.addDeployment({ name: "production" });
    expect((await deploy({ deployType: "dags-only" })).result.status).toBe("deployed");
    fx.repo.write({ "astro/dags/b.py": DAG("b") });
    fx.repo.commit("b");
    fx.emulator.inject("ListDeploys", {
      times: 9,
      transform: (body) => {
        for (const d of (body as { deploys: { git?: { commitSha?: string } }[] }).deploys) if (d.git) d.git.commitSha = hostile(fx.marker);
        return body;
      },
    });
    const error = (await deploy().catch((e: unknown) => e)) as Error;
    expect(existsSync(fx.marker), "the injected --upload-pack ran").toBe(false);
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(new RegExp(`GET ${fx.emulator.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/organizations/.*/deployments/${production.id}/deploys`));
    expect(error.message).toMatch(/commitSha must match pattern/);
    expect(existsSync(fx.marker)).toBe(false);
    expect(fx.emulator.deploys).toHaveLength(1);
  });

  it("through the CLI: exit 2, one message, no stack, no 'internal error', nothing executed", async () => {
    const production = fx.emulator.addDeployment({ name: "production" });
    await deploy({ deployType: "dags-only" });
    fx.repo.write({ "astro/dags/b.py": DAG("b") });
    fx.repo.commit("b");
    fx.emulator.inject("ListDeploys", {
      transform: (body) => {
        for (const d of (body as { deploys: { git?: { commitSha?: string } }[] }).deploys) if (d.git) d.git.commitSha = `--upload-pack=touch ${fx.marker}`;
        return body;
      },
    });
    const { code, out } = await cli(["deploy", "astro", "--deployment-id", production.id, "--no-wait"]);
    expect(code).toBe(2);
    expect(out).toContain("commitSha");
    expect(out).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(fx.marker)).toBe(false);
  });

  it("a hostile `before` in the push event, or a hostile GITHUB_SHA, is refused before git sees it", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const before = `--upload-pack=touch ${fx.marker}`;
    await expect(runDeployAction(actionEnv("push", { ref: "refs/heads/main", before }), recordingRuntime(), actionDeps())).rejects.toThrow(/push event's `before`.*not a commit SHA/);
    await expect(runDeployAction(actionEnv("push", { ref: "refs/heads/main" }, { GITHUB_SHA: "--output=/tmp/x" }), recordingRuntime(), actionDeps())).rejects.toThrow(/commit to deploy.*not a commit SHA/);
    expect(existsSync(fx.marker)).toBe(false);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("a branch given from outside is checked for shape; the Git layer refuses option-like revisions", async () => {
    fx.emulator.addDeployment({ name: "production" });
    await expect(deploy({ branch: "--upload-pack=x" })).rejects.toThrow(/not a valid branch name/);
    const git = createGit(fx.repo.dir);
    await expect(git.fetchCommit(`--upload-pack=touch ${fx.marker}`)).rejects.toThrow(ConfigurationError);
    await expect(git.diffNames("--output=/tmp/x", "HEAD")).rejects.toThrow(ConfigurationError);
    await expect(git.exportTree("--remote=x", "astro")).rejects.toThrow(ConfigurationError);
    expect(existsSync(fx.marker)).toBe(false);
  });

  it.each([
    ["an option", "--config=/tmp/evil"],
    ["a name with spaces", "images.astronomer.cloud/o/d --privileged"],
  ])("an imageRepository that is %s is an API answer error before docker runs", async (_what, repository) => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("CreateDeploy", { transform: (body) => ({ ...(body as object), imageRepository: repository }) });
    await expect(deploy({ deployType: "image-and-dags", deploymentName: "production" })).rejects.toThrow(/imageRepository must match pattern/);
    expect(fx.dockerCalls.filter((c) => c[1] !== "info")).toEqual([]);
  });

  it("an imageTag that is not a docker tag is refused", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("CreateDeploy", { transform: (body) => ({ ...(body as object), imageTag: "x --push" }) });
    await expect(deploy({ deployType: "image-and-dags", deploymentName: "production" })).rejects.toThrow(/imageTag must match pattern/);
    expect(fx.dockerCalls.filter((c) => c[1] !== "info")).toEqual([]);
  });

  it("docker argv ends options before every outside value", async () => {
    fx.emulator.addDeployment({ name: "production" });
    expect((await deploy({ deployType: "image-and-dags" })).result.status).toBe("deployed");
    const byStep = Object.fromEntries(fx.dockerCalls.map((c) => [c[1], c]));
    expect(byStep.build?.slice(-3, -1)).toEqual(["--", expect.any(String)]);
    expect(byStep.login?.slice(2)).toEqual(["--username", "cli", "--password-stdin", "--", "images.astronomer.cloud", "<stdin>"]);
    expect(byStep.push?.slice(2, 3)).toEqual(["--"]);
  });
});

describe("the Astro token goes to Astro registries only", () => {
  it("a deploy naming another registry is refused before docker login; allowed-registry lets it through", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("CreateDeploy", { times: 2, transform: (body) => ({ ...(body as object), imageRepository: "https://registry.evil.example.com/o/d" }) });
    expect(await failure(deploy({ deployType: "image-and-dags", deploymentName: "production" }))).toMatch(/registry\.evil\.example\.com, which is not an Astro registry.*--allowed-registry registry\.evil\.example\.com/s);
    expect(fx.dockerCalls.map((c) => c[1])).toEqual(["info"]);
    const { result } = await deploy({ deployType: "image-and-dags", deploymentName: "production", allowedRegistries: ["*.evil.example.com"] });
    expect(result.status).toBe("deployed");
    expect(fx.dockerCalls.find((c) => c[1] === "login")).toContain("registry.evil.example.com");
  });

  it("the Deployment's own imageRepository is checked before anything runs", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("ListDeployments", { transform: (body) => ({ ...(body as object), deployments: (body as { deployments: object[] }).deployments.map((d) => ({ ...d, imageRepository: "attacker.example/x" })) }) });
    await expect(deploy({ deployType: "image-and-dags", deploymentName: "production" })).rejects.toThrow(/not an Astro registry/);
    expect(fx.dockerCalls).toEqual([]);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("Astro's hosts pass: images.astronomer.cloud and <cluster>.registry.astronomer.run", async () => {
    const { checkImageRepository } = await import("../../src/deploy/deploy.js");
    expect(checkImageRepository("https://images.astronomer.cloud/clorg/cldep", undefined, "x").registry).toBe("images.astronomer.cloud");
    expect(checkImageRepository("clcluster123.registry.astronomer.run/clorg/cldep", undefined, "x").registry).toBe("clcluster123.registry.astronomer.run");
    expect(() => checkImageRepository("registry.astronomer.run.evil.com/x", undefined, "x")).toThrow(/not an Astro registry/);
    expect(() => checkImageRepository("images.astronomer.cloud", undefined, "x")).toThrow(/not a docker repository/);
  });
});

describe("credentials in the remote URL never leave the machine", () => {
  const SECRET = "ghs_S3CRETt0ken0000000000";

  it("strips userinfo from URLs", () => {
    expect(stripUrlCredentials(`https://x-access-token:${SECRET}@github.com/o/r.git`)).toBe("https://github.com/o/r.git");
    expect(stripUrlCredentials(`https://gitlab-ci-token:${SECRET}@gitlab.example.com/g/p.git`)).toBe("https://gitlab.example.com/g/p.git");
    expect(stripUrlCredentials("git@github.com:o/r.git")).toBe("git@github.com:o/r.git");
  });

  it("CLI: the token in origin's URL is in no request body, output or log; the remote is recorded without it", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.git("remote", "set-url", "origin", `https://x-access-token:${SECRET}@github.com/o/r.git`);
    const { code, out } = await cli(["deploy", "astro", "--deployment-name", "production", "--deploy-type", "dags-only", "--no-wait", "--format", "json"], { ASTRO_CI_DEBUG: "1" });
    expect(code, out).toBe(0);
    expect(fx.emulator.deploys.at(-1)?.git).toMatchObject({ provider: "GENERIC", remoteUrl: "https://github.com/o/r.git" });
    const sent = fx.emulator.requests.map((r) => r.body ?? "").join("\n");
    expect(sent).toContain("github.com/o/r.git");
    expect(sent).not.toContain(SECRET);
    expect(out).not.toContain(SECRET);
  });

  it("CLI on Actions: the repository comes from GITHUB_SERVER_URL/GITHUB_REPOSITORY, not the clone URL", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.git("remote", "set-url", "origin", `https://x-access-token:${SECRET}@github.com/o/r.git`);
    const { code } = await cli(["deploy", "astro", "--deployment-name", "production", "--deploy-type", "dags-only", "--no-wait"], { GITHUB_ACTIONS: "true", GITHUB_EVENT_NAME: "push", GITHUB_REPOSITORY: "o/r", GITHUB_SERVER_URL: "https://github.com" });
    expect(code).toBe(0);
    expect(fx.emulator.deploys.at(-1)?.git).toMatchObject({ provider: "GITHUB", account: "o", repo: "r" });
    expect(fx.emulator.requests.map((r) => r.body ?? "").join("\n")).not.toContain(SECRET);
  });

  it("action: the token is in no request body, output, summary or log line", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.git("remote", "set-url", "origin", `https://x-access-token:${SECRET}@github.com/o/r.git`);
    const runtime = recordingRuntime();
    const { result } = await runDeployAction(actionEnv("push", { ref: "refs/heads/main" }, { INPUT_DEPLOY_TYPE: "dags-only" }), runtime, actionDeps());
    expect(result.status).toBe("deployed");
    const everything = [fx.emulator.requests.map((r) => r.body ?? "").join("\n"), runtime.log.join("\n"), JSON.stringify(runtime.outputs), runtime.summary].join("\n");
    expect(everything).not.toContain(SECRET);
  });
});

describe("pull requests never deploy (real webhook payloads)", () => {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];
  const forkPullRequest = (head: string) => {
    const opened = structuredClone(examples.find((e) => e.name === "pull_request")?.examples.find((x) => x.action === "opened")) as {
      pull_request: { head: { sha: string; ref: string; repo: { full_name: string } }; base: { ref: string } };
    };
    opened.pull_request.head.ref = "main";
    opened.pull_request.head.sha = head;
    opened.pull_request.head.repo.full_name = "mallory/Hello-World";
    return opened;
  };
  const prEnv = (event: string, payload: unknown, extra: Record<string, string> = {}) =>
    actionEnv(event, payload, { GITHUB_HEAD_REF: "main", GITHUB_BASE_REF: "main", GITHUB_REF: "refs/pull/2/merge", GITHUB_REF_NAME: "2/merge", ...extra });

  it.each(["pull_request", "pull_request_target"])("%s from a fork whose head branch is main: not deployed, said so, exit 0 (skipped)", async (event) => {
    fx.emulator.addDeployment({ name: "production" });
    const runtime = recordingRuntime();
    // A fork's pull request gets no secrets: no token either, and still a clear skip rather than a failure.
    const outcome = await runDeployAction(prEnv(event, forkPullRequest(fx.repo.git("rev-parse", "HEAD")), { ASTRO_API_TOKEN: "" }), runtime, actionDeps());
    expect(outcome.result.status).toBe("no-target");
    expect(outcome.result.reason).toMatch(new RegExp(`${event} event never deploys`));
    expect(outcome.failureMessage).toBeUndefined();
    expect(runtime.outputs.skipped).toBe("true");
    expect(fx.emulator.deploys).toHaveLength(0);
    expect(fx.emulator.requests).toHaveLength(0);
  });

  it("issue_comment (a comment on a pull request): not deployed", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const comment = examples.find((e) => e.name === "issue_comment")?.examples.find((x) => x.action === "created");
    const outcome = await runDeployAction(actionEnv("issue_comment", comment, { GITHUB_REF: "refs/heads/main" }), recordingRuntime(), actionDeps());
    expect(outcome.result.status).toBe("no-target");
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("an explicitly requested Deployment on a pull request is refused: a failure with a clear message", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const outcome = await runDeployAction(prEnv("pull_request", forkPullRequest(fx.repo.git("rev-parse", "HEAD")), { INPUT_DEPLOYMENT_NAME: "production" }), recordingRuntime(), actionDeps());
    expect(outcome.result.status).toBe("blocked");
    expect(outcome.failureMessage).toMatch(/pull_request event never deploys.*push, workflow_dispatch or schedule/);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("events other than push, workflow_dispatch and schedule map no branch; a tag push maps none", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const release = await runDeployAction(actionEnv("release", {}, { GITHUB_HEAD_REF: "main" }), recordingRuntime(), actionDeps());
    expect(release.result).toMatchObject({ status: "no-target", reason: expect.stringContaining("release event maps no branch") });
    const tag = await runDeployAction(actionEnv("push", { ref: "refs/tags/v1" }, { GITHUB_REF: "refs/tags/v1", GITHUB_REF_NAME: "v1" }), recordingRuntime(), actionDeps());
    expect(tag.result).toMatchObject({ status: "no-target", reason: expect.stringContaining("refs/tags/v1 is not a branch") });
    expect(fx.emulator.deploys).toHaveLength(0);
    const dispatch = await runDeployAction(actionEnv("workflow_dispatch", {}, { GITHUB_REF_NAME: "main", INPUT_DEPLOY_TYPE: "dags-only" }), recordingRuntime(), actionDeps());
    expect(dispatch.result.status).toBe("deployed");
  });

  it("the CLI in a pull_request workflow refuses too", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const { code, out } = await cli(["deploy", "astro", "--no-wait"], { GITHUB_ACTIONS: "true", GITHUB_EVENT_NAME: "pull_request" });
    expect(code).toBe(0);
    expect(out).toMatch(/pull_request event never deploys/);
    expect((await cli(["deploy", "astro", "--deployment-name", "production", "--no-wait"], { GITHUB_ACTIONS: "true", GITHUB_EVENT_NAME: "pull_request" })).code).toBe(1);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it.each(["workflow_run", "merge_group", "check_suite", "repository_dispatch"])("the CLI in a %s workflow maps no branch either (the checked-out main was deployed to production)", async (event) => {
    fx.emulator.addDeployment({ name: "production" });
    const { code, out } = await cli(["deploy", "astro", "--no-wait", "--deploy-type", "dags-only", "--force"], { GITHUB_ACTIONS: "true", GITHUB_EVENT_NAME: event, GITHUB_REF: "refs/heads/main" });
    expect(code).toBe(0);
    // repository_dispatch may deploy a Deployment given directly; the others never deploy (their code may be a PR's).
    expect(out).toMatch(event === "repository_dispatch" ? /a repository_dispatch event maps no branch to a Deployment/ : new RegExp(`a ${event} event (after a \\(unknown\\) run )?never deploys`));
    expect(fx.emulator.deploys).toHaveLength(0);
  });
});

describe("events whose code may be a pull request's never deploy, even to a Deployment given directly (tester, stop 30)", () => {
  const workflowRun = (event: string, headRepository: string) => ({
    action: "completed",
    workflow_run: { event, head_branch: "main", head_sha: fx.repo.git("rev-parse", "HEAD"), head_repository: { full_name: headRepository } },
    repository: { full_name: "o/r" },
  });

  it.each([
    ["a fork's pull_request", "pull_request", "evil/fork", /workflow_run event after a pull_request run never deploys/],
    ["this repository's pull_request", "pull_request", "o/r", /workflow_run event after a pull_request run never deploys/],
    ["a fork's push", "push", "evil/fork", /workflow_run event on another repository's code never deploys: the run's head repository is evil\/fork, not o\/r/],
  ])("workflow_run after %s run: refused, in the action and the CLI (it deployed: exit 0)", async (_what, trigger, head, message) => {
    fx.emulator.addDeployment({ name: "production" });
    const outcome = await runDeployAction(actionEnv("workflow_run", workflowRun(trigger, head), { INPUT_DEPLOYMENT_NAME: "production", INPUT_DEPLOY_TYPE: "dags-only" }), recordingRuntime(), actionDeps());
    expect(outcome.result.status).toBe("blocked");
    expect(outcome.failureMessage).toMatch(message);
    const eventPath = join(fx.scratch, "workflow-run.json");
    writeFileSync(eventPath, JSON.stringify(workflowRun(trigger, head)));
    const run = await cli(["deploy", "astro", "--deployment-name", "production", "--no-wait", "--deploy-type", "dags-only", "--force"], { GITHUB_ACTIONS: "true", GITHUB_EVENT_NAME: "workflow_run", GITHUB_EVENT_PATH: eventPath });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(message);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it.each(["merge_group", "check_run", "check_suite", "some_new_event"])("%s with a Deployment given directly: refused (it deployed)", async (event) => {
    fx.emulator.addDeployment({ name: "production" });
    const outcome = await runDeployAction(actionEnv(event, {}, { INPUT_DEPLOYMENT_NAME: "production", INPUT_DEPLOY_TYPE: "dags-only" }), recordingRuntime(), actionDeps());
    expect(outcome.result.status).toBe("blocked");
    expect(outcome.failureMessage).toMatch(new RegExp(`a ${event} event never deploys: its code may be a pull request's`));
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("workflow_run after a push run of this repository, release and repository_dispatch deploy a Deployment given directly", async () => {
    fx.emulator.addDeployment({ name: "production" });
    for (const [event, payload] of [["workflow_run", workflowRun("push", "o/r")], ["release", {}], ["repository_dispatch", {}]] as const) {
      const outcome = await runDeployAction(actionEnv(event, payload, { INPUT_DEPLOYMENT_NAME: "production", INPUT_DEPLOY_TYPE: "dags-only", INPUT_FORCE: "true" }), recordingRuntime(), actionDeps());
      expect(outcome.result.status, event).toBe("deployed");
    }
    expect(fx.emulator.deploys).toHaveLength(3);
  });
});

describe("a deploy ships what the commit holds", () => {
  it("an untracked dags/.env is never uploaded: refused by default, naming the file", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.write({ "astro/dags/.env": "AWS_SECRET_ACCESS_KEY=x\n" });
    expect(await failure(deploy({ deployType: "dags-only" }))).toMatch(/astro\/dags\/\.env.*--allow-dirty/s);
    expect(fx.emulator.uploads).toHaveLength(0);
    expect(fx.emulator.deploys).toHaveLength(0);
  });

  it("an ignored dags/.env is not in the bundle, nor in the image's build context", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.write({ ".gitignore": ".env\n" });
    fx.repo.commit("ignore .env");
    fx.repo.write({ "astro/dags/.env": "AWS_SECRET_ACCESS_KEY=x\n", "astro/.env": "TOKEN=x\n" });
    const { result } = await deploy({ deployType: "image-and-dags" });
    expect(result.status).toBe("deployed");
    expect(fx.emulator.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py"]);
    const build = fx.dockerCalls.find((c) => c[1] === "build") as string[];
    expect(build.at(-1)).toBe("context:Dockerfile,dags,requirements.txt");
    expect(build).not.toContain(join(fx.repo.dir, "astro"));
  });

  it("--allow-dirty ships the work tree (never what .gitignore excludes) and records it as dirty, without a commit", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.write({ ".gitignore": "secrets.py\n" });
    fx.repo.commit("ignore");
    fx.repo.write({ "astro/dags/a.py": DAG("a_edited"), "astro/dags/new.py": DAG("new"), "astro/dags/secrets.py": "KEY='x'\n" });
    await expect(deploy({ deployType: "dags-only" })).rejects.toThrow(/differs from commit .*astro\/dags\/a\.py/);
    const { result } = await deploy({ deployType: "dags-only", allowDirty: true });
    expect(result.status).toBe("deployed");
    const shipped = fx.emulator.uploads.at(-1)?.entries ?? [];
    expect(shipped.map((e) => e.path)).toEqual(["dags/a.py", "dags/new.py"]);
    expect(shipped[0]?.sha256).toBe(createHashHex(DAG("a_edited")));
    const recorded = fx.emulator.deploys.at(-1);
    expect(recorded?.git).toBeUndefined();
    expect(recorded?.description).toMatch(/uncommitted changes .*astro-ci:dags=sha256-[0-9a-f]{64} astro-ci:dirty/);
  });

  it("a clean tree is identified by git's tree id; the bundle read from git's objects is byte-identical to the work tree's", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.write({ "astro/dags/sub/x.py": DAG("x"), "astro/dags/run.sh": "#!/bin/sh\n", "astro/dags/__pycache__/x.cpython-312.pyc": "bin" });
    chmodSync(join(fx.repo.dir, "astro/dags/run.sh"), 0o755);
    symlinkSync("a.py", join(fx.repo.dir, "astro/dags/alias.py"));
    const head = fx.repo.commit("more");
    await deploy({ deployType: "dags-only" });
    expect(fx.emulator.deploys.at(-1)?.description).toMatch(/astro-ci:dags=tree-[0-9a-f]{40}/);
    const { createDagTarball, createDagTarballFromGit } = await import("../../src/deploy/dag-tarball.js");
    const bytes = async (tarball: { stream(): AsyncIterable<Uint8Array> }): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      for await (const c of tarball.stream()) chunks.push(Buffer.from(c));
      return Buffer.concat(chunks);
    };
    const fromDisk = await bytes(await createDagTarball({ dagsDir: join(fx.repo.dir, "astro/dags") }));
    const fromGit = await bytes(await createDagTarballFromGit({ git: createGit(fx.repo.dir), rev: head, dagsPath: "astro/dags" }));
    expect(fromGit.equals(fromDisk)).toBe(true);
    const { readTarGz } = await import("../support/astro-emulator.js");
    expect(readTarGz(fromGit).map((e) => e.path)).toEqual(["dags/a.py", "dags/alias.py", "dags/run.sh", "dags/sub/x.py"]);
    expect(readTarGz(fromGit)).toEqual(fx.emulator.uploads.at(-1)?.entries);
  });

  it("a commit other than the checked-out one ships that commit's files, read from git", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const first = fx.repo.git("rev-parse", "HEAD");
    fx.repo.write({ "astro/dags/a.py": DAG("a_second") });
    fx.repo.commit("second");
    const { result } = await deploy({ deployType: "dags-only", headSha: first, force: true });
    expect(result.status).toBe("deployed");
    expect(fx.emulator.uploads.at(-1)?.entries.map((e) => [e.path, e.sha256])).toEqual([["dags/a.py", createHashHex(DAG("a"))]]);
    expect(fx.emulator.deploys.at(-1)?.git).toMatchObject({ commitSha: first });
  });
});

function createHashHex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

describe("detached HEAD and unborn repositories say what happened", () => {
  it("a detached HEAD without a target is a clear error naming --branch and --deployment-*; --branch maps it", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.repo.git("checkout", "-q", "--detach");
    expect(await failure(deploy())).toMatch(/HEAD is detached at [0-9a-f]{12}.*--branch NAME.*--deployment-id/s);
    const { code, out } = await cli(["deploy", "astro", "--no-wait"]);
    expect(code).toBe(2);
    expect(out).toMatch(/HEAD is detached/);
    expect((await cli(["deploy", "astro", "--branch", "main", "--deploy-type", "dags-only", "--no-wait"])).code).toBe(0);
    expect(fx.emulator.deploys.at(-1)?.git).toMatchObject({ branch: "main", commitSha: fx.repo.git("rev-parse", "HEAD") });
  });

  it("a repository without a commit is a clear error, even with a Deployment given", async () => {
    fx.emulator.addDeployment({ name: "production" });
    const empty = createTempGitRepo({ "astro/dags/a.py": DAG("a"), "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n" });
    try {
      for (const target of [{}, { deploymentName: "production" }]) {
        expect(await failure(deploy({ repoRoot: empty.dir, projectRoot: join(empty.dir, "astro"), git: createGit(empty.dir), ...target }))).toMatch(/no commit yet \(branch main is unborn\).*commit the project/s);
      }
    } finally {
      empty.cleanup();
    }
    expect(fx.emulator.deploys).toHaveLength(0);
  });
});

describe("Astro API answers the client cannot use are clear errors (URL, status, first bytes)", () => {
  it.each([
    ["HTML", "<!DOCTYPE html><html><body>Sign in to the corporate proxy</body></html>", /not JSON.*begins "<!DOCTYPE html><html><body>Sign in/],
    ["truncated JSON", '{"deployments": [{"id": "cldep', /not JSON.*begins "\{\\"deployments\\": \[\{\\"id\\": \\"cldep"/],
    ["an empty body", "", /an empty body where JSON was expected/],
    ["JSON of the wrong shape", '{"deployments": "none", "totalCount": 1}', /wrong shape: \/deployments must be array/],
  ])("%s → AstroApiAnswerError naming the URL and the status; exit 2 from the CLI", async (_what, raw, expected) => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("ListDeployments", { raw, times: 2 });
    const error = (await deploy({ deploymentName: "production" }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/v1\/organizations\/\w+\/deployments\?names=production.* HTTP 200/);
    expect(error.message).toMatch(expected);
    const { code, out } = await cli(["deploy", "astro", "--deployment-name", "production", "--no-wait"]);
    expect(code).toBe(2);
    expect(out).not.toContain("internal error");
  });

  it("an error status with an HTML body names its first bytes", async () => {
    fx.emulator.addDeployment({ name: "production" });
    fx.emulator.inject("CreateDeploy", { raw: "<html><h1>502 Bad Gateway</h1></html>", status: 502 });
    await expect(deploy({ deploymentName: "production", deployType: "dags-only" })).rejects.toThrow(/→ 502: .*not JSON and begins "<html><h1>502 Bad Gateway/);
  });

  it("ASTRO_API_URL that is not a URL is a configuration error", async () => {
    fx.emulator.addDeployment({ name: "production" });
    await expect(deploy({ env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: "api.astronomer.io/v1", ASTRO_ORGANIZATION_ID: "clorg" } })).rejects.toThrow(/ASTRO_API_URL is not an http\(s\) URL: "api.astronomer.io\/v1"/);
    const { code, out } = await cli(["deploy", "astro", "--no-wait"], { ASTRO_API_URL: "ftp://x" });
    expect(code).toBe(2);
    expect(out).toMatch(/ASTRO_API_URL is not an http\(s\) URL/);
  });

  it("a deploy that reaches its wait deadline is an outcome: exit 1, the deploy id and what to check", async () => {
    await fx.emulator.close();
    fx.emulator = await startAstroEmulator({ deployDurationMs: 3_600_000 });
    fx.emulator.addDeployment({ name: "production" });
    const { result } = await deploy({ wait: true, waitTimeoutMs: 60_000, deployType: "dags-only" });
    const deployId = fx.emulator.deploys.at(-1)?.id as string;
    expect(result).toMatchObject({ status: "timed-out", deployId, reason: expect.stringMatching(new RegExp(`deploy ${deployId} was finalized.*still DEPLOYING.*after 60 s: check`)) });
    const { code, out } = await cli(["deploy", "astro", "--deploy-type", "dags-only", "--force", "--wait-timeout", "0"]);
    expect(code).toBe(1);
    expect(out).toMatch(/timed-out: deploy \w+ was finalized/);
  });
});
