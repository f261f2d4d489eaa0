import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  syncDeclaredObjects
} from "./chunk-LPAZ2WWR.js";
import {
  MAX_PR_NUMBER,
  findPreviews,
  nameCarriesPr,
  previewDescription,
  previewName,
  previewProjectName,
  protectedDeployments,
  readPreviewSettings,
  resolveTemplate,
  sameOwner
} from "./chunk-CW4WT4S4.js";
import {
  createAirflowApiClient,
  isSensitiveName,
  readDeclaredObjects
} from "./chunk-SXO5J5YP.js";
import {
  NoDockerEngineError,
  airflowUiUrl,
  deployProject
} from "./chunk-BRHAODYH.js";
import {
  createAstroClient,
  parseDeploymentTargets,
  realHttpDeps,
  toWorkerQueueRequest
} from "./chunk-ZMYJGVFG.js";
import {
  isRepositoryName
} from "./chunk-KW7AZT75.js";
import {
  parseDockerfile
} from "./chunk-WXL4IICE.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import {
  outsideRepositoryWords,
  readUserTextSync,
  refuseSymlinkOutsideRepository
} from "./chunk-X6UGG6GR.js";
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";

// src/commands/branch-deploy.ts
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var SHA = /^[0-9a-f]{40}$/;
async function runBranchDeploy(options) {
  if (!Number.isInteger(options.pr) || options.pr < 1 || options.pr > MAX_PR_NUMBER) throw new ConfigurationError(`--pr must be a pull request number, not '${options.pr}'`, { fix: "e.g. --pr 42" });
  if (!options.branch || [...options.branch].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) throw new ConfigurationError("--branch must be the PR's head branch name", { fix: "pass the pull request's head ref" });
  if (options.sha !== void 0 && !SHA.test(options.sha)) throw new ConfigurationError(`--sha must be a 40-character commit SHA, not '${options.sha.slice(0, 60)}'`, { fix: "pass the pull request's head SHA" });
  if (!isRepositoryName(options.repository)) throw new ConfigurationError(`the repository '${options.repository}' is not owner/name`, { fix: "set GITHUB_REPOSITORY or --repository owner/name" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectRoot });
  const configured = config.projects.map((project) => ({ project, settings: readPreviewSettings(config.source, project.relativePath) }));
  if (!configured.some((c) => c.settings)) {
    return configured.map(({ project }) => ({ project: project.relativePath || ".", status: "not-configured", reason: `previews are not configured for ${project.relativePath || "the project"}: name a template-deployment-id or template-deployment-name under previews: in ${config.file ?? "astro-ci.yaml"}`, created: false }));
  }
  const token = options.env.ASTRO_API_TOKEN;
  if (!token && options.fork) {
    return configured.map(({ project, settings }) => ({
      project: project.relativePath || ".",
      status: settings ? "refused" : "not-configured",
      reason: settings ? `this pull request comes from a fork, and GitHub gives a fork's pull_request run no secrets (no ASTRO_API_TOKEN): no preview from this run${settings.forks ? "; a maintainer can comment /astro preview (comment commands run with the repository's secrets; commands.forks: dags-only)" : " (previews.forks is false)"}` : "previews are not configured for this project",
      created: false
    }));
  }
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace API token (Workspace Operator or above: it creates Deployments) as the ASTRO_API_TOKEN secret" });
  const headSha = options.sha ?? await options.git.revParse("HEAD");
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const protectedIds = protectedDeployments(parseDeploymentTargets(config.source));
  const results = [];
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
    refuseSymlinkOutsideRepository(options.repoRoot, project.root, `the project folder '${projectLabel}'`, projectAt(config.source, project));
    const declared = settings.airflowSettings ? await readSettingsFile(project, settings.airflowSettings, options, airflowSettingsAt(config.source, project, settings)) : void 0;
    await options.onProjectStart?.(project.relativePath || ".");
    results.push(await deployPreview({ project, settings, declared, headSha, client, token, protectedIds, options }));
  }
  return results;
}
async function readSettingsFile(project, path, options, at) {
  const root = options.settingsRoot ?? options.repoRoot;
  const base = options.settingsRoot ? resolve(options.settingsRoot, relative(options.repoRoot, project.root)) : project.root;
  const abs = resolve(base, path);
  const rel = relative(root, abs);
  if (isAbsolute(path) || !isInside(root, abs)) throw new ConfigurationError(outsideRepositoryWords(`previews.airflow-settings '${path}'`), { ...at, fix: "use a path relative to the project" });
  refuseSymlinkOutsideRepository(root, abs, `previews.airflow-settings '${path}'`, at);
  if (!existsSync(abs)) throw new ConfigurationError(`previews.airflow-settings '${rel.split(sep).join("/")}' does not exist`, { ...at, fix: "create it in the airflow_settings.yaml format, or correct the path" });
  return readDeclaredObjects(abs, rel.split(sep).join("/"), root, options.env, options.mask, (message) => options.logger.warning(message));
}
function projectIndex(source, project) {
  const norm = (p) => p.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const projects = source?.value?.projects;
  return Array.isArray(projects) ? projects.findIndex((p) => typeof p?.path === "string" && norm(p.path) === norm(project.relativePath)) : -1;
}
function projectAt(source, project) {
  const index = projectIndex(source, project);
  return index === -1 ? {} : { file: source?.file, line: source?.lineOf(["projects", index, "path"]) };
}
function airflowSettingsAt(source, project, settings) {
  const index = projectIndex(source, project);
  const value = source?.value;
  const own = index !== -1 && value?.projects?.[index]?.previews?.["airflow-settings"] !== void 0;
  const path = own ? ["projects", index, "previews", "airflow-settings"] : ["previews", "airflow-settings"];
  return { file: settings.file ?? source?.file, line: source?.lineOf(path) ?? settings.line };
}
async function deployPreview(ctx) {
  const { project, settings, client, options } = ctx;
  const projectLabel = project.relativePath || ".";
  const owner = { repository: options.repository, project: projectLabel, pr: options.pr };
  const template = await resolveTemplate(client, settings);
  const exclude = { ids: /* @__PURE__ */ new Set([...ctx.protectedIds.ids, template.id]), names: /* @__PURE__ */ new Set([...ctx.protectedIds.names, template.name]) };
  const workspaceId = settings.template.workspaceId ?? template.workspaceId;
  const now = options.now ?? Date.now;
  const sleep = options.http?.sleep ?? realHttpDeps.sleep;
  const name = previewName(settings.name, { project: previewProjectName(project, options.repository), pr: options.pr, branch: options.branch, repo: options.repository.split("/")[1] });
  let previews = await findPreviews(client, workspaceId, options.repository, exclude);
  let preview = pickPreview(previews, owner, name);
  let created = false;
  if (!preview) {
    if (previews.length >= settings.max) {
      throw new ConfigurationError(`this repository already has ${previews.length} previews (previews.max is ${settings.max}): ${previews.map((p) => `${p.deployment.name} (PR #${p.owner.pr})`).join(", ")}`, {
        file: settings.file,
        line: settings.line,
        fix: "close or tear down a pull request's preview (astro-ci teardown --pr N), or raise previews.max"
      });
    }
    if (template.type === "HYBRID") {
      throw new ConfigurationError(`the previews template ${template.name} is a Hybrid Deployment: astro-ci creates previews as Standard or Dedicated Deployments only`, {
        file: settings.file,
        line: settings.line,
        fix: "point template-deployment-id or template-deployment-name at a Standard or Dedicated Deployment"
      });
    }
    options.logger.info(`creating preview ${name} from template ${template.name}`);
    const made = await client.createDeployment(createRequest(template, settings, owner, name, options.branch, workspaceId));
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
    if (created && settings.copyFromTemplate && !options.fork) {
      const plain = (template.environmentVariables ?? []).filter((v) => !v.isSecret).map((v) => ({ key: v.key, value: v.value ?? "", isSecret: false }));
      if (plain.length) preview = await client.updateDeployment(preview.id, { setEnvironmentVariables: plain });
    }
  }
  if (!created && preview.status === "HIBERNATING" && preview.isDevelopmentMode) {
    const id = preview.id;
    await client.deleteHibernationOverride(id).catch((error) => options.logger.warning(`could not hand the preview back to its hibernation schedule: ${error.message}`));
  }
  const notCopied = [];
  let desired = { file: ctx.declared?.file ?? "previews", connections: [], variables: [], pools: [] };
  if (options.fork) {
    if (settings.copyFromTemplate) notCopied.push(`the template's connections, variables and environment variables: ${FORK_WITHHELD}`);
    if (ctx.declared) desired = merge(desired, withholdSecrets(ctx.declared, notCopied));
    if (notCopied.length) options.logger.warning(`pull request #${options.pr} comes from a fork: not given to its preview: ${notCopied.join("; ")}`);
  } else {
    if (settings.copyFromTemplate) desired = fromTemplate(await client.listEnvironmentObjects({ deploymentId: template.id }), template.id, notCopied);
    if (ctx.declared) desired = merge(desired, ctx.declared);
  }
  const airflow = preview.status === "HIBERNATING" ? void 0 : createAirflowApiClient({ deployment: preview, token: ctx.token, logger: options.logger, deps: options.http });
  const plan = await syncDeclaredObjects(desired, { client, deploymentId: preview.id, airflow }, { dryRun: false });
  if (plan.poolsSkipped) notCopied.push(plan.poolsSkipped);
  const git = { provider: "GITHUB", commitSha: ctx.headSha, branch: options.branch.slice(0, 250), account: options.repository.split("/")[0], repo: options.repository.split("/")[1] };
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
      description: `astro-ci preview PR #${options.pr} ${ctx.headSha.slice(0, 12)}`
    },
    { client, git: options.git, docker: options.docker, http: { ...realHttpDeps, ...options.http }, now, logger: options.logger, token: ctx.token }
  ).catch((error) => {
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
    expiresAt: new Date(now() + settings.ttlMs).toISOString()
  };
}
function pickPreview(previews, owner, expectedName) {
  return previews.filter((p) => sameOwner(p.owner, owner) && nameCarriesPr(p.deployment.name, p.owner.pr, expectedName)).map((p) => p.deployment).sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? "") || a.id.localeCompare(b.id))[0];
}
function createRequest(template, settings, owner, name, branch, workspaceId) {
  const templateQueues = (template.workerQueues ?? []).map(toWorkerQueueRequest).map(({ id: _id, ...q }) => ({ ...q, minWorkerCount: 0 }));
  const queues = settings.workerQueues ? settings.workerQueues.map((q, i) => ({ name: q.name, isDefault: q.isDefault ?? i === 0, astroMachine: (q.workerType ?? "A5").toUpperCase(), minWorkerCount: q.minWorkers ?? 0, maxWorkerCount: q.maxWorkers ?? 10, workerConcurrency: q.concurrency ?? 5 })) : templateQueues;
  return {
    name,
    workspaceId,
    description: previewDescription(owner, branch),
    astroRuntimeVersion: template.astroRuntimeVersion,
    type: template.type === "DEDICATED" ? "DEDICATED" : "STANDARD",
    ...template.type === "DEDICATED" && template.clusterId ? { clusterId: template.clusterId } : {},
    ...template.cloudProvider ? { cloudProvider: template.cloudProvider } : {},
    ...template.region ? { region: template.region } : {},
    executor: settings.executor ?? template.executor ?? "CELERY",
    schedulerSize: settings.schedulerSize ?? template.schedulerSize ?? "SMALL",
    isDevelopmentMode: settings.developmentMode,
    isHighAvailability: false,
    isCicdEnforced: false,
    isDagDeployEnabled: true,
    ...template.defaultTaskPodCpu ? { defaultTaskPodCpu: template.defaultTaskPodCpu } : {},
    ...template.defaultTaskPodMemory ? { defaultTaskPodMemory: template.defaultTaskPodMemory } : {},
    ...template.resourceQuotaCpu ? { resourceQuotaCpu: template.resourceQuotaCpu } : {},
    ...template.resourceQuotaMemory ? { resourceQuotaMemory: template.resourceQuotaMemory } : {},
    ...queues.length ? { workerQueues: queues } : {},
    ...settings.hibernation && settings.developmentMode ? { scalingSpec: { hibernationSpec: { schedules: [{ hibernateAtCron: settings.hibernation.sleep, wakeAtCron: settings.hibernation.wake, isEnabled: true, description: "astro-ci preview" }] } } } : {}
  };
}
async function waitHealthy(client, id, timeoutMs, now, sleep) {
  const deadline = now() + timeoutMs;
  for (; ; ) {
    const current = await client.getDeployment(id);
    if (current.status === "HEALTHY" || current.status === "HIBERNATING") return current;
    if (current.status === "UNHEALTHY") throw new ConfigurationError(`the new preview ${current.name} is UNHEALTHY${current.statusReason ? `: ${current.statusReason}` : ""}`, { fix: "check the template's settings and the workspace's quotas in Astro" });
    if (now() >= deadline) throw new ConfigurationError(`the new preview ${current.name} is still ${current.status} after ${Math.round(timeoutMs / 1e3)} s`, { fix: "run again later (the preview is reused), or raise the wait timeout" });
    await sleep(1e4);
  }
}
function fromTemplate(objects, templateId, notCopied) {
  const own = objects.filter((o) => o.scope === "DEPLOYMENT" && o.scopeEntityId === templateId);
  const out = { file: "the template", connections: [], variables: [], pools: [] };
  for (const o of own) {
    if (o.objectType === "CONNECTION" && o.connection?.type) {
      const hasPassword = (o.setFields ?? []).some((f) => f === "password" || f === "connection.password");
      if (hasPassword) notCopied.push(`connection ${o.objectKey}: password (Astro does not return secret values)`);
      out.connections.push({ connId: o.objectKey, type: o.connection.type, host: o.connection.host, login: o.connection.login, schema: o.connection.schema, port: o.connection.port, ...o.connection.extra ? { extra: o.connection.extra } : {} });
    } else if (o.objectType === "AIRFLOW_VARIABLE") {
      if (o.airflowVariable?.isSecret || o.airflowVariable?.value === void 0) notCopied.push(`variable ${o.objectKey}: secret value (Astro does not return it)`);
      else out.variables.push({ key: o.objectKey, value: o.airflowVariable.value, isSecret: false });
    }
  }
  return out;
}
function withBranchDeployFix(error) {
  if (!(error instanceof NoDockerEngineError)) return error;
  return new ConfigurationError(error.message, {
    file: error.file,
    line: error.line,
    fix: "run branch-deploy on a runner with Docker (ubuntu-latest has it): a new preview's first deploy builds the image, and later ones do when the image changes (Dockerfile, requirements.txt, packages.txt); a maintainer's /astro preview comment deploys DAGs only"
  });
}
var FORK_WITHHELD = "not given to a fork's preview (its DAG files run at parse time with the preview's connections and environment)";
function withholdSecrets(declared, withheld) {
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
function merge(base, over) {
  const by = (items, more, key) => [...items.filter((i) => !more.some((m) => key(m) === key(i))), ...more];
  return {
    file: over.file,
    connections: by(base.connections, over.connections, (c) => c.connId),
    variables: by(base.variables, over.variables, (v) => v.key),
    pools: by(base.pools, over.pools, (p) => p.name)
  };
}
function dockerfileRuntime(projectRoot, repoRoot) {
  try {
    return parseDockerfile(readUserTextSync(join(projectRoot, "Dockerfile"), { repoRoot }), "Dockerfile").runtime?.info.runtimeVersion;
  } catch {
    return void 0;
  }
}

export {
  runBranchDeploy
};
