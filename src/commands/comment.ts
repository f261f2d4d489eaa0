import { ConfigurationError } from "../errors.js";
import { asRecord, describeJsonValue } from "../github/context.js";
import type { GitHubClient } from "../github/octokit.js";
import { upsertStickyComment } from "../github/sticky-comment.js";
import type { DeploymentTarget } from "../deploy/targets.js";
import type { Logger } from "../util/logger.js";
import { classifyEvent, permissionFromApi, type PullRequestComment } from "../comment-commands/event.js";
import { parseCommandLine, quoteUntrusted } from "../comment-commands/parse.js";
import { COMMAND_NAMES, permissionAtLeast, type CommandName, type CommandSettings, type PermissionLevel } from "../comment-commands/settings.js";
import type { LockStore } from "../comment-commands/locks.js";
import { GitFailureBeforeAstro, type CheckoutPullRequest, type PullRequestCheckout } from "../comment-commands/checkout.js";

/** The pull request as read at acceptance. */
export interface PullRequestFacts {
  number: number;
  /** The pinned head commit (40 hex). */
  sha: string;
  branch: string;
  fork: boolean;
  state: "open" | "closed";
}

/** What an executed command reports. */
export interface ExecOutcome {
  ok: boolean;
  /** Not run, for a reason of configuration or policy (a fork's preview with previews.forks off): answered "Refused", not "failed". */
  refused?: boolean;
  summary: string;
  /** Markdown links (check run, Airflow UI, GitHub Deployment); built by our code from API answers. */
  links?: string[];
  details?: unknown;
}

/**
 * The side-effecting commands, given the PR head checked out as data at the pinned SHA. Each is optional: a missing
 * one answers "not available in this setup".
 */
export interface CommentCommandExecutors {
  validate?(pr: PullRequestFacts, checkout: PullRequestCheckout): Promise<ExecOutcome>;
  preview?(pr: PullRequestFacts, checkout: PullRequestCheckout): Promise<ExecOutcome>;
  teardown?(pr: PullRequestFacts): Promise<ExecOutcome>;
  /** Always DAG-only: PR code is never built in the comment job. */
  deploy?(pr: PullRequestFacts, checkout: PullRequestCheckout, target: DeploymentTarget): Promise<ExecOutcome>;
  /** What `/astro status` shows besides the locks: the PR's preview, the last deploy per target, the latest checks. */
  status?(pr: number, headSha: string | undefined): Promise<{ markdown: string; results: Record<string, unknown> }>;
}

export interface CommentCommandOptions {
  eventName: string;
  payload: unknown;
  client: GitHubClient;
  owner: string;
  repo: string;
  settings: CommandSettings;
  targets: DeploymentTarget[];
  locks: LockStore;
  checkout: CheckoutPullRequest;
  executors: CommentCommandExecutors;
  logger: Logger;
  /** The login our sticky reply is written by; unset: the identity the token acts as (see src/github/identity.ts). */
  botLogin?: string;
  /**
   * Masks the run's secrets (the GitHub and Astro tokens, and the values the executors declared: a preview's connection
   * passwords) in the reply, all of it, and the result: a failed command's message may quote one an API echoed back,
   * and a PR comment is public, out of reach of the runner's log masking. Default: text as it is.
   */
  scrub?: (text: string) => string;
}

export interface CommentCommandResult {
  /** The command name, or null when nothing was asked. */
  command: string | null;
  accepted: boolean;
  /** Why it was ignored, refused, or what happened. */
  reason: string;
  sha: string | null;
  results: unknown;
  /** The event caused no write at all. */
  ignored: boolean;
  /** An accepted command failed (exit 1). */
  failed: boolean;
}

