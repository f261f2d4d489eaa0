import { existsSync, statSync } from "node:fs";
import { outsideRepositoryWords, realPathOutside } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { readUserTextSync } from "../util/user-files.js";
import { basename, dirname, join, resolve } from "node:path";
import type { ProjectFileProblem } from "./problems.js";
import { PYTHON_PROJECT_FILES } from "./python-project-files.js";

/**
 * requirements.txt as pip reads it. Written after pip's own algorithm (pypa/pip `src/pip/_internal/req/req_file.py`
 * and `req/constructors.py`, documented in pip's "Requirements File Format"): physical lines joined on a trailing
 * `\`, comments (`#` at the start or after whitespace) dropped, the line split at its first token that starts with
 * `-` into the requirement and its options, and the requirement taken as a URL, a local directory, an archive, or a
 * PEP 508 string — in that order, as pip does. Not a grammar library: pip's rules are procedural and depend on the
 * files present (a directory or an archive on disk), which no grammar models.
 */

export interface Requirement {
  /** PEP 503 normalized distribution name. */
  name: string;
  rawName: string;
  specifier?: string;
  extras: string[];
  marker?: string;
  /** The version when pinned with `==`. */
  pinnedVersion?: string;
  /** Display path of the file it came from. */
  file: string;
  line: number;
}

/** A line that installs something whose distribution name cannot be known without building it. */
export interface UnnamedRequirement {
  file: string;
  line: number;
  /** What the line names, credentials removed: `./vendor/mylib`, `https://host/x.tar.gz`, `-r https://...`. */
  what: string;
}

export interface ParsedRequirements {
  requirements: Requirement[];
  /** Lines that install something of unknown name: an import may come from them. */
  unnamed: UnnamedRequirement[];
  constraintsFiles: string[];
  /** Lines pip would refuse (the image build fails there): reported as findings, never thrown. */
  problems: ProjectFileProblem[];
  /**
   * Absolute local paths whose existence or content the parse depends on besides requirements.txt: files included
   * with `-r`/`-c`, and folders or archives a requirement names (`-e ../pkg`, `-e ./.venv/src/pkg`: the folder, its
   * setup.py, pyproject.toml and setup.cfg). The replay of unchanged validate-dags runs states them with the project's
   * files: they may be outside the project folder, or in a folder it does not walk (a virtualenv).
   */
  localPaths: string[];
}

export function normalizeDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

const NAME = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
const VERSION_SPEC = "(?:===|==|!=|~=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+";
const SPECS = `${VERSION_SPEC}(?:\\s*,\\s*${VERSION_SPEC})*`;
/** PEP 508 without the marker: name, extras, then a version specifier (bare or in parentheses) or `@ URL`. */
const PEP508 = new RegExp(`^(${NAME})\\s*(?:\\[\\s*((?:${NAME}(?:\\s*,\\s*${NAME})*)?)\\s*\\])?\\s*(?:@\\s*(\\S+)|\\(\\s*(${SPECS})\\s*\\)|(${SPECS}))?\\s*$`);

/** pip's `is_url`: a scheme pip or one of its VCS backends knows. */
const URL_SCHEME = /^(https?|file|ftp|git|git\+(?:https?|ssh|git|file)|hg|hg\+(?:https?|ssh|static-http|file)|svn|svn\+(?:https?|ssh|svn|file)|bzr|bzr\+(?:https?|ssh|sftp|ftp|lp|file)):/i;
/** pip's ARCHIVE_EXTENSIONS. */
const ARCHIVE = /\.(zip|whl|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma|tar\.gz|tgz|tar)$/i;

interface OptionSpec {
  names: string[];
  value: boolean;
  /** Options allowed on a requirement line (`--hash`...); the rest are file-level. */
  perRequirement?: boolean;
}

/** pip's SUPPORTED_OPTIONS and SUPPORTED_OPTIONS_REQ (req_file.py). */
const OPTIONS: OptionSpec[] = [
  { names: ["-i", "--index-url"], value: true },
  { names: ["--extra-index-url"], value: true },
  { names: ["--no-index"], value: false },
  { names: ["-c", "--constraint"], value: true },
  { names: ["-r", "--requirement"], value: true },
  { names: ["-e", "--editable"], value: true },
  { names: ["-f", "--find-links"], value: true },
  { names: ["--no-binary"], value: true },
  { names: ["--only-binary"], value: true },
  { names: ["--prefer-binary"], value: false },
  { names: ["--require-hashes"], value: false },
  { names: ["--pre"], value: false },
  { names: ["--trusted-host"], value: true },
  { names: ["--use-feature"], value: true },
  { names: ["--global-option"], value: true, perRequirement: true },
  { names: ["-C", "--config-settings"], value: true, perRequirement: true },
  { names: ["--hash"], value: true, perRequirement: true },
];
const LONG_NAMES = OPTIONS.flatMap((o) => o.names.filter((n) => n.startsWith("--")));

