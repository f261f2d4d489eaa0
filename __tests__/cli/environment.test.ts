/**
 * Environment problems are answers, not bugs: every CLI command (validate-dags, test, deploy) driven through an
 * unreadable path, a read-only output, a full disk and (deploy) an Astro API answering garbage. Each answer is exit 2
 * (or an error finding, exit 1) with a message naming the file and the fix — never exit 3 "internal error".
 *
 * Tests may run as root, which bypasses file permissions: the unreadable paths are ones even root cannot read
 * (`/proc/1/environ`, `/proc/1/map_files` under the kernel's ptrace rules, else a chmod 000 file for other users),
 * a folder where a file is expected, `/dev/full` for ENOSPC and `/sys` (sysfs refuses new files) for a read-only
 * folder. Each trick is checked to really fail first, so a machine where it does not fails loudly instead of passing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { classifyError } from "../../src/errors.js";
import { makeTempTree } from "../support/temp-dir.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { startJsonServer } from "../support/openapi.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: { PATH: process.env.PATH, HOME: process.env.HOME }, ...extra };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** An environment answer: exit 2, the message names `where` and gives a fix, no stack trace, no "internal error". */
function expectAnswer(run: Run, where: string | RegExp): void {
  expect(run.stderr, run.stderr).not.toMatch(/internal error|a bug in astro-ci/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(typeof where === "string" ? new RegExp(where.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : where);
  expect(run.stderr).toMatch(/Fix: \S/);
}

const DOCKERFILE = "FROM quay.io/astronomer/astro-runtime:12.1.0\n";
const DAG = `from datetime import datetime
from airflow import DAG
with DAG("ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

const trees: { cleanup(): void }[] = [];
function project(files: Record<string, string | Uint8Array>): string {
  const t = makeTempTree({ Dockerfile: DOCKERFILE, ...files });
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** A file nobody running these tests can read; checked to really fail. */
function unreadableFile(scratch: string): string {
  const candidates: string[] = [];
  const own = join(scratch, "no-access.txt");
  writeFileSync(own, "secret");
  chmodSync(own, 0o000);
  candidates.push(own, "/proc/1/environ");
  for (const path of candidates) {
    try {
      readFileSync(path);
    } catch {
      return path;
    }
  }
  throw new Error(`no unreadable file on this machine (tried ${candidates.join(", ")}): the test cannot simulate one`);
}

/** A folder nobody running these tests can list; checked to really fail. */
function unreadableFolder(scratch: string): string {
  const own = join(scratch, "no-access");
  mkdirSync(own);
  chmodSync(own, 0o000);
  for (const path of [own, "/proc/1/map_files", "/proc/1/root"]) {
    try {
      readdirSync(path);
    } catch {
      return path;
    }
  }
  throw new Error("no unlistable folder on this machine: the test cannot simulate one");
}

/** A folder where creating a file fails even for root (sysfs), checked. */
function readOnlyFolder(): string {
  const probe = "/sys/astro-ci-probe.json";
  try {
    writeFileSync(probe, "x");
    rmSync(probe, { force: true });
  } catch {
    return "/sys";
  }
  throw new Error("/sys accepts new files here: the test cannot simulate a read-only folder");
}

function fullDisk(): string {
  expect(() => writeFileSync("/dev/full", "x"), "/dev/full must fail with ENOSPC").toThrow(/ENOSPC/);
  return "/dev/full";
}

/** The injected writer of a disk that is full everywhere (the --output file and the temporary fallback alike). */
const diskFullWriter = async (): Promise<void> => {
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write", errno: -28 });
};

/** The report, found where the CLI said it put it instead. */
function savedReport(run: Run): string {
  const match = /written to (\S+) instead/.exec(run.stderr);
  expect(match, run.stderr).not.toBeNull();
  const path = (match as RegExpExecArray)[1] as string;
  const text = readFileSync(path, "utf8");
  // The CLI's fallback folder is the user's to keep; the test removes it.
  rmSync(dirname(path), { recursive: true, force: true });
  return text;
}

describe("validate-dags", () => {
  it.each([
    ["astro-ci.yaml", "astro-ci.yaml"],
    ["requirements.txt", "requirements.txt"],
    ["Dockerfile", "Dockerfile"],
  ])("an unreadable %s (a folder in its place) is exit 2 naming it", async (name, where) => {
    const dir = project({ "dags/ok.py": DAG });
    rmSync(join(dir, name), { force: true });
    mkdirSync(join(dir, name));
    expectAnswer(await cli(["validate-dags", "."], dir), where);
  });

  it("an unreadable astro-ci.yaml given with --config", async () => {
    const dir = project({ "dags/ok.py": DAG });
    const run = await cli(["validate-dags", ".", "--config", unreadableFile(dir)], dir);
    expectAnswer(run, /no-access\.txt|environ/);
  });

  it("an unreadable dags/ folder is exit 2 naming it, never '0 files, 0 DAGs' and success", async () => {
    const dir = project({});
    symlinkSync(unreadableFolder(dir), join(dir, "dags"));
    const run = await cli(["validate-dags", "."], dir);
    expect(run.stdout).not.toMatch(/0 files/);
    expectAnswer(run, "dags");
  });

  it("an unreadable DAG file and sub-folder are error findings (exit 1), not skipped", async () => {
    const dir = project({ "dags/ok.py": DAG });
    const file = unreadableFile(dir);
    const folder = unreadableFolder(dir);
    symlinkSync(file, join(dir, "dags", "hidden_dag.py"));
    symlinkSync(folder, join(dir, "dags", "team"));
    // As root nothing in the scratch folder is unreadable, and the stand-ins are under /proc: outside the repository,
    // where validate-dags opens nothing (a warning instead). A repository root of / keeps them inside.
    const outside = [file, folder].some((p) => !p.startsWith(dir));
    const run = await cli(["validate-dags", ".", "--format", "json", ...(outside ? ["--repo-root", "/"] : [])], dir);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { file: string; severity: string; message: string; fix: string }[] };
    const unreadable = report.findings.filter((f) => f.severity === "error" && /cannot read/.test(f.message));
    expect(unreadable.map((f) => f.file.replace(/^.*?(?=dags\/)/, "")).sort()).toEqual(["dags/hidden_dag.py", "dags/team"]);
    for (const f of unreadable) expect(f.fix).toBeTruthy();
  });

  it("--output into a read-only folder: the report is kept in a temporary file, exit 2 says where", async () => {
    const dir = project({ "dags/ok.py": DAG });
    const run = await cli(["validate-dags", ".", "--format", "json", "--output", join(readOnlyFolder(), "report.json")], dir);
    expectAnswer(run, "/sys/report.json");
    expect(JSON.parse(savedReport(run))).toMatchObject({ counts: { dags: 1 } });
  });

  it("--output on a full disk (/dev/full): the report is kept in a temporary file", async () => {
    const dir = project({ "dags/ok.py": DAG });
    const run = await cli(["validate-dags", ".", "--output", fullDisk()], dir);
    expectAnswer(run, /no space left/);
    expect(savedReport(run)).toContain("0 errors");
  });

  it("a disk full everywhere (injected writer): the report goes to stdout instead", async () => {
    const dir = project({ "dags/ok.py": DAG });
    const run = await cli(["validate-dags", ".", "--output", "report.txt"], dir, { writeFile: diskFullWriter });
    expectAnswer(run, "report.txt");
    expect(run.stdout).toContain("0 errors");
    expect(run.stderr).toContain("written to stdout instead");
  });

  it("stdout on a full disk (the real bundle, > /dev/full): exit 2 and the report saved, no unhandled error", async () => {
    fullDisk();
    const dir = project({ "dags/ok.py": DAG });
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      const child = execFile("/bin/sh", ["-c", `exec "$0" "$1" validate-dags . > /dev/full`, process.execPath, join(repoRoot, "dist/cli.js")], { cwd: dir }, (error, _stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(result.stderr).not.toMatch(/Unhandled|\n\s+at /);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/standard output.*no space left/);
    expect(savedReport({ code: result.code, stdout: "", stderr: result.stderr })).toContain("0 errors");
  });
});

describe("test", () => {
  const SUITE = { "tests/test_ok.py": "def test_ok():\n    assert True\n" };

  it("a project folder that is a file, and an unreadable Dockerfile, are exit 2 naming them", async () => {
    const dir = project(SUITE);
    expectAnswer(await cli(["test", "Dockerfile", "--airflow", "none"], dir), "'Dockerfile' is a file, not a folder");
    rmSync(join(dir, "Dockerfile"));
    mkdirSync(join(dir, "Dockerfile"));
    expectAnswer(await cli(["test", ".", "--airflow", "none"], dir), "Dockerfile: cannot read: is a folder");
  });

  it("an unreadable test folder is an error naming it (a collection error, exit 1), not a pass", async () => {
    const dir = project(SUITE);
    symlinkSync(unreadableFolder(dir), join(dir, "tests", "more"));
    const run = await cli(["test", ".", "--airflow", "none"], dir);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/error \[test-collection-error\].*tests[./]more/);
  });

  it("--output into a read-only folder: the results are kept in a temporary file, exit 2", async () => {
    const dir = project(SUITE);
    const readOnly = await cli(["test", ".", "--airflow", "none", "--format", "json", "--output", join(readOnlyFolder(), "tests.json")], dir);
    expectAnswer(readOnly, "/sys/tests.json");
    expect(JSON.parse(savedReport(readOnly))).toMatchObject({ totals: { passed: 1 } });
  });

  it("--output on a full disk (/dev/full): the results are kept in a temporary file, exit 2", async () => {
    const dir = project(SUITE);
    const full = await cli(["test", ".", "--airflow", "none", "--output", fullDisk()], dir);
    expectAnswer(full, /no space left/);
    expect(savedReport(full)).toContain("1 passed");
  });

  it("a disk full everywhere (injected writer): the results go to stdout", async () => {
    const dir = project(SUITE);
    const everywhere = await cli(["test", ".", "--airflow", "none", "--output", "t.txt"], dir, { writeFile: diskFullWriter });
    expectAnswer(everywhere, "t.txt");
    expect(everywhere.stdout).toContain("1 passed");
  });
});

describe("deploy", () => {
  let repo: TempGitRepo;
  let server: { url: string; close(): Promise<void> };
  let apiUrl = "";
  let answer: { status: number; body: string; type: string } = { status: 200, body: "", type: "text/html" };
  const token = "astro-test-token";

  beforeAll(async () => {
    server = await startJsonServer(() => ({ status: answer.status, rawBody: answer.body, headers: { "content-type": answer.type } }));
    apiUrl = `${server.url}/v1`;
  });
  afterAll(() => server.close());
  afterEach(() => repo?.cleanup());

  const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_API_TOKEN: token, ASTRO_API_URL: apiUrl, ASTRO_ORGANIZATION_ID: "clorganization0000000000000" });
  const makeRepo = (files: Record<string, string> = {}): string => {
    repo = createTempGitRepo({ Dockerfile: DOCKERFILE, "dags/ok.py": DAG, ...files });
    repo.commit("initial");
    return repo.dir;
  };

  it("an unreadable --config and an unreadable astro-ci.yaml are exit 2 naming them", async () => {
    const dir = makeRepo();
    expectAnswer(await cli(["deploy", ".", "--config", unreadableFile(dir)], dir, { env: env() }), /no-access\.txt|environ/);
    mkdirSync(join(dir, "astro-ci.yaml"));
    expectAnswer(await cli(["deploy", "."], dir, { env: env() }), "astro-ci.yaml");
  });

  it("--output into a read-only folder and onto a full disk: the result is kept, exit 2", async () => {
    // No deployments mapping for the branch: deploy answers "no-target" without calling the API.
    const dir = makeRepo({ "astro-ci.yaml": "deployments:\n  - branch: production\n    deployment-id: cldeployment00000000000000\n" });
    const readOnly = await cli(["deploy", ".", "--format", "json", "--output", join(readOnlyFolder(), "deploy.json")], dir, { env: env() });
    expectAnswer(readOnly, "/sys/deploy.json");
    expect(JSON.parse(savedReport(readOnly))).toMatchObject({ status: "no-target" });
    const full = await cli(["deploy", ".", "--output", fullDisk()], dir, { env: env() });
    expectAnswer(full, /no space left/);
    expect(savedReport(full)).toContain("no-target");
  });

  // The 200 cases need the answer checks of src/astro/http.ts (helper "deploy-security": AstroApiAnswerError, a
  // ConfigurationError naming the URL, the status and the first bytes); this test holds the CLI to that contract.
  it.each([
    ["an HTML error page (502)", { status: 502, body: "<html><body>Bad gateway</body></html>", type: "text/html" }],
    ["an HTML login page (200)", { status: 200, body: "<!DOCTYPE html><html><body>Sign in</body></html>", type: "text/html" }],
    ["truncated JSON (200)", { status: 200, body: '{"id": "cldeployment0000', type: "application/json" }],
    ["an empty body (200)", { status: 200, body: "", type: "application/json" }],
  ])("an Astro API answering %s is exit 2 naming the request and the fix", async (_name, garbage) => {
    answer = garbage;
    const dir = makeRepo();
    const run = await cli(["deploy", ".", "--deployment-id", "cldeployment00000000000000", "--no-wait"], dir, { env: env() });
    expectAnswer(run, /127\.0\.0\.1|\/v1|organizations/);
    expect(run.stderr).toMatch(/ASTRO_API_URL/);
    expect(run.stderr + run.stdout).not.toContain(token);
  });
});

describe("the classifier", () => {
  it("sorts by type: fs errors on the user's paths are the user's, anything else is a bug", () => {
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/x/astro-ci.yaml'"), { code: "EACCES", syscall: "open", path: "/x/astro-ci.yaml" });
    expect(classifyError(eacces, "/x")).toMatchObject({ kind: "user", exitCode: 2, file: "astro-ci.yaml" });
    expect(classifyError(new TypeError("cannot read properties of undefined"))).toMatchObject({ kind: "bug", exitCode: 3 });
    // A file of astro-ci's own installation missing is a broken install: a bug, not the user's path.
    const own = Object.assign(new Error("ENOENT"), { code: "ENOENT", syscall: "open", path: join(repoRoot, "dist", "astro_ci_harness.py") });
    expect(classifyError(own, "/somewhere/else")).toMatchObject({ kind: "bug" });
    expect(existsSync(repoRoot)).toBe(true);
  });
});

describe("the machine's limits", () => {
  it("an address-space limit too small for WebAssembly (ulimit -v) is exit 2 with the fix, not a bug", async () => {
    const project = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": "from airflow import DAG\nwith DAG('a', schedule=None):\n    pass\n" });
    try {
      // 12 GB: Node starts, but V8 reserves more than that for a wasm memory (the tester found anything under ~24 GB fails).
      const cli = join(dirname(fileURLToPath(import.meta.url)), "../../dist/cli.js");
      const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile("bash", ["-c", `ulimit -v 12000000 && exec "$0" "$@"`, process.execPath, cli, "validate-dags", project.dir, "--dynamic", "off", "--no-cache", "--jobs", "1"], (error, _stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code) : 0, stderr }),
        ),
      );
      expect(result.stderr).toMatch(/cannot reserve memory for WebAssembly \(ruff, tree-sitter\): WebAssembly\.\w+\(\): (Out of memory|could not allocate memory)/);
      expect(result.stderr).toMatch(/ulimit -v/);
      expect(result.code).toBe(2);
    } finally {
      project.cleanup();
    }
  }, 60_000);

  it("classifies V8's wasm memory errors as the machine's, and leaves other RangeErrors to the bug branch", () => {
    expect(classifyError(new RangeError("WebAssembly.Memory(): could not allocate memory")).exitCode).toBe(2);
    expect(classifyError(new RangeError("WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance")).exitCode).toBe(2);
    expect(classifyError(new RangeError("Maximum call stack size exceeded")).exitCode).toBe(3);
  });
});

