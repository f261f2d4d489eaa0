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
  PREVIEW_COMMENT_MARKER,
  PREVIEW_DEPLOYMENT_TASK,
  formatTeardownComment,
  readPreviewActionSettings
} from "./chunk-PAMI75RF.js";
import "./chunk-67TDFQY5.js";
import "./chunk-LPAZ2WWR.js";
import "./chunk-7PE52MXD.js";
import {
  listGitHubDeployments,
  setGitHubDeploymentStatus
} from "./chunk-NEFSKFFB.js";
import {
  createRunSecrets
} from "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import {
  parseDuration
} from "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import {
  hasStickyComment,
  upsertStickyComment
} from "./chunk-2PWEFSMI.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getBooleanInput,
  getOptionalInput,
  runWrapper
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/actions/teardown/run.ts
async function runTeardownAction(env, runtime, deps = {}) {
  const read = createEnvInputReader(env);
  const settings = readPreviewActionSettings(read, env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const hibernateInstead = getBooleanInput(read, "hibernate-instead", false);
  const dryRun = getBooleanInput(read, "dry-run", false);
  const ttl = getOptionalInput(read, "ttl");
  const ttlMs = ttl ? parseDuration(ttl, { what: "input 'ttl'" }) : void 0;
  const context = readGitHubContext(env);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : void 0;
  const prNumber = context.pullRequestNumber;
  const sweep = ["schedule", "workflow_dispatch"].includes(context.eventName);
  if (prNumber === void 0 && /^pull_request/.test(context.eventName)) {
    throw new ConfigurationError(`the ${context.eventName} event payload holds no pull request number`, { file: env.GITHUB_EVENT_PATH, fix: "run the action as a workflow step on a pull_request (closed) event: the runner writes GITHUB_EVENT_PATH; do not override it" });
  }
  if (typeof prNumber === "number" && context.payload.action !== "closed") {
    throw new ConfigurationError(`teardown removes a pull request's previews when it closes, not on ${context.eventName} ${typeof context.payload.action === "string" ? context.payload.action : "(no action)"}`, {
      file: env.GITHUB_EVENT_PATH,
      fix: "trigger the teardown workflow with on: pull_request: types: [closed] (see examples/workflows/previews-teardown.yml)"
    });
  }
  if (typeof prNumber === "number" && ttl) runtime.notice(`the ttl input (${ttl}) applies to the scheduled sweep only: a closed pull request's previews are removed whatever their age`);
  if (typeof prNumber !== "number" && !sweep) throw new ConfigurationError(`teardown runs on pull_request (closed), schedule or workflow_dispatch events, not '${context.eventName}'`, { fix: "see the README's previews recipe for the two workflows" });
  if (typeof prNumber === "number" && context.isForkPullRequest && !settings.astroApiToken) {
    const message = `pull request #${prNumber} comes from a fork, and GitHub gives its runs no secrets (no ASTRO_API_TOKEN): nothing removed here; a preview made for it by a comment command is removed by the scheduled sweep (its pull request is closed)`;
    runtime.notice(message);
    await runtime.appendSummary(`## astro-ci / teardown

${message}
`);
    runtime.setOutput("removed", "0");
    return { entries: [] };
  }
  const result = await runTeardown({
    repoRoot: settings.workspace,
    configPath: settings.configPath,
    repository: `${context.owner}/${context.repo}`,
    pr: typeof prNumber === "number" ? prNumber : void 0,
    stale: typeof prNumber === "number" ? void 0 : { ttlMs, isPullRequestOpen: github ? async (pr) => await github.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: pr }).then((r) => r.data.state === "open").catch(() => void 0) : void 0 },
    dryRun,
    hibernateInstead,
    env: { ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    http: deps.http,
    now: deps.now,
    logger: runtime
  });
  runtime.info(result.message);
  if (github && !dryRun) {
    const removedPrs = new Set(result.entries.filter((e) => e.action === "deleted" || e.action === "hibernated").map((e) => e.pr));
    if (typeof prNumber === "number") removedPrs.add(prNumber);
    const failedPrs = new Set(result.entries.filter((e) => e.action === "failed").map((e) => e.pr));
    try {
      for (const d of await listGitHubDeployments(github, { owner: context.owner, repo: context.repo, task: PREVIEW_DEPLOYMENT_TASK })) {
        const pr = Number(d.payload.pr);
        if (removedPrs.has(pr) && !failedPrs.has(pr)) await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: d.id, state: "inactive", description: "preview removed" });
      }
      for (const pr of /* @__PURE__ */ new Set([...removedPrs, ...failedPrs])) {
        const entries = result.entries.filter((e) => e.pr === pr);
        const request = { owner: context.owner, repo: context.repo, issueNumber: pr, marker: PREVIEW_COMMENT_MARKER };
        if (entries.length || pr === prNumber && await hasStickyComment(github, request)) await upsertStickyComment(github, { ...request, body: formatTeardownComment(entries, pr), scrub: secrets.scrub });
      }
    } catch (error) {
      runtime.notice(`astro-ci could not update the GitHub Deployments or the comment (${error.message}); give the job 'deployments: write' and 'pull-requests: write'.`);
    }
  }
  const table = result.entries.map((e) => `| ${e.deploymentName} | #${e.pr} | ${e.action} | ${e.reason} |`).join("\n");
  await runtime.appendSummary(`## astro-ci / teardown

${result.message}
${table ? `
| Preview | PR | Action | Why |
| --- | --- | --- | --- |
${table}
` : ""}`);
  runtime.setOutput("removed", String(result.entries.filter((e) => e.action === "deleted" || e.action === "hibernated").length));
  const failure = teardownFailure(result.entries);
  if (failure) throw failure;
  return { entries: result.entries };
}

// src/entries/teardown.ts
await runWrapper(() => runTeardownAction(process.env, createActionsRuntime()));
