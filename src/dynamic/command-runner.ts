import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { onStop } from "../util/temp-dirs.js";

/**
 * Runs a command to completion, without a shell (`command` and `args` reach the OS as they are), and resolves with
 * its exit code and its output as text (bounded: the first MiB and the last 256 KiB of each stream). A command that
 * cannot be started resolves with exit code 127 and the reason as `stderr`; it never rejects. `nodeCommandRunner`
 * runs our own tools (docker) with our environment; `projectCodeRunner` runs the project's code with a cleaned one
 * (see projectCodeEnvironment).
 */
export interface CommandRunner {
  /**
   * `timeoutMs`: kill the child (SIGKILL) when it is still running after that long; the result then says `timedOut`
   * (a runner that cannot kill may ignore it). `signal`: the signal that ended the child (`SIGSEGV`), when one did;
   * `exitCode` is then 1. `reapDescendants` (projectCodeRunner): the child runs in a process group of its own, and
   * when it ends or is killed, every process it started that is still running is killed too (SIGKILL; see
   * trackDescendants for what that reaches).
   */
  run(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number; reapDescendants?: boolean }): Promise<{ exitCode: number; stdout: string; stderr: string; timedOut?: boolean; signal?: string }>;
}

/**
 * Variables a process running the project's code (DAG imports, pytest, pip, python probes) may inherit from ours:
 * what Python, pip and Airflow need to run, nothing that authenticates. Everything else is dropped — the Actions
 * inputs (`INPUT_*`, where `github-token` and `astro-api-token` arrive), `ASTRO_*`, `GITHUB_TOKEN`, `ACTIONS_*`
 * (the runtime token), cloud credentials — and these patterns are dropped even from allowed names. pip's index
 * variables (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL: a private index's URL often holds its password) are not in the list:
 * only `pip install` gets them (PIP_INDEX), never pytest or DAG imports.
 */
const ALLOWED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z_]+$/, /^TZ$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^AIRFLOW__[A-Z0-9_]+$/, /^PIP_CACHE_DIR$/, /^PIP_NO_CACHE_DIR$/, /^SSL_CERT_FILE$/, /^SSL_CERT_DIR$/, /^REQUESTS_CA_BUNDLE$/, /^NO_COLOR$/, /^DOCKER_HOST$/, /^DOCKER_CONTEXT$/];
const DENIED = [/^INPUT_/i, /^ASTRO_/i, /^ACTIONS_/i, /^GITHUB_TOKEN$/i, /TOKEN/i, /SECRET/i, /PASSWORD/i, /PASSWD/i, /KEY/i, /CREDENTIAL/i, /AUTH/i];
/** pip's index settings: passed to `pip install` only (isPipInstall), with their credentials if any. */
const PIP_INDEX = [/^PIP_INDEX_URL$/, /^PIP_EXTRA_INDEX_URL$/];

/**
 * True when `value` holds a URL with credentials in it: `scheme://user:password@host` (a database URL such as
 * `postgresql://u:secret@db/airflow`, an index URL `https://user:token@pypi.corp/simple`), anywhere in the value.
 */
export function holdsUrlCredentials(value: string): boolean {
  return /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]*@/.test(value);
}

/**
 * Token formats whose value alone says it is a credential, whatever the variable is called (`GH_PAT=ghp_...`,
 * `NOTIFY=https://hooks.slack.com/services/...`). Sources: GitHub's token prefixes (ghp_, gho_, ghu_, ghs_, ghr_,
 * github_pat_; docs.github.com "About authentication to GitHub", token formats), AWS access key ids (AKIA/ASIA +
 * 16), Slack tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-) and incoming-webhook URLs, PEM private keys.
 */
