import { parseCommandArgs } from "./parse-args.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { runConnectionsSync } from "../commands/connections.js";
import { formatSyncPlan } from "../connections/sync.js";
import { defaultRepositoryRoot } from "../util/repo-root.js";
import { ConfigurationError } from "../errors.js";
import { createConsoleLogger } from "../util/logger.js";

export const CONNECTIONS_USAGE = `Usage: astro-ci connections sync [PROJECT_DIR] (--deployment-id ID | --deployment-name NAME [--workspace-id ID]) [options]

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

/** `astro-ci connections sync`: returns the exit code. */
export async function connectionsCommand(args: string[], io: { stdout: (t: string) => void; cwd: string; stderr?: (t: string) => void; mask?: (value: string) => void }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
      help: { type: "boolean", short: "h", default: false },
    });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(CONNECTIONS_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  if (values["deployment-id"] && values["deployment-name"]) throw new ConfigurationError("give --deployment-id or --deployment-name, not both", { fix: "keep one of them" });
  const projectRoot = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(projectRoot)) throw new ConfigurationError(`project folder '${positionals[0]}' does not exist`, { fix: "give the Astro project's folder" });
  const repoRoot = defaultRepositoryRoot(projectRoot, io.cwd);
  const plan = await runConnectionsSync({
    repoRoot,
    projectRoot,
    configPath: values.config ? resolve(io.cwd, values.config) : undefined,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    settingsPath: values.settings !== undefined ? resolve(io.cwd, values.settings) : undefined,
    dryRun: values["dry-run"],
    env,
    // Values are never printed, but an API error may quote one back: runCli masks them as the Actions runner would.
    mask: io.mask ?? (() => undefined),
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr),
  });
  io.stdout(values.format === "json" ? JSON.stringify(plan, null, 2) + "\n" : `${values["dry-run"] ? "plan" : "applied"} for ${plan.deploymentName} (${plan.deploymentId}) from ${plan.file}:\n${formatSyncPlan(plan)}`);
  return 0;
}
