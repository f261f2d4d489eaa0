import { readFileSync } from "node:fs";
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
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { deployProject, type DeployResult, type DeployTypeSetting } from "../deploy/deploy.js";
import { parseDeploymentTargets, resolveDeploymentTarget } from "../deploy/targets.js";

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
  const gates = [options.validateFirst ? () => validationGate(options) : undefined, options.testFirst ? () => testGate(options) : undefined];
  for (const gate of gates) {
    const reason = gate ? await gate() : undefined;
    if (reason && !options.force) return { result: { status: "blocked", reason }, explanation };
    if (reason) options.logger.warning(`${reason}; deploying anyway (force)`);
  }
  const headSha = options.headSha ?? (await options.git.revParse("HEAD"));
  const gitMeta: DeployGit | undefined = options.github
    ? { provider: "GITHUB", commitSha: headSha, branch: branch || undefined, account: options.github.owner, repo: options.github.repo, commitUrl: `${options.github.serverUrl}/${options.github.owner}/${options.github.repo}/commit/${headSha}` }
    : { provider: "GENERIC", commitSha: headSha, branch: branch || undefined, remoteUrl: (await options.git.remoteUrl()) ?? `file://${options.repoRoot}` };
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const result = await deployProject(
    {
      projectRoot: options.projectRoot,
      runtimeVersion: dockerfileRuntime(options.projectRoot),
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

/** The runtime version the Dockerfile builds on; undefined when it cannot be read (the image build will say why). */
function dockerfileRuntime(projectRoot: string): string | undefined {
  try {
    return parseDockerfile(readFileSync(join(projectRoot, "Dockerfile"), "utf8"), "Dockerfile").runtime?.info.runtimeVersion;
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
