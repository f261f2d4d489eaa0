import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  AstroApiError,
  createAstroHttp,
  readAllPages,
  realHttpDeps
} from "./chunk-ZMYJGVFG.js";
import {
  isLoopbackHost
} from "./chunk-ZAV54HOF.js";
import {
  AIRFLOW_SETTINGS_KEYS,
  decodeAirflowSettings
} from "./chunk-O6EDDLIN.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

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

// src/connections/declared.ts
var REFERENCE = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
var NEVER_INJECTED = /^(ASTRO_API_TOKEN|GITHUB_TOKEN|ACTIONS_[A-Z0-9_]*)$/i;
var RUNNER_SET = /^(USER|LOGNAME|HOME|PATH|SHELL|PWD|OLDPWD|HOSTNAME|TMPDIR|TEMP|TMP|LANG|LC_[A-Z]+|TERM|CI|GITHUB_[A-Z0-9_]*|RUNNER_[A-Z0-9_]*|INPUT_[A-Z0-9_]*|STATE_[A-Z0-9_]*|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY)$/i;
var AIRFLOW_CONN_ID = /^[A-Za-z0-9_#!()\-.:/\\]{1,250}$/;
function hasEnvironmentReference(text) {
  return [...text.matchAll(REFERENCE)].some((match) => !match[1]);
}
function unescapeReferences(text) {
  return text.replace(REFERENCE, (whole, escape, name) => escape ? `\${${name}}` : whole);
}
var INJECTION_KEYS = { connections: ["conn_description"], pools: ["pool_include_deferred"], variables: ["variable_description"] };
var SINGULAR = { connections: "connection", pools: "pool", variables: "variable" };
async function readDeclaredObjects(absPath, displayPath, repoRoot, env, mask, notice = () => void 0, missing) {
  const decoded = await decodeAirflowSettings(absPath, displayPath, repoRoot);
  for (const problem of decoded.problems) {
    refuseUnlessHarmless(problem, displayPath);
    if (problem.kind === "replaced") notice(`${displayPath}:${problem.line}: ${problem.message}`);
  }
  const out = { file: displayPath, connections: [], variables: [], pools: [] };
  const references = /* @__PURE__ */ new Set();
  const resolveText = (text2, line) => {
    let substituted = false;
    const value = text2.replace(REFERENCE, (_, escape, name) => {
      if (escape) return `\${${name}}`;
      if (NEVER_INJECTED.test(name)) {
        throw new ConfigurationError(`\${${name}} may not be injected: it holds the runner's own credentials`, { file: displayPath, line, fix: "pass the value as a secret of its own, e.g. env: MY_SECRET: ${{ secrets.MY_SECRET }}, and write ${MY_SECRET}" });
      }
      if (RUNNER_SET.test(name)) {
        throw new ConfigurationError(`\${${name}} is set by the runner (or its shell), not passed in for the Deployment: astro-ci does not substitute it`, {
          file: displayPath,
          line,
          fix: `write $\${${name}} for the literal text \${${name}}; for a value the runner knows, pass it under a name of your own (env: MY_VALUE: \${{ github.sha }}) and write \${MY_VALUE}`
        });
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
    if (!AIRFLOW_CONN_ID.test(connId)) {
      throw new ConfigurationError(`conn_id ${JSON.stringify(connId.length > 60 ? `${connId.slice(0, 60)}\u2026` : connId)} ${connId.length > 250 ? `is ${connId.length} characters long` : "holds characters other than ASCII letters, digits and _ # ! ( ) - . : / \\"}: Airflow refuses it (sanitize_conn_id)`, {
        file: displayPath,
        line,
        fix: `use at most 250 ASCII letters, digits and _ # ! ( ) - . : / \\ (e.g. my_conn, not my conn)${connId.includes("${{") ? "; ${{ }} is GitHub's workflow syntax, which a file of the repository never gets: write ${NAME} and pass NAME in the step's env:" : ""}`
      });
    }
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
function variableIsSecret(v) {
  return v.isSecret || isSensitiveName(v.key);
}
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
    type: match[1] === "postgresql" ? "postgres" : match[1].replace(/-/g, "_"),
    host: decode(url.hostname),
    login: decode(url.username),
    password: decode(url.password),
    port: url.port ? Number(url.port) : void 0,
    schema: decode(url.pathname.replace(/^\//, "")),
    extra
  };
}

export {
  createAirflowApiClient,
  hasEnvironmentReference,
  unescapeReferences,
  readDeclaredObjects,
  variableIsSecret,
  isSensitiveName,
  parseConnectionUri
};
