import type { GitHubClient } from "./octokit.js";

/**
 * A GitHub Deployment for an Astro deploy, so the PR and the commit show "View deployment". `auto_merge: false` and
 * `required_contexts: []` because GitHub's defaults merge the default branch in (202, nothing created) or refuse
 * while any status check is pending (409).
 */
export async function recordGitHubDeployment(
  client: GitHubClient,
  request: { owner: string; repo: string; sha: string; environment: string; description: string; transient: boolean; production: boolean; task?: string; payload?: Record<string, unknown> },
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
    ...(request.task ? { task: request.task } : {}),
    ...(request.payload ? { payload: request.payload } : {}),
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

/** GitHub Deployments with this `task`, newest first (every page). */
export async function listGitHubDeployments(client: GitHubClient, request: { owner: string; repo: string; task: string }): Promise<{ id: number; environment: string; payload: Record<string, unknown> }[]> {
  const out: { id: number; environment: string; payload: Record<string, unknown> }[] = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, { owner: request.owner, repo: request.repo, task: request.task, per_page: 100 })) {
    for (const d of page.data) out.push({ id: d.id, environment: d.environment, payload: typeof d.payload === "object" && d.payload ? (d.payload as Record<string, unknown>) : {} });
  }
  return out;
}
