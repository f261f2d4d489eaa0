import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  listRepositoryPreviews,
  previewSettingsByProject,
  previewStaleness
} from "./chunk-G5LNKCOB.js";
import {
  createAirflowApiClient
} from "./chunk-P5TKCZRR.js";
import {
  deployedBundleIdentity,
  inferDeployType,
  newestFinalizedDeploy
} from "./chunk-756XQ7PR.js";
import {
  AstroApiError,
  branchMatches,
  createAstroClient,
  parseDeploymentTargets,
  realHttpDeps
} from "./chunk-B5ED5CYA.js";
import {
  parseDockerfile
} from "./chunk-NEMYVKAW.js";
import {
  parseAirflowSettings
} from "./chunk-MLA5LYHA.js";
import {
  loadConfig
} from "./chunk-GFOSZ7M4.js";
import {
  readYamlFile,
  require_dist,
  validateYamlAgainstSchema
} from "./chunk-PA5Q2WSG.js";
import {
  escapeControlCharacters,
  escapeMarkdownTableCell,
  markdownCode,
  markdownTable
} from "./chunk-4SDMSA4K.js";
import {
  ConfigurationError
} from "./chunk-AQLX4YLR.js";
import {
  __toESM
} from "./chunk-PV4T63TV.js";

// src/commands/drift.ts
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/drift/deployment-file.ts
var import_yaml = __toESM(require_dist(), 1);

// schema/deployment-file.schema.json
var deployment_file_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/astro-ci/astro-ci/blob/main/schema/deployment-file.schema.json",
  title: "Astro Deployment file (the format of `astro deployment inspect` and `astro deployment create/update --deployment-file`)",
  description: "Field names as the Astro CLI writes them (astronomer/astro-cli cloud/deployment/inspect/inspect.go). astro-ci drift declares only what a file contains: an absent field is not drift.",
  type: "object",
  additionalProperties: false,
  required: ["deployment"],
  properties: {
    deployment: {
      type: "object",
      additionalProperties: false,
      properties: {
        configuration: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: { type: "string", minLength: 1 },
            description: { type: ["string", "null"] },
            runtime_version: { type: "string", minLength: 1 },
            dag_deploy_enabled: { type: "boolean" },
            ci_cd_enforcement: { type: "boolean" },
            scheduler_size: { type: "string", minLength: 1 },
            is_high_availability: { type: "boolean" },
            is_development_mode: { type: "boolean" },
            executor: { type: "string", minLength: 1 },
            scheduler_au: { type: "integer", minimum: 0 },
            scheduler_count: { type: "integer", minimum: 0 },
            cluster_name: { type: ["string", "null"] },
            workspace_name: { type: ["string", "null"] },
            deployment_type: { type: "string", minLength: 1 },
            cloud_provider: { type: ["string", "null"] },
            region: { type: ["string", "null"] },
            default_task_pod_cpu: { type: ["string", "number"] },
            default_task_pod_memory: { type: "string" },
            resource_quota_cpu: { type: ["string", "number"] },
            resource_quota_memory: { type: "string" },
            default_worker_type: { type: "string" },
            workload_identity: { type: "string" }
          }
        },
        worker_queues: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { type: "string", minLength: 1 },
              is_default: { type: "boolean" },
              max_worker_count: { type: "integer", minimum: 0 },
              min_worker_count: { type: "integer", minimum: 0 },
              worker_concurrency: { type: "integer", minimum: 1 },
              worker_type: { type: "string", minLength: 1 },
              pod_cpu: { type: ["string", "number"] },
              pod_ram: { type: "string" }
            }
          }
        },
        environment_variables: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["key"],
            properties: {
              key: { type: "string", minLength: 1 },
              value: { type: ["string", "number", "boolean", "null"] },
              is_secret: { type: "boolean" },
              updated_at: { type: "string" }
            }
          }
        },
        alert_emails: { type: "array", items: { type: "string", minLength: 1 } },
        hibernation_schedules: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["hibernate_at", "wake_at"],
            properties: {
              hibernate_at: { type: "string", minLength: 1 },
              wake_at: { type: "string", minLength: 1 },
              enabled: { type: "boolean" },
              description: { type: ["string", "null"] }
            }
          }
        },
        metadata: { description: "Output only (astro deployment inspect); ignored.", type: "object" }
      }
    }
  }
};

