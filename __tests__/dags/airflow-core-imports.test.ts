import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { airflowCoreAttributeProblem, airflowCoreImportProblems, judgesAirflowCore } from "../../src/dags/airflow-core-names.js";
import coreNames from "../../src/dags/data/airflow-core-names.json" with { type: "json" };

// Airflow 2.10 core's modules and names (check airflow-import-invalid). Each failing case below was imported with a
// real DagBag 2.10.5 (the corpus kind airflow-core-imports holds the same files and compares with it).

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

function judge(source: string, options: { airflowVersion?: string; airflowMajor?: 2 | 3; localModules?: string[] } = {}) {
  const airflowMajor = options.airflowMajor ?? 2;
  const airflowVersion = options.airflowVersion ?? "2.10.5";
  const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
  const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor, airflowVersion, airflowVersionSource: "runtime", requirementNames: [], localModules: options.localModules ?? [] });
  return runFileChecks(inventory, { settings: {}, airflowMajor, airflowVersion, resolver, file: "dags/x.py" }).filter((f) => f.checkId === "airflow-import-invalid");
}

const BROKEN = [
  "from airflow.operators.bash import BashOperatr",
  "from airflow.operators.sql import SQLExecuteQueryOperator",
  "from airflow.contrib.operators.bash_operator import BashOperator",
  "import airflow.operators.bash",
  "airflow.operators.bash.BashOperater(task_id='t', bash_command='true')",
].join("\n");

describe("airflow-import-invalid on Airflow 2.10", () => {
  it("reports the four import failures DagBag 2.10.5 reports, with its message and the nearest name", () => {
    const found = judge(BROKEN);
    expect(found.map((f) => [f.line, f.severity])).toEqual([
      [5, "error"],
      [1, "error"],
      [2, "error"],
      [3, "error"],
    ]);
    const byLine = new Map(found.map((f) => [f.line, f]));
    expect(byLine.get(1)?.message).toContain("ImportError: cannot import name 'BashOperatr' from 'airflow.operators.bash'");
    expect(byLine.get(1)?.fix).toBe("write 'from airflow.operators.bash import BashOperator'");
    expect(byLine.get(2)?.message).toContain("ImportError: cannot import name 'SQLExecuteQueryOperator' from 'airflow.operators.sql' (unknown location)");
    expect(byLine.get(2)?.fix).toContain("airflow.providers.common.sql.operators.sql");
    expect(byLine.get(3)?.message).toContain("ModuleNotFoundError: No module named 'airflow.contrib.operators.bash_operator'");
    expect(byLine.get(3)?.fix).toBe("write 'from airflow.operators.bash import BashOperator'");
    expect(byLine.get(5)?.message).toContain("AttributeError: module 'airflow.operators.bash' has no attribute 'BashOperater'");
    expect(byLine.get(5)?.fix).toBe("write 'airflow.operators.bash.BashOperator'");
  });

  it("accepts what imports fine: deprecated paths, lazy names, aliases, submodules, providers", () => {
    const source = [
      "from airflow import DAG, Dataset, XComArg",
      "from airflow.models import Variable, BaseOperator",
      "from airflow.operators.dummy import DummyOperator",
      "from airflow.operators.dummy_operator import DummyOperator as D2",
      "from airflow.operators.bash_operator import BashOperator",
      "from airflow.operators import bash, python_operator",
      "from airflow.utils.dates import days_ago",
      "from airflow.utils import timezone",
      "from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator",
      "from airflow.providers.acme.operators.nothing import Whatever",
      "import airflow.utils.dates",
      "import airflow",
      "start = airflow.utils.dates.days_ago(1)",
      "when = timezone.datetime(2024, 1, 1)",
      "v = Variable.get('x')",
      "d = airflow.DAG('d')",
      "b = bash.BashOperator(task_id='b', bash_command='true')",
    ].join("\n");
    expect(judge(source)).toEqual([]);
  });

  it("a guarded import, one under TYPE_CHECKING, an attribute use in a try with an except: nothing", () => {
    const source = [
      "from typing import TYPE_CHECKING",
      "try:",
      "    from airflow.operators.bash import BashOperatr",
      "except ImportError:",
      "    BashOperatr = None",
      "if TYPE_CHECKING:",
      "    from airflow.operators.nothing import Nothing",
      "import airflow.operators.bash",
      "try:",
      "    op = airflow.operators.bash.BashOperater(task_id='t', bash_command='true')",
      "except AttributeError:",
      "    op = None",
      "if __name__ == '__main__':",
      "    from airflow.operators.bash import BashOperatr",
    ].join("\n");
    expect(judge(source)).toEqual([]);
  });

  it("inside a task body: the task fails when it runs, not the DAG import (a warning, as unresolved-import)", () => {
    const source = [
      "from airflow.decorators import dag, task",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def t():",
      "        from airflow.operators.bash import BashOperatr",
      "        import airflow.operators.bash",
      "        airflow.operators.bash.BashOperater(task_id='x', bash_command='true')",
      "    t()",
      "d()",
    ].join("\n");
    expect(judge(source).map((f) => [f.line, f.severity])).toEqual([[6, "warning"]]);
  });

  it("judges only Airflow 2.10, and not when the project has an airflow package of its own", () => {
    expect(judge(BROKEN, { airflowVersion: "2.9.3" })).toEqual([]);
    expect(judge(BROKEN, { airflowVersion: "3.0.2", airflowMajor: 3 })).toEqual([]);
    expect(judge(BROKEN, { localModules: ["airflow"] })).toEqual([]);
    expect(judge(BROKEN, { airflowVersion: "2.10" })).toHaveLength(4);
  });

  it("leaves airflow.<x> Airflow 2 lacks altogether to unresolved-import", () => {
    const source = "from airflow.sdk import dag\n";
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, airflowVersion: "2.10.5", airflowVersionSource: "runtime", requirementNames: [], localModules: [] });
    const found = runFileChecks(inventory, { settings: {}, airflowMajor: 2, airflowVersion: "2.10.5", resolver, file: "dags/x.py" });
    expect(found.map((f) => f.checkId)).toEqual(["unresolved-import"]);
  });
});

