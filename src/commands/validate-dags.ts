import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { DEFAULT_CONFIG_FILE, loadConfig, toPosix, type AstroCiConfig, type FailOn, type ValidateSettings } from "../config/config.js";
import { MAX_IMPORT_TIMEOUT_SECONDS } from "../config/limits.js";
import type { AirflowMode, CommandRunner } from "../dynamic/airflow-environment.js";
import { runDynamicTier, type DynamicSetting, type DynamicTierResult } from "../dynamic/dynamic-tier.js";
import { importResultsToFindings, mergeDagInventories, type FileImportResult, type ProcessRunner } from "../dynamic/run-harness.js";
import { reconcileDuplicateDagIds } from "../dynamic/dag-duplicates.js";
import { separateEnvironmentGaps } from "../dynamic/environment-gaps.js";
import { IMPORT_FAILURE_CHECKS, type DagInfo, type Finding } from "../core/findings.js";
import type { DagDiff } from "../dags/dag-diff.js";
import { isConfigurationError } from "../errors.js";
import { requireRevision, type Git } from "../util/git.js";
import type { Logger } from "../util/logger.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { openAnalysisCache, type AnalysisCache } from "../dags/analysis-cache.js";
import type { FileAnalyzer } from "../dags/analyzer.js";
import { diffDagInventories } from "../dags/dag-diff.js";
import { failsAt, validateProject, zipFilesToImport, type ProjectValidation, type ValidateProjectDeps } from "../dags/validate.js";


/** The document every validate-dags reporter renders (text, Markdown, SARIF, JSON, check runs). */
export interface ValidationReport {
  tool: { name: string; version: string };
  configFile?: string;
  projects: (ProjectValidation & { failOn: FailOn; failed: boolean; dagDiff?: DagDiffResult; dynamic: DynamicSummary })[];
  findings: Finding[];
  counts: { errors: number; warnings: number; notices: number; dags: number; files: number };
  failed: boolean;
}

/** What the dynamic tier did for a project, for the summary. */
export interface DynamicSummary {
  status: DynamicTierResult["status"];
  message: string;
  environment?: string;
  airflowVersion?: string;
}

/** The DAG diff against the PR's (or `--base`) commit; `skipped` says why, and `fix` how to have it next time. */
export type DagDiffResult = { status: "computed"; base: string; diff: DagDiff } | { status: "skipped"; reason: string; fix?: string };

export interface RunValidationOptions {
  repoRoot: string;
  configPath?: string;
  /** The config already loaded from `repoRoot`, `configPath` and `projectPath` (the CLI's replay states it first); read here otherwise. */
  config?: AstroCiConfig;
  projectPath?: string;
  /** Directory for the analysis cache (see openAnalysisCache); no cache when undefined. */
  cacheDir?: string;
  /** A file's status stated before the run read anything (the CLI's replay snapshot): its stat index need not state it again. */
  statOf?: ValidateProjectDeps["statOf"];
  /** Commit to diff DAGs against (a PR's base); no diff when undefined. */
  baseRef?: string;
  git?: Git;
  analyzer: FileAnalyzer;
  logger: Logger;
  /** Where the analysis cache's notices about itself go (a damaged pack, a folder it cannot use); default `logger`. */
  cacheLogger?: Logger;
  /** See ValidateProjectDeps.cacheCountsMayChange. */
  cacheCountsMayChange?: () => void;
  /**
   * When given, each project's analysis cache is saved while the run goes on (the dynamic tier, the next project, the
   * caller's report): the save's promise is handed here instead of awaited, and its debug line comes when it ends. It
   * never rejects (a failed save says so through `cacheLogger`); the caller awaits it before it relies on the pack on
   * disk, and before the process ends.
   */
  saveCacheInBackground?: (saving: Promise<void>) => void;
  /** Overrides every project's `validate.fail-on` (the action's `fail-on` input). */
  failOn?: FailOn;
  /** Overrides every project's `validate.max-file-size` (bytes; the CLI's `--max-file-size`). */
  maxFileSize?: number;
  /** Dynamic import checks: overrides `validate.dynamic` / `validate.airflow` when set; `defaults` apply otherwise. */
  dynamic?: { setting?: DynamicSetting; mode?: AirflowMode; stubLookups?: boolean; defaults: { setting: DynamicSetting; mode: AirflowMode }; workDir: string; jobs?: number; importTimeoutSeconds?: number; commandRunner?: CommandRunner; processRunner?: ProcessRunner; env?: NodeJS.ProcessEnv };
}

