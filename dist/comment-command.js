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
} from "./chunk-ILVL3EDT.js";
import "./chunk-WQ6BTNVS.js";
import "./chunk-7DGTAJVG.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-KV5HSU3A.js";
import "./chunk-ZMCNA2NR.js";
import "./chunk-YJKTKTNC.js";
import "./chunk-RWBKJVXC.js";
import "./chunk-ADTKIQZC.js";
import "./chunk-CBMNMRYO.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-H2GIBEXH.js";
import "./chunk-Z6PNBKKO.js";
import "./chunk-AN6M53AA.js";
import "./chunk-QLHM4O6S.js";
import "./chunk-WNEDXGMN.js";
import {
  parseDeploymentTargets
} from "./chunk-EP6WJMFX.js";
import "./chunk-MX2QFYCM.js";
import "./chunk-CKDVJOTV.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getOptionalInput,
  readGitHubContext,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-Z3CEI7GP.js";
import {
  createOctokit
} from "./chunk-TPBEETTG.js";
import "./chunk-4VC5DJ3B.js";
import "./chunk-U7DSPVXL.js";
import "./chunk-FZOZZXX2.js";
import {
  ConfigurationError,
  loadConfig
} from "./chunk-H5G3PN36.js";
import "./chunk-PV4T63TV.js";

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
      // Only what the Astro calls need: never the GitHub token.
      env: { ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
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
