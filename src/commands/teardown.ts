import { createAstroClient, type AstroClient } from "../astro/client.js";
import { AstroApiError, type HttpDeps } from "../astro/http.js";
import type { Deployment } from "../astro/types.js";
import { loadConfig } from "../config/config.js";
import { isManagedDescription } from "../connections/sync.js";
import { ConfigurationError, ServiceError } from "../errors.js";
import { MAX_PR_NUMBER, nameCarriesPr, readPreviewBranch, type PreviewOwner } from "../previews/marker.js";
import { previewName, previewProjectName } from "../previews/settings.js";
import type { Logger } from "../util/logger.js";
import { listRepositoryPreviews, previewSettingsByProject, previewStaleness } from "../previews/find.js";
import { isRepositoryName } from "../github/context.js";

/** One preview teardown acted on (or, in a dry run, would act on). */
export interface TeardownEntry {
  deploymentId: string;
  deploymentName: string;
  project: string;
  pr: number;
  /**
   * `failed`: the Astro API refused or failed the removal (reason: its message); the run removes the other previews,
   * then fails (exit 2), and a re-run finishes it. `kept`: left alone on purpose (reason says why).
   */
  action: "deleted" | "hibernated" | "would delete" | "would hibernate" | "kept" | "failed";
  reason: string;
}

export interface TeardownOptions {
  repoRoot: string;
  configPath?: string;
  /** `owner/repo`: only previews carrying this repository's marker are touched. */
  repository: string;
  /** Remove this PR's previews (every project). */
  pr?: number;
  /** Sweep: previews whose PR is closed or that were idle longer than the TTL. */
  stale?: { ttlMs?: number; isPullRequestOpen?: (pr: number) => Promise<boolean | undefined> };
  dryRun: boolean;
  /** Hibernate development-mode previews instead of deleting them. */
  hibernateInstead: boolean;
  env: NodeJS.ProcessEnv;
  http?: Partial<HttpDeps>;
  now?: () => number;
  logger: Logger;
}

/**
 * `astro-ci teardown`: remove a pull request's previews (`pr`), or sweep stale ones (`stale`). Only Deployments carrying
 * this repository's preview marker are touched; a Deployment named in `deployments:` or used as a template never is,
 * whatever its description says, nor one whose name does not carry its marker's PR number (`kept`: a copied or edited
 * description). The environment objects astro-ci created on a preview go before it. Idempotent: with nothing to
 * remove it says so; a preview (or object) already gone (a 404: deleted by hand, or by a teardown running at the same
 * time) counts as removed. A preview the API fails on is a `failed` entry and the others are still removed: callers
 * report every entry, then throw {@link teardownFailure} (exit 2).
 * API calls: get each template, list the workspace's Deployments (every workspace the token sees when a template is
 * gone); per preview removed: list its environment objects, delete the ones astro-ci made, delete the Deployment
 * (sweep: also list its deploys).
 * @throws ConfigurationError for bad arguments or a missing token; AstroApiError when the listing fails (nothing
 * removed then).
 */
