import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer, type OnAnalysed } from "../../src/dags/analyzer.js";
import { validateProject, type ProjectValidation } from "../../src/dags/validate.js";
import { loadConfig } from "../../src/config/config.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Files are judged as their analysis comes in (OnAnalysed), beside the ruff process, instead of all after the
 * analysis. That must change nothing: the same findings and DAGs whichever order the analyzer tells of its results in,
 * or if it tells of none; and a file whose DAGs depend on another file (a project DAG class, a project factory) is
 * judged only after the project-wide resolution, on what it resolved to.
 */

const START = "start_date=datetime(2024, 1, 1), catchup=False";
const FILES: Record<string, string> = {
  Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
  "include/__init__.py": "",
  "include/pipelines.py": `from datetime import datetime\n\nfrom airflow import DAG\n\n\nclass TeamDag(DAG):\n    pass\n\n\ndef fixed(dag_id):\n    with DAG(dag_id, schedule="@daily", ${START}) as made:\n        pass\n    return made\n`,
  // Its DAG is known only once include/ is read: judged before that, it would have no findings at all.
  "dags/by_class.py": `# an airflow dag\nfrom datetime import datetime\n\nfrom include.pipelines import TeamDag\n\nwith TeamDag("by_class", schedule="61 * * * *", ${START}):\n    pass\n`,
  "dags/calls.py": `# an airflow dag\nfrom include.pipelines import fixed\n\nfixed("plain_2")\n`,
  "dags/broken.py": `from airflow import DAG\nwith DAG("broken" as d:\n    pass\n`,
  "dags/dup.py": `from datetime import datetime\nfrom airflow import DAG\nwith DAG("plain_1", schedule=None, ${START}):  # noqa: AIR301\n    pass\n`,
};
for (let i = 1; i <= 6; i++) {
  FILES[`dags/plain_${i}.py`] =
    `from datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.dummy import DummyOperator\n\nwith DAG("plain_${i}", schedule="0 ${20 + i} * * *", ${START}):\n    DummyOperator(task_id="t")\n    print(undefined_${i})\n`;
}

let inner: FileAnalyzer;
beforeAll(async () => {
  inner = await createInProcessAnalyzer();
});
afterAll(async () => {
  await inner.close();
});

/** An analyzer that tells of its results in the order `order` gives (of the batch's indices), or of none. */
function telling(order: ((n: number) => number[]) | "none"): FileAnalyzer {
  return {
    async analyze(inputs, onAnalysed?: OnAnalysed) {
      const results = await inner.analyze(inputs);
      if (order !== "none" && onAnalysed) for (const i of order(results.length)) onAnalysed(i, results[i]!);
      return results;
    },
    close: async () => {},
  };
}

async function validate(analyzer: FileAnalyzer, withCache: boolean): Promise<{ result: ProjectValidation; early: number; afresh: number }> {
  const tree = makeTempTree(FILES);
  try {
    const entry = (await loadConfig({ repoRoot: tree.dir })).projects[0]!;
    const logger = new RecordingLogger();
    const cache = withCache ? await openAnalysisCache(join(tree.dir, ".cache"), entry.root, new RecordingLogger()) : undefined;
    const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, cache, logger });
    const done = logger.messages.map((m) => m.message).find((m) => m.includes("checks done")) ?? "";
    const counts = /(\d+) of \d+ files judged afresh, (\d+) of them as their analysis came in/.exec(done);
    expect(counts, done).not.toBeNull();
    return { result, afresh: Number(counts?.[1]), early: Number(counts?.[2]) };
  } finally {
    tree.cleanup();
  }
}

describe("judging files as their analysis comes in", () => {
  it("gives the findings and DAGs of judging them all after the analysis, in any order, with or without a cache", async () => {
    const late = await validate(telling("none"), false);
    expect(late.early).toBe(0);
    expect(late.afresh).toBe(10);
    // What the project-wide resolution alone finds: the class's DAG (its schedule) and the factory's DAG (a duplicate).
    const ids = late.result.findings.map((f) => `${f.file}:${f.checkId}`);
    expect(ids).toContain("dags/by_class.py:schedule-valid");
    expect(ids).toContain("dags/calls.py:duplicate-dag-id");
    expect(ids).toContain("dags/plain_3.py:undefined-name");
    expect(ids).toContain("dags/broken.py:syntax-error");

    const orders: [string, (n: number) => number[]][] = [
      ["in order", (n) => [...Array(n).keys()]],
      ["reversed", (n) => [...Array(n).keys()].reverse()],
      ["odd first", (n) => [...[...Array(n).keys()].filter((i) => i % 2), ...[...Array(n).keys()].filter((i) => i % 2 === 0)]],
    ];
    for (const [name, order] of orders) {
      for (const withCache of [false, true]) {
        const early = await validate(telling(order), withCache);
        // The two files whose DAGs depend on include/ wait for the project-wide resolution.
        expect(early.early, `${name}, cache ${withCache}`).toBe(8);
        expect(early.result.findings, `${name}, cache ${withCache}`).toEqual(late.result.findings);
        expect(early.result.dags, `${name}, cache ${withCache}`).toEqual(late.result.dags);
      }
    }
  }, 60_000);

  it("the in-process analyzer tells of every result once, the very objects it returns", async () => {
    const tree = makeTempTree(FILES);
    try {
      const inputs = Object.keys(FILES)
        .filter((f) => f.startsWith("dags/"))
        .map((file) => ({ file, bytes: Buffer.from(FILES[file]!), pythonVersion: "3.12" }));
      // A file too deep for the usual way is analysed in the deep-files thread, after the rest: told of too.
      inputs.push({ file: "dags/deep.py", bytes: Buffer.from(`x = ${"(".repeat(450)}1${")".repeat(450)}\n`), pythonVersion: "3.12" });
      const told: [number, unknown][] = [];
      const results = await inner.analyze(inputs, (i, analysis) => told.push([i, analysis]));
      expect(told.map(([i]) => i).sort((a, b) => a - b)).toEqual([...inputs.keys()]);
      for (const [i, analysis] of told) expect(analysis).toBe(results[i]);
    } finally {
      tree.cleanup();
    }
  }, 60_000);
});
