import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Finding } from "../../src/core/findings.js";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { taskCallProblem } from "../../src/dags/task-signatures.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * What DAG files take from project helpers, judged by the helper pass (src/dags/helper-modules.ts): circular imports
 * between helpers, names star imports of helpers bring, calls of helpers' `@task` functions. What DagBag 2.10.5 does
 * with the same shapes is in the corpus (helper-names); these pin the edges, warm runs and levels.
 */
const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.7.0\n";
const CHECKED = new Set(["helper-import-failed", "undefined-name", "task-argument-invalid"]);

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

/** The findings of these checks, as `file:line check severity`, and the findings themselves. */
async function judged(dir: string, cacheDir?: string): Promise<{ rows: string[]; findings: Finding[] }> {
  const config = await loadConfig({ repoRoot: dir });
  const entry = config.projects[0];
  if (!entry) throw new Error("no project");
  const cache = cacheDir ? await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 }) : undefined;
  const result = await validateProject(entry, { repoRoot: dir, analyzer, cache, logger: new RecordingLogger() }, config.file);
  await cache?.save();
  const findings = result.findings.filter((f) => CHECKED.has(f.checkId));
  return { rows: findings.map((f) => `${f.file}:${f.line} ${f.checkId} ${f.severity}`), findings };
}

const dag = (imports: string, body = "pass", dagArgs = ""): string => `from datetime import datetime

from airflow import DAG
${imports}

with DAG("d", start_date=datetime(2024, 1, 1), schedule=None${dagArgs}):
    ${body}
`;

describe("circular imports between helpers", () => {
  const cycle = {
    Dockerfile: DOCKERFILE,
    "include/__init__.py": "",
    "include/a.py": '"""Mentions LIMIT in its docstring only."""\nfrom include import b\n\nLIMIT = 3\n',
    "include/b.py": "from include.a import LIMIT\n\nDOUBLED = LIMIT * 2\n",
  };

  it("reports a name asked of a module still initialising, bound only below the import that started the cycle", async () => {
    const tree = makeTempTree({ ...cycle, "dags/uses.py": dag("from include.a import LIMIT") });
    const { rows, findings } = await judged(tree.dir);
    expect(rows).toEqual(["dags/uses.py:4 helper-import-failed error"]);
    expect(findings[0]?.message).toContain(
      "which fails with ImportError: cannot import name 'LIMIT' from partially initialized module 'include.a' (most likely due to a circular import) (include/a.py) (raised in include/b.py:1; imported through include/a.py:2)",
    );
    expect(findings[0]?.fix).toContain("before it binds 'LIMIT' (its line 4)");
  });

  it("says nothing when the DAG file enters the cycle from the other module, or the name is bound first", async () => {
    const entered = makeTempTree({ ...cycle, "dags/uses.py": dag("from include.b import DOUBLED") });
    expect((await judged(entered.dir)).rows).toEqual([]);
    const boundFirst = makeTempTree({ ...cycle, "include/a.py": "LIMIT = 3\nfrom include import b\n", "dags/uses.py": dag("from include.a import LIMIT") });
    expect((await judged(boundFirst.dir)).rows).toEqual([]);
  });

  it("leaves alone what is not certain", async () => {
    const cases: Record<string, Record<string, string>> = {
      // Another import of the DAG file runs a module of the cycle too: which runs first decides.
      "two imports": { "dags/uses.py": dag("import include.b\nfrom include.a import LIMIT") },
      // The import that starts the cycle is in a function, a try or an if: when it runs is not known here.
      "in a try": { "include/a.py": "try:\n    from include import b\nexcept ImportError:\n    b = None\n\nLIMIT = 3\n", "dags/uses.py": dag("from include.a import LIMIT") },
      // The name may be bound above the import (in a function a module-level call may run).
      "written above": { "include/a.py": "def setup():\n    global LIMIT\n    LIMIT = 1\n\n\nfrom include import b\n\nLIMIT = 3\n", "dags/uses.py": dag("from include.a import LIMIT") },
      // A module __getattr__ may answer.
      "module getattr": { "include/a.py": "from include import b\n\nLIMIT = 3\n\n\ndef __getattr__(name):\n    return 0\n", "dags/uses.py": dag("from include.a import LIMIT") },
      // The DAG file also imports a helper under try/except, which this pass does not follow.
      "guarded import": { "dags/uses.py": dag("try:\n    import include.b\nexcept ImportError:\n    pass\nfrom include.a import LIMIT") },
      // Airflow's plugins manager may have run plugins/ modules already (under their own names).
      "in plugins/": { "plugins/pa.py": "import pb\n\nA = 1\n", "plugins/pb.py": "from pa import A\n", "dags/uses.py": dag("from pa import A") },
    };
    for (const [name, files] of Object.entries(cases)) {
      const tree = makeTempTree({ ...cycle, ...files });
      expect((await judged(tree.dir)).rows, name).toEqual([]);
    }
  });
});

