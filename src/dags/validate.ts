import { nearestName } from "../util/nearest-name.js";
import { posix } from "node:path";
import picomatchLike from "ignore";
import { ConfigurationError } from "../errors.js";
import { formatByteSize } from "../util/numbers.js";
import { fileTooLargeError, readRegularFileSync } from "../util/read-file-sync.js";
import type { ProjectEntry, ValidateSettings, FailOn } from "../config/config.js";
import { loadProject, type AstroProject } from "../project/project.js";
import { installedDistributionNames } from "../project/requirements.js";
import type { Logger } from "../util/logger.js";
import type { AnalysisInput, FileAnalysis } from "./analyze-file.js";
import { analysisKey, contentHash, createStatIndexSession, digestOf, judgedKey, type AnalysisCache, type FileStat, type StatIndexSession } from "./analysis-cache.js";
import type { FileAnalyzer } from "./analyzer.js";
import type { JudgedRecord } from "./analysis-records.js";
import { mapWithConcurrency, safeModeWords } from "../project/discovery.js";
import { airflowCreates, CHECKS, exclusiveBranches, runFileChecks, runProjectChecks, applySuppressions, type CheckSettings } from "./checks.js";
import { createModuleResolver, type ModuleResolver } from "./module-resolver.js";
import { projectModuleNames, resolveProjectDagClasses } from "./project-classes.js";
import { resolveProjectFactories } from "./project-factories.js";
import { helperImportFindings, parseTimeProjectImports, type HelperImporter } from "./helper-modules.js";
import { reimportRefs } from "./reimported-dags.js";
import { defaultRuffLevel, ruffDiagnosticsToFindings, starNameReads, undefinedNameFindings, withHelperBuiltins, withoutAnsweredAir002 } from "./ruff.js";
import { isUnknown, refusesOnlyItsDag, saysImportFails, type DagInfo, type Finding, type Level, type Severity } from "../core/findings.js";

/** Checks the toolkit itself reports, besides those in CHECKS and ruff's AIR codes. */
export const BUILTIN_CHECKS = [
  { id: "syntax-error", defaultLevel: "error" as Level, description: "The file does not compile with the project's Python (ruff's parser), or cannot be decoded." },
  { id: "airflowignore-invalid", defaultLevel: "warning" as Level, description: "A line of .airflowignore that Airflow skips (invalid pattern)." },
  { id: "dags-folder-problem", defaultLevel: "warning" as Level, description: "Something in dags/ Airflow cannot read: a looping file symlink, a dangling symlink or a FIFO, socket or device it skips (warning), an unreadable file or folder, or a folder symlink looping back into the DAG folder, which fails the whole folder (error)." },
  { id: "file-too-large", defaultLevel: "warning" as Level, description: "A DAG file above validate.max-file-size: not parsed, so not checked (Airflow still imports it)." },
  { id: "dag-file-ignored", defaultLevel: "notice" as Level, description: "A file that looks like a DAG file (safe mode's test) is hidden by .airflowignore." },
  { id: "zip-not-checked", defaultLevel: "notice" as Level, description: "A zipped DAG bundle: listed, not statically checked." },
  {
    id: "undefined-name",
    defaultLevel: "error" as Level,
    description: "A name used where nothing defines it (ruff's F821): NameError when Airflow imports the file (module-level code and the functions it calls), else a warning at most (a task's or callback's body, which fails when it runs).",
  },
  {
    id: "helper-import-failed",
    defaultLevel: "error" as Level,
    description:
      "A DAG file imports at parse time a project module (include/, plugins/, dags/) that itself fails to import: a syntax error, a module-level import nothing installs, a module-level undefined name, in it or in a project module it imports. Importing the DAG file fails; each cause at most at its own check's level (unresolved-import: a warning).",
  },
  { id: "import-error", defaultLevel: "error" as Level, description: "Airflow's DagBag could not import the file (dynamic tier)." },
  { id: "import-timeout", defaultLevel: "error" as Level, description: "The file did not finish importing within the import timeout (dynamic tier)." },
  { id: "import-crash", defaultLevel: "error" as Level, description: "Importing the file crashed or ended the interpreter (dynamic tier)." },
  { id: "import-warning", defaultLevel: "warning" as Level, description: "Airflow warned while importing the file (dynamic tier)." },
  { id: "dynamic-unavailable", defaultLevel: "error" as Level, description: "dynamic: required, but no Airflow could be had to import the DAGs." },
  {
    id: "project-file-invalid",
    defaultLevel: "warning" as Level,
    description: "A project file the command only reads for context (requirements.txt, packages.txt, airflow_settings.yaml, .astro/config.yaml) that its own tool would refuse (warning) or partly skip (notice).",
  },
];

