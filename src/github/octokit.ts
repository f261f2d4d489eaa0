import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { requireApiUrl } from "../util/api-url.js";
import type { Logger } from "../util/logger.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

const ThrottledOctokit = Octokit.plugin(retry, throttling);
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

/** One Octokit for every GitHub call: retries on server errors, waits out rate limits twice, then gives up. */
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
