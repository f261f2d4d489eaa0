import type { AirflowApiClient, AirflowPool } from "../airflow-api/client.js";
import type { AstroClient } from "../astro/client.js";
import type { CreateEnvironmentObjectRequest, EnvironmentObject } from "../astro/types.js";
import { ConfigurationError } from "../errors.js";
import { variableIsSecret, type DeclaredConnection, type DeclaredObjects, type DeclaredPool, type DeclaredVariable } from "./declared.js";

/** Written into what astro-ci creates (environment object descriptions, pool descriptions): only those it may change. */
export const MANAGED_MARKER = "managed by astro-ci";
/**
 * Whether a description is one astro-ci writes: the marker alone (environment objects), or a pool's description
 * ending in ` (managed by astro-ci)` (or only that). Never a description that merely mentions the marker: a
 * hand-made "NOT managed by astro-ci: do not touch" is someone else's object, never updated or deleted.
 */
export function isManagedDescription(description: string | null | undefined): boolean {
  const text = (description ?? "").trim();
  return text === MANAGED_MARKER || text === `(${MANAGED_MARKER})` || text.endsWith(` (${MANAGED_MARKER})`);
}
const isManaged = isManagedDescription;
const poolDescription = (declared: string | undefined): string => (declared ? `${declared} (${MANAGED_MARKER})` : `(${MANAGED_MARKER})`);

export type SyncAction = "create" | "update" | "delete" | "unchanged";

/** One step of a sync, values never included. */
export interface SyncStep {
  kind: "connection" | "variable" | "pool";
  key: string;
  action: SyncAction;
  /** Why, in words ("secret values cannot be compared: re-sent", "no longer declared"...). */
  reason?: string;
}

export interface SyncPlan {
  deploymentId: string;
  steps: SyncStep[];
}

interface Target {
  client: AstroClient;
  deploymentId: string;
  /** Undefined: pools are not synced (no Airflow API, e.g. a hibernating Deployment); said in the plan. */
  airflow?: AirflowApiClient;
}

/**
 * Bring a Deployment's connections, Airflow variables (Astro environment objects, scope DEPLOYMENT) and pools (its
 * Airflow REST API) to what `declared` says: upsert by key; what astro-ci created earlier (description marker) and is
 * no longer declared is removed; objects astro-ci did not create are never changed or removed, and a declared key that
 * collides with one of them stops the sync before any change. `dryRun` only plans.
 * Calls: 1+ GET environment-objects, 1+ GET pools, then one create/update/delete per changed key.
 * @throws ConfigurationError on a collision with an object astro-ci did not create.
 */
