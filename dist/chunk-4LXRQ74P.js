import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createConsoleLogger,
  defaultRepositoryRoot,
  parseCommandArgs
} from "./chunk-6JIEZZGI.js";
import {
  formatSyncPlan,
  syncDeclaredObjects
} from "./chunk-LPAZ2WWR.js";
import {
  createAirflowApiClient,
  readDeclaredObjects
} from "./chunk-SXO5J5YP.js";
import {
  createAstroClient,
  parseDeploymentTargets
} from "./chunk-ZMYJGVFG.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-O6EDDLIN.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import "./chunk-AD4PL26L.js";
import {
  outsideRepositoryWords,
  refuseSymlinkOutsideRepository
} from "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-ADQZYKCI.js";
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/cli/connections-command.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/commands/connections.ts
import { relative, resolve, sep } from "node:path";
import { existsSync } from "node:fs";
async function runConnectionsSync(options) {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Deployment or Workspace API token as the ASTRO_API_TOKEN secret" });
  if (!options.deploymentId && !options.deploymentName) throw new ConfigurationError("connections sync needs a target Deployment", { fix: "give --deployment-id ID or --deployment-name NAME" });
  let settingsPath = options.settingsPath;
  let at = {};
  if (!settingsPath) {
    const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
    const entry = parseDeploymentTargets(config.source).find((t) => options.deploymentId && t.deploymentId === options.deploymentId || options.deploymentName && t.deploymentName === options.deploymentName);
    settingsPath = entry?.airflowSettings;
    if (!settingsPath) throw new ConfigurationError(`no deployments entry for ${options.deploymentId ?? options.deploymentName} names an airflow-settings file`, { file: config.file, fix: "add airflow-settings: <file> to the entry, or give --settings FILE" });
    at = { file: config.file, line: entry?.line };
  }
  const abs = resolve(options.projectRoot, settingsPath);
  const rel = relative(options.repoRoot, abs);
  if (!isInside(options.repoRoot, abs)) throw new ConfigurationError(outsideRepositoryWords(`the settings file '${settingsPath}'`), { ...at, fix: "use a path inside the project" });
  refuseSymlinkOutsideRepository(options.repoRoot, abs, `the settings file '${settingsPath}'`, at);
  if (!existsSync(abs)) throw new ConfigurationError(`the settings file '${rel.split(sep).join("/")}' does not exist`, { fix: "create it in the airflow_settings.yaml format, or correct the path" });
  const missing = options.dryRun ? (name, line) => options.logger.warning(`${rel.split(sep).join("/")}${line ? `:${line}` : ""}: \${${name}} is not set: a real sync would stop here (set ${name} in the environment, e.g. from a secret)`) : void 0;
  const declared = await readDeclaredObjects(abs, rel.split(sep).join("/"), options.repoRoot, options.env, options.mask, (message) => options.logger.warning(message), missing);
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const deployment = options.deploymentId ? await client.getDeployment(options.deploymentId) : await client.findDeploymentByName(options.deploymentName, options.workspaceId ?? client.workspaceId);
  const airflow = deployment.status === "HIBERNATING" ? void 0 : createAirflowApiClient({ deployment, token, logger: options.logger, deps: options.http });
  const plan = await syncDeclaredObjects(declared, { client, deploymentId: deployment.id, airflow }, { dryRun: options.dryRun });
  return { ...plan, deploymentName: deployment.name, file: declared.file };
}

// src/cli/connections-command.ts
var CONNECTIONS_USAGE = `Usage: astro-ci connections sync [PROJECT_DIR] (--deployment-id ID | --deployment-name NAME [--workspace-id ID]) [options]

Apply connections, Airflow variables and pools from a file in the airflow_settings.yaml format to a Deployment:
connections and variables as Astro environment objects (scope DEPLOYMENT), pools through the Deployment's Airflow
REST API. \${NAME} in a value is read from the environment. Upsert by key; what astro-ci created and no longer
declares is removed; objects astro-ci did not create are never changed. Needs ASTRO_API_TOKEN.

Options:
  --deployment-id ID            The Deployment to apply the file to
  --deployment-name NAME        ... or the Deployment with this name
  --workspace-id ID             The workspace of --deployment-name
  --settings FILE               The file, relative to the current directory (default: the deployments entry's airflow-settings)
  --config FILE                 astro-ci.yaml to use, relative to the current directory
  --dry-run                     Print the plan (create / update / delete / unchanged per key); change nothing
  --format text|json            Output on stdout (default: text); values are never printed
  -h, --help                    This help

Exit codes: 0 applied (or planned), 2 usage, configuration or environment error (nothing changed on a collision
or a missing \${NAME}), 3 internal error.
`;
async function connectionsCommand(args, io, env = process.env) {
  const [sub, ...rest] = args;
  if (!sub || sub === "--help" || sub === "-h") {
    io.stdout(CONNECTIONS_USAGE);
    return sub ? 0 : 2;
  }
  if (sub !== "sync") throw new ConfigurationError(`unknown connections command '${sub}'`, { fix: "use `astro-ci connections sync`" });
  const parsed = parseCommandArgs("connections sync", rest, {
    "deployment-id": { type: "string" },
    "deployment-name": { type: "string" },
    "workspace-id": { type: "string" },
    settings: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false }
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(CONNECTIONS_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  if (values["deployment-id"] && values["deployment-name"]) throw new ConfigurationError("give --deployment-id or --deployment-name, not both", { fix: "keep one of them" });
  const projectRoot = resolve2(io.cwd, positionals[0] ?? ".");
  if (!existsSync2(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the Astro project's folder" });
  const repoRoot = defaultRepositoryRoot(projectRoot, io.cwd);
  const plan = await runConnectionsSync({
    repoRoot,
    projectRoot,
    configPath: values.config ? resolve2(io.cwd, values.config) : void 0,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    settingsPath: values.settings !== void 0 ? resolve2(io.cwd, values.settings) : void 0,
    dryRun: values["dry-run"],
    env,
    // Values are never printed, but an API error may quote one back: runCli masks them as the Actions runner would.
    mask: io.mask ?? (() => void 0),
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr)
  });
  io.stdout(values.format === "json" ? JSON.stringify(plan, null, 2) + "\n" : `${values["dry-run"] ? "plan" : "applied"} for ${plan.deploymentName} (${plan.deploymentId}) from ${plan.file}:
${formatSyncPlan(plan)}`);
  return 0;
}
export {
  CONNECTIONS_USAGE,
  connectionsCommand
};
