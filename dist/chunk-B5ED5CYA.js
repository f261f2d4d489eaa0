import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  require_ajv
} from "./chunk-MX2QFYCM.js";
import {
  stripUrlCredentials
} from "./chunk-PRNEWLQQ.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-AQLX4YLR.js";
import {
  __toESM
} from "./chunk-PV4T63TV.js";

// src/astro/answers.ts
var import_ajv = __toESM(require_ajv(), 1);
var ASTRO_ID_PATTERN = "^[A-Za-z0-9_-]{1,100}$";
var COMMIT_SHA_PATTERN = "^[0-9a-fA-F]{40}$";
var IMAGE_REPOSITORY_PATTERN = "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$";
var IMAGE_TAG_PATTERN = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$";
var HTTP_URL_PATTERN = "^https?://[^\\s]+$";
var NO_SPACE_PATTERN = "^[^\\s]+$";
var id = { type: "string", pattern: ASTRO_ID_PATTERN };
var deployment = {
  type: "object",
  required: ["id", "name", "workspaceId", "status", "astroRuntimeVersion", "imageRepository", "isDagDeployEnabled", "webServerUrl"],
  properties: {
    id,
    name: { type: "string" },
    workspaceId: id,
    status: { type: "string" },
    astroRuntimeVersion: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string" },
    isDagDeployEnabled: { type: "boolean" },
    dagTarballVersion: { type: "string" },
    webServerUrl: { type: "string", pattern: NO_SPACE_PATTERN }
  }
};
var deploy = {
  type: "object",
  required: ["id", "status", "imageRepository", "imageTag"],
  properties: {
    id,
    status: { type: "string" },
    type: { type: "string" },
    createdAt: { type: "string" },
    description: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string", pattern: IMAGE_TAG_PATTERN },
    dagsUploadUrl: { type: "string", pattern: HTTP_URL_PATTERN },
    dagTarballVersion: { type: "string" },
    git: {
      type: "object",
      properties: { commitSha: { anyOf: [{ type: "string", pattern: COMMIT_SHA_PATTERN }, { const: "" }] }, branch: { type: "string" } }
    }
  }
};
var page = (key, item) => ({
  type: "object",
  required: [key, "totalCount"],
  properties: { [key]: { type: "array", items: item }, totalCount: { type: "integer", minimum: 0 } }
});
var named = { type: "object", required: ["id", "name"], properties: { id, name: { type: "string" } } };
var ANSWER_SCHEMAS = {
  deployment,
  deploy,
  deploymentPage: page("deployments", deployment),
  deployPage: page("deploys", deploy),
  organizations: { type: "object", required: ["organizations"], properties: { organizations: { type: "array", items: named } } },
  workspacePage: page("workspaces", named),
  environmentObjectPage: page("environmentObjects", { type: "object", required: ["objectKey"], properties: { id, objectKey: { type: "string" } } }),
  created: { type: "object", required: ["id"], properties: { id } },
  /** A page of a Deployment's Airflow REST API `GET /pools` (Airflow 2.10 `/api/v1`, Airflow 3 `/api/v2`). */
  airflowPoolPage: {
    type: "object",
    required: ["pools"],
    properties: { pools: { type: "array", items: { type: "object", required: ["name", "slots"], properties: { name: { type: "string", minLength: 1 }, slots: { type: "integer" } } } }, total_entries: { type: "integer", minimum: 0 } }
  },
  deploymentOptions: {
    type: "object",
    required: ["runtimeReleases"],
    properties: { runtimeReleases: { type: "array", items: { type: "object", required: ["version"], properties: { version: { type: "string" } } } } }
  }
};
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
var compiled = /* @__PURE__ */ new Map();
function answerShapeProblem(shape, body) {
  let validate = compiled.get(shape);
  if (!validate) {
    validate = ajv.compile(ANSWER_SCHEMAS[shape]);
    compiled.set(shape, validate);
  }
  if (validate(body)) return void 0;
  return (validate.errors ?? []).filter((e) => e.keyword !== "anyOf" && e.keyword !== "const").slice(0, 3).map((e) => {
    const value = e.instancePath ? valueAt(body, e.instancePath) : void 0;
    return `${e.instancePath || "the answer"} ${e.message ?? "is invalid"}${typeof value === "string" ? ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}\u2026` : value)})` : ""}`;
  }).join("; ");
}
function valueAt(body, pointer) {
  let node = body;
  for (const key of pointer.split("/").slice(1)) node = node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}

