import type { CheckSetting } from "../config/config.js";
import { checkSchedule, SCHEDULE_CHECKS } from "./checks-schedule.js";
import { checkDagArguments, DAG_ARGUMENT_CHECKS } from "./checks-dag-arguments.js";
import type { FileInventory, Suppressions } from "./inventory.js";
import { airflow3RemovedImports, type ModuleResolver } from "./module-resolver.js";
import { isUnknown, type DagInfo, type Finding, type Level, type Severity } from "../core/findings.js";

export type CheckSettings = Record<string, CheckSetting>;

export interface CheckDefinition {
  id: string;
  defaultLevel: Level;
  description: string;
}

/** The policy and hygiene checks on the DAG inventory. Ruff's AIR codes and `syntax-error` come from ruff. */
export const CHECKS: CheckDefinition[] = [
  { id: "duplicate-dag-id", defaultLevel: "error", description: "The same dag_id is defined in two places; Airflow keeps one and silently drops the other." },
  { id: "tags-required", defaultLevel: "warning", description: "A DAG has no tags." },
  { id: "tags-allowed", defaultLevel: "error", description: "A DAG uses a tag outside the approved list (active when tags-required has `allowed`)." },
  { id: "min-retries", defaultLevel: "warning", description: "default_args retries below the minimum (option `min`, default 2 as in Astronomer's template) or not set." },
  { id: "owner-required", defaultLevel: "warning", description: "default_args owner missing or a placeholder (option `disallowed`, default [airflow])." },
  { id: "schedule-valid", defaultLevel: "error", description: "A string schedule Airflow rejects (croniter's rules for the project's Airflow), or @continuous with max_active_runs above 1." },
  { id: "start-date-static", defaultLevel: "error", description: "start_date is computed from the current time, so it moves at every parse." },
  { id: "parse-time-work", defaultLevel: "warning", description: "Variables, connections, HTTP or database calls at module level run at every parse of the file." },
  {
    id: "unresolved-import",
    defaultLevel: "warning",
    description:
      "An import that neither the stdlib, Airflow, requirements.txt, the runtime's preinstalled providers (and what they bring) nor the project provides: a warning when certain, a notice when it is present only if something unseen brings it.",
  },
  {
    id: "airflow3-removed-import",
    defaultLevel: "error",
    description: "On Airflow 3, an import of a module or name Airflow 3 removed (airflow.contrib, airflow.operators.dummy, days_ago...): the import itself fails, even if the name is never used.",
  },
  ...SCHEDULE_CHECKS,
  ...DAG_ARGUMENT_CHECKS,
];

const DEFAULT_LEVEL = new Map(CHECKS.map((c) => [c.id, c.defaultLevel]));

export interface FileCheckContext {
  settings: CheckSettings;
  airflowMajor: 2 | 3;
  /** The project's Airflow version ("2.10.5", "3.0.2"), for checks that depend on the minor version. */
  airflowVersion?: string;
  resolver: ModuleResolver;
  file: string;
  /** "Now" for time-dependent checks (schedule-never-fires); default: the current time. */
  now?: Date;
}

export interface ProjectCheckContext {
  settings: CheckSettings;
  airflowMajor: 2 | 3;
  resolver: ModuleResolver;
}

function levelOf(settings: CheckSettings, id: string): Level {
  return settings[id]?.level ?? DEFAULT_LEVEL.get(id) ?? "warning";
}

function dagLabel(dag: DagInfo): string {
  return isUnknown(dag.dagId) ? `the DAG at line ${dag.line}` : `DAG '${dag.dagId}'`;
}

function dagIdOf(dag: DagInfo): string | undefined {
  return isUnknown(dag.dagId) ? undefined : dag.dagId;
}

