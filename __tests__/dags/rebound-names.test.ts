import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Finding } from "../../src/core/findings.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Names a DAG file binds again after importing them (a module-level class or def, also under if/try), and names it
 * sets on the builtins module (src/dags/inventory.ts: collectModuleFacts' reboundAliases/localShadows,
 * namesSetOnBuiltins → FileInventory.builtinsNames; src/dags/ruff.ts drops undefined-name for those). What DagBag
 * 2.10.5 does with the same shapes is in the corpus (rebound-names); these pin each shape and its control.
 */
const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.7.0\n";
const CHECKED = new Set(["task-argument-invalid", "dag-argument-unknown", "undefined-name", "task-id-valid"]);
const DAG_ARGS = 'start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}';

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

/** The static tier over a project of `files` (a Dockerfile added): these checks' findings as `file:line check severity`, and the DAGs listed. */
async function judged(files: Record<string, string>): Promise<{ rows: string[]; findings: Finding[]; dags: string[] }> {
  const tree = makeTempTree({ Dockerfile: DOCKERFILE, ...files });
  const config = await loadConfig({ repoRoot: tree.dir });
  const entry = config.projects[0];
  if (!entry) throw new Error("no project");
  const result = await validateProject(entry, { repoRoot: tree.dir, analyzer, logger: new RecordingLogger() }, config.file);
  const findings = result.findings.filter((f) => CHECKED.has(f.checkId));
  return { rows: findings.map((f) => `${f.file}:${f.line} ${f.checkId} ${f.severity}`), findings, dags: result.dags.map((d) => `${d.file}:${d.dagId}`).sort() };
}

describe("an imported core name bound again by the file's own class or def", () => {
  const shadowClass = `class BashOperator(BashOperator):
    def __init__(self, *, team: str, **kwargs):
        kwargs.setdefault("bash_command", f"echo {team}")
        super().__init__(**kwargs)
`;
  const bashFile = (definition: string): string => `from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator


${definition}

with DAG("bash_team", ${DAG_ARGS}):
    BashOperator(task_id="bash", bash_command="echo data", team="data")
`;

  it("takes the class's keywords: no task-argument-invalid for a keyword only the shadowing class takes", async () => {
    const { rows, dags } = await judged({ "dags/shadow.py": bashFile(shadowClass) });
    expect(rows).toEqual([]);
    expect(dags).toEqual(["dags/shadow.py:bash_team"]);
  });

  it("reports the same call when no class takes the name (BashOperator.__init__ refuses team=)", async () => {
    const { rows, findings } = await judged({ "dags/plain.py": bashFile("# no class of the file takes the name") });
    expect(rows).toEqual(["dags/plain.py:10 task-argument-invalid error"]);
    expect(findings[0]?.message).toMatch(/^BashOperator takes no argument 'team': importing the file fails with AirflowException: Invalid arguments were passed to BashOperator/);
  });

  it("checks a core operator the file does not bind again, next to one it does", async () => {
    const { rows } = await judged({
      "dags/mixed.py": `from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator


${shadowClass}

with DAG("mixed", ${DAG_ARGS}):
    BashOperator(task_id="bash", team="data") >> EmptyOperator(task_id="done", retires=2)
`,
    });
    expect(rows).toEqual(["dags/mixed.py:15 task-argument-invalid error"]);
  });

  it("takes a def's keywords when the def binding the name is under if or try", async () => {
    const wrapper = (indent: string): string =>
      [`def BashOperator(*, script: str, **kwargs):`, `    return CoreBash(bash_command=f"bash /scripts/{script} ", **kwargs)`].map((line) => indent + line).join("\n");
    const file = (guarded: string): string => `import sys
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.bash import BashOperator as CoreBash

${guarded}

with DAG("guarded", ${DAG_ARGS}):
    BashOperator(task_id="load", script="load.sh")
`;
    const underIf = await judged({ "dags/under_if.py": file(`if sys.version_info >= (3, 8):\n${wrapper("    ")}`) });
    expect(underIf.rows).toEqual([]);
    const underTry = await judged({ "dags/under_try.py": file(`try:\n${wrapper("    ")}\nexcept Exception:\n    pass`) });
    expect(underTry.rows).toEqual([]);
    // Control: the same call of Airflow's BashOperator.
    const unguarded = await judged({ "dags/no_def.py": file("") });
    expect(unguarded.rows).toEqual(["dags/no_def.py:11 task-argument-invalid error", "dags/no_def.py:11 task-argument-invalid error"]);
    expect(unguarded.findings.map((f) => f.message.split(":")[0]).sort()).toEqual([
      "BashOperator is called without its required argument 'bash_command'",
      "BashOperator takes no argument 'script'",
    ]);
  });

  it("still lists a DAG made by `class DAG(DAG)`, with the subclass's own keywords taken", async () => {
    const { rows, dags } = await judged({
      "dags/shadow_dag.py": `from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


class DAG(DAG):
    def __init__(self, dag_id, *, team: str, **kwargs):
        kwargs.setdefault("tags", [team])
        super().__init__(dag_id, **kwargs)


with DAG("shadow_dag", team="data", start_date=datetime(2024, 1, 1), schedule=None, default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
`,
    });
    expect(rows).toEqual([]);
    expect(dags).toEqual(["dags/shadow_dag.py:shadow_dag"]);
  });

  it("reads `class DAG(DAG): pass` as a DAG subclass: DAG.__init__() still refuses team=", async () => {
    const { rows, dags } = await judged({
      "dags/plain_dag.py": `from datetime import datetime

from airflow import DAG


class DAG(DAG):
    pass


with DAG("plain_dag", ${DAG_ARGS}, team="data"):
    pass
`,
    });
    expect(rows).toEqual(["dags/plain_dag.py:10 dag-argument-unknown error"]);
    expect(dags).toEqual(["dags/plain_dag.py:plain_dag"]);
  });

  it("lists the DAG of a `def DAG(...)` wrapper once", async () => {
    const { rows, dags } = await judged({
      "dags/wrapped.py": `from datetime import datetime

from airflow import DAG
from airflow.models.dag import DAG as AirflowDAG
from airflow.operators.empty import EmptyOperator


def DAG(dag_id, *, team: str, **kwargs):
    kwargs.setdefault("tags", [team])
    return AirflowDAG(dag_id, **kwargs)


with DAG("wrapped", team="data", start_date=datetime(2024, 1, 1), schedule=None, default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
`,
    });
    expect(rows).toEqual([]);
    expect(dags).toEqual(["dags/wrapped.py:wrapped"]);
  });
});

