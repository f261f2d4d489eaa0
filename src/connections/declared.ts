import { ConfigurationError } from "../errors.js";
import { AIRFLOW_SETTINGS_KEYS, decodeAirflowSettings, type DecodedEntrySource, type SettingsProblem, type SettingsSection } from "../project/airflow-settings.js";

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
  /**
   * Where this entry holds a secret value, for messages (never the values): `conn_password`, `conn_uri`, a `${NAME}`
   * substituted anywhere in it, or an extra field Airflow hides (`conn_extra.token`). Empty or absent: none.
   */
  secrets?: string[];
}

export interface DeclaredVariable {
  key: string;
  value: string;
  /**
   * The value was read from the job's environment (`${NAME}`). It is stored as a secret variable, as is one whose key
   * Airflow hides (`db_password`, whatever its value's origin): {@link variableIsSecret}.
   */
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

/**
 * `${NAME}` (substituted from the job's environment), or `$${NAME}` (group 1 is `$`: the literal text `${NAME}`). The
 * Astro CLI substitutes nothing in airflow_settings.yaml (viper reads the values as written): `${NAME}` is astro-ci's
 * own, for connections sync and branch-deploy, and the escape writes a value that holds `${...}` itself.
 */
const REFERENCE = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The job's own credentials: never written into a Deployment, whatever a file says. */
const NEVER_INJECTED = /^(ASTRO_API_TOKEN|GITHUB_TOKEN|ACTIONS_[A-Z0-9_]*)$/i;
/**
 * What the runner, its shell or the Actions runtime sets (apart from NEVER_INJECTED): never a secret a team passes in
 * for a Deployment. `${USER}` in a value copied from a shell script (or meant for another tool) would silently become
 * `runner`, `${HOME}` the runner's home: refused, with the escape (`$${USER}`) for the literal text and a variable of
 * one's own (`DEPLOYED_SHA: ${{ github.sha }}`) for a value the runner knows.
 */
const RUNNER_SET = /^(USER|LOGNAME|HOME|PATH|SHELL|PWD|OLDPWD|HOSTNAME|TMPDIR|TEMP|TMP|LANG|LC_[A-Z]+|TERM|CI|GITHUB_[A-Z0-9_]*|RUNNER_[A-Z0-9_]*|INPUT_[A-Z0-9_]*|STATE_[A-Z0-9_]*|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY)$/i;
/**
 * conn_ids Airflow accepts: apache/airflow 2.10.5 airflow/models/connection.py `sanitize_conn_id`, RE_SANITIZE_CONN_ID
 * `^[\w\#\!\(\)\-\.\:\/\\]{1,}$` and CONN_ID_MAX_LEN 250. It is compiled with google-re2, whose `\w` is ASCII only
 * (checked in apache-airflow 2.10.5: `café_db`, `ü` and `日本` are refused, unlike Python's `re`), so ASCII here.
 */
const AIRFLOW_CONN_ID = /^[A-Za-z0-9_#!()\-.:/\\]{1,250}$/;

/** Whether a settings value holds a `${NAME}` that is substituted (not only escaped `$${NAME}`). */
export function hasEnvironmentReference(text: string): boolean {
  return [...text.matchAll(REFERENCE)].some((match) => !match[1]);
}

/** A settings value without substitutions: each escaped `$${NAME}` as the literal `${NAME}` it stands for. */
export function unescapeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, escape: string, name: string) => (escape ? `\${${name}}` : whole));
}
/**
 * Keys the Astro CLI ignores that injection accepts: `pool_include_deferred` is sent to the Airflow REST API
 * (`include_deferred` of a pool, apache/airflow 2.10.5 v1.yaml); the descriptions are accepted and not used (astro-ci
 * writes its own marker into descriptions).
 */
const INJECTION_KEYS: Record<SettingsSection, readonly string[]> = { connections: ["conn_description"], pools: ["pool_include_deferred"], variables: ["variable_description"] };
const SINGULAR: Record<SettingsSection, string> = { connections: "connection", pools: "pool", variables: "variable" };

