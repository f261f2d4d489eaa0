import { join, relative, sep } from "node:path";
import { createDefaultAnalyzer } from "../dags/analyzer.js";
import { runValidation } from "../commands/validate-dags.js";
import { parseDockerfile } from "../project/dockerfile.js";
import { testProject } from "../testing/test-project.js";
import type { TestAirflowMode } from "../testing/run-tests.js";
import { createAstroClient } from "../astro/client.js";
import { realHttpDeps, type HttpDeps } from "../astro/http.js";
import type { DeployGit } from "../astro/types.js";
import { loadConfig } from "../config/config.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError } from "../errors.js";
import { requireBranchName, requireCommitSha, stripUrlCredentials, type Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { readUserTextSync } from "../util/user-files.js";
import { deployProject, readDeploymentState, type DeployResult, type DeployTypeSetting } from "../deploy/deploy.js";
import { parseDeploymentTargets, resolveDeploymentTarget } from "../deploy/targets.js";
import { BRANCH_MAPPING_EVENTS, deployBranch, deployEventRefusal, isRepositoryName, serverUrlOf } from "../github/context.js";

export interface RunDeployOptions {
  repoRoot: string;
  projectRoot: string;
  configPath?: string;
  deploymentId?: string;
  deploymentName?: string;
  workspaceId?: string;
  deployType?: DeployTypeSetting;
  wait: boolean;
  waitTimeoutMs: number;
  force: boolean;
  /** The branch mapped to a Deployment in astro-ci.yaml. Defaults to the checked-out branch (the CLI's --branch overrides). */
  branch?: string;
  /** Why there is no branch to map (the action on an event that maps none): the run is then skipped with this reason. */
  noBranchReason?: string;
  /** The commit to deploy (40 hex). Defaults to HEAD. */
  headSha?: string;
  /**
   * The push event's `before` (40 hex). Not used to decide what to deploy (the Deployment's own deploys decide: see
   * deploy/deploy.ts); still checked for shape, as every value of the event payload is before it goes anywhere.
   */
  pushBefore?: string;
  /**
   * The workflow's event (GITHUB_EVENT_NAME) when running in GitHub Actions; undefined outside a workflow. Pull
   * request events never deploy, nor events whose code may be a pull request's (deployEventRefusal).
   */
  event?: string;
  /** The event payload (GITHUB_EVENT_PATH), for `workflow_run`: which run it follows, on whose code. */
  eventPayload?: Record<string, unknown>;
  /** Ship the work tree as it is (tracked changes, untracked files .gitignore does not exclude); recorded as dirty, without a commit. */
  allowDirty?: boolean;
  /** Registry hosts besides Astro's that may receive the Astro token (`docker login`). */
  allowedRegistries?: string[];
  /** Run validate-dags first (static, and dynamic when an Airflow is installed); findings at the failure level stop the deploy unless `force`. */
  validateFirst?: boolean;
  /** Run the project's pytest suite first (in this Airflow environment); failures stop the deploy unless `force`. */
  testFirst?: { airflow: TestAirflowMode; workDir: string; runner: CommandRunner };
  /** GitHub metadata for the deploy record, when running in Actions. */
  github?: { owner: string; repo: string; serverUrl: string };
  env: NodeJS.ProcessEnv;
  git: Git;
  docker: CommandRunner;
  http?: Pick<HttpDeps, "fetch" | "sleep">;
  now?: () => number;
  logger: Logger;
}

export type RunDeployResult = DeployResult | { status: "no-target"; reason: string } | { status: "blocked"; reason: string };

/** Is this result a failure of the run (exit 1, a failed check)? */
export function deployFailed(result: RunDeployResult): boolean {
  return result.status === "blocked" || result.status === "timed-out" || result.status === "unhealthy";
}

/** `astro-ci deploy` and the deploy action: find the target, then deploy. */
export async function runDeploy(options: RunDeployOptions): Promise<{ result: RunDeployResult; explanation: string }> {
  const explicit = Boolean(options.deploymentId || options.deploymentName);
  // Before anything else, the token too: a fork's pull request has no secrets, and must be told why nothing deploys.
  const refusal = options.event !== undefined ? deployEventRefusal(options.event, options.eventPayload ?? {}) : undefined;
  if (refusal) {
    const why = refusal;
    if (explicit) return { result: { status: "blocked", reason: `${why}; deploy to ${options.deploymentId ?? options.deploymentName} from a push, workflow_dispatch or schedule event instead` }, explanation: `target given directly: ${options.deploymentId ?? options.deploymentName}` };
    const reason = `${why}, so no Deployment mapped in astro-ci.yaml is deployed (branches map only on push, workflow_dispatch and schedule events)`;
    return { result: { status: "no-target", reason }, explanation: reason };
  }
  // In a workflow, only push, workflow_dispatch and schedule map a branch to a Deployment (as the action does): on
  // workflow_run, merge_group, repository_dispatch... the branch may be a pull request's, a fork's too.
  if (options.event && !BRANCH_MAPPING_EVENTS.has(options.event) && !explicit) {
    const reason = deployBranch({ eventName: options.event, ref: "", refName: "" }).reason as string;
    return { result: { status: "no-target", reason }, explanation: reason };
  }
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "create a Deployment or Workspace API token in Astro and pass it as the ASTRO_API_TOKEN secret" });
  const head = await options.git.headState();
  if (head.kind === "unborn") {
    throw new ConfigurationError(`the repository has no commit yet${head.branch ? ` (branch ${head.branch} is unborn)` : ""}: a deploy ships a commit`, { fix: "commit the project (git add, git commit), then deploy" });
  }
  const headSha = options.headSha !== undefined ? requireCommitSha(options.headSha, "the commit to deploy (GITHUB_SHA or the pull request's head)") : head.sha;
  const pushBefore = options.pushBefore !== undefined ? requireCommitSha(options.pushBefore, "the push event's `before` (GITHUB_EVENT_PATH)") : undefined;
  // The action says which branch the event names (or why none); only the CLI falls back to the checked-out branch.
  const branch = options.branch !== undefined ? requireBranchName(options.branch, "the branch (--branch or GITHUB_REF_NAME)") : head.kind === "branch" && !options.noBranchReason ? head.branch : undefined;
  let target = { deploymentId: options.deploymentId, deploymentName: options.deploymentName, workspaceId: options.workspaceId };
  let explanation: string;
  let deployType = options.deployType;
  let wait = options.wait;
  if (explicit) {
    if (target.deploymentId && target.deploymentName) throw new ConfigurationError("give deployment-id or deployment-name, not both", { fix: "keep one of them" });
    explanation = `target given directly: ${target.deploymentId ?? target.deploymentName}`;
  } else if (branch === undefined) {
    if (options.noBranchReason) return { result: { status: "no-target", reason: options.noBranchReason }, explanation: options.noBranchReason };
    throw new ConfigurationError(`HEAD is detached at ${headSha.slice(0, 12)}: there is no branch to map to a Deployment in astro-ci.yaml, so nothing would be deployed`, {
      fix: "give --branch NAME to map the commit as that branch, or the Deployment itself with --deployment-id ID or --deployment-name NAME",
    });
  } else {
    const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
    const resolved = resolveDeploymentTarget(parseDeploymentTargets(config.source), branch, config.file);
    explanation = resolved.explanation;
    if (!resolved.target) return { result: { status: "no-target", reason: resolved.explanation }, explanation };
    target = { deploymentId: resolved.target.deploymentId, deploymentName: resolved.target.deploymentName, workspaceId: resolved.target.workspaceId };
    deployType ??= resolved.target.deployType;
    wait = resolved.target.wait ?? wait;
  }
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  // Without gates, the Deployment and its deploys are read while git status runs (reads only: a refused work tree
  // waits for them to end, so nothing is left running). With gates they are read after them, so that what is live
  // is not minutes old when the deploy decides.
  const gated = Boolean(options.validateFirst || options.testFirst);
  const early = gated ? undefined : readDeploymentState(client, target);
  // A deploy ships what the commit holds; a work tree that differs is refused unless asked for (then recorded as dirty).
  const projectPath = relative(options.repoRoot, options.projectRoot).split(sep).join("/");
  const uncommitted = await options.git.uncommittedChanges(projectPath);
  if (uncommitted.length && !options.allowDirty) {
    if (early) await Promise.allSettled([early.deployment, early.deploys]);
    const list = uncommitted.slice(0, 5).join(", ") + (uncommitted.length > 5 ? ` and ${uncommitted.length - 5} more` : "");
    throw new ConfigurationError(`the work tree differs from commit ${headSha.slice(0, 12)} in the project (${list}): a deploy ships what the commit holds, and would not ship these`, {
      fix: "commit or remove them (or add generated files to .gitignore); to ship the work tree as it is, pass --allow-dirty (action input allow-dirty: true), recorded as a dirty deploy without a commit",
    });
  }
  const source = uncommitted.length ? "work-tree" : "commit";
  if (source === "work-tree") options.logger.warning(`deploying the work tree with ${uncommitted.length} uncommitted change(s) (allow-dirty): recorded as dirty, without a commit`);
  const gates = [options.validateFirst ? () => validationGate(options) : undefined, options.testFirst ? () => testGate(options) : undefined];
  for (const gate of gates) {
    const reason = gate ? await gate() : undefined;
    if (reason && !options.force) return { result: { status: "blocked", reason }, explanation };
    if (reason) options.logger.warning(`${reason}; deploying anyway (force)`);
  }
  // On Actions the repository is named by GITHUB_SERVER_URL/GITHUB_REPOSITORY, never by the clone URL (it may hold a token).
  const github = options.github ?? githubFromEnv(options.env);
  const remoteUrl = async (): Promise<string> => stripUrlCredentials((await options.git.remoteUrl()) ?? `file://${options.repoRoot}`);
  const gitMeta: DeployGit | undefined =
    source === "work-tree"
      ? undefined // never record a commit the bundle does not match
      : github
        ? { provider: "GITHUB", commitSha: headSha, branch, account: github.owner, repo: github.repo, commitUrl: `${github.serverUrl}/${github.owner}/${github.repo}/commit/${headSha}` }
        : { provider: "GENERIC", commitSha: headSha, branch, remoteUrl: await remoteUrl() };
  const result = await deployProject(
    {
      projectRoot: options.projectRoot,
      runtimeVersion: dockerfileRuntime(options.projectRoot, options.repoRoot),
      projectPath,
      target,
      deployType: deployType ?? "infer",
      headSha,
      pushBefore,
      git: gitMeta,
      wait,
      waitTimeoutMs: options.waitTimeoutMs,
      force: options.force,
      description: `astro-ci ${headSha.slice(0, 12)}${branch ? ` on ${branch}` : ""}${source === "work-tree" ? " with uncommitted changes" : ""}`,
      source,
      checkedOutClean: source === "commit" && headSha === head.sha,
      allowedRegistries: options.allowedRegistries,
    },
    { client, git: options.git, docker: options.docker, http: options.http ?? realHttpDeps, now: options.now ?? Date.now, logger: options.logger, token },
    early ?? readDeploymentState(client, target),
  );
  return { result, explanation };
}

