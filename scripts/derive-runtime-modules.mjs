#!/usr/bin/env node
// Regenerates src/dags/data/runtime-modules.json: which Python modules each Astro Runtime line certainly provides,
// which ones Airflow knows of at all, and what each provider brings.
//
// Usage: node scripts/derive-runtime-modules.mjs <airflow-data-dir> [output.json]
//   <airflow-data-dir> holds two public files from apache/airflow:
//     provider_dependencies.json            generated/provider_dependencies.json at tag 2.10.5
//     constraints-<version>-python3.12.txt  the constraints-2.10.x branch's constraints-3.12.txt
//   plus scripts/runtime-data/sources.json (in this repository): Astronomer's per-release provider lists, Airflow's
//   core dependencies, well-known Requires-Dist chains and import names, each with its source.
// Not needed by the tests: the output is committed.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [inputDir, outputArg] = process.argv.slice(2);
if (!inputDir) {
  console.error("usage: node scripts/derive-runtime-modules.mjs <airflow-data-dir> [output.json]");
  process.exit(2);
}
const output = outputArg ?? join(here, "..", "src", "dags", "data", "runtime-modules.json");
const sources = JSON.parse(readFileSync(join(here, "runtime-data", "sources.json"), "utf8"));
const providerDeps = JSON.parse(readFileSync(join(inputDir, "provider_dependencies.json"), "utf8"));
const constraintsFile = readdirSync(inputDir).find((f) => /^constraints-\d[\d.]*-python3\.\d+\.txt$/.test(f));
if (!constraintsFile) throw new Error(`no constraints-<version>-python3.X.txt in ${inputDir}`);
const constraintDists = readFileSync(join(inputDir, constraintsFile), "utf8")
  .split(/\r?\n/)
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter(Boolean)
  .map((l) => norm(l.split(/[=<>!~;\s[]/)[0]));

function norm(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
/** The distribution name of a requirement string (`boto3>=1.34; python_version<"3.12"` → boto3). */
function distOf(requirement) {
  return norm(requirement.split(/[=<>!~;\s[(]/)[0]);
}

const providerIdOfDist = new Map(Object.keys(providerDeps).map((id) => [`apache-airflow-providers-${id.replace(/\./g, "-")}`, id]));
// Providers newer than the provider_dependencies.json at hand (e.g. `standard`, Airflow 3's): known by name only.
for (const line of Object.values(sources.runtimeLines)) {
  for (const dist of line.providers) {
    if (providerIdOfDist.has(dist)) continue;
    const rest = dist.replace(/^apache-airflow-providers-/, "");
    providerIdOfDist.set(dist, /^(common|cncf|microsoft|apache|dbt|atlassian)-/.test(rest) ? rest.replace("-", ".") : rest);
  }
}
const importNameExceptions = Object.fromEntries(Object.entries(sources.importNames).filter(([k]) => !k.startsWith("$")));
const wellKnown = Object.fromEntries(Object.entries(sources.wellKnownRequires).filter(([k]) => !k.startsWith("$")));

/** Top-level import names of a distribution: the exception table, prefix families, else the name with `_`. */
function importNames(dist) {
  if (importNameExceptions[dist]) return importNameExceptions[dist];
  if (dist.startsWith("apache-airflow")) return ["airflow"];
  if (dist.startsWith("types-")) return [];
  if (dist.startsWith("mypy-boto3-")) return [dist.replace(/-/g, "_")];
  for (const family of ["google", "azure", "opentelemetry", "snowflake", "sphinxcontrib", "jaraco", "backports"]) {
    if (dist.startsWith(`${family}-`)) return [family];
  }
  if (dist.startsWith("microsoft-kiota-")) return [dist.replace(/^microsoft-/, "").replace(/-/g, "_")];
  return [dist.replace(/-/g, "_")];
}

/** Every distribution a set of distributions brings: provider `deps` and well-known Requires-Dist, transitively. */
function closure(dists) {
  const seen = new Set();
  const queue = [...dists.map(norm)];
  while (queue.length) {
    const dist = queue.shift();
    if (seen.has(dist)) continue;
    seen.add(dist);
    const providerId = providerIdOfDist.get(dist);
    if (providerId) for (const req of providerDeps[providerId]?.deps ?? []) queue.push(distOf(req));
    for (const req of wellKnown[dist] ?? []) queue.push(norm(req));
  }
  return seen;
}

const modulesOf = (dists) => [...new Set([...dists].flatMap(importNames))].sort();

const lines = {};
for (const [key, line] of Object.entries(sources.runtimeLines)) {
  const core = sources.airflowCore[line.airflow];
  const dists = closure([...core.dependencies, ...core.preinstalledProviders, ...line.providers]);
  const modules = new Set([...modulesOf(dists), "airflow", ...Object.values(line.astroPackages).flat()]);
  lines[key] = {
    label: line.label,
    airflow: line.airflow,
    confirmed: line.confirmed,
    source: line.source,
    providers: [...closure([...core.preinstalledProviders, ...line.providers])].filter((d) => providerIdOfDist.has(d)).sort(),
    modules: [...modules].sort(),
    possibleModules: [...line.possibleViaAstroPackages].sort(),
  };
}

const knownDists = new Set([...constraintDists, ...Object.keys(wellKnown), ...Object.values(wellKnown).flat().map(norm)]);
const distributionModules = {};
for (const dist of [...knownDists, ...Object.keys(importNameExceptions)].sort()) distributionModules[dist] = importNames(dist);
const requirementModules = {};
for (const dist of [...providerIdOfDist.keys(), ...Object.keys(wellKnown)].sort()) {
  requirementModules[dist] = { modules: modulesOf(closure([dist])), providers: [...closure([dist])].filter((d) => providerIdOfDist.has(d)).sort() };
}

const result = {
  $comment: [
    "Generated by scripts/derive-runtime-modules.mjs; do not edit by hand.",
    `Inputs: apache/airflow generated/provider_dependencies.json (2.10.5) and ${constraintsFile} (apache/airflow constraints-2.10.x),`,
    "and scripts/runtime-data/sources.json (Astronomer's 'Astro Runtime provider package reference' per runtime line, Airflow's core",
    "dependencies from apache/airflow hatch_build.py (2.10) and airflow-core/pyproject.toml (3.x), well-known Requires-Dist chains, import names).",
    "lines.*.modules: import names certainly present on that runtime line (Airflow core, its preinstalled providers, Astronomer's providers,",
    "their declared dependencies, transitively as far as known). knownModules: import names of every distribution Airflow's constraints know:",
    "possibly present, never certain. providerIds: provider distribution -> the airflow.providers.<id> package it installs.",
  ].join(" "),
  lines,
  knownModules: modulesOf(knownDists),
  providerIds: Object.fromEntries([...providerIdOfDist.entries()].sort()),
  distributionModules,
  requirementModules,
};
writeFileSync(output, `${JSON.stringify(result, null, 1)}\n`);
console.log(`wrote ${output}: ${Object.keys(lines).length} runtime lines, ${result.knownModules.length} known modules`);
