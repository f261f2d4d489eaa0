import { readdirSync, realpathSync } from "node:fs";
import { open, readdir, readlink, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fsErrorReason } from "../errors.js";
import { outsideRepositoryWords } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { describeSpecialFile, readRegularFileSync } from "../util/read-file-sync.js";
import { readUserText } from "../util/user-files.js";
import { parseIgnoreFile, type IgnoreProblem, type IgnoreRule, type IgnoreSyntax } from "./airflowignore.js";

export interface DiscoveredFile {
  /** Relative to the DAG folder, POSIX separators. */
  path: string;
  absolutePath: string;
  kind: "python" | "zip";
  /** Airflow's safe-mode heuristic: only such files are parsed by the scheduler. */
  passesSafeMode: boolean;
  size: number;
  /** The bytes, read once for the safe-mode check (Python files only) so analysis does not read them again. */
  content?: Buffer;
  /** The safe-mode words found in `content` (set with it), for the stat index. */
  words?: SafeModeWords;
}

export interface DagDiscovery {
  files: DiscoveredFile[];
  ignored: { path: string; ignoreFile: string; line: number; pattern: string }[];
  /**
   * What Airflow would trip over. `unreadable` marks files and folders that cannot be read at all (permissions, I/O,
   * a broken symlink): the DAGs in them are invisible, so they are errors, never a silent "0 files".
   */
  problems: (IgnoreProblem | { file: string; line?: number; message: string; fix: string; unreadable?: true })[];
  /** Python files above `maxFileSize`: not read, not parsed (display paths relative to the DAG folder, sizes in bytes). */
  tooLarge: { path: string; size: number }[];
  /**
   * Python files an ignore rule hides (directly, or inside an ignored folder) that look like DAG files by safe
   * mode's test (their bytes contain "airflow" and "dag"): the surprise of a too-broad pattern, made visible.
   */
  hiddenDagFiles: { path: string; ignoreFile: string; line: number; pattern: string }[];
}

export interface DiscoverOptions {
  dagsDir: string;
  /**
   * The repository root (absolute): no file or folder whose real path is outside it is opened or listed. A symlink
   * leaving it is a `problems` entry on the link (ignored like any file when a rule hides it); a DAG folder that itself
   * resolves outside it is an `unreadable` problem, and nothing in it is read (src/util/inside-repository.ts).
   */
  repoRoot: string;
  airflowMajor: 2 | 3;
  /**
   * `[core] dag_ignore_file_syntax`: regexp by default on Airflow 2, glob on Airflow 3. `unknown` (set to a value
   * only the build knows): a file either syntax ignores is ignored, and only what both agree on is reported.
   */
  ignoreSyntax?: IgnoreSyntax | "unknown";
  /** `[core] dag_discovery_safe_mode`, default true. */
  safeMode?: boolean;
  /** Prefix for display paths of .airflowignore files (the DAG folder relative to the repository). */
  displayPrefix?: string;
  /** Python files larger than this many bytes are not read (listed in `tooLarge`); no limit when undefined. */
  maxFileSize?: number;
  /**
   * Python files whose content is already known (the analysis cache's stat index): such a file is not read, its
   * `content` stays undefined, and the safe-mode heuristic uses the words given. Undefined from `known`: read it.
   * Asked during the walk; an answer given at once (not a promise) spares the file a promise and an await.
   */
  knownFiles?: { known(absolutePath: string): KnownAnswer | Promise<KnownAnswer> };
}

/** What `knownFiles` says of a Python file: its safe-mode words and size (bytes), or undefined (read it). */
type KnownAnswer = (SafeModeWords & { size: number }) | undefined;

/** Which of the words of Airflow's safe-mode heuristic a file contains (case-insensitive). */
export interface SafeModeWords {
  airflow: boolean;
  dag: boolean;
  asset: boolean;
}

const IGNORE_FILE = ".airflowignore";

const toPosix = (p: string): string => p.split(sep).join("/");

