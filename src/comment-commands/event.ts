import { isPositiveInteger } from "../github/context.js";
import type { PermissionLevel } from "./settings.js";

/** A newly created comment on a pull request, its shape checked. */
export interface PullRequestComment {
  kind: "comment";
  commentId: number;
  body: string;
  /** ISO time the comment was created. */
  createdAt: string;
  login: string;
  authorAssociation: string;
  pr: number;
}

export type ClassifiedEvent =
  | PullRequestComment
  | { kind: "closed"; pr: number }
  | { kind: "ignore"; reason: string };

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Decide what a webhook event asks of the comment-command handler, reading nothing but the payload.
 * Only `issue_comment` `created` on a pull request by a non-bot is a comment to parse; `pull_request` (or
 * `pull_request_target`) `closed` releases the PR's locks; everything else (edits, deletions, plain issues, bots, malformed payloads) is ignored.
 */
export function classifyEvent(eventName: string, payload: unknown): ClassifiedEvent {
  const p = (payload ?? {}) as Record<string, unknown>;
  // `pull_request_target` too, for `closed` only: a fork PR's `pull_request` run gets a read-only token, which cannot
  // delete the lock refs, while `pull_request_target` runs the base branch's workflow with its token. Releasing locks
  // reads nothing of the PR but its number (no checkout, no code of the PR runs), which is what makes that safe.
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = (p.pull_request ?? {}) as Record<string, unknown>;
    if (p.action === "closed" && isPositiveInteger(pr.number)) return { kind: "closed", pr: pr.number };
    return { kind: "ignore", reason: typeof p.action === "string" ? `${eventName} ${p.action} is not handled (only closed, which releases the PR's locks)` : `the ${eventName} event payload has no action: nothing to do` };
  }
  if (eventName !== "issue_comment") return { kind: "ignore", reason: `event ${eventName} is not handled` };
  if (p.action !== "created") return { kind: "ignore", reason: `issue_comment ${String(p.action)}: only new comments run commands` };
  const issue = (p.issue ?? {}) as Record<string, unknown>;
  const comment = (p.comment ?? {}) as Record<string, unknown>;
  const user = (comment.user ?? {}) as Record<string, unknown>;
  if (!issue.pull_request || typeof issue.pull_request !== "object") return { kind: "ignore", reason: "the comment is on an issue, not a pull request" };
  if (typeof user.login !== "string" || !LOGIN.test(user.login)) return { kind: "ignore", reason: "the comment has no valid author login" };
  if (user.type === "Bot" || user.login.endsWith("[bot]")) return { kind: "ignore", reason: "comments by bots are ignored" };
  if (!isPositiveInteger(issue.number) || !isPositiveInteger(comment.id)) return { kind: "ignore", reason: "the payload has no valid issue number or comment id" };
  if (typeof comment.body !== "string") return { kind: "ignore", reason: "the comment has no body" };
  // A time-shaped text that is no time (month 13) parses to NaN, and no commit time is "later" than NaN: the
  // head-moved rule would pass whatever was pushed.
  if (typeof comment.created_at !== "string" || !ISO_TIME.test(comment.created_at) || Number.isNaN(Date.parse(comment.created_at))) return { kind: "ignore", reason: "the comment has no valid created_at" };
  return {
    kind: "comment",
    commentId: comment.id,
    body: comment.body,
    createdAt: comment.created_at,
    login: user.login,
    authorAssociation: typeof comment.author_association === "string" ? comment.author_association : "NONE",
    pr: issue.number,
  };
}

/** Read a permission answer (`role_name`, else the legacy `permission`) into a level; unknown values count as none. */
export function permissionFromApi(answer: { permission?: unknown; role_name?: unknown }): PermissionLevel {
  const known = ["none", "read", "triage", "write", "maintain", "admin"];
  if (typeof answer.role_name === "string" && known.includes(answer.role_name)) return answer.role_name as PermissionLevel;
  if (typeof answer.permission === "string" && known.includes(answer.permission)) return answer.permission as PermissionLevel;
  return "none";
}
