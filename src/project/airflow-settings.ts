import { readFile } from "node:fs/promises";
import { ConfigurationError } from "../errors.js";
import { parseYamlText, type YamlSource } from "../util/yaml-file.js";
import type { ProjectFileProblem } from "./problems.js";

/** Connections, pools and variables of airflow_settings.yaml. Passwords and values are never kept: only whether they are set. */
export interface AirflowSettings {
  file: string;
  connections: { connId: string; connType?: string; host?: string; schema?: string; login?: string; port?: number; hasPassword: boolean; hasExtra: boolean; uri: boolean; line?: number }[];
  pools: { name: string; slots: number; description?: string; line?: number }[];
  variables: { name: string; hasValue: boolean; line?: number }[];
}

/**
 * Read airflow_settings.yaml the way the Astro CLI does (astronomer/astro-cli `settings/types.go` and
 * `settings/settings.go`): viper decodes it with mapstructure's weakly typed input, so keys match case-insensitively,
 * unknown keys are ignored, numbers and booleans become strings, numeric strings become integers, and `null` is the
 * empty value. The CLI then skips, with a message, a connection without conn_id or without conn_type and conn_uri,
 * a pool without pool_name or with pool_slot 0, and a variable without variable_name or with an empty value; a
 * later connection with the same conn_id replaces an earlier one. So does this reader: an entry whose every value is
 * empty (the `astro dev init` template) is "nothing configured"; what the CLI would skip is a notice; what it
 * cannot decode at all (a YAML error, a mapping where a string belongs, `conn_port: abc`) is a warning, because
 * then the CLI loads nothing from the file. Nothing here throws for the file's content.
 */
