import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { getOptionalInput, resolveInsideWorkspace, type InputReader } from "../inputs.js";

/** Everything the comment-command action reads from its inputs, checked once. */
export interface CommentCommandActionSettings {
  /** The trusted checkout (the default branch). */
  workspace: string;
  /** Absolute path of the trusted astro-ci.yaml, when given. */
  configPath?: string;
  githubToken: string;
  astroApiToken?: string;
  astroApiUrl?: string;
  organizationId?: string;
}

export function readCommentCommandSettings(read: InputReader, env: NodeJS.ProcessEnv): CommentCommandActionSettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const config = getOptionalInput(read, "config");
  const githubToken = getOptionalInput(read, "github-token");
  if (!githubToken) throw new ConfigurationError("input 'github-token' is empty", { fix: "leave it at its default, ${{ github.token }}" });
  const domain = getOptionalInput(read, "domain");
  if (domain !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) throw new ConfigurationError(`input 'domain' must be a host name like astronomer.io, not '${domain}'`, { fix: "leave it empty for Astro's public API" });
  return {
    workspace,
    configPath: config ? resolveInsideWorkspace(workspace, config, "config") : undefined,
    githubToken,
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
  };
}
