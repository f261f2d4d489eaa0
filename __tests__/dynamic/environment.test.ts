import { afterEach, describe, expect, it, vi } from "vitest";
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { airflowPipArguments, probeAirflowVersion, resolveAirflowEnvironment, venvCacheKey, type CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => {
  trees.splice(0).forEach((t) => t.cleanup());
  vi.unstubAllEnvs();
});

/** A recording stand-in for python3/pip/docker: answers from a script, remembers every argv. */
function recordingRunner(answers: (command: string, args: string[]) => { exitCode: number; stdout?: string; stderr?: string }): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async run(command, args) {
      calls.push([command, ...args]);
      const answer = answers(command, args);
      return { exitCode: answer.exitCode, stdout: answer.stdout ?? "", stderr: answer.stderr ?? "" };
    },
  };
}

function projectDir(requirements = "pandas==2.2.3\n"): string {
  const t = makeTempTree({ "requirements.txt": requirements, "dags/a.py": "" });
  trees.push(t);
  return t.dir;
}

describe("where Airflow comes from", () => {
  it("pins Airflow with its constraints file when the exact version is known", () => {
    expect(airflowPipArguments("2.10.3", "3.12")).toEqual({
      args: ["apache-airflow==2.10.3", "--constraint", "https://raw.githubusercontent.com/apache/airflow/constraints-2.10.3/constraints-3.12.txt"],
      constraintsUrl: "https://raw.githubusercontent.com/apache/airflow/constraints-2.10.3/constraints-3.12.txt",
    });
    expect(airflowPipArguments("3.1", "3.12")).toEqual({ args: ["apache-airflow~=3.1.0"] });
  });

  it("venv: builds it with the exact commands once, keyed by Airflow, Python and requirements", async () => {
    const root = projectDir();
    const cacheDir = join(root, ".cache");
    const runner = recordingRunner((command, args) => {
      if (args[0] === "-c") return { exitCode: 0, stdout: "3.12\n" };
      if (command === "touch") {
        // Mark the venv complete, as the real touch would.
        mkdirSync(join(args[0] as string, ".."), { recursive: true });
        writeFileSync(args[0] as string, "");
      }
      return { exitCode: 0 };
    });
    const options = { mode: "venv" as const, airflowVersion: "2.10.3", projectRoot: root, repoRoot: root, cacheDir, harnessPath: "/h.py", runner, logger: new RecordingLogger() };
    const first = await resolveAirflowEnvironment(options);
    const key = venvCacheKey("2.10.3", "3.12", readFileSync(join(root, "requirements.txt"), "utf8"));
    const venv = join(cacheDir, "venvs", key);
    expect(first).toMatchObject({ status: "ready", environment: { mode: "venv", command: [join(venv, "bin/python")] } });
    expect(runner.calls.slice(1)).toEqual([
      ["python3", "-m", "venv", venv],
      [join(venv, "bin/python"), "-m", "pip", "install", "--disable-pip-version-check", "--quiet", "apache-airflow==2.10.3", "--constraint", "https://raw.githubusercontent.com/apache/airflow/constraints-2.10.3/constraints-3.12.txt"],
      [join(venv, "bin/python"), "-m", "pip", "install", "--disable-pip-version-check", "--quiet", "-r", join(root, "requirements.txt"), "--constraint", "https://raw.githubusercontent.com/apache/airflow/constraints-2.10.3/constraints-3.12.txt"],
      ["touch", join(venv, ".astro-ci-complete")],
    ]);
    expect(existsSync(join(venv, ".astro-ci-complete"))).toBe(true);
    // A cache hit costs no install.
    runner.calls.length = 0;
    await resolveAirflowEnvironment(options);
    expect(runner.calls.filter((c) => c.includes("pip") || c.includes("venv"))).toEqual([]);
    // Another requirements.txt is another venv.
    expect(venvCacheKey("2.10.3", "3.12", "pandas==2.2.4\n")).not.toBe(key);
  });

  it("venv: a failing pip install is an unavailable Airflow with the reason, not a crash", async () => {
    const runner = recordingRunner((_c, args) => (args[0] === "-c" ? { exitCode: 0, stdout: "3.11" } : args.includes("pip") ? { exitCode: 1, stderr: "ERROR: No matching distribution found" } : { exitCode: 0 }));
    const project = projectDir();
    const result = await resolveAirflowEnvironment({ mode: "venv", airflowVersion: "2.10.3", projectRoot: project, repoRoot: project, cacheDir: "/tmp/x-cache", harnessPath: "/h.py", runner, logger: new RecordingLogger() });
    expect(result).toMatchObject({ status: "unavailable", reason: expect.stringContaining("No matching distribution") });
  });

  it("image: runs the harness in the runtime image with read-only mounts and no network", async () => {
    const root = projectDir();
    const runner = recordingRunner((command) => ({ exitCode: command === "docker" ? 0 : 1 }));
    const result = await resolveAirflowEnvironment({ mode: "image", airflowVersion: "3.1", projectRoot: root, repoRoot: root, runtimeImage: "astrocrpublic.azurecr.io/runtime:3.1-12", cacheDir: "/c", harnessPath: "/dist/astro_ci_harness.py", runner, logger: new RecordingLogger() });
    if (result.status !== "ready") throw new Error(result.reason);
    expect(result.environment.command).toEqual([
      "docker", "run", "--rm", "-i", "--network", "none",
      "-v", `${root}:/usr/local/airflow:ro`,
      "-v", "/dist/astro_ci_harness.py:/opt/astro-ci/astro_ci_harness.py:ro",
      "-e", "AIRFLOW_HOME=/tmp/astro-ci-airflow-home",
      "--entrypoint", "python", "astrocrpublic.azurecr.io/runtime:3.1-12",
    ]);
    expect(result.environment.toTarget(join(root, "dags/a.py"))).toBe("/usr/local/airflow/dags/a.py");
    expect(result.environment.toHost("/usr/local/airflow/dags/a.py")).toBe(join(root, "dags/a.py"));
  });

  it("image: a runtime image or project path docker would misread never reaches docker run", async () => {
    const runner = recordingRunner((command) => ({ exitCode: command === "docker" ? 0 : 1 }));
    const base = { mode: "image" as const, airflowVersion: "2.10", repoRoot: "/", cacheDir: "/c", harnessPath: "/dist/astro_ci_harness.py", runner, logger: new RecordingLogger() };
    for (const runtimeImage of ["--privileged", "-v/:/host", "quay.io/astronomer/astro-runtime:12.1.0 --rm", "image\n--privileged"]) {
      expect(await resolveAirflowEnvironment({ ...base, projectRoot: projectDir(), runtimeImage }), runtimeImage).toMatchObject({ status: "unavailable", reason: expect.stringContaining("not a plain image reference") });
    }
    expect(await resolveAirflowEnvironment({ ...base, projectRoot: "/tmp/a:/etc", runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0" })).toMatchObject({ status: "unavailable", reason: expect.stringContaining("docker's -v cannot mount") });
    expect(await resolveAirflowEnvironment({ ...base, projectRoot: projectDir(), runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0" })).toMatchObject({ status: "ready" });
  });

  it("auto: installed, else the image when a Docker engine answers, else a venv", async () => {
    const noAirflowNoDocker = recordingRunner((command, args) => (command === "docker" ? { exitCode: 1 } : args[0] === "-c" && args[1]?.includes("import airflow") ? { exitCode: 1 } : { exitCode: 0, stdout: "3.12" }));
    const cache = makeTempTree({});
    trees.push(cache);
    const options = { mode: "auto" as const, airflowVersion: "2.10", projectRoot: projectDir(""), repoRoot: "/", runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0", cacheDir: cache.dir, harnessPath: "/h.py", logger: new RecordingLogger() };
    const result = await resolveAirflowEnvironment({ ...options, runner: noAirflowNoDocker });
    expect(result).toMatchObject({ status: "ready", environment: { mode: "venv" } });
    expect(noAirflowNoDocker.calls.map((c) => c[0])).toEqual(expect.arrayContaining(["python3", "docker"]));
    const withDocker = recordingRunner((command, args) => (command === "docker" ? { exitCode: 0 } : args[1]?.includes("import airflow") ? { exitCode: 1 } : { exitCode: 0 }));
    expect(await resolveAirflowEnvironment({ ...options, runner: withDocker })).toMatchObject({ status: "ready", environment: { mode: "image" } });
    const installed = recordingRunner(() => ({ exitCode: 0, stdout: JSON.stringify({ version: "2.10.3", path: [] }) }));
    expect(await resolveAirflowEnvironment({ ...options, runner: installed })).toMatchObject({ status: "ready", environment: { mode: "installed" } });
  });

  it("installed: an Airflow of another major version is no stand-in (an Airflow 3 project's airflow.sdk imports were reported as the DAG's import-error); auto goes on to the image", async () => {
    const cache = makeTempTree({});
    trees.push(cache);
    const airflow2 = (docker: number) => recordingRunner((command) => (command === "docker" ? { exitCode: docker } : { exitCode: 0, stdout: JSON.stringify({ version: "2.10.5", path: [] }) }));
    const options = { airflowVersion: "3.0", projectRoot: projectDir(""), repoRoot: "/", runtimeImage: "astrocrpublic.azurecr.io/runtime:3.0-2", cacheDir: cache.dir, harnessPath: "/h.py", logger: new RecordingLogger() };
    expect(await resolveAirflowEnvironment({ ...options, mode: "installed", runner: airflow2(1) })).toEqual({ status: "unavailable", reason: "python3 imports Airflow 2.10.5, but the project runs Airflow 3.0" });
    expect(await resolveAirflowEnvironment({ ...options, mode: "auto", runner: airflow2(0) })).toMatchObject({ status: "ready", environment: { mode: "image" } });
    // Another minor version of the same major still runs, with a warning.
    const logger = new RecordingLogger();
    expect(await resolveAirflowEnvironment({ ...options, airflowVersion: "2.9", logger, mode: "installed", runner: airflow2(1) })).toMatchObject({ status: "ready", environment: { mode: "installed" } });
  });

  // An interpreter binary (not a script): the probe cache keys on it. The runner is a recording one, so its content
  // only has to look like a binary.
  const interpreter = (dir: string, name = "bin/python3.11") => {
    const file = join(dir, name);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "\x7fELF fake interpreter");
    return file;
  };

  it("keeps the Airflow probe's answer, keyed by the interpreter and its sys.path folders' mtimes", async () => {
    const cache = makeTempTree({ "site/x.py": "" });
    trees.push(cache);
    const site = join(cache.dir, "site");
    const python = interpreter(cache.dir);
    const probe = recordingRunner(() => ({ exitCode: 0, stdout: JSON.stringify({ version: "2.10.5", path: [site] }) }));
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBe("2.10.5");
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBe("2.10.5");
    expect(probe.calls).toHaveLength(1); // the second answer came from the cache
    // A package installed into a sys.path folder changes its mtime: ask again.
    writeFileSync(join(site, "new_package.py"), "");
    utimesSync(site, new Date(), new Date(Date.now() + 5000));
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBe("2.10.5");
    expect(probe.calls).toHaveLength(2);
    // Without a cache folder, every call asks.
    await probeAirflowVersion(python, probe);
    expect(probe.calls).toHaveLength(3);
  });

  it("keeps a 'no Airflow' answer too (an interpreter start per run, 0.4 s behind pyenv's shim), until its user site folder appears", async () => {
    const cache = makeTempTree({ "site/x.py": "" });
    trees.push(cache);
    const python = interpreter(cache.dir);
    const userSite = join(cache.dir, "user-site");
    const probe = recordingRunner(() => ({ exitCode: 0, stdout: JSON.stringify({ version: null, path: [join(cache.dir, "site"), userSite] }) }));
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBeUndefined();
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBeUndefined();
    expect(probe.calls).toHaveLength(1);
    // `pip install --user apache-airflow` creates the user site folder: ask again.
    mkdirSync(userSite);
    expect(await probeAirflowVersion(python, probe, cache.dir)).toBeUndefined();
    expect(probe.calls).toHaveLength(2);
    // A probe that failed (a broken interpreter, an Airflow that raises on import) is never kept.
    const failing = recordingRunner(() => ({ exitCode: 1, stderr: "ImportError: cannot import name 'x'" }));
    const other = interpreter(cache.dir, "other/python3");
    expect(await probeAirflowVersion(other, failing, cache.dir)).toBeUndefined();
    expect(await probeAirflowVersion(other, failing, cache.dir)).toBeUndefined();
    expect(failing.calls).toHaveLength(2);
  });

  it("each virtualenv's python is its own entry, though all link to one binary; a launcher script (pyenv's shim) is never kept", async () => {
    const cache = makeTempTree({});
    trees.push(cache);
    const binary = interpreter(cache.dir, "base/bin/python3.11");
    const venvs = ["venv-a", "venv-b"].map((venv) => {
      mkdirSync(join(cache.dir, venv, "bin"), { recursive: true });
      const link = join(cache.dir, venv, "bin", "python3");
      symlinkSync(binary, link);
      return link;
    });
    const probe = recordingRunner((command) => ({ exitCode: 0, stdout: JSON.stringify({ version: command.includes("venv-a") ? "2.10.5" : null, path: [] }) }));
    expect(await probeAirflowVersion(venvs[0] as string, probe, cache.dir)).toBe("2.10.5");
    expect(await probeAirflowVersion(venvs[1] as string, probe, cache.dir)).toBeUndefined();
    expect(await probeAirflowVersion(venvs[0] as string, probe, cache.dir)).toBe("2.10.5");
    expect(await probeAirflowVersion(venvs[1] as string, probe, cache.dir)).toBeUndefined();
    expect(probe.calls).toHaveLength(2);
    // A shim decides at each call which interpreter runs (.python-version, PYENV_VERSION): ask every time.
    const shim = join(cache.dir, "shims", "python3");
    mkdirSync(join(shim, ".."));
    writeFileSync(shim, '#!/usr/bin/env bash\nexec pyenv exec python3 "$@"\n');
    await probeAirflowVersion(shim, probe, cache.dir);
    await probeAirflowVersion(shim, probe, cache.dir);
    expect(probe.calls).toHaveLength(4);
  });
});

describe("astro-ci validate-dags with the dynamic tier (stand-in airflow installed)", () => {
  const standin = fileURLToPath(new URL("../fixtures/dynamic/standin-airflow", import.meta.url));

  async function cli(args: string[], cwd: string) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
    return { code: await runCli(args, io), stdout, stderr };
  }

  it("adds import errors on the right line and merges what Airflow saw into the DAG inventory", async () => {
    vi.stubEnv("PYTHONPATH", standin);
    const t = makeTempTree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/runtime_error.py": "from airflow import DAG\nimport json\n\nCONFIG = json.loads('{not json')\n",
      "dags/dynamic_ids.py": "from airflow import DAG\nfor team in ['a', 'b']:\n    DAG(f'team_{team}', tags=['generated'], default_args={'owner': 'x', 'retries': 2})\n",
    });
    trees.push(t);
    const result = await cli(["validate-dags", t.dir, "--format", "json", "--airflow", "installed"], t.dir);
    const report = JSON.parse(result.stdout) as { findings: { checkId: string; file: string; line: number; message: string }[]; projects: { dynamic: { status: string }; dags: { dagId: unknown }[] }[] };
    expect(report.projects[0]?.dynamic.status).toBe("ran");
    const importError = report.findings.find((f) => f.checkId === "import-error");
    expect(importError).toMatchObject({ file: "dags/runtime_error.py", line: 4 });
    expect(importError?.message).toContain("JSONDecodeError");
    expect(report.projects[0]?.dags.map((d) => d.dagId)).toEqual(expect.arrayContaining(["team_a", "team_b"]));
  });

  it("dynamic: required fails when no Airflow can be had, auto only says so (the CLI's default Airflow is the installed one)", async () => {
    vi.stubEnv("PYTHONPATH", "");
    const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": "from airflow import DAG\nDAG('a', tags=['t'], default_args={'owner': 'o', 'retries': 2})\n" });
    trees.push(t);
    const auto = await cli(["validate-dags", t.dir], t.dir);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toContain("only the static checks ran");
    const required = await cli(["validate-dags", t.dir, "--dynamic", "required"], t.dir);
    expect(required.code).toBe(1);
    expect(required.stdout).toContain("[dynamic-unavailable]");
    // `--airflow installed` given on the command line asks for that Airflow: none is the environment's fault, exit 2.
    const asked = await cli(["validate-dags", t.dir, "--airflow", "installed"], t.dir);
    expect(asked.code).toBe(2);
    expect(asked.stdout).toContain("only the static checks ran");
    expect(asked.stderr).toContain("astro-ci: --airflow installed: no Airflow to import the DAGs with (python3 cannot import airflow); only the static checks ran. Fix: install Python 3 with the project's Airflow and put it on PATH");
  });
});
