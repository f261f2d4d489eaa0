/** The CLI behaves like the tools people know: help, version, paths, options, messages once, names that survive. */
import { afterEach, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { formatDagDiffMarkdown, formatSummaryMarkdown } from "../../src/reports/report-markdown.js";
import { toRelativeUri } from "../../src/github/sarif.js";
import { readDeploySettings } from "../../src/actions/deploy/settings.js";
import { readValidateDagsSettings } from "../../src/actions/validate-dags/settings.js";
import { createEnvInputReader } from "../../src/actions/inputs.js";
import type { ValidationReport } from "../../src/commands/validate-dags.js";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

async function cli(args: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: {}, ...extra });
  return { code, stdout, stderr };
}

const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.1.0\n";
const DAG = (id: string): string => `from datetime import datetime
from airflow import DAG
with DAG("${id}", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

const trees: { cleanup(): void }[] = [];
function project(files: Record<string, string | Uint8Array>): string {
  const t = makeTempTree({ Dockerfile: DOCKERFILE, ...files });
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

describe("help and version", () => {
  it.each([
    ["validate-dags", ["--format", "--output", "--config", "--cache", "--base", "--repo-root", "--jobs", "--dynamic", "--airflow", "--import-timeout", "--max-file-size", "--notices", "--no-color"]],
    ["test", ["--airflow", "--path", "--allow-no-tests", "--no-stubs", "--format", "--output", "--repo-root", "--work-dir"]],
    ["deploy", ["--deployment-id", "--deployment-name", "--workspace-id", "--deploy-type", "--config", "--no-wait", "--wait-timeout", "--force", "--validate", "--format", "--output"]],
  ])("astro-ci %s --help lists its options", async (command, flags) => {
    for (const help of ["--help", "-h"]) {
      const run = await cli([command, help], repoRoot);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: astro-ci ${command}`);
      for (const flag of flags) expect(run.stdout, flag).toMatch(new RegExp(`^  ${flag}\\b`, "m"));
    }
    const unknown = await cli([command, "--frobnicate"], repoRoot);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`astro-ci ${command} --help`);
  });

  it.each([
    ["validate-dags", /several projects in one repository are listed under projects: in astro-ci\.yaml/],
    ["test", /pytest's own arguments go after --/],
    ["deploy", /deploy one project per run/],
  ])("astro-ci %s with two PROJECT_DIRs is exit 2 with the fix that fits the command, the names escaped", async (command, fix) => {
    const run = await cli([command, "a", "b\u001b[31m"], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected at most one PROJECT_DIR, got 2: a b\\u001b[31m");
    expect(run.stderr).toMatch(fix);
    expect(run.stderr).not.toContain("\u001b");
  });

  it("--version prints the package's version, --help the commands", async () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
    expect((await cli(["--version"], repoRoot)).stdout).toBe(`astro-ci ${version}\n`);
    const help = await cli(["--help"], repoRoot);
    expect(help.code).toBe(0);
    for (const command of ["validate-dags", "test", "deploy"]) expect(help.stdout).toContain(command);
  });
});

describe("paths and options", () => {
  it("--config is relative to the current directory", async () => {
    const dir = project({ "dags/ok.py": DAG("ok"), "ci/strict.yaml": "validate:\n  fail-on: warning\n", "dags/no_tags.py": DAG("nt").replace('tags=["t"], ', "") });
    const run = await cli(["validate-dags", "..", "--config", "strict.yaml"], join(dir, "ci"));
    expect(run.stderr).not.toContain("not found");
    expect(run.code).toBe(1);
  });

  it.each([
    [["validate-dags", ".", "--jobs", "0"], "--jobs"],
    [["validate-dags", ".", "--jobs", "abc"], "--jobs"],
    [["validate-dags", ".", "--import-timeout", "abc"], "--import-timeout"],
    [["validate-dags", ".", "--max-file-size", "huge"], "--max-file-size"],
    [["deploy", ".", "--wait-timeout", "abc"], "--wait-timeout"],
    [["deploy", ".", "--wait-timeout=-5"], "--wait-timeout"],
  ])("%j is a usage error naming the option", async (args, flag) => {
    const dir = project({ "dags/ok.py": DAG("ok") });
    const run = await cli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(flag);
    expect(run.stderr).toContain("Fix: e.g.");
  });

  it("action inputs: wait-timeout must be a duration; an unusable cache is a notice, not a failure", () => {
    const workspace = project({ "dags/ok.py": DAG("ok") });
    const env = (inputs: Record<string, string>): NodeJS.ProcessEnv => ({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) });
    expect(() => readDeploySettings(createEnvInputReader(env({ "WAIT-TIMEOUT": "abc" })), env({}))).toThrow(/input 'wait-timeout' must be a duration/);
    expect(readDeploySettings(createEnvInputReader(env({ "WAIT-TIMEOUT": "15m" })), env({})).waitTimeoutSeconds).toBe(900);
    writeFileSync(join(workspace, "a-file"), "");
    for (const cache of ["/proc", "a-file"]) {
      const settings = readValidateDagsSettings(createEnvInputReader(env({ CACHE: cache })), env({}));
      expect(settings.cacheDir).toBeUndefined();
      expect(settings.notices.join("\n")).toMatch(new RegExp(`input 'cache' \\(${cache}\\) cannot be used as a cache: .*Running without it`));
    }
  });
});

