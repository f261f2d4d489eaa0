import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { copyProjectForTests } from "../../src/testing/run-tests.js";
import { makeTempTree } from "../support/temp-dir.js";

describe("the test sandbox copy", () => {
  it("copies the project but leaves out a FIFO (cpSync would throw ERR_FS_CP_FIFO_PIPE), naming it; .git and caches stay out", () => {
    const t = makeTempTree({ "project/dags/a.py": "x = 1\n", "project/tests/test_a.py": "def test_a():\n    pass\n", "project/.git/HEAD": "ref\n", "project/dags/__pycache__/a.pyc": "" });
    try {
      execFileSync("mkfifo", [join(t.dir, "project", "dags", "pipe.py")]);
      const skipped = copyProjectForTests(join(t.dir, "project"), join(t.dir, "copy"));
      expect(skipped).toEqual([{ path: join("dags", "pipe.py"), what: "a FIFO (named pipe)" }]);
      expect(readFileSync(join(t.dir, "copy", "dags", "a.py"), "utf8")).toBe("x = 1\n");
      expect(existsSync(join(t.dir, "copy", "tests", "test_a.py"))).toBe(true);
      expect(existsSync(join(t.dir, "copy", "dags", "pipe.py"))).toBe(false);
      expect(existsSync(join(t.dir, "copy", ".git"))).toBe(false);
      expect(existsSync(join(t.dir, "copy", "dags", "__pycache__"))).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});
