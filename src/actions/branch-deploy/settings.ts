import { resolve } from "node:path";
import { getDomainInput, getDurationInput, getOptionalInput, optionalPathInside, resolveInsideWorkspace, type InputReader } from "../inputs.js";

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
  const timeout = getDurationInput(read, "wait-timeout", "900") ?? 900;
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath: project && project !== "." ? resolveInsideWorkspace(workspace, project, "project-path") : undefined,
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    waitTimeoutSeconds: timeout,
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
  };
}
