import { homedir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../config/config.js";
import { createDefaultAnalyzer } from "../dags/analyzer.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { publishCheckRun, toAnnotations, truncateForGitHub } from "../github/check-run.js";
import type { GitHubClient } from "../github/octokit.js";
import { createGit } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { runBranchDeploy } from "./branch-deploy.js";
import type { CommentCommandExecutors } from "./comment.js";
import { runDeploy } from "./deploy.js";
import { runTeardown } from "./teardown.js";
import { runValidation } from "./validate-dags.js";

/**
 * PR code is data in the comment job: any attempt of the deploy core to run docker (an image build of the PR's
 * Dockerfile) is refused here, so a target or preview needing an image deploy fails instead of building.
 */
export const refusingDocker: CommandRunner = {
  run: async (command) => {
    throw new Error(`'${command}' is not run from PR comment commands: the PR's code is never built in this job; deploy images from the branch's deploy workflow`);
  },
};

export interface RealExecutorOptions {
  /** The trusted checkout (the default branch the workflow runs from). */
  trustedRoot: string;
  /** Absolute path of the trusted astro-ci.yaml (never the PR's), or undefined for the trusted default. */
  configPath?: string;
  repository: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  waitTimeoutMs?: number;
  /** Where `/astro validate` publishes its check run on the pinned head (needs `checks: write`); none when absent. */
  github?: { client: GitHubClient; owner: string; repo: string };
}

/**
 * The real commands behind `/astro validate|preview|teardown|deploy`: the PR head (a worktree at the pinned SHA) is
 * read as files; configuration always comes from the trusted checkout; validate-dags runs its static tier only;
 * deploys are DAG-only (docker is refused).
 */
export function createRealExecutors(options: RealExecutorOptions): CommentCommandExecutors {
  const configPath = options.configPath ?? join(options.trustedRoot, "astro-ci.yaml");
  const waitTimeoutMs = options.waitTimeoutMs ?? 900_000;
  return {
    async validate(pr, checkout) {
      const analyzer = await createDefaultAnalyzer({});
      try {
        const report = await runValidation({
          repoRoot: checkout.dir,
          configPath,
          analyzer,
          logger: options.logger,
          // Static tier only: importing DAGs would run the PR's code.
          dynamic: { setting: "off", defaults: { setting: "off", mode: "installed" }, workDir: join(homedir(), ".cache", "astro-ci") },
        });
        const { errors, warnings, dags } = report.counts;
        const summary = `${dags} DAGs, ${errors} errors, ${warnings} warnings (static checks)`;
        const links: string[] = [];
        if (options.github) {
          const published = await publishCheckRun(
            options.github.client,
            {
              owner: options.github.owner,
              repo: options.github.repo,
              name: "astro-ci / validate-dags",
              headSha: checkout.sha,
              title: summary,
              summary: truncateForGitHub(`Static checks of pull request #${pr.number} at ${checkout.sha}, run from a PR comment command (no DAG was imported).`, 65535, ""),
              annotations: toAnnotations(report.findings),
              conclusion: report.failed ? "failure" : "success",
            },
            options.logger,
          );
          if (published.status === "published") links.push(`[check run](${published.htmlUrl})`);
        }
        return { ok: !report.failed, summary, links, details: { counts: report.counts } };
      } finally {
        await analyzer.close();
      }
    },
    async preview(pr, checkout) {
      const results = await runBranchDeploy({
        repoRoot: checkout.dir,
        configPath,
        pr: pr.number,
        branch: pr.branch,
        sha: checkout.sha,
        repository: options.repository,
        fork: pr.fork,
        waitTimeoutMs,
        env: options.env,
        git: createGit(checkout.dir),
        docker: refusingDocker,
        mask: () => undefined,
        logger: options.logger,
      });
      const ok = results.every((r) => r.status === "deployed" || r.status === "skipped");
      return {
        ok,
        summary: results.map((r) => `${r.project}: ${r.status}: ${r.reason}`).join("; ") || "no previews configured",
        links: results.filter((r) => r.airflowUrl).map((r) => `[Airflow UI of ${r.deploymentName ?? r.project}](${r.airflowUrl})`),
        details: results.map((r) => ({ project: r.project, status: r.status, deploymentId: r.deploymentId ?? null })),
      };
    },
    async teardown(pr) {
      const result = await runTeardown({ repoRoot: options.trustedRoot, configPath, repository: options.repository, pr: pr.number, dryRun: false, hibernateInstead: false, env: options.env, logger: options.logger });
      return { ok: true, summary: result.message, details: result.entries };
    },
    async deploy(pr, checkout, target) {
      // The project folder comes from the trusted config's projects:, resolved inside the PR checkout.
      const { projects } = await loadConfig({ repoRoot: checkout.dir, configPath });
      if (projects.length !== 1) return { ok: false, summary: `astro-ci.yaml lists ${projects.length} projects; deploy them from their branches` };
      const { result, explanation } = await runDeploy({
        repoRoot: checkout.dir,
        projectRoot: (projects[0] as (typeof projects)[number]).root,
        configPath,
        deploymentId: target.deploymentId,
        deploymentName: target.deploymentName,
        workspaceId: target.workspaceId,
        deployType: "dags-only",
        wait: target.wait ?? true,
        waitTimeoutMs,
        force: false,
        branch: pr.branch,
        headSha: checkout.sha,
        env: options.env,
        git: createGit(checkout.dir),
        docker: refusingDocker,
        logger: options.logger,
      });
      const ok = result.status === "deployed" || result.status === "skipped";
      return { ok, summary: `${explanation}: ${result.status}: ${result.reason}`, links: "deployment" in result ? [`[${result.deployment.name}](${result.deployment.url})`] : [], details: { status: result.status } };
    },
  };
}