// src/astro/http.ts
var AstroApiError = class extends ServiceError {
  constructor(status, message, method, path, requestId, fieldErrors) {
    super(status, message);
    this.method = method;
    this.path = path;
    this.requestId = requestId;
    this.fieldErrors = fieldErrors;
  }
  method;
  path;
  requestId;
  fieldErrors;
  name = "AstroApiError";
};
var AstroApiAnswerError = class extends ConfigurationError {
  constructor(url, status, problem, firstBytes2) {
    super(`the Astro API answered ${url} with HTTP ${status} and ${problem}; the answer begins ${firstBytes2}`, {
      fix: "check that ASTRO_API_URL (or the domain input) points at the Astro API (default https://api.astronomer.io/v1) and that no proxy rewrites the answers; if it does, the Astro API is at fault: retry later"
    });
    this.url = url;
    this.status = status;
    this.problem = problem;
    this.firstBytes = firstBytes2;
  }
  url;
  status;
  problem;
  firstBytes;
};
function firstBytes(text, count = 120) {
  return JSON.stringify(text.length > count ? `${text.slice(0, count)}\u2026` : text);
}
var realHttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random
};
function retryAfterMs(value, now) {
  if (!value) return void 0;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function connectionRefused(error) {
  const cause = error.cause;
  return cause?.code === "ECONNREFUSED";
}
function createAstroHttp(options) {
  const base = options.baseUrl.replace(/\/+$/, "");
  return {
    async request(request) {
      const url = new URL(base + request.path);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value === void 0) continue;
        for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
      }
      for (let attempt = 1; ; attempt++) {
        let response;
        try {
          response = await options.deps.fetch(url, {
            method: request.method,
            headers: { authorization: `Bearer ${options.token}`, accept: "application/json", ...request.body !== void 0 ? { "content-type": "application/json" } : {}, "x-astro-client-identifier": "astro-ci" },
            body: request.body === void 0 ? void 0 : JSON.stringify(request.body),
            signal: AbortSignal.timeout(options.timeoutMs)
          });
        } catch (error) {
          const retryable2 = request.idempotent || connectionRefused(error);
          if (retryable2 && attempt < options.retry.attempts) {
            const delay = backoff(attempt, options.retry, options.deps.random);
            options.logger.debug(`${request.method} ${request.path}: ${error.message}; retry ${attempt} in ${delay} ms`);
            await options.deps.sleep(delay);
            continue;
          }
          const reason = error.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1e3} s` : error.cause?.message ?? error.message;
          throw new AstroApiError(0, `${request.method} ${request.path} failed: ${reason}`, request.method, request.path);
        }
        const shownUrl = stripUrlCredentials(url.toString());
        if (response.ok) {
          let text2;
          try {
            text2 = await response.text();
          } catch (error) {
            throw new AstroApiError(response.status, `${request.method} ${shownUrl}: the answer broke off (${error.message})`, request.method, request.path);
          }
          if (request.shape === void 0) {
            const trimmed = text2.trim();
            if (trimmed && !/^[[{]/.test(trimmed)) {
              throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "a body that is not the Astro API's (not JSON)", firstBytes(text2));
            }
            return void 0;
          }
          if (!text2.trim()) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "an empty body where JSON was expected", '""');
          let parsed;
          try {
            parsed = JSON.parse(text2);
          } catch (error) {
            throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a body that is not JSON (${error.message})`, firstBytes(text2));
          }
          const problem = answerShapeProblem(request.shape, parsed);
          if (problem) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `JSON of the wrong shape: ${problem}`, firstBytes(text2));
          return parsed;
        }
        const retryable = response.status === 429 || response.status >= 500;
        if (retryable && request.idempotent && attempt < options.retry.attempts) {
          const wait = retryAfterMs(response.headers.get("retry-after"), Date.now()) ?? backoff(attempt, options.retry, options.deps.random);
          options.logger.debug(`${request.method} ${request.path}: ${response.status}; retry ${attempt} in ${wait} ms`);
          await response.text();
          await options.deps.sleep(Math.min(wait, 12e4));
          continue;
        }
        let body = {};
        const text = await response.text().catch(() => "");
        if (response.status === 404 && !/^\s*[[{]/.test(text)) {
          throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, text.trim() ? "a body that is not the Astro API's (not JSON)" : "an empty body where the API's JSON error was expected", firstBytes(text));
        }
        try {
          const parsed = JSON.parse(text);
          if (parsed && typeof parsed === "object") body = parsed;
        } catch {
          if (text.trim()) body = { message: `${response.statusText || "error"}; the answer is not JSON and begins ${firstBytes(text)}` };
        }
        const hint = response.status === 401 || response.status === 403 ? " (check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace)" : "";
        throw new AstroApiError(
          response.status,
          `${request.method} ${request.path} \u2192 ${response.status}: ${typeof body.message === "string" ? body.message : response.statusText}${hint}${body.requestId ? ` [requestId ${body.requestId}]` : ""}`,
          request.method,
          request.path,
          body.requestId,
          body.fieldErrors
        );
      }
    }
  };
}
function backoff(attempt, policy, random) {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}

