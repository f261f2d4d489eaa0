import { ConfigurationError, ServiceError } from "../errors.js";
import type { Logger } from "../util/logger.js";
import { stripUrlCredentials } from "../util/git.js";
import { answerShapeProblem, type AnswerShape } from "./answers.js";
import { createSecretMask } from "../util/secret-mask.js";

/** An error answer of the Astro API, with its message and request id; the token never appears in it. */
export class AstroApiError extends ServiceError {
  override readonly name = "AstroApiError";
  constructor(
    status: number,
    message: string,
    readonly method: string,
    readonly path: string,
    readonly requestId?: string,
    readonly fieldErrors?: { field?: string; message?: string }[],
  ) {
    super(status, message);
  }
}

/**
 * An Astro API answer the client cannot use: HTML from a proxy, truncated JSON, an empty body, or JSON of the wrong
 * shape (an id, commit SHA or URL that is not one). Names the URL, the HTTP status and the first bytes. A fault of the
 * environment (a wrong ASTRO_API_URL, a proxy, an API fault), never a bug in astro-ci: a ConfigurationError (exit 2).
 */
export class AstroApiAnswerError extends ConfigurationError {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly problem: string,
    readonly firstBytes: string,
  ) {
    super(`the Astro API answered ${url} with HTTP ${status} and ${problem}; the answer begins ${firstBytes}`, {
      fix: "check that ASTRO_API_URL (or the domain input) points at the Astro API (default https://api.astronomer.io/v1) and that no proxy rewrites the answers; if it does, the Astro API is at fault: retry later",
    });
  }
}

/** The first bytes of an answer, printable (control characters escaped), for error messages. */
export function firstBytes(text: string, count = 120): string {
  return JSON.stringify(text.length > count ? `${text.slice(0, count)}…` : text);
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
  /**
   * The answer's expected shape (checked with answers.ts): a body that is empty, not JSON or of another shape is an
   * AstroApiAnswerError. Undefined: the answer is not read (deletes and other calls whose answer is unused).
   */
  shape?: AnswerShape;
}

/**
 * The most bytes of an answer the client reads (32 MiB): the largest page the API sends (100 Deployments with their
 * queues and variables) is well under 1 MiB. A longer body (a proxy's endless stream, a wrong URL serving a file) is an
 * AstroApiAnswerError instead of memory exhausted or a string Node cannot build (exit 3).
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** The most bytes of an error answer read for its message (64 KiB); the rest is dropped. */
const MAX_ERROR_ANSWER_BYTES = 64 * 1024;

/** A body longer than an answer can be; `head`: its first bytes, as read before giving up (may be empty). */
class AnswerTooLong extends Error {
  constructor(
    message: string,
    readonly head: string,
  ) {
    super(message);
  }
}

/** How many bytes of a body too long to hold are kept for the error message. */
const HEAD_BYTES = 120;

/**
 * An answer's body as text, at most `limit` bytes. `truncate`: cut it there (error answers, read for their message);
 * else a longer body throws AnswerTooLong. Never holds more than `limit` bytes (plus one chunk).
 */
async function readAnswer(response: Response, limit: number, truncate: boolean): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  const reader = response.body?.getReader();
  if (!truncate && Number.isFinite(declared) && declared > limit) {
    // Its first chunk only, for the message: whose answer it is.
    const first = reader ? await reader.read().catch(() => ({ value: undefined })) : { value: undefined };
    await reader?.cancel().catch(() => undefined);
    throw new AnswerTooLong(`${declared} bytes`, first.value ? Buffer.from(first.value).subarray(0, HEAD_BYTES).toString("utf8") : "");
  }
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      if (!truncate) throw new AnswerTooLong(`more than ${limit} bytes`, Buffer.concat(chunks.slice(0, 1)).subarray(0, HEAD_BYTES).toString("utf8"));
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

/** The longest wait between two tries of a request (a Retry-After above it ends the request at once, with why). */
const MAX_RETRY_WAIT_MS = 120_000;

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

/**
 * The one HTTP layer of the Astro API and Deployments' Airflow APIs: JSON in and out, the token as a bearer header,
 * retries with backoff (reads, idempotent writes, and any request answered 429, which the API did not carry out),
 * answers checked for shape and size (`maxBodyBytes`, default MAX_ANSWER_BYTES). Redirects are never followed: the
 * API does not redirect, and following one would send the request's body (connection passwords, secret values) to
 * whatever host it names. The token never appears in an error message, even when an answer echoes it.
 */
