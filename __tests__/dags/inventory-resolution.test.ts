import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { runFileChecks, runProjectChecks } from "../../src/dags/checks.js";
import { withoutAnsweredAir002 } from "../../src/dags/ruff.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { isUnknown } from "../../src/core/findings.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const inventoryOf = (source: string, file = "dags/x.py"): FileInventory => extractDagInventory(parser.parse(source), source, file);
const idsOf = (source: string): (string | null)[] => inventoryOf(source).dags.map((d) => (isUnknown(d.dagId) ? null : d.dagId));
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const check = (source: string) => runFileChecks(inventoryOf(source), { settings: {}, airflowMajor: 2, resolver, file: "dags/x.py" });

// Each expectation below was checked against Airflow 2.10.5's DagBag (see __tests__/corpus for the files that
// the agreement test imports with real Airflow).
describe("which classes make DAGs: resolved through imports", () => {
  it.each([
    ["from airflow import DAG as AirflowDAG", "AirflowDAG"],
    ["import airflow.models.dag as d", "d.DAG"],
    ["import airflow", "airflow.DAG"],
    ["from airflow import models", "models.DAG"],
    ["from airflow.sdk import DAG", "DAG"],
    ["from cosmos import DbtDag", "DbtDag"],
    ["import cosmos", "cosmos.DbtDag"],
    ["from cosmos.airflow.dag import DbtDag as Dbt", "Dbt"],
  ])("%s; %s(...)", (header, callee) => {
    const inventory = inventoryOf(`${header}\nwith ${callee}(dag_id="x", schedule="@daily"):\n    pass\n`);
    expect(inventory.dags.map((d) => d.dagId)).toEqual(["x"]);
    expect(inventory.dags[0]?.dagClass).toMatch(/^(airflow\.models\.dag\.DAG|airflow\.sdk\.DAG|cosmos\.DbtDag)$/);
  });

  it("resolves decorators through aliases: from airflow.decorators import dag as make_dag", () => {
    const inventory = inventoryOf(`from airflow.decorators import dag as make_dag\n@make_dag(schedule=None)\ndef pipeline():\n    pass\npipeline()\n`);
    expect(inventory.dags.map((d) => [d.dagId, d.definedBy, d.dagClass])).toEqual([["pipeline", "@dag", "airflow.models.dag.DAG"]]);
  });

  it("knows the Task SDK's @dag (from airflow.sdk import DAG, dag)", () => {
    const inventory = inventoryOf(`from airflow.sdk import DAG, dag\n@dag(schedule=None)\ndef sdk_pipeline():\n    pass\nsdk_pipeline()\n`);
    expect(inventory.dags.map((d) => [d.dagId, d.dagClass])).toEqual([["sdk_pipeline", "airflow.sdk.DAG"]]);
  });

  it("does not take a name that only looks like DAG: an operator imported as DAG, a DAG from another library", () => {
    expect(idsOf(`from airflow.operators.empty import EmptyOperator as DAG\nDAG(task_id="x")\n`)).toEqual([]);
    expect(idsOf(`from prefect import flow as dag\n@dag\ndef f():\n    pass\nf()\n`)).toEqual([]);
  });

  it("knows classes of the same file deriving from DAG, even through another local class", () => {
    const source = `from airflow import DAG\nclass Base(DAG):\n    pass\nclass Team(Base):\n    pass\nwith Team("t", schedule=None):\n    pass\nclass NotADag:\n    pass\nNotADag(dag_id="no")\n`;
    const inventory = inventoryOf(source);
    expect(inventory.dags.map((d) => [d.dagId, d.dagClass])).toEqual([["t", "Team"]]);
    expect(inventory.classes?.map((c) => [c.name, c.bases])).toEqual([
      ["Base", ["airflow.DAG"]],
      ["Team", ["local:Base"]],
      ["NotADag", []],
    ]);
  });

  // DagBag 2.10.5 (each class verified): the dag_id and tags it lists are in brackets.
  it.each([
    ["renames the DAG and sets tags (team_one, ['t'])", `    def __init__(self, dag_id, **kwargs):\n        kwargs.setdefault("tags", ["t"])\n        super().__init__(dag_id=f"team_{dag_id}", **kwargs)\n`, null, false],
    ["hands dag_id on (x, [])", `    def __init__(self, dag_id, **kwargs):\n        super().__init__(dag_id, **kwargs)\n`, "x", true],
    ["hands *args and **kwargs on (x, [])", `    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n`, "x", true],
    ["hands dag_id on and sets tags (x, ['t'])", `    def __init__(self, dag_id, **kwargs):\n        kwargs.setdefault("tags", ["t"])\n        super().__init__(dag_id=dag_id, **kwargs)\n`, "x", false],
    ["calls DAG.__init__ with a new name (b_x, [])", `    def __init__(self, dag_id, **kwargs):\n        DAG.__init__(self, "b_" + dag_id, **kwargs)\n`, null, true],
    ["defines no __init__ (x, [])", `    pass\n`, "x", true],
    ["takes *args and a keyword-only parameter of its own (x, ['core'])", `    def __init__(self, *args, team: str = "core", **kwargs):\n        kwargs.setdefault("tags", [team])\n        super().__init__(*args, **kwargs)\n`, "x", false],
  ])("a DAG class of the file whose __init__ %s", (_, init, id, tagsRequired) => {
    const source = `from datetime import datetime\nfrom airflow import DAG\nclass Team(DAG):\n${init}class Strict(Team):\n    pass\nwith Strict("x", start_date=datetime(2024, 1, 1), schedule=None, default_args={"owner": "o", "retries": 2}):\n    pass\n`;
    expect(idsOf(source)).toEqual([id]);
    const findings = runFileChecks(inventoryOf(source), { settings: { "tags-required": { level: "warning" } }, airflowMajor: 2, resolver, file: "dags/x.py" });
    expect(findings.some((f) => f.checkId === "tags-required")).toBe(tagsRequired);
  });

  it("leaves project classes to the project pass as candidates, with the name to resolve", () => {
    const source = `from include.base import TeamDag\nfrom .local import Other\nwith TeamDag("t1", schedule="@daily"):\n    pass\nx = Other(dag_id="t2")\nimport pandas as pd\ndf = pd.DataFrame({"a": [1]})\n`;
    const inventory = inventoryOf(source);
    expect(inventory.dags).toEqual([]);
    expect(inventory.candidateDags?.map((d) => [d.dagId, d.dagClass])).toEqual([
      ["t1", "include.base.TeamDag"],
      ["t2", ".local.Other"],
    ]);
  });
});

