import { ConfigurationError } from "../errors.js";
import { readYamlFile, validateYamlAgainstSchema } from "../util/yaml-file.js";
import schema from "../../schema/airflow-settings-injection.schema.json" with { type: "json" };

/** A connection to inject, with its values (secrets included: never log or print these). */
export interface DeclaredConnection {
  connId: string;
  type: string;
  host?: string;
  schema?: string;
  login?: string;
  password?: string;
  port?: number;
  extra?: Record<string, unknown>;
  line?: number;
}

export interface DeclaredVariable {
  key: string;
  value: string;
  /** A value read from the job's environment (`${NAME}`) is stored as a secret variable. */
  isSecret: boolean;
  line?: number;
}

export interface DeclaredPool {
  name: string;
  slots: number;
  description?: string;
  includeDeferred?: boolean;
  line?: number;
}

/** What an `airflow_settings.yaml`-format file declares, values resolved. */
export interface DeclaredObjects {
  file: string;
  connections: DeclaredConnection[];
  variables: DeclaredVariable[];
  pools: DeclaredPool[];
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The job's own credentials and the runner's variables: never written into a Deployment, whatever a file says. */
const NEVER_INJECTED = /^(ASTRO_API_TOKEN|GITHUB_TOKEN|ACTIONS_[A-Z0-9_]*|INPUT_[A-Z0-9_]*|RUNNER_[A-Z0-9_]*)$/i;
const isBlank = (entry: Record<string, unknown>): boolean => Object.values(entry).every((v) => v === null || v === undefined || v === "");
/**
 * The connection `astro dev init` writes (astronomer/astro-cli `airflow/include/settingsyml.yml`): every value empty
 * but an example `conn_extra`. The Astro CLI skips a connection without conn_id; so does this reader, for that shape.
 */
const isTemplateConnection = (entry: Record<string, unknown>): boolean => isBlank({ ...entry, conn_extra: undefined });

/**
 * Read connections, variables and pools from a file in the `airflow_settings.yaml` format (the Astro CLI's), with
 * `${NAME}` in any value replaced by the job's environment variable NAME. Every injected value (passwords, extras,
 * variable values, anything substituted) is passed to `mask` before anything is logged (`core.setSecret` in Actions).
 * Entries whose fields are all empty (the `astro dev init` template, whose connection keeps an example `conn_extra`)
 * are "nothing configured".
 * @throws ConfigurationError naming the file, line and variable for a missing `${NAME}`, and for entries without
 * their key (`conn_id`, `variable_name`, `pool_name`), a connection without `conn_type`/`conn_uri`, a pool without
 * `pool_slot`, a duplicate key, or an unparsable `conn_uri`/`conn_extra`.
 */
export async function readDeclaredObjects(absPath: string, displayPath: string, env: NodeJS.ProcessEnv, mask: (value: string) => void): Promise<DeclaredObjects> {
  const source = await readYamlFile(absPath, displayPath);
  await validateYamlAgainstSchema(source, schema, "see the Astro CLI's airflow_settings.yaml format: airflow: connections, pools, variables");
  const raw = (source.value ?? {}) as { airflow?: { connections?: Record<string, unknown>[] | null; pools?: Record<string, unknown>[] | null; variables?: Record<string, unknown>[] | null } | null };
  const out: DeclaredObjects = { file: displayPath, connections: [], variables: [], pools: [] };

  /** `${NAME}` → the environment's value; records whether anything was substituted. */
  const resolveText = (text: string, line: number | undefined): { value: string; substituted: boolean } => {
    let substituted = false;
    const value = text.replace(REFERENCE, (_, name: string) => {
      if (NEVER_INJECTED.test(name)) {
        throw new ConfigurationError(`\${${name}} may not be injected: it holds the runner's own credentials`, { file: displayPath, line, fix: "pass the value as a secret of its own, e.g. env: MY_SECRET: ${{ secrets.MY_SECRET }}, and write ${MY_SECRET}" });
      }
      const found = env[name];
      if (found === undefined) {
        throw new ConfigurationError(`\${${name}} is not set in the job's environment`, { file: displayPath, line, fix: `pass it to the step, e.g. env: ${name}: \${{ secrets.${name} }}` });
      }
      substituted = true;
      if (found) mask(found);
      return found;
    });
    return { value, substituted };
  };
  const text = (value: unknown, line: number | undefined): string | undefined => (value === null || value === undefined || value === "" ? undefined : resolveText(String(value), line).value);

  const seen = new Set<string>();
  const unique = (kind: string, key: string, line: number | undefined) => {
    if (seen.has(`${kind}:${key}`)) throw new ConfigurationError(`${kind} '${key}' is declared twice`, { file: displayPath, line, fix: `keep one ${kind} per key` });
    seen.add(`${kind}:${key}`);
  };

  (raw.airflow?.connections ?? []).forEach((entry, index) => {
    if (!entry || isBlank(entry) || isTemplateConnection(entry)) return;
    const line = source.lineOf(["airflow", "connections", index]);
    const connId = text(entry.conn_id, line);
    if (!connId) throw new ConfigurationError("a connection without conn_id", { file: displayPath, line, fix: "give every connection a conn_id" });
    unique("connection", connId, line);
    const fromUri = entry.conn_uri ? parseConnectionUri(text(entry.conn_uri, line) as string, displayPath, line) : undefined;
    const type = text(entry.conn_type, line) ?? fromUri?.type;
    if (!type) throw new ConfigurationError(`connection '${connId}' has neither conn_type nor conn_uri`, { file: displayPath, line, fix: "set conn_type (e.g. postgres) or conn_uri" });
    const password = text(entry.conn_password, line) ?? fromUri?.password;
    if (password) mask(password);
    let extra = fromUri?.extra;
    if (entry.conn_extra !== null && entry.conn_extra !== undefined && entry.conn_extra !== "") {
      extra = typeof entry.conn_extra === "string" ? parseExtraJson(text(entry.conn_extra, line) as string, connId, displayPath, line) : resolveDeep(entry.conn_extra as Record<string, unknown>, (s) => resolveText(s, line).value);
      for (const value of Object.values(extra)) if (typeof value === "string" && value) mask(value);
    }
    // The Astro CLI decodes loosely: a port written as "5432" is 5432.
    const rawPort = typeof entry.conn_port === "string" && /^\d+$/.test(entry.conn_port.trim()) ? Number(entry.conn_port) : entry.conn_port;
    if (rawPort !== undefined && rawPort !== null && rawPort !== "" && typeof rawPort !== "number") throw new ConfigurationError(`conn_port of connection '${connId}' is not a number`, { file: displayPath, line, fix: "write the port as a whole number, e.g. conn_port: 5432" });
    const port = (typeof rawPort === "number" ? rawPort : undefined) ?? fromUri?.port;
    out.connections.push({
      connId,
      type,
      host: text(entry.conn_host, line) ?? fromUri?.host,
      schema: text(entry.conn_schema, line) ?? fromUri?.schema,
      login: text(entry.conn_login, line) ?? fromUri?.login,
      ...(password ? { password } : {}),
      ...(typeof port === "number" ? { port } : {}),
      ...(extra && Object.keys(extra).length ? { extra } : {}),
      line,
    });
  });

  (raw.airflow?.variables ?? []).forEach((entry, index) => {
    if (!entry || isBlank(entry)) return;
    const line = source.lineOf(["airflow", "variables", index]);
    const key = text(entry.variable_name, line);
    if (!key) throw new ConfigurationError("a variable without variable_name", { file: displayPath, line, fix: "give every variable a variable_name" });
    unique("variable", key, line);
    const rawValue = entry.variable_value;
    // Airflow stores variables as text: non-string YAML values are stored as their JSON.
    const asText = rawValue === null || rawValue === undefined ? "" : typeof rawValue === "string" ? rawValue : JSON.stringify(rawValue);
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
    out.pools.push({ name, slots, description: text(entry.pool_description, line), ...(typeof entry.pool_include_deferred === "boolean" ? { includeDeferred: entry.pool_include_deferred } : {}), line });
  });
  return out;
}

function resolveDeep(value: Record<string, unknown>, resolve: (text: string) => string): Record<string, unknown> {
  const walk = (v: unknown): unknown => (typeof v === "string" ? resolve(v) : Array.isArray(v) ? v.map(walk) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, c]) => [k, walk(c)])) : v);
  return walk(value) as Record<string, unknown>;
}

