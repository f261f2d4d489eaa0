import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { getOptionalInput, resolveInsideWorkspace, type InputReader } from "../inputs.js";

/** Everything the branch-deploy and teardown actions read from their inputs, checked once. */
export interface PreviewActionSettings {
  workspace: string;
  /** Absolute project folder; undefined: every configured project. */
  projectPath?: string;
  configPath?: string;
  waitTimeoutSeconds: number;
  githubToken?: string;
  astroApiToken?: string;
  astroApiUrl?: string;
  organizationId?: string;
}

export function readPreviewActionSettings(read: InputReader, env: NodeJS.ProcessEnv): PreviewActionSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const project = getOptionalInput(read, "project-path");
  const timeout = getOptionalInput(read, "wait-timeout") ?? "900";
  if (!/^[1-9][0-9]{0,5}$/.test(timeout)) throw new ConfigurationError(`input 'wait-timeout' must be a number of seconds, not '${timeout}'`, { fix: "e.g. wait-timeout: 900" });
  const domain = getOptionalInput(read, "domain");
  if (domain !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) throw new ConfigurationError(`input 'domain' must be a host name like astronomer.io, not '${domain}'`, { fix: "leave it empty for Astro's public API" });
  return {
    workspace,
    projectPath: project && project !== "." ? resolveInsideWorkspace(workspace, project, "project-path") : undefined,
    configPath: getOptionalInput(read, "config"),
    waitTimeoutSeconds: Number(timeout),
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
  };
}
