import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  diffDagInventories
} from "./chunk-4PSSUTGL.js";
import {
  failsAt,
  validateProject
} from "./chunk-G2BNBCPO.js";
import {
  openAnalysisCache
} from "./chunk-OJXFZ7VQ.js";
import {
  importResultsToFindings,
  mergeDagInventories,
  runDynamicTier
} from "./chunk-DTGZJOAX.js";
import {
  requireRevision
} from "./chunk-RRDWBGGR.js";
import {
  DEFAULT_CONFIG_FILE,
  loadConfig,
  toPosix
} from "./chunk-CAEJALCI.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-Y2AHHJDU.js";
import {
  isConfigurationError
} from "./chunk-SDKFBY3O.js";

// src/commands/validate-dags.ts
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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
    await cache?.save();
    options.logger.debug(`${entry.name}: cache saved (${Math.round(performance.now())} ms since start)`);
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
  const tier = await runDynamicTier({
    setting,
    mode,
    projectRoot: result.root,
    repoRoot: options.repoRoot,
    airflowVersion: result.airflowVersion,
    runtimeImage: result.runtimeImage,
    files: result.filesChecked.map((file) => join(options.repoRoot, file)),
    integrityExceptions: result.dagIntegrityExceptions,
    timeoutSeconds: dynamicOptions.importTimeoutSeconds ?? settings.importTimeout ?? result.importTimeoutSeconds ?? 30,
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
    const findings = importResultsToFindings(tier.results, { repoRoot: options.repoRoot, staticDags: result.dags, duplicateLevel: settings.checks["duplicate-dag-id"]?.level });
    result.findings.push(...mergeSyntaxErrors(result.findings, findings));
    result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId));
    result.dags = mergeDagInventories(result.dags, tier.results, { repoRoot: options.repoRoot });
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
  mergeSyntaxErrors
};
