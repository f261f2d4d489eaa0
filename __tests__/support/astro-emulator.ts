/**
 * An Astro API emulator on 127.0.0.1 for tests. Requests are validated against the Astro Platform OpenAPI
 * description in __tests__/specs/astro/platform-v1beta1.openapi.yaml (Astro Platform API v1beta1, astronomer/docs) (served under /v1, whose deployment and deploy
 * paths and fields are the same; v1 additions like `git` on deploys are accepted because the v1beta1 schemas do not
 * forbid extra fields), and so are the emulator's own responses. It keeps real state (deployments, deploys, uploaded
 * DAG tarballs), serves the Azure-blob style upload, moves statuses on an injectable clock, and injects faults.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parse } from "yaml";
import type { Context, Document, OpenAPIBackend } from "openapi-backend";
import { createValidatingBackend, startJsonServer, type JsonReply, type JsonRequest } from "./openapi.js";

const specPath = fileURLToPath(new URL("../specs/astro/platform-v1beta1.openapi.yaml", import.meta.url));

export interface TarEntry {
  path: string;
  size: number;
  sha256: string;
  type: "file" | "symlink";
}

export interface EmulatedDeployment {
  id: string;
  name: string;
  workspaceId: string;
  status: "CREATING" | "DEPLOYING" | "HEALTHY" | "HIBERNATING" | "UNHEALTHY" | "UNKNOWN";
  isDagDeployEnabled: boolean;
  astroRuntimeVersion: string;
  dagTarballVersion?: string;
  desiredDagTarballVersion?: string;
  /** Emulator clock time at which a DEPLOYING deployment becomes HEALTHY. */
  healthyAt?: number;
  isDevelopmentMode?: boolean;
  /** A development Deployment asleep on its hibernation schedule. */
  hibernating?: boolean;
  override?: { isHibernating: boolean; overrideUntil?: string };
  environmentVariables?: { key: string; value?: string; isSecret: boolean }[];
  executor?: "ASTRO" | "CELERY" | "KUBERNETES";
  schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
  isHighAvailability?: boolean;
  isCicdEnforced?: boolean;
  description?: string;
  contactEmails?: string[];
  workerQueues?: { id: string; name: string; isDefault: boolean; astroMachine?: string; minWorkerCount: number; maxWorkerCount: number; workerConcurrency: number; podCpu: string; podMemory: string }[];
  hibernationSchedules?: { hibernateAtCron: string; wakeAtCron: string; isEnabled: boolean; description?: string }[];
  /** The Deployment's Airflow REST API (an Airflow emulator's apiUrl); default: a scheme-less Astro-style host. */
  airflowApiUrl?: string;
  /** The answer's webServerUrl (default: `<id>.astronomer.run/d<id>?orgId=...`), for hostile-answer tests. */
  webServerUrl?: string;
  /** Emulator clock time of creation (default: the clock at addDeployment). */
  createdAt?: number;
  cloudProvider?: string;
  region?: string;
  /** Default STANDARD. */
  type?: "STANDARD" | "DEDICATED" | "HYBRID";
}

export interface EmulatedDeploy {
  id: string;
  deploymentId: string;
  type: string;
  status: "INITIALIZED" | "DEPLOYED" | "FAILED";
  description?: string;
  git?: Record<string, unknown>;
  createdAt: string;
  dagTarballVersion?: string;
  blobId: string;
}

export interface EmulatedEnvironmentObject {
  id: string;
  objectKey: string;
  objectType: string;
  scope: string;
  scopeEntityId: string;
  connection?: Record<string, unknown>;
  airflowVariable?: { value?: string; isSecret?: boolean };
  description?: string;
}

export interface Fault {
  status?: number;
  retryAfter?: number;
  dropConnection?: boolean;
  delayMs?: number;
  /** Fire only on the Nth matching call (1-based). */
  nthCall?: number;
  /** Fire this many times (default: once). */
  times?: number;
  body?: unknown;
  /** Answer with these raw bytes (HTML, truncated JSON, "") and this status (default 200) instead of the handler's. */
  raw?: string;
  /** Rewrite the handler's JSON answer (hostile values: commit SHAs, image repositories); not checked against the spec. */
  transform?: (body: unknown) => unknown;
}

