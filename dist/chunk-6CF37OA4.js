import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runTeardown,
  teardownFailure
} from "./chunk-BYAF7NQU.js";
import {
  runDeploy
} from "./chunk-PO55HMQY.js";
import {
  runValidation
} from "./chunk-UFWNYEU2.js";
import {
  createDefaultAnalyzer
} from "./chunk-HD3VSPYA.js";
import {
  runBranchDeploy
} from "./chunk-67TDFQY5.js";
import {
  publishCheckRun,
  toAnnotations,
  truncateForGitHub
} from "./chunk-5NPCJNUG.js";
import {
  listRepositoryPreviews,
  previewSettingsByProject
} from "./chunk-CW4WT4S4.js";
import {
  upsertStickyComment
} from "./chunk-2PWEFSMI.js";
import {
  airflowUiUrl,
  newestFinalizedDeploy
} from "./chunk-BRHAODYH.js";
import {
  createAstroClient,
  parseDeploymentTargets,
  realHttpDeps
} from "./chunk-ZMYJGVFG.js";
import {
  asRecord,
  describeJsonValue,
  isPositiveInteger
} from "./chunk-KW7AZT75.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import {
  createGit,
  runGit
} from "./chunk-AD4PL26L.js";
import {
  markdownCode,
  markdownLink
} from "./chunk-ZA6WYVD2.js";
import {
  ConfigurationError,
  gitProblem
} from "./chunk-MOGDTFFA.js";

// src/comment-commands/settings.ts
var PERMISSION_LEVELS = ["none", "read", "triage", "write", "maintain", "admin"];
var COMMAND_NAMES = ["help", "status", "validate", "preview", "teardown", "deploy", "lock", "unlock"];
var DEFAULT_COMMAND_PERMISSIONS = {
  help: "none",
  status: "none",
  validate: "write",
  preview: "write",
  teardown: "write",
  deploy: "write",
  lock: "write",
  unlock: "write"
};
function parseCommandSettings(source) {
  const raw = source?.value?.commands ?? {};
  const prefix = raw.prefix ?? "/astro";
  if (!/^\/[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(prefix)) {
    throw new ConfigurationError(`commands.prefix must be a slash and a word like /astro, not '${prefix}'`, { file: source?.file, line: source?.lineOf(["commands", "prefix"]), fix: "e.g. prefix: /astro" });
  }
  return {
    prefix,
    permissions: { ...DEFAULT_COMMAND_PERMISSIONS, ...raw.permissions ?? {} },
    forks: raw.forks ?? "off",
    allowProtected: raw["allow-protected"] ?? false
  };
}
function permissionAtLeast(actual, required) {
  return PERMISSION_LEVELS.indexOf(actual) >= PERMISSION_LEVELS.indexOf(required);
}

// src/comment-commands/locks.ts
var mutexRef = (target) => `astro-ci/locks/${target}`;
var holderPrefix = (target) => `astro-ci/lock-holders/${target}/`;
var holderRef = (target, pr) => `${holderPrefix(target)}pr-${pr}`;
var HOLDER_RECORD = /^pr-([1-9][0-9]{0,15})$/;
var COMMIT_SHA = /^[0-9a-f]{40}$/;
function status(error) {
  return typeof error?.status === "number" ? error.status : void 0;
}
function createGitRefLockStore(client, repo) {
  const commitOf = async (ref) => {
    try {
      const { data } = await client.rest.git.getRef({ ...repo, ref });
      const sha = data?.object?.sha;
      return typeof sha === "string" && COMMIT_SHA.test(sha) ? sha : "";
    } catch (error) {
      if (status(error) === 404) return void 0;
      throw error;
    }
  };
  const create = async (ref, sha) => {
    try {
      await client.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha });
      return true;
    } catch (error) {
      if (status(error) === 422) return false;
      throw error;
    }
  };
  const remove = async (ref) => {
    try {
      await client.rest.git.deleteRef({ ...repo, ref });
    } catch (error) {
      if (status(error) !== 404 && status(error) !== 422) throw error;
    }
  };
  const holderRecords = async (target) => {
    const full = `refs/${holderPrefix(target)}`;
    const records = /* @__PURE__ */ new Map();
    try {
      for await (const page of client.paginate.iterator(client.rest.git.listMatchingRefs, { ...repo, ref: holderPrefix(target) })) {
        const entries = page.data;
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) {
          const ref = entry?.ref;
          const sha = entry?.object?.sha;
          if (typeof ref !== "string" || !ref.startsWith(full) || typeof sha !== "string" || !COMMIT_SHA.test(sha)) continue;
          const match = HOLDER_RECORD.exec(ref.slice(full.length));
          const pr = match ? Number(match[1]) : NaN;
          if (Number.isSafeInteger(pr)) records.set(pr, sha);
        }
      }
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
    return [...records].map(([pr, sha]) => ({ pr, sha })).sort((a, b) => b.pr - a.pr);
  };
  const isOpen = async (pr) => {
    try {
      const { data } = await client.rest.pulls.get({ ...repo, pull_number: pr });
      return data.number === pr && data.state === "open";
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  };
  const lookup = async (target, asking) => {
    const locked = await commitOf(mutexRef(target));
    if (locked === void 0) return { taken: false };
    const records = await holderRecords(target);
    for (const record of records) {
      if (record.sha !== locked) continue;
      if (record.pr === asking || await isOpen(record.pr)) return { taken: true, holder: record.pr, records: records.map((r) => r.pr) };
    }
    return { taken: true, records: records.map((r) => r.pr) };
  };
  const store = {
    async acquire(target, pr, sha) {
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await create(mutexRef(target), sha)) {
          for (const record of await holderRecords(target)) await remove(holderRef(target, record.pr));
          await create(holderRef(target, pr), sha);
          return { acquired: true, already: false };
        }
        const state = await lookup(target, pr);
        if (!state.taken) continue;
        if (state.holder === pr) return { acquired: true, already: true };
        return { acquired: false, holder: state.holder };
      }
      return { acquired: false };
    },
    async release(target, pr, force) {
      const state = await lookup(target, pr);
      if (!state.taken) return { released: false };
      if (state.holder === pr) {
        await remove(holderRef(target, pr));
        await remove(mutexRef(target));
        return { released: true, holder: pr };
      }
      if (!force) return { released: false, holder: state.holder };
      for (const record of state.records) await remove(holderRef(target, record));
      await remove(mutexRef(target));
      return { released: true, holder: state.holder };
    },
    async holder(target) {
      const state = await lookup(target);
      return state.taken ? { taken: true, holder: state.holder } : { taken: false };
    }
  };
  return store;
}

