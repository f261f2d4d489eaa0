import { describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Files validate-dags reads only for context (packages.txt, airflow_settings.yaml, .astro/config.yaml) never stop the
 * DAG checks (README): a folder in place of one stopped the whole run with exit 2. Now a project-file-invalid warning
 * naming the file, and the DAGs are still checked.
 */
describe("a folder in place of a context file", () => {
  it.each(["packages.txt", "airflow_settings.yaml", ".astro/config.yaml"])("%s: a warning naming it, and the DAG checks run", async (name) => {
    const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/d.py": `from airflow import DAG\nwith DAG("d", schedule="0 25 * * *"):\n    pass\n` });
    try {
      mkdirSync(join(tree.dir, name), { recursive: true });
      let stdout = "";
      const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: tree.dir, isTty: false };
      const code = await runCli(["validate-dags", tree.dir, "--dynamic", "off", "--no-cache", "--format", "json"], io);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as { findings: { checkId: string; file: string; message: string }[] };
      expect(report.findings.find((f) => f.checkId === "project-file-invalid")).toMatchObject({ file: name, message: expect.stringContaining("folder") });
      expect(report.findings.some((f) => f.checkId === "schedule-valid" && f.file === "dags/d.py")).toBe(true);
    } finally {
      tree.cleanup();
    }
  }, 60_000);
});
