import { ConfigurationError, fsErrorReason } from "../errors.js";
import { stripUrlCredentials } from "../util/git.js";
import { readNonRepositoryTextSync } from "../util/user-files.js";
import { DEFAULT_GITHUB_API_URL, requireGitHubApiUrl } from "./octokit.js";

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
  /** The pull request's head repository (`owner/name`, as the payload spells it); undefined when it is gone or not a pull request. */
  headRepository?: string;
  ref: string;
  /** GITHUB_REF_NAME (else the short name of GITHUB_REF): the pushed branch or tag, `<n>/merge` on pull requests. */
  refName: string;
    /** GITHUB_HEAD_REF: the pull request's head branch, which its author (a fork's too) chooses. Never map it to a Deployment. */
  headRef?: string;
  serverUrl: string;
  /** GITHUB_API_URL checked (https, or http to localhost; no credentials), without a trailing slash. */
  apiUrl: string;
  runId: string;
  runAttempt: string;
  workspace: string;
  actor: string;
  payload: Record<string, unknown>;
}

/** The fix of a payload field of the wrong shape: GitHub writes the payload, the runner hands it over. */
const PAYLOAD_FIX = "this is set by the runner; do not override GITHUB_EVENT_PATH";

/** The fields of a `pull_request*` event's pull request astro-ci reads, their shapes checked. */
interface PullRequestFields {
  number?: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  /** `head.repo.full_name`; undefined when `head.repo` is null (the fork was deleted). */
  headRepository?: string;
  /** `base.repo.full_name`; undefined when the payload has no `base.repo`. */
  baseRepository?: string;
}

/** A value as a message shows it: its kind, and a scalar's first characters. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const kind = typeof value === "number" ? "a number" : typeof value === "string" ? "a string" : `a ${typeof value}`;
  return `${kind}: ${JSON.stringify(value).slice(0, 60)}`;
}

/** A JSON object (not null, not an array), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Whether `value` is a pull request or issue number: a positive safe integer. */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

/**
 * The pull request of a `pull_request*` event (`payload.pull_request`, present), each field astro-ci reads checked
 * for shape: the number (else the payload's top-level `number`) a positive integer; `head` and `base` objects; `ref`
 * and the repositories' `full_name` strings (`head.repo` may be null: a deleted fork); the SHAs 40 hex characters.
 * @throws ConfigurationError naming the event, the field and what it is instead (exit 2).
 */
function readPullRequestFields(payload: Record<string, unknown>, eventName: string, file: string | undefined): PullRequestFields {
  const wrong = (field: string, expected: string, value: unknown): ConfigurationError =>
    new ConfigurationError(`the ${eventName} event's ${field} is not ${expected} (it is ${describeJsonValue(value)})`, { file, fix: PAYLOAD_FIX });
  const object = (value: unknown, field: string): Record<string, unknown> => {
    const record = asRecord(value);
    if (!record) throw wrong(field, "an object", value);
    return record;
  };
  const optionalString = (value: unknown, field: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw wrong(field, "a string", value);
    return value;
  };
  // Commit SHAs from the payload go to the GitHub API and git: 40 hex characters, or the payload is not the runner's.
  const sha40 = (value: unknown, what: string): string | undefined => {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "string" && /^[0-9a-f]{40}$/.test(value)) return value;
    throw new ConfigurationError(`the event payload's ${what} is not a commit SHA (40 hex characters): ${JSON.stringify(String(value).slice(0, 60))}`, { file, fix: PAYLOAD_FIX });
  };
  const pr = object(payload.pull_request, "pull_request");
  const [numberField, numberValue] = pr.number !== undefined ? ["pull_request.number", pr.number] : ["number", payload.number];
  if (numberValue !== undefined && !isPositiveInteger(numberValue)) throw wrong(numberField, "a positive integer", numberValue);
  const head = object(pr.head, "pull_request.head");
  const base = object(pr.base, "pull_request.base");
  // A head repository that is gone (a deleted fork) is null: nothing then proves where the code came from.
  const headRepo = head.repo === undefined || head.repo === null ? undefined : object(head.repo, "pull_request.head.repo");
  const baseRepo = base.repo === undefined ? undefined : object(base.repo, "pull_request.base.repo");
  const fullName = (repo: Record<string, unknown> | undefined, field: string): string | undefined => {
    if (!repo) return undefined;
    if (typeof repo.full_name !== "string") throw wrong(field, "a string", repo.full_name);
    return repo.full_name;
  };
  return {
    number: numberValue as number | undefined,
    headSha: sha40(head.sha, "pull_request.head.sha"),
    baseSha: sha40(base.sha, "pull_request.base.sha"),
    headRef: optionalString(head.ref, "pull_request.head.ref"),
    headRepository: fullName(headRepo, "pull_request.head.repo.full_name"),
    baseRepository: fullName(baseRepo, "pull_request.base.repo.full_name"),
  };
}

/**
 * Largest event payload read (GITHUB_EVENT_PATH, `astro-ci command --event`): 64 MiB. GitHub caps webhook payloads at
 * 25 MB; the limit keeps a path to /dev/zero or a huge file from taking unbounded memory.
 */
