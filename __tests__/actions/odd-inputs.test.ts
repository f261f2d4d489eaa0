import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createEnvInputReader } from "../../src/actions/inputs.js";
import { readValidateDagsSettings } from "../../src/actions/validate-dags/settings.js";
import { readDeploySettings } from "../../src/actions/deploy/settings.js";
import { readTestSettings } from "../../src/actions/test/settings.js";
import { readDriftSettings } from "../../src/actions/drift/settings.js";
import { readPreviewActionSettings } from "../../src/actions/branch-deploy/settings.js";
import { splitArgumentsInput } from "../../src/actions/inputs.js";
import { runBranchDeployAction } from "../../src/actions/branch-deploy/run.js";
import { runTeardownAction } from "../../src/actions/teardown/run.js";
import { startGitHubEmulator } from "../support/github-emulator.js";
import { classifyEvent } from "../../src/comment-commands/event.js";
import { readGitHubContext } from "../../src/github/context.js";
import { ConfigurationError } from "../../src/errors.js";
import { writeFileSync } from "node:fs";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/** Inputs as a workflow passes them to a composite action's step: INPUT_<NAME> with dashes as underscores. */
function runnerEnv(workspace: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  return { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, "..", "runner-temp"), XDG_CACHE_HOME: join(workspace, "..", "xdg"), ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])) };
}

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function monorepo(): string {
  const tree = makeTempTree({
    "repo/astro-ci.yaml": "projects:\n  - path: astro\n",
    "repo/astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "repo/astro/dags/a.py": "from airflow import DAG\n",
  });
  trees.push(tree);
  return join(tree.dir, "repo");
}

describe("validate-dags action inputs as workflows write them", () => {
  it.each(["false", "False", "FALSE"])("cache: %s turns the analysis cache off and creates no folder of that name in the checkout", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { cache: value });
    const settings = readValidateDagsSettings(createEnvInputReader(env), env);
    expect(settings.analysisCacheDir).toBeUndefined();
    expect(settings.cacheDir).toBeUndefined();
    expect(readdirSync(workspace).sort()).toEqual(["astro", "astro-ci.yaml"]);
  });

  it.each([
    ["True", true],
    ["TRUE", true],
    ["false", false],
    ["False", false],
    [" ", undefined],
    ["", undefined],
  ] as const)("stub-lookups: %j reads as %s (uppercase booleans as @actions/core takes them)", (value, expected) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "stub-lookups": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).stubLookups).toBe(expected);
  });

  it("stub-lookups: maybe is a configuration error naming the input", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "stub-lookups": "maybe" });
    expect(() => readValidateDagsSettings(createEnvInputReader(env), env)).toThrow(/input 'stub-lookups' must be true or false, not 'maybe'/);
  });

  it.each([".", "./", "/", "astro/.."])("project-path: %j is the repository root, so the projects of astro-ci.yaml are validated", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).projectPath).toBeUndefined();
  });

  it.each(["astro", "./astro", "astro/", "/astro"])("project-path: %j names the folder astro", (value) => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": value });
    expect(readValidateDagsSettings(createEnvInputReader(env), env).projectPath).toBe(join(workspace, "astro"));
  });

  it("project-path: an absolute path outside the checkout that is no folder of it stays an error", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": "/etc" });
    expect(() => readValidateDagsSettings(createEnvInputReader(env), env)).toThrow(/^input 'project-path' \(\/etc\) is outside the repository$/);
    expect(existsSync(join(workspace, "etc"))).toBe(false);
  });
});

describe("deploy action inputs", () => {
  it("project-path: /astro (as the README allows) is the repository's astro folder, not an error", () => {
    const workspace = monorepo();
    const env = runnerEnv(workspace, { "project-path": "/astro" });
    expect(readDeploySettings(createEnvInputReader(env), env).projectPath).toBe(join(workspace, "astro"));
  });
});

