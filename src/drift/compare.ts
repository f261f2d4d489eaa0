import type { AirflowPool } from "../airflow-api/client.js";
import type { Deployment, EnvironmentObject } from "../astro/types.js";
import { hasEnvironmentReference, parseConnectionUri, unescapeReferences } from "../connections/declared.js";
import type { AirflowSettings } from "../project/airflow-settings.js";
import { CONFIGURATION_FIELDS, WORKER_QUEUE_FIELDS, liveHibernationSchedules, normalizeValue, type DeploymentFile } from "./deployment-file.js";

export type DriftKind =
  | "runtime"
  | "undeployed-commits"
  | "configuration"
  | "worker-queue"
  | "environment-variable"
  | "connection"
  | "variable"
  | "pool"
  | "missing-deployment"
  | "stale-preview";

/**
 * One difference between what the repository declares and what runs. `declared`/`live` are display values, and `null`
 * means "absent". The report shows what the repository holds and the Deployment's keys, never the Deployment's values:
 * a drift issue on a public repository must not copy a Deployment's settings out of Astro's access control. An
 * `unexpected` (live-only) item is its key alone (`live` {@link LIVE_NOT_SHOWN}); a value that differs shows the
 * repository's value (`null` when the repository has none) and `live` {@link LIVE_NOT_SHOWN} (`null` when the
 * Deployment has none), with the detail {@link DIFFERS} (the runtime's has its own words). Shown as they are: whether a
 * password is set and whether a variable is secret ("set", "secret"), and the deployed commits and DAG bundle
 * (`undeployed-commits`: the repository's own commits).
 */
export interface DriftItem {
  kind: DriftKind;
  /** What differs: a configuration field, `<queue>.<field>`, an environment variable key, a conn_id... */
  field: string;
  declared: string | number | boolean | null;
  live: string | number | boolean | null;
  /** Why it counts, in words: "missing", "unexpected", "differs on the Deployment", "secret-ness differs", a commit count... */
  detail?: string;
  /** Where it is declared: file and 1-based line, when known. */
  source?: { file: string; line?: number };
}

type Scalar = string | number | boolean | null;

const display = (value: unknown): Scalar => (value === undefined || value === "" ? null : typeof value === "object" ? JSON.stringify(value) : (value as Scalar));

/** `live` of an item whose live value exists but is not shown (see DriftItem). */
export const LIVE_NOT_SHOWN = "(not shown)";
/** `detail` of a Deployment setting whose live value differs from the repository's. */
export const DIFFERS = "differs on the Deployment";
/** The live side of a differing value: absent (`null`) when the Deployment has none, else {@link LIVE_NOT_SHOWN}. */
const hidden = (value: unknown): Scalar => (display(value) === null ? null : LIVE_NOT_SHOWN);

/** Runtime of the project's Dockerfile against the Deployment's. */
export function compareRuntime(declared: { version: string; file: string; line?: number } | undefined, live: Deployment): DriftItem[] {
  if (!declared || declared.version === live.astroRuntimeVersion) return [];
  return [{ kind: "runtime", field: "astroRuntimeVersion", declared: declared.version, live: hidden(live.astroRuntimeVersion), detail: "the Dockerfile's runtime is not the one the Deployment runs (an image deploy is due, or the Deployment was changed elsewhere)", source: { file: declared.file, line: declared.line } }];
}

