import type { AstroClient } from "../astro/client.js";
import type { HttpDeps } from "../astro/http.js";
import type { Deploy, DeployGit, DeployType, Deployment } from "../astro/types.js";
import { uploadDagTarball } from "../astro/upload.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError } from "../errors.js";
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { createDagTarball } from "./dag-tarball.js";
import { inferDeployType } from "./infer-deploy-type.js";

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
  /** The push event's `before`, used when the Deployment's last deploy has no commit. */
  pushBefore?: string;
  git?: DeployGit;
  wait: boolean;
  waitTimeoutMs: number;
  force: boolean;
  description?: string;
}

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
  status: "deployed" | "skipped";
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

/** The newest finalized deploy by createdAt (the API has no sort order); abandoned, never-finalized deploys ignored. */
export function newestFinalizedDeploy(deploys: Deploy[]): Deploy | undefined {
  return deploys.filter((d) => d.status === "DEPLOYED").reduce<Deploy | undefined>((newest, d) => (!newest || Date.parse(d.createdAt) > Date.parse(newest.createdAt) ? d : newest), undefined);
}
const API_TYPE: Record<NonNullable<DeployResult["deployType"]>, DeployType> = { "dags-only": "DAG_ONLY", "image-and-dags": "IMAGE_AND_DAG", "image-only": "IMAGE_ONLY" };

export function airflowUiUrl(deployment: Deployment): string {
  const url = deployment.webServerUrl;
  return url.startsWith("http") ? url : `https://${url}`;
}

/**
 * Deploy a project to one Deployment straight through the Astro API: decide the type from the git diff since what
 * is live, skip what is already live or older than what is live, ship DAGs as a reproducible tarball, build and push
 * the image when needed, finalize, and wait until the Deployment runs it.
 */
