import { createHash } from "node:crypto";
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ValidationReport } from "./validate-dags.js";
import { PYTHON_PROJECT_FILES } from "../project/python-project-files.js";
import { isInside } from "../util/is-inside.js";
import { changedPaths, snapshotTree, unchangedSince, type SnapshotOptions, type TreeSnapshot } from "../util/tree-snapshot.js";
import { writeTextInChunks } from "../util/write-text.js";

/**
 * Replay of a whole validate-dags run that nothing can have changed.
 *
 * A static run with the cache reads a project's files, judges them and prints a report; when not one file or folder
 * of the project (nor the config file) changed since the last run with the same arguments, on the same day, with the
 * same build of the tool, the report is the same. Such a run prints the stored report instead: it stats the
 * project's files and folders (a snapshot, see `snapshotTree`) and compares them with those taken before the stored
 * run read anything. Runs that look outside the files — the dynamic tier (it imports with an installed Airflow) and
 * the DAG diff (git history) — are never stored.
 *
 * A record is one file `replay-<16 hex>.v8` in the cache folder, per command line: the length of its head (4 bytes,
 * little-endian), the head (`v8.serialize` of `ReplayRecord`), then the report's UTF-8 bytes (written out as they
 * are, never decoded); written to a temporary name and renamed. Any record that cannot be read, fails its shape
 * check, or was stored under another key is ignored (the run goes the long way and stores a new one).
 */
export interface ReplayScope {
  cacheDir: string;
  /** Everything besides files that decides the output (arguments, folder, terminal, tool build): JSON-able. */
  key: unknown;
  /** Part of the key that changes daily (checks look at the calendar): a new day replaces the record. */
  day: string;
  /** Past this many paths the inputs are not stated (default 50,000): a snapshot must cost less than the run. */
  maxPaths?: number;
}

/** What a run read: folders walked whole, single files; `skipPaths` are its own outputs (cache folder, report file). */
export interface ReplayInputs {
  folders: string[];
  files: string[];
  skipPaths: string[];
}

/**
 * What the run printed: the report (stdout or `--output`; UTF-8 bytes when replayed, or the text in parts, whose
 * concatenation it is), its standard error, its exit code (0 or 1).
 */
export interface ReplayOutcome<Report extends string | readonly string[] | Uint8Array = string | Uint8Array> {
  output: Report;
  stderr: string;
  exitCode: number;
}

interface ReplayRecord {
  format: typeof RECORD_FORMAT;
  key: string;
  inputs: ReplayInputs;
  /** Undefined in a "do not try" record: the inputs were too many to state (or a folder could not be listed). */
  snapshot?: TreeSnapshot;
  /**
   * The cache files the run left behind (its analysis packs), stated after it saved them: the same run prints the
   * same only while they are these (a pack removed, replaced or damaged means cache misses, or a warning about it).
   */
  cacheFiles: TreeSnapshot;
  stderr: string;
  exitCode: number;
  /** Bytes of the report after the head. */
  outputBytes: number;
}

/**
 * One run's use of its replay record: `openReplay` looks it up (and states the stored inputs); the run, when not
 * replayed, calls `begin` before reading anything and `finish` when it printed its report.
 */
export interface ReplaySession {
  /** The stored outcome of the same run, when nothing it read has changed since. */
  readonly replayed?: ReplayOutcome<Uint8Array>;
  /**
   * When not replayed but the same command's last run was stored: the paths it read that were added, removed or
   * changed since (absolute). A hint of what the run will have to analyse (a changed `.py` file): nothing relies on it.
   */
  readonly changed?: readonly string[];
  /** State `inputs` now (the lookup's snapshot serves when the inputs are the same): before the run reads anything. */
  begin(inputs: ReplayInputs): void;
  /**
   * After `begin`: the status of a path stated then (stat's, symlinks followed), undefined when it was not stated or
   * did not exist. The run's stat index takes it instead of stating the file again.
   */
  statOf(path: string): { mtimeMs: number; ctimeMs: number; size: number; ino: number } | undefined;
  /**
   * Store what the run printed, with the status of `cacheFiles` (the analysis packs it saved, stated now); false when
   * it cannot be (no snapshot, or the record cannot be written). Never throws.
   */
  finish(outcome: ReplayOutcome<string | readonly string[]>, cacheFiles?: string[]): boolean;
}

const RECORD_FORMAT = 2;
/** Past this many paths a snapshot costs too much to be worth it (a project folder holding a large tree besides DAGs). */
const MAX_PATHS = 50_000;
/**
 * Largest head read (bytes): 50,000 paths and their status take a few megabytes; a larger claim is no record of ours
 * (a big file planted where the record should be) and is not read into memory.
 */
