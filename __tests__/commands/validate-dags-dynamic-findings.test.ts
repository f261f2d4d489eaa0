/**
 * How validate-dags folds the dynamic tier's results into its report, with a stand-in harness run in the image mode
 * (paths as the image sees them, /usr/local/airflow/...): the project's dagbag_import_timeout of 0 or less (no
 * timeout in Airflow: astro-ci's own limit, said in the finding), timeout messages with repository-relative paths,
 * one finding per cycle when both tiers see it, and a not-loaded DAG's reason naming the file's import error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { runValidation } from "../../src/commands/validate-dags.js";
import { MAX_IMPORT_TIMEOUT_SECONDS } from "../../src/config/limits.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import type { FileImportResult, ProcessRunner } from "../../src/dynamic/run-harness.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const IMAGE = "quay.io/astronomer/astro-runtime:12.7.1";
const CYCLE = `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nwith DAG("dup", start_date=datetime(2024, 1, 1), schedule=None) as d:\n    a = EmptyOperator(task_id="a")\n    b = EmptyOperator(task_id="b")\n    a >> b >> a\n`;
const LOOP = `from datetime import datetime\nfrom airflow import DAG\nfor k, v in {"x": 1, "y": 0}.items():\n    with DAG(f"b_{k}", start_date=datetime(2024, 1, 1), schedule=None):\n        z = 10 / v\n`;
const SLOW = `from datetime import datetime\nimport time\nfrom airflow import DAG\ntime.sleep(5)\nwith DAG("slow", start_date=datetime(2024, 1, 1), schedule=None):\n    pass\n`;

/** What the stand-in harness answers for a file, by name, given its path as the image sees it. */
type Answer = (file: string) => Omit<FileImportResult, "file" | "warnings" | "duration_ms" | "excepted"> & Partial<FileImportResult>;
const ANSWERS: Record<string, Answer> = {
  "cycle.py": () => ({ status: "error", import_errors: [{ message: "AirflowDagCycleException: Cycle detected in DAG: dup. Faulty task: b", traceback: "", line: null }], dags: [], not_loaded: [{ dag_id: "dup", line: 4 }] }),
  "loop.py": () => ({ status: "error", import_errors: [{ message: "ZeroDivisionError: division by zero", traceback: "", line: 5 }], dags: [], not_loaded: [{ dag_id: "b_x", line: 4 }, { dag_id: "b_y", line: 4 }] }),
  "slow.py": (file) => ({ status: "timeout", import_errors: [{ message: `DagBag import timeout for ${file} after 3600.0s.`, traceback: "", line: 4, kind: "timeout" }], dags: [] }),
};

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});

