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
import {
  createConsoleLogger,
  findRepositoryRoot,
  parseCommandArgs
} from "./chunk-6JIEZZGI.js";
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
import "./chunk-67TDFQY5.js";
import "./chunk-LPAZ2WWR.js";
import "./chunk-5NPCJNUG.js";
import "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import "./chunk-2PWEFSMI.js";
import "./chunk-BRHAODYH.js";
import {
  parseDeploymentTargets
} from "./chunk-ZMYJGVFG.js";
import {
  createOctokit,
  isRepositoryName,
  readEventPayloadFile
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
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";
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

// src/cli/command-command.ts
import { resolve } from "node:path";
var COMMAND_USAGE = `Usage: astro-ci command [--event FILE] [--event-name NAME] [--config FILE] [--format text|json]

Answer a PR comment command (/astro help|status|validate|preview|teardown|deploy <target>|lock <target>|unlock <target>)
from an issue_comment event, or release a closed PR's target locks from a pull_request closed event. Run it in the
trusted checkout of the default branch: configuration is read from there, the PR head is fetched as data.
Reads GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY, ASTRO_API_TOKEN, ASTRO_API_URL.

Options:
  --event FILE                  The webhook payload (default: GITHUB_EVENT_PATH)
  --event-name NAME             issue_comment or pull_request (default: GITHUB_EVENT_NAME, else from the payload)
  --config FILE                 astro-ci.yaml to use (default: astro-ci.yaml at the repository root)
  --format text|json            Output on stdout (default: text); json: {"command","accepted","reason","sha","results"}
  -h, --help                    This help

Exit codes: 0 handled (also ignored or refused), 1 an accepted command failed, 2 configuration error.
`;
async function commentCommand(args, io, env = process.env) {
  const parsed = parseCommandArgs("command", args, { event: { type: "string" }, "event-name": { type: "string" }, config: { type: "string" }, format: { type: "string", default: "text" }, help: { type: "boolean", short: "h", default: false } }, { allowPositionals: false });
  const { values } = parsed;
  if (values.help) {
    io.stdout(COMMAND_USAGE);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") throw new ConfigurationError(`--format must be text or json, not '${values.format}'`, { fix: "use --format text|json" });
  const eventPath = values.event !== void 0 ? resolve(io.cwd, values.event) : env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new ConfigurationError("no event payload", { fix: "pass --event FILE (GITHUB_EVENT_PATH in Actions)" });
  const text = readEventPayloadFile(eventPath);
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`the event payload is not JSON: ${error.message.slice(0, 200)}`, { file: eventPath, fix: "give the webhook payload as GitHub writes it to GITHUB_EVENT_PATH (the workflow run's event JSON)" });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError(`the event payload is not a JSON object (it is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`})`, { file: eventPath, fix: "give the webhook payload of an issue_comment or pull_request event, as GitHub writes it to GITHUB_EVENT_PATH" });
  }
  const eventName = values["event-name"] ?? env.GITHUB_EVENT_NAME ?? (payload.comment ? "issue_comment" : payload.pull_request ? "pull_request" : "unknown");
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!isRepositoryName(repository)) throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name, not '${repository}'`, { fix: "set GITHUB_REPOSITORY (Actions sets it)" });
  const token = env.GITHUB_TOKEN;
  if (!token) throw new ConfigurationError("GITHUB_TOKEN is not set", { fix: "pass the workflow's token as GITHUB_TOKEN in env:" });
  const repoRoot = findRepositoryRoot(resolve(io.cwd));
  if (!repoRoot) throw new ConfigurationError("not in a git checkout", { fix: "run after actions/checkout of the default branch" });
  const configPath = values.config !== void 0 ? resolve(io.cwd, values.config) : void 0;
  const config = await loadConfig({ repoRoot, configPath });
  const settings = parseCommandSettings(config.source);
  const targets = parseDeploymentTargets(config.source);
  const logger = createConsoleLogger(Boolean(env.ASTRO_CI_DEBUG), io.stderr);
  const client = createOctokit({ token, baseUrl: env.GITHUB_API_URL, logger });
  const [owner, repo] = repository.split("/");
  const secrets = createSecretMask();
  const mask = (value) => {
    io.mask?.(value);
    secrets.mask(value);
  };
  for (const secret of [token, env.ASTRO_API_TOKEN]) if (secret) mask(secret);
  const result = await runCommentCommand({
    eventName,
    payload,
    client,
    owner,
    repo,
    settings,
    targets,
    locks: createGitRefLockStore(client, { owner, repo }),
    checkout: createPullRequestCheckout(repoRoot),
    executors: createRealExecutors({
      trustedRoot: repoRoot,
      configPath: configPath ?? (config.file ? resolve(repoRoot, config.file) : void 0),
      repository,
      env,
      logger,
      github: { client, owner, repo },
      mask
    }),
    // The reply comment goes to GitHub, out of reach of runCli's masking of stdout and stderr.
    scrub: (text2) => secrets.scrub(text2),
    logger
  });
  const { command, accepted, reason, sha, results } = result;
  if (values.format === "json") io.stdout(JSON.stringify({ command, accepted, reason, sha, results }, null, 2) + "\n");
  else io.stdout(`${result.ignored ? "ignored" : accepted ? result.failed ? "failed" : "done" : "refused"}${command ? ` ${command}` : ""}${sha ? ` on ${sha.slice(0, 12)}` : ""}: ${reason}
`);
  return result.failed ? 1 : 0;
}
export {
  COMMAND_USAGE,
  commentCommand
};