/** The repository on GitHub when running in a workflow (GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY). */
function githubFromEnv(env: NodeJS.ProcessEnv): RunDeployOptions["github"] {
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (env.GITHUB_ACTIONS !== "true" || !isRepositoryName(repository)) return undefined;
  const [owner, repo] = repository.split("/") as [string, string];
  return { owner, repo, serverUrl: serverUrlOf(env.GITHUB_SERVER_URL || "https://github.com") };
}

/** The runtime version the Dockerfile builds on; undefined when it cannot be read (the image build will say why). */
function dockerfileRuntime(projectRoot: string, repoRoot: string): string | undefined {
  try {
    return parseDockerfile(readUserTextSync(join(projectRoot, "Dockerfile"), { repoRoot }), "Dockerfile").runtime?.info.runtimeVersion;
  } catch {
    return undefined;
  }
}

/** The static validate-dags run as a gate: a reason to stop, or undefined. */
async function validationGate(options: RunDeployOptions): Promise<string | undefined> {
  const analyzer = await createDefaultAnalyzer();
  try {
    const report = await runValidation({
      repoRoot: options.repoRoot,
      configPath: options.configPath,
      projectPath: options.projectRoot,
      analyzer,
      logger: options.logger,
      // The import check runs when an Airflow is already installed; a deploy does not set one up.
      dynamic: { defaults: { setting: "auto", mode: "installed" }, workDir: join(options.repoRoot, ".astro-ci-cache") },
    });
    return report.failed ? `validate-dags found ${report.counts.errors} errors and ${report.counts.warnings} warnings: not deploying (force to deploy anyway)` : undefined;
  } finally {
    await analyzer.close();
  }
}

/** The project's tests as a gate: a reason to stop, or undefined. */
async function testGate(options: RunDeployOptions): Promise<string | undefined> {
  const gate = options.testFirst as NonNullable<RunDeployOptions["testFirst"]>;
  const result = await testProject({ projectRoot: options.projectRoot, repoRoot: options.repoRoot, paths: [], pytestArgs: [], mode: gate.airflow, stubLookups: true, workDir: gate.workDir, runner: gate.runner, logger: options.logger });
  options.logger.info(`tests before deploying: ${result.message}`);
  return result.failed ? `the project's tests did not pass (${result.message.split("\n")[0]}): not deploying (force to deploy anyway)` : undefined;
}
