import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  diffDagInventories
} from "./chunk-TMB4QQ27.js";
import {
  failsAt,
  validateProject,
  zipFilesToImport
} from "./chunk-JA3KPWQQ.js";
import {
  openAnalysisCache
} from "./chunk-XEWGXLNW.js";
import {
  IMPORT_FAILURE_CHECKS
} from "./chunk-W4446L2Y.js";
import {
  importResultsToFindings,
  mergeDagInventories,
  runDynamicTier
} from "./chunk-IV5PKLDA.js";
import {
  DEFAULT_CONFIG_FILE,
  loadConfig,
  toPosix
} from "./chunk-GJ3TJRWF.js";
import {
  requireRevision
} from "./chunk-AD4PL26L.js";
import {
  MAX_IMPORT_TIMEOUT_SECONDS
} from "./chunk-TTRFRLDY.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-FWDNUJ5Q.js";
import {
  isConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/commands/validate-dags.ts
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";

// src/dynamic/dag-duplicates.ts
function reconcileDuplicateDagIds(findings, merged, level) {
  const made = merged.filter((dag) => typeof dag.dagId === "string" && (dag.loaded !== false || (dag.notLoadedReason ?? "").startsWith("duplicate dag_id")));
  const filesOf = /* @__PURE__ */ new Map();
  for (const dag of made) filesOf.set(dag.dagId, (filesOf.get(dag.dagId) ?? /* @__PURE__ */ new Set()).add(dag.file));
  const kept = findings.filter((finding) => {
    if (finding.checkId !== "duplicate-dag-id" || finding.dagId === void 0) return true;
    const here = made.filter((dag) => dag.dagId === finding.dagId && dag.file === finding.file).length;
    if (here === 0) return false;
    const elsewhere = merged.some((dag) => dag.dagId === finding.dagId && dag.file !== finding.file);
    if (!elsewhere) return true;
    return here > 1 || [...filesOf.get(finding.dagId) ?? []].some((file) => file !== finding.file);
  });
  if (level === "off") return kept;
  const added = [];
  for (const [dagId, files] of filesOf) {
    if (files.size < 2) continue;
    const copies = made.filter((dag) => dag.dagId === dagId);
    for (const dag of copies) {
      if (kept.some((f) => f.checkId === "duplicate-dag-id" && f.file === dag.file && f.dagId === dagId) || added.some((f) => f.file === dag.file && f.dagId === dagId)) continue;
      const others = [...new Set(copies.filter((d) => d.file !== dag.file).map((d) => `${d.file}:${d.line}`))];
      added.push({
        checkId: "duplicate-dag-id",
        severity: level,
        file: dag.file,
        line: dag.line,
        dagId,
        message: `dag_id '${dagId}' is also made by ${others.join(", ")} when the files are imported (an id built at import time, which the static reading cannot see): a running scheduler keeps whichever file it parsed last, without an error, while a whole-folder DagBag (astro dev parse, the DAG integrity test) fails with AirflowDagDuplicatedIdException`,
        fix: "give each DAG a unique dag_id"
      });
    }
  }
  return [...kept, ...added];
}

// src/dynamic/environment-gaps.ts
var majorMinor = (version) => /^(\d+\.\d+)/.exec(version ?? "")?.[1];
function separateEnvironmentGaps(importFindings, facts) {
  const [importMajor, importMinorNumber] = (majorMinor(facts.importPython) ?? "").split(".").map(Number);
  const [runtimeMajor, runtimeMinor] = (majorMinor(facts.runtimePython) ?? "").split(".").map(Number);
  const olderThanPep701Runtime = importMajor === 3 && runtimeMajor === 3 && (importMinorNumber ?? 99) < 12 && (runtimeMinor ?? 0) >= 12;
  return importFindings.map((finding) => {
    if (finding.checkId !== "import-error") return finding;
    const missing = /ModuleNotFoundError: No module named '([A-Za-z_]\w*)'/.exec(finding.message)?.[1];
    if (missing && facts.resolveModule) {
      const resolution = facts.resolveModule(missing);
      if (resolution.status === "provided" && (resolution.by === "requirements" || resolution.by === "runtime") && !resolution.guess) {
        const where = resolution.by === "requirements" ? "requirements.txt installs it in the image" : "the runtime image preinstalls it";
        return {
          ...finding,
          checkId: "import-environment",
          severity: "warning",
          message: `the Python of the import check${facts.importPython ? ` (${facts.importPython})` : ""} has no module '${missing}', but ${where}: not a fault of the DAG (${finding.message.replace(/^Airflow cannot import this file: /, "")})`,
          fix: resolution.by === "requirements" ? "install requirements.txt into the Python the check uses (pip install -r requirements.txt), or run the check in the runtime image (--airflow image)" : "run the check in the runtime image (--airflow image), or install the package into the Python the check uses"
        };
      }
    }
    const fString = /\bSyntaxError: f-string\b/.test(finding.message);
    if (fString && olderThanPep701Runtime && !facts.staticFindings.some((f) => f.file === finding.file && f.checkId === "syntax-error")) {
      return {
        ...finding,
        checkId: "import-environment",
        severity: "warning",
        message: `Python ${facts.importPython} (the import check's) cannot compile this file, but the project's runtime runs Python ${facts.runtimePython}, for which the static check finds no syntax error: ${finding.message.replace(/^Airflow cannot import this file: /, "")}`,
        fix: `run the import check with Python ${facts.runtimePython}, as the runtime does (a python${facts.runtimePython} with Airflow, or --airflow image)`
      };
    }
    return finding;
  });
}

// src/commands/validate-dags.ts
async function runValidation(options) {
  const config = options.config ?? await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectPath });
  const readConfig = config.file === void 0 ? void 0 : resolve(config.repoRoot, config.file);
  for (const entry of config.projects) {
    const beside = join(entry.root, DEFAULT_CONFIG_FILE);
    if (beside !== readConfig && existsSync(beside)) {
      options.logger.warning(
        `${toPosix(relative(config.repoRoot, beside)) || DEFAULT_CONFIG_FILE} is not read: astro-ci reads one ${DEFAULT_CONFIG_FILE}, at the repository root (${config.file ?? `${config.repoRoot} has none`}). Fix: move its settings there (under projects: for one project of several), or pass --config ${toPosix(relative(config.repoRoot, beside))}`
      );
    }
  }
  const projects = [];
  let base;
  for (const configured of config.projects) {
    const entry = options.maxFileSize === void 0 ? configured : { ...configured, validate: { ...configured.validate, maxFileSize: options.maxFileSize } };
    const cache = options.cacheDir ? await openAnalysisCache(options.cacheDir, entry.root, options.cacheLogger ?? options.logger) : void 0;
    const result = await validateProject(entry, { repoRoot: config.repoRoot, analyzer: options.analyzer, cache, statOf: options.statOf, logger: options.logger, cacheCountsMayChange: options.cacheCountsMayChange }, config.file);
    let dagDiff;
    if (options.baseRef && options.git) {
      base ??= await resolveBaseCommit(options.git, options.baseRef);
      dagDiff = base.status === "missing" ? { status: "skipped", reason: `the base ${options.baseRef} ${base.why}`, fix: base.fix } : await computeDagDiff(result, entry.relativePath, base.sha, options.git, options, cache, config.file);
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
      files: projects.reduce((n, p) => n + p.filesChecked.length, 0)
    },
    failed: projects.some((p) => p.failed)
  };
}
async function runDynamicForProject(result, settings, options) {
  const dynamicOptions = options.dynamic;
  if (!dynamicOptions) return { status: "off", message: "dynamic import checks are off" };
  const setting = dynamicOptions.setting ?? settings.dynamic ?? dynamicOptions.defaults.setting;
  const mode = dynamicOptions.mode ?? settings.airflow ?? dynamicOptions.defaults.mode;
  const zips = zipFilesToImport(result.filesSkipped);
  const timeoutSeconds = dynamicOptions.importTimeoutSeconds ?? settings.importTimeout ?? (result.importTimeoutSeconds === 0 ? MAX_IMPORT_TIMEOUT_SECONDS : result.importTimeoutSeconds) ?? 30;
  const noAirflowTimeout = dynamicOptions.importTimeoutSeconds === void 0 && settings.importTimeout === void 0 && result.importTimeoutSeconds === 0;
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
    logger: options.logger
  });
  if (tier.status !== "off") options.logger.debug(`${result.name}: ${tier.message}`);
  if (tier.status === "ran") {
    if (zips.length > 0) result.filesChecked = [...result.filesChecked, ...zips];
    const imported = importResultsToFindings(tier.results, { repoRoot: options.repoRoot, staticDags: result.dags, duplicateLevel: settings.checks["duplicate-dag-id"]?.level });
    if (noAirflowTimeout) {
      for (const finding of imported.filter((f) => f.checkId === "import-timeout")) {
        finding.message += ` (the project sets AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT to 0 or less: Airflow imports with no timeout, so its scheduler would keep parsing this file; astro-ci stops an import after ${MAX_IMPORT_TIMEOUT_SECONDS} s, its own limit)`;
      }
    }
    const findings = separateEnvironmentGaps(imported, { staticFindings: result.findings, resolveModule: result.resolveModule, runtimePython: result.pythonVersion, importPython: tier.pythonVersion });
    result.findings.push(...mergeCycleErrors(result.findings, mergeSyntaxErrors(result.findings, findings)));
    softenRefutedImportFailures(result.findings, tier.results, { repoRoot: options.repoRoot, projectAirflow: result.airflowVersion, importAirflow: tier.airflowVersion });
    const failedHere = (checkId) => new Set(findings.filter((f) => f.checkId === checkId).map((f) => f.file));
    const gapsOnly = failedHere("import-environment");
    for (const file of [...failedHere("import-error"), ...failedHere("import-timeout"), ...failedHere("import-crash")]) gapsOnly.delete(file);
    const results = tier.results.filter((r) => !gapsOnly.has(toPosix(relative(options.repoRoot, r.file))));
    result.dags = mergeDagInventories(result.dags, results, { repoRoot: options.repoRoot });
    result.findings = reconcileDuplicateDagIds(result.findings, result.dags, settings.checks["duplicate-dag-id"]?.level ?? "error");
    const loadedIds = new Set(result.dags.filter((d) => d.loaded !== false && typeof d.dagId === "string").map((d) => d.dagId));
    result.findings = result.findings.filter((f) => f.checkId !== "dag-never-created" || f.dagId === void 0 || !loadedIds.has(f.dagId));
    result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId));
  } else if (setting === "required" && tier.status !== "off") {
    result.findings.push({ checkId: "dynamic-unavailable", severity: "error", file: result.path ? `${result.path}/Dockerfile` : "Dockerfile", line: 1, message: tier.message, fix: "install Airflow, allow the venv or image mode, or set dynamic: auto" });
  }
  return { status: tier.status, message: tier.message, environment: tier.environment, airflowVersion: tier.airflowVersion };
}
async function resolveBaseCommit(git, ref) {
  requireRevision(ref, "the base revision");
  if (await git.hasCommit(ref) || await git.fetchCommit(ref) && await git.hasCommit(ref)) {
    return { status: "resolved", sha: await git.revParse(ref) };
  }
  const kind = await git.cloneKind();
  if (kind === "none") return { status: "missing", why: "cannot be looked up: not inside a git repository", fix: "validate a git clone (actions/checkout), or leave out the base" };
  const fetchName = ref.replace(/^(?:refs\/remotes\/)?origin\//, "");
  const fetch = `check out the whole history (actions/checkout with \`fetch-depth: 0\`), or fetch the base before validating (\`git fetch --depth=1 origin ${fetchName}\`)`;
  if (kind === "shallow") {
    return {
      status: "missing",
      why: "is not in this clone, which is shallow (actions/checkout's default `fetch-depth: 1` fetches only the head commit), and fetching it from origin failed",
      fix: fetch
    };
  }
  return { status: "missing", why: "does not name a commit in this repository, and fetching it from origin failed", fix: `check the name (a commit SHA, a branch, or origin/BRANCH); ${fetch}` };
}
async function computeDagDiff(head, projectPath, base, git, options, cache, configFile) {
  const tree = await git.exportTree(base, projectPath);
  try {
    const baseRoot = join(tree.dir, projectPath);
    if (!existsSync(join(baseRoot, "dags"))) {
      return { status: "computed", base, diff: diffDagInventories([], head.dags) };
    }
    const config = await loadConfig({ repoRoot: tree.dir, projectPath: projectPath || "." }).catch(() => void 0);
    const entry = config?.projects[0];
    if (!entry) return { status: "skipped", reason: "the project could not be read at the base commit" };
    const baseEntry = { ...entry, validate: { ...entry.validate, checks: {} } };
    const baseResult = await validateProject(baseEntry, { repoRoot: tree.dir, analyzer: options.analyzer, cache, statIndex: false, logger: options.logger }, configFile);
    return { status: "computed", base, diff: diffDagInventories(baseResult.dags, head.dags) };
  } catch (error) {
    const reason = isConfigurationError(error) ? error.describe() : error.message;
    return { status: "skipped", reason: `the project at the base commit could not be analysed: ${reason}` };
  } finally {
    await tree.cleanup();
  }
}
function mergeSyntaxErrors(staticFindings, importFindings) {
  const rest = [];
  for (const finding of importFindings) {
    const syntax = staticFindings.find((f) => f.checkId === "syntax-error" && f.file === finding.file);
    if (!syntax || finding.checkId !== "import-error") {
      rest.push(finding);
      continue;
    }
    const python = /((?:SyntaxError|IndentationError|TabError)\b.*)$/.exec(finding.message)?.[1];
    if (!python) continue;
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
function mergeCycleErrors(staticFindings, importFindings) {
  const rank = { error: 3, warning: 2, notice: 1 };
  const rest = [];
  for (const finding of importFindings) {
    const dagbag = finding.checkId === "import-error" ? /AirflowDagCycleException: Cycle detected in DAG: (.+)\. Faulty task: .*$/.exec(finding.message) : null;
    const cycles = dagbag ? staticFindings.filter((f) => f.checkId === "dag-cycle" && f.file === finding.file) : [];
    const cycle = cycles.find((f) => f.dagId === (finding.dagId ?? dagbag?.[1])) ?? (cycles.length === 1 && cycles[0]?.dagId === void 0 ? cycles[0] : void 0);
    if (!dagbag || !cycle) {
      rest.push(finding);
      continue;
    }
    cycle.message += `; DagBag's import error: ${dagbag[0]}`;
    if (rank[finding.severity] > rank[cycle.severity]) cycle.severity = finding.severity;
  }
  return rest;
}
function softenRefutedImportFailures(findings, results, versions) {
  const minor = (version) => /^(\d+\.\d+)/.exec(version ?? "")?.[1];
  if (minor(versions.importAirflow) === void 0 || minor(versions.importAirflow) !== minor(versions.projectAirflow)) return;
  const clean = new Set(results.filter((r) => r.status === "ok" && r.import_errors.length === 0).map((r) => toPosix(relative(versions.repoRoot, r.file))));
  for (const finding of findings) {
    if (finding.severity !== "error" || !IMPORT_FAILURE_CHECKS.has(finding.checkId) || !clean.has(finding.file)) continue;
    finding.severity = "warning";
    finding.message += ` (but Airflow ${versions.importAirflow} imported the file without an error in the dynamic check: the static reading missed something, such as a helper changing the value, or the failure depends on the environment)`;
  }
}
function markNotLoaded(diff, merged) {
  const mark = (dag) => {
    const found = merged.find((m) => m.file === dag.file && m.dagId === dag.dagId && m.loaded === false);
    if (found) Object.assign(dag, { loaded: false, notLoadedReason: found.notLoadedReason });
  };
  diff.added.forEach(mark);
  diff.renamed.forEach((r) => mark(r.after));
  diff.changed.forEach((c) => mark(c.dag));
}

export {
  runValidation,
  resolveBaseCommit,
  mergeSyntaxErrors,
  mergeCycleErrors,
  softenRefutedImportFailures
};