// src/comment-commands/checkout.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SHA = /^[0-9a-f]{40}$/;
var git = async (cwd, args) => (await runGit(cwd, args, { isolated: true })).trim();
function createPullRequestCheckout(repoRoot) {
  return async (pr, sha) => {
    if (!Number.isSafeInteger(pr) || pr < 1) throw new Error(`invalid pull request number ${pr}`);
    if (!SHA.test(sha)) throw new Error("invalid commit SHA");
    const shallow = await step(git(repoRoot, ["rev-parse", "--is-shallow-repository"]), "read the trusted checkout", pr) === "true";
    await step(git(repoRoot, ["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], "--end-of-options", "origin", `+refs/pull/${pr}/head:refs/astro-ci/pr-head/${pr}`]), `fetch refs/pull/${pr}/head from origin`, pr);
    const fetched = await step(git(repoRoot, ["rev-parse", "--verify", "--end-of-options", `refs/astro-ci/pr-head/${pr}^{commit}`]), `read the fetched head of pull request #${pr}`, pr);
    if (fetched !== sha) throw Object.assign(new Error(`the pull request head is now ${fetched.slice(0, 12)}, not ${sha.slice(0, 12)}`), { headMoved: true });
    const committed = Number(await step(git(repoRoot, ["show", "-s", "--format=%ct", "--end-of-options", sha]), `read commit ${sha.slice(0, 12)}`, pr));
    const dir = await mkdtemp(join(tmpdir(), "astro-ci-pr-"));
    try {
      await step(git(repoRoot, ["worktree", "add", "--detach", "--quiet", "--end-of-options", dir, sha]), `check out ${sha.slice(0, 12)} in a worktree`, pr);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return {
      dir,
      sha,
      committedAtMs: committed * 1e3,
      cleanup: async () => {
        await git(repoRoot, ["worktree", "remove", "--force", "--end-of-options", dir]).catch(() => void 0);
        await rm(dir, { recursive: true, force: true });
      }
    };
  };
}
var GitFailureBeforeAstro = class extends ConfigurationError {
  constructor(message, where, fix) {
    super(message, { fix });
    this.where = where;
  }
  where;
};
var CheckoutError = class extends GitFailureBeforeAstro {
  constructor(message, fix) {
    super(message, "checkout", fix);
  }
};
async function step(pending, what, pr) {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof CheckoutError) throw error;
    const message = (gitProblem(error)?.message ?? error.message).replace(/\s+/g, " ").trim().slice(0, 500);
    throw new CheckoutError(
      `could not ${what}: ${message}`,
      `run actions/checkout before the command step with its default persist-credentials (the fetch uses the credentials it leaves for origin), check that origin is reachable and that pull request #${pr} exists, then comment again`
    );
  }
}

// src/comment-commands/event.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
function classifyEvent(eventName, payload) {
  const p = payload ?? {};
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = p.pull_request ?? {};
    if (p.action === "closed" && isPositiveInteger(pr.number)) return { kind: "closed", pr: pr.number };
    return { kind: "ignore", reason: typeof p.action === "string" ? `${eventName} ${p.action} is not handled (only closed, which releases the PR's locks)` : `the ${eventName} event payload has no action: nothing to do` };
  }
  if (eventName !== "issue_comment") return { kind: "ignore", reason: `event ${eventName} is not handled` };
  if (p.action !== "created") return { kind: "ignore", reason: `issue_comment ${String(p.action)}: only new comments run commands` };
  const issue = p.issue ?? {};
  const comment = p.comment ?? {};
  const user = comment.user ?? {};
  if (!issue.pull_request || typeof issue.pull_request !== "object") return { kind: "ignore", reason: "the comment is on an issue, not a pull request" };
  if (typeof user.login !== "string" || !LOGIN.test(user.login)) return { kind: "ignore", reason: "the comment has no valid author login" };
  if (user.type === "Bot" || user.login.endsWith("[bot]")) return { kind: "ignore", reason: "comments by bots are ignored" };
  if (!isPositiveInteger(issue.number) || !isPositiveInteger(comment.id)) return { kind: "ignore", reason: "the payload has no valid issue number or comment id" };
  if (typeof comment.body !== "string") return { kind: "ignore", reason: "the comment has no body" };
  if (typeof comment.created_at !== "string" || !ISO_TIME.test(comment.created_at) || Number.isNaN(Date.parse(comment.created_at))) return { kind: "ignore", reason: "the comment has no valid created_at" };
  return {
    kind: "comment",
    commentId: comment.id,
    body: comment.body,
    createdAt: comment.created_at,
    login: user.login,
    authorAssociation: typeof comment.author_association === "string" ? comment.author_association : "NONE",
    pr: issue.number
  };
}
function permissionFromApi(answer) {
  const known = ["none", "read", "triage", "write", "maintain", "admin"];
  if (typeof answer.role_name === "string" && known.includes(answer.role_name)) return answer.role_name;
  if (typeof answer.permission === "string" && known.includes(answer.permission)) return answer.permission;
  return "none";
}

// src/comment-commands/parse.ts
var TARGET_NAME = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\.)$/;
var MAX_LINE = 200;
var ARITY = { help: 0, status: 0, validate: 0, preview: 0, teardown: 0, deploy: 1, lock: 1, unlock: 1 };
function asciiLowerCase(text) {
  return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}
