import { ConfigurationError } from "../errors.js";
import { readYamlFile, validateYamlAgainstSchema } from "../util/yaml-file.js";
import schema from "../../schema/airflow-settings.schema.json" with { type: "json" };

/** Connections, pools and variables of airflow_settings.yaml. Passwords and values are never kept: only whether they are set. */
export interface AirflowSettings {
  file: string;
  connections: { connId: string; connType?: string; host?: string; schema?: string; login?: string; port?: number; hasPassword: boolean; hasExtra: boolean; uri: boolean; line?: number }[];
  pools: { name: string; slots: number; description?: string; line?: number }[];
  variables: { name: string; hasValue: boolean; line?: number }[];
}

type Raw = { airflow?: { connections?: Record<string, unknown>[] | null; pools?: Record<string, unknown>[] | null; variables?: Record<string, unknown>[] | null } | null } | null;

const isBlank = (entry: Record<string, unknown>): boolean => Object.values(entry).every((v) => v === null || v === undefined || v === "");

export async function parseAirflowSettings(absPath: string, displayPath: string): Promise<AirflowSettings> {
  const source = await readYamlFile(absPath, displayPath);
  validateYamlAgainstSchema(source, schema, "see the astro dev init template for the shape of airflow_settings.yaml");
  const raw = (source.value ?? null) as Raw;
  const settings: AirflowSettings = { file: displayPath, connections: [], pools: [], variables: [] };
  const seen = new Map<string, number | undefined>();
  (raw?.airflow?.connections ?? []).forEach((c, i) => {
    if (isBlank(c)) return;
    const line = source.lineOf(["airflow", "connections", i]);
    const connId = c.conn_id as string | null | undefined;
    if (!connId) throw new ConfigurationError("a connection without conn_id", { file: displayPath, line, fix: "give every connection a conn_id" });
    if (!c.conn_type && !c.conn_uri) {
      throw new ConfigurationError(`connection '${connId}' has neither conn_type nor conn_uri`, { file: displayPath, line, fix: "set conn_type (e.g. postgres) or conn_uri" });
    }
    if (seen.has(connId)) {
      throw new ConfigurationError(`connection '${connId}' is defined twice (first at line ${seen.get(connId)})`, { file: displayPath, line, fix: "keep one definition per conn_id" });
    }
    seen.set(connId, line);
    settings.connections.push({
      connId,
      connType: (c.conn_type as string | null) ?? undefined,
      host: (c.conn_host as string | null) ?? undefined,
      schema: (c.conn_schema as string | null) ?? undefined,
      login: (c.conn_login as string | null) ?? undefined,
      port: (c.conn_port as number | null) ?? undefined,
      hasPassword: Boolean(c.conn_password),
      hasExtra: Boolean(c.conn_extra),
      uri: Boolean(c.conn_uri),
      line,
    });
  });
  (raw?.airflow?.pools ?? []).forEach((p, i) => {
    if (isBlank(p)) return;
    const line = source.lineOf(["airflow", "pools", i]);
    if (!p.pool_name) throw new ConfigurationError("a pool without pool_name", { file: displayPath, line, fix: "give every pool a pool_name" });
    if (typeof p.pool_slot !== "number") throw new ConfigurationError(`pool '${String(p.pool_name)}' needs an integer pool_slot`, { file: displayPath, line, fix: "set pool_slot: <number of slots>" });
    settings.pools.push({ name: p.pool_name as string, slots: p.pool_slot, description: (p.pool_description as string | null) ?? undefined, line });
  });
  (raw?.airflow?.variables ?? []).forEach((v, i) => {
    if (isBlank(v)) return;
    const line = source.lineOf(["airflow", "variables", i]);
    if (!v.variable_name) throw new ConfigurationError("a variable without variable_name", { file: displayPath, line, fix: "give every variable a variable_name" });
    settings.variables.push({ name: v.variable_name as string, hasValue: v.variable_value !== null && v.variable_value !== undefined, line });
  });
  return settings;
}