// src/drift/deployment-file.ts
async function readDeploymentFile(absPath, displayPath) {
  const source = await readYamlFile(absPath, displayPath);
  await validateYamlAgainstSchema(source, deployment_file_schema_default, "use the field names `astro deployment inspect --template` writes (see schema/deployment-file.schema.json)");
  return { file: displayPath, document: source.value, lineOf: source.lineOf };
}
var CONFIGURATION_FIELDS = {
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
  workload_identity: (d) => d.effectiveWorkloadIdentity
};
var WORKER_QUEUE_FIELDS = {
  is_default: "isDefault",
  max_worker_count: "maxWorkerCount",
  min_worker_count: "minWorkerCount",
  worker_concurrency: "workerConcurrency",
  worker_type: "astroMachine",
  pod_cpu: "podCpu",
  pod_ram: "podMemory"
};
function normalizeValue(field, value) {
  if (value === null || value === void 0 || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = String(value).trim();
  if (field === "executor") text = text.replace(/executor$/i, "");
  if (["executor", "scheduler_size", "deployment_type", "cloud_provider", "worker_type"].includes(field)) return text.toUpperCase();
  if (/^-?\d+(\.\d+)?$/.test(text)) return String(Number(text));
  return text;
}
function liveHibernationSchedules(d) {
  return (d.scalingSpec?.hibernationSpec?.schedules ?? []).map((s) => ({ hibernate_at: s.hibernateAtCron, wake_at: s.wakeAtCron, enabled: s.isEnabled, ...s.description ? { description: s.description } : {} }));
}
function deploymentToFile(d) {
  const configuration = {};
  for (const [field, read] of Object.entries(CONFIGURATION_FIELDS)) {
    if (field === "name") continue;
    const value = read(d);
    if (value === void 0 || value === null || value === "") continue;
    configuration[field] = value;
  }
  const queues = (d.workerQueues ?? []).map((q) => {
    const out = { name: String(q.name) };
    for (const [field, apiField] of Object.entries(WORKER_QUEUE_FIELDS)) {
      const value = q[apiField];
      if (value !== void 0 && value !== null && value !== "") out[field] = value;
    }
    return out;
  });
  const doc = { deployment: { configuration } };
  if (queues.length) doc.deployment.worker_queues = queues;
  doc.deployment.environment_variables = (d.environmentVariables ?? []).map((v) => v.isSecret ? { key: v.key, is_secret: true } : { key: v.key, value: v.value ?? "", is_secret: false });
  if (d.contactEmails?.length) doc.deployment.alert_emails = [...d.contactEmails];
  const schedules = liveHibernationSchedules(d);
  if (schedules.length) doc.deployment.hibernation_schedules = schedules;
  return doc;
}
function formatDeploymentFile(doc, origin) {
  return `# Exported by astro-ci drift --write-file from ${origin}.
# Secret environment variables are listed by key only: their values cannot be read back from Astro.
${(0, import_yaml.stringify)(doc, { lineWidth: 0 })}`;
}

// src/drift/compare.ts
var display = (value) => value === void 0 || value === "" ? null : typeof value === "object" ? JSON.stringify(value) : value;
function compareRuntime(declared, live) {
  if (!declared || declared.version === live.astroRuntimeVersion) return [];
  return [{ kind: "runtime", field: "astroRuntimeVersion", declared: declared.version, live: live.astroRuntimeVersion, detail: "the Dockerfile's runtime is not the one the Deployment runs (an image deploy is due, or the Deployment was changed elsewhere)", source: { file: declared.file, line: declared.line } }];
}
function compareDeploymentFile(file, live) {
  const items = [];
  const doc = file.document.deployment ?? {};
  const at = (path) => ({ file: file.file, line: file.lineOf(["deployment", ...path]) });
  for (const [field, value] of Object.entries(doc.configuration ?? {})) {
    const read = CONFIGURATION_FIELDS[field];
    if (!read) continue;
    const liveValue = read(live);
    if (normalizeValue(field, value) !== normalizeValue(field, liveValue)) {
      items.push({ kind: "configuration", field, declared: display(value), live: display(liveValue), detail: "value differs", source: at(["configuration", field]) });
    }
  }
  if (doc.worker_queues) {
    const liveQueues = new Map((live.workerQueues ?? []).map((q) => [String(q.name), q]));
    doc.worker_queues.forEach((queue, index) => {
      const name = String(queue.name);
      const liveQueue = liveQueues.get(name);
      liveQueues.delete(name);
      if (!liveQueue) {
        items.push({ kind: "worker-queue", field: name, declared: name, live: null, detail: "missing", source: at(["worker_queues", index]) });
        return;
      }
      for (const [field, value] of Object.entries(queue)) {
        const apiField = WORKER_QUEUE_FIELDS[field];
        if (!apiField) continue;
        if (normalizeValue(field, value) !== normalizeValue(field, liveQueue[apiField])) {
          items.push({ kind: "worker-queue", field: `${name}.${field}`, declared: display(value), live: display(liveQueue[apiField]), detail: "value differs", source: at(["worker_queues", index, field]) });
        }
      }
    });
    for (const name of liveQueues.keys()) items.push({ kind: "worker-queue", field: name, declared: null, live: name, detail: "unexpected", source: at(["worker_queues"]) });
  }
  if (doc.environment_variables) {
    const liveVars = new Map((live.environmentVariables ?? []).map((v) => [v.key, v]));
    doc.environment_variables.forEach((variable, index) => {
      const declaredSecret = variable.is_secret === true;
      const liveVar = liveVars.get(variable.key);
      liveVars.delete(variable.key);
      const source = at(["environment_variables", index]);
      if (!liveVar) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "(secret)" : display(variable.value ?? ""), live: null, detail: "missing", source });
        return;
      }
      if (declaredSecret !== liveVar.isSecret) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "secret" : "not secret", live: liveVar.isSecret ? "secret" : "not secret", detail: "secret-ness differs", source });
        return;
      }
      if (!declaredSecret && variable.value !== void 0 && String(variable.value ?? "") !== (liveVar.value ?? "")) {
        items.push({ kind: "environment-variable", field: variable.key, declared: display(String(variable.value ?? "")), live: display(liveVar.value ?? ""), detail: "value differs", source });
      }
    });
    for (const [key, liveVar] of liveVars) {
      items.push({ kind: "environment-variable", field: key, declared: null, live: liveVar.isSecret ? "(secret)" : display(liveVar.value ?? ""), detail: "unexpected", source: at(["environment_variables"]) });
    }
  }
  if (doc.alert_emails) {
    const declared = [...new Set(doc.alert_emails.map((e) => e.toLowerCase()))].sort();
    const liveEmails = [...new Set((live.contactEmails ?? []).map((e) => e.toLowerCase()))].sort();
    if (declared.join(",") !== liveEmails.join(",")) items.push({ kind: "configuration", field: "alert_emails", declared: declared.join(", ") || null, live: liveEmails.join(", ") || null, detail: "value differs", source: at(["alert_emails"]) });
  }
  if (doc.hibernation_schedules) {
    const key = (s) => `${s.hibernate_at.trim()} \u2192 ${s.wake_at.trim()}${s.enabled === false ? " (disabled)" : ""}`;
    const declared = doc.hibernation_schedules.map(key).sort();
    const liveSchedules = liveHibernationSchedules(live).map(key).sort();
    if (declared.join("; ") !== liveSchedules.join("; ")) items.push({ kind: "configuration", field: "hibernation_schedules", declared: declared.join("; ") || null, live: liveSchedules.join("; ") || null, detail: "value differs", source: at(["hibernation_schedules"]) });
  }
  return items;
}
function compareAirflowSettings(settings, objects, pools) {
  const items = [];
  const source = (line) => ({ file: settings.file, line });
  const connections = new Map(objects.filter((o) => o.objectType === "CONNECTION").map((o) => [o.objectKey, o]));
  for (const c of settings.connections) {
    const live = connections.get(c.connId);
    if (!live) {
      items.push({ kind: "connection", field: c.connId, declared: c.connId, live: null, detail: "missing", source: source(c.line) });
      continue;
    }
    const pairs = [
      ["conn_type", c.connType, live.connection?.type],
      ["host", c.host, live.connection?.host],
      ["login", c.login, live.connection?.login],
      ["schema", c.schema, live.connection?.schema],
      ["port", c.port, live.connection?.port]
    ];
    for (const [field, declared, liveValue] of pairs) {
      if (c.uri && declared === void 0) continue;
      if (normalizeValue(field, declared) !== normalizeValue(field, liveValue)) {
        items.push({ kind: "connection", field: `${c.connId}.${field}`, declared: display(declared), live: display(liveValue), detail: "value differs", source: source(c.line) });
      }
    }
    const liveHasPassword = (live.setFields ?? []).some((f) => f === "password" || f === "connection.password");
    if (c.hasPassword !== liveHasPassword) items.push({ kind: "connection", field: `${c.connId}.password`, declared: c.hasPassword ? "set" : "not set", live: liveHasPassword ? "set" : "not set", detail: "secret-ness differs", source: source(c.line) });
  }
  const variables = new Set(objects.filter((o) => o.objectType === "AIRFLOW_VARIABLE").map((o) => o.objectKey));
  for (const v of settings.variables) {
    if (!variables.has(v.name)) items.push({ kind: "variable", field: v.name, declared: v.name, live: null, detail: "missing", source: source(v.line) });
  }
  if (pools) {
    const livePools = new Map(pools.map((p) => [p.name, p]));
    for (const p of settings.pools) {
      const live = livePools.get(p.name);
      if (!live) {
        items.push({ kind: "pool", field: p.name, declared: p.slots, live: null, detail: "missing", source: source(p.line) });
        continue;
      }
      if (live.slots !== p.slots) items.push({ kind: "pool", field: `${p.name}.slots`, declared: p.slots, live: live.slots, detail: "value differs", source: source(p.line) });
      const liveDescription = (live.description ?? "").replace(/ ?\(managed by astro-ci\)$/, "");
      if (p.description !== void 0 && (p.description ?? "") !== liveDescription) {
        items.push({ kind: "pool", field: `${p.name}.description`, declared: display(p.description), live: display(live.description), detail: "value differs", source: source(p.line) });
      }
    }
  }
  return items;
}

