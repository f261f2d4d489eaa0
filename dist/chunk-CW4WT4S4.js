import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  newestFinalizedDeploy
} from "./chunk-BRHAODYH.js";
import {
  AstroApiError,
  parseDeploymentTargets,
  requireConfiguredAstroId
} from "./chunk-ZMYJGVFG.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/previews/settings.ts
import { createHash } from "node:crypto";
import { basename } from "node:path";
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text, where) {
  const match = /^([1-9][0-9]{0,5})([mhdw])$/.exec(text.trim());
  if (!match) throw new ConfigurationError(`${where.what} must be a duration like 72h or 7d, not '${text}'`, { file: where.file, line: where.line, fix: "write a whole number followed by m, h, d or w" });
  return Number(match[1]) * UNIT_MS[match[2]];
}
function readPreviewSettings(source, projectPath) {
  const value = source?.value ?? {};
  const norm = (p) => p.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const projectIndex = (value.projects ?? []).findIndex((p) => norm(p.path) === norm(projectPath));
  const override = projectIndex >= 0 ? value.projects?.[projectIndex]?.previews : void 0;
  const raw = { ...value.previews ?? {}, ...override ?? {} };
  const path = override ? ["projects", projectIndex, "previews"] : ["previews"];
  const line = source?.lineOf(path);
  const file = source?.file;
  if (!raw["template-deployment-id"] && !raw["template-deployment-name"]) return void 0;
  if (raw["template-deployment-id"] && raw["template-deployment-name"]) throw new ConfigurationError("previews names both template-deployment-id and template-deployment-name", { file, line, fix: "keep one of them" });
  requireConfiguredAstroId(raw["template-deployment-id"], "previews.template-deployment-id", source, [...path, "template-deployment-id"]);
  requireConfiguredAstroId(raw["workspace-id"], "previews.workspace-id", source, [...path, "workspace-id"]);
  const name = raw.name ?? "{project}-pr-{pr}";
  if (!name.includes("{pr}")) throw new ConfigurationError(`previews.name '${name}' does not contain {pr}: two pull requests could share a preview`, { file, line: source?.lineOf([...path, "name"]), fix: 'add {pr}, e.g. name: "{project}-pr-{pr}"' });
  if (/[A-Za-z0-9}]\{pr\}|\{pr\}[A-Za-z0-9{]/.test(name)) throw new ConfigurationError(`previews.name '${name}' runs {pr} into a letter, digit or another token: two pull requests could share a name`, { file, line: source?.lineOf([...path, "name"]), fix: `separate {pr} with '-', e.g. "{project}-pr-{pr}"` });
  const unknownToken = /\{(?!project\}|pr\}|branch\}|repo\})[^}]*\}/.exec(name);
  if (unknownToken) throw new ConfigurationError(`previews.name has an unknown token ${unknownToken[0]}`, { file, line: source?.lineOf([...path, "name"]), fix: "use {project}, {pr}, {branch} or {repo}" });
  return {
    template: { deploymentId: raw["template-deployment-id"], deploymentName: raw["template-deployment-name"], workspaceId: raw["workspace-id"] },
    name,
    developmentMode: raw["development-mode"] ?? true,
    hibernation: raw.hibernation,
    schedulerSize: raw["scheduler-size"],
    executor: raw.executor,
    workerQueues: raw["worker-queues"]?.map((q) => ({ name: q.name, isDefault: q["is-default"], workerType: q["worker-type"], minWorkers: q["min-workers"], maxWorkers: q["max-workers"], concurrency: q.concurrency })),
    ttlMs: parseDuration(raw.ttl ?? "7d", { file, line: source?.lineOf([...path, "ttl"]), what: "previews.ttl" }),
    max: raw.max ?? 10,
    forks: raw.forks ?? false,
    airflowSettings: raw["airflow-settings"],
    copyFromTemplate: raw["copy-from-template"] ?? true,
    file,
    line
  };
}
var MAX_PREVIEW_NAME = 63;
function previewName(pattern, values) {
  const full = pattern.replace(/\{(project|pr|branch|repo)\}/g, (_, token) => String(values[token]));
  let name = full.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  if (!name) name = `pr-${values.pr}`;
  if (name.length > MAX_PREVIEW_NAME) {
    const hash = createHash("sha256").update(full).digest("hex").slice(0, 8);
    name = `${name.slice(0, MAX_PREVIEW_NAME - 9).replace(/[-_]+$/, "")}-${hash}`;
  }
  return name;
}
function previewProjectName(project, repository) {
  if ((project.relativePath === "" || project.relativePath === ".") && project.name === (basename(project.root) || "project")) return repository.split("/")[1] || project.name;
  return project.name;
}

