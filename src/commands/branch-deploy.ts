import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { createAirflowApiClient } from "../airflow-api/client.js";
import { createAstroClient, toWorkerQueueRequest, type AstroClient } from "../astro/client.js";
import { realHttpDeps, type HttpDeps } from "../astro/http.js";
import type { CreateDeploymentRequest, Deployment, DeployGit, EnvironmentObject } from "../astro/types.js";
import { loadConfig, type ProjectEntry } from "../config/config.js";
import { outsideRepositoryWords, refuseSymlinkOutsideRepository } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { isSensitiveName, readDeclaredObjects, type DeclaredObjects } from "../connections/declared.js";
import { syncDeclaredObjects, type SyncStep } from "../connections/sync.js";
import { airflowUiUrl, deployProject, NoDockerEngineError } from "../deploy/deploy.js";
import { parseDeploymentTargets } from "../deploy/targets.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError } from "../errors.js";
import { findPreviews, protectedDeployments, resolveTemplate } from "../previews/find.js";
import { MAX_PR_NUMBER, nameCarriesPr, previewDescription, sameOwner, type PreviewOwner } from "../previews/marker.js";
import { previewName, previewProjectName, readPreviewSettings, type PreviewSettings } from "../previews/settings.js";
import { parseDockerfile } from "../project/dockerfile.js";
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { readUserTextSync } from "../util/user-files.js";
import type { YamlSource } from "../util/yaml-file.js";
import { isRepositoryName } from "../github/context.js";

/** What branch-deploy did for one project. */
export interface PreviewResult {
  project: string;
  /** `timed-out` / `unhealthy`: the deploy was finalized but the preview did not run it in time (a failure). */
  status: "deployed" | "skipped" | "not-configured" | "refused" | "timed-out" | "unhealthy";
  reason: string;
  deploymentId?: string;
  deploymentName?: string;
  created: boolean;
  deployType?: string;
  airflowUrl?: string;
  deployedSha?: string;
  /** What was injected (keys only) and what could not be copied from the template (secret values Astro does not return). */
  connections?: { applied: SyncStep[]; notCopied: string[] };
  /** When the sweeper may remove the preview if nothing is deployed to it before then (ISO time). */
  expiresAt?: string;
}

export interface BranchDeployOptions {
  repoRoot: string;
  /** A project folder (absolute); undefined: every configured project. */
  projectRoot?: string;
  configPath?: string;
  pr: number;
  branch: string;
  /** The PR head commit; default HEAD. */
  sha?: string;
  /** `owner/repo`: the marker's repository. */
  repository: string;
  /** The PR comes from a fork: no preview unless `forks: true`, then DAG-only deploys of files as data. */
  fork: boolean;
  /** How long to wait for a new preview to become healthy, and for each deploy. */
  waitTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  git: Git;
  docker: CommandRunner;
  http?: Partial<HttpDeps>;
  now?: () => number;
  /** Masks injected values (core.setSecret in Actions). */
  mask: (value: string) => void;
  /** Never an image deploy (the comment job ships PR files as data): a new preview runs the template's runtime image. */
  dagsOnly?: boolean;
  /** Where `previews.airflow-settings` files are read from (a trusted checkout); default: the project folder. */
  settingsRoot?: string;
  /** Called before a project's preview is created or deployed (the action starts its GitHub Deployment here). */
  onProjectStart?: (project: string) => Promise<void>;
  logger: Logger;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * `astro-ci branch-deploy`: for each project with `previews:` configured, find the PR's preview by its marker (never by
 * name), create it from the template when there is none (then look again: a duplicate that lost a race is removed),
 * inject connections, variables and pools, and deploy the PR head into it with the deploy core (the first deploy
 * image and DAGs, later ones inferred from the diff; DAG-only for fork PRs).
 * API calls per run: list Deployments of the workspace, get the template; on create also create, list again, get until
 * healthy and one update (env vars); list environment objects (template and preview), list pools, one write per changed
 * key; the deploy core's calls (list deploys, create, upload, finalize, get until live).
 * @throws ConfigurationError for bad arguments, a missing token, a missing template, too many previews, a missing
 * `${SECRET}` (nothing created then).
 */
