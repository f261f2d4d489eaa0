import type { DagInfo, Finding, Level } from "../core/findings.js";

/**
 * `duplicate-dag-id` once the files have been imported (mergeDagInventories' result, `merged`), reconciled with the
 * static tier's findings:
 * - a dag_id two files make only at import time (built in a factory, from a config, from a constant of another
 *   module) gets the finding the static tier could not give, on each of the files;
 * - a static cross-file duplicate whose other file made no DAG when imported (its import failed first) is dropped:
 *   DagBag records that file's import error (reported) and no duplicate (a tester's `b_wip.py`, whose
 *   `import include.not_there` fails before its copy of `report` exists, put an error on the valid `a.py`).
 * Static findings of other kinds, and duplicates within one file, are left as they are.
 */
export function reconcileDuplicateDagIds(findings: Finding[], merged: DagInfo[], level: Level): Finding[] {
  // What Airflow made when it imported the files: loaded DAGs, and the copies it made and then dropped as duplicates.
  const made = merged.filter((dag): dag is DagInfo & { dagId: string } => typeof dag.dagId === "string" && (dag.loaded !== false || (dag.notLoadedReason ?? "").startsWith("duplicate dag_id")));
  const filesOf = new Map<string, Set<string>>();
  for (const dag of made) filesOf.set(dag.dagId, (filesOf.get(dag.dagId) ?? new Set()).add(dag.file));
  const kept = findings.filter((finding) => {
    if (finding.checkId !== "duplicate-dag-id" || finding.dagId === undefined) return true;
    const here = made.filter((dag) => dag.dagId === finding.dagId && dag.file === finding.file).length;
    // The file made no DAG of that id when imported (its import failed first): DagBag reports that failure, no duplicate.
    if (here === 0) return false;
    // A duplicate within this file (the id is in no other file's DAGs): as the import showed it.
    const elsewhere = merged.some((dag) => dag.dagId === finding.dagId && dag.file !== finding.file);
    if (!elsewhere) return true;
    // Across files: still made in another file, or more than once in this one.
    return here > 1 || [...(filesOf.get(finding.dagId) ?? [])].some((file) => file !== finding.file);
  });
  if (level === "off") return kept;
  const added: Finding[] = [];
  for (const [dagId, files] of filesOf) {
    if (files.size < 2) continue;
    const copies = made.filter((dag) => dag.dagId === dagId);
    for (const dag of copies) {
      if (kept.some((f) => f.checkId === "duplicate-dag-id" && f.file === dag.file && f.dagId === dagId) || added.some((f) => f.file === dag.file && f.dagId === dagId)) continue;
      const others = [...new Set(copies.filter((d) => d.file !== dag.file).map((d) => `${d.file}:${d.line}`))];
      added.push({
        checkId: "duplicate-dag-id",
        severity: level,
        file: dag.file,
        line: dag.line,
        dagId,
        message:
          `dag_id '${dagId}' is also made by ${others.join(", ")} when the files are imported (an id built at import time, which the static reading ` +
          "cannot see): a running scheduler keeps whichever file it parsed last, without an error, while a whole-folder DagBag (astro dev parse, the DAG " +
          "integrity test) fails with AirflowDagDuplicatedIdException",
        fix: "give each DAG a unique dag_id",
      });
    }
  }
  return [...kept, ...added];
}
