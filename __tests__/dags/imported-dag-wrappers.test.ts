import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { isUnknown } from "../../src/core/findings.js";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Decorator wrappers of another project module (`def team_dag(**kwargs): ...; return dag(**kwargs)` in include/,
 * `@team_dag(...)` in a DAG file; resolveProjectFactories with FileInventory.importedWrapperDags). What DagBag 2.10.5
 * lists for the shapes that import is in the corpus (dag-wrappers); these are the cases the corpus cannot hold: a
 * decorator call that does not bind to the wrapper's parameters (DagBag 2.10.5: "TypeError: sched_dag() missing 1
 * required positional argument: 'sched'", "TypeError: team_dag() takes 0 positional arguments but 1 was given", no
 * DAG), and a warm run with the analysis cache after the include module changed while the DAG file did not.
 */
const WRAPPERS = `from datetime import datetime
from airflow.decorators import dag


def team_dag(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return dag(**kwargs)


def sched_dag(sched, **kwargs):
    return dag(schedule=sched, start_date=datetime(2024, 1, 1), **kwargs)
`;

const NOT_A_WRAPPER = `def team_dag(**kwargs):
    def decorate(fn):
        return fn

    return decorate
`;

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

async function validate(dir: string, cacheDir?: string): Promise<{ dags: Record<string, string[]>; findings: string[] }> {
  const config = await loadConfig({ repoRoot: dir });
  const entry = config.projects[0];
  if (!entry) throw new Error("no project");
  const cache = cacheDir ? await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 }) : undefined;
  const result = await validateProject(entry, { repoRoot: dir, analyzer, cache, logger: new RecordingLogger() }, config.file);
  await cache?.save();
  const dags: Record<string, string[]> = {};
  for (const dag of result.dags) (dags[dag.file] ??= []).push(isUnknown(dag.dagId) ? "<dynamic>" : dag.dagId);
  for (const ids of Object.values(dags)) ids.sort();
  const findings = result.findings.filter((f) => /^(schedule-valid|dag-argument-unknown|dag-never-created)$/.test(f.checkId)).map((f) => `${f.checkId} ${f.file}:${f.line}`);
  return { dags, findings };
}

describe("decorator wrappers of another project module", () => {
  it("lists a decorated function's DAG only when the decorator call binds to the wrapper's parameters", async () => {
    const tree = makeTempTree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/dag_defaults.py": WRAPPERS,
      "dags/binds.py": `"""Airflow DAGs."""
from include.dag_defaults import sched_dag, team_dag


@sched_dag("@daily")
def by_position():
    pass


by_position()


@team_dag(schedule=None, dag_id="given_id")
def by_keyword():
    pass


by_keyword()
`,
      "dags/missing.py": `"""Airflow DAG whose decorator call raises TypeError."""
from include.dag_defaults import sched_dag


@sched_dag()
def missing_sched():
    pass


missing_sched()
`,
      "dags/extra.py": `"""Airflow DAG whose decorator call raises TypeError."""
from include.dag_defaults import team_dag


@team_dag("pos_id")
def positional():
    pass


positional()
`,
    });
    try {
      expect((await validate(tree.dir)).dags).toEqual({ "dags/binds.py": ["by_position", "given_id"] });
    } finally {
      tree.cleanup();
    }
  });

  it("follows an include module that becomes a wrapper while the DAG file, served from the cache, does not change", async () => {
    const tree = makeTempTree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/dag_defaults.py": NOT_A_WRAPPER,
      "dags/nightly.py": `"""An Airflow DAG with the team's defaults."""
from include.dag_defaults import team_dag


@team_dag(schedule="61 * * * *")
def nightly_load():
    pass


nightly_load()


@team_dag(schedule=None)
def forgotten():
    pass
`,
    });
    const cacheDir = join(tree.dir, ".cache");
    const none = { dags: {}, findings: [] };
    const made = { dags: { "dags/nightly.py": ["nightly_load"] }, findings: ["schedule-valid dags/nightly.py:5", "dag-never-created dags/nightly.py:14"] };
    try {
      expect(await validate(tree.dir, cacheDir)).toEqual(none);
      expect(await validate(tree.dir, cacheDir)).toEqual(none);
      writeFileSync(join(tree.dir, "include/dag_defaults.py"), WRAPPERS);
      expect(await validate(tree.dir, cacheDir)).toEqual(made);
      expect(await validate(tree.dir, cacheDir)).toEqual(made);
      writeFileSync(join(tree.dir, "include/dag_defaults.py"), NOT_A_WRAPPER);
      expect(await validate(tree.dir, cacheDir)).toEqual(none);
    } finally {
      tree.cleanup();
    }
  });
});
