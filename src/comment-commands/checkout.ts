import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError, gitProblem } from "../errors.js";
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
 * @throws Error when the values are malformed, or the fetched head is not `sha` (the PR moved: `headMoved`);
 * {@link CheckoutError} (an environment fault, exit 2) when git fails: origin unreachable, no `refs/pull/<pr>/head`,
 * no credentials for origin, a missing object, a worktree that cannot be added.
 */
export function createPullRequestCheckout(repoRoot: string): CheckoutPullRequest {
  return async (pr, sha) => {
    if (!Number.isSafeInteger(pr) || pr < 1) throw new Error(`invalid pull request number ${pr}`);
    if (!SHA.test(sha)) throw new Error("invalid commit SHA");
    // --depth=1 only in a shallow clone (actions/checkout's default): in a complete one it would make the clone
    // shallow, cutting the history that later steps of the job (a diff against a merge base, git log) read.
    const shallow = (await step(git(repoRoot, ["rev-parse", "--is-shallow-repository"]), "read the trusted checkout", pr)) === "true";
    await step(git(repoRoot, ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--depth=1"] : []), "--end-of-options", "origin", `+refs/pull/${pr}/head:refs/astro-ci/pr-head/${pr}`]), `fetch refs/pull/${pr}/head from origin`, pr);
    const fetched = await step(git(repoRoot, ["rev-parse", "--verify", "--end-of-options", `refs/astro-ci/pr-head/${pr}^{commit}`]), `read the fetched head of pull request #${pr}`, pr);
    if (fetched !== sha) throw Object.assign(new Error(`the pull request head is now ${fetched.slice(0, 12)}, not ${sha.slice(0, 12)}`), { headMoved: true });
    const committed = Number(await step(git(repoRoot, ["show", "-s", "--format=%ct", "--end-of-options", sha]), `read commit ${sha.slice(0, 12)}`, pr));
    const dir = await mkdtemp(join(tmpdir(), "astro-ci-pr-"));
    try {
      await step(git(repoRoot, ["worktree", "add", "--detach", "--quiet", "--end-of-options", dir, sha]), `check out ${sha.slice(0, 12)} in a worktree`, pr);
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

/**
 * A git failure that stopped a command before it sent anything to Astro, so the target Deployment is as it was: a
 * fault of the job's environment (exit 2, with the fix). `where` only says where it happened; what git's message means
 * is read by errors.ts's `gitProblem`, the classifier's own reading. A `/astro deploy` that ends on one gives back the
 * lock it took (src/commands/comment.ts); any other failure of a deploy keeps the lock.
 */
export class GitFailureBeforeAstro extends ConfigurationError {
  constructor(
    message: string,
    readonly where: "checkout" | "deploy",
    fix: string,
  ) {
    super(message, { fix });
  }
}

/**
 * The PR head could not be fetched or checked out: origin unreachable, no `refs/pull/<n>/head`, no credentials for
 * origin with `persist-credentials: false`, a missing object, a worktree that cannot be added. Nothing ran yet.
 */
export class CheckoutError extends GitFailureBeforeAstro {
  constructor(message: string, fix: string) {
    super(message, "checkout", fix);
  }
}

async function step<T>(pending: Promise<T>, what: string, pr: number): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof CheckoutError) throw error;
    // git's message as the classifier reads it (e.g. "git fetch failed: git could not fetch from the remote (...)"),
    // else as git said it: every step here is a fixed git command on the trusted checkout, so a failure is the
    // environment's whatever git said. The fix is this step's: the checkout's credentials, origin, the PR.
    const message = (gitProblem(error)?.message ?? (error as Error).message).replace(/\s+/g, " ").trim().slice(0, 500);
    throw new CheckoutError(
      `could not ${what}: ${message}`,
      `run actions/checkout before the command step with its default persist-credentials (the fetch uses the credentials it leaves for origin), check that origin is reachable and that pull request #${pr} exists, then comment again`,
    );
  }
}
