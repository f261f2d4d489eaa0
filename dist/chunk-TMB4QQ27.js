import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  isUnknown
} from "./chunk-W4446L2Y.js";

// src/dags/dag-diff.ts
function describeStatic(value) {
  if (value === void 0) return "(not set)";
  if (isUnknown(value)) return `(dynamic: ${value.expression})`;
  if (value === null) return "None";
  if (Array.isArray(value)) return value.length ? [...value].sort().join(", ") : "(none)";
  return String(value);
}
function idOf(dag) {
  return isUnknown(dag.dagId) ? void 0 : dag.dagId;
}
function keyed(dags) {
  const sorted = [...dags].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  const seen = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const dag of sorted) {
    const base = idOf(dag) ?? `dynamic:${dag.file}:${describeStatic(dag.dagId)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(n === 0 ? base : `${base}#${n}`, dag);
  }
  return out;
}
function diffDagInventories(base, head) {
  const baseByKey = keyed(base);
  const headByKey = keyed(head);
  const keyOf = new Map([...baseByKey, ...headByKey].map(([k, d]) => [d, k]));
  const key = (dag) => keyOf.get(dag);
  const added = head.filter((d) => !baseByKey.has(key(d)));
  const removed = base.filter((d) => !headByKey.has(key(d)));
  const changed = [];
  let unchanged = 0;
  for (const dag of head) {
    const before = baseByKey.get(key(dag));
    if (!before) continue;
    const changes = compareDag(before, dag);
    if (changes.length) changed.push({ dag, changes });
    else unchanged++;
  }
  const renamed = [];
  for (const gone of [...removed]) {
    const replacement = added.find((a) => a.file === gone.file && a.definedBy === gone.definedBy);
    if (!replacement) continue;
    renamed.push({ before: gone, after: replacement });
    removed.splice(removed.indexOf(gone), 1);
    added.splice(added.indexOf(replacement), 1);
  }
  return { added, removed, renamed, changed, unchanged };
}
function compareDag(before, after) {
  const changes = [];
  const fields = [
    ["schedule", before.schedule, after.schedule],
    ["tags", before.tags, after.tags],
    ["owner", before.owner, after.owner],
    ["taskCount", before.taskCount, after.taskCount],
    ["file", before.file, after.file]
  ];
  for (const [field, a, b] of fields) {
    const was = describeStatic(a);
    const now = describeStatic(b);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}
function isEmptyDiff(diff) {
  return !diff.added.length && !diff.removed.length && !diff.renamed.length && !diff.changed.length;
}

export {
  describeStatic,
  diffDagInventories,
  isEmptyDiff
};
