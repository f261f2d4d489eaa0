import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * DAG subclasses of other project modules (project-classes.ts): one that leaves construction to DAG.__init__ (no
 * __init__/__new__, metaclass or class decorator down to Airflow's DAG) binds the call's arguments as DAG does, so a
 * keyword DAG does not take fails the import (TypeError, checked with DagBag 2.10.5 in the corpus: project-subclass).
 */
let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

const BASES = `from airflow import DAG


class PlainDag(DAG):
    """No __init__: DAG.__init__ takes the call as written."""


class PlainerDag(PlainDag):
    pass


class KeywordDag(DAG):
    def __init__(self, dag_id, team=None, **kwargs):
        super().__init__(dag_id, **kwargs)


class Meta(type):
    pass


class MetaDag(DAG, metaclass=Meta):
    pass
`;
const dagFile = (cls: string) => `"""An Airflow DAG."""
from datetime import datetime
from include.bases import ${cls}

with ${cls}("d_${cls.toLowerCase()}", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"], default_args={"owner": "o", "retries": 2}, team="x"):
    pass
`;

describe("DAG subclasses from include/ (dag-argument-unknown)", () => {
  it("checks DAG's signature through classes without __init__, and leaves classes with their own construction alone", async () => {
    const tree = makeTempTree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/bases.py": BASES,
      ...Object.fromEntries(["PlainDag", "PlainerDag", "KeywordDag", "MetaDag"].map((cls) => [`dags/${cls.toLowerCase()}.py`, dagFile(cls)])),
    });
    const config = await loadConfig({ repoRoot: tree.dir });
    const entry = config.projects[0];
    if (!entry) throw new Error("no project");
    const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, logger: new RecordingLogger() }, config.file);
    expect(result.dags.map((d) => d.dagId).sort()).toEqual(["d_keyworddag", "d_metadag", "d_plaindag", "d_plainerdag"]);
    const unknown = result.findings.filter((f) => f.checkId === "dag-argument-unknown").map((f) => [f.file, f.line, f.severity, f.message]);
    expect(unknown).toEqual([
      ["dags/plaindag.py", 5, "error", expect.stringMatching(/^PlainDag\(\.\.\.\) does not take team=.*TypeError: DAG\.__init__\(\) got an unexpected keyword argument 'team'/)],
      ["dags/plainerdag.py", 5, "error", expect.stringMatching(/^PlainerDag\(\.\.\.\) does not take team=/)],
    ]);
  });
});