const MAX_HEAD_BYTES = 64 * 2 ** 20;
/** Records not rewritten for this long are removed (command lines no longer used). */
const STALE_RECORD_MS = 30 * 86_400_000;

/** Folders of an Astro project that validation reads (DAG discovery, project classes, Astro's settings): never skipped. */
const READ_TOP_FOLDERS = new Set(["dags", "include", "plugins", "tests", ".astro"]);

/**
 * Folders at the top of a project folder that validation never reads: git's own data, installed packages (a folder
 * holding pyvenv.cfg is a virtualenv), unless it is one validation reads whatever it holds (a dags/ with a pyvenv.cfg).
 */
function isSkippedTopChild(path: string, name: string): boolean {
  if (READ_TOP_FOLDERS.has(name)) return false;
  return name === ".git" || name === "node_modules" || existsSync(join(path, "pyvenv.cfg"));
}

/** Files at the top of a project folder that validation reads (project.ts; astro-ci.yaml when it is the repository root). */
const READ_TOP_FILES = new Set(["Dockerfile", "requirements.txt", "packages.txt", "airflow_settings.yaml", ".env", "astro-ci.yaml"]);
/** Files read wherever a requirement names a local project folder (`-e ./pkg`: its name). */
const READ_PROJECT_FILES: ReadonlySet<string> = new Set(PYTHON_PROJECT_FILES);

/**
 * Whether a path the run writes (its `--output` report file, its cache folder) may be left out of its inputs: true
 * unless validation could read it (a project folder itself, anything inside a project's dags/, include/, plugins/,
 * tests/ or .astro/, one of the files read at a project's top, or a Python project's metadata file). Written where
 * validation reads, it is an input like any other: `--cache dags` must not hide the DAG files.
 */
export function isUnreadByValidation(path: string, projectRoots: string[]): boolean {
  if (READ_PROJECT_FILES.has(basename(path))) return false;
  for (const root of projectRoots) {
    const rel = relative(root, path);
    if (rel === "") return false;
    if (!isInside(root, path)) continue;
    const parts = rel.split(sep);
    if (READ_TOP_FOLDERS.has(parts[0] as string) || (parts.length === 1 && READ_TOP_FILES.has(parts[0] as string))) return false;
  }
  return true;
}

/** Snapshot of a run's inputs; undefined when there are too many or a folder cannot be listed. */
function snapshotInputs(inputs: ReplayInputs, maxPaths = MAX_PATHS, onPath?: SnapshotOptions["onPath"]): TreeSnapshot | undefined {
  return snapshotTree({ folders: inputs.folders, files: inputs.files, skipPaths: new Set(inputs.skipPaths), skipChild: isSkippedTopChild, maxPaths, onPath });
}

/**
 * A snapshot's `onPath` that calls `then` (once) at the first Python file whose status differs from `before`'s (or
 * that `before` lacks): the run will most likely analyse it. A hint while the snapshot is still being taken, for
 * starting the analysis engines early; removed files are not seen (`changed` lists them, after the snapshot).
 */
function onFirstChangedPythonFile(before: TreeSnapshot, then: () => void): NonNullable<SnapshotOptions["onPath"]> {
  // Paths come in the order `before` has them until one is added or removed: looked up by position, and only past
  // such a difference by name (a lookup of every path was a measurable part of a replayed run's time).
  let position = -1;
  let index: Map<string, number> | undefined;
  let told = false;
  return (path, mtimeMs, ctimeMs, size, ino) => {
    position++;
    if (told || !path.endsWith(".py")) return;
    let i: number | undefined = position;
    if (before.paths[i] !== path) i = (index ??= new Map(before.paths.map((p, k) => [p, k]))).get(path);
    const s = before.stats;
    if (i !== undefined && s[4 * i] === mtimeMs && s[4 * i + 1] === ctimeMs && s[4 * i + 2] === size && s[4 * i + 3] === ino) return;
    told = true;
    then();
  };
}

function recordPath(scope: ReplayScope): string {
  const name = createHash("sha256").update(JSON.stringify(scope.key)).digest("hex").slice(0, 16);
  return join(scope.cacheDir, `replay-${name}.v8`);
}

