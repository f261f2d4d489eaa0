import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError,
  parseYamlText
} from "./chunk-CZXLBLOD.js";

// src/project/airflow-settings.ts
import { readFile } from "node:fs/promises";
async function parseAirflowSettings(absPath, displayPath) {
  const settings = { file: displayPath, connections: [], pools: [], variables: [] };
  const problems = [];
  const problem = (line, severity, message, fix) => {
    problems.push({ file: displayPath, line: line ?? 1, severity, message, fix });
  };
  let source;
  try {
    source = parseYamlText(await readFile(absPath, "utf8"), displayPath);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problem(error.line, "warning", `${error.message}: the Astro CLI loads no connection, pool or variable from this file`, error.fix ?? "correct the YAML syntax");
    return { settings, problems };
  }
  const root = lowerKeys(source.value);
  if (root === void 0 || root === null) return { settings, problems };
  if (!isMapping(root)) {
    problem(1, "warning", "the top level is not a mapping: the Astro CLI loads nothing from this file", "start the file with `airflow:` and its connections, pools and variables lists, as astro dev init writes it");
    return { settings, problems };
  }
  const airflow = root.airflow;
  if (airflow === void 0 || airflow === null) return { settings, problems };
  if (!isMapping(airflow)) {
    problem(source.lineOf(["airflow"]), "warning", "'airflow' is not a mapping: the Astro CLI cannot decode the file and loads nothing from it", "write connections:, pools: and variables: under airflow:");
    return { settings, problems };
  }
  const decodeErrors = [];
  const lineOf = (path) => source.lineOf(path);
  const entries = (key) => {
    const list = airflow[key];
    if (list === void 0 || list === null) return [];
    if (isMapping(list)) return [{ value: list, path: ["airflow", key] }];
    if (!Array.isArray(list)) {
      decodeErrors.push({ line: lineOf(["airflow", key]), message: `'airflow.${key}' must be a list` });
      return [];
    }
    return list.flatMap((item, i) => {
      if (item === null || item === void 0) return [];
      if (!isMapping(item)) {
        decodeErrors.push({ line: lineOf(["airflow", key, i]), message: `entry ${i + 1} of airflow.${key} is not a mapping` });
        return [];
      }
      return [{ value: item, path: ["airflow", key, i] }];
    });
  };
  const asString = (entry, key) => {
    const value = weakString(entry.value[key]);
    if (value === void 0) {
      decodeErrors.push({ line: lineOf([...entry.path, key]), message: `'${key}' must be text, not a ${Array.isArray(entry.value[key]) ? "list" : "mapping"}` });
      return "";
    }
    return value;
  };
  const asInt = (entry, key) => {
    const value = weakInt(entry.value[key]);
    if (value === void 0) {
      decodeErrors.push({ line: lineOf([...entry.path, key]), message: `'${key}' must be a whole number (got ${JSON.stringify(entry.value[key])})` });
      return 0;
    }
    return value;
  };
  const KNOWN = {
    connections: ["conn_id", "conn_type", "conn_host", "conn_schema", "conn_login", "conn_password", "conn_port", "conn_uri", "conn_extra"],
    pools: ["pool_name", "pool_slot", "pool_description"],
    variables: ["variable_name", "variable_value"]
  };
  const ignoredKeys = (entry, kind) => {
    for (const key of Object.keys(entry.value)) {
      if (KNOWN[kind].includes(key)) continue;
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
      hasExtra: extra !== null && extra !== void 0 && extra !== "" && !(isMapping(extra) && Object.keys(extra).length === 0)
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
  const seen = /* @__PURE__ */ new Map();
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
      connType: c.connType || void 0,
      host: c.host || void 0,
      schema: c.schema || void 0,
      login: c.login || void 0,
      port: c.port || void 0,
      hasPassword: Boolean(c.password),
      hasExtra: c.hasExtra,
      uri: Boolean(c.uri),
      line
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
    settings.pools.push({ name: p.name, slots: p.slots, description: p.description || void 0, line });
  }
  for (const v of variables) {
    const line = lineOf(v.entry.path);
    if (!v.name) {
      if (v.value) problem(line, "notice", "a variable without variable_name: the Astro CLI skips it", "give the variable a variable_name, or remove the entry");
      continue;
    }
    settings.variables.push({ name: v.name, hasValue: v.value !== "", line });
  }
  return { settings, problems };
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function lowerKeys(value) {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerKeys(v)]));
  return value;
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
  parseAirflowSettings
};
