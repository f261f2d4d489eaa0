import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError,
  readYamlFile,
  validateYamlAgainstSchema
} from "./chunk-CZXLBLOD.js";

// src/connections/sync.ts
var MANAGED_MARKER = "managed by astro-ci";
var isManaged = (description) => (description ?? "").includes(MANAGED_MARKER);
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
      same: (v) => v.isSecret || o.airflowVariable?.isSecret ? "secret values cannot be compared: re-sent" : o.airflowVariable?.value === v.value ? true : "value differs",
      update: (v) => target.client.updateEnvironmentObject(envObject(o), { description: MANAGED_MARKER, airflowVariable: { value: v.value, isSecret: v.isSecret } }),
      remove: () => target.client.deleteEnvironmentObject(envObject(o))
    })),
    (v) => target.client.createEnvironmentObject({ ...scope(target, v.key, "AIRFLOW_VARIABLE"), airflowVariable: { value: v.value, isSecret: v.isSecret } })
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

// schema/airflow-settings-injection.schema.json
var airflow_settings_injection_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "airflow_settings.yaml-format file of connections, variables and pools that astro-ci injects into a Deployment",
  description: "The Astro CLI's airflow_settings.yaml format (astronomer/astro-cli settings/types.go), as astro-ci connections sync, branch-deploy and drift read it. Values may be ${NAME}, read from the job's environment. Numbers may be written as strings, as the Astro CLI accepts them. Entries whose fields are all empty (the astro dev init template) are nothing configured.",
  type: [
    "object",
    "null"
  ],
  additionalProperties: false,
  properties: {
    airflow: {
      type: [
        "object",
        "null"
      ],
      additionalProperties: false,
      properties: {
        connections: {
          type: [
            "array",
            "null"
          ],
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              conn_id: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_type: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_host: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_schema: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_login: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_password: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_port: {
                type: [
                  "integer",
                  "string",
                  "null"
                ]
              },
              conn_extra: {
                type: [
                  "object",
                  "string",
                  "null"
                ]
              },
              conn_uri: {
                type: [
                  "string",
                  "null"
                ]
              },
              conn_description: {
                type: [
                  "string",
                  "null"
                ]
              }
            }
          }
        },
        pools: {
          type: [
            "array",
            "null"
          ],
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              pool_name: {
                type: [
                  "string",
                  "null"
                ]
              },
              pool_slot: {
                type: [
                  "integer",
                  "string",
                  "null"
                ]
              },
              pool_description: {
                type: [
                  "string",
                  "null"
                ]
              },
              pool_include_deferred: {
                type: [
                  "boolean",
                  "null"
                ]
              }
            }
          }
        },
        variables: {
          type: [
            "array",
            "null"
          ],
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              variable_name: {
                type: [
                  "string",
                  "null"
                ]
              },
              variable_value: {
                type: [
                  "string",
                  "number",
                  "boolean",
                  "object",
                  "array",
                  "null"
                ]
              },
              variable_description: {
                type: [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      }
    }
  }
};