export const COMMANDS_MARKER = "astro-ci:commands";
const SHA = /^[0-9a-f]{40}$/;
/** Commands that act on the PR head (need the checkout, the head-moved check and an open PR). */
const NEEDS_HEAD: CommandName[] = ["validate", "preview", "deploy"];
const DESCRIPTIONS: Record<CommandName, string> = {
  help: "this list",
  status: "locks held and this PR's state",
  validate: "static DAG checks (no PR code is run) on the PR head",
  preview: "create or update this PR's preview Deployment",
  teardown: "remove this PR's preview Deployment",
  deploy: "`deploy <target>`: DAG-only deploy of the PR head to a deployments: target (takes its lock)",
  lock: "`lock <target>`: hold a target for this PR",
  unlock: "`unlock <target>`: release it (admins may release another PR's lock)",
};

function statusOf(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : undefined;
}

/**
 * Handle one webhook event for PR comment commands (see README "Comment commands"): filter, parse, authorize, pin
 * the PR head, run, react and answer in one sticky comment. Ignored events make no request at all; refusals are
 * answers (accepted: false). Only an accepted command that failed sets `failed`.
 */
export async function runCommentCommand(options: CommentCommandOptions): Promise<CommentCommandResult> {
  const event = classifyEvent(options.eventName, options.payload);
  if (event.kind === "ignore") return { command: null, accepted: false, reason: event.reason, sha: null, results: null, ignored: true, failed: false };
  if (event.kind === "closed") return releaseOnClose(options, event.pr);
  const parsed = parseCommandLine(event.body, options.settings.prefix);
  if (parsed.kind === "none") return { command: null, accepted: false, reason: "the comment is not a command", sha: null, results: null, ignored: true, failed: false };

  const repo = { owner: options.owner, repo: options.repo };
  const react = async (content: "eyes" | "rocket" | "confused"): Promise<void> => {
    try {
      await options.client.rest.reactions.createForIssueComment({ ...repo, comment_id: event.commentId, content });
    } catch (error) {
      options.logger.warning(`could not add the ${content} reaction: ${(error as Error).message}`);
    }
  };
  await react("eyes");
  let permission: PermissionLevel | undefined;
  const permissionOf = async (): Promise<PermissionLevel> => {
    if (permission) return permission;
    // The payload's author_association is no filter: a member whose organization membership is private (GitHub's
    // default) comes as CONTRIBUTOR or NONE (actions/github-script#365, #643), and was refused whatever the role.
    // Only the permission API knows; a mannequin (an imported placeholder) cannot comment.
    if (event.authorAssociation === "MANNEQUIN") return (permission = "none");
    try {
      const answer = await options.client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: event.login });
      permission = permissionFromApi(answer.data as { permission?: unknown; role_name?: unknown });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      permission = "none";
    }
    return permission;
  };
  const scrub = options.scrub ?? ((text: string) => text);
  const finish = async (given: Omit<CommentCommandResult, "ignored">, body: string): Promise<CommentCommandResult> => {
    const result = { ...given, reason: scrub(given.reason) };
    await reply(options, event, result, scrub(body));
    await react(result.accepted && !result.failed ? "rocket" : "confused");
    return { ...result, ignored: false };
  };

  if (parsed.kind === "invalid") {
    const level = await permissionOf();
    return finish(
      { command: parsed.name ?? null, accepted: false, reason: `invalid command: ${parsed.reason}`, sha: null, results: null, failed: false },
      `Could not read ${quoteUntrusted(firstLine(event.body))}: ${parsed.reason}.\n\n${helpText(options, level)}`,
    );
  }
  const name = parsed.name;
  const required = options.settings.permissions[name];
  const level = required === "none" && name !== "help" ? "none" : await permissionOf();
  if (!permissionAtLeast(level, required)) {
    return finish(
      { command: name, accepted: false, reason: `@${event.login} has ${level === "none" ? "no" : level} permission; ${name} needs ${required}`, sha: null, results: null, failed: false },
      `Refused: \`${name}\` needs ${required} permission on this repository; ${quoteUntrusted(event.login)} has ${level === "none" ? "no permission" : level}.\n\n${helpText(options, level)}`,
    );
  }
  if (name === "help") return finish({ command: name, accepted: true, reason: "help", sha: null, results: null, failed: false }, helpText(options, level));
  if (name === "status") {
    const locks: { target: string; holder: number | null; taken: boolean }[] = [];
    for (const target of options.targets) {
      const { taken, holder } = await options.locks.holder(target.name);
      locks.push({ target: target.name, taken, holder: holder ?? null });
    }
    const lines = locks.map((l) => `- \`${l.target}\`: ${l.taken ? `locked by ${l.holder !== null ? `#${l.holder}` : "an unknown holder"}` : "free"}`);
    // The rest of the picture (preview, last deploys, latest checks) reads Astro and GitHub; a failure there only
    // shortens the answer.
    let more: { markdown: string; results: Record<string, unknown> } | undefined;
    if (options.executors.status) {
      const pr = await readPullRequest(options, event.pr).catch(() => undefined);
      more = await options.executors.status(event.pr, pr?.sha).catch((error: unknown) => ({ markdown: `_Could not read the rest of the status: ${quoteUntrusted(scrub((error as Error).message))}_`, results: {} }));
    }
    return finish(
      { command: name, accepted: true, reason: "status", sha: null, results: { locks, ...(more?.results ?? {}) }, failed: false },
      `**Targets**\n\n${lines.join("\n") || "No deployments: targets are configured."}${more ? `\n\n${more.markdown}` : ""}`,
    );
  }

  const pr = await readPullRequest(options, event.pr);
  if (!pr) {
    return finish({ command: name, accepted: false, reason: "the pull request head could not be read", sha: null, results: null, failed: false }, "Refused: GitHub did not give a valid head commit for this pull request.");
  }
  const refuse = (reason: string, results: unknown = null) => finish({ command: name, accepted: false, reason, sha: pr.sha, results, failed: false }, `Refused \`${name}\` on ${pr.sha.slice(0, 12)}: ${reason}.`);
  if (pr.state !== "open" && name !== "teardown" && name !== "unlock") return refuse("the pull request is closed");

  let target: DeploymentTarget | undefined;
  if (parsed.target !== undefined) {
    target = options.targets.find((t) => t.name === parsed.target);
    if (!target) {
      return finish(
        { command: name, accepted: false, reason: `unknown target ${parsed.target}`, sha: pr.sha, results: null, failed: false },
        `No deployments: target is named ${quoteUntrusted(parsed.target)}. Targets: ${options.targets.map((t) => `\`${t.name}\``).join(", ") || "none configured"}.\n\n${helpText(options, level)}`,
      );
    }
  }
  if (name === "lock" || name === "unlock") {
    const t = target as DeploymentTarget;
    if (name === "lock") {
      const outcome = await options.locks.acquire(t.name, pr.number, pr.sha);
      if (!outcome.acquired) return refuse(`\`${t.name}\` is locked by ${outcome.holder !== undefined ? `#${outcome.holder}` : "an unknown holder"}`, { holder: outcome.holder ?? null });
      return finish({ command: name, accepted: true, reason: outcome.already ? "already held" : "locked", sha: pr.sha, results: { target: t.name, holder: pr.number }, failed: false }, `\`${t.name}\` is ${outcome.already ? "already" : "now"} locked by #${pr.number}.`);
    }
    const outcome = await options.locks.release(t.name, pr.number, level === "admin");
    if (!outcome.released && outcome.holder !== undefined) return refuse(`\`${t.name}\` is locked by #${outcome.holder}; only that PR or an admin can unlock it`, { holder: outcome.holder });
    return finish({ command: name, accepted: true, reason: outcome.released ? "unlocked" : "was not locked", sha: pr.sha, results: { target: t.name, released: outcome.released }, failed: false }, outcome.released ? `\`${t.name}\` is unlocked.` : `\`${t.name}\` was not locked.`);
  }
  /**
   * The command stopped before it sent anything to Astro: the PR head could not be checked out (nothing ran), or a
   * git failure ended the deploy before its first write to Astro (GitFailureBeforeAstro: the target is as it was).
   * Give back the lock this command took (`took`; a lock the PR held before stays held), say so on the PR with the
   * fix (the reply would still show the previous command's answer), react 😕, then end as the error it is (an
   * environment fault: exit 2). Any other failure of a deploy keeps the lock: the Deployment may be half-updated.
   */
  const failedBeforeAstro = async (error: unknown, took: string | undefined): Promise<never> => {
    if (took !== undefined) {
      await options.locks.release(took, pr.number, false).catch((releaseError: unknown) => options.logger.warning(`could not give back the lock on ${took}: ${(releaseError as Error).message}`));
    }
    const fix = (error as { fix?: unknown }).fix;
    const inCommand = error instanceof GitFailureBeforeAstro && error.where !== "checkout";
    // The deploy's own message says that nothing was sent to Astro.
    const message = inCommand ? (error as Error).message : `the pull request head could not be checked out: ${(error as Error).message}`;
    await finish(
      { command: name, accepted: true, reason: message, sha: pr.sha, results: null, failed: true },
      `\`${name}\` on ${pr.sha.slice(0, 12)} failed before ${inCommand ? "anything was sent to Astro (nothing was deployed)" : "it ran (nothing was run or deployed)"}${took !== undefined ? ` and the lock on \`${took}\` was given back` : ""}: ${escapeReason(scrub(message))}${typeof fix === "string" ? `\n\nFix: ${escapeReason(scrub(fix))}` : ""}`,
      // A reply that cannot be posted (GitHub's API down) must not replace the command's own error.
    ).catch((replyError: unknown) => options.logger.warning(`could not post the reply: ${scrub((replyError as Error).message)}`));
    throw error;
  };
  const beforeAstro = (took: string | undefined) => (error: unknown) => (error instanceof GitFailureBeforeAstro ? failedBeforeAstro(error, took) : Promise.reject(error));
  if (name === "teardown") return execute(options, name, pr, finish, () => options.executors.teardown?.(pr)).catch(beforeAstro(undefined));

  // validate, preview, deploy: act on the PR head.
  /** A lock this command took itself: given back when the command is refused before it runs. */
  let tookLock: string | undefined;
  if (NEEDS_HEAD.includes(name)) {
    if (pr.fork && (name === "preview" || name === "deploy") && options.settings.forks === "off") return refuse("deploys of fork pull requests are off (commands.forks: off)");
    if (name === "deploy") {
      const t = target as DeploymentTarget;
      if (t.protected && !options.settings.allowProtected) return refuse(`\`${t.name}\` is protected; deploy it from its branch (commands.allow-protected is false)`);
      if (pr.fork && (t.deployType === "image-only" || t.deployType === "image-and-dags")) return refuse(`\`${t.name}\` takes image deploys, never built from a fork`);
      const lock = await options.locks.acquire(t.name, pr.number, pr.sha);
      if (!lock.acquired) return refuse(`\`${t.name}\` is locked by ${lock.holder !== undefined ? `#${lock.holder}` : "an unknown holder"}`, { holder: lock.holder ?? null });
      if (!lock.already) tookLock = t.name;
    }
  }
  const refuseUnrun = async (reason: string): Promise<CommentCommandResult> => {
    if (tookLock !== undefined) await options.locks.release(tookLock, pr.number, false);
    return refuse(reason);
  };
  let checkout: PullRequestCheckout;
  try {
    checkout = await options.checkout(pr.number, pr.sha);
  } catch (error) {
    if ((error as { headMoved?: boolean }).headMoved) return refuseUnrun(`the head moved while the command was read (${(error as Error).message}); check the new commits and comment again`);
    // Nothing ran (a fetch that failed: origin unreachable, no refs/pull/N/head, no credentials).
    return failedBeforeAstro(error, tookLock);
  }
  try {
    // The rule: the pinned commit must have been committed no later than the comment was written. A push after the
    // comment (the commenter did not see it) is refused. Committer times can be set by the pusher: see README.
    // Fail closed: a time that is not a number (NaN compares false both ways) is refused too.
    if (!(checkout.committedAtMs <= Date.parse(event.createdAt))) {
      return await refuseUnrun("the head commit is newer than the comment; review it and comment again");
    }
    return await execute(options, name, pr, finish, () =>
      name === "validate" ? options.executors.validate?.(pr, checkout) : name === "preview" ? options.executors.preview?.(pr, checkout) : options.executors.deploy?.(pr, checkout, target as DeploymentTarget),
    ).catch(beforeAstro(tookLock));
  } finally {
    await checkout.cleanup();
  }
}

