import type { Finding } from "../core/findings.js";

/** Who provides a module where the project runs (the static tier's ModuleResolver.resolve, reduced to what is read here). */
export type ModuleProvider = (moduleName: string) => { status: string; by?: string };

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
 * - `ModuleNotFoundError` for a module requirements.txt or the runtime image provides (a tester's `pyfiglet==1.0.2`,
 *   not installed in the local Python);
 * - `SyntaxError` (or IndentationError, TabError) from a Python of another major.minor than the runtime's, in a file
 *   the static check (for the runtime's version) finds no syntax error in: PEP 701 f-strings are valid on 3.12 only.
 * Anything else is returned as it was.
 */
export function separateEnvironmentGaps(importFindings: Finding[], facts: EnvironmentFacts): Finding[] {
  const importMinor = majorMinor(facts.importPython);
  const otherPython = importMinor !== undefined && importMinor !== majorMinor(facts.runtimePython);
  return importFindings.map((finding) => {
    if (finding.checkId !== "import-error") return finding;
    const missing = /ModuleNotFoundError: No module named '([A-Za-z_][\w.]*)'/.exec(finding.message)?.[1];
    if (missing && facts.resolveModule) {
      const resolution = facts.resolveModule(missing);
      if (resolution.status === "provided" && (resolution.by === "requirements" || resolution.by === "runtime")) {
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
    const syntax = /\b(SyntaxError|IndentationError|TabError)\b/.test(finding.message);
    if (syntax && otherPython && !facts.staticFindings.some((f) => f.file === finding.file && f.checkId === "syntax-error")) {
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
