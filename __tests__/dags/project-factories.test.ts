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
 * DAG factories of another project module (resolveProjectFactories): which calls list a DAG, and that a warm run with
 * the analysis cache follows a factory module that changed while the calling DAG file did not. What DagBag 2.10.5 lists
 * for the same shapes is in the corpus (project-factories); these are the cases the corpus cannot hold (a call that
 * fails the import: DagBag 2.10.5 lists calls.py's three DAGs and a TypeError for bad_call.py and bad_keyword.py) and the cache.
 */
const FACTORY = `from datetime import datetime
from airflow import DAG


def make(dag_id, schedule=None):
    with DAG(dag_id, schedule=schedule, start_date=datetime(2024, 1, 1)) as made:
        pass
    return made


def loose(dag_id, **kwargs):
    with DAG(dag_id, start_date=datetime(2024, 1, 1), **kwargs) as made:
        pass
    return made


def early(dag_id, skip=True):
    if skip:
        return None
    with DAG(dag_id, start_date=datetime(2024, 1, 1)) as made:
        pass
    return made


def helper(name):
    return name.upper()
`;

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

async function dagIds(dir: string, cacheDir?: string): Promise<Record<string, string[]>> {
  const config = await loadConfig({ repoRoot: dir });
  const entry = config.projects[0];
  if (!entry) throw new Error("no project");
  const cache = cacheDir ? await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 }) : undefined;
  const result = await validateProject(entry, { repoRoot: dir, analyzer, cache, logger: new RecordingLogger() }, config.file);
  await cache?.save();
  const byFile: Record<string, string[]> = {};
  for (const dag of result.dags) (byFile[dag.file] ??= []).push(isUnknown(dag.dagId) ? "<dynamic>" : dag.dagId);
  for (const ids of Object.values(byFile)) ids.sort();
  return byFile;
}

describe("DAG factories of another project module", () => {
  it("lists a call's DAG only when Python can bind its arguments to the factory's parameters", async () => {
    const tree = makeTempTree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/factories.py": FACTORY,
      "dags/calls.py": `"""Airflow DAGs."""
from include.factories import make, loose, early, helper

a = make("bound_positional")
b = make(dag_id="bound_keyword", schedule="@daily")
c = loose("with_extra_keyword", tags=["x"])
d = early("never_made")
e = helper("not_a_dag")
`,
      "dags/bad_call.py": `"""Airflow DAG call that raises TypeError."""
from include.factories import make

too_many = make("x", "@daily", "extra")
`,
      "dags/bad_keyword.py": `"""Airflow DAG call that raises TypeError."""
from include.factories import make

unknown_keyword = make("y", tags=["t"])
missing = make()
`,
    });
    try {
      expect(await dagIds(tree.dir)).toEqual({ "dags/calls.py": ["bound_keyword", "bound_positional", "with_extra_keyword"] });
    } finally {
      tree.cleanup();
    }
  });

  it("follows a factory module that changes while the calling DAG file, served from the cache, does not", async () => {
    const tree = makeTempTree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.0\n",
      "include/__init__.py": "",
      "include/later.py": "def build(dag_id):\n    return None\n",
      "dags/late.py": `"""Airflow DAG from a helper that becomes a factory."""\nfrom include.later import build\n\nlate = build("late_id")\n`,
    });
    const cacheDir = join(tree.dir, ".cache");
    try {
      expect(await dagIds(tree.dir, cacheDir)).toEqual({});
      expect(await dagIds(tree.dir, cacheDir)).toEqual({});
      writeFileSync(join(tree.dir, "include/later.py"), FACTORY.replace("def make(", "def build("));
      expect(await dagIds(tree.dir, cacheDir)).toEqual({ "dags/late.py": ["late_id"] });
      expect(await dagIds(tree.dir, cacheDir)).toEqual({ "dags/late.py": ["late_id"] });
      writeFileSync(join(tree.dir, "include/later.py"), "def build(dag_id):\n    return None\n");
      expect(await dagIds(tree.dir, cacheDir)).toEqual({});
    } finally {
      tree.cleanup();
    }
  });
});