// src/connections/declared.ts
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
var NEVER_INJECTED = /^(ASTRO_API_TOKEN|GITHUB_TOKEN|ACTIONS_[A-Z0-9_]*|INPUT_[A-Z0-9_]*|RUNNER_[A-Z0-9_]*)$/i;
var isBlank = (entry) => Object.values(entry).every((v) => v === null || v === void 0 || v === "");
var isTemplateConnection = (entry) => isBlank({ ...entry, conn_extra: void 0 });
async function readDeclaredObjects(absPath, displayPath, env, mask) {
  const source = await readYamlFile(absPath, displayPath);
  await validateYamlAgainstSchema(source, airflow_settings_injection_schema_default, "see the Astro CLI's airflow_settings.yaml format: airflow: connections, pools, variables");
  const raw = source.value ?? {};
  const out = { file: displayPath, connections: [], variables: [], pools: [] };
  const resolveText = (text2, line) => {
    let substituted = false;
    const value = text2.replace(REFERENCE, (_, name) => {
      if (NEVER_INJECTED.test(name)) {
        throw new ConfigurationError(`\${${name}} may not be injected: it holds the runner's own credentials`, { file: displayPath, line, fix: "pass the value as a secret of its own, e.g. env: MY_SECRET: ${{ secrets.MY_SECRET }}, and write ${MY_SECRET}" });
      }
      const found = env[name];
      if (found === void 0) {
        throw new ConfigurationError(`\${${name}} is not set in the job's environment`, { file: displayPath, line, fix: `pass it to the step, e.g. env: ${name}: \${{ secrets.${name} }}` });
      }
      substituted = true;
      if (found) mask(found);
      return found;
    });
    return { value, substituted };
  };
  const text = (value, line) => value === null || value === void 0 || value === "" ? void 0 : resolveText(String(value), line).value;
  const seen = /* @__PURE__ */ new Set();
  const unique = (kind, key, line) => {
    if (seen.has(`${kind}:${key}`)) throw new ConfigurationError(`${kind} '${key}' is declared twice`, { file: displayPath, line, fix: `keep one ${kind} per key` });
    seen.add(`${kind}:${key}`);
  };
  (raw.airflow?.connections ?? []).forEach((entry, index) => {
    if (!entry || isBlank(entry) || isTemplateConnection(entry)) return;
    const line = source.lineOf(["airflow", "connections", index]);
    const connId = text(entry.conn_id, line);
    if (!connId) throw new ConfigurationError("a connection without conn_id", { file: displayPath, line, fix: "give every connection a conn_id" });
    unique("connection", connId, line);
    const fromUri = entry.conn_uri ? parseConnectionUri(text(entry.conn_uri, line), displayPath, line) : void 0;
    const type = text(entry.conn_type, line) ?? fromUri?.type;
    if (!type) throw new ConfigurationError(`connection '${connId}' has neither conn_type nor conn_uri`, { file: displayPath, line, fix: "set conn_type (e.g. postgres) or conn_uri" });
    const password = text(entry.conn_password, line) ?? fromUri?.password;
    if (password) mask(password);
    let extra = fromUri?.extra;
    if (entry.conn_extra !== null && entry.conn_extra !== void 0 && entry.conn_extra !== "") {
      extra = typeof entry.conn_extra === "string" ? parseExtraJson(text(entry.conn_extra, line), connId, displayPath, line) : resolveDeep(entry.conn_extra, (s) => resolveText(s, line).value);
      for (const value of Object.values(extra)) if (typeof value === "string" && value) mask(value);
    }
    const rawPort = typeof entry.conn_port === "string" && /^\d+$/.test(entry.conn_port.trim()) ? Number(entry.conn_port) : entry.conn_port;
    if (rawPort !== void 0 && rawPort !== null && rawPort !== "" && typeof rawPort !== "number") throw new ConfigurationError(`conn_port of connection '${connId}' is not a number`, { file: displayPath, line, fix: "write the port as a whole number, e.g. conn_port: 5432" });
    const port = (typeof rawPort === "number" ? rawPort : void 0) ?? fromUri?.port;
    out.connections.push({
      connId,
      type,
      host: text(entry.conn_host, line) ?? fromUri?.host,
      schema: text(entry.conn_schema, line) ?? fromUri?.schema,
      login: text(entry.conn_login, line) ?? fromUri?.login,
      ...password ? { password } : {},
      ...typeof port === "number" ? { port } : {},
      ...extra && Object.keys(extra).length ? { extra } : {},
      line
    });
  });
  (raw.airflow?.variables ?? []).forEach((entry, index) => {
    if (!entry || isBlank(entry)) return;
    const line = source.lineOf(["airflow", "variables", index]);
    const key = text(entry.variable_name, line);
    if (!key) throw new ConfigurationError("a variable without variable_name", { file: displayPath, line, fix: "give every variable a variable_name" });
    unique("variable", key, line);
    const rawValue = entry.variable_value;
    const asText = rawValue === null || rawValue === void 0 ? "" : typeof rawValue === "string" ? rawValue : JSON.stringify(rawValue);
    const resolved = resolveText(asText, line);
    if (resolved.value) mask(resolved.value);
    out.variables.push({ key, value: resolved.value, isSecret: resolved.substituted, line });
  });
  (raw.airflow?.pools ?? []).forEach((entry, index) => {
    if (!entry || isBlank(entry)) return;
    const line = source.lineOf(["airflow", "pools", index]);
    const name = text(entry.pool_name, line);
    if (!name) throw new ConfigurationError("a pool without pool_name", { file: displayPath, line, fix: "give every pool a pool_name" });
    unique("pool", name, line);
    const slots = typeof entry.pool_slot === "string" && /^\d+$/.test(entry.pool_slot.trim()) ? Number(entry.pool_slot) : entry.pool_slot;
    if (typeof slots !== "number") throw new ConfigurationError(`pool '${name}' needs an integer pool_slot`, { file: displayPath, line, fix: "set pool_slot: <number of slots>" });
    out.pools.push({ name, slots, description: text(entry.pool_description, line), ...typeof entry.pool_include_deferred === "boolean" ? { includeDeferred: entry.pool_include_deferred } : {}, line });
  });
  return out;
}
function resolveDeep(value, resolve) {
  const walk = (v) => typeof v === "string" ? resolve(v) : Array.isArray(v) ? v.map(walk) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, c]) => [k, walk(c)])) : v;
  return walk(value);
}
function parseExtraJson(text, connId, file, line) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw new ConfigurationError(`conn_extra of connection '${connId}' is neither a mapping nor a JSON object`, { file, line, fix: "write conn_extra as a YAML mapping, or as a JSON object string" });
}
function parseConnectionUri(uri, file, line) {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(uri);
  if (!match) throw new ConfigurationError("conn_uri is not a connection URI (<type>://[login[:password]@]host[:port][/schema][?extra])", { file, line, fix: "e.g. conn_uri: postgres://user:pass@db.example.com:5432/analytics" });
  let url;
  try {
    url = new URL(`placeholder://${match[2]}`);
  } catch {
    throw new ConfigurationError("conn_uri could not be parsed", { file, line, fix: "percent-encode special characters in the login and password (e.g. @ as %40)" });
  }
  const decode = (s) => s ? decodeURIComponent(s) : void 0;
  let extra;
  const params = [...url.searchParams.entries()];
  if (params.length === 1 && params[0]?.[0] === "__extra__") extra = parseExtraJson(params[0][1], "conn_uri", file, line);
  else if (params.length) extra = Object.fromEntries(params);
  return {
    type: match[1].replace(/-/g, "_"),
    host: decode(url.hostname),
    login: decode(url.username),
    password: decode(url.password),
    port: url.port ? Number(url.port) : void 0,
    schema: decode(url.pathname.replace(/^\//, "")),
    extra
  };
}

export {
  readDeclaredObjects,
  MANAGED_MARKER,
  syncDeclaredObjects,
  formatSyncPlan
};