// src/commands/drift.ts
var SHA = /^[0-9a-f]{40}$/;
async function runDrift(options) {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace or Organization API token (read access is enough) as the ASTRO_API_TOKEN secret" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  let targets = parseDeploymentTargets(config.source);
  if (options.deployment) {
    targets = targets.filter((t) => [t.name, t.deploymentName, t.deploymentId].includes(options.deployment));
    if (!targets.length) throw new ConfigurationError(`no deployments entry is named '${options.deployment}'`, { file: config.file, fix: "use an entry's name:, deployment-name or deployment-id" });
  }
  if (!targets.length) {
    throw config.file ? new ConfigurationError(`${config.file} declares no deployments: nothing to compare`, { file: config.file, fix: "add a deployments: section (see the README's drift recipe)" }) : new ConfigurationError(`there is no astro-ci.yaml at the repository root (${options.repoRoot}): no deployments to compare`, { fix: "create astro-ci.yaml with a deployments: section (see the README's drift recipe), or pass --config FILE" });
  }
  const declarations = await Promise.all(targets.map((t) => readDeclarations(t, options, config.file)));
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const runtime = readRuntime(options.projectRoot, options.repoRoot);
  const projectPath = relative(options.repoRoot, options.projectRoot).split(sep).join("/");
  const head = await options.git.revParse("HEAD");
  const currentBranch = await options.git.currentBranch();
  const deployments = [];
  for (const [index, target] of targets.entries()) {
    const declared = declarations[index];
    const result = { name: target.name, drift: [], notes: [] };
    deployments.push(result);
    const live = await findDeployment(client, target, config.file);
    if (!live) {
      result.drift.push({ kind: "missing-deployment", field: target.deploymentId ?? target.deploymentName ?? target.name, declared: target.deploymentId ?? target.deploymentName ?? null, live: null, detail: "no such Deployment is visible to this token", source: { file: config.file ?? "astro-ci.yaml", line: target.line } });
      continue;
    }
    result.id = live.id;
    result.url = live.webServerUrl ? live.webServerUrl.startsWith("http") ? live.webServerUrl : `https://${live.webServerUrl}` : void 0;
    result.drift.push(...compareRuntime(runtime, live));
    await compareCommits(result, { target, live, client, git: options.git, head, currentBranch, projectPath });
    if (declared.deploymentFile) result.drift.push(...compareDeploymentFile(declared.deploymentFile, live));
    if (declared.settings) {
      const objects = await client.listEnvironmentObjects({ deploymentId: live.id });
      const pools = await readPools(live, token, options, result);
      result.drift.push(...compareAirflowSettings(declared.settings, objects, pools));
    }
    if (options.writeFileDir) await writeDeploymentFile(options.writeFileDir, target, live, options.logger);
  }
  const stalePreviews = options.repository ? await findStalePreviews(client, config, options) : [];
  return { reportVersion: 1, deployments, stalePreviews, drifted: deployments.some((d) => d.drift.length > 0) || stalePreviews.length > 0 };
}
async function findStalePreviews(client, config, options) {
  const settingsByProject = previewSettingsByProject(config);
  const stale = [];
  for (const { deployment, owner } of await listRepositoryPreviews(client, config, settingsByProject, options.repository)) {
    const reason = await previewStaleness(client, deployment, owner, { ttlMs: settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.isPullRequestOpen, now: options.now ?? Date.now });
    if (reason) stale.push({ name: deployment.name, id: deployment.id, pr: owner.pr, project: owner.project, reason });
  }
  return stale;
}
async function readDeclarations(target, options, configFile) {
  const inside = (base, path, what) => {
    const abs = resolve(base, path);
    const rel = relative(options.repoRoot, abs);
    if (isAbsolute(path) || rel.startsWith("..") || isAbsolute(rel)) throw new ConfigurationError(`${what} '${path}' is outside the repository`, { file: configFile, line: target.line, fix: "use a path inside the repository" });
    return { abs, display: rel.split(sep).join("/") };
  };
  const missing = (what, path) => new ConfigurationError(`${what} '${path}' does not exist`, { file: configFile, line: target.line, fix: `create it (astro-ci drift --write-file DIR exports the live Deployment) or correct the path` });
  let file = target.deploymentFile ? inside(options.repoRoot, target.deploymentFile, "deployment-file") : void 0;
  if (file && !existsSync(file.abs)) {
    if (!options.writeFileDir) throw missing("deployment-file", target.deploymentFile);
    file = void 0;
  }
  const settings = target.airflowSettings ? inside(options.projectRoot, target.airflowSettings, "airflow-settings") : void 0;
  if (settings && !existsSync(settings.abs)) throw missing("airflow-settings", target.airflowSettings);
  return {
    deploymentFile: file ? await readDeploymentFile(file.abs, file.display) : void 0,
    settings: settings ? declaredSettings(await parseAirflowSettings(settings.abs, settings.display)) : void 0
  };
}
function declaredSettings(read) {
  const problem = read.problems.find((p) => p.severity === "warning");
  if (problem) throw new ConfigurationError(problem.message, { file: problem.file, line: problem.line, fix: problem.fix });
  return read.settings;
}
async function findDeployment(client, target, configFile) {
  if (target.deploymentId) {
    try {
      return await client.getDeployment(target.deploymentId);
    } catch (error) {
      if (error instanceof AstroApiError && error.status === 404) return void 0;
      throw error;
    }
  }
  const name = target.deploymentName;
  const found = (await client.listDeployments({ names: [name], workspaceIds: target.workspaceId ? [target.workspaceId] : void 0 })).filter((d) => d.name === name);
  if (found.length > 1) throw new ConfigurationError(`${found.length} Deployments are named '${name}'`, { file: configFile, line: target.line, fix: "add workspace-id to the entry, or use deployment-id" });
  return found[0];
}
function readRuntime(projectRoot, repoRoot) {
  const path = join(projectRoot, "Dockerfile");
  if (!existsSync(path)) return void 0;
  const display2 = relative(repoRoot, path).split(sep).join("/");
  try {
    const parsed = parseDockerfile(readFileSync(path, "utf8"), display2);
    return parsed.runtime ? { version: parsed.runtime.info.runtimeVersion, file: display2, line: parsed.runtime.line } : void 0;
  } catch (error) {
    if (error instanceof ConfigurationError) return void 0;
    throw error;
  }
}
async function compareCommits(result, ctx) {
  const { target, git } = ctx;
  const branch = target.branches.find((b) => ctx.currentBranch !== void 0 && (b === ctx.currentBranch || branchMatches(b, ctx.currentBranch)));
  let branchHead;
  let branchName;
  if (branch && ctx.currentBranch) {
    branchHead = ctx.head;
    branchName = ctx.currentBranch;
  } else {
    for (const b of target.branches.filter((name) => !/[*?]/.test(name))) {
      const sha = await git.revParse(`refs/remotes/origin/${b}`).catch(() => void 0);
      if (sha) {
        branchHead = sha;
        branchName = b;
        break;
      }
    }
  }
  if (!branchHead || !branchName) {
    result.notes.push(`commits not compared: none of ${target.branches.join(", ")} is checked out or fetched in this clone (actions/checkout with fetch-depth: 0 fetches every branch)`);
    return;
  }
  const latest = newestFinalizedDeploy(await ctx.client.listDeploys(ctx.live.id));
  if (!latest) {
    result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: null, detail: "the Deployment has no finalized deploy" });
    return;
  }
  const deployedSha = latest.git?.commitSha;
  if (deployedSha === void 0) {
    result.notes.push(`commits not compared: the live deploy ${latest.id} records no git commit (deployed without git metadata)`);
  } else if (!SHA.test(deployedSha)) {
    result.notes.push(`commits not compared: the live deploy ${latest.id} records a commit that is not a 40-hex SHA`);
  } else if (deployedSha !== branchHead) {
    if (!await git.hasCommit(deployedSha)) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: "the deployed commit is not in this clone's history (deployed from elsewhere, or a shallow clone: use fetch-depth: 0)" });
    } else if (await git.isAncestor(branchHead, deployedSha)) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: `the Deployment runs ${deployedSha.slice(0, 12)}, which is ahead of ${branchName}` });
    } else {
      const inferred = await inferDeployType({ git, projectPath: ctx.projectPath, from: deployedSha, to: branchHead });
      if (inferred.type !== "none") {
        const project = ctx.projectPath || ".";
        const commits = await git.commitsBetween(deployedSha, branchHead, [project, `:(exclude)${ctx.projectPath ? `${ctx.projectPath}/` : ""}tests`]);
        const onBranch = await git.isAncestor(deployedSha, branchHead);
        result.drift.push({
          kind: "undeployed-commits",
          field: branchName,
          declared: branchHead,
          live: deployedSha,
          detail: `${commits.length} commit${commits.length === 1 ? "" : "s"} not deployed (${inferred.type}${commits.length ? `; first ${commits[commits.length - 1]?.slice(0, 12)}, last ${commits[0]?.slice(0, 12)}` : ""})${onBranch ? "" : `; the deployed commit is not on ${branchName}`}`
        });
      }
    }
  }
  const bundle = deployedBundleIdentity(latest.description);
  if (bundle?.startsWith("sha256-")) {
    result.drift.push({ kind: "undeployed-commits", field: "dags-bundle", declared: null, live: bundle, detail: "the live DAGs were deployed from a work tree that no commit holds" });
  } else if (bundle?.startsWith("tree-") && deployedSha === branchHead) {
    const tree = await git.treeId(branchHead, ctx.projectPath ? `${ctx.projectPath}/dags` : "dags");
    if (tree && `tree-${tree}` !== bundle) result.drift.push({ kind: "undeployed-commits", field: "dags-bundle", declared: `tree-${tree}`, live: bundle, detail: "the live DAG bundle is not the one this commit holds" });
  }
}
async function readPools(live, token, options, result) {
  if (live.status === "HIBERNATING") {
    result.notes.push("pools not compared: the Deployment is hibernating (its Airflow API does not answer)");
    return void 0;
  }
  const api = createAirflowApiClient({ deployment: live, token, logger: options.logger, deps: { ...realHttpDeps, ...options.http } });
  return api.listPools();
}
async function writeDeploymentFile(dir, target, live, logger) {
  await mkdir(dir, { recursive: true });
  const safe = target.name.replace(/[^A-Za-z0-9._-]/g, "-");
  const path = join(dir, `${safe}.yaml`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, formatDeploymentFile(deploymentToFile(live), `Deployment '${live.name}' (${live.id})`), "utf8");
  await rename(temp, path);
  logger.info(`wrote ${path}`);
}