/**
 * Read connections, variables and pools from a file in the `airflow_settings.yaml` format to inject them into a
 * Deployment. The file is decoded as the Astro CLI decodes it, by the one reader of the format
 * (`decodeAirflowSettings` in project/airflow-settings.ts: keys in any case, numbers as text, numeric strings as
 * integers, a single mapping as a one-element list, `null` as empty, a later duplicate key replacing the earlier
 * entry, the `astro dev init` template as nothing configured), so injection and `astro dev start` load the same
 * entries. On top of it: `${NAME}` in any text value is replaced by the job's environment variable NAME (never the
 * runner's own credentials, NEVER_INJECTED, nor what the runner sets, RUNNER_SET; `$${NAME}` is the literal text
 * `${NAME}`); a conn_id Airflow refuses (sanitize_conn_id) stops the read; a `conn_uri` is read as Airflow reads it (used alone, as the Astro CLI
 * does, with `conn_extra` replacing its extra); `conn_extra` is a mapping or a JSON object string; passwords,
 * URIs, anything substituted, and the values Airflow itself hides (extra fields and variables whose name holds
 * `password`, `token`, `secret`... : isSensitiveName) are passed to `mask` before anything is logged (`core.setSecret`
 * in Actions). Other values written in the committed file are not: masking `preview` or `true` hid nothing and
 * garbled every log line and report holding the word.
 * `repoRoot` (absolute): the repository the file is in; one whose real path is outside it is not opened (readUserBytes'
 * EPERM).
 * Returns the entries in file order, each with the line of its entry; values include secrets: never log them.
 * @throws ConfigurationError (file, line, fix) where injecting would differ from what the Astro CLI loads, or
 * surprise: the file is not YAML or the CLI cannot decode it; an entry the CLI skips (no conn_id, neither conn_type
 * nor conn_uri, no pool_name, no pool_slot, no variable_name); a key the CLI ignores (a typo would drop a value),
 * except conn_description, variable_description and pool_include_deferred; a key written twice in different case;
 * a YAML boolean where text belongs (the CLI turns true into "1"); conn_uri together with conn_type, conn_host,
 * conn_schema, conn_login, conn_password or conn_port (the CLI then ignores conn_uri); a port outside 1-65535; an
 * unparsable conn_uri or conn_extra; pool_include_deferred not true/false; a missing `${NAME}`, or one naming the
 * runner's credentials; two entries whose keys are equal once `${NAME}` is substituted.
 */