// src/previews/marker.ts
var MAX_PR_NUMBER = 9999999999;
var MARKER = /\[astro-ci preview repo=([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+) project=([^\s\]]+) pr=([1-9][0-9]{0,9})\]/;
function previewMarker(owner) {
  return `[astro-ci preview repo=${owner.repository} project=${encodeProject(owner.project)} pr=${owner.pr}]`;
}
function previewDescription(owner, branch) {
  const safeBranch = branch.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
  return `Preview of pull request #${owner.pr} (${safeBranch}), created by astro-ci; removed when the pull request closes. ${previewMarker(owner)}`;
}
function readPreviewOwner(deployment) {
  const match = MARKER.exec(deployment.description ?? "");
  if (!match) return void 0;
  let project;
  try {
    project = decodeURIComponent(match[2]);
  } catch {
    return void 0;
  }
  return { repository: match[1], project, pr: Number(match[3]) };
}
function sameOwner(a, b) {
  return a.repository.toLowerCase() === b.repository.toLowerCase() && a.project === b.project && a.pr === b.pr;
}
function encodeProject(project) {
  return encodeURIComponent(project || ".").replace(/%2F/g, "/");
}
function readPreviewBranch(deployment) {
  return /^Preview of pull request #[0-9]+ \((.*)\), created by astro-ci[;.]/s.exec(deployment.description ?? "")?.[1];
}
function nameCarriesPr(name, pr, expected) {
  if (new RegExp(`(?:^|[^A-Za-z0-9])${pr}(?:$|[^A-Za-z0-9])`).test(name)) return true;
  return expected !== void 0 && name === expected;
}

// src/previews/find.ts
function protectedDeployments(targets) {
  return { ids: new Set(targets.flatMap((t) => t.deploymentId ? [t.deploymentId] : [])), names: new Set(targets.flatMap((t) => t.deploymentName ? [t.deploymentName] : [])) };
}
async function findPreviews(client, workspaceId, repository, exclude) {
  const all = await client.listDeployments(workspaceId ? { workspaceIds: [workspaceId] } : {});
  return all.filter((d) => !exclude.ids.has(d.id) && !exclude.names.has(d.name)).map((deployment) => ({ deployment, owner: readPreviewOwner(deployment) })).filter((p) => p.owner !== void 0 && p.owner.repository.toLowerCase() === repository.toLowerCase());
}
async function previewStaleness(client, deployment, owner, options) {
  const open = await options.isPullRequestOpen?.(owner.pr);
  if (open === false) return `pull request #${owner.pr} is closed`;
  const ttl = options.ttlMs ?? 7 * 864e5;
  const last = newestFinalizedDeploy(await client.listDeploys(deployment.id));
  const since = Date.parse(last?.createdAt ?? deployment.createdAt ?? "");
  if (Number.isNaN(since)) return void 0;
  const idle = options.now() - since;
  return idle > ttl ? `idle for ${formatDuration(idle)} (ttl ${formatDuration(ttl)}) since its ${last ? "last deploy" : "creation"}` : void 0;
}
function formatDuration(ms) {
  const hours = ms / 36e5;
  return hours >= 48 ? `${Math.round(hours / 24)}d` : `${Math.round(hours)}h`;
}
async function resolveTemplate(client, settings) {
  const key = settings.template.deploymentId ? `template-deployment-id '${settings.template.deploymentId}'` : `template-deployment-name '${settings.template.deploymentName}'`;
  try {
    return settings.template.deploymentId ? await client.getDeployment(settings.template.deploymentId) : await client.findDeploymentByName(settings.template.deploymentName, settings.template.workspaceId ?? client.workspaceId);
  } catch (error) {
    const notFound = error instanceof AstroApiError && error.status === 404;
    if (!notFound && !(error instanceof ConfigurationError)) throw error;
    const missing = notFound || error instanceof ConfigurationError && /^no Deployment named /.test(error.message);
    throw new (missing ? TemplateNotFoundError : ConfigurationError)(`the previews template (${key}): ${notFound ? "no such Deployment is visible to this token" : error.message}`, {
      file: settings.file,
      line: settings.line,
      fix: error.fix ?? "check the template's ID or name in the previews: section, and that ASTRO_API_TOKEN's workspace holds it"
    });
  }
}
var TemplateNotFoundError = class extends ConfigurationError {
};
function previewSettingsByProject(config) {
  const byProject = /* @__PURE__ */ new Map();
  for (const project of config.projects) {
    const settings = readPreviewSettings(config.source, project.relativePath);
    if (settings) byProject.set(project.relativePath || ".", settings);
  }
  return byProject;
}
async function listRepositoryPreviews(client, config, settingsByProject, repository, options = {}) {
  const exclude = protectedDeployments(parseDeploymentTargets(config.source));
  const workspaces = /* @__PURE__ */ new Set();
  for (const settings of settingsByProject.values()) {
    let template;
    try {
      template = await resolveTemplate(client, settings);
    } catch (error) {
      if (!options.templateMayBeGone || !(error instanceof TemplateNotFoundError)) throw error;
      if (settings.template.deploymentId) exclude.ids.add(settings.template.deploymentId);
      if (settings.template.deploymentName) exclude.names.add(settings.template.deploymentName);
      workspaces.add(settings.template.workspaceId);
      options.notice?.(`${error.message}: its previews are looked for in ${settings.template.workspaceId ? `workspace ${settings.template.workspaceId}` : "every workspace this token sees"} (point previews: at an existing template to create new ones)`);
      continue;
    }
    exclude.ids.add(template.id);
    exclude.names.add(template.name);
    workspaces.add(settings.template.workspaceId ?? template.workspaceId);
  }
  const lists = workspaces.has(void 0) ? [void 0] : [...workspaces];
  const previews = [];
  for (const workspace of lists) previews.push(...await findPreviews(client, workspace, repository, exclude));
  return previews;
}

export {
  MAX_PR_NUMBER,
  previewDescription,
  sameOwner,
  readPreviewBranch,
  nameCarriesPr,
  parseDuration,
  readPreviewSettings,
  previewName,
  previewProjectName,
  protectedDeployments,
  findPreviews,
  previewStaleness,
  resolveTemplate,
  previewSettingsByProject,
  listRepositoryPreviews
};
