import { describe, expect, it } from "vitest";
import type { DagInfo } from "../../src/core/findings.js";
import { runProjectChecks } from "../../src/dags/checks.js";
import type { FileInventory } from "../../src/dags/inventory.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { reconcileDuplicateDagIds } from "../../src/dynamic/dag-duplicates.js";
import { mergeDagInventories, type FileImportResult } from "../../src/dynamic/run-harness.js";

/*
 * duplicate-dag-id after the files were imported: what the import made (mergeDagInventories) decides, the static
 * tier's findings for ids it could read are kept where the clash happens on import, and dropped where it does not.
 * The cases are a tester's projects compared with real Airflow 2.10.5's DagBag.
 */

const repoRoot = "/repo";
const dag = (file: string, dagId: DagInfo["dagId"], line: number): DagInfo => ({ dagId, file, line, definedBy: "with DAG()", schedule: undefined, tags: undefined, owner: undefined, retries: undefined, catchup: undefined, startDate: undefined, taskCount: 1 });
const result = (file: string, partial: Partial<FileImportResult>): FileImportResult => ({ file: `${repoRoot}/${file}`, status: "ok", import_errors: [], warnings: [], dags: [], duration_ms: 5, excepted: false, ...partial });
const seen = (dag_id: string, line: number | null = null) => ({ dag_id, line, tags: [], task_ids: ["t"] });
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });

/** The static tier's duplicate-dag-id findings for these DAGs, then the reconciliation with what the import made. */
function afterImport(staticDags: DagInfo[], results: FileImportResult[], level: "error" | "warning" | "off" = "error") {
  const byFile = new Map<string, DagInfo[]>();
  for (const d of staticDags) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const inventories = [...byFile].map(([file, dags]) => ({ file, inventory: { dags, imports: [], parseTimeCalls: [], suppressions: { lines: {} } } as FileInventory }));
  const staticFindings = runProjectChecks(inventories, { settings: level === "error" ? {} : { "duplicate-dag-id": { level } }, airflowMajor: 2, resolver });
  const merged = mergeDagInventories(staticDags, results, { repoRoot });
  return { staticFindings, findings: reconcileDuplicateDagIds(staticFindings, merged, level) };
}
const brief = (findings: { file: string; line: number; dagId?: string; severity: string; message: string }[]) => [...findings].sort((a, b) => a.file.localeCompare(b.file)).map((f) => [f.file, f.line, f.dagId, f.severity, f.message.includes("when the files are imported")]);

describe("duplicate-dag-id once the files are imported", () => {
  it("an id two files make only at import time (a factory in include/) is a duplicate on both files", () => {
    // dags/ingest.py calls make_dag("salesforce") and make_dag("hubspot"); dags/legacy_ingest.py has a plain "ingest_hubspot".
    const staticDags = [dag("dags/legacy_ingest.py", "ingest_hubspot", 3)];
    const { staticFindings, findings } = afterImport(staticDags, [
      result("dags/ingest.py", { dags: [seen("ingest_salesforce", 4), seen("ingest_hubspot", 5)] }),
      result("dags/legacy_ingest.py", { dags: [seen("ingest_hubspot", 3)] }),
    ]);
    expect(staticFindings).toEqual([]);
    expect(brief(findings)).toEqual([
      ["dags/ingest.py", 5, "ingest_hubspot", "error", true],
      ["dags/legacy_ingest.py", 3, "ingest_hubspot", "error", true],
    ]);
    expect(findings.find((f) => f.file === "dags/ingest.py")?.message).toContain("also made by dags/legacy_ingest.py:3");
  });

  it("a static cross-file duplicate whose other file fails to import before making its DAG is dropped, on both files", () => {
    const staticDags = [dag("dags/a.py", "report", 3), dag("dags/b_wip.py", "report", 4)];
    const { staticFindings, findings } = afterImport(staticDags, [
      result("dags/a.py", { dags: [seen("report", 3)] }),
      result("dags/b_wip.py", { import_errors: [{ message: "ModuleNotFoundError: No module named 'include.not_there'", traceback: "", line: 3 }] }),
    ]);
    expect(staticFindings.map((f) => f.file)).toEqual(["dags/a.py", "dags/b_wip.py"]);
    expect(findings).toEqual([]);
  });

  it("keeps the static finding where the clash happens on import, and adds none beside it", () => {
    const staticDags = [dag("dags/a.py", "same", 3), dag("dags/b.py", "same", 4)];
    const { staticFindings, findings } = afterImport(staticDags, [result("dags/a.py", { dags: [seen("same", 3)] }), result("dags/b.py", { dags: [seen("same", 4)] })]);
    expect(staticFindings).toHaveLength(2);
    expect(findings).toEqual(staticFindings);
  });

  it("keeps a duplicate within one file that the import made twice, and follows the configured level (off: nothing added)", () => {
    const within = [dag("dags/a.py", "twice", 3), dag("dags/a.py", "twice", 7)];
    const kept = afterImport(within, [result("dags/a.py", { dags: [seen("twice", 7)] })]);
    expect(kept.findings).toEqual(kept.staticFindings);
    expect(kept.findings).toHaveLength(2);

    const results = [result("dags/x.py", { dags: [seen("made", 2)] }), result("dags/y.py", { dags: [seen("made", 9)] })];
    expect(brief(afterImport([], results, "warning").findings).map((f) => f[3])).toEqual(["warning", "warning"]);
    expect(afterImport([], results, "off").findings).toEqual([]);
  });
});

describe("duplicates within one file that only the import shows", () => {
  it("keeps the dynamic tier's finding for ids built in a loop (one DAG listed per id), drops it when the file failed", () => {
    // NAMES = {"eu": "regional", "us": "regional"}; for region in NAMES: DAG(NAMES[region]) -- the loop template is unknown.
    const within = { checkId: "duplicate-dag-id", severity: "error" as const, file: "dags/gen.py", line: 6, dagId: "regional", message: "dag_id 'regional' is created 2 times in this file" };
    const ok = mergeDagInventories([dag("dags/gen.py", { unknown: true, expression: "NAMES[region]" }, 6)], [result("dags/gen.py", { dags: [seen("regional", 6)] })], { repoRoot });
    expect(reconcileDuplicateDagIds([within], ok, "error")).toEqual([within]);
    const failed = mergeDagInventories([dag("dags/gen.py", "regional", 6)], [result("dags/gen.py", { import_errors: [{ message: "KeyError: 'x'", traceback: "", line: 2 }] })], { repoRoot });
    expect(reconcileDuplicateDagIds([within], failed, "error")).toEqual([]);
  });
});

describe("a DAG made only under a condition that did not hold when imported", () => {
  it("is not loaded, and is no copy of another file's DAG of that id (real DagBag: dupG from g2.py only)", () => {
    const g1 = { ...dag("dags/g1.py", "dupG", 4), branch: "if:0" };
    const { findings } = afterImport([g1, dag("dags/g2.py", "dupG", 3)], [result("dags/g1.py", {}), result("dags/g2.py", { dags: [seen("dupG", 3)] })]);
    expect(findings).toEqual([]);
    const merged = mergeDagInventories([g1, dag("dags/g2.py", "dupG", 3)], [result("dags/g1.py", {}), result("dags/g2.py", { dags: [seen("dupG", 3)] })], { repoRoot });
    expect(merged.map((d) => [d.file, d.loaded ?? true])).toEqual([["dags/g1.py", false], ["dags/g2.py", true]]);
  });
});
