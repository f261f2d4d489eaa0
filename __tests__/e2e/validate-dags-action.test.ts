import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const bundle = join(repoRoot, "dist", "validate-dags.js");
const exampleProject = join(repoRoot, "examples", "astro-project");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Files under RUNNER_TEMP/astro-ci, read before the runner's temp dir is removed. */
  files: Record<string, string>;
}

/** Parse GITHUB_OUTPUT as the runner does (`name<<delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i] as string);
    outputs[match[1] as string] = value.join("\n");
  }
  return outputs;
}

/** Runs the bundled action as the runner would: a process with INPUT_* env, event payload and command files. */
function runAction(env: Record<string, string>): Promise<Run> {
  const dir = tempDirPath("astro-ci-runner-");
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: tmpdir(), RUNNER_TEMP: dir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const outputs = parseOutputs(readFileSync(outputFile, "utf8"));
        const files: Record<string, string> = {};
        for (const key of ["report-path", "sarif-path"]) if (outputs[key]) files[key] = readFileSync(outputs[key] as string, "utf8");
        const result = {
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs,
          summary: readFileSync(summaryFile, "utf8"),
          files,
        };
        rmSync(dir, { recursive: true, force: true });
        resolve(result);
      },
    );
  });
}

function pullRequestEvent(repo: TempGitRepo, base: string, head: string, fork = false): string {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];
  const opened = structuredClone(examples.find((e) => e.name === "pull_request")?.examples.find((x) => x.action === "opened")) as {
    number: number;
    pull_request: { number: number; head: { sha: string; repo: { full_name: string } }; base: { sha: string } };
  };
  opened.pull_request.head.sha = head;
  opened.pull_request.base.sha = base;
  opened.number = 7;
  opened.pull_request.number = 7;
  if (fork) opened.pull_request.head.repo.full_name = "mallory/Hello-World";
  const path = join(tempDirPath("astro-ci-event-"), "event.json");
  writeFileSync(path, JSON.stringify(opened));
  return path;
}

