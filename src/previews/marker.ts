import type { Deployment } from "../astro/types.js";

/** Who a preview Deployment belongs to: recorded in its description, the only way previews are found. */
export interface PreviewOwner {
  /** `owner/repo`. */
  repository: string;
  /** Repository-relative project folder, `.` for the root. */
  project: string;
  pr: number;
}

/** The largest pull request number a marker holds (10 digits). */
export const MAX_PR_NUMBER = 9_999_999_999;

const MARKER = /\[astro-ci preview repo=([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+) project=([^\s\]]+) pr=([1-9][0-9]{0,9})\]/;

/** The marker text: `[astro-ci preview repo=o/r project=. pr=12]`. */
export function previewMarker(owner: PreviewOwner): string {
  return `[astro-ci preview repo=${owner.repository} project=${encodeProject(owner.project)} pr=${owner.pr}]`;
}

/** A preview's description: a readable line, then the marker. */
export function previewDescription(owner: PreviewOwner, branch: string): string {
  const safeBranch = branch.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
  return `Preview of pull request #${owner.pr} (${safeBranch}), created by astro-ci; removed when the pull request closes. ${previewMarker(owner)}`;
}

/** The owner recorded in a Deployment's description; undefined when it carries no (well-formed) marker. */
export function readPreviewOwner(deployment: Pick<Deployment, "description">): PreviewOwner | undefined {
  const match = MARKER.exec(deployment.description ?? "");
  if (!match) return undefined;
  let project: string;
  try {
    project = decodeURIComponent(match[2] as string);
  } catch {
    // A malformed escape (`%zz`) was not written by astro-ci: not a marker, never a crash of the whole run.
    return undefined;
  }
  return { repository: match[1] as string, project, pr: Number(match[3]) };
}

export function sameOwner(a: PreviewOwner, b: PreviewOwner): boolean {
  return a.repository.toLowerCase() === b.repository.toLowerCase() && a.project === b.project && a.pr === b.pr;
}

function encodeProject(project: string): string {
  return encodeURIComponent(project || ".").replace(/%2F/g, "/");
}

/**
 * The branch a preview's description names (`Preview of pull request #N (<branch>), created by astro-ci`), as
 * previewDescription wrote it; undefined when the description has no such line.
 */
export function readPreviewBranch(deployment: Pick<Deployment, "description">): string | undefined {
  return /^Preview of pull request #[0-9]+ \((.*)\), created by astro-ci[;.]/s.exec(deployment.description ?? "")?.[1];
}

/**
 * Whether a Deployment's name can be the one astro-ci gave the preview its marker names: previews.name must contain
 * `{pr}` apart from letters and digits (previews/settings.ts), so every preview name carries its PR number as a run of
 * digits between `-`, `_` or the ends, unless it was cut to length: it then ends with `-` and an 8-hex hash of the
 * full name, and is accepted only when it is exactly `expected`, the name previews.name gives that PR (recomputed by
 * the caller). Any long name ending in 8 hex digits is not enough: `...-primary-cluster-0badf00d` would pass.
 * False means the description was copied onto another Deployment or its marker edited: the marker cannot be trusted.
 */
export function nameCarriesPr(name: string, pr: number, expected?: string): boolean {
  if (new RegExp(`(?:^|[^A-Za-z0-9])${pr}(?:$|[^A-Za-z0-9])`).test(name)) return true;
  return expected !== undefined && name === expected;
}