describe("which DAGs module-level code creates", () => {
  const factories = `
from datetime import datetime
from airflow import DAG as AirflowDAG
def unused():
    with AirflowDAG("old_copy", start_date=datetime(2024, 1, 1), schedule=None):
        pass
def make(name, schedule=None):
    with AirflowDAG(f"gen_{name}", start_date=datetime(2024, 1, 1), schedule=schedule) as d:
        pass
    return d
for n in ["x", "y"]:
    globals()[n] = make(n)
make("direct")
def plain(name):
    d = AirflowDAG(name, start_date=datetime(2024, 1, 1), schedule=None)
    return d
plain("plain_bare")
kept = plain("plain_kept")
if __name__ == "__main__":
    make("main_only")
`;
  it("counts factory calls (loops, direct), not uncalled copies, bare plain DAG() results or __main__ code", () => {
    const dags = inventoryOf(factories).dags;
    // DagBag: gen_direct, gen_x, gen_y, plain_kept.
    expect(dags.map((d) => [isUnknown(d.dagId) ? d.dagId.expression : d.dagId, d.line, d.definitionLine])).toEqual([
      ["gen_x", 12, 8],
      ["gen_y", 12, 8],
      ["gen_direct", 13, 8],
      ["plain_kept", 15, undefined],
    ]);
  });

  it("an uncalled @dag function creates nothing and is reported; one called in __main__ only too", () => {
    const source = `from airflow.decorators import dag\n@dag(schedule=None)\ndef never():\n    pass\n@dag(schedule=None)\ndef only_main():\n    pass\nif __name__ == "__main__":\n    only_main().test()\n`;
    const inventory = inventoryOf(source);
    expect(inventory.dags).toEqual([]);
    expect(inventory.uncalledDagFunctions?.map((f) => [f.name, f.line])).toEqual([
      ["never", 3],
      ["only_main", 6],
    ]);
    const findings = check(source);
    expect(findings.map((f) => [f.checkId, f.severity, f.line, f.message])).toEqual([
      ["dag-never-created", "warning", 3, "the DAG 'never' is never created: call never() at module level"],
      ["dag-never-created", "warning", 6, "the DAG 'only_main' is never created: call only_main() at module level"],
    ]);
  });

  it("a @dag function called from a called factory, and dag_ids bound through parameters and f-strings", () => {
    const source = `
from airflow.decorators import dag
def build(team, suffix="daily"):
    @dag(dag_id=f"{team}_{suffix}", schedule=None)
    def pipeline():
        pass
    return pipeline()
build("sales")
build("ops", suffix="hourly")
for t in TEAMS:
    build(t)
`;
    const dags = inventoryOf(source).dags;
    expect(dags.map((d) => [isUnknown(d.dagId) ? null : d.dagId, d.line])).toEqual([
      ["sales_daily", 8],
      ["ops_hourly", 9],
      [null, 11],
    ]);
  });

  it("fixes the false duplicate between an uncalled old copy and the live DAG", () => {
    const source = `from airflow import DAG\ndef old():\n    with DAG("etl", schedule=None):\n        pass\nwith DAG("etl", schedule="@daily"):\n    pass\n`;
    expect(inventoryOf(source).dags.map((d) => [d.dagId, d.line])).toEqual([["etl", 5]]);
  });

  it("DAGs under if __name__ == '__main__' do not exist and their code is not parse-time work", () => {
    const source = `from airflow import DAG\nfrom airflow.models import Variable\nif __name__ == "__main__":\n    import local_debug_tool\n    Variable.get("x")\n    with DAG("debug"):\n        pass\nelse:\n    Variable.get("y")\n`;
    const inventory = inventoryOf(source);
    expect(inventory.dags).toEqual([]);
    expect(inventory.parseTimeCalls.map((c) => c.line)).toEqual([9]);
    expect(inventory.imports.map((i) => i.module)).toEqual(["airflow", "airflow.models"]);
  });

  it("work inside a called factory runs at parse time; inside tasks it does not", () => {
    const source = `
from airflow.decorators import dag, task
from airflow.models import Variable
@dag(schedule=None)
def p():
    bucket = Variable.get("bucket")
    @task
    def t():
        return Variable.get("inside_task")
    t()
p()
def never_called():
    Variable.get("z")
`;
    expect(inventoryOf(source).parseTimeCalls.map((c) => c.line)).toEqual([6]);
  });
});

