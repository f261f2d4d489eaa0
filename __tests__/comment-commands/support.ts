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
  // Newer GitHub payloads always carry this key (null for comments not made by an app).
  // Keys newer GitHub payloads always carry, missing from the older example.
  const reactions = (url: string) => ({ url, total_count: 0, "+1": 0, "-1": 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 });
  comment.performed_via_github_app ??= null;
  comment.reactions ??= reactions(`https://api.github.com/repos/o/r/issues/comments/${options.commentId}/reactions`);
  issue.active_lock_reason ??= null;
  issue.reactions ??= reactions(`https://api.github.com/repos/o/r/issues/${pr}/reactions`);
  for (const label of (issue.labels as Record<string, unknown>[] | undefined) ?? []) label.description ??= null;
  comment.body = options.body;
  comment.author_association = options.association ?? "MEMBER";
  comment.created_at = options.createdAt ?? new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
  comment.user = { ...(comment.user as Record<string, unknown>), login: options.login ?? "alice", type: options.userType ?? "User" };
  return payload;
}

/**
 * Validate a payload against GitHub's webhook description (@octokit/openapi-webhooks, OpenAPI 3.1) for
 * `issue-comment-<action>`, `pull-request-closed`...: the adapted variants must stay payloads GitHub can send.
 * Returns the validator's error messages (empty when valid).
 */
type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
type WebhookDoc = { components: object; webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }> };
let validators: { doc: WebhookDoc; ajv: { compile(schema: object): Validate }; cache: Map<string, Validate> } | undefined;

export async function webhookSchemaErrors(webhook: string, payload: unknown): Promise<string[]> {
  const { default: Ajv2020 } = (await import("ajv/dist/2020.js")) as unknown as { default: new (o: object) => { compile(schema: object): Validate } };
  const addFormats = ((await import("ajv-formats")) as unknown as { default: (a: unknown) => void }).default;
  validators ??= (() => {
    const doc = JSON.parse(readFileSync(require.resolve("@octokit/openapi-webhooks/generated/api.github.com.json"), "utf8")) as WebhookDoc;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    return { doc, ajv, cache: new Map<string, Validate>() };
  })();
  let validate = validators.cache.get(webhook);
  if (!validate) {
    const entry = validators.doc.webhooks[webhook];
    if (!entry) throw new Error(`no webhook ${webhook} in @octokit/openapi-webhooks`);
    validate = validators.ajv.compile({ ...entry.post.requestBody.content["application/json"]?.schema, components: validators.doc.components });
    validators.cache.set(webhook, validate);
  }
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

/**
 * A real `pull_request` `closed` webhook payload of GitHub's (@octokit/webhooks-examples), for pull request `pr` of
 * o/r: what the comment-command workflow receives when a PR closes (its locks are released).
 */
export function closedPullRequestPayload(pr: number): Record<string, unknown> & { number: number; pull_request: Record<string, unknown> } {
  const examples = require("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];
  const found = examples.find((e) => e.name === "pull_request")?.examples.find((x) => x.action === "closed");
  if (!found) throw new Error("@octokit/webhooks-examples has no pull_request closed payload");
  const event = structuredClone(found) as Record<string, unknown> & { number: number; pull_request: Record<string, unknown>; repository: Record<string, unknown> };
  event.number = pr;
  event.pull_request.number = pr;
  event.repository.full_name = "o/r";
  return event;
}
