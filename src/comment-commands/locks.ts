import type { GitHubClient } from "../github/octokit.js";

/**
 * Target locks as git refs, which GitHub creates atomically (POST /git/refs answers 422 when the ref exists):
 * - `refs/astro-ci/locks/<target>`: the mutex; whoever creates it holds the lock.
 * - `refs/astro-ci/lock-holders/<target>/pr-<N>`: the holder's record, created right after the mutex. Both point at
 *   the holder PR's head commit when it took the lock (the commit and the ref's creation are the time record).
 * A holder record counts only while it points at the commit the mutex points at: a record left over from an earlier
 * lock of the target (its PR closed without the release, a run that died) never makes its PR the holder, so it can
 * neither take nor release another PR's lock. Records are written so that leftovers stay rare: the PR that creates
 * the mutex first deletes every record of the target, then writes its own; a release deletes the holder's record
 * before the mutex (a run that dies in between leaves a mutex without a record: "an unknown holder", never a stale
 * holder); an admin's forced unlock deletes every record of the target, then the mutex.
 * The records are listed in one call whatever the number of open pull requests:
 * `GET /repos/{owner}/{repo}/git/matching-refs/astro-ci/lock-holders/<target>/` (GitHub answers every match at once,
 * ignoring per_page and page, github/docs#3863; a Link header, were one sent, is followed;
 * https://docs.github.com/rest/git/refs#list-matching-references). The trailing `/` keeps `prod` from listing
 * `production`'s records, and each answered ref is checked again here: only a string
 * `refs/astro-ci/lock-holders/<target>/pr-<N>` (N a positive integer in canonical decimal, no leading zero) with an
 * `object.sha` of 40 hex digits counts; anything else in the answer (and an answer that is not a list) is ignored.
 * The holder is the highest-numbered record on the mutex's commit whose pull request is open
 * (`GET /repos/{owner}/{repo}/pulls/{N}`, one per record, newest first, stopping at the first open one). Two records on
 * the mutex's commit (only leftovers can make that: two PRs with one head commit) name the newest open one, for
 * `holder` as for `acquire` and `release` by either PR. A mutex without any such record of an open PR is reported as
 * held by an unknown holder: `lock`/`deploy` are refused, and only a repository admin's `unlock` (force) releases it.
 *
 * Calls: `holder` GET git/ref (mutex) + GET git/matching-refs + GET pulls/{N} per record tried (usually one);
 * `acquire` POST git/refs (mutex), then GET git/matching-refs, DELETE git/refs per leftover record and POST git/refs
 * (its record); when taken, the `holder` calls (no GET pulls/{N} once its own record is reached);
 * `release` the `holder` calls, then DELETE git/refs (the holder's record, or every record when forced; then the mutex).
 */