const DYNAMIC_START = /\b(datetime\.(now|utcnow|today)|pendulum\.(now|today|yesterday)|date\.today|timezone\.utcnow|timezone\.(now)|utcnow)\s*\(/;

export function runFileChecks(inventory: FileInventory, ctx: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  const emit = (id: string, finding: Omit<Finding, "checkId" | "severity" | "file">, severity?: Severity): void => {
    const level = levelOf(ctx.settings, id);
    if (level === "off") return;
    findings.push({ checkId: id, severity: severity ?? (level as Severity), file: ctx.file, ...finding });
  };
  for (const dag of inventory.dags) {
    const label = dagLabel(dag);
    const base = { line: dag.line, dagId: dagIdOf(dag) };
    // Tags.
    const allowed = ctx.settings["tags-required"]?.allowed;
    if (dag.tags === undefined || (Array.isArray(dag.tags) && dag.tags.length === 0)) {
      emit("tags-required", { ...base, message: `${label} has no tags`, fix: `add tags=[...]${allowed?.length ? ` from: ${allowed.join(", ")}` : ""} so it can be found and owned in the UI` });
    } else if (Array.isArray(dag.tags) && allowed?.length) {
      const outside = dag.tags.filter((t) => !allowed.includes(t));
      if (outside.length) emit("tags-allowed", { ...base, message: `${label} uses tags not in the approved list: ${outside.join(", ")}`, fix: `use only: ${allowed.join(", ")}` });
    }
    // Retries.
    const min = ctx.settings["min-retries"]?.min ?? 2;
    if (dag.retries === undefined) {
      emit("min-retries", { ...base, message: `${label} does not set retries in default_args (Airflow's default is 0)`, fix: `add "retries": ${min} to default_args` });
    } else if (typeof dag.retries === "number" && dag.retries < min) {
      emit("min-retries", { ...base, message: `${label} has retries=${dag.retries}, below the minimum of ${min}`, fix: `set "retries": ${min} or more in default_args` });
    }
    // Owner.
    const disallowed = ctx.settings["owner-required"]?.disallowed ?? ["airflow"];
    if (dag.owner === undefined) {
      emit("owner-required", { ...base, message: `${label} has no owner in default_args (it shows as 'airflow')`, fix: `add "owner": "<team>" to default_args` });
    } else if (typeof dag.owner === "string" && disallowed.includes(dag.owner)) {
      emit("owner-required", { ...base, message: `${label} has the placeholder owner '${dag.owner}'`, fix: `set "owner" to the owning team` });
    }
    // Schedule (croniter's rules, never-firing and random crons, @continuous) and the DAG's real signature.
    checkSchedule(dag, { airflowMajor: ctx.airflowMajor, now: ctx.now }, emit);
    checkDagArguments(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emit);
    // Start date.
    if (dag.startDate && DYNAMIC_START.test(dag.startDate)) {
      emit("start-date-static", {
        ...base,
        message: `${label} has a dynamic start_date (${dag.startDate}): it changes at every parse, so runs may never be scheduled`,
        fix: "use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz=\"UTC\")",
      });
    } else if (dag.startDate && /\bdays_ago\s*\(/.test(dag.startDate)) {
      const level = levelOf(ctx.settings, "start-date-static");
      if (level !== "off") {
        findings.push({
          checkId: "start-date-static",
          severity: "warning",
          file: ctx.file,
          ...base,
          message: `${label} uses days_ago() for start_date: relative to the parse time, and removed in Airflow 3`,
          fix: "use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz=\"UTC\")",
        });
      }
    }
  }
  for (const call of inventory.parseTimeCalls) {
    const why: Record<string, string> = {
      variable: "reads an Airflow Variable (a metadata DB or secrets backend query)",
      connection: "looks up a connection (a metadata DB or secrets backend query)",
      http: "makes a network call",
      database: "opens a database connection",
      file: "reads a file",
      sleep: "sleeps",
      hook: "uses a hook",
    };
    emit("parse-time-work", {
      line: call.line,
      column: call.column,
      message: `${call.callee}() at module level ${why[call.kind] ?? "does I/O"} every time the scheduler parses this file (every 30 s by default)`,
      fix:
        call.kind === "variable"
          ? "read it inside a task, or use a Jinja template like {{ var.value.<key> }} in operator arguments"
          : call.kind === "connection"
            ? "read it inside a task, or use {{ conn.<conn_id> }} templates"
            : "move the call into a task (a @task function or an operator's callable)",
    });
  }
  findings.push(...importFindings(inventory, ctx));
  return applySuppressions(findings, { [ctx.file]: inventory.suppressions });
}

/**
 * unresolved-import and airflow3-removed-import, judged by where each import runs (ImportRef.scope): at parse time
 * a failure is an import error of the DAG file; in a task's function body it fails that task when it runs, not the
 * DAG import; in an isolated callable (@task.virtualenv, @task.docker...) it runs in another environment, so the
 * project's requirements say nothing about it. Imports under `if TYPE_CHECKING:` never run, and imports inside
 * `try: ... except ImportError:` are handled by the file itself: neither is ever a failure.
 */
function importFindings(inventory: FileInventory, ctx: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  const levels = { unresolved: levelOf(ctx.settings, "unresolved-import"), removed: levelOf(ctx.settings, "airflow3-removed-import") };
  for (const ref of inventory.imports) {
    if (ref.relative || !ref.module || ref.guarded || ref.typeCheckingOnly) continue;
    const scope = ref.scope ?? "module";
    if (scope === "isolated") continue;
    const atTaskRun = scope === "function";
    const base = { file: ctx.file, line: ref.line };
    if (ctx.airflowMajor === 3 && levels.removed !== "off") {
      const removed = airflow3RemovedImports(ref.module, ref.names);
      for (const gone of removed) {
        findings.push({
          ...base,
          checkId: "airflow3-removed-import",
          // Inside a task body the ImportError fails that task, not the DAG import: at most a warning.
          severity: atTaskRun ? capAtWarning(levels.removed) : levels.removed,
          message: atTaskRun
            ? `'${gone.path}' was removed in Airflow 3 (${gone.rule}): this import fails the task at run time, not the DAG import`
            : `'${gone.path}' was removed in Airflow 3 (${gone.rule}): importing this DAG fails with ImportError, even if the name is never used`,
          fix: gone.fix,
        });
      }
      if (removed.length) continue;
    }
    if (levels.unresolved === "off") continue;
    const resolution = ctx.resolver.resolve(ref.module);
    if (resolution.status === "provided") continue;
    if (resolution.status === "missing") {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: atTaskRun ? capAtWarning(levels.unresolved) : levels.unresolved,
        message: atTaskRun
          ? `nothing installs '${ref.module}': this import fails the task at run time with ModuleNotFoundError, not the DAG import`
          : `nothing installs '${ref.module}': importing this DAG fails with ModuleNotFoundError`,
        fix: resolution.fix,
      });
    } else {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: "notice",
        message: `'${ref.module}' is not in requirements.txt; present only if ${resolution.presentOnlyIf}${atTaskRun ? " (imported inside a task: it would fail the task, not the DAG import)" : ""}`,
        fix: resolution.fix,
      });
    }
  }
  return findings;
}

