import type { AstroClient } from "../astro/client.js";
import type { Deployment } from "../astro/types.js";
import { newestFinalizedDeploy } from "../deploy/deploy.js";
import type { DeploymentTarget } from "../deploy/targets.js";
import { readPreviewOwner, type PreviewOwner } from "./marker.js";

/** Deployment ids and names that branch-deploy and teardown never create over or touch: deployments: entries. */
export function protectedDeployments(targets: DeploymentTarget[]): { ids: Set<string>; names: Set<string> } {
  return { ids: new Set(targets.flatMap((t) => (t.deploymentId ? [t.deploymentId] : []))), names: new Set(targets.flatMap((t) => (t.deploymentName ? [t.deploymentName] : []))) };
}

/** Marked previews of this repository in a workspace (protected Deployments and the template excluded). */
export async function findPreviews(client: AstroClient, workspaceId: string, repository: string, exclude: { ids: Set<string>; names: Set<string> }): Promise<{ deployment: Deployment; owner: PreviewOwner }[]> {
  const all = await client.listDeployments({ workspaceIds: [workspaceId] });
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
