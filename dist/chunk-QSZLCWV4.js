import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-E7Q2VRI3.js";

// src/github/context.ts
import { readFileSync } from "node:fs";
function readEventPayload(env, readFile = (p) => readFileSync(p, "utf8")) {
  if (!env.GITHUB_EVENT_PATH) return {};
  let payload;
  try {
    payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${error.message}`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError(`the event payload is not a JSON object (it is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`})`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
  }
  return payload;
}
function readGitHubContext(env, readFile = (p) => readFileSync(p, "utf8")) {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes("/")) {
    throw new ConfigurationError("GITHUB_REPOSITORY is not set: this must run inside a GitHub Actions workflow", {
      fix: "run the action in a workflow, or use the CLI (astro-ci validate-dags) locally"
    });
  }
  const [owner, repo] = repository.split("/");
  const payload = readEventPayload(env, readFile);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const sha = env.GITHUB_SHA ?? "";
  const pr = payload.pull_request ?? void 0;
  const isPr = pr !== void 0 && /^pull_request/.test(eventName);
  const headRepo = pr?.head?.repo?.full_name;
  const sha40 = (value, what) => {
    if (value === void 0 || value === null || value === "") return void 0;
    if (typeof value === "string" && /^[0-9a-f]{40}$/.test(value)) return value;
    throw new ConfigurationError(`the event payload's ${what} is not a commit SHA (40 hex characters): ${JSON.stringify(String(value).slice(0, 60))}`, { file: env.GITHUB_EVENT_PATH, fix: "this is set by the runner; do not override GITHUB_EVENT_PATH" });
  };
  const payloadHead = isPr ? sha40(pr?.head?.sha, "pull_request.head.sha") : void 0;
  const payloadBase = isPr ? sha40(pr?.base?.sha, "pull_request.base.sha") : payload.before;
  return {
    owner,
    repo,
    eventName,
    sha,
    headSha: payloadHead ?? sha,
    baseSha: payloadBase,
    pullRequestNumber: isPr ? pr?.number ?? payload.number : void 0,
    // A head repository that is gone (a deleted fork: `head.repo` null) proves nothing about where the code came from.
    isForkPullRequest: Boolean(isPr && (!headRepo || headRepo.toLowerCase() !== (pr?.base?.repo?.full_name ?? repository).toLowerCase())),
    ref: env.GITHUB_REF ?? "",
    refName: env.GITHUB_REF_NAME || (env.GITHUB_REF ?? "").replace(/^refs\/(heads|tags)\//, ""),
    headRef: env.GITHUB_HEAD_REF || pr?.head?.ref,
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    actor: env.GITHUB_ACTOR ?? "",
    payload
  };
}
function isRepositoryName(value) {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/.test(value);
}
var BRANCH_MAPPING_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule"]);
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "issue_comment", "pull_request_review", "pull_request_review_comment"]);
var DEPLOY_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule", "release", "deployment", "repository_dispatch", "workflow_run"]);
var WORKFLOW_RUN_TRIGGERS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule", "release"]);
function deployEventRefusal(eventName, payload) {
  if (PULL_REQUEST_EVENTS.has(eventName)) return `a ${eventName} event never deploys: a pull request, a fork's too, chooses its own code and branch name`;
  if (!DEPLOY_EVENTS.has(eventName)) {
    return `a ${eventName || "(unknown)"} event never deploys: its code may be a pull request's, a fork's too (deploys run on push, workflow_dispatch, schedule, release, deployment, repository_dispatch, and workflow_run after a push, workflow_dispatch, schedule or release run of this repository)`;
  }
  if (eventName !== "workflow_run") return void 0;
  const run = payload.workflow_run;
  const record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  const trigger = record(run)?.event;
  if (typeof trigger !== "string" || !WORKFLOW_RUN_TRIGGERS.has(trigger)) {
    return `a workflow_run event after a ${typeof trigger === "string" ? trigger : "(unknown)"} run never deploys: that run's code may be a pull request's, a fork's too (only a workflow_run after a push, workflow_dispatch, schedule or release run deploys)`;
  }
  const head = record(record(run)?.head_repository)?.full_name;
  const own = record(payload.repository)?.full_name;
  if (typeof head !== "string" || typeof own !== "string" || head.toLowerCase() !== own.toLowerCase()) {
    return `a workflow_run event on another repository's code never deploys: the run's head repository is ${typeof head === "string" ? head : "(not given)"}, not ${typeof own === "string" ? own : "this repository"}`;
  }
  return void 0;
}
function deployBranch(context) {
  if (!BRANCH_MAPPING_EVENTS.has(context.eventName)) {
    return { reason: `a ${context.eventName || "(unknown)"} event maps no branch to a Deployment (only push, workflow_dispatch and schedule do): give deployment-id or deployment-name to deploy` };
  }
  if (!context.ref.startsWith("refs/heads/")) return { reason: `${context.ref || "GITHUB_REF"} is not a branch: nothing is mapped to a Deployment (give deployment-id or deployment-name to deploy a tag)` };
  return { branch: context.refName || context.ref.slice("refs/heads/".length) };
}

export {
  readEventPayload,
  readGitHubContext,
  isRepositoryName,
  BRANCH_MAPPING_EVENTS,
  PULL_REQUEST_EVENTS,
  DEPLOY_EVENTS,
  deployEventRefusal,
  deployBranch
};