// src/astro/client.ts
var DEFAULT_ASTRO_API_URL = "https://api.astronomer.io/v1";
function organizationFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.org_id ?? claims.permissions?.find((p) => p.startsWith("organizationId:"))?.slice("organizationId:".length);
  } catch {
    return void 0;
  }
}
function workspaceFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.permissions?.find((p) => p.startsWith("workspaceId:"))?.slice("workspaceId:".length);
  } catch {
    return void 0;
  }
}
function toWorkerQueueRequest(q) {
  return {
    ...typeof q.id === "string" ? { id: q.id } : {},
    name: String(q.name),
    isDefault: Boolean(q.isDefault),
    astroMachine: String(q.astroMachine ?? "A5"),
    minWorkerCount: Number(q.minWorkerCount ?? 0),
    maxWorkerCount: Number(q.maxWorkerCount ?? 10),
    workerConcurrency: Number(q.workerConcurrency ?? 5)
  };
}
function requireApiUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:" || !url.hostname) {
    throw new ConfigurationError(`ASTRO_API_URL is not an http(s) URL: ${JSON.stringify(stripUrlCredentials(value).slice(0, 100))}`, {
      fix: `unset it for ${DEFAULT_ASTRO_API_URL}, or give the full URL of the Astro API (e.g. https://api.astronomer.io/v1); for other Astro installations use the domain input`
    });
  }
  return value;
}
function createAstroClient(options) {
  const baseUrl = requireApiUrl(options.baseUrl ?? DEFAULT_ASTRO_API_URL);
  const organizationId = options.organizationId ?? organizationFromToken(options.token);
  if (!organizationId) {
    throw new ConfigurationError("the Astro organization could not be read from ASTRO_API_TOKEN", {
      fix: "set ASTRO_ORGANIZATION_ID (or the organization-id input) to your organization's ID"
    });
  }
  const http = createAstroHttp({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 3e4,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15e3, ...options.retry },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger
  });
  const org = `/organizations/${encodeURIComponent(organizationId)}`;
  const deploymentPath = (id2) => `${org}/deployments/${encodeURIComponent(id2)}`;
  const client = {
    organizationId,
    workspaceId: workspaceFromToken(options.token),
    async listOrganizations() {
      return (await http.request({ method: "GET", path: "/organizations", idempotent: true, shape: "organizations" })).organizations;
    },
    async listWorkspaces() {
      const all = [];
      for (let offset = 0; ; ) {
        const page2 = await http.request({ method: "GET", path: `${org}/workspaces`, query: { limit: 100, offset }, idempotent: true, shape: "workspacePage" });
        all.push(...page2.workspaces);
        offset += page2.workspaces.length;
        if (page2.workspaces.length === 0 || offset >= page2.totalCount) return all;
      }
    },
    getDeploy: (deploymentId, deployId) => http.request({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(deployId)}`, idempotent: true, shape: "deploy" }),
    async listDeployments(filter) {
      const all = [];
      for (let offset = 0; ; ) {
        const page2 = await http.request({
          method: "GET",
          path: `${org}/deployments`,
          query: { names: filter.names, workspaceIds: filter.workspaceIds, deploymentIds: filter.deploymentIds, limit: 100, offset },
          idempotent: true,
          shape: "deploymentPage"
        });
        all.push(...page2.deployments);
        offset += page2.deployments.length;
        if (page2.deployments.length === 0 || offset >= page2.totalCount) return all;
      }
    },
    getDeployment: (id2) => http.request({ method: "GET", path: deploymentPath(id2), idempotent: true, shape: "deployment" }),
    async findDeploymentByName(name, workspaceId) {
      const found = await client.listDeployments({ names: [name], workspaceIds: workspaceId ? [workspaceId] : void 0 });
      const exact = found.filter((d) => d.name === name);
      if (exact.length === 1) return exact[0];
      if (exact.length === 0) {
        throw new ConfigurationError(`no Deployment named '${name}'${workspaceId ? ` in workspace ${workspaceId}` : ""} is visible to this token`, {
          fix: "check the name (it is case-sensitive), the workspace, and the token's role"
        });
      }
      throw new ConfigurationError(`${exact.length} Deployments are named '${name}' (${exact.map((d) => `${d.id} in workspace ${d.workspaceId}`).join(", ")})`, {
        fix: "use deployment-id, or add the workspace-id to tell them apart"
      });
    },
    // Not retried on errors: a second create could start a second deploy.
    createDeploy: (deploymentId, request) => http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/deploys`, body: request, idempotent: false, shape: "deploy" }),
    finalizeDeploy: (deploymentId, deployId, dagTarballVersion) => http.request({
      method: "POST",
      path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(deployId)}/finalize`,
      body: dagTarballVersion === void 0 ? {} : { dagTarballVersion },
      // Finalizing the same version twice has the same effect.
      idempotent: true,
      shape: "deploy"
    }),
    createDeployment: (request) => http.request({
      method: "POST",
      path: `${org}/deployments`,
      body: {
        type: "STANDARD",
        executor: "CELERY",
        cloudProvider: "AWS",
        region: "us-east-1",
        schedulerSize: "SMALL",
        isCicdEnforced: false,
        isDagDeployEnabled: true,
        isHighAvailability: false,
        defaultTaskPodCpu: "0.25",
        defaultTaskPodMemory: "0.5Gi",
        resourceQuotaCpu: "10",
        resourceQuotaMemory: "20Gi",
        ...request
      },
      idempotent: false,
      shape: "deployment"
    }),
    async deleteDeployment(id2) {
      await http.request({ method: "DELETE", path: deploymentPath(id2), idempotent: true });
    },
    async updateDeployment(id2, patch) {
      const current = await client.getDeployment(id2);
      const removed = new Set(patch.removeEnvironmentVariables ?? []);
      const setByKey = new Map((patch.setEnvironmentVariables ?? []).map((v) => [v.key, v]));
      const environmentVariables = [
        ...(current.environmentVariables ?? []).filter((v) => !removed.has(v.key) && !setByKey.has(v.key)).map((v) => v.isSecret ? { key: v.key, isSecret: true } : { key: v.key, isSecret: false, value: v.value ?? "" }),
        ...setByKey.values()
      ];
      const schedules = current.scalingSpec?.hibernationSpec?.schedules;
      const body = {
        name: patch.name ?? current.name,
        workspaceId: current.workspaceId,
        ...patch.description ?? current.description ? { description: patch.description ?? current.description } : {},
        ...patch.isDevelopmentMode ?? current.isDevelopmentMode ? { isDevelopmentMode: patch.isDevelopmentMode ?? current.isDevelopmentMode } : {},
        ...current.contactEmails ? { contactEmails: current.contactEmails } : {},
        ...schedules ? { scalingSpec: { hibernationSpec: { schedules } } } : {},
        type: current.type ?? "STANDARD",
        executor: current.executor ?? "CELERY",
        isCicdEnforced: current.isCicdEnforced ?? false,
        isDagDeployEnabled: patch.isDagDeployEnabled ?? current.isDagDeployEnabled,
        isHighAvailability: current.isHighAvailability ?? false,
        schedulerSize: current.schedulerSize ?? "SMALL",
        defaultTaskPodCpu: current.defaultTaskPodCpu,
        defaultTaskPodMemory: current.defaultTaskPodMemory,
        resourceQuotaCpu: current.resourceQuotaCpu,
        resourceQuotaMemory: current.resourceQuotaMemory,
        ...current.workerQueues ? { workerQueues: current.workerQueues.map(toWorkerQueueRequest) } : {},
        environmentVariables
      };
      return http.request({ method: "POST", path: deploymentPath(id2), body, idempotent: true, shape: "deployment" });
    },
    async listEnvironmentObjects(filter) {
      const all = [];
      for (let offset = 0; ; ) {
        const page2 = await http.request({ method: "GET", path: `${org}/environment-objects`, query: { ...filter, limit: 100, offset }, idempotent: true, shape: "environmentObjectPage" });
        all.push(...page2.environmentObjects);
        offset += page2.environmentObjects.length;
        if (page2.environmentObjects.length === 0 || offset >= page2.totalCount) return all;
      }
    },
    async createEnvironmentObject(request) {
      return (await http.request({ method: "POST", path: `${org}/environment-objects`, body: request, idempotent: false, shape: "created" })).id;
    },
    async updateEnvironmentObject(id2, request) {
      await http.request({ method: "POST", path: `${org}/environment-objects/${encodeURIComponent(id2)}`, body: request, idempotent: true, shape: "created" });
    },
    async deleteEnvironmentObject(id2) {
      await http.request({ method: "DELETE", path: `${org}/environment-objects/${encodeURIComponent(id2)}`, idempotent: true });
    },
    getDeploymentOptions: (deploymentId) => http.request({ method: "GET", path: `${org}/deployment-options`, query: { deploymentId }, idempotent: true, shape: "deploymentOptions" }),
    async setHibernationOverride(deploymentId, override) {
      await http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/hibernation-override`, body: override, idempotent: true });
    },
    async deleteHibernationOverride(deploymentId) {
      await http.request({ method: "DELETE", path: `${deploymentPath(deploymentId)}/hibernation-override`, idempotent: true });
    },
    async listDeploys(deploymentId) {
      const all = [];
      for (let offset = 0; ; ) {
        const page2 = await http.request({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys`, query: { limit: 100, offset }, idempotent: true, shape: "deployPage" });
        all.push(...page2.deploys);
        offset += page2.deploys.length;
        if (page2.deploys.length === 0 || offset >= page2.totalCount) return all;
      }
    }
  };
  return client;
}

// src/deploy/targets.ts
function parseDeploymentTargets(source) {
  const raw = source?.value?.deployments ?? [];
  return raw.map((entry, index) => {
    const line = source?.lineOf(["deployments", index]);
    if (entry["deployment-id"] && entry["deployment-name"]) {
      throw new ConfigurationError("a deployments entry names both deployment-id and deployment-name", { file: source?.file, line, fix: "keep one of them" });
    }
    return {
      branches: [].concat(entry.branch),
      deploymentId: entry["deployment-id"],
      deploymentName: entry["deployment-name"],
      workspaceId: entry["workspace-id"],
      deployType: entry["deploy-type"],
      wait: entry.wait,
      line,
      name: entry.name ?? entry["deployment-name"] ?? entry["deployment-id"] ?? `deployments[${index}]`,
      deploymentFile: entry["deployment-file"],
      airflowSettings: entry["airflow-settings"],
      protected: entry.protected
    };
  });
}
function branchMatches(pattern, branch) {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      regex += ".*";
      i++;
    } else if (ch === "*") regex += "[^/]*";
    else if (ch === "?") regex += "[^/]";
    else regex += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`${regex}$`).test(branch);
}
function resolveDeploymentTarget(targets, branch, configFile) {
  if ([...branch].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) throw new ConfigurationError("the branch name contains control characters", { fix: "rename the branch" });
  const exact = targets.find((t) => t.branches.includes(branch));
  const target = exact ?? targets.find((t) => t.branches.some((b) => b.includes("*") || b.includes("?") ? branchMatches(b, branch) : false));
  if (!target) return { explanation: configFile ? `branch '${branch}' matches no entry of deployments: in ${configFile}: nothing to deploy` : `branch '${branch}' maps to no Deployment (there is no astro-ci.yaml with deployments:): nothing to deploy; give a deployment-id or deployment-name, or map the branch in astro-ci.yaml` };
  const where = `${configFile ?? "astro-ci.yaml"}${target.line ? `:${target.line}` : ""}`;
  return { target, explanation: `branch '${branch}' matches ${exact ? "exactly" : "the pattern"} ${target.branches.join(", ")} (${where}) \u2192 ${target.deploymentId ?? target.deploymentName}` };
}

export {
  IMAGE_REPOSITORY_PATTERN,
  IMAGE_TAG_PATTERN,
  AstroApiError,
  realHttpDeps,
  createAstroHttp,
  toWorkerQueueRequest,
  createAstroClient,
  parseDeploymentTargets,
  branchMatches,
  resolveDeploymentTarget
};
