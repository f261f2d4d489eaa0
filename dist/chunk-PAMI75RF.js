import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  runBranchDeploy
} from "./chunk-67TDFQY5.js";
import {
  PULL_REQUEST_TARGET_RISK
} from "./chunk-7PE52MXD.js";
import {
  recordGitHubDeployment,
  setGitHubDeploymentStatus
} from "./chunk-NEFSKFFB.js";
import {
  createRunSecrets,
  reportFindingsAsCheckRun
} from "./chunk-NP3QJM6U.js";
import {
  MAX_PR_NUMBER
} from "./chunk-CW4WT4S4.js";
import {
  upsertStickyComment
} from "./chunk-2PWEFSMI.js";
import {
  createEnvInputReader,
  getDomainInput,
  getDurationInput,
  getOptionalInput,
  optionalPathInside,
  resolveInsideWorkspace
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import {
  escapeMarkdownTableCell,
  markdownLink,
  markdownTable
} from "./chunk-ZA6WYVD2.js";
import {
  nodeCommandRunner
} from "./chunk-SDJHYQXA.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/reports/preview-report.ts
var cell = (text) => escapeMarkdownTableCell(text);
var STATE = {
  deployed: "\u{1F680} deployed",
  skipped: "\u2705 up to date",
  refused: "\u26D4 refused",
  "not-configured": "\u2014 not configured",
  // Finalized, but the preview did not run it: a failure (the step fails too).
  "timed-out": "\u23F3 not live in time",
  unhealthy: "\u274C unhealthy"
};
function formatPreviewComment(results, pr) {
  const rows = results.map((r) => [
    `\`${cell(r.project)}\``,
    STATE[r.status],
    r.deploymentName ? `${cell(r.deploymentName)}${r.created ? " (new)" : ""}` : "\u2014",
    markdownLink("Airflow UI", r.airflowUrl, "\u2014"),
    r.deployedSha ? `\`${r.deployedSha.slice(0, 12)}\`` : "\u2014",
    r.deployType ?? "\u2014",
    r.expiresAt ? r.expiresAt.slice(0, 16).replace("T", " ") + " UTC" : "\u2014"
  ]);
  const details = results.filter((r) => r.connections || r.status !== "deployed").map((r) => {
    const applied = r.connections?.applied.filter((s) => s.action !== "unchanged").map((s) => `${s.action} ${s.kind} \`${cell(s.key)}\``) ?? [];
    const lines = [`- \`${cell(r.project)}\`: ${cell(r.reason)}`];
    if (applied.length) lines.push(`  - connections, variables and pools: ${applied.join(", ")}`);
    for (const n of r.connections?.notCopied ?? []) lines.push(`  - not copied: ${cell(n)}`);
    return lines.join("\n");
  });
  return [
    `### Preview Deployments for #${pr}`,
    "",
    markdownTable(["Project", "State", "Deployment", "Airflow", "Commit", "Deploy", "Expires if idle"], rows),
    "",
    ...details,
    "",
    "The preview is removed when this pull request closes (or after the idle TTL); run the teardown workflow, or `astro-ci teardown --pr " + pr + "`, to remove it now."
  ].join("\n");
}
function formatTeardownComment(entries, pr) {
  if (!entries.length) return `### Preview Deployments for #${pr}

No preview is running for this pull request.`;
  return `### Preview Deployments for #${pr}

${markdownTable(["Preview", "Project", "Action"], entries.map((e) => [cell(e.deploymentName), `\`${cell(e.project)}\``, `${e.action}: ${cell(e.reason)}`]))}`;
}

// src/actions/branch-deploy/settings.ts
import { resolve } from "node:path";
function readPreviewActionSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const project = getOptionalInput(read, "project-path");
  const timeout = getDurationInput(read, "wait-timeout", "900") ?? 900;
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath: project && project !== "." ? resolveInsideWorkspace(workspace, project, "project-path") : void 0,
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    waitTimeoutSeconds: timeout,
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID
  };
}

// src/actions/branch-deploy/run.ts
var BRANCH_DEPLOY_CHECK_RUN_NAME = "astro-ci / branch-deploy";
var PREVIEW_DEPLOYMENT_TASK = "deploy:astro-ci-preview";
var PREVIEW_COMMENT_MARKER = "astro-ci:previews";
function previewEnvironment(project) {
  return project === "." ? "preview" : `preview/${project}`;
}
async function runBranchDeployAction(env, runtime, deps = {}) {
  const settings = readPreviewActionSettings(createEnvInputReader(env), env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  if (context.eventName !== "pull_request") {
    const target = context.eventName === "pull_request_target" ? ` (${PULL_REQUEST_TARGET_RISK}, which a fork's code must never get)` : "";
    throw new ConfigurationError(`branch-deploy runs on pull_request events, not '${context.eventName || "(none)"}'${target}`, { fix: "trigger the workflow with on: pull_request: types: [opened, synchronize, reopened]" });
  }
  const prNumber = context.pullRequestNumber;
  const runnerFix = "run the action as a workflow step on a pull_request event: the runner sets GITHUB_HEAD_REF and writes GITHUB_EVENT_PATH; do not override them";
  if (prNumber === void 0 || prNumber > MAX_PR_NUMBER) {
    throw new ConfigurationError(prNumber === void 0 ? `the ${context.eventName} event payload holds no pull request number` : `the ${context.eventName} event's pull request number ${prNumber} is beyond any pull request's`, { file: env.GITHUB_EVENT_PATH, fix: runnerFix });
  }
  const headBranch = context.headRef;
  if (context.payload.action !== "closed" && (!headBranch || [...headBranch].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127))) {
    const what = headBranch ? `a head branch holding control characters (${JSON.stringify(headBranch.slice(0, 60))}), which no git branch name has` : "no head branch (GITHUB_HEAD_REF and pull_request.head.ref are empty or missing)";
    throw new ConfigurationError(`the ${context.eventName} event names ${what}`, { file: env.GITHUB_EVENT_PATH, fix: runnerFix });
  }
  if (context.payload.action === "closed") {
    runtime.info("the pull request is closed: nothing to deploy (the teardown action removes the preview)");
    return { results: [] };
  }
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : void 0;
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  const started = /* @__PURE__ */ new Map();
  let results;
  try {
    results = await runBranchDeploy({
      repoRoot: settings.workspace,
      projectRoot: settings.projectPath,
      configPath: settings.configPath,
      pr: prNumber,
      branch: headBranch ?? "",
      sha: context.headSha,
      repository: `${context.owner}/${context.repo}`,
      fork: context.isForkPullRequest,
      waitTimeoutMs: settings.waitTimeoutSeconds * 1e3,
      env: { ...secretsFromEnv(env), ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
      git: createGit(settings.workspace),
      docker: deps.docker ?? nodeCommandRunner,
      http: deps.http,
      now: deps.now,
      mask: (value) => secrets.mask(value),
      onProjectStart: async (project) => {
        const id = github ? await startGitHubDeployment(github, context.owner, context.repo, context.headSha, project, prNumber, runUrl, runtime) : void 0;
        if (id !== void 0) started.set(project, id);
      },
      logger: runtime
    });
  } catch (error) {
    for (const id of started.values()) await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: id, state: "failure", logUrl: runUrl, description: "the preview could not be deployed" }).catch(() => void 0);
    throw error;
  }
  for (const r of results) {
    const id = started.get(r.project);
    if (github && id !== void 0) {
      const ok = r.status === "deployed" || r.status === "skipped";
      await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: id, state: ok ? "success" : "failure", environmentUrl: r.airflowUrl, logUrl: runUrl, description: `${r.deploymentName}: ${r.status}` }).catch((e) => runtime.warning(`could not update the GitHub Deployment: ${e.message}`));
    }
    runtime.info(`${r.project}: ${r.status}${r.deploymentName ? ` ${r.deploymentName}` : ""}: ${r.reason}`);
  }
  const body = formatPreviewComment(results, prNumber);
  if (github && results.some((r) => r.status !== "not-configured")) {
    await upsertStickyComment(github, { owner: context.owner, repo: context.repo, issueNumber: prNumber, marker: PREVIEW_COMMENT_MARKER, body, scrub: secrets.scrub }).catch((e) => runtime.notice(`astro-ci could not comment on the pull request (${e.message}); give the job 'pull-requests: write'.`));
  }
  await runtime.appendSummary(`## ${BRANCH_DEPLOY_CHECK_RUN_NAME}

${body}
`);
  const deployed = results.find((r) => r.deploymentId);
  const failed = results.filter((r) => r.status === "timed-out" || r.status === "unhealthy");
  const conclusion = failed.length ? "failure" : results.every((r) => r.status === "not-configured" || r.status === "refused") ? "neutral" : "success";
  await reportFindingsAsCheckRun({ name: BRANCH_DEPLOY_CHECK_RUN_NAME, title: results.map((r) => `${r.project}: ${r.status}`).join(", "), summary: body, findings: [], conclusion, token: settings.githubToken, context, summaryUrl: runUrl, scrub: secrets.scrub }, runtime);
  runtime.setOutput("deployment-id", deployed?.deploymentId ?? "");
  runtime.setOutput("deployment-name", deployed?.deploymentName ?? "");
  runtime.setOutput("airflow-url", deployed?.airflowUrl ?? "");
  runtime.setOutput("created", String(results.some((r) => r.created)));
  runtime.setOutput("deploy-type", deployed?.deployType ?? "");
  return { results, failureMessage: failed.length ? failed.map((r) => `${r.project}: ${r.reason}`).join("; ") : void 0 };
}
async function startGitHubDeployment(github, owner, repo, sha, project, pr, runUrl, runtime) {
  try {
    const environment = previewEnvironment(project);
    const id = await recordGitHubDeployment(github, { owner, repo, sha, environment, description: `astro-ci preview of #${pr}`, transient: true, production: false, task: PREVIEW_DEPLOYMENT_TASK, payload: { pr, project } });
    await setGitHubDeploymentStatus(github, { owner, repo, deploymentId: id, state: "in_progress", logUrl: runUrl, description: "deploying the preview" });
    return id;
  } catch (error) {
    runtime.notice(`astro-ci could not record a GitHub Deployment (${error.message}); give the job 'deployments: write' to see "View deployment" on the pull request.`);
    return void 0;
  }
}
function secretsFromEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)));
}

export {
  formatTeardownComment,
  readPreviewActionSettings,
  PREVIEW_DEPLOYMENT_TASK,
  PREVIEW_COMMENT_MARKER,
  runBranchDeployAction,
  secretsFromEnv
};
