// A URL with a password in an inherited variable (CI's `AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql://u:secret@...`)
// and pip's index URL are blanked in what /proc shows of astro-ci's environment, as the tokens are: project code
// (a pytest test, a DAG import) could read them from its parent's /proc/<pid>/environ otherwise. The live values stay
// (pip install still gets its index). Runs scrubInheritedSecrets with the CLI's rule in a fresh Node process.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { makeTempDir } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("scrubInheritedSecrets with the CLI's rule (hiddenFromProjectCode)", () => {
  it("blanks what project code would not get in /proc/self/environ (any name outside the allow-list, URL credentials, tokens), keeps them live, leaves a sqlite URL alone", async () => {
    const dir = makeTempDir("astro-ci-scrub-");
    try {
      const entry = join(dir.dir, "entry.ts");
      const script = join(dir.dir, "scrub.mjs");
      const source = `import { readFileSync } from "node:fs";
import { hiddenFromProjectCode } from ${JSON.stringify(join(repoRoot, "src/dynamic/command-runner.ts"))};
import { scrubInheritedSecrets } from ${JSON.stringify(join(repoRoot, "src/util/scrub-environ.ts"))};
const names = scrubInheritedSecrets(hiddenFromProjectCode);
const shown = readFileSync("/proc/self/environ", "latin1");
process.stdout.write(JSON.stringify({ names, shown, live: [process.env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, process.env.PIP_EXTRA_INDEX_URL, process.env.DB_PASS] }));
`;
      (await import("node:fs")).writeFileSync(entry, source);
      await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "silent" });
      const run = spawnSync(process.execPath, [script], {
        encoding: "utf8",
        env: { PATH: process.env.PATH, AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: "postgresql://u:dbsecret777@host/db", PIP_EXTRA_INDEX_URL: "https://user:piptoken999@pypi.corp/simple", AIRFLOW__CORE__SQL: "sqlite:////tmp/airflow.db", DB_PASS: "dbpass555", LANG: "C.UTF-8", TZ: "ghs_abcdefghijklmnopqrstuvwxyz0123456789" },
      });
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as { names: string[]; shown: string; live: string[] };
      // Everything project code would not be given: outside the allow-list (PATH stays), a URL with a password, a token.
      expect(result.names.sort()).toEqual(["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "DB_PASS", "PIP_EXTRA_INDEX_URL", "TZ"]);
      expect(result.shown).not.toContain("dbpass555");
      expect(result.shown).not.toContain("ghs_abc");
      expect(result.shown).toContain("LANG=C.UTF-8");
      expect(result.shown).not.toContain("dbsecret777");
      expect(result.shown).not.toContain("piptoken999");
      expect(result.shown).toContain("sqlite:////tmp/airflow.db");
      expect(result.live).toEqual(["postgresql://u:dbsecret777@host/db", "https://user:piptoken999@pypi.corp/simple", "dbpass555"]);
    } finally {
      dir.cleanup();
    }
  }, 60_000);
});
