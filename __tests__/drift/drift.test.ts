import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runDrift, type DriftReport } from "../../src/commands/drift.js";
import { runConnectionsSync } from "../../src/commands/connections.js";
import { runCli } from "../../src/cli/main.js";
import { formatDeploymentDriftMarkdown, formatDriftMarkdown, formatDriftText } from "../../src/reports/drift-report.js";
import { createGit } from "../../src/util/git.js";
import { classifyError } from "../../src/errors.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { expectSpecClean, startJsonServer } from "../support/openapi.js";
import { tempDirPath } from "../support/temp-dir.js";

const DEPLOYMENT_FILE = `deployment:
  configuration:
    runtime_version: 12.1.0
    executor: CeleryExecutor
    scheduler_size: small
    is_high_availability: false
    dag_deploy_enabled: true
  worker_queues:
    - name: default
      is_default: true
      min_worker_count: 1
      max_worker_count: 10
      worker_concurrency: 5
      worker_type: a5
  environment_variables:
    - key: LOG_LEVEL
      value: INFO
      is_secret: false
    - key: WAREHOUSE_PASSWORD
      is_secret: true
  alert_emails:
    - data-team@example.com
`;

const SETTINGS = `airflow:
  connections:
    - conn_id: warehouse
      conn_type: postgres
      conn_host: db.example.com
      conn_login: loader
      conn_password: \${WAREHOUSE_PASSWORD}
      conn_port: 5432
  pools:
    - pool_name: etl
      pool_slot: 8
      pool_description: ETL jobs
  variables:
    - variable_name: environment
      variable_value: production
`;