// src/reports/drift-report.ts
var shown = (value) => value === null ? "\u2014" : String(value);
var where = (item) => item.source ? `${item.source.file}${item.source.line ? `:${item.source.line}` : ""}` : "";
function formatDriftText(report) {
  const out = [];
  for (const d of report.deployments) {
    out.push(escapeControlCharacters(`${d.name}${d.id ? ` (${d.id})` : ""}: ${d.drift.length ? `${d.drift.length} difference${d.drift.length === 1 ? "" : "s"}` : "no drift"}`));
    if (d.drift.length) {
      const rows = d.drift.map((i) => [i.kind, i.field, shown(i.declared), shown(i.live), i.detail ?? "", where(i)].map((c) => escapeControlCharacters(c.replace(/[\r\n\t]+/g, " "))));
      const headers = ["kind", "field", "declared", "live", "detail", "declared at"];
      const widths = headers.map((h, col) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[col].length))));
      const line = (cells) => "  " + cells.map((c, col) => c.padEnd(widths[col])).join("  ").trimEnd();
      out.push(line(headers), ...rows.map(line));
    }
    for (const note of d.notes) out.push(`  note: ${escapeControlCharacters(note)}`);
  }
  for (const p of report.stalePreviews) out.push(escapeControlCharacters(`stale preview ${p.name} (${p.id}, PR #${p.pr}): ${p.reason}`));
  out.push(report.drifted ? "drift found" : "no drift");
  return out.join("\n") + "\n";
}
function formatDeploymentDriftMarkdown(d) {
  const cell = (text) => escapeMarkdownTableCell(text);
  const value = (v) => v === null ? "\u2014" : markdownCode(String(v));
  const title = `### ${cell(d.name)}${d.url ? ` \u2014 [Airflow UI](${encodeURI(d.url)})` : ""}`;
  const body = d.drift.length ? markdownTable(["Kind", "Field", "Declared", "Live", "Detail", "Declared at"], d.drift.map((i) => [i.kind, markdownCode(i.field), value(i.declared), value(i.live), cell(i.detail ?? ""), cell(where(i))])) : "No drift: the live Deployment matches the repository.";
  const notes = d.notes.map((n) => `- ${cell(n)}`).join("\n");
  return [title, "", body, notes ? `
${notes}` : ""].join("\n").trimEnd() + "\n";
}
function formatDriftMarkdown(report) {
  const cell = (text) => escapeMarkdownTableCell(text);
  const head = `## astro-ci / drift ${report.drifted ? "\u26A0\uFE0F drift found" : "\u2705 no drift"}

`;
  const stale = report.stalePreviews.length ? `
### Stale preview Deployments

${markdownTable(["Preview", "PR", "Project", "Why"], report.stalePreviews.map((p) => [cell(p.name), `#${p.pr}`, `\`${cell(p.project)}\``, cell(p.reason)]))}

Remove them with the teardown workflow's sweep, or \`astro-ci teardown --stale\`.
` : "";
  return head + report.deployments.map(formatDeploymentDriftMarkdown).join("\n") + stale;
}

export {
  runDrift,
  formatDriftText,
  formatDeploymentDriftMarkdown,
  formatDriftMarkdown
};