export async function runBranchDeploy(options: BranchDeployOptions): Promise<PreviewResult[]> {
  // Up to 10 digits: what the preview marker records (previews/marker.ts); a longer number would never be found again.
  if (!Number.isInteger(options.pr) || options.pr < 1 || options.pr > MAX_PR_NUMBER) throw new ConfigurationError(`--pr must be a pull request number, not '${options.pr}'`, { fix: "e.g. --pr 42" });
  if (!options.branch || [...options.branch].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) throw new ConfigurationError("--branch must be the PR's head branch name", { fix: "pass the pull request's head ref" });
  if (options.sha !== undefined && !SHA.test(options.sha)) throw new ConfigurationError(`--sha must be a 40-character commit SHA, not '${options.sha.slice(0, 60)}'`, { fix: "pass the pull request's head SHA" });
  if (!isRepositoryName(options.repository)) throw new ConfigurationError(`the repository '${options.repository}' is not owner/name`, { fix: "set GITHUB_REPOSITORY or --repository owner/name" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectRoot });
  const configured = config.projects.map((project) => ({ project, settings: readPreviewSettings(config.source, project.relativePath) }));
  if (!configured.some((c) => c.settings)) {
    return configured.map(({ project }) => ({ project: project.relativePath || ".", status: "not-configured", reason: `previews are not configured for ${project.relativePath || "the project"}: name a template-deployment-id or template-deployment-name under previews: in ${config.file ?? "astro-ci.yaml"}`, created: false }));
  }
  const token = options.env.ASTRO_API_TOKEN;
  if (!token && options.fork) {
    // GitHub gives a fork's pull_request run no secrets: with previews.forks: true this is every fork PR, and a red
    // check on the contributor's PR for what only a maintainer can do. A refusal (exit 0) that says what works instead.
    return configured.map(({ project, settings }) => ({
      project: project.relativePath || ".",
      status: settings ? ("refused" as const) : ("not-configured" as const),
      reason: settings
        ? `this pull request comes from a fork, and GitHub gives a fork's pull_request run no secrets (no ASTRO_API_TOKEN): no preview from this run${settings.forks ? "; a maintainer can comment /astro preview (comment commands run with the repository's secrets; commands.forks: dags-only)" : " (previews.forks is false)"}`
        : "previews are not configured for this project",
      created: false,
    }));
  }
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace API token (Workspace Operator or above: it creates Deployments) as the ASTRO_API_TOKEN secret" });
  const headSha = options.sha ?? (await options.git.revParse("HEAD"));
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const protectedIds = protectedDeployments(parseDeploymentTargets(config.source));

  const results: PreviewResult[] = [];
  for (const { project, settings } of configured) {
    const projectLabel = project.relativePath || ".";
    if (!settings) {
      results.push({ project: projectLabel, status: "not-configured", reason: "previews are not configured for this project", created: false });
      continue;
    }
    if (options.fork && !settings.forks) {
      results.push({ project: projectLabel, status: "refused", reason: "this pull request comes from a fork: previews for forks are off (previews.forks: false), so no secrets or Deployments are used for it", created: false });
      continue;
    }
    // The project folder (projects: path, --project) is the image's build context and where the DAGs are read from:
    // its text was checked (loadConfig); a symlink must not take it outside the repository either.
    refuseSymlinkOutsideRepository(options.repoRoot, project.root, `the project folder '${projectLabel}'`, projectAt(config.source, project));
    // Read and mask every declared value first: a missing ${SECRET} stops before anything is created.
    const declared = settings.airflowSettings ? await readSettingsFile(project, settings.airflowSettings, options, airflowSettingsAt(config.source, project, settings)) : undefined;
    await options.onProjectStart?.(project.relativePath || ".");
    results.push(await deployPreview({ project, settings, declared, headSha, client, token, protectedIds, options }));
  }
  return results;
}

/**
 * `previews.airflow-settings`, read from the project (or the same place in the trusted checkout, `settingsRoot`): its
 * text must stay inside the repository, and so must its real path (a symlink, the file or a folder on its way, may
 * only point inside). `at`: astro-ci.yaml and the line of the setting, for the messages.
 */
