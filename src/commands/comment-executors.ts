import { markdownCode, markdownLink } from "../github/markdown.js";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../config/config.js";
import { createDefaultAnalyzer } from "../dags/analyzer.js";
import type { CommandRunner } from "../dynamic/airflow-environment.js";
import { publishCheckRun, toAnnotations, truncateForGitHub } from "../github/check-run.js";
import type { GitHubClient } from "../github/octokit.js";
import { createGit } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { createAstroClient } from "../astro/client.js";
import { realHttpDeps, type HttpDeps } from "../astro/http.js";
import { GitFailureBeforeAstro } from "../comment-commands/checkout.js";
import { gitProblem } from "../errors.js";
import { airflowUiUrl, newestFinalizedDeploy } from "../deploy/deploy.js";
import { parseDeploymentTargets } from "../deploy/targets.js";
import { listRepositoryPreviews, previewSettingsByProject } from "../previews/find.js";
import { runBranchDeploy } from "./branch-deploy.js";
import type { CommentCommandExecutors } from "./comment.js";
import { runDeploy } from "./deploy.js";
import { runTeardown, teardownFailure } from "./teardown.js";
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

/**
 * The check run `/astro validate` publishes on the pinned PR head: a name of its own, never the validate-dags action's
 * `astro-ci / validate-dags`. Branch protection reads the newest check run of a name, and this one is static-only (no
 * DAG is imported), so under the action's name its success would turn a failed required check (import errors) green.
 */
export const COMMENT_VALIDATE_CHECK_RUN_NAME = "astro-ci / validate-dags (comment)";