function parseCommandLine(body, prefix) {
  const firstLine2 = (body.split(/\r\n|\n|\r/, 1)[0] ?? "").replace(/^\s+|\s+$/g, "");
  const words = firstLine2.split(/\s+/).filter(Boolean);
  if (words.length === 0 || asciiLowerCase(words[0]) !== asciiLowerCase(prefix)) return { kind: "none" };
  if (firstLine2.length > MAX_LINE) return { kind: "invalid", reason: `the command line is longer than ${MAX_LINE} characters` };
  if (words.length === 1) return { kind: "command", name: "help", args: [] };
  const word = asciiLowerCase(words[1]);
  if (/[^\x00-\x7f]/.test(word)) return { kind: "invalid", reason: "a command is ASCII letters only (a look-alike character such as the Kelvin sign is not a letter k)" };
  const name = COMMAND_NAMES.includes(word) ? word : void 0;
  if (!name) return { kind: "invalid", reason: "unknown command" };
  const args = words.slice(2);
  if (args.length !== ARITY[name]) {
    return { kind: "invalid", name, reason: ARITY[name] === 1 ? `${name} takes exactly one target name` : `${name} takes no arguments` };
  }
  if (ARITY[name] === 1) {
    const target = args[0];
    if (!TARGET_NAME.test(target)) return { kind: "invalid", name, reason: "a target name is letters, digits, '.', '_' and '-' (up to 63; no '..', no trailing '.' or '.lock')" };
    return { kind: "command", name, args, target };
  }
  return { kind: "command", name, args };
}
function quoteUntrusted(text, max = 80) {
  let line = (text.split(/\r\n|\n|\r/, 1)[0] ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/`/g, "'");
  if (Array.from(line).length > max) line = `${Array.from(line).slice(0, max).join("")}\u2026`;
  return line ? `\`${line}\`` : "(empty)";
}

// src/commands/comment.ts
var COMMANDS_MARKER = "astro-ci:commands";
var SHA2 = /^[0-9a-f]{40}$/;
var NEEDS_HEAD = ["validate", "preview", "deploy"];
var DESCRIPTIONS = {
  help: "this list",
  status: "locks held and this PR's state",
  validate: "static DAG checks (no PR code is run) on the PR head",
  preview: "create or update this PR's preview Deployment",
  teardown: "remove this PR's preview Deployment",
  deploy: "`deploy <target>`: DAG-only deploy of the PR head to a deployments: target (takes its lock)",
  lock: "`lock <target>`: hold a target for this PR",
  unlock: "`unlock <target>`: release it (admins may release another PR's lock)"
};
function statusOf(error) {
  return typeof error?.status === "number" ? error.status : void 0;
}
async function runCommentCommand(options) {
  const event = classifyEvent(options.eventName, options.payload);
  if (event.kind === "ignore") return { command: null, accepted: false, reason: event.reason, sha: null, results: null, ignored: true, failed: false };
  if (event.kind === "closed") return releaseOnClose(options, event.pr);
  const parsed = parseCommandLine(event.body, options.settings.prefix);
  if (parsed.kind === "none") return { command: null, accepted: false, reason: "the comment is not a command", sha: null, results: null, ignored: true, failed: false };
  const repo = { owner: options.owner, repo: options.repo };
  const react = async (content) => {
    try {
      await options.client.rest.reactions.createForIssueComment({ ...repo, comment_id: event.commentId, content });
    } catch (error) {
      options.logger.warning(`could not add the ${content} reaction: ${error.message}`);
    }
  };
  await react("eyes");
  let permission;
  const permissionOf = async () => {
    if (permission) return permission;
    if (event.authorAssociation === "MANNEQUIN") return permission = "none";
    try {
      const answer = await options.client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: event.login });
      permission = permissionFromApi(answer.data);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      permission = "none";
    }
    return permission;
  };
  const scrub = options.scrub ?? ((text) => text);
  const finish = async (given, body) => {
    const result = { ...given, reason: scrub(given.reason) };
    await reply(options, event, result, scrub(body));
    await react(result.accepted && !result.failed ? "rocket" : "confused");
    return { ...result, ignored: false };
  };
  if (parsed.kind === "invalid") {
    const level2 = await permissionOf();
    return finish(
      { command: parsed.name ?? null, accepted: false, reason: `invalid command: ${parsed.reason}`, sha: null, results: null, failed: false },
      `Could not read ${quoteUntrusted(firstLine(event.body))}: ${parsed.reason}.

${helpText(options, level2)}`
    );
  }
  const name = parsed.name;
  const required = options.settings.permissions[name];
  const level = required === "none" && name !== "help" ? "none" : await permissionOf();
  if (!permissionAtLeast(level, required)) {
    return finish(
      { command: name, accepted: false, reason: `@${event.login} has ${level === "none" ? "no" : level} permission; ${name} needs ${required}`, sha: null, results: null, failed: false },
      `Refused: \`${name}\` needs ${required} permission on this repository; ${quoteUntrusted(event.login)} has ${level === "none" ? "no permission" : level}.

${helpText(options, level)}`
    );
  }
  if (name === "help") return finish({ command: name, accepted: true, reason: "help", sha: null, results: null, failed: false }, helpText(options, level));
  if (name === "status") {
    const locks = [];
    for (const target2 of options.targets) {
      const { taken, holder } = await options.locks.holder(target2.name);
      locks.push({ target: target2.name, taken, holder: holder ?? null });
    }
    const lines = locks.map((l) => `- \`${l.target}\`: ${l.taken ? `locked by ${l.holder !== null ? `#${l.holder}` : "an unknown holder"}` : "free"}`);
    let more;
    if (options.executors.status) {
      const pr2 = await readPullRequest(options, event.pr).catch(() => void 0);
      more = await options.executors.status(event.pr, pr2?.sha).catch((error) => ({ markdown: `_Could not read the rest of the status: ${quoteUntrusted(scrub(error.message))}_`, results: {} }));
    }
    return finish(
      { command: name, accepted: true, reason: "status", sha: null, results: { locks, ...more?.results ?? {} }, failed: false },
      `**Targets**

${lines.join("\n") || "No deployments: targets are configured."}${more ? `

${more.markdown}` : ""}`
    );
  }
  const pr = await readPullRequest(options, event.pr);
  if (!pr) {
    return finish({ command: name, accepted: false, reason: "the pull request head could not be read", sha: null, results: null, failed: false }, "Refused: GitHub did not give a valid head commit for this pull request.");
  }
  const refuse = (reason, results = null) => finish({ command: name, accepted: false, reason, sha: pr.sha, results, failed: false }, `Refused \`${name}\` on ${pr.sha.slice(0, 12)}: ${reason}.`);
  if (pr.state !== "open" && name !== "teardown" && name !== "unlock") return refuse("the pull request is closed");
  let target;
  if (parsed.target !== void 0) {
    target = options.targets.find((t) => t.name === parsed.target);
    if (!target) {
      return finish(
        { command: name, accepted: false, reason: `unknown target ${parsed.target}`, sha: pr.sha, results: null, failed: false },
        `No deployments: target is named ${quoteUntrusted(parsed.target)}. Targets: ${options.targets.map((t) => `\`${t.name}\``).join(", ") || "none configured"}.

${helpText(options, level)}`
      );
    }
  }
  if (name === "lock" || name === "unlock") {
    const t = target;
    if (name === "lock") {
      const outcome2 = await options.locks.acquire(t.name, pr.number, pr.sha);
      if (!outcome2.acquired) return refuse(`\`${t.name}\` is locked by ${outcome2.holder !== void 0 ? `#${outcome2.holder}` : "an unknown holder"}`, { holder: outcome2.holder ?? null });
      return finish({ command: name, accepted: true, reason: outcome2.already ? "already held" : "locked", sha: pr.sha, results: { target: t.name, holder: pr.number }, failed: false }, `\`${t.name}\` is ${outcome2.already ? "already" : "now"} locked by #${pr.number}.`);
    }
    const outcome = await options.locks.release(t.name, pr.number, level === "admin");
    if (!outcome.released && outcome.holder !== void 0) return refuse(`\`${t.name}\` is locked by #${outcome.holder}; only that PR or an admin can unlock it`, { holder: outcome.holder });
    return finish({ command: name, accepted: true, reason: outcome.released ? "unlocked" : "was not locked", sha: pr.sha, results: { target: t.name, released: outcome.released }, failed: false }, outcome.released ? `\`${t.name}\` is unlocked.` : `\`${t.name}\` was not locked.`);
  }
  const failedBeforeAstro = async (error, took) => {
    if (took !== void 0) {
      await options.locks.release(took, pr.number, false).catch((releaseError) => options.logger.warning(`could not give back the lock on ${took}: ${releaseError.message}`));
    }
    const fix = error.fix;
    const inCommand = error instanceof GitFailureBeforeAstro && error.where !== "checkout";
    const message = inCommand ? error.message : `the pull request head could not be checked out: ${error.message}`;
    await finish(
      { command: name, accepted: true, reason: message, sha: pr.sha, results: null, failed: true },
      `\`${name}\` on ${pr.sha.slice(0, 12)} failed before ${inCommand ? "anything was sent to Astro (nothing was deployed)" : "it ran (nothing was run or deployed)"}${took !== void 0 ? ` and the lock on \`${took}\` was given back` : ""}: ${escapeReason(scrub(message))}${typeof fix === "string" ? `

Fix: ${escapeReason(scrub(fix))}` : ""}`
      // A reply that cannot be posted (GitHub's API down) must not replace the command's own error.
    ).catch((replyError) => options.logger.warning(`could not post the reply: ${scrub(replyError.message)}`));
    throw error;
  };
  const beforeAstro = (took) => (error) => error instanceof GitFailureBeforeAstro ? failedBeforeAstro(error, took) : Promise.reject(error);
  if (name === "teardown") return execute(options, name, pr, finish, () => options.executors.teardown?.(pr)).catch(beforeAstro(void 0));
  let tookLock;
  if (NEEDS_HEAD.includes(name)) {
    if (pr.fork && (name === "preview" || name === "deploy") && options.settings.forks === "off") return refuse("deploys of fork pull requests are off (commands.forks: off)");
    if (name === "deploy") {
      const t = target;
      if (t.protected && !options.settings.allowProtected) return refuse(`\`${t.name}\` is protected; deploy it from its branch (commands.allow-protected is false)`);
      if (pr.fork && (t.deployType === "image-only" || t.deployType === "image-and-dags")) return refuse(`\`${t.name}\` takes image deploys, never built from a fork`);
      const lock = await options.locks.acquire(t.name, pr.number, pr.sha);
      if (!lock.acquired) return refuse(`\`${t.name}\` is locked by ${lock.holder !== void 0 ? `#${lock.holder}` : "an unknown holder"}`, { holder: lock.holder ?? null });
      if (!lock.already) tookLock = t.name;
    }
  }
  const refuseUnrun = async (reason) => {
    if (tookLock !== void 0) await options.locks.release(tookLock, pr.number, false);
    return refuse(reason);
  };
  let checkout;
  try {
    checkout = await options.checkout(pr.number, pr.sha);
  } catch (error) {
    if (error.headMoved) return refuseUnrun(`the head moved while the command was read (${error.message}); check the new commits and comment again`);
    return failedBeforeAstro(error, tookLock);
  }
  try {
    if (!(checkout.committedAtMs <= Date.parse(event.createdAt))) {
      return await refuseUnrun("the head commit is newer than the comment; review it and comment again");
    }
    return await execute(
      options,
      name,
      pr,
      finish,
      () => name === "validate" ? options.executors.validate?.(pr, checkout) : name === "preview" ? options.executors.preview?.(pr, checkout) : options.executors.deploy?.(pr, checkout, target)
    ).catch(beforeAstro(tookLock));
  } finally {
    await checkout.cleanup();
  }
}
async function execute(options, name, pr, finish, run) {
  const pending = run();
  if (!pending) return finish({ command: name, accepted: false, reason: `${name} is not available in this setup`, sha: pr.sha, results: null, failed: false }, `\`${name}\` is not available here.`);
  let outcome;
  let threw = false;
  try {
    outcome = await pending;
  } catch (error) {
    if (error instanceof GitFailureBeforeAstro) throw error;
    options.logger.error(`${name} failed: ${error.message}`);
    outcome = { ok: false, summary: error.message };
    threw = true;
  }
  outcome = { ...outcome, summary: (options.scrub ?? ((text) => text))(outcome.summary) };
  if (outcome.refused) {
    return finish({ command: name, accepted: false, reason: outcome.summary, sha: pr.sha, results: outcome.details ?? null, failed: false }, `Refused \`${name}\` on ${pr.sha.slice(0, 12)}: ${escapeReason(outcome.summary)}.`);
  }
  const links = outcome.links?.length ? `

${outcome.links.map((l) => `- ${l}`).join("\n")}` : "";
  return finish(
    { command: name, accepted: true, reason: threw ? `failed: ${outcome.summary}` : outcome.summary, sha: pr.sha, results: outcome.details ?? null, failed: !outcome.ok },
    `\`${name}\` on ${pr.sha.slice(0, 12)}: ${outcome.ok ? "done" : "failed"}: ${escapeReason(outcome.summary)}${links}`
  );
}
function escapeReason(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\\`*_[\]()#!|~>]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, "@\u200B").replace(/:\/\//g, ":\u200B//").replace(/\bwww\./gi, "www\u200B.");
}
function firstLine(body) {
  return body.split(/\r\n|\n|\r/, 1)[0] ?? "";
}
function helpText(options, level) {
  const rows = COMMAND_NAMES.map((name) => {
    const allowed = permissionAtLeast(level, options.settings.permissions[name]);
    return `- \`${options.settings.prefix} ${name}\`: ${DESCRIPTIONS[name]}${allowed ? "" : ` (needs ${options.settings.permissions[name]})`}`;
  });
  const targets = options.targets.map((t) => `\`${t.name}\`${t.protected ? " (protected)" : ""}`).join(", ");
  return `**astro-ci commands** (your permission: ${level})

${rows.join("\n")}

Targets: ${targets || "none configured"}.`;
}
async function reply(options, event, result, body) {
  const header = `${result.accepted && !result.failed ? "\u2705" : "\u26A0\uFE0F"} ${quoteUntrusted(event.login)} asked ${quoteUntrusted(firstLine(event.body))}`;
  try {
    await upsertStickyComment(options.client, { owner: options.owner, repo: options.repo, issueNumber: event.pr, marker: COMMANDS_MARKER, body: `${header}

${body}`, botLogin: options.botLogin, scrub: options.scrub });
  } catch (error) {
    options.logger.warning(`could not write the reply comment: ${error.message}`);
  }
}
async function readPullRequest(options, number) {
  const { data } = await options.client.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number });
  const request = `GET /repos/${options.owner}/${options.repo}/pulls/${number}`;
  const wrong = (field, expected, value) => new ConfigurationError(`the GitHub API's answer to ${request}: ${field} is not ${expected} (it is ${describeJsonValue(value)})`, {
    fix: "check GITHUB_API_URL: it must be https://api.github.com or a GitHub Enterprise Server's https://HOST/api/v3 (and no proxy may rewrite its answers)"
  });
  const object = (value, field) => {
    const record = asRecord(value);
    if (!record) throw wrong(field, "an object", value);
    return record;
  };
  const answer = object(data, "the answer");
  const head = object(answer.head, "head");
  const base = object(answer.base, "base");
  const sha = head.sha;
  if (typeof sha !== "string" || !SHA2.test(sha)) return void 0;
  if (typeof head.ref !== "string") throw wrong("head.ref", "a string", head.ref);
  const headRepo = head.repo === null ? void 0 : object(head.repo, "head.repo");
  if (headRepo && typeof headRepo.full_name !== "string") throw wrong("head.repo.full_name", "a string", headRepo.full_name);
  const baseRepo = object(base.repo, "base.repo");
  if (typeof baseRepo.full_name !== "string") throw wrong("base.repo.full_name", "a string", baseRepo.full_name);
  const headName = headRepo?.full_name;
  return {
    number,
    sha,
    branch: head.ref,
    fork: !headName || headName.toLowerCase() !== baseRepo.full_name.toLowerCase(),
    state: answer.state === "open" ? "open" : "closed"
  };
}
async function releaseOnClose(options, pr) {
  const released = [];
  for (const target of options.targets) {
    const outcome = await options.locks.release(target.name, pr, false);
    if (outcome.released) released.push(target.name);
  }
  return { command: "release-locks", accepted: true, reason: released.length ? `released ${released.join(", ")}` : "no locks held", sha: null, results: { released }, ignored: false, failed: false };
}

