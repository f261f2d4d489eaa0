import { runTeardown, teardownFailure, type TeardownEntry } from "../../commands/teardown.js";
import type { HttpDeps } from "../../astro/http.js";
import { ConfigurationError } from "../../errors.js";
import { readGitHubContext } from "../../github/context.js";
import { listGitHubDeployments, setGitHubDeploymentStatus } from "../../github/deployments.js";
import { createOctokit } from "../../github/octokit.js";
import { hasStickyComment, upsertStickyComment } from "../../github/sticky-comment.js";
import { createRunSecrets } from "../run-secrets.js";
import { parseDuration } from "../../previews/settings.js";
import { formatTeardownComment } from "../../reports/preview-report.js";
import { PREVIEW_COMMENT_MARKER, PREVIEW_DEPLOYMENT_TASK } from "../branch-deploy/run.js";
import { readPreviewActionSettings } from "../branch-deploy/settings.js";
import { getBooleanInput, getOptionalInput, createEnvInputReader } from "../inputs.js";
import type { ActionsRuntime } from "../validate-dags/run.js";

/**
 * The teardown action: on `pull_request: closed` it removes the PR's previews, marks their GitHub Deployments inactive
 * and updates the sticky comment; on `schedule`/`workflow_dispatch` it sweeps stale previews (PR closed, or idle past
 * the TTL). Idempotent. Output `removed`.
 */
export async function runTeardownAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime, deps: { http?: Partial<HttpDeps>; now?: () => number } = {}): Promise<{ entries: TeardownEntry[]; failureMessage?: string }> {
  const read = createEnvInputReader(env);
  const settings = readPreviewActionSettings(read, env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const hibernateInstead = getBooleanInput(read, "hibernate-instead", false);
  const dryRun = getBooleanInput(read, "dry-run", false);
  const ttl = getOptionalInput(read, "ttl");
  const ttlMs = ttl ? parseDuration(ttl, { what: "input 'ttl'" }) : undefined;
  const context = readGitHubContext(env);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : undefined;
  // readGitHubContext checked the payload's shape (a number that is no positive integer is refused there).
  const prNumber = context.pullRequestNumber;
  const sweep = ["schedule", "workflow_dispatch"].includes(context.eventName);
  if (prNumber === undefined && /^pull_request/.test(context.eventName)) {
    throw new ConfigurationError(`the ${context.eventName} event payload holds no pull request number`, { file: env.GITHUB_EVENT_PATH, fix: "run the action as a workflow step on a pull_request (closed) event: the runner writes GITHUB_EVENT_PATH; do not override it" });
  }
  if (typeof prNumber === "number" && context.payload.action !== "closed") {
    // Only a closed pull request's previews go: on opened/synchronize (the event's default types) they are in use.
    throw new ConfigurationError(`teardown removes a pull request's previews when it closes, not on ${context.eventName} ${typeof context.payload.action === "string" ? context.payload.action : "(no action)"}`, {
      file: env.GITHUB_EVENT_PATH,
      fix: "trigger the teardown workflow with on: pull_request: types: [closed] (see examples/workflows/previews-teardown.yml)",
    });
  }
  // The CLI refuses --pr with --ttl; the action keeps one workflow file for both triggers, so the input is only noted.
  if (typeof prNumber === "number" && ttl) runtime.notice(`the ttl input (${ttl}) applies to the scheduled sweep only: a closed pull request's previews are removed whatever their age`);
  if (typeof prNumber !== "number" && !sweep) throw new ConfigurationError(`teardown runs on pull_request (closed), schedule or workflow_dispatch events, not '${context.eventName}'`, { fix: "see the README's previews recipe for the two workflows" });
  if (typeof prNumber === "number" && context.isForkPullRequest && !settings.astroApiToken) {
    // GitHub gives a fork's pull_request runs no secrets: every fork PR that closes would fail this step. Branch-deploy
    // made no preview for it on pull_request; one made by `/astro preview` (forks: dags-only) goes with the nightly sweep.
    const message = `pull request #${prNumber} comes from a fork, and GitHub gives its runs no secrets (no ASTRO_API_TOKEN): nothing removed here; a preview made for it by a comment command is removed by the scheduled sweep (its pull request is closed)`;
    runtime.notice(message);
    await runtime.appendSummary(`## astro-ci / teardown\n\n${message}\n`);
    runtime.setOutput("removed", "0");
    return { entries: [] };
  }

  const result = await runTeardown({
    repoRoot: settings.workspace,
    configPath: settings.configPath,
    repository: `${context.owner}/${context.repo}`,
    pr: typeof prNumber === "number" ? prNumber : undefined,
    stale: typeof prNumber === "number" ? undefined : { ttlMs, isPullRequestOpen: github ? async (pr) => (await github.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: pr }).then((r) => r.data.state === "open").catch(() => undefined)) : undefined },
    dryRun,
    hibernateInstead,
    env: { ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    http: deps.http,
    now: deps.now,
    logger: runtime,
  });
  runtime.info(result.message);
  if (github && !dryRun) {
    const removedPrs = new Set(result.entries.filter((e) => e.action === "deleted" || e.action === "hibernated").map((e) => e.pr));
    if (typeof prNumber === "number") removedPrs.add(prNumber);
    // A PR with a preview the API failed to remove keeps its GitHub Deployment active (the preview still runs); its
    // comment says what failed.
    const failedPrs = new Set(result.entries.filter((e) => e.action === "failed").map((e) => e.pr));
    try {
      for (const d of await listGitHubDeployments(github, { owner: context.owner, repo: context.repo, task: PREVIEW_DEPLOYMENT_TASK })) {
        const pr = Number(d.payload.pr);
        if (removedPrs.has(pr) && !failedPrs.has(pr)) await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: d.id, state: "inactive", description: "preview removed" });
      }
      for (const pr of new Set([...removedPrs, ...failedPrs])) {
        const entries = result.entries.filter((e) => e.pr === pr);
        const request = { owner: context.owner, repo: context.repo, issueNumber: pr, marker: PREVIEW_COMMENT_MARKER };
        // The closed PR with nothing removed: update the preview comment it has, never start one ("No preview is
        // running" on every closed PR of a repository, forks and previews-less projects included).
        if (entries.length || (pr === prNumber && (await hasStickyComment(github, request)))) await upsertStickyComment(github, { ...request, body: formatTeardownComment(entries, pr), scrub: secrets.scrub });
      }
    } catch (error) {
      runtime.notice(`astro-ci could not update the GitHub Deployments or the comment (${(error as Error).message}); give the job 'deployments: write' and 'pull-requests: write'.`);
    }
  }
  const table = result.entries.map((e) => `| ${e.deploymentName} | #${e.pr} | ${e.action} | ${e.reason} |`).join("\n");
  await runtime.appendSummary(`## astro-ci / teardown\n\n${result.message}\n${table ? `\n| Preview | PR | Action | Why |\n| --- | --- | --- | --- |\n${table}\n` : ""}`);
  runtime.setOutput("removed", String(result.entries.filter((e) => e.action === "deleted" || e.action === "hibernated").length));
  // Previews the Astro API failed on: everything else was done and reported above; the step fails naming them.
  const failure = teardownFailure(result.entries);
  if (failure) throw failure;
  return { entries: result.entries };
}
