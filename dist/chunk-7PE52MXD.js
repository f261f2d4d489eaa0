import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/github/fork-code.ts
var PULL_REQUEST_TARGET_RISK = "pull_request_target gives the run this repository's secrets and a write token";
var FORK_CODE_FIX = "run this workflow on pull_request for pull requests (GitHub gives a fork's pull_request run no secrets and a read-only token), or keep pull_request_target's own checkout of the base branch (actions/checkout without ref:), which runs this repository's code, not the fork's";
var SHOWN_FILES = 5;
async function forkCodeRefusal(context, checkouts) {
  if (context.eventName !== "pull_request_target") return void 0;
  const known = context.payload.pull_request !== void 0;
  if (known && !context.isForkPullRequest) return void 0;
  const pr = context.pullRequestNumber !== void 0 ? `pull request #${context.pullRequestNumber}` : "this pull request";
  const from = !known ? "the event payload holds no pull request, so nothing shows where its code comes from" : context.headRepository ? `${pr} comes from the fork ${context.headRepository}` : `${pr} comes from a repository that is gone (a deleted fork)`;
  const checkedOut = await checkoutIsBase(context.sha, checkouts);
  if (checkedOut === true) return void 0;
  return `${from}, and ${PULL_REQUEST_TARGET_RISK}; ${checkedOut}`;
}
async function refuseForkCode(context, checkouts, what) {
  const why = await forkCodeRefusal(context, checkouts);
  if (why) throw new ConfigurationError(`${what} does not run a fork's code with this repository's secrets: ${why}`, { fix: FORK_CODE_FIX });
}
async function checkoutIsBase(sha, checkouts) {
  if (!/^[0-9a-f]{40}$/.test(sha)) return `GITHUB_SHA (${JSON.stringify(sha.slice(0, 60))}) is no commit SHA, so nothing shows that the checkout is the base branch's code`;
  for (const git of checkouts) {
    const head = await git.headState();
    if (!("sha" in head)) return "the checkout is no git commit, so nothing shows that it is the base branch's code";
    if (head.sha !== sha) return `the checkout is commit ${head.sha.slice(0, 12)}, not the base branch's ${sha.slice(0, 12)} (GITHUB_SHA) the run is for`;
  }
  const first = checkouts[0];
  const changed = first ? await first.uncommittedChanges("").catch(() => void 0) : [];
  if (changed === void 0) return "git cannot say whether the checkout's files are the base branch's";
  if (changed.length) {
    const shown = changed.slice(0, SHOWN_FILES).join(", ");
    return `files differ from the base branch's commit (GITHUB_SHA): ${shown}${changed.length > SHOWN_FILES ? ` and ${changed.length - SHOWN_FILES} more` : ""}`;
  }
  return true;
}

export {
  PULL_REQUEST_TARGET_RISK,
  FORK_CODE_FIX,
  forkCodeRefusal,
  refuseForkCode
};