/** Problems in context-only project files as `project-file-invalid` findings: the configured level for what the file's tool refuses, notices stay notices. */
function projectFileFindings(project: AstroProject, level: Level): Finding[] {
  if (level === "off") return [];
  return project.problems.map((p) => ({
    checkId: "project-file-invalid",
    severity: p.severity === "notice" ? "notice" : level,
    file: p.file,
    line: p.line,
    message: p.message,
    fix: p.fix,
  }));
}

export interface ProjectValidation {
  name: string;
  /** Project folder relative to the repository root ("" for the root). */
  path: string;
  airflowVersion: string;
  airflowMajor: 2 | 3;
  airflowVersionSource: string;
  pythonVersion: string;
  runtimeImage?: string;
  /** Absolute path of the project folder. */
  root: string;
  dagIntegrityExceptions: string[];
  /** The project's `[core] dagbag_import_timeout` in seconds (AstroProject's): 0 no timeout, undefined Airflow's 30 s. */
  importTimeoutSeconds?: number;
  /** Repository-relative paths of the files analysed. */
  filesChecked: string[];
  filesSkipped: { file: string; reason: string }[];
  /** Files that look like DAG files but an .airflowignore rule hides (repository-relative paths). */
  filesIgnored: { file: string; ignoreFile: string; line: number; pattern: string }[];
  dags: DagInfo[];
  findings: Finding[];
  /** With a cache: DAG files whose analysis came from it (hits) and files analysed afresh (misses). */
  cache?: { hits: number; misses: number };
  /**
   * Who provides a module where the project runs (the static tier's resolver: requirements.txt, the runtime image,
   * the project): for telling the dynamic tier's environment apart from the project's. A function: not in the report.
   */
  resolveModule?: ModuleResolver["resolve"];
}

