import { isUnknown, type DagInfo, type Static } from "../core/findings.js";

/** What changed in one DAG between the base and the head of a pull request. */
export interface DagChange {
  field: "schedule" | "tags" | "owner" | "taskCount" | "file";
  before: string;
  after: string;
}

export interface DagDiff {
  added: DagInfo[];
  removed: DagInfo[];
  /** Same file, one DAG id gone and one new: most likely a rename of the dag_id. */
  renamed: { before: DagInfo; after: DagInfo }[];
  changed: { dag: DagInfo; changes: DagChange[] }[];
  unchanged: number;
}

/** Text form of a statically known (or unknown) value, for the diff table. */
export function describeStatic(value: Static<unknown> | undefined): string {
  if (value === undefined) return "(not set)";
  if (isUnknown(value)) return `(dynamic: ${value.expression})`;
  if (value === null) return "None";
  if (Array.isArray(value)) return value.length ? [...value].sort().join(", ") : "(none)";
  return String(value);
}

function idOf(dag: DagInfo): string | undefined {
  return isUnknown(dag.dagId) ? undefined : dag.dagId;
}

/**
 * Key of each DAG for matching base and head: its dag_id; for an id only known at run time, the file and the id's
 * expression. The N-th DAG with the same key (in file and line order) gets `#N`, so a factory called in two loops,
 * or one dag_id defined twice, stays N entries, and lines moving does not change the key.
 */
function keyed(dags: DagInfo[]): Map<string, DagInfo> {
  const sorted = [...dags].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const seen = new Map<string, number>();
  const out = new Map<string, DagInfo>();
  for (const dag of sorted) {
    const base = idOf(dag) ?? `dynamic:${dag.file}:${describeStatic(dag.dagId)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(n === 0 ? base : `${base}#${n}`, dag);
  }
  return out;
}

/**
 * Compare two DAG inventories by dag_id. DAGs whose id is only known at run time are matched by file and id
 * expression (in line order) instead, so a dynamic id does not show up as removed and added on every PR.
 */
export function diffDagInventories(base: DagInfo[], head: DagInfo[]): DagDiff {
  const baseByKey = keyed(base);
  const headByKey = keyed(head);
  const keyOf = new Map<DagInfo, string>([...baseByKey, ...headByKey].map(([k, d]) => [d, k]));
  const key = (dag: DagInfo): string => keyOf.get(dag) as string;
  const added = head.filter((d) => !baseByKey.has(key(d)));
  const removed = base.filter((d) => !headByKey.has(key(d)));
  const changed: DagDiff["changed"] = [];
  let unchanged = 0;
  for (const dag of head) {
    const before = baseByKey.get(key(dag));
    if (!before) continue;
    const changes = compareDag(before, dag);
    if (changes.length) changed.push({ dag, changes });
    else unchanged++;
  }
  // A removed and an added DAG in the same file: report one rename instead of two events.
  const renamed: DagDiff["renamed"] = [];
  for (const gone of [...removed]) {
    const replacement = added.find((a) => a.file === gone.file && a.definedBy === gone.definedBy);
    if (!replacement) continue;
    renamed.push({ before: gone, after: replacement });
    removed.splice(removed.indexOf(gone), 1);
    added.splice(added.indexOf(replacement), 1);
  }
  return { added, removed, renamed, changed, unchanged };
}

function compareDag(before: DagInfo, after: DagInfo): DagChange[] {
  const changes: DagChange[] = [];
  const fields: [DagChange["field"], Static<unknown> | undefined, Static<unknown> | undefined][] = [
    ["schedule", before.schedule, after.schedule],
    ["tags", before.tags, after.tags],
    ["owner", before.owner, after.owner],
    ["taskCount", before.taskCount, after.taskCount],
    ["file", before.file, after.file],
  ];
  for (const [field, a, b] of fields) {
    const was = describeStatic(a);
    const now = describeStatic(b);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

export function isEmptyDiff(diff: DagDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.renamed.length && !diff.changed.length;
}
