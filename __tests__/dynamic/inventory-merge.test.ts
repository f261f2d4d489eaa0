import { describe, expect, it } from "vitest";
import type { DagInfo, Finding } from "../../src/core/findings.js";
import { mergeSyntaxErrors } from "../../src/commands/validate-dags.js";
import { importResultsToFindings, mergeDagInventories, type FileImportResult } from "../../src/dynamic/run-harness.js";
import { sarifRegion, toSarif } from "../../src/github/sarif.js";

const repoRoot = "/repo";

function dag(file: string, dagId: DagInfo["dagId"], line: number, args: [string, number][] = []): DagInfo {
  return {
    dagId,
    file,
    line,
    definedBy: "with DAG()",
    schedule: undefined,
    tags: undefined,
    owner: undefined,
    retries: undefined,
    catchup: undefined,
    startDate: undefined,
    taskCount: 1,
    arguments: args.map(([name, l]) => ({ name, line: l, column: 5, endLine: l, endColumn: 10 })),
  };
}

function result(file: string, partial: Partial<FileImportResult>): FileImportResult {
  return { file: `${repoRoot}/${file}`, status: "ok", import_errors: [], warnings: [], dags: [], duration_ms: 5, excepted: false, ...partial };
}

const seen = (dag_id: string, line: number | null = null) => ({ dag_id, line, tags: [], task_ids: ["t"] });

describe("the DAG inventory after the dynamic tier lists what Airflow loads", () => {
  it("marks DAGs of files that failed, DAGs Airflow rejected, and every copy of a dag_id after the first", () => {
    const staticDags = [dag("dags/a.py", "shared", 3), dag("dags/b.py", "shared", 4), dag("dags/broken.py", "broken", 5), dag("dags/cycle.py", "cycle", 6), dag("dags/ok.py", "ok", 2)];
    const merged = mergeDagInventories(
      staticDags,
      [
        result("dags/a.py", { dags: [seen("shared", 3)] }),
        result("dags/b.py", { dags: [seen("shared", 4)] }),
        result("dags/broken.py", { status: "ok", import_errors: [{ message: "ModuleNotFoundError: No module named 'x'", traceback: "", line: 2 }] }),
        result("dags/cycle.py", { import_errors: [{ message: "AirflowDagCycleException: Cycle detected in DAG: cycle. Faulty task: b", traceback: "", line: null, dag_id: "cycle" }], not_loaded: [{ dag_id: "cycle", line: 6 }] }),
        result("dags/ok.py", { dags: [seen("ok", 2)] }),
      ],
      { repoRoot },
    );
    const view = Object.fromEntries(merged.map((d) => [`${d.file}:${String(d.dagId)}`, d.loaded === false ? `not loaded: ${d.notLoadedReason}` : "loaded"]));
    expect(view).toEqual({
      "dags/a.py:shared": "loaded",
      "dags/b.py:shared": "not loaded: duplicate dag_id: Airflow keeps the DAG from dags/a.py",
      "dags/broken.py:broken": "not loaded: import error: ModuleNotFoundError: No module named 'x'",
      "dags/cycle.py:cycle": "not loaded: import error: AirflowDagCycleException: Cycle detected in DAG: cycle. Faulty task: b",
      "dags/ok.py:ok": "loaded",
    });
  });

  it("puts loop-generated DAGs on the line where each is created, replacing the static template", () => {
    const merged = mergeDagInventories([dag("dags/loop.py", { unknown: true, expression: 'f"report_{team}"' }, 7)], [result("dags/loop.py", { dags: [seen("report_a", 8), seen("report_b", 8)] })], { repoRoot });
    expect(merged.map((d) => [d.dagId, d.line])).toEqual([
      ["report_a", 8],
      ["report_b", 8],
    ]);
  });
});

