import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

/** A DAG of `tasks` EmptyOperators chained with one `t0 >> t1 >> ...` statement, as generated DAG code writes it. */
function chainDag(dagId: string, tasks: number): string {
  const lines = ["from datetime import datetime", "from airflow import DAG", "from airflow.operators.empty import EmptyOperator", "", `with DAG(dag_id="${dagId}", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"]):`];
  for (let i = 0; i < tasks; i++) lines.push(`    t${i} = EmptyOperator(task_id="t${i}")`);
  lines.push(`    ${Array.from({ length: tasks }, (_, i) => `t${i}`).join(" >> ")}`);
  return `${lines.join("\n")}\n`;
}

/**
 * 30 ordinary DAG files (enough for the split analysis) and files nested deeper than the main thread's stack allows
 * a recursive walk or ruff's wasm: before, the 1,050-task chain stopped the run with "internal error: Maximum call
 * stack size exceeded" (exit 3) on one thread and split alike.
 */
function project(): Record<string, string> {
  const files: Record<string, string> = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n" };
  for (let i = 0; i < 30; i++) files[`dags/d${i}.py`] = `from airflow import DAG\nimport pendulum\nwith DAG("d${i}", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), tags=["t"]):\n    pass\n`;
  // CPython 3.11 compiles it (1,050 levels; its limit is ~2,990): analysed in full, on the deep-files thread.
  files["dags/chain.py"] = chainDag("chain", 1050);
  // A boolean chain tree-sitter nests 1,200 deep, the same DAG file otherwise.
  files["dags/flags.py"] = `from airflow import DAG\nwith DAG("flags", schedule=None, tags=["t"]):\n    pass\nok = ${Array(1200).fill("True").join(" and ")}\n`;
  // 3,100 levels: CPython 3.11 stops with RecursionError, so Airflow cannot import it.
  files["dags/too_deep.py"] = `# airflow dag\nx = ${Array(3100).fill("1").join(" >> ")}\n`;
  // Far deeper still (hostile input): reported the same way, never given to ruff (whose wasm it would corrupt).
  files["dags/hostile.py"] = `# airflow dag\nx = ${"-".repeat(200_000)}1\n`;
  // Found by a fresh tester: a lone \r ends a comment for CPython and ruff, not for tree-sitter's grammar, which hid
  // 8,000 levels from the depth checks; ruff then overran its wasm stack ("memory access out of bounds", exit 3).
  files["dags/cr_deep.py"] = `# airflow dag\nimport os\nx = 1  # see below\ry = ${"[*".repeat(4000)}a${"]".repeat(4000)}\nz = 2\n`;
  // CPython's tokenizer allows 200 nested brackets (3.11 checked: 200 compile; 201: "too many nested parentheses").
  for (const n of [200, 201]) files[`dags/brackets_${n}.py`] = `from airflow import DAG\nwith DAG("b${n}", schedule=None, tags=["t"]):\n    pass\nx = ${"(".repeat(n)}1${")".repeat(n)}\n`;
  // 3,500 chained tuple assignments: tree-sitter nests them 3,500 deep, CPython keeps the targets in one list and
  // compiles it (second tester: reported as too deep, its DAG lost).
  files["dags/chained.py"] = `from airflow import DAG\nwith DAG("chained", schedule=None, tags=["t"]):\n    pass\n${"a, b = ".repeat(3500)}1, 2\n`;
  // And a DAG file with lone \r line ends (old Mac style), which CPython imports: its DAG was not seen at all.
  files["dags/cr_only.py"] = `from airflow import DAG\rimport pendulum\rwith DAG("cr_only", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1), tags=["t"]):\r    pass\r`;
  return files;
}

type Report = { findings: { checkId: string; file: string; message: string }[]; projects: { dags: { dagId: string; taskCount: number }[] }[] };

describe("files nested deeper than the usual analysis' stack (dist/deep-files.js)", () => {
  it("are analysed, or reported as not compiling, alike on one thread and split, never an internal error", async () => {
    const t = makeTempTree(project());
    try {
      const common = ["validate-dags", t.dir, "--format", "json", "--dynamic", "off", "--no-cache"];
      const [split, single] = await Promise.all([run(common), run([...common, "--jobs", "1"])]);
      for (const result of [split, single]) {
        expect(result.stderr).not.toMatch(/internal error|Maximum call stack/);
        expect(result.code, result.stderr).toBe(1);
      }
      const a = JSON.parse(split.stdout) as Report;
      const b = JSON.parse(single.stdout) as Report;
      expect(a.findings).toEqual(b.findings);
      expect(a.projects[0]?.dags).toEqual(b.projects[0]?.dags);

      const dags = a.projects[0]?.dags ?? [];
      expect(dags.find((d) => d.dagId === "chain")?.taskCount).toBe(1050);
      expect(dags.map((d) => d.dagId)).toEqual(expect.arrayContaining(["flags", "cr_only", "b200", "chained"]));
      expect(dags.map((d) => d.dagId)).not.toContain("b201");
      expect(dags).toHaveLength(35);
      const syntax = a.findings.filter((f) => f.checkId === "syntax-error");
      expect(syntax.map((f) => f.file).sort()).toEqual(["dags/brackets_201.py", "dags/cr_deep.py", "dags/hostile.py", "dags/too_deep.py"]);
      expect(syntax.find((f) => f.file === "dags/brackets_201.py")).toMatchObject({ line: 4, column: 205, message: expect.stringMatching(/^too many nested parentheses/) });
      expect(syntax.find((f) => f.file === "dags/cr_deep.py")).toMatchObject({ line: 4 });
      expect(syntax.find((f) => f.file === "dags/too_deep.py")?.message).toMatch(/nests 3,\d{3} levels deep.*RecursionError/);
      expect(a.findings.filter((f) => f.file === "dags/chain.py" && f.checkId === "syntax-error")).toEqual([]);
    } finally {
      t.cleanup();
    }
  }, 180_000);
});
