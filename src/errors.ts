import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isInside } from "./util/is-inside.js";

/**
 * A remote service (the Astro API, a Deployment's Airflow API) refused or failed a request: an outcome to report with
 * the fix, never a bug. `status` is the HTTP status (0 when no answer came). Subclassed by the API clients
 * (`AstroApiError`); defined here so that the classifier needs no import of any domain.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** What to do, when the caller knows better than the status does (else the classifier's advice by status). */
    readonly fix?: string,
  ) {
    super(message);
  }
}

/**
 * A mistake in the user's setup (inputs, config files, project files).
 * Reported as a user error with exit code 2, never with a stack trace.
 * The message should name the file, the line and the fix.
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  /** Path of the offending file, relative to the working directory when possible. */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;
  /** What the user should do about it. */
  readonly fix?: string;

  constructor(message: string, where: { file?: string; line?: number; fix?: string } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.fix = where.fix;
  }

  /** One human-readable line: `file:line: message. Fix: ...` */
  describe(): string {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    const fix = this.fix ? `${this.message.endsWith("\n") ? "" : " "}Fix: ${this.fix}` : "";
    return `${place}${this.message}${fix}`;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** Exit codes shared by the CLI and the actions' wrapper. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/**
 * What went wrong, sorted by whose fault it is:
 * - `user`: the user's setup or environment (a config mistake, a file that cannot be read or written, a full disk,
 *   an Astro API that refuses or answers nonsense). Exit 2, the message names the file (or URL) and the fix.
 * - `bug`: anything else — a fault of astro-ci. Exit 3 and a request to report it.
 */
export type ClassifiedError =
  | { kind: "user"; exitCode: typeof EXIT_USAGE; message: string; file?: string; line?: number; fix?: string; describe(): string }
  | { kind: "bug"; exitCode: typeof EXIT_INTERNAL; message: string; stack?: string; describe(): string };

/** Node's fs error codes that are about the user's files or machine, with what they mean and what to do. */
const FS_ERRORS: Record<string, { what: (op: string) => string; fix: string }> = {
  EACCES: { what: (op) => `permission denied (${op})`, fix: "give the user running astro-ci access to it, or point astro-ci at another path" },
  EPERM: { what: (op) => `operation not permitted (${op})`, fix: "give the user running astro-ci access to it, or point astro-ci at another path" },
  ENOENT: { what: () => "no such file or folder", fix: "check the path (relative paths are relative to the current directory)" },
  EISDIR: { what: () => "is a folder, but a file is expected here", fix: "point at a file, or remove the folder that has the file's name" },
  ENOTDIR: { what: () => "a part of this path is a file, but a folder is expected", fix: "check the path: one of its parent folders is a file" },
  EEXIST: { what: () => "something is already there (a file where a folder is expected?)", fix: "remove it or choose another path" },
  EROFS: { what: () => "the file system is read-only", fix: "write to a folder on a writable file system" },
  ENOSPC: { what: () => "no space left on the device (the disk is full)", fix: "free some disk space, or write to another disk" },
  EDQUOT: { what: () => "disk quota exceeded", fix: "free some space within your quota, or write to another disk" },
  EMFILE: { what: () => "too many open files", fix: "raise the open-file limit (`ulimit -n`) or run with fewer --jobs" },
  ENFILE: { what: () => "too many open files in the system", fix: "raise the system's open-file limit or run with fewer --jobs" },
  EIO: { what: () => "input/output error reading or writing it", fix: "check the disk or the special file: astro-ci cannot read or write it" },
  ELOOP: { what: () => "too many symbolic links (a symlink loop)", fix: "remove the looping symlink" },
  ENAMETOOLONG: { what: () => "the path is too long", fix: "use a shorter path" },
  EINVAL: { what: (op) => `invalid argument (${op}; a special file?)`, fix: "point at a regular file or folder" },
  EFBIG: { what: () => "the file is too large", fix: "make it smaller, or remove it" },
  EBUSY: { what: () => "the file is busy", fix: "close what holds it and run again" },
  ETXTBSY: { what: () => "the file is busy", fix: "close what holds it and run again" },
};

