import { deployBranch, readGitHubContext } from "../../github/context.js";
import { createOctokit } from "../../github/octokit.js";
import { recordGitHubDeployment, setGitHubDeploymentStatus } from "../../github/deployments.js";
import type { CommandRunner } from "../../dynamic/airflow-environment.js";
import { nodeCommandRunner, projectCodeRunner } from "../../dynamic/command-runner.js";
import { deployFailed, runDeploy, type RunDeployResult } from "../../commands/deploy.js";
import type { HttpDeps } from "../../astro/http.js";
import { markdownTable } from "../../github/markdown.js";
import { createGit } from "../../util/git.js";
import { createRunSecrets } from "../run-secrets.js";
import { reportFindingsAsCheckRun } from "../check-run-report.js";
import { createEnvInputReader } from "../inputs.js";
import type { ActionsRuntime } from "../validate-dags/run.js";
import { readDeploySettings } from "./settings.js";

export const DEPLOY_CHECK_RUN_NAME = "astro-ci / deploy";

export async function runDeployAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime, deps: { docker?: CommandRunner; http?: Pick<HttpDeps, "fetch" | "sleep">; now?: () => number } = {}): Promise<{ result: RunDeployResult; failureMessage?: string }> {
  const settings = readDeploySettings(createEnvInputReader(env), env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  // The base repository's pushed branch on push/workflow_dispatch/schedule only; never GITHUB_HEAD_REF (a fork names it).
  const { branch, reason: noBranchReason } = deployBranch(context);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : undefined;
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;

  const { result, explanation } = await runDeploy({
    repoRoot: settings.workspace,
    projectRoot: settings.projectPath,
    configPath: settings.configPath,
    deploymentId: settings.deploymentId,
    deploymentName: settings.deploymentName,
    workspaceId: settings.workspaceId,
    deployType: settings.deployType,
    wait: settings.wait,
    waitTimeoutMs: settings.waitTimeoutSeconds * 1000,
    force: settings.force,
    validateFirst: settings.validate,
    testFirst: settings.test ? { airflow: settings.test, workDir: settings.workDir, runner: deps.docker ?? projectCodeRunner } : undefined,
    branch,
    noBranchReason,
    event: context.eventName,
    eventPayload: context.payload,
    allowDirty: settings.allowDirty,
    allowedRegistries: settings.allowedRegistries,
    headSha: context.headSha,
    pushBefore: typeof context.payload.before === "string" ? context.payload.before : undefined,
    github: { owner: context.owner, repo: context.repo, serverUrl: context.serverUrl },
    env: { ...env, ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    git: createGit(settings.workspace),
    docker: deps.docker ?? nodeCommandRunner,
    http: deps.http,
    now: deps.now,
    logger: runtime,
  });
  runtime.info(explanation);
  runtime.info(`${result.status}: ${result.reason}`);

  const rows: string[][] = [["Target", explanation], ["Result", `${result.status}: ${result.reason}`]];
  if (result.status === "deployed") {
    rows.push(["Deployment", `${result.deployment.name} (${result.deployment.id})`], ["Type", result.deployType ?? ""], ["Deploy", result.deployId ?? ""], ["DAG bundle version", result.dagTarballVersion ?? "—"], ["Image", result.image ?? "—"], ["Airflow UI", result.deployment.url]);
    if (github) {
      try {
        const id = await recordGitHubDeployment(github, { owner: context.owner, repo: context.repo, sha: context.headSha, environment: result.deployment.name, description: `astro-ci ${result.deployType} deploy`, transient: false, production: false });
        await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: id, state: "success", environmentUrl: result.deployment.url, logUrl: summaryUrl, description: `${result.deployType} deploy ${result.deployId}` });
      } catch (error) {
        runtime.notice(`astro-ci could not record a GitHub Deployment (${(error as Error).message}); give the job 'deployments: write' to see "View deployment" on the commit.`);
      }
    }
  }
  const failed = deployFailed(result);
  if (failed && "deployId" in result && result.deployId) rows.push(["Deploy", result.deployId]);
  const summary = `## ${DEPLOY_CHECK_RUN_NAME} ${result.status === "deployed" ? "🚀" : failed ? "⛔" : "⏭️"}\n\n${markdownTable(["", ""], rows)}\n`;
  await runtime.appendSummary(summary);
  await reportFindingsAsCheckRun({ name: DEPLOY_CHECK_RUN_NAME, title: `${result.status}: ${result.reason}`, summary, findings: [], conclusion: result.status === "deployed" ? "success" : failed ? "failure" : "neutral", token: settings.githubToken, context, summaryUrl, scrub: secrets.scrub, statusFallback: { state: failed ? "failure" : "success", description: `${result.status}: ${result.reason}` } }, runtime);

  const deployed = result.status === "deployed" || result.status === "timed-out" || result.status === "unhealthy" ? result : undefined;
  runtime.setOutput("deploy-id", deployed?.deployId ?? "");
  runtime.setOutput("deploy-type", deployed?.deployType ?? "");
  runtime.setOutput("dag-tarball-version", deployed?.dagTarballVersion ?? "");
  runtime.setOutput("image", deployed?.image ?? "");
  runtime.setOutput("deployment-url", "deployment" in result ? result.deployment.url : "");
  runtime.setOutput("skipped", String(deployed === undefined));
  return { result, failureMessage: failed ? result.reason : undefined };
}