async function readSettingsFile(project: ProjectEntry, path: string, options: BranchDeployOptions, at: { file?: string; line?: number }): Promise<DeclaredObjects> {
  const root = options.settingsRoot ?? options.repoRoot;
  const base = options.settingsRoot ? resolve(options.settingsRoot, relative(options.repoRoot, project.root)) : project.root;
  const abs = resolve(base, path);
  const rel = relative(root, abs);
  if (isAbsolute(path) || !isInside(root, abs)) throw new ConfigurationError(outsideRepositoryWords(`previews.airflow-settings '${path}'`), { ...at, fix: "use a path relative to the project" });
  refuseSymlinkOutsideRepository(root, abs, `previews.airflow-settings '${path}'`, at);
  if (!existsSync(abs)) throw new ConfigurationError(`previews.airflow-settings '${rel.split(sep).join("/")}' does not exist`, { ...at, fix: "create it in the airflow_settings.yaml format, or correct the path" });
  return readDeclaredObjects(abs, rel.split(sep).join("/"), root, options.env, options.mask, (message) => options.logger.warning(message));
}

/** The index of the `projects:` entry of astro-ci.yaml for `project`, as readPreviewSettings finds it; -1 when none. */
function projectIndex(source: YamlSource | undefined, project: ProjectEntry): number {
  const norm = (p: string) => p.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const projects = (source?.value as { projects?: { path?: unknown }[] } | undefined)?.projects;
  return Array.isArray(projects) ? projects.findIndex((p) => typeof p?.path === "string" && norm(p.path) === norm(project.relativePath)) : -1;
}

/** Where the project's folder is written: its `projects:` entry's `path:` line (none for --project alone). */
function projectAt(source: YamlSource | undefined, project: ProjectEntry): { file?: string; line?: number } {
  const index = projectIndex(source, project);
  return index === -1 ? {} : { file: source?.file, line: source?.lineOf(["projects", index, "path"]) };
}

/** The line of the `airflow-settings:` in force: the project's own `previews:` when it sets one, else the top level's. */
function airflowSettingsAt(source: YamlSource | undefined, project: ProjectEntry, settings: PreviewSettings): { file?: string; line?: number } {
  const index = projectIndex(source, project);
  const value = source?.value as { projects?: { previews?: Record<string, unknown> }[] } | undefined;
  const own = index !== -1 && value?.projects?.[index]?.previews?.["airflow-settings"] !== undefined;
  const path = own ? ["projects", index, "previews", "airflow-settings"] : ["previews", "airflow-settings"];
  return { file: settings.file ?? source?.file, line: source?.lineOf(path) ?? settings.line };
}

