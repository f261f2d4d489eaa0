import { resolve } from "node:path";
import { loadConfig } from "../../config/config.js";
import { parseDeploymentTargets } from "../../deploy/targets.js";
import { parseCommandSettings } from "../../comment-commands/settings.js";
import { createGitRefLockStore } from "../../comment-commands/locks.js";
import { createPullRequestCheckout } from "../../comment-commands/checkout.js";
import { runCommentCommand, type CommentCommandResult } from "../../commands/comment.js";
import { createRealExecutors } from "../../commands/comment-executors.js";
import { readGitHubContext } from "../../github/context.js";
import { createOctokit } from "../../github/octokit.js";
import { createEnvInputReader } from "../inputs.js";
import { secretsFromEnv } from "../branch-deploy/run.js";
import type { ActionsRuntime } from "../validate-dags/run.js";
import { readCommentCommandSettings } from "./settings.js";
import { createRunSecrets } from "../run-secrets.js";

/**
 * The comment-command action: on `issue_comment` (created) it answers an `/astro …` command on a pull request; on
 * `pull_request` (closed) it releases the PR's target locks. Outputs `command`, `accepted`, `sha`. Fails the job
 * only when an accepted command failed.
 */
export async function runCommentCommandAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime): Promise<{ result: CommentCommandResult; failureMessage?: string }> {
  const settings = readCommentCommandSettings(createEnvInputReader(env), env);
  // The runner masks the log; the reply comment goes to GitHub through the API, so it is masked here too: the tokens
  // and the values a preview injects.
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  const config = await loadConfig({ repoRoot: settings.workspace, configPath: settings.configPath });
  const client = createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime });
  const repository = `${context.owner}/${context.repo}`;
  const result = await runCommentCommand({
    eventName: context.eventName,
    payload: context.payload,
    client,
    owner: context.owner,
    repo: context.repo,
    settings: parseCommandSettings(config.source),
    targets: parseDeploymentTargets(config.source),
    locks: createGitRefLockStore(client, { owner: context.owner, repo: context.repo }),
    checkout: createPullRequestCheckout(settings.workspace),
    executors: createRealExecutors({
      trustedRoot: settings.workspace,
      configPath: settings.configPath ?? (config.file ? resolve(settings.workspace, config.file) : undefined),
      repository,
      // The Astro settings, and the step's env for `${NAME}` in the trusted airflow-settings (as branch-deploy reads
      // them); never the GitHub token nor the runner's or inputs' variables.
      env: { ...secretsFromEnv(env), ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
      mask: (value) => secrets.mask(value),
      logger: runtime,
      github: { client, owner: context.owner, repo: context.repo },
    }),
    scrub: (text) => secrets.scrub(text),
    logger: runtime,
  });
  runtime.info(`${result.ignored ? "ignored" : result.accepted ? "accepted" : "refused"}: ${result.reason}`);
  runtime.setOutput("command", result.command ?? "");
  runtime.setOutput("accepted", String(result.accepted));
  runtime.setOutput("sha", result.sha ?? "");
  return { result, failureMessage: result.failed ? `${result.command} failed: ${result.reason}` : undefined };
}
