import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/github/sticky-comment.ts
var MAX_COMMENT_LENGTH = 65536;
var DEFAULT_BOT_LOGIN = "github-actions[bot]";
var markerComment = (marker) => `<!-- ${marker} -->`;
async function findSticky(client, request) {
  const login = request.botLogin ?? DEFAULT_BOT_LOGIN;
  const tag = markerComment(request.marker);
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100
  })) {
    const match = page.data.find((c) => c.user?.login === login && (c.body ?? "").includes(tag));
    if (match) return { id: match.id, html_url: match.html_url };
  }
  return void 0;
}
async function upsertStickyComment(client, request) {
  const tag = markerComment(request.marker);
  const pointer = "\n\n\u2026 truncated; see the check run or job summary for everything.";
  let body = `${tag}
${request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - pointer.length).replace(/\n[^\n]*$/, "") + pointer;
  const existing = await findSticky(client, request);
  if (existing) {
    const updated = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { action: "updated", id: updated.data.id, htmlUrl: updated.data.html_url };
  }
  const created = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body });
  return { action: "created", id: created.data.id, htmlUrl: created.data.html_url };
}
async function hasStickyComment(client, request) {
  return await findSticky(client, request) !== void 0;
}

export {
  MAX_COMMENT_LENGTH,
  DEFAULT_BOT_LOGIN,
  upsertStickyComment,
  hasStickyComment
};