async function deployPreview(ctx: {
  project: ProjectEntry;
  settings: PreviewSettings;
  declared?: DeclaredObjects;
  headSha: string;
  client: AstroClient;
  token: string;
  protectedIds: { ids: Set<string>; names: Set<string> };
  options: BranchDeployOptions;
}): Promise<PreviewResult> {
  const { project, settings, client, options } = ctx;
  const projectLabel = project.relativePath || ".";
  const owner: PreviewOwner = { repository: options.repository, project: projectLabel, pr: options.pr };
  const template = await resolveTemplate(client, settings);
  const exclude = { ids: new Set([...ctx.protectedIds.ids, template.id]), names: new Set([...ctx.protectedIds.names, template.name]) };
  const workspaceId = settings.template.workspaceId ?? template.workspaceId;
  const now = options.now ?? Date.now;
  const sleep = options.http?.sleep ?? realHttpDeps.sleep;

  // The name previews.name gives this PR: a marked Deployment whose name is cut to length must be exactly it.
  const name = previewName(settings.name, { project: previewProjectName(project, options.repository), pr: options.pr, branch: options.branch, repo: options.repository.split("/")[1] as string });
  let previews = await findPreviews(client, workspaceId, options.repository, exclude);
  let preview = pickPreview(previews, owner, name);
  let created = false;
  if (!preview) {
    if (previews.length >= settings.max) {
      throw new ConfigurationError(`this repository already has ${previews.length} previews (previews.max is ${settings.max}): ${previews.map((p) => `${p.deployment.name} (PR #${p.owner.pr})`).join(", ")}`, {
        file: settings.file,
        line: settings.line,
        fix: "close or tear down a pull request's preview (astro-ci teardown --pr N), or raise previews.max",
      });
    }
    // A Hybrid Deployment runs on the customer's own cluster and node pools (CreateHybridDeploymentRequest): its
    // settings do not carry over to a Standard or Dedicated create request, which would land somewhere else.
    if (template.type === "HYBRID") {
      throw new ConfigurationError(`the previews template ${template.name} is a Hybrid Deployment: astro-ci creates previews as Standard or Dedicated Deployments only`, {
        file: settings.file,
        line: settings.line,
        fix: "point template-deployment-id or template-deployment-name at a Standard or Dedicated Deployment",
      });
    }
    options.logger.info(`creating preview ${name} from template ${template.name}`);
    const made = await client.createDeployment(createRequest(template, settings, owner, name, options.branch, workspaceId));
    // Two runs at once can both create: look again and keep the oldest; the loser removes its own.
    previews = await findPreviews(client, workspaceId, options.repository, exclude);
    const keeper = pickPreview(previews, owner, name);
    if (keeper && keeper.id !== made.id) {
      options.logger.info(`another run created ${keeper.name} first: removing the duplicate ${made.name}`);
      await client.deleteDeployment(made.id);
      preview = keeper;
    } else {
      preview = made;
      created = true;
    }
    preview = await waitHealthy(client, preview.id, options.waitTimeoutMs, now, sleep);
    // A fork's DAG files run at parse time with the preview's environment: none of the template's goes into it.
    if (created && settings.copyFromTemplate && !options.fork) {
      const plain = (template.environmentVariables ?? []).filter((v) => !v.isSecret).map((v) => ({ key: v.key, value: v.value ?? "", isSecret: false }));
      if (plain.length) preview = await client.updateDeployment(preview.id, { setEnvironmentVariables: plain });
    }
  }

  if (!created && preview.status === "HIBERNATING" && preview.isDevelopmentMode) {
    // `teardown --hibernate-instead` put it to sleep with an override that has no end: the PR is open again, so hand the
    // preview back to its hibernation schedule (a no-op when the schedule alone has it asleep), deploy or not.
    const id = preview.id;
    await client.deleteHibernationOverride(id).catch((error: unknown) => options.logger.warning(`could not hand the preview back to its hibernation schedule: ${(error as Error).message}`));
  }

  // Connections, variables and pools: the template's (when copied) with the declared file's over them.
  const notCopied: string[] = [];
  let desired: DeclaredObjects = { file: ctx.declared?.file ?? "previews", connections: [], variables: [], pools: [] };
  if (options.fork) {
    // Airflow executes a DAG file when it parses it, with the Deployment's connections, variables and environment: a
    // fork's DAG can read any secret its preview holds (BaseHook.get_connection(...).password) and send it anywhere.
    // So a fork's preview gets no secret value at all: not the template's objects or environment variables (copying
    // them is the same leak), not an airflow-settings entry with a password, a conn_uri, a ${NAME} value or a field
    // Airflow hides; such entries are left out (and removed if an earlier run made them), and said so.
    if (settings.copyFromTemplate) notCopied.push(`the template's connections, variables and environment variables: ${FORK_WITHHELD}`);
    if (ctx.declared) desired = merge(desired, withholdSecrets(ctx.declared, notCopied));
    if (notCopied.length) options.logger.warning(`pull request #${options.pr} comes from a fork: not given to its preview: ${notCopied.join("; ")}`);
  } else {
    if (settings.copyFromTemplate) desired = fromTemplate(await client.listEnvironmentObjects({ deploymentId: template.id }), template.id, notCopied);
    if (ctx.declared) desired = merge(desired, ctx.declared);
  }
  const airflow = preview.status === "HIBERNATING" ? undefined : createAirflowApiClient({ deployment: preview, token: ctx.token, logger: options.logger, deps: options.http });
  const plan = await syncDeclaredObjects(desired, { client, deploymentId: preview.id, airflow }, { dryRun: false });
  if (plan.poolsSkipped) notCopied.push(plan.poolsSkipped);

  const git: DeployGit = { provider: "GITHUB", commitSha: ctx.headSha, branch: options.branch.slice(0, 250), account: options.repository.split("/")[0] as string, repo: options.repository.split("/")[1] as string };
  const result = await deployProject(
    {
      projectRoot: project.root,
      runtimeVersion: dockerfileRuntime(project.root, options.repoRoot),
      projectPath: project.relativePath,
      target: { deploymentId: preview.id },
      // A new Deployment has no image of its own; a fork's code is never built into an image.
      deployType: options.fork || options.dagsOnly ? "dags-only" : created ? "image-and-dags" : "infer",
      headSha: ctx.headSha,
      git,
      wait: true,
      waitTimeoutMs: options.waitTimeoutMs,
      force: false,
      // A preview follows its pull request's head, a force-push that rewinds it too (mainline deploys never roll back).
      deployOlderCommits: true,
      description: `astro-ci preview PR #${options.pr} ${ctx.headSha.slice(0, 12)}`,
    },
    { client, git: options.git, docker: options.docker, http: { ...realHttpDeps, ...options.http }, now, logger: options.logger, token: ctx.token },
  ).catch((error: unknown) => {
    throw withBranchDeployFix(error);
  });
  return {
    project: projectLabel,
    status: result.status,
    reason: result.reason,
    deploymentId: preview.id,
    deploymentName: preview.name,
    created,
    deployType: result.deployType,
    airflowUrl: airflowUiUrl(preview),
    deployedSha: ctx.headSha,
    connections: { applied: plan.steps, notCopied },
    expiresAt: new Date(now() + settings.ttlMs).toISOString(),
  };
}

