import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  AstroApiError,
  createAstroHttp,
  isLoopbackHost,
  readAllPages,
  realHttpDeps
} from "./chunk-TVZGOAYF.js";
import {
  ConfigurationError
} from "./chunk-QT2UVWDD.js";

// src/airflow-api/client.ts
function airflowApiBase(deployment) {
  const raw = deployment.webServerAirflowApiUrl?.trim();
  if (!raw) throw new ConfigurationError(`Deployment '${deployment.name}' has no Airflow API URL (webServerAirflowApiUrl)`, { fix: "check that the Deployment is running" });
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL that is not a URL`, { fix: "report this answer of the Astro API" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL with scheme ${url.protocol}`, { fix: "report this answer of the Astro API" });
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL that is plain http (http://${url.host}): astro-ci does not send the Astro API token there unencrypted`, { fix: "check ASTRO_API_URL points at the Astro API (Astro gives scheme-less https hosts); report this answer of the Astro API" });
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`Deployment '${deployment.name}' answered an Airflow API URL with a user:password@ part (${url.host}): astro-ci does not send the Astro API token there`, { fix: "check ASTRO_API_URL points at the Astro API; report this answer of the Astro API" });
  }
  url.search = "";
  url.hash = "";
  return url.toString().replace(/\/+$/, "");
}
function createAirflowApiClient(options) {
  const baseUrl = airflowApiBase(options.deployment);
  const http = createAstroHttp({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 3e4,
    retry: { attempts: 4, baseDelayMs: 500, maxDelayMs: 1e4 },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger
  });
  const client = {
    baseUrl,
    async listPools() {
      const pools = await readAllPages(
        `${baseUrl}/pools`,
        async (offset) => {
          const page = await http.request({ method: "GET", path: "/pools", query: { limit: 100, offset }, idempotent: true, shape: "airflowPoolPage" });
          return { items: page.pools, totalCount: typeof page.total_entries === "number" ? page.total_entries : void 0 };
        },
        (pool) => pool.name
      );
      return pools.map((pool) => ({ name: pool.name, slots: pool.slots, description: pool.description ?? null, include_deferred: pool.include_deferred }));
    },
    async createPool(pool) {
      try {
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
    }
  };
  return client;
}
function poolPath(name) {
  if (name === "." || name === "..") throw new ConfigurationError(`the pool name '${name}' cannot be addressed through Airflow's REST API (/pools/${name} is read as a path segment)`, { fix: "rename the pool in the settings file or in the Airflow UI" });
  return `/pools/${encodeURIComponent(name)}`;
}
function poolBody(pool) {
  return { name: pool.name, slots: pool.slots, description: pool.description ?? null, ...pool.include_deferred !== void 0 ? { include_deferred: pool.include_deferred } : {} };
}

export {
  createAirflowApiClient
};
