import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runGit } from "../util/git.js";

/** The PR head checked out as data (nothing in it is executed), and its committer time. */
export interface PullRequestCheckout {
  dir: string;
  sha: string;
  /** Committer time of the commit, in milliseconds since the epoch. */
  committedAtMs: number;
  cleanup(): Promise<void>;
}

export type CheckoutPullRequest = (pr: number, sha: string) => Promise<PullRequestCheckout>;

const SHA = /^[0-9a-f]{40}$/;

/** git on the trusted checkout, isolated (see runGit): the fetched head is data, nothing in it runs. */
const git = async (cwd: string, args: string[]): Promise<string> => (await runGit(cwd, args, { isolated: true })).trim();

/**
 * Fetch `refs/pull/<pr>/head` from `origin` of the trusted checkout at `repoRoot` and add a detached worktree at
 * exactly `sha` in a new temp directory. Git hooks are disabled; no credential helper is used. A complete clone stays
 * complete (the head is fetched with its history); a shallow one gets the head alone.
 * @throws Error when the values are malformed, the fetch fails, or the fetched head is not `sha` (the PR moved).
 */
export function createPullRequestCheckout(repoRoot: string): CheckoutPullRequest {
  return async (pr, sha) => {
    if (!Number.isSafeInteger(pr) || pr < 1) throw new Error(`invalid pull request number ${pr}`);
    if (!SHA.test(sha)) throw new Error("invalid commit SHA");
    // --depth=1 only in a shallow clone (actions/checkout's default): in a complete one it would make the clone
    // shallow, cutting the history that later steps of the job (a diff against a merge base, git log) read.
    const shallow = (await git(repoRoot, ["rev-parse", "--is-shallow-repository"])) === "true";
    await git(repoRoot, ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--depth=1"] : []), "--end-of-options", "origin", `+refs/pull/${pr}/head:refs/astro-ci/pr-head/${pr}`]);
    const fetched = await git(repoRoot, ["rev-parse", "--verify", "--end-of-options", `refs/astro-ci/pr-head/${pr}^{commit}`]);
    if (fetched !== sha) throw Object.assign(new Error(`the pull request head is now ${fetched.slice(0, 12)}, not ${sha.slice(0, 12)}`), { headMoved: true });
    const committed = Number(await git(repoRoot, ["show", "-s", "--format=%ct", "--end-of-options", sha]));
    const dir = await mkdtemp(join(tmpdir(), "astro-ci-pr-"));
    try {
      await git(repoRoot, ["worktree", "add", "--detach", "--quiet", "--end-of-options", dir, sha]);
    } catch (error) {
      // A worktree that could not be added leaves no folder behind.
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return {
      dir,
      sha,
      committedAtMs: committed * 1000,
      cleanup: async () => {
        await git(repoRoot, ["worktree", "remove", "--force", "--end-of-options", dir]).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  };
}