export interface ValidateProjectDeps {
  repoRoot: string;
  analyzer: FileAnalyzer;
  cache?: AnalysisCache;
  /** Use the cache's stat index (default true); off for throwaway trees (a base commit exported to a temp dir). */
  statIndex?: boolean;
  /** A file's status stated before the run read anything, if it was (see createStatIndexSession's `statOf`). */
  statOf?: (absolutePath: string) => FileStat | undefined;
  logger: Logger;
  /**
   * Called when the same run, with nothing changed, may count other cache hits and misses next time: two files of
   * the same bytes share one analysis, and one named after its file displaces the other's (see namedAfterAnotherFile).
   */
  cacheCountsMayChange?: () => void;
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** The skip reason of a zipped DAG bundle: the static tier does not read it; the dynamic tier imports it. */
export const ZIP_SKIP_REASON = "zip archive (not statically checked; the dynamic import check imports it)";

/** The zipped DAG bundles among a project's skipped files (repository-relative), for the dynamic tier to import. */
export function zipFilesToImport(skipped: { file: string; reason: string }[]): string[] {
  return skipped.filter((s) => s.reason === ZIP_SKIP_REASON).map((s) => s.file);
}

export function failsAt(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Refuse check ids that nothing knows: a typo must not silently disable nothing. */
function assertKnownChecks(settings: ValidateSettings, configFile: string | undefined): void {
  const known = new Set([...CHECKS.map((c) => c.id), ...BUILTIN_CHECKS.map((c) => c.id)]);
  const unknown = Object.keys(settings.checks).filter((id) => !known.has(id) && !/^AIR\d{3}$/.test(id));
  if (unknown.length === 0) return;
  const described = unknown.map((id) => {
    const nearest = nearestName(id, [...known]);
    return { id, line: settings.checkLines[id], text: `unknown check '${id}' in validate.checks${nearest ? `: did you mean '${nearest}'?` : ""}` };
  });
  const fix = `use one of: ${[...known].sort().join(", ")}, or a ruff code like AIR301`;
  // Every unknown id at once, as the schema's problems are listed: one run shows them all.
  if (described.length === 1) throw new ConfigurationError((described[0] as (typeof described)[number]).text, { file: configFile, line: described[0]?.line, fix });
  const list = described.map((d) => `\n  ${d.line ? `line ${d.line}: ` : ""}${d.text}`).join("");
  throw new ConfigurationError(`${described.length} problems:${list}\n`, { file: configFile, fix });
}

export async function validateProject(entry: ProjectEntry, deps: ValidateProjectDeps, configFile?: string): Promise<ProjectValidation> {
  const settings = entry.validate;
  assertKnownChecks(settings, configFile);
  const started = performance.now();
  const elapsed = (): string => `${Math.round(performance.now() - started)} ms`;
  deps.logger.debug(`${entry.name}: validation starts ${Math.round(started)} ms after the process did`);
  // The first file the stat index cannot vouch for is about to be read and probably analysed: ruff (the longest
  // single step, ~0.5 s) may start loading on another thread now, while discovery, the project files and the cache
  // lookups go on.
  const statIndex =
    deps.cache && deps.statIndex !== false ? createStatIndexSession(deps.cache, { onUnvouched: () => deps.analyzer.prewarm?.(1), maxFileSize: settings.maxFileSize, statOf: deps.statOf }) : undefined;
  const project = await loadProject(entry.root, {
    repoRoot: deps.repoRoot,
    airflowVersionOverride: settings.airflowVersion,
    pythonVersionOverride: settings.pythonVersion,
    maxFileSize: settings.maxFileSize,
    knownFiles: statIndex,
  });
  for (const warning of project.warnings) deps.logger.warning(warning);
  deps.logger.debug(`${entry.name}: project loaded, ${project.discovery.files.length} candidate files (${elapsed()})`);
  // Without a cache every file needs ruff: let it start loading now, on another thread (with a cache, the stat index's
  // first unvouched file has started it, and analyzeProjectFiles does as the content misses come).
  if (!deps.cache) deps.analyzer.prewarm?.(project.discovery.files.length);
  const checkSettings: CheckSettings = settings.checks;
  const resolverOptions = {
    pythonVersion: project.pythonVersion,
    airflowMajor: project.airflowMajor,
    airflowVersion: project.airflowVersion,
    airflowVersionSource: project.airflowVersionSource,
    runtimeImage: project.runtime?.image,
    requirementNames: installedDistributionNames(project.requirements),
    unnamedRequirements: project.unnamedRequirements.map((u) => `${u.file}:${u.line} (${u.what})`),
    localModules: project.localModules,
  };
  const resolver = createModuleResolver(resolverOptions);
  // The image's environment, for checks judging what `os.getenv(...)` returns there (time-zone-valid).
  const imageEnv = { env: project.dockerfile?.env ?? {}, unresolved: Object.keys(project.dockerfile?.unresolvedEnv ?? {}) };
  // Everything a file's judged findings depend on besides its analysis: with the cache, an unchanged file under an
  // unchanged context is not judged again (the date is in it: schedule-never-fires looks at the years ahead).
  const judgingContext = deps.cache
    ? digestOf({
        settings: checkSettings,
        airflow3Readiness: settings.airflow3Readiness,
        resolverOptions,
        maxActiveRunsPerDag: project.maxActiveRunsPerDag ?? null,
        defaultTaskRetries: project.defaultTaskRetries ?? null,
        defaultOwner: project.defaultOwner ?? null,
        allowIllegalArguments: project.allowIllegalArguments ?? null,
        imageEnv,
        day: new Date().toISOString().slice(0, 10),
      })
    : "";
  const { analyses: fileAnalyses, keys, skipped, findings: discoveryFindings, analysedAfresh } = await analyzeProjectFiles(project, settings, deps, statIndex, judgingContext);
  // DAGs built from project classes (`class TeamDag(DAG)` in include/) are known only once every file is read.
  // Likewise DAGs made by calling a factory of another project module (`make_dag("x")` from include/).
  const { analyses, factoryMade } = await resolveProjectFactories(project, await resolveProjectDagClasses(project, fileAnalyses, deps.analyzer, deps.cache), deps.analyzer, deps.cache);
  deps.logger.debug(`${entry.name}: ${analyses.length} files analysed (${elapsed()})`);
  const levelOf = (id: string, fallback: Level): Level => settings.checks[id]?.level ?? fallback;

  const findings: Finding[] = [...discoveryFindings, ...projectFileFindings(project, levelOf("project-file-invalid", "warning"))];
  const inventories: { file: string; inventory: NonNullable<FileAnalysis["inventory"]> }[] = [];
  // For helper-import-failed (judged every run: it depends on other files): each compiling file's parse-time imports
  // of project modules, and this run's analyses, which the helper pass does not analyse again.
  const importers: HelperImporter[] = [];
  const analysedByFile = new Map<string, FileAnalysis>();
  let judgedAfresh = 0;
  analyses.forEach((analysis, index) => {
    if (analysis.unreadable) {
      const level = levelOf("syntax-error", "error");
      if (level !== "off") {
        findings.push({
          checkId: "syntax-error",
          severity: level,
          file: analysis.file,
          line: analysis.unreadable.line,
          column: analysis.unreadable.column,
          message: analysis.unreadable.message,
          fix: analysis.unreadable.fix,
        });
      }
      return;
    }
    // A file that does not compile defines no DAG: DagBag records only its SyntaxError. The DAGs of the tree the
    // parser recovered are neither listed nor counted by duplicate-dag-id (the other file's DAG is the one loaded).
    // Likewise a DAG the project's Airflow does not create (a bare `@dag` on Airflow 2: see airflowCreates).
    const compiles = !analysis.ruff.some((d) => d.code === "syntax-error");
    // DAGs of exclusive branches (one per branch of an if/else, or of one factory call) are listed once.
    const created = analysis.inventory ? oneDagPerRun(analysis.inventory.dags.filter((dag) => compiles && airflowCreates(dag, project.airflowMajor))) : undefined;
    const inventory = analysis.inventory && created?.length !== analysis.inventory.dags.length ? { ...analysis.inventory, dags: created ?? [] } : analysis.inventory;
    if (inventory) inventories.push({ file: analysis.file, inventory });
    // A judged file's imports are the ones its record kept (these, and its guardedImports, which this check does not follow).
    const projectImports = analysis.inventory && compiles ? (analysis.judged ? analysis.inventory.imports.filter((ref) => !ref.guarded && !ref.conditional) : parseTimeProjectImports(analysis.inventory, project.localModules)) : [];
    // Names only the file's star imports of project modules may define (judged by the helper pass, every run).
    const starReads = analysis.judged ? analysis.starNameReads : analysis.inventory && compiles ? starNameReads(analysis.ruff, analysis.inventory, analysis.file, levelOf("undefined-name", "error"), project.localModules) : undefined;
    const importedTaskCalls = compiles ? analysis.inventory?.importedTaskCalls : undefined;
    if (projectImports.length) {
      importers.push({
        file: analysis.file,
        imports: projectImports,
        suppressions: analysis.inventory?.suppressions,
        ...(importedTaskCalls?.length ? { taskCalls: importedTaskCalls } : {}),
        ...(starReads?.length ? { starNameReads: starReads } : {}),
        // Imports of project modules the helper pass does not follow (a judged file's record keeps them as guardedImports).
        ...(reimportRefs(analysis.inventory?.imports ?? [], project.localModules).some((ref) => ref.guarded || ref.conditional) ? { unfollowedImports: true as const } : {}),
      });
    }
    if (!analysis.judged) analysedByFile.set(analysis.file, analysis);
    // Served whole from the cache (see analyzeProjectFiles): judged under this very context.
    if (analysis.judged) {
      findings.push(...analysis.judged);
      return;
    }
    judgedAfresh++;
    const judged = judgeFile(analysis);
    // A file whose DAGs depend on other files' classes (candidateDags) or factories (factoryMade) is judged afresh
    // every run. Factory calls and definitions are kept in the record: a callee that becomes a factory later is
    // followed from it, and other files' calls find the definitions.
    const key = keys[index];
    if (deps.cache && key && inventory && !inventory.candidateDags?.length && !factoryMade.has(analysis.file)) {
      const { dags, suppressions, classes, factoryCalls, factories, dagGlobals } = inventory;
      // Imports duplicate-dag-id follows besides projectImports (reimported-dags.ts).
      const guardedImports = compiles ? reimportRefs(inventory.imports, project.localModules).filter((ref) => ref.guarded || ref.conditional) : [];
      const record: JudgedRecord = {
        findings: judged,
        dags,
        suppressions,
        ...(classes?.length ? { classes } : {}),
        ...(factoryCalls?.length ? { factoryCalls } : {}),
        ...(factories?.length ? { factories } : {}),
        ...(projectImports.length ? { projectImports } : {}),
        ...(guardedImports.length ? { guardedImports } : {}),
        ...(dagGlobals?.length ? { dagGlobals } : {}),
        ...(importedTaskCalls?.length ? { importedTaskCalls } : {}),
        ...(starReads?.length ? { starNameReads: starReads } : {}),
      };
      deps.cache.setJudged(judgedKey(judgingContext, key, analysis.file), record);
    }
    findings.push(...judged);
  });

  /** Ruff's diagnostics and the file checks of one readable file, after its suppressions. */
  function judgeFile(analysis: FileAnalysis): Finding[] {
    const ruffFindings = ruffDiagnosticsToFindings(
      analysis.ruff,
      analysis.file,
      (code) => levelOf(code, defaultRuffLevel(code, project.airflowMajor, settings.airflow3Readiness)),
      project.airflowMajor,
    );
    // A file that does not compile defines no DAG: Airflow stops at the syntax error, and policy findings on a tree
    // the parser recovered from would only be noise beside it.
    if (!analysis.inventory || analysis.ruff.some((d) => d.code === "syntax-error")) return ruffFindings;
    const undefinedNames = undefinedNameFindings(analysis.ruff, analysis.inventory, analysis.file, levelOf("undefined-name", "error"), project.pythonVersion);
    return [
      ...applySuppressions([...withoutAnsweredAir002(ruffFindings, analysis.inventory.dags, analysis.inventory.dagSplatLines), ...undefinedNames], { [analysis.file]: analysis.inventory.suppressions }),
      ...runFileChecks(analysis.inventory, {
        settings: checkSettings,
        airflowMajor: project.airflowMajor,
        airflowVersion: project.airflowVersion,
        resolver,
        file: analysis.file,
        maxActiveRunsPerDag: project.maxActiveRunsPerDag,
        defaultTaskRetries: project.defaultTaskRetries,
        defaultOwner: project.defaultOwner,
        allowIllegalArguments: project.allowIllegalArguments,
        imageEnv,
        extraTaskDecorators: resolverOptions.unnamedRequirements.length > 0 || resolverOptions.requirementNames.some((name) => /airflow|provider/i.test(name)),
      }),
    ];
  }
  // Names the project modules a DAG file imports set on the builtins module (judged every run, as helpers may change).
  const helperBuiltins = new Map<string, ReadonlySet<string> | "any">();
  if (importers.length) {
    let installed: ModuleResolver | undefined;
    const level = (id: string): Level => levelOf(id, [...CHECKS, ...BUILTIN_CHECKS].find((c) => c.id === id)?.defaultLevel ?? "error");
    findings.push(
      ...(await helperImportFindings(importers, {
        project,
        analyzer: deps.analyzer,
        cache: deps.cache,
        resolver,
        // A resolver that knows no project module: does anything else provide the name (possibly is enough)?
        providedElsewhere: (top) => (installed ??= createModuleResolver({ ...resolverOptions, localModules: [] })).resolve(top).status !== "missing",
        analysed: analysedByFile,
        levels: {
          "helper-import-failed": level("helper-import-failed"),
          "syntax-error": level("syntax-error"),
          "unresolved-import": level("unresolved-import"),
          "undefined-name": level("undefined-name"),
          "airflow-import-invalid": level("airflow-import-invalid"),
          "airflow3-removed-import": level("airflow3-removed-import"),
          "task-argument-invalid": level("task-argument-invalid"),
        },
        onBuiltins: (file, names) => helperBuiltins.set(file, names),
      })),
    );
    if (helperBuiltins.size) {
      const judged = withHelperBuiltins(findings, helperBuiltins);
      findings.length = 0;
      for (const f of judged) findings.push(f);
    }
  }
  // duplicate-dag-id compares the DAGs DagBag bags: none of a file whose import certainly fails (a copy of a DAG file
  // left broken keeps the original's dag_id, but DagBag records only the copy's import error); of a file where Airflow 2
  // refuses some DAGs only as it bags them (a cycle, a cron it rejects), all but those: the file's other DAGs load.
  const failing = new Set<string>();
  const refused = new Map<string, Set<string>>();
  for (const finding of findings.filter(saysImportFails)) {
    if (project.airflowMajor === 2 && refusesOnlyItsDag(finding)) refused.set(finding.file, (refused.get(finding.file) ?? new Set()).add(finding.dagId as string));
    else failing.add(finding.file);
  }
  const keptDags = (inventory: (typeof inventories)[number]["inventory"], ids: Set<string>): DagInfo[] => inventory.dags.filter((dag) => isUnknown(dag.dagId) || !ids.has(dag.dagId));
  const bagged = inventories.map((i) => {
    if (failing.has(i.file)) return { file: i.file, inventory: { ...i.inventory, dags: [], imports: [] } };
    const ids = refused.get(i.file);
    return ids ? { file: i.file, inventory: { ...i.inventory, dags: keptDags(i.inventory, ids) } } : i;
  });
  findings.push(...runProjectChecks(bagged, { settings: checkSettings, airflowMajor: project.airflowMajor, resolver, relativeRoot: project.relativeRoot }));
  dropDagsCreatedElsewhere(findings, inventories, project.relativeRoot);

  deps.logger.debug(`${entry.name}: checks done, ${judgedAfresh} of ${analyses.length} files judged afresh (${elapsed()})`);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.checkId.localeCompare(b.checkId));
  return {
    name: entry.name,
    path: project.relativeRoot,
    airflowVersion: project.airflowVersion,
    airflowMajor: project.airflowMajor,
    airflowVersionSource: project.airflowVersionSource,
    pythonVersion: project.pythonVersion,
    runtimeImage: project.runtime?.image,
    root: project.root,
    dagIntegrityExceptions: project.dagIntegrityExceptions,
    importTimeoutSeconds: project.importTimeoutSeconds,
    filesChecked: analyses.map((a) => a.file),
    filesSkipped: skipped,
    filesIgnored: project.discovery.hiddenDagFiles.map((h) => ({ file: posix.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags), h.path), ignoreFile: h.ignoreFile, line: h.line, pattern: h.pattern })),
    dags: inventories.flatMap((i) => i.inventory.dags),
    findings,
    // Counted by file, not by lookup: a run with nothing changed reports every file a hit.
    cache: deps.cache ? { hits: fileAnalyses.length - analysedAfresh, misses: analysedAfresh } : undefined,
    resolveModule: (moduleName) => resolver.resolve(moduleName),
  };
}

