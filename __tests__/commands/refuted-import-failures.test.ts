import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/findings.js";
import { softenRefutedImportFailures } from "../../src/commands/validate-dags.js";
import type { FileImportResult } from "../../src/dynamic/run-harness.js";

const result = (file: string, errors: number): FileImportResult => ({
  file: `/repo/${file}`,
  status: errors ? "error" : "ok",
  import_errors: Array.from({ length: errors }, () => ({ message: "NameError: x", traceback: "", line: 3 })),
  warnings: [],
  dags: [],
  duration_ms: 1,
  excepted: false,
});

const findings = (): Finding[] => [
  { checkId: "undefined-name", severity: "error", file: "dags/clean.py", line: 3, message: "x is not defined" },
  { checkId: "syntax-error", severity: "error", file: "dags/clean.py", line: 4, message: "bad" },
  { checkId: "unresolved-import", severity: "error", file: "dags/clean.py", line: 1, message: "no module" },
  { checkId: "undefined-name", severity: "warning", file: "dags/clean.py", line: 9, message: "in a task" },
  { checkId: "undefined-name", severity: "error", file: "dags/failed.py", line: 3, message: "x is not defined" },
];

describe("static import failures a clean import refutes", () => {
  it("become warnings on files imported without an error by the project's Airflow minor version, and only those", () => {
    const list = findings();
    softenRefutedImportFailures(list, [result("dags/clean.py", 0), result("dags/failed.py", 1)], { repoRoot: "/repo", projectAirflow: "2.10", importAirflow: "2.10.5" });
    expect(list.map((f) => `${f.checkId}:${f.file}:${f.severity}`)).toEqual([
      "undefined-name:dags/clean.py:warning",
      // The Python version and the installed packages of the import may not be the runtime's.
      "syntax-error:dags/clean.py:error",
      "unresolved-import:dags/clean.py:error",
      "undefined-name:dags/clean.py:warning",
      "undefined-name:dags/failed.py:error",
    ]);
    expect(list[0]!.message).toBe("x is not defined (but Airflow 2.10.5 imported the file without an error in the dynamic check: the static reading missed something, such as a helper changing the value, or the failure depends on the environment)");
    expect(list[3]!.message).toBe("in a task");
  });

  it("are left alone when the import used another Airflow minor version (or an unknown one)", () => {
    for (const importAirflow of ["2.9.3", "3.0.1", undefined]) {
      const list = findings();
      softenRefutedImportFailures(list, [result("dags/clean.py", 0)], { repoRoot: "/repo", projectAirflow: "2.10", importAirflow });
      expect(list).toEqual(findings());
    }
  });
});
