import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runTestAction } from "../../src/actions/test/run.js";
import { runValidateDags } from "../../src/actions/validate-dags/run.js";
import { runBranchDeployAction } from "../../src/actions/branch-deploy/run.js";
import { FORK_CODE_FIX, forkCodeRefusal } from "../../src/github/fork-code.js";
import { readGitHubContext } from "../../src/github/context.js";
import { classifyError, ConfigurationError } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import type { CommandRunner } from "../../src/dynamic/command-runner.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempDir } from "../support/temp-dir.js";

const repos: TempGitRepo[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  repos.splice(0).forEach((r) => r.cleanup());
  dirs.splice(0).forEach((d) => d.cleanup());
});

/** A checkout of acme/dags: the base branch's commit, and a pull request's commit on top of it (checked out). */
function checkout(): { repo: TempGitRepo; base: string; head: string } {
  const repo = createTempGitRepo({
    "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
    "dags/a.py": 'from datetime import datetime\nfrom airflow import DAG\n\nwith DAG("a", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n',
    "tests/test_a.py": "def test_ok():\n    assert True\n",
    ".gitignore": "__pycache__/\n",
  });
  repos.push(repo);
  const base = repo.commit("base");
  repo.write({ "tests/test_a.py": "import os\n\ndef test_steal():\n    print(os.environ)\n" });
  const head = repo.commit("the fork's change");
  return { repo, base, head };
}

/** The pull_request webhook payload as the runner writes it, for a pull request from `headRepo` into acme/dags. */
function pullRequestEvent(headRepo: string | null, base: string, head: string): Record<string, unknown> {
  return {
    action: "synchronize",
    number: 5,
    pull_request: { number: 5, head: { sha: head, ref: "feature", repo: headRepo === null ? null : { full_name: headRepo } }, base: { sha: base, ref: "main", repo: { full_name: "acme/dags" } } },
    repository: { full_name: "acme/dags" },
  };
}

