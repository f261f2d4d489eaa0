import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { relative, sep } from "node:path";
import type { DagInfo, Finding } from "../core/findings.js";

/** What the harness reports for one DAG file. */
export interface FileImportResult {
  /** Absolute path, as sent. */
  file: string;
  status: "ok" | "error" | "timeout" | "crash";
  import_errors: { message: string; traceback: string; line: number | null }[];
  warnings: string[];
  dags: { dag_id: string; fileloc?: string; tags: string[]; owner?: unknown; retries?: unknown; schedule?: unknown; catchup?: unknown; task_ids: string[] }[];
  duration_ms: number;
  output?: string;
  /** Listed in .astro/dag_integrity_exceptions.txt. */
  excepted: boolean;
}

export interface HarnessRequest {
  project_root: string;
  dags_folder: string;
  files: string[];
  timeout_seconds: number;
  max_workers: number;
  stub_lookups: boolean;
  extra_sys_path?: string[];
  integrity_exceptions: string[];
  memory_limit_mb?: number;
}

export type HarnessOutcome =
  | { status: "ok"; airflowVersion: string; dagbagModule: string; results: FileImportResult[] }
  | { status: "airflow-unavailable"; message: string }
  | { status: "failed"; message: string };

/** Starts a process and streams its stdout lines; the one side effect of the harness runner. */
export interface ProcessRunner {
  run(command: string, args: string[], options: { stdin: string; env?: NodeJS.ProcessEnv; onLine(line: string): void; timeoutMs: number }): Promise<{ exitCode: number | null; stderr: string; timedOut: boolean }>;
}

export const nodeProcessRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve) => {
      const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, options.timeoutMs);
      child.stderr.on("data", (chunk: Buffer) => {
        if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
      });
      createInterface({ input: child.stdout }).on("line", options.onLine);
      child.on("error", (error) => {
        clearTimeout(timer);
        resolve({ exitCode: null, stderr: `${stderr}${error.message}`, timedOut });
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, stderr, timedOut });
      });
      child.stdin.end(options.stdin);
    });
  },
};

/** Run the harness and collect its JSON lines. Never throws for a broken DAG: that is a result, not a failure. */
export async function runImportHarness(options: {
  python: string;
  /** Arguments before the harness path, e.g. the rest of a `docker run ... python` command. */
  pythonArgs?: string[];
  harnessPath: string;
  request: HarnessRequest;
  runner?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  onResult?: (result: FileImportResult) => void;
}): Promise<HarnessOutcome> {
  const results: FileImportResult[] = [];
  let done: { airflow_version: string; dagbag_module: string } | undefined;
  let fatal: { message: string } | undefined;
  let garbage = 0;
  const outcome = await (options.runner ?? nodeProcessRunner).run(options.python, [...(options.pythonArgs ?? []), options.harnessPath], {
    stdin: JSON.stringify(options.request),
    env: options.env,
    timeoutMs: options.timeoutMs,
    onLine(line) {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        garbage++;
        return;
      }
      if (message.fatal) fatal = { message: String(message.message ?? message.fatal) };
      else if (message.done) done = message as unknown as { airflow_version: string; dagbag_module: string };
      else {
        const result = message as unknown as FileImportResult;
        results.push(result);
        options.onResult?.(result);
      }
    },
  });
  if (fatal) return { status: "airflow-unavailable", message: fatal.message };
  if (outcome.exitCode === null && !outcome.timedOut) return { status: "airflow-unavailable", message: `cannot start ${options.python}: ${outcome.stderr.trim()}` };
  if (outcome.timedOut) return { status: "failed", message: `the import harness did not finish within ${Math.round(options.timeoutMs / 1000)} s` };
  if (!done) {
    return { status: "failed", message: `the import harness stopped early (exit code ${outcome.exitCode})${garbage ? `, ${garbage} unreadable lines` : ""}: ${outcome.stderr.trim().split("\n").slice(-3).join(" | ")}` };
  }
  return { status: "ok", airflowVersion: done.airflow_version, dagbagModule: done.dagbag_module, results };
}

const toPosix = (p: string): string => p.split(sep).join("/");

/** Harness results as findings on the DAG file's lines, with paths relative to the repository. */
export function importResultsToFindings(results: FileImportResult[], options: { repoRoot: string }): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    const file = toPosix(relative(options.repoRoot, result.file));
    for (const error of result.import_errors) {
      const checkId = result.status === "timeout" ? "import-timeout" : result.status === "crash" ? "import-crash" : "import-error";
      findings.push({
        checkId,
        severity: result.excepted ? "notice" : "error",
        file,
        line: error.line ?? 1,
        message: `${result.excepted ? "(listed in .astro/dag_integrity_exceptions.txt) " : ""}Airflow cannot import this file: ${error.message}`,
        fix: checkId === "import-timeout" ? "move slow work out of module level (into tasks); the scheduler kills imports after dagbag_import_timeout" : undefined,
      });
    }
    for (const warning of result.warnings) findings.push({ checkId: "import-warning", severity: "warning", file, line: 1, message: warning });
  }
  return findings;
}

/** Merge what Airflow reported with the static inventory: dynamic values win where both know one. */
export function mergeDagInventories(staticDags: DagInfo[], dynamic: FileImportResult[], options: { repoRoot: string }): DagInfo[] {
  const merged = staticDags.map((dag) => ({ ...dag }));
  for (const result of dynamic) {
    const file = toPosix(relative(options.repoRoot, result.file));
    for (const seen of result.dags) {
      const match = merged.find((d) => d.file === file && (d.dagId === seen.dag_id || (typeof d.dagId !== "string" && merged.filter((m) => m.file === file).length === 1)));
      const known = {
        dagId: seen.dag_id,
        tags: seen.tags,
        owner: typeof seen.owner === "string" ? seen.owner : undefined,
        retries: typeof seen.retries === "number" ? seen.retries : undefined,
        schedule: typeof seen.schedule === "string" || seen.schedule === null ? (seen.schedule as string | null) : undefined,
        catchup: typeof seen.catchup === "boolean" ? seen.catchup : undefined,
        taskCount: seen.task_ids.length,
      };
      if (match) {
        for (const [key, value] of Object.entries(known)) if (value !== undefined) (match as unknown as Record<string, unknown>)[key] = value;
      } else {
        merged.push({ file, line: 1, definedBy: "DAG()", startDate: undefined, ...known, owner: known.owner, retries: known.retries, catchup: known.catchup, schedule: known.schedule });
      }
    }
  }
  return merged;
}