/**
 * astro-ci's own files (the bundle, its sources, its dependencies): a missing or unreadable file there is a broken
 * installation (a bug), not the user's path.
 */
const OWN_FOLDERS = (() => {
  try {
    // src/errors.ts → the repository; dist/<chunk>.js → the package.
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    return ["dist", "src", "node_modules"].map((name) => resolve(root, name));
  } catch {
    return [];
  }
})();

/** Shows a path relative to the current directory when that is shorter. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel && isInside(cwd, abs) ? rel : path;
}

interface ErrnoLike {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
  message: string;
  /** Set by astro-ci's own readers (src/util/read-file-sync.ts): what is wrong with the file, in place of the code's words. */
  reason?: string;
  /** Set with `reason`: what to do, in place of the code's advice. */
  fix?: string;
}

function asErrno(error: unknown): ErrnoLike | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !(code in FS_ERRORS)) return undefined;
  return error as ErrnoLike;
}

function user(message: string, where: { file?: string; line?: number; fix?: string }): ClassifiedError {
  return {
    kind: "user",
    exitCode: EXIT_USAGE,
    message,
    ...where,
    describe: () => `${where.file ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : ""}${message}${where.fix ? `${message.endsWith("\n") ? "" : " "}Fix: ${where.fix}` : ""}`,
  };
}

/**
 * The one place that decides whether an error is the user's (exit 2, with the file and the fix) or astro-ci's
 * (exit 3). Every entry point — the CLI's `runCli` and the actions' `runWrapper` — classifies with it.
 *
 * By type: {@link ConfigurationError}; Node fs/system errors (`EACCES`, `EPERM`, `ENOENT`, `EISDIR`, `ENOTDIR`,
 * `EROFS`, `ENOSPC`, `EMFILE`, ...) on a path outside astro-ci's own installation, and the reader's refusals of a file
 * that is not a regular one (EINVAL) or is above its size limit (EFBIG), in the words it gives (`reason`, `fix`); {@link ServiceError} such as the
 * Astro client's `AstroApiError` (the API or the network refused or answered nonsense); an Octokit `HttpError` that got
 * no answer or a 401/403/404/429/5xx; a request that failed for the network (`fetch failed` caused by ECONNREFUSED,
 * ENOTFOUND, a certificate...); V8 unable to reserve a WebAssembly memory (`ulimit -v`). Everything else, including an
 * fs error inside the installation, is a bug.
 */
