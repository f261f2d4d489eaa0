import { relative, resolve, sep } from "node:path";
import { existsSync } from "node:fs";
import { createAirflowApiClient } from "../airflow-api/client.js";
import { createAstroClient } from "../astro/client.js";
import type { HttpDeps } from "../astro/http.js";
import type { Deployment } from "../astro/types.js";
import { loadConfig } from "../config/config.js";
import { outsideRepositoryWords, refuseSymlinkOutsideRepository } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { readDeclaredObjects } from "../connections/declared.js";
import { syncDeclaredObjects, type SyncPlan } from "../connections/sync.js";
import { parseDeploymentTargets } from "../deploy/targets.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../util/logger.js";

export interface ConnectionsSyncOptions {
  repoRoot: string;
  projectRoot: string;
  configPath?: string;
  deploymentId?: string;
  deploymentName?: string;
  workspaceId?: string;
  /** The settings file (relative to the project); default: the matching deployments entry's airflow-settings. */
  settingsPath?: string;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  /** Masks each injected value before anything is logged (`core.setSecret` in Actions). */
  mask: (value: string) => void;
  http?: Partial<HttpDeps>;
  logger: Logger;
}

/**
 * `astro-ci connections sync`: apply an `airflow_settings.yaml`-format file (connections, variables, pools) to a
 * Deployment. The file is the option's, else the `airflow-settings` of the deployments entry naming that Deployment.
 * @throws ConfigurationError for a missing token or target, a missing `${NAME}`, or a collision with objects astro-ci
 * did not create (then nothing is changed).
 */
export async function runConnectionsSync(options: ConnectionsSyncOptions): Promise<SyncPlan & { deploymentName: string; file: string; poolsSkipped?: string }> {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Deployment or Workspace API token as the ASTRO_API_TOKEN secret" });
  if (!options.deploymentId && !options.deploymentName) throw new ConfigurationError("connections sync needs a target Deployment", { fix: "give --deployment-id ID or --deployment-name NAME" });
  let settingsPath = options.settingsPath;
  /** Where the path is written: the deployments entry of astro-ci.yaml (none for --settings). */
  let at: { file?: string; line?: number } = {};
  if (!settingsPath) {
    const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
    const entry = parseDeploymentTargets(config.source).find((t) => (options.deploymentId && t.deploymentId === options.deploymentId) || (options.deploymentName && t.deploymentName === options.deploymentName));
    settingsPath = entry?.airflowSettings;
    if (!settingsPath) throw new ConfigurationError(`no deployments entry for ${options.deploymentId ?? options.deploymentName} names an airflow-settings file`, { file: config.file, fix: "add airflow-settings: <file> to the entry, or give --settings FILE" });
    at = { file: config.file, line: entry?.line };
  }
  const abs = resolve(options.projectRoot, settingsPath);
  const rel = relative(options.repoRoot, abs);
  if (!isInside(options.repoRoot, abs)) throw new ConfigurationError(outsideRepositoryWords(`the settings file '${settingsPath}'`), { ...at, fix: "use a path inside the project" });
  // The text stays inside; a symlink (the file or a folder on its way) must too.
  refuseSymlinkOutsideRepository(options.repoRoot, abs, `the settings file '${settingsPath}'`, at);
  if (!existsSync(abs)) throw new ConfigurationError(`the settings file '${rel.split(sep).join("/")}' does not exist`, { fix: "create it in the airflow_settings.yaml format, or correct the path" });
  // Every value is read (and masked) before any API call: a missing ${SECRET} changes nothing.
  // A dry run never sends or prints a value: a ${NAME} missing from the environment is said (name and line), not fatal.
  const missing = options.dryRun
    ? (name: string, line: number | undefined) => options.logger.warning(`${rel.split(sep).join("/")}${line ? `:${line}` : ""}: \${${name}} is not set: a real sync would stop here (set ${name} in the environment, e.g. from a secret)`)
    : undefined;
  const declared = await readDeclaredObjects(abs, rel.split(sep).join("/"), options.repoRoot, options.env, options.mask, (message) => options.logger.warning(message), missing);
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const deployment: Deployment = options.deploymentId ? await client.getDeployment(options.deploymentId) : await client.findDeploymentByName(options.deploymentName as string, options.workspaceId ?? client.workspaceId);
  const airflow = deployment.status === "HIBERNATING" ? undefined : createAirflowApiClient({ deployment, token, logger: options.logger, deps: options.http });
  const plan = await syncDeclaredObjects(declared, { client, deploymentId: deployment.id, airflow }, { dryRun: options.dryRun });
  return { ...plan, deploymentName: deployment.name, file: declared.file };
}