export interface AstroEmulator {
  url: string;
  organizationId: string;
  deployments: Map<string, EmulatedDeployment>;
  deploys: EmulatedDeploy[];
  environmentObjects: EmulatedEnvironmentObject[];
  uploads: { blobId: string; versionId: string; bytes: number; entries: TarEntry[]; requests: number }[];
  /** Every request, with its body as sent (blob uploads aside). */
  requests: { method: string; path: string; operationId?: string; status: number; body?: string }[];
  validationErrors: string[];
  responseErrors: string[];
  clock: { now: number; advance(ms: number): void };
  addDeployment(partial: Partial<EmulatedDeployment> & { name: string }): EmulatedDeployment;
  /** Route: an operationId of the spec (`CreateDeploy`) or `PUT blob`. */
  inject(route: string, fault: Fault): void;
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

let sharedBackend: Promise<OpenAPIBackend> | undefined;
function backend(): Promise<OpenAPIBackend> {
  if (!existsSync(specPath)) throw new Error(`the Astro OpenAPI description is missing at ${specPath} (vendored under __tests__/specs/astro/)`);
  sharedBackend ??= (async () => {
    const definition = parse(readFileSync(specPath, "utf8")) as Document & { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    // v1-only operations (environment objects) come from a small committed overlay, marked as such in its header.
    const overlay = parse(readFileSync(new URL("../fixtures/astro/v1-overlay.openapi.yaml", import.meta.url), "utf8")) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    Object.assign(definition.paths, overlay.paths);
    Object.assign(definition.components.schemas, overlay.components.schemas);
    const api = createValidatingBackend(definition);
    // Authentication is checked before validation (401/403 in the emulator's own code), so the spec's bearer scheme passes here.
    api.registerSecurityHandler("JWT", () => true);
    api.register("validationFail", (c: Context, emu: Dispatch) => emu.validationFail(c));
    api.register("notFound", () => ({ status: 404, body: { message: "not found", requestId: randomUUID(), statusCode: 404 } }));
    api.register("notImplemented", (c: Context, emu: Dispatch) => emu.dispatch(c.operation.operationId as string, c));
    await api.init();
    return api;
  })();
  return sharedBackend;
}

interface Dispatch {
  dispatch(operationId: string, c: Context): Reply;
  validationFail(c: Context): Reply;
}

const ORG = "clorg0000000000000000000";

/** The fields a create or an update sets; on an update, a field left out is reset, as on Astro (full replacement). */
type FullReplacement = {
  description?: string;
  isDevelopmentMode?: boolean;
  executor?: EmulatedDeployment["executor"];
  schedulerSize?: EmulatedDeployment["schedulerSize"];
  isHighAvailability?: boolean;
  isCicdEnforced?: boolean;
  contactEmails?: string[];
  workerQueues?: { id?: string; name: string; isDefault: boolean; astroMachine: string; minWorkerCount: number; maxWorkerCount: number; workerConcurrency: number }[];
  scalingSpec?: { hibernationSpec?: { schedules?: EmulatedDeployment["hibernationSchedules"] } };
};

let queueCounter = 0;
function applyReplacement(d: EmulatedDeployment, body: FullReplacement): void {
  d.description = body.description;
  d.isDevelopmentMode = body.isDevelopmentMode;
  d.executor = body.executor;
  d.schedulerSize = body.schedulerSize;
  d.isHighAvailability = body.isHighAvailability;
  d.isCicdEnforced = body.isCicdEnforced;
  d.contactEmails = body.contactEmails;
  d.hibernationSchedules = body.scalingSpec?.hibernationSpec?.schedules;
  d.workerQueues = body.workerQueues?.map((q) => ({ ...q, id: q.id ?? `clqueue${(++queueCounter).toString().padStart(18, "0")}`, podCpu: "1", podMemory: "2Gi" }));
}

export async function startAstroEmulator(
  options: {
    tokens?: Record<string, { canWrite: boolean }>;
    deployDurationMs?: number;
    /** Every Deployment's Airflow API (an Airflow emulator's apiUrl) unless it names its own. */
    airflowApiUrl?: string;
    /**
     * Read each committed upload as a gzip tar before answering (default true: a broken bundle is a 400, as Azure's
     * later unpacking by Astro would fail). The deploy benchmark turns it off: unpacking and hashing 70 MB is the
     * storage side's work, not the client's, and `uploads[].entries` is then read on first use, after the timing.
     */
    checkUploads?: boolean;
  } = {},
): Promise<AstroEmulator> {
  const api = await backend();
  const tokens = options.tokens ?? { "test-token": { canWrite: true } };
  const deployments = new Map<string, EmulatedDeployment>();
  const deploys: EmulatedDeploy[] = [];
  const environmentObjects: EmulatedEnvironmentObject[] = [];
  const blobs = new Map<string, { blocks: Map<string, Buffer>; versionId?: string }>();
  const uploads: AstroEmulator["uploads"] = [];
  const requests: AstroEmulator["requests"] = [];
  const validationErrors: string[] = [];
  const responseErrors: string[] = [];
  const faults = new Map<string, (Fault & { seen: number; fired: number })[]>();
  const clock = { now: Date.parse("2026-01-01T00:00:00Z"), advance(ms: number) { clock.now += ms; } };
  let baseUrl = "";
  let counter = 0;
  // Astro ids are 25-character cuids: a short prefix plus a counter keeps them unique and readable.
  const newId = (prefix: string): string => `${prefix.slice(0, 6)}${(++counter).toString(36).padStart(19, "0")}`;
  const error = (status: number, message: string): Reply => ({ status, body: { message, requestId: randomUUID(), statusCode: status } });
  const iso = (): string => new Date(clock.now).toISOString().replace(/\.\d{3}Z$/, "Z");
  const subject = { id: "clsubject00000000000000000", subjectType: "SERVICEKEY" };

  const runtimeReleases = ["11.4.0", "12.0.0", "12.1.0", "12.2.0", "3.0-5", "3.1-12"];
  const effectiveStatus = (d: EmulatedDeployment): EmulatedDeployment["status"] => {
    const asleep = d.override ? d.override.isHibernating : d.hibernating;
    return asleep && d.status === "HEALTHY" ? "HIBERNATING" : d.status;
  };
  const refresh = (d: EmulatedDeployment): void => {
    if ((d.status === "DEPLOYING" || d.status === "CREATING") && d.healthyAt !== undefined && clock.now >= d.healthyAt) {
      d.status = "HEALTHY";
      d.dagTarballVersion = d.desiredDagTarballVersion;
    }
  };
  const deploymentView = (d: EmulatedDeployment) => {
    refresh(d);
    return {
      id: d.id,
      name: d.name,
      organizationId: ORG,
      workspaceId: d.workspaceId,
      namespace: `ns-${d.id}`,
      status: effectiveStatus(d),
      airflowVersion: "2.10.3",
      ...(d.isDevelopmentMode ? { isDevelopmentMode: true } : {}),
      astroRuntimeVersion: d.astroRuntimeVersion,
      runtimeVersion: d.astroRuntimeVersion,
      imageRepository: `images.astronomer.cloud/${d.id}`,
      imageTag: "deploy-1",
      isCicdEnforced: d.isCicdEnforced ?? false,
      isDagDeployEnabled: d.isDagDeployEnabled,
      ...(d.dagTarballVersion ? { dagTarballVersion: d.dagTarballVersion } : {}),
      ...(d.desiredDagTarballVersion ? { desiredDagTarballVersion: d.desiredDagTarballVersion } : {}),
      createdAt: new Date(d.createdAt ?? clock.now).toISOString().replace(/\.\d{3}Z$/, "Z"),
      updatedAt: iso(),
      createdBy: subject,
      updatedBy: subject,
      schedulerCpu: "1",
      schedulerMemory: "2Gi",
      schedulerReplicas: 1,
      webServerAirflowApiUrl: d.airflowApiUrl ?? options.airflowApiUrl ?? `${d.id}.astronomer.run/d${d.id}/api/v1`,
      webServerCpu: "0.5",
      webServerIngressHostname: `${d.id}.astronomer.run`,
      webServerMemory: "1Gi",
      webServerUrl: d.webServerUrl ?? `${d.id}.astronomer.run/d${d.id}?orgId=${ORG}`,
      executor: d.executor ?? "CELERY",
      type: d.type ?? "STANDARD",
      isHighAvailability: d.isHighAvailability ?? false,
      schedulerSize: d.schedulerSize ?? "SMALL",
      ...(d.description !== undefined ? { description: d.description } : {}),
      ...(d.cloudProvider ? { cloudProvider: d.cloudProvider } : {}),
      ...(d.region ? { region: d.region } : {}),
      ...(d.contactEmails ? { contactEmails: d.contactEmails } : {}),
      ...(d.workerQueues ? { workerQueues: d.workerQueues } : {}),
      ...(d.hibernationSchedules ? { scalingSpec: { hibernationSpec: { schedules: d.hibernationSchedules } } } : {}),
      defaultTaskPodCpu: "0.25",
      defaultTaskPodMemory: "0.5Gi",
      resourceQuotaCpu: "10",
      resourceQuotaMemory: "20Gi",
      // Secret values are never returned, as on Astro.
      environmentVariables: (d.environmentVariables ?? []).map((v) => ({ key: v.key, isSecret: v.isSecret, updatedAt: iso(), ...(v.isSecret ? {} : { value: v.value ?? "" }) })),
    };
  };
  const deployView = (d: EmulatedDeploy) => {
    const deployment = deployments.get(d.deploymentId);
    return {
      id: d.id,
      deploymentId: d.deploymentId,
      type: d.type,
      status: d.status,
      createdAt: d.createdAt,
      // As in the spec's example: a URL, which the client must turn into a docker reference.
      imageRepository: `https://images.astronomer.cloud/${d.deploymentId}`,
      imageTag: `deploy-${d.id}`,
      isDagDeployEnabled: deployment?.isDagDeployEnabled ?? false,
      ...(d.description ? { description: d.description } : {}),
      ...(d.git ? { git: d.git } : {}),
      ...(d.dagTarballVersion ? { dagTarballVersion: d.dagTarballVersion } : {}),
      ...(deployment?.isDagDeployEnabled && d.type !== "IMAGE_ONLY" ? { dagsUploadUrl: `${baseUrl}/blob/${d.blobId}?sv=2023-01-03&sig=SECRETSIGNATURE` } : {}),
    };
  };

  const handlers: Record<string, (c: Context) => Reply> = {
    ListDeployments: (c) => {
      const q = c.request.query as Record<string, string | string[]>;
      const names = ([] as string[]).concat(q.names ?? []);
      const ids = ([] as string[]).concat(q.deploymentIds ?? []);
      const workspaces = ([] as string[]).concat(q.workspaceIds ?? []);
      const all = [...deployments.values()].filter((d) => (!names.length || names.includes(d.name)) && (!ids.length || ids.includes(d.id)) && (!workspaces.length || workspaces.includes(d.workspaceId)));
      const limit = Number(q.limit ?? 20);
      const offset = Number(q.offset ?? 0);
      return { status: 200, body: { deployments: all.slice(offset, offset + limit).map(deploymentView), limit, offset, totalCount: all.length } };
    },
    GetDeployment: (c) => {
      const d = deployments.get(String(c.request.params.deploymentId));
      return d ? { status: 200, body: deploymentView(d) } : error(404, "deployment not found");
    },
    ListDeploys: (c) => {
      const id = String(c.request.params.deploymentId);
      const list = deploys.filter((d) => d.deploymentId === id).reverse();
      const q = c.request.query as Record<string, string>;
      const limit = Number(q.limit ?? 20);
      const offset = Number(q.offset ?? 0);
      return { status: 200, body: { deploys: list.slice(offset, offset + limit).map(deployView), limit, offset, totalCount: list.length } };
    },
    CreateDeploy: (c) => {
      const deployment = deployments.get(String(c.request.params.deploymentId));
      if (!deployment) return error(404, "deployment not found");
      const body = c.request.requestBody as { type: string; description?: string; git?: Record<string, unknown> };
      if (body.type === "DAG_ONLY" && !deployment.isDagDeployEnabled) return error(400, "DAG deploys are not enabled on this Deployment");
      // Deploys are at least a second apart, as createdAt has second resolution.
      clock.advance(1000);
      const deploy: EmulatedDeploy = { id: newId("cldeploy"), deploymentId: deployment.id, type: body.type, status: "INITIALIZED", description: body.description, git: body.git, createdAt: iso(), blobId: newId("blob") };
      deploys.push(deploy);
      return { status: 200, body: deployView(deploy) };
    },
    GetDeploy: (c) => {
      const d = deploys.find((x) => x.id === c.request.params.deployId);
      return d ? { status: 200, body: deployView(d) } : error(404, "deploy not found");
    },
    CreateDeployment: (c) => {
      const body = c.request.requestBody as { name: string; workspaceId: string; astroRuntimeVersion: string; isDagDeployEnabled?: boolean; isDevelopmentMode?: boolean; environmentVariables?: { key: string; value?: string; isSecret: boolean }[] } & FullReplacement;
      if ([...deployments.values()].some((d) => d.name === body.name && d.workspaceId === body.workspaceId)) return error(400, `a Deployment named ${body.name} already exists in this workspace`);
      const d: EmulatedDeployment = {
        id: newId("cldepl"),
        name: body.name,
        workspaceId: body.workspaceId,
        status: "CREATING",
        healthyAt: clock.now + (options.deployDurationMs ?? 30_000),
        isDagDeployEnabled: body.isDagDeployEnabled ?? true,
        isDevelopmentMode: body.isDevelopmentMode,
        astroRuntimeVersion: body.astroRuntimeVersion,
        environmentVariables: body.environmentVariables,
        createdAt: clock.now,
        cloudProvider: (body as { cloudProvider?: string }).cloudProvider,
        region: (body as { region?: string }).region,
      };
      applyReplacement(d, body);
      deployments.set(d.id, d);
      return { status: 200, body: deploymentView(d) };
    },
    DeleteDeployment: (c) => {
      const id = String(c.request.params.deploymentId);
      if (!deployments.delete(id)) return error(404, "deployment not found");
      // Deployment-scoped environment objects go with their Deployment.
      for (let i = environmentObjects.length - 1; i >= 0; i--) if (environmentObjects[i]?.scope === "DEPLOYMENT" && environmentObjects[i]?.scopeEntityId === id) environmentObjects.splice(i, 1);
      return { status: 204 };
    },
    UpdateDeployment: (c) => {
      const d = deployments.get(String(c.request.params.deploymentId));
      if (!d) return error(404, "deployment not found");
      const body = c.request.requestBody as { name: string; isDagDeployEnabled: boolean; environmentVariables: { key: string; value?: string; isSecret: boolean }[] };
      const before = new Map((d.environmentVariables ?? []).map((v) => [v.key, v]));
      d.name = body.name;
      d.isDagDeployEnabled = body.isDagDeployEnabled;
      applyReplacement(d, body as FullReplacement);
      // Full replacement: keys left out are removed; a secret re-sent without a value keeps its stored value.
      d.environmentVariables = body.environmentVariables.map((v) => {
        const old = before.get(v.key);
        if (old?.isSecret && !v.isSecret) return { ...old };
        return { key: v.key, isSecret: v.isSecret, value: v.value ?? (v.isSecret ? old?.value : undefined) };
      });
      return { status: 200, body: deploymentView(d) };
    },
    ListOrganizations: () => ({
      status: 200,
      body: { organizations: [{ id: ORG, name: "Emulated Org", product: "HOSTED", supportPlan: "STANDARD", isScimEnabled: false, createdAt: iso(), updatedAt: iso(), createdBy: subject, updatedBy: subject }], limit: 20, offset: 0, totalCount: 1 },
    }),
    ListWorkspaces: () => {
      const ids = [...new Set([...deployments.values()].map((d) => d.workspaceId))].sort();
      return { status: 200, body: { workspaces: ids.map((id, i) => ({ id, name: `workspace-${i + 1}`, organizationId: ORG, cicdEnforcedDefault: false, createdAt: iso(), updatedAt: iso() })), limit: 100, offset: 0, totalCount: ids.length } };
    },
    ListEnvironmentObjects: (c) => {
      const q = c.request.query as Record<string, string>;
      const all = environmentObjects.filter((o) => (!q.deploymentId || (o.scope === "DEPLOYMENT" && o.scopeEntityId === q.deploymentId)) && (!q.workspaceId || (o.scope === "WORKSPACE" && o.scopeEntityId === q.workspaceId)) && (!q.objectType || o.objectType === q.objectType));
      const view = (o: EmulatedEnvironmentObject) => {
        // Secrets are masked: setFields says what holds a value.
        const setFields = [...Object.keys(o.connection ?? {}).map((k) => `connection.${k}`), ...(o.airflowVariable?.value !== undefined ? ["airflowVariable.value"] : [])];
        const connection = o.connection ? Object.fromEntries(Object.entries(o.connection).filter(([k]) => k !== "password" || q.showSecrets === "true")) : undefined;
        return { id: o.id, objectKey: o.objectKey, objectType: o.objectType, scope: o.scope, scopeEntityId: o.scopeEntityId, setFields, ...(o.description !== undefined ? { description: o.description } : {}), ...(connection ? { connection } : {}), ...(o.airflowVariable ? { airflowVariable: o.airflowVariable.isSecret ? { isSecret: true } : o.airflowVariable } : {}) };
      };
      const limit = Number(q.limit ?? 20);
      const offset = Number(q.offset ?? 0);
      return { status: 200, body: { environmentObjects: all.slice(offset, offset + limit).map(view), limit, offset, totalCount: all.length } };
    },
    CreateEnvironmentObject: (c) => {
      const body = c.request.requestBody as Omit<EmulatedEnvironmentObject, "id">;
      if (environmentObjects.some((o) => o.objectKey === body.objectKey && o.scopeEntityId === body.scopeEntityId && o.objectType === body.objectType)) return error(409, `${body.objectKey} already exists`);
      const object = { ...body, id: newId("clenvo") };
      environmentObjects.push(object);
      return { status: 200, body: { id: object.id } };
    },
    UpdateEnvironmentObject: (c) => {
      const object = environmentObjects.find((o) => o.id === c.request.params.environmentObjectId);
      if (!object) return error(404, "environment object not found");
      const body = c.request.requestBody as Partial<EmulatedEnvironmentObject>;
      if (body.description !== undefined) object.description = body.description;
      if (body.connection) object.connection = { ...body.connection, ...(body.connection.password === undefined && object.connection?.password !== undefined ? { password: object.connection.password } : {}) };
      if (body.airflowVariable) object.airflowVariable = { ...body.airflowVariable };
      const setFields = [...Object.keys(object.connection ?? {}).map((k) => `connection.${k}`), ...(object.airflowVariable?.value !== undefined ? ["airflowVariable.value"] : [])];
      return { status: 200, body: { id: object.id, objectKey: object.objectKey, objectType: object.objectType, scope: object.scope, scopeEntityId: object.scopeEntityId, setFields } };
    },
    DeleteEnvironmentObject: (c) => {
      const index = environmentObjects.findIndex((o) => o.id === c.request.params.environmentObjectId);
      if (index === -1) return error(404, "environment object not found");
      environmentObjects.splice(index, 1);
      return { status: 204 };
    },
    GetDeploymentOptions: () => {
      const range = (floor: number, ceiling: number) => ({ floor: String(floor), ceiling: String(ceiling), default: String(floor) });
      const resource = { cpu: range(0.25, 4), memory: range(0.5, 8) };
      return {
        status: 200,
        body: {
          executors: ["CELERY", "KUBERNETES", "ASTRO"],
          resourceQuotas: { defaultPodSize: resource, resourceQuota: resource },
          runtimeReleases: runtimeReleases.map((version) => ({ version, airflowVersion: version.startsWith("3") ? `${version.split("-")[0]}.0` : "2.10.3", channel: "stable", releaseDate: "2025-01-01T00:00:00Z", airflowDatabaseMigration: false, stellarDatabaseMigration: false })),
          schedulerMachines: [{ name: "SMALL", spec: { cpu: "1", memory: "2Gi" } }],
          workerMachines: [{ name: "A5", concurrency: { floor: 1, ceiling: 10, default: 5 }, spec: { cpu: "1", memory: "2Gi" } }],
          workerQueues: { maxWorkers: { floor: 1, ceiling: 10, default: 10 }, minWorkers: { floor: 0, ceiling: 10, default: 0 }, workerConcurrency: { floor: 1, ceiling: 10, default: 5 } },
        },
      };
    },
    UpdateDeploymentHibernationOverride: (c) => {
      const d = deployments.get(String(c.request.params.deploymentId));
      if (!d) return error(404, "deployment not found");
      if (!d.isDevelopmentMode) return error(400, "hibernation overrides are only for development Deployments");
      const body = c.request.requestBody as { isHibernating: boolean; overrideUntil?: string };
      d.override = { isHibernating: body.isHibernating, overrideUntil: body.overrideUntil };
      return { status: 200, body: { isActive: true, isHibernating: body.isHibernating, ...(body.overrideUntil ? { overrideUntil: body.overrideUntil } : {}) } };
    },
    DeleteDeploymentHibernationOverride: (c) => {
      const d = deployments.get(String(c.request.params.deploymentId));
      if (!d) return error(404, "deployment not found");
      d.override = undefined;
      return { status: 204 };
    },
    FinalizeDeploy: (c) => {
      const d = deploys.find((x) => x.id === c.request.params.deployId);
      if (!d) return error(404, "deploy not found");
      const deployment = deployments.get(d.deploymentId) as EmulatedDeployment;
      const version = (c.request.requestBody as { dagTarballVersion?: string } | undefined)?.dagTarballVersion;
      if (deployment.isDagDeployEnabled && d.type !== "IMAGE_ONLY") {
        if (version === undefined) return error(400, "dagTarballVersion is required");
        if (version !== "" && blobs.get(d.blobId)?.versionId !== version) return error(400, `dagTarballVersion ${version} was not uploaded for this deploy`);
        d.dagTarballVersion = version;
        deployment.desiredDagTarballVersion = version;
      }
      d.status = "DEPLOYED";
      deployment.status = "DEPLOYING";
      deployment.healthyAt = clock.now + (options.deployDurationMs ?? 30_000);
      return { status: 200, body: deployView(d) };
    },
  };

  const takeFault = (route: string): Fault | undefined => {
    const list = faults.get(route);
    for (const fault of list ?? []) {
      fault.seen++;
      if (fault.nthCall !== undefined && fault.seen !== fault.nthCall) continue;
      if (fault.fired >= (fault.times ?? 1)) continue;
      fault.fired++;
      return fault;
    }
    return undefined;
  };

  const dispatch: Dispatch = {
    dispatch(operationId, c) {
      const handler = handlers[operationId];
      if (!handler) return error(501, `emulator: ${operationId} not implemented`);
      const reply = handler(c);
      if (reply.status < 300 && reply.body !== undefined) {
        const check = api.validateResponse(reply.body, c.operation, reply.status);
        if (check.errors?.length) responseErrors.push(`${operationId}: ${JSON.stringify(check.errors.slice(0, 3))}`);
      }
      return reply;
    },
    validationFail(c) {
      // The Platform spec's create/update Deployment bodies are a oneOf whose branches all accept every `type` (the
      // real API discriminates on `type`), so a valid STANDARD body matches two branches and "fails" oneOf. Errors
      // that only say "more than one branch matched" (and the failing branches' own complaints) are not the client's.
      const errors = c.validation.errors ?? [];
      const ambiguous = errors.filter((e) => e.keyword === "oneOf" && Array.isArray((e.params as { passingSchemas?: unknown }).passingSchemas));
      if (ambiguous.length && errors.every((e) => ambiguous.some((a) => e.schemaPath.startsWith(a.schemaPath)))) {
        return dispatch.dispatch(c.operation.operationId as string, c);
      }
      validationErrors.push(`${c.operation?.operationId}: ${JSON.stringify(c.validation.errors?.slice(0, 3))}`);
      return { status: 400, body: { message: "invalid request", requestId: randomUUID(), statusCode: 400, fieldErrors: c.validation.errors?.map((e) => ({ field: e.instancePath, code: e.keyword, message: e.message })) } };
    },
  };

  const handleBlob = (req: JsonRequest): Reply => {
    const blobId = req.path.split("/")[2] as string;
    const params = new URLSearchParams(req.raw.search);
    const body = req.raw.body;
    if (params.get("sig") !== "SECRETSIGNATURE") return { status: 403, body: { message: "AuthenticationFailed" } };
    const blob = blobs.get(blobId) ?? { blocks: new Map<string, Buffer>() };
    blobs.set(blobId, blob);
    const comp = params.get("comp");
    if (comp === "block") {
      blob.blocks.set(params.get("blockid") ?? "", body);
      return { status: 201 };
    }
    let content: Buffer;
    if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<Latest>([^<]+)<\/Latest>/g)].map((m) => m[1] as string);
      const missing = ids.filter((id) => !blob.blocks.has(id));
      if (missing.length) return { status: 400, body: { message: `InvalidBlockList: ${missing.length} blocks not uploaded` } };
      content = Buffer.concat(ids.map((id) => blob.blocks.get(id) as Buffer));
    } else {
      if (req.headers["x-ms-blob-type"] !== "BlockBlob") return { status: 400, body: { message: "MissingRequiredHeader x-ms-blob-type" } };
      content = body;
    }
    let entries: TarEntry[] | undefined;
    if (options.checkUploads !== false) {
      try {
        entries = readTarGz(content);
      } catch (e) {
        return { status: 400, body: { message: `not a gzip tar: ${(e as Error).message}` } };
      }
    }
    const versionId = new Date(clock.now + counter++).toISOString().replace("Z", "0000Z");
    blob.versionId = versionId;
    const upload = { blobId, versionId, bytes: content.length, requests: blob.blocks.size + 1 };
    uploads.push(
      Object.defineProperty(upload, "entries", { enumerable: true, get: () => (entries ??= readTarGz(content)) }) as (typeof uploads)[number],
    );
    return { status: 201, headers: { "x-ms-version-id": versionId } };
  };

  const server = await startJsonServer(async (req): Promise<JsonReply> => {
    const isBlob = req.path.startsWith("/blob/");
    const text = isBlob ? undefined : req.raw.body.toString("utf8");
    const path = req.path.replace(/^\/v1(?=\/)/, "");
    const operationId = isBlob ? `${req.method} blob` : api.matchOperation({ method: req.method, path, headers: {} })?.operationId;
    const fault = operationId ? takeFault(operationId) : undefined;
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.dropConnection) {
      requests.push({ method: req.method, path: req.path, operationId, status: 0 });
      return { status: 0, dropConnection: true };
    }
    if (fault?.raw !== undefined) {
      requests.push({ method: req.method, path: req.path, operationId, status: fault.status ?? 200, body: text });
      return { status: fault.status ?? 200, rawBody: fault.raw, headers: { "content-type": fault.raw.trimStart().startsWith("<") ? "text/html" : "application/json" } };
    }
    let reply: Reply;
    if (fault?.status) {
      reply = { status: fault.status, body: fault.body ?? { message: `injected ${fault.status}`, requestId: randomUUID(), statusCode: fault.status }, headers: fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {} };
    } else if (isBlob) reply = handleBlob(req);
    else {
      const auth = req.headers.authorization ?? "";
      const token = auth.startsWith("Bearer ") ? auth.slice(7) : undefined;
      const known = token ? tokens[token] : undefined;
      if (!known) reply = error(401, "invalid or missing token");
      else if (!known.canWrite && req.method !== "GET") reply = error(403, "the token's role cannot do this");
      // The query string as sent, so that repeated parameters (?names=a&names=b) reach the spec's array validation.
      else reply = (await api.handleRequest({ method: req.method, path, query: req.raw.search, body: req.body, headers: req.headers }, dispatch)) as Reply;
    }
    if (fault?.transform && reply.body !== undefined) reply = { ...reply, body: fault.transform(structuredClone(reply.body)) };
    requests.push({ method: req.method, path: req.path, operationId, status: reply.status, body: text });
    return reply;
  });
  baseUrl = server.url;

  return {
    url: `${baseUrl}/v1`,
    organizationId: ORG,
    deployments,
    deploys,
    environmentObjects,
    uploads,
    requests,
    validationErrors,
    responseErrors,
    clock,
    addDeployment(partial) {
      const d: EmulatedDeployment = { id: newId("cldeployment"), workspaceId: "clworkspace000000000000000", status: "HEALTHY", isDagDeployEnabled: true, astroRuntimeVersion: "12.1.0", createdAt: clock.now, ...partial };
      deployments.set(d.id, d);
      return d;
    },
    inject(route, fault) {
      faults.set(route, [...(faults.get(route) ?? []), { ...fault, seen: 0, fired: 0 }]);
    },
    close: server.close,
  };
}

/** Read a gzip'd ustar archive (with PAX long names): what was shipped, entry by entry. */
export function readTarGz(data: Buffer): TarEntry[] {
  const tar = gunzipSync(data);
  const entries: TarEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number): string => header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1) || "0";
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const content = tar.subarray(offset + 512, offset + 512 + size);
    if (type === "x") {
      paxPath = /\d+ path=([^\n]*)\n/.exec(content.toString("utf8"))?.[1];
    } else if (type === "0" || type === "2") {
      entries.push({ path: paxPath ?? name, size, sha256: createHash("sha256").update(content).digest("hex"), type: type === "2" ? "symlink" : "file" });
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
