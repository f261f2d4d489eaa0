import type { GitHubClient } from "../github/octokit.js";

/**
 * Target locks as git refs, which GitHub creates atomically (POST /git/refs answers 422 when the ref exists):
 * - `refs/astro-ci/locks/<target>`: the mutex; whoever creates it holds the lock.
 * - `refs/astro-ci/lock-holders/<target>/pr-<N>`: the holder's record, created right after the mutex. Both point at
 *   the holder PR's head commit when it took the lock (the commit and the ref's creation are the time record).
 * The holder of a taken lock is found by asking, for each open pull request, whether its holder ref exists.
 * A mutex without any holder ref (a run that died between the two writes) is reported as held by an unknown holder;
 * a repository admin may `unlock` it.
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
const holderRef = (target: string, pr: number): string => `astro-ci/lock-holders/${target}/pr-${pr}`;

function status(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : undefined;
}

/** The lock store over the GitHub git refs API. `openPullRequests` lists candidate holders (open PR numbers). */
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
  const findHolder = async (target: string): Promise<number | undefined> => {
    for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: "open", per_page: 100 })) {
      for (const pull of page.data) if (await exists(holderRef(target, pull.number))) return pull.number;
    }
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
