import { parseCommandArgs } from "./parse-args.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { driftExitCode, runDrift } from "../commands/drift.js";
import { findRepositoryRoot } from "../util/repo-root.js";
import { ConfigurationError } from "../errors.js";
import { formatDriftMarkdown, formatDriftText } from "../reports/drift-report.js";
import { createGit } from "../util/git.js";
import { createConsoleLogger } from "../util/logger.js";
import { isRepositoryName } from "../github/context.js";

/** The I/O the CLI commands write through (the same shape as main.ts's CliIo). */
export interface DriftCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export const DRIFT_USAGE = `Usage: astro-ci drift [PROJECT_DIR] [options]

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

/** `astro-ci drift`: returns the exit code. */
export async function driftCommand(args: string[], io: DriftCliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseCommandArgs("drift", args, {
      config: { type: "string" },
      deployment: { type: "string" },
      format: { type: "string", default: "text" },
      "write-file": { type: "string" },
      repository: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
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
  if (repository !== undefined && !isRepositoryName(repository)) throw new ConfigurationError(`the repository '${repository}' is not owner/name`, { fix: "pass --repository owner/name (not a URL), or set GITHUB_REPOSITORY" });
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { fix: "run astro-ci drift inside a git checkout (undeployed commits are read from git)" });
  const report = await runDrift({
    repoRoot,
    projectRoot,
    configPath: values.config ? resolve(io.cwd, values.config) : undefined,
    deployment: values.deployment,
    writeFileDir: values["write-file"] ? resolve(io.cwd, values["write-file"]) : undefined,
    env,
    repository,
    git: createGit(repoRoot),
    logger: createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr),
  });
  io.stdout(format === "json" ? JSON.stringify(report, null, 2) + "\n" : format === "markdown" ? formatDriftMarkdown(report) : formatDriftText(report));
  return driftExitCode(report);
}
