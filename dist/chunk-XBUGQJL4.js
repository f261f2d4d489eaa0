import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  formatTeardownTable,
  runTeardown,
  teardownFailure
} from "./chunk-BYAF7NQU.js";
import {
  createConsoleLogger,
  findRepositoryRoot,
  parseCommandArgs
} from "./chunk-6JIEZZGI.js";
import {
  runBranchDeploy
} from "./chunk-67TDFQY5.js";
import "./chunk-LPAZ2WWR.js";
import {
  parseDuration
} from "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import {
  parseDurationSeconds
} from "./chunk-ADQZYKCI.js";
import {
  nodeCommandRunner
} from "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/cli/previews-command.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var BRANCH_DEPLOY_USAGE = `Usage: astro-ci branch-deploy [PROJECT_DIR] --pr N --branch NAME [options]

Create or update the pull request's preview Deployment (previews: in astro-ci.yaml), inject its connections,
variables and pools, and deploy the PR head into it. Needs ASTRO_API_TOKEN (ASTRO_API_URL, ASTRO_ORGANIZATION_ID).

Options:
  --pr N                        The pull request number (required)
  --branch NAME                 The PR's head branch (required)
  --sha SHA                     The PR's head commit (default: HEAD)
  --repository OWNER/NAME       The repository recorded in the preview's marker (default: GITHUB_REPOSITORY)
  --fork                        The PR comes from a fork (no preview unless previews.forks: true; DAG-only then)
  --wait-timeout DURATION       How long to wait for a new preview and for the deploy: seconds, or 90s, 15m, 1h (default: 900)
  --config FILE                 astro-ci.yaml to use, relative to the current directory
  --format text|json            Output on stdout (default: text)
  -h, --help                    This help

Paths are relative to the current directory. Exit codes: 0 deployed, up to date, not configured or refused for a fork
(a refusal is an answer), 1 the deploy did not become live, 2 usage, configuration or environment error, 3 internal error.
`;
var TEARDOWN_USAGE = `Usage: astro-ci teardown [PROJECT_DIR] (--pr N | --stale [--ttl DURATION]) [options]

Remove a pull request's preview Deployments (every project), or sweep previews whose PR is closed (when
GITHUB_TOKEN can tell) or that were idle longer than the TTL. Only Deployments with this repository's preview
marker are touched; deployments: entries and templates never are. Needs ASTRO_API_TOKEN.

Options:
  --pr N                        The closed pull request
  --stale                       Sweep stale previews instead
  --ttl DURATION                Idle time before a preview is stale, e.g. 72h or 7d (default: previews.ttl)
  --dry-run                     Print what would be removed; change nothing
  --hibernate-instead           Hibernate development-mode previews instead of deleting them
  --repository OWNER/NAME       Whose previews (default: GITHUB_REPOSITORY)
  --config FILE                 astro-ci.yaml to use, relative to the current directory
  --format text|json            Output on stdout (default: text)
  -h, --help                    This help

