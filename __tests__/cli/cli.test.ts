import { afterEach, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const trees: { cleanup(): void }[] = [];
function project(files: Record<string, string | Uint8Array>): string {
  const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", ...files });
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

const GOOD_DAG = `from datetime import datetime
from airflow import DAG
with DAG("ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

describe("astro-ci validate-dags", () => {
  it("exits 0 on a clean project and prints a summary", async () => {
    const dir = project({ "dags/ok.py": GOOD_DAG });
    const result = await cli(["validate-dags", dir], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 errors, 0 warnings");
  });

  it("exits 1 when findings reach the failure level, and --format json/sarif are machine-readable", async () => {
    const dir = project({ "dags/bad.py": "from airflow import DAG\nwith DAG('x' as d:\n  pass\n" });
    const text = await cli(["validate-dags", dir], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/dags\/bad\.py:2:\d+: error \[syntax-error\]/);
    const json = await cli(["validate-dags", dir, "--format", "json"], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { errors: 1 }, failed: true, projects: [{ airflowVersion: "2.10" }] });
    const sarif = await cli(["validate-dags", dir, "--format", "sarif"], dir);
    expect(JSON.parse(sarif.stdout).runs[0].results[0]).toMatchObject({ ruleId: "syntax-error", level: "error" });
  });

  it("a bad context-only project file is a finding on its line, and the DAGs are still validated", async () => {
    const dir = project({
      "dags/ok.py": GOOD_DAG,
      "dags/bad.py": "from airflow import DAG\nwith DAG('x' as d:\n  pass\n",
      "requirements.txt": "pandas==2.2.3\n./vendor/mylib\nthis is not a requirement\n",
      "vendor/mylib/pyproject.toml": "[project]\nname = 'mylib'\n",
      "airflow_settings.yaml": "airflow:\n  connections:\n    - conn_id:\n      conn_type:\n      conn_extra:\n        example_extra_field: example-value\n  pools:\n    - pool_name:\n      pool_slot:\n  variables:\n    - variable_name:\n      variable_value:\n",
    });
    const json = await cli(["validate-dags", dir, "--format", "json"], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { checkId: string; file: string; line: number; severity: string }[] };
    expect(report.findings.map((f) => [f.checkId, f.file, f.line, f.severity])).toEqual(
      expect.arrayContaining([
        ["project-file-invalid", "requirements.txt", 3, "warning"],
        ["syntax-error", "dags/bad.py", 2, "error"],
      ]),
    );
    expect(report.findings.filter((f) => f.file === "airflow_settings.yaml")).toEqual([]);
  });

  it("fail-on from astro-ci.yaml decides the exit code", async () => {
    const dir = project({ "dags/warn.py": GOOD_DAG.replace('tags=["t"], ', ""), "astro-ci.yaml": "validate:\n  fail-on: warning\n" });
    expect((await cli(["validate-dags"], dir)).code).toBe(1);
  });

  it("validates several projects listed in astro-ci.yaml", async () => {
    const dir = project({
      "astro-ci.yaml": "projects:\n  - path: team-a\n  - path: team-b\n",
      "team-a/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "team-a/dags/a.py": GOOD_DAG,
      "team-b/Dockerfile": "FROM astrocrpublic.azurecr.io/runtime:3.1-12\n",
      "team-b/dags/b.py": GOOD_DAG.replace('"ok"', '"ok_b"'),
    });
    const result = await cli(["validate-dags", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { projects: { path: string; airflowMajor: number; dags: unknown[] }[] };
    expect(report.projects.map((p) => [p.path, p.airflowMajor, p.dags.length])).toEqual([
      ["team-a", 2, 1],
      ["team-b", 3, 1],
    ]);
  });

  it("reuses the cache: a second run analyses nothing new", async () => {
    const dir = project({ "dags/ok.py": GOOD_DAG });
    const cache = join(dir, ".cache");
    await cli(["validate-dags", dir, "--cache", cache, "--format", "json"], dir);
    const second = JSON.parse((await cli(["validate-dags", dir, "--cache", cache, "--format", "json"], dir)).stdout) as { projects: { cache: unknown }[] };
    expect(second.projects[0]?.cache).toEqual({ hits: 1, misses: 0 });
  });
});

describe("bad input: a clear message, the right exit code, never a stack trace", () => {
  const expectUsage = (result: { code: number; stderr: string }, ...fragments: string[]) => {
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const fragment of fragments) expect(result.stderr).toContain(fragment);
  };

  it("malformed YAML in astro-ci.yaml (the command's own configuration) exits 2", async () => {
    const dir = project({ "dags/ok.py": GOOD_DAG, "astro-ci.yaml": "validate:\n  checks: [oops\n" });
    expectUsage(await cli(["validate-dags", dir], dir), "astro-ci.yaml:", "invalid YAML");
  });

  it.each([
    ["airflow_settings.yaml", "airflow:\n  connections:\n  - conn_id: a\n   conn_type: b\n", "airflow_settings.yaml:4"],
    [".astro/config.yaml", "project:\n  name: [x\n", ".astro/config.yaml:"],
  ])("malformed YAML in %s, a file read only for context, is a warning and the DAGs are still checked", async (file, content, where) => {
    const dir = project({ "dags/ok.py": GOOD_DAG, [file]: content });
    const result = await cli(["validate-dags", dir], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${where}`);
    expect(result.stdout).toMatch(/warning \[project-file-invalid\] invalid YAML/);
  });

  it("a Dockerfile without a runtime, and an unknown runtime tag", async () => {
    const noRuntime = project({ "dags/ok.py": GOOD_DAG, Dockerfile: "FROM python:3.12\n" });
    expectUsage(await cli(["validate-dags", noRuntime], noRuntime), "Dockerfile:1", "Fix:");
    const unknown = project({ "dags/ok.py": GOOD_DAG, Dockerfile: "FROM quay.io/astronomer/astro-runtime:99.1.0\n" });
    expectUsage(await cli(["validate-dags", unknown], unknown), "Dockerfile:1", "99.1.0");
  });

  it("config paths escaping the repository, and unknown check ids", async () => {
    const escape = project({ "dags/ok.py": GOOD_DAG, "astro-ci.yaml": "projects:\n  - path: ../../etc\n" });
    expectUsage(await cli(["validate-dags"], escape), "astro-ci.yaml:2", "outside the repository");
    const typo = project({ "dags/ok.py": GOOD_DAG, "astro-ci.yaml": "validate:\n  checks:\n    min-retry: error\n" });
    expectUsage(await cli(["validate-dags"], typo), "astro-ci.yaml:3", "unknown check 'min-retry'");
  });

  it("usage mistakes", async () => {
    const dir = project({ "dags/ok.py": GOOD_DAG });
    expectUsage(await cli(["validate-dags", dir, "--format", "xml"], dir), "--format");
    expectUsage(await cli(["deploy-everything"], dir), "unknown command");
    expectUsage(await cli(["validate-dags", dir, "--frobnicate"], dir), "frobnicate");
    expectUsage(await cli(["validate-dags", join(dir, "nope")], dir), "does not exist");
  });

  it("binary, NUL-containing and non-UTF-8 DAG files become findings on the right line", async () => {
    const dir = project({
      "dags/nul.py": Uint8Array.from([...Buffer.from("# airflow dag\nx = 1\n"), 0, 0, 1]),
      "dags/latin.py": Uint8Array.from([...Buffer.from("# airflow dag\nname = '"), 0xe9, ...Buffer.from("'\n")]),
    });
    const report = JSON.parse((await cli(["validate-dags", dir, "--format", "json"], dir)).stdout) as { findings: { file: string; line: number; checkId: string; message: string }[] };
    expect(report.findings.map((f) => [f.file, f.line, f.checkId])).toEqual([
      ["dags/latin.py", 2, "syntax-error"],
      ["dags/nul.py", 3, "syntax-error"],
    ]);
  });

  it("a 4.5 MiB DAG file (under the 5 MiB limit), a symlink loop and an invalid .airflowignore regexp", async () => {
    let content = GOOD_DAG;
    for (let i = 0; content.length < 4.5 * 1024 * 1024; i++) content += `\ndef helper_${i}():\n    return "${"x".repeat(80)}"\n`;
    const dir = project({ "dags/big.py": content, "dags/.airflowignore": "ok\n(unclosed\n" });
    mkdirSync(join(dir, "dags", "nested"));
    symlinkSync(join(dir, "dags"), join(dir, "dags", "nested", "loop"));
    const result = await cli(["validate-dags", dir, "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { findings: { file: string; line: number; checkId: string }[]; counts: { dags: number } };
    expect(report.counts.dags).toBe(1);
    expect(report.findings.map((f) => [f.checkId, f.file, f.line])).toEqual(
      expect.arrayContaining([
        ["airflowignore-invalid", "dags/.airflowignore", 2],
        ["dags-folder-problem", "dags/nested/loop", 1],
      ]),
    );
  });
});

describe("the bundled CLI (dist/cli.js, worker threads)", () => {
  it("finds the example project's broken DAGs", async () => {
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [join(repoRoot, "dist/cli.js"), "validate-dags", "examples/astro-project", "--format", "json"], { cwd: repoRoot }, (error, stdout) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }),
      ),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { checkId: string; file: string }[] };
    const found = new Set(report.findings.map((f) => `${f.checkId} ${f.file.split("/").pop()}`));
    for (const expected of [
      "syntax-error broken_syntax.py",
      "duplicate-dag-id duplicate_id.py",
      "schedule-valid bad_schedule.py",
      "start-date-static dynamic_start_date.py",
      "parse-time-work parse_time_io.py",
      "unresolved-import missing_dependency.py",
      "tags-required no_tags_no_retries.py",
      "min-retries no_tags_no_retries.py",
      "AIR301 legacy_airflow2.py",
      "AIR302 legacy_airflow2.py",
    ]) {
      expect(found, expected).toContain(expected);
    }
    // The .airflowignore'd WIP DAG is only listed, as a notice naming the rule that hides it.
    expect([...found].filter((f) => f.includes("wip_experiment"))).toEqual(["dag-file-ignored wip_experiment.py"]);
  });
});