function runnerEnv(workspace: string, eventName: string, payload: unknown, sha: string, inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const runner = makeTempDir("astro-ci-runner-");
  dirs.push(runner);
  const event = join(runner.dir, "event.json");
  writeFileSync(event, JSON.stringify(payload));
  return {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner.dir,
    XDG_CACHE_HOME: join(runner.dir, "xdg"),
    GITHUB_REPOSITORY: "acme/dags",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: sha,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, "_")}`, v])),
  };
}

const runtime = () => {
  const warnings: string[] = [];
  const logger = new RecordingLogger();
  return { warnings, runtime: Object.assign(logger, { setOutput: () => {}, setSecret: () => {}, appendSummary: async () => {}, notice: () => {}, warning: (m: string) => void warnings.push(m) }) };
};

/** A runner that records every command it is asked to run (project code, pip, probes) and runs none. */
function recordingRunner(): { runner: CommandRunner; commands: string[] } {
  const commands: string[] = [];
  return { commands, runner: { run: async (command, args) => (commands.push([command, ...args].join(" ")), { exitCode: 1, stdout: "", stderr: "not run in this test" }) } };
}

describe("a fork's pull request on pull_request_target (the run has this repository's secrets and a write token)", () => {
  it("the test action refuses before any command runs: exit 2, why, and the fix", async () => {
    const { repo, base } = checkout();
    const { runner, commands } = recordingRunner();
    const env = runnerEnv(repo.dir, "pull_request_target", pullRequestEvent("evil/dags", base, repo.git("rev-parse", "HEAD")), base, { airflow: "none" });
    const error = await runTestAction(env, runtime().runtime as never, { runner }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(classifyError(error).exitCode).toBe(2);
    expect((error as ConfigurationError).message).toMatch(/^the test action does not run a fork's code with this repository's secrets: pull request #5 comes from the fork evil\/dags, and pull_request_target gives the run this repository's secrets and a write token; the checkout is commit [0-9a-f]{12}, not the base branch's [0-9a-f]{12} \(GITHUB_SHA\)/);
    expect((error as ConfigurationError).fix).toBe(FORK_CODE_FIX);
    expect(FORK_CODE_FIX).toContain("run this workflow on pull_request");
    expect(commands).toEqual([]);
  });

  it("the test action runs on the base branch's own checkout (pull_request_target's default), and on a same-repository pull request", async () => {
    const { repo, base, head } = checkout();
    repo.git("checkout", "-q", base);
    for (const [headRepo, sha] of [["evil/dags", base], ["acme/dags", head]] as const) {
      const { runner, commands } = recordingRunner();
      const env = runnerEnv(repo.dir, "pull_request_target", pullRequestEvent(headRepo, base, head), sha, { airflow: "none" });
      if (headRepo === "acme/dags") repo.git("checkout", "-q", head);
      // The recording runner runs nothing, so the action stops later (python3 "fails"): not at the fork refusal.
      const error = await runTestAction(env, runtime().runtime as never, { runner }).then(() => undefined, (e: unknown) => e);
      expect((error as Error | undefined)?.message ?? "").not.toContain("does not run a fork's code");
      expect(commands.length).toBeGreaterThan(0);
    }
  });

  it("validate-dags turns its dynamic tier off with a warning and still runs the static checks", async () => {
    const { repo, base } = checkout();
    const { warnings, runtime: rt } = runtime();
    const env = runnerEnv(repo.dir, "pull_request_target", pullRequestEvent("evil/dags", base, repo.git("rev-parse", "HEAD")), base, { "fail-on": "never" });
    const result = await runValidateDags(env, rt as never);
    expect(result.report.projects.map((p) => p.dynamic.status)).toEqual(["off"]);
    expect(result.report.counts.dags).toBe(1);
    expect(warnings.filter((w) => w.startsWith("Dynamic import checks are off for this run: validate-dags does not import a fork's DAG files"))).toHaveLength(1);
    expect(warnings.join("\n")).toContain(FORK_CODE_FIX);
  });

  it("validate-dags with dynamic: required refuses (exit 2) before any analysis", async () => {
    const { repo, base } = checkout();
    const env = runnerEnv(repo.dir, "pull_request_target", pullRequestEvent("evil/dags", base, repo.git("rev-parse", "HEAD")), base, { dynamic: "required" });
    await expect(runValidateDags(env, runtime().runtime as never)).rejects.toMatchObject({
      message: expect.stringMatching(/^validate-dags' dynamic tier \(dynamic: required\) does not run a fork's code with this repository's secrets: pull request #5 comes from the fork evil\/dags/),
      fix: FORK_CODE_FIX,
    });
  });

  it("forkCodeRefusal: only pull_request_target, only a fork's (or an unknown) pull request, only when the checkout is not exactly the base", async () => {
    const { repo, base, head } = checkout();
    const git = [createGit(repo.dir)];
    const context = (eventName: string, payload: Record<string, unknown>, sha: string) => readGitHubContext(runnerEnv(repo.dir, eventName, payload, sha));
    // The fork's head checked out.
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent("evil/dags", base, head), base), git)).toMatch(/comes from the fork evil\/dags.*the checkout is commit/);
    // A deleted fork (head.repo null) proves nothing: refused too.
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent(null, base, head), base), git)).toMatch(/comes from a repository that is gone \(a deleted fork\)/);
    // No pull request in the payload: nothing shows where the code comes from.
    expect(await forkCodeRefusal(context("pull_request_target", {}, base), git)).toMatch(/^the event payload holds no pull request/);
    // pull_request: GitHub gives a fork's run no secrets; a same-repository pull request is this repository's code.
    expect(await forkCodeRefusal(context("pull_request", pullRequestEvent("evil/dags", base, head), head), git)).toBeUndefined();
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent("acme/dags", base, head), base), git)).toBeUndefined();
    // The base checked out as pull_request_target does by default: runs.
    repo.git("checkout", "-q", base);
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent("evil/dags", base, head), base), git)).toBeUndefined();
    // ... unless the fork's files were laid over it (git checkout <fork> -- tests), or added.
    repo.git("checkout", "-q", head, "--", "tests/test_a.py");
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent("evil/dags", base, head), base), git)).toMatch(/files differ from the base branch's commit \(GITHUB_SHA\): tests\/test_a\.py$/);
    repo.git("checkout", "-q", base, "--", "tests/test_a.py");
    repo.write({ "tests/test_new.py": "def test_x():\n    pass\n" });
    expect(await forkCodeRefusal(context("pull_request_target", pullRequestEvent("evil/dags", base, head), base), git)).toMatch(/files differ .*: tests\/test_new\.py$/);
  });

  it("branch-deploy refuses pull_request_target with the same reason", async () => {
    const { repo, base, head } = checkout();
    const env = runnerEnv(repo.dir, "pull_request_target", pullRequestEvent("evil/dags", base, head), base);
    await expect(runBranchDeployAction(env, runtime().runtime as never)).rejects.toMatchObject({
      message: "branch-deploy runs on pull_request events, not 'pull_request_target' (pull_request_target gives the run this repository's secrets and a write token, which a fork's code must never get)",
    });
  });
});