describe("names set on the builtins module", () => {
  const dagReading = (setup: string, reads: string): string => `import builtins
from datetime import datetime

from airflow import DAG

${setup}

with DAG("builtins_dag", start_date=datetime(2024, 1, 1), schedule=None, tags=[${reads}], default_args={"owner": "team", "retries": 2}):
    pass
`;

  it("defines names set by attribute, setattr, an `import builtins as` alias and __builtins__[...]: no undefined-name", async () => {
    const cases: Record<string, string> = {
      attribute: 'builtins.TEAM_NAME = "data"',
      setattr: 'setattr(builtins, "TEAM_NAME", "data")',
      alias: 'import builtins as py_builtins\npy_builtins.TEAM_NAME = "data"',
      subscript: '__builtins__["TEAM_NAME"] = "data"',
    };
    for (const [name, setup] of Object.entries(cases)) {
      const { rows, dags } = await judged({ "dags/set.py": dagReading(setup, "TEAM_NAME") });
      expect(rows, name).toEqual([]);
      expect(dags, name).toEqual(["dags/set.py:builtins_dag"]);
    }
  });

  it("reports a name read but never set there as undefined-name (an error: NameError)", async () => {
    const { rows, findings } = await judged({ "dags/typo.py": dagReading('builtins.TEAM_NAME = "data"', "TEAM_NAEM") });
    expect(rows).toEqual(["dags/typo.py:8 undefined-name error"]);
    expect(findings[0]?.message).toContain("TEAM_NAEM");
  });

  it("defines names a project module the file imports sets there (directly, through another helper, by `from pkg import module`)", async () => {
    const reads = (imports: string): string => `${imports}
from datetime import datetime

from airflow import DAG

with DAG("helper_builtins", start_date=START, schedule=None, tags=[TEAM], default_args={"owner": "team", "retries": 2}):
    pass
`;
    const helper = 'import builtins\nfrom datetime import datetime\nbuiltins.START = datetime(2024, 1, 1)\nsetattr(builtins, "TEAM", "data")\n';
    const cases: Record<string, Record<string, string>> = {
      direct: { "dags/d.py": reads("import include.inject"), "include/__init__.py": "", "include/inject.py": helper },
      fromPackage: { "dags/d.py": reads("from include import inject  # noqa: F401"), "include/__init__.py": "", "include/inject.py": helper },
      through: { "dags/d.py": reads("import include.setup"), "include/__init__.py": "", "include/setup.py": "import include.inject\n", "include/inject.py": helper },
    };
    for (const [name, files] of Object.entries(cases)) {
      const { rows, dags } = await judged(files);
      expect(rows, name).toEqual([]);
      expect(dags, name).toEqual(["dags/d.py:helper_builtins"]);
    }
    // A name no imported module sets stays an error; one a module sets under a computed name only a warning.
    const typo = await judged({ ...cases.direct, "dags/d.py": reads("import include.inject").replace("tags=[TEAM]", "tags=[TEAM_NAEM]") });
    expect(typo.rows).toEqual(["dags/d.py:6 undefined-name error"]);
    const computed = await judged({ ...cases.direct, "include/inject.py": 'import builtins\nfor key, value in {"START": 1, "TEAM": "t"}.items():\n    setattr(builtins, key, value)\n' });
    expect(computed.rows).toEqual(["dags/d.py:6 undefined-name warning", "dags/d.py:6 undefined-name warning"]);
  });

  it("gives warnings only when the file writes names it does not spell (builtins.__dict__.update(...))", async () => {
    const { rows } = await judged({ "dags/update.py": dagReading('builtins.__dict__.update({"TEAM_NAME": "data"})', "TEAM_NAME") });
    expect(rows).toEqual(["dags/update.py:8 undefined-name warning"]);
  });
});

