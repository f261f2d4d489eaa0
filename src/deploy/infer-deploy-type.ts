import type { Git } from "../util/git.js";
import { parseDockerignore, type DockerIgnore } from "./dockerignore.js";

export type DeployKind = "dags-only" | "image-and-dags" | "none";

export interface InferredDeploy {
  type: DeployKind;
  reason: string;
  changedFiles: string[];
  /** The commit the DAG change was measured from. */
  comparedFrom?: string;
  /** The commit the image change was measured from (the last image deploy's), when it is not `comparedFrom`. */
  imageComparedFrom?: string;
}

const ZERO_SHA = /^0+$/;

/** `./astro`, `astro/`, `/astro`, `.` and `""` all name the same project folder (the anchor's bug #123). */
export function normalizeProjectPath(path: string): string {
  const cleaned = path.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  return cleaned === "." ? "" : cleaned;
}

/**
 * What a changed file means for a deploy:
 * - `dags`: under the project's DAG folder (DAG-only deploy; in the image when DAG deploys are off);
 * - `image`: the image must be rebuilt (Dockerfile, .dockerignore, requirements.txt, packages.txt, include/, plugins/
 *   and anything not known to be harmless);
 * - `none`: cannot change what Airflow runs: outside the project, under tests/, never sent to the image build (the
 *   project's .dockerignore excludes it), or in the image but read by nothing that runs (see classifyChange).
 */
export type ChangeKind = "dags" | "image" | "none";

/** Files that always need an image, whatever .dockerignore says (Docker uses Dockerfile and .dockerignore anyway). */
const ALWAYS_IMAGE = new Set(["Dockerfile", ".dockerignore", "requirements.txt", "packages.txt"]);

/**
 * Project files that are in the image but read by nothing Airflow runs: the astro CLI's project settings and its
 * `astro dev parse` test (`.astro/`), the project's top-level Markdown docs and .gitignore. The rest of `.astro/` is
 * treated as an image change (conservative).
 */
const NOT_RUNTIME_ASTRO = new Set([".astro/config.yaml", ".astro/test_dag_integrity_default.py", ".astro/dag_integrity_exceptions.txt"]);

/**
 * Classify one repository-relative path for a project at `project` (normalized, "" for the repository root).
 * `dockerignore` is the project's .dockerignore (undefined: none, or one Docker refuses: nothing is excluded).
 */
export function classifyChange(file: string, project: string, dockerignore?: DockerIgnore, dagsDir = "dags"): ChangeKind {
  const prefix = project ? `${project}/` : "";
  if (!file.startsWith(prefix)) return "none";
  const rel = file.slice(prefix.length);
  if (rel.startsWith("tests/")) return "none";
  if (rel.startsWith(`${dagsDir}/`)) return "dags";
  if (ALWAYS_IMAGE.has(rel)) return "image";
  // The repository's own tooling, inside a root-level project (in a subfolder project it is outside the project).
  if (!project && (rel.startsWith(".github/") || rel === "astro-ci.yaml")) return "none";
  if (!rel.includes("/") && (/\.md$/i.test(rel) || rel === ".gitignore")) return "none";
  if (NOT_RUNTIME_ASTRO.has(rel)) return "none";
  if (dockerignore?.excludes(rel)) return "none";
  return "image";
}

/** The project's .dockerignore at commit `rev`, as Docker reads it; undefined when there is none (or Docker would refuse it). */
export async function readDockerignoreAt(git: Git, rev: string, project: string): Promise<DockerIgnore | undefined> {
  const path = project ? `${project}/.dockerignore` : ".dockerignore";
  const entry = (await git.listTree(rev, path)).find((e) => e.path === path);
  // A symlink, a submodule or an oversized file: not read, so nothing counts as excluded.
  if (!entry || entry.type !== "blob" || entry.mode === "120000" || entry.size > 1024 * 1024) return undefined;
  let text = "";
  for await (const blob of git.readBlobs([entry.objectId])) text += blob.toString("utf8");
  const parsed = parseDockerignore(text);
  return "error" in parsed ? undefined : parsed;
}

