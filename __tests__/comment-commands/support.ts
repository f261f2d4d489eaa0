import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The first `issue_comment` `created` example of @octokit/webhooks-examples (a comment on a plain issue). */
function exampleComment(): Record<string, unknown> {
  const file = require.resolve("@octokit/webhooks-examples/api.github.com/index.json");
  const all = JSON.parse(readFileSync(file, "utf8")) as { name: string; examples: Record<string, unknown>[] }[];
  const example = all.find((e) => e.name === "issue_comment")?.examples.find((e) => e.action === "created");
  if (!example) throw new Error("no issue_comment created example in @octokit/webhooks-examples");
  return structuredClone(example);
}

export interface CommentPayloadOptions {
  body: string;
  commentId: number;
  pr?: number;
  login?: string;
  userType?: string;
  association?: string;
  action?: string;
  createdAt?: string;
  onPullRequest?: boolean;
}

/** The real example payload adapted to a PR-scoped variant (issue.pull_request set, as GitHub sends for PR comments). */
export function commentPayload(options: CommentPayloadOptions): Record<string, unknown> {
  const payload = exampleComment();
  const issue = payload.issue as Record<string, unknown>;
  const comment = payload.comment as Record<string, unknown>;
  const pr = options.pr ?? 7;
  payload.action = options.action ?? "created";
  issue.number = pr;
  if (options.onPullRequest !== false) {
    issue.pull_request = { url: `https://api.github.com/repos/o/r/pulls/${pr}`, html_url: `https://github.com/o/r/pull/${pr}`, diff_url: `https://github.com/o/r/pull/${pr}.diff`, patch_url: `https://github.com/o/r/pull/${pr}.patch`, merged_at: null };
  } else delete issue.pull_request;
  comment.id = options.commentId;
  comment.body = options.body;
  comment.author_association = options.association ?? "MEMBER";
  comment.created_at = options.createdAt ?? new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
  comment.user = { ...(comment.user as Record<string, unknown>), login: options.login ?? "alice", type: options.userType ?? "User" };
  return payload;
}