describe("import findings land on the DAG's line, or the argument's, when Airflow gives no traceback line", () => {
  it("a cycle on the DAG it names, an invalid schedule on the schedule argument, an unknown argument on itself", () => {
    const staticDags = [dag("dags/cycle.py", "cycle", 6), dag("dags/cron.py", "cron", 6, [["schedule", 9]]), dag("dags/arg.py", "arg", 6, [["not_an_argument", 10]])];
    const findings = importResultsToFindings(
      [
        result("dags/cycle.py", { import_errors: [{ message: "AirflowDagCycleException: Cycle detected in DAG: cycle. Faulty task: b", traceback: "", line: null }], not_loaded: [{ dag_id: "cycle", line: 6 }] }),
        result("dags/cron.py", { import_errors: [{ message: "AirflowTimetableInvalid: [0 25 * * *] is not acceptable, out of range", traceback: "", line: null }], not_loaded: [{ dag_id: "cron", line: 6 }] }),
        result("dags/arg.py", { import_errors: [{ message: "TypeError: DAG.__init__() got an unexpected keyword argument 'not_an_argument'", traceback: "", line: 6 }] }),
        result("dags/slow.py", { status: "timeout", import_errors: [{ message: "DagBag import timeout for dags/slow.py after 2.0s.", traceback: "", line: 7, kind: "timeout" }] }),
      ],
      { repoRoot, staticDags },
    );
    expect(findings.map((f) => `${f.checkId} ${f.file}:${f.line}`)).toEqual(["import-error dags/cycle.py:6", "import-error dags/cron.py:9", "import-error dags/arg.py:10", "import-timeout dags/slow.py:7"]);
  });

  it("one syntax error per file: Python's line and message, ruff's quoted", () => {
    const ruff: Finding = { checkId: "syntax-error", severity: "error", file: "dags/s.py", line: 8, column: 5, message: "Expected ')', found newline" };
    const rest = mergeSyntaxErrors([ruff], [{ checkId: "import-error", severity: "error", file: "dags/s.py", line: 7, message: "Airflow cannot import this file: SyntaxError: '(' was never closed" }]);
    expect(rest).toEqual([]);
    expect(ruff).toMatchObject({ line: 7, message: expect.stringContaining("SyntaxError: '(' was never closed") });
    expect(ruff.message).toContain("Expected ')', found newline (line 8)");
    expect(ruff.column).toBeUndefined();
  });
});

