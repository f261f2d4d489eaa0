import { ConfigurationError } from "../errors.js";
import { readYamlFile } from "../util/yaml-file.js";

/** The parts of .astro/config.yaml the toolkit reads. Unknown keys are the astro CLI's business. */
export interface AstroConfig {
  file: string;
  projectName?: string;
  deployment?: string;
  workspace?: string;
  skipParse?: boolean;
}

export async function parseAstroConfig(absPath: string, displayPath: string): Promise<AstroConfig> {
  const source = await readYamlFile(absPath, displayPath);
  const value = source.value;
  if (value === null || value === undefined) return { file: displayPath };
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError("expected a mapping at the top level", { file: displayPath, line: 1, fix: "see the file astro dev init creates" });
  }
  const root = value as Record<string, unknown>;
  const project = (root.project ?? {}) as Record<string, unknown>;
  const stringAt = (obj: Record<string, unknown>, key: string, path: string[]): string | undefined => {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") throw new ConfigurationError(`'${path.join(".")}' must be a string`, { file: displayPath, line: source.lineOf(path), fix: "quote the value" });
    return v;
  };
  const skip = root.skip_parse;
  if (skip !== undefined && typeof skip !== "boolean") {
    throw new ConfigurationError("'skip_parse' must be true or false", { file: displayPath, line: source.lineOf(["skip_parse"]), fix: "write skip_parse: true or skip_parse: false" });
  }
  return {
    file: displayPath,
    projectName: stringAt(project, "name", ["project", "name"]),
    deployment: stringAt(project, "deployment", ["project", "deployment"]),
    workspace: stringAt(project, "workspace", ["project", "workspace"]),
    skipParse: skip as boolean | undefined,
  };
}

/** .astro/dag_integrity_exceptions.txt: paths whose import errors `astro dev parse` tolerates. */
export function parseIntegrityExceptions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

/**
 * The values of the few Airflow settings that change how DAG files are found. Read by name only: every other
 * `.env` value may be a secret and is never returned.
 */
export const DISCOVERY_SETTINGS = ["AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX", "AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE", "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT"] as const;

export function parseDiscoverySettings(text: string): Partial<Record<(typeof DISCOVERY_SETTINGS)[number], string>> {
  const out: Partial<Record<(typeof DISCOVERY_SETTINGS)[number], string>> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    const key = match?.[1] as (typeof DISCOVERY_SETTINGS)[number] | undefined;
    if (key && (DISCOVERY_SETTINGS as readonly string[]).includes(key)) out[key] = (match?.[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return out;
}

/** .env: the keys only. Values are secrets and are never returned. */
export function parseEnvKeys(text: string): string[] {
  const keys: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(line);
    if (match) keys.push(match[1] as string);
  }
  return keys;
}
