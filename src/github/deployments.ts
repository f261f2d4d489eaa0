import type { GitHubClient } from "./octokit.js";

/**
 * A GitHub Deployment for an Astro deploy, so the PR and the commit show "View deployment". `auto_merge: false` and
 * `required_contexts: []` because GitHub's defaults merge the default branch in (202, nothing created) or refuse
 * while any status check is pending (409).
 */
export async function recordGitHubDeployment(
  client: GitHubClient,
  request: { owner: string; repo: string; sha: string; environment: string; description: string; transient: boolean; production: boolean },
): Promise<number> {
  const created = await client.rest.repos.createDeployment({
    owner: request.owner,
    repo: request.repo,
    ref: request.sha,
    environment: request.environment,
    description: request.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: request.transient,
    production_environment: request.production,
  });
  if (!("id" in created.data)) throw new Error(`GitHub did not create the deployment: ${(created.data as { message?: string }).message ?? created.status}`);
  return created.data.id;
}

export async function setGitHubDeploymentStatus(
  client: GitHubClient,
  request: { owner: string; repo: string; deploymentId: number; state: "in_progress" | "success" | "failure" | "error" | "inactive"; environmentUrl?: string; logUrl?: string; description: string },
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    owner: request.owner,
    repo: request.repo,
    deployment_id: request.deploymentId,
    state: request.state,
    description: request.description.slice(0, 140),
    ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
    ...(request.logUrl ? { log_url: request.logUrl } : {}),
  });
}
