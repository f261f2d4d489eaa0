import { stringify } from "yaml";
import type { Deployment } from "../astro/types.js";
import { ConfigurationError } from "../errors.js";
import { readYamlFile, validateYamlAgainstSchema, type YamlSource } from "../util/yaml-file.js";
import { validateDeploymentFile } from "./deployment-file-validator.generated.js";

/**
 * The Astro CLI's Deployment file (`astro deployment inspect`, `astro deployment update --deployment-file`), with the
 * field names the CLI writes (astronomer/astro-cli cloud/deployment/inspect/inspect.go). Only what a file contains is
 * declared: an absent field or section is not compared.
 */
export interface DeploymentFileDocument {
  deployment: {
    configuration?: Record<string, string | number | boolean | null>;
    worker_queues?: Record<string, string | number | boolean>[];
    environment_variables?: { key: string; value?: string | number | boolean | null; is_secret?: boolean; updated_at?: string }[];
    alert_emails?: string[];
    hibernation_schedules?: { hibernate_at: string; wake_at: string; enabled?: boolean; description?: string | null }[];
    metadata?: Record<string, unknown>;
  };
}

/** A parsed Deployment file that remembers lines, for drift items that point at the declaration. */
export interface DeploymentFile {
  /** Repository-relative path as written in astro-ci.yaml. */
  file: string;
  document: DeploymentFileDocument;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Read and check a Deployment file of the repository `repoRoot` (absolute; a file whose real path is outside it is
 * not opened: readUserBytes' EPERM) against `schema/deployment-file.schema.json`.
 * @throws ConfigurationError naming the file and line of the first unknown field or wrong type, or of invalid YAML.
 */
export async function readDeploymentFile(absPath: string, displayPath: string, repoRoot: string): Promise<DeploymentFile> {
  const source: YamlSource = await readYamlFile(absPath, displayPath, { repoRoot });
  validateYamlAgainstSchema(source, validateDeploymentFile, "use the field names `astro deployment inspect --template` writes (see schema/deployment-file.schema.json)");
  const document = source.value as DeploymentFileDocument;
  // The Astro CLI reads a variable's value into a string: `value: 1.0` or `value: 0755` is the text as written, not
  // the number YAML 1.2 makes of it (1, 755), which was reported as "value differs" against the live "1.0".
  (document.deployment?.environment_variables ?? []).forEach((variable, index) => {
    if (typeof variable.value !== "number" && typeof variable.value !== "boolean") return;
    variable.value = source.plainScalarText(["deployment", "environment_variables", index, "value"]) ?? String(variable.value);
  });
  // A list declares a whole set, keyed by name: a second entry with the same key would be compared as "missing"
  // against a live value the first already matched.
  refuseDuplicates(source, "worker_queues", "name", (document.deployment?.worker_queues ?? []).map((q) => String(q.name)));
  refuseDuplicates(source, "environment_variables", "key", (document.deployment?.environment_variables ?? []).map((v) => v.key));
  return { file: displayPath, document, lineOf: source.lineOf };
}

function refuseDuplicates(source: YamlSource, list: string, key: string, values: string[]): void {
  const first = new Map<string, number>();
  values.forEach((value, index) => {
    const before = first.get(value);
    if (before === undefined) return void first.set(value, index);
    const line = (i: number) => source.lineOf(["deployment", list, i, key]);
    throw new ConfigurationError(`\`${list}\` declares ${key} \`${value}\` twice (lines ${line(before) ?? "?"} and ${line(index) ?? "?"})`, {
      file: source.file,
      line: line(index),
      fix: `keep one entry per ${key}: the list declares the whole set the Deployment should have`,
    });
  });
}

/** Configuration fields of the file → how to read the same value from the API's Deployment. */
export const CONFIGURATION_FIELDS: Record<string, (d: Deployment) => unknown> = {
  name: (d) => d.name,
  description: (d) => d.description ?? "",
  runtime_version: (d) => d.astroRuntimeVersion,
  dag_deploy_enabled: (d) => d.isDagDeployEnabled,
  ci_cd_enforcement: (d) => d.isCicdEnforced ?? false,
  scheduler_size: (d) => d.schedulerSize,
  is_high_availability: (d) => d.isHighAvailability ?? false,
  is_development_mode: (d) => d.isDevelopmentMode ?? false,
  executor: (d) => d.executor,
  scheduler_au: (d) => d.schedulerAu,
  scheduler_count: (d) => d.schedulerReplicas,
  cluster_name: (d) => d.clusterName ?? "",
  workspace_name: (d) => d.workspaceName ?? "",
  deployment_type: (d) => d.type,
  cloud_provider: (d) => d.cloudProvider ?? "",
  region: (d) => d.region ?? "",
  default_task_pod_cpu: (d) => d.defaultTaskPodCpu,
  default_task_pod_memory: (d) => d.defaultTaskPodMemory,
  resource_quota_cpu: (d) => d.resourceQuotaCpu,
  resource_quota_memory: (d) => d.resourceQuotaMemory,
  workload_identity: (d) => d.effectiveWorkloadIdentity,
};

/** Worker queue fields of the file → the API's WorkerQueue field. */
export const WORKER_QUEUE_FIELDS: Record<string, string> = {
  is_default: "isDefault",
  max_worker_count: "maxWorkerCount",
  min_worker_count: "minWorkerCount",
  worker_concurrency: "workerConcurrency",
  worker_type: "astroMachine",
  pod_cpu: "podCpu",
  pod_ram: "podMemory",
};

/**
 * One comparable form of a value: enums compare case-insensitively and without the Airflow class suffix
 * (`CeleryExecutor`, `celery` and `CELERY` are one executor; `a5` and `A5` one machine), numbers written as strings
 * compare as numbers, and null, undefined and "" are "not set".
 */
export function normalizeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = String(value).trim();
  if (field === "executor") text = text.replace(/executor$/i, "");
  if (["executor", "scheduler_size", "deployment_type", "cloud_provider", "worker_type"].includes(field)) return text.toUpperCase();
  if (/^-?\d+(\.\d+)?$/.test(text)) return String(Number(text));
  return text;
}

/** The live hibernation schedules as the file writes them. */
export function liveHibernationSchedules(d: Deployment): NonNullable<DeploymentFileDocument["deployment"]["hibernation_schedules"]> {
  return (d.scalingSpec?.hibernationSpec?.schedules ?? []).map((s) => ({ hibernate_at: s.hibernateAtCron, wake_at: s.wakeAtCron, enabled: s.isEnabled, ...(s.description ? { description: s.description } : {}) }));
}

/**
 * A live Deployment in the Deployment-file format, like `astro deployment inspect --template`: no `name`, no
 * `metadata`, and secret environment variables by key only (their values cannot be read back).
 */
export function deploymentToFile(d: Deployment): DeploymentFileDocument {
  const configuration: Record<string, string | number | boolean | null> = {};
  for (const [field, read] of Object.entries(CONFIGURATION_FIELDS)) {
    if (field === "name") continue;
    const value = read(d);
    if (value === undefined || value === null || value === "") continue;
    configuration[field] = value as string | number | boolean;
  }
  const queues = (d.workerQueues ?? []).map((q) => {
    const out: Record<string, string | number | boolean> = { name: String(q.name) };
    for (const [field, apiField] of Object.entries(WORKER_QUEUE_FIELDS)) {
      const value = q[apiField];
      if (value !== undefined && value !== null && value !== "") out[field] = value as string | number | boolean;
    }
    return out;
  });
  const doc: DeploymentFileDocument = { deployment: { configuration } };
  if (queues.length) doc.deployment.worker_queues = queues;
  doc.deployment.environment_variables = (d.environmentVariables ?? []).map((v) => (v.isSecret ? { key: v.key, is_secret: true } : { key: v.key, value: v.value ?? "", is_secret: false }));
  if (d.contactEmails?.length) doc.deployment.alert_emails = [...d.contactEmails];
  const schedules = liveHibernationSchedules(d);
  if (schedules.length) doc.deployment.hibernation_schedules = schedules;
  return doc;
}

/** YAML text of a Deployment file, with a header saying where it came from. */
export function formatDeploymentFile(doc: DeploymentFileDocument, origin: string): string {
  return `# Exported by astro-ci drift --write-file from ${origin}.\n# Secret environment variables are listed by key only: their values cannot be read back from Astro.\n${stringify(doc, { lineWidth: 0 })}`;
}