async function execute(
  options: CommentCommandOptions,
  name: CommandName,
  pr: PullRequestFacts,
  finish: (result: Omit<CommentCommandResult, "ignored">, body: string) => Promise<CommentCommandResult>,
  run: () => Promise<ExecOutcome> | undefined,
): Promise<CommentCommandResult> {
  const pending = run();
  if (!pending) return finish({ command: name, accepted: false, reason: `${name} is not available in this setup`, sha: pr.sha, results: null, failed: false }, `\`${name}\` is not available here.`);
  let outcome: ExecOutcome;
  /** The command threw: its reason says "failed: " (the JSON answer has no other sign), its reply says it once. */
  let threw = false;
  try {
    outcome = await pending;
  } catch (error) {
    // Nothing was sent to Astro: the caller gives back the lock and ends with exit 2 (see failedBeforeAstro).
    if (error instanceof GitFailureBeforeAstro) throw error;
    options.logger.error(`${name} failed: ${(error as Error).message}`);
    outcome = { ok: false, summary: (error as Error).message };
    threw = true;
  }
  // Masked before escaping: Markdown escapes (`\_`, `\\`) would hide a value from the mask in the reply.
  outcome = { ...outcome, summary: (options.scrub ?? ((text: string) => text))(outcome.summary) };
  if (outcome.refused) {
    return finish({ command: name, accepted: false, reason: outcome.summary, sha: pr.sha, results: outcome.details ?? null, failed: false }, `Refused \`${name}\` on ${pr.sha.slice(0, 12)}: ${escapeReason(outcome.summary)}.`);
  }
  const links = outcome.links?.length ? `\n\n${outcome.links.map((l) => `- ${l}`).join("\n")}` : "";
  return finish(
    { command: name, accepted: true, reason: threw ? `failed: ${outcome.summary}` : outcome.summary, sha: pr.sha, results: outcome.details ?? null, failed: !outcome.ok },
    `\`${name}\` on ${pr.sha.slice(0, 12)}: ${outcome.ok ? "done" : "failed"}: ${escapeReason(outcome.summary)}${links}`,
  );
}

