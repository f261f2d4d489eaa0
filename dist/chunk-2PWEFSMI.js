import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/github/identity.ts
var DEFAULT_BOT_LOGIN = "github-actions[bot]";
var identities = /* @__PURE__ */ new WeakMap();
function resolveTokenIdentity(client, botLogin) {
  if (botLogin !== void 0) return Promise.resolve({ kind: "login", login: botLogin });
  let identity = identities.get(client);
  if (!identity) {
    identity = askGitHub(client);
    identities.set(client, identity);
    identity.catch(() => identities.delete(client));
  }
  return identity;
}
async function askGitHub(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    const login = data.login;
    if (typeof login !== "string" || !/^[^\s]{1,100}$/.test(login)) {
      throw new ConfigurationError(`the GitHub API answered GET /user without a valid login (${JSON.stringify(login)?.slice(0, 60) ?? "none"})`, {
        fix: "check GITHUB_API_URL: it must be https://api.github.com or a GitHub Enterprise Server's https://HOST/api/v3"
      });
    }
    return { kind: "user", login };
  } catch (error) {
    if (isIntegrationRefusal(error)) return { kind: "installation" };
    throw error;
  }
}
function isIntegrationRefusal(error) {
  if (!(error instanceof Error) || error.name !== "HttpError") return false;
  const { status, response } = error;
  if (status !== 403) return false;
  if (response?.headers?.["x-ratelimit-remaining"] === "0") return false;
  return !/rate limit/i.test(error.message);
}
function isAnotherAppsRefusal(error, identity) {
  return identity.kind === "installation" && isIntegrationRefusal(error);
}
function isOurs(item, identity) {
  const login = item.user?.login;
  if (typeof login !== "string") return false;
  if (identity.kind !== "installation") return login === identity.login;
  if (item.user?.type !== "Bot") return false;
  if (login === DEFAULT_BOT_LOGIN) return true;
  const slug = item.performed_via_github_app?.slug;
  return typeof slug === "string" && slug !== "" && login === `${slug}[bot]`;
}
async function writeFirstOurs(candidates, identity, write) {
  for await (const candidate of candidates) {
    try {
      return await write(candidate);
    } catch (error) {
      if (!isAnotherAppsRefusal(error, identity)) throw error;
    }
  }
  return void 0;
}

// src/github/sticky-comment.ts
var MAX_COMMENT_LENGTH = 65536;
var markerComment = (marker) => `<!-- ${marker} -->`;
async function* stickies(client, request) {
  const identity = await resolveTokenIdentity(client, request.botLogin);
  const tag = markerComment(request.marker);
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100
  })) {
    for (const c of page.data) if (isOurs(c, identity) && (c.body ?? "").includes(tag)) yield { id: c.id, html_url: c.html_url };
  }
}
async function onFirstWritable(client, request, write) {
  return writeFirstOurs(stickies(client, request), await resolveTokenIdentity(client, request.botLogin), (comment) => write(comment.id));
}
async function upsertStickyComment(client, request) {
  const tag = markerComment(request.marker);
  const pointer = "\n\n\u2026 truncated; see the check run or job summary for everything.";
  let body = `${tag}
${request.scrub ? request.scrub(request.body) : request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - pointer.length).replace(/\n[^\n]*$/, "") + pointer;
  const updated = await onFirstWritable(client, request, (id) => client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: id, body }));
  if (updated) return { action: "updated", id: updated.data.id, htmlUrl: updated.data.html_url };
  const created = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body });
  return { action: "created", id: created.data.id, htmlUrl: created.data.html_url };
}
async function hasStickyComment(client, request) {
  for await (const _comment of stickies(client, request)) return true;
  return false;
}

export {
  resolveTokenIdentity,
  isOurs,
  writeFirstOurs,
  MAX_COMMENT_LENGTH,
  upsertStickyComment,
  hasStickyComment
};
