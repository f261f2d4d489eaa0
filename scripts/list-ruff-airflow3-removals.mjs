#!/usr/bin/env node
// Lists the Airflow paths ruff's Airflow 3 rules say are gone, and which of them
// src/dags/data/airflow3-removed-imports.json does not cover yet — the check to run when updating that file.
//
// Usage: node scripts/list-ruff-airflow3-removals.mjs <ruff-checkout>
//   reads crates/ruff_linter/src/rules/airflow/rules/removal_in_3.rs (AIR301) and moved_to_provider_in_3.rs (AIR302)
//   from a checkout of astral-sh/ruff. Only match arms written as full paths of string literals
//   (`["airflow", "operators", "dummy" | "dummy_operator", "DummyOperator"] =>`) are listed; arms with `..` or
//   `rest @ ..` need reading by hand. Entries ruff moved to AIR311/AIR312 (still importable in 3.0) are in other
//   files and never listed. Not needed by the tests.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [checkout] = process.argv.slice(2);
if (!checkout) {
  console.error("usage: node scripts/list-ruff-airflow3-removals.mjs <ruff-checkout>");
  process.exit(2);
}
const rulesDir = join(checkout, "crates", "ruff_linter", "src", "rules", "airflow", "rules");
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(join(here, "..", "src", "dags", "data", "airflow3-removed-imports.json"), "utf8"));

/** Expand `["a", "b" | "c", "d"]` into dotted paths: a.b.d, a.c.d. */
export function expandArm(pattern) {
  const segments = [...pattern.matchAll(/((?:"[A-Za-z0-9_]+"\s*\|\s*)*"[A-Za-z0-9_]+")\s*(?:,|$)/g)].map((m) => [...m[1].matchAll(/"([A-Za-z0-9_]+)"/g)].map((x) => x[1]));
  return segments.reduce((paths, alternatives) => paths.flatMap((p) => alternatives.map((a) => (p ? `${p}.${a}` : a))), [""]);
}

export function armsOf(source) {
  const out = [];
  for (const match of source.matchAll(/\[\s*("airflow"(?:\s*,\s*(?:"[A-Za-z0-9_]+"(?:\s*\|\s*"[A-Za-z0-9_]+")*))+)\s*,?\s*\]\s*=>/g)) out.push(...expandArm(match[1]));
  return out;
}

function covered(path) {
  for (const module of Object.keys(data.modules)) if (path === module || path.startsWith(`${module}.`)) return true;
  const cut = path.lastIndexOf(".");
  return Boolean(data.names[path.slice(0, cut)]?.[path.slice(cut + 1)]);
}

for (const [rule, file] of [
  ["AIR301", "removal_in_3.rs"],
  ["AIR302", "moved_to_provider_in_3.rs"],
]) {
  const paths = [...new Set(armsOf(readFileSync(join(rulesDir, file), "utf8")))].sort();
  const missing = paths.filter((p) => !covered(p));
  console.log(`${rule} (${file}): ${paths.length} full paths, ${missing.length} not in airflow3-removed-imports.json`);
  for (const p of missing) console.log(`  ${p}`);
}
