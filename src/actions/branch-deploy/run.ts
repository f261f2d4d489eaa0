import { runBranchDeploy, type PreviewResult } from "../../commands/branch-deploy.js";
import type { HttpDeps } from "../../astro/http.js";
import type { CommandRunner } from "../../dynamic/airflow-environment.js";
import { nodeCommandRunner } from "../../dynamic/command-runner.js";
import { ConfigurationError } from "../../errors.js";
import { readGitHubContext } from "../../github/context.js";
import { PULL_REQUEST_TARGET_RISK } from "../../github/fork-code.js";
import { recordGitHubDeployment, setGitHubDeploymentStatus } from "../../github/deployments.js";
import { createOctokit, type GitHubClient } from "../../github/octokit.js";
import { upsertStickyComment } from "../../github/sticky-comment.js";
import { createRunSecrets } from "../run-secrets.js";
import { MAX_PR_NUMBER } from "../../previews/marker.js";
import { formatPreviewComment } from "../../reports/preview-report.js";
import { createGit } from "../../util/git.js";
import { reportFindingsAsCheckRun } from "../check-run-report.js";
import { createEnvInputReader } from "../inputs.js";
import type { ActionsRuntime } from "../validate-dags/run.js";
import { readPreviewActionSettings } from "./settings.js";

export const BRANCH_DEPLOY_CHECK_RUN_NAME = "astro-ci / branch-deploy";
export const PREVIEW_DEPLOYMENT_TASK = "deploy:astro-ci-preview";
export const PREVIEW_COMMENT_MARKER = "astro-ci:previews";

/** The GitHub environment of a project's previews: `preview` for a project at the repository root, else `preview/<project>`. */
export function previewEnvironment(project: string): string {
  return project === "." ? "preview" : `preview/${project}`;
}

/**
 * The branch-deploy action, on `pull_request` (opened, synchronize, reopened): create or update the PR's previews,
 * then report a check run, a GitHub Deployment per project (transient, `View deployment` = the Airflow UI), one
 * sticky PR comment, the job summary and outputs.
 */
