import type { GitHubClient } from "./octokit.js";

/** A commit status: the fallback where check runs are not available. Descriptions are capped at 140 characters. */
export async function setCommitStatus(
  client: GitHubClient,
  request: { owner: string; repo: string; sha: string; state: "error" | "failure" | "pending" | "success"; context: string; description: string; targetUrl?: string },
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: request.owner,
    repo: request.repo,
    sha: request.sha,
    state: request.state,
    context: request.context,
    description: request.description.length > 140 ? `${request.description.slice(0, 139)}…` : request.description,
    ...(request.targetUrl ? { target_url: request.targetUrl } : {}),
  });
}