const TOKEN_VALUES = [/\bgh[pousr]_[A-Za-z0-9]{30,}/, /\bgithub_pat_[A-Za-z0-9_]{30,}/, /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, /\bxox[abprs]-[A-Za-z0-9-]{10,}/, /hooks\.slack\.com\/services\//i, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];

/** True when `value` holds a token whose format alone gives it away (TOKEN_VALUES). */
export function holdsKnownToken(value: string): boolean {
  return TOKEN_VALUES.some((re) => re.test(value));
}

/**
 * True when `name` looks like it holds a credential (never passed to project code, not written into settings): by its
 * name, pip's index variables (their URL may hold a password), and, when `value` is given, any variable whose value
 * holds a URL with credentials or a token of a known format.
 */
export function looksLikeCredential(name: string, value?: string): boolean {
  return DENIED.some((re) => re.test(name)) || PIP_INDEX.some((re) => re.test(name)) || (value !== undefined && (holdsUrlCredentials(value) || holdsKnownToken(value)));
}

/** True when `name` may reach project code (its value must also hold no credentials: projectCodeEnvironment). */
export function mayReachProjectCode(name: string): boolean {
  return ALLOWED.some((re) => re.test(name)) && !DENIED.some((re) => re.test(name));
}

/**
 * The rule for what /proc may go on showing of astro-ci's own environment block (scrubInheritedSecrets): exactly what
 * project code could be given anyway, an allowed name whose value holds no credential. Everything else is blanked
 * there, whatever its name: a secret called `DB_PASS`, `GH_PAT` or `SLACK_WEBHOOK_URL` matches no deny pattern, so a
 * list of secret-looking names cannot be trusted to find them all. The live `process.env` keeps every value.
 */
export function hiddenFromProjectCode(name: string, value: string): boolean {
  return !mayReachProjectCode(name) || holdsUrlCredentials(value) || holdsKnownToken(value);
}

/**
 * The allowed variables of `base` that are left out because their value holds a URL with credentials
 * (`AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql://u:secret@host/db` from CI) or a token of a known format: names
 * only, for a notice.
 */
export function droppedForCredentialValues(base: NodeJS.ProcessEnv): string[] {
  return Object.entries(base)
    .filter(([name, value]) => value !== undefined && mayReachProjectCode(name) && hiddenFromProjectCode(name, value))
    .map(([name]) => name)
    .sort();
}

/**
 * The environment for a child that runs project code: the allowed variables of `base` (normally `process.env`) whose
 * value holds no URL with credentials and no token of a known format (hiddenFromProjectCode), then `extra` (our own
 * settings: PYTHONPATH, AIRFLOW_HOME, the project's AIRFLOW__* settings), whose names must not look like credentials either. Names that fail either list are dropped,
 * never passed. pip's index variables are never in it (see pipIndexEnvironment).
 */
export function projectCodeEnvironment(base: NodeJS.ProcessEnv, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !hiddenFromProjectCode(name, value)) env[name] = value;
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && !looksLikeCredential(name)) env[name] = value;
  return env;
}

/** pip's index variables of `base`, for a `pip install` (and nothing else). */
export function pipIndexEnvironment(base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && PIP_INDEX.some((re) => re.test(name))) env[name] = value;
  return env;
}

/** `python -m pip install ...` or `pip install ...`: the one kind of command that gets pip's index variables. */
export function isPipInstall(command: string, args: string[]): boolean {
  if (/(^|[\\/])pip(\d+(\.\d+)?)?$/.test(command)) return args[0] === "install";
  const at = args.indexOf("-m");
  return at !== -1 && args[at + 1] === "pip" && args[at + 2] === "install";
}

/** The name of signal number `n` (9: SIGKILL), when it is one (exit codes of 128 + n from `docker run` and shells). */
export function signalName(n: number): string | undefined {
  return Object.entries(osConstants.signals).find(([, number]) => number === n)?.[0];
}

/**
 * Start a child that runs project code: the one place such children are spawned. The environment is always
 * `projectCodeEnvironment(process.env, extra)`; a caller cannot hand it the parent's environment.
 */
export function spawnProjectCode(command: string, args: string[], options: { extraEnv?: Record<string, string | undefined>; cwd?: string; stdin: "pipe" | "ignore"; ownProcessGroup?: boolean }): ChildProcess {
  const env = { ...projectCodeEnvironment(process.env, options.extraEnv), ...(isPipInstall(command, args) ? pipIndexEnvironment(process.env) : {}) };
  return spawn(command, args, { env, cwd: options.cwd, stdio: [options.stdin, "pipe", "pipe"], ...(options.ownProcessGroup ? { detached: true } : {}) });
}

/**
 * The processes a child started, so that they can be killed with it: its process group (the child leads one of its
 * own), and, on Linux, every descendant seen in /proc while the child ran — also one in a session of its own
 * (`subprocess.Popen(..., start_new_session=True)`) that ignores SIGTERM, which the group kill misses. /proc is read
 * every DESCENDANT_SCAN_MS; a process that lives shorter than that and leaves an orphan behind (a double fork within a
 * scan) is not seen, nor anything on other systems than Linux but the group. Processes are told apart by their start
 * time, so a pid the system has reused for someone else's process is never killed.
 */
export function trackDescendants(root: number): { killAll(): void; stop(): void } {
  const known = new Map<number, string>();
  const scan = (): void => {
    if (process.platform !== "linux") return;
    let entries: string[];
    try {
      entries = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
    } catch {
      return;
    }
    const parents = new Map<number, { ppid: number; pgid: number; sid: number; start: string }>();
    for (const name of entries) {
      const info = procStat(Number(name));
      if (info) parents.set(Number(name), info);
    }
    // Until nothing new: a process is ours when its parent is the child or one of ours, or it is in the child's group
    // or session.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, info] of parents) {
        if (pid === root || known.has(pid)) continue;
        if (info.ppid === root || info.pgid === root || info.sid === root || known.has(info.ppid)) {
          known.set(pid, info.start);
          grew = true;
        }
      }
    }
  };
  const timer = setInterval(scan, DESCENDANT_SCAN_MS);
  timer.unref();
  scan();
  return {
    killAll() {
      scan();
      try {
        process.kill(-root, "SIGKILL");
      } catch {
        // the group is gone already
      }
      for (const [pid, start] of known) {
        if (procStat(pid)?.start !== start) continue;
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // gone meanwhile
        }
      }
    },
    stop: () => clearInterval(timer),
  };
}