function capAtWarning(level: Severity): Severity {
  return level === "error" ? "warning" : level;
}

export function runProjectChecks(inventories: { file: string; inventory: FileInventory }[], ctx: ProjectCheckContext): Finding[] {
  const level = levelOf(ctx.settings, "duplicate-dag-id");
  if (level === "off") return [];
  const byId = new Map<string, DagInfo[]>();
  for (const { inventory } of inventories) {
    for (const dag of inventory.dags) {
      const id = dagIdOf(dag);
      if (id === undefined) continue;
      byId.set(id, [...(byId.get(id) ?? []), dag]);
    }
  }
  const findings: Finding[] = [];
  for (const [id, dags] of byId) {
    if (dags.length < 2) continue;
    for (const dag of dags) {
      const others = dags.filter((d) => d !== dag).map((d) => `${d.file}:${d.line}`);
      findings.push({
        checkId: "duplicate-dag-id",
        severity: level as Severity,
        file: dag.file,
        line: dag.line,
        dagId: id,
        message: `dag_id '${id}' is also defined at ${others.join(", ")}; Airflow keeps only one of them, without an error`,
        fix: "give each DAG a unique dag_id",
      });
    }
  }
  const suppressions = Object.fromEntries(inventories.map((i) => [i.file, i.inventory.suppressions]));
  return applySuppressions(findings, suppressions);
}

/** Drop findings silenced by `# astro-ci: ignore[...]` on their line, or `# astro-ci: ignore-file[...]`. */
export function applySuppressions(findings: Finding[], suppressionsByFile: Record<string, Suppressions | undefined>): Finding[] {
  return findings.filter((finding) => {
    const s = suppressionsByFile[finding.file];
    if (!s) return true;
    const covers = (ids: string[] | undefined): boolean => ids !== undefined && (ids.length === 0 || ids.includes(finding.checkId));
    return !(covers(s.file) || covers(s.lines[finding.line]));
  });
}
