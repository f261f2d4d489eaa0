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
} from "./chunk-ZX6VEU4A.js";
import "./chunk-YQNQ5J3C.js";
import "./chunk-GNW3W26O.js";
import "./chunk-4PSSUTGL.js";
import "./chunk-FKZCCUUK.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-7E66HCF5.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-QWGQGJBN.js";
import "./chunk-OGTTV447.js";
import "./chunk-4YEYIG5K.js";
import "./chunk-ZB4DWU2W.js";
import "./chunk-MMSFJUZG.js";
import "./chunk-4VKYGFDQ.js";
import "./chunk-XQTGF5NC.js";
import "./chunk-SSBNNPHI.js";
import {
  secretsFromEnv
} from "./chunk-6M5FPK5W.js";
import "./chunk-EMPSDSEK.js";
import "./chunk-MCAYZ4YN.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-F5XG5AAZ.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-66DAD36N.js";
import "./chunk-5AQJI2FA.js";
import "./chunk-E7LWPWHC.js";
import "./chunk-C3LQATT4.js";
import "./chunk-BN24KXPF.js";
import {
  parseDeploymentTargets
} from "./chunk-JVPGWNRN.js";
import "./chunk-REMOIX35.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getOptionalInput,
  readGitHubContext,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-VQFXVBL7.js";
import {
  createOctokit
} from "./chunk-DTZ272UU.js";
import "./chunk-HU7YP5XU.js";
import "./chunk-7CGN3SQU.js";
import {
  loadConfig
} from "./chunk-MICS4FBI.js";
import "./chunk-HZHXHEGK.js";
import "./chunk-QA22CGM7.js";
import "./chunk-S4THQWID.js";
import "./chunk-4SDMSA4K.js";
import "./chunk-X4OBC3KH.js";
import {
  ConfigurationError
} from "./chunk-H5MO7FYH.js";
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
  for (const secret of [settings.githubToken, settings.astroApiToken]) if (secret) runtime.setSecret(secret);
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
      mask: (value) => runtime.setSecret(value),
      logger: runtime,
      github: { client, owner: context.owner, repo: context.repo }
    }),
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