/*
 * Names bound again at run time (src/dags/inventory.ts: boundAtRunTime): a star import below the name's import, a
 * globals()/vars()/sys.modules[__name__] write naming it or computing its key. Calls of such a name are not judged as
 * Airflow's class (signature, task_id) nor as the file's `def` (python_callable=fn()).
 */
describe("names a star import or a globals() write may bind again", () => {
  const TEAM_OPS = `from airflow.operators.bash import BashOperator as _CoreBash


class BashOperator(_CoreBash):
    def __init__(self, env_name="dev", **kwargs):
        kwargs.setdefault("bash_command", f"run.sh {env_name}")
        super().__init__(**kwargs)
`;
  const bashFile = (imports: string): string => `from datetime import datetime

from airflow import DAG
${imports}

with DAG("rebound", ${DAG_ARGS}):
    BashOperator(task_id="deploy", bash_command="run.sh", env_name="prod")
`;
  const withOps = (file: string): Record<string, string> => ({ "include/__init__.py": "", "include/ops.py": TEAM_OPS, "dags/d.py": file });

  it("does not judge an operator a star import below its import may bind again", async () => {
    const { rows } = await judged(withOps(bashFile("from airflow.operators.bash import BashOperator\nfrom include.ops import *")));
    expect(rows).toEqual([]);
  });

  it("judges it when the star import comes before the import (the import wins)", async () => {
    const { rows } = await judged(withOps(bashFile("from include.ops import *\nfrom airflow.operators.bash import BashOperator")));
    expect(rows).toEqual(["dags/d.py:8 task-argument-invalid error"]);
  });

  it("does not judge an operator globals().update(...) or globals()[key] binds again, but does for a write of another name", async () => {
    const imports = "from airflow.operators.bash import BashOperator\nimport include.ops as ops\n";
    expect((await judged(withOps(bashFile(`${imports}globals().update(BashOperator=ops.BashOperator)`)))).rows).toEqual([]);
    expect((await judged(withOps(bashFile(`${imports}for name in ["BashOperator"]:\n    globals()[name] = getattr(ops, name)`)))).rows).toEqual([]);
    expect((await judged(withOps(bashFile(`${imports}globals()["TEAM"] = "data"`)))).rows).toEqual(["dags/d.py:9 task-argument-invalid error"]);
  });

  it("does not judge a file's @task function or @task decorator a star import below may bind again", async () => {
    const file = (star: string): string => `from datetime import datetime

from airflow import DAG
from airflow.decorators import task


@task
def load(rows: int):
    return rows

${star}

with DAG("tasks", ${DAG_ARGS}):
    load(rows=1, retires=2)
`;
    expect((await judged({ "include/__init__.py": "", "include/helpers.py": "def load(**kw):\n    return None\n", "dags/d.py": file("from include.helpers import *") })).rows).toEqual([]);
    expect((await judged({ "dags/d.py": file("# no star import") })).rows).toEqual(["dags/d.py:14 task-argument-invalid error"]);
  });

  describe("python_callable=fn() where fn is bound again at run time", () => {
    const file = (rebinding: string): string => `import sys
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator


def get_callback():
    return None


${rebinding}

with DAG("callables", ${DAG_ARGS}):
    PythonOperator(task_id="run", python_callable=get_callback())
`;
    it.each([
      ['globals()["get_callback"] = lambda: print'],
      ['vars()["get_callback"] = lambda: print'],
      ['setattr(sys.modules[__name__], "get_callback", lambda: print)'],
      ["setattr(sys.modules[__name__], NAME, lambda: print)"],
      ["sys.modules[__name__].get_callback = lambda: print"],
      ["register(globals())"],
    ])("stays quiet after %s", async (rebinding) => {
      expect((await judged({ "dags/d.py": file(rebinding) })).rows.filter((row) => row.includes("task-argument-invalid"))).toEqual([]);
    });

    it("reports it when the write names another function", async () => {
      const { rows, findings } = await judged({ "dags/d.py": file('setattr(sys.modules[__name__], "other", lambda: print)') });
      expect(rows).toEqual(["dags/d.py:15 task-argument-invalid error"]);
      expect(findings[0]?.message).toMatch(/^python_callable of PythonOperator is get_callback\(\.\.\.\)/);
    });
  });
});