/**
 * Drops `dag-never-created` (judged per file: nothing in the file calls its @dag function) where another DAG file of
 * the project imports the function and calls it (its FactoryCalls): importing that file creates the DAG, as real
 * DagBag does (a tester's `dags/common/templates.py` defined `shared_etl`, `dags/real2.py` called it). Done on every
 * run, after the per-file judging that the cache may have served, since it depends on the other files.
 */
function dropDagsCreatedElsewhere(findings: Finding[], inventories: { file: string; inventory: NonNullable<FileAnalysis["inventory"]> }[], relativeRoot: string): void {
  const called = new Set<string>();
  for (const { inventory } of inventories) for (const call of inventory.factoryCalls ?? []) called.add(call.callee);
  if (called.size === 0) return;
  const projectPath = (repoPath: string): string => (relativeRoot ? posix.relative(relativeRoot, repoPath) : repoPath);
  for (let i = findings.length - 1; i >= 0; i--) {
    const finding = findings[i] as Finding;
    if (finding.checkId !== "dag-never-created") continue;
    // The function's name, from the check's own message (checks.ts: "call NAME() at module level").
    const name = /call ([A-Za-z_]\w*)\(\) at module level/.exec(finding.message)?.[1];
    if (name && projectModuleNames(projectPath(finding.file)).some((module) => called.has(`${module}.${name}`))) findings.splice(i, 1);
  }
}