/**
 * The PR's preview among the marked ones: the oldest when a race left two. A Deployment whose name does not carry the
 * marker's PR number had its description copied or edited (nameCarriesPr): never deployed into on its marker's word.
 */
function pickPreview(previews: { deployment: Deployment; owner: PreviewOwner }[], owner: PreviewOwner, expectedName: string): Deployment | undefined {
  return previews
    .filter((p) => sameOwner(p.owner, owner) && nameCarriesPr(p.deployment.name, p.owner.pr, expectedName))
    .map((p) => p.deployment)
    .sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? "") || a.id.localeCompare(b.id))[0];
}

function createRequest(template: Deployment, settings: PreviewSettings, owner: PreviewOwner, name: string, branch: string, workspaceId: string): CreateDeploymentRequest {
  const templateQueues = (template.workerQueues ?? []).map(toWorkerQueueRequest).map(({ id: _id, ...q }) => ({ ...q, minWorkerCount: 0 }));
  const queues = settings.workerQueues
    ? settings.workerQueues.map((q, i) => ({ name: q.name, isDefault: q.isDefault ?? i === 0, astroMachine: (q.workerType ?? "A5").toUpperCase(), minWorkerCount: q.minWorkers ?? 0, maxWorkerCount: q.maxWorkers ?? 10, workerConcurrency: q.concurrency ?? 5 }))
    : templateQueues;
  return {
    name,
    workspaceId,
    description: previewDescription(owner, branch),
    astroRuntimeVersion: template.astroRuntimeVersion,
    type: template.type === "DEDICATED" ? "DEDICATED" : "STANDARD",
    ...(template.type === "DEDICATED" && template.clusterId ? { clusterId: template.clusterId } : {}),
    ...(template.cloudProvider ? { cloudProvider: template.cloudProvider as "AWS" | "AZURE" | "GCP" } : {}),
    ...(template.region ? { region: template.region } : {}),
    executor: settings.executor ?? template.executor ?? "CELERY",
    schedulerSize: settings.schedulerSize ?? (template.schedulerSize as CreateDeploymentRequest["schedulerSize"]) ?? "SMALL",
    isDevelopmentMode: settings.developmentMode,
    isHighAvailability: false,
    isCicdEnforced: false,
    isDagDeployEnabled: true,
    ...(template.defaultTaskPodCpu ? { defaultTaskPodCpu: template.defaultTaskPodCpu } : {}),
    ...(template.defaultTaskPodMemory ? { defaultTaskPodMemory: template.defaultTaskPodMemory } : {}),
    ...(template.resourceQuotaCpu ? { resourceQuotaCpu: template.resourceQuotaCpu } : {}),
    ...(template.resourceQuotaMemory ? { resourceQuotaMemory: template.resourceQuotaMemory } : {}),
    ...(queues.length ? { workerQueues: queues } : {}),
    ...(settings.hibernation && settings.developmentMode ? { scalingSpec: { hibernationSpec: { schedules: [{ hibernateAtCron: settings.hibernation.sleep, wakeAtCron: settings.hibernation.wake, isEnabled: true, description: "astro-ci preview" }] } } } : {}),
  };
}