/** Everything a Deployment file declares, against the live Deployment. Only what the file contains is compared. */
export function compareDeploymentFile(file: DeploymentFile, live: Deployment): DriftItem[] {
  const items: DriftItem[] = [];
  const doc = file.document.deployment ?? {};
  const at = (path: (string | number)[]) => ({ file: file.file, line: file.lineOf(["deployment", ...path]) });

  for (const [field, value] of Object.entries(doc.configuration ?? {})) {
    const read = CONFIGURATION_FIELDS[field];
    if (!read) continue; // schema-valid but not readable from the API (default_worker_type needs the cluster's node pools)
    const liveValue = read(live);
    if (normalizeValue(field, value) !== normalizeValue(field, liveValue)) {
      items.push({ kind: "configuration", field, declared: display(value), live: hidden(liveValue), detail: DIFFERS, source: at(["configuration", field]) });
    }
  }

  if (doc.worker_queues) {
    const liveQueues = new Map((live.workerQueues ?? []).map((q) => [String(q.name), q]));
    doc.worker_queues.forEach((queue, index) => {
      const name = String(queue.name);
      const liveQueue = liveQueues.get(name);
      liveQueues.delete(name);
      if (!liveQueue) {
        items.push({ kind: "worker-queue", field: name, declared: name, live: null, detail: "missing", source: at(["worker_queues", index]) });
        return;
      }
      for (const [field, value] of Object.entries(queue)) {
        const apiField = WORKER_QUEUE_FIELDS[field];
        if (!apiField) continue;
        if (normalizeValue(field, value) !== normalizeValue(field, liveQueue[apiField])) {
          items.push({ kind: "worker-queue", field: `${name}.${field}`, declared: display(value), live: hidden(liveQueue[apiField]), detail: DIFFERS, source: at(["worker_queues", index, field]) });
        }
      }
    });
    for (const name of liveQueues.keys()) items.push({ kind: "worker-queue", field: name, declared: null, live: LIVE_NOT_SHOWN, detail: "unexpected", source: at(["worker_queues"]) });
  }

  if (doc.environment_variables) {
    const liveVars = new Map((live.environmentVariables ?? []).map((v) => [v.key, v]));
    doc.environment_variables.forEach((variable, index) => {
      const declaredSecret = variable.is_secret === true;
      const liveVar = liveVars.get(variable.key);
      liveVars.delete(variable.key);
      const source = at(["environment_variables", index]);
      if (!liveVar) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "(secret)" : display(variable.value ?? ""), live: null, detail: "missing", source });
        return;
      }
      if (declaredSecret !== liveVar.isSecret) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "secret" : "not secret", live: liveVar.isSecret ? "secret" : "not secret", detail: "secret-ness differs", source });
        return;
      }
      // A secret's value cannot be read back: declared by key only.
      if (!declaredSecret && variable.value !== undefined && String(variable.value ?? "") !== (liveVar.value ?? "")) {
        items.push({ kind: "environment-variable", field: variable.key, declared: display(String(variable.value ?? "")), live: hidden(liveVar.value), detail: DIFFERS, source });
      }
    });
    // Live-only variables by key alone, secret or not.
    for (const key of liveVars.keys()) items.push({ kind: "environment-variable", field: key, declared: null, live: LIVE_NOT_SHOWN, detail: "unexpected", source: at(["environment_variables"]) });
  }

  if (doc.alert_emails) {
    const declared = [...new Set(doc.alert_emails.map((e) => e.toLowerCase()))].sort();
    const liveEmails = [...new Set((live.contactEmails ?? []).map((e) => e.toLowerCase()))].sort();
    if (declared.join(",") !== liveEmails.join(",")) items.push({ kind: "configuration", field: "alert_emails", declared: declared.join(", ") || null, live: hidden(liveEmails.join(", ")), detail: DIFFERS, source: at(["alert_emails"]) });
  }

  if (doc.hibernation_schedules) {
    const key = (s: { hibernate_at: string; wake_at: string; enabled?: boolean }) => `${s.hibernate_at.trim()} → ${s.wake_at.trim()}${s.enabled === false ? " (disabled)" : ""}`;
    const declared = doc.hibernation_schedules.map(key).sort();
    const liveSchedules = liveHibernationSchedules(live).map(key).sort();
    if (declared.join("; ") !== liveSchedules.join("; ")) items.push({ kind: "configuration", field: "hibernation_schedules", declared: declared.join("; ") || null, live: hidden(liveSchedules.join("; ")), detail: DIFFERS, source: at(["hibernation_schedules"]) });
  }
  return items;
}

/**
 * What a `conn_uri` declares, read as connections sync reads it (parseConnectionUri: as Airflow parses a URI); never
 * its values of secrets: whether it has a password only. A part written as `${NAME}` (sync substitutes it from its
 * job's environment) is named in `fromEnvironment` instead of given (the password is only ever compared as set); `unknown` when the URI's shape itself comes
 * from the environment (`conn_uri: ${WAREHOUSE_URI}`).
 */
export interface UriDeclaration {
  type?: string;
  host?: string;
  login?: string;
  schema?: string;
  port?: number;
  hasPassword: boolean;
  /** Fields (`login`, `password`...) whose value comes from the environment: not compared. */
  fromEnvironment: string[];
  unknown?: true;
}

/** The settings drift compares: the summary, plus what a `conn_uri` declares for connections given by one alone. */
export type DeclaredSettings = Omit<AirflowSettings, "connections"> & { connections: (AirflowSettings["connections"][number] & { fromUri?: UriDeclaration })[] };

/**
 * Read a declared `conn_uri` for comparing. Each `${NAME}` becomes a placeholder (letters and digits: valid in every
 * part of a URI) before parsing; the parts holding one are from the environment. A URI whose scheme or shape holds
 * one cannot be read here (`unknown`).
 * @throws ConfigurationError (file, line) for a URI without references that Airflow could not read, as sync refuses it.
 */
export function uriDeclaration(uri: string, file: string, line: number | undefined): UriDeclaration {
  const placeholder = (index: number) => `astrociref${index}x`;
  let count = 0;
  const text = uri.replace(/\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, escape: string, name: string) => (escape ? `\${${name}}` : placeholder(count++)));
  let parts: ReturnType<typeof parseConnectionUri>;
  try {
    parts = parseConnectionUri(text, file, line);
  } catch (error) {
    if (count) return { hasPassword: false, fromEnvironment: [], unknown: true };
    throw error;
  }
  const fromEnvironment: string[] = [];
  const read = <T>(field: string, value: T): T | undefined => {
    if (typeof value === "string" && /astrociref\d+x/.test(value)) {
      fromEnvironment.push(field);
      return undefined;
    }
    return value;
  };
  const type = read("conn_type", parts.type);
  const login = read("login", parts.login);
  const host = read("host", parts.host);
  const schema = read("schema", parts.schema);
  // A password from the environment is still compared as set or not (as conn_password: ${NAME} is).
  return { type, login, host, schema, port: parts.port, hasPassword: Boolean(parts.password), fromEnvironment };
}