describe("duplicate dag_ids", () => {
  it("says what each tier does: across files DagBag raises; in one file one of them is kept silently (which one varies)", () => {
    const twice = inventoryOf(`from airflow import DAG\ndef make(i):\n    with DAG(i):\n        pass\nmake("same")\nmake("same")\n`, "dags/a.py");
    const other = inventoryOf(`from airflow import DAG\nwith DAG("cross"):\n    pass\n`, "dags/b.py");
    const third = inventoryOf(`from airflow import DAG\nwith DAG("cross"):\n    pass\n`, "dags/c.py");
    const findings = runProjectChecks(
      [
        { file: "dags/a.py", inventory: twice },
        { file: "dags/b.py", inventory: other },
        { file: "dags/c.py", inventory: third },
      ],
      { settings: {}, airflowMajor: 2, resolver },
    );
    expect(findings.map((f) => [f.file, f.line, f.dagId])).toEqual([
      ["dags/a.py", 5, "same"],
      ["dags/a.py", 6, "same"],
      ["dags/b.py", 2, "cross"],
      ["dags/c.py", 2, "cross"],
    ]);
    expect(findings[0]?.message).toContain("in the same file: Airflow keeps one of them, not always the same one from one parse to the next");
    expect(findings[2]?.message).toContain("a running scheduler keeps whichever file it parsed last, without an error");
    expect(findings[2]?.message).toContain("AirflowDagDuplicatedIdException");
  });

  // DagBag 2.10.5, both pairs verified: prod.py makes no DAG (DEPLOY_ENV unset) and other.py makes it, no error;
  // skip.py makes only v_orders, and legacy.py's v_legacy is no duplicate.
  it("across files, a DAG made under a condition astro-ci cannot evaluate clashes at most as a warning", () => {
    const guarded = (op: string) => `import os\nfrom airflow import DAG\nif os.getenv("DEPLOY_ENV") ${op} "prod":\n    with DAG("env_guarded"):\n        pass\n`;
    const plain = `from airflow import DAG\nwith DAG("env_guarded"):\n    pass\n`;
    const run = (files: [string, string][]) =>
      runProjectChecks(
        files.map(([file, source]) => ({ file, inventory: inventoryOf(source, file) })),
        { settings: {}, airflowMajor: 2, resolver },
      );
    const both = run([["dags/prod.py", guarded("==")], ["dags/other.py", guarded("!=")]]);
    expect(both.map((f) => [f.file, f.severity])).toEqual([["dags/prod.py", "warning"], ["dags/other.py", "warning"]]);
    expect(both[0]?.message).toContain("if both are made");
    const one = run([["dags/prod.py", guarded("==")], ["dags/plain.py", plain]]);
    expect(one.map((f) => f.severity)).toEqual(["warning", "warning"]);
    const neither = run([["dags/a.py", plain], ["dags/b.py", plain]]);
    expect(neither.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(neither[0]?.message).not.toContain("if both are made");
  });

  it("a loop whose passes may end early (continue, break) lists one DAG of unknown id, not one per value", () => {
    const skip = `from airflow import DAG\nfor n in ["orders", "legacy"]:\n    if n == "legacy":\n        continue\n    with DAG(f"v_{n}"):\n        pass\n`;
    expect(idsOf(skip)).toEqual([null]);
    expect(idsOf(skip.replace(`    if n == "legacy":\n        continue\n`, ""))).toEqual(["v_orders", "v_legacy"]);
    expect(idsOf(`from airflow import DAG\nfor n in ["a", "b"]:\n    with DAG(f"u_{n}"):\n        pass\n    break\n`)).toEqual([null]);
    const legacy = inventoryOf(`from airflow import DAG\nwith DAG("v_legacy"):\n    pass\n`, "dags/legacy.py");
    const findings = runProjectChecks(
      [
        { file: "dags/skip.py", inventory: inventoryOf(skip, "dags/skip.py") },
        { file: "dags/legacy.py", inventory: legacy },
      ],
      { settings: {}, airflowMajor: 2, resolver },
    );
    expect(findings).toEqual([]);
  });
});

// Each case seen with real DagBag 2.10.5 (a whole-folder DagBag fails a.py or b.py, in listing order, with
// AirflowDagDuplicatedIdException), as in the corpus project `duplicates`.
describe("duplicate dag_ids: a DAG file importing another DAG file's DAGs", () => {
  const localResolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: ["a", "b", "c", "lib", "common"] });
  const WITH_SOURCE = `from airflow import DAG\nLIMIT = 3\nwith DAG("reimported") as dag:\n    pass\n`;
  const PLAIN_SOURCE = `from airflow import DAG\nLIMIT = 3\ndag = DAG("plain")\n`;
  const importer = (head: string) => `from airflow import DAG\n${head}\nwith DAG("b_own"):\n    pass\n`;
  const run = (files: [string, string][], relativeRoot?: string) =>
    runProjectChecks(
      files.map(([file, source]) => ({ file, inventory: inventoryOf(source, file) })),
      { settings: {}, airflowMajor: 2, resolver: localResolver, ...(relativeRoot !== undefined ? { relativeRoot } : {}) },
    );
  const rows = (findings: ReturnType<typeof run>) => findings.map((f) => [f.file, f.line, f.severity, f.dagId]);

  it("records the module-level names bound to the file's DAGs", () => {
    const source = `from airflow import DAG\nfrom airflow.decorators import dag\nwith DAG("w") as w:\n    pass\np = q = DAG("p")\n@dag(dag_id="d")\ndef make():\n    pass\nmade = make()\n_hidden = DAG("h")\ntry:\n    t = DAG("t")\nexcept ImportError:\n    t = None\nwith DAG("n"):\n    pass\n`;
    expect(inventoryOf(source).dagGlobals).toEqual([
      { name: "w", line: 3 },
      { name: "p", line: 5 },
      { name: "q", line: 5 },
      { name: "made", line: 6 },
      { name: "_hidden", line: 10, hidden: true },
    ]);
    expect(inventoryOf(`from airflow import DAG\n__all__ = ["LIMIT"]\nLIMIT = 3\ndag = DAG("x")\n`).dagGlobals).toEqual([{ name: "dag", line: 4, hidden: true }]);
  });

  it("from a import dag: flagged at the import and at the DAG, naming the other file", () => {
    const findings = run([
      ["dags/a.py", WITH_SOURCE],
      ["dags/b.py", importer("from a import dag as upstream_dag")],
    ]);
    expect(rows(findings)).toEqual([
      ["dags/b.py", 2, "error", "reimported"],
      ["dags/a.py", 3, "error", "reimported"],
    ]);
    expect(findings[0]?.message).toContain("binds 'dag', the DAG object of dag_id 'reimported' (dags/a.py:3)");
    expect(findings[0]?.message).toContain("AirflowDagDuplicatedIdException");
    expect(findings[0]?.fix).toContain("write the dag_id as a string");
    expect(findings[1]?.message).toContain("also found in dags/b.py, which imports this DAG file (dags/b.py:2)");
  });

  it("a DAG file imported by three others: one finding each at the imports, one at the DAG naming all three", () => {
    const findings = run([
      ["dags/a.py", WITH_SOURCE],
      ["dags/b.py", importer("from a import dag")],
      ["dags/c.py", importer("from a import dag").replace("b_own", "c_own")],
      ["dags/d.py", importer("import a").replace("b_own", "d_own")],
    ]);
    expect(rows(findings)).toEqual([
      ["dags/b.py", 2, "error", "reimported"],
      ["dags/c.py", 2, "error", "reimported"],
      ["dags/d.py", 2, "warning", "reimported"],
      ["dags/a.py", 3, "error", "reimported"],
    ]);
    const atDag = findings[3];
    expect(atDag?.message).toContain("also found in 3 files that import this DAG file: dags/b.py:2 (binds 'dag' in its globals)");
    expect(atDag?.message).toContain("dags/d.py:2 (if this is the first DAG file DagBag reads that imports dags/a.py");
    expect(atDag?.fix).toMatch(/^in dags\/b\.py, dags\/c\.py, dags\/d\.py: do not import the DAG object/);
  });

  it("a helper DAG file under dags/ with a plain DAG object, imported by its package path", () => {
    const build = `from airflow import DAG\nexample = DAG("lib_example")\ndef build():\n    return "x"\n`;
    const findings = run([
      ["dags/lib/build.py", build],
      ["dags/use.py", importer("from lib.build import build, example")],
    ]);
    expect(rows(findings)).toEqual([
      ["dags/use.py", 2, "error", "lib_example"],
      ["dags/lib/build.py", 2, "error", "lib_example"],
    ]);
    // A plain DAG() does not register itself: importing the module instead is a way out.
    expect(findings[0]?.fix).toContain("`import lib.build`, then `lib.build.example.dag_id`");
    // In a project under a folder of the repository.
    expect(rows(run([["proj/dags/lib/build.py", build], ["proj/dags/use.py", importer("from lib.build import example")]], "proj"))).toHaveLength(2);
  });

  it("a with-block or @dag DAG registers to the importing file whatever the import takes; a plain DAG() only when taken", () => {
    for (const head of ["import a", "from a import LIMIT", "from a import *"]) expect(rows(run([["dags/a.py", WITH_SOURCE], ["dags/b.py", importer(head)]])), head).toHaveLength(2);
    const registered = run([["dags/a.py", WITH_SOURCE], ["dags/b.py", importer("import a")]]);
    expect(registered[0]?.message).toContain("DagContext auto-registration");
    expect(registered[0]?.fix).not.toContain("import the module");
    for (const head of ["import a\nX = a.dag.dag_id", "from a import LIMIT", "__all__ = []"]) expect(run([["dags/a.py", PLAIN_SOURCE], ["dags/b.py", importer(head)]]), head).toEqual([]);
    expect(rows(run([["dags/a.py", PLAIN_SOURCE], ["dags/b.py", importer("from a import *")]]))).toHaveLength(2);
    expect(run([["dags/a.py", `${PLAIN_SOURCE}__all__ = ["LIMIT"]\n`], ["dags/b.py", importer("from a import *")]])).toEqual([]);
  });

  it("imports that never run at import, or are not of a DAG file, bring nothing", () => {
    const cases = [
      "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from a import dag",
      "def upstream():\n    from a import dag\n    return dag",
      "from .a import dag",
      "import json",
    ];
    for (const head of cases) expect(run([["dags/a.py", WITH_SOURCE], ["dags/b.py", importer(head)]]), head).toEqual([]);
    // A module without DAGs is no DAG file's import.
    expect(run([["dags/a.py", `LIMIT = 3\n`], ["dags/b.py", importer("from a import LIMIT")]])).toEqual([]);
  });

  it("try/except ImportError still imports it; an if astro-ci cannot evaluate, or a second importer of a with-block DAG's file, makes it a warning", () => {
    const guarded = run([["dags/a.py", PLAIN_SOURCE], ["dags/b.py", importer("try:\n    from a import dag\nexcept ImportError:\n    dag = None")]]);
    expect(rows(guarded)).toEqual([
      ["dags/b.py", 3, "error", "plain"],
      ["dags/a.py", 3, "error", "plain"],
    ]);
    const conditional = run([["dags/a.py", PLAIN_SOURCE], ["dags/b.py", importer("import os\nif os.getenv('X'):\n    from a import dag")]]);
    expect(conditional.map((f) => f.severity)).toEqual(["warning", "warning"]);
    // Only the first file DagBag reads that imports a runs it: which one depends on the listing order.
    const two = run([["dags/a.py", WITH_SOURCE], ["dags/b.py", importer("import a")], ["dags/c.py", importer("from a import LIMIT").replace("b_own", "c_own")]]);
    expect(rows(two).map((r) => [r[0], r[2]])).toEqual([
      ["dags/b.py", "warning"],
      ["dags/c.py", "warning"],
      ["dags/a.py", "warning"],
    ]);
    expect(two[0]?.message).toMatch(/if this is the first DAG file DagBag reads that imports dags\/a\.py/i);
    // Taken by name, each importer holds the DAG whatever the order.
    const named = run([["dags/a.py", WITH_SOURCE], ["dags/b.py", importer("from a import dag")], ["dags/c.py", importer("from a import dag").replace("b_own", "c_own")]]);
    expect(named.map((f) => f.severity)).toEqual(["error", "error", "error"]);
  });

  it("is silenced like any finding, and off with the check", () => {
    const files: [string, string][] = [["dags/a.py", WITH_SOURCE], ["dags/b.py", importer("from a import dag  # astro-ci: ignore[duplicate-dag-id]")]];
    expect(rows(run(files))).toEqual([["dags/a.py", 3, "error", "reimported"]]);
    expect(runProjectChecks(files.map(([file, source]) => ({ file, inventory: inventoryOf(source, file) })), { settings: { "duplicate-dag-id": { level: "off" } }, airflowMajor: 2, resolver: localResolver })).toEqual([]);
  });
});