export async function runValidation(options: RunValidationOptions): Promise<ValidationReport> {
  const config = options.config ?? (await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectPath }));
  // One astro-ci.yaml is read, the repository root's (or --config): one in a project folder would otherwise be
  // skipped without a word (a tester's broken config there passed with exit 0).
  const readConfig = config.file === undefined ? undefined : resolve(config.repoRoot, config.file);
  for (const entry of config.projects) {
    const beside = join(entry.root, DEFAULT_CONFIG_FILE);
    if (beside !== readConfig && existsSync(beside)) {
      options.logger.warning(
        `${toPosix(relative(config.repoRoot, beside)) || DEFAULT_CONFIG_FILE} is not read: astro-ci reads one ${DEFAULT_CONFIG_FILE}, at the repository root (${config.file ?? `${config.repoRoot} has none`}). Fix: move its settings there (under projects: for one project of several), or pass --config ${toPosix(relative(config.repoRoot, beside))}`,
      );
    }
  }
  const projects: ValidationReport["projects"] = [];
  // Resolved once, for the first project that needs it: every project diffs against the same commit.
  let base: BaseCommit | undefined;
  for (const configured of config.projects) {
    const entry = options.maxFileSize === undefined ? configured : { ...configured, validate: { ...configured.validate, maxFileSize: options.maxFileSize } };
    // Keyed by the project's absolute folder: one cache directory (the CLI's default) serves every project.
    const cache = options.cacheDir ? await openAnalysisCache(options.cacheDir, entry.root, options.cacheLogger ?? options.logger) : undefined;
    const result = await validateProject(entry, { repoRoot: config.repoRoot, analyzer: options.analyzer, cache, statOf: options.statOf, logger: options.logger, cacheCountsMayChange: options.cacheCountsMayChange }, config.file);
    let dagDiff: DagDiffResult | undefined;
    if (options.baseRef && options.git) {
      base ??= await resolveBaseCommit(options.git, options.baseRef);
      dagDiff =
        base.status === "missing"
          ? { status: "skipped", reason: `the base ${options.baseRef} ${base.why}`, fix: base.fix }
          : await computeDagDiff(result, entry.relativePath, base.sha, options.git, options, cache, config.file);
    }
    const saved = (cache?.save() ?? Promise.resolve()).then(() => options.logger.debug(`${entry.name}: cache saved (${Math.round(performance.now())} ms since start)`));
    if (options.saveCacheInBackground && cache) options.saveCacheInBackground(saved);
    else await saved;
    const dynamic = await runDynamicForProject(result, entry.validate, options);
    if (dagDiff?.status === "computed") markNotLoaded(dagDiff.diff, result.dags);
    const failOn = options.failOn ?? entry.validate.failOn;
    projects.push({ ...result, failOn, failed: failsAt(result.findings, failOn), dagDiff, dynamic });
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
      // What Airflow loads: DAGs the dynamic tier found not loaded are listed (marked) but not counted.
      dags: projects.reduce((n, p) => n + p.dags.filter((d) => d.loaded !== false).length, 0),
      files: projects.reduce((n, p) => n + p.filesChecked.length, 0),
    },
    failed: projects.some((p) => p.failed),
  };
}

/**
 * Import the project's DAG files with real Airflow when one can be had, and fold the results into the static ones:
 * import errors join the findings (except where a syntax error already explains the failure), and what Airflow saw
 * of each DAG replaces what the static analysis could not know.
 */
