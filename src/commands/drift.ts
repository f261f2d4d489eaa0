import { existsSync } from "node:fs";
import { nearestName } from "../util/nearest-name.js";
import { rename, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { createAirflowApiClient, type AirflowApiClient, type AirflowPool } from "../airflow-api/client.js";
import { createAstroClient, type AstroClient } from "../astro/client.js";
import { AstroApiAnswerError, AstroApiError, realHttpDeps, type HttpDeps } from "../astro/http.js";
import type { Deploy, Deployment } from "../astro/types.js";
import { loadConfig } from "../config/config.js";
import { outsideRepositoryWords, refuseSymlinkOutsideRepository } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { deployedBundleIdentity, newestFinalizedDeploy } from "../deploy/deploy.js";
import { inferDeployType } from "../deploy/infer-deploy-type.js";
import { branchMatches, parseDeploymentTargets, type DeploymentTarget } from "../deploy/targets.js";
import { compareAirflowSettings, compareDeploymentFile, compareRuntime, uriDeclaration, type DeclaredSettings, type DriftItem } from "../drift/compare.js";
import { deploymentToFile, formatDeploymentFile, readDeploymentFile } from "../drift/deployment-file.js";
import { ConfigurationError, ServiceError } from "../errors.js";
import { listRepositoryPreviews, previewSettingsByProject, previewStaleness } from "../previews/find.js";
import { decodeAirflowSettings, parseAirflowSettings, type AirflowSettings } from "../project/airflow-settings.js";
import { parseDockerfile } from "../project/dockerfile.js";
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { makeDirectory } from "../util/make-directory.js";
import { readUserTextSync } from "../util/user-files.js";

/** What `astro-ci drift` found for one `deployments:` entry. */
export interface DeploymentDrift {
  /** The entry's name (`name:`, else the Deployment's name or id). */
  name: string;
  /** The Deployment's id; undefined when it does not exist. */
  id?: string;
  /** The Deployment's Airflow UI. */
  url?: string;
  drift: DriftItem[];
  /** What was not compared, and why (a branch not in this clone, a hibernating Deployment's pools...). */
  notes: string[];
  /**
   * True when part of the Deployment could not be read (its Airflow API answered 503, HTML or nothing): a note says
   * what and why. The rest of it, and the other Deployments, were compared. See {@link driftExitCode}.
   */
  unreadable?: true;
}

/** The drift report: JSON output of `astro-ci drift --format json`, also rendered as text and Markdown. */
export interface DriftReport {
  reportVersion: 1;
  deployments: DeploymentDrift[];
  /** Preview Deployments of this repository whose pull request is closed or that were idle past the TTL. */
  stalePreviews: { name: string; id: string; pr: number; project: string; reason: string }[];
  drifted: boolean;
}

export interface RunDriftOptions {
  repoRoot: string;
  projectRoot: string;
  configPath?: string;
  /** Only the entry with this name (its `name:`, deployment-name or deployment-id). */
  deployment?: string;
  /** Export each live Deployment as a Deployment file into this folder. */
  writeFileDir?: string;
  env: NodeJS.ProcessEnv;
  git: Git;
  http?: Partial<HttpDeps>;
  /** `owner/repo`: enables the stale-preview check (previews carry the repository in their marker). */
  repository?: string;
  /** Whether a pull request is open (the drift action asks GitHub); undefined: only the TTL decides. */
  isPullRequestOpen?: (pr: number) => Promise<boolean | undefined>;
  now?: () => number;
  logger: Logger;
}

/** A full commit id (SHA-1 or SHA-256), lower case: the only shape of an API's commit id that is ever handed to git. */
const FULL_COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The exit code of a drift run: 1 when anything drifted (whatever else could not be read: that drift is real and
 * reported), else 2 when a Deployment could not be fully read (the run cannot say "no drift"), else 0.
 */
export function driftExitCode(report: DriftReport): 0 | 1 | 2 {
  if (report.drifted) return 1;
  return report.deployments.some((d) => d.unreadable) ? 2 : 0;
}

/**
 * `astro-ci drift`: compare every `deployments:` entry of astro-ci.yaml with the live Deployment, reading only (the
 * Deployment, its deploys, its environment objects, its Airflow pools). Per Deployment: 1 GET deployments (by id, or a
 * list by name), 1+ GET deploys (every page), and when `airflow-settings` is set 1+ GET environment-objects and 1+ GET
 * pools on the Deployment's Airflow API.
 * @throws ConfigurationError for a missing token, an unreadable or invalid Deployment file or settings file, or an
 * entry filter that matches nothing.
 */
export async function runDrift(options: RunDriftOptions): Promise<DriftReport> {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace or Organization API token (read access is enough) as the ASTRO_API_TOKEN secret" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  let targets = parseDeploymentTargets(config.source);
  if (options.deployment) {
    const names = [...new Set(targets.flatMap((t) => [t.name, t.deploymentName, t.deploymentId]).filter((n): n is string => typeof n === "string"))];
    targets = targets.filter((t) => [t.name, t.deploymentName, t.deploymentId].includes(options.deployment));
    if (!targets.length) {
      const nearest = nearestName(options.deployment, names);
      throw new ConfigurationError(`no deployments entry is named '${options.deployment}'${nearest ? `: did you mean '${nearest}'?` : ""}`, {
        file: config.file,
        fix: `use an entry's name:, deployment-name or deployment-id${names.length ? ` (${names.join(", ")})` : ""}`,
      });
    }
  }
  if (!targets.length) {
    throw config.file
      ? new ConfigurationError(`${config.file} declares no deployments: nothing to compare`, { file: config.file, fix: "add a deployments: section (see the README's drift recipe)" })
      : new ConfigurationError(`there is no astro-ci.yaml at the repository root (${options.repoRoot}): no deployments to compare`, { fix: "create astro-ci.yaml with a deployments: section (see the README's drift recipe), or pass --config FILE" });
  }

  // Read every declaration first: a broken file stops the run before any API call.
  const declarations = await Promise.all(targets.map((t) => readDeclarations(t, options, config.file)));
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const runtime = readRuntime(options.projectRoot, options.repoRoot);
  const projectPath = relative(options.repoRoot, options.projectRoot).split(sep).join("/");
  const state = await options.git.headState();
  if (state.kind === "unborn") {
    throw new ConfigurationError(`the repository has no commit yet${state.branch ? ` (branch ${state.branch} is unborn)` : ""}: drift compares live Deployments with what a commit holds`, { fix: "commit the project (git add, git commit), then check for drift" });
  }
  const head = state.sha;
  const currentBranch = await options.git.currentBranch();

  const deployments: DeploymentDrift[] = [];
  for (const [index, target] of targets.entries()) {
    const declared = declarations[index] as Awaited<ReturnType<typeof readDeclarations>>;
    const result: DeploymentDrift = { name: target.name, drift: [], notes: [] };
    deployments.push(result);
    const live = await findDeployment(client, target, config.file);
    if (!live) {
      result.drift.push({ kind: "missing-deployment", field: target.deploymentId ?? target.deploymentName ?? target.name, declared: target.deploymentId ?? target.deploymentName ?? null, live: null, detail: "no such Deployment is visible to this token", source: { file: config.file ?? "astro-ci.yaml", line: target.line } });
      continue;
    }
    result.id = live.id;
    result.url = live.webServerUrl ? (live.webServerUrl.startsWith("http") ? live.webServerUrl : `https://${live.webServerUrl}`) : undefined;
    result.drift.push(...compareRuntime(runtime, live));
    await compareCommits(result, { target, live, client, git: options.git, head, currentBranch, projectPath });
    if (declared.deploymentFile) result.drift.push(...compareDeploymentFile(declared.deploymentFile, live));
    if (declared.settings) {
      const objects = await client.listEnvironmentObjects({ deploymentId: live.id });
      const pools = await readPools(live, token, options, result);
      result.drift.push(...compareAirflowSettings(declared.settings, objects, pools, result.notes));
    }
    if (options.writeFileDir) await writeDeploymentFile(options.writeFileDir, target, live, options.logger);
  }
  const stalePreviews = options.repository ? await findStalePreviews(client, config, options) : [];
  return { reportVersion: 1, deployments, stalePreviews, drifted: deployments.some((d) => d.drift.length > 0) || stalePreviews.length > 0 };
}

/** Marked previews of this repository (templates and deployments: entries never) that are stale: PR closed or idle past the TTL. */
async function findStalePreviews(client: AstroClient, config: Awaited<ReturnType<typeof loadConfig>>, options: RunDriftOptions): Promise<DriftReport["stalePreviews"]> {
  const settingsByProject = previewSettingsByProject(config);
  const stale: DriftReport["stalePreviews"] = [];
  // A template deleted since is said once, and its previews still listed: the rest of the report is not lost to it.
  for (const { deployment, owner } of await listRepositoryPreviews(client, config, settingsByProject, options.repository as string, { templateMayBeGone: true, notice: (message) => options.logger.warning(message) })) {
    const reason = await previewStaleness(client, deployment, owner, { ttlMs: settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.isPullRequestOpen, now: options.now ?? Date.now });
    if (reason) stale.push({ name: deployment.name, id: deployment.id, pr: owner.pr, project: owner.project, reason });
  }
  return stale;
}

async function readDeclarations(target: DeploymentTarget, options: RunDriftOptions, configFile: string | undefined) {
  const inside = (base: string, path: string, what: string) => {
    const abs = resolve(base, path);
    const rel = relative(options.repoRoot, abs);
    if (isAbsolute(path) || !isInside(options.repoRoot, abs)) throw new ConfigurationError(outsideRepositoryWords(`${what} '${path}'`), { file: configFile, line: target.line, fix: "use a path inside the repository" });
    refuseSymlinkOutsideRepository(options.repoRoot, abs, `${what} '${path}'`, { file: configFile, line: target.line });
    return { abs, display: rel.split(sep).join("/") };
  };
  const missing = (what: string, path: string) =>
    new ConfigurationError(`${what} '${path}' does not exist`, { file: configFile, line: target.line, fix: `create it (astro-ci drift --write-file DIR exports the live Deployment) or correct the path` });
  let file = target.deploymentFile ? inside(options.repoRoot, target.deploymentFile, "deployment-file") : undefined;
  if (file && !existsSync(file.abs)) {
    // Exporting is how a team starts declaring: a file that does not exist yet is not compared then.
    if (!options.writeFileDir) throw missing("deployment-file", target.deploymentFile as string);
    file = undefined;
  }
  const settings = target.airflowSettings ? inside(options.projectRoot, target.airflowSettings, "airflow-settings") : undefined;
  if (settings && !existsSync(settings.abs)) throw missing("airflow-settings", target.airflowSettings as string);
  return {
    deploymentFile: file ? await readDeploymentFile(file.abs, file.display, options.repoRoot) : undefined,
    settings: settings ? await declaredSettings(settings.abs, settings.display, options.repoRoot) : undefined,
  };
}

/**
 * The declared settings file, summarised without secrets. One the Astro CLI would not fully load is a configuration
 * error here: drift compares it. A connection given by `conn_uri` alone (as connections sync applies it) declares the
 * URI's parts, read as sync reads them (uriDeclaration): its login, host, port, schema and whether it has a password.
 */
async function declaredSettings(abs: string, display: string, repoRoot: string): Promise<DeclaredSettings> {
  const read = await parseAirflowSettings(abs, display, repoRoot);
  const problem = read.problems.find((p) => p.severity === "warning");
  if (problem) throw new ConfigurationError(problem.message, { file: problem.file, line: problem.line, fix: problem.fix });
  const settings: AirflowSettings = read.settings;
  if (!settings.connections.some((c) => c.uri)) return settings;
  // The URIs themselves (the summary keeps none: they hold passwords); read once more, never kept past this.
  const uris = new Map((await decodeAirflowSettings(abs, display, repoRoot)).connections.map((c) => [c.connId, c]));
  return {
    ...settings,
    connections: settings.connections.map((c) => {
      const decoded = uris.get(c.connId);
      // conn_uri with other fields: the Astro CLI ignores the URI (and connections sync refuses the entry).
      const alone = decoded && !c.connType && !c.host && !c.schema && !c.login && !c.port && !c.hasPassword;
      return decoded?.uri && alone ? { ...c, fromUri: uriDeclaration(decoded.uri, display, decoded.keyLines.conn_uri ?? c.line) } : c;
    }),
  };
}

/** The entry's Deployment, or undefined when it does not exist (404, or no Deployment by that name). */
async function findDeployment(client: AstroClient, target: DeploymentTarget, configFile: string | undefined): Promise<Deployment | undefined> {
  if (target.deploymentId) {
    try {
      return await client.getDeployment(target.deploymentId);
    } catch (error) {
      if (error instanceof AstroApiError && error.status === 404) return undefined;
      throw error;
    }
  }
  const name = target.deploymentName as string;
  const found = (await client.listDeployments({ names: [name], workspaceIds: target.workspaceId ? [target.workspaceId] : undefined })).filter((d) => d.name === name);
  if (found.length > 1) throw new ConfigurationError(`${found.length} Deployments are named '${name}'`, { file: configFile, line: target.line, fix: "add workspace-id to the entry, or use deployment-id" });
  return found[0];
}

function readRuntime(projectRoot: string, repoRoot: string): { version: string; file: string; line?: number } | undefined {
  const path = join(projectRoot, "Dockerfile");
  if (!existsSync(path)) return undefined;
  const display = relative(repoRoot, path).split(sep).join("/");
  try {
    const parsed = parseDockerfile(readUserTextSync(path, { repoRoot }), display);
    return parsed.runtime ? { version: parsed.runtime.info.runtimeVersion, file: display, line: parsed.runtime.line } : undefined;
  } catch (error) {
    if (error instanceof ConfigurationError) return undefined; // validate-dags reports Dockerfile problems; drift compares what it can read
    throw error;
  }
}

/**
 * Undeployed commits: the entry's branch head (the checked-out commit when it is that branch, else
 * `refs/remotes/origin/<branch>`) against the newest finalized deploy's commit, counting only commits that change
 * what a deploy ships (the deploy core's own rule: tests/ and outside the project do not count). Also reports a live
 * DAG bundle that no commit holds (a deploy from a modified work tree).
 */
async function compareCommits(result: DeploymentDrift, ctx: { target: DeploymentTarget; live: Deployment; client: AstroClient; git: Git; head: string; currentBranch?: string; projectPath: string }): Promise<void> {
  const { target, git } = ctx;
  const branch = target.branches.find((b) => ctx.currentBranch !== undefined && (b === ctx.currentBranch || branchMatches(b, ctx.currentBranch)));
  let branchHead: string | undefined;
  let branchName: string | undefined;
  if (branch && ctx.currentBranch) {
    branchHead = ctx.head;
    branchName = ctx.currentBranch;
  } else {
    for (const b of target.branches.filter((name) => !/[*?]/.test(name))) {
      const sha = await git.revParse(`refs/remotes/origin/${b}`).catch(() => undefined);
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
  const deploys = await ctx.client.listDeploys(ctx.live.id);
  const latest = newestFinalizedDeploy(deploys);
  if (!latest) {
    result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: null, detail: "the Deployment has no finalized deploy" });
    return;
  }
  // A DAG-only deploy keeps the image an earlier deploy built: the image is compared with the branch on its own.
  if (latest.type === "DAG_ONLY") await compareImage(deploys, branchHead, branchName, ctx, git, result);
  // An API's commit id is data: compared as text, handed to git only when it is a full id (40 or 64 hex). An
  // abbreviated one (other tooling) that the branch head starts with is that commit; any other is "commit unknown".
  const recorded = latest.git?.commitSha ? latest.git.commitSha.toLowerCase() : undefined;
  const deployedSha = recorded !== undefined && !FULL_COMMIT_ID.test(recorded) && recorded.length >= 7 && branchHead.startsWith(recorded) ? branchHead : recorded;
  if (deployedSha === undefined) {
    result.notes.push(`commits not compared: the live deploy ${latest.id} records no git commit (deployed without git metadata)`);
  } else if (!FULL_COMMIT_ID.test(deployedSha)) {
    // Never reaches git: the schema of the Astro API's answers (7-64 hex) lets it in as data only.
    result.notes.push(`commits not compared: the live deploy ${latest.id} records the commit ${JSON.stringify(deployedSha)}, not a full commit id (40 or 64 hex characters): its commit is unknown`);
  } else if (deployedSha !== branchHead) {
    if (!(await git.hasCommit(deployedSha))) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: "the deployed commit is not in this clone's history (deployed from elsewhere, or a shallow clone: use fetch-depth: 0)" });
    } else if (await git.isAncestor(branchHead, deployedSha)) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: `the Deployment runs ${deployedSha.slice(0, 12)}, which is ahead of ${branchName}` });
    } else {
      const inferred = await inferDeployType({ git, projectPath: ctx.projectPath, from: deployedSha, to: branchHead });
      if (inferred.type !== "none") {
        // What a deploy ships: the project folder except tests/ (the deploy core's rule).
        const project = ctx.projectPath || ".";
        const commits = await git.commitsBetween(deployedSha, branchHead, [project, `:(exclude)${ctx.projectPath ? `${ctx.projectPath}/` : ""}tests`]);
        const onBranch = await git.isAncestor(deployedSha, branchHead);
        result.drift.push({
          kind: "undeployed-commits",
          field: branchName,
          declared: branchHead,
          live: deployedSha,
          detail: `${commits.length} commit${commits.length === 1 ? "" : "s"} not deployed (${inferred.type}${commits.length ? `; first ${commits[commits.length - 1]?.slice(0, 12)}, last ${commits[0]?.slice(0, 12)}` : ""})${onBranch ? "" : `; the deployed commit is not on ${branchName}`}`,
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

/**
 * The image a DAG-only deploy left running: none ever built by a deploy (the runtime's own image, without the
 * project's requirements.txt, packages.txt, include/ and plugins/), or one built from a commit whose image files the
 * branch has changed since (an image deploy is due; a DAG-only deploy of a commit that changed them hides this from a
 * comparison of commits only). A commit that is not a SHA or not in this clone is not compared.
 */
async function compareImage(deploys: Deploy[], branchHead: string, branchName: string, ctx: { projectPath: string }, git: Git, result: DeploymentDrift): Promise<void> {
  const image = newestFinalizedDeploy(deploys, (d) => d.type !== "DAG_ONLY");
  if (!image) {
    result.drift.push({ kind: "undeployed-commits", field: "image", declared: branchHead, live: null, detail: "no deploy built the project's image: the Deployment runs its runtime's image without the project's requirements.txt, packages.txt, include/ and plugins/ (deploy with an image)" });
    return;
  }
  // An abbreviated commit id (other tooling) is "commit unknown": never handed to git, not compared.
  const imageSha = image.git?.commitSha?.toLowerCase();
  if (imageSha === undefined || !FULL_COMMIT_ID.test(imageSha) || imageSha === branchHead || !(await git.hasCommit(imageSha))) return;
  const inferred = await inferDeployType({ git, projectPath: ctx.projectPath, from: branchHead, imageFrom: imageSha, to: branchHead });
  if (inferred.type === "image-and-dags") {
    result.drift.push({ kind: "undeployed-commits", field: "image", declared: branchHead, live: imageSha, detail: `the image was built from ${imageSha.slice(0, 12)} and ${branchName} changed it since: ${inferred.reason}` });
  }
}

async function readPools(live: Deployment, token: string, options: RunDriftOptions, result: DeploymentDrift): Promise<AirflowPool[] | undefined> {
  if (live.status === "HIBERNATING") {
    result.notes.push("pools not compared: the Deployment is hibernating (its Airflow API does not answer)");
    return undefined;
  }
  // One Deployment's Airflow API failing (503 while it updates, a proxy's HTML page, no answer) costs that
  // Deployment's pools only: a note says why and where; the rest of the report is made (driftExitCode: 1 with drift
  // elsewhere, else 2). Its errors speak of the Astro API (the client is shared): said here for the Airflow API.
  let where = live.webServerAirflowApiUrl ?? "(none)";
  try {
    const api: AirflowApiClient = createAirflowApiClient({ deployment: live, token, logger: options.logger, deps: { ...realHttpDeps, ...options.http } });
    where = api.baseUrl;
    return await api.listPools();
  } catch (error) {
    if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
    const why =
      error instanceof AstroApiAnswerError
        ? `HTTP ${error.status} and ${error.problem.replace(/the Astro API's|the API's/g, "the Airflow API's")}; the answer begins ${error.firstBytes}`
        : error instanceof ServiceError && error.status === 0
          ? `no answer (${error.message})`
          : error instanceof ServiceError
            ? `HTTP ${error.status} (${error.message})`
            : error.message;
    result.unreadable = true;
    result.notes.push(
      `pools not compared: the Deployment's Airflow API (${where}) could not be read: ${why}. Fix: check the Deployment's health in the Astro UI (one that is updating, scaling or unhealthy answers 503; a hibernating one is skipped) and that this runner reaches ${hostOf(where)} (proxy, firewall, the Deployment's IP allowlist), then run drift again`,
    );
    options.logger.warning(`${live.name}: its Airflow API (${where}) could not be read (${why}): pools not compared`);
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).host;
  } catch {
    return url;
  }
}

async function writeDeploymentFile(dir: string, target: DeploymentTarget, live: Deployment, logger: Logger): Promise<void> {
  await makeDirectory(dir);
  const safe = target.name.replace(/[^A-Za-z0-9._-]/g, "-");
  const path = join(dir, `${safe}.yaml`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, formatDeploymentFile(deploymentToFile(live), `Deployment '${live.name}' (${live.id})`), "utf8");
  await rename(temp, path);
  logger.info(`wrote ${path}`);
}