Paths are relative to the current directory. Exit codes: 0 done (also when nothing was there to remove), 2 usage,
configuration or environment error (also when the Astro API failed on some previews: the others are removed, and
a re-run removes what is left), 3 internal error.
`;
function locate(io, dir) {
  const projectRoot = resolve(io.cwd, dir ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${dir}' does not exist`, { fix: "give the Astro project's folder" });
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { fix: "run inside a git checkout" });
  return { projectRoot, repoRoot };
}
function positiveInteger(value, option) {
  if (value === void 0) return void 0;
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new ConfigurationError(`${option} must be a positive whole number, not '${value}'`, { fix: `e.g. ${option} 42` });
  return Number(value);
}
async function branchDeployCommand(args, io, env = process.env) {
  const { values, positionals } = parseCommandArgs("branch-deploy", args, {
    pr: { type: "string" },
    branch: { type: "string" },
    sha: { type: "string" },
    repository: { type: "string" },
    fork: { type: "boolean", default: false },
    "wait-timeout": { type: "string", default: "900" },
    config: { type: "string" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) {
    io.stdout(BRANCH_DEPLOY_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  const pr = positiveInteger(values.pr, "--pr");
  if (pr === void 0 || !values.branch) throw new ConfigurationError("branch-deploy needs --pr N and --branch NAME", { fix: "e.g. astro-ci branch-deploy --pr 42 --branch feature/x" });
  const wait = parseDurationSeconds(values["wait-timeout"], "--wait-timeout", { example: "--wait-timeout 900 or --wait-timeout 15m" });
  const repository = values.repository ?? env.GITHUB_REPOSITORY;
  if (!repository) throw new ConfigurationError("the repository is not known", { fix: "pass --repository owner/name (set as GITHUB_REPOSITORY in Actions)" });
  const { projectRoot, repoRoot } = locate(io, positionals[0]);
  const results = await runBranchDeploy({
    repoRoot,
    projectRoot: positionals[0] ? projectRoot : void 0,
    configPath: values.config ? resolve(io.cwd, values.config) : void 0,
    pr,
    branch: values.branch,
    sha: values.sha,
    repository,
    fork: values.fork,
    waitTimeoutMs: wait * 1e3,
    env,
    git: createGit(repoRoot),
    docker: nodeCommandRunner,
    mask: io.mask ?? (() => void 0),
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr)
  });
  if (values.format === "json") {
    io.stdout(JSON.stringify({ previews: results.map((r) => ({ project: r.project, deploymentId: r.deploymentId ?? null, deploymentName: r.deploymentName ?? null, created: r.created, deployType: r.deployType ?? null, airflowUrl: r.airflowUrl ?? null, status: r.status, reason: r.reason })) }, null, 2) + "\n");
  } else {
    for (const r of results) io.stdout(`${r.project}: ${r.status}${r.deploymentName ? ` ${r.deploymentName} (${r.deploymentId})` : ""}${r.created ? " [created]" : ""}: ${r.reason}${r.airflowUrl ? `
  Airflow UI: ${r.airflowUrl}` : ""}
`);
  }
  return results.some((r) => r.status === "timed-out" || r.status === "unhealthy") ? 1 : 0;
}
async function teardownCommand(args, io, env = process.env) {
  const { values, positionals } = parseCommandArgs("teardown", args, {
    pr: { type: "string" },
    stale: { type: "boolean", default: false },
    ttl: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "hibernate-instead": { type: "boolean", default: false },
    repository: { type: "string" },
    config: { type: "string" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) {
    io.stdout(TEARDOWN_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  const pr = positiveInteger(values.pr, "--pr");
  if (pr === void 0 === !values.stale) throw new ConfigurationError("give exactly one of --pr N and --stale", { fix: "astro-ci teardown --pr 42, or astro-ci teardown --stale" });
  if (values.ttl !== void 0 && !values.stale) throw new ConfigurationError("--ttl applies to --stale only: --pr N removes that pull request's previews whatever their age", { fix: "drop --ttl, or sweep with astro-ci teardown --stale --ttl 3d" });
  const repository = values.repository ?? env.GITHUB_REPOSITORY;
  if (!repository) throw new ConfigurationError("the repository is not known", { fix: "pass --repository owner/name (set as GITHUB_REPOSITORY in Actions)" });
  const { repoRoot } = locate(io, positionals[0]);
  const result = await runTeardown({
    repoRoot,
    configPath: values.config ? resolve(io.cwd, values.config) : void 0,
    repository,
    pr,
    stale: values.stale ? { ttlMs: values.ttl ? parseDuration(values.ttl, { what: "--ttl" }) : void 0 } : void 0,
    dryRun: values["dry-run"],
    hibernateInstead: values["hibernate-instead"],
    env,
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr)
  });
  io.stdout(values.format === "json" ? JSON.stringify(result, null, 2) + "\n" : `${formatTeardownTable(result.entries)}${result.message}
`);
  const failure = teardownFailure(result.entries);
  if (failure) throw failure;
  return 0;
}
export {
  BRANCH_DEPLOY_USAGE,
  TEARDOWN_USAGE,
  branchDeployCommand,
  teardownCommand
};
