import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  variableIsSecret
} from "./chunk-SXO5J5YP.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/connections/sync.ts
var MANAGED_MARKER = "managed by astro-ci";
function isManagedDescription(description) {
  const text = (description ?? "").trim();
  return text === MANAGED_MARKER || text === `(${MANAGED_MARKER})` || text.endsWith(` (${MANAGED_MARKER})`);
}
var isManaged = isManagedDescription;
var poolDescription = (declared) => declared ? `${declared} (${MANAGED_MARKER})` : `(${MANAGED_MARKER})`;
async function syncDeclaredObjects(declared, target, options) {
  const objects = await target.client.listEnvironmentObjects({ deploymentId: target.deploymentId });
  const own = objects.filter((o) => o.scope === "DEPLOYMENT" && o.scopeEntityId === target.deploymentId);
  const pools = target.airflow ? await target.airflow.listPools() : void 0;
  const steps = [];
  const collisions = [];
  const plan = (kind, declaredItems, keyOf, live, create) => {
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
  const envObject = (o) => o.id;
  plan(
    "connection",
    declared.connections,
    (c) => c.connId,
    own.filter((o) => o.objectType === "CONNECTION").map((o) => ({
      key: o.objectKey,
      managed: isManaged(o.description),
      same: (c) => sameConnection(c, o),
      update: (c) => target.client.updateEnvironmentObject(envObject(o), { description: MANAGED_MARKER, connection: connectionBody(c) }),
      remove: () => target.client.deleteEnvironmentObject(envObject(o))
    })),
    (c) => target.client.createEnvironmentObject({ ...scope(target, c.connId, "CONNECTION"), connection: connectionBody(c) })
  );
  plan(
    "variable",
    declared.variables,
    (v) => v.key,
    own.filter((o) => o.objectType === "AIRFLOW_VARIABLE").map((o) => ({
      key: o.objectKey,
      managed: isManaged(o.description),
      same: (v) => variableIsSecret(v) || o.airflowVariable?.isSecret ? "secret values cannot be compared: re-sent" : o.airflowVariable?.value === v.value ? true : "value differs",
      update: (v) => target.client.updateEnvironmentObject(envObject(o), { description: MANAGED_MARKER, airflowVariable: { value: v.value, isSecret: variableIsSecret(v) } }),
      remove: () => target.client.deleteEnvironmentObject(envObject(o))
    })),
    (v) => target.client.createEnvironmentObject({ ...scope(target, v.key, "AIRFLOW_VARIABLE"), airflowVariable: { value: v.value, isSecret: variableIsSecret(v) } })
  );
  if (pools && target.airflow) {
    const airflow = target.airflow;
    plan(
      "pool",
      declared.pools,
      (p) => p.name,
      pools.map((p) => ({
        key: p.name,
        managed: isManaged(p.description),
        same: (d) => p.slots === d.slots && (p.description ?? "") === poolDescription(d.description) && (d.includeDeferred === void 0 || d.includeDeferred === p.include_deferred) ? true : "slots or description differ",
        update: (d) => airflow.updatePool(poolFrom(d)),
        remove: () => airflow.deletePool(p.name)
      })),
      (d) => airflow.createPool(poolFrom(d))
    );
  }
  if (collisions.length) {
    throw new ConfigurationError(`${collisions.join(", ")} already exist${collisions.length === 1 ? "s" : ""} on the Deployment and ${collisions.length === 1 ? "was" : "were"} not created by astro-ci: nothing was changed`, {
      file: declared.file,
      fix: "rename the declared key, or remove the existing object in Astro so that astro-ci may manage it"
    });
  }
  if (!options.dryRun) for (const step of steps) await step.run?.();
  return {
    deploymentId: target.deploymentId,
    steps: steps.map(({ kind, key, action, reason }) => ({ kind, key, action, ...reason ? { reason } : {} })),
    ...declared.pools.length && !pools ? { poolsSkipped: "pools were not synced: the Deployment's Airflow API is not reachable now (hibernating?)" } : {}
  };
}
function scope(target, objectKey, objectType) {
  return { objectKey, objectType, scope: "DEPLOYMENT", scopeEntityId: target.deploymentId, description: MANAGED_MARKER };
}
function connectionBody(c) {
  return {
    type: c.type,
    ...c.host !== void 0 ? { host: c.host } : {},
    ...c.login !== void 0 ? { login: c.login } : {},
    ...c.password !== void 0 ? { password: c.password } : {},
    ...c.port !== void 0 ? { port: c.port } : {},
    ...c.schema !== void 0 ? { schema: c.schema } : {},
    ...c.extra !== void 0 ? { extra: c.extra } : {}
  };
}
function sameConnection(c, o) {
  if (c.password !== void 0 || c.extra !== void 0) return "secret values cannot be compared: re-sent";
  const live = o.connection ?? {};
  const same = live.type === c.type && (live.host ?? void 0) === c.host && (live.login ?? void 0) === c.login && (live.schema ?? void 0) === c.schema && (live.port ?? void 0) === c.port;
  return same ? true : "fields differ";
}
function poolFrom(d) {
  return { name: d.name, slots: d.slots, description: poolDescription(d.description), ...d.includeDeferred !== void 0 ? { include_deferred: d.includeDeferred } : {} };
}
function formatSyncPlan(plan) {
  const lines = plan.steps.map((s) => `${s.action.padEnd(9)} ${s.kind.padEnd(10)} ${s.key}${s.reason ? ` (${s.reason})` : ""}`);
  if (plan.poolsSkipped) lines.push(plan.poolsSkipped);
  return lines.length ? lines.join("\n") + "\n" : "nothing declared\n";
}

export {
  isManagedDescription,
  syncDeclaredObjects,
  formatSyncPlan
};
