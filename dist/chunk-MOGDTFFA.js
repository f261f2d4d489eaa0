import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/is-inside.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(parent, child) {
  const rel = relative(parent, child);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

// src/errors.ts
import { dirname, relative as relative2, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var ServiceError = class extends Error {
  constructor(status, message, fix) {
    super(message);
    this.status = status;
    this.fix = fix;
  }
  status;
  fix;
};
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
  /** Path of the offending file, relative to the working directory when possible. */
  file;
  /** 1-based line in `file`, when known. */
  line;
  /** What the user should do about it. */
  fix;
  constructor(message, where = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.fix = where.fix;
  }
  /** One human-readable line: `file:line: message. Fix: ...` */
  describe() {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    const fix = this.fix ? `${this.message.endsWith("\n") ? "" : " "}Fix: ${this.fix}` : "";
    return `${place}${this.message}${fix}`;
  }
};
function isConfigurationError(error) {
  return error instanceof ConfigurationError;
}
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
var FS_ERRORS = {
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
  ETXTBSY: { what: () => "the file is busy", fix: "close what holds it and run again" }
};
var OWN_FOLDERS = (() => {
  try {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    return ["dist", "src", "node_modules"].map((name) => resolve(root, name));
  } catch {
    return [];
  }
})();
function displayPath(path, cwd = process.cwd()) {
  const abs = resolve(cwd, path);
  const rel = relative2(cwd, abs);
  return rel && isInside(cwd, abs) ? rel : path;
}
function asErrno(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const code = error.code;
  if (typeof code !== "string" || !(code in FS_ERRORS)) return void 0;
  return error;
}
function user(message, where) {
  return {
    kind: "user",
    exitCode: EXIT_USAGE,
    message,
    ...where,
    describe: () => `${where.file ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : ""}${message}${where.fix ? `${message.endsWith("\n") ? "" : " "}Fix: ${where.fix}` : ""}`
  };
}
function classifyError(error, cwd = process.cwd()) {
  if (error instanceof ConfigurationError) return user(error.message, { file: error.file, line: error.line, fix: error.fix });
  if (error instanceof ServiceError) {
    return user(error.message, {
      fix: error.fix ?? (error.status === 401 || error.status === 403 ? "check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace" : error.status === 404 ? "check the ID or name (deployment-id, workspace-id, ASTRO_ORGANIZATION_ID...): it must exist and be visible to ASTRO_API_TOKEN" : error.status === 400 || error.status === 422 ? "the API refused the values sent: correct the setting the message names (astro-ci.yaml, the action's inputs, the Deployment file), then run again" : "check ASTRO_API_URL (unset means https://api.astronomer.io/v1), the network, and https://status.astronomer.io; then run again")
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
      fix: "raise or remove the virtual-memory limit (`ulimit -v`; V8 reserves several GB of address space for each WebAssembly memory, far more than it uses), or give the machine more memory"
    });
  }
  const summary = error instanceof Error ? /^Unable to access summary file: '([^']*)'/.exec(error.message) : null;
  if (summary) {
    return user(`cannot write the job summary: GITHUB_STEP_SUMMARY names ${summary[1] ? `'${summary[1]}'` : "nothing"}, which cannot be written`, {
      fix: "run the action as a step of a GitHub Actions job (the runner sets GITHUB_STEP_SUMMARY to a writable file), or unset GITHUB_STEP_SUMMARY"
    });
  }
  const errno = asErrno(error);
  const ownFile = errno?.path !== void 0 && OWN_FOLDERS.some((folder) => isInside(folder, errno.path));
  if (errno && !ownFile) {
    const known = FS_ERRORS[errno.code];
    const op = errno.syscall ?? "access";
    return user(`cannot ${verbOf(op)}: ${reasonOf(errno)}`, { file: errno.path ? displayPath(errno.path, cwd) : void 0, fix: typeof errno.fix === "string" ? errno.fix : known.fix });
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "bug",
    exitCode: EXIT_INTERNAL,
    message,
    stack: error instanceof Error ? error.stack : void 0,
    describe: () => `internal error: ${message}. This is a bug in astro-ci; please report it (ASTRO_CI_DEBUG=1 shows the stack).`
  };
}
function gitProblem(error) {
  if (!(error instanceof Error)) return void 0;
  const failed = /^git (\S+) failed: ([\s\S]*)$/.exec(error.message);
  if (!failed) return void 0;
  const said = failed[2].trim();
  const missing = /\b(bad object|bad tree object|bad revision|unknown revision|not a valid object name|invalid object name|not a tree object|does not point to a valid object|no merge base)\b/i.exec(said);
  if (missing) {
    return {
      message: `git ${failed[1]} failed: a commit astro-ci needs is not in this clone (${firstLine(said)})`,
      fix: "check out the whole history (actions/checkout with `fetch-depth: 0`), or fetch the commit before running astro-ci"
    };
  }
  if (/\b(unable to access|could not read from remote|authentication failed|could not read username|repository .* not found|couldn't find remote ref|does not appear to be a git repository|connection (refused|timed out)|could not resolve host)\b/i.test(said)) {
    return {
      message: `git ${failed[1]} failed: git could not fetch from the remote (${firstLine(said)})`,
      fix: "check the remote's URL, the network and git's credentials (actions/checkout keeps them unless `persist-credentials: false`); then run again"
    };
  }
  if (/\bnot a git repository\b/i.test(said)) return { message: `git ${failed[1]} failed: ${firstLine(said)}`, fix: "run astro-ci inside a git checkout of the repository" };
  return void 0;
}
function firstLine(text) {
  return (text.split("\n")[0] ?? "").slice(0, 300);
}
var WASM_MEMORY = /^WebAssembly\.\w+\(\): (?:Out of memory|could not allocate memory)/;
var NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_[A-Z_]+|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)$/;
function networkProblem(error) {
  if (!(error instanceof Error)) return void 0;
  const cause = error.cause;
  const code = typeof cause?.code === "string" ? cause.code : error.code;
  if (typeof code !== "string" || !NETWORK_CODES.test(code)) return void 0;
  return `a request got no answer: ${typeof cause?.message === "string" ? cause.message : error.message} [${code}]`;
}
function gitHubHttpProblem(error) {
  if (!(error instanceof Error) || error.name !== "HttpError") return void 0;
  const { status, request, response } = error;
  if (typeof status !== "number" || typeof request?.url !== "string") return void 0;
  let where = request.url;
  try {
    const url = new URL(request.url);
    where = `${url.origin}${url.pathname}`;
  } catch {
  }
  const call = `${typeof request.method === "string" ? request.method : "GET"} ${where}`;
  if (response === void 0) {
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
  return void 0;
}
function verbOf(syscall) {
  if (/^(scandir|opendir|readdir)$/.test(syscall)) return "list the folder";
  if (/^(write|mkdir|rename|unlink|rmdir|copyfile|symlink|link|ftruncate|fsync)$/.test(syscall)) return "write";
  if (syscall === "open") return "open";
  return "read";
}
function fsErrorReason(error) {
  const errno = asErrno(error);
  if (!errno) return void 0;
  return `${reasonOf(errno)} [${errno.code}]`;
}
function reasonOf(errno) {
  return typeof errno.reason === "string" ? errno.reason : FS_ERRORS[errno.code].what(errno.syscall ?? "access");
}
function isEnvironmentFsError(error) {
  return asErrno(error) !== void 0;
}

export {
  isInside,
  ServiceError,
  ConfigurationError,
  isConfigurationError,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  displayPath,
  classifyError,
  gitProblem,
  fsErrorReason,
  isEnvironmentFsError
};