describe("config input of every action that reads astro-ci.yaml", () => {
  const readers = {
    deploy: readDeploySettings,
    drift: readDriftSettings,
    "branch-deploy / teardown": readPreviewActionSettings,
    "validate-dags": readValidateDagsSettings,
  };
  it.each(Object.entries(readers))("%s: a config outside the repository is refused naming the input; /astro-ci.yaml is the repository's", (_action, read) => {
    const workspace = monorepo();
    for (const config of ["../outside.yaml", "/etc/passwd"]) {
      const env = runnerEnv(workspace, { config });
      expect(() => read(createEnvInputReader(env), env)).toThrow(`input 'config' (${config}) is outside the repository`);
    }
    writeFileSync(join(workspace, "astro-ci.yaml"), "version: 1\n");
    const env = runnerEnv(workspace, { config: "/astro-ci.yaml" });
    expect(read(createEnvInputReader(env), env).configPath).toBe(join(workspace, "astro-ci.yaml"));
  });

  it("branch-deploy / teardown read domain and wait-timeout as the other actions do", () => {
    const workspace = monorepo();
    const bad = runnerEnv(workspace, { domain: "https://astronomer.io" });
    expect(() => readPreviewActionSettings(createEnvInputReader(bad), bad)).toThrow("input 'domain' must be a host name like astronomer.io, not 'https://astronomer.io'");
    const env = runnerEnv(workspace, { domain: "astronomer-dev.io", "wait-timeout": "10m" });
    const settings = readPreviewActionSettings(createEnvInputReader(env), env);
    expect(settings.astroApiUrl).toBe("https://api.astronomer-dev.io/v1");
    expect(settings.waitTimeoutSeconds).toBe(600);
    const abc = runnerEnv(workspace, { "wait-timeout": "abc" });
    expect(() => readPreviewActionSettings(createEnvInputReader(abc), abc)).toThrow(/input 'wait-timeout' must be a duration/);
  });
});

describe("domain input of the deploy and drift actions", () => {
  it("a URL or a trailing slash is a configuration error naming the input (was https://api.https//astronomer.io/v1 or .../v1 with a // path)", () => {
    const workspace = monorepo();
    for (const domain of ["https://astronomer.io", "astronomer.io/", "astronomer.io/v1"]) {
      const env = runnerEnv(workspace, { domain });
      expect(() => readDeploySettings(createEnvInputReader(env), env)).toThrow(`input 'domain' must be a host name like astronomer.io, not '${domain}'`);
      expect(() => readDriftSettings(createEnvInputReader(env), env)).toThrow(`input 'domain' must be a host name like astronomer.io, not '${domain}'`);
    }
    const env = runnerEnv(workspace, { domain: "astronomer-dev.io" });
    expect(readDeploySettings(createEnvInputReader(env), env).astroApiUrl).toBe("https://api.astronomer-dev.io/v1");
    expect(readDriftSettings(createEnvInputReader(env), env).astroApiUrl).toBe("https://api.astronomer-dev.io/v1");
  });
});

