import type { Logger } from "../util/logger.js";

/** An error answer of the Astro API, with its message and request id; the token never appears in it. */
export class AstroApiError extends Error {
  override readonly name = "AstroApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly method: string,
    readonly path: string,
    readonly requestId?: string,
    readonly fieldErrors?: { field?: string; message?: string }[],
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface HttpDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const realHttpDeps: HttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface RequestOptions {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, string | number | string[] | undefined>;
  body?: unknown;
  /**
   * Safe to send again after a lost answer: reads, deletes, and full-replacement updates. A create is retried only
   * when the connection was refused before anything was sent.
   */
  idempotent: boolean;
}

/** `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function connectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === "ECONNREFUSED";
}

export interface AstroHttp {
  request<T>(options: RequestOptions): Promise<T>;
}

export function createAstroHttp(options: { baseUrl: string; token: string; timeoutMs: number; retry: RetryPolicy; deps: HttpDeps; logger: Logger }): AstroHttp {
  const base = options.baseUrl.replace(/\/+$/, "");
  return {
    async request<T>(request: RequestOptions): Promise<T> {
      const url = new URL(base + request.path);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
      }
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await options.deps.fetch(url, {
            method: request.method,
            headers: { authorization: `Bearer ${options.token}`, accept: "application/json", ...(request.body !== undefined ? { "content-type": "application/json" } : {}), "x-astro-client-identifier": "astro-ci" },
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            signal: AbortSignal.timeout(options.timeoutMs),
          });
        } catch (error) {
          const retryable = request.idempotent || connectionRefused(error);
          if (retryable && attempt < options.retry.attempts) {
            const delay = backoff(attempt, options.retry, options.deps.random);
            options.logger.debug(`${request.method} ${request.path}: ${(error as Error).message}; retry ${attempt} in ${delay} ms`);
            await options.deps.sleep(delay);
            continue;
          }
          const reason = (error as Error).name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1000} s` : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
          throw new AstroApiError(0, `${request.method} ${request.path} failed: ${reason}`, request.method, request.path);
        }
        if (response.ok) {
          const text = await response.text();
          return (text ? JSON.parse(text) : undefined) as T;
        }
        const retryable = response.status === 429 || response.status >= 500;
        if (retryable && request.idempotent && attempt < options.retry.attempts) {
          const wait = retryAfterMs(response.headers.get("retry-after"), Date.now()) ?? backoff(attempt, options.retry, options.deps.random);
          options.logger.debug(`${request.method} ${request.path}: ${response.status}; retry ${attempt} in ${wait} ms`);
          await response.text();
          await options.deps.sleep(Math.min(wait, 120_000));
          continue;
        }
        let body: { message?: string; requestId?: string; fieldErrors?: { field?: string; message?: string }[] } = {};
        try {
          body = (await response.json()) as typeof body;
        } catch {
          // not JSON: the status says enough
        }
        const hint = response.status === 401 || response.status === 403 ? " (check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace)" : "";
        throw new AstroApiError(
          response.status,
          `${request.method} ${request.path} → ${response.status}: ${body.message ?? response.statusText}${hint}${body.requestId ? ` [requestId ${body.requestId}]` : ""}`,
          request.method,
          request.path,
          body.requestId,
          body.fieldErrors,
        );
      }
    },
  };
}

/** Exponential backoff with full jitter. */
function backoff(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}
