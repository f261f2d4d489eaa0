import { ConfigurationError } from "../errors.js";
import type { GitHubClient } from "./octokit.js";

/** The login `GITHUB_TOKEN` writes as; also what the installation rule keeps accepting (see {@link isOurs}). */
export const DEFAULT_BOT_LOGIN = "github-actions[bot]";

/**
 * Who a token writes comments and issues as:
 * - `user`: `GET /user` answered, so the token acts as that account (a classic or fine-grained personal access token,
 *   an OAuth token, a GitHub App's user-to-server token): what it writes has `user.login === login`.
 * - `installation`: `GET /user` answered 403 ("Resource not accessible by integration"), which is what installation
 *   tokens get: `GITHUB_TOKEN` (the `github-actions` App) and the tokens of a GitHub App installation
 *   (`actions/create-github-app-token`). What they write is authored by the App's bot account `<slug>[bot]`.
 * - `login`: a login the caller named (`botLogin`); no call is made.
 */
export type TokenIdentity = { kind: "user"; login: string } | { kind: "installation" } | { kind: "login"; login: string };

/** The fields of an issue or issue comment (REST answers of GitHub) the ownership rule reads. */
export interface AuthoredItem {
  user?: { login?: unknown; type?: unknown } | null;
  performed_via_github_app?: { slug?: unknown } | null;
}

const identities = new WeakMap<GitHubClient, Promise<TokenIdentity>>();

/**
 * The identity this client's token acts as, asked once per client (memoised; a failed attempt is not kept, so a later
 * call asks again). `botLogin`, when given, wins and costs no call.
 *
 * Calls: at most 1 `GET /user` (octokit `users.getAuthenticated`) per client.
 * Errors: a 403 that is not a rate limit means an installation token (not an error); any other failure (401, a
 * rate-limited 403, 404, 5xx, no answer) is rethrown as Octokit's `HttpError`, which `classifyError` (src/errors.ts)
 * reports as the environment's fault (exit 2, naming `GET …/user` and the fix). A 200 without a login string is a
 * `ConfigurationError` (not a GitHub API at GITHUB_API_URL).
 * Source: GitHub REST "Get the authenticated user" (`users/get-authenticated` in @octokit/openapi 23.0.2).
 */
export function resolveTokenIdentity(client: GitHubClient, botLogin?: string): Promise<TokenIdentity> {
  if (botLogin !== undefined) return Promise.resolve({ kind: "login", login: botLogin });
  let identity = identities.get(client);
  if (!identity) {
    identity = askGitHub(client);
    identities.set(client, identity);
    identity.catch(() => identities.delete(client));
  }
  return identity;
}

async function askGitHub(client: GitHubClient): Promise<TokenIdentity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    const login = (data as { login?: unknown }).login;
    if (typeof login !== "string" || !/^[^\s]{1,100}$/.test(login)) {
      throw new ConfigurationError(`the GitHub API answered GET /user without a valid login (${JSON.stringify(login)?.slice(0, 60) ?? "none"})`, {
        fix: "check GITHUB_API_URL: it must be https://api.github.com or a GitHub Enterprise Server's https://HOST/api/v3",
      });
    }
    return { kind: "user", login };
  } catch (error) {
    if (isIntegrationRefusal(error)) return { kind: "installation" };
    throw error;
  }
}

/**
 * GitHub answers `GET /user` with 403 "Resource not accessible by integration" to installation tokens. A 403 that is a
 * rate limit (`x-ratelimit-remaining: 0`, or a "rate limit" message, once the throttling plugin gave up) is a failure,
 * not an identity. The wording is not matched beyond that, so a GITHUB_TOKEN keeps working if GitHub rephrases it.
 */
function isIntegrationRefusal(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== "HttpError") return false;
  const { status, response } = error as { status?: unknown; response?: { headers?: Record<string, unknown> } };
  if (status !== 403) return false;
  if (response?.headers?.["x-ratelimit-remaining"] === "0") return false;
  return !/rate limit/i.test(error.message);
}

/**
 * A 403 on writing to (PATCH, DELETE) an issue or comment `isOurs` took for ours under an installation token: GitHub
 * lets an App edit only what it wrote ("Resource not accessible by integration"), so it was another App's. The caller
 * passes it over. Any other error, or any error under a known login, is not this.
 */
export function isAnotherAppsRefusal(error: unknown, identity: TokenIdentity): boolean {
  return identity.kind === "installation" && isIntegrationRefusal(error);
}

/**
 * Whether an issue or issue comment (as listed by the REST API) was written by `identity`, so that astro-ci may edit,
 * close or delete it. A body with our hidden marker is not enough: anyone can paste a marker.
 * - `user` / `login`: `user.login` equals the login (as before: an exact login).
 * - `installation`: `user.type === "Bot"` and `user.login === performed_via_github_app.slug + "[bot]"` — the App wrote
 *   it as itself. A person cannot author as a Bot account; a person writing through an App (user-to-server token) is
 *   the author (`type: "User"`) with the App in `performed_via_github_app`, so that is refused; a bot comment without
 *   the App attribution is refused. `github-actions[bot]` (type Bot) stays accepted whatever `performed_via_github_app`
 *   says, as it was before this rule (it is GITHUB_TOKEN's own account; no person can write as it).
 *   An installation token cannot learn its App's slug over REST (`GET /app` needs the App's JWT), so any App's bot
 *   comment carrying our marker counts: only an App installed on the repository could have written one, and GitHub
 *   refuses an App to edit or delete another App's comment (403), which the callers pass over
 *   ({@link isAnotherAppsRefusal}). A person's comment is never taken, whatever the token.
 * Both fields are in the answers of "List issue comments" and "List repository issues" (`issue-comment` and `issue`
 * schemas of GitHub's OpenAPI description: `user` a simple-user with `login` and `type`, `performed_via_github_app` a
 * nullable integration with `slug`).
 */
export function isOurs(item: AuthoredItem, identity: TokenIdentity): boolean {
  const login = item.user?.login;
  if (typeof login !== "string") return false;
  if (identity.kind !== "installation") return login === identity.login;
  if (item.user?.type !== "Bot") return false;
  if (login === DEFAULT_BOT_LOGIN) return true;
  const slug = item.performed_via_github_app?.slug;
  return typeof slug === "string" && slug !== "" && login === `${slug}[bot]`;
}

/**
 * Apply `write` (an edit, a close, a delete) to the first of `candidates` (items `isOurs` took for ours, in the order
 * to try them) that GitHub lets this identity write to; undefined when there is none. Under an installation token a
 * candidate may be another App's (see `isOurs`): GitHub refuses that write (403), and the candidate is passed over
 * (`isAnotherAppsRefusal`). Any other error is thrown.
 */
export async function writeFirstOurs<Item, Result>(candidates: AsyncIterable<Item>, identity: TokenIdentity, write: (item: Item) => Promise<Result>): Promise<Result | undefined> {
  for await (const candidate of candidates) {
    try {
      return await write(candidate);
    } catch (error) {
      if (!isAnotherAppsRefusal(error, identity)) throw error;
    }
  }
  return undefined;
}