export const EVENT_PAYLOAD_LIMIT = 64 * 1024 * 1024;

/**
 * The event payload file's text: a regular file of at most EVENT_PAYLOAD_LIMIT bytes, wherever the runner wrote it
 * (not a file of the repository; readNonRepositoryTextSync's errors).
 */
export function readEventPayloadFile(path: string): string {
  return readNonRepositoryTextSync(path, { limit: EVENT_PAYLOAD_LIMIT, limitName: "for event payloads (GitHub caps them at 25 MB)", fix: "point it at the webhook payload GitHub writes to GITHUB_EVENT_PATH" });
}

/**
 * The event payload the runner wrote (GITHUB_EVENT_PATH): a JSON object, not yet trusted field by field; `{}` when the
 * variable is not set.
 * @throws ConfigurationError when the file cannot be read (not a regular file, above EVENT_PAYLOAD_LIMIT...) or is not
 * a JSON object (exit 2).
 */
export function readEventPayload(env: NodeJS.ProcessEnv, readFile: (path: string) => string = readEventPayloadFile): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {};
  let payload: unknown;
  try {
    payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${fsErrorReason(error) ?? (error as Error).message}`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError(`the event payload is not a JSON object (it is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`})`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
  }
  return payload as Record<string, unknown>;
}

export function readGitHubContext(env: NodeJS.ProcessEnv, readFile: (path: string) => string = readEventPayloadFile): GitHubContext {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes("/")) {
    throw new ConfigurationError("GITHUB_REPOSITORY is not set: this must run inside a GitHub Actions workflow", {
      fix: "run the action in a workflow, or use the CLI (astro-ci validate-dags) locally",
    });
  }
  if (!isRepositoryName(repository)) {
    throw new ConfigurationError(`GITHUB_REPOSITORY is not a repository name (owner/name): ${JSON.stringify(repository.slice(0, 120))}`, { fix: RUNNER_VARIABLE_FIX });
  }
  const runId = runnerNumber(env, "GITHUB_RUN_ID", "0");
  const runAttempt = runnerNumber(env, "GITHUB_RUN_ATTEMPT", "1");
  const [owner, repo] = repository.split("/") as [string, string];
  const payload = readEventPayload(env, readFile);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const sha = env.GITHUB_SHA ?? "";
  // The pull request of a pull_request* event, when the payload has one (a payload without it is the caller's to refuse).
  const isPr = /^pull_request/.test(eventName) && payload.pull_request !== undefined;
  const pr = isPr ? readPullRequestFields(payload, eventName, env.GITHUB_EVENT_PATH) : undefined;
  // A push's `before` is checked where it is used (the deploy core names it as the push event's `before`).
  const payloadBase = pr ? pr.baseSha : (payload.before as string | undefined);
  const baseRepository = pr?.baseRepository ?? repository;
  return {
    owner,
    repo,
    eventName,
    sha,
    headSha: pr?.headSha ?? sha,
    baseSha: payloadBase,
    pullRequestNumber: pr?.number,
    // A head repository that is gone (a deleted fork: `head.repo` null) proves nothing about where the code came from.
    isForkPullRequest: pr !== undefined && (!pr.headRepository || pr.headRepository.toLowerCase() !== baseRepository.toLowerCase()),
    headRepository: pr?.headRepository,
    ref: env.GITHUB_REF ?? "",
    refName: env.GITHUB_REF_NAME || (env.GITHUB_REF ?? "").replace(/^refs\/(heads|tags)\//, ""),
    headRef: env.GITHUB_HEAD_REF || pr?.headRef,
    serverUrl: serverUrlOf(env.GITHUB_SERVER_URL || "https://github.com"),
    apiUrl: requireGitHubApiUrl(env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL),
    runId,
    runAttempt,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    actor: env.GITHUB_ACTOR ?? "",
    payload,
  };
}

const RUNNER_VARIABLE_FIX = "the runner sets this variable; do not override it in the workflow's env:";

/** GITHUB_RUN_ID / GITHUB_RUN_ATTEMPT: digits (they go into run links), `fallback` when unset. */
function runnerNumber(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!/^\d{1,20}$/.test(value)) throw new ConfigurationError(`${name} is not a number: ${JSON.stringify(value.slice(0, 40))}`, { fix: RUNNER_VARIABLE_FIX });
  return value;
}

/**
 * GITHUB_SERVER_URL, the base of the links astro-ci writes into check runs, summaries and comments
 * (`https://github.com`, or a GitHub Enterprise Server's URL), checked: an http(s) URL with a host, no user name or
 * password, no query or fragment, and a path of plain URL characters (a `)` or a space would end a Markdown link).
 * Returned as `scheme://host[:port][/path]` without a trailing slash.
 * @throws ConfigurationError (exit 2) naming the variable; the value is shown without credentials.
 */
