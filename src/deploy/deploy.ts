import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AstroClient } from "../astro/client.js";
import { AstroApiError, type HttpDeps } from "../astro/http.js";
import type { Deploy, DeployGit, DeployType, Deployment } from "../astro/types.js";
import { requireUploadUrl, uploadDagTarball } from "../astro/upload.js";
import { IMAGE_REPOSITORY_PATTERN, IMAGE_TAG_PATTERN } from "../astro/answers.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError, ServiceError } from "../errors.js";
import { previewValue, requireCommitSha, type Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { createDagTarball, createDagTarballFromGit, type DagTarball } from "./dag-tarball.js";
import { classifyChange, inferDeployType, list, normalizeProjectPath, type InferredDeploy } from "./infer-deploy-type.js";
import { released, tracked } from "../util/temp-dirs.js";

export type DeployTypeSetting = "infer" | "dags-only" | "image-and-dags" | "image-only";

export interface DeployRequest {
  projectRoot: string;
  /** The runtime version the project's Dockerfile builds on, checked before an image deploy. */
  runtimeVersion?: string;
  /** Project folder relative to the repository root (for the diff). */
  projectPath: string;
  target: { deploymentId?: string; deploymentName?: string; workspaceId?: string };
  deployType: DeployTypeSetting;
  headSha: string;
  /**
   * The push event's `before`. Ignored: what to deploy is decided from the Deployment's own deploys only (a push's
   * `before` says nothing about what a new, a dirty or a differently deployed Deployment runs). Kept so callers compile.
   * @deprecated
   */
  pushBefore?: string;
  git?: DeployGit;
  wait: boolean;
  waitTimeoutMs: number;
  force: boolean;
  /**
   * Deploy `headSha` even when it is older than (an ancestor of) the commit the Deployment runs. Off for mainline
   * deploys, so that a late run never rolls back a newer deploy; on for previews, which follow their pull request's
   * head, a force-push that rewinds it included.
   */
  deployOlderCommits?: boolean;
  description?: string;
  /**
   * What is shipped: `commit` (default) reads the DAG bundle and the image's build context from commit `headSha` in
   * git's object store; `work-tree` (--allow-dirty) reads the files git sees in the work tree (tracked plus untracked
   * ones .gitignore does not exclude), and the deploy is recorded as dirty.
   */
  source?: "commit" | "work-tree";
  /**
   * `headSha` is the checked-out HEAD and the project's work tree equals it (no uncommitted changes): the commit's
   * DAG files are then read from disk (the files git tracks), which is faster than git's object store and the same bytes.
   */
  checkedOutClean?: boolean;
  /**
   * Registry hosts, besides Astro's own (`ASTRO_REGISTRY_HOSTS`), that may receive the Astro token through
   * `docker login`: exact hosts or `*.suffix` patterns.
   */
  allowedRegistries?: string[];
}

/**
 * The registries Astro hands out in a deploy's `imageRepository`: `images.astronomer.cloud` (and the dev and stage
 * installations' hosts, as astronomer/astro-cli pkg/util/util.go IsAstronomerRegistry lists them) and
 * `<clusterId>.registry.astronomer.run` for dedicated and hybrid clusters.
 */
export const ASTRO_REGISTRY_HOSTS = ["images.astronomer.cloud", "images.astronomer-dev.cloud", "images.astronomer-stage.cloud", "*.registry.astronomer.run"];

/** Does `host` (lower case, no port) match an allow-list entry (`host` or `*.suffix`)? */
export function registryAllowed(host: string, allowed: string[]): boolean {
  return allowed.some((pattern) => {
    const p = pattern.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
    return p.startsWith("*.") ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
}

/**
 * The docker repository and registry host of an `imageRepository` from the API, checked before docker sees it:
 * a docker reference (`host[:port]/path`, optionally written as an http(s) URL), on an Astro registry or one the
 * user allowed. Throws ConfigurationError naming `source` otherwise — before the Astro token goes to any registry.
 */
export function checkImageRepository(imageRepository: string, allowedRegistries: string[] | undefined, source: string): { repository: string; registry: string } {
  if (!new RegExp(IMAGE_REPOSITORY_PATTERN).test(imageRepository) || !imageRepository.replace(/^https?:\/\//, "").includes("/")) {
    throw new ConfigurationError(`${source} is not a docker repository: ${previewValue(imageRepository)}`, { fix: "this value comes from the Astro API: check ASTRO_API_URL points at the Astro API" });
  }
  const repository = imageRepository.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const registry = repository.split("/")[0] as string;
  const host = registry.replace(/:\d+$/, "").toLowerCase();
  const allowed = [...ASTRO_REGISTRY_HOSTS, ...(allowedRegistries ?? [])];
  if (!registryAllowed(host, allowed)) {
    throw new ConfigurationError(`${source} names the registry ${registry}, which is not an Astro registry (${ASTRO_REGISTRY_HOSTS.join(", ")}): astro-ci does not send the Astro API token there`, {
      fix: `check ASTRO_API_URL points at the Astro API; if ${host} is your Astro installation's registry, allow it with the allowed-registry input or --allowed-registry ${host}`,
    });
  }
  return { repository, registry };
}

/**
 * An image deploy is needed and `docker info` fails: no Docker engine answers on this runner. Thrown before anything
 * is sent to Astro. A ConfigurationError (exit 2) whose type, not its text, tells callers which failure it is: the
 * deploy core's fix names the deploy action's `deploy-type` input, and branch-deploy (which has no such input) gives
 * its own fix instead.
 */
export class NoDockerEngineError extends ConfigurationError {}

export interface DeployDeps {
  client: AstroClient;
  git: Git;
  docker: CommandRunner;
  http: Pick<HttpDeps, "fetch" | "sleep">;
  now: () => number;
  logger: Logger;
  token: string;
}

export interface DeployResult {
  /**
   * `timed-out`: finalized, but the Deployment did not run it by the wait deadline; `unhealthy`: the Deployment became
   * UNHEALTHY after the deploy. Both are outcomes (exit 1), with the deploy id and what to check in `reason`.
   */
  status: "deployed" | "skipped" | "timed-out" | "unhealthy";
  reason: string;
  deployment: { id: string; name: string; url: string };
  deployType?: "dags-only" | "image-and-dags" | "image-only";
  deployId?: string;
  dagTarballVersion?: string;
  image?: string;
  bytesUploaded: number;
  dagsHash?: string;
}

const HASH_MARK = /astro-ci:dags=((?:tree|sha256)-[0-9a-f]{40,64})/;

/**
 * The identity of the DAG bundle a deploy shipped, as astro-ci records it in the deploy's description:
 * `tree-<git tree id>` (a clean DAG folder at a commit) or `sha256-<content hash>` (anything else); undefined for
 * deploys astro-ci did not make.
 */
export function deployedBundleIdentity(description: string | undefined): string | undefined {
  return description ? HASH_MARK.exec(description)?.[1] : undefined;
}

/**
 * The newest finalized deploy by createdAt (the API has no sort order); abandoned, never-finalized deploys ignored.
 * With `which`, the newest finalized deploy among those it accepts.
 */
export function newestFinalizedDeploy(deploys: Deploy[], which: (deploy: Deploy) => boolean = () => true): Deploy | undefined {
  return deploys.filter((d) => d.status === "DEPLOYED" && which(d)).reduce<Deploy | undefined>((newest, d) => (!newest || Date.parse(d.createdAt) > Date.parse(newest.createdAt) ? d : newest), undefined);
}
const API_TYPE: Record<NonNullable<DeployResult["deployType"]>, DeployType> = { "dags-only": "DAG_ONLY", "image-and-dags": "IMAGE_AND_DAG", "image-only": "IMAGE_ONLY" };

export function airflowUiUrl(deployment: Deployment): string {
  const url = deployment.webServerUrl;
  return url.startsWith("http") ? url : `https://${url}`;
}

/** The Deployment a deploy goes to and its deploys, as read from the Astro API (both promises started by readDeploymentState). */
export interface DeploymentReads {
  deployment: Promise<Deployment>;
  deploys: Promise<Deploy[]>;
}

/**
 * Start reading the target Deployment and its deploys: at once when its id is known (GET the Deployment and list its
 * deploys in parallel: one round trip instead of two), else the deploys after the lookup by name. A caller may start
 * this before its own local work (git status) and hand it to deployProject; both promises have a handler, so one that
 * is never awaited (the run stopped first) is no unhandled rejection.
 */
export function readDeploymentState(client: AstroClient, target: DeployRequest["target"]): DeploymentReads {
  const deployment = target.deploymentId ? client.getDeployment(target.deploymentId) : client.findDeploymentByName(target.deploymentName as string, target.workspaceId ?? client.workspaceId);
  const deploys = target.deploymentId ? client.listDeploys(target.deploymentId) : deployment.then((d) => client.listDeploys(d.id));
  deployment.catch(() => undefined);
  deploys.catch(() => undefined);
  return { deployment, deploys };
}

/**
 * Deploy a project to one Deployment straight through the Astro API: decide the type from the git diff since what
 * is live, skip what is already live or older than what is live, ship DAGs as a reproducible tarball, build and push
 * the image when needed, finalize, and wait until the Deployment runs it.
 */
export async function deployProject(request: DeployRequest, deps: DeployDeps, reads: DeploymentReads = readDeploymentState(deps.client, request.target)): Promise<DeployResult> {
  const { client, logger } = deps;
  const deployment = await reads.deployment;
  const where = { id: deployment.id, name: deployment.name, url: airflowUiUrl(deployment) };
  // What is live: the newest finalized deploy (created-but-never-finalized ones were abandoned by a failed run), the
  // image from the newest image deploy, the DAGs from the newest deploy that shipped DAGs (an image-only deploy keeps
  // the DAG bundle, unless DAG deploys are off and the DAGs are in the image).
  const deploys = await reads.deploys;
  const latest = newestFinalizedDeploy(deploys);
  const latestImage = newestFinalizedDeploy(deploys, (d) => d.type !== "DAG_ONLY");
  const latestDags = newestFinalizedDeploy(deploys, (d) => d.type !== "IMAGE_ONLY" || !deployment.isDagDeployEnabled);
  // The commit of a deploy, when git may be asked about it (knownCommit: a full SHA-1 id; else "commit unknown").
  const commitOf = knownCommit;
  const deployedSha = commitOf(latest);

  // Ordering: a run for an older commit must not replace a newer one that another run already shipped (mainline
  // deploys); a preview follows its pull request's head (deployOlderCommits).
  if (deployedSha && deployedSha !== request.headSha && !request.force && !request.deployOlderCommits && (await deps.git.hasCommit(deployedSha)) && (await deps.git.isAncestor(request.headSha, deployedSha))) {
    return { status: "skipped", reason: `${request.headSha.slice(0, 12)} is older than the deployed ${deployedSha.slice(0, 12)}: not deploying it over a newer commit`, deployment: where, bytesUploaded: 0 };
  }

  let type: NonNullable<DeployResult["deployType"]>;
  let why: string;
  if (request.deployType === "infer") {
    const inferred = await inferFromDeploys(request, deps, { latest, latestImage, latestDags, commitOf });
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

  if (type !== "dags-only") checkImageRepository(deployment.imageRepository, request.allowedRegistries, `the Deployment's imageRepository (GET /deployments/${deployment.id})`);
  const shipsDags = type !== "image-only" && deployment.isDagDeployEnabled;
  const dagsPath = request.projectPath ? `${request.projectPath}/dags` : "dags";
  let tarball: DagTarball | undefined;
  let dagsHash: string | undefined;
  if (shipsDags && request.source === "work-tree") {
    // The work tree as git sees it: what .gitignore excludes (a dags/.env) is never shipped.
    const files = (await deps.git.workTreeFiles(dagsPath)).filter((f) => f.startsWith(`${dagsPath}/`)).map((f) => f.slice(dagsPath.length + 1));
    tarball = await createDagTarball({ dagsDir: `${request.projectRoot}/dags`, files });
    dagsHash = `sha256-${await tarball.contentHash()}`;
  } else if (shipsDags) {
    // The bundle's identity: git's tree id of the commit's DAG folder (free), else (no such folder) a hash of the entries.
    const treeId = await deps.git.treeId(request.headSha, dagsPath);
    dagsHash = treeId ? `tree-${treeId}` : undefined;
  }
  const lastHash = deployedBundleIdentity(latestDags?.description);
  if (type === "dags-only" && dagsHash && lastHash === dagsHash && !request.force) {
    return { status: "skipped", reason: "the DAGs are exactly what the Deployment already runs (skipped unchanged)", deployment: where, bytesUploaded: 0, dagsHash, deployType: type };
  }
  if (shipsDags && !tarball && request.checkedOutClean) {
    // The tracked files of a clean checkout of headSha are the commit's files; what .gitignore excludes is not tracked.
    const files = (await deps.git.trackedFiles(dagsPath)).filter((f) => f.startsWith(`${dagsPath}/`)).map((f) => f.slice(dagsPath.length + 1));
    tarball = await createDagTarball({ dagsDir: `${request.projectRoot}/dags`, files });
    dagsHash ??= `sha256-${await tarball.contentHash()}`;
  }
  if (shipsDags && !tarball) {
    // Listed only now: an unchanged bundle is recognised by its tree id without reading the tree.
    const fromGit = await createDagTarballFromGit({ git: deps.git, rev: request.headSha, dagsPath });
    if (fromGit.submodules.length) logger.warning(`submodules are not shipped in the DAG bundle: ${fromGit.submodules.join(", ")}`);
    tarball = fromGit;
    dagsHash ??= `sha256-${await tarball.contentHash()}`;
  }

  if (type !== "dags-only") {
    await checkRuntimeUpgrade(deployment, request.runtimeVersion, deps);
    const info = await deps.docker.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (info.exitCode !== 0) {
      throw new NoDockerEngineError(`this change needs an image deploy (${why}), and no Docker engine answers here`, {
        fix: "run the deploy on a runner with Docker (ubuntu-latest has it), or use deploy-type: dags-only if only DAGs changed",
      });
    }
  }

  // A hibernating development Deployment cannot take a deploy: wake it for the deploy, and hand it back to its schedule after.
  const woke = deployment.status === "HIBERNATING" && deployment.isDevelopmentMode === true;
  if (woke) {
    logger.info(`${deployment.name} is hibernating: waking it for the deploy (hibernation override for one hour)`);
    await client.setHibernationOverride(deployment.id, { isHibernating: false, overrideUntil: new Date(deps.now() + 3_600_000).toISOString() });
  }
  try {
    return await shipDeploy(request, deps, { deployment, where, type, why, tarball, shipsDags, dagsHash });
  } finally {
    if (woke) {
      await client.deleteHibernationOverride(deployment.id).catch((error: unknown) => logger.warning(`could not hand ${deployment.name} back to its hibernation schedule: ${(error as Error).message}`));
    }
  }
}

/**
 * Any hex commit id a deploy may record (the Astro API client's answer schema: 7 to 64 hex characters); other tooling
 * records abbreviated (7-39) or SHA-256 (64) ids, astro-ci and the astro CLI full SHA-1 ids.
 */
const RECORDED_COMMIT_ID = /^[0-9a-fA-F]{7,64}$/;

/**
 * The commit a deploy records, when it is one git can be asked about: a full 40-hex SHA-1 id, lower-cased. An
 * abbreviated or SHA-256 id (made by other tooling) is "commit unknown", exactly as a deploy without git metadata:
 * never handed to git (a short id may name another commit, or several), so the deploy falls back as it does without a
 * commit (inferFromDeploys: a full deploy; no "older than the deployed commit" skip), never diffs from a wrong base.
 * The client boundary refuses anything that is not hex; such a value reaching here is still refused
 * (requireCommitSha: a ConfigurationError naming the deploy), never passed on.
 */
function knownCommit(d: Deploy | undefined): string | undefined {
  const recorded = d?.git?.commitSha;
  if (!recorded) return undefined;
  if (RECORDED_COMMIT_ID.test(recorded) && recorded.length !== 40) return undefined;
  return requireCommitSha(recorded, `git.commitSha of deploy ${d.id} (Astro API)`);
}

/**
 * Why a deploy's commit is unknown, for the reason of a full deploy: none recorded, or an id git is not given.
 */
function unknownCommitReason(d: Deploy): string {
  const recorded = d.git?.commitSha;
  return recorded
    ? `records the commit id ${JSON.stringify(recorded)}, not a full 40-hex SHA (abbreviated or SHA-256, made by other tooling), so its commit is unknown and nothing says what it holds`
    : "records no commit (a deploy with uncommitted changes, or one made without git), so nothing says what it holds";
}

/**
 * The deploy type from what the Deployment runs, as its own deploys say (never from the push's `before`): the image
 * from the commit of its newest image deploy, the DAGs from the commit of its newest deploy that shipped DAGs. Without
 * such a deploy, or when its commit is unknown (none recorded: a dirty deploy, one made without git; or an id that is
 * not a full SHA-1: knownCommit), the deploy is a full one.
 */
async function inferFromDeploys(
  request: DeployRequest,
  deps: DeployDeps,
  live: { latest: Deploy | undefined; latestImage: Deploy | undefined; latestDags: Deploy | undefined; commitOf: (d: Deploy | undefined) => string | undefined },
): Promise<Pick<InferredDeploy, "type" | "reason">> {
  const { latest, latestImage, latestDags, commitOf } = live;
  const full = (reason: string): Pick<InferredDeploy, "type" | "reason"> => ({ type: "image-and-dags", reason: `${reason}: full deploy` });
  if (!latest) return full("no previous deploy to compare with (first deploy)");
  const unrecorded = [latestImage, latestDags].find((d) => d && !commitOf(d));
  if (unrecorded) return full(`the last ${unrecorded === latestImage ? "image" : "DAG"} deploy (${unrecorded.id}) ${unknownCommitReason(unrecorded)}`);
  if (!latestImage) return full("the Deployment has no image deploy yet, so its image lacks the project's requirements, packages, include and plugins");
  if (!latestDags) return full("the Deployment has no DAG deploy yet");
  const inferred = await inferDeployType({ git: deps.git, projectPath: request.projectPath, from: commitOf(latestDags), imageFrom: commitOf(latestImage), to: request.headSha });
  if (request.source !== "work-tree" || inferred.type === "image-and-dags") return inferred;
  // The work tree is shipped (allow-dirty): its uncommitted changes count too (.dockerignore aside: conservative).
  const project = normalizeProjectPath(request.projectPath);
  const uncommitted = await deps.git.uncommittedChanges(project);
  const image = uncommitted.filter((f) => classifyChange(f, project) === "image");
  if (image.length) return { type: "image-and-dags", reason: `${list(image)} changed in the work tree: the image must be rebuilt` };
  const dags = uncommitted.filter((f) => classifyChange(f, project) === "dags");
  if (inferred.type === "none" && dags.length) return { type: "dags-only", reason: `only DAG files changed in the work tree (${dags.length})` };
  return inferred;
}

async function shipDeploy(
  request: DeployRequest,
  deps: DeployDeps,
  plan: { deployment: Deployment; where: DeployResult["deployment"]; type: NonNullable<DeployResult["deployType"]>; why: string; tarball: Awaited<ReturnType<typeof createDagTarball>> | undefined; shipsDags: boolean; dagsHash: string | undefined },
): Promise<DeployResult> {
  const { client, logger } = deps;
  const { deployment, where, type, why, tarball, shipsDags, dagsHash } = plan;
  const description = [request.description, dagsHash ? `astro-ci:dags=${dagsHash}` : undefined, request.source === "work-tree" ? "astro-ci:dirty" : undefined].filter(Boolean).join(" ").slice(0, 500);
  const deploy: Deploy = await deps.client.createDeploy(deployment.id, { type: API_TYPE[type], description: description || undefined, git: request.git });
  let image: string | undefined;
  let versionId: string | undefined;
  let bytes = 0;
  try {
    // An upload URL the bundle may not go to stops the deploy before an image is built and pushed for nothing.
    if (tarball && deploy.dagsUploadUrl) requireUploadUrl(deploy.dagsUploadUrl);
    if (type !== "dags-only") image = await buildAndPushImage(request, deploy, deps);
    if (tarball) {
      if (!deploy.dagsUploadUrl) {
        throw new ConfigurationError(`the Astro API created deploy ${deploy.id} without a dagsUploadUrl although DAG deploys are enabled on ${deployment.name}`, { fix: "retry; if it persists, the Astro API is at fault (check ASTRO_API_URL)" });
      }
      const uploaded = await uploadDagTarball({ uploadUrl: deploy.dagsUploadUrl, body: tarball.stream(), deps: deps.http, logger });
      versionId = uploaded.versionId;
      bytes = uploaded.bytes;
    }
    await client.finalizeDeploy(deployment.id, deploy.id, shipsDags ? (versionId ?? "") : undefined);
  } catch (error) {
    throw notFinalized(error, deploy.id, deployment.name);
  }
  const result: DeployResult = { status: "deployed", reason: why, deployment: where, deployType: type, deployId: deploy.id, dagTarballVersion: versionId, image, bytesUploaded: bytes, dagsHash };
  if (!request.wait) return result;
  let live: Awaited<ReturnType<typeof waitUntilLive>>;
  try {
    live = await waitUntilLive(deployment.id, deploy.id, versionId, request.waitTimeoutMs, deps);
  } catch (error) {
    // The deploy is done on Astro's side: say so, or the user takes a failed read for a failed deploy.
    if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
    throw new ServiceError(error instanceof ServiceError ? error.status : 0, `${error.message}; deploy ${deploy.id} was finalized before this, so ${deployment.name} takes it whether or not this run could watch it`, `check ${deployment.name} in the Astro UI (${where.url}); running the deploy again skips what is already live`);
  }
  return live ? { ...result, ...live } : result;
}

/**
 * A failure between creating a deploy and finalizing it (image build or push, DAG upload, the finalize itself), said
 * with what it leaves: the deploy exists unfinalized, the Deployment runs what it ran before, and the next run
 * (which ignores unfinalized deploys) starts a new one. The user's and the service's errors get that state in their
 * message and "run again" in their fix (a 403 of the upload storage is an expired upload URL, not the API token);
 * anything else (a bug) is left as it is.
 */
function notFinalized(error: unknown, deployId: string, deploymentName: string): unknown {
  const state = `; deploy ${deployId} was created but not finalized, so ${deploymentName} still runs what it ran before, and nothing is left to undo (the next run ignores an unfinalized deploy)`;
  if (error instanceof ConfigurationError) return new ConfigurationError(`${error.message}${state}`, { file: error.file, line: error.line, fix: `${error.fix ?? "correct what the message names"}, then run the deploy again` });
  if (error instanceof ServiceError) {
    const upload = error instanceof AstroApiError && error.method === "PUT";
    return new ServiceError(error.status, `${error.message}${state}`, upload ? "run the deploy again: it asks Astro for a new upload URL (one that is refused or has expired answers 403); if it keeps failing, check that the runner reaches the storage host of the upload URL (proxy, firewall)" : "run the deploy again once the Astro API answers (https://status.astronomer.io); check ASTRO_API_URL and the network if it keeps failing");
  }
  return error;
}

/** Astro Runtime versions in order: `3.Y-N` (Airflow 3) above every semver (Airflow 2) release. */
export function compareRuntimeVersions(a: string, b: string): number {
  const key = (v: string): number[] => {
    const v3 = /^(\d+)\.(\d+)-(\d+)/.exec(v);
    if (v3) return [1, Number(v3[1]), Number(v3[2]), Number(v3[3])];
    const [x, y, z] = v.split(/[.-]/).map(Number);
    return [0, x ?? 0, y ?? 0, z ?? 0];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 4; i++) if ((ka[i] as number) !== (kb[i] as number)) return (ka[i] as number) - (kb[i] as number);
  return 0;
}

/** An image deploy may keep or raise the runtime, never lower it, and only to a release Astro offers. */
async function checkRuntimeUpgrade(deployment: Deployment, runtimeVersion: string | undefined, deps: DeployDeps): Promise<void> {
  if (!runtimeVersion) return;
  if (compareRuntimeVersions(runtimeVersion, deployment.astroRuntimeVersion) < 0) {
    throw new ConfigurationError(`the Dockerfile's Astro Runtime ${runtimeVersion} is older than the Deployment's ${deployment.astroRuntimeVersion}; Astro does not allow downgrades`, {
      file: "Dockerfile",
      fix: `use Astro Runtime ${deployment.astroRuntimeVersion} or newer`,
    });
  }
  const options = await deps.client.getDeploymentOptions(deployment.id);
  if (options.runtimeReleases.length && !options.runtimeReleases.some((r) => r.version === runtimeVersion)) {
    throw new ConfigurationError(`Astro Runtime ${runtimeVersion} is not offered for this Deployment`, {
      file: "Dockerfile",
      fix: `use one of: ${options.runtimeReleases.map((r) => r.version).slice(-6).join(", ")}`,
    });
  }
}

async function buildAndPushImage(request: DeployRequest, deploy: Deploy, deps: DeployDeps): Promise<string> {
  // Checked before docker sees them: the repository (an Astro registry, else the token is not sent) and the tag.
  const { repository, registry } = checkImageRepository(deploy.imageRepository, request.allowedRegistries, `the deploy's imageRepository (POST /deployments/${deploy.deploymentId}/deploys)`);
  if (!new RegExp(IMAGE_TAG_PATTERN).test(deploy.imageTag)) {
    throw new ConfigurationError(`the deploy's imageTag is not a docker tag: ${previewValue(deploy.imageTag)}`, { fix: "this value comes from the Astro API: check ASTRO_API_URL points at the Astro API" });
  }
  const image = `${repository}:${deploy.imageTag}`;
  // The build context is what the commit holds (git archive), unless the work tree was asked for (--allow-dirty).
  const exported = request.source === "work-tree" ? undefined : await deps.git.exportTree(request.headSha, request.projectPath);
  const context = exported ? (request.projectPath ? `${exported.dir}/${request.projectPath}` : exported.dir) : request.projectRoot;
  // `docker login` stores the token in the client's config (~/.docker/config.json, left on the runner for every later
  // step, and on a self-hosted runner for later jobs, forks' included): login and push use a config of their own,
  // removed afterwards. The build keeps the user's config (credentials for a private base image).
  let loginConfig: string | undefined;
  try {
    loginConfig = tracked(await mkdtemp(join(tmpdir(), "astro-ci-docker-")));
    const loginEnv = { ...process.env, DOCKER_CONFIG: loginConfig };
    const steps: [string[], string | undefined, NodeJS.ProcessEnv | undefined][] = [
      // `--` ends options: nothing after it can become a docker flag.
      [["build", "--platform", "linux/amd64", "-t", image, "--", context], undefined, undefined],
      // The password goes on stdin, never in argv (visible in the process list).
      [["login", "--username", "cli", "--password-stdin", "--", registry], deps.token, loginEnv],
      [["push", "--", image], undefined, loginEnv],
    ];
    for (const [args, input, env] of steps) {
      deps.logger.info(`$ docker ${args.join(" ")}`);
      const result = await deps.docker.run("docker", args, { input, ...(env ? { env } : {}) });
      if (result.exitCode !== 0) {
        throw new ConfigurationError(`docker ${args[0]} failed: ${result.stderr.trim().split("\n").slice(-3).join(" | ")}`, {
          fix: args[0] === "build" ? "the Dockerfile or requirements do not build: run `docker build` on the project locally" : `check that the token may push to ${registry} (a Deployment or Workspace token with deploy rights)`,
        });
      }
    }
  } finally {
    if (loginConfig) {
      await rm(loginConfig, { recursive: true, force: true });
      released(loginConfig);
    }
    await exported?.cleanup();
  }
  return image;
}

/**
 * Poll the Deployment every 10 s until it is HEALTHY (or HIBERNATING) and runs `versionId`. Undefined when it does;
 * else the outcome — `timed-out` at the deadline, `unhealthy` — with the deploy id and what to check.
 */
async function waitUntilLive(deploymentId: string, deployId: string, versionId: string | undefined, timeoutMs: number, deps: DeployDeps): Promise<Pick<DeployResult, "status" | "reason"> | undefined> {
  const deadline = deps.now() + timeoutMs;
  for (;;) {
    const current = await deps.client.getDeployment(deploymentId);
    const runsVersion = versionId === undefined || current.dagTarballVersion === versionId;
    if ((current.status === "HEALTHY" || current.status === "HIBERNATING") && runsVersion) return undefined;
    if (current.status === "UNHEALTHY") {
      return { status: "unhealthy", reason: `deploy ${deployId} was finalized, and Deployment ${current.name} became UNHEALTHY: check the Deployment's scheduler and webserver logs in the Astro UI` };
    }
    if (deps.now() >= deadline) {
      return {
        status: "timed-out",
        reason: `deploy ${deployId} was finalized, but Deployment ${current.name} is still ${current.status}${runsVersion ? "" : " and not yet running the new DAGs"} after ${Math.round(timeoutMs / 1000)} s: check the deploy and the Deployment's health in the Astro UI, or wait longer (wait-timeout / --wait-timeout)`,
      };
    }
    await deps.http.sleep(10_000);
  }
}