export function classifyError(error: unknown, cwd = process.cwd()): ClassifiedError {
  if (error instanceof ConfigurationError) return user(error.message, { file: error.file, line: error.line, fix: error.fix });
  if (error instanceof ServiceError) {
    return user(error.message, {
      fix:
        error.fix ??
        (error.status === 401 || error.status === 403
          ? "check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace"
          : error.status === 404
            ? "check the ID or name (deployment-id, workspace-id, ASTRO_ORGANIZATION_ID...): it must exist and be visible to ASTRO_API_TOKEN"
            : error.status === 400 || error.status === 422
              ? "the API refused the values sent: correct the setting the message names (astro-ci.yaml, the action's inputs, the Deployment file), then run again"
              : "check ASTRO_API_URL (unset means https://api.astronomer.io/v1), the network, and https://status.astronomer.io; then run again"),
    });
  }
  const github = gitHubHttpProblem(error);
  if (github) return user(github.message, { fix: github.fix });
  const network = networkProblem(error);
  if (network) return user(network, { fix: "check the network, the proxy settings (HTTPS_PROXY, NODE_EXTRA_CA_CERTS) and the service's status page; then run again" });
  const git = gitProblem(error);
  if (git) return user(git.message, { fix: git.fix });
  if (error instanceof RangeError && WASM_MEMORY.test(error.message)) {
    return user(`cannot reserve memory for WebAssembly (ruff, tree-sitter): ${error.message}`, {
      fix: "raise or remove the virtual-memory limit (`ulimit -v`; V8 reserves several GB of address space for each WebAssembly memory, far more than it uses), or give the machine more memory",
    });
  }
  // @actions/core's job summary, when the runner's GITHUB_STEP_SUMMARY file is missing or unwritable (it throws a
  // plain Error, the cause in its words): the environment's fault.
  const summary = error instanceof Error ? /^Unable to access summary file: '([^']*)'/.exec(error.message) : null;
  if (summary) {
    return user(`cannot write the job summary: GITHUB_STEP_SUMMARY names ${summary[1] ? `'${summary[1]}'` : "nothing"}, which cannot be written`, {
      fix: "run the action as a step of a GitHub Actions job (the runner sets GITHUB_STEP_SUMMARY to a writable file), or unset GITHUB_STEP_SUMMARY",
    });
  }
  const errno = asErrno(error);
  const ownFile = errno?.path !== undefined && OWN_FOLDERS.some((folder) => isInside(folder, errno.path as string));
  if (errno && !ownFile) {
    const known = FS_ERRORS[errno.code] as (typeof FS_ERRORS)[string];
    const op = errno.syscall ?? "access";
    return user(`cannot ${verbOf(op)}: ${reasonOf(errno)}`, { file: errno.path ? displayPath(errno.path, cwd) : undefined, fix: typeof errno.fix === "string" ? errno.fix : known.fix });
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "bug",
    exitCode: EXIT_INTERNAL,
    message,
    stack: error instanceof Error ? error.stack : undefined,
    describe: () => `internal error: ${message}. This is a bug in astro-ci; please report it (ASTRO_CI_DEBUG=1 shows the stack).`,
  };
}

/**
 * What git says when the clone lacks what a command needs, or cannot fetch it: the checkout's or the network's fault
 * (exit 2 with the fix), not a bug. Matches the message util/git.ts gives a failed git command (`git <sub> failed:
 * <git's stderr>`). The one reading of git's failures: the classifier uses it, and so do the comment commands (their
 * `CheckoutError` and the deploy's git failures, src/comment-commands/checkout.ts, only add where it happened).
 */
export function gitProblem(error: unknown): { message: string; fix: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const failed = /^git (\S+) failed: ([\s\S]*)$/.exec(error.message);
  if (!failed) return undefined;
  const said = (failed[2] as string).trim();
  const missing = /\b(bad object|bad tree object|bad revision|unknown revision|not a valid object name|invalid object name|not a tree object|does not point to a valid object|no merge base)\b/i.exec(said);
  if (missing) {
    return {
      message: `git ${failed[1]} failed: a commit astro-ci needs is not in this clone (${firstLine(said)})`,
      fix: "check out the whole history (actions/checkout with `fetch-depth: 0`), or fetch the commit before running astro-ci",
    };
  }
  if (/\b(unable to access|could not read from remote|authentication failed|could not read username|repository .* not found|couldn't find remote ref|does not appear to be a git repository|connection (refused|timed out)|could not resolve host)\b/i.test(said)) {
    return {
      message: `git ${failed[1]} failed: git could not fetch from the remote (${firstLine(said)})`,
      fix: "check the remote's URL, the network and git's credentials (actions/checkout keeps them unless `persist-credentials: false`); then run again",
    };
  }
  if (/\bnot a git repository\b/i.test(said)) return { message: `git ${failed[1]} failed: ${firstLine(said)}`, fix: "run astro-ci inside a git checkout of the repository" };
  return undefined;
}

/** The first line of a text, at most 300 characters. */
function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, 300);
}

/** V8's RangeError when a WebAssembly memory cannot be reserved (an address-space limit, a full machine). */
const WASM_MEMORY = /^WebAssembly\.\w+\(\): (?:Out of memory|could not allocate memory)/;

/** Codes of a request that got no answer (refused, reset, unresolvable, unreachable, untrusted certificate). */
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_[A-Z_]+|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/** `fetch failed` and friends: the network's fault, described by the cause's code and message. */
function networkProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : (error as { code?: unknown }).code;
  if (typeof code !== "string" || !NETWORK_CODES.test(code)) return undefined;
  return `a request got no answer: ${typeof cause?.message === "string" ? cause.message : error.message} [${code}]`;
}

