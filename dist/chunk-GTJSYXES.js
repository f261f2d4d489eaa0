import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createDefaultAnalyzer,
  loadConfig,
  runValidation
} from "./chunk-YGIXS3SQ.js";
import {
  testProject
} from "./chunk-I6BH6YVP.js";
import {
  ConfigurationError,
  createAstroHttp,
  parseDockerfile,
  realHttpDeps
} from "./chunk-ZH65N3KT.js";

// src/commands/deploy.ts
import { readFileSync } from "node:fs";
import { join as join2, relative as relative2, sep as sep2 } from "node:path";

// src/astro/client.ts
var DEFAULT_ASTRO_API_URL = "https://api.astronomer.io/v1";
function organizationFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.org_id ?? claims.permissions?.find((p) => p.startsWith("organizationId:"))?.slice("organizationId:".length);
  } catch {
    return void 0;
  }
}
function workspaceFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.permissions?.find((p) => p.startsWith("workspaceId:"))?.slice("workspaceId:".length);
  } catch {
    return void 0;
  }
}
function createAstroClient(options) {
  const organizationId = options.organizationId ?? organizationFromToken(options.token);
  if (!organizationId) {
    throw new ConfigurationError("the Astro organization could not be read from ASTRO_API_TOKEN", {
      fix: "set ASTRO_ORGANIZATION_ID (or the organization-id input) to your organization's ID"
    });
  }
  const http = createAstroHttp({
    baseUrl: options.baseUrl ?? DEFAULT_ASTRO_API_URL,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 3e4,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15e3, ...options.retry },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger
  });
  const org = `/organizations/${encodeURIComponent(organizationId)}`;
  const deploymentPath = (id) => `${org}/deployments/${encodeURIComponent(id)}`;
  const client = {
    organizationId,
    workspaceId: workspaceFromToken(options.token),
    async listOrganizations() {
      return (await http.request({ method: "GET", path: "/organizations", idempotent: true })).organizations;
    },
    async listWorkspaces() {
      const all = [];
      for (let offset = 0; ; ) {
        const page = await http.request({ method: "GET", path: `${org}/workspaces`, query: { limit: 100, offset }, idempotent: true });
        all.push(...page.workspaces);
        offset += page.workspaces.length;
        if (page.workspaces.length === 0 || offset >= page.totalCount) return all;
      }
    },
    getDeploy: (deploymentId, deployId) => http.request({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(deployId)}`, idempotent: true }),
    async listDeployments(filter) {
      const all = [];
      for (let offset = 0; ; ) {
        const page = await http.request({
          method: "GET",
          path: `${org}/deployments`,
          query: { names: filter.names, workspaceIds: filter.workspaceIds, deploymentIds: filter.deploymentIds, limit: 100, offset },
          idempotent: true
        });
        all.push(...page.deployments);
        offset += page.deployments.length;
        if (page.deployments.length === 0 || offset >= page.totalCount) return all;
      }
    },
    getDeployment: (id) => http.request({ method: "GET", path: deploymentPath(id), idempotent: true }),
    async findDeploymentByName(name, workspaceId) {
      const found = await client.listDeployments({ names: [name], workspaceIds: workspaceId ? [workspaceId] : void 0 });
      const exact = found.filter((d) => d.name === name);
      if (exact.length === 1) return exact[0];
      if (exact.length === 0) {
        throw new ConfigurationError(`no Deployment named '${name}'${workspaceId ? ` in workspace ${workspaceId}` : ""} is visible to this token`, {
          fix: "check the name (it is case-sensitive), the workspace, and the token's role"
        });
      }
      throw new ConfigurationError(`${exact.length} Deployments are named '${name}' (${exact.map((d) => `${d.id} in workspace ${d.workspaceId}`).join(", ")})`, {
        fix: "use deployment-id, or add the workspace-id to tell them apart"
      });
    },
    // Not retried on errors: a second create could start a second deploy.
    createDeploy: (deploymentId, request) => http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/deploys`, body: request, idempotent: false }),
    finalizeDeploy: (deploymentId, deployId, dagTarballVersion) => http.request({
      method: "POST",
      path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(deployId)}/finalize`,
      body: dagTarballVersion === void 0 ? {} : { dagTarballVersion },
      // Finalizing the same version twice has the same effect.
      idempotent: true
    }),
    createDeployment: (request) => http.request({
      method: "POST",
      path: `${org}/deployments`,
      body: {
        type: "STANDARD",
        executor: "CELERY",
        cloudProvider: "AWS",
        region: "us-east-1",
        schedulerSize: "SMALL",
        isCicdEnforced: false,
        isDagDeployEnabled: true,
        isHighAvailability: false,
        defaultTaskPodCpu: "0.25",
        defaultTaskPodMemory: "0.5Gi",
        resourceQuotaCpu: "10",
        resourceQuotaMemory: "20Gi",
        ...request
      },
      idempotent: false
    }),
    async deleteDeployment(id) {
      await http.request({ method: "DELETE", path: deploymentPath(id), idempotent: true });
    },
    async updateDeployment(id, patch) {
      const current = await client.getDeployment(id);
      const removed = new Set(patch.removeEnvironmentVariables ?? []);
      const setByKey = new Map((patch.setEnvironmentVariables ?? []).map((v) => [v.key, v]));
      const environmentVariables = [
        ...(current.environmentVariables ?? []).filter((v) => !removed.has(v.key) && !setByKey.has(v.key)).map((v) => v.isSecret ? { key: v.key, isSecret: true } : { key: v.key, isSecret: false, value: v.value ?? "" }),
        ...setByKey.values()
      ];
      const body = {
        name: patch.name ?? current.name,
        workspaceId: current.workspaceId,
        type: current.type ?? "STANDARD",
        executor: current.executor ?? "CELERY",
        isCicdEnforced: current.isCicdEnforced ?? false,
        isDagDeployEnabled: patch.isDagDeployEnabled ?? current.isDagDeployEnabled,
        isHighAvailability: current.isHighAvailability ?? false,
        schedulerSize: current.schedulerSize ?? "SMALL",
        defaultTaskPodCpu: current.defaultTaskPodCpu,
        defaultTaskPodMemory: current.defaultTaskPodMemory,
        resourceQuotaCpu: current.resourceQuotaCpu,
        resourceQuotaMemory: current.resourceQuotaMemory,
        ...current.workerQueues ? { workerQueues: current.workerQueues } : {},
        environmentVariables
      };
      return http.request({ method: "POST", path: deploymentPath(id), body, idempotent: true });
    },
    async listEnvironmentObjects(filter) {
      const all = [];
      for (let offset = 0; ; ) {
        const page = await http.request({ method: "GET", path: `${org}/environment-objects`, query: { ...filter, limit: 100, offset }, idempotent: true });
        all.push(...page.environmentObjects);
        offset += page.environmentObjects.length;
        if (page.environmentObjects.length === 0 || offset >= page.totalCount) return all;
      }
    },
    async createEnvironmentObject(request) {
      return (await http.request({ method: "POST", path: `${org}/environment-objects`, body: request, idempotent: false })).id;
    },
    async deleteEnvironmentObject(id) {
      await http.request({ method: "DELETE", path: `${org}/environment-objects/${encodeURIComponent(id)}`, idempotent: true });
    },
    getDeploymentOptions: (deploymentId) => http.request({ method: "GET", path: `${org}/deployment-options`, query: { deploymentId }, idempotent: true }),
    async setHibernationOverride(deploymentId, override) {
      await http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/hibernation-override`, body: override, idempotent: true });
    },
    async deleteHibernationOverride(deploymentId) {
      await http.request({ method: "DELETE", path: `${deploymentPath(deploymentId)}/hibernation-override`, idempotent: true });
    },
    async listDeploys(deploymentId) {
      const all = [];
      for (let offset = 0; ; ) {
        const page = await http.request({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys`, query: { limit: 100, offset }, idempotent: true });
        all.push(...page.deploys);
        offset += page.deploys.length;
        if (page.deploys.length === 0 || offset >= page.totalCount) return all;
      }
    }
  };
  return client;
}

// src/astro/upload.ts
var BLOCK_SIZE = 1024 * 1024;
function redactSasUrl(url) {
  return url.split("?")[0] ?? url;
}
function blockUrl(uploadUrl, params) {
  const url = new URL(uploadUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}
async function uploadDagTarball(options) {
  const { fetch, sleep } = options.deps;
  const put = async (url, body, headers) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response2 = await fetch(url, { method: "PUT", body, headers, signal: AbortSignal.timeout(12e4) });
        if (response2.status === 201 || response2.status < 500 && response2.status !== 429 || attempt >= 4) return response2;
      } catch (error) {
        if (attempt >= 4) throw new Error(`upload to ${redactSasUrl(url)} failed: ${error.message}`);
      }
      await sleep(500 * 2 ** attempt);
    }
  };
  const ids = [];
  let pending = [];
  let pendingBytes = 0;
  let total = 0;
  const inFlight = /* @__PURE__ */ new Set();
  const flushBlock = async (block) => {
    const id = Buffer.from(String(ids.length).padStart(8, "0")).toString("base64");
    ids.push(id);
    const sent = put(blockUrl(options.uploadUrl, { comp: "block", blockid: id }), block, { "content-length": String(block.length) }).then(async (response2) => {
      if (response2.status !== 201) throw new Error(`block upload to ${redactSasUrl(options.uploadUrl)} answered ${response2.status}: ${(await response2.text()).slice(0, 200)}`);
    });
    inFlight.add(sent);
    sent.then(
      () => inFlight.delete(sent),
      () => void 0
    );
    if (inFlight.size >= 4) await Promise.race(inFlight);
  };
  for await (const chunk of options.body) {
    pending.push(Buffer.from(chunk));
    pendingBytes += chunk.length;
    total += chunk.length;
    while (pendingBytes >= BLOCK_SIZE) {
      const all = Buffer.concat(pending);
      await flushBlock(all.subarray(0, BLOCK_SIZE));
      pending = [all.subarray(BLOCK_SIZE)];
      pendingBytes = pending[0]?.length ?? 0;
    }
  }
  let response;
  if (ids.length === 0) {
    response = await put(options.uploadUrl, Buffer.concat(pending), { "x-ms-blob-type": "BlockBlob" });
  } else {
    if (pendingBytes > 0) await flushBlock(Buffer.concat(pending));
    await Promise.all(inFlight);
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
    response = await put(blockUrl(options.uploadUrl, { comp: "blocklist" }), xml, { "content-type": "application/xml" });
  }
  if (response.status !== 201) throw new Error(`upload to ${redactSasUrl(options.uploadUrl)} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  const versionId = response.headers.get("x-ms-version-id");
  if (!versionId) throw new Error(`upload to ${redactSasUrl(options.uploadUrl)} returned no x-ms-version-id, so the deploy cannot be finalized`);
  options.logger.debug(`uploaded ${total} bytes in ${Math.max(ids.length, 1)} request(s) to ${redactSasUrl(options.uploadUrl)}`);
  return { versionId, bytes: total };
}

// src/deploy/dag-tarball.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, readdir, readFile, readlink, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import { constants, createGzip } from "node:zlib";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "__pycache__"]);
async function listEntries(root, dagsDirName) {
  const rootReal = await realpath(root);
  const candidates = [];
  const walk = async (dir) => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const abs = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (!SKIPPED_DIRS.has(dirent.name)) await walk(abs);
      } else if (!dirent.name.endsWith(".pyc")) candidates.push({ abs, rel: relative(root, abs).split(sep).join("/") });
    }
  };
  await walk(root);
  const entries = new Array(candidates.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(64, candidates.length) }, async () => {
      while (next < candidates.length) {
        const index = next++;
        const { abs, rel } = candidates[index];
        const info = await lstat(abs);
        if (info.isSymbolicLink()) {
          const target = await readlink(abs);
          const resolved = await realpath(abs).catch(() => void 0);
          if (!resolved || !(resolved === rootReal || resolved.startsWith(rootReal + sep))) {
            throw new ConfigurationError(`the symlink ${dagsDirName}/${rel} points outside the DAG folder (to ${target}); Airflow 3 refuses such bundles`, {
              file: `${dagsDirName}/${rel}`,
              fix: "copy the file into the DAG folder, or move the shared code to include/ or a package in requirements.txt"
            });
          }
          entries[index] = { path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: 511, size: 0, linkTarget: target };
        } else if (info.isFile()) {
          entries[index] = { path: `${dagsDirName}/${rel}`, absolutePath: abs, mode: info.mode & 73 ? 493 : 420, size: info.size };
        }
      }
    })
  );
  return entries.filter((e) => e !== void 0).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