export async function readDeclaredObjects(
  absPath: string,
  displayPath: string,
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  mask: (value: string) => void,
  /** Told, as `file:line: message`, of an entry a later one with the same key replaces (as the Astro CLI does). */
  notice: (message: string) => void = () => undefined,
  /**
   * A dry run, which never sends or prints a value: a `${NAME}` missing from the environment is told here (name and
   * line) and left as the text `${NAME}` (a secret value, planned as an update) instead of stopping the read.
   * Unset: a missing `${NAME}` is a ConfigurationError.
   */
  missing?: (name: string, line: number | undefined) => void,
): Promise<DeclaredObjects> {
  const decoded = await decodeAirflowSettings(absPath, displayPath, repoRoot);
  for (const problem of decoded.problems) {
    refuseUnlessHarmless(problem, displayPath);
    if (problem.kind === "replaced") notice(`${displayPath}:${problem.line}: ${problem.message}`);
  }
  const out: DeclaredObjects = { file: displayPath, connections: [], variables: [], pools: [] };

  /** `${NAME}` → the environment's value; records whether anything was substituted. Substituted values are masked. */
  /** The `${NAME}` references substituted since the current entry began (what makes its values secrets). */
  const references = new Set<string>();
  const resolveText = (text: string, line: number | undefined): { value: string; substituted: boolean } => {
    let substituted = false;
    const value = text.replace(REFERENCE, (_, escape: string, name: string) => {
      if (escape) return `\${${name}}`;
      if (NEVER_INJECTED.test(name)) {
        throw new ConfigurationError(`\${${name}} may not be injected: it holds the runner's own credentials`, { file: displayPath, line, fix: "pass the value as a secret of its own, e.g. env: MY_SECRET: ${{ secrets.MY_SECRET }}, and write ${MY_SECRET}" });
      }
      if (RUNNER_SET.test(name)) {
        throw new ConfigurationError(`\${${name}} is set by the runner (or its shell), not passed in for the Deployment: astro-ci does not substitute it`, {
          file: displayPath,
          line,
          fix: `write $\${${name}} for the literal text \${${name}}; for a value the runner knows, pass it under a name of your own (env: MY_VALUE: \${{ github.sha }}) and write \${MY_VALUE}`,
        });
      }
      const found = env[name];
      if (found === undefined && missing) {
        missing(name, line);
        substituted = true;
        references.add(name);
        return `\${${name}}`;
      }
      if (found === undefined) {
        throw new ConfigurationError(`\${${name}} is not set in the job's environment`, { file: displayPath, line, fix: `pass it to the step, e.g. env: ${name}: \${{ secrets.${name} }}` });
      }
      substituted = true;
      references.add(name);
      if (found) mask(found);
      return found;
    });
    return { value, substituted };
  };
  /** A decoded text value with `${NAME}` substituted; undefined when empty. */
  const text = (value: string, line: number | undefined): string | undefined => (value === "" ? undefined : resolveText(value, line).value || undefined);
  /** The CLI decodes a YAML boolean written for text as "1"/"0" (mapstructure): refused, it is never what was meant. */
  const noBooleans = (entry: DecodedEntrySource, keys: readonly string[], what: string): void => {
    for (const key of keys) {
      const value = entry.written[key];
      if (typeof value !== "boolean") continue;
      throw new ConfigurationError(`${key} of ${what} is the YAML boolean ${value}: the Astro CLI stores it as "${value ? 1 : 0}"`, { file: displayPath, line: entry.keyLines[key] ?? entry.line, fix: `quote it (${key}: "${value}") or write ${value ? 1 : 0}` });
    }
  };
  const seen = new Set<string>();
  const unique = (kind: string, key: string, line: number | undefined) => {
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
      throw new ConfigurationError(`conn_id ${JSON.stringify(connId.length > 60 ? `${connId.slice(0, 60)}…` : connId)} ${connId.length > 250 ? `is ${connId.length} characters long` : "holds characters other than ASCII letters, digits and _ # ! ( ) - . : / \\"}: Airflow refuses it (sanitize_conn_id)`, {
        file: displayPath,
        line,
        fix: `use at most 250 ASCII letters, digits and _ # ! ( ) - . : / \\ (e.g. my_conn, not my conn)${connId.includes("${{") ? "; ${{ }} is GitHub's workflow syntax, which a file of the repository never gets: write ${NAME} and pass NAME in the step's env:" : ""}`,
      });
    }
    unique("connection", connId, line);
    // settings.go AddConnections passes --conn-uri only when no other field is set, and Airflow's `connections add`
    // then replaces the URI's extra with --conn-extra.
    const fields = (["conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port"] as const).filter((key) => (key === "conn_port" ? c.port !== 0 : c.written[key] !== null && c.written[key] !== undefined && c.written[key] !== ""));
    if (c.uri && fields.length) {
      throw new ConfigurationError(`connection '${connId}' has conn_uri and ${fields.join(", ")}: the Astro CLI then ignores conn_uri`, { file: displayPath, line, fix: "keep either conn_uri (its scheme is the conn_type) or the separate fields" });
    }
    let fromUri: ReturnType<typeof parseConnectionUri> | undefined;
    if (c.uri) {
      const uri = resolveText(c.uri, line).value;
      mask(uri);
      fromUri = parseConnectionUri(uri, displayPath, c.keyLines.conn_uri ?? line);
    }
    const type = fromUri?.type ?? text(c.connType, line);
    if (!type) throw new ConfigurationError(`connection '${connId}' has an empty conn_type once \${NAME} values are substituted`, { file: displayPath, line, fix: "set conn_type (e.g. postgres) or conn_uri" });
    const password = fromUri ? fromUri.password : text(c.password, line);
    if (password) mask(password);
    const port = fromUri ? fromUri.port : c.port || undefined;
    if (port !== undefined && (port < 1 || port > 65535)) throw new ConfigurationError(`conn_port of connection '${connId}' is ${port}, not a TCP port`, { file: displayPath, line: c.keyLines.conn_port ?? line, fix: "write a port between 1 and 65535, e.g. conn_port: 5432" });
    let extra = fromUri?.extra;
    if (c.extra !== null && c.extra !== undefined && c.extra !== "") {
      const at = c.keyLines.conn_extra ?? line;
      if (typeof c.extra === "string") extra = parseExtraJson(resolveText(c.extra, at).value, connId, displayPath, at);
      else if (typeof c.extra === "object" && !Array.isArray(c.extra)) extra = resolveDeep(c.extra as Record<string, unknown>, (s) => resolveText(s, line).value);
      else throw new ConfigurationError(`conn_extra of connection '${connId}' is neither a mapping nor a JSON object`, { file: displayPath, line: at, fix: "write conn_extra as a YAML mapping, or as a JSON object string" });
    }
    // Values under sensitive keys (a token, a private_key), as Airflow masks them; `${NAME}` values were masked above.
    if (extra) maskSensitive(extra, mask);
    // Resolved before `secrets` is made: a `${NAME}` in any of them makes the entry a secret one.
    const host = fromUri ? fromUri.host : text(c.host, line);
    const schema = fromUri ? fromUri.schema : text(c.schema, line);
    const login = fromUri ? fromUri.login : text(c.login, line);
    const secrets = [
      ...(c.uri ? ["conn_uri"] : password ? ["conn_password"] : []),
      ...[...references].map((name) => `\${${name}}`),
      ...(extra ? sensitivePaths(extra, "conn_extra") : []),
    ];
    out.connections.push({
      connId,
      type,
      host,
      schema,
      login,
      ...(password ? { password } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(extra && Object.keys(extra).length ? { extra } : {}),
      line,
      ...(secrets.length ? { secrets } : {}),
    });
  }

  for (const v of decoded.variables) {
    const line = v.line;
    noBooleans(v, ["variable_name", "variable_value"], `variable '${v.name}'`);
    const key = text(v.name, line);
    if (!key) throw new ConfigurationError(`the variable_name of the variable is empty once \${NAME} values are substituted`, { file: displayPath, line, fix: "give every variable a variable_name" });
    unique("variable", key, line);
    const resolved = resolveText(v.value, line);
    // A value written in the committed file is no secret; one from `${NAME}` was masked when substituted. A key
    // Airflow deems sensitive (`api_token`: should_hide_value_for_key) is masked whatever its value's origin, and
    // sync stores it as a secret (variableIsSecret).
    if (resolved.value && isSensitiveName(key)) mask(resolved.value);
    out.variables.push({ key, value: resolved.value, isSecret: resolved.substituted, line });
  }

  for (const p of decoded.pools) {
    const line = p.line;
    noBooleans(p, ["pool_name", "pool_description"], `pool '${p.name}'`);
    const name = text(p.name, line);
    if (!name) throw new ConfigurationError(`the pool_name of the pool is empty once \${NAME} values are substituted`, { file: displayPath, line, fix: "give every pool a pool_name" });
    // Pools are addressed by name in the Airflow REST API's path (/pools/{name}), where '.' and '..' are path segments.
    if (name === "." || name === "..") throw new ConfigurationError(`the pool_name '${name}' cannot be addressed through Airflow's REST API (/pools/${name} is read as a path segment)`, { file: displayPath, line, fix: "give the pool a name with letters, digits or other characters" });
    unique("pool", name, line);
    const deferred = p.written.pool_include_deferred;
    if (deferred !== undefined && deferred !== null && typeof deferred !== "boolean") {
      throw new ConfigurationError(`pool_include_deferred of pool '${name}' is not true or false`, { file: displayPath, line: p.keyLines.pool_include_deferred ?? line, fix: "write pool_include_deferred: true (or false)" });
    }
    out.pools.push({ name, slots: p.slots, description: text(p.description, line), ...(typeof deferred === "boolean" ? { includeDeferred: deferred } : {}), line });
  }
  return out;
}