export interface LockStore {
  /**
   * Take the lock for `pr` (an open pull request) at its head commit `sha` (40 hex); idempotent for the holder
   * (`already`). Refused with the holder's number, or without one for an unknown holder.
   */
  acquire(target: string, pr: number, sha: string): Promise<{ acquired: true; already: boolean } | { acquired: false; holder?: number }>;
  /**
   * Release the lock when `pr` is its holder; `force` (an admin) releases it whoever holds it, deleting every holder
   * record of the target. Not released: `holder` names the PR holding it (absent when free or unknown).
   */
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
const COMMIT_SHA = /^[0-9a-f]{40}$/;

function status(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : undefined;
}

/**
 * The lock store over the GitHub git refs API (and GET pulls/{N} to tell whether a holder record's PR is open).
 * Errors other than the expected 404/422 (e.g. 403 for a token without `contents: write`) are thrown as Octokit's.
 */
export function createGitRefLockStore(client: GitHubClient, repo: { owner: string; repo: string }): LockStore {
  /** The commit a ref points at: undefined when there is no such ref, "" when the answer names no commit SHA. */
  const commitOf = async (ref: string): Promise<string | undefined> => {
    try {
      const { data } = await client.rest.git.getRef({ ...repo, ref });
      const sha = (data as { object?: { sha?: unknown } } | null)?.object?.sha;
      return typeof sha === "string" && COMMIT_SHA.test(sha) ? sha : "";
    } catch (error) {
      if (status(error) === 404) return undefined;
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
   * `target`'s holder records, highest PR number first, from the List matching references answer, each with the
   * commit it points at; an entry that is not a `refs/astro-ci/lock-holders/<target>/pr-<N>` string with a commit SHA
   * is ignored.
   */
  const holderRecords = async (target: string): Promise<{ pr: number; sha: string }[]> => {
    const full = `refs/${holderPrefix(target)}`;
    const records = new Map<number, string>();
    try {
      for await (const page of client.paginate.iterator(client.rest.git.listMatchingRefs, { ...repo, ref: holderPrefix(target) })) {
        const entries: unknown = page.data;
        if (!Array.isArray(entries)) continue;
        for (const entry of entries as unknown[]) {
          const ref = (entry as { ref?: unknown } | null)?.ref;
          const sha = (entry as { object?: { sha?: unknown } | null } | null)?.object?.sha;
          if (typeof ref !== "string" || !ref.startsWith(full) || typeof sha !== "string" || !COMMIT_SHA.test(sha)) continue;
          const match = HOLDER_RECORD.exec(ref.slice(full.length));
          const pr = match ? Number(match[1]) : NaN;
          if (Number.isSafeInteger(pr)) records.set(pr, sha);
        }
      }
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
    return [...records].map(([pr, sha]) => ({ pr, sha })).sort((a, b) => b.pr - a.pr);
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
  /**
   * Whether `target` is taken, by whom, and its holder records (PR numbers, leftovers included). The holder is the
   * highest-numbered record on the mutex's commit whose PR is open; `asking`'s own record counts without reading its
   * PR (the caller knows its state): its lock is its own unless a higher-numbered open PR's record matches too.
   */
  const lookup = async (target: string, asking?: number): Promise<{ taken: false } | { taken: true; holder?: number; records: number[] }> => {
    const locked = await commitOf(mutexRef(target));
    if (locked === undefined) return { taken: false };
    const records = await holderRecords(target);
    for (const record of records) {
      if (record.sha !== locked) continue; // left over from an earlier lock of the target
      if (record.pr === asking || (await isOpen(record.pr))) return { taken: true, holder: record.pr, records: records.map((r) => r.pr) };
    }
    return { taken: true, records: records.map((r) => r.pr) };
  };
  const store: LockStore = {
    async acquire(target, pr, sha) {
      // Twice: a lock released between the POST and the lookup is tried once more.
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await create(mutexRef(target), sha)) {
          // No record may outlive the lock it was written for: clear the leftovers (this PR's too), then write ours.
          for (const record of await holderRecords(target)) await remove(holderRef(target, record.pr));
          await create(holderRef(target, pr), sha);
          return { acquired: true, already: false };
        }
        const state = await lookup(target, pr);
        if (!state.taken) continue;
        if (state.holder === pr) return { acquired: true, already: true };
        return { acquired: false, holder: state.holder };
      }
      return { acquired: false };
    },
    async release(target, pr, force) {
      const state = await lookup(target, pr);
      if (!state.taken) return { released: false };
      if (state.holder === pr) {
        // The record first: a run that dies in between leaves a mutex without a holder, not a stale holder.
        await remove(holderRef(target, pr));
        await remove(mutexRef(target));
        return { released: true, holder: pr };
      }
      if (!force) return { released: false, holder: state.holder };
      for (const record of state.records) await remove(holderRef(target, record));
      await remove(mutexRef(target));
      return { released: true, holder: state.holder };
    },
    async holder(target) {
      const state = await lookup(target);
      return state.taken ? { taken: true, holder: state.holder } : { taken: false };
    },
  };
  return store;
}