const keyOf = (scope: ReplayScope): string => JSON.stringify({ key: scope.key, day: scope.day });

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const isSnapshot = (value: unknown): value is TreeSnapshot => {
  const snapshot = value as Partial<TreeSnapshot> | null;
  return !!snapshot && typeof snapshot === "object" && isStringArray(snapshot.paths) && snapshot.stats instanceof Float64Array && snapshot.stats.length === snapshot.paths.length * 4 && typeof snapshot.takenAtMs === "number";
};
/** Files of our own, written by rename: the same when every status is (no racy window: they are never edited in place). */
const sameStatus = (before: TreeSnapshot, now: TreeSnapshot | undefined): boolean => !!now && unchangedSince(before, now, -Infinity);

function isRecord(value: unknown): value is ReplayRecord {
  const r = value as Partial<ReplayRecord> | null;
  if (!r || typeof r !== "object" || r.format !== RECORD_FORMAT || typeof r.key !== "string") return false;
  const { inputs, snapshot } = r;
  return (
    !!inputs &&
    isStringArray(inputs.folders) &&
    isStringArray(inputs.files) &&
    isStringArray(inputs.skipPaths) &&
    (snapshot === undefined || isSnapshot(snapshot)) &&
    isSnapshot(r.cacheFiles) &&
    typeof r.stderr === "string" &&
    (r.exitCode === 0 || r.exitCode === 1) &&
    Number.isSafeInteger(r.outputBytes) &&
    (r.outputBytes as number) >= 0
  );
}

const sameInputs = (a: ReplayInputs, b: ReplayInputs): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What `openReplay` tells while it looks: none of it decides anything, it lets the run start work early. */
export interface ReplayHooks {
  /**
   * Called (once, during the lookup) at the first Python file the stored run read that was changed or added since:
   * this run will most likely analyse, and may start the analysis engines now rather than after the lookup.
   */
  onPythonFileChanged?: () => void;
}

/**
 * Look up the record of this command line. Never throws: a record that cannot be read is no record. A record that
 * says the inputs were too many to state (kept for the day) spares every run of that day the attempt.
 */
export function openReplay(scope: ReplayScope, now: () => number = Date.now, hooks: ReplayHooks = {}): ReplaySession {
  const record = readRecord(scope);
  let stated: { inputs: ReplayInputs; snapshot?: TreeSnapshot } | undefined;
  let replayed: ReplayOutcome<Uint8Array> | undefined;
  let changed: string[] | undefined;
  const giveUp = record !== undefined && record.head.snapshot === undefined;
  if (record && record.head.snapshot) {
    const snapshot = snapshotInputs(record.head.inputs, scope.maxPaths, hooks.onPythonFileChanged && onFirstChangedPythonFile(record.head.snapshot, hooks.onPythonFileChanged));
    stated = { inputs: record.head.inputs, snapshot };
    const cacheFiles = record.head.cacheFiles;
    const output =
      snapshot && unchangedSince(record.head.snapshot, snapshot) && sameStatus(cacheFiles, snapshotTree({ folders: [], files: cacheFiles.paths })) ? record.readOutput() : undefined;
    if (output) replayed = { output, stderr: record.head.stderr, exitCode: record.head.exitCode };
    else if (snapshot) changed = changedPaths(record.head.snapshot, snapshot);
  }
  let pending: { inputs: ReplayInputs; snapshot?: TreeSnapshot } | undefined;
  return {
    replayed,
    changed,
    statOf(path) {
      return pending?.snapshot ? statFromSnapshot(pending.snapshot, path) : undefined;
    },
    begin(inputs) {
      if (giveUp) return;
      pending = stated && sameInputs(stated.inputs, inputs) ? stated : { inputs, snapshot: snapshotInputs(inputs, scope.maxPaths) };
      // Too many paths (or a folder that cannot be listed): say so for the day instead of walking them every run.
      if (!pending.snapshot) writeRecord(scope, { format: RECORD_FORMAT, key: keyOf(scope), inputs, cacheFiles: snapshotTree({ folders: [], files: [] }) as TreeSnapshot, stderr: "", exitCode: 0, outputBytes: 0 }, [], now);
    },
    finish(outcome, cacheFiles = []) {
      if (!pending?.snapshot) return false;
      const cacheStatus = snapshotTree({ folders: [], files: cacheFiles }) as TreeSnapshot;
      // A report in parts (see ReplayOutcome) is measured and written part by part, never joined.
      const parts = typeof outcome.output === "string" ? [outcome.output] : outcome.output;
      const outputBytes = parts.reduce((n, part) => n + Buffer.byteLength(part, "utf8"), 0);
      const head: ReplayRecord = { format: RECORD_FORMAT, key: keyOf(scope), inputs: pending.inputs, snapshot: pending.snapshot, cacheFiles: cacheStatus, stderr: outcome.stderr, exitCode: outcome.exitCode, outputBytes };
      return writeRecord(scope, head, parts, now);
    },
  };
}

