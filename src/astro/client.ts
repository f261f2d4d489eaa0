import { ConfigurationError } from "../errors.js";
import type { Logger } from "../util/logger.js";
import { ASTRO_ID_PATTERN } from "./answers.js";
import { AstroApiAnswerError, createAstroHttp, firstBytes, readAllPages, realHttpDeps, type AstroHttp, type HttpDeps, type RetryPolicy } from "./http.js";
import type { CreateDeploymentRequest, CreateEnvironmentObjectRequest, Deploy, DeployGit, DeployType, Deployment, DeploymentPatch, EnvironmentObject, EnvironmentObjectType, Paginated, UpdateEnvironmentObjectRequest, WorkerQueueRequest } from "./types.js";
import { requireApiUrl } from "../util/api-url.js";

export const DEFAULT_ASTRO_API_URL = "https://api.astronomer.io/v1";

export interface AstroClientOptions {
  token: string;
  baseUrl?: string;
  organizationId?: string;
  logger: Logger;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  deps?: Partial<HttpDeps>;
}

/** Claims an Astro API token carries; read without verifying (the API verifies), only to find the organization. */
export function organizationFromToken(token: string): string | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { org_id?: string; permissions?: string[] };
    return claims.org_id ?? claims.permissions?.find((p) => p.startsWith("organizationId:"))?.slice("organizationId:".length);
  } catch {
    return undefined;
  }
}

/** The workspace a workspace-scoped token belongs to, from its claims (unverified). */
export function workspaceFromToken(token: string): string | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { permissions?: string[] };
    return claims.permissions?.find((p) => p.startsWith("workspaceId:"))?.slice("workspaceId:".length);
  } catch {
    return undefined;
  }
}

export interface AstroClient {
  organizationId: string;
  /** From the token's claims, when it is workspace-scoped. */
  workspaceId?: string;
  listOrganizations(): Promise<{ id: string; name: string }[]>;
  listWorkspaces(): Promise<{ id: string; name: string }[]>;
  getDeploy(deploymentId: string, deployId: string): Promise<Deploy>;
  listDeployments(filter: { names?: string[]; workspaceIds?: string[]; deploymentIds?: string[] }): Promise<Deployment[]>;
  getDeployment(id: string): Promise<Deployment>;
  findDeploymentByName(name: string, workspaceId?: string): Promise<Deployment>;
  createDeploy(deploymentId: string, request: { type: DeployType; description?: string; git?: DeployGit }): Promise<Deploy>;
  finalizeDeploy(deploymentId: string, deployId: string, dagTarballVersion?: string): Promise<Deploy>;
  /** Every deploy of a Deployment, in the API's order. */
  listDeploys(deploymentId: string): Promise<Deploy[]>;
  /** Runtime releases a Deployment can move to, among other options. */
  /** Create a STANDARD Deployment. Not retried on a lost answer: a retry could create two. */
  createDeployment(request: CreateDeploymentRequest): Promise<Deployment>;
  deleteDeployment(id: string): Promise<void>;
  /** Update is a full replacement on Astro: read, merge the patch, send it all back (secrets without values). */
  updateDeployment(id: string, patch: DeploymentPatch): Promise<Deployment>;
  /** Connections and Airflow variables stored in Astro (v1 environment objects). */
  listEnvironmentObjects(filter: { deploymentId?: string; workspaceId?: string; objectType?: EnvironmentObjectType }): Promise<EnvironmentObject[]>;
  createEnvironmentObject(request: CreateEnvironmentObjectRequest): Promise<string>;
  /** Change an environment object's value fields (key, type and scope stay). */
  updateEnvironmentObject(id: string, request: UpdateEnvironmentObjectRequest): Promise<void>;
  deleteEnvironmentObject(id: string): Promise<void>;
  getDeploymentOptions(deploymentId: string): Promise<{ runtimeReleases: { version: string; airflowVersion: string; channel: string }[] }>;
  setHibernationOverride(deploymentId: string, override: { isHibernating: boolean; overrideUntil?: string }): Promise<void>;
  deleteHibernationOverride(deploymentId: string): Promise<void>;
}