export async function runTeardown(options: TeardownOptions): Promise<{ entries: TeardownEntry[]; message: string }> {
  if (options.pr === undefined && !options.stale) throw new ConfigurationError("teardown needs --pr N or --stale", { fix: "astro-ci teardown --pr 42, or astro-ci teardown --stale for a scheduled sweep" });
  if (options.pr !== undefined && (!Number.isInteger(options.pr) || options.pr < 1 || options.pr > MAX_PR_NUMBER)) throw new ConfigurationError(`--pr must be a pull request number, not '${options.pr}'`, { fix: "e.g. --pr 42" });
  // As branch-deploy checks it: any other shape (a URL, "owner/name.git" is fine) matches no marker, and a teardown
  // that finds nothing says "nothing to remove" while the previews stay.
  if (!isRepositoryName(options.repository)) throw new ConfigurationError(`the repository '${options.repository}' is not owner/name`, { fix: "set GITHUB_REPOSITORY or --repository owner/name (not a URL)" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  const settingsByProject = previewSettingsByProject(config);
  if (!settingsByProject.size) return { entries: [], message: "previews are not configured (no previews: template in astro-ci.yaml): nothing to remove" };
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace API token (Workspace Operator or above) as the ASTRO_API_TOKEN secret" });
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const now = options.now ?? Date.now;

  // Never touched: the deployments: mapping and every template.
  // A template deleted since does not strand the previews made from it (they cost money until removed).
  const previews = await listRepositoryPreviews(client, config, settingsByProject, options.repository, { templateMayBeGone: true, notice: (message) => options.logger.warning(message) });

  /**
   * The name previews.name gives the marker's PR (its branch from the description, which previewDescription wrote):
   * what a preview cut to length must be called exactly. Undefined when its project is no longer configured.
   */
  const expectedName = (deployment: Deployment, owner: PreviewOwner): string | undefined => {
    const settings = settingsByProject.get(owner.project);
    const project = config.projects.find((p) => (p.relativePath || ".") === owner.project);
    const branch = readPreviewBranch(deployment);
    if (!settings || !project || branch === undefined) return undefined;
    return previewName(settings.name, { project: previewProjectName(project, options.repository), pr: owner.pr, branch, repo: options.repository.split("/")[1] as string });
  };
  const entries: TeardownEntry[] = [];
  for (const { deployment, owner } of previews) {
    if (options.pr !== undefined && owner.pr !== options.pr) continue;
    // A marker on a Deployment whose name does not carry its PR number was copied or edited: never removed on its word.
    if (!nameCarriesPr(deployment.name, owner.pr, expectedName(deployment, owner))) {
      entries.push({ deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, action: "kept", reason: `its description carries the preview marker of pull request #${owner.pr}, but its name does not carry that number, as every preview name astro-ci makes does (nor is it the cut name previews.name gives that pull request): the description was copied or edited, so it is not removed; delete it in the Astro UI if it is a preview, or remove the marker from its description` });
      continue;
    }
    let reason: string | undefined;
    try {
      if (options.pr !== undefined) reason = `pull request #${owner.pr} is closed`;
      // A sweep that hibernates: a preview already asleep was handled by an earlier sweep (or its schedule); hibernating
      // it again every night would report it, and update its PR's comment and GitHub Deployment, every night.
      else if (options.hibernateInstead && deployment.status === "HIBERNATING") continue;
      else reason = await previewStaleness(client, deployment, owner, { ttlMs: options.stale?.ttlMs ?? settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.stale?.isPullRequestOpen, now });
      if (!reason) continue;
      entries.push(await remove(client, deployment, owner, reason, options));
    } catch (error) {
      // One preview the API fails on (a 5xx after the retries, an answer that is not the API's) does not stop the
      // others; the run fails at the end naming it (exit 2). Anything else is a bug and stops here.
      if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
      entries.push({ deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, action: "failed", reason: `${reason ? `${reason}; ` : ""}not removed: ${error.message}` });
    }
  }
  const what = options.pr !== undefined ? `pull request #${options.pr}` : "this repository";
  const message = entries.length ? `${entries.length} preview${entries.length === 1 ? "" : "s"} of ${what}: ${entries.map((e) => `${e.deploymentName} ${e.action}`).join(", ")}` : `no preview of ${what} to remove`;
  return { entries, message };
}

/**
 * The error a teardown run ends with when some previews could not be removed (`failed` entries), after everything
 * else was done and reported: a ServiceError (exit 2, the Astro API's fault) naming each, with the fix; undefined when
 * none failed.
 */
export function teardownFailure(entries: TeardownEntry[]): ServiceError | undefined {
  const failed = entries.filter((e) => e.action === "failed");
  if (!failed.length) return undefined;
  const done = entries.filter((e) => e.action === "deleted" || e.action === "hibernated").map((e) => e.deploymentName);
  return new ServiceError(
    0,
    `${failed.length} preview${failed.length === 1 ? "" : "s"} could not be removed: ${failed.map((e) => `${e.deploymentName} (${e.deploymentId}, PR #${e.pr}): ${e.reason}`).join("; ")}${done.length ? `; removed: ${done.join(", ")}` : ""}`,
    "run the teardown again once the Astro API answers (https://status.astronomer.io): it removes what is left, and what was removed stays removed",
  );
}

/** An Astro API 404 (JSON, so the API's own "no such object", never a proxy's page): the object is already gone. */
function isGone(error: unknown): boolean {
  return error instanceof AstroApiError && error.status === 404;
}

/**
 * A 404 on a Deployment means "already deleted" only when a fresh listing of that Deployment's id agrees: an API (or a
 * proxy, a token scoped to another workspace) that answers 404 while the Deployment is still there would otherwise
 * have teardown report "deleted" for a preview that keeps running and costing. When it is still listed, the 404 is
 * an error (a `failed` entry, exit 2).
 */
async function confirmGone(client: AstroClient, deployment: Deployment, error: unknown): Promise<void> {
  const listed = await client.listDeployments({ deploymentIds: [deployment.id] });
  if (listed.some((d) => d.id === deployment.id)) {
    throw new ServiceError(404, `the Astro API answered 404 (${(error as Error).message}) but the Deployment is still listed`, "check that ASTRO_API_TOKEN may delete Deployments in the preview's workspace, then run the teardown again");
  }
}

async function remove(client: AstroClient, deployment: Deployment, owner: PreviewOwner, reason: string, options: TeardownOptions): Promise<TeardownEntry> {
  const base = { deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, reason };
  // Deleted by hand, or by another teardown at the same time (a closed PR's run and the nightly sweep): the goal is
  // reached, so it is reported as removed (its PR's comment and GitHub Deployment are updated), never as an error.
  const gone = { ...base, action: "deleted" as const, reason: `${reason}; it was already deleted (by hand, or by another run at the same time)` };
  if (options.hibernateInstead) {
    if (!deployment.isDevelopmentMode) return { ...base, action: "kept", reason: `${reason}; not hibernated: only development-mode Deployments can hibernate (delete it, or create previews with development-mode: true)` };
    if (options.dryRun) return { ...base, action: "would hibernate" };
    try {
      await client.setHibernationOverride(deployment.id, { isHibernating: true });
    } catch (error) {
      if (!isGone(error)) throw error;
      await confirmGone(client, deployment, error);
      return gone;
    }
    return { ...base, action: "hibernated" };
  }
  if (options.dryRun) return { ...base, action: "would delete" };
  const objects = await client.listEnvironmentObjects({ deploymentId: deployment.id }).catch((error: unknown) => {
    if (isGone(error)) return [];
    throw error;
  });
  for (const object of objects) {
    if (object.id && object.scope === "DEPLOYMENT" && object.scopeEntityId === deployment.id && isManagedDescription(object.description)) {
      await client.deleteEnvironmentObject(object.id).catch((error: unknown) => {
        if (!isGone(error)) throw error;
      });
    }
  }
  try {
    await client.deleteDeployment(deployment.id);
  } catch (error) {
    if (!isGone(error)) throw error;
    await confirmGone(client, deployment, error);
    options.logger.info(`preview ${deployment.name} (${deployment.id}) was already deleted`);
    return gone;
  }
  options.logger.info(`deleted preview ${deployment.name} (${deployment.id}): ${reason}`);
  return { ...base, action: "deleted" };
}

/** The teardown entries as a text table. */
export function formatTeardownTable(entries: TeardownEntry[]): string {
  if (!entries.length) return "";
  const rows = [["preview", "pr", "project", "action", "why"], ...entries.map((e) => [e.deploymentName, `#${e.pr}`, e.project, e.action, e.reason])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] as string).length)));
  return rows.map((r) => r.map((c, col) => c.padEnd(widths[col] as number)).join("  ").trimEnd()).join("\n") + "\n";
}
