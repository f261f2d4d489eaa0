import { spawn, type ChildProcess } from "node:child_process";
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
   * `exitCode` is then 1.
   */
  run(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number }): Promise<{ exitCode: number; stdout: string; stderr: string; timedOut?: boolean; signal?: string }>;
}

/**
 * Variables a process running the project's code (DAG imports, pytest, pip, python probes) may inherit from ours:
 * what Python, pip and Airflow need to run, nothing that authenticates. Everything else is dropped — the Actions
 * inputs (`INPUT_*`, where `github-token` and `astro-api-token` arrive), `ASTRO_*`, `GITHUB_TOKEN`, `ACTIONS_*`
 * (the runtime token), cloud credentials — and these patterns are dropped even from allowed names.
 */
const ALLOWED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z_]+$/, /^TZ$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^AIRFLOW__[A-Z0-9_]+$/, /^PIP_INDEX_URL$/, /^PIP_EXTRA_INDEX_URL$/, /^PIP_CACHE_DIR$/, /^PIP_NO_CACHE_DIR$/, /^SSL_CERT_FILE$/, /^SSL_CERT_DIR$/, /^REQUESTS_CA_BUNDLE$/, /^NO_COLOR$/, /^DOCKER_HOST$/, /^DOCKER_CONTEXT$/];
const DENIED = [/^INPUT_/i, /^ASTRO_/i, /^ACTIONS_/i, /^GITHUB_TOKEN$/i, /TOKEN/i, /SECRET/i, /PASSWORD/i, /PASSWD/i, /KEY/i, /CREDENTIAL/i, /AUTH/i];

/** True when `name` looks like it holds a credential (never passed to project code, blanked in /proc: scrubInheritedSecrets). */
export function looksLikeCredential(name: string): boolean {
  return DENIED.some((re) => re.test(name));
}

/** True when `name` may reach project code. */
export function mayReachProjectCode(name: string): boolean {
  return ALLOWED.some((re) => re.test(name)) && !DENIED.some((re) => re.test(name));
}

/**
 * The environment for a child that runs project code: the allowed variables of `base` (normally `process.env`),
 * then `extra` (our own settings: PYTHONPATH, AIRFLOW_HOME, the project's AIRFLOW__* settings), whose names must
 * not look like credentials either. Names that fail either list are dropped, never passed.
 */
export function projectCodeEnvironment(base: NodeJS.ProcessEnv, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && mayReachProjectCode(name)) env[name] = value;
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && !DENIED.some((re) => re.test(name))) env[name] = value;
  return env;
}

/**
 * Start a child that runs project code: the one place such children are spawned. The environment is always
 * `projectCodeEnvironment(process.env, extra)`; a caller cannot hand it the parent's environment.
 */
export function spawnProjectCode(command: string, args: string[], options: { extraEnv?: Record<string, string | undefined>; cwd?: string; stdin: "pipe" | "ignore" }): ChildProcess {
  return spawn(command, args, { env: projectCodeEnvironment(process.env, options.extraEnv), cwd: options.cwd, stdio: [options.stdin, "pipe", "pipe"] });
}

function collect(child: ChildProcess, input: string | undefined, timeoutMs?: number): Promise<{ exitCode: number; stdout: string; stderr: string; timedOut?: boolean; signal?: string }> {
  return new Promise((resolve) => {
    if (input !== undefined) child.stdin?.end(input);
    const out = boundedText();
    const err = boundedText();
    child.stdout?.on("data", (c: Buffer) => out.add(c.toString()));
    child.stderr?.on("data", (c: Buffer) => err.add(c.toString()));
    let grace: NodeJS.Timeout | undefined;
    let timedOut = false;
    // Stopped by a signal while the child runs: the child goes too (it writes into folders the stop removes).
    const forget = onStop(() => child.kill("SIGKILL"));
    const limit = timeoutMs !== undefined && timeoutMs > 0 ? setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), timeoutMs) : undefined;
    const done = (result: { exitCode: number; stdout: string; stderr: string; signal?: string }): void => {
      clearTimeout(limit);
      forget();
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
    const child = spawnProjectCode(command, args, { extraEnv: options.env, cwd: options.cwd, stdin: options.input !== undefined ? "pipe" : "ignore" });
    return collect(child, options.input, options.timeoutMs);
  },
};

/** A CommandRunner over child_process with the caller's environment, for our own tools (docker for deploys, git). */
export const nodeCommandRunner: CommandRunner = {
  run(command, args, options = {}) {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"] });
    return collect(child, options.input, options.timeoutMs);
  },
};