function parseExtraJson(text: string, connId: string, file: string, line: number | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ConfigurationError(`conn_extra of connection '${connId}' is neither a mapping nor a JSON object`, { file, line, fix: "write conn_extra as a YAML mapping, or as a JSON object string" });
}

/**
 * An Airflow connection URI (`postgres://login:password@host:5432/schema?param=value`), read as Airflow's
 * `Connection._parse_from_uri` does: the scheme is the conn_type (`-` becomes `_`; `postgresql` stays as written),
 * components are percent-decoded, the path without its leading `/` is the schema, and the query is the extra (or the
 * JSON in its `__extra__` parameter).
 */
export function parseConnectionUri(uri: string, file: string, line: number | undefined): { type: string; host?: string; login?: string; password?: string; port?: number; schema?: string; extra?: Record<string, unknown> } {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(uri);
  if (!match) throw new ConfigurationError("conn_uri is not a connection URI (<type>://[login[:password]@]host[:port][/schema][?extra])", { file, line, fix: "e.g. conn_uri: postgres://user:pass@db.example.com:5432/analytics" });
  let url: URL;
  try {
    url = new URL(`placeholder://${match[2]}`);
  } catch {
    throw new ConfigurationError("conn_uri could not be parsed", { file, line, fix: "percent-encode special characters in the login and password (e.g. @ as %40)" });
  }
  const decode = (s: string) => (s ? decodeURIComponent(s) : undefined);
  let extra: Record<string, unknown> | undefined;
  const params = [...url.searchParams.entries()];
  if (params.length === 1 && params[0]?.[0] === "__extra__") extra = parseExtraJson(params[0][1], "conn_uri", file, line);
  else if (params.length) extra = Object.fromEntries(params);
  return {
    type: (match[1] as string).replace(/-/g, "_"),
    host: decode(url.hostname),
    login: decode(url.username),
    password: decode(url.password),
    port: url.port ? Number(url.port) : undefined,
    schema: decode(url.pathname.replace(/^\//, "")),
    extra,
  };
}