/**
 * Reasons come from our code and API answers but may carry PR-controlled text (a branch or file name): one line,
 * Markdown punctuation backslash-escaped, no HTML, no mention, no autolink.
 */
export function escapeReason(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/[\\`*_[\]()#!|~>]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, "@\u200b")
    .replace(/:\/\//g, ":\u200b//")
    .replace(/\bwww\./gi, "www\u200b.");
}

function firstLine(body: string): string {
  return body.split(/\r\n|\n|\r/, 1)[0] ?? "";
}

function helpText(options: CommentCommandOptions, level: PermissionLevel): string {
  const rows = COMMAND_NAMES.map((name) => {
    const allowed = permissionAtLeast(level, options.settings.permissions[name]);
    return `- \`${options.settings.prefix} ${name}\`: ${DESCRIPTIONS[name]}${allowed ? "" : ` (needs ${options.settings.permissions[name]})`}`;
  });
  const targets = options.targets.map((t) => `\`${t.name}\`${t.protected ? " (protected)" : ""}`).join(", ");
  return `**astro-ci commands** (your permission: ${level})\n\n${rows.join("\n")}\n\nTargets: ${targets || "none configured"}.`;
}

async function reply(options: CommentCommandOptions, event: PullRequestComment, result: Omit<CommentCommandResult, "ignored">, body: string): Promise<void> {
  const header = `${result.accepted && !result.failed ? "✅" : "⚠️"} ${quoteUntrusted(event.login)} asked ${quoteUntrusted(firstLine(event.body))}`;
  try {
    await upsertStickyComment(options.client, { owner: options.owner, repo: options.repo, issueNumber: event.pr, marker: COMMANDS_MARKER, body: `${header}\n\n${body}`, botLogin: options.botLogin, scrub: options.scrub });
  } catch (error) {
    options.logger.warning(`could not write the reply comment: ${(error as Error).message}`);
  }
}

