import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBranchDeploy, type BranchDeployOptions } from "../../src/commands/branch-deploy.js";
import { runTeardown, teardownFailure } from "../../src/commands/teardown.js";
import { branchDeployCommand, teardownCommand } from "../../src/cli/previews-command.js";
import type { CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { createGit } from "../../src/util/git.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";
import { expectSpecClean } from "../support/openapi.js";
import { classifyError } from "../../src/errors.js";
import { formatPreviewComment } from "../../src/reports/preview-report.js";

const CONFIG = `deployments:
  - branch: main
    deployment-name: production
previews:
  template-deployment-name: staging
  name: "analytics-pr-{pr}"
  max: 3
  ttl: 3d
  worker-queues:
    - name: default
      worker-type: a5
      max-workers: 2
  airflow-settings: airflow_settings.preview.yaml
`;

const SETTINGS = `airflow:
  connections:
    - conn_id: warehouse
      conn_type: postgres
      conn_host: preview-db.example.com
      conn_password: \${PREVIEW_DB_PASSWORD}
  variables:
    - variable_name: environment
      variable_value: preview
  pools:
    - pool_name: etl
      pool_slot: 2
`;

describe("previews: branch-deploy and teardown against the Astro and Airflow emulators", () => {
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let repo: TempGitRepo;
  let staging: EmulatedDeployment;
  let production: EmulatedDeployment;
  const dockerCalls: string[][] = [];
  const masked: string[] = [];
  const docker: CommandRunner = {
    async run(command, args, options) {
      dockerCalls.push([command, ...args, ...(options?.input ? ["<stdin>"] : [])]);
      return { exitCode: 0, stdout: args[0] === "info" ? "27.0.0" : "", stderr: "" };
    },
  };

  const env = (extra: Record<string, string> = {}) => ({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, PREVIEW_DB_PASSWORD: "preview-db-secret", ...extra });
  const http = () => ({ sleep: async (ms: number) => astro.clock.advance(ms), random: () => 0.5 });
  const branchDeploy = (extra: Partial<BranchDeployOptions> = {}) =>
    runBranchDeploy({ repoRoot: repo.dir, pr: 7, branch: "feature/new-dag", repository: "octo/analytics", fork: false, waitTimeoutMs: 600_000, env: env(), git: createGit(repo.dir), docker, http: http(), now: () => astro.clock.now, mask: (v) => void masked.push(v), logger: new RecordingLogger(), ...extra });
  const teardown = (extra: Partial<Parameters<typeof runTeardown>[0]> = {}) =>
    runTeardown({ repoRoot: repo.dir, repository: "octo/analytics", dryRun: false, hibernateInstead: false, env: env(), http: http(), now: () => astro.clock.now, logger: new RecordingLogger(), ...extra });
  const previews = () => [...astro.deployments.values()].filter((d) => d.description?.includes("[astro-ci preview"));

  beforeEach(async () => {
    airflow = await startAirflowEmulator();
    astro = await startAstroEmulator({ deployDurationMs: 60_000, airflowApiUrl: airflow.apiUrl });
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/etl.py": "from airflow import DAG\n",
      "astro-ci.yaml": CONFIG,
      "airflow_settings.preview.yaml": SETTINGS,
    });
    repo.commit("initial");
    staging = astro.addDeployment({
      name: "staging",
      executor: "CELERY",
      schedulerSize: "MEDIUM",
      environmentVariables: [
        { key: "LOG_LEVEL", value: "INFO", isSecret: false },
        { key: "API_TOKEN", value: "staging-secret", isSecret: true },
      ],
    });
    production = astro.addDeployment({ name: "production" });
    astro.environmentObjects.push(
      { id: "clenvotmpl1", objectKey: "s3", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: staging.id, connection: { type: "aws", login: "AKIA", password: "aws-secret" } },
      { id: "clenvotmpl2", objectKey: "team", objectType: "AIRFLOW_VARIABLE", scope: "DEPLOYMENT", scopeEntityId: staging.id, airflowVariable: { value: "data", isSecret: false } },
    );
    dockerCalls.length = 0;
    masked.length = 0;
  });
  afterEach(async () => {
    expectSpecClean(astro, airflow);
    await astro.close();
    await airflow.close();
    repo.cleanup();
  });

  it("creates the PR's preview from the template, injects connections, deploys image and DAGs; then DAG-only; then skips unchanged", async () => {
    const created = await branchDeploy();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ project: ".", status: "deployed", created: true, deployType: "image-and-dags", deploymentName: "analytics-pr-7" });
    const preview = previews()[0]!;
    expect(preview).toMatchObject({ name: "analytics-pr-7", workspaceId: staging.workspaceId, isDevelopmentMode: true, executor: "CELERY", schedulerSize: "MEDIUM" });
    expect(preview.description).toContain("[astro-ci preview repo=octo/analytics project=. pr=7]");
    expect(preview.workerQueues).toMatchObject([{ name: "default", astroMachine: "A5", minWorkerCount: 0, maxWorkerCount: 2 }]);
    // Non-secret env vars copied; the secret one is not.
    expect(preview.environmentVariables).toEqual([{ key: "LOG_LEVEL", value: "INFO", isSecret: false }]);
    const objects = astro.environmentObjects.filter((o) => o.scopeEntityId === preview.id);
    expect(objects.map((o) => o.objectKey).sort()).toEqual(["environment", "s3", "team", "warehouse"]);
    expect(objects.find((o) => o.objectKey === "warehouse")?.connection).toMatchObject({ host: "preview-db.example.com", password: "preview-db-secret" });
    expect(objects.find((o) => o.objectKey === "s3")?.connection?.password).toBeUndefined();
    expect(created[0]!.connections?.notCopied).toEqual(["connection s3: password (Astro does not return secret values)"]);
    expect(airflow.pools.get("etl")?.slots).toBe(2);
    expect(masked).toContain("preview-db-secret");
    expect(dockerCalls.map((c) => c[1])).toEqual(["info", "build", "login", "push"]);

    // A DAG change: DAG-only into the same preview, which still carries its marker after the updates.
    repo.write({ "dags/etl.py": "from airflow import DAG\n# v2\n" });
    repo.commit("change a DAG");
    const second = await branchDeploy();
    expect(second[0]).toMatchObject({ status: "deployed", created: false, deployType: "dags-only", deploymentId: preview.id });
    expect(previews()).toHaveLength(1);
    expect(previews()[0]!.description).toContain("pr=7]");

    const third = await branchDeploy();
    expect(third[0]).toMatchObject({ status: "skipped", created: false });
  });

  it("a new preview without a Docker engine: exit 2 whose fix fits branch-deploy (it has no deploy-type input to suggest)", async () => {
    const noDocker: CommandRunner = { run: async () => ({ exitCode: 1, stdout: "", stderr: "Cannot connect to the Docker daemon" }) };
    const error = await branchDeploy({ docker: noDocker }).catch((e: unknown) => e);
    const classified = classifyError(error);
    expect(classified.exitCode).toBe(2);
    expect(classified.describe()).toMatch(/no Docker engine answers here.* Fix: run branch-deploy on a runner with Docker/);
    expect(classified.describe()).not.toMatch(/deploy-type: dags-only/);
  });

  it("branch-deploy's own fix is for the deploy core's typed no-Docker error only: a failed image build whose output says 'no Docker engine answers here' keeps the build's fix", async () => {
    const buildFails: CommandRunner = {
      run: async (_command, args) => (args[0] === "info" ? { exitCode: 0, stdout: "27.0.0", stderr: "" } : { exitCode: 1, stdout: "", stderr: "RUN ./check.sh\nno Docker engine answers here" }),
    };
    const error = await branchDeploy({ docker: buildFails }).catch((e: unknown) => e);
    const classified = classifyError(error);
    expect(classified.exitCode).toBe(2);
    expect(classified.describe()).toMatch(/docker build failed: .*no Docker engine answers here.* Fix: the Dockerfile or requirements do not build/);
    expect(classified.describe()).not.toMatch(/run branch-deploy on a runner with Docker/);
  });

  it("a fork's preview (previews.forks: true) gets no secret value: no ${NAME}, password, conn_uri or hidden extra, nothing of the template; it says so, and an older run's secrets are removed", async () => {
    // Airflow runs a DAG file when it parses it, with the preview's connections: a fork's dags/steal.py calling
    // BaseHook.get_connection("warehouse").password had the real password (the preview got it, and the fork's DAG).
    repo.write({
      "astro-ci.yaml": `${CONFIG}  forks: true\n`,
      "airflow_settings.preview.yaml": `airflow:
  connections:
    - conn_id: warehouse
      conn_type: postgres
      conn_host: preview-db.example.com
      conn_password: \${PREVIEW_DB_PASSWORD}
    - conn_id: api
      conn_type: http
      conn_host: api.example.com
      conn_extra: { token: literal-api-token }
    - conn_id: reporting
      conn_uri: postgres://report:literal-uri-password@report.example.com/db
    - conn_id: docs
      conn_type: http
      conn_host: docs.example.com
  variables:
    - variable_name: environment
      variable_value: preview
    - variable_name: db_pass
      variable_value: \${PREVIEW_DB_PASSWORD}
    - variable_name: service_token
      variable_value: literal-variable-token
  pools:
    - pool_name: etl
      pool_slot: 2
`,
      "dags/steal.py": "from airflow.hooks.base import BaseHook\nBaseHook.get_connection('warehouse').password\n",
    });
    repo.commit("a fork's DAG that reads a connection at parse time");
    const logger = new RecordingLogger();
    const [result] = await branchDeploy({ fork: true, logger });
    expect(result).toMatchObject({ status: "deployed", created: true, deployType: "dags-only" });
    const preview = previews()[0]!;
    // Nothing of the template: not its connections or variables, not its environment variables (plain or secret).
    expect(preview.environmentVariables ?? []).toEqual([]);
    const own = () => astro.environmentObjects.filter((o) => o.scopeEntityId === preview.id);
    expect(own().map((o) => o.objectKey).sort()).toEqual(["docs", "environment"]);
    for (const secret of ["preview-db-secret", "literal-api-token", "literal-uri-password", "literal-variable-token", "aws-secret", "staging-secret"]) expect(JSON.stringify(own())).not.toContain(secret);
    expect(airflow.pools.get("etl")?.slots).toBe(2);
    expect(dockerCalls.map((c) => c[1])).not.toContain("build");
    expect(result!.connections?.notCopied).toEqual([
      expect.stringMatching(/^the template's connections, variables and environment variables: not given to a fork's preview/),
      expect.stringMatching(/^connection warehouse \(conn_password, \$\{PREVIEW_DB_PASSWORD\}\): not given to a fork's preview \(its DAG files run at parse time/),
      expect.stringMatching(/^connection api \(conn_extra\.token\): not given/),
      expect.stringMatching(/^connection reporting \(conn_uri\): not given/),
      expect.stringMatching(/^variable db_pass \(a \$\{NAME\} value\): not given/),
      expect.stringMatching(/^variable service_token \(a name Airflow hides\): not given/),
    ]);
    expect(JSON.stringify(logger)).toContain("comes from a fork: not given to its preview");

    // A preview an older astro-ci gave the secret: the next run of the fork's preview removes it.
    astro.environmentObjects.push({ id: "clenvoolderrunwarehouse00", objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: preview.id, description: "managed by astro-ci", connection: { type: "postgres", host: "preview-db.example.com", password: "preview-db-secret" } });
    repo.write({ "dags/etl.py": "from airflow import DAG\n# v2\n" });
    repo.commit("change a DAG");
    await branchDeploy({ fork: true });
    expect(own().map((o) => o.objectKey).sort()).toEqual(["docs", "environment"]);
  });

  it("astro-ci branch-deploy exits 1 when the preview's deploy did not become live, as its help and the README say", async () => {
    await branchDeploy();
    repo.write({ "dags/etl.py": "from airflow import DAG\n# v2\n" });
    repo.commit("change a DAG");
    // The finalized DAG deploy leaves the preview DEPLOYING; this answer turns it UNHEALTHY.
    astro.inject("GetDeployment", { times: 1000, transform: (body) => ((body as { status?: string }).status === "DEPLOYING" ? { ...(body as object), status: "UNHEALTHY" } : body) });
    let out = "";
    const code = await branchDeployCommand(["--pr", "7", "--branch", "feature/new-dag", "--repository", "octo/analytics", "--format", "json"], { stdout: (t) => (out += t), cwd: repo.dir }, env());
    expect(JSON.parse(out).previews).toMatchObject([{ status: "unhealthy", deployType: "dags-only", created: false }]);
    expect(code).toBe(1);
  });

  it("50 runs for one PR leave one preview, and two at once leave one", async () => {
    await branchDeploy();
    for (let i = 0; i < 49; i++) await branchDeploy();
    expect(previews()).toHaveLength(1);

    // Two runs for PR 8 at the same time: both may create, the loser removes its own.
    const both = await Promise.all([branchDeploy({ pr: 8 }).catch((e: Error) => e), branchDeploy({ pr: 8 }).catch((e: Error) => e)]);
    expect(previews().filter((d) => d.description?.includes("pr=8]"))).toHaveLength(1);
    expect(both.filter((r) => !(r instanceof Error))).not.toHaveLength(0);
  }, 180_000);

  it("never previews a fork PR (no API call), and a missing ${SECRET} creates nothing", async () => {
    const fork = await branchDeploy({ fork: true });
    expect(fork[0]).toMatchObject({ status: "refused" });
    expect(astro.requests).toEqual([]);
    // previews.forks: true, but GitHub gives a fork's pull_request run no secrets: a refusal saying what works, not a
    // failed check on the contributor's PR ("ASTRO_API_TOKEN is not set", exit 2).
    repo.write({ "astro-ci.yaml": `${CONFIG}  forks: true\n` });
    const secretless = await branchDeploy({ fork: true, env: { ASTRO_API_URL: astro.url } });
    expect(secretless).toEqual([{ project: ".", status: "refused", created: false, reason: expect.stringMatching(/^this pull request comes from a fork, and GitHub gives a fork's pull_request run no secrets \(no ASTRO_API_TOKEN\): no preview from this run; a maintainer can comment \/astro preview/) }]);
    expect(astro.requests).toEqual([]);
    repo.write({ "astro-ci.yaml": CONFIG });
    await expect(branchDeploy({ env: env({ PREVIEW_DB_PASSWORD: undefined as unknown as string }) })).rejects.toMatchObject({ name: "ConfigurationError", file: "airflow_settings.preview.yaml", line: 3, message: "${PREVIEW_DB_PASSWORD} is not set in the job's environment" });
    expect(previews()).toEqual([]);
    expect(astro.requests.filter((r) => r.method !== "GET")).toEqual([]);
    // A PR number the marker cannot hold (over 10 digits) would create a preview no later run or teardown finds.
    for (const pr of [10_000_000_000, Number.MAX_SAFE_INTEGER]) await expect(branchDeploy({ pr })).rejects.toMatchObject({ name: "ConfigurationError", message: expect.stringContaining(`--pr must be a pull request number, not '${pr}'`) });
    await expect(teardown({ pr: 10_000_000_000 })).rejects.toMatchObject({ name: "ConfigurationError" });
    expect(previews()).toEqual([]);
  });

  it("a garbage answer at any Astro route the preview uses: a user-facing error naming the request (never a bug), and the next run repairs it (one preview, its objects once)", async () => {
    // The routes a first preview (create) and a DAG-only update use, as the client really calls them.
    const routesOf = (from: number) => [...new Set(astro.requests.slice(from).map((r) => r.operationId ?? `${r.method} blob`))];
    await branchDeploy();
    const createRoutes = routesOf(0);
    const before = astro.requests.length;
    repo.write({ "dags/etl.py": "from airflow import DAG\n# v2\n" });
    repo.commit("change a DAG");
    await branchDeploy();
    const updateRoutes = routesOf(before).filter((route) => !createRoutes.includes(route));
    expect(createRoutes).toEqual(expect.arrayContaining(["ListDeployments", "CreateDeployment", "CreateEnvironmentObject", "CreateDeploy", "PUT blob", "FinalizeDeploy"]));
    expect(updateRoutes).toContain("UpdateEnvironmentObject");
    await teardown({ pr: 7 });
    expect(previews()).toEqual([]);

    const outcomes: string[] = [];
    let change = 0;
    const commitChange = () => {
      repo.write({ "dags/etl.py": `from airflow import DAG\n# change ${++change}\n` });
      repo.commit(`change ${change}`);
    };
    for (const [route, phase] of [...createRoutes.map((r) => [r, "create"]), ...updateRoutes.map((r) => [r, "update"])] as [string, string][]) {
      if (phase === "update") {
        commitChange();
        await branchDeploy();
      }
      // An HTML page with status 200 (a proxy's login page): not retried, and no valid answer.
      astro.inject(route, { raw: "<html><body>Sign in</body></html>", times: 1 });
      commitChange();
      const failed = await branchDeploy().then(
        () => undefined,
        (error: unknown) => error,
      );
      outcomes.push(`${phase} ${route}: ${failed === undefined ? "ran through" : classifyError(failed).describe().split("\n")[0]}`);
      if (failed !== undefined) {
        const classified = classifyError(failed);
        expect(classified.kind, `${route}: ${classified.describe()}`).toBe("user");
        expect(classified.describe(), route).not.toMatch(/internal error|\n\s+at /);
      }
      // The fault is gone: the next run ends with exactly one preview of PR 7 and each of its objects once.
      const repaired = await branchDeploy();
      expect(repaired[0]?.status, route).toMatch(/^(deployed|skipped)$/);
      expect(previews(), route).toHaveLength(1);
      const keys = astro.environmentObjects.filter((o) => o.scopeEntityId === previews()[0]!.id).map((o) => o.objectKey).sort();
      expect(keys, route).toEqual(["environment", "s3", "team", "warehouse"]);
      await teardown({ pr: 7 });
      expect(previews(), route).toEqual([]);
    }
    // Every route's answer matters to the run: a garbage one stops it.
    expect(outcomes.filter((o) => o.endsWith("ran through"))).toEqual([]);
  }, 300_000);

  it("a garbage answer at any Astro route teardown uses: a user-facing error, never 'deleted' for what was not, and the next teardown finishes", async () => {
    await branchDeploy();
    const before = astro.requests.length;
    await teardown({ pr: 7 });
    const routes = [...new Set(astro.requests.slice(before).map((r) => r.operationId as string))];
    expect(routes).toEqual(expect.arrayContaining(["ListDeployments", "DeleteDeployment"]));
    const outcomes: string[] = [];
    for (const route of routes) {
      await branchDeploy();
      astro.inject(route, { raw: "<html><body>Sign in</body></html>", times: 1 });
      // A fault on one preview's removal is a `failed` entry (the others still go) and the run's error at the end.
      const failed = await teardown({ pr: 7 }).then(
        (result) => {
          for (const e of result.entries) if (e.action === "deleted") expect(astro.deployments.has(e.deploymentId), route).toBe(false);
          return teardownFailure(result.entries);
        },
        (error: unknown) => error,
      );
      outcomes.push(`${route}: ${failed === undefined ? "ran through" : classifyError(failed).kind}`);
      const again = await teardown({ pr: 7 });
      expect(again.entries.every((e) => e.action === "deleted"), route).toBe(true);
      expect(previews(), route).toEqual([]);
      expect(astro.environmentObjects.filter((o) => o.scopeEntityId !== staging.id), route).toEqual([]);
    }
    expect(outcomes).toEqual(routes.map((route) => `${route}: user`));
  }, 300_000);

  it("a template that does not exist is exit 2 naming astro-ci.yaml and the previews section, by name or by id", async () => {
    repo.write({ "astro-ci.yaml": CONFIG.replace("template-deployment-name: staging", "template-deployment-name: stagign") });
    await expect(branchDeploy()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 5, message: expect.stringContaining("the previews template (template-deployment-name 'stagign'): no Deployment named 'stagign'") });
    repo.write({ "astro-ci.yaml": CONFIG.replace("template-deployment-name: staging", "template-deployment-id: clnosuchdeployment0000001") });
    await expect(branchDeploy()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 5, message: "the previews template (template-deployment-id 'clnosuchdeployment0000001'): no such Deployment is visible to this token" });
    // Teardown does not strand the previews of a template deleted since: it warns and looks in every workspace.
    const logger = new RecordingLogger();
    expect(await teardown({ pr: 7, logger })).toEqual({ entries: [], message: "no preview of pull request #7 to remove" });
    expect(JSON.stringify(logger)).toContain("the previews template (template-deployment-id 'clnosuchdeployment0000001'): no such Deployment is visible to this token: its previews are looked for in every workspace this token sees");
  });

  it("a worker-type Astro has no machine for is a configuration error with its line, before any request (Astro answered 400 to the create)", async () => {
    repo.write({ "astro-ci.yaml": CONFIG.replace("worker-type: a5", "worker-type: A7") });
    await expect(branchDeploy()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 11, message: expect.stringContaining("must be an Astro machine (the Astro API's astroMachine): A5, A10, A20, A40, A60, A120 or A160") });
    expect(astro.requests).toEqual([]);
  });

  it("a Hybrid template is exit 2 naming the previews section, and nothing is created (its settings fit no Standard create request)", async () => {
    staging.type = "HYBRID";
    await expect(branchDeploy()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 5, message: "the previews template staging is a Hybrid Deployment: astro-ci creates previews as Standard or Dedicated Deployments only" });
    expect(previews()).toEqual([]);
    expect(astro.requests.filter((r) => r.method === "POST")).toEqual([]);
  });

  it("refuses a preview beyond previews.max, naming the existing ones", async () => {
    for (const pr of [1, 2, 3]) astro.addDeployment({ name: `analytics-pr-${pr}`, description: `[astro-ci preview repo=octo/analytics project=. pr=${pr}]` });
    await expect(branchDeploy()).rejects.toMatchObject({ message: expect.stringContaining("already has 3 previews (previews.max is 3): analytics-pr-1 (PR #1), analytics-pr-2 (PR #2), analytics-pr-3 (PR #3)") });
  });

  it("teardown removes the PR's preview and its objects, twice is fine, and never touches look-alikes, templates or mapped Deployments", async () => {
    await branchDeploy();
    const lookAlike = astro.addDeployment({ name: "analytics-pr-7-copy" });
    production.description = "[astro-ci preview repo=octo/analytics project=. pr=7]";
    staging.description = "[astro-ci preview repo=octo/analytics project=. pr=7]";
    const otherRepo = astro.addDeployment({ name: "other", description: "[astro-ci preview repo=octo/other project=. pr=7]" });
    // A hand-written look-alike marker with a malformed escape is not a marker (it was a URIError: exit 3 for every run).
    const malformed = astro.addDeployment({ name: "malformed", description: "[astro-ci preview repo=octo/analytics project=%E0%A4%A pr=7]" });

    // A repository written as a URL matches no marker: an error, never "nothing to remove" while the preview stays.
    await expect(teardown({ pr: 7, repository: "https://github.com/octo/analytics" })).rejects.toMatchObject({ message: "the repository 'https://github.com/octo/analytics' is not owner/name" });
    const first = await teardown({ pr: 7 });
    expect(first.entries.map((e) => `${e.deploymentName} ${e.action}`)).toEqual(["analytics-pr-7 deleted"]);
    expect(previews().map((d) => d.id).sort()).toEqual([staging.id, production.id, otherRepo.id, malformed.id].sort());
    expect(astro.deployments.has(lookAlike.id)).toBe(true);
    expect(astro.deployments.has(malformed.id)).toBe(true);
    expect(astro.environmentObjects.filter((o) => o.scopeEntityId !== staging.id)).toEqual([]);

    // --ttl with --pr was silently ignored: a usage error now.
    await expect(teardownCommand(["--pr", "7", "--ttl", "3d", "--repository", "octo/analytics"], { stdout: () => undefined, cwd: repo.dir }, env())).rejects.toMatchObject({ message: expect.stringContaining("--ttl applies to --stale only") });
    const again = await teardown({ pr: 7 });
    expect(again).toEqual({ entries: [], message: "no preview of pull request #7 to remove" });
  });

  it("teardown --hibernate-instead hibernates the closed PR's preview; a reopened PR's run hands it back to its schedule, even with nothing to deploy", async () => {
    await branchDeploy();
    const hibernated = await teardown({ pr: 7, hibernateInstead: true });
    expect(hibernated.entries.map((e) => `${e.deploymentName} ${e.action}`)).toEqual(["analytics-pr-7 hibernated"]);
    const id = previews().find((d) => d.name === "analytics-pr-7")!.id;
    expect(astro.deployments.get(id)?.override).toEqual({ isHibernating: true });
    // The PR is reopened with no new commit: nothing to deploy, but the preview must not stay asleep for good (an
    // override without an end persists until someone lifts it).
    const reopened = await branchDeploy();
    expect(reopened[0]).toMatchObject({ status: "skipped", created: false, deploymentId: id });
    expect(astro.deployments.get(id)?.override).toBeUndefined();
    // Now awake: the next run syncs its pools again.
    airflow.pools.delete("etl");
    const next = await branchDeploy();
    expect(next[0]!.connections?.notCopied.join("\n")).not.toContain("pools were not synced");
    expect(airflow.pools.get("etl")?.slots).toBe(2);
  });

  it("a sweep with --hibernate-instead hibernates a stale preview once: the next nights leave it asleep without reporting it again", async () => {
    await branchDeploy();
    astro.clock.advance(8 * 86_400_000);
    const first = await teardown({ stale: {}, hibernateInstead: true });
    expect(first.entries.map((e) => `${e.deploymentName} ${e.action}`)).toEqual(["analytics-pr-7 hibernated"]);
    astro.clock.advance(86_400_000);
    const overrides = astro.requests.filter((r) => r.path.endsWith("/hibernation-override")).length;
    expect(await teardown({ stale: {}, hibernateInstead: true })).toEqual({ entries: [], message: "no preview of this repository to remove" });
    expect(astro.requests.filter((r) => r.path.endsWith("/hibernation-override")).length).toBe(overrides);
  });

  it("the sweeper removes previews idle past the TTL or whose PR is closed, and only in a real run", async () => {
    await branchDeploy();
    await branchDeploy({ pr: 9 });
    astro.clock.advance(2 * 86_400_000);
    expect((await teardown({ stale: {} })).entries).toEqual([]);
    const closed = await teardown({ stale: { isPullRequestOpen: async (pr) => pr !== 9 }, dryRun: true });
    expect(closed.entries.map((e) => `${e.deploymentName} ${e.action}: ${e.reason}`)).toEqual(["analytics-pr-9 would delete: pull request #9 is closed"]);
    astro.clock.advance(2 * 86_400_000);
    const swept = await teardown({ stale: {} });
    expect(swept.entries.map((e) => `${e.pr} ${e.action}`).sort()).toEqual(["7 deleted", "9 deleted"]);
    expect(swept.entries[0]!.reason).toMatch(/^idle for 4d \(ttl 3d\) since its last deploy$/);
    expect(previews().filter((d) => d.id !== staging.id && d.id !== production.id)).toEqual([]);
  });

  it("previews.airflow-settings or a project folder that a symlink takes outside the repository is refused with astro-ci.yaml's line, before any Astro call (the check read the path text only)", async () => {
    const outside = makeTempTree({ "settings.yaml": SETTINGS.replace("preview-db.example.com", "outside-db.example.com"), "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/x.py": "from airflow import DAG\n" });
    try {
      const refused = { name: "ConfigurationError", file: "astro-ci.yaml", line: 13, fix: expect.stringContaining("copy the file into the repository") };
      // The file itself is a symlink to a file outside.
      rmSync(join(repo.dir, "airflow_settings.preview.yaml"));
      symlinkSync(join(outside.dir, "settings.yaml"), join(repo.dir, "airflow_settings.preview.yaml"));
      await expect(branchDeploy()).rejects.toMatchObject({ ...refused, message: expect.stringMatching(/^previews\.airflow-settings 'airflow_settings\.preview\.yaml' resolves through a symlink to .*settings\.yaml, outside the repository$/) });
      // A folder on its way is one (and the trusted checkout of comment commands, settingsRoot, is held to the same).
      symlinkSync(outside.dir, join(repo.dir, "linked"));
      writeFileSync(join(repo.dir, "astro-ci.yaml"), CONFIG.replace("airflow-settings: airflow_settings.preview.yaml", "airflow-settings: linked/settings.yaml"));
      await expect(branchDeploy()).rejects.toMatchObject({ ...refused, message: expect.stringContaining("previews.airflow-settings 'linked/settings.yaml' resolves through a symlink") });
      await expect(branchDeploy({ settingsRoot: repo.dir })).rejects.toMatchObject({ ...refused, message: expect.stringContaining("resolves through a symlink") });
      // A symlink that stays inside the repository is fine as before.
      writeFileSync(join(repo.dir, "real.yaml"), SETTINGS);
      symlinkSync(join(repo.dir, "real.yaml"), join(repo.dir, "inside.yaml"));
      writeFileSync(join(repo.dir, "astro-ci.yaml"), CONFIG.replace("airflow-settings: airflow_settings.preview.yaml", "airflow-settings: inside.yaml"));
      await expect(branchDeploy()).resolves.toMatchObject([{ status: "deployed" }]);
      const created = previews().length;
      // The project folder (projects: path) through a symlink outside: its line, nothing built or sent.
      writeFileSync(join(repo.dir, "astro-ci.yaml"), `${CONFIG.replace("  airflow-settings: airflow_settings.preview.yaml\n", "")}projects:\n  - path: linked\n`);
      dockerCalls.length = 0;
      await expect(branchDeploy()).rejects.toMatchObject({ name: "ConfigurationError", file: "astro-ci.yaml", line: 14, message: expect.stringMatching(/^the project folder 'linked' resolves through a symlink to .*, outside the repository$/) });
      expect(dockerCalls).toEqual([]);
      expect(previews()).toHaveLength(created);
      expect(JSON.stringify(astro.environmentObjects)).not.toContain("outside-db.example.com");
    } finally {
      outside.cleanup();
    }
  });
});

describe("the preview comment", () => {
  it("says a deploy that did not become live failed, never 'not configured'", () => {
    const base = { project: ".", created: false, deploymentId: "clpreview", deploymentName: "analytics-pr-7", deployType: "dags-only", deployedSha: "a".repeat(40) };
    const unhealthy = formatPreviewComment([{ ...base, status: "unhealthy", reason: "deploy cldeploy was finalized, and Deployment analytics-pr-7 became UNHEALTHY" }], 7);
    const timedOut = formatPreviewComment([{ ...base, status: "timed-out", reason: "deploy cldeploy was finalized, but Deployment analytics-pr-7 is still DEPLOYING" }], 7);
    for (const body of [unhealthy, timedOut]) expect(body).not.toContain("not configured");
    expect(unhealthy).toContain("| ❌ unhealthy |");
    expect(timedOut).toContain("| ⏳ not live in time |");
  });
});
