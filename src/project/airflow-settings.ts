import { classifyError } from "../errors.js";
import { readYamlFile, type YamlSource } from "../util/yaml-file.js";
import type { ProjectFileProblem } from "./problems.js";

/** Connections, pools and variables of airflow_settings.yaml, summarised by {@link parseAirflowSettings}. Passwords and values are never kept: only whether they are set. */
export interface AirflowSettings {
  file: string;
  connections: { connId: string; connType?: string; host?: string; schema?: string; login?: string; port?: number; hasPassword: boolean; hasExtra: boolean; uri: boolean; line?: number }[];
  pools: { name: string; slots: number; description?: string; line?: number }[];
  variables: { name: string; hasValue: boolean; line?: number }[];
}

/** Why a problem was reported; readers that are stricter than the Astro CLI decide per kind. */
export type SettingsProblemKind =
  /** Not YAML (or its aliases expand too far): the Astro CLI loads nothing from the file. */
  | "unreadable"
  /** YAML the CLI's decoding refuses (a list where text belongs, `conn_port: abc`): it loads nothing from the file. */
  | "undecodable"
  /** Two keys of one mapping differ only in case (`Conn_Id`, `conn_id`): viper keeps either value, at random. */
  | "ambiguous-key"
  /** A key the CLI's types do not have (`conn_description`): ignored. `section` and `key` say which. */
  | "ignored-key"
  /** An entry the CLI skips (no conn_id, neither conn_type nor conn_uri, no pool_slot, no variable_name). */
  | "skipped"
  /** An entry with the key of a later one (conn_id, pool_name, variable_name): the later one replaces it. */
  | "replaced";

/** A {@link ProjectFileProblem} of airflow_settings.yaml, with what a stricter reader needs to decide on it. */
export interface SettingsProblem extends ProjectFileProblem {
  kind: SettingsProblemKind;
  /** What is wrong, without what the Astro CLI does about it: "a connection without conn_id". */
  subject: string;
  /** For `ignored-key`: the list the entry is in, and the key, lower-cased. */
  section?: SettingsSection;
  key?: string;
}

export type SettingsSection = "connections" | "pools" | "variables";

/** Where an entry's values were written, and those values as YAML gave them (the weak decoding's input). */
export interface DecodedEntrySource {
  /** 1-based line of the entry: its `- ` item, or the mapping written in place of a one-element list. */
  line?: number;
  /** 1-based line of each key as written, by lower-cased key. */
  keyLines: Record<string, number | undefined>;
  /** Every key's value as written (YAML types: string, number, boolean, null, mapping, list), by lower-cased key; may hold secrets. */
  written: Record<string, unknown>;
}

/** A connection as the Astro CLI decodes it (astro-cli settings/types.go `Connection`): "" and 0 for unset. */
export interface DecodedConnection extends DecodedEntrySource {
  connId: string;
  connType: string;
  host: string;
  schema: string;
  login: string;
  /** A secret: never log or print it. */
  password: string;
  /** 0 when unset. */
  port: number;
  /** May hold a password: never log or print it. */
  uri: string;
  /** `conn_extra` as written (`interface{}` in the CLI): a mapping (keys as written), a string, null... May hold secrets. */
  extra: unknown;
}

/** A pool as the Astro CLI decodes it (astro-cli settings/types.go `Pools`); `slots` is never 0 (the CLI skips those). */
export interface DecodedPool extends DecodedEntrySource {
  name: string;
  slots: number;
  description: string;
}

/** A variable as the Astro CLI decodes it (astro-cli settings/types.go `Variables`). `value` may be a secret. */
export interface DecodedVariable extends DecodedEntrySource {
  name: string;
  /** "" when unset: the CLI then sets nothing, without a message. */
  value: string;
}

/** What the Astro CLI loads from airflow_settings.yaml, with values (secrets included), and what it skips or ignores. */
export interface DecodedAirflowSettings {
  file: string;
  connections: DecodedConnection[];
  pools: DecodedPool[];
  variables: DecodedVariable[];
  /** In file order; when one is `unreadable` or `undecodable`, the lists are empty (the CLI loads nothing). */
  problems: SettingsProblem[];
}