/**
 * Discover, read, and analyse (or fetch from the cache) every DAG file of a project. With a cache, `statIndex` is the
 * session discovery used: files it vouched for are not read, and every file read is indexed for the next run.
 */
export async function analyzeProjectFiles(
  project: AstroProject,
  settings: ValidateSettings,
  deps: ValidateProjectDeps,
  statIndex?: StatIndexSession,
  judgingContext?: string,
): Promise<{ analyses: FileAnalysis[]; keys: (string | undefined)[]; skipped: { file: string; reason: string }[]; findings: Finding[]; analysedAfresh: number }> {
  const dagsRel = posix.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags));
  const repoPath = (dagRelative: string): string => posix.join(dagsRel, dagRelative);
  const excluded = picomatchLike().add(settings.exclude);
  const projectRel = (dagRelative: string): string => posix.join(toPosixRelative(project.root, project.dirs.dags), dagRelative);
  const level = (id: string, fallback: Level): Level => settings.checks[id]?.level ?? fallback;

  const findings: Finding[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const toRead: { file: string; absolutePath: string; content?: Buffer; words?: ReturnType<typeof safeModeWords> }[] = [];
  for (const problem of project.discovery.problems) {
    const isIgnoreFile = /\.airflowignore$/.test(problem.file);
    const id = isIgnoreFile ? "airflowignore-invalid" : "dags-folder-problem";
    // Unreadable files and folders hide DAGs: an error unless the user lowered the check's level.
    const lvl = level(id, "unreadable" in problem && problem.unreadable ? "error" : "warning");
    if (lvl === "off") continue;
    findings.push({ checkId: id, severity: lvl, file: problem.file, line: problem.line ?? 1, message: problem.message, fix: problem.fix });
  }
  for (const big of project.discovery.tooLarge) {
    const file = repoPath(big.path);
    skipped.push({ file, reason: `${formatByteSize(big.size)}, above validate.max-file-size` });
    const lvl = level("file-too-large", "warning");
    if (lvl === "off") continue;
    findings.push({
      checkId: "file-too-large",
      severity: lvl,
      file,
      line: 1,
      message: `not checked: the file is ${formatByteSize(big.size)}, above the ${formatByteSize(settings.maxFileSize)} limit (validate.max-file-size); Airflow still imports it`,
      fix: "split or stop generating such a large DAG file, add it to .airflowignore, or raise validate.max-file-size (--max-file-size)",
    });
  }
  const ignoredLevel = level("dag-file-ignored", "notice");
  for (const hidden of ignoredLevel === "off" ? [] : project.discovery.hiddenDagFiles) {
    findings.push({
      checkId: "dag-file-ignored",
      severity: ignoredLevel as Severity,
      file: repoPath(hidden.path),
      line: 1,
      message: `this file looks like a DAG file but is hidden by ${hidden.ignoreFile} line ${hidden.line}: ${hidden.pattern}`,
      fix: `if it holds DAGs, narrow that pattern (${hidden.ignoreFile} line ${hidden.line}); otherwise nothing to do`,
    });
  }
  for (const found of project.discovery.files) {
    const file = repoPath(found.path);
    const isExcluded = settings.exclude.length > 0 && excluded.ignores(projectRel(found.path));
    // A file discovery read that is not analysed (excluded, or not a DAG file for safe mode, like a helper module)
    // is indexed too: otherwise every warm run reads it again and starts the analyzer for nothing.
    if (found.content && (isExcluded || !found.passesSafeMode)) statIndex?.record(found.absolutePath, contentHash(found.content), found.words ?? safeModeWords(found.content));
    if (isExcluded) {
      skipped.push({ file, reason: "excluded by validate.exclude" });
    } else if (found.kind === "zip") {
      // Listed as skipped by the static tier; the dynamic tier imports it as DagBag does (see zipFilesToImport).
      skipped.push({ file, reason: ZIP_SKIP_REASON });
      const lvl = level("zip-not-checked", "notice");
      if (lvl !== "off") {
        findings.push({
          checkId: "zip-not-checked",
          severity: lvl,
          file,
          line: 1,
          message: "zipped DAGs are imported by Airflow but not statically checked by astro-ci; the dynamic import check imports the zip as Airflow's DagBag does, when it runs",
          fix: "ship the DAGs as plain .py files to have them checked statically, or keep the dynamic import check on (--dynamic auto or required, with Airflow available)",
        });
      }
    } else if (!found.passesSafeMode) {
      skipped.push({ file, reason: `not a DAG file for Airflow's safe mode (no "airflow" and "${project.airflowMajor === 3 ? "dag/asset" : "dag"}" in it)` });
    } else toRead.push({ file, absolutePath: found.absolutePath, content: found.content, words: found.words });
  }

  // A file the stat index vouched for is not read: its analysis comes from the cache by its content hash.
  const analyses = new Array<FileAnalysis>(toRead.length);
  // The analysis key of each file, for the judged findings' key (undefined without a cache).
  const keys = new Array<string | undefined>(toRead.length);
  const fromCache = (index: number, key: string): boolean => {
    const file = (toRead[index] as (typeof toRead)[number]).file;
    // Judged before under the same context: what the report needs, without the analysis or the checks.
    const judged = judgingContext !== undefined ? deps.cache?.getJudged(judgedKey(judgingContext, key, file)) : undefined;
    if (judged) {
      keys[index] = key;
      deps.cache?.keep(key);
      const { findings: judgedFindings, dags, suppressions, classes, factoryCalls, factories, projectImports, guardedImports, dagGlobals, importedTaskCalls, starNameReads: starReads } = judged;
      const more = { ...(classes ? { classes } : {}), ...(factoryCalls ? { factoryCalls } : {}), ...(factories ? { factories } : {}), ...(dagGlobals ? { dagGlobals } : {}), ...(importedTaskCalls ? { importedTaskCalls } : {}) };
      const imports = [...(projectImports ?? []), ...(guardedImports ?? [])];
      analyses[index] = { file, ruff: [], inventory: { dags, imports, parseTimeCalls: [], suppressions, ...more }, judged: judgedFindings, ...(starReads ? { starNameReads: starReads } : {}) };
      return true;
    }
    const cached = deps.cache?.get(key);
    // The same bytes under another name: analysed afresh when a dag_id comes from the file's name.
    if (!cached || namedAfterAnotherFile(cached.inventory, file)) return false;
    keys[index] = key;
    analyses[index] = { ...cached, file, inventory: cached.inventory && relocate(cached.inventory, file) };
    return true;
  };
  const toAnalyse: number[] = [];
  await deps.cache?.loaded;
  toRead.forEach(({ absolutePath }, index) => {
    const hash = statIndex?.hashOf(absolutePath);
    if (!hash || !fromCache(index, analysisKey(hash, project.pythonVersion))) toAnalyse.push(index);
  });
  const misses: { index: number; key: string; input: AnalysisInput }[] = [];
  await mapWithConcurrency(toAnalyse, 32, async (index) => {
    const { file, absolutePath, content, words } = toRead[index] as (typeof toRead)[number];
    const bytes = content ?? (await readDagFile(absolutePath, settings.maxFileSize));
    const hash = contentHash(bytes);
    statIndex?.record(absolutePath, hash, content && words ? words : safeModeWords(bytes));
    const key = analysisKey(hash, project.pythonVersion);
    if (fromCache(index, key)) return;
    misses.push({ index, key, input: { file, bytes, pythonVersion: project.pythonVersion } });
    // Ruff will be needed: it may start loading while the other files are read and looked up.
    deps.analyzer.prewarm?.(misses.length);
  });
  deps.logger.debug(`${toRead.length} files: ${toRead.length - toAnalyse.length} unchanged by stat, ${toAnalyse.length} read, ${misses.length} to analyse`);
  // Nothing missed: the analyzer (ruff, tree-sitter) is not even loaded.
  const fresh = misses.length ? await deps.analyzer.analyze(misses.map((m) => m.input)) : [];
  fresh.forEach((analysis, i) => {
    const miss = misses[i] as (typeof misses)[number];
    analyses[miss.index] = analysis;
    if (deps.cache) {
      deps.cache.set(miss.key, analysis);
      keys[miss.index] = miss.key;
    }
  });
  // Only a DAG named after its file makes the other file's lookup miss (many empty __init__.py files do not).
  const namedAfterItsFile = (i: number): boolean => {
    const inventory = analyses[i]?.inventory;
    return !!inventory && [...inventory.dags, ...(inventory.candidateDags ?? [])].some((dag) => dag.dagIdFromFile === true);
  };
  const seen = new Set<string>();
  const shared = (key: string | undefined): boolean => key !== undefined && (seen.has(key) || (seen.add(key), false));
  if (deps.cache && deps.cacheCountsMayChange && keys.some((key, i) => shared(key) && namedAfterItsFile(i))) deps.cacheCountsMayChange();
  return { analyses, keys, skipped, findings, analysedAfresh: misses.length };
}

