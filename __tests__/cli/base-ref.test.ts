/**
 * The DAG diff's base commit (`validate-dags --base REF`, and the pull request's base in the action) when the clone
 * does not hold it: a typo, or a shallow CI checkout (actions/checkout's default fetch-depth: 1). The CLI refuses
 * with the fix (exit 2); the action keeps going and says, visibly, that the diff was skipped and why.
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { runValidateDags, type ActionsRuntime } from "../../src/actions/validate-dags/run.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { writeTree, tempDirPath } from "../support/temp-dir.js";

const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.1.0\n";
const DAG = (id: string, schedule = "@daily"): string => `from datetime import datetime
from airflow import DAG
with DAG("${id}", schedule="${schedule}", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** An upstream repository with two commits: `base` (DAG a) and `head` (DAGs a and b, a rescheduled). */
function upstream(): { repo: TempGitRepo; base: string; head: string } {
  const repo = createTempGitRepo({ Dockerfile: DOCKERFILE, "dags/a.py": DAG("a") });
  cleanups.push(repo.cleanup);
  const base = repo.commit("base");
  repo.write({ "dags/a.py": DAG("a", "@hourly"), "dags/b.py": DAG("b") });
  const head = repo.commit("head");
  return { repo, base, head };
}

/** `git clone --depth 1 file://…` of `source`, as actions/checkout does by default: only the head commit is there. */
function shallowClone(source: string): string {
  const parent = tempDirPath("astro-ci-shallow-");
  cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
  const dir = join(parent, "clone");
  execFileSync("git", ["clone", "-q", "--depth", "1", `file://${source}`, dir], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } });
  return dir;
}

const git = (dir: string, ...args: string[]): string => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe("validate-dags --base REF that the clone does not hold", () => {
  it("a typo is exit 2 naming the ref and how to fetch it, without a stack trace", async () => {
    const { repo } = upstream();
    const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--base", "origin/mian"], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--base origin/mian");
    expect(run.stderr).toContain("git fetch --depth=1 origin mian");
    expect(run.stderr).toContain("fetch-depth: 0");
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+/);
    expect(run.stderr).not.toMatch(/internal error/i);
  });

  it("a shallow clone without the base commit (and no origin to fetch it from) is exit 2 saying the clone is shallow", async () => {
    const { repo, base } = upstream();
    const clone = shallowClone(repo.dir);
    expect(git(clone, "rev-parse", "--is-shallow-repository")).toBe("true");
    git(clone, "remote", "set-url", "origin", `file://${join(clone, "..", "gone")}`);
    const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--base", base], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--base ${base}`);
    expect(run.stderr).toContain("shallow");
    expect(run.stderr).toContain(`git fetch --depth=1 origin ${base}`);
    expect(run.stderr).toContain("fetch-depth: 0");
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+/);
  });

  it("a shallow clone whose origin has the base commit fetches it and diffs", async () => {
    const { repo, base } = upstream();
    const clone = shallowClone(repo.dir);
    const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--base", base], clone);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`DAG changes against ${base.slice(0, 12)}`);
    expect(run.stdout).toMatch(/\+ b \(dags\/b\.py\)/);
  });

  it("outside a git repository --base is exit 2 saying so", async () => {
    const dir = tempDirPath("astro-ci-nogit-");
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeTree(dir, { Dockerfile: DOCKERFILE, "dags/a.py": DAG("a") });
    const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--repo-root", ".", "--base", "main"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--base main");
    expect(run.stderr).toContain("not inside a git repository");
  });

  // `--base=` is refused as an empty value by the argument parser (__tests__/cli/parse-args.test.ts).
  it.each([["--base=--upload-pack=touch /tmp/x"], ["--base=-x"], ["--base=main extra"], ["--base=a\u0007b"]])(
    "%j is refused by its shape before git sees it",
    async (flag) => {
      // Outside any repository: had git been asked, the message would say so instead.
      const dir = tempDirPath("astro-ci-nogit-");
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      writeTree(dir, { Dockerfile: DOCKERFILE, "dags/a.py": DAG("a") });
      const run = await cli(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--repo-root", ".", flag], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--base is not a git revision");
      expect(run.stderr).not.toContain("git repository");
    },
  );
});

function recordingRuntime(): ActionsRuntime & { log: string[]; summary: string } {
  const log: string[] = [];
  const runtime = {
    log,
    summary: "",
    debug: () => undefined,
    info: (m: string) => log.push(`info ${m}`),
    warning: (m: string, props?: { title?: string }) => log.push(`warning ${props?.title ? `[${props.title}] ` : ""}${m}`),
    error: (m: string) => log.push(`error ${m}`),
    notice: (m: string) => log.push(`notice ${m}`),
    setOutput: () => undefined,
    setSecret: () => undefined,
    appendSummary: async (markdown: string) => void (runtime.summary += markdown),
  };
  return runtime;
}

/** The action's environment on a pull_request event whose base is `base`, without a token (summary and annotations). */
function pullRequestEnv(workspace: string, base: string, head: string): NodeJS.ProcessEnv {
  const scratch = tempDirPath("astro-ci-runner-");
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
  const eventPath = join(scratch, "event.json");
  writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: head, ref: "feature", repo: { full_name: "o/r" } }, base: { sha: base, repo: { full_name: "o/r" } } } }));
  return {
    GITHUB_REPOSITORY: "o/r",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: head,
    GITHUB_REF: "refs/pull/7/merge",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: scratch,
    INPUT_DYNAMIC: "off",
    INPUT_CACHE: "false",
  };
}

describe("validate-dags action on a pull request whose base commit the checkout lacks", () => {
  it("does not fail the job: one warning annotation and the summary say the DAG diff was skipped, why and the fix", async () => {
    const { repo, base, head } = upstream();
    const clone = shallowClone(repo.dir);
    git(clone, "remote", "set-url", "origin", `file://${join(clone, "..", "gone")}`);
    const runtime = recordingRuntime();
    const result = await runValidateDags(pullRequestEnv(clone, base, head), runtime);
    expect(result.failureMessage).toBeUndefined();
    const warnings = runtime.log.filter((l) => l.startsWith("warning"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("[DAG diff skipped]");
    expect(warnings[0]).toContain(base.slice(0, 12));
    expect(warnings[0]).toContain("shallow");
    expect(warnings[0]).toContain("fetch-depth: 0");
    expect(runtime.summary).toContain("DAG diff skipped");
    expect(runtime.summary).toContain("fetch-depth: 0");
    const report = JSON.parse(readFileSync(result.reportPath, "utf8")) as { projects: { dagDiff?: { status: string; reason: string; fix?: string } }[] };
    expect(report.projects[0]?.dagDiff?.status).toBe("skipped");
    expect(report.projects[0]?.dagDiff?.fix).toContain("fetch-depth: 0");
  }, 60_000);

  it("with origin reachable the base is fetched and diffed, with no warning", async () => {
    const { repo, base, head } = upstream();
    const clone = shallowClone(repo.dir);
    const runtime = recordingRuntime();
    await runValidateDags(pullRequestEnv(clone, base, head), runtime);
    expect(runtime.log.filter((l) => l.startsWith("warning"))).toEqual([]);
    expect(runtime.summary).toContain(`DAG changes against \`${base.slice(0, 12)}\``);
    expect(runtime.summary).not.toContain("DAG diff skipped");
  }, 60_000);
});
