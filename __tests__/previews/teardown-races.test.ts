/**
 * Teardown in a world that does not hold still: a preview deleted by hand between the listing and the delete, two
 * teardowns at once (a closed PR's run and the nightly sweep), an Astro API failing on one preview of several, and a
 * marker copied or edited onto a Deployment whose name belongs to another pull request. Nothing is lost or half-done:
 * what was removed is reported as removed, what failed is named (exit 2) and a re-run finishes it. Each case failed
 * before its fix (a 404 or a 5xx stopped the whole run with nothing reported; an edited marker was believed).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBranchDeploy } from "../../src/commands/branch-deploy.js";
import { runTeardown, teardownFailure } from "../../src/commands/teardown.js";
import { runCli } from "../../src/cli/main.js";
import { runTeardownAction } from "../../src/actions/teardown/run.js";
import { startGitHubEmulator } from "../support/github-emulator.js";
import { closedPullRequestPayload } from "../comment-commands/support.js";
import { tempDirPath } from "../support/temp-dir.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MANAGED_MARKER } from "../../src/connections/sync.js";
import { nameCarriesPr } from "../../src/previews/marker.js";
import { previewName } from "../../src/previews/settings.js";
import { classifyError } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { RecordingLogger } from "../support/recording-logger.js";

const CONFIG = `previews:
  template-deployment-name: staging
  name: "analytics-pr-{pr}"
  copy-from-template: false
`;
const marker = (pr: number) => `Preview of pull request #${pr} (feature/x), created by astro-ci. [astro-ci preview repo=octo/analytics project=. pr=${pr}]`;

describe("teardown when the world moves", () => {
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let repo: TempGitRepo;
  beforeEach(async () => {
    airflow = await startAirflowEmulator();
    astro = await startAstroEmulator({ deployDurationMs: 0, airflowApiUrl: airflow.apiUrl });
    repo = createTempGitRepo({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/etl.py": "from airflow import DAG\n", "astro-ci.yaml": CONFIG });
    repo.commit("initial");
    astro.addDeployment({ name: "staging" });
  });
  afterEach(async () => {
    expect(astro.validationErrors).toEqual([]);
    expect(airflow.validationErrors).toEqual([]);
    await astro.close();
    await airflow.close();
    repo.cleanup();
  });
  const env = () => ({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId });
  const http = () => ({ sleep: async (ms: number) => astro.clock.advance(ms), random: () => 0.5 });
  const teardown = (extra: Partial<Parameters<typeof runTeardown>[0]> = {}) =>
    runTeardown({ repoRoot: repo.dir, repository: "octo/analytics", dryRun: false, hibernateInstead: false, env: env(), http: http(), now: () => astro.clock.now, logger: new RecordingLogger(), ...extra });
  const addPreview = (pr: number, name = `analytics-pr-${pr}`): EmulatedDeployment => {
    const d = astro.addDeployment({ name, description: marker(pr), isDevelopmentMode: true });
    astro.environmentObjects.push({ id: `clenvo${pr}managed00000000`, objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: d.id, description: `warehouse (${MANAGED_MARKER})`, connection: { type: "postgres", host: "db" } });
    return d;
  };
  const cli = async (args: string[]) => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["teardown", ...args, "--repository", "octo/analytics"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.dir, isTty: false, env: { ...env(), PATH: process.env.PATH } });
    return { code, stdout, stderr };
  };

  it("a preview deleted by hand after the listing: reported as removed (already deleted), exit 0, nothing else touched", async () => {
    const preview = addPreview(7);
    // The listing still shows it; by the time of the delete it is gone (deleted in the Astro UI meanwhile).
    // (The first listing is the template's lookup by name; the second lists the previews.)
    astro.inject("ListDeployments", { nthCall: 2, transform: (body) => (astro.deployments.delete(preview.id), body) });
    const result = await teardown({ pr: 7 });
    expect(result.entries).toEqual([expect.objectContaining({ deploymentName: "analytics-pr-7", action: "deleted", reason: "pull request #7 is closed; it was already deleted (by hand, or by another run at the same time)" })]);
    expect(teardownFailure(result.entries)).toBeUndefined();
    // The same through the CLI: exit 0.
    addPreview(8);
    const again = [...astro.deployments.values()].find((d) => d.name === "analytics-pr-8") as EmulatedDeployment;
    astro.inject("ListDeployments", { nthCall: 2, transform: (body) => (astro.deployments.delete(again.id), body) });
    const run = await cli(["--pr", "8"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/astro-ci:/);
    expect(run.stdout).toMatch(/analytics-pr-8 +#8 +\. +deleted +pull request #8 is closed; it was already deleted/);
    expect([...astro.deployments.values()].map((d) => d.name)).toEqual(["staging"]);
  });

  it("two teardowns of one PR at once (the closed PR's run and the sweep): both succeed, the preview and its objects are gone", async () => {
    addPreview(7);
    const [a, b] = await Promise.allSettled([teardown({ pr: 7 }), teardown({ stale: { isPullRequestOpen: async () => false } })]);
    expect(a.status, a.status === "rejected" ? String(a.reason) : "").toBe("fulfilled");
    expect(b.status, b.status === "rejected" ? String(b.reason) : "").toBe("fulfilled");
    const entries = [a, b].flatMap((r) => (r.status === "fulfilled" ? r.value.entries : []));
    expect(entries.map((e) => e.action)).toEqual(["deleted", "deleted"]);
    expect(entries.some((e) => e.reason.includes("already deleted"))).toBe(true);
    expect([...astro.deployments.values()].map((d) => d.name)).toEqual(["staging"]);
    expect(astro.environmentObjects).toEqual([]);
  });

  it("the Astro API failing (5xx after the retries) on one preview of two: the other is removed, both are reported, exit 2 names what is left; a re-run finishes", async () => {
    addPreview(7);
    addPreview(9);
    // Every attempt of the first DELETE (the client tries 5 times) answers 503.
    astro.inject("DeleteDeployment", { status: 503, times: 5 });
    const swept = await teardown({ stale: { isPullRequestOpen: async () => false } });
    expect(swept.entries.map((e) => e.action)).toEqual(["failed", "deleted"]);
    const [failed, removed] = swept.entries as [(typeof swept.entries)[number], (typeof swept.entries)[number]];
    expect(failed.reason).toMatch(/^pull request #\d is closed; not removed: DELETE \S+ → 503: /);
    const error = classifyError(teardownFailure(swept.entries));
    expect(error.exitCode).toBe(2);
    expect(error.describe()).toMatch(new RegExp(`^1 preview could not be removed: ${failed.deploymentName} \\(${failed.deploymentId}, PR #${failed.pr}\\): pull request #${failed.pr} is closed; not removed: .*→ 503: .*; removed: ${removed.deploymentName} Fix: run the teardown again once the Astro API answers .*what was removed stays removed`));
    expect([...astro.deployments.values()].map((d) => d.name).sort()).toEqual([failed.deploymentName, "staging"].sort());

    // The CLI: the table on stdout (with the failed row), the error on stderr, exit 2; the re-run finishes.
    astro.inject("DeleteDeployment", { status: 502, times: 5 });
    const run = await cli(["--pr", String(failed.pr)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`^${failed.deploymentName} +#${failed.pr} +\\. +failed +pull request #${failed.pr} is closed; not removed: DELETE \\S+ → 502`, "m"));
    expect(run.stderr).toMatch(/^astro-ci: 1 preview could not be removed: .* Fix: run the teardown again/m);
    const rerun = await cli(["--pr", String(failed.pr)]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect([...astro.deployments.values()].map((d) => d.name)).toEqual(["staging"]);
    expect(astro.environmentObjects).toEqual([]);
  });

  it("the teardown action on a closed PR whose preview the API fails to delete: the comment says failed, its GitHub Deployment stays active, the step fails naming it (exit 2)", async () => {
    const github = await startGitHubEmulator();
    try {
      addPreview(7);
      github.state.deployments.push({ id: 41, ref: "feature/x", environment: "preview", transient: true, production: false, task: "deploy:astro-ci-preview", payload: { pr: 7, project: "." }, statuses: [{ state: "success" }] });
      astro.inject("DeleteDeployment", { status: 503, times: 5 });
      const event = join(tempDirPath("astro-ci-event-"), "event.json");
      writeFileSync(event, JSON.stringify(closedPullRequestPayload(7)));
      const env = { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url, INPUT_GITHUB_TOKEN: "ghs_test", INPUT_ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId };
      // The repository of this test's markers is octo/analytics: the action names it from GITHUB_REPOSITORY.
      astro.deployments.forEach((d) => d.description && (d.description = d.description.replace("octo/analytics", "o/r")));
      const outputs: Record<string, string> = {};
      const runtime = Object.assign(new RecordingLogger(), { setOutput: (k: string, v: string) => void (outputs[k] = v), setSecret: () => {}, appendSummary: async () => {} });
      const error = await runTeardownAction(env, runtime as never, { http: http(), now: () => astro.clock.now }).catch((e: unknown) => e);
      expect(classifyError(error).exitCode).toBe(2);
      expect(classifyError(error).describe()).toMatch(/^1 preview could not be removed: analytics-pr-7 .*→ 503/);
      expect(outputs.removed).toBe("0");
      const comment = (github.state.comments.get(7) ?? []).map((c) => c.body).join("\n");
      expect(comment).toMatch(/analytics-pr-7.*failed: pull request #7 is closed; not removed/);
      expect(github.state.deployments[0]?.statuses.map((st) => st.state)).toEqual(["success"]);
      expect(github.validationErrors).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it("a listing that fails stops before anything is removed, exit 2 (nothing half-done)", async () => {
    addPreview(7);
    astro.inject("ListDeployments", { status: 500, times: 5 });
    const run = await cli(["--pr", "7"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/→ 500/);
    expect([...astro.deployments.values()].map((d) => d.name).sort()).toEqual(["analytics-pr-7", "staging"]);
  });

  it("a marker whose PR number is not the one in the Deployment's name (copied or edited) is never removed on its word, and says why", async () => {
    // PR 5's preview with its marker edited to say PR 7, and a Deployment someone made by copying PR 7's description.
    const edited = addPreview(7, "analytics-pr-5");
    const copied = astro.addDeployment({ name: "analytics-reporting", description: marker(7) });
    const result = await teardown({ pr: 7 });
    expect(result.entries.map((e) => `${e.deploymentName} ${e.action}`).sort()).toEqual(["analytics-pr-5 kept", "analytics-reporting kept"]);
    expect(result.entries[0]?.reason).toMatch(/carries the preview marker of pull request #7, but its name does not carry that number.*delete it in the Astro UI if it is a preview/);
    expect(astro.deployments.has(edited.id)).toBe(true);
    expect(astro.deployments.has(copied.id)).toBe(true);
    // The sweep leaves them too, however old.
    astro.clock.advance(30 * 86_400_000);
    expect((await teardown({ stale: {} })).entries.map((e) => e.action)).toEqual(["kept", "kept"]);
    expect(astro.deployments.has(edited.id) && astro.deployments.has(copied.id)).toBe(true);
  });

  it("branch-deploy never deploys into a Deployment whose marker names its PR but whose name does not: it makes the PR's own preview", async () => {
    const foreign = astro.addDeployment({ name: "analytics-pr-5", description: marker(7) });
    const results = await runBranchDeploy({ repoRoot: repo.dir, pr: 7, branch: "feature/x", repository: "octo/analytics", fork: false, waitTimeoutMs: 600_000, env: env(), git: createGit(repo.dir), docker: { run: async (_c, args) => ({ exitCode: 0, stdout: args[0] === "info" ? "27.0.0" : "", stderr: "" }) }, http: http(), now: () => astro.clock.now, mask: () => undefined, logger: new RecordingLogger() });
    expect(results[0]).toMatchObject({ created: true, deploymentName: "analytics-pr-7" });
    expect(results[0]?.deploymentId).not.toBe(foreign.id);
    expect(astro.deploys.filter((d) => d.deploymentId === foreign.id)).toEqual([]);
  }, 120_000);

  it("a template deleted since does not strand its previews: teardown and the sweep still find and remove them, with a warning", async () => {
    addPreview(7);
    addPreview(9);
    const staging = [...astro.deployments.values()].find((d) => d.name === "staging") as EmulatedDeployment;
    astro.deployments.delete(staging.id);
    const logger = new RecordingLogger();
    const closed = await teardown({ pr: 7, logger });
    expect(closed.entries.map((e) => `${e.deploymentName} ${e.action}`)).toEqual(["analytics-pr-7 deleted"]);
    expect(JSON.stringify(logger)).toContain("the previews template (template-deployment-name 'staging'): no Deployment named 'staging'");
    const swept = await teardown({ stale: { isPullRequestOpen: async () => false } });
    expect(swept.entries.map((e) => `${e.deploymentName} ${e.action}`)).toEqual(["analytics-pr-9 deleted"]);
    expect([...astro.deployments.values()]).toEqual([]);
  });

  it("a copied marker on a long Deployment whose name ends in 8 hex digits is kept, while a preview whose name was cut to length is removed", async () => {
    // The tester's case: 50+ characters ending in -<8 hex> passed for any PR's marker: "would delete".
    const copied = astro.addDeployment({ name: "analytics-warehouse-loader-eu-west-1-primary-cluster-0badf00d", description: marker(8) });
    const dry = await cli(["--pr", "8", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/analytics-warehouse-loader-eu-west-1-primary-cluster-0badf00d +#8 +\. +kept +its description carries the preview marker of pull request #8, but its name does not carry that number/);
    expect(dry.stdout).not.toMatch(/would delete/);
    expect((await teardown({ pr: 8 })).entries.map((e) => e.action)).toEqual(["kept"]);
    expect(astro.deployments.has(copied.id)).toBe(true);

    // A real preview whose name previews.name cut (the PR number went with the cut): found again, and removed.
    repo.write({ "astro-ci.yaml": CONFIG.replace('"analytics-pr-{pr}"', '"{branch}-{pr}"') });
    repo.commit("branch names");
    const branch = `feature/${"long-".repeat(14)}name`;
    const docker = { run: async (_c: string, args: string[]) => ({ exitCode: 0, stdout: args[0] === "info" ? "27.0.0" : "", stderr: "" }) };
    const [made] = await runBranchDeploy({ repoRoot: repo.dir, pr: 8, branch, repository: "octo/analytics", fork: false, waitTimeoutMs: 600_000, env: env(), git: createGit(repo.dir), docker, http: http(), now: () => astro.clock.now, mask: () => undefined, logger: new RecordingLogger() });
    expect(made?.deploymentName).toMatch(/-[0-9a-f]{8}$/);
    expect(made?.deploymentName).not.toMatch(/(^|-)8(-|$)/);
    // Found again by the next run (not a second preview).
    const [again] = await runBranchDeploy({ repoRoot: repo.dir, pr: 8, branch, repository: "octo/analytics", fork: false, waitTimeoutMs: 600_000, env: env(), git: createGit(repo.dir), docker, http: http(), now: () => astro.clock.now, mask: () => undefined, logger: new RecordingLogger() });
    expect(again).toMatchObject({ created: false, deploymentId: made?.deploymentId });
    const result = await teardown({ pr: 8 });
    expect(result.entries.map((e) => `${e.deploymentName} ${e.action}`).sort()).toEqual([`${made?.deploymentName} deleted`, `${copied.name} kept`].sort());
    expect(astro.deployments.has(copied.id)).toBe(true);
  }, 120_000);

  it("a 404 on the delete of a Deployment still listed is a failure, never 'deleted'; a 404 for one really gone is removed", async () => {
    const preview = addPreview(7);
    astro.inject("DeleteDeployment", { status: 404, body: { message: "Deployment not found", statusCode: 404, requestId: "r1" } });
    const result = await teardown({ pr: 7 });
    expect(result.entries).toEqual([expect.objectContaining({ deploymentName: "analytics-pr-7", action: "failed", reason: expect.stringMatching(/not removed: the Astro API answered 404 .* but the Deployment is still listed/) })]);
    expect(classifyError(teardownFailure(result.entries)).exitCode).toBe(2);
    expect(astro.deployments.has(preview.id)).toBe(true);
    // The re-run removes it.
    expect((await teardown({ pr: 7 })).entries.map((e) => e.action)).toEqual(["deleted"]);
    expect(astro.deployments.has(preview.id)).toBe(false);
  });

  it("nameCarriesPr accepts every name previewName makes, cut or not, and refuses another PR's", () => {
    for (const [pattern, branch] of [["{project}-pr-{pr}", "x"], ["pr_{pr}_{branch}", "feature/x"], ["{branch}-{pr}", "a".repeat(120)], ["{repo}/{branch}/{pr}", `${"b".repeat(70)}/7`]] as const) {
      for (const pr of [1, 7, 42, 9_999_999_999]) {
        const name = previewName(pattern, { project: "analytics", pr, branch, repo: "analytics" });
        expect(nameCarriesPr(name, pr, name), `${pattern} ${pr} → ${name}`).toBe(true);
      }
    }
    // A cut name (its PR number cut off) counts only as the very name previews.name gives the PR: any other long name
    // ending in 8 hex digits was accepted, e.g. a Deployment a team named so.
    const cut = previewName("{branch}-{pr}", { project: "analytics", pr: 8, branch: "a".repeat(120), repo: "analytics" });
    expect(cut).not.toMatch(/(^|-)8(-|$)/);
    expect(nameCarriesPr(cut, 8)).toBe(false);
    expect(nameCarriesPr("analytics-warehouse-loader-eu-west-1-primary-cluster-0badf00d", 8, cut)).toBe(false);
    expect(nameCarriesPr("analytics-pr-5", 7)).toBe(false);
    expect(nameCarriesPr("analytics-pr-17", 7)).toBe(false);
    expect(nameCarriesPr("analytics-pr-7a", 7)).toBe(false);
    expect(nameCarriesPr("production", 7)).toBe(false);
  });
});