async function waitHealthy(client: AstroClient, id: string, timeoutMs: number, now: () => number, sleep: (ms: number) => Promise<void>): Promise<Deployment> {
  const deadline = now() + timeoutMs;
  for (;;) {
    const current = await client.getDeployment(id);
    if (current.status === "HEALTHY" || current.status === "HIBERNATING") return current;
    if (current.status === "UNHEALTHY") throw new ConfigurationError(`the new preview ${current.name} is UNHEALTHY${current.statusReason ? `: ${current.statusReason}` : ""}`, { fix: "check the template's settings and the workspace's quotas in Astro" });
    if (now() >= deadline) throw new ConfigurationError(`the new preview ${current.name} is still ${current.status} after ${Math.round(timeoutMs / 1000)} s`, { fix: "run again later (the preview is reused), or raise the wait timeout" });
    await sleep(10_000);
  }
}

/** The template's Deployment-scoped connections and variables as declarations; secrets Astro does not return are listed in `notCopied`. */
function fromTemplate(objects: EnvironmentObject[], templateId: string, notCopied: string[]): DeclaredObjects {
  const own = objects.filter((o) => o.scope === "DEPLOYMENT" && o.scopeEntityId === templateId);
  const out: DeclaredObjects = { file: "the template", connections: [], variables: [], pools: [] };
  for (const o of own) {
    if (o.objectType === "CONNECTION" && o.connection?.type) {
      const hasPassword = (o.setFields ?? []).some((f) => f === "password" || f === "connection.password");
      if (hasPassword) notCopied.push(`connection ${o.objectKey}: password (Astro does not return secret values)`);
      out.connections.push({ connId: o.objectKey, type: o.connection.type, host: o.connection.host, login: o.connection.login, schema: o.connection.schema, port: o.connection.port, ...(o.connection.extra ? { extra: o.connection.extra } : {}) });
    } else if (o.objectType === "AIRFLOW_VARIABLE") {
      if (o.airflowVariable?.isSecret || o.airflowVariable?.value === undefined) notCopied.push(`variable ${o.objectKey}: secret value (Astro does not return it)`);
      else out.variables.push({ key: o.objectKey, value: o.airflowVariable.value, isSecret: false });
    }
  }
  return out;
}

/**
 * The deploy core's advice for a missing Docker engine names `deploy-type: dags-only`, an input of the deploy action
 * that branch-deploy does not have: a preview's first deploy is always image and DAGs, and later ones follow the diff.
 */
function withBranchDeployFix(error: unknown): unknown {
  // By type, never by the message's text (a docker build's own output, quoted in its error, may say anything).
  if (!(error instanceof NoDockerEngineError)) return error;
  return new ConfigurationError(error.message, {
    file: error.file,
    line: error.line,
    fix: "run branch-deploy on a runner with Docker (ubuntu-latest has it): a new preview's first deploy builds the image, and later ones do when the image changes (Dockerfile, requirements.txt, packages.txt); a maintainer's /astro preview comment deploys DAGs only",
  });
}

const FORK_WITHHELD = "not given to a fork's preview (its DAG files run at parse time with the preview's connections and environment)";

/** The declared objects without any holding a secret value (a fork's preview); what was left out is added to `withheld`. */
export function withholdSecrets(declared: DeclaredObjects, withheld: string[]): DeclaredObjects {
  const connections = declared.connections.filter((c) => {
    if (!c.secrets?.length) return true;
    withheld.push(`connection ${c.connId} (${c.secrets.join(", ")}): ${FORK_WITHHELD}`);
    return false;
  });
  const variables = declared.variables.filter((v) => {
    if (!v.isSecret && !isSensitiveName(v.key)) return true;
    withheld.push(`variable ${v.key} (${v.isSecret ? "a ${NAME} value" : "a name Airflow hides"}): ${FORK_WITHHELD}`);
    return false;
  });
  return { ...declared, connections, variables };
}

function merge(base: DeclaredObjects, over: DeclaredObjects): DeclaredObjects {
  const by = <T>(items: T[], more: T[], key: (t: T) => string) => [...items.filter((i) => !more.some((m) => key(m) === key(i))), ...more];
  return {
    file: over.file,
    connections: by(base.connections, over.connections, (c) => c.connId),
    variables: by(base.variables, over.variables, (v) => v.key),
    pools: by(base.pools, over.pools, (p) => p.name),
  };
}

function dockerfileRuntime(projectRoot: string, repoRoot: string): string | undefined {
  try {
    return parseDockerfile(readUserTextSync(join(projectRoot, "Dockerfile"), { repoRoot }), "Dockerfile").runtime?.info.runtimeVersion;
  } catch {
    return undefined;
  }
}
