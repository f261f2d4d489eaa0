import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  deployFailed,
  runDeploy
} from "./chunk-PO55HMQY.js";
import "./chunk-UFWNYEU2.js";
import "./chunk-TMB4QQ27.js";
import "./chunk-JA3KPWQQ.js";
import "./chunk-XEWGXLNW.js";
import "./chunk-KMDYCKWP.js";
import "./chunk-BCJWO2QU.js";
import "./chunk-W4446L2Y.js";
import "./chunk-CMMTSLCN.js";
import "./chunk-HD3VSPYA.js";
import "./chunk-FAVP5ZOJ.js";
import "./chunk-5BAC55PO.js";
import "./chunk-2EJ62UUB.js";
import "./chunk-IUKSKDT4.js";
import "./chunk-6GFGJ2VX.js";
import "./chunk-IV5PKLDA.js";
import "./chunk-A43W7ULI.js";
import "./chunk-JKFYA7F3.js";
import "./chunk-XQTGF5NC.js";
import {
  recordGitHubDeployment,
  setGitHubDeploymentStatus
} from "./chunk-NEFSKFFB.js";
import {
  createRunSecrets,
  reportFindingsAsCheckRun
} from "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getBooleanInput,
  getChoiceInput,
  getDomainInput,
  getDurationInput,
  getOptionalInput,
  optionalPathInside,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  deployBranch,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import {
  markdownTable
} from "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ADQZYKCI.js";
import {
  nodeCommandRunner,
  projectCodeRunner
} from "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/actions/deploy/settings.ts
import { resolve } from "node:path";
function readDeploySettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectPath = resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path");
  const timeout = getDurationInput(read, "wait-timeout", "900") ?? 600;
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath,
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    deploymentId: getOptionalInput(read, "deployment-id"),
    deploymentName: getOptionalInput(read, "deployment-name"),
    workspaceId: getOptionalInput(read, "workspace-id"),
    deployType: getChoiceInput(read, "deploy-type", ["infer", "dags-only", "image-and-dags", "image-only"]),
    wait: getBooleanInput(read, "wait", true),
    waitTimeoutSeconds: timeout,
    force: getBooleanInput(read, "force", false),
    validate: getBooleanInput(read, "validate", true),
    test: getBooleanInput(read, "test", false) ? getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image", "none"]) ?? "auto" : void 0,
    workDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
    allowDirty: getBooleanInput(read, "allow-dirty", false),
    allowedRegistries: (getOptionalInput(read, "allowed-registry") ?? "").split(/[\s,]+/).filter(Boolean)
  };
}

// src/actions/deploy/run.ts
var DEPLOY_CHECK_RUN_NAME = "astro-ci / deploy";
async function runDeployAction(env, runtime, deps = {}) {
  const settings = readDeploySettings(createEnvInputReader(env), env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  const { branch, reason: noBranchReason } = deployBranch(context);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : void 0;
  const summaryUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  const { result, explanation } = await runDeploy({
    repoRoot: settings.workspace,
    projectRoot: settings.projectPath,
    configPath: settings.configPath,
    deploymentId: settings.deploymentId,
    deploymentName: settings.deploymentName,
    workspaceId: settings.workspaceId,
    deployType: settings.deployType,
    wait: settings.wait,
    waitTimeoutMs: settings.waitTimeoutSeconds * 1e3,
    force: settings.force,
    validateFirst: settings.validate,
    testFirst: settings.test ? { airflow: settings.test, workDir: settings.workDir, runner: deps.docker ?? projectCodeRunner } : void 0,
    branch,
    noBranchReason,
    event: context.eventName,
    eventPayload: context.payload,
    allowDirty: settings.allowDirty,
    allowedRegistries: settings.allowedRegistries,
    headSha: context.headSha,
    pushBefore: typeof context.payload.before === "string" ? context.payload.before : void 0,
    github: { owner: context.owner, repo: context.repo, serverUrl: context.serverUrl },
    env: { ...env, ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    git: createGit(settings.workspace),
    docker: deps.docker ?? nodeCommandRunner,
    http: deps.http,
    now: deps.now,
    logger: runtime
  });
  runtime.info(explanation);
  runtime.info(`${result.status}: ${result.reason}`);
  const rows = [["Target", explanation], ["Result", `${result.status}: ${result.reason}`]];
  if (result.status === "deployed") {
    rows.push(["Deployment", `${result.deployment.name} (${result.deployment.id})`], ["Type", result.deployType ?? ""], ["Deploy", result.deployId ?? ""], ["DAG bundle version", result.dagTarballVersion ?? "\u2014"], ["Image", result.image ?? "\u2014"], ["Airflow UI", result.deployment.url]);
    if (github) {
      try {
        const id = await recordGitHubDeployment(github, { owner: context.owner, repo: context.repo, sha: context.headSha, environment: result.deployment.name, description: `astro-ci ${result.deployType} deploy`, transient: false, production: false });
        await setGitHubDeploymentStatus(github, { owner: context.owner, repo: context.repo, deploymentId: id, state: "success", environmentUrl: result.deployment.url, logUrl: summaryUrl, description: `${result.deployType} deploy ${result.deployId}` });
      } catch (error) {
        runtime.notice(`astro-ci could not record a GitHub Deployment (${error.message}); give the job 'deployments: write' to see "View deployment" on the commit.`);
      }
    }
  }
  const failed = deployFailed(result);
  if (failed && "deployId" in result && result.deployId) rows.push(["Deploy", result.deployId]);
  const summary = `## ${DEPLOY_CHECK_RUN_NAME} ${result.status === "deployed" ? "\u{1F680}" : failed ? "\u26D4" : "\u23ED\uFE0F"}

${markdownTable(["", ""], rows)}
`;
  await runtime.appendSummary(summary);
  await reportFindingsAsCheckRun({ name: DEPLOY_CHECK_RUN_NAME, title: `${result.status}: ${result.reason}`, summary, findings: [], conclusion: result.status === "deployed" ? "success" : failed ? "failure" : "neutral", token: settings.githubToken, context, summaryUrl, scrub: secrets.scrub, statusFallback: { state: failed ? "failure" : "success", description: `${result.status}: ${result.reason}` } }, runtime);
  const deployed = result.status === "deployed" || result.status === "timed-out" || result.status === "unhealthy" ? result : void 0;
  runtime.setOutput("deploy-id", deployed?.deployId ?? "");
  runtime.setOutput("deploy-type", deployed?.deployType ?? "");
  runtime.setOutput("dag-tarball-version", deployed?.dagTarballVersion ?? "");
  runtime.setOutput("image", deployed?.image ?? "");
  runtime.setOutput("deployment-url", "deployment" in result ? result.deployment.url : "");
  runtime.setOutput("skipped", String(deployed === void 0));
  return { result, failureMessage: failed ? result.reason : void 0 };
}

// src/entries/deploy.ts
await runWrapper(() => runDeployAction(process.env, createActionsRuntime()));
