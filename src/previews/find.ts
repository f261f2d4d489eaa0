import type { AstroClient } from "../astro/client.js";
import type { Deployment } from "../astro/types.js";
import { AstroApiError } from "../astro/http.js";
import { ConfigurationError } from "../errors.js";
import { newestFinalizedDeploy } from "../deploy/deploy.js";
import { parseDeploymentTargets, type DeploymentTarget } from "../deploy/targets.js";
import type { YamlSource } from "../util/yaml-file.js";
import { readPreviewOwner, type PreviewOwner } from "./marker.js";
import { readPreviewSettings, type PreviewSettings } from "./settings.js";

/** Deployment ids and names that branch-deploy and teardown never create over or touch: deployments: entries. */
export function protectedDeployments(targets: DeploymentTarget[]): { ids: Set<string>; names: Set<string> } {
  return { ids: new Set(targets.flatMap((t) => (t.deploymentId ? [t.deploymentId] : []))), names: new Set(targets.flatMap((t) => (t.deploymentName ? [t.deploymentName] : []))) };
}

/**
 * Marked previews of this repository in a workspace (undefined: every workspace the token sees), protected Deployments
 * and the template excluded.
 */
export async function findPreviews(client: AstroClient, workspaceId: string | undefined, repository: string, exclude: { ids: Set<string>; names: Set<string> }): Promise<{ deployment: Deployment; owner: PreviewOwner }[]> {
  const all = await client.listDeployments(workspaceId ? { workspaceIds: [workspaceId] } : {});
  return all
    .filter((d) => !exclude.ids.has(d.id) && !exclude.names.has(d.name))
    .map((deployment) => ({ deployment, owner: readPreviewOwner(deployment) }))
    .filter((p): p is { deployment: Deployment; owner: PreviewOwner } => p.owner !== undefined && p.owner.repository.toLowerCase() === repository.toLowerCase());
}

/**
 * Why a preview is stale, or undefined when it is not: its pull request is closed (when `isPullRequestOpen` can tell),
 * or nothing was deployed to it (else: since its creation) for longer than `ttlMs` (default 7 days).
 * API calls: one list of its deploys (every page).
 */
export async function previewStaleness(
  client: AstroClient,
  deployment: Deployment,
  owner: PreviewOwner,
  options: { ttlMs?: number; isPullRequestOpen?: (pr: number) => Promise<boolean | undefined>; now: () => number },
): Promise<string | undefined> {
  const open = await options.isPullRequestOpen?.(owner.pr);
  if (open === false) return `pull request #${owner.pr} is closed`;
  const ttl = options.ttlMs ?? 7 * 86_400_000;
  const last = newestFinalizedDeploy(await client.listDeploys(deployment.id));
  const since = Date.parse(last?.createdAt ?? deployment.createdAt ?? "");
  if (Number.isNaN(since)) return undefined;
  const idle = options.now() - since;
  return idle > ttl ? `idle for ${formatDuration(idle)} (ttl ${formatDuration(ttl)}) since its ${last ? "last deploy" : "creation"}` : undefined;
}

function formatDuration(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${Math.round(hours / 24)}d` : `${Math.round(hours)}h`;
}

/**
 * The Deployment a preview copies (`template-deployment-id`, else `-name` in its workspace).
 * @throws ConfigurationError naming astro-ci.yaml and the previews section's line when there is no such Deployment
 * (a 404 for the id, no or several Deployments by the name).
 */
export async function resolveTemplate(client: AstroClient, settings: PreviewSettings): Promise<Deployment> {
  const key = settings.template.deploymentId ? `template-deployment-id '${settings.template.deploymentId}'` : `template-deployment-name '${settings.template.deploymentName}'`;
  try {
    return settings.template.deploymentId ? await client.getDeployment(settings.template.deploymentId) : await client.findDeploymentByName(settings.template.deploymentName as string, settings.template.workspaceId ?? client.workspaceId);
  } catch (error) {
    const notFound = error instanceof AstroApiError && error.status === 404;
    if (!notFound && !(error instanceof ConfigurationError)) throw error;
    const missing = notFound || (error instanceof ConfigurationError && /^no Deployment named /.test(error.message));
    throw new (missing ? TemplateNotFoundError : ConfigurationError)(`the previews template (${key}): ${notFound ? "no such Deployment is visible to this token" : (error as Error).message}`, {
      file: settings.file,
      line: settings.line,
      fix: (error as ConfigurationError).fix ?? "check the template's ID or name in the previews: section, and that ASTRO_API_TOKEN's workspace holds it",
    });
  }
}

/** The previews template does not exist (or the token cannot see it): a ConfigurationError naming the previews section. */
export class TemplateNotFoundError extends ConfigurationError {}

/** The `previews:` settings of every configured project that has them, by repository-relative project path ("." for the root). */
export function previewSettingsByProject(config: { source?: YamlSource; projects: { relativePath: string }[] }): Map<string, PreviewSettings> {
  const byProject = new Map<string, PreviewSettings>();
  for (const project of config.projects) {
    const settings = readPreviewSettings(config.source, project.relativePath);
    if (settings) byProject.set(project.relativePath || ".", settings);
  }
  return byProject;
}

/**
 * Every marked preview of `repository`, in the workspaces of the configured templates. Never a Deployment named in
 * `deployments:` or used as a template, whatever its description says. API calls: one get per template, one list
 * of Deployments per workspace.
 * `templateMayBeGone` (teardown, the sweep): a template that no longer exists does not strand its previews: they are
 * looked for in `previews.workspace-id`, else in every workspace the token sees, the template still excluded by the
 * ID or name configured, and `notice` says so. Otherwise (and for any other template error) the error is thrown.
 */
export async function listRepositoryPreviews(
  client: AstroClient,
  config: { source?: YamlSource },
  settingsByProject: Map<string, PreviewSettings>,
  repository: string,
  options: { templateMayBeGone?: boolean; notice?: (message: string) => void } = {},
): Promise<{ deployment: Deployment; owner: PreviewOwner }[]> {
  const exclude = protectedDeployments(parseDeploymentTargets(config.source));
  const workspaces = new Set<string | undefined>();
  for (const settings of settingsByProject.values()) {
    let template: Deployment;
    try {
      template = await resolveTemplate(client, settings);
    } catch (error) {
      if (!options.templateMayBeGone || !(error instanceof TemplateNotFoundError)) throw error;
      if (settings.template.deploymentId) exclude.ids.add(settings.template.deploymentId);
      if (settings.template.deploymentName) exclude.names.add(settings.template.deploymentName);
      workspaces.add(settings.template.workspaceId);
      options.notice?.(`${error.message}: its previews are looked for in ${settings.template.workspaceId ? `workspace ${settings.template.workspaceId}` : "every workspace this token sees"} (point previews: at an existing template to create new ones)`);
      continue;
    }
    exclude.ids.add(template.id);
    exclude.names.add(template.name);
    workspaces.add(settings.template.workspaceId ?? template.workspaceId);
  }
  // Every workspace covers the named ones: one listing then.
  const lists = workspaces.has(undefined) ? [undefined] : [...workspaces];
  const previews: { deployment: Deployment; owner: PreviewOwner }[] = [];
  for (const workspace of lists) previews.push(...(await findPreviews(client, workspace, repository, exclude)));
  return previews;
}
