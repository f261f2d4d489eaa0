import { parseCommandArgs } from "./parse-args.js";
import { resolve } from "node:path";
import { loadConfig } from "../config/config.js";
import { parseDeploymentTargets } from "../deploy/targets.js";
import { parseCommandSettings } from "../comment-commands/settings.js";
import { createGitRefLockStore } from "../comment-commands/locks.js";
import { createPullRequestCheckout } from "../comment-commands/checkout.js";
import { runCommentCommand } from "../commands/comment.js";
import { createRealExecutors } from "../commands/comment-executors.js";
import { createOctokit } from "../github/octokit.js";
import { findRepositoryRoot } from "../util/repo-root.js";
import { ConfigurationError } from "../errors.js";
import { createConsoleLogger } from "../util/logger.js";
import { createSecretMask } from "../util/secret-mask.js";
import { isRepositoryName, readEventPayloadFile } from "../github/context.js";

interface Io {
  stdout: (t: string) => void;
  cwd: string;
  /** Where log lines go (default: process.stderr); runCli's, which masks secret values. */
  stderr?: (t: string) => void;
  /** Registers a secret value the output must never show (runCli's). */
  mask?: (value: string) => void;
}

export const COMMAND_USAGE = `Usage: astro-ci command [--event FILE] [--event-name NAME] [--config FILE] [--format text|json]

Answer a PR comment command (/astro help|status|validate|preview|teardown|deploy <target>|lock <target>|unlock <target>)
from an issue_comment event, or release a closed PR's target locks from a pull_request closed event. Run it in the
trusted checkout of the default branch: configuration is read from there, the PR head is fetched as data.
Reads GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY, ASTRO_API_TOKEN, ASTRO_API_URL.

Options:
  --event FILE                  The webhook payload (default: GITHUB_EVENT_PATH)
  --event-name NAME             issue_comment or pull_request (default: GITHUB_EVENT_NAME, else from the payload)
  --config FILE                 astro-ci.yaml to use (default: astro-ci.yaml at the repository root)
  --format text|json            Output on stdout (default: text); json: {"command","accepted","reason","sha","results"}
  -h, --help                    This help

Exit codes: 0 handled (also ignored or refused), 1 an accepted command failed, 2 configuration error.
`;


/** `astro-ci command`: returns the exit code. */
export async function commentCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseCommandArgs("command", args, { event: { type: "string" }, "event-name": { type: "string" }, config: { type: "string" }, format: { type: "string", default: "text" }, help: { type: "boolean", short: "h", default: false } }, { allowPositionals: false });
  const { values } = parsed;
  if (values.help) {
    io.stdout(COMMAND_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  const eventPath = values.event !== undefined ? resolve(io.cwd, values.event) : env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new ConfigurationError("no event payload", { fix: "pass --event FILE (GITHUB_EVENT_PATH in Actions)" });
  // A file that cannot be read is the classifier's (it names the cause: not found, a folder, no permission...).
  const text = readEventPayloadFile(eventPath);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`the event payload is not JSON: ${(error as Error).message.slice(0, 200)}`, { file: eventPath, fix: "give the webhook payload as GitHub writes it to GITHUB_EVENT_PATH (the workflow run's event JSON)" });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError(`the event payload is not a JSON object (it is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`})`, { file: eventPath, fix: "give the webhook payload of an issue_comment or pull_request event, as GitHub writes it to GITHUB_EVENT_PATH" });
  }
  const eventName = values["event-name"] ?? env.GITHUB_EVENT_NAME ?? ((payload as { comment?: unknown }).comment ? "issue_comment" : (payload as { pull_request?: unknown }).pull_request ? "pull_request" : "unknown");
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!isRepositoryName(repository)) throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name, not '${repository}'`, { fix: "set GITHUB_REPOSITORY (Actions sets it)" });
  const token = env.GITHUB_TOKEN;
  if (!token) throw new ConfigurationError("GITHUB_TOKEN is not set", { fix: "pass the workflow's token as GITHUB_TOKEN in env:" });
  const repoRoot = findRepositoryRoot(resolve(io.cwd));
  if (!repoRoot) throw new ConfigurationError("not in a git checkout", { fix: "run after actions/checkout of the default branch" });
  const configPath = values.config !== undefined ? resolve(io.cwd, values.config) : undefined;
  const config = await loadConfig({ repoRoot, configPath });
  const settings = parseCommandSettings(config.source);
  const targets = parseDeploymentTargets(config.source);
  const logger = createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr);
  const client = createOctokit({ token, baseUrl: env.GITHUB_API_URL, logger });
  const [owner, repo] = repository.split("/") as [string, string];
  const secrets = createSecretMask();
  // Masked in the reply comment (public, out of reach of runCli's masking of stdout and stderr) and in the output.
  const mask = (value: string): void => {
    io.mask?.(value);
    secrets.mask(value);
  };
  for (const secret of [token, env.ASTRO_API_TOKEN]) if (secret) mask(secret);
  const result = await runCommentCommand({
    eventName,
    payload,
    client,
    owner,
    repo,
    settings,
    targets,
    locks: createGitRefLockStore(client, { owner, repo }),
    checkout: createPullRequestCheckout(repoRoot),
    executors: createRealExecutors({
      trustedRoot: repoRoot,
      configPath: configPath ?? (config.file ? resolve(repoRoot, config.file) : undefined),
      repository,
      env,
      logger,
      github: { client, owner, repo },
      mask,
    }),
    // The reply comment goes to GitHub, out of reach of runCli's masking of stdout and stderr.
    scrub: (text) => secrets.scrub(text),
    logger,
  });
  const { command, accepted, reason, sha, results } = result;
  if (values.format === "json") io.stdout(JSON.stringify({ command, accepted, reason, sha, results }, null, 2) + "\n");
  else io.stdout(`${result.ignored ? "ignored" : accepted ? (result.failed ? "failed" : "done") : "refused"}${command ? ` ${command}` : ""}${sha ? ` on ${sha.slice(0, 12)}` : ""}: ${reason}\n`);
  return result.failed ? 1 : 0;
}
