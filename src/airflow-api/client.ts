import { AstroApiError, createAstroHttp, readAllPages, realHttpDeps, type HttpDeps } from "../astro/http.js";
import type { Deployment } from "../astro/types.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../util/logger.js";
import { isLoopbackHost } from "../util/loopback.js";

/** A pool as Airflow's REST API returns it (Airflow 2.10 `/api/v1/pools`, Airflow 3 `/api/v2/pools`). */
export interface AirflowPool {
  name: string;
  slots: number;
  description?: string | null;
  include_deferred?: boolean;
}

/** The parts of a Deployment's Airflow REST API astro-ci uses. */
export interface AirflowApiClient {
  /** The API base, e.g. `https://<host>/<id>/api/v1`. */
  baseUrl: string;
  /** Every pool, read page by page (`limit`/`offset` until a short page or `total_entries`). */
  listPools(): Promise<AirflowPool[]>;
  /** `POST /pools`; a 409 (it appeared meanwhile) becomes a `PATCH`. */
  createPool(pool: AirflowPool): Promise<void>;
  /** `PATCH /pools/{name}` with slots, description and include_deferred. */
  updatePool(pool: AirflowPool): Promise<void>;
  /** `DELETE /pools/{name}`; an absent pool is not an error. */
  deletePool(name: string): Promise<void>;
}

/**
 * The base URL of a Deployment's Airflow REST API: `https://` + `webServerAirflowApiUrl` without its query string (Astro
 * gives it scheme-less, `…/api/v1` on Airflow 2 and `…/api/v2` on Airflow 3); a value that already carries a scheme is
 * used as it is.
 * @throws ConfigurationError when the Deployment has no such URL or it is not a URL.
 */
export function airflowApiBase(deployment: Pick<Deployment, "name" | "webServerAirflowApiUrl">): string {
  const raw = deployment.webServerAirflowApiUrl?.trim();
  if (!raw) throw new ConfigurationError(`Deployment '${deployment.name}' has no Airflow API URL (webServerAirflowApiUrl)`, { fix: "check that the Deployment is running" });
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL that is not a URL`, { fix: "report this answer of the Astro API" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL with scheme ${url.protocol}`, { fix: "report this answer of the Astro API" });
  // The Astro token goes with every request: never in plain text across the network (a local emulator aside).
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL that is plain http (http://${url.host}): astro-ci does not send the Astro API token there unencrypted`, { fix: "check ASTRO_API_URL points at the Astro API (Astro gives scheme-less https hosts); report this answer of the Astro API" });
  }
  // Credentials in the URL are no part of an Astro answer: refused as ASTRO_API_URL's are, never silently dropped.
  if (url.username || url.password) {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL with a user:password@ part (${url.host}): astro-ci does not send the Astro API token there`, { fix: "check ASTRO_API_URL points at the Astro API; report this answer of the Astro API" });
  }
  url.search = "";
  url.hash = "";
  return url.toString().replace(/\/+$/, "");
}

/** A client for one Deployment's Airflow REST API with the Astro API token (Astro accepts it there). */
export function createAirflowApiClient(options: { deployment: Pick<Deployment, "name" | "webServerAirflowApiUrl">; token: string; logger: Logger; deps?: Partial<HttpDeps>; timeoutMs?: number }): AirflowApiClient {
  const baseUrl = airflowApiBase(options.deployment);
  const http = createAstroHttp({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger,
  });
  const client: AirflowApiClient = {
    baseUrl,
    async listPools() {
      const pools = await readAllPages(
        `${baseUrl}/pools`,
        async (offset) => {
          // The answer's shape is checked at the boundary (astro/answers.ts): a pools list of named, numbered pools.
          const page = await http.request<{ pools: AirflowPool[]; total_entries?: number }>({ method: "GET", path: "/pools", query: { limit: 100, offset }, idempotent: true, shape: "airflowPoolPage" });
          return { items: page.pools, totalCount: typeof page.total_entries === "number" ? page.total_entries : undefined };
        },
        (pool) => pool.name,
      );
      return pools.map((pool) => ({ name: pool.name, slots: pool.slots, description: pool.description ?? null, include_deferred: pool.include_deferred }));
    },
    async createPool(pool) {
      try {
        // Not retried blindly: a lost answer is caught by the 409 below on the next run.
        await http.request({ method: "POST", path: "/pools", body: poolBody(pool), idempotent: false });
      } catch (error) {
        if (error instanceof AstroApiError && error.status === 409) return client.updatePool(pool);
        throw error;
      }
    },
    async updatePool(pool) {
      await http.request({ method: "PATCH", path: poolPath(pool.name), body: poolBody(pool), idempotent: true });
    },
    async deletePool(name) {
      try {
        await http.request({ method: "DELETE", path: poolPath(name), idempotent: true });
      } catch (error) {
        if (error instanceof AstroApiError && error.status === 404) return;
        throw error;
      }
    },
  };
  return client;
}

/** `/pools/{name}`; `.` and `..` would be read as path segments (another endpoint), so they are refused. */
function poolPath(name: string): string {
  if (name === "." || name === "..") throw new ConfigurationError(`the pool name '${name}' cannot be addressed through Airflow's REST API (/pools/${name} is read as a path segment)`, { fix: "rename the pool in the settings file or in the Airflow UI" });
  return `/pools/${encodeURIComponent(name)}`;
}

function poolBody(pool: AirflowPool): Record<string, unknown> {
  return { name: pool.name, slots: pool.slots, description: pool.description ?? null, ...(pool.include_deferred !== undefined ? { include_deferred: pool.include_deferred } : {}) };
}