/**
 * What the Astro CLI skips, ignores or cannot decode is refused for injection (a preview would otherwise differ from
 * `astro dev start`, or a typo'd key drop a value silently); a later entry replacing an earlier one with the same
 * key is accepted, as the CLI accepts it.
 */
function refuseUnlessHarmless(problem: SettingsProblem, file: string): void {
  if (problem.kind === "replaced") return;
  if (problem.kind === "ignored-key" && problem.section && problem.key !== undefined) {
    if (INJECTION_KEYS[problem.section].includes(problem.key)) return;
    throw new ConfigurationError(`'${problem.key}' is not a key of a ${SINGULAR[problem.section]}: the Astro CLI ignores it, and astro-ci does not inject it`, {
      file,
      line: problem.line,
      fix: `use only ${[...AIRFLOW_SETTINGS_KEYS[problem.section], ...INJECTION_KEYS[problem.section]].join(", ")}`,
    });
  }
  throw new ConfigurationError(problem.subject, { file, line: problem.line, fix: problem.kind === "skipped" ? `${problem.fix} (the Astro CLI skips this entry)` : problem.fix });
}

/**
 * Names whose values Airflow hides in its logs and UI (apache/airflow airflow/utils/log/secrets_masker.py at 2.10.5,
 * DEFAULT_SENSITIVE_FIELDS, matched as `should_hide_value_for_key` does: lower case, contained in the name).
 */
