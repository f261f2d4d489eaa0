import { isOurs, resolveTokenIdentity, writeFirstOurs } from "./identity.js";
import type { GitHubClient } from "./octokit.js";

export { DEFAULT_BOT_LOGIN } from "./identity.js";

/** GitHub rejects comment bodies over 65536 characters (422 "Body is too long"). */
export const MAX_COMMENT_LENGTH = 65536;

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  /** e.g. `astro-ci:validate-dags`; written as a hidden HTML comment. */
  marker: string;
  body: string;
  /**
   * Only comments written by the token's own identity are ours, so a user pasting the marker cannot hijack the
   * comment: by default that identity is asked of GitHub once per client (`resolveTokenIdentity`: the PAT's user, or
   * for GITHUB_TOKEN / a GitHub App token the App's `<slug>[bot]`, see `isOurs`). A login given here wins (no call).
   */
  botLogin?: string;
  /**
   * Masks the run's secret values (the tokens, values given to core.setSecret) in the body before it is posted: a PR
   * comment is public and out of reach of the runner's log masking. Default: the body as it is.
   */
  scrub?: (text: string) => string;
}

const markerComment = (marker: string): string => `<!-- ${marker} -->`;

/**
 * The comments with our marker written by the token's identity, oldest first (a page of 100 at a time, read only as
 * far as the caller goes). Calls: at most 1 GET /user per client (memoised; none with `botLogin`), then 1+ GET comments.
 */
async function* stickies(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): AsyncGenerator<{ id: number; html_url: string }> {
  const identity = await resolveTokenIdentity(client, request.botLogin);
  const tag = markerComment(request.marker);
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100,
  })) {
    for (const c of page.data) if (isOurs(c, identity) && (c.body ?? "").includes(tag)) yield { id: c.id, html_url: c.html_url };
  }
}

/**
 * Write to the first of our comments GitHub lets us write to. With an installation token "ours" means any App's bot
 * (see `isOurs`), and GitHub refuses an App to edit another App's comment (403): such a comment is passed over, so a
 * repository moving from GITHUB_TOKEN to an App token starts one new comment instead of failing on the old one.
 */
async function onFirstWritable<T>(client: GitHubClient, request: Omit<StickyCommentRequest, "body">, write: (id: number) => Promise<T>): Promise<T | undefined> {
  return writeFirstOurs(stickies(client, request), await resolveTokenIdentity(client, request.botLogin), (comment) => write(comment.id));
}

/**
 * Create or update the one comment of this tool (hidden marker `<!-- marker -->`) on a PR or issue; the body is cut
 * to GitHub's 65536 characters with a pointer to the job summary, after `scrub` masked it. Needs `pull-requests: write` (or `issues: write`).
 * Calls: at most 1 GET /user per client (see `resolveTokenIdentity`), 1+ GET comments, then 1 PATCH or 1 POST comment
 * (with an installation token, 1 more PATCH for each other App's comment with our marker that GitHub refuses, 403).
 * Errors: Octokit's `HttpError` (classified by `classifyError`), including those of GET /user other than the 403 of
 * installation tokens.
 */
export async function upsertStickyComment(client: GitHubClient, request: StickyCommentRequest): Promise<{ action: "created" | "updated"; id: number; htmlUrl: string }> {
  const tag = markerComment(request.marker);
  const pointer = "\n\n… truncated; see the check run or job summary for everything.";
  let body = `${tag}\n${request.scrub ? request.scrub(request.body) : request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - pointer.length).replace(/\n[^\n]*$/, "") + pointer;
  const updated = await onFirstWritable(client, request, (id) => client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: id, body }));
  if (updated) return { action: "updated", id: updated.data.id, htmlUrl: updated.data.html_url };
  const created = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body });
  return { action: "created", id: created.data.id, htmlUrl: created.data.html_url };
}

/**
 * Whether this tool's comment with `marker` is already on the pull request (reads only).
 * Calls: at most 1 GET /user per client, then 1+ GET comments (up to the first match).
 */
export async function hasStickyComment(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): Promise<boolean> {
  for await (const _comment of stickies(client, request)) return true;
  return false;
}

/**
 * Delete this tool's comment with `marker`, if any; true when one was deleted. A comment by anyone else is never
 * deleted, marker or not. Calls: at most 1 GET /user per client, 1+ GET comments, then at most 1 DELETE comment
 * (with an installation token, 1 more for each other App's comment GitHub refuses, 403).
 */
export async function deleteStickyComment(client: GitHubClient, request: Omit<StickyCommentRequest, "body">): Promise<boolean> {
  const deleted = await onFirstWritable(client, request, async (id) => {
    await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: id });
    return true;
  });
  return deleted ?? false;
}