/**
 * Parse a pip requirements file and the files it includes with `-r` (relative to the including file, as pip does).
 * Never throws for the file's content: what pip would refuse becomes a problem with its line.
 *
 * @param absPath absolute path of requirements.txt
 * @param displayPath its path relative to the repository root, used in problems
 * @param projectRoot the Astro project folder: includes outside it are problems (the image build cannot see them)
 * @param repoRoot the repository root: no file whose real path is outside it is opened (requirements.txt itself is then
 *   EPERM, see readUserTextSync; an include is a problem; a local project folder's name is unknown)
 */
export function parseRequirements(absPath: string, displayPath: string, projectRoot: string, repoRoot: string): ParsedRequirements {
  const result: ParsedRequirements = { requirements: [], unnamed: [], constraintsFiles: [], problems: [], localPaths: [] };
  parseInto(absPath, displayPath, projectRoot, result, [], repoRoot);
  return result;
}

/**
 * The local paths that parsing the requirements.txt of `projectRoot` looks at (see `ParsedRequirements.localPaths`);
 * empty without a requirements.txt, or when it cannot be read (the validation run reports that; also when it resolves
 * outside the repository `repoRoot`). Never throws.
 */
export function requirementsLocalPaths(projectRoot: string, repoRoot: string): string[] {
  const path = join(projectRoot, "requirements.txt");
  try {
    return existsSync(path) ? parseRequirements(path, "requirements.txt", projectRoot, repoRoot).localPaths : [];
  } catch {
    return [];
  }
}

/** Logical lines after pip's `join_lines` and `ignore_comments`, each with the number of its first physical line. */
export function logicalRequirementLines(text: string): { line: number; text: string }[] {
  const COMMENT = /(^|\s+)#.*$/;
  const out: { line: number; text: string }[] = [];
  let pending: string[] | undefined;
  let primary = 0;
  const emit = (line: number, raw: string): void => {
    const cleaned = raw.replace(COMMENT, "").trim();
    if (cleaned) out.push({ line, text: cleaned });
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const isComment = /^\s*#/.test(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (pending) {
        pending.push(line);
        emit(primary, pending.join(""));
        pending = undefined;
      } else emit(lineNo, line);
    } else {
      if (!pending) {
        pending = [];
        primary = lineNo;
      }
      pending.push(raw.replace(/^\\+|\\+$/g, ""));
    }
  });
  if (pending) emit(primary, pending.join(""));
  return out;
}

/** A URL without user, password or query (never shown with credentials). */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@\s]*@/, "//").replace(/[?#].*$/, "");
}

/** `shlex.split` for option strings: whitespace-separated, with single and double quotes. */
function shellSplit(text: string): string[] {
  const tokens: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current = (current ?? "") + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current = current ?? "";
    } else if (/\s/.test(ch)) {
      if (current !== undefined) tokens.push(current);
      current = undefined;
    } else current = (current ?? "") + ch;
  }
  if (current !== undefined) tokens.push(current);
  return tokens;
}

type ParsedOptions = { values: Map<string, string[]>; flags: Set<string>; error?: string };

/** optparse as pip configures it: `--opt value`, `--opt=value`, `-ovalue`, unique prefixes of long options. */
function parseOptions(tokens: string[]): ParsedOptions {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!token.startsWith("-") || token === "-") continue; // optparse keeps stray arguments; pip ignores them
    let name = token;
    let inline: string | undefined;
    if (token.startsWith("--")) {
      const eq = token.indexOf("=");
      if (eq !== -1) {
        name = token.slice(0, eq);
        inline = token.slice(eq + 1);
      }
      if (!LONG_NAMES.includes(name)) {
        const candidates = LONG_NAMES.filter((n) => n.startsWith(name));
        if (candidates.length !== 1) return { values, flags, error: `no such option: ${name}` };
        name = candidates[0] as string;
      }
    } else if (token.length > 2) {
      name = token.slice(0, 2);
      inline = token.slice(2);
    }
    const spec = OPTIONS.find((o) => o.names.includes(name));
    if (!spec) return { values, flags, error: `no such option: ${name}` };
    const key = spec.names[spec.names.length - 1] as string;
    if (!spec.value) {
      if (inline !== undefined && token.startsWith("--")) return { values, flags, error: `${name} option does not take a value` };
      flags.add(key);
      continue;
    }
    const value = inline ?? tokens[++i];
    if (value === undefined) return { values, flags, error: `${name} option requires an argument` };
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return { values, flags };
}