describe("validate-dags action (bundled dist/, GitHub API emulator)", () => {
  let emulator: GitHubEmulator;
  let repo: TempGitRepo;
  let base: string;
  let head: string;
  const mergeSha = "f".repeat(40);

  beforeAll(async () => {
    emulator = await startGitHubEmulator();
    repo = createTempGitRepo({ "README.md": "repo\n" });
    cpSync(exampleProject, join(repo.dir, "airflow"), { recursive: true });
    // The base commit lacks two DAGs and has another schedule, so the PR has a DAG diff.
    unlinkSync(join(repo.dir, "airflow/dags/parse_time_io.py"));
    unlinkSync(join(repo.dir, "airflow/dags/bad_schedule.py"));
    const etl = join(repo.dir, "airflow/dags/example_sensor.py");
    writeFileSync(etl, readFileSync(etl, "utf8").replace('schedule="@hourly"', 'schedule="@daily"'));
    base = repo.commit("base");
    cpSync(exampleProject, join(repo.dir, "airflow"), { recursive: true });
    head = repo.commit("head");
  });
  afterAll(async () => {
    await emulator.close();
    repo.cleanup();
  });

  const baseEnv = (event: string, inputs: Record<string, string>): Record<string, string> => ({
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: mergeSha,
    GITHUB_REF: "refs/pull/7/merge",
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_WORKSPACE: repo.dir,
    INPUT_PROJECT_PATH: "airflow",
    INPUT_GITHUB_TOKEN: "ghs_e2eTokenValue",
    // No Airflow here and no PyPI: only an installed Airflow is tried (it is not there), so the static results stand.
    INPUT_AIRFLOW: "installed",
    ...inputs,
  });

  it("creates a check run on the PR head with batched annotations, a summary with the DAG diff, outputs and a comment", async () => {
    emulator.requests.length = 0;
    const run = await runAction(baseEnv(pullRequestEvent(repo, base, head), { INPUT_FAIL_ON: "error", INPUT_COMMENT: "true" }));
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::validate-dags found 5 errors");

    const runs = [...emulator.state.checkRuns.values()];
    expect(runs).toHaveLength(1);
    const check = runs[0]!;
    expect(check).toMatchObject({ name: "astro-ci / validate-dags", head_sha: head, status: "completed", conclusion: "failure" });
    expect(check.head_sha).not.toBe(mergeSha);
    expect(check.annotationBatches.every((n) => n <= 50)).toBe(true);
    const paths = check.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}`);
    expect(paths).toEqual(expect.arrayContaining(["airflow/dags/broken_syntax.py:13:failure", "airflow/dags/duplicate_id.py:7:failure", "airflow/dags/bad_schedule.py:10:failure"]));

    expect(run.outputs).toMatchObject({ errors: "5", "dag-count": "10" });
    expect(Number(run.outputs.warnings)).toBeGreaterThan(0);
    const report = JSON.parse(run.files["report-path"]!) as { counts: { errors: number } };
    expect(report.counts.errors).toBe(5);
    expect(run.outputs["sarif-path"]).toMatch(/validate-dags\.sarif$/);
    expect(JSON.parse(run.files["sarif-path"]!)).toMatchObject({ version: "2.1.0", runs: [{ tool: { driver: { name: "astro-ci" } } }] });

    expect(run.summary).toContain("astro-ci / validate-dags");
    expect(run.summary).toContain("DAG changes against");
    expect(run.summary).toMatch(/added.*partner_feeds/);
    expect(run.summary).toMatch(/added.*nightly_cleanup/);
    expect(run.summary).toMatch(/changed.*warehouse_load.*schedule: @daily → @hourly/);

    const comments = emulator.state.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("<!-- astro-ci:validate-dags -->");
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    // The token is masked and never printed.
    expect(run.stdout).toContain("::add-mask::ghs_e2eTokenValue");
    expect(run.stdout.replace("::add-mask::ghs_e2eTokenValue", "")).not.toContain("ghs_e2eTokenValue");
  });

  it("falls back to workflow annotations on a fork PR (403 on checks) without failing for that reason", async () => {
    const forked = await startGitHubEmulator();
    forked.forbid("checks/");
    forked.forbid("issues/");
    try {
      const run = await runAction({ ...baseEnv(pullRequestEvent(repo, base, head, true), { INPUT_FAIL_ON: "never", INPUT_COMMENT: "true" }), GITHUB_API_URL: forked.url });
      expect(run.code).toBe(0);
      expect(forked.state.checkRuns.size).toBe(0);
      expect(run.stdout).toContain("::notice::astro-ci could not create the 'astro-ci / validate-dags' check run");
      expect(run.stdout).toMatch(/::error title=syntax-error,file=airflow\/dags\/broken_syntax\.py,line=13/);
      expect(run.outputs.errors).toBe("5");
      expect(run.summary).toContain("DAG changes against");
    } finally {
      await forked.close();
    }
  });

  it("an unusable cache input (cache: /proc) is one notice and the run goes on without it", async () => {
    const run = await runAction(baseEnv(pullRequestEvent(repo, base, head), { INPUT_FAIL_ON: "never", INPUT_CACHE: "/proc" }));
    expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^::notice::input 'cache' \(\/proc\) cannot be used as a cache/gm)).toHaveLength(1);
    expect(run.outputs.errors).toBe("5");
  });

  it("reports a bad astro-ci.yaml with its file and line, no stack trace, and fails the step", async () => {
    writeFileSync(join(repo.dir, "astro-ci.yaml"), "validate:\n  fail-on: sometimes\n");
    try {
      const run = await runAction(baseEnv(pullRequestEvent(repo, base, head), {}));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("astro-ci.yaml:2");
      expect(run.stdout).toContain("Configuration error");
      // Annotated once, on the file and line (core.error + core.setFailed annotated it twice).
      expect(run.stdout.match(/^::error/gm)).toHaveLength(1);
      expect(run.stdout).toMatch(/^::error file=astro-ci\.yaml,line=2/m);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      unlinkSync(join(repo.dir, "astro-ci.yaml"));
    }
  });
});
