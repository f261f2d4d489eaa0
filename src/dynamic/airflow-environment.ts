import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import type { Logger } from "../util/logger.js";
import { projectCodeEnvironment, type CommandRunner } from "./command-runner.js";
import { makeDirectorySync } from "../util/make-directory.js";
import { readUserTextSync } from "../util/user-files.js";

export type AirflowMode = "auto" | "installed" | "venv" | "image";

export type { CommandRunner } from "./command-runner.js";

/** How to run Python with the project's Airflow: a command prefix, and how paths look to that Python. */
export interface AirflowEnvironment {
  mode: "installed" | "venv" | "image";
  /** argv to run a Python script: `[...command, script]`. */
  command: string[];
  /** Map a host path to the path the Python sees (identity except in the image). */
  toTarget(hostPath: string): string;
  /** Map back a path the Python reports. */
  toHost(targetPath: string): string;
  description: string;
}

/** `fix`: what to do about an unavailable Airflow when more specific than choosing another mode (no Python at all). */
export type EnvironmentResolution = { status: "ready"; environment: AirflowEnvironment } | { status: "unavailable"; reason: string; fix?: string };

export interface ResolveEnvironmentOptions {
  mode: AirflowMode;
  /** The project's Airflow version, from the runtime image (or config): never a default. */
  airflowVersion: string;
  projectRoot: string;
  /** The repository root: the project's requirements.txt (the venv's cache key) is not read where it resolves outside it. */
  repoRoot: string;
  /** The runtime image, for `image` mode. */
  runtimeImage?: string;
  /** Where venvs are kept (persist it with actions/cache). */
  cacheDir: string;
  /** Path of the harness script on the host, mounted into the image. */
  harnessPath: string;
  python?: string;
  runner: CommandRunner;
  logger: Logger;
}

const identity = (p: string): string => p;

/** `apache-airflow==X` plus Airflow's published constraints, or a compatible-release pin when only X.Y is known. */
export function airflowPipArguments(airflowVersion: string, pythonVersion: string): { args: string[]; constraintsUrl?: string } {
  const exact = /^\d+\.\d+\.\d+$/.test(airflowVersion);
  if (!exact) return { args: [`apache-airflow~=${airflowVersion}.0`] };
  const constraintsUrl = `https://raw.githubusercontent.com/apache/airflow/constraints-${airflowVersion}/constraints-${pythonVersion}.txt`;
  return { args: [`apache-airflow==${airflowVersion}`, "--constraint", constraintsUrl], constraintsUrl };
}

/** The cache key of a venv: Airflow version, Python version and the requirements' content. */
export function venvCacheKey(airflowVersion: string, pythonVersion: string, requirementsText: string): string {
  const digest = createHash("sha256").update(requirementsText).digest("hex").slice(0, 16);
  return `airflow-${airflowVersion}-py${pythonVersion}-req-${digest}`;
}

async function pythonVersionOf(python: string, runner: CommandRunner): Promise<string | undefined> {
  const probe = await runner.run(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { env: projectCodeEnvironment(process.env) });
  return probe.exitCode === 0 ? probe.stdout.trim() : undefined;
}

/**
 * Asks the interpreter for its Airflow version and the folders its imports come from. No Airflow (`import airflow`
 * raising ModuleNotFoundError for `airflow` itself) is an answer too, `version: null`; any other failure exits non-zero
 * and is never kept. The user site folder is listed even when it does not exist yet: `pip install --user` creating it
 * must invalidate a kept "no Airflow".
 */
const PROBE = [
  "import json, os, site, sys",
  "try:",
  "    import airflow",
  "    version = airflow.__version__",
  "except ModuleNotFoundError as e:",
  "    if e.name != 'airflow': raise",
  "    version = None",
  "folders = [p for p in sys.path if p and os.path.isdir(p)]",
  "user = site.getusersitepackages() if site.ENABLE_USER_SITE else None",
  "if isinstance(user, str) and user not in folders: folders.append(user)",
  "sys.stdout.write(json.dumps({'version': version, 'path': folders}))",
].join("\n");