/** The keys of each entry the Astro CLI decodes (astro-cli settings/types.go). */
export const AIRFLOW_SETTINGS_KEYS = {
  connections: ["conn_id", "conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port", "conn_uri", "conn_extra"],
  pools: ["pool_name", "pool_slot", "pool_description"],
  variables: ["variable_name", "variable_value"],
} as const satisfies Record<SettingsSection, readonly string[]>;

/**
 * Decode airflow_settings.yaml the way the Astro CLI does (astronomer/astro-cli `settings/types.go` and
 * `settings/settings.go`), keeping each entry's values and YAML lines. This is the one reader of the format:
 * {@link parseAirflowSettings} summarises it for validate-dags and drift, and `connections/declared.ts` injects it.
 *
 * Decoding: viper lowercases keys, then mapstructure decodes with weakly typed input, so keys match
 * case-insensitively, unknown keys are ignored (`ignored-key` notice), numbers and booleans become strings (true →
 * "1"), numeric strings become integers as Go's `strconv.ParseInt(s, 0, 64)` reads them ("0x10" → 16), `null` is the
 * empty value, and a single mapping where a list belongs is a one-element list. `conn_extra` is kept as written (the
 * CLI's `interface{}`); unlike viper, its mapping keys are not lowercased here.
 * Then the CLI's rules: a connection without conn_id, or without conn_type and conn_uri, a pool without pool_name or
 * with pool_slot 0, a variable without variable_name are skipped (`skipped` notice; entries whose every value is
 * empty, as in the `astro dev init` template with its example conn_extra, silently); a later entry with the same
 * conn_id, pool_name or variable_name replaces the earlier one (`replaced` notice; `airflow connections add` after a
 * delete, `pools set`, `variables set` all overwrite). A variable with an empty value is kept (the CLI sets nothing
 * for it, silently). What the CLI cannot read or decode at all is a warning (`unreadable`, `undecodable`), and then
 * nothing is loaded, as in the CLI.
 * `repoRoot` (absolute): the repository the file must be in once symlinks are resolved; outside it, nothing is opened
 * and the file is `unreadable`.
 * @throws only for a file that cannot be read (Node's error, with its path); never for the file's content.
 */
