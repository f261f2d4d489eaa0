/**
 * `astro-ci test` on a machine whose Python is missing or has no pytest: the environment's fault, exit 2 naming the
 * interpreter and the fix. It was exit 1, "pytest did not run the suite (exit code 127)" and "spawn python3 ENOENT".
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
  trees.splice(0).forEach((t) => t.cleanup());
});

/** The real python3 of this machine (the suite needs one anyway); a missing one fails here, it does not skip. */
const realPython = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();

async function runTest(path: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const t = makeTempTree({
    "project/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
    "project/dags/.keep": "",
    "project/tests/test_a.py": "def test_a():\n    assert True\n",
  });
  trees.push(t);
  let stdout = "";
  let stderr = "";
  process.env.PATH = path;
  try {
    const code = await runCli(["test", "project", "--airflow", "none", "--repo-root", "."], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
    return { code, stdout, stderr };
  } finally {
    process.env.PATH = savedPath;
  }
}

describe("astro-ci test without a usable Python", () => {
  it("no python3 on PATH: exit 2, says so and how to get one", async () => {
    const empty = makeTempTree({ ".keep": "" });
    trees.push(empty);
    const run = await runTest(empty.dir);
    expect(run.code, run.stderr + run.stdout).toBe(2);
    expect(run.stderr).toBe("astro-ci: python3 was not found on PATH: there is no Python to run pytest with Fix: install Python 3 with pytest (on a runner: actions/setup-python), or put it on PATH\n");
  });

  it("a python3 without pytest: exit 2 naming the missing module and the pip command", async () => {
    expect(realPython).toMatch(/python3[.\d]*$/);
    const bin = makeTempTree({ ".keep": "" });
    trees.push(bin);
    // -S: no site-packages, so no pytest, whatever this machine has installed.
    writeFileSync(join(bin.dir, "python3"), `#!/bin/sh\nexec "${realPython}" -S "$@"\n`);
    chmodSync(join(bin.dir, "python3"), 0o755);
    const run = await runTest(bin.dir);
    expect(run.code, run.stderr + run.stdout).toBe(2);
    expect(run.stderr).toMatch(/^astro-ci: cannot run the tests: python3 as it is has no pytest \(.*No module named pytest\)\. Fix: install pytest in that Python \(pip install pytest/);
  });
});

describe("astro-ci test --format json names the project as validate-dags does", () => {
  it("a project at the repository root is named by its folder (or its projects: name), not 'project'", async () => {
    const t = makeTempTree({ "initproj/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "initproj/dags/.keep": "", "initproj/tests/test_a.py": "def test_a():\n    assert True\n" });
    trees.push(t);
    let stdout = "";
    const io = { stdout: (s: string) => (stdout += s), stderr: () => undefined, isTty: false, env: {} };
    expect(await runCli(["test", ".", "--airflow", "none", "--format", "json"], { ...io, cwd: join(t.dir, "initproj") })).toBe(0);
    expect((JSON.parse(stdout) as { project: { name: string } }).project).toMatchObject({ name: "initproj", path: "" });
    writeFileSync(join(t.dir, "initproj", "astro-ci.yaml"), "projects:\n  - path: .\n    name: analytics\n");
    stdout = "";
    expect(await runCli(["test", ".", "--airflow", "none", "--format", "json"], { ...io, cwd: join(t.dir, "initproj") })).toBe(0);
    expect((JSON.parse(stdout) as { project: { name: string } }).project.name).toBe("analytics");
  });
});

describe("--airflow installed without a python3 on PATH", () => {
  /** The CLI run with PATH holding only an empty folder: no python3 (ruff's own process is started by its absolute path). */
  async function withoutPython(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
    const empty = makeTempTree({ ".keep": "" });
    const t = makeTempTree({
      "project/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
      "project/dags/a.py": "from airflow import DAG\n",
      "project/tests/test_a.py": "def test_a():\n    assert True\n",
    });
    trees.push(empty, t);
    let stdout = "";
    let stderr = "";
    process.env.PATH = empty.dir;
    try {
      const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
      return { code, stdout, stderr };
    } finally {
      process.env.PATH = savedPath;
    }
  }

  it("validate-dags: exit 2 naming the missing python3 and the fix, after the static report (it was exit 0 and 'python3 cannot import airflow')", async () => {
    const run = await withoutPython(["validate-dags", "project", "--airflow", "installed", "--no-cache", "--repo-root", "."]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain("dynamic: no Airflow to import the DAGs with (python3 was not found on PATH); only the static checks ran");
    expect(run.stderr).toBe(
      "astro-ci: --airflow installed: no Airflow to import the DAGs with (python3 was not found on PATH); only the static checks ran. Fix: install Python 3 with the project's Airflow and put it on PATH (`python3 -c 'import airflow'` must work; on a runner: actions/setup-python); else choose another --airflow mode, or pass --dynamic off for the static checks only\n",
    );
  });

  it("validate-dags without --airflow keeps the local default: the report says so, exit 0", async () => {
    const run = await withoutPython(["validate-dags", "project", "--no-cache", "--repo-root", "."]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("(python3 was not found on PATH); only the static checks ran");
  });

  it("test: exit 2 saying python3 is missing, with a fix that needs no python3 of its own (it said 'python3 cannot import airflow' and offered venv)", async () => {
    const run = await withoutPython(["test", "project", "--airflow", "installed", "--repo-root", "."]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(
      "astro-ci: cannot run the tests: python3 was not found on PATH. Fix: install Python 3 with the project's Airflow and put it on PATH (on a runner: actions/setup-python, then pip install apache-airflow with its constraints), or use the image mode (--airflow image: the project's runtime image, with Docker)\n",
    );
  });
});