export async function runBranchDeployAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime, deps: { docker?: CommandRunner; http?: Partial<HttpDeps>; now?: () => number } = {}): Promise<{ results: PreviewResult[]; failureMessage?: string }> {
  const settings = readPreviewActionSettings(createEnvInputReader(env), env);
  // The tokens and the values injected into previews: masked in the log and in the PR comment.
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  // Exactly `pull_request`: `pull_request_target` runs with the base repository's secrets for fork code, which the
  // security model rules out (README), and the review events are no reason to deploy.
  if (context.eventName !== "pull_request") {
    const target = context.eventName === "pull_request_target" ? ` (${PULL_REQUEST_TARGET_RISK}, which a fork's code must never get)` : "";
    throw new ConfigurationError(`branch-deploy runs on pull_request events, not '${context.eventName || "(none)"}'${target}`, { fix: "trigger the workflow with on: pull_request: types: [opened, synchronize, reopened]" });
  }
  // readGitHubContext checked the shapes of the payload's fields; here what branch-deploy needs must be there.
  const prNumber = context.pullRequestNumber;
  const runnerFix = "run the action as a workflow step on a pull_request event: the runner sets GITHUB_HEAD_REF and writes GITHUB_EVENT_PATH; do not override them";
  if (prNumber === undefined || prNumber > MAX_PR_NUMBER) {
    throw new ConfigurationError(prNumber === undefined ? `the ${context.eventName} event payload holds no pull request number` : `the ${context.eventName} event's pull request number ${prNumber} is beyond any pull request's`, { file: env.GITHUB_EVENT_PATH, fix: runnerFix });
  }
  const headBranch = context.headRef;
  if (context.payload.action !== "closed" && (!headBranch || [...headBranch].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))) {
    const what = headBranch ? `a head branch holding control characters (${JSON.stringify(headBranch.slice(0, 60))}), which no git branch name has` : "no head branch (GITHUB_HEAD_REF and pull_request.head.ref are empty or missing)";
    throw new ConfigurationError(`the ${context.eventName} event names ${what}`, { file: env.GITHUB_EVENT_PATH, fix: runnerFix });
  }
  if (context.payload.action === "closed") {
    runtime.info("the pull request is closed: nothing to deploy (the teardown action removes the preview)");
    return { results: [] };
  }
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : undefined;
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  const started = new Map<string, number>();
  let results: PreviewResult[];
  try {
    results = await runBranchDeploy({
      repoRoot: settings.workspace,
      projectRoot: settings.projectPath,
      configPath: settings.configPath,
      pr: prNumber,
      branch: headBranch ?? "",
      sha: context.headSha,
      repository: `${context.owner}/${context.repo}`,
      fork: context.isForkPullRequest,
      waitTimeoutMs: settings.waitTimeoutSeconds * 1000,
      env: { ...secretsFromEnv(env), ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
      git: createGit(settings.workspace),
      docker: deps.docker ?? nodeCommandRunner,
      http: deps.http,
      now: deps.now,
      mask: (value) => secrets.mask(value),
      onProjectStart: async (project) => {
        const id = github ? await startGitHubDeployment(github, context.owner, context.repo, context.headSha, project, prNumber, runUrl, runtime) : undefined;
        if (id !== undefined) started.set(project, id);
      },
      logger: runtime,
    });
  } catch (error) {
    for (const id of started.values()) await setGitHubDeploymentStatus(github as GitHubClient, { owner: context.owner, repo: context.repo, deploymentId: id, state: "failure", logUrl: runUrl, description: "the preview could not be deployed" }).catch(() => undefined);
    throw error;
  }
  for (const r of results) {
    const id = started.get(r.project);
    if (github && id !== undefined) {
      const ok = r.status === "deployed" || r.status === "skipped";
      await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: id, state: ok ? "success" : "failure", environmentUrl: r.airflowUrl, logUrl: runUrl, description: `${r.deploymentName}: ${r.status}` }).catch((e: Error) => runtime.warning(`could not update the GitHub Deployment: ${e.message}`));
    }
    runtime.info(`${r.project}: ${r.status}${r.deploymentName ? ` ${r.deploymentName}` : ""}: ${r.reason}`);
  }
  const body = formatPreviewComment(results, prNumber);
  if (github && results.some((r) => r.status !== "not-configured")) {
    await upsertStickyComment(github, { owner: context.owner, repo: context.repo, issueNumber: prNumber, marker: PREVIEW_COMMENT_MARKER, body, scrub: secrets.scrub }).catch((e: Error) => runtime.notice(`astro-ci could not comment on the pull request (${e.message}); give the job 'pull-requests: write'.`));
  }
  await runtime.appendSummary(`## ${BRANCH_DEPLOY_CHECK_RUN_NAME}\n\n${body}\n`);
  const deployed = results.find((r) => r.deploymentId);
  const failed = results.filter((r) => r.status === "timed-out" || r.status === "unhealthy");
  const conclusion = failed.length ? "failure" : results.every((r) => r.status === "not-configured" || r.status === "refused") ? "neutral" : "success";
  await reportFindingsAsCheckRun({ name: BRANCH_DEPLOY_CHECK_RUN_NAME, title: results.map((r) => `${r.project}: ${r.status}`).join(", "), summary: body, findings: [], conclusion, token: settings.githubToken, context, summaryUrl: runUrl, scrub: secrets.scrub }, runtime);
  runtime.setOutput("deployment-id", deployed?.deploymentId ?? "");
  runtime.setOutput("deployment-name", deployed?.deploymentName ?? "");
  runtime.setOutput("airflow-url", deployed?.airflowUrl ?? "");
  runtime.setOutput("created", String(results.some((r) => r.created)));
  runtime.setOutput("deploy-type", deployed?.deployType ?? "");
  return { results, failureMessage: failed.length ? failed.map((r) => `${r.project}: ${r.reason}`).join("; ") : undefined };
}

async function startGitHubDeployment(github: GitHubClient, owner: string, repo: string, sha: string, project: string, pr: number, runUrl: string, runtime: ActionsRuntime): Promise<number | undefined> {
  try {
    const environment = previewEnvironment(project);
    const id = await recordGitHubDeployment(github, { owner, repo, sha, environment, description: `astro-ci preview of #${pr}`, transient: true, production: false, task: PREVIEW_DEPLOYMENT_TASK, payload: { pr, project } });
    await setGitHubDeploymentStatus(github, { owner, repo, deploymentId: id, state: "in_progress", logUrl: runUrl, description: "deploying the preview" });
    return id;
  } catch (error) {
    runtime.notice(`astro-ci could not record a GitHub Deployment (${(error as Error).message}); give the job 'deployments: write' to see "View deployment" on the pull request.`);
    return undefined;
  }
}

/**
 * The job's environment variables that `${NAME}` references in a settings file may read: everything except the
 * runner's own and the action's inputs (a secret passed to the step through `env:` arrives as a plain variable).
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)));
}
