import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { loadConfig } from "../../src/config/config.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * dag-never-created: an @dag function nothing in its own file calls is created where another DAG file imports and
 * calls it (real DagBag 2.10.5 loads `shared_etl` from a tester's dags/real2.py). The warning depends on the other
 * files, so a warm run (judged findings from the cache) must follow a change in them.
 */

const TEMPLATES = `import pendulum\nfrom airflow.decorators import dag, task\n\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "me", "retries": 2})\ndef shared_etl():\n    @task\n    def run():\n        return 1\n\n    run()\n`;
const CALLER = `# airflow dag file\nfrom common.templates import shared_etl\n\nd = shared_etl()\n`;

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

describe("an @dag function another DAG file calls", () => {
  it("is not 'never created'; without the caller it is, also on a warm run", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/common/templates.py": TEMPLATES, "dags/real2.py": CALLER });
    try {
      const entry = (await loadConfig({ repoRoot: tree.dir })).projects[0]!;
      const run = async () => {
        const cache = await openAnalysisCache(join(tree.dir, ".cache"), entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
        const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, cache, logger: new RecordingLogger() });
        await cache?.save();
        return result.findings.filter((f) => f.checkId === "dag-never-created").map((f) => `${f.file}:${f.line}`);
      };
      expect(await run()).toEqual([]);
      expect(await run()).toEqual([]);
      rmSync(join(tree.dir, "dags/real2.py"));
      expect(await run()).toEqual(["dags/common/templates.py:6"]);
      // A file that imports it without calling it creates nothing either.
      writeFileSync(join(tree.dir, "dags/real3.py"), "# airflow dag file\nfrom common.templates import shared_etl\n");
      expect(await run()).toEqual(["dags/common/templates.py:6"]);
    } finally {
      tree.cleanup();
    }
  }, 60_000);
});
