import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runValidation
} from "./chunk-UFWNYEU2.js";
import {
  createDefaultAnalyzer
} from "./chunk-HD3VSPYA.js";
import {
  testProject
} from "./chunk-6GFGJ2VX.js";
import {
  deployProject,
  readDeploymentState
} from "./chunk-BRHAODYH.js";
import {
  createAstroClient,
  parseDeploymentTargets,
  realHttpDeps,
  resolveDeploymentTarget
} from "./chunk-ZMYJGVFG.js";
import {
  BRANCH_MAPPING_EVENTS,
  deployBranch,
  deployEventRefusal,
  isRepositoryName,
  serverUrlOf
} from "./chunk-KW7AZT75.js";
import {
  parseDockerfile
} from "./chunk-WXL4IICE.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import {
  requireBranchName,
  requireCommitSha,
  stripUrlCredentials
} from "./chunk-AD4PL26L.js";
import {
  readUserTextSync
} from "./chunk-X6UGG6GR.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/commands/deploy.ts
import { join, relative, sep } from "node:path";
function deployFailed(result) {
  return result.status === "blocked" || result.status === "timed-out" || result.status === "unhealthy";
}
async function runDeploy(options) {
  const explicit = Boolean(options.deploymentId || options.deploymentName);
  const refusal = options.event !== void 0 ? deployEventRefusal(options.event, options.eventPayload ?? {}) : void 0;
  if (refusal) {
    const why = refusal;
    if (explicit) return { result: { status: "blocked", reason: `${why}; deploy to ${options.deploymentId ?? options.deploymentName} from a push, workflow_dispatch or schedule event instead` }, explanation: `target given directly: ${options.deploymentId ?? options.deploymentName}` };
    const reason = `${why}, so no Deployment mapped in astro-ci.yaml is deployed (branches map only on push, workflow_dispatch and schedule events)`;
    return { result: { status: "no-target", reason }, explanation: reason };
  }
  if (options.event && !BRANCH_MAPPING_EVENTS.has(options.event) && !explicit) {
    const reason = deployBranch({ eventName: options.event, ref: "", refName: "" }).reason;
    return { result: { status: "no-target", reason }, explanation: reason };
  }
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "create a Deployment or Workspace API token in Astro and pass it as the ASTRO_API_TOKEN secret" });
  const head = await options.git.headState();
  if (head.kind === "unborn") {
    throw new ConfigurationError(`the repository has no commit yet${head.branch ? ` (branch ${head.branch} is unborn)` : ""}: a deploy ships a commit`, { fix: "commit the project (git add, git commit), then deploy" });
  }
  const headSha = options.headSha !== void 0 ? requireCommitSha(options.headSha, "the commit to deploy (GITHUB_SHA or the pull request's head)") : head.sha;
  const pushBefore = options.pushBefore !== void 0 ? requireCommitSha(options.pushBefore, "the push event's `before` (GITHUB_EVENT_PATH)") : void 0;
  const branch = options.branch !== void 0 ? requireBranchName(options.branch, "the branch (--branch or GITHUB_REF_NAME)") : head.kind === "branch" && !options.noBranchReason ? head.branch : void 0;
  let target = { deploymentId: options.deploymentId, deploymentName: options.deploymentName, workspaceId: options.workspaceId };
  let explanation;
  let deployType = options.deployType;
  let wait = options.wait;
  if (explicit) {
    if (target.deploymentId && target.deploymentName) throw new ConfigurationError("give deployment-id or deployment-name, not both", { fix: "keep one of them" });
    explanation = `target given directly: ${target.deploymentId ?? target.deploymentName}`;
  } else if (branch === void 0) {
    if (options.noBranchReason) return { result: { status: "no-target", reason: options.noBranchReason }, explanation: options.noBranchReason };
    throw new ConfigurationError(`HEAD is detached at ${headSha.slice(0, 12)}: there is no branch to map to a Deployment in astro-ci.yaml, so nothing would be deployed`, {
      fix: "give --branch NAME to map the commit as that branch, or the Deployment itself with --deployment-id ID or --deployment-name NAME"
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
  const gated = Boolean(options.validateFirst || options.testFirst);
  const early = gated ? void 0 : readDeploymentState(client, target);
  const projectPath = relative(options.repoRoot, options.projectRoot).split(sep).join("/");
  const uncommitted = await options.git.uncommittedChanges(projectPath);
  if (uncommitted.length && !options.allowDirty) {
    if (early) await Promise.allSettled([early.deployment, early.deploys]);
    const list = uncommitted.slice(0, 5).join(", ") + (uncommitted.length > 5 ? ` and ${uncommitted.length - 5} more` : "");
    throw new ConfigurationError(`the work tree differs from commit ${headSha.slice(0, 12)} in the project (${list}): a deploy ships what the commit holds, and would not ship these`, {
      fix: "commit or remove them (or add generated files to .gitignore); to ship the work tree as it is, pass --allow-dirty (action input allow-dirty: true), recorded as a dirty deploy without a commit"
    });
  }
  const source = uncommitted.length ? "work-tree" : "commit";
  if (source === "work-tree") options.logger.warning(`deploying the work tree with ${uncommitted.length} uncommitted change(s) (allow-dirty): recorded as dirty, without a commit`);
  const gates = [options.validateFirst ? () => validationGate(options) : void 0, options.testFirst ? () => testGate(options) : void 0];
  for (const gate of gates) {
    const reason = gate ? await gate() : void 0;
    if (reason && !options.force) return { result: { status: "blocked", reason }, explanation };
    if (reason) options.logger.warning(`${reason}; deploying anyway (force)`);
  }
  const github = options.github ?? githubFromEnv(options.env);
  const remoteUrl = async () => stripUrlCredentials(await options.git.remoteUrl() ?? `file://${options.repoRoot}`);
  const gitMeta = source === "work-tree" ? void 0 : github ? { provider: "GITHUB", commitSha: headSha, branch, account: github.owner, repo: github.repo, commitUrl: `${github.serverUrl}/${github.owner}/${github.repo}/commit/${headSha}` } : { provider: "GENERIC", commitSha: headSha, branch, remoteUrl: await remoteUrl() };
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
      allowedRegistries: options.allowedRegistries
    },
    { client, git: options.git, docker: options.docker, http: options.http ?? realHttpDeps, now: options.now ?? Date.now, logger: options.logger, token },
    early ?? readDeploymentState(client, target)
  );
  return { result, explanation };
}
function githubFromEnv(env) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (env.GITHUB_ACTIONS !== "true" || !isRepositoryName(repository)) return void 0;
  const [owner, repo] = repository.split("/");
  return { owner, repo, serverUrl: serverUrlOf(env.GITHUB_SERVER_URL || "https://github.com") };
}
function dockerfileRuntime(projectRoot, repoRoot) {
  try {
    return parseDockerfile(readUserTextSync(join(projectRoot, "Dockerfile"), { repoRoot }), "Dockerfile").runtime?.info.runtimeVersion;
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
      dynamic: { defaults: { setting: "auto", mode: "installed" }, workDir: join(options.repoRoot, ".astro-ci-cache") }
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
  deployFailed,
  runDeploy
};
