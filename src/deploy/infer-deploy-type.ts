import type { Git } from "../util/git.js";

export type DeployKind = "dags-only" | "image-and-dags" | "none";

export interface InferredDeploy {
  type: DeployKind;
  reason: string;
  changedFiles: string[];
  comparedFrom?: string;
}

const ZERO_SHA = /^0+$/;

/** `./astro`, `astro/`, `/astro`, `.` and `""` all name the same project folder (the anchor's bug #123). */
export function normalizeProjectPath(path: string): string {
  const cleaned = path.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  return cleaned === "." ? "" : cleaned;
}

/**
 * What to deploy, from the files changed since the last deployed commit: only changes inside `<project>/dags/` make a
 * DAG-only deploy; any other change in the project (Dockerfile, requirements, packages, plugins, include, .astro)
 * needs an image; changes under `<project>/tests/` or outside the project deploy nothing.
 */
export async function inferDeployType(options: { git: Git; projectPath: string; dagsDir?: string; from?: string; fallbackFrom?: string; to: string }): Promise<InferredDeploy> {
  const project = normalizeProjectPath(options.projectPath);
  const prefix = project ? `${project}/` : "";
  const dagsPrefix = `${prefix}${options.dagsDir ?? "dags"}/`;
  let base: string | undefined;
  for (const candidate of [options.from, options.fallbackFrom]) {
    if (!candidate || ZERO_SHA.test(candidate)) continue;
    if ((await options.git.hasCommit(candidate)) || ((await options.git.fetchCommit(candidate)) && (await options.git.hasCommit(candidate)))) {
      base = candidate;
      break;
    }
  }
  if (!base) {
    return {
      type: "image-and-dags",
      reason: options.from || options.fallbackFrom ? "the last deployed commit is not in this repository's history (force push or shallow clone): full deploy" : "no previous deploy to compare with (first deploy or new branch): full deploy",
      changedFiles: [],
    };
  }
  const changed = await options.git.diffNames(base, options.to);
  const inProject = changed.filter((f) => f.startsWith(prefix));
  const relevant = inProject.filter((f) => !f.startsWith(`${prefix}tests/`));
  if (relevant.length === 0) {
    return { type: "none", reason: inProject.length ? "only tests changed in the project: nothing to deploy" : changed.length ? "no change inside the project" : "no change since the last deploy", changedFiles: changed, comparedFrom: base };
  }
  const outsideDags = relevant.filter((f) => !f.startsWith(dagsPrefix));
  if (outsideDags.length === 0) return { type: "dags-only", reason: `only DAG files changed (${relevant.length})`, changedFiles: changed, comparedFrom: base };
  return { type: "image-and-dags", reason: `${outsideDags.slice(0, 3).join(", ")}${outsideDags.length > 3 ? "…" : ""} changed: the image must be rebuilt`, changedFiles: changed, comparedFrom: base };
}
