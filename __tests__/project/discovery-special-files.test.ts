/**
 * FIFOs, sockets, devices (and symlinks to them) in the DAG folder: Airflow's DagBag skips them without a word, so
 * astro-ci names each one (dags-folder-problem, a warning) instead of dropping it silently, and never opens a FIFO.
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { closeSync, constants, lstatSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { discoverDagFiles } from "../../src/project/discovery.js";
import { describeSpecialFile } from "../../src/util/read-file-sync.js";
import { runCli } from "../../src/cli/main.js";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = (id: string): string => `from datetime import datetime
from airflow import DAG
with DAG("${id}", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A FIFO at `path`. Cleanup opens it for writing without blocking: a reader stuck on it (a regression) gets EOF. */
function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
  cleanups.push(() => {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, as it should be (ENOENT: already removed).
    }
  });
}

/** A listening Unix socket at `path` (the file exists while the server listens). */
async function unixSocket(path: string): Promise<void> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(path, resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

function project(files: Record<string, string> = {}): string {
  const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/ok.py": DAG("ok"), ...files });
  cleanups.push(tree.cleanup);
  return tree.dir;
}

describe("special files in the DAG folder", () => {
  it("a FIFO, a socket and a symlink to /dev/null are each a problem naming the file and what it is, and are never opened", async () => {
    const dir = project();
    const dags = join(dir, "dags");
    mkdirSync(join(dags, "sub"));
    mkfifo(join(dags, "fifo_dag.py"));
    mkfifo(join(dags, "sub", "pipe"));
    await unixSocket(join(dags, "sock_dag.py"));
    symlinkSync("/dev/null", join(dags, "null_dag.py"));
    expect(lstatSync(join(dags, "fifo_dag.py")).isFIFO()).toBe(true);

    const result = await discoverDagFiles({ dagsDir: dags, repoRoot: dir, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.files.map((f) => f.path)).toEqual(["ok.py"]);
    const byFile = new Map(result.problems.map((p) => [p.file, p]));
    expect([...byFile.keys()].sort()).toEqual(["dags/fifo_dag.py", "dags/null_dag.py", "dags/sock_dag.py", "dags/sub/pipe"]);
    expect(byFile.get("dags/fifo_dag.py")?.message).toMatch(/^a FIFO \(named pipe\), not a regular file: Airflow skips it without opening it, so no DAG in it ever loads .*Path\.is_file\(\).*2\.10\.5.*astro-ci does not open it either/);
    expect(byFile.get("dags/sub/pipe")?.message).toMatch(/^a FIFO \(named pipe\)/);
    expect(byFile.get("dags/sock_dag.py")?.message).toMatch(/^a Unix socket, not a regular file: Airflow skips it/);
    expect(byFile.get("dags/null_dag.py")?.message).toMatch(/^a symlink to \/dev\/null, which is a character device, not a regular file: Airflow skips it .*false here, following the symlink/);
    expect(byFile.get("dags/null_dag.py")?.fix).toMatch(/point the symlink at a regular file, remove it, or list it in \.airflowignore/);
    expect(byFile.get("dags/fifo_dag.py")?.fix).toMatch(/replace it with a regular file, remove it, or list it in \.airflowignore/);
    for (const problem of result.problems) expect(problem).not.toHaveProperty("unreadable");
  });

  it("a dangling symlink (a file or an .airflowignore) is a warning naming the link and its target, not an unreadable error; one a rule hides is ignored", async () => {
    const dir = project({ "dags/.airflowignore": "hidden_\n" });
    const dags = join(dir, "dags");
    mkdirSync(join(dags, "sub"));
    symlinkSync("/home/dev/local_only_dag.py", join(dags, "local_dag.py"));
    symlinkSync("/nowhere/.airflowignore", join(dags, "sub", ".airflowignore"));
    symlinkSync("/home/dev/other.py", join(dags, "hidden_dag.py"));
    const result = await discoverDagFiles({ dagsDir: dags, repoRoot: dir, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.files.map((f) => f.path)).toEqual(["ok.py"]);
    expect(result.ignored.map((i) => i.path)).toEqual(["hidden_dag.py"]);
    const byFile = new Map(result.problems.map((p) => [p.file, p]));
    expect([...byFile.keys()].sort()).toEqual(["dags/local_dag.py", "dags/sub/.airflowignore"]);
    expect(byFile.get("dags/local_dag.py")?.message).toMatch(/^a symlink to \/home\/dev\/local_only_dag\.py, which does not exist: Airflow skips it without a word/);
    expect(byFile.get("dags/sub/.airflowignore")?.message).toMatch(/^a symlink to \/nowhere\/\.airflowignore, which does not exist: Airflow does not read it/);
    for (const problem of result.problems) expect(problem).not.toHaveProperty("unreadable");
  });

  it("a special file an .airflowignore rule hides is ignored, like any file, and no problem", async () => {
    const dir = project({ "dags/.airflowignore": "fifo_\n" });
    mkfifo(join(dir, "dags", "fifo_dag.py"));
    const result = await discoverDagFiles({ dagsDir: join(dir, "dags"), repoRoot: dir, airflowMajor: 2 });
    expect(result.problems).toEqual([]);
    expect(result.ignored.map((i) => i.path)).toEqual(["fifo_dag.py"]);
  });

  it("an .airflowignore that is a FIFO is not read (Airflow does not read it either): a problem, and its folder is still walked", async () => {
    const dir = project();
    mkfifo(join(dir, "dags", ".airflowignore"));
    const result = await discoverDagFiles({ dagsDir: join(dir, "dags"), repoRoot: dir, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.files.map((f) => f.path)).toEqual(["ok.py"]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe("dags/.airflowignore");
    expect(result.problems[0]?.message).toMatch(/^a FIFO \(named pipe\), not a regular file: Airflow does not read it, so none of its patterns apply .*_find_path_from_directory/);
  });

  it("names every kind of special file (block and character devices need root to create, so by their stat)", () => {
    const kind = (which: "FIFO" | "Socket" | "CharacterDevice" | "BlockDevice" | "File") => ({
      isFIFO: () => which === "FIFO",
      isSocket: () => which === "Socket",
      isCharacterDevice: () => which === "CharacterDevice",
      isBlockDevice: () => which === "BlockDevice",
    });
    expect(describeSpecialFile(kind("FIFO"))).toBe("a FIFO (named pipe)");
    expect(describeSpecialFile(kind("Socket"))).toBe("a Unix socket");
    expect(describeSpecialFile(kind("CharacterDevice"))).toBe("a character device");
    expect(describeSpecialFile(kind("BlockDevice"))).toBe("a block device");
    expect(describeSpecialFile(kind("File"))).toBeUndefined();
  });

  it("validate-dags reports it as a dags-folder-problem warning, and the run finishes", async () => {
    const dir = project();
    mkfifo(join(dir, "dags", "fifo_dag.py"));
    let stdout = "";
    const code = await runCli(["validate-dags", ".", "--no-cache", "--dynamic", "off"], { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: dir, isTty: false, env: {} });
    expect(stdout).toMatch(/^dags\/fifo_dag\.py:1: warning \[dags-folder-problem\] a FIFO \(named pipe\), not a regular file/m);
    expect(code).toBe(0);
  });
});

describeWithRealAirflow("Airflow's own DAG discovery skips special files without opening them", (airflow) => {
  it("list_py_file_paths returns only the regular file, and returns (a FIFO .airflowignore and a FIFO DAG file are not read, a dangling symlink is skipped)", () => {
    const dir = project();
    const dags = join(dir, "dags");
    mkfifo(join(dags, "fifo_dag.py"));
    mkfifo(join(dags, ".airflowignore"));
    symlinkSync("/dev/null", join(dags, "null_dag.py"));
    symlinkSync("/home/dev/local_only_dag.py", join(dags, "dangling_dag.py"));
    writeFileSync(join(dags, "plain.py"), "# airflow dag\n");
    const script = "import os, sys\nfrom airflow.utils.file import list_py_file_paths\nprint(sorted(os.path.basename(p) for p in list_py_file_paths(sys.argv[1], safe_mode=False, include_examples=False)))";
    const out = execFileSync(airflow.python, ["-c", script, dags], { encoding: "utf8", timeout: 120_000, stdio: ["ignore", "pipe", "ignore"] });
    expect(out.trim()).toBe("['ok.py', 'plain.py']");
  }, 150_000);
});