/**
 * The name a project directory declares (pyproject.toml `[project] name`, else setup.cfg `[metadata] name`); undefined
 * for files whose real path is outside `repoRoot` (not opened).
 */
function projectDirName(dir: string, repoRoot: string): string | undefined {
  const read = (file: string): string | undefined => {
    const abs = resolve(dir, file);
    return existsSync(abs) && realPathOutside(repoRoot, abs) === undefined ? readUserTextSync(abs, { repoRoot }) : undefined;
  };
  const fromSection = (text: string | undefined, section: string): string | undefined => {
    if (!text) return undefined;
    const start = text.search(new RegExp(`^\\[${section.replace(".", "\\.")}\\]\\s*$`, "m"));
    if (start === -1) return undefined;
    const body = text.slice(start).split(/\n(?=\[)/)[0] ?? "";
    return /^\s*name\s*=\s*["']?([A-Za-z0-9._-]+)["']?\s*$/m.exec(body)?.[1];
  };
  return fromSection(read("pyproject.toml"), "project") ?? fromSection(read("setup.cfg"), "metadata");
}

/** A wheel's distribution name from its file name (PEP 427: `{name}-{version}-...whl`). */
function wheelName(fileName: string): string | undefined {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-[^-]+-.+\.whl$/i.exec(fileName);
  return match?.[1];
}

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

function parseInto(absPath: string, displayPath: string, projectRoot: string, out: ParsedRequirements, stack: string[], repoRoot: string): void {
  const text = readUserTextSync(absPath, { repoRoot });
  const problem = (line: number, message: string, fix: string, severity: "warning" | "notice" = "warning"): void => {
    out.problems.push({ file: displayPath, line, severity, message, fix });
  };
  const named = (rawName: string, line: number, extra: Partial<Requirement> = {}): void => {
    out.requirements.push({ name: normalizeDistributionName(rawName), rawName, extras: [], file: displayPath, line, ...extra });
  };
  const unnamed = (line: number, what: string): void => {
    out.unnamed.push({ file: displayPath, line, what });
  };
  const looked = (abs: string, folder = true): void => {
    for (const path of [abs, ...(folder ? PYTHON_PROJECT_FILES.map((name) => join(abs, name)) : [])]) if (!out.localPaths.includes(path)) out.localPaths.push(path);
  };
  const folderName = (dir: string): string | undefined => projectDirName(dir, repoRoot);

  for (const { line: lineNo, text: logical } of logicalRequirementLines(text)) {
    // pip expands ${VAR} from the environment of the build: unknowable here.
    const usesEnv = /\$\{[A-Z0-9_]+\}/.test(logical);
    // break_args_options: the requirement ends at the first space-separated token starting with "-".
    const tokens = logical.split(" ");
    const firstOption = tokens.findIndex((t) => t.startsWith("-"));
    const args = (firstOption === -1 ? tokens : tokens.slice(0, firstOption)).join(" ").trim();
    const options = parseOptions(shellSplit(firstOption === -1 ? "" : tokens.slice(firstOption).join(" ")));
    if (options.error) {
      problem(lineNo, `pip stops here: ${options.error}`, "use an option pip supports in requirements files (see pip's \"Requirements File Format\"), or remove the line");
      continue;
    }
    if (usesEnv) {
      unnamed(lineNo, "a line using ${...} environment variables");
      continue;
    }
    const editable = options.values.get("--editable");
    if (args) {
      readRequirementArg(args, lineNo, projectRoot, { named, unnamed, problem, looked, folderName });
      continue;
    }
    for (const target of editable ?? []) readEditable(target, lineNo, projectRoot, { named, unnamed, problem, looked, folderName });
    for (const [option, isConstraint] of [["--requirement", false], ["--constraint", true]] as const) {
      for (const target of options.values.get(option) ?? []) {
        if (URL_SCHEME.test(target)) {
          if (!isConstraint) unnamed(lineNo, `-r ${redactUrl(target)}`);
          continue;
        }
        const nested = resolve(dirname(absPath), target);
        const nestedDisplay = `${dirname(displayPath) === "." ? "" : dirname(displayPath) + "/"}${target}`;
        if (!isInside(projectRoot, nested)) {
          problem(lineNo, `'${option === "--requirement" ? "-r" : "-c"} ${target}' names a file outside the project: the image build cannot see it`, "keep included requirements files inside the Astro project");
          if (!isConstraint) unnamed(lineNo, `-r ${target}`);
          continue;
        }
        looked(nested, false);
        if (!existsSync(nested) || isDirectory(nested)) {
          const what = existsSync(nested) ? "is a folder, not a file" : "does not exist";
          problem(lineNo, `'${target}' ${what}: pip stops with "Could not open requirements file"`, "fix the path (relative to this file) or remove the line");
          continue;
        }
        // A symlink (the file or a folder on its way) leaving the repository: never opened (it exists: its real path resolves).
        const real = realPathOutside(repoRoot, nested);
        if (real !== undefined) {
          problem(lineNo, `${outsideRepositoryWords(`'${option === "--requirement" ? "-r" : "-c"} ${target}'`, real)}: the image build cannot see it, and astro-ci does not read it`, "copy the file into the Astro project");
          if (!isConstraint) unnamed(lineNo, `-r ${target}`);
          continue;
        }
        if (isConstraint) {
          out.constraintsFiles.push(nestedDisplay);
          continue;
        }
        if (stack.includes(nested) || nested === absPath) {
          problem(lineNo, `'-r ${target}' includes a file that is already being read (an include cycle: pip recurses until it fails)`, "remove the -r line that closes the cycle");
          continue;
        }
        parseInto(nested, nestedDisplay, projectRoot, out, [...stack, absPath], repoRoot);
      }
    }
  }
}

interface Sinks {
  named(rawName: string, line: number, extra?: Partial<Requirement>): void;
  unnamed(line: number, what: string): void;
  problem(line: number, message: string, fix: string, severity?: "warning" | "notice"): void;
  /** A local path the line makes the parse look at (its existence, or the project folder there). */
  looked(abs: string, folder?: boolean): void;
  /** The name the Python project folder `dir` declares (projectDirName). */
  folderName(dir: string): string | undefined;
}

/** pip's `parse_req_from_line`: URL, local directory, archive, or a PEP 508 requirement. */
function readRequirementArg(arg: string, line: number, projectRoot: string, sinks: Sinks): void {
  const isUrl = URL_SCHEME.test(arg);
  const markerSep = isUrl ? "; " : ";";
  const cut = arg.indexOf(markerSep);
  const spec = (cut === -1 ? arg : arg.slice(0, cut)).trim();
  const marker = cut === -1 ? undefined : arg.slice(cut + markerSep.length).trim() || undefined;
  if (isUrl) {
    readLink(spec, line, sinks, marker);
    return;
  }
  const looksLikePath = spec.includes("/") || spec.startsWith(".");
  const [path, extras] = stripExtras(spec);
  const abs = resolve(projectRoot, path);
  // The file system is asked only about what looks like a path or an archive (a name like `pandas` is no path).
  if (looksLikePath || ARCHIVE.test(path)) sinks.looked(abs);
  if (looksLikePath && isDirectory(abs)) {
    if (!existsSync(resolve(abs, "setup.py")) && !existsSync(resolve(abs, "pyproject.toml"))) {
      sinks.problem(line, `pip stops here: directory '${path}' is not installable (neither setup.py nor pyproject.toml found)`, "point the line at a Python project folder, a wheel, or a package name");
      return;
    }
    const name = sinks.folderName(abs);
    if (name) sinks.named(name, line, { extras, marker });
    else sinks.unnamed(line, path);
    return;
  }
  const atParts = spec.split("@");
  const pep440Url = atParts.length >= 2 && !(atParts[0] as string).includes("/") && !(atParts[0] as string).startsWith(".");
  if (ARCHIVE.test(path) && (existsSync(abs) || !pep440Url)) {
    // pip installs it (or, when missing, warns and fails at install time); a wheel's file name tells its name.
    // `name @ https://.../x.tar.gz` is a PEP 508 URL requirement, not a file (pip's _get_url_from_path).
    const name = wheelName(basename(path));
    if (name) sinks.named(name, line, { extras, marker });
    else sinks.unnamed(line, path);
    return;
  }
  const match = PEP508.exec(spec);
  if (!match) {
    const hint = looksLikePath ? ` (it looks like a path, but '${path}' is neither a project folder nor an archive in the project)` : "";
    sinks.problem(line, `pip stops here: '${spec}' is not a valid requirement${hint}`, "write one requirement per line, like `pandas==2.2.3`, a URL, or a path to a wheel or project folder");
    return;
  }
  const specifier = (match[4] ?? match[5] ?? "").replace(/\s+/g, "") || undefined;
  const pinned = specifier && /^==([^,*]+)$/.exec(specifier);
  sinks.named(match[1] as string, line, {
    specifier: match[3] ? `@ ${redactUrl(match[3])}` : specifier,
    extras: (match[2] ?? "").split(",").map((e) => e.trim()).filter(Boolean),
    marker,
    pinnedVersion: pinned ? (pinned[1] as string) : undefined,
  });
}

/** A direct URL: its name from `#egg=` or a wheel file name, else unknown until built. */
function readLink(url: string, line: number, sinks: Sinks, marker?: string): void {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const file = (url.split(/[?#]/)[0] ?? "").split("/").pop() ?? "";
  const name = egg ?? wheelName(decodeURIComponent(file));
  if (name) sinks.named(name, line, { marker, specifier: `@ ${redactUrl(url)}` });
  else sinks.unnamed(line, redactUrl(url));
}

/** pip's `parse_editable`: a local project folder or a VCS URL. */
function readEditable(target: string, line: number, projectRoot: string, sinks: Sinks): void {
  if (URL_SCHEME.test(target)) {
    readLink(target, line, sinks);
    return;
  }
  const [path, extras] = stripExtras(target);
  const abs = resolve(projectRoot, path);
  sinks.looked(abs);
  if (isDirectory(abs)) {
    const name = sinks.folderName(abs);
    if (name) sinks.named(name, line, { extras });
    else sinks.unnamed(line, path);
    return;
  }
  sinks.problem(line, `pip stops here: '-e ${target}' is neither a project folder in the project nor a VCS URL`, "use -e ./path/to/project or -e git+https://host/repo.git#egg=name");
}

/** `path[extra1,extra2]` → path and extras. */
function stripExtras(text: string): [string, string[]] {
  const match = /^(.+?)(\[[^\]]*\])$/.exec(text);
  if (!match) return [text, []];
  return [match[1] as string, (match[2] as string).slice(1, -1).split(",").map((e) => e.trim()).filter(Boolean)];
}

/**
 * Distribution names the requirements install by name: each requirement, plus the provider packages that
 * `apache-airflow[postgres,cncf.kubernetes]` extras pull in (Airflow's extras are named after its providers).
 */
export function installedDistributionNames(requirements: Requirement[]): string[] {
  return requirements.flatMap((r) => [
    r.name,
    ...(r.name === "apache-airflow" ? r.extras.map((extra) => `apache-airflow-providers-${normalizeDistributionName(extra)}`) : []),
  ]);
}

/** packages.txt: one apt package per line, comments allowed. */
export function parsePackagesTxt(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

/**
 * Words of packages.txt that apt-get cannot take as a package (Debian policy: lowercase letters, digits, `+ - .`;
 * apt also accepts `name:arch`, `name=version`, `name/release`). The image build runs `apt-get install` on them.
 */
export function packagesTxtProblems(text: string, displayPath: string): ProjectFileProblem[] {
  const problems: ProjectFileProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    for (const word of raw.replace(/#.*$/, "").trim().split(/\s+/).filter(Boolean)) {
      if (/^[a-z0-9][a-z0-9+.-]*(:[a-z0-9-]+)?([=/]\S+)?$/.test(word)) continue;
      problems.push({
        file: displayPath,
        line: index + 1,
        severity: "warning",
        message: `'${word}' is not a Debian package name: apt-get install fails on it when the image is built`,
        fix: "write Debian package names (lowercase, like libpq-dev), one per line; Python packages go in requirements.txt",
      });
    }
  });
  return problems;
}
