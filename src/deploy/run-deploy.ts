import { relative, sep } from "node:path";
import { createAstroClient } from "../astro/client.js";
import { realHttpDeps, type HttpDeps } from "../astro/http.js";
import type { DeployGit } from "../astro/types.js";
import { loadConfig } from "../config/config.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { ConfigurationError } from "../errors.js";
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { deployProject, type DeployResult, type DeployTypeSetting } from "./deploy.js";
import { parseDeploymentTargets, resolveDeploymentTarget } from "./targets.js";

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
  /** Defaults to the checked-out branch / HEAD. */
  branch?: string;
  headSha?: string;
  pushBefore?: string;
  /** GitHub metadata for the deploy record, when running in Actions. */
  github?: { owner: string; repo: string; serverUrl: string };
  env: NodeJS.ProcessEnv;
  git: Git;
  docker: CommandRunner;
  http?: Pick<HttpDeps, "fetch" | "sleep">;
  now?: () => number;
  logger: Logger;
}

export type RunDeployResult = DeployResult | { status: "no-target"; reason: string };

/** `astro-ci deploy` and the deploy action: find the target, then deploy. */
export async function runDeploy(options: RunDeployOptions): Promise<{ result: RunDeployResult; explanation: string }> {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "create a Deployment or Workspace API token in Astro and pass it as the ASTRO_API_TOKEN secret" });
  const branch = options.branch ?? (await options.git.currentBranch()) ?? "";
  let target = { deploymentId: options.deploymentId, deploymentName: options.deploymentName, workspaceId: options.workspaceId };
  let explanation: string;
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
  const headSha = options.headSha ?? (await options.git.revParse("HEAD"));
  const gitMeta: DeployGit | undefined = options.github
    ? { provider: "GITHUB", commitSha: headSha, branch: branch || undefined, account: options.github.owner, repo: options.github.repo, commitUrl: `${options.github.serverUrl}/${options.github.owner}/${options.github.repo}/commit/${headSha}` }
    : { provider: "GENERIC", commitSha: headSha, branch: branch || undefined, remoteUrl: (await options.git.remoteUrl()) ?? `file://${options.repoRoot}` };
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const result = await deployProject(
    {
      projectRoot: options.projectRoot,
      projectPath: relative(options.repoRoot, options.projectRoot).split(sep).join("/"),
      target,
      deployType: deployType ?? "infer",
      headSha,
      pushBefore: options.pushBefore,
      git: gitMeta,
      wait,
      waitTimeoutMs: options.waitTimeoutMs,
      force: options.force,
      description: `astro-ci ${headSha.slice(0, 12)}${branch ? ` on ${branch}` : ""}`,
    },
    { client, git: options.git, docker: options.docker, http: options.http ?? realHttpDeps, now: options.now ?? Date.now, logger: options.logger, token },
  );
  return { result, explanation };
}