/**
 * The pull request as the GitHub API answers `GET /repos/{owner}/{repo}/pulls/{number}`, every field read checked for
 * shape: undefined when the head commit is not a commit SHA (answered "Refused"); a `ConfigurationError` (exit 2)
 * naming the field when anything else is of the wrong shape (not a GitHub API at GITHUB_API_URL, or a proxy's page).
 */
async function readPullRequest(options: CommentCommandOptions, number: number): Promise<PullRequestFacts | undefined> {
  const { data } = await options.client.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number });
  const request = `GET /repos/${options.owner}/${options.repo}/pulls/${number}`;
  const wrong = (field: string, expected: string, value: unknown): ConfigurationError =>
    new ConfigurationError(`the GitHub API's answer to ${request}: ${field} is not ${expected} (it is ${describeJsonValue(value)})`, {
      fix: "check GITHUB_API_URL: it must be https://api.github.com or a GitHub Enterprise Server's https://HOST/api/v3 (and no proxy may rewrite its answers)",
    });
  const object = (value: unknown, field: string): Record<string, unknown> => {
    const record = asRecord(value);
    if (!record) throw wrong(field, "an object", value);
    return record;
  };
  const answer = object(data, "the answer");
  const head = object(answer.head, "head");
  const base = object(answer.base, "base");
  const sha = head.sha;
  if (typeof sha !== "string" || !SHA.test(sha)) return undefined;
  if (typeof head.ref !== "string") throw wrong("head.ref", "a string", head.ref);
  // A deleted head repository (null) counts as a fork: nothing proves it was this repository.
  const headRepo = head.repo === null ? undefined : object(head.repo, "head.repo");
  if (headRepo && typeof headRepo.full_name !== "string") throw wrong("head.repo.full_name", "a string", headRepo.full_name);
  const baseRepo = object(base.repo, "base.repo");
  if (typeof baseRepo.full_name !== "string") throw wrong("base.repo.full_name", "a string", baseRepo.full_name);
  const headName = headRepo?.full_name as string | undefined;
  return {
    number,
    sha,
    branch: head.ref,
    fork: !headName || headName.toLowerCase() !== baseRepo.full_name.toLowerCase(),
    state: answer.state === "open" ? "open" : "closed",
  };
}

/** `pull_request: closed`: release every lock the PR holds (no comment, no reaction). */
async function releaseOnClose(options: CommentCommandOptions, pr: number): Promise<CommentCommandResult> {
  const released: string[] = [];
  for (const target of options.targets) {
    const outcome = await options.locks.release(target.name, pr, false);
    if (outcome.released) released.push(target.name);
  }
  return { command: "release-locks", accepted: true, reason: released.length ? `released ${released.join(", ")}` : "no locks held", sha: null, results: { released }, ignored: false, failed: false };
}