describe("airflow-core-names data", () => {
  it("is derived from Airflow 2.10.5 by the script it names", () => {
    expect(coreNames.$comment).toContain("apache/airflow 2.10.5");
    expect(coreNames.$comment).toContain("scripts/list-airflow-core-names.py");
    expect(coreNames.version).toBe("2.10.5");
  });

  it("knows modules, plain ones and packages, and the names of each", () => {
    expect(airflowCoreImportProblems("airflow.operators.bash.BashOperator")[0]?.error).toBe(
      "ModuleNotFoundError: No module named 'airflow.operators.bash.BashOperator'; 'airflow.operators.bash' is not a package",
    );
    expect(airflowCoreImportProblems("airflow.operators", ["bash", "python", "empty"])).toEqual([]);
    expect(airflowCoreImportProblems("airflow.operators", ["bsah"])[0]?.fix).toBe("write 'from airflow.operators import bash'");
    expect(airflowCoreImportProblems("airflow.providers.amazon.aws.operators.s3", ["Nope"])).toEqual([]);
    expect(airflowCoreImportProblems("airflow.operators.bash", ["*", "__doc__"])).toEqual([]);
    // airflow.www.views needs extras this installation lacks: it exists, its names are not judged.
    expect(airflowCoreImportProblems("airflow.www.views", ["Anything"])).toEqual([]);
    expect(airflowCoreAttributeProblem("airflow.models.Variable.get")).toBeUndefined();
    // A deprecated alias module is only in sys.modules, no attribute of its package: even its real names fail so.
    expect(airflowCoreAttributeProblem("airflow.operators.dummy.DummyOperator")).toEqual({
      error: "AttributeError: module 'airflow.operators' has no attribute 'dummy'",
      fix: "'airflow.operators.dummy' is a deprecated module Airflow serves to imports only, no attribute of 'airflow.operators': write 'from airflow.operators.dummy import DummyOperator' (its names moved under 'airflow.operators.empty')",
    });
    // A module's own __getattr__ words the error its way; a package attribute that is no module is not judged.
    expect(airflowCoreAttributeProblem("airflow.configuration.confg")?.error).toBe("AttributeError: module airflow.configuration has no attribute confg");
    expect(airflowCoreAttributeProblem("airflow.decorators.task_group.Anything")).toBeUndefined();
    // A namespace package has no file: CPython says "unknown location".
    expect(airflowCoreImportProblems("airflow.www.static", ["nothing_here"])[0]?.error).toBe("ImportError: cannot import name 'nothing_here' from 'airflow.www.static' (unknown location)");
    expect(judgesAirflowCore("2.10.5")).toBe(true);
    expect(judgesAirflowCore("2.1.0")).toBe(false);
    expect(judgesAirflowCore("2.100.0")).toBe(false);
  });
});