const SENSITIVE_FIELDS = ["access_token", "api_key", "apikey", "authorization", "passphrase", "passwd", "password", "private_key", "secret", "token", "keyfile_dict", "service_account"];

/**
 * Whether a declared variable is stored as a secret: a value from `${NAME}`, or a key Airflow hides whatever the value
 * (`db_password`, `api_token`: airflow/utils/log/secrets_masker.py `should_hide_value_for_key`), which Astro would
 * otherwise show in its UI and API answers while Airflow masks it.
 */
export function variableIsSecret(v: Pick<DeclaredVariable, "key" | "isSecret">): boolean {
  return v.isSecret || isSensitiveName(v.key);
}

/** Whether Airflow hides the value of a Variable or Connection extra field named `name`. */
export function isSensitiveName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return SENSITIVE_FIELDS.some((field) => lower.includes(field));
}

/** The paths (`conn_extra.token`) of the fields under a sensitive key, at any depth. */
function sensitivePaths(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sensitivePaths(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => (isSensitiveName(key) ? [`${path}.${key}`] : sensitivePaths(child, `${path}.${key}`)));
}

/** Every string in `value` (a whole subtree), masked. */
function maskDeep(value: unknown, mask: (value: string) => void): void {
  if (typeof value === "string") {
    if (value) mask(value);
  } else if (Array.isArray(value)) value.forEach((v) => maskDeep(v, mask));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => maskDeep(v, mask));
}

/** The strings of an extra under a sensitive key (at any depth), masked as Airflow's secrets masker redacts them. */
function maskSensitive(value: unknown, mask: (value: string) => void): void {
  if (Array.isArray(value)) value.forEach((v) => maskSensitive(v, mask));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (isSensitiveName(key)) maskDeep(child, mask);
      else maskSensitive(child, mask);
    }
  }
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
 * `Connection._parse_from_uri` does: the scheme is the conn_type as `_normalize_conn_type` makes it (`postgresql`
 * becomes `postgres`, else `-` becomes `_`; checked with apache-airflow 2.10.5's Connection(uri=...)),
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
    type: match[1] === "postgresql" ? "postgres" : (match[1] as string).replace(/-/g, "_"),
    host: decode(url.hostname),
    login: decode(url.username),
    password: decode(url.password),
    port: url.port ? Number(url.port) : undefined,
    schema: decode(url.pathname.replace(/^\//, "")),
    extra,
  };
}
