import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createConsoleLogger,
  findRepositoryRoot,
  parseCommandArgs
} from "./chunk-6JIEZZGI.js";
import {
  driftExitCode,
  formatDriftMarkdown,
  formatDriftText,
  runDrift
} from "./chunk-4Q7ZE3HO.js";
import "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import {
  isRepositoryName
} from "./chunk-KW7AZT75.js";
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
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/cli/drift-command.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var DRIFT_USAGE = `Usage: astro-ci drift [PROJECT_DIR] [options]

Compare every deployments: entry of astro-ci.yaml with the live Astro Deployment (runtime, undeployed commits, the
entry's deployment-file and airflow-settings). Reads only; never changes a Deployment. Needs ASTRO_API_TOKEN
(ASTRO_API_URL and ASTRO_ORGANIZATION_ID when needed).

Options:
  --config FILE                 astro-ci.yaml to use, relative to the current directory (default: at the repository root)
  --deployment NAME             Only this entry (its name:, deployment-name or deployment-id)
  --format text|json|markdown   Output on stdout (default: text)
  --write-file DIR              Also export each live Deployment as an Astro Deployment file into DIR
  --repository OWNER/NAME       Whose preview Deployments to check for staleness (default: GITHUB_REPOSITORY; none: not checked)
  -h, --help                    This help

Exit codes: 0 no drift, 1 drift found, 2 usage, configuration or API error (also when, without drift elsewhere, a
Deployment's Airflow API could not be read: the report is printed, a note says why), 3 internal error.
`;
async function driftCommand(args, io, env = process.env) {
  const parsed = parseCommandArgs("drift", args, {
    config: { type: "string" },
    deployment: { type: "string" },
    format: { type: "string", default: "text" },
    "write-file": { type: "string" },
    repository: { type: "string" },
    help: { type: "boolean", short: "h", default: false }
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(DRIFT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new ConfigurationError(`expected at most one PROJECT_DIR, got ${positionals.length}`, { fix: "quote paths with spaces" });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown") throw new ConfigurationError(`--format must be text, json or markdown, not '${format}'`, { fix: "use --format text|json|markdown" });
  const projectRoot = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the folder holding the Dockerfile and dags/" });
  const repository = values.repository ?? env.GITHUB_REPOSITORY;
  if (repository !== void 0 && !isRepositoryName(repository)) throw new ConfigurationError(`the repository '${repository}' is not owner/name`, { fix: "pass --repository owner/name (not a URL), or set GITHUB_REPOSITORY" });
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { fix: "run astro-ci drift inside a git checkout (undeployed commits are read from git)" });
  const report = await runDrift({
    repoRoot,
    projectRoot,
    configPath: values.config ? resolve(io.cwd, values.config) : void 0,
    deployment: values.deployment,
    writeFileDir: values["write-file"] ? resolve(io.cwd, values["write-file"]) : void 0,
    env,
    repository,
    git: createGit(repoRoot),
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr)
  });
  io.stdout(format === "json" ? JSON.stringify(report, null, 2) + "\n" : format === "markdown" ? formatDriftMarkdown(report) : formatDriftText(report));
  return driftExitCode(report);
}
export {
  DRIFT_USAGE,
  driftCommand
};