async function validate(files: Record<string, string>, importTimeoutSeconds?: number) {
  const t = makeTempTree({ "requirements.txt": "", ...files });
  try {
    let request: { timeout_seconds?: number; files?: string[] } = {};
    const processRunner: ProcessRunner = {
      async run(_command, _args, options) {
        request = JSON.parse(options.stdin) as typeof request;
        for (const file of request.files ?? []) {
          const answer = ANSWERS[file.split("/").pop() ?? ""];
          const result = answer ? answer(file) : { status: "ok", import_errors: [], dags: [] };
          options.onLine(JSON.stringify({ file, warnings: [], duration_ms: 1, excepted: false, ...result }));
        }
        options.onLine(JSON.stringify({ done: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag", python: "3.12.8" }));
        return { exitCode: 0, stderr: "", timedOut: false };
      },
    };
    const report = await runValidation({
      repoRoot: t.dir,
      analyzer,
      logger: new RecordingLogger(),
      dynamic: {
        setting: "required",
        mode: "image",
        defaults: { setting: "auto", mode: "auto" },
        workDir: join(t.dir, ".work"),
        jobs: 1,
        importTimeoutSeconds,
        commandRunner: { run: async () => ({ exitCode: 0, stdout: "27.0.0", stderr: "" }) },
        processRunner,
      },
    });
    return { report, request, root: t.dir };
  } finally {
    t.cleanup();
  }
}

describe("a project's AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT of 0 or less (Airflow: no import timeout)", () => {
  it("imports with astro-ci's own limit, not 30 s, and the timeout finding says so, with the file's path relative to the repository", async () => {
    for (const value of ["0", "-5"]) {
      const { report, request, root } = await validate({ Dockerfile: `FROM ${IMAGE}\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=${value}\n`, "dags/slow.py": SLOW });
      expect(request.timeout_seconds).toBe(MAX_IMPORT_TIMEOUT_SECONDS);
      const timeout = report.findings.find((f) => f.checkId === "import-timeout");
      expect(timeout?.message).toContain("DagBag import timeout for dags/slow.py after 3600.0s.");
      expect(timeout?.message).toContain(`Airflow imports with no timeout, so its scheduler would keep parsing this file; astro-ci stops an import after ${MAX_IMPORT_TIMEOUT_SECONDS} s`);
      expect(JSON.stringify(report.findings)).not.toMatch(/\/usr\/local\/airflow|\/tmp\//);
      expect(JSON.stringify(report.findings)).not.toContain(root);
      expect(report.projects[0]?.dags.find((d) => d.dagId === "slow")?.notLoadedReason).toBe("import timed out: DagBag import timeout for dags/slow.py after 3600.0s.");
    }
  });

  it("gives way to --import-timeout, and then says nothing about it", async () => {
    const { report, request } = await validate({ Dockerfile: `FROM ${IMAGE}\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=0\n`, "dags/slow.py": SLOW }, 60);
    expect(request.timeout_seconds).toBe(60);
    expect(report.findings.find((f) => f.checkId === "import-timeout")?.message).not.toContain("no timeout");
  });

  it("a value Airflow cannot read is a project-file-invalid warning on its line, and the import keeps Airflow's 30 s", async () => {
    const { report, request } = await validate({ Dockerfile: `FROM ${IMAGE}\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=abc\n`, "dags/ok.py": SLOW.replace("time.sleep(5)", "pass") });
    expect(request.timeout_seconds).toBe(30);
    expect(report.findings.filter((f) => f.checkId === "project-file-invalid")).toMatchObject([
      { file: "Dockerfile", line: 2, severity: "warning", message: expect.stringContaining('AirflowConfigException: Failed to convert value to float. Please check "DAGBAG_IMPORT_TIMEOUT" key in "core" section. Current value: "abc"') },
    ]);
  });
});

describe("what both tiers report, once", () => {
  it("a cycle is one dag-cycle finding on the dependency's line, quoting DagBag's message", async () => {
    const { report } = await validate({ Dockerfile: `FROM ${IMAGE}\n`, "dags/cycle.py": CYCLE });
    const onFile = report.findings.filter((f) => f.file === "dags/cycle.py" && f.severity === "error");
    expect(onFile).toMatchObject([{ checkId: "dag-cycle", line: 7, dagId: "dup", message: expect.stringContaining("; DagBag's import error: AirflowDagCycleException: Cycle detected in DAG: dup. Faulty task: b") }]);
    expect(report.projects[0]?.dags.find((d) => d.dagId === "dup")?.notLoadedReason).toBe("import error: AirflowDagCycleException: Cycle detected in DAG: dup. Faulty task: b");
  });

  it("DAGs a file made before its import failed are not loaded for that import error, as every other DAG of a failing file", async () => {
    const { report } = await validate({ Dockerfile: `FROM ${IMAGE}\n`, "dags/loop.py": LOOP });
    const reasons = report.projects[0]?.dags.filter((d) => d.file === "dags/loop.py").map((d) => d.notLoadedReason);
    expect(reasons?.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toEqual(new Set(["import error: ZeroDivisionError: division by zero"]));
  });
});
