import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { loadConfig } from "../../src/config/config.js";
import { isUnknown, refusedAsBagged, refusesOnlyItsDag, type Finding } from "../../src/core/findings.js";
import { createInProcessAnalyzer } from "../../src/dags/analyzer.js";
import type { FileAnalyzer } from "../../src/dags/analyzer.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { createPythonParser } from "../../src/dags/python-parser.js";
import { validateProject, type ProjectValidation } from "../../src/dags/validate.js";
import { nodeCommandRunner } from "../../src/dynamic/command-runner.js";
import { formatTextReport } from "../../src/reports/report-text.js";
import type { ValidationReport } from "../../src/commands/validate-dags.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { tempDirPath } from "../support/temp-dir.js";

/**
 * The regression corpus: small Astro projects, one per kind of problem (see README.md here), each with the
 * findings (check id, severity, file, line) and the DAG inventory validate-dags must produce. A missing
 * expected.json fails; nothing here is skipped.
 */
const corpusDir = fileURLToPath(new URL(".", import.meta.url));
const kinds = readdirSync(corpusDir).filter((name) => statSync(join(corpusDir, name)).isDirectory()).sort();

interface Expected {
  about: string;
  /** DAG ids per file (paths relative to the project), sorted; `<dynamic>` for an id only known at run time. */
  dags: Record<string, string[]>;
  findings: { check: string; severity: string; file: string; line: number }[];
  /**
   * The environment the project's runtime image has (its Dockerfile's ENV, expanded as docker build does), written
   * out here independently of astro-ci's reading: DagBag is built with it, in a process of its own.
   */
  dagbagEnvironment?: Record<string, string>;
}

const expectedOf = (kind: string): Expected => JSON.parse(readFileSync(join(corpusDir, kind, "expected.json"), "utf8")) as Expected;

const DYNAMIC = "<dynamic>";

let analyzer: FileAnalyzer;
const results = new Map<string, ProjectValidation>();

async function validateKind(kind: string): Promise<ProjectValidation> {
  const cached = results.get(kind);
  if (cached) return cached;
  const root = join(corpusDir, kind);
  const config = await loadConfig({ repoRoot: root });
  const entry = config.projects[0];
  if (!entry) throw new Error(`${kind}: no project`);
  const result = await validateProject(entry, { repoRoot: root, analyzer, logger: new RecordingLogger() }, config.file);
  results.set(kind, result);
  return result;
}

function staticDags(result: ProjectValidation): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const dag of result.dags) (byFile[dag.file] ??= []).push(isUnknown(dag.dagId) ? DYNAMIC : dag.dagId);
  for (const ids of Object.values(byFile)) ids.sort();
  return byFile;
}

const row = (f: Pick<Finding, "checkId" | "severity" | "file" | "line">): string => `${f.checkId} ${f.severity} ${f.file}:${f.line}`;

beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});

describe("regression corpus: static findings and DAG inventory", () => {
  it("has projects", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(8);
  });

  it("lists the DAG-like files .airflowignore hides, with the rule, in the report", async () => {
    const result = await validateKind("airflowignore");
    expect(result.filesIgnored).toEqual([
      { file: "dags/legacy_old/monthly.py", ignoreFile: "dags/.airflowignore", line: 2, pattern: "legacy" },
      { file: "dags/legacy_reports.py", ignoreFile: "dags/.airflowignore", line: 2, pattern: "legacy" },
    ]);
    const report: ValidationReport = {
      tool: { name: "astro-ci", version: "test" },
      projects: [{ ...result, failOn: "error", failed: false, dynamic: { status: "off", message: "off" } }],
      findings: result.findings,
      counts: { errors: 0, warnings: 0, notices: 2, dags: result.dags.length, files: result.filesChecked.length },
      failed: false,
    };
    expect(formatTextReport(report)).toContain("hidden dags/legacy_reports.py: looks like a DAG file, hidden by dags/.airflowignore line 2: legacy");
  });

  it.each(kinds)("%s", async (kind) => {
    const expected = JSON.parse(readFileSync(join(corpusDir, kind, "expected.json"), "utf8")) as Expected;
    const result = await validateKind(kind);
    expect(result.findings.map(row).sort()).toEqual(expected.findings.map((f) => row({ checkId: f.check, severity: f.severity as Finding["severity"], file: f.file, line: f.line })).sort());
    expect(staticDags(result)).toEqual(expected.dags);
  });
});

/**
 * Static and dynamic tiers agree: the static inventory (dag_ids per file) and the static claims that importing a
 * file fails are compared with what Airflow's own DagBag finds in the same folder. Needs a python3 that imports
 * Airflow, named by ASTRO_CI_TEST_PYTHON (`.ci/run` sets it where Airflow is installed).
 */