/**
 * A cached inventory came from a file with the same content, possibly at another path: its DAGs and DAG candidates
 * (which become DAGs in the project pass) are moved to this file.
 */
function relocate(inventory: NonNullable<FileAnalysis["inventory"]>, file: string): NonNullable<FileAnalysis["inventory"]> {
  const { candidateDags } = inventory;
  return { ...inventory, dags: inventory.dags.map((dag) => ({ ...dag, file })), ...(candidateDags ? { candidateDags: candidateDags.map((dag) => ({ ...dag, file })) } : {}) };
}

/** Whether an analysis computed a dag_id from another file's name (`Path(__file__).stem`): it does not hold here. */
function namedAfterAnotherFile(inventory: FileAnalysis["inventory"], file: string): boolean {
  const other = (dag: DagInfo): boolean => dag.dagIdFromFile === true && dag.file !== file;
  return inventory !== undefined && (inventory.dags.some(other) || (inventory.candidateDags?.some(other) ?? false));
}

function toPosixRelative(from: string, to: string): string {
  return posix.normalize(to.slice(from.length).split("\\").join("/").replace(/^\/+/, "")) || ".";
}

/**
 * A file's DAGs as one import of it creates them: DAGs of exclusive branches (DagInfo.branch: each branch of a module
 * `if`/`else` or `try`/`except`, or of one factory call) never exist together, so each such set is listed once: the
 * first when they share a dag_id, one entry with an unknown dag_id when they differ (DagBag has one of them, which one
 * depends on the run). The file checks still read every DAG (FileInventory.dags); this is what the project lists and
 * what duplicate-dag-id compares. Order is kept.
 */