/** Index of a snapshot's paths, built once per snapshot when asked. */
const snapshotIndex = new WeakMap<TreeSnapshot, Map<string, number>>();

function statFromSnapshot(snapshot: TreeSnapshot, path: string): { mtimeMs: number; ctimeMs: number; size: number; ino: number } | undefined {
  let index = snapshotIndex.get(snapshot);
  if (!index) {
    index = new Map(snapshot.paths.map((p, i) => [p, i]));
    snapshotIndex.set(snapshot, index);
  }
  const i = index.get(path);
  if (i === undefined) return undefined;
  const stats = snapshot.stats;
  const mtimeMs = stats[4 * i] as number;
  return mtimeMs === -1 ? undefined : { mtimeMs, ctimeMs: stats[4 * i + 1] as number, size: stats[4 * i + 2] as number, ino: stats[4 * i + 3] as number };
}

/** The head of this command line's record, and a reader of its report (read only on a hit). Never throws. */
function readRecord(scope: ReplayScope): { head: ReplayRecord; readOutput(): Uint8Array | undefined } | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking, and a regular file only: a FIFO planted where the record should be would block the run forever.
    fd = openSync(recordPath(scope), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const status = fstatSync(fd);
    if (!status.isFile()) return undefined;
    const size = status.size;
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) !== 4) return undefined;
    const headEnd = 4 + length.readUInt32LE(0);
    if (headEnd > size || headEnd - 4 > MAX_HEAD_BYTES) return undefined;
    const headBytes = Buffer.alloc(headEnd - 4);
    if (readSync(fd, headBytes, 0, headBytes.length, 4) !== headBytes.length) return undefined;
    const head: unknown = deserialize(headBytes);
    if (!isRecord(head) || head.key !== keyOf(scope) || head.outputBytes !== size - headEnd) return undefined;
    const open = fd;
    fd = undefined; // kept open for readOutput
    return {
      head,
      readOutput() {
        try {
          const output = Buffer.allocUnsafe(head.outputBytes);
          let read = 0;
          while (read < output.length) {
            const n = readSync(open, output, read, output.length - read, headEnd + read);
            if (n === 0) return undefined;
            read += n;
          }
          return output;
        } catch {
          return undefined;
        } finally {
          closeSync(open);
        }
      },
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Write a record atomically (temporary name, rename); false when it cannot be written. Never throws. */
function writeRecord(scope: ReplayScope, head: ReplayRecord, output: readonly string[], now: () => number): boolean {
  const path = recordPath(scope);
  const temp = `${path}.${process.pid}.tmp`;
  const serialized = serialize(head);
  if (serialized.length > MAX_HEAD_BYTES) return false; // never read back (see readRecord)
  const length = Buffer.alloc(4);
  length.writeUInt32LE(serialized.length, 0);
  try {
    // A leftover of a crashed run with this pid (common in containers) goes, and so does a symlink planted there:
    // the exclusive create never writes through a symlink nor into a file another process made meanwhile.
    rmSync(temp, { force: true });
    const fd = openSync(temp, "wx", 0o644);
    try {
      for (const part of [length, serialized]) for (let offset = 0; offset < part.length; ) offset += writeSync(fd, part, offset);
      // The report as text: encoded by the write itself, a megabyte at a time, with no copy of the whole.
      for (const part of output) writeTextInChunks(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder is not there or not writable: nothing was written either
    }
    return false;
  }
  pruneStaleRecords(scope.cacheDir, path, now());
  return true;
}

function pruneStaleRecords(dir: string, keep: string, nowMs: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const isRecordFile = /^replay-[0-9a-f]{16}\.v8$/.test(name);
    const isTemp = /^replay-[0-9a-f]{16}\.v8\.\d+\.tmp$/.test(name);
    const path = join(dir, name);
    if (path === keep || (!isRecordFile && !isTemp)) continue;
    try {
      if (nowMs - statSync(path).mtimeMs > (isTemp ? 86_400_000 : STALE_RECORD_MS)) rmSync(path, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/**
 * The report as the same run gives it when nothing changed: identical but for the cache counts (by DAG file), where
 * every file analysed afresh is then served from the cache.
 */
export function asServedFromCache(report: ValidationReport): ValidationReport {
  return { ...report, projects: report.projects.map((p) => (p.cache ? { ...p, cache: { hits: p.cache.hits + p.cache.misses, misses: 0 } } : p)) };
}