/** A live worker queue as an update request takes it back (with its id, so it is kept, not recreated). */
export function toWorkerQueueRequest(q: Record<string, unknown>): WorkerQueueRequest {
  return {
    ...(typeof q.id === "string" ? { id: q.id } : {}),
    name: String(q.name),
    isDefault: Boolean(q.isDefault),
    astroMachine: String(q.astroMachine ?? "A5"),
    minWorkerCount: Number(q.minWorkerCount ?? 0),
    maxWorkerCount: Number(q.maxWorkerCount ?? 10),
    workerConcurrency: Number(q.workerConcurrency ?? 5),
  };
}

/** ASTRO_API_URL (or https://api.<domain>/v1) checked as every token-bearing URL is (src/util/api-url.ts): exit 2 with the fix. */
export function requireAstroApiUrl(value: string): string {
  return requireApiUrl(value, {
    name: "ASTRO_API_URL",
    token: "the Astro API token",
    httpsExample: DEFAULT_ASTRO_API_URL,
    notUrlFix: `unset it for ${DEFAULT_ASTRO_API_URL}, or give the full URL of the Astro API (e.g. https://api.astronomer.io/v1); for other Astro installations use the domain input`,
    credentialsFix: "the Astro API is authenticated by ASTRO_API_TOKEN alone",
  });
}

/**
 * An id that goes into a URL path (organization, Deployment, deploy, environment object), checked: an Astro id
 * (ASTRO_ID_PATTERN: letters, digits, `_`, `-`). `..` or `.` would be resolved as a path segment, so that
 * `deployments/..` reaches another endpoint (the organization); anything else would not name an Astro object either.
 * @throws ConfigurationError naming what the value is and where it comes from (exit 2).
 */
export function requireAstroId(value: string, what: string): string {
  if (!new RegExp(ASTRO_ID_PATTERN).test(value)) {
    throw new ConfigurationError(`${what} is not an Astro ID: ${firstBytes(value, 60)}`, {
      fix: "give the ID as Astro shows it (letters, digits, '_' and '-', e.g. clx1y2z3a000008l4b6c7d8e9): check deployment-id / template-deployment-id in astro-ci.yaml, the action's inputs, the CLI's --deployment-id and ASTRO_ORGANIZATION_ID",
    });
  }
  return value;
}

/** An answer of the right shape about another object than the one asked for: an answer error (exit 2), never acted on. */
function notAsked(request: string, what: string, answer: unknown): AstroApiAnswerError {
  return new AstroApiAnswerError(request, 200, `${what}: astro-ci acts on the object it asked for only`, firstBytes(JSON.stringify(answer)));
}

