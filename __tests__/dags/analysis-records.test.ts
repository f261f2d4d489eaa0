import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInProcessAnalyzer } from "../../src/dags/analyzer.js";
import { isAnalysisRecord, isJudgedRecord } from "../../src/dags/analysis-records.js";

const DAG = `from datetime import datetime
from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator

v = Variable.get("x")

with DAG("a", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "o", "retries": 2}, tags=["t"]) as dag:  # astro-ci: ignore[min-retries]
    BashOperator(task_id="t", bash_command="echo")

def make(n):
    return DAG(f"made_{n}", schedule=None)

for n in range(2):
    make(n)

class TeamDag(DAG):
    pass
`;

describe("analysis cache records", () => {
  it("a real analysis passes as it is stored (JSON); each field the checks read, of another type or missing, fails", async () => {
    const analyzer = await createInProcessAnalyzer();
    const [analysis] = await analyzer.analyze([{ file: "dags/a.py", bytes: Buffer.from(DAG), pythonVersion: "3.12" }]);
    const { file: _file, ...stored } = analysis!;
    type Entries = Record<string, unknown>[];
    const record = JSON.parse(JSON.stringify(stored)) as Record<string, unknown> & { inventory: { dags: Entries; imports: Entries; parseTimeCalls: Entries } };
    expect(record.inventory.dags.length).toBeGreaterThan(0);
    expect(record.inventory.imports.length).toBeGreaterThan(0);
    expect(record.inventory.parseTimeCalls.length).toBeGreaterThan(0);
    expect(isAnalysisRecord(record)).toBe(true);
    const broken = (change: (r: typeof record) => void): boolean => {
      const copy = structuredClone(record);
      change(copy);
      return isAnalysisRecord(copy);
    };
    expect(broken((r) => (r.ruff = 5 as unknown as never))).toBe(false);
    expect(broken((r) => delete r.inventory.dags[0]!.line)).toBe(false);
    expect(broken((r) => (r.inventory.dags[0]!.dagId = 7))).toBe(false);
    expect(broken((r) => (r.inventory.dags[0]!.tags = [1]))).toBe(false);
    expect(broken((r) => (r.inventory.imports[0]!.scope = "elsewhere"))).toBe(false);
    expect(broken((r) => (r.inventory.parseTimeCalls[0]!.line = "3"))).toBe(false);
    expect(broken((r) => ((r.inventory as Record<string, unknown>).suppressions = { lines: { 8: "min-retries" } }))).toBe(false);
    // An unknown value is `{ unknown: true, expression }`, nothing else.
    expect(broken((r) => (r.inventory.dags[0]!.dagId = { unknown: true, expression: "x" }))).toBe(true);
    expect(broken((r) => (r.inventory.dags[0]!.dagId = { unknown: false, expression: "x" }))).toBe(false);
  });

  it("every analysis of the repository's DAG corpora and example projects passes as stored (a valid one refused would re-analyse it every run)", async () => {
    const root = join(import.meta.dirname, "..", "..");
    const files = ["__tests__/corpus", "__tests__/fixtures", "examples"].flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith(".py")).map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(80);
    const analyzer = await createInProcessAnalyzer();
    const analyses = await analyzer.analyze(files.map((file) => ({ file, bytes: readFileSync(join(root, file)), pythonVersion: "3.12" })));
    const refused = analyses.filter(({ file: _file, ...stored }) => !isAnalysisRecord(JSON.parse(JSON.stringify(stored)))).map((a) => a.file);
    expect(refused).toEqual([]);
    expect(analyses.filter((a) => a.inventory?.dags.length).length).toBeGreaterThan(40);
  }, 60_000);

  it("a judged record needs findings with a check id, a known severity, a file and a line", () => {
    const judged = { findings: [{ checkId: "min-retries", severity: "warning", message: "m", file: "dags/a.py", line: 3 }], dags: [], suppressions: { lines: {} } };
    expect(isJudgedRecord(judged)).toBe(true);
    expect(isJudgedRecord({ ...judged, findings: [{ ...judged.findings[0], severity: "fatal" }] })).toBe(false);
    expect(isJudgedRecord({ ...judged, findings: [{ ...judged.findings[0], line: undefined }] })).toBe(false);
    expect(isJudgedRecord({ ...judged, suppressions: null })).toBe(false);
    expect(isJudgedRecord([judged])).toBe(false);
  });

  it("a number JSON cannot hold (1e999 in a pack parses to Infinity, which no stored analysis has) fails, wherever it is", () => {
    const dag = `{"dagId":"a","file":"dags/a.py","line":2,"definedBy":"DAG()","taskCount":1,"retries":2,"arguments":[{"name":"retries","line":2,"column":5,"endLine":2,"endColumn":6,"literal":2}]}`;
    const judged = (text: string): boolean => isJudgedRecord(JSON.parse(`{"findings":[{"checkId":"x","severity":"warning","message":"m","file":"dags/a.py","line":2}],"dags":[${text}],"suppressions":{"lines":{}}}`));
    expect(judged(dag)).toBe(true);
    expect(judged(dag.replace('"line":2', '"line":1e999'))).toBe(false);
    expect(judged(dag.replace('"taskCount":1', '"taskCount":1e999'))).toBe(false);
    expect(judged(dag.replace('"retries":2', '"retries":-1e999'))).toBe(false);
    expect(judged(dag.replace('"literal":2', '"literal":1e999'))).toBe(false);
    expect(isJudgedRecord(JSON.parse(`{"findings":[{"checkId":"x","severity":"warning","message":"m","file":"dags/a.py","line":1e999}],"dags":[],"suppressions":{"lines":{}}}`))).toBe(false);
    expect(isAnalysisRecord(JSON.parse(`{"ruff":[{"code":"AIR301","message":"m","line":1,"column":1e999,"endLine":1,"endColumn":2}]}`))).toBe(false);
  });
});