describe("simple names", () => {
  it("follows an aliased Variable: V.get at module level is parse-time work", () => {
    const inventory = inventoryOf(`from airflow.models import Variable as V\nKEY = V.get("k")\n`);
    expect(inventory.parseTimeCalls).toEqual([{ callee: "V.get", line: 2, column: 7, kind: "variable" }]);
  });

  it("follows a module-level name to its value: start_date=YESTERDAY is dynamic; DAG_ID and SCHEDULE constants are read", () => {
    const source = `from datetime import datetime, timedelta\nfrom airflow import DAG\nYESTERDAY = datetime.now() - timedelta(days=1)\nDAG_ID = "consts"\nSCHEDULE = "0 25 * * *"\nwith DAG(DAG_ID, schedule=SCHEDULE, start_date=YESTERDAY, tags=["a"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;
    const [dag] = inventoryOf(source).dags;
    expect(dag).toMatchObject({ dagId: "consts", schedule: "0 25 * * *" });
    const findings = check(source);
    expect(findings.map((f) => [f.checkId, f.line, f.column, f.endColumn])).toEqual([
      ["schedule-valid", 6, 27, 35],
      ["start-date-static", 6, 48, 57],
    ]);
    expect(findings[1]?.message).toContain("YESTERDAY = datetime.now()");
  });

  // DagBag 2.10.5 lists the value in brackets (each file verified): the first value would be a wrong dag_id, and
  // the same wrong id in several files a false duplicate-dag-id error.
  it.each([
    ["`NAME += ...` (r_ab)", `NAME += "b"\n`],
    ["unpacking (r_b)", `NAME, X = "b", "c"\n`],
    ["a for loop's target (r_b)", `for NAME in ["b"]:\n    pass\n`],
    ["an assignment in a loop body (r_l)", `for _ in range(1):\n    NAME = "l"\n`],
    ["a while loop's `+=` (r_aa)", `while len(NAME) < 2:\n    NAME += "a"\n`],
    ["`global NAME` in a called function (r_g)", `def f():\n    global NAME\n    NAME = "g"\nf()\n`],
    ["a walrus (r_w)", `if (NAME := "w"):\n    pass\n`],
    ["`with ... as NAME` (r_q)", `import contextlib\nwith contextlib.nullcontext("q") as NAME:\n    pass\n`],
  ])("a name bound again later is not followed to its first value: %s", (_, rebinding) => {
    const header = `from datetime import datetime\nfrom airflow import DAG\nNAME = "a"\n`;
    const dag = `with DAG(f"r_{NAME}", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`;
    expect(idsOf(header + dag)).toEqual(["r_a"]);
    expect(idsOf(header + rebinding + dag)).toEqual([null]);
  });
});

describe("findings on the right line", () => {
  it("point at the schedule, start_date and default_args values; what is missing stays on the DAG line", () => {
    const source = `from airflow import DAG
from datetime import datetime
ARGS = {
    "owner": "airflow",
    "retries": 0,
    "start_date": datetime.now(),
}
with DAG(
    "lines",
    schedule="61 * * * *",
    default_args=ARGS,
):
    pass
`;
    const findings = check(source);
    expect(findings.map((f) => [f.checkId, f.line, f.column, f.endLine, f.endColumn]).sort((a, b) => (a[1] as number) - (b[1] as number))).toEqual([
      ["owner-required", 4, 14, 4, 23],
      ["min-retries", 5, 16, 5, 17],
      ["start-date-static", 6, 19, 6, 33],
      ["tags-required", 8, undefined, undefined, undefined],
      ["schedule-valid", 10, 14, 10, 26],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
  });

  it("a suppression on the DAG line still covers a finding moved onto an argument", () => {
    const source = `from airflow import DAG\nwith DAG(  # astro-ci: ignore[schedule-valid]\n    "s",\n    schedule="bad",\n    tags=["t"],\n    default_args={"owner": "o", "retries": 2, "start_date": START},\n):\n    pass\n`;
    expect(check(source)).toEqual([]);
  });
});

describe("imports: where they run", () => {
  it("fills scope, guard, TYPE_CHECKING and names", () => {
    const source = `
from __future__ import annotations
from typing import TYPE_CHECKING
import os, json as j
from airflow.decorators import dag, task
from airflow.operators.python import PythonVirtualenvOperator, ExternalPythonOperator
if TYPE_CHECKING:
    from pandas import DataFrame
try:
    import ujson
except ModuleNotFoundError:
    ujson = None
try:
    import orjson
except:
    orjson = None
try:
    import never_guarded
except ValueError:
    pass
@task.virtualenv(requirements=["scikit-learn"])
def train():
    import sklearn
@task.external_python(python="/venv/bin/python")
def ext():
    import ext_only
@task.docker(image="x")
def in_docker():
    import docker_only
@task.kubernetes(image="x")
def in_pod():
    import pod_only
@task
def plain_task():
    import task_dep
def venv_callable():
    import venv_dep
def ext_callable():
    import ext_dep
PythonVirtualenvOperator(task_id="v", python_callable=venv_callable, requirements=["x"])
ExternalPythonOperator(task_id="e", python_callable=ext_callable, python="/p")
@dag(schedule=None)
def p():
    import parse_time_dep
p()
`;
    const rows = inventoryOf(source).imports.map((i) => [i.module, i.scope, i.guarded, i.typeCheckingOnly ?? false, i.names]);
    expect(rows).toEqual([
      ["typing", "module", false, false, ["TYPE_CHECKING"]],
      ["os", "module", false, false, []],
      ["json", "module", false, false, []],
      ["airflow.decorators", "module", false, false, ["dag", "task"]],
      ["airflow.operators.python", "module", false, false, ["PythonVirtualenvOperator", "ExternalPythonOperator"]],
      ["pandas", "module", false, true, ["DataFrame"]],
      ["ujson", "module", true, false, []],
      ["orjson", "module", true, false, []],
      ["never_guarded", "module", false, false, []],
      ["sklearn", "isolated", false, false, []],
      ["ext_only", "isolated", false, false, []],
      ["docker_only", "isolated", false, false, []],
      ["pod_only", "isolated", false, false, []],
      ["task_dep", "function", false, false, []],
      ["venv_dep", "isolated", false, false, []],
      ["ext_dep", "isolated", false, false, []],
      ["parse_time_dep", "module", false, false, []],
    ]);
  });

  it("star imports and relative imports list their names", () => {
    const rows = inventoryOf(`from airflow.models import *\nfrom .common import a, b as c\n`).imports.map((i) => [i.module, i.relative, i.names]);
    expect(rows).toEqual([
      ["airflow.models", false, ["*"]],
      ["common", true, ["a", "b"]],
    ]);
  });
});

describe("dag_ids computed at parse time", () => {
  const ids = (source: string, file = "dags/team/orders_daily.py"): unknown[] =>
    inventoryOf(`from airflow import DAG\nimport os\nfrom pathlib import Path\n${source}`, file).dags.map((d) => (isUnknown(d.dagId) ? "?" : d.dagId));

  it("takes the file's base name, and its folders' names up to the DAG folder, from __file__", () => {
    expect(ids(`d = DAG(Path(__file__).stem)\ne = DAG(Path(__file__).name)\nf = DAG(os.path.basename(__file__)[:-3] + "_x")`)).toEqual(["orders_daily", "orders_daily.py", "orders_daily_x"]);
    // Folders within dags/ are the same in the image and in CI; the full path and folders above dags/ are not.
    expect(ids(`d = DAG(Path(__file__).parent.name)\ne = DAG(Path(__file__).parent.parent.name)\nf = DAG(os.path.splitext(__file__)[0])\ng = DAG(Path(__file__).parent.parent.parent.name)`)).toEqual(["team", "dags", "?", "?"]);
    expect(inventoryOf(`from airflow import DAG\nfrom pathlib import Path\nd = DAG(Path(__file__).stem)\n`, "dags/a.py").dags[0]?.dagIdFromFile).toBe(true);
  });

  it("evaluates format, % and join only when Python would give that string", () => {
    expect(ids(`T = "risk"\na = DAG("{0}_{0}".format(T))\nb = DAG("{{{}}}".format(T))\nc = DAG("%s_%%" % T)`)).toEqual(["risk_risk", "{risk}", "risk_%"]);
    // A lone brace or a missing argument raises in Python; %d and a count mismatch are not guessed.
    expect(ids(`T = "risk"\na = DAG("{}_{".format(T))\nb = DAG("{}_{}".format(T))\nc = DAG("%d" % T)\nd = DAG("%s_%s" % T)\ne = DAG("{:>5}".format(T))`)).toEqual(["?", "?", "?", "?", "?"]);
  });

  it("expands module-level loops over static values, all or nothing", () => {
    expect(ids(`for n in range(3, 0, -1):\n    with DAG(f"n_{n}"):\n        pass`)).toEqual(["n_3", "n_2", "n_1"]);
    expect(ids(`for a, b in [("x", "1"), ("y", "2")]:\n    with DAG(a + b):\n        pass`)).toEqual(["x1", "y2"]);
    // One value not static, a loop too long to list, nested loops, a while loop: one unknown entry each.
    expect(ids(`for a in ["x", NAME]:\n    with DAG(a):\n        pass`)).toEqual(["?"]);
    expect(ids(`for n in range(500):\n    with DAG(f"n_{n}"):\n        pass`)).toEqual(["?"]);
    expect(ids(`for a in ["x"]:\n    for b in ["y"]:\n        with DAG(a + b):\n            pass`)).toEqual(["?"]);
    // A plain DAG() in a loop is kept only by a global of its own: only the last survives otherwise (DagBag 2.10.5,
    // corpus dag-holders/loop_rebound.py), none when the name is bound again after the loop.
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)`)).toEqual(["y"]);
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\nd = None`)).toEqual([]);
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\n    with d:\n        pass`)).toEqual(["x", "y"]);
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\n    globals()[a] = d`)).toEqual(["x", "y"]);
    // Stored somewhere this reading does not follow, entered only on some passes, or left by `break`: unknown.
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\n    keep(d)`)).toEqual(["?"]);
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\n    if a == "x":\n        with d:\n            pass`)).toEqual(["?"]);
    expect(ids(`for a in ["x", "y"]:\n    d = DAG(a)\n    if a == "x":\n        break`)).toEqual(["?"]);
    expect(ids(`for a in ["x", "y"]:\n    globals()[a] = DAG(a)`)).toEqual(["x", "y"]);
  });
});

