import { isOurs, resolveTokenIdentity, writeFirstOurs } from "./identity.js";
import { MAX_COMMENT_LENGTH } from "./sticky-comment.js";
import type { GitHubClient } from "./octokit.js";

export const DRIFT_LABEL = "astro-ci:drift";

export interface DriftIssueRequest {
  owner: string;
  repo: string;
  /** Stable key of the Deployment (its id, else the entry's name): the hidden marker is `astro-ci:drift <key>`. */
  key: string;
  /** The Deployment's display name, for the title. */
  name: string;
  /** Markdown of the drift; undefined when there is none (the issue, if open, is closed). */
  body?: string;
  /**
   * Only issues opened by the token's own identity are ours, so a user pasting the marker cannot hijack one: by
   * default asked of GitHub once per client (`resolveTokenIdentity`, `isOurs`); a login given here wins (no call).
   */
  botLogin?: string;
}

export type DriftIssueAction = "created" | "updated" | "unchanged" | "reopened" | "closed" | "none";

const markerOf = (key: string): string => `<!-- astro-ci:drift ${key.replace(/--/g, "- -")} -->`;

/**
 * Keep one GitHub issue per Deployment in step with its drift: created when drift appears, edited when it changes
 * (reopened when it comes back), closed with a comment when it is gone. Found by the label `astro-ci:drift`, the
 * hidden marker and the author the token writes as (the PAT's user, or for GITHUB_TOKEN / a GitHub App token the App's
 * `<slug>[bot]`), so runs never duplicate it. Needs `issues: write`.
 * Calls: at most 1 GET /user per client (memoised; none with `botLogin`), 1+ GET issues (label, state all), then at
 * most one of POST issue (+ label check), PATCH issue, PATCH issue (closing) + POST comment. With an installation token
 * an issue of another App with our marker may come first: GitHub refuses the PATCH (403) and it is passed over (1 more
 * PATCH each), so a repository moving from GITHUB_TOKEN to an App token starts one new issue instead of failing.
 * Errors: Octokit's `HttpError` (classified by `classifyError`), including those of GET /user other than the 403 of
 * installation tokens.
 */
export async function syncDriftIssue(client: GitHubClient, request: DriftIssueRequest): Promise<{ action: DriftIssueAction; number?: number; url?: string }> {
  const marker = markerOf(request.key);
  const identity = await resolveTokenIdentity(client, request.botLogin);
  const title = `Drift: Astro Deployment ${request.name} differs from the repository`;
  let body: string | undefined;
  if (request.body !== undefined) {
    body = `${marker}\n${request.body}\n\n_Kept up to date by \`astro-ci drift\`; closed automatically when the drift is gone._`;
    if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - 200).replace(/\n[^\n]*$/, "") + "\n\n… truncated; see the workflow's job summary.";
  }
  const keep = async (existing: { number: number; state: string; body?: string | null; html_url: string }): Promise<{ action: DriftIssueAction; number?: number; url?: string }> => {
    const where = { owner: request.owner, repo: request.repo, issue_number: existing.number };
    if (body === undefined) {
      if (existing.state === "closed") return { action: "none", number: existing.number };
      await client.rest.issues.update({ ...where, state: "closed", state_reason: "completed" });
      await client.rest.issues.createComment({ ...where, body: `${marker}\nNo drift any more: the live Deployment matches the repository. Closing.` });
      return { action: "closed", number: existing.number, url: existing.html_url };
    }
    if (existing.state === "open" && existing.body === body) return { action: "unchanged", number: existing.number, url: existing.html_url };
    await client.rest.issues.update({ ...where, title, body, state: "open" });
    return { action: existing.state === "closed" ? "reopened" : "updated", number: existing.number, url: existing.html_url };
  };
  async function* ours(): AsyncGenerator<{ number: number; state: string; body?: string | null; html_url: string }> {
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { owner: request.owner, repo: request.repo, labels: DRIFT_LABEL, state: "all", per_page: 100, sort: "updated", direction: "desc" })) {
      for (const issue of page.data) if (!issue.pull_request && isOurs(issue, identity) && (issue.body ?? "").includes(marker)) yield issue;
    }
  }
  const kept = await writeFirstOurs(ours(), identity, keep);
  if (kept) return kept;
  if (body === undefined) return { action: "none" };
  await ensureLabel(client, request.owner, request.repo);
  const created = await client.rest.issues.create({ owner: request.owner, repo: request.repo, title, body, labels: [DRIFT_LABEL] });
  return { action: "created", number: created.data.number, url: created.data.html_url };
}

async function ensureLabel(client: GitHubClient, owner: string, repo: string): Promise<void> {
  try {
    await client.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await client.rest.issues.createLabel({ owner, repo, name: DRIFT_LABEL, color: "d93f0b", description: "A live Astro Deployment differs from the repository (astro-ci drift)" });
  }
}