export function createAstroClient(options: AstroClientOptions): AstroClient {
  const baseUrl = requireAstroApiUrl(options.baseUrl ?? DEFAULT_ASTRO_API_URL);
  const organizationId = options.organizationId ?? organizationFromToken(options.token);
  if (!organizationId) {
    throw new ConfigurationError("the Astro organization could not be read from ASTRO_API_TOKEN", {
      fix: "set ASTRO_ORGANIZATION_ID (or the organization-id input) to your organization's ID",
    });
  }
  const http: AstroHttp = createAstroHttp({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000, ...options.retry },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger,
  });
  const org = `/organizations/${encodeURIComponent(requireAstroId(organizationId, "the organization ID (ASTRO_ORGANIZATION_ID, the organization-id input or the token's claims)"))}`;
  const deploymentPath = (id: string): string => `${org}/deployments/${encodeURIComponent(requireAstroId(id, "the Deployment ID"))}`;

  const client: AstroClient = {
    organizationId,
    workspaceId: workspaceFromToken(options.token),
    async listOrganizations() {
      return (await http.request<{ organizations: { id: string; name: string }[] }>({ method: "GET", path: "/organizations", idempotent: true, shape: "organizations" })).organizations;
    },
    async listWorkspaces() {
      return readAllPages(
        `${org}/workspaces`,
        async (offset) => {
          const page = await http.request<Paginated & { workspaces: { id: string; name: string }[] }>({ method: "GET", path: `${org}/workspaces`, query: { limit: 100, offset }, idempotent: true, shape: "workspacePage" });
          return { items: page.workspaces, totalCount: page.totalCount };
        },
        (w) => w.id,
      );
    },
    // Async throughout: an id refused by requireAstroId is a rejected promise, as every other failure of a call.
    getDeploy: async (deploymentId, deployId) => http.request<Deploy>({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(requireAstroId(deployId, "the deploy ID"))}`, idempotent: true, shape: "deploy" }),
    async listDeployments(filter) {
      return readAllPages(
        `${org}/deployments`,
        async (offset) => {
          const page = await http.request<Paginated & { deployments: Deployment[] }>({
            method: "GET",
            path: `${org}/deployments`,
            query: { names: filter.names, workspaceIds: filter.workspaceIds, deploymentIds: filter.deploymentIds, limit: 100, offset },
            idempotent: true,
            shape: "deploymentPage",
          });
          // The filters are the API's to apply; an answer outside them names Deployments nobody asked for.
          for (const d of page.deployments) {
            if (filter.workspaceIds && !filter.workspaceIds.includes(d.workspaceId)) throw notAsked(`GET ${org}/deployments`, `the Deployment ${d.id} of workspace ${d.workspaceId}, outside the workspace asked for (${filter.workspaceIds.join(", ")})`, d);
            if (filter.deploymentIds && !filter.deploymentIds.includes(d.id)) throw notAsked(`GET ${org}/deployments`, `the Deployment ${d.id}, not one of those asked for (${filter.deploymentIds.join(", ")})`, d);
          }
          return { items: page.deployments, totalCount: page.totalCount };
        },
        (d) => d.id,
      );
    },
    async getDeployment(id) {
      const path = deploymentPath(id);
      const answer = await http.request<Deployment>({ method: "GET", path, idempotent: true, shape: "deployment" });
      // The Deployment asked for, or the answer is not one to act on: deploying to the one named in it would ship to another.
      if (answer.id !== id) throw notAsked(`GET ${path}`, `the Deployment ${answer.id}, not ${id} asked for`, answer);
      return answer;
    },
    async findDeploymentByName(name, workspaceId) {
      const found = await client.listDeployments({ names: [name], workspaceIds: workspaceId ? [workspaceId] : undefined });
      const exact = found.filter((d) => d.name === name);
      if (exact.length === 1) return exact[0] as Deployment;
      if (exact.length === 0) {
        throw new ConfigurationError(`no Deployment named '${name}'${workspaceId ? ` in workspace ${workspaceId}` : ""} is visible to this token`, {
          fix: "check the name (it is case-sensitive), the workspace, and the token's role",
        });
      }
      throw new ConfigurationError(`${exact.length} Deployments are named '${name}' (${exact.map((d) => `${d.id} in workspace ${d.workspaceId}`).join(", ")})`, {
        fix: "use deployment-id, or add the workspace-id to tell them apart",
      });
    },
    // Not retried on errors: a second create could start a second deploy.
    createDeploy: async (deploymentId, request) => http.request<Deploy>({ method: "POST", path: `${deploymentPath(deploymentId)}/deploys`, body: request, idempotent: false, shape: "deploy" }),
    finalizeDeploy: async (deploymentId, deployId, dagTarballVersion) =>
      http.request<Deploy>({
        method: "POST",
        path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(requireAstroId(deployId, "the deploy ID"))}/finalize`,
        body: dagTarballVersion === undefined ? {} : { dagTarballVersion },
        // Finalizing the same version twice has the same effect.
        idempotent: true,
        shape: "deploy",
      }),
    createDeployment: (request) =>
      http.request<Deployment>({
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
          ...request,
        },
        idempotent: false,
        shape: "deployment",
      }),
    async deleteDeployment(id) {
      await http.request({ method: "DELETE", path: deploymentPath(id), idempotent: true });
    },
    async updateDeployment(id, patch) {
      const current = await client.getDeployment(id);
      const removed = new Set(patch.removeEnvironmentVariables ?? []);
      const setByKey = new Map((patch.setEnvironmentVariables ?? []).map((v) => [v.key, v]));
      const environmentVariables = [
        ...(current.environmentVariables ?? [])
          .filter((v) => !removed.has(v.key) && !setByKey.has(v.key))
          // A secret comes back without its value; sending it back without one keeps the stored value.
          .map((v) => (v.isSecret ? { key: v.key, isSecret: true } : { key: v.key, isSecret: false, value: v.value ?? "" })),
        ...setByKey.values(),
      ];
      // Update is a full replacement: everything not meant to change is sent back as it is, or Astro resets it
      // (a description dropped here would lose a preview's marker; queues, emails and hibernation likewise).
      const schedules = current.scalingSpec?.hibernationSpec?.schedules;
      const body = {
        name: patch.name ?? current.name,
        workspaceId: current.workspaceId,
        ...(patch.description ?? current.description ? { description: patch.description ?? current.description } : {}),
        ...(patch.isDevelopmentMode ?? current.isDevelopmentMode ? { isDevelopmentMode: patch.isDevelopmentMode ?? current.isDevelopmentMode } : {}),
        ...(current.contactEmails ? { contactEmails: current.contactEmails } : {}),
        ...(schedules ? { scalingSpec: { hibernationSpec: { schedules } } } : {}),
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
        ...(current.workerQueues ? { workerQueues: current.workerQueues.map(toWorkerQueueRequest) } : {}),
        environmentVariables,
      };
      // A full replacement with the same body has the same effect: safe to retry.
      return http.request<Deployment>({ method: "POST", path: deploymentPath(id), body, idempotent: true, shape: "deployment" });
    },
    async listEnvironmentObjects(filter) {
      return readAllPages(
        `${org}/environment-objects`,
        async (offset) => {
          const page = await http.request<Paginated & { environmentObjects: EnvironmentObject[] }>({ method: "GET", path: `${org}/environment-objects`, query: { ...filter, limit: 100, offset }, idempotent: true, shape: "environmentObjectPage" });
          return { items: page.environmentObjects, totalCount: page.totalCount };
        },
        (o) => o.id,
      );
    },
    async createEnvironmentObject(request) {
      // Not retried: a lost answer could leave a duplicate, which the API then refuses with 409.
      return (await http.request<{ id: string }>({ method: "POST", path: `${org}/environment-objects`, body: request, idempotent: false, shape: "created" })).id;
    },
    async updateEnvironmentObject(id, request) {
      // Setting the same values twice has the same effect. The answer is the object: checked, so that a page that is not
      // the API's (a proxy's login page with status 200) is an error, not an update taken for done.
      await http.request({ method: "POST", path: `${org}/environment-objects/${encodeURIComponent(requireAstroId(id, "the environment object ID"))}`, body: request, idempotent: true, shape: "created" });
    },
    async deleteEnvironmentObject(id) {
      await http.request({ method: "DELETE", path: `${org}/environment-objects/${encodeURIComponent(requireAstroId(id, "the environment object ID"))}`, idempotent: true });
    },
    getDeploymentOptions: async (deploymentId) => http.request({ method: "GET", path: `${org}/deployment-options`, query: { deploymentId }, idempotent: true, shape: "deploymentOptions" }),
    async setHibernationOverride(deploymentId, override) {
      // Setting the same override twice has the same effect.
      await http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/hibernation-override`, body: override, idempotent: true });
    },
    async deleteHibernationOverride(deploymentId) {
      await http.request({ method: "DELETE", path: `${deploymentPath(deploymentId)}/hibernation-override`, idempotent: true });
    },
    async listDeploys(deploymentId) {
      // The API has no sort order to ask for: read every page and let callers pick by createdAt.
      const path = `${deploymentPath(deploymentId)}/deploys`;
      return readAllPages(
        path,
        async (offset) => {
          const page = await http.request<Paginated & { deploys: Deploy[] }>({ method: "GET", path, query: { limit: 100, offset }, idempotent: true, shape: "deployPage" });
          return { items: page.deploys, totalCount: page.totalCount };
        },
        (d) => d.id,
      );
    },
  };
  return client;
}