// src/commands/comment-executors.ts
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
var refusingDocker = {
  run: async (command) => {
    throw new Error(`'${command}' is not run from PR comment commands: the PR's code is never built in this job; deploy images from the branch's deploy workflow`);
  }
};
var COMMENT_VALIDATE_CHECK_RUN_NAME = "astro-ci / validate-dags (comment)";
function createRealExecutors(options) {
  const trustedDefault = join2(options.trustedRoot, "astro-ci.yaml");
  let resolved;
  let defaultsDir;
  const trustedConfig = () => {
    if (resolved === void 0) {
      if (options.configPath ?? existsSync(trustedDefault)) resolved = options.configPath ?? trustedDefault;
      else ({ dir: defaultsDir, path: resolved } = emptyConfigFile());
    }
    return resolved;
  };
  const waitTimeoutMs = options.waitTimeoutMs ?? 9e5;
  const executors = {
    /**
     * `/astro status` beyond the locks: the PR's preview (by its marker), the newest finalized deploy of each
     * deployments: target (commit and time), and the latest validate-dags (the action's and `/astro validate`'s) and
     * test check runs on the PR head.
     * Reads only: GET Deployments per target and per preview workspace, GET deploys per target, GET check runs.
     */
    async status(prNumber, headSha) {
      const lines = [];
      const results = {};
      const config = await loadConfig({ repoRoot: options.trustedRoot, configPath: trustedConfig() });
      const token = options.env.ASTRO_API_TOKEN;
      if (token) {
        const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger });
        const targets = parseDeploymentTargets(config.source);
        const previews = (await listRepositoryPreviews(client, config, previewSettingsByProject(config), options.repository)).filter((p) => p.owner.pr === prNumber).map((p) => ({ name: p.deployment.name, url: airflowUiUrl(p.deployment), project: p.owner.project }));
        results.previews = previews;
        lines.push("**Preview**", "", ...previews.length ? previews.map((p) => `- \`${p.project}\`: ${markdownCode(p.name, { inTable: false })}${markdownLink("Airflow UI", p.url) ? ` \u2014 ${markdownLink("Airflow UI", p.url)}` : ""}`) : ["- none running for this pull request"]);
        const deploys = [];
        for (const target of targets) {
          const deployment = target.deploymentId ? await client.getDeployment(target.deploymentId) : await client.findDeploymentByName(target.deploymentName, target.workspaceId ?? client.workspaceId);
          const latest = newestFinalizedDeploy(await client.listDeploys(deployment.id));
          deploys.push({ target: target.name, commit: latest?.git?.commitSha ?? null, at: latest?.createdAt ?? null });
        }
        results.deploys = deploys;
        lines.push("", "**Last deploys**", "", ...deploys.length ? deploys.map((d) => `- \`${d.target}\`: ${d.commit ? `\`${d.commit.slice(0, 12)}\`` : "no commit recorded"}${d.at ? ` at ${d.at}` : ""}`) : ["- no deployments: targets"]);
      } else {
        lines.push("_Previews and last deploys need ASTRO_API_TOKEN in this step._");
      }
      if (options.github && headSha) {
        const checks = [];
        for (const name of ["astro-ci / validate-dags", COMMENT_VALIDATE_CHECK_RUN_NAME, "astro-ci / test"]) {
          const { data } = await options.github.client.rest.checks.listForRef({ owner: options.github.owner, repo: options.github.repo, ref: headSha, check_name: name, per_page: 1 });
          const run = data.check_runs[0];
          if (run) checks.push({ name, conclusion: run.conclusion ?? run.status, url: run.html_url ?? "" });
        }
        results.checks = checks;
        lines.push("", `**Checks on \`${headSha.slice(0, 12)}\`**`, "", ...checks.length ? checks.map((c) => `- ${c.name}: ${c.conclusion}${markdownLink("details", c.url) ? ` (${markdownLink("details", c.url)})` : ""}`) : ["- no validate-dags or test check run yet"]);
      }
      return { markdown: lines.join("\n"), results };
    },
    async validate(pr, checkout) {
      const analyzer = await createDefaultAnalyzer({});
      try {
        const report = await runValidation({
          repoRoot: checkout.dir,
          configPath: trustedConfig(),
          analyzer,
          logger: options.logger,
          // Static tier only: importing DAGs would run the PR's code.
          dynamic: { setting: "off", defaults: { setting: "off", mode: "installed" }, workDir: join2(homedir(), ".cache", "astro-ci") }
        });
        const { errors, warnings, dags } = report.counts;
        const summary = `${dags} DAGs, ${errors} errors, ${warnings} warnings (static checks)`;
        const links = [];
        if (options.github) {
          const published = await publishCheckRun(
            options.github.client,
            {
              owner: options.github.owner,
              repo: options.github.repo,
              name: COMMENT_VALIDATE_CHECK_RUN_NAME,
              headSha: checkout.sha,
              title: summary,
              summary: truncateForGitHub(`Static checks of pull request #${pr.number} at ${checkout.sha}, run from a PR comment command (no DAG was imported).`, 65535, ""),
              annotations: toAnnotations(report.findings),
              conclusion: report.failed ? "failure" : "success"
            },
            options.logger
          );
          if (published.status === "published") links.push(`[check run](${published.htmlUrl})`);
        }
        return { ok: !report.failed, summary, links, details: { counts: report.counts } };
      } finally {
        await analyzer.close();
      }
    },
    async preview(pr, checkout) {
      const results = await runBranchDeploy({
        repoRoot: checkout.dir,
        configPath: trustedConfig(),
        pr: pr.number,
        branch: pr.branch,
        sha: checkout.sha,
        repository: options.repository,
        fork: pr.fork,
        // PR files are data here: DAG-only deploys, and connection settings from the trusted checkout, never the PR's.
        dagsOnly: true,
        settingsRoot: options.trustedRoot,
        waitTimeoutMs,
        env: options.env,
        git: createGit(checkout.dir),
        docker: refusingDocker,
        mask: options.mask ?? (() => void 0),
        logger: options.logger
      });
      const ok = results.every((r) => r.status === "deployed" || r.status === "skipped");
      return {
        ok,
        // Every project refused it (a fork's PR with previews.forks off): a refusal, as the deploy command's for forks.
        refused: results.length > 0 && results.every((r) => r.status === "refused"),
        // A fork's preview gets no secret value: what was left out is said in the reply, not only in the log.
        summary: results.map((r) => `${r.project}: ${r.status}: ${r.reason}${pr.fork && r.connections?.notCopied.length ? `; not given to this fork's preview: ${r.connections.notCopied.map((n) => n.split(": ")[0]).join(", ")} (its DAG files run at parse time with the preview's connections and environment)` : ""}`).join("; ") || "no previews configured",
        links: results.filter((r) => r.airflowUrl).map((r) => `[Airflow UI of ${r.deploymentName ?? r.project}](${r.airflowUrl})`),
        details: results.map((r) => ({ project: r.project, status: r.status, deploymentId: r.deploymentId ?? null }))
      };
    },
    async teardown(pr) {
      const result = await runTeardown({ repoRoot: options.trustedRoot, configPath: trustedConfig(), repository: options.repository, pr: pr.number, dryRun: false, hibernateInstead: false, env: options.env, logger: options.logger });
      const failure = teardownFailure(result.entries);
      return { ok: !failure, summary: failure ? failure.message : result.message, details: result.entries };
    },
    async deploy(pr, checkout, target) {
      const { projects } = await loadConfig({ repoRoot: checkout.dir, configPath: trustedConfig() });
      if (projects.length !== 1) return { ok: false, summary: `astro-ci.yaml lists ${projects.length} projects; deploy them from their branches` };
      const traffic = trackingWrites();
      const { result, explanation } = await runDeploy({
        repoRoot: checkout.dir,
        projectRoot: projects[0].root,
        configPath: trustedConfig(),
        deploymentId: target.deploymentId,
        deploymentName: target.deploymentName,
        workspaceId: target.workspaceId,
        deployType: "dags-only",
        wait: target.wait ?? true,
        waitTimeoutMs,
        force: false,
        branch: pr.branch,
        headSha: checkout.sha,
        env: options.env,
        git: createGit(checkout.dir),
        docker: refusingDocker,
        http: traffic.http,
        logger: options.logger
      }).catch((error) => {
        const git2 = traffic.wrote() ? void 0 : gitProblem(error);
        if (git2) throw new GitFailureBeforeAstro(`${git2.message}; nothing was sent to Astro, so ${target.deploymentName ?? target.deploymentId ?? target.name} is as it was`, "deploy", git2.fix);
        throw error;
      });
      const ok = result.status === "deployed" || result.status === "skipped";
      return { ok, summary: `${explanation}: ${result.status}: ${result.reason}`, links: "deployment" in result ? [`[${result.deployment.name}](${result.deployment.url})`] : [], details: { status: result.status } };
    }
  };
  const wrapped = {};
  for (const [name, run] of Object.entries(executors)) {
    wrapped[name] = async (...args) => {
      try {
        return await run(...args);
      } finally {
        if (defaultsDir !== void 0) rmSync(defaultsDir, { recursive: true, force: true });
        defaultsDir = void 0;
        resolved = void 0;
      }
    };
  }
  return wrapped;
}
function trackingWrites() {
  let wrote = false;
  return {
    http: {
      fetch: (input, init) => {
        const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
        if (method !== "GET" && method !== "HEAD") wrote = true;
        return realHttpDeps.fetch(input, init);
      },
      sleep: realHttpDeps.sleep
    },
    wrote: () => wrote
  };
}
function emptyConfigFile() {
  const dir = mkdtempSync(join2(tmpdir2(), "astro-ci-defaults-"));
  const path = join2(dir, "astro-ci.yaml");
  writeFileSync(path, "# astro-ci defaults: the trusted checkout has no astro-ci.yaml\n", "utf8");
  return { dir, path };
}

export {
  parseCommandSettings,
  createGitRefLockStore,
  createPullRequestCheckout,
  runCommentCommand,
  createRealExecutors
};
