import { describe, expect, it } from "vitest";
import { rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { makeDirectory, makeDirectorySync } from "../../src/util/make-directory.js";
import { classifyError } from "../../src/errors.js";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Node's mkdir(..., { recursive: true }) loops forever under /proc (mkdir answers ENOENT though the parent exists): a
 * tester's `--output /proc/nope/report.txt`, `--work-dir /proc/nope` and the actions' cache input hung astro-ci.
 */
describe("makeDirectory", () => {
  it("creates missing parents, accepts an existing folder, and refuses a file in the way", async () => {
    const tree = makeTempTree({ file: "x" });
    try {
      await makeDirectory(join(tree.dir, "a", "b", "c"));
      makeDirectorySync(join(tree.dir, "d", "e"));
      expect(statSync(join(tree.dir, "a", "b", "c")).isDirectory()).toBe(true);
      expect(statSync(join(tree.dir, "d", "e")).isDirectory()).toBe(true);
      await makeDirectory(join(tree.dir, "a"));
      await expect(makeDirectory(join(tree.dir, "file"))).rejects.toMatchObject({ code: "EEXIST" });
      expect(() => makeDirectorySync(join(tree.dir, "file", "sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    } finally {
      tree.cleanup();
    }
  });

  it("gives up under /proc with the system's error, which is the environment's fault (exit 2)", async () => {
    const error = await makeDirectory("/proc/astro-ci-nope/deeper").then(() => undefined, (e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe("ENOENT");
    expect(classifyError(error).exitCode).toBe(2);
    expect(() => makeDirectorySync("/proc/astro-ci-nope")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("the CLI's --output under /proc is exit 2 naming the path, not a hang", async () => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": "from airflow import DAG\n" });
    try {
      let stderr = "";
      const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: tree.dir, isTty: false };
      const code = await runCli(["validate-dags", tree.dir, "--dynamic", "off", "--no-cache", "--output", "/proc/astro-ci-nope/report.txt"], io);
      expect(code).toBe(2);
      expect(stderr).toContain("/proc/astro-ci-nope");
      // The report is not lost: written to a temporary file instead, which this test removes.
      const fallback = /written to (\S+) instead/.exec(stderr)?.[1];
      expect(fallback).toBeDefined();
      rmSync(dirname(fallback as string), { recursive: true, force: true });
    } finally {
      tree.cleanup();
    }
  }, 60_000);
});

describe("the actions' cache input under /proc", () => {
  it("is one notice and the run goes on without it (it hung)", async () => {
    const { usableCacheDir } = await import("../../src/actions/inputs.js");
    const result = usableCacheDir("/tmp", "/proc/astro-ci-nope", "cache");
    expect(result.dir).toBeUndefined();
    expect(result.notice).toContain("input 'cache' (/proc/astro-ci-nope) cannot be used as a cache");
  });
});