/**
 * An Octokit `RequestError` (name `HttpError`, a numeric `status`, the `request` it made) that is the environment's:
 * no answer at all (Octokit reports it as status 500 without a response), a token GitHub refuses (401/403), a
 * repository or object it does not show (404), a redirect astro-ci refused (3xx, src/github/octokit.ts), a rate limit
 * (429) or a GitHub fault (5xx). A 400 or 422 is a request astro-ci built wrongly: left to the bug branch.
 * Shape-checked, so the classifier imports no GitHub library.
 */
function gitHubHttpProblem(error: unknown): { message: string; fix: string } | undefined {
  if (!(error instanceof Error) || error.name !== "HttpError") return undefined;
  const { status, request, response } = error as { status?: unknown; request?: { method?: unknown; url?: unknown }; response?: unknown };
  if (typeof status !== "number" || typeof request?.url !== "string") return undefined;
  let where = request.url;
  try {
    const url = new URL(request.url);
    where = `${url.origin}${url.pathname}`; // no query, no credentials
  } catch {
    // not a URL: shown as it is
  }
  const call = `${typeof request.method === "string" ? request.method : "GET"} ${where}`;
  if (response === undefined) {
    return { message: `the GitHub API did not answer ${call}: ${error.message}`, fix: "check GITHUB_API_URL (on GitHub Enterprise Server https://HOST/api/v3), the runner's network and proxy, and https://www.githubstatus.com; then run again" };
  }
  if (status === 401 || status === 403) {
    return { message: `the GitHub API refused ${call} (HTTP ${status}): ${error.message}`, fix: "check the github-token input (or GITHUB_TOKEN) and the job's permissions (checks: write, pull-requests: write, issues: write, as the step needs)" };
  }
  if (status === 404) return { message: `the GitHub API does not show ${call} (HTTP 404): ${error.message}`, fix: "check GITHUB_REPOSITORY and that the token can see the repository" };
  if (status >= 300 && status < 400 && status !== 304) {
    return { message: `the GitHub API answered ${call} with a redirect (HTTP ${status}): ${error.message}`, fix: "check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server, with no proxy in between that redirects) and GITHUB_REPOSITORY (a renamed repository's old name redirects)" };
  }
  if (status === 429 || status >= 500) return { message: `the GitHub API failed ${call} (HTTP ${status}): ${error.message}`, fix: "GitHub is rate limiting or failing: check https://www.githubstatus.com and run the job again" };
  return undefined;
}

function verbOf(syscall: string): string {
  if (/^(scandir|opendir|readdir)$/.test(syscall)) return "list the folder";
  if (/^(write|mkdir|rename|unlink|rmdir|copyfile|symlink|link|ftruncate|fsync)$/.test(syscall)) return "write";
  if (syscall === "open") return "open";
  return "read";
}

/** What an fs error code means for the user, e.g. `permission denied (open) [EACCES]`; undefined for other errors. */
export function fsErrorReason(error: unknown): string | undefined {
  const errno = asErrno(error);
  if (!errno) return undefined;
  return `${reasonOf(errno)} [${errno.code}]`;
}

/** The words for an fs error: its own `reason` when astro-ci's reader gave one, else the code's. */
function reasonOf(errno: ErrnoLike): string {
  return typeof errno.reason === "string" ? errno.reason : (FS_ERRORS[errno.code] as (typeof FS_ERRORS)[string]).what(errno.syscall ?? "access");
}

/** A user-facing error for a path astro-ci could not use, with the same wording the classifier uses. */
export function describeFsError(error: unknown, cwd = process.cwd()): string | undefined {
  const classified = classifyError(error, cwd);
  return classified.kind === "user" && asErrno(error) ? classified.describe() : undefined;
}

/** True for a Node fs/system error code the classifier treats as the user's environment (EACCES, ENOSPC, ...). */
export function isEnvironmentFsError(error: unknown): boolean {
  return asErrno(error) !== undefined;
}