export interface RealExecutorOptions {
  /** The trusted checkout (the default branch the workflow runs from). */
  trustedRoot: string;
  /** Absolute path of the trusted astro-ci.yaml (never the PR's), or undefined for the trusted default. */
  configPath?: string;
  repository: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Masks the values `/astro preview` injects (core.setSecret in Actions); default: none. */
  mask?: (value: string) => void;
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
  // astro-ci.yaml is optional: without one in the trusted checkout the defaults apply, read from an empty trusted file,
  // never the PR's own astro-ci.yaml (each command loads its config with the PR checkout as the repository root).
  const trustedDefault = join(options.trustedRoot, "astro-ci.yaml");
  let resolved: string | undefined;
  let defaultsDir: string | undefined;
  // Looked up when a command needs it (help and lock need no config file, and make no temp folder).
  const trustedConfig = (): string => {
    if (resolved === undefined) {
      if (options.configPath ?? existsSync(trustedDefault)) resolved = options.configPath ?? trustedDefault;
      else ({ dir: defaultsDir, path: resolved } = emptyConfigFile());
    }
    return resolved;
  };
  const waitTimeoutMs = options.waitTimeoutMs ?? 900_000;
  const executors: CommentCommandExecutors = {
    /**
     * `/astro status` beyond the locks: the PR's preview (by its marker), the newest finalized deploy of each
     * deployments: target (commit and time), and the latest validate-dags (the action's and `/astro validate`'s) and
     * test check runs on the PR head.
     * Reads only: GET Deployments per target and per preview workspace, GET deploys per target, GET check runs.
     */
    async status(prNumber, headSha) {
      const lines: string[] = [];
      const results: Record<string, unknown> = {};
      const config = await loadConfig({ repoRoot: options.trustedRoot, configPath: trustedConfig() });
      const token = options.env.ASTRO_API_TOKEN;
      if (token) {
        const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger });
        const targets = parseDeploymentTargets(config.source);
        const previews = (await listRepositoryPreviews(client, config, previewSettingsByProject(config), options.repository))
          .filter((p) => p.owner.pr === prNumber)
          .map((p) => ({ name: p.deployment.name, url: airflowUiUrl(p.deployment), project: p.owner.project }));
        results.previews = previews;
        lines.push("**Preview**", "", ...(previews.length ? previews.map((p) => `- \`${p.project}\`: ${markdownCode(p.name, { inTable: false })}${markdownLink("Airflow UI", p.url) ? ` — ${markdownLink("Airflow UI", p.url)}` : ""}`) : ["- none running for this pull request"]));
        const deploys: { target: string; commit: string | null; at: string | null }[] = [];
        for (const target of targets) {
          const deployment = target.deploymentId ? await client.getDeployment(target.deploymentId) : await client.findDeploymentByName(target.deploymentName as string, target.workspaceId ?? client.workspaceId);
          const latest = newestFinalizedDeploy(await client.listDeploys(deployment.id));
          deploys.push({ target: target.name, commit: latest?.git?.commitSha ?? null, at: latest?.createdAt ?? null });
        }
        results.deploys = deploys;
        lines.push("", "**Last deploys**", "", ...(deploys.length ? deploys.map((d) => `- \`${d.target}\`: ${d.commit ? `\`${d.commit.slice(0, 12)}\`` : "no commit recorded"}${d.at ? ` at ${d.at}` : ""}`) : ["- no deployments: targets"]));
      } else {
        lines.push("_Previews and last deploys need ASTRO_API_TOKEN in this step._");
      }
      if (options.github && headSha) {
        const checks: { name: string; conclusion: string | null; url: string }[] = [];
        for (const name of ["astro-ci / validate-dags", COMMENT_VALIDATE_CHECK_RUN_NAME, "astro-ci / test"]) {
          const { data } = await options.github.client.rest.checks.listForRef({ owner: options.github.owner, repo: options.github.repo, ref: headSha, check_name: name, per_page: 1 });
          const run = data.check_runs[0];
          if (run) checks.push({ name, conclusion: run.conclusion ?? run.status, url: run.html_url ?? "" });
        }
        results.checks = checks;
        lines.push("", `**Checks on \`${headSha.slice(0, 12)}\`**`, "", ...(checks.length ? checks.map((c) => `- ${c.name}: ${c.conclusion}${markdownLink("details", c.url) ? ` (${markdownLink("details", c.url)})` : ""}`) : ["- no validate-dags or test check run yet"]));
      }
      return { markdown: lines.join("\n"), results };
    },
    async validate(pr, checkout) {
      const analyzer = await createDefaultAnalyzer({});
      try {
        const report = await runValidation({
          repoRoot: checkout.dir,
          configPath: trustedConfig(),
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
              name: COMMENT_VALIDATE_CHECK_RUN_NAME,
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
        configPath: trustedConfig(),
        pr: pr.number,
        branch: pr.branch,
        sha: checkout.sha,
        repository: options.repository,
        fork: pr.fork,
        // PR files are data here: DAG-only deploys, and connection settings from the trusted checkout, never the PR's.
        dagsOnly: true,
        settingsRoot: options.trustedRoot,
        waitTimeoutMs,
        env: options.env,
        git: createGit(checkout.dir),
        docker: refusingDocker,
        mask: options.mask ?? (() => undefined),
        logger: options.logger,
      });
      const ok = results.every((r) => r.status === "deployed" || r.status === "skipped");
      return {
        ok,
        // Every project refused it (a fork's PR with previews.forks off): a refusal, as the deploy command's for forks.
        refused: results.length > 0 && results.every((r) => r.status === "refused"),
        // A fork's preview gets no secret value: what was left out is said in the reply, not only in the log.
        summary:
          results.map((r) => `${r.project}: ${r.status}: ${r.reason}${pr.fork && r.connections?.notCopied.length ? `; not given to this fork's preview: ${r.connections.notCopied.map((n) => n.split(": ")[0]).join(", ")} (its DAG files run at parse time with the preview's connections and environment)` : ""}`).join("; ") || "no previews configured",
        links: results.filter((r) => r.airflowUrl).map((r) => `[Airflow UI of ${r.deploymentName ?? r.project}](${r.airflowUrl})`),
        details: results.map((r) => ({ project: r.project, status: r.status, deploymentId: r.deploymentId ?? null })),
      };
    },
    async teardown(pr) {
      const result = await runTeardown({ repoRoot: options.trustedRoot, configPath: trustedConfig(), repository: options.repository, pr: pr.number, dryRun: false, hibernateInstead: false, env: options.env, logger: options.logger });
      const failure = teardownFailure(result.entries);
      return { ok: !failure, summary: failure ? failure.message : result.message, details: result.entries };
    },
    async deploy(pr, checkout, target) {
      // The project folder comes from the trusted config's projects:, resolved inside the PR checkout.
      const { projects } = await loadConfig({ repoRoot: checkout.dir, configPath: trustedConfig() });
      if (projects.length !== 1) return { ok: false, summary: `astro-ci.yaml lists ${projects.length} projects; deploy them from their branches` };
      const traffic = trackingWrites();
      const { result, explanation } = await runDeploy({
        repoRoot: checkout.dir,
        projectRoot: (projects[0] as (typeof projects)[number]).root,
        configPath: trustedConfig(),
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
        http: traffic.http,
        logger: options.logger,
      }).catch((error: unknown) => {
        // The lock rule: a git failure (as the classifier reads it) before this deploy sent any write to Astro left
        // the target untouched, and is thrown as such (the command gives back the lock it took, exit 2). Anything
        // else, and a git failure once a write was sent (a deploy created, a hibernation override set, a
        // bundle upload begun: the Deployment may be half-updated), is a failed deploy, which keeps the lock.
        const git = traffic.wrote() ? undefined : gitProblem(error);
        if (git) throw new GitFailureBeforeAstro(`${git.message}; nothing was sent to Astro, so ${target.deploymentName ?? target.deploymentId ?? target.name} is as it was`, "deploy", git.fix);
        throw error;
      });
      const ok = result.status === "deployed" || result.status === "skipped";
      return { ok, summary: `${explanation}: ${result.status}: ${result.reason}`, links: "deployment" in result ? [`[${result.deployment.name}](${result.deployment.url})`] : [], details: { status: result.status } };
    },
  };
  // The empty defaults file lives as long as the command that made it: its folder is removed when the command ends.
  const wrapped: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(executors) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await run(...args);
      } finally {
        if (defaultsDir !== undefined) rmSync(defaultsDir, { recursive: true, force: true });
        defaultsDir = undefined;
        resolved = undefined;
      }
    };
  }
  return wrapped as CommentCommandExecutors;
}

/**
 * The Astro traffic of one command (the Astro API and the DAG upload's storage: every request of the deploy core goes
 * through these deps), and whether it has sent a write: any request but a GET or a HEAD counts from the moment it is
 * sent, whether or not it was answered. Conservative: a write that failed may still have reached Astro.
 */
function trackingWrites(): { http: Pick<HttpDeps, "fetch" | "sleep">; wrote: () => boolean } {
  let wrote = false;
  return {
    http: {
      fetch: (input, init) => {
        const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
        if (method !== "GET" && method !== "HEAD") wrote = true;
        return realHttpDeps.fetch(input, init);
      },
      sleep: realHttpDeps.sleep,
    },
    wrote: () => wrote,
  };
}

/** An empty astro-ci.yaml (every setting at its default) in a new temp folder: the trusted config when the repository has none. */
function emptyConfigFile(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "astro-ci-defaults-"));
  const path = join(dir, "astro-ci.yaml");
  writeFileSync(path, "# astro-ci defaults: the trusted checkout has no astro-ci.yaml\n", "utf8");
  return { dir, path };
}
