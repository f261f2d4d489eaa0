import { ConfigurationError } from "../errors.js";
import type { Git } from "../util/git.js";
import type { GitHubContext } from "./context.js";

/** Why `pull_request_target` is no event for a fork's code: what every refusal of it says. */
export const PULL_REQUEST_TARGET_RISK = "pull_request_target gives the run this repository's secrets and a write token";

/** What to do instead: the fix of every refusal of a fork's code on `pull_request_target`. */
export const FORK_CODE_FIX =
  "run this workflow on pull_request for pull requests (GitHub gives a fork's pull_request run no secrets and a read-only token), or keep pull_request_target's own checkout of the base branch (actions/checkout without ref:), which runs this repository's code, not the fork's";

/** How many changed files a refusal names. */
const SHOWN_FILES = 5;

/**
 * Why the project's code (pytest, `pip install` of its requirements, DAG imports) must not run in this workflow run,
 * or undefined when it may. Only `pull_request_target` is refused: it runs with this repository's secrets and a write
 * token, so on a fork's pull request (or one whose payload does not show where its code comes from) the checkout must
 * be this repository's own code, which GITHUB_SHA names on that event (the base branch's commit, what actions/checkout
 * checks out there by default): each of `checkouts` (the workspace, the project folder) has it as HEAD, and git shows
 * no file changed or added in the workspace. The fork's head or merge commit checked out, or its files laid over the
 * base, is refused. Other events are not this function's: a fork's `pull_request` run gets no secrets, and the comment
 * commands check a pull request out as data.
 */
export async function forkCodeRefusal(context: Pick<GitHubContext, "eventName" | "isForkPullRequest" | "headRepository" | "pullRequestNumber" | "sha" | "payload">, checkouts: Git[]): Promise<string | undefined> {
  if (context.eventName !== "pull_request_target") return undefined;
  const known = context.payload.pull_request !== undefined;
  if (known && !context.isForkPullRequest) return undefined;
  const pr = context.pullRequestNumber !== undefined ? `pull request #${context.pullRequestNumber}` : "this pull request";
  const from = !known ? "the event payload holds no pull request, so nothing shows where its code comes from" : context.headRepository ? `${pr} comes from the fork ${context.headRepository}` : `${pr} comes from a repository that is gone (a deleted fork)`;
  const checkedOut = await checkoutIsBase(context.sha, checkouts);
  if (checkedOut === true) return undefined;
  return `${from}, and ${PULL_REQUEST_TARGET_RISK}; ${checkedOut}`;
}

/**
 * Refuse (exit 2) to run `what` (`the test action`) when `forkCodeRefusal` says no; said before any project code runs.
 * @throws ConfigurationError naming why and the fix.
 */
export async function refuseForkCode(context: Parameters<typeof forkCodeRefusal>[0], checkouts: Git[], what: string): Promise<void> {
  const why = await forkCodeRefusal(context, checkouts);
  if (why) throw new ConfigurationError(`${what} does not run a fork's code with this repository's secrets: ${why}`, { fix: FORK_CODE_FIX });
}

/** True when every checkout is at `sha` and the first shows no change; else what is checked out instead. */
async function checkoutIsBase(sha: string, checkouts: Git[]): Promise<true | string> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return `GITHUB_SHA (${JSON.stringify(sha.slice(0, 60))}) is no commit SHA, so nothing shows that the checkout is the base branch's code`;
  for (const git of checkouts) {
    const head = await git.headState();
    if (!("sha" in head)) return "the checkout is no git commit, so nothing shows that it is the base branch's code";
    if (head.sha !== sha) return `the checkout is commit ${head.sha.slice(0, 12)}, not the base branch's ${sha.slice(0, 12)} (GITHUB_SHA) the run is for`;
  }
  const first = checkouts[0];
  const changed = first ? await first.uncommittedChanges("").catch(() => undefined) : [];
  if (changed === undefined) return "git cannot say whether the checkout's files are the base branch's";
  if (changed.length) {
    const shown = changed.slice(0, SHOWN_FILES).join(", ");
    return `files differ from the base branch's commit (GITHUB_SHA): ${shown}${changed.length > SHOWN_FILES ? ` and ${changed.length - SHOWN_FILES} more` : ""}`;
  }
  return true;
}