describe("astro-ci drift", () => {
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let repo: TempGitRepo;
  let production: EmulatedDeployment;
  let head: string;

  const env = () => ({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId });
  const drift = (extra: Partial<Parameters<typeof runDrift>[0]> = {}): Promise<DriftReport> =>
    runDrift({ repoRoot: repo.dir, projectRoot: repo.dir, env: env(), git: createGit(repo.dir), logger: new RecordingLogger(), ...extra });
  const kinds = (report: DriftReport) => report.deployments.flatMap((d) => d.drift.map((i) => `${i.kind}:${i.field}`));

  /** Record a finalized astro-ci deploy of `sha` as the Deployment's live deploy. */
  const recordDeploy = (sha: string, tree?: string, minutesAgo = 10) =>
    astro.deploys.push({
      id: `cldeploy${astro.deploys.length.toString().padStart(17, "0")}`,
      deploymentId: production.id,
      type: "IMAGE_AND_DAG",
      status: "DEPLOYED",
      description: `astro-ci ${sha.slice(0, 12)} on main${tree ? ` astro-ci:dags=tree-${tree}` : ""}`,
      git: { provider: "GENERIC", commitSha: sha, branch: "main", remoteUrl: "https://example.com/r.git" },
      createdAt: new Date(Date.parse("2026-01-01T00:00:00Z") - minutesAgo * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      blobId: "b",
    });

  beforeEach(async () => {
    astro = await startAstroEmulator();
    airflow = await startAirflowEmulator();
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/etl.py": "from airflow import DAG\n",
      "tests/test_dags.py": "def test_x():\n    pass\n",
      "deployments/production.yaml": DEPLOYMENT_FILE,
      "airflow_settings.production.yaml": SETTINGS,
      "astro-ci.yaml": [
        "version: 1",
        "deployments:",
        "  - branch: main",
        "    name: production",
        "    deployment-name: production",
        "    deployment-file: deployments/production.yaml",
        "    airflow-settings: airflow_settings.production.yaml",
        "",
      ].join("\n"),
    });
    head = repo.commit("initial");
    production = astro.addDeployment({
      name: "production",
      astroRuntimeVersion: "12.1.0",
      executor: "CELERY",
      schedulerSize: "SMALL",
      contactEmails: ["data-team@example.com"],
      workerQueues: [{ id: "clqueue", name: "default", isDefault: true, astroMachine: "A5", minWorkerCount: 1, maxWorkerCount: 10, workerConcurrency: 5, podCpu: "1", podMemory: "2Gi" }],
      environmentVariables: [
        { key: "LOG_LEVEL", value: "INFO", isSecret: false },
        { key: "WAREHOUSE_PASSWORD", value: "hunter2-live-secret", isSecret: true },
      ],
      airflowApiUrl: airflow.apiUrl,
    });
    astro.environmentObjects.push(
      { id: "clenvo1", objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: production.id, connection: { type: "postgres", host: "db.example.com", login: "loader", port: 5432, password: "s3cret" } },
      { id: "clenvo2", objectKey: "environment", objectType: "AIRFLOW_VARIABLE", scope: "DEPLOYMENT", scopeEntityId: production.id, airflowVariable: { value: "production", isSecret: false } },
    );
    airflow.pools.set("etl", { name: "etl", slots: 8, description: "ETL jobs" });
    recordDeploy(head, repo.git("rev-parse", "HEAD:dags"));
  });

  afterEach(async () => {
    expectSpecClean(astro, airflow);
    await astro.close();
    await airflow.close();
    repo.cleanup();
  });

  it("a repository without a commit is a configuration error naming the fix (exit 2), not git's 'Needed a single revision' (exit 3)", async () => {
    const empty = createTempGitRepo({});
    try {
      writeFileSync(join(empty.dir, "astro-ci.yaml"), "deployments:\n  - branch: main\n    deployment-id: cldeployment00000000000000\n");
      const error = await runDrift({ repoRoot: empty.dir, projectRoot: empty.dir, env: env(), git: createGit(empty.dir), logger: new RecordingLogger() }).then(() => undefined, (e: unknown) => e);
      expect(classifyError(error).exitCode).toBe(2);
      expect(String((error as Error).message)).toContain("no commit yet");
    } finally {
      empty.cleanup();
    }
  });

  it("finds no drift when the live Deployment is what the repository declares, and never writes", async () => {
    const report = await drift();
    expect(kinds(report)).toEqual([]);
    expect(report.drifted).toBe(false);
    expect(report.deployments[0]).toMatchObject({ name: "production", id: production.id, notes: [] });
    expect(astro.requests.every((r) => r.method === "GET")).toBe(true);
    expect(airflow.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/v1/pools"]);
    expect(formatDriftText(report)).toContain("no drift");
  });

  it("reports each kind of drift alone, with exactly the fields that differ", async () => {
    const cases: [string, () => void, string[]][] = [
      ["runtime", () => (production.astroRuntimeVersion = "12.0.0"), ["runtime:astroRuntimeVersion", "configuration:runtime_version"]],
      ["scheduler size", () => (production.schedulerSize = "MEDIUM"), ["configuration:scheduler_size"]],
      ["queue max workers", () => ((production.workerQueues as NonNullable<EmulatedDeployment["workerQueues"]>)[0]!.maxWorkerCount = 20), ["worker-queue:default.max_worker_count"]],
      ["extra queue", () => production.workerQueues!.push({ id: "clq2", name: "heavy", isDefault: false, astroMachine: "A20", minWorkerCount: 0, maxWorkerCount: 2, workerConcurrency: 5, podCpu: "4", podMemory: "8Gi" }), ["worker-queue:heavy"]],
      ["env value", () => (production.environmentVariables![0]!.value = "DEBUG"), ["environment-variable:LOG_LEVEL"]],
      ["env unexpected", () => production.environmentVariables!.push({ key: "HOTFIX", value: "1", isSecret: false }), ["environment-variable:HOTFIX"]],
      ["secret missing", () => production.environmentVariables!.splice(1, 1), ["environment-variable:WAREHOUSE_PASSWORD"]],
      ["alert emails", () => (production.contactEmails = []), ["configuration:alert_emails"]],
      ["connection host", () => ((astro.environmentObjects[0]!.connection as Record<string, unknown>).host = "db2.example.com"), ["connection:warehouse.host"]],
      ["connection password", () => delete (astro.environmentObjects[0]!.connection as Record<string, unknown>).password, ["connection:warehouse.password"]],
      ["variable missing", () => astro.environmentObjects.splice(1, 1), ["variable:environment"]],
      ["pool slots", () => (airflow.pools.get("etl")!.slots = 16), ["pool:etl.slots"]],
      ["pool missing", () => airflow.pools.delete("etl"), ["pool:etl"]],
    ];
    for (const [name, mutate, expected] of cases) {
      // Fresh state for each case: the same seed, one change.
      const snapshot = structuredClone({ d: production, objects: astro.environmentObjects, pools: [...airflow.pools.values()] });
      mutate();
      const report = await drift();
      expect(kinds(report), name).toEqual(expected);
      Object.assign(production, structuredClone(snapshot.d));
      astro.environmentObjects.splice(0, astro.environmentObjects.length, ...structuredClone(snapshot.objects));
      airflow.pools.clear();
      for (const p of snapshot.pools) airflow.pools.set(p.name, structuredClone(p));
    }
  });

  it("connection fields written as ${NAME} (the file connections sync applies) are not compared as the literal text, nor read from the environment: a note names them", async () => {
    repo.write({ "airflow_settings.production.yaml": SETTINGS.replace("conn_host: db.example.com", "conn_host: ${WAREHOUSE_HOST}").replace("conn_login: loader", "conn_login: ${WAREHOUSE_USER}") });
    repo.commit("hosts from the environment");
    recordDeploy(repo.git("rev-parse", "HEAD"), repo.git("rev-parse", "HEAD:dags"), 1);
    const report = await drift({ env: { ...env(), WAREHOUSE_HOST: "secret-host.internal" } });
    expect(kinds(report)).toEqual([]);
    expect(report.drifted).toBe(false);
    expect(report.deployments[0]?.notes).toEqual(["not compared: warehouse.host, warehouse.login in airflow_settings.production.yaml (written as ${NAME}, a value of the environment of the job that applies the file)"]);
    expect(JSON.stringify(report)).not.toContain("secret-host.internal");
    // A field written as it is still compares.
    (astro.environmentObjects[0]!.connection as Record<string, unknown>).schema = "public";
    expect(kinds(await drift())).toEqual(["connection:warehouse.schema"]);
  });

  it("never shows a secret's value, in JSON, text or Markdown", async () => {
    production.environmentVariables![1]!.isSecret = false; // secret-ness differs: the value must still not appear
    production.environmentVariables!.push({ key: "API_KEY", value: "live-only-secret-value", isSecret: true });
    const report = await drift();
    expect(kinds(report)).toEqual(["environment-variable:WAREHOUSE_PASSWORD", "environment-variable:API_KEY"]);
    const rendered = [JSON.stringify(report), formatDriftText(report), formatDriftMarkdown(report)].join("\n");
    expect(rendered).not.toContain("hunter2-live-secret");
    expect(rendered).not.toContain("live-only-secret-value");
    expect(rendered).not.toContain("s3cret");
    expect(report.deployments[0]!.drift[1]).toMatchObject({ detail: "unexpected", live: "(not shown)" });
  });

  it("never shows a Deployment's values (a drift issue on a public repository would publish them): live-only items by key, differing values as the repository's beside '(not shown)'", async () => {
    production.astroRuntimeVersion = "12.0.0";
    production.schedulerSize = "LARGE";
    production.contactEmails = ["oncall-private@example.com"];
    production.environmentVariables![0]!.value = "DEBUG-live-value";
    production.environmentVariables!.push({ key: "HOTFIX", value: "live-only-plain-value", isSecret: false });
    production.workerQueues!.push({ id: "clq2", name: "heavy", isDefault: false, astroMachine: "A20", minWorkerCount: 0, maxWorkerCount: 7, workerConcurrency: 5, podCpu: "4", podMemory: "8Gi" });
    const connection = astro.environmentObjects[0]!.connection as Record<string, unknown>;
    connection.host = "internal-db.corp.example";
    connection.login = "live-login-name";
    connection.schema = "live_schema"; // the repository declares no schema
    airflow.pools.get("etl")!.slots = 31;
    airflow.pools.get("etl")!.description = "live pool words";
    const report = await drift();
    const items = new Map(report.deployments[0]!.drift.map((i) => [`${i.kind}:${i.field}`, i]));
    expect(items.get("environment-variable:HOTFIX")).toMatchObject({ declared: null, live: "(not shown)", detail: "unexpected" });
    expect(items.get("worker-queue:heavy")).toMatchObject({ declared: null, live: "(not shown)", detail: "unexpected" });
    expect(items.get("environment-variable:LOG_LEVEL")).toMatchObject({ declared: "INFO", live: "(not shown)", detail: "differs on the Deployment" });
    expect(items.get("configuration:scheduler_size")).toMatchObject({ declared: "small", live: "(not shown)", detail: "differs on the Deployment" });
    expect(items.get("configuration:alert_emails")).toMatchObject({ declared: "data-team@example.com", live: "(not shown)" });
    expect(items.get("connection:warehouse.host")).toMatchObject({ declared: "db.example.com", live: "(not shown)", detail: "differs on the Deployment" });
    expect(items.get("connection:warehouse.login")).toMatchObject({ declared: "loader", live: "(not shown)" });
    // The repository has no value: only that they differ.
    expect(items.get("connection:warehouse.schema")).toMatchObject({ declared: null, live: "(not shown)", detail: "differs on the Deployment" });
    expect(items.get("pool:etl.slots")).toMatchObject({ declared: 8, live: "(not shown)" });
    expect(items.get("runtime:astroRuntimeVersion")).toMatchObject({ declared: "12.1.0", live: "(not shown)" });
    const rendered = [JSON.stringify(report), formatDriftText(report), formatDriftMarkdown(report)].join("\n");
    for (const live of ["12.0.0", "LARGE", "oncall-private", "DEBUG-live-value", "live-only-plain-value", "internal-db.corp.example", "live-login-name", "live_schema", "31", "live pool words", "A20"]) {
      expect(rendered, live).not.toContain(live);
    }
    // What the repository holds is shown as before.
    expect(formatDriftMarkdown(report)).toContain("| connection | `warehouse.host` | `db.example.com` | `(not shown)` | differs on the Deployment |");
  });

  it("keys of live-only items in the drift issue cannot mention, link or format: each is one code span", async () => {
    // Anyone who may edit the Deployment's env vars writes these; the issue is posted by the bot.
    production.environmentVariables!.push({ key: "@octo/admins_[here](https://evil.example)_**now**", value: "x", isSecret: false });
    const markdown = formatDeploymentDriftMarkdown((await drift()).deployments[0]!);
    const row = markdown.split("\n").find((l) => l.includes("octo")) as string;
    expect(row).toContain("| `@octo/admins_[here](https://evil.example)_**now**` | — | `(not shown)` | unexpected |");
  });

  it("a hostile webServerUrl cannot write after the issue's Airflow UI link, nor crash the report (encodeURI threw URIError on a lone surrogate: exit 3)", async () => {
    production.webServerUrl = "evil.example/d1)**owned**![x](https://tracker.example/p.png)";
    const markdown = formatDeploymentDriftMarkdown((await drift()).deployments[0]!);
    const title = markdown.split("\n")[0] as string;
    expect(title).toBe("### production — [Airflow UI](https://evil.example/d1%29**owned**!%5Bx%5D%28https://tracker.example/p.png%29)");
    production.webServerUrl = "x.astronomer.run/d1\ud800";
    let stdout = "";
    let stderr = "";
    const code = await runCli(["drift", "--format", "markdown"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env: env() });
    expect(stderr).not.toMatch(/internal error|URI malformed/);
    expect(code).toBe(0);
    expect(stdout).toContain("[Airflow UI](https://x.astronomer.run/d1%EF%BF%BD)");
    production.webServerUrl = "javascript:alert(1)";
    expect(formatDeploymentDriftMarkdown((await drift()).deployments[0]!).split("\n")[0]).toBe("### production");
  });

  it("live keys in the text report cannot drive the terminal: escape sequences and other control characters are shown escaped", async () => {
    production.environmentVariables!.push({ key: "HOTFIX\u001b]0;owned\u0007\u001b[2J\u009b31mred", value: "1", isSecret: false });
    const text = formatDriftText(await drift());
    const row = text.split("\n").find((l) => l.includes("HOTFIX")) as string;
    expect(row).toContain("\\u001b]0;owned\\u0007\\u001b[2J\\u009b31mred");
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("counts undeployed commits after a merge, ignoring changes that deploy nothing", async () => {
    repo.write({ "tests/test_more.py": "def test_y():\n    pass\n" });
    repo.commit("tests only");
    expect(kinds(await drift()).filter((k) => k.startsWith("missing-deployment"))).toEqual([]);
    repo.write({ "dags/etl.py": "from airflow import DAG\n# changed\n" });
    const first = repo.commit("change a DAG");
    repo.write({ "dags/other.py": "x = 1\n" });
    const last = repo.commit("another DAG");
    const report = await drift();
    expect(kinds(report)).toEqual(["undeployed-commits:main"]);
    const item = report.deployments[0]!.drift[0]!;
    expect(item).toMatchObject({ declared: last, live: head });
    expect(item.detail).toContain("2 commits not deployed (dags-only; first " + first.slice(0, 12) + ", last " + last.slice(0, 12));
  });

  it("a DAG-only deploy of a commit that changed requirements.txt leaves the image behind: reported (tester 2, stop 30: 'no drift')", async () => {
    recordDeploy(head, undefined, 20);
    repo.write({ "requirements.txt": "pandas==2.2.0\n", "dags/etl.py": "from airflow import DAG\n# v2\n" });
    const next = repo.commit("pandas, and a DAG change");
    astro.deploys.push({ id: "cldeploydagsonly000000000", deploymentId: production.id, type: "DAG_ONLY", status: "DEPLOYED", description: `astro-ci ${next.slice(0, 12)} on main`, git: { provider: "GENERIC", commitSha: next, branch: "main", remoteUrl: "x" }, createdAt: "2026-01-01T00:00:00Z", blobId: "b" });
    const report = await drift();
    expect(kinds(report)).toEqual(["undeployed-commits:image"]);
    expect(report.deployments[0]!.drift[0]!).toMatchObject({ declared: next, live: head, detail: expect.stringMatching(/^the image was built from [0-9a-f]{12} and main changed it since: requirements\.txt changed since the last image deploy/) });
    // After an image deploy of that commit, nothing is behind.
    recordDeploy(next, undefined, -5);
    expect(kinds(await drift())).toEqual([]);
  });

  it("reports a live DAG bundle no commit holds, and refuses a hostile commit SHA from the API before it reaches git", async () => {
    astro.deploys.length = 0;
    astro.deploys.push({ id: "cldeploylaptop00000000000", deploymentId: production.id, type: "DAG_ONLY", status: "DEPLOYED", description: `laptop astro-ci:dags=sha256-${"a".repeat(64)}`, git: { provider: "GENERIC", commitSha: head, remoteUrl: "x" }, createdAt: "2026-01-01T00:00:00Z", blobId: "b" });
    // No deploy built the project's image either (the runtime's own image runs).
    expect(kinds(await drift())).toEqual(["undeployed-commits:image", "undeployed-commits:dags-bundle"]);
    astro.deploys[0]!.git = { provider: "GENERIC", commitSha: "--upload-pack=touch /tmp/pwned", remoteUrl: "x" };
    await expect(drift()).rejects.toMatchObject({ message: expect.stringContaining("git/commitSha must match pattern") });
  });

  it("a deploy whose git.commitSha is short or SHA-256 (other tooling) is 'commit unknown' for that deploy, never an error for the run, and never reaches git unless it is a full id (tester: exit 2, 'must match ^[0-9a-fA-F]{40}$')", async () => {
    // An older deploy made by other tooling: its abbreviated id no longer stops the whole run.
    astro.deploys.push({ id: "cldeployshort000000000000", deploymentId: production.id, type: "IMAGE_AND_DAG", status: "DEPLOYED", description: "by hand", git: { provider: "GENERIC", commitSha: "eb2cac3", remoteUrl: "x" }, createdAt: "2025-06-01T00:00:00Z", blobId: "b" });
    expect(kinds(await drift())).toEqual([]);
    // The newest deploy records the branch head abbreviated: compared as data (a prefix of the head), git never sees it.
    const calls: string[] = [];
    const git = createGit(repo.dir);
    const spy = { ...git, hasCommit: (rev: string) => (calls.push(`hasCommit ${rev}`), git.hasCommit(rev)), isAncestor: (a: string, b: string) => (calls.push(`isAncestor ${a} ${b}`), git.isAncestor(a, b)), commitsBetween: (a: string, b: string, p: string[]) => (calls.push(`commitsBetween ${a} ${b}`), git.commitsBetween(a, b, p)) };
    astro.deploys.push({ id: "cldeployshorthead00000000", deploymentId: production.id, type: "IMAGE_AND_DAG", status: "DEPLOYED", description: "other tooling", git: { provider: "GENERIC", commitSha: head.slice(0, 7).toUpperCase(), remoteUrl: "x" }, createdAt: "2026-06-01T00:00:00Z", blobId: "b" });
    expect(kinds(await drift({ git: spy }))).toEqual([]);
    expect(calls).toEqual([]);
    // An abbreviated id that is not the head: the commits cannot be compared (a note), no error, nothing passed to git.
    astro.deploys[astro.deploys.length - 1]!.git!.commitSha = "eb2cac3";
    const report = await drift({ git: spy });
    expect(kinds(report)).toEqual([]);
    expect(report.deployments[0]!.notes).toEqual(['commits not compared: the live deploy cldeployshorthead00000000 records the commit "eb2cac3", not a full commit id (40 or 64 hex characters): its commit is unknown']);
    expect(calls).toEqual([]);
    // A SHA-256 id is a full id: git is asked about it (it is not in this SHA-1 clone).
    astro.deploys[astro.deploys.length - 1]!.git!.commitSha = "c".repeat(64);
    expect((await drift({ git: spy })).deployments[0]!.drift).toMatchObject([{ kind: "undeployed-commits", live: "c".repeat(64), detail: expect.stringContaining("not in this clone's history") }]);
    expect(calls).toEqual([`hasCommit ${"c".repeat(64)}`]);
    // What is not hex at all is no commit id: still refused at the Astro API boundary.
    astro.deploys[astro.deploys.length - 1]!.git!.commitSha = "--upload-pack=x";
    await expect(drift()).rejects.toMatchObject({ message: expect.stringContaining("git/commitSha must match pattern") });
  });

  it("--write-file starts a declaration: a deployment-file that does not exist yet is exported, not an error", async () => {
    const { rmSync } = await import("node:fs");
    rmSync(join(repo.dir, "deployments/production.yaml"));
    await expect(drift()).rejects.toMatchObject({ message: "deployment-file 'deployments/production.yaml' does not exist" });
    const report = await drift({ writeFileDir: join(repo.dir, "deployments") });
    expect(kinds(report)).toEqual([]);
    expect(readFileSync(join(repo.dir, "deployments/production.yaml"), "utf8")).toContain("scheduler_size: SMALL");
    expect(kinds(await drift()).filter((k) => k.startsWith("missing-deployment"))).toEqual([]);
  });

  it("reports this repository's stale previews (PR closed, or idle past the TTL), never templates or look-alikes", async () => {
    writeFileSync(join(repo.dir, "astro-ci.yaml"), readFileSync(join(repo.dir, "astro-ci.yaml"), "utf8") + "previews:\n  template-deployment-name: production\n  ttl: 3d\n");
    const marker = (pr: number, repoName = "octo/analytics") => `[astro-ci preview repo=${repoName} project=. pr=${pr}]`;
    astro.addDeployment({ name: "analytics-pr-4", description: marker(4), createdAt: astro.clock.now - 5 * 86_400_000 });
    astro.addDeployment({ name: "analytics-pr-5", description: marker(5), createdAt: astro.clock.now - 86_400_000 });
    astro.addDeployment({ name: "analytics-pr-6", description: marker(6), createdAt: astro.clock.now - 86_400_000 });
    astro.addDeployment({ name: "other-pr-4", description: marker(4, "octo/other"), createdAt: astro.clock.now - 9 * 86_400_000 });
    production.description = marker(1); // the template, whatever its description says, is never a preview
    const report = await drift({ repository: "octo/analytics", now: () => astro.clock.now, isPullRequestOpen: async (pr) => pr !== 6 });
    expect(report.stalePreviews.map((p) => `${p.name}: ${p.reason}`)).toEqual(["analytics-pr-4: idle for 5d (ttl 3d) since its creation", "analytics-pr-6: pull request #6 is closed"]);
    expect(report.drifted).toBe(true);
    expect(formatDriftMarkdown(report)).toContain("Stale preview Deployments");
    // The CLI outside Actions: --repository names whose previews (there was no way to, so none were ever listed).
    const stdout: string[] = [];
    const io = { stdout: (t: string) => void stdout.push(t), stderr: (t: string) => void stdout.push(t), cwd: repo.dir, isTty: false };
    const saved = { ...process.env };
    Object.assign(process.env, env());
    delete process.env.GITHUB_REPOSITORY;
    try {
      expect(await runCli(["drift", "--format", "json", "--repository", "octo/analytics"], io)).toBe(1);
      expect((JSON.parse(stdout.join("")) as DriftReport).stalePreviews.map((p) => p.name)).toEqual(expect.arrayContaining(["analytics-pr-4"]));
      expect(await runCli(["drift", "--repository", "https://github.com/octo/analytics"], io)).toBe(2);
    } finally {
      process.env = saved;
    }
  });

  it("a previews template deleted since: the drift report is still made, its stale previews still listed, with a warning", async () => {
    writeFileSync(join(repo.dir, "astro-ci.yaml"), readFileSync(join(repo.dir, "astro-ci.yaml"), "utf8") + "previews:\n  template-deployment-id: clgonetemplate00000000001\n  ttl: 3d\n");
    astro.addDeployment({ name: "analytics-pr-4", description: "[astro-ci preview repo=octo/analytics project=. pr=4]", createdAt: astro.clock.now - 5 * 86_400_000 });
    const logger = new RecordingLogger();
    const report = await drift({ repository: "octo/analytics", now: () => astro.clock.now, logger });
    expect(report.deployments.map((d) => d.name)).toEqual(["production"]);
    expect(report.stalePreviews.map((p) => p.name)).toEqual(["analytics-pr-4"]);
    expect(logger.messages).toContainEqual({ level: "warning", message: expect.stringContaining("the previews template (template-deployment-id 'clgonetemplate00000000001'): no such Deployment is visible to this token: its previews are looked for in every workspace") });
  });

  it("two Deployments with the entry's name: exit 2 naming astro-ci.yaml and the entry's line (the file was left out: no place at all)", async () => {
    astro.addDeployment({ name: "production", workspaceId: "clworkspaceother000000001" });
    await expect(drift()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 3, message: "2 Deployments are named 'production'" });
  });

  it("a conn_uri connection with a password is read from its URI as Airflow reads it: no false drift after connections sync (tester: 'uri_conn.password not set | set')", async () => {
    repo.write({ "airflow_settings.production.yaml": SETTINGS.replace("  pools:\n", "    - conn_id: uri_conn\n      conn_uri: postgresql://loader:p%40ss@db.example.com:5433/analytics?sslmode=require\n    - conn_id: env_uri\n      conn_uri: postgres://${DB_USER}:${DB_PASSWORD}@db.example.com/sales\n  pools:\n") });
    repo.commit("uri connections");
    recordDeploy(repo.git("rev-parse", "HEAD"), repo.git("rev-parse", "HEAD:dags"), 1);
    astro.environmentObjects.splice(0, astro.environmentObjects.length);
    airflow.pools.clear();
    const env2 = { ...env(), WAREHOUSE_PASSWORD: "pw-1", DB_USER: "u-from-env", DB_PASSWORD: "pw-2" };
    await runConnectionsSync({ repoRoot: repo.dir, projectRoot: repo.dir, deploymentId: production.id, settingsPath: "airflow_settings.production.yaml", dryRun: false, env: env2, mask: () => undefined, logger: new RecordingLogger() });
    const report = await drift();
    expect(kinds(report)).toEqual([]);
    expect(report.deployments[0]!.notes).toEqual(["not compared: env_uri.login in airflow_settings.production.yaml (written as ${NAME}, a value of the environment of the job that applies the file)"]);
    expect(JSON.stringify(report)).not.toMatch(/p@ss|p%40ss|pw-2|u-from-env/);
    // The URI's parts compare as fields written alone would.
    const uriConn = astro.environmentObjects.find((o) => o.objectKey === "uri_conn")!;
    (uriConn.connection as Record<string, unknown>).port = 5432;
    delete (uriConn.connection as Record<string, unknown>).password;
    expect((await drift()).deployments[0]!.drift).toMatchObject([
      { kind: "connection", field: "uri_conn.port", declared: 5433, live: "(not shown)" },
      { kind: "connection", field: "uri_conn.password", declared: "set", live: "not set" },
    ]);
  });

  it("a Deployment whose Airflow API cannot be read (503, HTML, timeout) gets a note naming its Airflow API URL; the other Deployments are still compared; exit 1 with drift elsewhere, else 2", async () => {
    const down = await startJsonServer(() => ({ status: 503, rawBody: "<html><body>503 Service Temporarily Unavailable</body></html>", headers: { "content-type": "text/html" } }));
    const html = await startJsonServer(() => ({ status: 200, rawBody: "<!DOCTYPE html><html>login</html>", headers: { "content-type": "text/html" } }));
    try {
      const staging = astro.addDeployment({ name: "staging", astroRuntimeVersion: "12.1.0", airflowApiUrl: `${down.url}/api/v1` });
      const dev = astro.addDeployment({ name: "dev", astroRuntimeVersion: "12.1.0", airflowApiUrl: `${html.url}/api/v1` });
      const slow = astro.addDeployment({ name: "slow", astroRuntimeVersion: "12.1.0", airflowApiUrl: "slow.example.invalid/api/v1" });
      for (const d of [staging, dev, slow]) astro.deploys.push({ ...astro.deploys[0]!, id: `cldeploy${d.name.padEnd(17, "0")}`, deploymentId: d.id });
      writeFileSync(join(repo.dir, "astro-ci.yaml"), readFileSync(join(repo.dir, "astro-ci.yaml"), "utf8") + ["staging", "dev", "slow"].map((name) => `  - branch: main\n    deployment-name: ${name}\n    airflow-settings: airflow_settings.staging.yaml\n`).join(""));
      writeFileSync(join(repo.dir, "airflow_settings.staging.yaml"), "airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 8\n");
      production.schedulerSize = "MEDIUM"; // real drift elsewhere
      // No answer from slow's Airflow API (as fetch's AbortSignal.timeout ends it).
      const timeout = (input: string | URL | Request, init?: RequestInit) => (String(input).includes("slow.example.invalid") ? Promise.reject(Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" })) : fetch(input, init));
      const report = await drift({ http: { sleep: async () => undefined, fetch: timeout } });
      expect(report.deployments.map((d) => d.name)).toEqual(["production", "staging", "dev", "slow"]);
      expect(kinds(report)).toEqual(["configuration:scheduler_size"]);
      expect(report.drifted).toBe(true);
      const [, stagingNotes, devNotes, slowNotes] = report.deployments.map((d) => d.notes.join("\n"));
      expect(slowNotes).toContain("pools not compared: the Deployment's Airflow API (https://slow.example.invalid/api/v1) could not be read: no answer (GET /pools failed: no answer within 30 s)");
      expect(slowNotes).toContain("that this runner reaches slow.example.invalid (proxy, firewall");
      expect(stagingNotes).toContain(`pools not compared: the Deployment's Airflow API (${down.url}/api/v1) could not be read: HTTP 503`);
      expect(devNotes).toContain(`pools not compared: the Deployment's Airflow API (${html.url}/api/v1) could not be read: HTTP 200 and a body that is not JSON`);
      for (const notes of [stagingNotes, devNotes]) {
        expect(notes).not.toContain("ASTRO_API_URL");
        expect(notes).toContain("check the Deployment's health in the Astro UI");
      }
      expect(report.deployments[1]!.unreadable).toBe(true);
      // Via the CLI: the report is printed; drift elsewhere is exit 1, and with none, the unread Deployment makes it 2.
      let stdout = "";
      const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, cwd: repo.dir, isTty: false, env: env() };
      expect(await runCli(["drift", "--format", "json", "--deployment", "dev"], io)).toBe(2);
      const devOnly = JSON.parse(stdout) as DriftReport;
      expect(devOnly.deployments[0]!.notes[0]).toContain("could not be read");
      // Never "no drift" for a Deployment nothing could be compared for.
      expect(formatDriftText(devOnly)).toMatch(/^dev \(\w+\): not fully read \(see the note\)$/m);
      expect(formatDriftText(devOnly)).not.toMatch(/^no drift$/m);
      expect(formatDriftMarkdown(devOnly)).toContain("❓ a Deployment could not be read");
      production.schedulerSize = "SMALL";
      stdout = "";
      expect(await runCli(["drift", "--deployment", "production"], io)).toBe(0);
      production.schedulerSize = "MEDIUM";
      writeFileSync(join(repo.dir, "astro-ci.yaml"), readFileSync(join(repo.dir, "astro-ci.yaml"), "utf8").replace(/ {2}- branch: main\n {4}deployment-name: staging\n[^]*$/, "  - branch: main\n    deployment-name: dev\n    airflow-settings: airflow_settings.staging.yaml\n"));
      expect(await runCli(["drift"], io)).toBe(1);
      expect(stdout).toContain("could not be read");
    } finally {
      await down.close();
      await html.close();
    }
  });

  it("a deployment-file or airflow-settings that resolves through a symlink to a file outside the repository is refused with astro-ci.yaml's line (the check read the path text only)", async () => {
    const outside = tempDirPath("astro-ci-outside-");
    writeFileSync(join(outside, "settings.yaml"), SETTINGS);
    writeFileSync(join(outside, "production.yaml"), DEPLOYMENT_FILE);
    mkdirSync(join(repo.dir, "linked"));
    symlinkSync(join(outside, "settings.yaml"), join(repo.dir, "linked/settings.yaml"));
    symlinkSync(outside, join(repo.dir, "linked/dir"));
    const config = (file: string, settings: string) => writeFileSync(join(repo.dir, "astro-ci.yaml"), `version: 1\ndeployments:\n  - branch: main\n    name: production\n    deployment-name: production\n    deployment-file: ${file}\n    airflow-settings: ${settings}\n`);
    config("deployments/production.yaml", "linked/settings.yaml");
    await expect(drift()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 3, message: expect.stringMatching(/^airflow-settings 'linked\/settings\.yaml' resolves through a symlink to .*settings\.yaml, outside the repository$/), fix: expect.stringContaining("copy the file into the repository") });
    config("linked/dir/production.yaml", "airflow_settings.production.yaml");
    await expect(drift()).rejects.toMatchObject({ file: "astro-ci.yaml", line: 3, message: expect.stringContaining("deployment-file 'linked/dir/production.yaml' resolves through a symlink to") });
    expect(astro.requests).toEqual([]);
    // A symlink that stays inside the repository is fine.
    symlinkSync(join(repo.dir, "airflow_settings.production.yaml"), join(repo.dir, "linked/inside.yaml"));
    config("deployments/production.yaml", "linked/inside.yaml");
    expect(kinds(await drift())).toEqual([]);
  });

  it("reports a missing Deployment", async () => {
    astro.deployments.delete(production.id);
    const report = await drift();
    expect(kinds(report)).toEqual(["missing-deployment:production"]);
  });

  it("a 404 that is not the Astro API's (a web server's HTML page: ASTRO_API_URL without /v1) is exit 2 naming the URL, never a missing Deployment", async () => {
    // deployment-id entries are read with GET .../deployments/{id}, whose 404 means "missing" only when the API says so.
    writeFileSync(join(repo.dir, "astro-ci.yaml"), `deployments:\n  - branch: main\n    name: production\n    deployment-id: ${production.id}\n`);
    expect(kinds(await drift()).filter((k) => k.startsWith("missing-deployment"))).toEqual([]);
    astro.deployments.delete(production.id);
    expect(kinds(await drift())).toEqual([`missing-deployment:${production.id}`]);
    const html = await startJsonServer(() => ({ status: 404, rawBody: "<!DOCTYPE html><html><body>Not Found</body></html>", headers: { "content-type": "text/html" } }));
    try {
      const failure = drift({ env: { ...env(), ASTRO_API_URL: html.url } });
      await expect(failure).rejects.toMatchObject({ name: "ConfigurationError", message: expect.stringMatching(/HTTP 404 and a body that is not the Astro API's.*<!DOCTYPE html>/) });
      await expect(failure).rejects.toMatchObject({ fix: expect.stringContaining("ASTRO_API_URL") });
    } finally {
      await html.close();
    }
  });

  it("an environment variable written as a plain number (value: 1.0, 0755, 1e3) is compared as written, as the Astro CLI reads it into a string (it was '1', '755', '1000': value differs)", async () => {
    production.environmentVariables!.push({ key: "RATIO", value: "1.0", isSecret: false }, { key: "UMASK", value: "0755", isSecret: false }, { key: "BATCH", value: "1e3", isSecret: false }, { key: "ON", value: "true", isSecret: false });
    writeFileSync(join(repo.dir, "deployments/production.yaml"), DEPLOYMENT_FILE.replace("  alert_emails:\n", "    - key: RATIO\n      value: 1.0\n    - key: UMASK\n      value: 0755\n    - key: BATCH\n      value: 1e3\n    - key: \"ON\"\n      value: true\n  alert_emails:\n"));
    expect(kinds(await drift())).toEqual([]);
    production.environmentVariables!.find((v) => v.key === "UMASK")!.value = "755";
    expect((await drift()).deployments[0]!.drift).toMatchObject([{ kind: "environment-variable", field: "UMASK", declared: "0755", live: "(not shown)", detail: "differs on the Deployment" }]);
  });

  it("an airflow-settings file saved as Latin-1 is exit 2 naming its line, before any API call (its bytes became U+FFFD and were compared as a host)", async () => {
    writeFileSync(join(repo.dir, "airflow_settings.production.yaml"), Buffer.from(SETTINGS.replace("db.example.com", "db.m\xfcnchen.example"), "latin1"));
    await expect(drift()).rejects.toMatchObject({ name: "ConfigurationError", file: "airflow_settings.production.yaml", line: 5, message: expect.stringContaining("not UTF-8 text") });
    expect(astro.requests).toEqual([]);
  });

  it("--deployment with a misspelt entry names the one meant and lists the entries, before any API call", async () => {
    await expect(drift({ deployment: "prodution" })).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", message: "no deployments entry is named 'prodution': did you mean 'production'?", fix: "use an entry's name:, deployment-name or deployment-id (production)" });
    expect(astro.requests).toEqual([]);
  });

  it("rejects a Deployment file declaring one environment variable or worker queue twice, naming both lines (the second was reported 'missing' though it is live)", async () => {
    writeFileSync(join(repo.dir, "deployments/production.yaml"), DEPLOYMENT_FILE.replace("  alert_emails:\n", "    - key: LOG_LEVEL\n      value: DEBUG\n  alert_emails:\n"));
    await expect(drift()).rejects.toMatchObject({ name: "ConfigurationError", file: "deployments/production.yaml", line: 21, message: "`environment_variables` declares key `LOG_LEVEL` twice (lines 16 and 21)" });
    writeFileSync(join(repo.dir, "deployments/production.yaml"), DEPLOYMENT_FILE.replace("  environment_variables:\n", "    - name: default\n      worker_type: a10\n  environment_variables:\n"));
    await expect(drift()).rejects.toMatchObject({ file: "deployments/production.yaml", line: 15, message: "`worker_queues` declares name `default` twice (lines 9 and 15)" });
    expect(astro.requests).toEqual([]);
  });

  it("rejects a Deployment file with an unknown field or a wrong type, naming the line, before any API call", async () => {
    writeFileSync(join(repo.dir, "deployments/production.yaml"), DEPLOYMENT_FILE.replace("    scheduler_size: small\n", "    scheduler_size: small\n    schedular_count: 2\n"));
    await expect(drift()).rejects.toMatchObject({ name: "ConfigurationError", file: "deployments/production.yaml", line: 6, message: expect.stringContaining("schedular_count") });
    writeFileSync(join(repo.dir, "deployments/production.yaml"), DEPLOYMENT_FILE.replace("max_worker_count: 10", "max_worker_count: ten"));
    await expect(drift()).rejects.toMatchObject({ file: "deployments/production.yaml", line: 12 });
    expect(astro.requests).toEqual([]);
  });

  it("exports live Deployments as Deployment files that re-check with no drift (round trip), via the CLI", async () => {
    production.schedulerSize = "LARGE";
    production.hibernationSchedules = [{ hibernateAtCron: "0 20 * * 1-5", wakeAtCron: "0 6 * * 1-5", isEnabled: true }];
    const out = tempDirPath("astro-ci-drift-export-");
    const stdout: string[] = [];
    const io = { stdout: (t: string) => void stdout.push(t), stderr: (t: string) => void stdout.push(t), cwd: repo.dir, isTty: false };
    const saved = { ...process.env };
    Object.assign(process.env, env());
    try {
      expect(await runCli(["drift", "--format", "json", "--write-file", out], io)).toBe(1);
      const exported = readFileSync(join(out, "production.yaml"), "utf8");
      expect(exported).toContain("scheduler_size: LARGE");
      expect(exported).not.toContain("hunter2-live-secret");
      writeFileSync(join(repo.dir, "deployments/production.yaml"), exported);
      stdout.length = 0;
      expect(await runCli(["drift"], io)).toBe(0);
      expect(stdout.join("")).toContain("no drift");
      expect(await runCli(["drift", "--deployment", "nope"], io)).toBe(2);
    } finally {
      process.env = saved;
    }
  });
});