async function runDynamicForProject(result: ProjectValidation, settings: ValidateSettings, options: RunValidationOptions): Promise<DynamicSummary> {
  const dynamicOptions = options.dynamic;
  if (!dynamicOptions) return { status: "off", message: "dynamic import checks are off" };
  const setting = dynamicOptions.setting ?? settings.dynamic ?? dynamicOptions.defaults.setting;
  const mode = dynamicOptions.mode ?? settings.airflow ?? dynamicOptions.defaults.mode;
  // The zipped DAG bundles the static tier skips: DagBag imports them, and so does the dynamic tier.
  const zips = zipFilesToImport(result.filesSkipped);
  // The project's `AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT` of 0 or less: Airflow imports with no timeout, and astro-ci
  // stops an import only at its own limit (the --import-timeout maximum), so a run cannot hang for ever.
  const timeoutSeconds = dynamicOptions.importTimeoutSeconds ?? settings.importTimeout ?? (result.importTimeoutSeconds === 0 ? MAX_IMPORT_TIMEOUT_SECONDS : result.importTimeoutSeconds) ?? 30;
  const noAirflowTimeout = dynamicOptions.importTimeoutSeconds === undefined && settings.importTimeout === undefined && result.importTimeoutSeconds === 0;
  const tier = await runDynamicTier({
    setting,
    mode,
    projectRoot: result.root,
    repoRoot: options.repoRoot,
    airflowVersion: result.airflowVersion,
    runtimeImage: result.runtimeImage,
    // The .py files the static tier read, and the zipped DAG bundles it does not (DagBag imports those too).
    files: [...result.filesChecked, ...zips].map((file) => join(options.repoRoot, file)),
    integrityExceptions: result.dagIntegrityExceptions,
    timeoutSeconds,
    cacheDir: dynamicOptions.workDir,
    jobs: dynamicOptions.jobs,
    stubLookups: dynamicOptions.stubLookups ?? settings.stubLookups ?? true,
    commandRunner: dynamicOptions.commandRunner,
    processRunner: dynamicOptions.processRunner,
    env: dynamicOptions.env,
    logger: options.logger,
  });
  // The report carries the tier's message (text, JSON, summary): logging it too printed it twice.
  if (tier.status !== "off") options.logger.debug(`${result.name}: ${tier.message}`);
  if (tier.status === "ran") {
    // Zipped bundles the import checked count among the files checked (the static tier still lists them as skipped).
    if (zips.length > 0) result.filesChecked = [...result.filesChecked, ...zips];
    const imported = importResultsToFindings(tier.results, { repoRoot: options.repoRoot, staticDags: result.dags, duplicateLevel: settings.checks["duplicate-dag-id"]?.level });
    if (noAirflowTimeout) {
      for (const finding of imported.filter((f) => f.checkId === "import-timeout")) {
        finding.message += ` (the project sets AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT to 0 or less: Airflow imports with no timeout, so its scheduler would keep parsing this file; astro-ci stops an import after ${MAX_IMPORT_TIMEOUT_SECONDS} s, its own limit)`;
      }
    }
    // What the Python the check imported with lacks (a requirement, the runtime's Python version) is not the DAG's fault.
    const findings = separateEnvironmentGaps(imported, { staticFindings: result.findings, resolveModule: result.resolveModule, runtimePython: result.pythonVersion, importPython: tier.pythonVersion });
    result.findings.push(...mergeCycleErrors(result.findings, mergeSyntaxErrors(result.findings, findings)));
    softenRefutedImportFailures(result.findings, tier.results, { repoRoot: options.repoRoot, projectAirflow: result.airflowVersion, importAirflow: tier.airflowVersion });
    // A file that failed only for want of what the runtime has keeps its DAGs as the static tier read them.
    const failedHere = (checkId: string): Set<string> => new Set(findings.filter((f) => f.checkId === checkId).map((f) => f.file));
    const gapsOnly = failedHere("import-environment");
    for (const file of [...failedHere("import-error"), ...failedHere("import-timeout"), ...failedHere("import-crash")]) gapsOnly.delete(file);
    const results = tier.results.filter((r) => !gapsOnly.has(toPosix(relative(options.repoRoot, r.file))));
    result.dags = mergeDagInventories(result.dags, results, { repoRoot: options.repoRoot });
    result.findings = reconcileDuplicateDagIds(result.findings, result.dags, settings.checks["duplicate-dag-id"]?.level ?? "error");
    // An @dag function the static reading saw no call of, whose DAG the import made (called from another file's function).
    const loadedIds = new Set(result.dags.filter((d) => d.loaded !== false && typeof d.dagId === "string").map((d) => d.dagId as string));
    result.findings = result.findings.filter((f) => f.checkId !== "dag-never-created" || f.dagId === undefined || !loadedIds.has(f.dagId));
    result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId));
  } else if (setting === "required" && tier.status !== "off") {
    // Asked for and not had: that fails the run, with the reason on the project's Dockerfile.
    result.findings.push({ checkId: "dynamic-unavailable", severity: "error", file: result.path ? `${result.path}/Dockerfile` : "Dockerfile", line: 1, message: tier.message, fix: "install Airflow, allow the venv or image mode, or set dynamic: auto" });
  }
  return { status: tier.status, message: tier.message, environment: tier.environment, airflowVersion: tier.airflowVersion };
}

