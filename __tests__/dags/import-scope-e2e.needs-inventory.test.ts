import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

// End to end, from DAG source through the tree-sitter inventory to the import checks (issue 8 §2).
// NEEDS the inventory work of helper "inventory": ImportRef.scope "isolated", typeCheckingOnly and names filled by
// src/dags/inventory.ts. The cases marked below fail until that lands; the judging itself is unit-tested with
// hand-built ImportRef values in import-judging.test.ts.

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

function findings(source: string, airflowMajor: 2 | 3) {
  const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
  const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor, airflowVersion: airflowMajor === 3 ? "3.1" : "2.10", airflowVersionSource: "runtime", requirementNames: [], localModules: [] });
  return runFileChecks(inventory, { settings: {}, airflowMajor, resolver, file: "dags/x.py" })
    .filter((f) => f.checkId === "unresolved-import" || f.checkId === "airflow3-removed-import")
    .map((f) => [f.checkId, f.severity, f.line]);
}

describe("imports judged where they run, from source", () => {
  it("an unused removed name still fails the import on Airflow 3 (needs ImportRef.names)", () => {
    const source = "from airflow.sdk import DAG\nfrom airflow.utils.dates import days_ago\nfrom airflow.operators import dummy_operator\n";
    expect(findings(source, 3)).toEqual([
      ["airflow3-removed-import", "error", 2],
      ["airflow3-removed-import", "error", 3],
    ]);
    // On Airflow 2 the removed names still exist, but airflow.sdk does not (a 2.10.5 DagBag: ModuleNotFoundError).
    expect(findings(source, 2)).toEqual([["unresolved-import", "warning", 1]]);
  });

  it("a plain @task body: a task failure, a warning", () => {
    const source = "from airflow.sdk import dag, task\n@dag(schedule=None)\ndef d():\n    @task\n    def t():\n        import acme_internal_sdk\n    t()\nd()\n";
    expect(findings(source, 3)).toEqual([["unresolved-import", "warning", 6]]);
  });

  it("@task.virtualenv, @task.docker and PythonVirtualenvOperator callables run elsewhere: nothing (needs scope 'isolated')", () => {
    const source = [
      "from airflow.decorators import dag, task",
      "from airflow.operators.python import PythonVirtualenvOperator",
      "@dag(schedule=None)",
      "def d():",
      "    @task.virtualenv(requirements=['acme-sdk'])",
      "    def in_venv():",
      "        import acme_internal_sdk",
      "    @task.docker(image='acme:1')",
      "    def in_docker():",
      "        import acme_other_sdk",
      "    in_venv()",
      "    in_docker()",
      "def callable_in_venv():",
      "    import acme_third_sdk",
      "PythonVirtualenvOperator(task_id='v', python_callable=callable_in_venv, requirements=['acme-third'])",
      "d()",
    ].join("\n");
    expect(findings(source, 2)).toEqual([]);
  });

  it("imports under TYPE_CHECKING never run (needs typeCheckingOnly); try/except ImportError is handled", () => {
    const source = [
      "from typing import TYPE_CHECKING",
      "from airflow import DAG",
      "if TYPE_CHECKING:",
      "    import acme_types",
      "try:",
      "    import acme_optional",
      "except ImportError:",
      "    acme_optional = None",
    ].join("\n");
    expect(findings(source, 2)).toEqual([]);
  });
});