/**
 * Connections, Airflow variables and pools of an `airflow_settings.yaml`-format file against the Deployment's
 * environment objects and Airflow pools, by key and non-secret fields. Passwords and variable values are never
 * compared or shown: only whether a password or an extra is set on both sides. `pools` undefined: not checked.
 * Fields written as `${NAME}` are not compared; `notes` gets one line naming them.
 */
export function compareAirflowSettings(settings: DeclaredSettings, objects: EnvironmentObject[], pools: AirflowPool[] | undefined, notes: string[] = []): DriftItem[] {
  const items: DriftItem[] = [];
  /** Fields written as `${NAME}`: connections sync and branch-deploy read them from their job's environment. */
  const fromEnvironment: string[] = [];
  const source = (line?: number) => ({ file: settings.file, line });
  const connections = new Map(objects.filter((o) => o.objectType === "CONNECTION").map((o) => [o.objectKey, o]));
  for (const c of settings.connections) {
    const live = connections.get(c.connId);
    if (!live) {
      items.push({ kind: "connection", field: c.connId, declared: c.connId, live: null, detail: "missing", source: source(c.line) });
      continue;
    }
    // A conn_uri alone declares its parts, as connections sync sends them (Airflow's reading of the URI).
    const uri = c.fromUri;
    if (uri?.unknown) {
      fromEnvironment.push(`${c.connId}.conn_uri`);
      continue;
    }
    for (const field of uri?.fromEnvironment ?? []) fromEnvironment.push(`${c.connId}.${field}`);
    const pairs: [string, unknown, unknown][] = [
      ["conn_type", uri ? uri.type : c.connType, live.connection?.type],
      ["host", uri ? uri.host : c.host, live.connection?.host],
      ["login", uri ? uri.login : c.login, live.connection?.login],
      ["schema", uri ? uri.schema : c.schema, live.connection?.schema],
      ["port", uri ? uri.port : c.port, live.connection?.port],
    ];
    for (const [field, declared, liveValue] of pairs) {
      if (uri?.fromEnvironment.includes(field)) continue;
      if (!uri && c.uri && declared === undefined) continue; // conn_uri with other fields: only the explicit fields compare
      // The value comes from the environment of the job that applies the file (often a secret): never compared as
      // the literal `${NAME}` (drift every night), never read here (it would be shown in the report). `$${NAME}` is
      // the literal text `${NAME}`, compared as such.
      if (typeof declared === "string" && hasEnvironmentReference(declared)) {
        fromEnvironment.push(`${c.connId}.${field}`);
        continue;
      }
      const written = typeof declared === "string" ? unescapeReferences(declared) : declared;
      if (normalizeValue(field, written) !== normalizeValue(field, liveValue)) {
        items.push({ kind: "connection", field: `${c.connId}.${field}`, declared: display(written), live: hidden(liveValue), detail: DIFFERS, source: source(c.line) });
      }
    }
    // setFields names fields with values ("password", or "connection.password" as dotted paths): secrets are masked.
    const liveHasPassword = (live.setFields ?? []).some((f) => f === "password" || f === "connection.password");
    const hasPassword = uri ? uri.hasPassword : c.hasPassword;
    if (hasPassword !== liveHasPassword) items.push({ kind: "connection", field: `${c.connId}.password`, declared: hasPassword ? "set" : "not set", live: liveHasPassword ? "set" : "not set", detail: "secret-ness differs", source: source(c.line) });
  }
  if (fromEnvironment.length) notes.push(`not compared: ${fromEnvironment.join(", ")} in ${settings.file} (written as \${NAME}, a value of the environment of the job that applies the file)`);
  const variables = new Set(objects.filter((o) => o.objectType === "AIRFLOW_VARIABLE").map((o) => o.objectKey));
  for (const v of settings.variables) {
    if (!variables.has(v.name)) items.push({ kind: "variable", field: v.name, declared: v.name, live: null, detail: "missing", source: source(v.line) });
  }
  if (pools) {
    const livePools = new Map(pools.map((p) => [p.name, p]));
    for (const p of settings.pools) {
      const live = livePools.get(p.name);
      if (!live) {
        items.push({ kind: "pool", field: p.name, declared: p.slots, live: null, detail: "missing", source: source(p.line) });
        continue;
      }
      if (live.slots !== p.slots) items.push({ kind: "pool", field: `${p.name}.slots`, declared: p.slots, live: hidden(live.slots), detail: DIFFERS, source: source(p.line) });
      // Pools astro-ci created carry its marker in their description: compare what the user wrote.
      const liveDescription = (live.description ?? "").replace(/ ?\(managed by astro-ci\)$/, "");
      if (p.description !== undefined && (p.description ?? "") !== liveDescription) {
        items.push({ kind: "pool", field: `${p.name}.description`, declared: display(p.description), live: hidden(live.description), detail: DIFFERS, source: source(p.line) });
      }
    }
  }
  return items;
}