describe("import findings are on lines from 1, in every report (a tester's enc.py: a line-0 SyntaxError)", () => {
  it("clamps Python's line 0 and missing lines to 1, for errors, warnings, writes and duplicates", () => {
    const findings = importResultsToFindings(
      [
        result("dags/enc.py", { import_errors: [{ message: "SyntaxError: unknown encoding: utf8mb4", traceback: 'File "dags/enc.py", line 0', line: 0 }] }),
        result("dags/w.py", { warnings: [{ message: "UserWarning: at the top", line: 0 }, { message: "UserWarning: somewhere", line: null, where: "/x/lib.py:3" }] }),
        result("dags/writes.py", { project_writes: [{ path: "out.txt", action: "writes", line: 0 }] }),
        result("dags/dup.py", { dags: [seen("d", 0)], duplicates: [{ dag_id: "d", lines: [0], count: 2, kept_line: 0 }] }),
      ],
      { repoRoot },
    );
    expect(findings.map((f) => `${f.checkId} ${f.file}:${f.line}`).sort()).toEqual(
      ["duplicate-dag-id dags/dup.py:1", "import-error dags/enc.py:1", "import-side-effect dags/writes.py:1", "import-warning dags/w.py:1", "import-warning dags/w.py:1"].sort(),
    );
    expect(mergeDagInventories([], [result("dags/dup.py", { dags: [seen("d", 0)] })], { repoRoot })[0]?.line).toBe(1);
    // The SARIF writer keeps to SARIF's rules even for a finding that slipped through with line 0.
    const sarif = toSarif([...findings, { checkId: "x", severity: "error", file: "dags/a.py", line: 0, column: 0, endLine: 0, endColumn: 0, message: "m" }], { toolName: "t", toolVersion: "1", rules: [] }) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } } }[] }[] }[];
    };
    const regions = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.region) ?? [];
    expect(regions.length).toBe(findings.length + 1);
    for (const region of regions) {
      expect(region?.startLine).toBeGreaterThanOrEqual(1);
      for (const key of ["startColumn", "endLine", "endColumn"] as const) if (region?.[key] !== undefined) expect(region[key]).toBeGreaterThanOrEqual(1);
    }
    expect(sarifRegion({ line: 5, column: 9, endLine: 3, endColumn: 2 })).toEqual({ startLine: 5, startColumn: 9, endLine: 5 });
  });

  it("puts a warning on the DAG file's line it concerns, says where another file raised it, and gives a fix", () => {
    const findings = importResultsToFindings(
      [
        result("dags/w.py", {
          warnings: [
            { message: "UserWarning: custom parse-time warning", line: 7 },
            { message: "airflow.exceptions.RemovedInAirflow3Warning: The 'task_concurrency' parameter is deprecated.", line: 11, where: "/af/airflow/operators/bash.py:166" },
          ],
        }),
      ],
      { repoRoot },
    );
    expect(findings).toEqual([
      expect.objectContaining({ checkId: "import-warning", line: 7, message: expect.stringContaining("UserWarning: custom parse-time warning"), fix: expect.stringContaining("warnings.filterwarnings") }),
      expect.objectContaining({ checkId: "import-warning", line: 11, message: expect.stringContaining("(raised at /af/airflow/operators/bash.py:166)"), fix: expect.stringContaining("deprecated") }),
    ]);
    expect(findings[0]?.message).not.toContain("raised at");
  });

  it("reports a zip's errors on the zip, naming the file inside it and its line", () => {
    const findings = importResultsToFindings(
      [
        result("dags/bundle.zip", {
          import_errors: [
            { message: "ModuleNotFoundError: No module named 'nonexistent_mod_q'", traceback: "", line: null, member: "zbroken.py", member_line: 2 },
            { message: "AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.", traceback: "", line: null, member: "zbadsched.py", member_line: null },
          ],
          dags: [seen("zipped_dag")],
          not_loaded: [{ dag_id: "zip_bad_sched", line: null }],
        }),
      ],
      { repoRoot },
    );
    expect(findings.map((f) => [f.checkId, f.file, f.line, f.message])).toEqual([
      ["import-error", "dags/bundle.zip", 1, "Airflow cannot import this file: zbroken.py line 2 (inside the zip): ModuleNotFoundError: No module named 'nonexistent_mod_q'"],
      ["import-error", "dags/bundle.zip", 1, "Airflow cannot import this file: zbadsched.py (inside the zip): AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression."],
    ]);
  });
});

describe("import errors carry a fix", () => {
  it("by what was raised, else the general one; a timeout its own", () => {
    const findingFor = (message: string, status: FileImportResult["status"] = "ok") =>
      importResultsToFindings([result("dags/x.py", { status, import_errors: [{ message, traceback: "", line: 3, ...(status === "timeout" ? { kind: "timeout" as const } : {}) }] })], { repoRoot })[0];
    expect(findingFor("ModuleNotFoundError: No module named 'x'")?.fix).toContain("requirements.txt");
    expect(findingFor("airflow.exceptions.AirflowException: Invalid arguments were passed to BashOperator (task_id: run). Invalid arguments were: **kwargs: {'retires': 3}")?.fix).toContain("misspelt");
    expect(findingFor("AirflowDagCycleException: Cycle detected in DAG: c. Faulty task: b")?.fix).toContain("cycle");
    expect(findingFor("SerializationError: Failed to serialize DAG 'd': Timetable class 'x.T' is not registered or ...")?.fix).toContain("AirflowPlugin");
    expect(findingFor("KeyError: 'region'")?.fix).toContain("module-level code");
    expect(findingFor("AirflowTaskTimeout: DagBag import timeout for x.py after 2.0s.", "timeout")?.fix).toContain("dagbag_import_timeout");
  });
});
