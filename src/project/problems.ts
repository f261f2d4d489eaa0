/**
 * A problem in a project file that a command only reads for context (requirements.txt, airflow_settings.yaml,
 * packages.txt, .astro/config.yaml, an odd Dockerfile when the Airflow version is known otherwise). It never stops
 * the command: validate-dags reports it as a `project-file-invalid` finding on the file and line, and goes on.
 *
 * `warning`: the tool that owns the file (pip, the Astro CLI, apt) would fail or refuse the file.
 * `notice`: the tool accepts the file but skips or ignores part of it (an entry the Astro CLI does not load).
 */
export interface ProjectFileProblem {
  /** Path relative to the repository root, POSIX separators. */
  file: string;
  /** 1-based; 1 when the problem is about the whole file. */
  line: number;
  severity: "warning" | "notice";
  message: string;
  fix: string;
}

/** Collects problems; `add` never throws. */
export class ProblemList {
  readonly items: ProjectFileProblem[] = [];

  add(problem: Omit<ProjectFileProblem, "line"> & { line?: number }): void {
    this.items.push({ ...problem, line: problem.line ?? 1 });
  }
}