const python = process.env.ASTRO_CI_TEST_PYTHON;

interface DagBagResult {
  project: string;
  dags: Record<string, string[]>;
  import_errors: Record<string, string>;
}

/** Check ids whose error findings claim that Airflow cannot import the file. */
const FAILS_AT_IMPORT = new Set(["syntax-error", "schedule-valid", "dag-argument-invalid", "dag-argument-unknown", "time-zone-valid", "task-id-valid", "task-mapping-valid", "task-argument-invalid", "dag-cycle", "task-dependency-invalid", "undefined-name", "dataset-uri-invalid", "airflow-import-invalid", "helper-import-failed"]);

describeWithRealAirflow("static inventory agrees with Airflow's DagBag on the corpus", () => {
  let dagbags: Map<string, DagBagResult>;
  let home: string;
  beforeAll(async () => {
    home = tempDirPath("astro-ci-dagbag-");
    // A clean environment: no tokens, an Airflow home of its own, no example DAGs.
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: home,
      AIRFLOW_HOME: home,
      // The corpus stays as committed: no __pycache__ folders written into it.
      PYTHONDONTWRITEBYTECODE: "1",
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
      AIRFLOW__CORE__UNIT_TEST_MODE: "False",
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: `sqlite:///${join(home, "airflow.db")}`,
    };
    // Projects with the same image environment share one DagBag process (Airflow reads its settings at import).
    const groups = new Map<string, string[]>();
    for (const kind of kinds) {
      const key = JSON.stringify(expectedOf(kind).dagbagEnvironment ?? {});
      groups.set(key, [...(groups.get(key) ?? []), kind]);
    }
    dagbags = new Map();
    for (const [key, group] of groups) {
      const run = await nodeCommandRunner.run(python as string, [join(corpusDir, "dagbag_inventory.py"), ...group.map((k) => join(corpusDir, k))], { env: { ...env, ...(JSON.parse(key) as Record<string, string>) }, cwd: corpusDir });
      const lines = run.stdout.split("\n").filter((l) => l.startsWith("ASTRO-CI-DAGBAG "));
      if (run.exitCode !== 0 || lines.length !== group.length) throw new Error(`DagBag script failed (exit ${run.exitCode}):\n${run.stderr.slice(-3000)}`);
      for (const l of lines) {
        const parsed = JSON.parse(l.slice("ASTRO-CI-DAGBAG ".length)) as DagBagResult;
        const kind = group.find((k) => parsed.project === join(corpusDir, k));
        if (kind) dagbags.set(kind, parsed);
      }
    }
  }, 180_000);
  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it.each(kinds)("%s", async (kind) => {
    const result = await validateKind(kind);
    const bag = dagbags.get(kind);
    expect(bag, `no DagBag result for ${kind}`).toBeDefined();
    if (!bag) return;
    const parser = await createPythonParser();
    const claimsFailure = (file: string): string | undefined => {
      const claim = result.findings.find((f) => f.file === file && f.severity === "error" && FAILS_AT_IMPORT.has(f.checkId));
      if (claim) return row(claim);
      // A warning that importing fails wherever an environment variable is unset (a Deployment may set it): a claim
      // when DagBag runs without that variable.
      const unsetIn = (f: Finding): boolean => {
        const variable = /wherever (\w+) is unset/.exec(f.message)?.[1];
        return variable !== undefined && !(variable in (expectedOf(kind).dagbagEnvironment ?? {}));
      };
      const conditional = result.findings.find((f) => f.file === file && f.severity === "warning" && FAILS_AT_IMPORT.has(f.checkId) && unsetIn(f));
      if (conditional) return row(conditional);
      // A missing module is an import failure only where the import runs at parse time.
      const source = readFileSync(join(corpusDir, kind, file), "utf8");
      const inventory = extractDagInventory(parser.parse(source), source, file);
      const parseTimeLines = new Set(inventory.imports.filter((i) => i.scope === "module" && !i.guarded && !i.typeCheckingOnly).map((i) => i.line));
      const missing = result.findings.find((f) => f.file === file && f.checkId === "unresolved-import" && f.severity !== "notice" && parseTimeLines.has(f.line));
      if (missing) return row(missing);
      // A helper that fails only through a module nothing installs is at unresolved-import's level (a warning).
      const helper = result.findings.find((f) => f.file === file && f.checkId === "helper-import-failed" && f.severity !== "notice");
      return helper ? row(helper) : undefined;
    };
    const ours = staticDags(result);
    const duplicates = result.findings.filter((f) => f.checkId === "duplicate-dag-id");
    const files = new Set([...result.filesChecked, ...Object.keys(bag.dags), ...Object.keys(bag.import_errors)]);
    for (const file of files) {
      const error = bag.import_errors[file];
      const theirs = [...(bag.dags[file] ?? [])].sort();
      const mine = ours[file] ?? [];
      const duplicate = duplicates.filter((f) => f.file === file);
      // DAGs Airflow 2 refuses one by one as DagBag bags them: the file's other DAGs load.
      const refusals = result.findings.filter((f) => f.file === file && refusesOnlyItsDag(f));
      if (duplicate.length) {
        // A whole-folder DagBag keeps the first file parsed and fails the other with AirflowDagDuplicatedIdException.
        for (const finding of duplicate) {
          const id = finding.dagId as string;
          const holders = [...new Set(duplicates.filter((f) => f.dagId === id).map((f) => f.file))];
          const kept = holders.filter((h) => bag.dags[h]?.includes(id));
          expect(kept, `${kind}: exactly one of ${holders.join(", ")} keeps ${id}`).toHaveLength(1);
          // Within one file one of the DAGs is kept (which one varies: DagBag bags them from a set) without an error; across files the other file fails.
          // DagBag keeps one error per file, that of the last DAG it failed to bag (in set order): a DAG it refuses as it
          // bags it (a cycle, a rejected cron) may be the one whose error shows.
          if (!theirs.includes(id)) expect(error, `${kind}: ${file} fails with the duplicate`).toMatch(refusals.length ? /AirflowDagDuplicatedIdException|AirflowTimetableInvalid|AirflowDagCycleException|Setup tasks must be followed/ : /AirflowDagDuplicatedIdException/);
          else if (holders.length === 1) expect(error, `${kind}: ${file} keeps one ${id} silently`).toBeUndefined();
        }
        for (const refusal of refusals) expect(theirs, `${kind}: ${file} refuses ${refusal.dagId}`).not.toContain(refusal.dagId);
        continue;
      }
      const claim = claimsFailure(file);
      if (claim) {
        expect(error, `${kind}: static says importing ${file} fails (${claim}); DagBag imported it`).toBeDefined();
        // DagBag validates a DAG (its cron or interval timetable, its setup tasks' rules) and checks it for cycles as it
        // bags it (_process_modules' dag.validate(), bag_dag's check_cycle; airflow/models/dagbag.py at 2.10.5): that
        // DAG alone is refused, the file's other DAGs stay.
        const claims = result.findings.filter((f) => f.file === file && f.severity === "error" && FAILS_AT_IMPORT.has(f.checkId));
        if (claims.length && claims.every(refusedAsBagged)) {
          const refused = claims.map((f) => f.dagId);
          for (const id of refused) if (id !== undefined) expect(theirs, `${kind}: ${file} refuses ${id}`).not.toContain(id);
          // Which DAG a claim naming none (a dag_id built in a factory) refuses is not known here: only how many.
          if (!refused.includes(undefined)) for (const id of mine) if (id !== DYNAMIC && !refused.includes(id)) expect(theirs, `${kind}: ${file} keeps ${id}`).toContain(id);
          // One DAG refused per dag_id claimed, and per claim naming none.
          expect(theirs.length, `${kind}: DAGs ${file} keeps`).toBe(mine.length - new Set(refused.map((id, i) => id ?? `#${i}`)).size);
        } else expect(theirs, `${kind}: ${file} fails, so DagBag has none of its DAGs`).toEqual([]);
        // airflow-import-invalid quotes the exception DagBag records (less the file path CPython adds).
        const quoted = result.findings.find((f) => f.file === file && f.checkId === "airflow-import-invalid" && f.severity === "error");
        const exception = quoted && /fails with ((?:\w+Error): [^\n]*)$/.exec(quoted.message)?.[1];
        if (quoted) expect(error, `${kind}: ${file}: DagBag's error`).toContain(exception ?? quoted.message);
        continue;
      }
      expect(error, `${kind}: DagBag fails on ${file} but no static finding says so`).toBeUndefined();
      // One id per DAG Airflow keeps, each listed once: a dag_id made in each branch of an if/else (or of one factory
      // call) is one DAG, and a file without a duplicate-dag-id finding lists each of its dag_ids once.
      const known = mine.filter((id) => id !== DYNAMIC);
      if (!mine.includes(DYNAMIC)) expect(theirs, `${kind}: dag_ids of ${file}`).toEqual(known);
      else {
        // Loop-generated DAGs: the ids we know are there, and DagBag has at least one more per dynamic entry.
        for (const id of known) expect(theirs, `${kind}: ${file}`).toContain(id);
        expect(theirs.length, `${kind}: DAG count of ${file}`).toBeGreaterThanOrEqual(mine.length);
      }
    }
  });
});
