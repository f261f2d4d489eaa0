/**
 * A repository controls the files astro-ci reads: a committed symlink to /dev/zero (endless), a FIFO (blocks until a
 * writer comes) or a huge sparse file in the place of a settings file must end the run quickly with exit 2 or a
 * finding naming the file, never hang, fill memory or print a stack trace.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = `from datetime import datetime
from airflow import DAG
from include.helper import OWNER
with DAG("ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": OWNER, "retries": 2}):
    pass
`;

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function project(): string {
  const t = makeTempTree({
    Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n",
    "requirements.txt": "requests\n",
    "dags/ok.py": DAG,
    "include/__init__.py": "",
    "include/helper.py": 'OWNER = "data"\n',
  });
  trees.push(t);
  return t.dir;
}

function replaceWithSymlink(root: string, rel: string, target: string): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  execFileSync("rm", ["-f", path]);
  symlinkSync(target, path);
}

const validate = (cwd: string, ...more: string[]) => runCliCaptured(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--format", "json", ...more], cwd, {});

const TIMEOUT = 60_000;

/** The JSON report's first finding on `file`. */
function findingOn(stdout: string, file: string): { message: string; fix?: string } | undefined {
  return (JSON.parse(stdout) as { findings: { file: string; message: string; fix?: string }[] }).findings.find((f) => f.file === file);
}

describe("a settings file that is a symlink to /dev/zero", () => {
  it.each([
    // Files whose problems are exit 2
    ["requirements.txt", 2],
    ["Dockerfile", 2],
    [".env", 2],
    ["astro-ci.yaml", 2],
    [".astro/dag_integrity_exceptions.txt", 2],
    // Files whose problems are findings on them
    ["packages.txt", "finding"],
    ["airflow_settings.yaml", "finding"],
    [".astro/config.yaml", "finding"],
    ["dags/.airflowignore", "finding"],
    ["dags/zero.py", "finding"],
  ] as const)(
    "%s ends the run with %s naming it",
    async (rel, outcome) => {
      const root = project();
      replaceWithSymlink(root, rel, "/dev/zero");
      const started = Date.now();
      const run = await validate(root);
      expect(Date.now() - started).toBeLessThan(TIMEOUT);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      if (outcome === 2) {
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`${rel}: cannot read: a symlink to /dev/zero, which is a character device, not a regular file`);
        expect(run.stderr).toContain("Fix: make it a regular file");
      } else {
        expect(run.code).not.toBe(2);
        const finding = findingOn(run.stdout, rel);
        expect(finding?.message).toMatch(/character device/);
      }
    },
    TIMEOUT,
  );

  it(
    "a helper module DAG files import (include/helper.py) is not followed, and the run ends",
    async () => {
      const root = project();
      // A factory call: astro-ci reads the module to follow make_dag (the old reader never finished /dev/zero).
      writeFileSync(join(root, "dags/factory.py"), 'from airflow import DAG\nfrom include.helper import make_dag\nmake_dag("x")\n');
      replaceWithSymlink(root, "include/helper.py", "/dev/zero");
      const run = await validate(root);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect([0, 1]).toContain(run.code);
      expect(JSON.parse(run.stdout)).toHaveProperty("projects");
    },
    TIMEOUT,
  );
});

describe("--config names a FIFO", () => {
  it(
    "is exit 2 naming it, without waiting for a writer",
    async () => {
      const root = project();
      execFileSync("mkfifo", [join(root, "pipe.yaml")]);
      const run = await validate(root, "--config", "pipe.yaml");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("pipe.yaml: cannot read: a FIFO (named pipe), not a regular file");
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    },
    TIMEOUT,
  );

  it(
    "a committed astro-ci.yaml that is a FIFO too",
    async () => {
      const root = project();
      execFileSync("mkfifo", [join(root, "astro-ci.yaml")]);
      const run = await validate(root);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("astro-ci.yaml: cannot read: a FIFO (named pipe), not a regular file");
    },
    TIMEOUT,
  );
});

describe("a settings file above the limit (a sparse file)", () => {
  it.each(["requirements.txt", "Dockerfile", "astro-ci.yaml"])(
    "%s of 5 GiB is exit 2 with its size and the limit",
    async (rel) => {
      const root = project();
      writeFileSync(join(root, rel), "");
      truncateSync(join(root, rel), 5 * 1024 ** 3);
      const run = await validate(root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${rel.replace(".", "\\.")}: cannot read: the file is 5(\\.4 GB| GiB), above the 4 MiB limit for project settings files`));
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    },
    TIMEOUT,
  );

  it(
    "airflow_settings.yaml above it is a finding on the file",
    async () => {
      const root = project();
      writeFileSync(join(root, "airflow_settings.yaml"), "");
      truncateSync(join(root, "airflow_settings.yaml"), 4 * 1024 * 1024 + 1);
      const run = await validate(root);
      const finding = findingOn(run.stdout, "airflow_settings.yaml");
      expect(finding?.message).toContain("the file is 4.2 MB, above the 4 MiB limit for project settings files");
    },
    TIMEOUT,
  );
});