export function oneDagPerRun(dags: DagInfo[]): DagInfo[] {
  if (!dags.some((dag) => dag.branch)) return dags;
  const groups: DagInfo[][] = [];
  const idOf = (dag: DagInfo): string | undefined => (isUnknown(dag.dagId) ? undefined : dag.dagId);
  const fits = (group: DagInfo[], dag: DagInfo): boolean => group.every((other) => other.file === dag.file && exclusiveBranches(other.branch, dag.branch));
  for (const dag of dags) {
    // A group of the same dag_id first: `if A: X, Y else: Y` lists X and Y.
    const group = groups.find((g) => idOf(dag) !== undefined && g.every((o) => idOf(o) === idOf(dag)) && fits(g, dag)) ?? groups.find((g) => fits(g, dag));
    if (group) group.push(dag);
    else groups.push([dag]);
  }
  return groups.map((group) => {
    const first = group[0] as DagInfo;
    if (group.length === 1 || group.every((dag) => idOf(dag) !== undefined && idOf(dag) === idOf(first))) return first;
    const ids = [...new Set(group.map((dag) => (isUnknown(dag.dagId) ? dag.dagId.expression : JSON.stringify(dag.dagId))))];
    return { ...first, dagId: { unknown: true, expression: `one of ${ids.join(", ")}` } };
  });
}

/**
 * A DAG file discovery listed but did not read (the stat index vouched for it, and the cache then missed): regular
 * files only, at most `maxFileSize` bytes; one that grew above it since is an EFBIG error naming the limit (exit 2).
 * Read synchronously, as discovery reads: for thousands of small files (all of them, when the cache misses every
 * analysis: another Python version) a promise per open/fstat/read/close cost more than the reads.
 */
async function readDagFile(absolutePath: string, maxFileSize: number): Promise<Buffer> {
  const read = readRegularFileSync(absolutePath, maxFileSize);
  if (typeof read !== "number") return read;
  throw fileTooLargeError(absolutePath, read, maxFileSize, "(validate.max-file-size)", "split or stop generating such a large DAG file, add it to .airflowignore, or raise validate.max-file-size (--max-file-size)");
}
