import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Finding } from "../../src/core/findings.js";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * helper-import-failed (src/dags/helper-modules.ts): what DagBag 2.10.5 does with the same shapes is in the corpus
 * (helper-modules); these are what the corpus cannot hold: warm runs with the analysis cache (a DAG file served
 * judged while its helper changes), suppressions, check levels, and shapes left alone because they are not certain.
 */
const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.7.0\n";
const dagImporting = (line: string): string => `"""An Airflow DAG."""
from datetime import datetime

from airflow import DAG
${line}

with DAG("d", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

async function helperFindings(dir: string, cacheDir?: string): Promise<Finding[]> {
  const config = await loadConfig({ repoRoot: dir });
  const entry = config.projects[0];
  if (!entry) throw new Error("no project");
  const cache = cacheDir ? await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 }) : undefined;
  const result = await validateProject(entry, { repoRoot: dir, analyzer, cache, logger: new RecordingLogger() }, config.file);
  await cache?.save();
  return result.findings.filter((f) => f.checkId === "helper-import-failed");
}

describe("helper-import-failed", () => {
  it("names the helper, its line and the problem, on the DAG file's import line", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/helpers.py": "import os\n\n\ndef f(:\n    pass\n",
      "dags/uses.py": dagImporting("from include.helpers import f"),
    });
    const [finding, ...rest] = await helperFindings(tree.dir);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ checkId: "helper-import-failed", severity: "error", file: "dags/uses.py", line: 5 });
    expect(finding?.message).toContain("include/helpers.py");
    expect(finding?.message).toContain("SyntaxError");
    expect(finding?.message).toContain("raised in include/helpers.py:4");
  });

  it("says UnboundLocalError, in the project's Python's words, for a helper whose module-level call reads a local above its binding", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/helpers.py": "def load():\n    value = CONFIG + 1\n    CONFIG = 2\n    return value\n\n\nVALUE = load()\n",
      "dags/uses.py": dagImporting("from include.helpers import VALUE"),
    });
    const [finding, ...rest] = await helperFindings(tree.dir);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ checkId: "helper-import-failed", severity: "error", file: "dags/uses.py", line: 5 });
    expect(finding?.message).toContain("UnboundLocalError: cannot access local variable 'CONFIG' where it is not associated with a value (raised in include/helpers.py:2)");
  });

  it("follows a helper that changed while the DAG file, served judged from the cache, did not", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/helpers.py": "VALUE = 1\n",
      "dags/uses.py": dagImporting("from include.helpers import VALUE"),
    });
    const cacheDir = join(tree.dir, ".cache");
    expect(await helperFindings(tree.dir, cacheDir)).toEqual([]);
    writeFileSync(join(tree.dir, "include/helpers.py"), "VALUE = UNDEFINED_THING\n");
    const broken = await helperFindings(tree.dir, cacheDir);
    expect(broken.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(["dags/uses.py:5 error"]);
    expect(broken[0]?.message).toContain("NameError: name 'UNDEFINED_THING' is not defined (raised in include/helpers.py:1)");
    // Warm again, nothing changed: the same finding (the DAG file's record keeps its project imports).
    expect((await helperFindings(tree.dir, cacheDir)).map((f) => f.message)).toEqual(broken.map((f) => f.message));
    writeFileSync(join(tree.dir, "include/helpers.py"), "VALUE = 2\n");
    expect(await helperFindings(tree.dir, cacheDir)).toEqual([]);
  });

  it("is a warning when the helper only imports a module nothing installs, and follows the levels of the causes", async () => {
    const files = {
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/needs.py": "import nonexistent_pkg_xyz\n",
      "include/broken.py": "X = (\n",
      "dags/a.py": dagImporting("import include.needs"),
      "dags/b.py": dagImporting("import include.broken"),
    };
    const plain = makeTempTree(files);
    expect((await helperFindings(plain.dir)).map((f) => `${f.file} ${f.severity}`)).toEqual(["dags/a.py warning", "dags/b.py error"]);
    const unresolvedOff = makeTempTree({ ...files, "astro-ci.yaml": "version: 1\nvalidate:\n  checks:\n    unresolved-import: \"off\"\n" });
    expect((await helperFindings(unresolvedOff.dir)).map((f) => f.file)).toEqual(["dags/b.py"]);
    const off = makeTempTree({ ...files, "astro-ci.yaml": "version: 1\nvalidate:\n  checks:\n    helper-import-failed: \"off\"\n" });
    expect(await helperFindings(off.dir)).toEqual([]);
  });

  it("honours an astro-ci: ignore comment on the import line", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/broken.py": "X = (\n",
      "dags/uses.py": dagImporting("import include.broken  # astro-ci: ignore[helper-import-failed]"),
    });
    expect(await helperFindings(tree.dir)).toEqual([]);
  });

  it("leaves alone what is not certain: opaque packages, relative imports in helpers, run-time imports, a module in two folders of sys.path", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/opaque/__init__.py": "from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n",
      "include/opaque/broken.py": "X = (\n",
      "include/rel/__init__.py": "from .broken import X\n",
      "include/rel/broken.py": "X = (\n",
      "include/broken.py": "X = (\n",
      "dags/opaque.py": dagImporting("from include.opaque.broken import X"),
      "dags/rel.py": dagImporting("from include.rel import X"),
      "dags/later.py": dagImporting("\n\ndef later():\n    import include.broken\n"),
      // In the project root and in dags/: which one Python imports depends on sys.path's order.
      "twice.py": "X = (\n",
      "dags/twice.py": "X = 1\n",
      "dags/ambiguous.py": dagImporting("import twice"),
    });
    expect(await helperFindings(tree.dir)).toEqual([]);
  });

  it("a name a helper only annotates (`LIMIT: int`) cannot be imported; one it binds (a value, a `global` in a called function) can", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/cfg.py": "LIMIT: int\nTIMEOUT: int = 30\nBATCH: int\n\n\ndef load():\n    global BATCH\n    BATCH = 5\n\n\nload()\n",
      "include/dynamic.py": "LIMIT: int\nglobals()['LIMIT'] = 3\n",
      "include/later.py": "LIMIT: int\nif True:\n    LIMIT = 3\n",
      "dags/annotated.py": dagImporting("from include.cfg import TIMEOUT, LIMIT"),
      "dags/bound.py": dagImporting("from include.cfg import BATCH, TIMEOUT"),
      "dags/dynamic.py": dagImporting("from include.dynamic import LIMIT"),
      "dags/later.py": dagImporting("from include.later import LIMIT"),
    });
    const cacheDir = join(tree.dir, ".cache");
    for (const run of ["cold", "warm"]) {
      const findings = await helperFindings(tree.dir, cacheDir);
      expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`), run).toEqual(["dags/annotated.py:5 error"]);
      expect(findings[0]?.message).toContain("ImportError: cannot import name 'LIMIT' from 'include.cfg' (include/cfg.py)");
      expect(findings[0]?.fix).toContain("only annotates 'LIMIT'");
    }
  });

  it("a relative import in a helper imported as a top-level module fails; in a package module it does not", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "dags/limits.py": "ROWS = 10\n",
      "dags/common.py": "from .limits import ROWS\n",
      "dags/common_dot.py": "from . import limits\n",
      "dags/guarded.py": "try:\n    from .limits import ROWS\nexcept ImportError:\n    from limits import ROWS\n",
      "dags/pkg/__init__.py": "",
      "dags/pkg/limits.py": "ROWS = 10\n",
      "dags/pkg/settings.py": "from .limits import ROWS\n",
      "dags/uses_common.py": dagImporting("from common import ROWS"),
      "dags/uses_dot.py": dagImporting("import common_dot"),
      "dags/uses_guarded.py": dagImporting("from guarded import ROWS"),
      "dags/uses_pkg.py": dagImporting("from pkg.settings import ROWS"),
    });
    const findings = await helperFindings(tree.dir);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(["dags/uses_common.py:5 error", "dags/uses_dot.py:5 error"]);
    expect(findings[0]?.message).toContain("ImportError: attempted relative import with no known parent package (raised in dags/common.py:1)");
    expect(findings[0]?.fix).toContain("'from limits import ROWS'");
    expect(findings[1]?.fix).toContain("'import limits'");
  });

  it("a relative import going above the top-level package a helper is imported in fails (checked with real DagBag)", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "dags/limits.py": "ROWS = 10\n",
      "dags/pkg/__init__.py": "",
      "dags/pkg/beyond.py": "from ..limits import ROWS\n",
      "dags/pkg2/__init__.py": "from .. import limits\n",
      "include/cfg.py": "ROWS = 10\n",
      "include/deep/__init__.py": "",
      "include/deep/inner.py": "from ..cfg import ROWS\n",
      "include/deep/beyond.py": "from ...cfg import ROWS\n",
      "dags/uses_beyond.py": dagImporting("from pkg.beyond import ROWS"),
      "dags/uses_pkg2.py": dagImporting("import pkg2"),
      "dags/uses_inner.py": dagImporting("from include.deep.inner import ROWS"),
      "dags/uses_deep_beyond.py": dagImporting("from include.deep.beyond import ROWS"),
    });
    const findings = await helperFindings(tree.dir);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(["dags/uses_beyond.py:5 error", "dags/uses_deep_beyond.py:5 error", "dags/uses_pkg2.py:5 error"]);
    for (const f of findings) expect(f.message).toContain("ImportError: attempted relative import beyond top-level package");
    expect(findings[0]?.message).toContain("(raised in dags/pkg/beyond.py:1)");
    expect(findings[1]?.fix).toContain("'...cfg' goes 3 up");
  });

  it("names the outermost missing package as Python does, and gives bare-import advice that works", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/snow.py": "from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook\n",
      // microsoft.azure is preinstalled: airflow.providers.microsoft is there, airflow.providers.microsoft.mssql is not.
      "include/mssql.py": "from airflow.providers.microsoft.mssql.hooks.mssql import MsSqlHook\n",
      "include/bare.py": "import team_utils\n",
      "dags/snow.py": dagImporting("import include.snow"),
      "dags/mssql.py": dagImporting("import include.mssql"),
      "dags/bare.py": dagImporting("import include.bare"),
    });
    const byFile = new Map((await helperFindings(tree.dir)).map((f) => [f.file, f]));
    expect(byFile.get("dags/snow.py")?.message).toContain("No module named 'airflow.providers.snowflake' (raised in include/snow.py:1)");
    expect(byFile.get("dags/mssql.py")?.message).toContain("No module named 'airflow.providers.microsoft.mssql' (raised");
    const bare = byFile.get("dags/bare.py");
    expect(bare?.message).toContain("No module named 'team_utils'");
    expect(bare?.fix).toContain("`include/team_utils.py` is `include.team_utils`");
    expect(bare?.fix).not.toContain("put the module in include/");
  });

  it("does not follow imports under an if of unknown truth (in the helper, in the DAG file, through a function called there)", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/broken.py": "X = (\n",
      "include/compat.py": "import os\nimport sys\n\nif sys.version_info >= (3, 11):\n    import tomllib\nelse:\n    import tomli as tomllib\nif os.getenv('X') == '1':\n    import nonexistent_pkg_xyz\n",
      "include/dead.py": "if __name__ == '__main__':\n    args = parse_args()\nif False:\n    missing_name()\nVALUE = 1\n",
      "dags/compat.py": dagImporting("import include.compat"),
      "dags/dead.py": dagImporting("import include.dead"),
      "dags/flag.py": dagImporting("import os\n\nif os.getenv('X'):\n    import include.broken"),
      "dags/called.py": dagImporting("import os\n\n\ndef load():\n    import include.broken\n\n\nif os.getenv('X'):\n    load()"),
      // Constant truth is judged: `if True:` runs, so this one is reported.
      "dags/always.py": dagImporting("if True:\n    import include.broken"),
    });
    expect((await helperFindings(tree.dir)).map((f) => f.file)).toEqual(["dags/always.py"]);
  });

  it("reports a name or submodule the project lacks only where the module's names are static", async () => {
    const tree = makeTempTree({
      Dockerfile: DOCKERFILE,
      "include/__init__.py": "",
      "include/lib/__init__.py": "",
      "include/lib/helpers.py": "def make_table():\n    pass\n",
      "include/lib/dyn.py": "globals()['late'] = 1\n",
      "include/lib/star.py": "from include.lib.helpers import *\n",
      "include/ns/helpers.py": "A = 1\n",
      "dags/name.py": dagImporting("from include.lib.helpers import make_tables"),
      "dags/sub.py": dagImporting("from include.lib import helperz"),
      "dags/module.py": dagImporting("import include.lib.helperz"),
      "dags/dyn.py": dagImporting("from include.lib.dyn import late"),
      "dags/star.py": dagImporting("from include.lib.star import anything"),
      // include/ns has no __init__.py: a namespace package, whose portions may be elsewhere.
      "dags/ns.py": dagImporting("import include.ns.other"),
    });
    const found = await helperFindings(tree.dir);
    expect(found.map((f) => `${f.file} ${f.severity}`).sort()).toEqual(["dags/module.py error", "dags/name.py error", "dags/sub.py error"]);
    const name = found.find((f) => f.file === "dags/name.py");
    expect(name?.message).toContain("ImportError: cannot import name 'make_tables' from 'include.lib.helpers' (include/lib/helpers.py)");
    expect(name?.fix).toContain("did you mean 'make_table' (line 1)?");
    expect(found.find((f) => f.file === "dags/module.py")?.message).toContain("ModuleNotFoundError: No module named 'include.lib.helperz'");
    expect(found.find((f) => f.file === "dags/sub.py")?.fix).toContain("did you mean 'helpers'?");
  });
});