describe("task and group ids of names the file binds to its own function", () => {
  it("does not judge the task_id of a def wrapping an operator (def EmptyOperator(task_id, **kw))", async () => {
    const file = (wrapper: string): string => `from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator${wrapper ? " as _Empty" : ""}
${wrapper}

with DAG("ids", ${DAG_ARGS}):
    EmptyOperator(task_id="load orders")
`;
    const wrapper = `

def EmptyOperator(task_id, **kwargs):
    return _Empty(task_id=task_id.replace(" ", "_"), **kwargs)
`;
    expect((await judged({ "dags/d.py": file(wrapper) })).rows).toEqual([]);
    expect((await judged({ "dags/d.py": file("") })).rows).toEqual(["dags/d.py:8 task-id-valid error"]);
  });

  it("does not judge the group_id of a def wrapping TaskGroup", async () => {
    const file = (wrapper: string): string => `from datetime import datetime

from airflow import DAG
from airflow.utils.task_group import TaskGroup${wrapper ? " as _TaskGroup" : ""}
${wrapper}

with DAG("groups", ${DAG_ARGS}):
    with TaskGroup("Load Orders", tooltip="loads"):
        pass
`;
    const wrapper = `

def TaskGroup(name, **kwargs):
    return _TaskGroup(group_id=name.lower().replace(" ", "_"), **kwargs)
`;
    expect((await judged({ "dags/d.py": file(wrapper) })).rows).toEqual([]);
    expect((await judged({ "dags/d.py": file("") })).rows).toEqual(["dags/d.py:8 task-id-valid error"]);
  });

  it("does not judge an operator's task_id after a star import below its import", async () => {
    const { rows } = await judged({
      "include/__init__.py": "",
      "include/ops.py": "from airflow.operators.empty import EmptyOperator as _Empty\n\n\ndef EmptyOperator(task_id, **kw):\n    return _Empty(task_id=task_id.replace(' ', '_'), **kw)\n",
      "dags/d.py": `from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.ops import *

with DAG("star_ids", ${DAG_ARGS}):
    EmptyOperator(task_id="load orders")
`,
    });
    expect(rows).toEqual([]);
  });
});