/** List DAG files the way Airflow's `find_dag_file_paths` does, with the rules that ignored the others. */
export async function discoverDagFiles(options: DiscoverOptions): Promise<DagDiscovery> {
  if (options.ignoreSyntax === "unknown") {
    // Either syntax may be the image's: keep the files both keep (a file one of them ignores may be invisible to
    // Airflow), and the problems and hidden files both report. The second walk reads files itself (no stat index).
    const [regexp, glob] = [await discoverDagFiles({ ...options, ignoreSyntax: "regexp" }), await discoverDagFiles({ ...options, ignoreSyntax: "glob", knownFiles: undefined })];
    const globFiles = new Set(glob.files.map((f) => f.path));
    const keyOf = (p: DagDiscovery["problems"][number]): string => JSON.stringify([p.file, p.line, p.message]);
    const globProblems = new Set(glob.problems.map(keyOf));
    const globHidden = new Set(glob.hiddenDagFiles.map((h) => h.path));
    const globTooLarge = new Set(glob.tooLarge.map((t) => t.path));
    const regexpIgnored = new Set(regexp.ignored.map((i) => i.path));
    return {
      files: regexp.files.filter((f) => globFiles.has(f.path)),
      ignored: [...regexp.ignored, ...glob.ignored.filter((i) => !regexpIgnored.has(i.path))],
      problems: regexp.problems.filter((p) => globProblems.has(keyOf(p))),
      hiddenDagFiles: regexp.hiddenDagFiles.filter((h) => globHidden.has(h.path)),
      tooLarge: regexp.tooLarge.filter((t) => globTooLarge.has(t.path)),
    };
  }
  const syntax = options.ignoreSyntax ?? (options.airflowMajor === 3 ? "glob" : "regexp");
  const safeMode = options.safeMode ?? true;
  const display = (p: string): string => (options.displayPrefix ? `${options.displayPrefix}/${p}` : p);
  const result: DagDiscovery = { files: [], ignored: [], hiddenDagFiles: [], problems: [], tooLarge: [] };
  const unreadable = (file: string, error: unknown, fix = "make it readable by the user running astro-ci (and Airflow), or remove it"): void => {
    const reason = fsErrorReason(error) ?? (error as Error).message;
    result.problems.push({ file, message: `cannot read: ${reason}; Airflow cannot load the DAGs in it either`, fix, unreadable: true });
  };
  const rootReal = await realpath(options.dagsDir);
  const repoReal = await realpath(options.repoRoot);
  if (!isInside(repoReal, rootReal)) {
    const file = options.displayPrefix ?? ".";
    result.problems.push({ file, ...(await outsideRepositoryProblem(options.dagsDir, "dag-folder", rootReal)), unreadable: true });
    return result;
  }
  const rulesByDir = new Map<string, IgnoreRule[]>([[rootReal, []]]);

  // Anchored glob rules and the folder of their .airflowignore, relative to the DAG folder ("" for itself): the paths
  // such a rule sees are cut from an entry's `rel`, not computed by `relative` for every entry and rule.
  const definedIn = new Map<IgnoreRule, string>();
  /**
   * The rule that ignores `absolutePath`, if any. `rel`: the entry's path relative to the DAG folder, POSIX separators
   * (its last segment is the entry's name, all `absolutePath.split(sep).pop()` would give).
   */
  const matches = (absolutePath: string, isDir: boolean, rules: IgnoreRule[], rel: string): IgnoreRule | undefined => {
    if (rules.length === 0) return undefined; // most folders: no .airflowignore on their way
    if (syntax === "regexp") return rules.find((rule) => rule.test(rel));
    let decisive: IgnoreRule | undefined;
    for (const rule of rules) {
      let path: string;
      if (!rule.relativeTo) path = rel.slice(rel.lastIndexOf("/") + 1);
      else {
        // The rule applies only below its folder (the walk hands rules down), so `rel` starts with that folder's.
        const folder = definedIn.get(rule);
        path = folder === undefined ? toPosix(relative(rule.relativeTo, absolutePath)) : folder === "" ? rel : rel.slice(folder.length + 1);
      }
      if (rule.dirOnly && isDir) path += "/";
      if (rule.test(path)) decisive = rule.include ? rule : undefined;
    }
    return decisive;
  };

  /** The problem of a symlink `path` whose real path is outside the repository; undefined for anything else. */
  const leavesRepository = async (path: string, entry: { isSymbolicLink(): boolean }, role: "dag-folder-entry" | "ignore-file"): Promise<{ message: string; fix: string } | undefined> => {
    if (!entry.isSymbolicLink()) return undefined;
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return undefined; // dangling or looping: reported as such
    }
    return isInside(repoReal, real) ? undefined : outsideRepositoryProblem(path, role, real);
  };

  /** `relDir`: `dir` relative to the DAG folder, POSIX separators ("" for the DAG folder itself). */
  const walk = async (dir: string, real: string, relDir: string): Promise<void> => {
    let rules = [...(rulesByDir.get(real) ?? [])];
    let entries;
    try {
      // Synchronous, as the realpath below: one system call per folder, which the walk waits for anyway.
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(display(relDir || "."), error);
      return;
    }
    const ignoreEntry = entries.find((e) => e.name === IGNORE_FILE);
    // Airflow reads .airflowignore only where Path.is_file() is true: a FIFO there would also block our read forever.
    const ignoreSpecial =
      ignoreEntry &&
      ((await specialFileProblem(join(dir, IGNORE_FILE), ignoreEntry, "ignore-file")) ??
        (await danglingSymlinkProblem(join(dir, IGNORE_FILE), "ignore-file", ignoreEntry)) ??
        (await leavesRepository(join(dir, IGNORE_FILE), ignoreEntry, "ignore-file")));
    if (ignoreSpecial) result.problems.push({ file: display(toPosix(relative(options.dagsDir, join(dir, IGNORE_FILE)))), ...ignoreSpecial });
    else if (ignoreEntry) {
      const ignorePath = join(dir, IGNORE_FILE);
      try {
        const parsed = await parseIgnoreFile(await readUserText(ignorePath, { repoRoot: options.repoRoot }), {
          syntax,
          file: display(toPosix(relative(options.dagsDir, ignorePath))),
          definitionDir: dir,
        });
        // Later rules override earlier ones (negation), and duplicates collapse like dict.fromkeys.
        rules = [...rules, ...parsed.rules];
        for (const rule of parsed.rules) if (rule.relativeTo === dir) definedIn.set(rule, relDir);
        result.problems.push(...parsed.problems);
      } catch (error) {
        unreadable(display(toPosix(relative(options.dagsDir, ignorePath))), error);
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // join(dir, name) for every entry, with one join per folder: a listed name is one plain segment, so joining it
    // appends it to the folder's normalized path.
    const prefix = join(dir, "x").slice(0, -1);
    for (const entry of entries) {
      const abs = prefix + entry.name;
      // What toPosix(relative(options.dagsDir, abs)) gives, without resolving both paths for every entry.
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      // Only symlinks need a stat; the directory listing already knows what other entries are.
      let info: { isDirectory(): boolean; isFile(): boolean } & SpecialFileTests = entry;
      try {
        if (entry.isSymbolicLink()) info = await stat(abs);
      } catch (error) {
        const file = display(rel);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ELOOP") result.problems.push({ file, message: "cannot read: symlink loop", fix: "remove the looping symlink" });
        else if (code === "ENOENT" || code === "ENOTDIR") {
          // A dangling symlink: Airflow's walk lists it, Path.is_file() is false, and it is skipped without a word, like
          // a FIFO (find_dag_file_paths in apache/airflow airflow/utils/file.py at 2.10.5). A warning, unless a rule hides it.
          const rule = matches(abs, false, rules, rel);
          if (rule) result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          else if (entry.name !== IGNORE_FILE) result.problems.push({ file, ...(await danglingSymlinkProblem(abs, "dag-folder-entry")) });
        } else unreadable(file, error, "remove the broken symlink, or make its target readable");
        continue;
      }
      // A symlink to a file or folder outside the repository: never opened nor listed (another checkout's .git/config,
      // a home folder). Ignored like any entry when a rule hides it, else a problem on the link. Asked of symlinks
      // only (leavesRepository's answer for anything else): an await for every entry was measurable (2,000 files,
      // nothing read: the walk went from ~44 to ~31 ms without it).
      const outside =
        entry.name === IGNORE_FILE || !entry.isSymbolicLink() || !(info.isFile() || info.isDirectory()) ? undefined : await leavesRepository(abs, entry, "dag-folder-entry");
      if (outside) {
        const rule = matches(abs, info.isDirectory(), rules, rel);
        if (rule) result.ignored.push({ path: info.isDirectory() ? `${rel}/` : rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
        else result.problems.push({ file: display(rel), ...outside });
        continue;
      }
      if (info.isDirectory()) {
        const rule = matches(abs, true, rules, rel);
        if (rule) {
          result.ignored.push({ path: rel + "/", ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          hidden.push({ absolutePath: abs, isDir: true, rule });
          continue;
        }
        const subReal = realpathSync.native(abs);
        if (rulesByDir.has(subReal) || subReal === real) {
          // Airflow raises "Detected recursive loop" here and the whole folder fails to load: no DAG of it loads, as
          // with an unreadable folder (an error).
          result.problems.push({
            file: display(rel),
            message: `symlink loop: this folder resolves to ${toPosix(relative(rootReal, subReal)) || "the DAG folder"}, which is already walked: Airflow fails the whole DAG folder with RuntimeError: Detected recursive loop when walking DAG directory, and loads none of its DAGs`,
            fix: "remove the symlink or add it to .airflowignore",
            unreadable: true,
          });
          continue;
        }
        rulesByDir.set(subReal, rules);
        await walk(abs, subReal, rel);
      } else if (info.isFile() && entry.name !== IGNORE_FILE) {
        const rule = matches(abs, false, rules, rel);
        if (rule) {
          result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          if (entry.name.endsWith(".py")) hidden.push({ absolutePath: abs, isDir: false, rule });
          continue;
        }
        const isPython = entry.name.endsWith(".py");
        if (isPython) {
          pending.push({ path: rel, absolutePath: abs, kind: "python", passesSafeMode: true, size: 0 });
          // Asked now, during the walk: the stat index's first "changed" lets the caller start its engines early.
          if (options.knownFiles) {
            let answer: KnownAnswer | Promise<KnownAnswer>;
            try {
              answer = options.knownFiles.known(abs);
            } catch (error) {
              answer = Promise.reject(error);
            }
            if (isPromise(answer)) {
              answer.catch(() => undefined); // awaited (and its failure reported) in the read phase below
              answersPending = true;
            }
            knownAnswers.set(abs, answer);
          }
          continue;
        }
        try {
          const { size } = await stat(abs);
          if (await looksLikeZip(abs, size)) result.files.push({ path: rel, absolutePath: abs, kind: "zip", passesSafeMode: true, size });
        } catch (error) {
          unreadable(display(rel), error);
        }
      } else if (entry.name !== IGNORE_FILE && describeSpecialFile(info)) {
        // A FIFO, socket or device (or a symlink to one): Airflow skips it silently; say so, and never open it.
        const rule = matches(abs, false, rules, rel);
        const problem = rule ? undefined : await specialFileProblem(abs, entry, "dag-folder-entry", info);
        if (rule) result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
        else if (problem) result.problems.push({ file: display(rel), ...problem });
      }
    }
  };
  const pending: DiscoveredFile[] = [];
  const knownAnswers = new Map<string, KnownAnswer | Promise<KnownAnswer>>();
  // Whether some answer of `knownFiles` is a promise (else all are at hand, and the read phase awaits nothing).
  let answersPending = false;
  const hidden: { absolutePath: string; isDir: boolean; rule: IgnoreRule }[] = [];
  await walk(options.dagsDir, rootReal, "");
  result.hiddenDagFiles = await findHiddenDagFiles(hidden, options.dagsDir, (content) => !safeMode || mightContainDag(content, options.airflowMajor), options.maxFileSize);
  /** Take a Python file as `known` says, or read it (synchronously); what fails is reported by the caller. */
  const settle = (file: DiscoveredFile, known: KnownAnswer): void => {
    if (known && (options.maxFileSize === undefined || known.size <= options.maxFileSize)) {
      file.size = known.size;
      file.passesSafeMode = !safeMode || wordsMightContainDag(known, options.airflowMajor);
      result.files.push(file);
      return;
    }
    const content = readRegularFileSync(file.absolutePath, options.maxFileSize);
    if (typeof content === "number") {
      result.tooLarge.push({ path: file.path, size: content });
      return;
    }
    file.content = content;
    file.size = file.content.length;
    file.words = safeModeWords(file.content);
    file.passesSafeMode = !safeMode || wordsMightContainDag(file.words, options.airflowMajor);
    result.files.push(file);
  };
  if (!answersPending) {
    // Every answer at hand (the stat index's, or none): one loop, in the walk's order, as the workers below would
    // take them (2,000 files: an async call and an await each cost more than the stat index's lookups).
    for (const file of pending) {
      try {
        settle(file, knownAnswers.get(file.absolutePath) as KnownAnswer);
      } catch (error) {
        unreadable(display(file.path), error);
      }
    }
  } else {
    // Read the Python files in parallel (the walk itself is sequential to keep ignore rules in order).
    await mapWithConcurrency(pending, 32, async (file) => {
      try {
        settle(file, await (knownAnswers.has(file.absolutePath) ? knownAnswers.get(file.absolutePath) : options.knownFiles?.known(file.absolutePath)));
      } catch (error) {
        unreadable(display(file.path), error);
      }
    });
  }
  result.tooLarge.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as { then?: unknown } | undefined)?.then === "function";

/** The `fs.Stats` / `fs.Dirent` tests that tell special files apart. */
interface SpecialFileTests {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}


/**
 * The problem to report for a special file (or a symlink to one) at `path`, or undefined when it is a regular file,
 * a folder, or cannot be stat'ed (the reader then reports that). Never opens it: opening a FIFO blocks until a writer
 * comes. What Airflow does, from apache/airflow airflow/utils/file.py at 2.10.5: `find_dag_file_paths` keeps only
 * paths where `Path.is_file()` is true, and `_find_path_from_directory` reads `.airflowignore` only where it is;
 * `is_file()` follows symlinks and is false for FIFOs, sockets and devices, so Airflow skips them without opening them.
 */
async function specialFileProblem(
  path: string,
  entry: SpecialFileTests & { isSymbolicLink(): boolean },
  role: "dag-folder-entry" | "ignore-file",
  target?: SpecialFileTests,
): Promise<{ message: string; fix: string } | undefined> {
  let info: SpecialFileTests = target ?? entry;
  let link: string | undefined;
  try {
    if (entry.isSymbolicLink()) {
      info = target ?? (await stat(path));
      link = await readlink(path);
    }
  } catch {
    return undefined;
  }
  const what = describeSpecialFile(info);
  if (!what) return undefined;
  const subject = link === undefined ? `${what}, not a regular file` : `a symlink to ${link}, which is ${what}, not a regular file`;
  const isFileFalse = `Path.is_file() is true, and that is false here${link === undefined ? "" : ", following the symlink"}`;
  const ours = info.isFIFO() ? "; astro-ci does not open it either (reading a FIFO blocks until something writes to it)" : "";
  if (role === "ignore-file") {
    return {
      message: `${subject}: Airflow does not read it, so none of its patterns apply (it reads .airflowignore only where ${isFileFalse}: _find_path_from_directory in apache/airflow airflow/utils/file.py at 2.10.5)${ours}`,
      fix: "make .airflowignore a regular file",
    };
  }
  return {
    message: `${subject}: Airflow skips it without opening it, so no DAG in it ever loads (its DAG discovery keeps only paths where ${isFileFalse}: find_dag_file_paths in apache/airflow airflow/utils/file.py at 2.10.5)${ours}`,
    fix: `${link === undefined ? "replace it with a regular file" : "point the symlink at a regular file"}, remove it, or list it in .airflowignore`,
  };
}

/**
 * The problem to report for a symlink whose target does not exist (or, with `entry` given, undefined when `path` is
 * not such a symlink). Airflow skips it without a word: `find_dag_file_paths` keeps only paths where
 * `Path.is_file()` is true, and `_find_path_from_directory` reads `.airflowignore` only where it is (apache/airflow
 * airflow/utils/file.py at 2.10.5); `is_file()` follows the symlink and is false when its target is missing.
 */
async function danglingSymlinkProblem(path: string, role: "dag-folder-entry" | "ignore-file", entry?: { isSymbolicLink(): boolean }): Promise<{ message: string; fix: string }>;
async function danglingSymlinkProblem(path: string, role: "dag-folder-entry" | "ignore-file", entry: { isSymbolicLink(): boolean }): Promise<{ message: string; fix: string } | undefined>;
async function danglingSymlinkProblem(path: string, role: "dag-folder-entry" | "ignore-file", entry?: { isSymbolicLink(): boolean }): Promise<{ message: string; fix: string } | undefined> {
  let target = "a missing file";
  if (entry) {
    if (!entry.isSymbolicLink()) return undefined;
    try {
      await stat(path);
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") return undefined;
    }
  }
  try {
    target = await readlink(path);
  } catch {
    // gone meanwhile: keep the generic words
  }
  const isFileFalse = "Path.is_file() is true, and that is false for a symlink whose target is missing";
  if (role === "ignore-file") {
    return {
      message: `a symlink to ${target}, which does not exist: Airflow does not read it, so none of its patterns apply (it reads .airflowignore only where ${isFileFalse}: _find_path_from_directory in apache/airflow airflow/utils/file.py at 2.10.5)`,
      fix: "point the symlink at an existing .airflowignore, replace it with a regular file, or remove it",
    };
  }
  return {
    message: `a symlink to ${target}, which does not exist: Airflow skips it without a word, so no DAG in it ever loads (its DAG discovery keeps only paths where ${isFileFalse}: find_dag_file_paths in apache/airflow airflow/utils/file.py at 2.10.5)`,
    fix: "point the symlink at a file the repository holds (a target outside it, such as a home folder, is not in the image), remove it, or list it in .airflowignore",
  };
}

/**
 * The problem to report for `path` (a symlink, or the DAG folder itself) whose real path `real` is outside the
 * repository. astro-ci never opens or lists it: the repository does not hold it, and on a pull_request_target run or
 * the `/astro validate` worktree of a fork's pull request it could be the trusted checkout's `.git/config`. A warning
 * like a dangling symlink's, because on Astro it is one: the image build copies the symlink and not its target
 * (Docker's COPY keeps symlinks), so Airflow skips it there without a word (`Path.is_file()` is false); a DAG-only
 * deploy refuses it (src/deploy/dag-tarball.ts). A DAG folder outside the repository is an error (the caller marks it
 * unreadable): none of its DAGs is checked.
 */
async function outsideRepositoryProblem(path: string, role: "dag-folder" | "dag-folder-entry" | "ignore-file", real: string): Promise<{ message: string; fix: string }> {
  let target = real;
  try {
    target = await readlink(path);
  } catch {
    // not a symlink itself (a folder on its way is one): name the real path
  }
  const onAstro = "the Astro image build copies the symlink, not its target, so it dangles there";
  if (role === "dag-folder") {
    return {
      message: `${outsideRepositoryWords("the DAG folder", real)}: astro-ci reads none of its files, and on Astro ${onAstro} and no DAG loads`,
      fix: "make dags/ a folder of the repository (a symlink may only point inside it)",
    };
  }
  if (role === "ignore-file") {
    return {
      message: `${outsideRepositoryWords("it", target)}: astro-ci does not read it, and on Astro none of its patterns apply (${onAstro}, and Airflow reads .airflowignore only where Path.is_file() is true)`,
      fix: "make .airflowignore a regular file of the repository",
    };
  }
  return {
    message: `${outsideRepositoryWords("it", target)}: astro-ci does not read it, and on Astro no DAG in it loads (${onAstro}; Airflow skips it without a word, and a DAG-only deploy refuses it)`,
    fix: "copy it into the repository (a symlink may only point inside it), remove it, or list it in .airflowignore",
  };
}

/** The .py files behind ignore rules (folders walked, at most 1,000 files, none above `maxFileSize`) that pass `looksLikeDag`. */
async function findHiddenDagFiles(
  hidden: { absolutePath: string; isDir: boolean; rule: IgnoreRule }[],
  dagsDir: string,
  looksLikeDag: (content: Buffer) => boolean,
  maxFileSize: number | undefined,
): Promise<DagDiscovery["hiddenDagFiles"]> {
  const out: DagDiscovery["hiddenDagFiles"] = [];
  let budget = 1000;
  const check = (abs: string, rule: IgnoreRule): void => {
    if (budget-- <= 0) return;
    try {
      // Synchronous, as discovery's own reads: up to 1,000 small files, where promises cost more than the reads.
      const content = readRegularFileSync(abs, maxFileSize);
      if (typeof content !== "number" && looksLikeDag(content)) out.push({ path: toPosix(relative(dagsDir, abs)), ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
    } catch {
      // Unreadable hidden files are Airflow's business as little as ours: it never opens them.
    }
  };
  const walkHidden = async (dir: string, rule: IgnoreRule, depth: number): Promise<void> => {
    if (depth > 20 || budget <= 0) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Symlinks are not followed here: a hidden folder must not send this listing around a loop.
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "__pycache__") await walkHidden(join(dir, entry.name), rule, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".py")) check(join(dir, entry.name), rule);
    }
  };
  for (const { absolutePath, isDir, rule } of hidden) {
    if (isDir) await walkHidden(absolutePath, rule, 0);
    else check(absolutePath, rule);
  }
  return out;
}

/** Airflow's `might_contain_dag_via_default_heuristic`, on the lower-cased bytes. */
export function mightContainDag(content: Uint8Array, airflowMajor: 2 | 3): boolean {
  return wordsMightContainDag(safeModeWords(content), airflowMajor);
}

/** The words `might_contain_dag_via_default_heuristic` looks for, found once so any Airflow version can judge them. */
export function safeModeWords(content: Uint8Array): SafeModeWords {
  const lower = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("latin1").toLowerCase();
  return { airflow: lower.includes("airflow"), dag: lower.includes("dag"), asset: lower.includes("asset") };
}

function wordsMightContainDag(words: SafeModeWords, airflowMajor: 2 | 3): boolean {
  return words.airflow && (words.dag || (airflowMajor === 3 && words.asset));
}

/** Like Python's `zipfile.is_zipfile`: an end-of-central-directory record near the end. */
async function looksLikeZip(path: string, size: number): Promise<boolean> {
  if (size < 22) return false;
  const length = Math.min(size, 65_557);
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) !== -1;
  } finally {
    await handle.close();
  }
}

/** Run `fn` over `items`, at most `limit` at a time (file reads: enough to keep the disk busy, few open files). */
export async function mapWithConcurrency<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