export async function syncDeclaredObjects(declared: DeclaredObjects, target: Target, options: { dryRun: boolean }): Promise<SyncPlan & { poolsSkipped?: string }> {
  const objects = await target.client.listEnvironmentObjects({ deploymentId: target.deploymentId });
  const own = objects.filter((o) => o.scope === "DEPLOYMENT" && o.scopeEntityId === target.deploymentId);
  const pools = target.airflow ? await target.airflow.listPools() : undefined;
  const steps: (SyncStep & { run?: () => Promise<unknown> })[] = [];
  const collisions: string[] = [];

  const plan = <D extends { line?: number }>(kind: SyncStep["kind"], declaredItems: D[], keyOf: (d: D) => string, live: { key: string; managed: boolean; same: (d: D) => SyncStep["reason"] | true; update: (d: D) => Promise<unknown>; remove: () => Promise<unknown> }[], create: (d: D) => Promise<unknown>) => {
    const liveByKey = new Map(live.map((l) => [l.key, l]));
    for (const item of declaredItems) {
      const key = keyOf(item);
      const existing = liveByKey.get(key);
      liveByKey.delete(key);
      if (!existing) steps.push({ kind, key, action: "create", run: () => create(item) });
      else if (!existing.managed) collisions.push(`${kind} '${key}'${item.line ? ` (${declared.file}:${item.line})` : ""}`);
      else {
        const same = existing.same(item);
        steps.push(same === true ? { kind, key, action: "unchanged" } : { kind, key, action: "update", reason: same, run: () => existing.update(item) });
      }
    }
    for (const leftover of liveByKey.values()) if (leftover.managed) steps.push({ kind, key: leftover.key, action: "delete", reason: "no longer declared", run: leftover.remove });
  };

  const envObject = (o: EnvironmentObject) => o.id as string;
  plan<DeclaredConnection>(
    "connection",
    declared.connections,
    (c) => c.connId,
    own.filter((o) => o.objectType === "CONNECTION").map((o) => ({
      key: o.objectKey,
      managed: isManaged(o.description),
      same: (c) => sameConnection(c, o),
      update: (c) => target.client.updateEnvironmentObject(envObject(o), { description: MANAGED_MARKER, connection: connectionBody(c) }),
      remove: () => target.client.deleteEnvironmentObject(envObject(o)),
    })),
    (c) => target.client.createEnvironmentObject({ ...scope(target, c.connId, "CONNECTION"), connection: connectionBody(c) }),
  );
  plan<DeclaredVariable>(
    "variable",
    declared.variables,
    (v) => v.key,
    own.filter((o) => o.objectType === "AIRFLOW_VARIABLE").map((o) => ({
      key: o.objectKey,
      managed: isManaged(o.description),
      same: (v) => (variableIsSecret(v) || o.airflowVariable?.isSecret ? "secret values cannot be compared: re-sent" : o.airflowVariable?.value === v.value ? true : "value differs"),
      update: (v) => target.client.updateEnvironmentObject(envObject(o), { description: MANAGED_MARKER, airflowVariable: { value: v.value, isSecret: variableIsSecret(v) } }),
      remove: () => target.client.deleteEnvironmentObject(envObject(o)),
    })),
    (v) => target.client.createEnvironmentObject({ ...scope(target, v.key, "AIRFLOW_VARIABLE"), airflowVariable: { value: v.value, isSecret: variableIsSecret(v) } }),
  );
  if (pools && target.airflow) {
    const airflow = target.airflow;
    plan<DeclaredPool>(
      "pool",
      declared.pools,
      (p) => p.name,
      pools.map((p) => ({
        key: p.name,
        managed: isManaged(p.description),
        same: (d) => (p.slots === d.slots && (p.description ?? "") === poolDescription(d.description) && (d.includeDeferred === undefined || d.includeDeferred === p.include_deferred) ? true : "slots or description differ"),
        update: (d) => airflow.updatePool(poolFrom(d)),
        remove: () => airflow.deletePool(p.name),
      })),
      (d) => airflow.createPool(poolFrom(d)),
    );
  }
  if (collisions.length) {
    throw new ConfigurationError(`${collisions.join(", ")} already exist${collisions.length === 1 ? "s" : ""} on the Deployment and ${collisions.length === 1 ? "was" : "were"} not created by astro-ci: nothing was changed`, {
      file: declared.file,
      fix: "rename the declared key, or remove the existing object in Astro so that astro-ci may manage it",
    });
  }
  if (!options.dryRun) for (const step of steps) await step.run?.();
  return {
    deploymentId: target.deploymentId,
    steps: steps.map(({ kind, key, action, reason }) => ({ kind, key, action, ...(reason ? { reason } : {}) })),
    ...(declared.pools.length && !pools ? { poolsSkipped: "pools were not synced: the Deployment's Airflow API is not reachable now (hibernating?)" } : {}),
  };
}

function scope(target: Target, objectKey: string, objectType: CreateEnvironmentObjectRequest["objectType"]): Pick<CreateEnvironmentObjectRequest, "objectKey" | "objectType" | "scope" | "scopeEntityId" | "description"> {
  return { objectKey, objectType, scope: "DEPLOYMENT", scopeEntityId: target.deploymentId, description: MANAGED_MARKER };
}

function connectionBody(c: DeclaredConnection): NonNullable<CreateEnvironmentObjectRequest["connection"]> {
  return {
    type: c.type,
    ...(c.host !== undefined ? { host: c.host } : {}),
    ...(c.login !== undefined ? { login: c.login } : {}),
    ...(c.password !== undefined ? { password: c.password } : {}),
    ...(c.port !== undefined ? { port: c.port } : {}),
    ...(c.schema !== undefined ? { schema: c.schema } : {}),
    ...(c.extra !== undefined ? { extra: c.extra } : {}),
  };
}

/** True when the live connection already holds the declared non-secret fields and no secret is declared. */
function sameConnection(c: DeclaredConnection, o: EnvironmentObject): SyncStep["reason"] | true {
  if (c.password !== undefined || c.extra !== undefined) return "secret values cannot be compared: re-sent";
  const live = o.connection ?? {};
  const same = live.type === c.type && (live.host ?? undefined) === c.host && (live.login ?? undefined) === c.login && (live.schema ?? undefined) === c.schema && (live.port ?? undefined) === c.port;
  return same ? true : "fields differ";
}

function poolFrom(d: DeclaredPool): AirflowPool {
  return { name: d.name, slots: d.slots, description: poolDescription(d.description), ...(d.includeDeferred !== undefined ? { include_deferred: d.includeDeferred } : {}) };
}

/** The plan as text lines (`create connection warehouse`); values are never part of it. */
export function formatSyncPlan(plan: SyncPlan & { poolsSkipped?: string }): string {
  const lines = plan.steps.map((s) => `${s.action.padEnd(9)} ${s.kind.padEnd(10)} ${s.key}${s.reason ? ` (${s.reason})` : ""}`);
  if (plan.poolsSkipped) lines.push(plan.poolsSkipped);
  return lines.length ? lines.join("\n") + "\n" : "nothing declared\n";
}