async function available(git: Git, sha: string | undefined): Promise<boolean> {
  if (!sha || ZERO_SHA.test(sha)) return false;
  return (await git.hasCommit(sha)) || ((await git.fetchCommit(sha)) && (await git.hasCommit(sha)));
}

/** The first three files of a list, for a reason shown to the user (`a, b, c…`). */
export function list(files: string[]): string {
  return `${files.slice(0, 3).join(", ")}${files.length > 3 ? "…" : ""}`;
}

/**
 * What to deploy to go from what the Deployment runs to commit `to`:
 * - `from`: the commit of the DAGs it runs (its last deploy that shipped DAGs); a change under `<project>/dags/`
 *   since it ships the DAGs;
 * - `imageFrom`: the commit of the image it runs (its last image deploy), `from` when not given; a change since it
 *   that reaches the image (`classifyChange`) rebuilds the image (and ships the DAGs with it).
 * A base that is not given or not in the history makes a full deploy: nothing else says what the Deployment runs.
 */
export async function inferDeployType(options: { git: Git; projectPath: string; dagsDir?: string; from?: string; imageFrom?: string; to: string }): Promise<InferredDeploy> {
  const { git, to } = options;
  const project = normalizeProjectPath(options.projectPath);
  const dagsDir = options.dagsDir ?? "dags";
  const from = options.from;
  const imageFrom = options.imageFrom ?? from;
  if (!from || !(await available(git, from))) {
    return {
      type: "image-and-dags",
      reason: from ? "the last deployed commit is not in this repository's history (force push or shallow clone): full deploy" : "no previous deploy to compare with (first deploy or new branch): full deploy",
      changedFiles: [],
    };
  }
  if (imageFrom !== from && !(await available(git, imageFrom))) {
    return { type: "image-and-dags", reason: `the commit of the last image deploy (${(imageFrom as string).slice(0, 12)}) is not in this repository's history (force push or shallow clone): full deploy`, changedFiles: [] };
  }
  const base = imageFrom as string;
  const dagDiff = await git.diffNames(from, to);
  const imageDiff = base === from ? dagDiff : await git.diffNames(base, to);
  let dockerignore: DockerIgnore | undefined;
  let readIgnore = false;
  const kind = async (file: string): Promise<ChangeKind> => {
    const quick = classifyChange(file, project, undefined, dagsDir);
    if (quick !== "image") return quick;
    if (!readIgnore) {
      dockerignore = await readDockerignoreAt(git, to, project);
      readIgnore = true;
    }
    return classifyChange(file, project, dockerignore, dagsDir);
  };
  const changedFiles = [...new Set([...dagDiff, ...imageDiff])];
  const kinds = new Map<string, ChangeKind>();
  for (const file of changedFiles) kinds.set(file, await kind(file));
  const imageFiles = imageDiff.filter((f) => kinds.get(f) === "image");
  const dagFiles = dagDiff.filter((f) => kinds.get(f) === "dags");
  const result = { changedFiles, comparedFrom: from, ...(base !== from ? { imageComparedFrom: base } : {}) };
  if (imageFiles.length) {
    const since = base !== from ? ` since the last image deploy (${base.slice(0, 12)})` : "";
    return { type: "image-and-dags", reason: `${list(imageFiles)} changed${since}: the image must be rebuilt`, ...result };
  }
  if (dagFiles.length) return { type: "dags-only", reason: `only DAG files changed (${dagFiles.length})`, ...result };
  // Nothing to ship: say why, from what changed since the last deploy of the DAGs.
  const prefix = project ? `${project}/` : "";
  const considered = dagDiff;
  const inProject = considered.filter((f) => f.startsWith(prefix));
  const harmless = inProject.filter((f) => !f.slice(prefix.length).startsWith("tests/"));
  const reason =
    considered.length === 0
      ? "no change since the last deploy"
      : inProject.length === 0
        ? "no change inside the project"
        : harmless.length === 0
          ? "only tests changed in the project: nothing to deploy"
          : `only files that never reach Airflow changed (${list(harmless)}: left out of the image by .dockerignore, or read by nothing Airflow runs): nothing to deploy`;
  return { type: "none", reason, ...result };
}
