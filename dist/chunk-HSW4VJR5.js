import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  AIRFLOW_SETTINGS_KEYS,
  decodeAirflowSettings
} from "./chunk-ASVPIXRB.js";
import {
  ConfigurationError
} from "./chunk-QT2UVWDD.js";

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

// src/connections/declared.ts
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
var NEVER_INJECTED = /^(ASTRO_API_TOKEN|GITHUB_TOKEN|ACTIONS_[A-Z0-9_]*|INPUT_[A-Z0-9_]*|RUNNER_[A-Z0-9_]*)$/i;
var INJECTION_KEYS = { connections: ["conn_description"], pools: ["pool_include_deferred"], variables: ["variable_description"] };
var SINGULAR = { connections: "connection", pools: "pool", variables: "variable" };
async function readDeclaredObjects(absPath, displayPath, env, mask, notice = () => void 0, missing) {
  const decoded = await decodeAirflowSettings(absPath, displayPath);
  for (const problem of decoded.problems) {
    refuseUnlessHarmless(problem, displayPath);
    if (problem.kind === "replaced") notice(`${displayPath}:${problem.line}: ${problem.message}`);
  }
  const out = { file: displayPath, connections: [], variables: [], pools: [] };
  const references = /* @__PURE__ */ new Set();
  const resolveText = (text2, line) => {
    let substituted = false;
    const value = text2.replace(REFERENCE, (_, name) => {
      if (NEVER_INJECTED.test(name)) {
        throw new ConfigurationError(`\${${name}} may not be injected: it holds the runner's own credentials`, { file: displayPath, line, fix: "pass the value as a secret of its own, e.g. env: MY_SECRET: ${{ secrets.MY_SECRET }}, and write ${MY_SECRET}" });
      }
      const found = env[name];
      if (found === void 0 && missing) {
        missing(name, line);
        substituted = true;
        references.add(name);
        return `\${${name}}`;
      }
      if (found === void 0) {
        throw new ConfigurationError(`\${${name}} is not set in the job's environment`, { file: displayPath, line, fix: `pass it to the step, e.g. env: ${name}: \${{ secrets.${name} }}` });
      }
      substituted = true;
      references.add(name);
      if (found) mask(found);
      return found;
    });
    return { value, substituted };
  };
  const text = (value, line) => value === "" ? void 0 : resolveText(value, line).value || void 0;
  const noBooleans = (entry, keys, what) => {
    for (const key of keys) {
      const value = entry.written[key];
      if (typeof value !== "boolean") continue;
      throw new ConfigurationError(`${key} of ${what} is the YAML boolean ${value}: the Astro CLI stores it as "${value ? 1 : 0}"`, { file: displayPath, line: entry.keyLines[key] ?? entry.line, fix: `quote it (${key}: "${value}") or write ${value ? 1 : 0}` });
    }
  };
  const seen = /* @__PURE__ */ new Set();
  const unique = (kind, key, line) => {
    if (seen.has(`${kind}:${key}`)) throw new ConfigurationError(`${kind} '${key}' is declared twice once \${NAME} values are substituted`, { file: displayPath, line, fix: `keep one ${kind} per key` });
    seen.add(`${kind}:${key}`);
  };
  for (const c of decoded.connections) {
    const line = c.line;
    references.clear();
    noBooleans(c, ["conn_id", "conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_uri"], `connection '${c.connId}'`);
    const connId = text(c.connId, line);
    if (!connId) throw new ConfigurationError(`the conn_id of the connection is empty once \${NAME} values are substituted`, { file: displayPath, line, fix: "give every connection a conn_id" });
    unique("connection", connId, line);
    const fields = ["conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port"].filter((key) => key === "conn_port" ? c.port !== 0 : c.written[key] !== null && c.written[key] !== void 0 && c.written[key] !== "");
    if (c.uri && fields.length) {
      throw new ConfigurationError(`connection '${connId}' has conn_uri and ${fields.join(", ")}: the Astro CLI then ignores conn_uri`, { file: displayPath, line, fix: "keep either conn_uri (its scheme is the conn_type) or the separate fields" });
    }
    let fromUri;
    if (c.uri) {
      const uri = resolveText(c.uri, line).value;
      mask(uri);
      fromUri = parseConnectionUri(uri, displayPath, c.keyLines.conn_uri ?? line);
    }
    const type = fromUri?.type ?? text(c.connType, line);
    if (!type) throw new ConfigurationError(`connection '${connId}' has an empty conn_type once \${NAME} values are substituted`, { file: displayPath, line, fix: "set conn_type (e.g. postgres) or conn_uri" });
    const password = fromUri ? fromUri.password : text(c.password, line);
    if (password) mask(password);
    const port = fromUri ? fromUri.port : c.port || void 0;
    if (port !== void 0 && (port < 1 || port > 65535)) throw new ConfigurationError(`conn_port of connection '${connId}' is ${port}, not a TCP port`, { file: displayPath, line: c.keyLines.conn_port ?? line, fix: "write a port between 1 and 65535, e.g. conn_port: 5432" });
    let extra = fromUri?.extra;
    if (c.extra !== null && c.extra !== void 0 && c.extra !== "") {
      const at = c.keyLines.conn_extra ?? line;
      if (typeof c.extra === "string") extra = parseExtraJson(resolveText(c.extra, at).value, connId, displayPath, at);
      else if (typeof c.extra === "object" && !Array.isArray(c.extra)) extra = resolveDeep(c.extra, (s) => resolveText(s, line).value);
      else throw new ConfigurationError(`conn_extra of connection '${connId}' is neither a mapping nor a JSON object`, { file: displayPath, line: at, fix: "write conn_extra as a YAML mapping, or as a JSON object string" });
    }
    if (extra) maskSensitive(extra, mask);
    const host = fromUri ? fromUri.host : text(c.host, line);
    const schema = fromUri ? fromUri.schema : text(c.schema, line);
    const login = fromUri ? fromUri.login : text(c.login, line);
    const secrets = [
      ...c.uri ? ["conn_uri"] : password ? ["conn_password"] : [],
      ...[...references].map((name) => `\${${name}}`),
      ...extra ? sensitivePaths(extra, "conn_extra") : []
    ];
    out.connections.push({
      connId,
      type,
      host,
      schema,
      login,
      ...password ? { password } : {},
      ...port !== void 0 ? { port } : {},
      ...extra && Object.keys(extra).length ? { extra } : {},
      line,
      ...secrets.length ? { secrets } : {}
    });
  }
  for (const v of decoded.variables) {
    const line = v.line;
    noBooleans(v, ["variable_name", "variable_value"], `variable '${v.name}'`);
    const key = text(v.name, line);
    if (!key) throw new ConfigurationError(`the variable_name of the variable is empty once \${NAME} values are substituted`, { file: displayPath, line, fix: "give every variable a variable_name" });
    unique("variable", key, line);
    const resolved = resolveText(v.value, line);
    if (resolved.value && isSensitiveName(key)) mask(resolved.value);
    out.variables.push({ key, value: resolved.value, isSecret: resolved.substituted, line });
  }
  for (const p of decoded.pools) {
    const line = p.line;
    noBooleans(p, ["pool_name", "pool_description"], `pool '${p.name}'`);
    const name = text(p.name, line);
    if (!name) throw new ConfigurationError(`the pool_name of the pool is empty once \${NAME} values are substituted`, { file: displayPath, line, fix: "give every pool a pool_name" });
    if (name === "." || name === "..") throw new ConfigurationError(`the pool_name '${name}' cannot be addressed through Airflow's REST API (/pools/${name} is read as a path segment)`, { file: displayPath, line, fix: "give the pool a name with letters, digits or other characters" });
    unique("pool", name, line);
    const deferred = p.written.pool_include_deferred;
    if (deferred !== void 0 && deferred !== null && typeof deferred !== "boolean") {
      throw new ConfigurationError(`pool_include_deferred of pool '${name}' is not true or false`, { file: displayPath, line: p.keyLines.pool_include_deferred ?? line, fix: "write pool_include_deferred: true (or false)" });
    }
    out.pools.push({ name, slots: p.slots, description: text(p.description, line), ...typeof deferred === "boolean" ? { includeDeferred: deferred } : {}, line });
  }
  return out;
}
function refuseUnlessHarmless(problem, file) {
  if (problem.kind === "replaced") return;
  if (problem.kind === "ignored-key" && problem.section && problem.key !== void 0) {
    if (INJECTION_KEYS[problem.section].includes(problem.key)) return;
    throw new ConfigurationError(`'${problem.key}' is not a key of a ${SINGULAR[problem.section]}: the Astro CLI ignores it, and astro-ci does not inject it`, {
      file,
      line: problem.line,
      fix: `use only ${[...AIRFLOW_SETTINGS_KEYS[problem.section], ...INJECTION_KEYS[problem.section]].join(", ")}`
    });
  }
  throw new ConfigurationError(problem.subject, { file, line: problem.line, fix: problem.kind === "skipped" ? `${problem.fix} (the Astro CLI skips this entry)` : problem.fix });
}
var SENSITIVE_FIELDS = ["access_token", "api_key", "apikey", "authorization", "passphrase", "passwd", "password", "private_key", "secret", "token", "keyfile_dict", "service_account"];
function isSensitiveName(name) {
  const lower = name.trim().toLowerCase();
  return SENSITIVE_FIELDS.some((field) => lower.includes(field));
}
function sensitivePaths(value, path) {
  if (Array.isArray(value)) return value.flatMap((v, i) => sensitivePaths(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => isSensitiveName(key) ? [`${path}.${key}`] : sensitivePaths(child, `${path}.${key}`));
}
function maskDeep(value, mask) {
  if (typeof value === "string") {
    if (value) mask(value);
  } else if (Array.isArray(value)) value.forEach((v) => maskDeep(v, mask));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => maskDeep(v, mask));
}
function maskSensitive(value, mask) {
  if (Array.isArray(value)) value.forEach((v) => maskSensitive(v, mask));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (isSensitiveName(key)) maskDeep(child, mask);
      else maskSensitive(child, mask);
    }
  }
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
  isSensitiveName,
  MANAGED_MARKER,
  syncDeclaredObjects,
  formatSyncPlan
};
