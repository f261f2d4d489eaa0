import type { Finding } from "../core/findings.js";

/** Who provides a module where the project runs (the static tier's ModuleResolver.resolve, reduced to what is read here). */
export type ModuleProvider = (moduleName: string) => { status: string; by?: string; guess?: true };

export interface EnvironmentFacts {
  /** The static tier's findings: a file with a `syntax-error` there does not compile for the runtime's Python either. */
  staticFindings: Finding[];
  /** Who provides a module in the project's runtime (requirements.txt, the image, the project). */
  resolveModule?: ModuleProvider;
  /** The runtime's Python, major.minor ("3.12"). */
  runtimePython: string;
  /** The Python the files were imported with, as the harness reported it ("3.11.7"). */
  importPython?: string;
}

const majorMinor = (version: string | undefined): string | undefined => /^(\d+\.\d+)/.exec(version ?? "")?.[1];

/**
 * The dynamic tier's import errors that come from the Python it imported with, not from the project, as
 * `import-environment` warnings: where the project runs they do not happen, so they neither fail the run nor pass for a
 * broken DAG. Two kinds, each only where it is certain:
 * - `ModuleNotFoundError` for a top-level module requirements.txt or the runtime image certainly provides (a tester's
 *   `pyfiglet==1.0.2`, not installed in the local Python). Not for a submodule (`requests.nope`,
 *   `airflow.providers.http.operators.htttp`: the package is there, the module is not, on Astro too), nor for a
 *   module provided only by a guess from a requirement's name (the import is better evidence than the guess);
 * - an f-string `SyntaxError` from a Python older than the runtime's 3.12+, in a file the static check (for the
 *   runtime's version) finds no syntax error in: PEP 701 made those f-strings valid in 3.12. Other syntax errors stay
 *   errors: ruff does not report every error CPython's compiler raises (`break` outside a loop, `return` in a class).
 * Anything else is returned as it was.
 */
export function separateEnvironmentGaps(importFindings: Finding[], facts: EnvironmentFacts): Finding[] {
  const [importMajor, importMinorNumber] = (majorMinor(facts.importPython) ?? "").split(".").map(Number);
  const [runtimeMajor, runtimeMinor] = (majorMinor(facts.runtimePython) ?? "").split(".").map(Number);
  // An import Python before 3.12, the runtime's 3.12 or later: PEP 701 f-strings compile only on the latter.
  const olderThanPep701Runtime = importMajor === 3 && runtimeMajor === 3 && (importMinorNumber ?? 99) < 12 && (runtimeMinor ?? 0) >= 12;
  return importFindings.map((finding) => {
    if (finding.checkId !== "import-error") return finding;
    const missing = /ModuleNotFoundError: No module named '([A-Za-z_]\w*)'/.exec(finding.message)?.[1];
    if (missing && facts.resolveModule) {
      const resolution = facts.resolveModule(missing);
      if (resolution.status === "provided" && (resolution.by === "requirements" || resolution.by === "runtime") && !resolution.guess) {
        const where = resolution.by === "requirements" ? "requirements.txt installs it in the image" : "the runtime image preinstalls it";
        return {
          ...finding,
          checkId: "import-environment",
          severity: "warning",
          message: `the Python of the import check${facts.importPython ? ` (${facts.importPython})` : ""} has no module '${missing}', but ${where}: not a fault of the DAG (${finding.message.replace(/^Airflow cannot import this file: /, "")})`,
          fix: resolution.by === "requirements" ? "install requirements.txt into the Python the check uses (pip install -r requirements.txt), or run the check in the runtime image (--airflow image)" : "run the check in the runtime image (--airflow image), or install the package into the Python the check uses",
        };
      }
    }
    const fString = /\bSyntaxError: f-string\b/.test(finding.message);
    if (fString && olderThanPep701Runtime && !facts.staticFindings.some((f) => f.file === finding.file && f.checkId === "syntax-error")) {
      return {
        ...finding,
        checkId: "import-environment",
        severity: "warning",
        message: `Python ${facts.importPython} (the import check's) cannot compile this file, but the project's runtime runs Python ${facts.runtimePython}, for which the static check finds no syntax error: ${finding.message.replace(/^Airflow cannot import this file: /, "")}`,
        fix: `run the import check with Python ${facts.runtimePython}, as the runtime does (a python${facts.runtimePython} with Airflow, or --airflow image)`,
      };
    }
    return finding;
  });
}
