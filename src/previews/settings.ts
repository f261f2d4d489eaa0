import { createHash } from "node:crypto";
import { basename } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { YamlSource } from "../util/yaml-file.js";
import { requireConfiguredAstroId } from "../deploy/targets.js";

/** The `previews:` section of astro-ci.yaml (top level, overridden per `projects:` entry), checked and with defaults. */
export interface PreviewSettings {
  template: { deploymentId?: string; deploymentName?: string; workspaceId?: string };
  /** Name pattern with `{project}`, `{pr}`, `{branch}`, `{repo}`. */
  name: string;
  developmentMode: boolean;
  hibernation?: { sleep: string; wake: string };
  schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
  executor?: "CELERY" | "KUBERNETES" | "ASTRO";
  workerQueues?: { name: string; isDefault?: boolean; workerType?: string; minWorkers?: number; maxWorkers?: number; concurrency?: number }[];
  /** Idle time after which the sweeper removes a preview, in milliseconds. */
  ttlMs: number;
  max: number;
  forks: boolean;
  /** Project-relative path of an airflow_settings.yaml-format file. */
  airflowSettings?: string;
  copyFromTemplate: boolean;
  /** Where the section was written, for messages. */
  file?: string;
  line?: number;
}

type Raw = {
  "template-deployment-id"?: string;
  "template-deployment-name"?: string;
  "workspace-id"?: string;
  name?: string;
  "development-mode"?: boolean;
  hibernation?: { sleep: string; wake: string };
  "scheduler-size"?: PreviewSettings["schedulerSize"];
  executor?: PreviewSettings["executor"];
  "worker-queues"?: { name: string; "is-default"?: boolean; "worker-type"?: string; "min-workers"?: number; "max-workers"?: number; concurrency?: number }[];
  ttl?: string;
  max?: number;
  forks?: boolean;
  "airflow-settings"?: string;
  "copy-from-template"?: boolean;
};

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * A duration like `90m`, `72h`, `7d`, `2w` in milliseconds.
 * @throws ConfigurationError for anything else.
 */
