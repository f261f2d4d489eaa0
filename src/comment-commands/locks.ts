import type { GitHubClient } from "../github/octokit.js";

/**
 * Target locks as git refs, which GitHub creates atomically (POST /git/refs answers 422 when the ref exists):
 * - `refs/astro-ci/locks/<target>`: the mutex; whoever creates it holds the lock.
 * - `refs/astro-ci/lock-holders/<target>/pr-<N>`: the holder's record, created right after the mutex. Both point at
 *   the holder PR's head commit when it took the lock (the commit and the ref's creation are the time record).
 * The holder of a taken lock is found from the target's holder records, listed in one call whatever the number of
 * open pull requests: `GET /repos/{owner}/{repo}/git/matching-refs/astro-ci/lock-holders/<target>/` (GitHub answers
 * every match at once, ignoring per_page and page, github/docs#3863; a Link header, were one sent, is followed;
 * https://docs.github.com/rest/git/refs#list-matching-references). The trailing `/` keeps `prod` from listing
 * `production`'s records, and each answered ref is checked again here: only a string
 * `refs/astro-ci/lock-holders/<target>/pr-<N>` (N a positive integer in canonical decimal, no leading zero) counts;
 * anything else in the answer (and an answer that is not a list) is ignored; the records' commits are not read. The holder is the highest-numbered record whose pull request is open
 * (`GET /repos/{owner}/{repo}/pulls/{N}`, one per record, newest first, stopping at the first open one): the PR the
 * earlier scan of the open PRs (listed newest first) found. A record of a PR no longer open (its close did not
 * release the lock) does not name a holder.
 * A mutex without any holder record of an open PR (a run that died between the two writes, or a stale record) is
 * reported as held by an unknown holder: `lock`/`deploy` are refused, and only a repository admin's `unlock` (force)
 * releases it, removing the mutex (and the holder's record when the holder is known).
 *
 * Calls: `holder` GET git/ref (mutex) + GET git/matching-refs + GET pulls/{N} per record tried (usually one);
 * `acquire` POST git/refs (mutex, then the holder record), or when taken GET git/ref (own record) + the lookup;
 * `release` GET git/ref (own record), then DELETE git/refs, or the `holder` calls.
 */
export interface LockStore {
  /** Take the lock for `pr` (idempotent for the holder). */
  acquire(target: string, pr: number, sha: string): Promise<{ acquired: true; already: boolean } | { acquired: false; holder?: number }>;
  /** Release the lock; `force` releases another PR's lock. */
  release(target: string, pr: number, force: boolean): Promise<{ released: boolean; holder?: number }>;
  /** The PR holding the target (undefined: free or unknown holder) and whether it is taken at all. */
  holder(target: string): Promise<{ taken: boolean; holder?: number }>;
}

const mutexRef = (target: string): string => `astro-ci/locks/${target}`;
/** `astro-ci/lock-holders/<target>/`: the prefix of the target's holder records, ending in `/`. */
const holderPrefix = (target: string): string => `astro-ci/lock-holders/${target}/`;
const holderRef = (target: string, pr: number): string => `${holderPrefix(target)}pr-${pr}`;
/** The last part of a holder record's ref: `pr-` and a PR number in canonical decimal (not `pr-012`, `pr-1e3`). */
const HOLDER_RECORD = /^pr-([1-9][0-9]{0,15})$/;

function status(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : undefined;
}

/**
 * The lock store over the GitHub git refs API (and GET pulls/{N} to tell whether a holder record's PR is open).
 * Errors other than the expected 404/422 (e.g. 403 for a token without `contents: write`) are thrown as Octokit's.
 */
export function createGitRefLockStore(client: GitHubClient, repo: { owner: string; repo: string }): LockStore {
  const exists = async (ref: string): Promise<boolean> => {
    try {
      await client.rest.git.getRef({ ...repo, ref });
      return true;
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  };
  const create = async (ref: string, sha: string): Promise<boolean> => {
    try {
      await client.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha });
      return true;
    } catch (error) {
      if (status(error) === 422) return false;
      throw error;
    }
  };
  const remove = async (ref: string): Promise<void> => {
    try {
      await client.rest.git.deleteRef({ ...repo, ref });
    } catch (error) {
      if (status(error) !== 404 && status(error) !== 422) throw error;
    }
  };
  /**
   * The PR numbers named by `target`'s holder records, highest first, from the List matching references answer; an
   * entry that is not a `refs/astro-ci/lock-holders/<target>/pr-<N>` string is ignored.
   */
  const holderRecords = async (target: string): Promise<number[]> => {
    const full = `refs/${holderPrefix(target)}`;
    const numbers = new Set<number>();
    try {
      for await (const page of client.paginate.iterator(client.rest.git.listMatchingRefs, { ...repo, ref: holderPrefix(target) })) {
        const entries: unknown = page.data;
        if (!Array.isArray(entries)) continue;
        for (const entry of entries as unknown[]) {
          const ref = (entry as { ref?: unknown } | null)?.ref;
          if (typeof ref !== "string" || !ref.startsWith(full)) continue;
          const match = HOLDER_RECORD.exec(ref.slice(full.length));
          const pr = match ? Number(match[1]) : NaN;
          if (Number.isSafeInteger(pr)) numbers.add(pr);
        }
      }
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
    return [...numbers].sort((a, b) => b - a);
  };
  const isOpen = async (pr: number): Promise<boolean> => {
    try {
      const { data } = await client.rest.pulls.get({ ...repo, pull_number: pr });
      return data.number === pr && data.state === "open";
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  };
  const findHolder = async (target: string): Promise<number | undefined> => {
    for (const pr of await holderRecords(target)) if (await isOpen(pr)) return pr;
    return undefined;
  };
  const store: LockStore = {
    async acquire(target, pr, sha) {
      if (await create(mutexRef(target), sha)) {
        await create(holderRef(target, pr), sha);
        return { acquired: true, already: false };
      }
      if (await exists(holderRef(target, pr))) return { acquired: true, already: true };
      return { acquired: false, holder: await findHolder(target) };
    },
    async release(target, pr, force) {
      const mine = await exists(holderRef(target, pr));
      if (!mine) {
        const { taken, holder } = await store.holder(target);
        if (!taken) return { released: false };
        if (!force) return { released: false, holder };
        if (holder !== undefined) await remove(holderRef(target, holder));
        await remove(mutexRef(target));
        return { released: true, holder };
      }
      await remove(mutexRef(target));
      await remove(holderRef(target, pr));
      return { released: true, holder: pr };
    },
    async holder(target) {
      if (!(await exists(mutexRef(target)))) return { taken: false };
      return { taken: true, holder: await findHolder(target) };
    },
  };
  return store;
}
