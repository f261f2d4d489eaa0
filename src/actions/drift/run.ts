import { writeFile } from "node:fs/promises";
import type { HttpDeps } from "../../astro/http.js";
import { runDrift, type DeploymentDrift, type DriftReport } from "../../commands/drift.js";
import { readGitHubContext } from "../../github/context.js";
import { syncDriftIssue, type DriftIssueAction } from "../../github/drift-issues.js";
import { createOctokit } from "../../github/octokit.js";
import { formatDeploymentDriftMarkdown, formatDriftMarkdown } from "../../reports/drift-report.js";
import { createGit } from "../../util/git.js";
import { createEnvInputReader } from "../inputs.js";
import type { ActionsRuntime } from "../validate-dags/run.js";
import { readDriftSettings } from "./settings.js";

/**
 * The drift action (`on: schedule` / `workflow_dispatch`): run the drift check, write the job summary and the JSON
 * report, and keep one GitHub issue per Deployment up to date. Outputs `drifted` and `report-path`.
 * A Deployment that could not be fully read (`unreadable`: its Airflow API answered 503, HTML or nothing) fails the
 * step whatever `fail-on-drift` says, as the CLI's exit 2 does: the run cannot say it has no drift. Its drift issue is
 * then never closed (nothing says the drift is gone); drift found in what could be read still opens or edits it.
 */
export async function runDriftAction(env: NodeJS.ProcessEnv, runtime: ActionsRuntime, deps: { http?: Partial<HttpDeps> } = {}): Promise<{ report: DriftReport; issues: { name: string; action: DriftIssueAction; number?: number }[]; failureMessage?: string }> {
  const settings = readDriftSettings(createEnvInputReader(env), env);
  for (const secret of [settings.githubToken, settings.astroApiToken]) if (secret) runtime.setSecret(secret);
  const context = readGitHubContext(env);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : undefined;
  const report = await runDrift({
    repoRoot: settings.workspace,
    projectRoot: settings.projectPath,
    configPath: settings.configPath,
    deployment: settings.deployment,
    env: { ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    git: createGit(settings.workspace),
    http: deps.http,
    repository: `${context.owner}/${context.repo}`,
    isPullRequestOpen: github ? async (pr) => github.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: pr }).then((r) => r.data.state === "open").catch(() => undefined) : undefined,
    logger: runtime,
  });
  await writeFile(settings.reportPath, JSON.stringify(report, null, 2) + "\n", "utf8");
  runtime.setOutput("report-path", settings.reportPath);
  runtime.setOutput("drifted", String(report.drifted));
  for (const d of report.deployments) runtime.info(`${d.name}: ${d.drift.length ? `${d.drift.length} difference(s)` : d.unreadable ? "not fully read (no drift in what could be read)" : "no drift"}`);

  const issues: { name: string; action: DriftIssueAction; number?: number }[] = [];
  if (settings.issues && github) {
    for (const d of report.deployments) {
      if (d.unreadable && !d.drift.length) {
        // "No drift" is not known: the issue (open or closed) is left as it is, never closed as resolved.
        issues.push({ name: d.name, action: "none" });
        runtime.info(`${d.name}: drift issue left as it is (the Deployment could not be fully read)`);
        continue;
      }
      try {
        const result = await syncDriftIssue(github, { owner: context.owner, repo: context.repo, key: d.id ?? d.name, name: d.name, body: d.drift.length ? formatDeploymentDriftMarkdown(d) : undefined });
        issues.push({ name: d.name, action: result.action, number: result.number });
        if (result.action !== "none" && result.action !== "unchanged") runtime.info(`${d.name}: drift issue #${result.number} ${result.action}`);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === 403 || status === 404) {
          runtime.warning(`astro-ci could not keep the drift issue for ${d.name} (${(error as Error).message}); give the job 'issues: write'.`);
          break;
        }
        throw error;
      }
    }
  }
  await runtime.appendSummary(formatDriftMarkdown(report));
  const failures: string[] = [];
  if (report.drifted && settings.failOnDrift) failures.push(`drift found in ${report.deployments.filter((d) => d.drift.length).map((d) => d.name).join(", ")}`);
  failures.push(...report.deployments.filter((d) => d.unreadable).map(unreadableMessage));
  return { report, issues, failureMessage: failures.length ? failures.join("; ") : undefined };
}

/** Why a Deployment could not be fully checked: its name and the report's note(s) that say what was not read and why. */
function unreadableMessage(d: DeploymentDrift): string {
  const why = d.notes.filter((n) => n.includes("could not be read"));
  return `could not check ${d.name} for drift: ${(why.length ? why : d.notes).join("; ") || "part of it could not be read"}`;
}
