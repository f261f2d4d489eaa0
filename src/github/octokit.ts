import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { RequestError } from "@octokit/request-error";
import { ServiceError } from "../errors.js";
import { requireApiUrl } from "../util/api-url.js";
import type { Logger } from "../util/logger.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

/**
 * Octokit plugin: redirects are refused, never followed. fetch follows them by default and sends the request again to
 * the Location's host, body included (undici drops only the authorization header across origins); the GitHub REST
 * calls astro-ci makes do not redirect, so an answer that does is a wrong GITHUB_API_URL or something in between,
 * and the Astro client refuses them the same way (src/astro/http.ts). Every request asks fetch for
 * `redirect: "manual"`, which hands the 3xx answer back as it is; Octokit takes any status below 400 but 304 for
 * success, so a 3xx is turned into Octokit's own `RequestError` here (name `HttpError`, the 3xx `status`, the
 * `request` made, the `response`), which src/errors.ts classifies as the environment's (exit 2, fix: check
 * GITHUB_API_URL); its message names the Location's origin and path only. Applied before the retry and throttling
 * plugins: they see every other status as before, and a status below 400 is neither retried nor a rate limit.
 */
const refuseRedirects: Parameters<typeof Octokit.plugin>[number] = (octokit) => {
  octokit.hook.before("request", (options) => {
    // An absolute URL (pagination follows the answer's `Link` header) must lie under GITHUB_API_URL: the token is sent
    // with it, and a Link to another host is the same thing as a redirect.
    if (/^[a-z][a-z0-9+.-]*:/i.test(options.url) && !underBase(options.url, options.baseUrl)) {
      throw new ServiceError(
        502,
        `the GitHub API answered with a link to ${originAndPath(options.url)}, outside GITHUB_API_URL (${originAndPath(options.baseUrl)}), which astro-ci does not follow: its requests and token go to GITHUB_API_URL only`,
        "check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server) and any proxy in between that rewrites the API's Link headers",
      );
    }
    // A new object: the `request` defaults are shared by every call.
    options.request = { ...options.request, redirect: "manual" };
  });
  octokit.hook.after("request", (response, options) => {
    if (response.status < 300 || response.status >= 400 || response.status === 304) return;
    const location = String(response.headers.location ?? "");
    let target = "no Location";
    if (location) {
      try {
        target = originAndPath(new URL(location, response.url).href);
      } catch {
        target = `'${location.slice(0, 80)}'`;
      }
    }
    throw new RequestError(
      `a redirect to ${target}, which astro-ci does not follow (the GitHub API does not redirect these calls; the request, its token and its body go to GITHUB_API_URL only)`,
      response.status,
      { request: { method: options.method, url: response.url, headers: {} }, response },
    );
  });
};

/** `url`'s origin and path (no query, no credentials), or a quoted start of it when it is no URL. */
function originAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return `'${url.slice(0, 80)}'`;
  }
}

/** True when absolute `url` has `base`'s origin and lies under its path (`https://ghe.corp/api/v3` → `/api/v3/...`). */
function underBase(url: string, base: string): boolean {
  try {
    const to = new URL(url);
    const from = new URL(base);
    const prefix = from.pathname.replace(/\/+$/, "");
    return to.origin === from.origin && (to.pathname === prefix || to.pathname.startsWith(`${prefix}/`) || prefix === "");
  } catch {
    return false;
  }
}

const ThrottledOctokit = Octokit.plugin(refuseRedirects, retry, throttling);
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

export interface CreateOctokitOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl?: string;
  logger: Logger;
  /** Retries of failed requests (5xx, network); 429/403 rate limits are handled by the throttling plugin. */
  retries?: number;
  /** Base delay of retries in seconds; tests make it tiny. */
  retryAfterBaseValue?: number;
  /**
   * GitHub asks integrations to space content-creating requests about a second apart; the throttling plugin does
   * that. Unit tests against the emulator turn it off to stay fast.
   */
  spaceOutWrites?: boolean;
}

export const DEFAULT_GITHUB_API_URL = "https://api.github.com";

/**
 * GITHUB_API_URL (the runner sets it) checked as every token-bearing URL is (src/util/api-url.ts): https, or plain
 * http to localhost only, and no `user:password@`; exit 2 with the fix, the password never shown. Without a trailing
 * slash.
 */
export function requireGitHubApiUrl(value: string): string {
  return requireApiUrl(value, {
    name: "GITHUB_API_URL",
    token: "the GitHub token",
    httpsExample: `${DEFAULT_GITHUB_API_URL}, or https://HOST/api/v3 on GitHub Enterprise Server`,
    notUrlFix: `the runner sets it: unset it for ${DEFAULT_GITHUB_API_URL}, or give https://HOST/api/v3 on GitHub Enterprise Server`,
    credentialsFix: "the GitHub API is authenticated by the github-token input (or GITHUB_TOKEN) alone",
  }).replace(/\/+$/, "");
}

/**
 * One Octokit for every GitHub call: retries on server errors, waits out rate limits twice, then gives up; a redirect
 * is a `RequestError` (HTTP 3xx), never followed.
 */
export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const { logger } = options;
  return new ThrottledOctokit({
    auth: options.token,
    baseUrl: requireGitHubApiUrl(options.baseUrl || process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL),
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.debug(m), error: (m: string) => logger.debug(m) },
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 422, 451] },
    request: { retryAfterBaseValue: options.retryAfterBaseValue },
    throttle: {
      enabled: options.spaceOutWrites !== false,
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        logger.warning(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        logger.warning(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < 2;
      },
    },
  });
}
