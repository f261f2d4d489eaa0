import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  readYamlFile
} from "./chunk-Y3LO47RV.js";
import {
  classifyError
} from "./chunk-MOGDTFFA.js";

// src/project/airflow-settings.ts
var AIRFLOW_SETTINGS_KEYS = {
  connections: ["conn_id", "conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port", "conn_uri", "conn_extra"],
  pools: ["pool_name", "pool_slot", "pool_description"],
  variables: ["variable_name", "variable_value"]
};
async function decodeAirflowSettings(absPath, displayPath, repoRoot) {
  const out = { file: displayPath, connections: [], pools: [], variables: [], problems: [] };
  const problem = (kind, line, subject, effect, fix, extra = {}) => {
    const severity = kind === "unreadable" || kind === "undecodable" ? "warning" : "notice";
    out.problems.push({ file: displayPath, line: line ?? 1, severity, message: `${subject}: ${effect}`, fix, kind, subject, ...extra });
  };
  let source;
  try {
    source = await readYamlFile(absPath, displayPath, { repoRoot });
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problem("unreadable", classified.line, classified.message, "the Astro CLI loads no connection, pool or variable from this file", classified.fix ?? "correct the YAML syntax");
    return out;
  }
  const lineOf = (path) => source.lineOf(path);
  const lowered = (map, path) => {
    const value = {};
    const written = {};
    for (const [key, v] of Object.entries(map)) {
      const lower = key.toLowerCase();
      const earlier = written[lower];
      if (earlier !== void 0) {
        problem("ambiguous-key", lineOf([...path, key]), `'${earlier}' and '${key}' are the same key`, "the Astro CLI (viper) keeps either value, at random", "write the key once");
      }
      value[lower] = v;
      written[lower] = key;
    }
    return { value, written };
  };
  if (source.value === void 0 || source.value === null) return out;
  if (!isMapping(source.value)) {
    problem("undecodable", 1, "the top level is not a mapping", "the Astro CLI loads nothing from this file", "start the file with `airflow:` and its connections, pools and variables lists, as astro dev init writes it");
    return out;
  }
  const root = lowered(source.value, []);
  const airflowPath = [root.written.airflow ?? "airflow"];
  const airflowValue = root.value.airflow;
  if (airflowValue === void 0 || airflowValue === null) return out;
  if (!isMapping(airflowValue)) {
    problem("undecodable", lineOf(airflowPath), "'airflow' is not a mapping", "the Astro CLI cannot decode the file and loads nothing from it", "write connections:, pools: and variables: under airflow:");
    return out;
  }
  const airflow = lowered(airflowValue, airflowPath);
  const decodeErrors = [];
  const entries = (section) => {
    const list = airflow.value[section];
    const sectionPath = [...airflowPath, airflow.written[section] ?? section];
    if (list === void 0 || list === null) return [];
    if (!isMapping(list) && !Array.isArray(list)) {
      decodeErrors.push({ line: lineOf(sectionPath), subject: `'airflow.${section}' must be a list` });
      return [];
    }
    const items = isMapping(list) ? [{ item: list, path: sectionPath }] : list.map((item, i) => ({ item, path: [...sectionPath, i] }));
    return items.flatMap(({ item, path }, i) => {
      if (item === null || item === void 0) return [];
      if (!isMapping(item)) {
        decodeErrors.push({ line: lineOf(path), subject: `entry ${i + 1} of airflow.${section} is not a mapping` });
        return [];
      }
      const { value, written } = lowered(item, path);
      const keyLines = Object.fromEntries(Object.entries(written).map(([lower, key]) => [lower, lineOf([...path, key])]));
      for (const key of Object.keys(value)) {
        if (AIRFLOW_SETTINGS_KEYS[section].includes(key)) continue;
        problem("ignored-key", keyLines[key], `'${key}' is not a key of ${section}`, "the Astro CLI ignores it", `use only ${AIRFLOW_SETTINGS_KEYS[section].join(", ")}`, { section, key });
      }
      return [{ value, source: { line: lineOf(path), keyLines, written: value }, path, section }];
    });
  };
  const asString = (entry, key) => {
    const value = weakString(entry.value[key]);
    if (value === void 0) {
      decodeErrors.push({ line: entry.source.keyLines[key], subject: `'${key}' must be text, not a ${Array.isArray(entry.value[key]) ? "list" : "mapping"}` });
      return "";
    }
    return value;
  };
  const asInt = (entry, key) => {
    const value = weakInt(entry.value[key]);
    if (value === void 0) {
      decodeErrors.push({ line: entry.source.keyLines[key], subject: `'${key}' must be a whole number (got ${JSON.stringify(entry.value[key])})` });
      return 0;
    }
    return value;
  };
  const connections = entries("connections").map((entry) => ({
    ...entry.source,
    connId: asString(entry, "conn_id"),
    connType: asString(entry, "conn_type"),
    host: asString(entry, "conn_host"),
    schema: asString(entry, "conn_schema"),
    login: asString(entry, "conn_login"),
    password: asString(entry, "conn_password"),
    port: asInt(entry, "conn_port"),
    uri: asString(entry, "conn_uri"),
    extra: entry.value.conn_extra
  }));
  const pools = entries("pools").map((entry) => ({ ...entry.source, name: asString(entry, "pool_name"), slots: asInt(entry, "pool_slot"), description: asString(entry, "pool_description") }));
  const variables = entries("variables").map((entry) => ({ ...entry.source, name: asString(entry, "variable_name"), value: asString(entry, "variable_value") }));
  if (decodeErrors.length) {
    for (const e of decodeErrors) {
      problem("undecodable", e.line, e.subject, "the Astro CLI cannot decode the file and loads no connection, pool or variable from it", "see the file astro dev init writes for the shape of each entry");
    }
    return out;
  }
  const keep = (list, item, key, kind) => {
    const earlier = list.findIndex((x) => key(x) === key(item));
    if (earlier >= 0) {
      problem("replaced", item.line, `${kind} '${key(item)}' is also defined at line ${list[earlier]?.line}`, "the Astro CLI keeps this later one", `keep one definition per ${kind === "connection" ? "conn_id" : kind === "pool" ? "pool_name" : "variable_name"}`);
      list.splice(earlier, 1);
    }
    list.push(item);
  };
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
async function parseAirflowSettings(absPath, displayPath, repoRoot) {
  const decoded = await decodeAirflowSettings(absPath, displayPath, repoRoot);
  const settings = {
    file: displayPath,
    connections: decoded.connections.map((c) => ({
      connId: c.connId,
      connType: c.connType || void 0,
      host: c.host || void 0,
      schema: c.schema || void 0,
      login: c.login || void 0,
      port: c.port || void 0,
      hasPassword: Boolean(c.password),
      hasExtra: c.extra !== null && c.extra !== void 0 && c.extra !== "" && !(isMapping(c.extra) && Object.keys(c.extra).length === 0),
      uri: Boolean(c.uri),
      line: c.line
    })),
    pools: decoded.pools.map((p) => ({ name: p.name, slots: p.slots, description: p.description || void 0, line: p.line })),
    variables: decoded.variables.map((v) => ({ name: v.name, hasValue: v.value !== "", line: v.line }))
  };
  const problems = decoded.problems.map(({ file, line, severity, message, fix }) => ({ file, line, severity, message, fix }));
  return { settings, problems };
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function weakString(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return void 0;
}
function weakInt(value) {
  if (value === null || value === void 0) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : void 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return 0;
    if (!/^[+-]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[1-9][0-9_]*|0)$/.test(text)) return void 0;
    const sign = text.startsWith("-") ? -1 : 1;
    const digits = text.replace(/^[+-]/, "").replace(/_/g, "");
    const parsed = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : /^0[bB]/.test(digits) ? parseInt(digits.slice(2), 2) : /^0[oO]?[0-7]/.test(digits) ? parseInt(digits.replace(/^0[oO]?/, ""), 8) : Number(digits);
    return Number.isFinite(parsed) ? sign * parsed : void 0;
  }
  return void 0;
}

export {
  AIRFLOW_SETTINGS_KEYS,
  decodeAirflowSettings,
  parseAirflowSettings
};