export function parseDuration(text: string, where: { file?: string; line?: number; what: string }): number {
  const match = /^([1-9][0-9]{0,5})([mhdw])$/.exec(text.trim());
  if (!match) throw new ConfigurationError(`${where.what} must be a duration like 72h or 7d, not '${text}'`, { file: where.file, line: where.line, fix: "write a whole number followed by m, h, d or w" });
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

/**
 * The previews settings for the project at `projectPath` (repository-relative, "" for the root): the top-level
 * `previews:` with the matching `projects:` entry's `previews:` over it; undefined when no template is named
 * (previews are not configured).
 * @throws ConfigurationError when both template keys are given, or the name pattern lacks `{pr}`.
 */
export function readPreviewSettings(source: YamlSource | undefined, projectPath: string): PreviewSettings | undefined {
  const value = (source?.value ?? {}) as { previews?: Raw; projects?: { path: string; previews?: Raw }[] };
  const norm = (p: string) => p.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const projectIndex = (value.projects ?? []).findIndex((p) => norm(p.path) === norm(projectPath));
  const override = projectIndex >= 0 ? value.projects?.[projectIndex]?.previews : undefined;
  const raw: Raw = { ...(value.previews ?? {}), ...(override ?? {}) };
  const path = override ? ["projects", projectIndex, "previews"] : ["previews"];
  const line = source?.lineOf(path);
  const file = source?.file;
  if (!raw["template-deployment-id"] && !raw["template-deployment-name"]) return undefined;
  if (raw["template-deployment-id"] && raw["template-deployment-name"]) throw new ConfigurationError("previews names both template-deployment-id and template-deployment-name", { file, line, fix: "keep one of them" });
  requireConfiguredAstroId(raw["template-deployment-id"], "previews.template-deployment-id", source, [...path, "template-deployment-id"]);
  requireConfiguredAstroId(raw["workspace-id"], "previews.workspace-id", source, [...path, "workspace-id"]);
  const name = raw.name ?? "{project}-pr-{pr}";
  if (!name.includes("{pr}")) throw new ConfigurationError(`previews.name '${name}' does not contain {pr}: two pull requests could share a preview`, { file, line: source?.lineOf([...path, "name"]), fix: "add {pr}, e.g. name: \"{project}-pr-{pr}\"" });
  if (/[A-Za-z0-9}]\{pr\}|\{pr\}[A-Za-z0-9{]/.test(name)) throw new ConfigurationError(`previews.name '${name}' runs {pr} into a letter, digit or another token: two pull requests could share a name`, { file, line: source?.lineOf([...path, "name"]), fix: "separate {pr} with '-', e.g. \"{project}-pr-{pr}\"" });
  const unknownToken = /\{(?!project\}|pr\}|branch\}|repo\})[^}]*\}/.exec(name);
  if (unknownToken) throw new ConfigurationError(`previews.name has an unknown token ${unknownToken[0]}`, { file, line: source?.lineOf([...path, "name"]), fix: "use {project}, {pr}, {branch} or {repo}" });
  return {
    template: { deploymentId: raw["template-deployment-id"], deploymentName: raw["template-deployment-name"], workspaceId: raw["workspace-id"] },
    name,
    developmentMode: raw["development-mode"] ?? true,
    hibernation: raw.hibernation,
    schedulerSize: raw["scheduler-size"],
    executor: raw.executor,
    workerQueues: raw["worker-queues"]?.map((q) => ({ name: q.name, isDefault: q["is-default"], workerType: q["worker-type"], minWorkers: q["min-workers"], maxWorkers: q["max-workers"], concurrency: q.concurrency })),
    ttlMs: parseDuration(raw.ttl ?? "7d", { file, line: source?.lineOf([...path, "ttl"]), what: "previews.ttl" }),
    max: raw.max ?? 10,
    forks: raw.forks ?? false,
    airflowSettings: raw["airflow-settings"],
    copyFromTemplate: raw["copy-from-template"] ?? true,
    file,
    line,
  };
}

/** The longest preview name astro-ci makes (short enough for Astro's UI and the namespaces derived from it). */
export const MAX_PREVIEW_NAME = 63;

/**
 * A preview's name from the pattern: tokens replaced, then sanitized to what Astro accepts in a Deployment name
 * (letters, digits, `-`, `_`; runs of anything else become one `-`; no leading or trailing `-`), and cut to
 * {@link MAX_PREVIEW_NAME} characters with `-` and an 8-character hash of the full name when longer. Since the pattern
 * contains `{pr}` (digits survive sanitizing), distinct PRs give distinct names, cut or not.
 */
export function previewName(pattern: string, values: { project: string; pr: number; branch: string; repo: string }): string {
  const full = pattern.replace(/\{(project|pr|branch|repo)\}/g, (_, token: keyof typeof values) => String(values[token]));
  let name = full.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  if (!name) name = `pr-${values.pr}`;
  if (name.length > MAX_PREVIEW_NAME) {
    // A cut name ends with a hash of the full one: the cut may have removed the PR number.
    const hash = createHash("sha256").update(full).digest("hex").slice(0, 8);
    name = `${name.slice(0, MAX_PREVIEW_NAME - 9).replace(/[-_]+$/, "")}-${hash}`;
  }
  return name;
}

/**
 * What `{project}` stands for in a preview's name: the project's `name:` in astro-ci.yaml, else its folder's name; for
 * the repository-root project without a name, the repository's name, never the folder the repository happens to be
 * checked out in (the comment job's PR worktree is a temp folder, `astro-ci-pr-<random>`; a workflow's checkout
 * folder is the repository's name), so every path names a PR's preview alike.
 */
export function previewProjectName(project: { relativePath: string; name: string; root: string }, repository: string): string {
  if ((project.relativePath === "" || project.relativePath === ".") && project.name === (basename(project.root) || "project")) return repository.split("/")[1] || project.name;
  return project.name;
}
