import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createGitRefLockStore,
  createPullRequestCheckout,
  createRealExecutors,
  parseCommandSettings,
  runCommentCommand
} from "./chunk-6CF37OA4.js";
import "./chunk-BYAF7NQU.js";
import "./chunk-PO55HMQY.js";
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
  secretsFromEnv
} from "./chunk-PAMI75RF.js";
import "./chunk-67TDFQY5.js";
import "./chunk-LPAZ2WWR.js";
import "./chunk-7PE52MXD.js";
import "./chunk-NEFSKFFB.js";
import {
  createRunSecrets
} from "./chunk-NP3QJM6U.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import "./chunk-2PWEFSMI.js";
import "./chunk-BRHAODYH.js";
import {
  parseDeploymentTargets
} from "./chunk-ZMYJGVFG.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getOptionalInput,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
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

// src/actions/comment-command/run.ts
import { resolve as resolve2 } from "node:path";

// src/actions/comment-command/settings.ts
import { resolve } from "node:path";
function readCommentCommandSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const config = getOptionalInput(read, "config");
  const githubToken = getOptionalInput(read, "github-token");
  if (!githubToken) throw new ConfigurationError("input 'github-token' is empty", { fix: "leave it at its default, ${{ github.token }}" });
  const domain = getOptionalInput(read, "domain");
  if (domain !== void 0 && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) throw new ConfigurationError(`input 'domain' must be a host name like astronomer.io, not '${domain}'`, { fix: "leave it empty for Astro's public API" });
  return {
    workspace,
    configPath: config ? resolveInsideWorkspace(workspace, config, "config") : void 0,
    githubToken,
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID
  };
}

// src/actions/comment-command/run.ts
async function runCommentCommandAction(env, runtime) {
  const settings = readCommentCommandSettings(createEnvInputReader(env), env);
  const secrets = createRunSecrets(runtime);
  for (const secret of [settings.githubToken, settings.astroApiToken]) secrets.mask(secret);
  const context = readGitHubContext(env);
  const config = await loadConfig({ repoRoot: settings.workspace, configPath: settings.configPath });
  const client = createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime });
  const repository = `${context.owner}/${context.repo}`;
  const result = await runCommentCommand({
    eventName: context.eventName,
    payload: context.payload,
    client,
    owner: context.owner,
    repo: context.repo,
    settings: parseCommandSettings(config.source),
    targets: parseDeploymentTargets(config.source),
    locks: createGitRefLockStore(client, { owner: context.owner, repo: context.repo }),
    checkout: createPullRequestCheckout(settings.workspace),
    executors: createRealExecutors({
      trustedRoot: settings.workspace,
      configPath: settings.configPath ?? (config.file ? resolve2(settings.workspace, config.file) : void 0),
      repository,
      // The Astro settings, and the step's env for `${NAME}` in the trusted airflow-settings (as branch-deploy reads
      // them); never the GitHub token nor the runner's or inputs' variables.
      env: { ...secretsFromEnv(env), ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
      mask: (value) => secrets.mask(value),
      logger: runtime,
      github: { client, owner: context.owner, repo: context.repo }
    }),
    scrub: (text) => secrets.scrub(text),
    logger: runtime
  });
  runtime.info(`${result.ignored ? "ignored" : result.accepted ? "accepted" : "refused"}: ${result.reason}`);
  runtime.setOutput("command", result.command ?? "");
  runtime.setOutput("accepted", String(result.accepted));
  runtime.setOutput("sha", result.sha ?? "");
  return { result, failureMessage: result.failed ? `${result.command} failed: ${result.reason}` : void 0 };
}

// src/entries/comment-command.ts
await runWrapper(() => runCommentCommandAction(process.env, createActionsRuntime()));
