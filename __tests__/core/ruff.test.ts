import { beforeAll, describe, expect, it } from "vitest";
import { defaultRuffLevel, loadRuff, ruffTargetVersion, runRuff } from "../../src/dags/ruff.js";

describe("ruff wrapper", () => {
  beforeAll(loadRuff);

  it("reports a syntax error with its exact line and column", () => {
    const diagnostics = runRuff("from airflow import DAG\n\ndef broken(:\n    pass\n", "3.12");
    expect(diagnostics[0]).toMatchObject({ code: "syntax-error", line: 3, column: 12 });
  });

  it("syntax errors depend on the project's Python version", () => {
    const pep695 = "type Rows = list[dict]\n";
    expect(runRuff(pep695, "3.12")).toEqual([]);
    expect(runRuff(pep695, "3.11").map((d) => d.code)).toContain("syntax-error");
  });

  it("finds Airflow 3 removals with codes, not rule names", () => {
    const source = [
      "from airflow import DAG",
      "from airflow.operators.bash_operator import BashOperator",
      "from airflow.utils.dates import days_ago",
      'with DAG("d", schedule_interval="@daily", start_date=days_ago(1)) as dag:',
      '    BashOperator(task_id="t", bash_command="echo")',
    ].join("\n");
    const codes = runRuff(source, "3.12").map((d) => `${d.code}@${d.line}`);
    expect(codes).toEqual(expect.arrayContaining(["AIR301@4", "AIR302@5"]));
  });

  it("maps levels by Airflow major version", () => {
    expect(defaultRuffLevel("AIR301", 3, "warning")).toBe("error");
    expect(defaultRuffLevel("AIR311", 3, "warning")).toBe("warning");
    expect(defaultRuffLevel("AIR311", 2, "warning")).toBe("notice");
    expect(defaultRuffLevel("AIR003", 2, "warning")).toBe("off");
    expect(defaultRuffLevel("AIR301", 2, "warning")).toBe("warning");
    expect(defaultRuffLevel("AIR301", 2, "off")).toBe("off");
    expect(defaultRuffLevel("syntax-error", 2, "off")).toBe("error");
  });

  it("clamps target versions ruff does not know", () => {
    expect(ruffTargetVersion("3.12")).toBe("py312");
    expect(ruffTargetVersion("3.99")).toBe("py314");
  });
});
