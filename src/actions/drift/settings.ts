import { resolve } from "node:path";
import { getBooleanInput, getDomainInput, getOptionalInput, optionalPathInside, resolveInsideWorkspace, type InputReader } from "../inputs.js";

/** Everything the drift action was asked to do, read and checked once. */
export interface DriftSettings {
  workspace: string;
  /** Absolute project folder (inside the workspace). */
  projectPath: string;
  configPath?: string;
  /** Only this deployments entry; undefined: every entry. */
  deployment?: string;
  /** Keep one GitHub issue per Deployment up to date (needs `issues: write`). */
  issues: boolean;
  /** Fail the step when drift is found. */
  failOnDrift: boolean;
  /** Where the JSON report is written. */
  reportPath: string;
  githubToken?: string;
  astroApiToken?: string;
  astroApiUrl?: string;
  organizationId?: string;
}

export function readDriftSettings(read: InputReader, env: NodeJS.ProcessEnv): DriftSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath: resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path"),
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    deployment: getOptionalInput(read, "deployment"),
    issues: getBooleanInput(read, "issues", true),
    failOnDrift: getBooleanInput(read, "fail-on-drift", false),
    reportPath: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci-drift.json"),
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
  };
}