export function serverUrlOf(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const ok = url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname && !url.username && !url.password && !url.search && !url.hash && /^[A-Za-z0-9._~/-]*$/.test(url.pathname);
  if (!url || !ok) {
    throw new ConfigurationError(`GITHUB_SERVER_URL is not a plain http(s) URL of a GitHub server: ${JSON.stringify(stripUrlCredentials(value).slice(0, 100))}`, {
      fix: `${RUNNER_VARIABLE_FIX} (https://github.com, or your GitHub Enterprise Server's URL)`,
    });
  }
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * Whether `value` is a repository as GitHub names one, `owner/name`: the owner letters, digits, hyphens and (GitHub
 * Enterprise's managed users, `handle_shortcode`) underscores, not starting with a hyphen; the name 1-100 letters,
 * digits, `.`, `_` or `-`, and not `.` or `..` (which would climb out of the API path the token is sent to:
 * `--repository ../x`).
 */
export function isRepositoryName(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/.test(value);
}

/** Events whose ref is the base repository's own branch, so branches map to Deployments. */
export const BRANCH_MAPPING_EVENTS = new Set(["push", "workflow_dispatch", "schedule"]);

/** Events whose runs never deploy: the pull request (a fork's too) picks the code and the branch name. */
export const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target", "issue_comment", "pull_request_review", "pull_request_review_comment"]);

/**
 * Events a deploy may run on, with a target given (a branch maps only on BRANCH_MAPPING_EVENTS): what someone with
 * write access to the repository starts, on the repository's own code. `workflow_run` only after a run of one of
 * WORKFLOW_RUN_TRIGGERS on this repository's own code (see deployEventRefusal).
 */
export const DEPLOY_EVENTS = new Set(["push", "workflow_dispatch", "schedule", "release", "deployment", "repository_dispatch", "workflow_run"]);
const WORKFLOW_RUN_TRIGGERS = new Set(["push", "workflow_dispatch", "schedule", "release"]);

/**
 * Why a workflow run of `eventName` must not deploy, or undefined when it may (outside a workflow there is no event,
 * and the caller does not ask). Refused: pull request events (a fork chooses the code); events whose code may be a
 * pull request's (`merge_group`, `check_run`, `check_suite`, any event not in DEPLOY_EVENTS); and a `workflow_run`
 * that followed a pull request's run (its `workflow_run.event`), or whose head repository (`workflow_run
 * .head_repository.full_name`) is not this one (`repository.full_name`): a fork's. `payload` is the event payload as
 * the runner wrote it (GITHUB_EVENT_PATH), not yet trusted: a missing or odd field is a refusal.
 */
export function deployEventRefusal(eventName: string, payload: Record<string, unknown>): string | undefined {
  if (PULL_REQUEST_EVENTS.has(eventName)) return `a ${eventName} event never deploys: a pull request, a fork's too, chooses its own code and branch name`;
  if (!DEPLOY_EVENTS.has(eventName)) {
    return `a ${eventName || "(unknown)"} event never deploys: its code may be a pull request's, a fork's too (deploys run on push, workflow_dispatch, schedule, release, deployment, repository_dispatch, and workflow_run after a push, workflow_dispatch, schedule or release run of this repository)`;
  }
  if (eventName !== "workflow_run") return undefined;
  const run = payload.workflow_run;
  const record = asRecord;
  const trigger = record(run)?.event;
  if (typeof trigger !== "string" || !WORKFLOW_RUN_TRIGGERS.has(trigger)) {
    return `a workflow_run event after a ${typeof trigger === "string" ? trigger : "(unknown)"} run never deploys: that run's code may be a pull request's, a fork's too (only a workflow_run after a push, workflow_dispatch, schedule or release run deploys)`;
  }
  const head = record(record(run)?.head_repository)?.full_name;
  const own = record(payload.repository)?.full_name;
  if (typeof head !== "string" || typeof own !== "string" || head.toLowerCase() !== own.toLowerCase()) {
    return `a workflow_run event on another repository's code never deploys: the run's head repository is ${typeof head === "string" ? head : "(not given)"}, not ${typeof own === "string" ? own : "this repository"}`;
  }
  return undefined;
}

/**
 * The branch a deploy maps to a Deployment: the pushed (or dispatched, or scheduled) branch of the base repository,
 * from GITHUB_REF/GITHUB_REF_NAME, only on push, workflow_dispatch and schedule events; never the pull request's
 * head branch (GITHUB_HEAD_REF), which a fork names as it likes. Otherwise `reason` says why there is none.
 */
export function deployBranch(context: Pick<GitHubContext, "eventName" | "ref" | "refName">): { branch?: string; reason?: string } {
  if (!BRANCH_MAPPING_EVENTS.has(context.eventName)) {
    return { reason: `a ${context.eventName || "(unknown)"} event maps no branch to a Deployment (only push, workflow_dispatch and schedule do): give deployment-id or deployment-name to deploy` };
  }
  if (!context.ref.startsWith("refs/heads/")) return { reason: `${context.ref || "GITHUB_REF"} is not a branch: nothing is mapped to a Deployment (give deployment-id or deployment-name to deploy a tag)` };
  return { branch: context.refName || context.ref.slice("refs/heads/".length) };
}