/** The DAG diff's base: a full commit SHA, or missing from the clone with why (a predicate: "is not in…") and the fix. */
export type BaseCommit = { status: "resolved"; sha: string } | { status: "missing"; why: string; fix: string };

/**
 * Resolve `ref` (a commit SHA, a branch, `origin/main`...) to the commit a DAG diff compares against: looked up in
 * the clone, else fetched from `origin` (that one commit, `git fetch --depth=1`). When neither works — a typo, or
 * a shallow checkout (actions/checkout's default `fetch-depth: 1` holds only the head commit) whose origin cannot
 * be reached or no longer has the commit — returns `missing` with the reason and the fix (`git fetch --depth=1
 * origin <ref>`, or `fetch-depth: 0`). Callers decide: the CLI refuses (exit 2), the action warns and skips the diff.
 * Throws ConfigurationError when `ref` is not shaped like a revision (`requireRevision`), before git sees it.
 */
export async function resolveBaseCommit(git: Git, ref: string): Promise<BaseCommit> {
  requireRevision(ref, "the base revision");
  if ((await git.hasCommit(ref)) || ((await git.fetchCommit(ref)) && (await git.hasCommit(ref)))) {
    return { status: "resolved", sha: await git.revParse(ref) };
  }
  const kind = await git.cloneKind();
  if (kind === "none") return { status: "missing", why: "cannot be looked up: not inside a git repository", fix: "validate a git clone (actions/checkout), or leave out the base" };
  // `origin/main` is fetched as `main` (fetching updates origin/main too); anything else as it was given.
  const fetchName = ref.replace(/^(?:refs\/remotes\/)?origin\//, "");
  const fetch = `check out the whole history (actions/checkout with \`fetch-depth: 0\`), or fetch the base before validating (\`git fetch --depth=1 origin ${fetchName}\`)`;
  if (kind === "shallow") {
    return {
      status: "missing",
      why: "is not in this clone, which is shallow (actions/checkout's default `fetch-depth: 1` fetches only the head commit), and fetching it from origin failed",
      fix: fetch,
    };
  }
  return { status: "missing", why: "does not name a commit in this repository, and fetching it from origin failed", fix: `check the name (a commit SHA, a branch, or origin/BRANCH); ${fetch}` };
}

/**
 * Statically inventory the same project at the base commit (a full SHA, from `resolveBaseCommit`) and diff the
 * DAGs. Unchanged files come from the content cache, so this costs little more than the changed files.
 */
async function computeDagDiff(
  head: ProjectValidation,
  projectPath: string,
  base: string,
  git: Git,
  options: RunValidationOptions,
  cache: AnalysisCache | undefined,
  configFile: string | undefined,
): Promise<DagDiffResult> {
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
    // The base tree is a fresh temp dir every run: its files hit the content cache, but their stats mean nothing later.
    const baseResult = await validateProject(baseEntry, { repoRoot: tree.dir, analyzer: options.analyzer, cache, statIndex: false, logger: options.logger }, configFile);
    return { status: "computed", base, diff: diffDagInventories(baseResult.dags, head.dags) };
  } catch (error) {
    const reason = isConfigurationError(error) ? error.describe() : (error as Error).message;
    return { status: "skipped", reason: `the project at the base commit could not be analysed: ${reason}` };
  } finally {
    await tree.cleanup();
  }
}

/**
 * One syntax error per file, not two: where the static check (ruff's parser) and Airflow's import (CPython's own
 * compiler) both report one, the static finding keeps its place and column but takes CPython's line and message
 * when they differ (CPython names the unclosed bracket where ruff names where parsing stopped), and says what ruff
 * said. Other import findings are returned to be added.
 */
