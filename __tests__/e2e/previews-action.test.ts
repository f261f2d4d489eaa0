import { execFile } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
type PullRequestEvent = { action: string; number: number; pull_request: { number: number; state: string; head: { sha: string; ref: string; repo: { full_name: string } }; base: { sha: string; repo: { full_name: string } } }; repository: { full_name: string } };

/** A real pull_request webhook payload of GitHub's (from @octokit/webhooks-examples), pointed at this test's PR. */
function pullRequestEvent(action: "opened" | "synchronize" | "closed", head: string, base: string, options: { pr?: number; fork?: boolean } = {}): PullRequestEvent {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];
  const event = structuredClone(examples.find((e) => e.name === "pull_request")?.examples.find((x) => x.action === action)) as unknown as PullRequestEvent;
  expect(event, `webhooks-examples has a pull_request ${action} payload`).toBeDefined();
  event.number = event.pull_request.number = options.pr ?? 7;
  event.pull_request.head.sha = head;
  event.pull_request.head.ref = "feature/new-dag";
  event.pull_request.base.sha = base;
  event.pull_request.base.repo.full_name = event.repository.full_name = "o/r";
  event.pull_request.head.repo.full_name = options.fork ? "mallory/r" : "o/r";
  return event;
}

describe("branch-deploy and teardown actions (bundled dist/, Astro, Airflow and GitHub emulators, real pull_request payloads)", () => {
  let github: GitHubEmulator;
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let repo: TempGitRepo;
  let base: string;
  let head: string;
  let fakeBin: string;
  let dockerLog: string;

  beforeAll(async () => {
    github = await startGitHubEmulator();
    airflow = await startAirflowEmulator();
    astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    astro.addDeployment({ name: "staging", environmentVariables: [{ key: "LOG_LEVEL", value: "INFO", isSecret: false }] });
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/etl.py": "from airflow import DAG\n",
      "astro-ci.yaml": "previews:\n  template-deployment-name: staging\n  name: \"r-pr-{pr}\"\n  airflow-settings: preview_settings.yaml\n",
      "preview_settings.yaml": "airflow:\n  connections:\n    - conn_id: warehouse\n      conn_type: postgres\n      conn_password: ${WAREHOUSE_PASSWORD}\n",
    });
    base = repo.commit("base");
    repo.write({ "dags/new.py": "from airflow import DAG\n" });
    head = repo.commit("head");
    // A stand-in docker on PATH for the image deploy (no engine here): it records its arguments, never its stdin.
    fakeBin = tempDirPath("astro-ci-fake-docker-");
    dockerLog = join(fakeBin, "docker.log");
    writeFileSync(join(fakeBin, "docker"), `#!/bin/sh\necho "$*" >> "${dockerLog}"\ncat > /dev/null\n[ "$1" = info ] && echo 27.0.0\nexit 0\n`);
    chmodSync(join(fakeBin, "docker"), 0o755);
  });
  afterAll(async () => {
    expect(github.validationErrors).toEqual([]);
    expect(github.responseErrors).toEqual([]);
    expect(astro.validationErrors).toEqual([]);
    expect(astro.responseErrors).toEqual([]);
    expect(airflow.validationErrors).toEqual([]);
    await github.close();
    await astro.close();
    await airflow.close();
    repo.cleanup();
  });

  function run(entry: "branch-deploy" | "teardown", eventName: string, event: unknown, extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; outputs: string; summary: string }> {
    const dir = tempDirPath("astro-ci-runner-");
    const files = { output: join(dir, "output"), summary: join(dir, "summary"), event: join(dir, "event.json") };
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    writeFileSync(files.event, JSON.stringify(event));
    return new Promise((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, `dist/${entry}.js`)],
        {
          env: {
            PATH: `${fakeBin}:${process.env.PATH}`,
            HOME: process.env.HOME,
            // The run's temp dir (the temp-dir guard sees what the action leaves there).
            TMPDIR: tmpdir(),
            RUNNER_TEMP: dir,
            GITHUB_OUTPUT: files.output,
            GITHUB_STEP_SUMMARY: files.summary,
            GITHUB_REPOSITORY: "o/r",
            GITHUB_EVENT_NAME: eventName,
            GITHUB_EVENT_PATH: files.event,
            GITHUB_SHA: head,
            GITHUB_REF: "refs/pull/7/merge",
            GITHUB_WORKSPACE: repo.dir,
            GITHUB_API_URL: github.url,
            GITHUB_SERVER_URL: "https://github.com",
            GITHUB_RUN_ID: "1",
            ASTRO_API_TOKEN: "test-token",
            ASTRO_API_URL: astro.url,
            ASTRO_ORGANIZATION_ID: astro.organizationId,
            WAREHOUSE_PASSWORD: "warehouse-secret-value",
            INPUT_GITHUB_TOKEN: "ghs_preview_token",
            ...extraEnv,
          },
        },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, outputs: readFileSync(files.output, "utf8"), summary: readFileSync(files.summary, "utf8") }),
      ),
    );
  }

  const previews = () => [...astro.deployments.values()].filter((d) => d.description?.includes("[astro-ci preview"));

  it("opened → a preview with image and DAGs, linked from the PR; synchronize → DAG-only; again → skipped; closed → removed; closed again → nothing", async () => {
    const opened = await run("branch-deploy", "pull_request", pullRequestEvent("opened", head, base));
    expect(opened.code, opened.stdout).toBe(0);
    expect(previews()).toHaveLength(1);
    const preview = previews()[0]!;
    expect(opened.outputs).toMatch(/created<<[^\n]+\ntrue/);
    expect(opened.outputs).toMatch(/deploy-type<<[^\n]+\nimage-and-dags/);
    expect(readFileSync(dockerLog, "utf8")).toMatch(/^info[^\n]*\nbuild[^\n]*\nlogin[^\n]*\npush/m);
    expect(readFileSync(dockerLog, "utf8")).not.toContain("test-token");
    // The secret reached the connection, and no output, summary, comment or log shows it.
    expect(astro.environmentObjects.find((o) => o.scopeEntityId === preview.id && o.objectKey === "warehouse")?.connection?.password).toBe("warehouse-secret-value");
    const ghDeployment = github.state.deployments.at(-1)!;
    expect(ghDeployment).toMatchObject({ environment: "preview", transient: true, production: false });
    expect(ghDeployment.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(ghDeployment.statuses[1]!.environment_url).toContain(preview.id);
    const comment = github.state.comments.get(7)?.at(-1)?.body ?? "";
    expect(comment).toContain("r-pr-7");
    expect(comment).toContain("Airflow UI");
    expect([...github.state.checkRuns.values()].map((c) => c.name)).toContain("astro-ci / branch-deploy");
    // The runner hides masked values in its log; the add-mask command is the one line that must carry it.
    expect(opened.stdout).toContain("::add-mask::warehouse-secret-value");
    const log = opened.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n");
    for (const text of [log, opened.outputs, opened.summary, comment]) expect(text).not.toContain("warehouse-secret-value");

    repo.write({ "dags/new.py": "from airflow import DAG\n# v2\n" });
    const head2 = repo.commit("update a DAG");
    const sync = await run("branch-deploy", "pull_request", pullRequestEvent("synchronize", head2, base), { GITHUB_SHA: head2 });
    expect(sync.code, sync.stdout).toBe(0);
    expect(sync.outputs).toMatch(/deploy-type<<[^\n]+\ndags-only/);
    expect(sync.outputs).toMatch(/created<<[^\n]+\nfalse/);
    const same = await run("branch-deploy", "pull_request", pullRequestEvent("synchronize", head2, base), { GITHUB_SHA: head2 });
    expect(same.code).toBe(0);
    expect(same.outputs).toMatch(/deploy-type<<[^\n]+\n\n/);
    expect(previews()).toHaveLength(1);
    expect(github.state.comments.get(7)?.filter((c) => c.body.includes("astro-ci:previews"))).toHaveLength(1);

    const closed = await run("teardown", "pull_request", pullRequestEvent("closed", head2, base));
    expect(closed.code, closed.stdout).toBe(0);
    expect(closed.outputs).toMatch(/removed<<[^\n]+\n1/);
    expect(previews()).toEqual([]);
    expect(github.state.deployments.filter((d) => d.environment === "preview").every((d) => d.statuses.at(-1)?.state === "inactive")).toBe(true);
    expect(github.state.comments.get(7)?.at(-1)?.body).toContain("deleted");
    const again = await run("teardown", "pull_request", pullRequestEvent("closed", head2, base));
    expect(again.code).toBe(0);
    expect(again.outputs).toMatch(/removed<<[^\n]+\n0/);
  }, 240_000);

  it("a fork pull request gets no preview and no Astro call", async () => {
    const before = astro.requests.length;
    const fork = await run("branch-deploy", "pull_request", pullRequestEvent("opened", head, base, { pr: 12, fork: true }));
    expect(fork.code, fork.stdout).toBe(0);
    expect(fork.stdout).toContain("comes from a fork");
    expect(astro.requests.length).toBe(before);
    expect(previews()).toEqual([]);
  }, 60_000);

  it("a missing ${SECRET} fails the step with file, line and variable, and creates nothing", async () => {
    // The job's environment without WAREHOUSE_PASSWORD at all.
    const missing = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const dir = tempDirPath("astro-ci-runner-");
      const event = join(dir, "event.json");
      writeFileSync(event, JSON.stringify(pullRequestEvent("opened", head, base, { pr: 14 })));
      execFile(process.execPath, [join(repoRoot, "dist/branch-deploy.js")], { env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmpdir(), RUNNER_TEMP: dir, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_SHA: head, GITHUB_WORKSPACE: repo.dir, ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId } }, (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }));
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout, missing.stdout).toContain("preview_settings.yaml:3: ${WAREHOUSE_PASSWORD} is not set in the job's environment");
    expect(previews().filter((d) => d.description?.includes("pr=14]"))).toEqual([]);
  }, 120_000);
});
