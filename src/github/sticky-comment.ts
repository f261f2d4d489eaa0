import type { GitHubClient } from "./octokit.js";

/** GitHub rejects comment bodies over 65536 characters (422 "Body is too long"). */
export const MAX_COMMENT_LENGTH = 65536;
export const DEFAULT_BOT_LOGIN = "github-actions[bot]";

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  /** e.g. `astro-ci:validate-dags`; written as a hidden HTML comment. */
  marker: string;
  body: string;
  /** Only comments by this login are ours: a user pasting the marker cannot hijack the comment. */
  botLogin?: string;
}

const markerComment = (marker: string): string => `<!-- ${marker} -->`;

async function findSticky(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): Promise<{ id: number; html_url: string } | undefined> {
  const login = request.botLogin ?? DEFAULT_BOT_LOGIN;
  const tag = markerComment(request.marker);
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100,
  })) {
    const match = page.data.find((c) => c.user?.login === login && (c.body ?? "").includes(tag));
    if (match) return { id: match.id, html_url: match.html_url };
  }
  return undefined;
}

/** Create or update the one comment of this tool on a PR. */
export async function upsertStickyComment(client: GitHubClient, request: StickyCommentRequest): Promise<{ action: "created" | "updated"; id: number; htmlUrl: string }> {
  const tag = markerComment(request.marker);
  const pointer = "\n\n… truncated; see the check run or job summary for everything.";
  let body = `${tag}\n${request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - pointer.length).replace(/\n[^\n]*$/, "") + pointer;
  const existing = await findSticky(client, request);
  if (existing) {
    const updated = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { action: "updated", id: updated.data.id, htmlUrl: updated.data.html_url };
  }
  const created = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body });
  return { action: "created", id: created.data.id, htmlUrl: created.data.html_url };
}

/** Whether this tool's comment with `marker` is already on the pull request (reads only). */
export async function hasStickyComment(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): Promise<boolean> {
  return (await findSticky(client, request)) !== undefined;
}

export async function deleteStickyComment(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): Promise<boolean> {
  const existing = await findSticky(client, request);
  if (!existing) return false;
  await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: existing.id });
  return true;
}
