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
} from "./chunk-D3SURIUF.js";
import "./chunk-K3D22INN.js";
import "./chunk-OT4REDJL.js";
import "./chunk-JVJNUQTS.js";
import "./chunk-5MEJ46SU.js";
import "./chunk-B2TXPEVY.js";
import "./chunk-2W5MY3QL.js";
import "./chunk-KP2RQJ2Q.js";
import "./chunk-5XQB7HHQ.js";
import "./chunk-4LV274VA.js";
import "./chunk-D5BBFPOF.js";
import "./chunk-DLWGBFV7.js";
import "./chunk-5BAC55PO.js";
import "./chunk-FFL4BDKG.js";
import "./chunk-J6B237RR.js";
import "./chunk-2MXR75DM.js";
import "./chunk-6PNI6W76.js";
import "./chunk-OP5F5YFM.js";
import "./chunk-XQTGF5NC.js";
import {
  secretsFromEnv
} from "./chunk-TWA7P36Z.js";
import "./chunk-D2QTGG6L.js";
import "./chunk-TSJVWALN.js";
import "./chunk-TGPPKTMJ.js";
import "./chunk-NEFSKFFB.js";
import "./chunk-OJBYM2KA.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-HCPD4F4G.js";
import "./chunk-GYVCI4DQ.js";
import "./chunk-5W5V27QA.js";
import "./chunk-4CAXY6VU.js";
import {
  parseDeploymentTargets
} from "./chunk-OB2XQB75.js";
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getOptionalInput,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-ZLNLNU4N.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-YCJUMLT6.js";
import "./chunk-F4SVFYVZ.js";
import {
  loadConfig
} from "./chunk-H7A3CW2H.js";
import "./chunk-F7ZSN4N7.js";
import "./chunk-3AMSAHFN.js";
import "./chunk-M3SV4P2Y.js";
import "./chunk-JVS4XDQT.js";
import "./chunk-FQ6ZOVLN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-5BYUOLQR.js";
import "./chunk-HQA5U7UH.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-WJG5BK6M.js";
import "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError
} from "./chunk-E7Q2VRI3.js";
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
  const secrets = createSecretMask();
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
      mask: (value) => {
        runtime.setSecret(value);
        secrets.mask(value);
      },
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
