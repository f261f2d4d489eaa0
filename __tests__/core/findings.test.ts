import { describe, expect, it } from "vitest";
import { refusesOnlyItsDag, type Finding } from "../../src/core/findings.js";

/*
 * Which import-failure findings reject only their DAG as Airflow 2's DagBag bags it (the file's other DAGs load):
 * duplicate-dag-id still compares those other DAGs (checked with real DagBag 2.10.5 in the corpus' refused-dags).
 */
const finding = (checkId: string, message: string, extra: Partial<Finding> = {}): Finding => ({ checkId, severity: "error", file: "dags/a.py", line: 3, dagId: "a", message, ...extra });

describe("refusesOnlyItsDag", () => {
  it("takes a cycle, a rejected cron or interval, and a setup task's rule: raised by bag_dag / dag.validate()", () => {
    expect(refusesOnlyItsDag(finding("dag-cycle", "tasks 'a' >> 'b' >> 'a' form a cycle in DAG 'a': DagBag refuses the DAG (AirflowDagCycleException: Cycle detected in DAG)"))).toBe(true);
    expect(refusesOnlyItsDag(finding("schedule-valid", "DAG 'a' has a schedule Airflow 2 rejects: importing it fails with AirflowTimetableInvalid: [0 0 * * 8] is not acceptable, out of range"))).toBe(true);
    expect(refusesOnlyItsDag(finding("dag-argument-invalid", "DAG 'a' has schedule= an interval that is not positive: Airflow does not load the DAG (AirflowTimetableInvalid: schedule interval must be positive)"))).toBe(true);
    expect(refusesOnlyItsDag(finding("task-argument-invalid", "task 'd' runs directly after setup task 's' ...: DagBag refuses the DAG with ValueError: Setup tasks must be followed with trigger rule ALL_SUCCESS."))).toBe(true);
  });

  it("leaves errors DAG() or the module raises (the whole file fails), warnings, and findings naming no DAG", () => {
    expect(refusesOnlyItsDag(finding("schedule-valid", "DAG 'a' runs @continuous with max_active_runs=2: importing it fails with AirflowException: Invalid max_active_runs"))).toBe(false);
    expect(refusesOnlyItsDag(finding("undefined-name", "'X' is not defined: importing this DAG fails with NameError"))).toBe(false);
    expect(refusesOnlyItsDag(finding("dag-cycle", "... (AirflowDagCycleException: Cycle detected in DAG)", { dagId: undefined }))).toBe(false);
    expect(refusesOnlyItsDag(finding("dag-cycle", "... (AirflowDagCycleException: Cycle detected in DAG)", { severity: "warning" }))).toBe(false);
  });
});