describe("names star imports of helpers bring", () => {
  const helpers = {
    Dockerfile: DOCKERFILE,
    "include/__init__.py": "",
    "include/common.py": '"""Settings; __all__ limits the star import."""\n__all__ = [\n    "START",  # the start\n    "OWNER",\n]\nSTART = 1\nOWNER = "o"\nHIDDEN = 2\n',
    "include/plain.py": "from datetime import datetime\n\nSTART = datetime(2024, 1, 1)\n_PRIVATE = 1\n",
  };

  it("reports names no star-imported module binds (its __all__, else its public names); a task body's is a warning", async () => {
    const tree = makeTempTree({
      ...helpers,
      "dags/all.py": dag("from include.common import *", "print(HIDDEN)"),
      "dags/private.py": dag("from include.plain import *", "print(_PRIVATE, datetime, START)"),
      "dags/task.py": dag("from airflow.decorators import task\nfrom include.common import *\n\n\n@task\ndef t():\n    return MISSING\n", "t()"),
      "dags/fine.py": dag("from include.common import *\nfrom include.plain import *", "print(START, OWNER, datetime)"),
    });
    const { rows, findings } = await judged(tree.dir);
    expect(rows).toEqual(["dags/all.py:7 undefined-name error", "dags/private.py:7 undefined-name error", "dags/task.py:10 undefined-name warning"]);
    expect(findings[0]?.fix).toContain("`from include.common import *` brings only the names of its __all__ (START, OWNER)");
    expect(findings[1]?.fix).toContain("leaves out names starting with an underscore");
  });

  it("says nothing when a star-imported module's names are not known", async () => {
    const cases: Record<string, Record<string, string>> = {
      "not a project module": { "dags/uses.py": dag("from include.common import *\nfrom os.path import *", "print(HIDDEN)") },
      "__all__ extended": { "include/common.py": '__all__ = ["START"]\n__all__ += ["HIDDEN"]\nSTART = 1\nHIDDEN = 2\n', "dags/uses.py": dag("from include.common import *", "print(HIDDEN)") },
      "__all__ computed": { "include/common.py": '__all__ = ["START"] + ["HIDDEN"]\nSTART = 1\nHIDDEN = 2\n', "dags/uses.py": dag("from include.common import *", "print(HIDDEN)") },
      "names bound at run time": { "include/plain.py": 'globals()["HIDDEN"] = 2\n', "dags/uses.py": dag("from include.plain import *", "print(HIDDEN)") },
      "written in the module": { "include/plain.py": "def make():\n    return HIDDEN\n", "dags/uses.py": dag("from include.plain import *", "print(HIDDEN)") },
      "guarded star import": { "dags/uses.py": dag("try:\n    from include.common import *\nexcept ImportError:\n    pass", "print(HIDDEN)") },
      // A package without __all__ brings its submodules' names too, once they are imported.
      "package submodule": { "include/pkg/__init__.py": "X = 1\n", "include/pkg/HIDDEN.py": "", "dags/uses.py": dag("from include.pkg import *", "print(HIDDEN)") },
    };
    for (const [name, files] of Object.entries(cases)) {
      const tree = makeTempTree({ ...helpers, ...files });
      expect((await judged(tree.dir)).rows, name).toEqual([]);
    }
  });

  it("judges again when the helper changes while the DAG file is served judged from the cache", async () => {
    const tree = makeTempTree({ ...helpers, "dags/uses.py": dag("from include.common import *", "print(HIDDEN)") });
    const cacheDir = join(tree.dir, ".cache");
    expect((await judged(tree.dir, cacheDir)).rows).toEqual(["dags/uses.py:7 undefined-name error"]);
    expect((await judged(tree.dir, cacheDir)).rows).toEqual(["dags/uses.py:7 undefined-name error"]);
    writeFileSync(join(tree.dir, "include/common.py"), '__all__ = ["START", "HIDDEN"]\nSTART = 1\nHIDDEN = 2\n');
    expect((await judged(tree.dir, cacheDir)).rows).toEqual([]);
  });
});

