import { classifyError } from "../errors.js";
import { readYamlFile } from "../util/yaml-file.js";
import type { ProjectFileProblem } from "./problems.js";

/** The parts of .astro/config.yaml the toolkit reads. Unknown keys are the astro CLI's business. */
export interface AstroConfig {
  file: string;
  projectName?: string;
  deployment?: string;
  workspace?: string;
  skipParse?: boolean;
}

/**
 * Read .astro/config.yaml (the Astro CLI's project settings). Never throws for the file's content: a problem
 * (invalid YAML, a value of the wrong type) is returned with its line and the value is left unset. A file whose real
 * path is outside the repository `repoRoot` (absolute) is not opened (a problem of the file).
 */
export async function parseAstroConfig(absPath: string, displayPath: string, repoRoot: string): Promise<{ config: AstroConfig; problems: ProjectFileProblem[] }> {
  const problems: ProjectFileProblem[] = [];
  const config: AstroConfig = { file: displayPath };
  const problem = (line: number | undefined, message: string, fix: string): void => {
    problems.push({ file: displayPath, line: line ?? 1, severity: "warning", message, fix });
  };
  let source;
  try {
    source = await readYamlFile(absPath, displayPath, { repoRoot });
  } catch (error) {
    // The YAML's fault, or the file system's (a folder in its place, no permission): a problem of this file, never a stop.
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problem(classified.line, `${classified.message}: the Astro CLI cannot read its project settings`, classified.fix ?? "correct the YAML syntax");
    return { config, problems };
  }
  const value = source.value;
  if (value === null || value === undefined) return { config, problems };
  if (typeof value !== "object" || Array.isArray(value)) {
    problem(1, "expected a mapping at the top level", "see the file astro dev init creates");
    return { config, problems };
  }
  const root = value as Record<string, unknown>;
  const project = (typeof root.project === "object" && root.project !== null && !Array.isArray(root.project) ? root.project : {}) as Record<string, unknown>;
  const stringAt = (obj: Record<string, unknown>, key: string, path: string[]): string | undefined => {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") {
      problem(source.lineOf(path), `'${path.join(".")}' must be a string`, "quote the value");
      return undefined;
    }
    return v;
  };
  const skip = root.skip_parse;
  if (skip !== undefined && typeof skip !== "boolean") {
    problem(source.lineOf(["skip_parse"]), "'skip_parse' must be true or false", "write skip_parse: true or skip_parse: false");
  }
  config.projectName = stringAt(project, "name", ["project", "name"]);
  config.deployment = stringAt(project, "deployment", ["project", "deployment"]);
  config.workspace = stringAt(project, "workspace", ["project", "workspace"]);
  config.skipParse = typeof skip === "boolean" ? skip : undefined;
  return { config, problems };
}

/** .astro/dag_integrity_exceptions.txt: paths whose import errors `astro dev parse` tolerates. */
export function parseIntegrityExceptions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

/**
 * The values of the few Airflow settings that change how DAG files are found and imported (and the defaults DAGs
 * are judged by: `max_active_runs_per_dag`, `default_task_retries`, `default_owner`). Read by name only: every other
 * `.env` value may be a secret and is never returned.
 */
export const DISCOVERY_SETTINGS = [
  "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX",
  "AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE",
  "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT",
  "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG",
  "AIRFLOW__CORE__DEFAULT_TASK_RETRIES",
  "AIRFLOW__OPERATORS__DEFAULT_OWNER",
  "AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS",
] as const;

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
