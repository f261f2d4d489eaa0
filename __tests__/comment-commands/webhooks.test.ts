import { describe, expect, it } from "vitest";
import { commentPayload, webhookSchemaErrors, type CommentPayloadOptions } from "./support.js";

describe("adapted webhook payloads are payloads GitHub can send (@octokit/openapi-webhooks)", () => {
  it.each([
    ["issue-comment-created", { action: "created" }],
    ["issue-comment-edited", { action: "edited" }],
    ["issue-comment-deleted", { action: "deleted" }],
    ["issue-comment-created", { onPullRequest: false }],
    ["issue-comment-created", { login: "renovate[bot]", userType: "Bot", association: "NONE" }],
    ["issue-comment-created", { association: "FIRST_TIME_CONTRIBUTOR", body: "/astro deploy $(id)\n`x`" }],
  ] as [string, Partial<CommentPayloadOptions>][])("%s %j", async (webhook, options) => {
    const payload = commentPayload({ body: "/astro deploy staging", commentId: 42, ...options });
    if (options.action === "edited") payload.changes = { body: { from: "/astro help" } };
    expect(await webhookSchemaErrors(webhook, payload)).toEqual([]);
  });
  it("the check is live: a payload without a comment id is rejected", async () => {
    const payload = commentPayload({ body: "/astro help", commentId: 42 });
    delete (payload.comment as Record<string, unknown>).id;
    expect((await webhookSchemaErrors("issue-comment-created", payload)).length).toBeGreaterThan(0);
  });
});
