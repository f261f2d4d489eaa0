import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/findings.js";
import { separateEnvironmentGaps } from "../../src/dynamic/environment-gaps.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

/*
 * Import errors that come from the Python the dynamic tier imported with (a requirement not installed there, another
 * Python version than the runtime's) are warnings of their own kind, not DAG failures; everything else is left alone.
 */

const importError = (file: string, message: string, line = 2): Finding => ({ checkId: "import-error", severity: "error", file, line, message: `Airflow cannot import this file: ${message}` });
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, airflowVersion: "2.10", airflowVersionSource: "runtime", requirementNames: ["pyfiglet"], localModules: ["include"] });
const facts = { staticFindings: [] as Finding[], resolveModule: resolver.resolve, runtimePython: "3.12", importPython: "3.11.7" };
const brief = (findings: Finding[]) => findings.map((f) => [f.file, f.checkId, f.severity]);

describe("import errors of the check's own Python", () => {
  it("a module requirements.txt or the runtime image provides, missing from the check's Python, is an environment warning", () => {
    const out = separateEnvironmentGaps(
      [
        importError("dags/req.py", "ModuleNotFoundError: No module named 'pyfiglet'"),
        importError("dags/runtime.py", "ModuleNotFoundError: No module named 'pandas'"),
        importError("dags/nowhere.py", "ModuleNotFoundError: No module named 'not_installed_anywhere'"),
        importError("dags/local.py", "ModuleNotFoundError: No module named 'include.missing'"),
        importError("dags/other.py", "KeyError: 'region'"),
        // A submodule the installed package does not have fails on Astro too.
        importError("dags/sub.py", "ModuleNotFoundError: No module named 'pyfiglet.nope'"),
        // Provided only by a guess from a requirement's name: the import says the guess is wrong.
        importError("dags/guessed.py", "ModuleNotFoundError: No module named 'acme'"),
      ],
      { ...facts, resolveModule: createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, airflowVersion: "2.10", airflowVersionSource: "runtime", requirementNames: ["pyfiglet", "acme-sdk"], localModules: ["include"] }).resolve },
    );
    expect(brief(out)).toEqual([
      ["dags/req.py", "import-environment", "warning"],
      ["dags/runtime.py", "import-environment", "warning"],
      ["dags/nowhere.py", "import-error", "error"],
      ["dags/local.py", "import-error", "error"],
      ["dags/other.py", "import-error", "error"],
      ["dags/sub.py", "import-error", "error"],
      ["dags/guessed.py", "import-error", "error"],
    ]);
    expect(out[0]?.message).toContain("requirements.txt installs it");
    expect(out[0]?.fix).toContain("pip install -r requirements.txt");
  });

  it("a syntax error from another Python version than the runtime's is an environment warning, unless the static check has one too", () => {
    const errors = [importError("dags/pep701.py", `SyntaxError: f-string: unmatched '['`, 6), importError("dags/broken.py", "SyntaxError: invalid syntax", 3)];
    const staticFindings: Finding[] = [{ checkId: "syntax-error", severity: "error", file: "dags/broken.py", line: 3, message: "Expected ')'" }];
    expect(brief(separateEnvironmentGaps(errors, { ...facts, staticFindings }))).toEqual([
      ["dags/pep701.py", "import-environment", "warning"],
      ["dags/broken.py", "import-error", "error"],
    ]);
    // The same Python version as the runtime's: the error is the file's.
    expect(brief(separateEnvironmentGaps(errors, { ...facts, staticFindings, importPython: "3.12.4" }))).toEqual([
      ["dags/pep701.py", "import-error", "error"],
      ["dags/broken.py", "import-error", "error"],
    ]);
    // Syntax errors ruff does not report but CPython's compiler raises on every version stay errors.
    expect(brief(separateEnvironmentGaps([importError("dags/brk.py", "SyntaxError: 'break' outside loop", 3)], facts))).toEqual([["dags/brk.py", "import-error", "error"]]);
    // The harness did not say which Python: nothing is assumed.
    expect(brief(separateEnvironmentGaps(errors, { ...facts, staticFindings, importPython: undefined }))[0]).toEqual(["dags/pep701.py", "import-error", "error"]);
  });
});