interface ProbeCacheEntry {
  /** The interpreter as found (absolute, links not resolved: each virtualenv's `bin/python3` is its own entry). */
  python: string;
  /** The mtime of the file it links to. */
  pythonMtimeMs: number;
  pythonPath: string;
  /** `mtimeMs` null: the folder did not exist (the user site before anything was installed there). */
  folders: { dir: string; mtimeMs: number | null }[];
  /** null: the interpreter cannot import airflow. */
  version: string | null;
}

/**
 * The executable `python` names: itself when it has a slash, else the first match on PATH, as an absolute path with its
 * links not resolved (a virtualenv's `bin/python3` links to the same binary as every other virtualenv of that Python,
 * but imports from its own site-packages), and the file it resolves to.
 */
function resolveExecutable(python: string): { path: string; real: string } | undefined {
  const candidates = python.includes("/") ? [resolve(python)] : (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => resolve(dir, python));
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return { path: candidate, real: realpathSync(candidate) };
    } catch {
      // not there
    }
  }
  return undefined;
}

/** Whether `file` is a script (`#!`): a launcher such as pyenv's shim, which picks the interpreter at each call. */
function isScript(file: string): boolean {
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(2);
      return readSync(fd, head, 0, 2, 0) === 2 && head.toString("latin1") === "#!";
    } finally {
      closeSync(fd);
    }
  } catch {
    return true;
  }
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The Airflow version `python` imports, or undefined when it imports none (or cannot run). Asking Python costs an
 * interpreter start and Airflow's import (about a second; a failed import costs the interpreter start, 0.4 s behind
 * pyenv's shim), so both answers are kept in `cacheDir/airflow-probe.json`, keyed by the interpreter's path as found
 * (links not resolved) and its target's mtime, PYTHONPATH, and the mtimes of every folder on its sys.path and of its
 * user site folder: installing or removing a package changes a folder's mtime, and the next run asks again. An
 * interpreter that is a script (pyenv's shim, a wrapper) picks the real one at each call, so its answers are never kept.
 */
export async function probeAirflowVersion(python: string, runner: CommandRunner, cacheDir?: string): Promise<string | undefined> {
  const found = resolveExecutable(python);
  const executable = found && !isScript(found.real) ? found : undefined;
  const cacheFile = cacheDir ? join(cacheDir, "airflow-probe.json") : undefined;
  const pythonPath = process.env.PYTHONPATH ?? "";
  let entries: ProbeCacheEntry[] = [];
  if (cacheFile && executable && existsSync(cacheFile)) {
    try {
      const parsed = JSON.parse(readFileSync(cacheFile, "utf8")) as unknown;
      if (Array.isArray(parsed)) {
        entries = parsed.filter(
          (e): e is ProbeCacheEntry =>
            typeof e === "object" &&
            e !== null &&
            typeof (e as ProbeCacheEntry).python === "string" &&
            Array.isArray((e as ProbeCacheEntry).folders) &&
            (typeof (e as ProbeCacheEntry).version === "string" || (e as ProbeCacheEntry).version === null),
        );
      }
    } catch {
      entries = [];
    }
    const hit = entries.find((e) => e.python === executable.path && e.pythonPath === pythonPath && e.pythonMtimeMs === mtimeOf(executable.real) && e.folders.every((f) => (mtimeOf(f.dir) ?? null) === f.mtimeMs));
    if (hit) return hit.version ?? undefined;
  }
  const probe = await runner.run(python, ["-c", PROBE], { env: projectCodeEnvironment(process.env) });
  if (probe.exitCode !== 0) return undefined;
  let answer: { version: string | null; path: string[] };
  try {
    answer = JSON.parse(probe.stdout.trim().split("\n").pop() ?? "") as { version: string | null; path: string[] };
    if ((typeof answer.version !== "string" && answer.version !== null) || !Array.isArray(answer.path)) return undefined;
  } catch {
    return undefined;
  }
  const pythonMtimeMs = executable ? mtimeOf(executable.real) : undefined;
  if (cacheFile && executable && pythonMtimeMs !== undefined) {
    const folders = answer.path.filter((p) => typeof p === "string").map((dir) => ({ dir, mtimeMs: mtimeOf(dir) ?? null }));
    const entry: ProbeCacheEntry = { python: executable.path, pythonMtimeMs, pythonPath, folders, version: answer.version };
    try {
      makeDirectorySync(cacheDir as string);
      writeFileSync(cacheFile, JSON.stringify([entry, ...entries.filter((e) => !(e.python === executable.path && e.pythonPath === pythonPath))].slice(0, 8)));
    } catch {
      // a cache that cannot be written only costs the next run a probe
    }
  }
  return answer.version ?? undefined;
}

/**
 * Why a value read from the project (the Dockerfile's runtime image, the project folder) cannot go into a `docker run`
 * argv, or undefined when it can: an image must be a plain reference (`host/path:tag` or `@sha256:`), never something
 * docker would read as an option; a path mounted with `-v` must not hold `:` or `,` (docker's mount separators).
 */
export function dockerArgumentProblem(value: { image?: string; mountPath?: string }): string | undefined {
  if (value.image !== undefined && !/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/.test(value.image)) {
    return `the runtime image '${value.image.slice(0, 80)}' is not a plain image reference`;
  }
  if (value.mountPath !== undefined && /[:,\n]/.test(value.mountPath)) return `the project path '${value.mountPath}' holds ':' or ',', which docker's -v cannot mount`;
  return undefined;
}

export async function resolveAirflowEnvironment(options: ResolveEnvironmentOptions): Promise<EnvironmentResolution> {
  const python = options.python ?? "python3";
  const { runner } = options;
  // No such interpreter at all is said so (it read "python3 cannot import airflow", as if Python were there).
  const missing = (): EnvironmentResolution | undefined =>
    resolveExecutable(python)
      ? undefined
      : {
          status: "unavailable",
          reason: python.includes("/") ? `${python} does not exist` : `${python} was not found on PATH`,
          fix: "install Python 3 with the project's Airflow and put it on PATH (on a runner: actions/setup-python, then pip install apache-airflow with its constraints), or use the image mode (--airflow image: the project's runtime image, with Docker)",
        };
  const installed = async (): Promise<EnvironmentResolution> => {
    const absent = missing();
    if (absent) return absent;
    const version = await probeAirflowVersion(python, runner, options.cacheDir);
    if (!version) return { status: "unavailable", reason: `${python} cannot import airflow` };
    // Another major version is no stand-in: an Airflow 3 project's `airflow.sdk` imports fail on Airflow 2 (and
    // Airflow 2's removed APIs on 3), which was reported as the DAG's own import-error. Then the next mode is tried.
    if (version.split(".")[0] !== options.airflowVersion.split(".")[0]) {
      return { status: "unavailable", reason: `${python} imports Airflow ${version}, but the project runs Airflow ${options.airflowVersion}` };
    }
    if (!version.startsWith(options.airflowVersion)) {
      options.logger.warning(`the installed Airflow is ${version} but the project runs ${options.airflowVersion}; results may differ from Astro`);
    }
    return { status: "ready", environment: { mode: "installed", command: [python], toTarget: identity, toHost: identity, description: `installed Airflow ${version} (${python})` } };
  };
  const image = async (): Promise<EnvironmentResolution> => {
    if (!options.runtimeImage) return { status: "unavailable", reason: "the project's runtime image is unknown" };
    // Values from the project reach docker's argv only in a checked shape.
    const problem = dockerArgumentProblem({ image: options.runtimeImage, mountPath: options.projectRoot }) ?? dockerArgumentProblem({ mountPath: options.harnessPath });
    if (problem) return { status: "unavailable", reason: problem };
    const docker = await runner.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (docker.exitCode !== 0) return { status: "unavailable", reason: "no Docker engine answers (docker info failed)" };
    const root = "/usr/local/airflow";
    const harnessDir = "/opt/astro-ci";
    const toTarget = (p: string): string => (p.startsWith(options.projectRoot) ? root + p.slice(options.projectRoot.length) : p === options.harnessPath ? `${harnessDir}/astro_ci_harness.py` : p);
    const toHost = (p: string): string => (p.startsWith(root) ? options.projectRoot + p.slice(root.length) : p);
    return {
      status: "ready",
      environment: {
        mode: "image",
        // Read-only mounts: the DAGs cannot change the checkout; --network none: parsing must not need the network.
        command: [
          "docker", "run", "--rm", "-i", "--network", "none",
          "-v", `${options.projectRoot}:${root}:ro`,
          "-v", `${options.harnessPath}:${harnessDir}/astro_ci_harness.py:ro`,
          // The project is mounted read-only over AIRFLOW_HOME; Airflow writes its config and SQLite DB on import.
          "-e", "AIRFLOW_HOME=/tmp/astro-ci-airflow-home",
          "--entrypoint", "python",
          options.runtimeImage,
        ],
        toTarget,
        toHost,
        description: `the runtime image ${options.runtimeImage}`,
      },
    };
  };
  const venv = async (): Promise<EnvironmentResolution> => {
    const absent = missing();
    if (absent) return absent;
    const pythonVersion = await pythonVersionOf(python, runner);
    if (!pythonVersion) return { status: "unavailable", reason: `${python} does not run` };
    const requirementsPath = join(options.projectRoot, "requirements.txt");
    const requirements = existsSync(requirementsPath) ? readUserTextSync(requirementsPath, { repoRoot: options.repoRoot }) : "";
    const dir = join(options.cacheDir, "venvs", venvCacheKey(options.airflowVersion, pythonVersion, requirements));
    const venvPython = join(dir, "bin", "python");
    const marker = join(dir, ".astro-ci-complete");
    if (!existsSync(marker)) {
      const pip = airflowPipArguments(options.airflowVersion, pythonVersion);
      if (!pip.constraintsUrl) {
        options.logger.warning(
          `only Airflow ${options.airflowVersion} (not the patch release) is known, so Airflow's constraints file cannot be used; set validate.airflow-version to the exact version (e.g. ${options.airflowVersion}.3) for a reproducible venv`,
        );
      }
      const steps: [string, string[]][] = [
        [python, ["-m", "venv", dir]],
        [venvPython, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", ...pip.args]],
      ];
      if (requirements.trim()) {
        steps.push([venvPython, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "-r", requirementsPath, ...(pip.constraintsUrl ? ["--constraint", pip.constraintsUrl] : [])]]);
      }
      steps.push(["touch", [marker]]);
      for (const [command, args] of steps) {
        options.logger.info(`$ ${command} ${args.join(" ")}`);
        // pip runs the requirements' build scripts: project code, so the clean environment.
        const result = await runner.run(command, args, { env: projectCodeEnvironment(process.env) });
        if (result.exitCode !== 0) {
          return { status: "unavailable", reason: `creating the Airflow venv failed at '${command} ${args.slice(0, 4).join(" ")}': ${result.stderr.trim().split("\n").slice(-2).join(" ")}` };
        }
      }
    } else options.logger.info(`reusing the cached Airflow venv ${dir}`);
    return { status: "ready", environment: { mode: "venv", command: [venvPython], toTarget: identity, toHost: identity, description: `a venv with Airflow ${options.airflowVersion} (${dir})` } };
  };

  switch (options.mode) {
    case "installed":
      return installed();
    case "image":
      return image();
    case "venv":
      return venv();
    case "auto": {
      const first = await installed();
      if (first.status === "ready") return first;
      const second = await image();
      if (second.status === "ready") return second;
      return venv();
    }
  }
}

/** The CommandRunners over child_process. */
export { nodeCommandRunner, projectCodeRunner } from "./command-runner.js";
