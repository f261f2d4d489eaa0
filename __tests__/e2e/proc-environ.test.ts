// Project code astro-ci runs must not find a token by reading astro-ci's own environment through /proc: its
// environment is clean, but Linux shows any process of the same user the environment block another process started
// with (`/proc/<pid>/environ`), and a tester's test read ASTRO_API_TOKEN and GITHUB_TOKEN from its parent's. The
// bundled CLI blanks those values there before it runs anything (scrubInheritedSecrets). Needs python3 with pytest,
// as the other `astro-ci test` tests do.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempTree } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** A test that walks from its own process up to PID 1 and writes every environment entry holding the planted marker it can read. */
const walker = (out: string) => `import os


def test_walk_up():
    found = []
    pid = os.getpid()
    while pid > 1:
        try:
            env = open(f"/proc/{pid}/environ", "rb").read().split(b"\\0")
        except OSError:
            break
        found += [e.decode("latin-1") for e in env if b"xq7planted" in e]
        stat = open(f"/proc/{pid}/stat").read()
        pid = int(stat[stat.rindex(")") + 2:].split()[1])
    open(${JSON.stringify(out)}, "w").write("\\n".join(found))
`;

describe("what project code can read of astro-ci's environment through /proc", () => {
  it("astro-ci test: no secret in any ancestor's /proc/<pid>/environ that astro-ci started with, whatever its name", () => {
    const out = makeTempTree({ "found.txt": "not written" });
    // The suite runs on a throwaway copy of the project: it writes what it found outside it.
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/.keep": "", "tests/test_walk.py": walker(join(out.dir, "found.txt")) });
    try {
      const run = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), "test", tree.dir, "--airflow", "none"], {
        encoding: "utf8",
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ASTRO_API_TOKEN: "astro-xq7planted-1",
          GITHUB_TOKEN: "ghp-xq7planted-2",
          MY_SERVICE_PASSWORD: "pw-xq7planted-3",
          // Secrets no name rule catches (tester N): blanked because they are outside the allow-list.
          DB_PASS: "db-xq7planted-4",
          GH_PAT: "pat-xq7planted-5",
          SLACK_WEBHOOK_URL: "https://example.invalid/xq7planted-6",
          // A token of a known format under a name the allow-list keeps: never given to the tests, blanked in /proc.
          NO_COLOR: "ghp_xq7planted0123456789abcdefghijklmnopqrstu",
          LANG: "C.UTF-8",
        },
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(out.dir, "found.txt"), "utf8")).toBe("");
    } finally {
      tree.cleanup();
      out.cleanup();
    }
  }, 180_000);
});