describe("test action inputs", () => {
  function project(): string {
    const tree = makeTempTree({ "repo/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n", "repo/tests/dags/test_dag_example.py": "def test_x():\n    pass\n", "repo/tests/unit/test_u.py": "def test_u():\n    pass\n" });
    trees.push(tree);
    return join(tree.dir, "repo");
  }

  it("pytest-args keeps quoted words together, as a workflow author writes them (-k 'a and not b' was split into 4 words)", () => {
    const workspace = project();
    const env = runnerEnv(workspace, { "pytest-args": `-k 'tags and not slow' -m "not db" --tb=short -o "addopts=-q \\"x\\""` });
    expect(readTestSettings(createEnvInputReader(env), env).pytestArgs).toEqual(["-k", "tags and not slow", "-m", "not db", "--tb=short", "-o", 'addopts=-q "x"']);
  });

  it.each(["false", "FALSE"])("cache: %s works in RUNNER_TEMP, as an empty cache does, and creates no folder of that name in the checkout", (value) => {
    const workspace = project();
    const env = runnerEnv(workspace, { cache: value });
    expect(readTestSettings(createEnvInputReader(env), env).workDir).toBe(join(workspace, "..", "runner-temp", "astro-ci"));
    expect(existsSync(join(workspace, value))).toBe(false);
  });

  it("pytest-args: multi-line input, backslashes and nothing expanded", () => {
    expect(splitArgumentsInput("-x\n  --maxfail=2\n$HOME a\\ b", "pytest-args")).toEqual(["-x", "--maxfail=2", "$HOME", "a b"]);
    expect(splitArgumentsInput("''", "pytest-args")).toEqual([""]);
    expect(() => splitArgumentsInput("-k 'oops", "pytest-args")).toThrow(/input 'pytest-args' has an unterminated ' quote/);
  });

  it("paths: several, separated by newlines or commas, relative to the project", () => {
    const workspace = project();
    const env = runnerEnv(workspace, { paths: "tests/dags\n tests/unit/, ./tests/dags/test_dag_example.py" });
    expect(readTestSettings(createEnvInputReader(env), env).paths).toEqual(["tests/dags", "tests/unit", "tests/dags/test_dag_example.py"]);
  });

  it.each([
    ["../x", /input 'paths': '..\/x' is outside the project/],
    ["/etc", /input 'paths': '\/etc' is outside the project/],
    ["tests/nope", /input 'paths': 'tests\/nope' does not exist in the project/],
  ])("paths: %s is a configuration error naming the input (pytest's exit 4 in a throwaway copy before)", (value, message) => {
    const workspace = project();
    const env = runnerEnv(workspace, { paths: value });
    expect(() => readTestSettings(createEnvInputReader(env), env)).toThrow(message);
  });
});

describe("unusual events", () => {
  it("branch-deploy on a pull_request event whose payload has no pull request names the payload, not the event", async () => {
    const workspace = monorepo();
    const event = join(workspace, "..", "event.json");
    writeFileSync(event, "{}");
    const env = { ...runnerEnv(workspace, {}), GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event };
    const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {} });
    await expect(runBranchDeployAction(env, runtime as never)).rejects.toMatchObject({ message: "the pull_request event payload holds no pull request number", file: event });
    await expect(runBranchDeployAction({ ...env, GITHUB_EVENT_NAME: "merge_group" }, runtime as never)).rejects.toMatchObject({ message: "branch-deploy runs on pull_request events, not 'merge_group'" });
  });

  it.each(["pull_request_target", "pull_request_review", "pull_request_review_comment"])("branch-deploy refuses %s, which the security model rules out", async (eventName) => {
    const workspace = monorepo();
    const event = join(workspace, "..", "event.json");
    writeFileSync(event, JSON.stringify({ action: "opened", number: 4, pull_request: { number: 4, head: { ref: "feature", sha: "a".repeat(40), repo: { full_name: "o/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } } }));
    const env = { ...runnerEnv(workspace, {}), GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: event };
    const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {} });
    await expect(runBranchDeployAction(env, runtime as never)).rejects.toMatchObject({ message: expect.stringContaining(`branch-deploy runs on pull_request events, not '${eventName}'`) });
  });

  it.each(["opened", "synchronize", "reopened", "labeled", undefined])("teardown on pull_request %s removes nothing: a preview is removed when its PR closes (a workflow on the default types deleted the open PR's preview)", async (action) => {
    const workspace = monorepo();
    const event = join(workspace, "..", "event.json");
    writeFileSync(event, JSON.stringify({ ...(action ? { action } : {}), number: 4, pull_request: { number: 4, head: { ref: "feature", sha: "a".repeat(40), repo: { full_name: "o/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } } }));
    const env = { ...runnerEnv(workspace, {}), GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event };
    const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {} });
    await expect(runTeardownAction(env, runtime as never)).rejects.toMatchObject({ message: `teardown removes a pull request's previews when it closes, not on pull_request ${action ?? "(no action)"}`, fix: expect.stringContaining("types: [closed]") });
  });

  it("teardown on a closed PR that never had a preview writes no comment (every closed PR got 'No preview is running')", async () => {
    const github = await startGitHubEmulator();
    try {
      const workspace = monorepo();
      const event = join(workspace, "..", "event.json");
      writeFileSync(event, JSON.stringify({ action: "closed", number: 4, pull_request: { number: 4, head: { ref: "feature", sha: "a".repeat(40), repo: { full_name: "o/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } } }));
      const env = { ...runnerEnv(workspace, { "github-token": "ghs_test" }), GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url };
      const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {} });
      await runTeardownAction(env, runtime as never);
      expect(github.state.comments.get(4) ?? []).toEqual([]);
      expect(github.validationErrors).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it("teardown on a closed PR says its ttl input applies to the sweep only (it was ignored without a word)", async () => {
    const github = await startGitHubEmulator();
    try {
      const workspace = monorepo();
      const event = join(workspace, "..", "event.json");
      writeFileSync(event, JSON.stringify({ action: "closed", number: 4, pull_request: { number: 4, head: { ref: "feature", sha: "a".repeat(40), repo: { full_name: "o/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } } }));
      const env = { ...runnerEnv(workspace, { "github-token": "ghs_test", ttl: "3d" }), GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url };
      const notices: string[] = [];
      const runtime = Object.assign(new RecordingLogger(), { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {}, notice: (m: string) => void notices.push(m) });
      await runTeardownAction(env, runtime as never);
      expect(notices).toEqual(["the ttl input (3d) applies to the scheduled sweep only: a closed pull request's previews are removed whatever their age"]);
    } finally {
      await github.close();
    }
  });

  it("comment-command: a pull_request event without an action says so, instead of 'pull_request undefined'", () => {
    expect(classifyEvent("pull_request", {})).toEqual({ kind: "ignore", reason: "the pull_request event payload has no action: nothing to do" });
    expect(classifyEvent("pull_request", { action: "opened", pull_request: { number: 3 } })).toMatchObject({ kind: "ignore", reason: expect.stringContaining("pull_request opened is not handled") });
    expect(classifyEvent("pull_request", { action: "closed", pull_request: { number: 3 } })).toEqual({ kind: "closed", pr: 3 });
  });
});

describe("commit SHAs in the event payload", () => {
  const env = (payload: unknown, event = "pull_request"): NodeJS.ProcessEnv => {
    const tree = makeTempTree({ "event.json": JSON.stringify(payload) });
    trees.push(tree);
    return { GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: join(tree.dir, "event.json"), GITHUB_SHA: "c".repeat(40) };
  };
  const pr = (head: unknown, base: unknown) => ({ action: "opened", number: 1, pull_request: { number: 1, head: { sha: head, repo: { full_name: "o/r" } }, base: { sha: base, repo: { full_name: "o/r" } } } });

  it("a payload that is JSON but no object (null, an array) is a configuration error naming the file, never an internal error", () => {
    for (const [payload, shape] of [[null, "null"], [[1], "an array"], ["x", "a string"]] as const) {
      expect(() => readGitHubContext(env(payload))).toThrow(`the event payload is not a JSON object (it is ${shape})`);
    }
  });

  it("a pull request whose head repository is gone (a deleted fork: head.repo null) counts as a fork, as the comment commands count it", () => {
    const deleted = { action: "synchronize", number: 1, pull_request: { number: 1, head: { sha: "a".repeat(40), repo: null }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } } };
    expect(readGitHubContext(env(deleted)).isForkPullRequest).toBe(true);
    expect(readGitHubContext(env(pr("a".repeat(40), "b".repeat(40)))).isForkPullRequest).toBe(false);
  });

  it("the runner's variables that go into links and API paths are checked: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT", () => {
    const base = env(pr("a".repeat(40), "b".repeat(40)));
    expect(readGitHubContext({ ...base, GITHUB_SERVER_URL: "https://ghe.example.com/", GITHUB_RUN_ID: "123", GITHUB_RUN_ATTEMPT: "2" })).toMatchObject({ serverUrl: "https://ghe.example.com", runId: "123", runAttempt: "2" });
    expect(readGitHubContext(base)).toMatchObject({ serverUrl: "https://github.com", runId: "0", runAttempt: "1" });
    for (const bad of ["javascript:alert(1)", "https://x.example/a)(b", "https://user:hunter2@ghe.example.com", "https://ghe.example.com/?q=1", "not a url"]) {
      const error = (() => {
        try {
          readGitHubContext({ ...base, GITHUB_SERVER_URL: bad });
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();
      expect(error, bad).toBeInstanceOf(ConfigurationError);
      expect(error?.message).toContain("GITHUB_SERVER_URL is not a plain http(s) URL");
      expect(error?.message).not.toContain("hunter2");
    }
    expect(() => readGitHubContext({ ...base, GITHUB_RUN_ID: "1/../../x" })).toThrow("GITHUB_RUN_ID is not a number");
    expect(() => readGitHubContext({ ...base, GITHUB_RUN_ATTEMPT: "1 " })).toThrow("GITHUB_RUN_ATTEMPT is not a number");
    expect(() => readGitHubContext({ ...base, GITHUB_REPOSITORY: "o/../r" })).toThrow("GITHUB_REPOSITORY is not a repository name");
    expect(() => readGitHubContext({ ...base, GITHUB_REPOSITORY: "o/r)[x](y" })).toThrow(ConfigurationError);
  });

  it("are used when they are 40 hex characters", () => {
    expect(readGitHubContext(env(pr("a".repeat(40), "b".repeat(40))))).toMatchObject({ headSha: "a".repeat(40), baseSha: "b".repeat(40) });
    expect(readGitHubContext(env({ before: "0".repeat(40) }, "push"))).toMatchObject({ headSha: "c".repeat(40), baseSha: "0".repeat(40) });
  });

  it.each([
    ["pull_request.head.sha", pr("--upload-pack=touch /tmp/x", "b".repeat(40)), "pull_request"],
    ["pull_request.base.sha", pr("a".repeat(40), "main"), "pull_request"],
  ])("%s that is not one is a configuration error naming the payload (the README's promise)", (what, payload, event) => {
    expect(() => readGitHubContext(env(payload, event))).toThrow(new RegExp(`the event payload's ${what.replace(/\./g, "\\.")} is not a commit SHA`));
  });
});