describe("astro-ci test", () => {
  it("runs a project with tests/ and no dags/; collecting no tests is exit 1 unless --allow-no-tests", async () => {
    const dir = project({ "tests/test_ok.py": "def test_ok():\n    assert True\n", "tests/empty/helper.py": "X = 1\n" });
    const ran = await cli(["test", ".", "--airflow", "none"], dir);
    expect(ran.stdout).toContain("1 passed");
    expect(ran.code).toBe(0);
    const none = await cli(["test", ".", "--airflow", "none", "--path", "tests/empty"], dir);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("no tests were collected in tests/empty");
    expect((await cli(["test", ".", "--airflow", "none", "--path", "tests/empty", "--allow-no-tests"], dir)).code).toBe(0);
  }, 120_000);

  it("--path cannot leave the project", async () => {
    const dir = project({ "tests/test_ok.py": "def test_ok():\n    assert True\n" });
    const run = await cli(["test", ".", "--path", "../", "--airflow", "none"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("outside the project");
  });

  it("with no Airflow the message names the other modes, once", async () => {
    const dir = project({ "tests/test_ok.py": "def test_ok():\n    assert True\n", "bin/python3": "#!/bin/sh\nexit 1\n" });
    chmodSync(join(dir, "bin/python3"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${join(dir, "bin")}:${path}`;
    try {
      const run = await cli(["test", "."], dir);
      const all = run.stdout + run.stderr;
      expect(run.code).toBe(2);
      for (const mode of ["venv", "image", "none"]) expect(all).toContain(mode);
      expect(all.match(/no Airflow/g)).toHaveLength(1);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe("validate-dags messages", () => {
  it("schema errors list every problem with the expected value and the schema's documentation URL", async () => {
    const dir = project({ "dags/ok.py": DAG("ok"), "astro-ci.yaml": "version: 2\nvalidate:\n  fail-on: sometimes\n  fial-on: error\n" });
    const run = await cli(["validate-dags", "."], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("3 problems");
    expect(run.stderr).toContain("line 1: `version` must be 1");
    expect(run.stderr).toContain("line 3: `validate.fail-on` must be one of: error, warning, never");
    expect(run.stderr).toContain("line 4: unknown setting `validate.fial-on`");
    expect(run.stderr).toContain("https://github.com/astro-ci/astro-ci/blob/main/schema/astro-ci.schema.json");
  });

  it("an airflow-version that contradicts the Dockerfile's runtime is a warning naming both", async () => {
    const dir = project({ "dags/ok.py": DAG("ok"), "astro-ci.yaml": 'validate:\n  airflow-version: "3.1"\n' });
    const run = await cli(["validate-dags", ".", "--dynamic", "off"], dir);
    expect(run.stderr).toMatch(/warning: validate\.airflow-version is 3\.1, but Dockerfile builds on runtime 12\.1\.0 \(Airflow 2\.10\)/);
    const agreeing = project({ "dags/ok.py": DAG("ok"), "astro-ci.yaml": 'validate:\n  airflow-version: "2.10"\n' });
    expect((await cli(["validate-dags", ".", "--dynamic", "off"], agreeing)).stderr).not.toContain("airflow-version");
  });

  it("'1 file', '1 notice'; the dynamic-tier line printed once", async () => {
    const dir = project({ "dags/ok.py": DAG("ok") });
    const run = await cli(["validate-dags", "."], dir);
    expect(run.stdout).toMatch(/— 1 file, 1 DAG$/m);
    expect(run.stdout).toMatch(/0 errors, 0 warnings, \d+ notices? in 1 file \(1 DAG\)/);
    const dynamicLines = (run.stdout + run.stderr).split("\n").filter((l) => /Airflow to import|imported/.test(l));
    expect(dynamicLines.length).toBeLessThanOrEqual(1);
  });

  it("files above the size limit get a finding and are not parsed; the limit is configurable", async () => {
    const big = DAG("big") + `# ${"x".repeat(6 * 1024 * 1024)}\n`;
    const dir = project({ "dags/big.py": big, "dags/ok.py": DAG("ok") });
    const started = performance.now();
    const run = await cli(["validate-dags", ".", "--format", "json", "--dynamic", "off"], dir);
    const report = JSON.parse(run.stdout) as { findings: { checkId: string; file: string; message: string }[]; counts: { files: number; dags: number } };
    expect(report.findings.filter((f) => f.file === "dags/big.py")).toEqual([expect.objectContaining({ checkId: "file-too-large", message: expect.stringContaining("6.3 MB") })]);
    expect(report.counts).toMatchObject({ files: 1, dags: 1 });
    expect(performance.now() - started).toBeLessThan(20_000);
    const raised = JSON.parse((await cli(["validate-dags", ".", "--format", "json", "--dynamic", "off", "--max-file-size", "10MB"], dir)).stdout) as typeof report;
    expect(raised.counts.dags).toBe(2);
    writeFileSync(join(dir, "astro-ci.yaml"), "validate:\n  max-file-size: 1kB\n");
    const configured = JSON.parse((await cli(["validate-dags", ".", "--format", "json", "--dynamic", "off"], dir)).stdout) as typeof report;
    expect(configured.findings.filter((f) => f.checkId === "file-too-large").map((f) => f.file)).toEqual(["dags/big.py"]);
  });
});

describe("file names with spaces, Unicode and newlines survive every format", () => {
  const names = ["dags/my dag.py", "dags/café ü.py", "dags/line\nbreak.py", "dags/pipe|and`tick.py"];

  it("text, JSON and SARIF", async () => {
    const dir = project({});
    mkdirSync(join(dir, "dags"));
    names.forEach((name, i) => writeFileSync(join(dir, name), DAG(`d${i}`).replace('tags=["t"], ', "")));
    const json = JSON.parse((await cli(["validate-dags", ".", "--format", "json", "--dynamic", "off"], dir)).stdout) as { findings: { file: string }[] };
    expect([...new Set(json.findings.map((f) => f.file))].sort()).toEqual([...names].sort());
    const text = (await cli(["validate-dags", ".", "--dynamic", "off"], dir)).stdout;
    expect(text).toContain("dags/line\\nbreak.py:3");
    for (const line of text.split("\n").filter((l) => /\[tags-required\]/.test(l))) expect(line).toMatch(/^dags\/.*\.py:\d+(:\d+)?: warning/);
    const sarif = JSON.parse((await cli(["validate-dags", ".", "--format", "sarif", "--dynamic", "off"], dir)).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["dags/caf%C3%A9%20%C3%BC.py", "dags/line%0Abreak.py", "dags/my%20dag.py", "dags/pipe%7Cand%60tick.py"]);
    for (const uri of uris) expect(decodeURIComponent(uri as string)).toMatch(/^dags\//);
  });

  it("the job summary: one table row per finding, names and dag_ids written one way", () => {
    const dag = (file: string, dagId: string) => ({ file, line: 3, dagId });
    const report = {
      failed: true,
      counts: { errors: 1, warnings: 0, notices: 1, dags: 1, files: 1 },
      findings: [],
      projects: [
        {
          name: "p",
          airflowVersion: "2.10",
          dynamic: { status: "off", message: "off" },
          findings: [{ checkId: "syntax-error", severity: "error", file: "dags/line\nbreak|x.py", line: 3, message: "bad" }],
          dags: [dag("dags/line\nbreak|x.py", "id|with`tick")],
          filesSkipped: [],
          dagDiff: { status: "computed", base: "a".repeat(40), diff: { added: [dag("dags/line\nbreak|x.py", "id|with`tick")], removed: [], renamed: [], changed: [], unchanged: 0 } },
        },
      ],
    } as unknown as ValidationReport;
    const summary = formatSummaryMarkdown(report);
    expect(summary).toContain("**1** error · **0** warnings · **1** notice · 1 DAG in 1 file");
    const rows = summary.split("\n").filter((l) => l.startsWith("| ❌"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("`dags/line\\nbreak\\|x.py:3`");
    const asCode = "``id\\|with`tick``";
    expect(summary.split(asCode).length - 1).toBe(2); // the DAG table and the DAG diff
    expect(formatDagDiffMarkdown((report.projects[0] as unknown as { dagDiff: { diff: never } }).dagDiff.diff, "a".repeat(40))).toContain(asCode);
    expect(toRelativeUri("dags/a b/#1.py")).toBe("dags/a%20b/%231.py");
  });
});

describe("--no-cache with --cache DIR", () => {
  it("is a usage error naming both (one of them was silently ignored)", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": "from airflow import DAG\n" });
    try {
      let stderr = "";
      const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: tree.dir, isTty: false };
      const code = await runCli(["validate-dags", tree.dir, "--dynamic", "off", "--no-cache", "--cache", join(tree.dir, "c")], io);
      expect(code).toBe(2);
      expect(stderr).toContain("--no-cache and --cache DIR contradict each other");
    } finally {
      tree.cleanup();
    }
  });
});
