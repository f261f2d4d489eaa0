import { readFileSync } from "node:fs";
import { ConfigurationError } from "../errors.js";

/** What a workflow run tells about itself, read once from the environment and the event payload. */
export interface GitHubContext {
  owner: string;
  repo: string;
  eventName: string;
  /** GITHUB_SHA: on pull_request events, the merge commit. */
  sha: string;
  /** The commit checks belong on: the PR head on pull_request events, else GITHUB_SHA. */
  headSha: string;
  /** The PR's base commit, for diffs. */
  baseSha?: string;
  pullRequestNumber?: number;
  isForkPullRequest: boolean;
  ref: string;
  headRef?: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runAttempt: string;
  workspace: string;
  actor: string;
  payload: Record<string, unknown>;
}

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  base?: { sha?: string; repo?: { full_name?: string } };
}

export function readGitHubContext(env: NodeJS.ProcessEnv, readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): GitHubContext {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes("/")) {
    throw new ConfigurationError("GITHUB_REPOSITORY is not set: this must run inside a GitHub Actions workflow", {
      fix: "run the action in a workflow, or use the CLI (astro-ci validate-dags) locally",
    });
  }
  const [owner, repo] = repository.split("/") as [string, string];
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigurationError(`cannot read the event payload: ${(error as Error).message}`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const sha = env.GITHUB_SHA ?? "";
  const pr = (payload.pull_request ?? undefined) as PullRequestPayload | undefined;
  const isPr = pr !== undefined && /^pull_request/.test(eventName);
  const headRepo = pr?.head?.repo?.full_name;
  return {
    owner,
    repo,
    eventName,
    sha,
    headSha: isPr && pr?.head?.sha ? pr.head.sha : sha,
    baseSha: isPr ? pr?.base?.sha : (payload.before as string | undefined),
    pullRequestNumber: isPr ? (pr?.number ?? (payload.number as number | undefined)) : undefined,
    isForkPullRequest: Boolean(isPr && headRepo && headRepo !== (pr?.base?.repo?.full_name ?? repository)),
    ref: env.GITHUB_REF ?? "",
    headRef: env.GITHUB_HEAD_REF || pr?.head?.ref,
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    actor: env.GITHUB_ACTOR ?? "",
    payload,
  };
}
