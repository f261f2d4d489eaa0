import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, type FailOn } from "../config/config.js";
import { isConfigurationError } from "../errors.js";
import type { Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { openAnalysisCache, type AnalysisCache } from "./analysis-cache.js";
import type { FileAnalyzer } from "./analyzer.js";
import { diffDagInventories, type DagDiff } from "./dag-diff.js";
import { failsAt, validateProject, type ProjectValidation } from "./validate.js";
import type { Finding } from "./types.js";

export interface ValidationReport {
  tool: { name: string; version: string };
  configFile?: string;
  projects: (ProjectValidation & { failOn: FailOn; failed: boolean; dagDiff?: DagDiffResult })[];
  findings: Finding[];
  counts: { errors: number; warnings: number; notices: number; dags: number; files: number };
  failed: boolean;
}

export type DagDiffResult = { status: "computed"; base: string; diff: DagDiff } | { status: "skipped"; reason: string };

export interface RunValidationOptions {
  repoRoot: string;
  configPath?: string;
  projectPath?: string;
  /** Directory for the content-hash cache; none when undefined. */
  cacheDir?: string;
  /** Commit to diff DAGs against (a PR's base); no diff when undefined. */
  baseRef?: string;
  git?: Git;
  analyzer: FileAnalyzer;
  logger: Logger;
  /** Overrides every project's `validate.fail-on` (the action's `fail-on` input). */
  failOn?: FailOn;
}

export async function runValidation(options: RunValidationOptions): Promise<ValidationReport> {
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectPath });
  const projects: ValidationReport["projects"] = [];
  for (const entry of config.projects) {
    const cache = options.cacheDir ? await openAnalysisCache(options.cacheDir, entry.relativePath || ".", options.logger) : undefined;
    const result = await validateProject(entry, { repoRoot: config.repoRoot, analyzer: options.analyzer, cache, logger: options.logger }, config.file);
    let dagDiff: DagDiffResult | undefined;
    if (options.baseRef && options.git) {
      dagDiff = await computeDagDiff(result, entry.relativePath, options.baseRef, options.git, options, cache, config.file);
    }
    await cache?.save();
    options.logger.debug(`${entry.name}: cache saved`);
    const failOn = options.failOn ?? entry.validate.failOn;
    projects.push({ ...result, failOn, failed: failsAt(result.findings, failOn), dagDiff });
  }
  const findings = projects.flatMap((p) => p.findings);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    configFile: config.file,
    projects,
    findings,
    counts: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      notices: findings.filter((f) => f.severity === "notice").length,
      dags: projects.reduce((n, p) => n + p.dags.length, 0),
      files: projects.reduce((n, p) => n + p.filesChecked.length, 0),
    },
    failed: projects.some((p) => p.failed),
  };
}

/**
 * Statically inventory the same project at the base commit and diff the DAGs. Unchanged files come from the
 * content cache, so this costs little more than the changed files.
 */
async function computeDagDiff(
  head: ProjectValidation,
  projectPath: string,
  baseRef: string,
  git: Git,
  options: RunValidationOptions,
  cache: AnalysisCache | undefined,
  configFile: string | undefined,
): Promise<DagDiffResult> {
  let base = baseRef;
  if (!(await git.hasCommit(base))) {
    if (!(await git.fetchCommit(base)) || !(await git.hasCommit(base))) {
      return { status: "skipped", reason: `base commit ${baseRef} is not available (check out with fetch-depth: 0)` };
    }
  }
  base = await git.revParse(base);
  const tree = await git.exportTree(base, projectPath);
  try {
    const baseRoot = join(tree.dir, projectPath);
    if (!existsSync(join(baseRoot, "dags"))) {
      return { status: "computed", base, diff: diffDagInventories([], head.dags) };
    }
    const config = await loadConfig({ repoRoot: tree.dir, projectPath: projectPath || "." }).catch(() => undefined);
    const entry = config?.projects[0];
    if (!entry) return { status: "skipped", reason: "the project could not be read at the base commit" };
    // The head's settings apply to both sides: the diff is about DAGs, not about config changes.
    const baseEntry = { ...entry, validate: { ...entry.validate, checks: {} } };
    const baseResult = await validateProject(baseEntry, { repoRoot: tree.dir, analyzer: options.analyzer, cache, logger: options.logger }, configFile);
    return { status: "computed", base, diff: diffDagInventories(baseResult.dags, head.dags) };
  } catch (error) {
    const reason = isConfigurationError(error) ? error.describe() : (error as Error).message;
    return { status: "skipped", reason: `the project at the base commit could not be analysed: ${reason}` };
  } finally {
    await tree.cleanup();
  }
}