describe("calls of helpers' @task functions", () => {
  const tasks = {
    Dockerfile: DOCKERFILE,
    "include/__init__.py": "",
    "include/tasks.py": "from airflow.decorators import task\n\n\n@task\ndef load(table, schema=\"raw\"):\n    return table\n\n\n@task.sensor\ndef wait(x):\n    return True\n",
  };

  it("reports a call DecoratedOperator refuses, with where the function is defined", async () => {
    const tree = makeTempTree({ ...tasks, "dags/uses.py": dag("from include.tasks import load", 'load("a", schemaa="b")') });
    const { rows, findings } = await judged(tree.dir);
    expect(rows).toEqual(["dags/uses.py:7 task-argument-invalid error"]);
    expect(findings[0]?.message).toBe(
      "the @task function 'load' (defined in include/tasks.py line 4) is called with arguments it does not take: importing the file fails with TypeError: got an unexpected keyword argument 'schemaa'",
    );
  });

  it("says nothing for calls that bind, sensors, names bound again, and calls not run at import", async () => {
    const cases: Record<string, string> = {
      binds: dag("from include.tasks import load", 'load("a")\n    load(table="a", schema="b")\n    load.override(task_id="x")("a", "b")'),
      sensor: dag("from include.tasks import wait", "wait()"),
      "bound again": dag("from include.tasks import load\n\nload = print", "load()"),
      parameter: dag("from include.tasks import load\n\n\ndef make(load):\n    load()", "make(print)"),
      "uncalled function": dag("from include.tasks import load\n\n\ndef never():\n    load()"),
      splat: dag("from include.tasks import load", "load(*[1])"),
    };
    for (const [name, source] of Object.entries(cases)) {
      const tree = makeTempTree({ ...tasks, "dags/uses.py": source });
      expect((await judged(tree.dir)).rows, name).toEqual([]);
    }
  });

  it("judges again when the helper's signature changes while the DAG file is served judged from the cache", async () => {
    const tree = makeTempTree({ ...tasks, "dags/uses.py": dag("from include.tasks import load", 'load("a", "b", "c")') });
    const cacheDir = join(tree.dir, ".cache");
    expect((await judged(tree.dir, cacheDir)).rows).toEqual(["dags/uses.py:7 task-argument-invalid error"]);
    writeFileSync(join(tree.dir, "include/tasks.py"), "from airflow.decorators import task\n\n\n@task\ndef load(*args):\n    return args\n");
    expect((await judged(tree.dir, cacheDir)).rows).toEqual([]);
  });

  it("follows the check's level, and not helper-import-failed's", async () => {
    const files = { ...tasks, "dags/uses.py": dag("from include.tasks import load", "load()") };
    const helperOff = makeTempTree({ ...files, "astro-ci.yaml": 'version: 1\nvalidate:\n  checks:\n    helper-import-failed: "off"\n' });
    expect((await judged(helperOff.dir)).rows).toEqual(["dags/uses.py:7 task-argument-invalid error"]);
    const warning = makeTempTree({ ...files, "astro-ci.yaml": 'version: 1\nvalidate:\n  checks:\n    task-argument-invalid: warning\n' });
    expect((await judged(warning.dir)).rows).toEqual(["dags/uses.py:7 task-argument-invalid warning"]);
  });
});

describe("taskCallProblem", () => {
  const signature = { positional: [{ name: "table", required: true, positionalOnly: false }], keywordOnly: [{ name: "mode", required: true }], varArgs: false, varKeywords: false };
  it("words what inspect.Signature.bind raises, in its order", () => {
    expect(taskCallProblem(signature, "f", 2, [])?.problem).toBe("too many positional arguments");
    expect(taskCallProblem(signature, "f", 1, ["table", "mode"])?.problem).toBe("multiple values for argument 'table'");
    expect(taskCallProblem(signature, "f", 1, [])?.problem).toBe("missing a required argument: 'mode'");
    expect(taskCallProblem(signature, "f", 1, ["mode", "x"])?.problem).toBe("got an unexpected keyword argument 'x'");
    expect(taskCallProblem(signature, "f", 1, ["mode"])).toBeUndefined();
    expect(taskCallProblem({ ...signature, contextKeyDefault: "ds" }, "f", 1, ["mode"])).toMatchObject({ error: "ValueError" });
  });
});