export async function parseAirflowSettings(absPath: string, displayPath: string): Promise<{ settings: AirflowSettings; problems: ProjectFileProblem[] }> {
  const settings: AirflowSettings = { file: displayPath, connections: [], pools: [], variables: [] };
  const problems: ProjectFileProblem[] = [];
  const problem = (line: number | undefined, severity: "warning" | "notice", message: string, fix: string): void => {
    problems.push({ file: displayPath, line: line ?? 1, severity, message, fix });
  };
  let source: YamlSource;
  try {
    source = parseYamlText(await readFile(absPath, "utf8"), displayPath);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problem(error.line, "warning", `${error.message}: the Astro CLI loads no connection, pool or variable from this file`, error.fix ?? "correct the YAML syntax");
    return { settings, problems };
  }
  const root = lowerKeys(source.value);
  if (root === undefined || root === null) return { settings, problems };
  if (!isMapping(root)) {
    problem(1, "warning", "the top level is not a mapping: the Astro CLI loads nothing from this file", "start the file with `airflow:` and its connections, pools and variables lists, as astro dev init writes it");
    return { settings, problems };
  }
  const airflow = root.airflow;
  if (airflow === undefined || airflow === null) return { settings, problems };
  if (!isMapping(airflow)) {
    problem(source.lineOf(["airflow"]), "warning", "'airflow' is not a mapping: the Astro CLI cannot decode the file and loads nothing from it", "write connections:, pools: and variables: under airflow:");
    return { settings, problems };
  }
  const decodeErrors: { line?: number; message: string }[] = [];
  const lineOf = (path: (string | number)[]): number | undefined => source.lineOf(path);

  /** mapstructure turns a single mapping into a one-element list ("single values are converted to slices"). */
  const entries = (key: string): { value: Record<string, unknown>; path: (string | number)[] }[] => {
    const list = airflow[key];
    if (list === undefined || list === null) return [];
    if (isMapping(list)) return [{ value: list, path: ["airflow", key] }];
    if (!Array.isArray(list)) {
      decodeErrors.push({ line: lineOf(["airflow", key]), message: `'airflow.${key}' must be a list` });
      return [];
    }
    return list.flatMap((item, i) => {
      if (item === null || item === undefined) return [];
      if (!isMapping(item)) {
        decodeErrors.push({ line: lineOf(["airflow", key, i]), message: `entry ${i + 1} of airflow.${key} is not a mapping` });
        return [];
      }
      return [{ value: item, path: ["airflow", key, i] }];
    });
  };
  const asString = (entry: { value: Record<string, unknown>; path: (string | number)[] }, key: string): string => {
    const value = weakString(entry.value[key]);
    if (value === undefined) {
      decodeErrors.push({ line: lineOf([...entry.path, key]), message: `'${key}' must be text, not a ${Array.isArray(entry.value[key]) ? "list" : "mapping"}` });
      return "";
    }
    return value;
  };
  const asInt = (entry: { value: Record<string, unknown>; path: (string | number)[] }, key: string): number => {
    const value = weakInt(entry.value[key]);
    if (value === undefined) {
      decodeErrors.push({ line: lineOf([...entry.path, key]), message: `'${key}' must be a whole number (got ${JSON.stringify(entry.value[key])})` });
      return 0;
    }
    return value;
  };
  const KNOWN = {
    connections: ["conn_id", "conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port", "conn_uri", "conn_extra"],
    pools: ["pool_name", "pool_slot", "pool_description"],
    variables: ["variable_name", "variable_value"],
  } as const;
  const ignoredKeys = (entry: { value: Record<string, unknown>; path: (string | number)[] }, kind: keyof typeof KNOWN): void => {
    for (const key of Object.keys(entry.value)) {
      if ((KNOWN[kind] as readonly string[]).includes(key)) continue;
      problem(lineOf([...entry.path, key]), "notice", `the Astro CLI ignores '${key}' in ${kind}`, `use only ${KNOWN[kind].join(", ")}`);
    }
  };

  const connections = entries("connections").map((entry) => {
    ignoredKeys(entry, "connections");
    const extra = entry.value.conn_extra;
    return {
      entry,
      connId: asString(entry, "conn_id"),
      connType: asString(entry, "conn_type"),
      host: asString(entry, "conn_host"),
      schema: asString(entry, "conn_schema"),
      login: asString(entry, "conn_login"),
      password: asString(entry, "conn_password"),
      port: asInt(entry, "conn_port"),
      uri: asString(entry, "conn_uri"),
      hasExtra: extra !== null && extra !== undefined && extra !== "" && !(isMapping(extra) && Object.keys(extra).length === 0),
    };
  });
  const pools = entries("pools").map((entry) => {
    ignoredKeys(entry, "pools");
    return { entry, name: asString(entry, "pool_name"), slots: asInt(entry, "pool_slot"), description: asString(entry, "pool_description") };
  });
  const variables = entries("variables").map((entry) => {
    ignoredKeys(entry, "variables");
    return { entry, name: asString(entry, "variable_name"), value: asString(entry, "variable_value") };
  });

  if (decodeErrors.length) {
    for (const e of decodeErrors) {
      problem(e.line, "warning", `${e.message}: the Astro CLI cannot decode the file and loads no connection, pool or variable from it`, "see the file astro dev init writes for the shape of each entry");
    }
    return { settings, problems };
  }

  // Connections: the CLI skips entries without conn_id (silently) or without conn_type and conn_uri (with a message).
  const seen = new Map<string, number | undefined>();
  for (const c of connections) {
    const line = lineOf(c.entry.path);
    const blank = !c.connId && !c.connType && !c.host && !c.schema && !c.login && !c.password && !c.port && !c.uri;
    if (!c.connId) {
      if (!blank) problem(line, "notice", "a connection without conn_id: the Astro CLI skips it", "give the connection a conn_id, or remove the entry");
      continue;
    }
    if (!c.connType && !c.uri) {
      problem(line, "notice", `connection '${c.connId}' has neither conn_type nor conn_uri: the Astro CLI skips it`, "set conn_type (e.g. postgres) or conn_uri");
      continue;
    }
    if (seen.has(c.connId)) {
      problem(line, "notice", `connection '${c.connId}' is also defined at line ${seen.get(c.connId)}: the Astro CLI keeps this later one`, "keep one definition per conn_id");
      settings.connections = settings.connections.filter((x) => x.connId !== c.connId);
    }
    seen.set(c.connId, line);
    settings.connections.push({
      connId: c.connId,
      connType: c.connType || undefined,
      host: c.host || undefined,
      schema: c.schema || undefined,
      login: c.login || undefined,
      port: c.port || undefined,
      hasPassword: Boolean(c.password),
      hasExtra: c.hasExtra,
      uri: Boolean(c.uri),
      line,
    });
  }
  for (const p of pools) {
    const line = lineOf(p.entry.path);
    if (!p.name) {
      if (p.slots || p.description) problem(line, "notice", "a pool without pool_name: the Astro CLI skips it", "give the pool a pool_name, or remove the entry");
      continue;
    }
    if (p.slots === 0) {
      problem(line, "notice", `pool '${p.name}' has no pool_slot: the Astro CLI skips it ("Pool Slot must be set")`, "set pool_slot to the number of slots");
      continue;
    }
    settings.pools.push({ name: p.name, slots: p.slots, description: p.description || undefined, line });
  }
  for (const v of variables) {
    const line = lineOf(v.entry.path);
    if (!v.name) {
      if (v.value) problem(line, "notice", "a variable without variable_name: the Astro CLI skips it", "give the variable a variable_name, or remove the entry");
      continue;
    }
    // The CLI sets only variables with a non-empty value; an empty one is skipped without a message.
    settings.variables.push({ name: v.name, hasValue: v.value !== "", line });
  }
  return { settings, problems };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** viper lowercases every key; mapstructure then matches field names case-insensitively. */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerKeys(v)]));
  return value;
}

/** mapstructure's weak decoding into a Go string: null → "", bool → "1"/"0", numbers as text; lists and maps fail. */
function weakString(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/** mapstructure's weak decoding into a Go int: null → 0, bool → 1/0, floats truncated, strings parsed (empty → 0). */
function weakInt(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return 0;
    // strconv.ParseInt(s, 0, 64): decimal, 0x hex, 0o/0 octal, 0b binary, optional sign and underscores.
    if (!/^[+-]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[1-9][0-9_]*|0)$/.test(text)) return undefined;
    const sign = text.startsWith("-") ? -1 : 1;
    const digits = text.replace(/^[+-]/, "").replace(/_/g, "");
    const parsed = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : /^0[bB]/.test(digits) ? parseInt(digits.slice(2), 2) : /^0[oO]?[0-7]/.test(digits) ? parseInt(digits.replace(/^0[oO]?/, ""), 8) : Number(digits);
    return Number.isFinite(parsed) ? sign * parsed : undefined;
  }
  return undefined;
}