export async function deployProject(request: DeployRequest, deps: DeployDeps): Promise<DeployResult> {
  const { client, logger } = deps;
  const deployment = request.target.deploymentId
    ? await client.getDeployment(request.target.deploymentId)
    : await client.findDeploymentByName(request.target.deploymentName as string, request.target.workspaceId ?? client.workspaceId);
  const where = { id: deployment.id, name: deployment.name, url: airflowUiUrl(deployment) };
  // What is live: the newest finalized deploy (created-but-never-finalized ones were abandoned by a failed run).
  const latest = newestFinalizedDeploy(await client.listDeploys(deployment.id));
  const deployedSha = latest?.git?.commitSha;

  // Ordering: a run for an older commit must not replace a newer one that another run already shipped.
  if (deployedSha && deployedSha !== request.headSha && !request.force && (await deps.git.hasCommit(deployedSha)) && (await deps.git.isAncestor(request.headSha, deployedSha))) {
    return { status: "skipped", reason: `${request.headSha.slice(0, 12)} is older than the deployed ${deployedSha.slice(0, 12)}: not deploying it over a newer commit`, deployment: where, bytesUploaded: 0 };
  }

  let type: NonNullable<DeployResult["deployType"]>;
  let why: string;
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
  const tarball = shipsDags ? await createDagTarball({ dagsDir: `${request.projectRoot}/dags` }) : undefined;
  // The bundle's identity: git's tree id when the work tree is clean (free), else a hash of every file's content.
  const treeId = tarball ? await deps.git.cleanTreeId(request.projectPath ? `${request.projectPath}/dags` : "dags") : undefined;
  const dagsHash = tarball ? (treeId ? `tree-${treeId}` : `sha256-${await tarball.contentHash()}`) : undefined;
  const lastHash = deployedBundleIdentity(latest?.description);
  if (type === "dags-only" && dagsHash && lastHash === dagsHash && !request.force) {
    return { status: "skipped", reason: "the DAGs are exactly what the Deployment already runs (skipped unchanged)", deployment: where, bytesUploaded: 0, dagsHash, deployType: type };
  }

  if (type !== "dags-only") {
    await checkRuntimeUpgrade(deployment, request.runtimeVersion, deps);
    const info = await deps.docker.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (info.exitCode !== 0) {
      throw new ConfigurationError(`this change needs an image deploy (${why}), and no Docker engine answers here`, {
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

async function shipDeploy(
  request: DeployRequest,
  deps: DeployDeps,
  plan: { deployment: Deployment; where: DeployResult["deployment"]; type: NonNullable<DeployResult["deployType"]>; why: string; tarball: Awaited<ReturnType<typeof createDagTarball>> | undefined; shipsDags: boolean; dagsHash: string | undefined },
): Promise<DeployResult> {
  const { client, logger } = deps;
  const { deployment, where, type, why, tarball, shipsDags, dagsHash } = plan;
  const description = [request.description, dagsHash ? `astro-ci:dags=${dagsHash}` : undefined].filter(Boolean).join(" ").slice(0, 500);
  const deploy: Deploy = await deps.client.createDeploy(deployment.id, { type: API_TYPE[type], description: description || undefined, git: request.git });
  let image: string | undefined;
  if (type !== "dags-only") image = await buildAndPushImage(request.projectRoot, deploy, deps);

  let versionId: string | undefined;
  let bytes = 0;
  if (tarball) {
    if (!deploy.dagsUploadUrl) throw new Error(`deploy ${deploy.id} has no dagsUploadUrl although DAG deploys are enabled`);
    const uploaded = await uploadDagTarball({ uploadUrl: deploy.dagsUploadUrl, body: tarball.stream(), deps: deps.http, logger });
    versionId = uploaded.versionId;
    bytes = uploaded.bytes;
  }
  await client.finalizeDeploy(deployment.id, deploy.id, shipsDags ? (versionId ?? "") : undefined);
  if (request.wait) await waitUntilLive(deployment.id, versionId, request.waitTimeoutMs, deps);
  return { status: "deployed", reason: why, deployment: where, deployType: type, deployId: deploy.id, dagTarballVersion: versionId, image, bytesUploaded: bytes, dagsHash };
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

async function buildAndPushImage(projectRoot: string, deploy: Deploy, deps: DeployDeps): Promise<string> {
  // The API may give the repository as a URL; docker wants `host/path:tag`.
  const repository = deploy.imageRepository.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const image = `${repository}:${deploy.imageTag}`;
  const registry = repository.split("/")[0] as string;
  const steps: [string[], string | undefined][] = [
    [["build", "--platform", "linux/amd64", "-t", image, projectRoot], undefined],
    // The password goes on stdin, never in argv (visible in the process list).
    [["login", registry, "--username", "cli", "--password-stdin"], deps.token],
    [["push", image], undefined],
  ];
  for (const [args, input] of steps) {
    deps.logger.info(`$ docker ${args.join(" ")}`);
    const result = await deps.docker.run("docker", args, { input });
    if (result.exitCode !== 0) throw new Error(`docker ${args[0]} failed: ${result.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  }
  return image;
}

async function waitUntilLive(deploymentId: string, versionId: string | undefined, timeoutMs: number, deps: DeployDeps): Promise<void> {
  const deadline = deps.now() + timeoutMs;
  for (;;) {
    const current = await deps.client.getDeployment(deploymentId);
    const runsVersion = versionId === undefined || current.dagTarballVersion === versionId;
    if ((current.status === "HEALTHY" || current.status === "HIBERNATING") && runsVersion) return;
    if (current.status === "UNHEALTHY") throw new Error(`Deployment ${current.name} became UNHEALTHY after the deploy`);
    if (deps.now() >= deadline) {
      throw new Error(`Deployment ${current.name} is still ${current.status}${runsVersion ? "" : " and not yet running the new DAGs"} after ${Math.round(timeoutMs / 1000)} s (the deploy itself was finalized)`);
    }
    await deps.http.sleep(10_000);
  }
}