export function createAstroHttp(options: { baseUrl: string; token: string; timeoutMs: number; retry: RetryPolicy; deps: HttpDeps; logger: Logger; maxBodyBytes?: number }): AstroHttp {
  const base = options.baseUrl.replace(/\/+$/, "");
  const maxBodyBytes = options.maxBodyBytes ?? MAX_ANSWER_BYTES;
  // An answer (a proxy's page, an error message) may quote the Authorization header back: never pass it on.
  const tokenMask = createSecretMask();
  tokenMask.mask(options.token);
  const scrub = (error: unknown): unknown => {
    if (error instanceof Error) error.message = tokenMask.scrub(error.message);
    return error;
  };
  return {
    async request<T>(request: RequestOptions): Promise<T> {
      try {
        return await send<T>(request);
      } catch (error) {
        throw scrub(error);
      }
    },
  };

  async function send<T>(request: RequestOptions): Promise<T> {
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
          redirect: "manual",
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
      const shownUrl = stripUrlCredentials(url.toString());
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get("location") ?? "";
        let target = "no Location";
        try {
          const to = new URL(location, url);
          target = `${to.origin}${to.pathname}`;
        } catch {
          target = firstBytes(location, 80);
        }
        throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a redirect to ${target}, which astro-ci does not follow (the Astro API does not redirect; the request, its token and its body go to the URL configured only)`, firstBytes(location, 80));
      }
      if (response.ok) {
        let text: string;
        try {
          text = await readAnswer(response, maxBodyBytes, false);
        } catch (error) {
          if (error instanceof AnswerTooLong) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a body of ${error.message}, more than an Astro API answer can be (${maxBodyBytes} bytes at most)`, firstBytes(error.head));
          throw new AstroApiError(response.status, `${request.method} ${shownUrl}: the answer broke off (${(error as Error).message})`, request.method, request.path);
        }
        if (request.shape === undefined) {
          // No answer is needed, but one that is not the API's (a proxy's HTML login page with status 200) means the
          // request never reached Astro: an error, never a change taken for done. The API answers JSON or nothing.
          const trimmed = text.trim();
          if (trimmed && !/^[[{]/.test(trimmed)) {
            throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "a body that is not the Astro API's (not JSON)", firstBytes(text));
          }
          return undefined as T;
        }
        if (!text.trim()) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "an empty body where JSON was expected", '""');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a body that is not JSON (${(error as Error).message})`, firstBytes(text));
        }
        const problem = answerShapeProblem(request.shape, parsed);
        if (problem) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `JSON of the wrong shape: ${problem}`, firstBytes(text));
        return parsed as T;
      }
      // 429: the API refused the request before carrying it out, so even a create is safe to send again.
      const retryable = response.status === 429 || (response.status >= 500 && request.idempotent);
      if (retryable && attempt < options.retry.attempts) {
        const asked = retryAfterMs(response.headers.get("retry-after"), Date.now());
        // A wait longer than a run should sit through is said now, not slept through five times in silence.
        if (asked !== undefined && asked > MAX_RETRY_WAIT_MS) {
          await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
          throw new ServiceError(response.status, `${request.method} ${request.path} → ${response.status}: the Astro API asks to retry after ${Math.round(asked / 1000)} s (Retry-After), longer than astro-ci waits (${MAX_RETRY_WAIT_MS / 1000} s)`, "run again later (the API's rate limit for this token is spent), or use another token");
        }
        const wait = asked ?? backoff(attempt, options.retry, options.deps.random);
        const say = wait >= 5_000 ? options.logger.info.bind(options.logger) : options.logger.debug.bind(options.logger);
        say(`${request.method} ${request.path}: HTTP ${response.status}; retry ${attempt} of ${options.retry.attempts - 1} in ${Math.round(wait / 100) / 10} s${asked !== undefined ? " (the API's Retry-After)" : ""}`);
        await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
        await options.deps.sleep(Math.min(wait, MAX_RETRY_WAIT_MS));
        continue;
      }
      let body: { message?: string; requestId?: string; fieldErrors?: { field?: string; message?: string }[] } = {};
      const text = await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
      // The API answers a missing object with a JSON 404. A 404 that is not JSON (a web server's page: ASTRO_API_URL
      // without /v1, a proxy) says nothing of the object, so callers must not read it as "no such Deployment".
      if (response.status === 404 && !/^\s*[[{]/.test(text)) {
        throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, text.trim() ? "a body that is not the Astro API's (not JSON)" : "an empty body where the API's JSON error was expected", firstBytes(text));
      }
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === "object") body = parsed as typeof body;
      } catch {
        // Not JSON (a proxy's HTML page): the first bytes say whose answer it is.
        if (text.trim()) body = { message: `${response.statusText || "error"}; the answer is not JSON and begins ${firstBytes(text)}` };
      }
      const hint = response.status === 401 || response.status === 403 ? " (check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace)" : "";
      throw new AstroApiError(
        response.status,
        `${request.method} ${request.path} → ${response.status}: ${typeof body.message === "string" ? body.message : response.statusText}${hint}${body.requestId ? ` [requestId ${body.requestId}]` : ""}`,
        request.method,
        request.path,
        body.requestId,
        body.fieldErrors,
      );
    }
  }
}

/** The most pages a list reads (100 items each): far above any organization, finite whatever the API answers. */
export const MAX_PAGES = 1000;

/**
 * Every item of a paginated list (`limit`/`offset`/`totalCount`), one page after the other. Ends when a page is empty,
 * `totalCount` is reached, or (an API that gives no total, like Airflow's without `total_entries`) a page is short; an API whose pages do not advance (the same items again at every offset) or never end
 * (beyond MAX_PAGES) is an AstroApiAnswerError, never an endless loop. Items seen twice (a list that shifted between
 * two reads) are kept once.
 */
export async function readAllPages<T>(what: string, readPage: (offset: number) => Promise<{ items: T[]; totalCount?: number }>, key: (item: T) => string | undefined, pageSize = 100): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  for (let offset = 0, pages = 0; ; pages++) {
    if (pages >= MAX_PAGES) throw new AstroApiAnswerError(`GET ${what}`, 200, `more than ${MAX_PAGES} pages (${offset} items read and the list goes on)`, '"…"');
    const page = await readPage(offset);
    let added = 0;
    for (const item of page.items) {
      const id = key(item);
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      all.push(item);
      added++;
    }
    if (page.items.length && !added) throw new AstroApiAnswerError(`GET ${what}?offset=${offset}`, 200, `a page of ${page.items.length} items all already read at a lower offset: the pages do not advance`, firstBytes(JSON.stringify(page.items.slice(0, 1))));
    offset += page.items.length;
    if (page.items.length === 0 || (page.totalCount !== undefined ? offset >= page.totalCount : page.items.length < pageSize)) return all;
  }
}

/** Exponential backoff with full jitter. */
function backoff(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}