/** Fields of /proc/<pid>/stat: parent, process group, session and start time (in clock ticks since boot). */
function procStat(pid: number): { ppid: number; pgid: number; sid: number; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // After the command name (which may hold spaces and parentheses): field 3 (state) onwards.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z") return undefined;
    return { ppid: Number(fields[1]), pgid: Number(fields[2]), sid: Number(fields[3]), start: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

/** How often trackDescendants reads /proc. */
const DESCENDANT_SCAN_MS = 200;

function collect(child: ChildProcess, input: string | undefined, timeoutMs?: number, reapDescendants = false): Promise<{ exitCode: number; stdout: string; stderr: string; timedOut?: boolean; signal?: string }> {
  return new Promise((resolve) => {
    const tree = reapDescendants && child.pid !== undefined ? trackDescendants(child.pid) : undefined;
    const kill = (): void => {
      if (tree) tree.killAll();
      else child.kill("SIGKILL");
    };
    if (input !== undefined) child.stdin?.end(input);
    const out = boundedText();
    const err = boundedText();
    child.stdout?.on("data", (c: Buffer) => out.add(c.toString()));
    child.stderr?.on("data", (c: Buffer) => err.add(c.toString()));
    let grace: NodeJS.Timeout | undefined;
    let timedOut = false;
    // Stopped by a signal while the child runs: the child goes too (it writes into folders the stop removes).
    const forget = onStop(kill);
    const limit = timeoutMs !== undefined && timeoutMs > 0 ? setTimeout(() => ((timedOut = true), kill()), timeoutMs) : undefined;
    const done = (result: { exitCode: number; stdout: string; stderr: string; signal?: string }): void => {
      clearTimeout(limit);
      forget();
      tree?.stop();
      resolve(timedOut ? { ...result, timedOut } : result);
    };
    child.on("error", (error) => done({ exitCode: 127, stdout: out.text(), stderr: error.message }));
    child.on("close", (code, signal) => {
      clearTimeout(grace);
      done({ exitCode: code ?? 1, stdout: out.text(), stderr: err.text(), ...(signal ? { signal } : {}) });
    });
    // A process the child started and left running (a server a test launched under `pytest -s`, a daemon) keeps the
    // inherited stdout/stderr open after the child has exited, and "close" would wait for that process to end —
    // forever, for a daemon. Once the child has exited, what it wrote is taken after a short grace period.
    child.on("exit", (code, signal) => {
      // With reapDescendants, what the child left running goes with it (and lets go of the pipes).
      tree?.killAll();
      grace = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done({ exitCode: code ?? 1, stdout: out.text(), stderr: err.text(), ...(signal ? { signal } : {}) });
      }, EXITED_CHILD_GRACE_MS);
    });
  });
}

/**
 * A child's output kept within bounds: the first MiB and the last 256 KiB, with the number of characters dropped
 * between them. The end matters as much as the start: pytest's summary and the error that stopped a run come last,
 * after however many megabytes a suite printed.
 */
function boundedText(headLimit = 1 << 20, tailLimit = 256 * 1024): { add(chunk: string): void; text(): string } {
  let head = "";
  let tail = "";
  let dropped = 0;
  return {
    add(chunk) {
      const room = headLimit - head.length;
      if (room > 0) {
        head += chunk.slice(0, room);
        chunk = chunk.slice(room);
      }
      if (!chunk) return;
      tail += chunk;
      if (tail.length > tailLimit) {
        dropped += tail.length - tailLimit;
        tail = tail.slice(-tailLimit);
      }
    },
    text: () => (dropped ? `${head}\n[... ${dropped} characters of output dropped ...]\n${tail}` : head + tail),
  };
}

/** How long the output of a child that has exited is still read while something else holds its pipes open. */
const EXITED_CHILD_GRACE_MS = 2000;

/**
 * The runner for everything that runs the project's code or installs into its environment (pytest, the import
 * harness's Python, pip, venv, python probes): `options.env` is treated as extra variables on top of the clean
 * environment, never as a replacement for it.
 */
export const projectCodeRunner: CommandRunner = {
  run(command, args, options = {}) {
    const child = spawnProjectCode(command, args, { extraEnv: options.env, cwd: options.cwd, stdin: options.input !== undefined ? "pipe" : "ignore", ownProcessGroup: options.reapDescendants === true });
    return collect(child, options.input, options.timeoutMs, options.reapDescendants === true);
  },
};

/** A CommandRunner over child_process with the caller's environment, for our own tools (docker for deploys, git). */
export const nodeCommandRunner: CommandRunner = {
  run(command, args, options = {}) {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"] });
    return collect(child, options.input, options.timeoutMs);
  },
};
