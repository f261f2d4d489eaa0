import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * What the file system said about a set of folders and files at one moment: every path under the folders (depth
 * first, names sorted, symlinks followed as Airflow's DAG discovery follows them) with its status. Two snapshots are
 * equal only when no file or folder was added, removed, renamed, rewritten, truncated, re-permissioned or replaced
 * in between (a folder's mtime moves when an entry is added, removed or renamed in it; a file's mtime and ctime when
 * it is written; ctime when its mode changes). `stats` holds 4 numbers per path: mtime and ctime in ms since the
 * epoch, size in bytes, inode; a path that does not exist has all four at -1.
 */
export interface TreeSnapshot {
  paths: string[];
  stats: Float64Array;
  /** When the snapshot was taken (ms since the epoch). */
  takenAtMs: number;
}

export interface SnapshotOptions {
  /** Folders walked whole. */
  folders: string[];
  /** Files (or folders, not walked) stated alone; they may be missing. */
  files: string[];
  /** Direct children of a walked folder left out (not even stated): e.g. `.git`, a virtualenv. */
  skipChild?: (path: string, name: string) => boolean;
  /** Paths left out wherever they are (not even stated): the tool's own outputs, like its cache folder. */
  skipPaths?: ReadonlySet<string>;
  /** Give up (undefined) past this many paths: a snapshot is meant to be cheaper than the work it saves. */
  maxPaths?: number;
  /** Called with each path as it is stated, and its 4 numbers (see TreeSnapshot: all -1 when it does not exist). */
  onPath?: (path: string, mtimeMs: number, ctimeMs: number, size: number, ino: number) => void;
}

const MISSING = -1;

/**
 * Take a snapshot. Synchronous: thousands of small stats cost less than as many promises. Returns undefined when
 * there are more than `maxPaths` paths, or a folder cannot be listed (nothing can be vouched for then).
 */
export function snapshotTree(options: SnapshotOptions, now: () => number = Date.now): TreeSnapshot | undefined {
  const takenAtMs = now();
  const paths: string[] = [];
  const numbers: number[] = [];
  const max = options.maxPaths ?? Infinity;
  const add = (path: string, stat: ReturnType<typeof statSync> | undefined): void => {
    paths.push(path);
    if (stat) numbers.push(stat.mtimeMs as number, stat.ctimeMs as number, stat.size as number, stat.ino as number);
    else numbers.push(MISSING, MISSING, MISSING, MISSING);
    const n = numbers.length;
    options.onPath?.(path, numbers[n - 4] as number, numbers[n - 3] as number, numbers[n - 2] as number, numbers[n - 1] as number);
  };
  const statOf = (path: string): ReturnType<typeof statSync> | undefined => {
    try {
      return statSync(path, { throwIfNoEntry: false });
    } catch {
      return undefined; // a symlink loop or a path that cannot be resolved: recorded as missing, and it stays so
    }
  };
  // Folders on the way down (device:inode), so a symlink loop is walked once.
  const onPath = new Set<string>();
  const walk = (dir: string, top: boolean): boolean => {
    const stat = statOf(dir);
    add(dir, stat);
    if (!stat?.isDirectory()) return true;
    const id = `${stat.dev}:${stat.ino}`;
    if (onPath.has(id)) return true;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return false;
    }
    onPath.add(id);
    // join(dir, name) for every name, with one join per folder: a name from a listing is one plain segment, so
    // joining it adds it to the folder's normalized path (profiled: join was about a tenth of a snapshot of 2,000 files).
    const prefix = join(dir, "x").slice(0, -1);
    try {
      for (const name of names) {
        if (paths.length > max) return false;
        const path = prefix + name;
        if (options.skipPaths?.has(path) || (top && options.skipChild?.(path, name))) continue;
        if (!walk(path, false)) return false;
      }
    } finally {
      onPath.delete(id);
    }
    return true;
  };
  for (const folder of options.folders) if (!walk(folder, true)) return undefined;
  for (const file of options.files) add(file, statOf(file));
  if (paths.length > max) return undefined;
  return { paths, stats: Float64Array.from(numbers), takenAtMs };
}

/**
 * Whether `now` shows nothing changed since `before` was taken, and `before` can be trusted at all: a path written
 * within `racyWindowMs` before `before` was taken may have changed again since without its times moving (file
 * systems keep times to a granularity; git calls such entries "racily clean").
 */
export function unchangedSince(before: TreeSnapshot, now: TreeSnapshot, racyWindowMs = 2000): boolean {
  if (before.paths.length !== now.paths.length || before.stats.length !== now.stats.length) return false;
  const trustBefore = before.takenAtMs - racyWindowMs;
  for (let i = 0; i < before.paths.length; i++) if (before.paths[i] !== now.paths[i]) return false;
  for (let i = 0; i < before.stats.length; i++) if (before.stats[i] !== now.stats[i]) return false;
  for (let i = 0; i < before.stats.length; i += 4) if ((before.stats[i] as number) >= trustBefore || (before.stats[i + 1] as number) >= trustBefore) return false;
  return true;
}

/**
 * The paths whose status differs between two snapshots: added, removed, or stated otherwise (times, size, inode).
 * Says nothing about trust (see unchangedSince): a path written within the racy window but not since is not listed.
 */
export function changedPaths(before: TreeSnapshot, now: TreeSnapshot): string[] {
  const index = new Map<string, number>();
  before.paths.forEach((path, i) => index.set(path, i));
  const changed: string[] = [];
  now.paths.forEach((path, i) => {
    const j = index.get(path);
    if (j === undefined) changed.push(path);
    else {
      index.delete(path);
      for (let k = 0; k < 4; k++) {
        if (before.stats[4 * j + k] !== now.stats[4 * i + k]) {
          changed.push(path);
          break;
        }
      }
    }
  });
  for (const path of index.keys()) changed.push(path);
  return changed;
}