export async function decodeAirflowSettings(absPath: string, displayPath: string, repoRoot: string): Promise<DecodedAirflowSettings> {
  const out: DecodedAirflowSettings = { file: displayPath, connections: [], pools: [], variables: [], problems: [] };
  const problem = (kind: SettingsProblemKind, line: number | undefined, subject: string, effect: string, fix: string, extra: Pick<SettingsProblem, "section" | "key"> = {}): void => {
    const severity = kind === "unreadable" || kind === "undecodable" ? "warning" : "notice";
    out.problems.push({ file: displayPath, line: line ?? 1, severity, message: `${subject}: ${effect}`, fix, kind, subject, ...extra });
  };
  let source: YamlSource;
  try {
    // readYamlFile: bytes that are not UTF-8 are named on their line (Go's YAML reader refuses them too).
    source = await readYamlFile(absPath, displayPath, { repoRoot });
  } catch (error) {
    // The YAML's fault, or the file system's (a folder in its place, no permission): a problem of this file, never a stop.
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problem("unreadable", classified.line, classified.message, "the Astro CLI loads no connection, pool or variable from this file", classified.fix ?? "correct the YAML syntax");
    return out;
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => source.lineOf(path);

  /** A mapping's keys lowercased as viper does; `as written` keeps the original key for lines. */
  const lowered = (map: Record<string, unknown>, path: readonly (string | number)[]): { value: Record<string, unknown>; written: Record<string, string> } => {
    const value: Record<string, unknown> = {};
    const written: Record<string, string> = {};
    for (const [key, v] of Object.entries(map)) {
      const lower = key.toLowerCase();
      const earlier = written[lower];
      if (earlier !== undefined) {
        problem("ambiguous-key", lineOf([...path, key]), `'${earlier}' and '${key}' are the same key`, "the Astro CLI (viper) keeps either value, at random", "write the key once");
      }
      value[lower] = v;
      written[lower] = key;
    }
    return { value, written };
  };

  if (source.value === undefined || source.value === null) return out;
  if (!isMapping(source.value)) {
    problem("undecodable", 1, "the top level is not a mapping", "the Astro CLI loads nothing from this file", "start the file with `airflow:` and its connections, pools and variables lists, as astro dev init writes it");
    return out;
  }
  const root = lowered(source.value, []);
  const airflowPath = [root.written.airflow ?? "airflow"];
  const airflowValue = root.value.airflow;
  if (airflowValue === undefined || airflowValue === null) return out;
  if (!isMapping(airflowValue)) {
    problem("undecodable", lineOf(airflowPath), "'airflow' is not a mapping", "the Astro CLI cannot decode the file and loads nothing from it", "write connections:, pools: and variables: under airflow:");
    return out;
  }
  const airflow = lowered(airflowValue, airflowPath);
  const decodeErrors: { line?: number; subject: string }[] = [];

  type Raw = { value: Record<string, unknown>; source: DecodedEntrySource; path: (string | number)[]; section: SettingsSection };
  /** mapstructure turns a single mapping into a one-element list ("single values are converted to slices"). */
  const entries = (section: SettingsSection): Raw[] => {
    const list = airflow.value[section];
    const sectionPath = [...airflowPath, airflow.written[section] ?? section];
    if (list === undefined || list === null) return [];
    if (!isMapping(list) && !Array.isArray(list)) {
      decodeErrors.push({ line: lineOf(sectionPath), subject: `'airflow.${section}' must be a list` });
      return [];
    }
    const items = isMapping(list) ? [{ item: list as unknown, path: sectionPath }] : list.map((item: unknown, i) => ({ item, path: [...sectionPath, i] }));
    return items.flatMap(({ item, path }, i) => {
      if (item === null || item === undefined) return [];
      if (!isMapping(item)) {
        decodeErrors.push({ line: lineOf(path), subject: `entry ${i + 1} of airflow.${section} is not a mapping` });
        return [];
      }
      const { value, written } = lowered(item, path);
      const keyLines = Object.fromEntries(Object.entries(written).map(([lower, key]) => [lower, lineOf([...path, key])]));
      for (const key of Object.keys(value)) {
        if ((AIRFLOW_SETTINGS_KEYS[section] as readonly string[]).includes(key)) continue;
        problem("ignored-key", keyLines[key], `'${key}' is not a key of ${section}`, "the Astro CLI ignores it", `use only ${AIRFLOW_SETTINGS_KEYS[section].join(", ")}`, { section, key });
      }
      return [{ value, source: { line: lineOf(path), keyLines, written: value }, path, section }];
    });
  };
  const asString = (entry: Raw, key: string): string => {
    const value = weakString(entry.value[key]);
    if (value === undefined) {
      decodeErrors.push({ line: entry.source.keyLines[key], subject: `'${key}' must be text, not a ${Array.isArray(entry.value[key]) ? "list" : "mapping"}` });
      return "";
    }
    return value;
  };
  const asInt = (entry: Raw, key: string): number => {
    const value = weakInt(entry.value[key]);
    if (value === undefined) {
      decodeErrors.push({ line: entry.source.keyLines[key], subject: `'${key}' must be a whole number (got ${JSON.stringify(entry.value[key])})` });
      return 0;
    }
    return value;
  };

  const connections: DecodedConnection[] = entries("connections").map((entry) => ({
    ...entry.source,
    connId: asString(entry, "conn_id"),
    connType: asString(entry, "conn_type"),
    host: asString(entry, "conn_host"),
    schema: asString(entry, "conn_schema"),
    login: asString(entry, "conn_login"),
    password: asString(entry, "conn_password"),
    port: asInt(entry, "conn_port"),
    uri: asString(entry, "conn_uri"),
    extra: entry.value.conn_extra,
  }));
  const pools: DecodedPool[] = entries("pools").map((entry) => ({ ...entry.source, name: asString(entry, "pool_name"), slots: asInt(entry, "pool_slot"), description: asString(entry, "pool_description") }));
  const variables: DecodedVariable[] = entries("variables").map((entry) => ({ ...entry.source, name: asString(entry, "variable_name"), value: asString(entry, "variable_value") }));

  if (decodeErrors.length) {
    for (const e of decodeErrors) {
      problem("undecodable", e.line, e.subject, "the Astro CLI cannot decode the file and loads no connection, pool or variable from it", "see the file astro dev init writes for the shape of each entry");
    }
    return out;
  }

  /** Later entries with the same key replace earlier ones, keeping file order otherwise. */
  const keep = <T extends DecodedEntrySource>(list: T[], item: T, key: (t: T) => string, kind: string): void => {
    const earlier = list.findIndex((x) => key(x) === key(item));
    if (earlier >= 0) {
      problem("replaced", item.line, `${kind} '${key(item)}' is also defined at line ${list[earlier]?.line}`, "the Astro CLI keeps this later one", `keep one definition per ${kind === "connection" ? "conn_id" : kind === "pool" ? "pool_name" : "variable_name"}`);
      list.splice(earlier, 1);
    }
    list.push(item);
  };

  // Connections: the CLI skips entries without conn_id (silently) or without conn_type and conn_uri (with a message).
  for (const c of connections) {
    const blank = !c.connId && !c.connType && !c.host && !c.schema && !c.login && !c.password && !c.port && !c.uri;
    if (!c.connId) {
      if (!blank) problem("skipped", c.line, "a connection without conn_id", "the Astro CLI skips it", "give the connection a conn_id, or remove the entry");
      continue;
    }
    if (!c.connType && !c.uri) {
      problem("skipped", c.line, `connection '${c.connId}' has neither conn_type nor conn_uri`, "the Astro CLI skips it", "set conn_type (e.g. postgres) or conn_uri");
      continue;
    }
    keep(out.connections, c, (x) => x.connId, "connection");
  }
  for (const p of pools) {
    if (!p.name) {
      if (p.slots || p.description) problem("skipped", p.line, "a pool without pool_name", "the Astro CLI skips it", "give the pool a pool_name, or remove the entry");
      continue;
    }
    if (p.slots === 0) {
      problem("skipped", p.line, `pool '${p.name}' has no pool_slot`, 'the Astro CLI skips it ("Pool Slot must be set")', "set pool_slot to the number of slots");
      continue;
    }
    keep(out.pools, p, (x) => x.name, "pool");
  }
  for (const v of variables) {
    if (!v.name) {
      if (v.value) problem("skipped", v.line, "a variable without variable_name", "the Astro CLI skips it", "give the variable a variable_name, or remove the entry");
      continue;
    }
    keep(out.variables, v, (x) => x.name, "variable");
  }
  return out;
}

/**
 * Read airflow_settings.yaml the way the Astro CLI does ({@link decodeAirflowSettings}) and summarise it without
 * secrets: passwords, URIs, extras and variable values are never kept, only whether they are set. Problems: what the
 * CLI skips or ignores is a notice; what it cannot read or decode at all (a YAML error, a mapping where a string
 * belongs, `conn_port: abc`) is a warning, because then the CLI loads nothing from the file. The `astro dev init`
 * template (every value empty, an example conn_extra) is "nothing configured", without a problem.
 * `repoRoot`: as for decodeAirflowSettings.
 * @throws only for a file that cannot be read (Node's error); never for the file's content.
 */
export async function parseAirflowSettings(absPath: string, displayPath: string, repoRoot: string): Promise<{ settings: AirflowSettings; problems: ProjectFileProblem[] }> {
  const decoded = await decodeAirflowSettings(absPath, displayPath, repoRoot);
  const settings: AirflowSettings = {
    file: displayPath,
    connections: decoded.connections.map((c) => ({
      connId: c.connId,
      connType: c.connType || undefined,
      host: c.host || undefined,
      schema: c.schema || undefined,
      login: c.login || undefined,
      port: c.port || undefined,
      hasPassword: Boolean(c.password),
      hasExtra: c.extra !== null && c.extra !== undefined && c.extra !== "" && !(isMapping(c.extra) && Object.keys(c.extra).length === 0),
      uri: Boolean(c.uri),
      line: c.line,
    })),
    pools: decoded.pools.map((p) => ({ name: p.name, slots: p.slots, description: p.description || undefined, line: p.line })),
    variables: decoded.variables.map((v) => ({ name: v.name, hasValue: v.value !== "", line: v.line })),
  };
  const problems = decoded.problems.map(({ file, line, severity, message, fix }): ProjectFileProblem => ({ file, line, severity, message, fix }));
  return { settings, problems };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
