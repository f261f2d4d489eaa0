import { beforeAll, describe, expect, it } from "vitest";
import { runFileChecks } from "../../src/dags/checks.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";

/*
 * dag-argument-invalid on `doc_md`: DAG.__init__ (airflow/models/dag.py at 2.10.5) calls get_doc_md(doc_md), which
 * runs `doc_md.endswith(".md")` on anything but None, before validate_instance_args checks types. Each message is what
 * DAG() raised in Airflow 2.10.5 for that value; the corpus' dag-construction project holds files for DagBag.
 */

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const docMdErrors = (value: string): string[] => {
  const source = `from datetime import datetime\nfrom airflow import DAG\n\nwith DAG("d", schedule=None, start_date=datetime(2024, 1, 1), doc_md=${value}, tags=["t"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;
  const findings = runFileChecks(extractDagInventory(parser.parse(source), source, "dags/x.py"), { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py" });
  return findings.filter((f) => f.checkId === "dag-argument-invalid").map((f) => f.message.replace(/^.*importing the file fails with /, ""));
};

describe("dag-argument-invalid: doc_md", () => {
  it.each([
    ["42", "AttributeError: 'int' object has no attribute 'endswith'"],
    ["False", "AttributeError: 'bool' object has no attribute 'endswith'"],
    ["1.5", "AttributeError: 'float' object has no attribute 'endswith'"],
    ['["# Title"]', "AttributeError: 'list' object has no attribute 'endswith'"],
    ['{"a": 1}', "AttributeError: 'dict' object has no attribute 'endswith'"],
    ['b"notes"', "TypeError: endswith first arg must be bytes or a tuple of bytes, not str"],
  ])("doc_md=%s fails with what get_doc_md raises", (value, error) => {
    expect(docMdErrors(value)).toEqual([error]);
  });

  it("takes a string, an empty one, a .md path and None", () => {
    for (const value of ['"# Title"', '""', '"README.md"', "None"]) expect(docMdErrors(value), value).toEqual([]);
  });
});