export function mergeSyntaxErrors(staticFindings: Finding[], importFindings: Finding[]): Finding[] {
  const rest: Finding[] = [];
  for (const finding of importFindings) {
    const syntax = staticFindings.find((f) => f.checkId === "syntax-error" && f.file === finding.file);
    if (!syntax || finding.checkId !== "import-error") {
      rest.push(finding);
      continue;
    }
    const python = /((?:SyntaxError|IndentationError|TabError)\b.*)$/.exec(finding.message)?.[1];
    if (!python) continue; // the file does not compile: that explains the import error
    if (finding.line !== syntax.line || !syntax.message.includes(python)) {
      const ruff = `${syntax.message} (line ${syntax.line})`;
      syntax.message = `${python} (Python, as Airflow imports it); the static check says: ${ruff}`;
      if (finding.line !== syntax.line) {
        syntax.line = finding.line;
        delete syntax.column;
        delete syntax.endLine;
        delete syntax.endColumn;
      }
    }
  }
  return rest;
}

/**
 * One finding per cycle, not two: where the static `dag-cycle` (on the dependency that closes the loop) and DagBag's
 * AirflowDagCycleException (no traceback: on the DAG's line) report the same DAG's cycle, the static finding keeps
 * its more precise line, quotes DagBag's message (which names the faulty task), and takes the import's severity when
 * that is higher. Matched by file and dag_id (a static cycle whose DAG has no literal id, when it is the file's only
 * one). Other import findings are returned to be added.
 */
export function mergeCycleErrors(staticFindings: Finding[], importFindings: Finding[]): Finding[] {
  const rank = { error: 3, warning: 2, notice: 1 } as const;
  const rest: Finding[] = [];
  for (const finding of importFindings) {
    const dagbag = finding.checkId === "import-error" ? /AirflowDagCycleException: Cycle detected in DAG: (.+)\. Faulty task: .*$/.exec(finding.message) : null;
    const cycles = dagbag ? staticFindings.filter((f) => f.checkId === "dag-cycle" && f.file === finding.file) : [];
    const cycle = cycles.find((f) => f.dagId === (finding.dagId ?? dagbag?.[1])) ?? (cycles.length === 1 && cycles[0]?.dagId === undefined ? cycles[0] : undefined);
    if (!dagbag || !cycle) {
      rest.push(finding);
      continue;
    }
    cycle.message += `; DagBag's import error: ${dagbag[0]}`;
    if (rank[finding.severity] > rank[cycle.severity]) cycle.severity = finding.severity;
  }
  return rest;
}

/**
 * A static error that says the import fails, on a file the dynamic tier imported without any error, with the
 * project's own Airflow minor version: Airflow refuted it (a helper in another module changed the value the static
 * check read, a name came from where a static reading cannot see). It stays, as a warning that says so, and no
 * longer fails the run. Findings are changed in place; files are repository-relative, as in the findings.
 */
export function softenRefutedImportFailures(findings: Finding[], results: FileImportResult[], versions: { repoRoot: string; projectAirflow: string; importAirflow: string | undefined }): void {
  const minor = (version: string | undefined): string | undefined => /^(\d+\.\d+)/.exec(version ?? "")?.[1];
  if (minor(versions.importAirflow) === undefined || minor(versions.importAirflow) !== minor(versions.projectAirflow)) return;
  const clean = new Set(results.filter((r) => r.status === "ok" && r.import_errors.length === 0).map((r) => toPosix(relative(versions.repoRoot, r.file))));
  for (const finding of findings) {
    if (finding.severity !== "error" || !IMPORT_FAILURE_CHECKS.has(finding.checkId) || !clean.has(finding.file)) continue;
    finding.severity = "warning";
    finding.message += ` (but Airflow ${versions.importAirflow} imported the file without an error in the dynamic check: the static reading missed something, such as a helper changing the value, or the failure depends on the environment)`;
  }
}

/** Carry the dynamic tier's `loaded: false` marks onto the DAG diff's head DAGs (same file and dag_id). */
function markNotLoaded(diff: DagDiff, merged: DagInfo[]): void {
  const mark = (dag: DagInfo): void => {
    const found = merged.find((m) => m.file === dag.file && m.dagId === dag.dagId && m.loaded === false);
    if (found) Object.assign(dag, { loaded: false, notLoadedReason: found.notLoadedReason });
  };
  diff.added.forEach(mark);
  diff.renamed.forEach((r) => mark(r.after));
  diff.changed.forEach((c) => mark(c.dag));
}