describe("ruff's AIR002 (no explicit schedule)", () => {
  const air002 = (line: number) => ({ checkId: "AIR002", severity: "warning" as const, message: "`DAG` or `@dag` should have an explicit `schedule` argument", file: "dags/x.py", line });
  // Both files import with their schedule on Airflow 2.10.5 (hunter repros w03, w04): the warning is wrong there.
  it("is dropped for a DAG given a ** splat the inventory cannot read, kept for one with none", () => {
    const factory = `from datetime import datetime\nfrom airflow import DAG\ndef mk(dag_id, **overrides):\n    params = dict(start_date=datetime(2024, 1, 1), schedule="@daily")\n    params.update(overrides)\n    with DAG(dag_id, **params) as d:\n        pass\n    return d\nw = mk("w")\n`;
    expect(withoutAnsweredAir002([air002(6)], inventoryOf(factory).dags)).toEqual([]);
    const conditional = `import airflow\nfrom airflow import DAG\nKW = {"schedule": "@daily"} if airflow.__version__ >= "3" else {"schedule_interval": "@daily"}\nwith DAG("w4", **KW):\n    pass\n`;
    expect(withoutAnsweredAir002([air002(4)], inventoryOf(conditional).dags)).toEqual([]);
    const none = `from airflow import DAG\nwith DAG("w5"):\n    pass\n`;
    expect(withoutAnsweredAir002([air002(2)], inventoryOf(none).dags)).toHaveLength(1);
  });
});
