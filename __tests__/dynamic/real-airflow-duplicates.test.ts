// duplicate-dag-id across files once the dynamic tier has imported them, against REAL Apache Airflow (2.10+): ids
// built at import time (a factory in include/, a constant of another module) that the static reading cannot see, and
// a static duplicate whose other file fails to import before it makes its DAG. The truth is Airflow's own whole-folder
// DagBag (what `astro dev parse` and the DAG integrity test run). Runs when ASTRO_CI_TEST_PYTHON names a python3 that
// imports Airflow 2.10+ (see ../support/real-airflow.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";
import { describeWithRealAirflow, realAirflowOnPath } from "../support/real-airflow.js";

const START = "start_date=pendulum.datetime(2024, 1, 1), catchup=False";
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
  "include/__init__.py": "",
  "include/factory.py": `import pendulum\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n\nPREFIX = "team"\n\n\ndef make_dag(source):\n    dag_id = f"ingest_{source}"\n    with DAG(dag_id, schedule="@daily", ${START}) as dag:\n        EmptyOperator(task_id="extract")\n    return dag\n`,
  "dags/ingest.py": `# airflow dag\nfrom include.factory import make_dag\n\nsalesforce = make_dag("salesforce")\nhubspot = make_dag("hubspot")\n`,
  "dags/legacy_ingest.py": `import pendulum\nfrom airflow import DAG\n\nwith DAG("ingest_hubspot", schedule=None, ${START}):\n    pass\n`,
  "dags/prefixed.py": `import pendulum\nfrom airflow import DAG\nfrom include.factory import PREFIX\n\nwith DAG(f"{PREFIX}_x", schedule=None, ${START}):\n    pass\n`,
  "dags/team_x.py": `import pendulum\nfrom airflow.decorators import dag\n\n\n@dag(schedule=None, ${START})\ndef team_x():\n    pass\n\n\nteam_x()\n`,
  "dags/a.py": `import pendulum\nfrom airflow import DAG\n\nwith DAG("report", schedule=None, ${START}):\n    pass\n`,
  // An @dag function another file's function calls at import (static reading: never created; real DagBag: loaded).
  "dags/common/t_b.py": `import pendulum\nfrom airflow.decorators import dag\n\n\n@dag(dag_id="shared_b", schedule=None, ${START})\ndef etl_b():\n    pass\n`,
  "dags/use_n.py": `from airflow import DAG\nfrom common.t_b import etl_b\n\n\ndef build():\n    etl_b()\n\n\nbuild()\n`,
  "dags/b_wip.py": `import pendulum\nfrom airflow import DAG\nfrom include.not_there import helper\n\nwith DAG("report", schedule=None, ${START}):\n    pass\n`,
};

// Airflow's whole-folder DagBag: which files have an import error, and of what kind.
const TRUTH = `
import json, os, sys
from airflow.models.dagbag import DagBag
bag = DagBag(sys.argv[1], include_examples=False)
print(json.dumps({os.path.basename(k): v.strip().splitlines()[-1] for k, v in bag.import_errors.items()}))
`;


describeWithRealAirflow("duplicate-dag-id across files once imported, against real Airflow", (airflow) => {
  realAirflowOnPath(airflow);
  let project: { dir: string; cleanup(): void };
  let truth: Record<string, string>;

  beforeAll(() => {
    project = makeTempTree(FILES);
    const output = execFileSync(airflow.python, ["-c", TRUTH, join(project.dir, "dags")], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: [project.dir, join(project.dir, "dags")].join(":"), AIRFLOW__CORE__LOAD_EXAMPLES: "False" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    truth = JSON.parse(output.trim().split("\n").pop() as string) as Record<string, string>;
  }, 300_000);

  afterAll(() => {
    project?.cleanup();
  });

  it("reports on both files each clash Airflow's DagBag fails on, and none where the other file fails to import first", async () => {
    // The truth: DagBag fails one file of each clash (whichever it walks second) and b_wip.py on its import alone.
    const duplicated = Object.entries(truth).filter(([, error]) => error.includes("AirflowDagDuplicatedIdException"));
    expect(duplicated.map(([, error]) => /DAG (\S+)/.exec(error)?.[1]).sort()).toEqual(["ingest_hubspot", "team_x"]);
    expect(truth["b_wip.py"]).toContain("ModuleNotFoundError");

    const result = await runCliCaptured(["validate-dags", project.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--repo-root", project.dir], project.dir);
    expect(result.stderr).not.toContain("internal error");
    const report = JSON.parse(result.stdout) as { findings: { checkId: string; file: string; dagId?: string }[] };
    const duplicates = report.findings.filter((f) => f.checkId === "duplicate-dag-id").map((f) => `${f.file}:${f.dagId}`);
    expect(duplicates.sort()).toEqual(["dags/ingest.py:ingest_hubspot", "dags/legacy_ingest.py:ingest_hubspot", "dags/prefixed.py:team_x", "dags/team_x.py:team_x"]);
    expect(report.findings.some((f) => f.checkId === "import-error" && f.file === "dags/b_wip.py")).toBe(true);
    expect(result.code).toBe(1);
    // The import made shared_b (as real DagBag does): no dag-never-created for it.
    expect(report.findings.filter((f) => f.checkId === "dag-never-created")).toEqual([]);
    expect(truth["use_n.py"]).toBeUndefined();
  }, 300_000);
});
