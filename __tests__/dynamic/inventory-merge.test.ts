import { describe, expect, it } from "vitest";
import type { DagInfo, Finding } from "../../src/core/findings.js";
import { mergeSyntaxErrors } from "../../src/commands/validate-dags.js";
import { importResultsToFindings, mergeDagInventories, type FileImportResult } from "../../src/dynamic/run-harness.js";

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
      "dags/cycle.py:cycle": "not loaded: AirflowDagCycleException: Cycle detected in DAG: cycle. Faulty task: b",
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