var WHOLE_FILE_LIMIT = 1024 * 1024;
async function fileSha256(path, size) {
  const hash = createHash("sha256");
  if (size <= WHOLE_FILE_LIMIT) return hash.update(await readFile(path)).digest("hex");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}
async function createDagTarball(options) {
  const name = options.dagsDirName ?? "dags";
  const entries = await listEntries(options.dagsDir, name);
  let hashing;
  return {
    entries,
    fileCount: entries.length,
    totalBytes: entries.reduce((n, e) => n + e.size, 0),
    // Reading every file to hash it costs as much as packing it: only when the caller needs it.
    contentHash: () => hashing ??= hashEntries(entries),
    stream: () => Readable.from(tarStream(entries)).pipe(createGzip({ level: constants.Z_DEFAULT_COMPRESSION }))
  };
}
async function hashEntries(entries) {
  const hashes = new Array(entries.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(32, entries.length) }, async () => {
      while (next < entries.length) {
        const index = next++;
        const entry = entries[index];
        hashes[index] = entry.linkTarget !== void 0 ? `link:${entry.linkTarget}` : await fileSha256(entry.absolutePath, entry.size);
      }
    })
  );
  const digest = createHash("sha256");
  entries.forEach((entry, index) => digest.update(`${entry.path}\0${entry.mode.toString(8)}\0${hashes[index]}
`));
  return digest.digest("hex");
}
function octal(value, length) {
  return value.toString(8).padStart(length - 1, "0") + "\0";
}
function header(name, size, mode, type, linkName = "") {
  const block = Buffer.alloc(512);
  let path = name;
  let prefix = "";
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf("/", 155);
    if (cut > 0 && Buffer.byteLength(path.slice(cut + 1)) <= 100 && Buffer.byteLength(path.slice(0, cut)) <= 155) {
      prefix = path.slice(0, cut);
      path = path.slice(cut + 1);
    } else path = path.slice(0, 100);
  }
  block.write(path, 0, 100, "utf8");
  block.write(octal(mode, 8), 100, 8, "ascii");
  block.write(octal(0, 8), 108, 8, "ascii");
  block.write(octal(0, 8), 116, 8, "ascii");
  block.write(octal(size, 12), 124, 12, "ascii");
  block.write(octal(0, 12), 136, 12, "ascii");
  block.write("        ", 148, 8, "ascii");
  block.write(type, 156, 1, "ascii");
  block.write(linkName, 157, 100, "utf8");
  block.write("ustar\0", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  block.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + " ", 148, 8, "ascii");
  return block;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`);
}
var padding = (size) => Buffer.alloc((512 - size % 512) % 512);
var READ_AHEAD = 32;
async function* tarStream(entries) {
  const reads = /* @__PURE__ */ new Map();
  const prefetch = (index) => {
    const entry = entries[index];
    if (entry && entry.linkTarget === void 0 && entry.size <= WHOLE_FILE_LIMIT && !reads.has(index)) reads.set(index, readFile(entry.absolutePath));
  };
  for (let i = 0; i < READ_AHEAD; i++) prefetch(i);
  for (const [index, entry] of entries.entries()) {
    prefetch(index + READ_AHEAD);
    const needsPax = Buffer.byteLength(entry.path) > 100 && !(entry.path.lastIndexOf("/", 155) > 0 && Buffer.byteLength(entry.path.slice(entry.path.lastIndexOf("/", 155) + 1)) <= 100);
    if (needsPax || entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100) {
      const records = Buffer.concat([...needsPax ? [paxRecord("path", entry.path)] : [], ...entry.linkTarget && Buffer.byteLength(entry.linkTarget) > 100 ? [paxRecord("linkpath", entry.linkTarget)] : []]);
      yield header("PaxHeader", records.length, 420, "x");
      yield records;
      yield padding(records.length);
    }
    if (entry.linkTarget !== void 0) {
      yield header(entry.path, 0, entry.mode, "2", entry.linkTarget);
      continue;
    }
    if (entry.size <= WHOLE_FILE_LIMIT) {
      const content = await (reads.get(index) ?? readFile(entry.absolutePath));
      reads.delete(index);
      const body = content.length >= entry.size ? content.subarray(0, entry.size) : Buffer.concat([content, Buffer.alloc(entry.size - content.length)]);
      yield Buffer.concat([header(entry.path, entry.size, entry.mode, "0"), body, padding(entry.size)]);
      continue;
    }
    yield header(entry.path, entry.size, entry.mode, "0");
    let written = 0;
    for await (const chunk of createReadStream(entry.absolutePath)) {
      const buffer = chunk;
      const room = entry.size - written;
      if (room <= 0) break;
      yield buffer.length > room ? buffer.subarray(0, room) : buffer;
      written += Math.min(buffer.length, room);
    }
    if (written < entry.size) yield Buffer.alloc(entry.size - written);
    yield padding(entry.size);
  }
  yield Buffer.alloc(1024);
}

// src/deploy/infer-deploy-type.ts
var ZERO_SHA = /^0+$/;
function normalizeProjectPath(path) {
  const cleaned = path.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  return cleaned === "." ? "" : cleaned;
}
async function inferDeployType(options) {
  const project = normalizeProjectPath(options.projectPath);
  const prefix = project ? `${project}/` : "";
  const dagsPrefix = `${prefix}${options.dagsDir ?? "dags"}/`;
  let base;
  for (const candidate of [options.from, options.fallbackFrom]) {
    if (!candidate || ZERO_SHA.test(candidate)) continue;
    if (await options.git.hasCommit(candidate) || await options.git.fetchCommit(candidate) && await options.git.hasCommit(candidate)) {
      base = candidate;
      break;
    }
  }
  if (!base) {
    return {
      type: "image-and-dags",
      reason: options.from || options.fallbackFrom ? "the last deployed commit is not in this repository's history (force push or shallow clone): full deploy" : "no previous deploy to compare with (first deploy or new branch): full deploy",
      changedFiles: []
    };
  }
  const changed = await options.git.diffNames(base, options.to);
  const inProject = changed.filter((f) => f.startsWith(prefix));
  const relevant = inProject.filter((f) => !f.startsWith(`${prefix}tests/`));
  if (relevant.length === 0) {
    return { type: "none", reason: inProject.length ? "only tests changed in the project: nothing to deploy" : changed.length ? "no change inside the project" : "no change since the last deploy", changedFiles: changed, comparedFrom: base };
  }
  const outsideDags = relevant.filter((f) => !f.startsWith(dagsPrefix));
  if (outsideDags.length === 0) return { type: "dags-only", reason: `only DAG files changed (${relevant.length})`, changedFiles: changed, comparedFrom: base };
  return { type: "image-and-dags", reason: `${outsideDags.slice(0, 3).join(", ")}${outsideDags.length > 3 ? "\u2026" : ""} changed: the image must be rebuilt`, changedFiles: changed, comparedFrom: base };
}

// src/deploy/deploy.ts
var HASH_MARK = /astro-ci:dags=((?:tree|sha256)-[0-9a-f]{40,64})/;
var API_TYPE = { "dags-only": "DAG_ONLY", "image-and-dags": "IMAGE_AND_DAG", "image-only": "IMAGE_ONLY" };
function airflowUiUrl(deployment) {
  const url = deployment.webServerUrl;
  return url.startsWith("http") ? url : `https://${url}`;
}
async function deployProject(request, deps) {
  const { client, logger } = deps;
  const deployment = request.target.deploymentId ? await client.getDeployment(request.target.deploymentId) : await client.findDeploymentByName(request.target.deploymentName, request.target.workspaceId ?? client.workspaceId);
  const where = { id: deployment.id, name: deployment.name, url: airflowUiUrl(deployment) };
  const latest = (await client.listDeploys(deployment.id)).filter((d) => d.status === "DEPLOYED").reduce((newest, d) => !newest || Date.parse(d.createdAt) > Date.parse(newest.createdAt) ? d : newest, void 0);
  const deployedSha = latest?.git?.commitSha;
  if (deployedSha && deployedSha !== request.headSha && !request.force && await deps.git.hasCommit(deployedSha) && await deps.git.isAncestor(request.headSha, deployedSha)) {
    return { status: "skipped", reason: `${request.headSha.slice(0, 12)} is older than the deployed ${deployedSha.slice(0, 12)}: not deploying it over a newer commit`, deployment: where, bytesUploaded: 0 };
  }
  let type;
  let why;
  if (request.deployType === "infer") {
    const inferred = await inferDeployType({ git: deps.git, projectPath: request.projectPath, from: deployedSha, fallbackFrom: request.pushBefore, to: request.headSha });
    if (inferred.type === "none" && !request.force) return { status: "skipped", reason: inferred.reason, deployment: where, bytesUploaded: 0 };
    type = inferred.type === "none" ? "dags-only" : inferred.type;
    why = inferred.reason;
  } else {
    type = request.deployType;
    why = `deploy-type: ${request.deployType}`;
  }
  if (type === "dags-only" && !deployment.isDagDeployEnabled) {
    type = "image-and-dags";
    why += "; DAG deploys are off on this Deployment, so the DAGs go in the image";
  }
  logger.info(`deploying to ${deployment.name} (${deployment.id}) as ${type}: ${why}`);
  const shipsDags = type !== "image-only" && deployment.isDagDeployEnabled;
  const tarball = shipsDags ? await createDagTarball({ dagsDir: `${request.projectRoot}/dags` }) : void 0;
  const treeId = tarball ? await deps.git.cleanTreeId(request.projectPath ? `${request.projectPath}/dags` : "dags") : void 0;
  const dagsHash = tarball ? treeId ? `tree-${treeId}` : `sha256-${await tarball.contentHash()}` : void 0;
  const lastHash = latest?.description ? HASH_MARK.exec(latest.description)?.[1] : void 0;
  if (type === "dags-only" && dagsHash && lastHash === dagsHash && !request.force) {
    return { status: "skipped", reason: "the DAGs are exactly what the Deployment already runs (skipped unchanged)", deployment: where, bytesUploaded: 0, dagsHash, deployType: type };
  }
  if (type !== "dags-only") {
    await checkRuntimeUpgrade(deployment, request.runtimeVersion, deps);
    const info = await deps.docker.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (info.exitCode !== 0) {
      throw new ConfigurationError(`this change needs an image deploy (${why}), and no Docker engine answers here`, {
        fix: "run the deploy on a runner with Docker (ubuntu-latest has it), or use deploy-type: dags-only if only DAGs changed"
      });
    }
  }
  const woke = deployment.status === "HIBERNATING" && deployment.isDevelopmentMode === true;
  if (woke) {
    logger.info(`${deployment.name} is hibernating: waking it for the deploy (hibernation override for one hour)`);
    await client.setHibernationOverride(deployment.id, { isHibernating: false, overrideUntil: new Date(deps.now() + 36e5).toISOString() });
  }
  try {
    return await shipDeploy(request, deps, { deployment, where, type, why, tarball, shipsDags, dagsHash });
  } finally {
    if (woke) {
      await client.deleteHibernationOverride(deployment.id).catch((error) => logger.warning(`could not hand ${deployment.name} back to its hibernation schedule: ${error.message}`));
    }
  }
}
async function shipDeploy(request, deps, plan) {
  const { client, logger } = deps;
  const { deployment, where, type, why, tarball, shipsDags, dagsHash } = plan;
  const description = [request.description, dagsHash ? `astro-ci:dags=${dagsHash}` : void 0].filter(Boolean).join(" ").slice(0, 500);
  const deploy = await deps.client.createDeploy(deployment.id, { type: API_TYPE[type], description: description || void 0, git: request.git });
  let image;
  if (type !== "dags-only") image = await buildAndPushImage(request.projectRoot, deploy, deps);
  let versionId;
  let bytes = 0;
  if (tarball) {
    if (!deploy.dagsUploadUrl) throw new Error(`deploy ${deploy.id} has no dagsUploadUrl although DAG deploys are enabled`);
    const uploaded = await uploadDagTarball({ uploadUrl: deploy.dagsUploadUrl, body: tarball.stream(), deps: deps.http, logger });
    versionId = uploaded.versionId;
    bytes = uploaded.bytes;
  }
  await client.finalizeDeploy(deployment.id, deploy.id, shipsDags ? versionId ?? "" : void 0);
  if (request.wait) await waitUntilLive(deployment.id, versionId, request.waitTimeoutMs, deps);
  return { status: "deployed", reason: why, deployment: where, deployType: type, deployId: deploy.id, dagTarballVersion: versionId, image, bytesUploaded: bytes, dagsHash };
}
function compareRuntimeVersions(a, b) {
  const key = (v) => {
    const v3 = /^(\d+)\.(\d+)-(\d+)/.exec(v);
    if (v3) return [1, Number(v3[1]), Number(v3[2]), Number(v3[3])];
    const [x, y, z] = v.split(/[.-]/).map(Number);
    return [0, x ?? 0, y ?? 0, z ?? 0];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}
async function checkRuntimeUpgrade(deployment, runtimeVersion, deps) {
  if (!runtimeVersion) return;
  if (compareRuntimeVersions(runtimeVersion, deployment.astroRuntimeVersion) < 0) {
    throw new ConfigurationError(`the Dockerfile's Astro Runtime ${runtimeVersion} is older than the Deployment's ${deployment.astroRuntimeVersion}; Astro does not allow downgrades`, {
      file: "Dockerfile",
      fix: `use Astro Runtime ${deployment.astroRuntimeVersion} or newer`
    });
  }
  const options = await deps.client.getDeploymentOptions(deployment.id);
  if (options.runtimeReleases.length && !options.runtimeReleases.some((r) => r.version === runtimeVersion)) {
    throw new ConfigurationError(`Astro Runtime ${runtimeVersion} is not offered for this Deployment`, {
      file: "Dockerfile",
      fix: `use one of: ${options.runtimeReleases.map((r) => r.version).slice(-6).join(", ")}`
    });
  }
}
async function buildAndPushImage(projectRoot, deploy, deps) {
  const repository = deploy.imageRepository.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const image = `${repository}:${deploy.imageTag}`;
  const registry = repository.split("/")[0];
  const steps = [
    [["build", "--platform", "linux/amd64", "-t", image, projectRoot], void 0],
    // The password goes on stdin, never in argv (visible in the process list).
    [["login", registry, "--username", "cli", "--password-stdin"], deps.token],
    [["push", image], void 0]
  ];
  for (const [args, input] of steps) {
    deps.logger.info(`$ docker ${args.join(" ")}`);
    const result = await deps.docker.run("docker", args, { input });
    if (result.exitCode !== 0) throw new Error(`docker ${args[0]} failed: ${result.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  }
  return image;
}
async function waitUntilLive(deploymentId, versionId, timeoutMs, deps) {
  const deadline = deps.now() + timeoutMs;
  for (; ; ) {
    const current = await deps.client.getDeployment(deploymentId);
    const runsVersion = versionId === void 0 || current.dagTarballVersion === versionId;
    if ((current.status === "HEALTHY" || current.status === "HIBERNATING") && runsVersion) return;
    if (current.status === "UNHEALTHY") throw new Error(`Deployment ${current.name} became UNHEALTHY after the deploy`);
    if (deps.now() >= deadline) {
      throw new Error(`Deployment ${current.name} is still ${current.status}${runsVersion ? "" : " and not yet running the new DAGs"} after ${Math.round(timeoutMs / 1e3)} s (the deploy itself was finalized)`);
    }
    await deps.http.sleep(1e4);
  }
}

// src/deploy/targets.ts
function parseDeploymentTargets(source) {
  const raw = source?.value?.deployments ?? [];
  return raw.map((entry, index) => {
    const line = source?.lineOf(["deployments", index]);
    if (entry["deployment-id"] && entry["deployment-name"]) {
      throw new ConfigurationError("a deployments entry names both deployment-id and deployment-name", { file: source?.file, line, fix: "keep one of them" });
    }
    return {
      branches: [].concat(entry.branch),
      deploymentId: entry["deployment-id"],
      deploymentName: entry["deployment-name"],
      workspaceId: entry["workspace-id"],
      deployType: entry["deploy-type"],
      wait: entry.wait,
      line
    };
  });
}
function branchMatches(pattern, branch) {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      regex += ".*";
      i++;
    } else if (ch === "*") regex += "[^/]*";
    else if (ch === "?") regex += "[^/]";
    else regex += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`${regex}$`).test(branch);
}
function resolveDeploymentTarget(targets, branch, configFile) {
  if ([...branch].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) throw new ConfigurationError("the branch name contains control characters", { fix: "rename the branch" });
  const exact = targets.find((t) => t.branches.includes(branch));
  const target = exact ?? targets.find((t) => t.branches.some((b) => b.includes("*") || b.includes("?") ? branchMatches(b, branch) : false));
  if (!target) return { explanation: `branch '${branch}' matches no entry of deployments:${configFile ? ` in ${configFile}` : ""}: nothing to deploy` };
  const where = `${configFile ?? "astro-ci.yaml"}${target.line ? `:${target.line}` : ""}`;
  return { target, explanation: `branch '${branch}' matches ${exact ? "exactly" : "the pattern"} ${target.branches.join(", ")} (${where}) \u2192 ${target.deploymentId ?? target.deploymentName}` };
}

// src/commands/deploy.ts
async function runDeploy(options) {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "create a Deployment or Workspace API token in Astro and pass it as the ASTRO_API_TOKEN secret" });
  const branch = options.branch ?? await options.git.currentBranch() ?? "";
  let target = { deploymentId: options.deploymentId, deploymentName: options.deploymentName, workspaceId: options.workspaceId };
  let explanation;
  let deployType = options.deployType;
  let wait = options.wait;
  if (target.deploymentId || target.deploymentName) {
    if (target.deploymentId && target.deploymentName) throw new ConfigurationError("give deployment-id or deployment-name, not both", { fix: "keep one of them" });
    explanation = `target given directly: ${target.deploymentId ?? target.deploymentName}`;
  } else {
    const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
    const resolved = resolveDeploymentTarget(parseDeploymentTargets(config.source), branch, config.file);
    explanation = resolved.explanation;
    if (!resolved.target) return { result: { status: "no-target", reason: resolved.explanation }, explanation };
    target = { deploymentId: resolved.target.deploymentId, deploymentName: resolved.target.deploymentName, workspaceId: resolved.target.workspaceId };
    deployType ??= resolved.target.deployType;
    wait = resolved.target.wait ?? wait;
  }
  const gates = [options.validateFirst ? () => validationGate(options) : void 0, options.testFirst ? () => testGate(options) : void 0];
  for (const gate of gates) {
    const reason = gate ? await gate() : void 0;
    if (reason && !options.force) return { result: { status: "blocked", reason }, explanation };
    if (reason) options.logger.warning(`${reason}; deploying anyway (force)`);
  }
  const headSha = options.headSha ?? await options.git.revParse("HEAD");
  const gitMeta = options.github ? { provider: "GITHUB", commitSha: headSha, branch: branch || void 0, account: options.github.owner, repo: options.github.repo, commitUrl: `${options.github.serverUrl}/${options.github.owner}/${options.github.repo}/commit/${headSha}` } : { provider: "GENERIC", commitSha: headSha, branch: branch || void 0, remoteUrl: await options.git.remoteUrl() ?? `file://${options.repoRoot}` };
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const result = await deployProject(
    {
      projectRoot: options.projectRoot,
      runtimeVersion: dockerfileRuntime(options.projectRoot),
      projectPath: relative2(options.repoRoot, options.projectRoot).split(sep2).join("/"),
      target,
      deployType: deployType ?? "infer",
      headSha,
      pushBefore: options.pushBefore,
      git: gitMeta,
      wait,
      waitTimeoutMs: options.waitTimeoutMs,
      force: options.force,
      description: `astro-ci ${headSha.slice(0, 12)}${branch ? ` on ${branch}` : ""}`
    },
    { client, git: options.git, docker: options.docker, http: options.http ?? realHttpDeps, now: options.now ?? Date.now, logger: options.logger, token }
  );
  return { result, explanation };
}
function dockerfileRuntime(projectRoot) {
  try {
    return parseDockerfile(readFileSync(join2(projectRoot, "Dockerfile"), "utf8"), "Dockerfile").runtime?.info.runtimeVersion;
  } catch {
    return void 0;
  }
}
async function validationGate(options) {
  const analyzer = await createDefaultAnalyzer();
  try {
    const report = await runValidation({
      repoRoot: options.repoRoot,
      configPath: options.configPath,
      projectPath: options.projectRoot,
      analyzer,
      logger: options.logger,
      // The import check runs when an Airflow is already installed; a deploy does not set one up.
      dynamic: { defaults: { setting: "auto", mode: "installed" }, workDir: join2(options.repoRoot, ".astro-ci-cache") }
    });
    return report.failed ? `validate-dags found ${report.counts.errors} errors and ${report.counts.warnings} warnings: not deploying (force to deploy anyway)` : void 0;
  } finally {
    await analyzer.close();
  }
}
async function testGate(options) {
  const gate = options.testFirst;
  const result = await testProject({ projectRoot: options.projectRoot, repoRoot: options.repoRoot, paths: [], pytestArgs: [], mode: gate.airflow, stubLookups: true, workDir: gate.workDir, runner: gate.runner, logger: options.logger });
  options.logger.info(`tests before deploying: ${result.message}`);
  return result.failed ? `the project's tests did not pass (${result.message.split("\n")[0]}): not deploying (force to deploy anyway)` : void 0;
}

export {
  runDeploy
};
