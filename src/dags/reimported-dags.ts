import { posix } from "node:path";
import { isUnknown, type DagInfo, type Finding, type Severity } from "../core/findings.js";
import type { FileInventory, ImportRef } from "./inventory.js";
import type { ModuleResolver } from "./module-resolver.js";
import { projectModuleNames } from "./project-classes.js";

/**
 * The imports of a DAG file that may bring another DAG file's DAGs into it: run at import (ImportRef.scope `module`,
 * also under try/except or an `if` of unknown truth), not under TYPE_CHECKING, absolute, of a top-level module the
 * project has.
 */
export function reimportRefs(imports: readonly ImportRef[], localModules: readonly string[]): ImportRef[] {
  return imports.filter((ref) => runsAtImport(ref) && localModules.includes(ref.module.split(".")[0] as string));
}

function runsAtImport(ref: ImportRef): boolean {
  return ref.scope === "module" && !ref.typeCheckingOnly && !ref.relative && ref.module !== "";
}

interface Options {
  severity: Severity;
  resolver: ModuleResolver;
  /** The project's folder, relative to the repository (`""` at its root). */
  relativeRoot: string;
}

/** One DAG of another file a DAG file's import brings into it, and how. */
interface Brought {
  importer: string;
  ref: ImportRef;
  source: string;
  dag: DagInfo;
  dagId: string;
  /** Through a global the import binds (`from a import dag`); else through DagContext's auto-registration only. */
  global?: string;
  certain: boolean;
  /** The file it comes from makes a DAG that registers itself (a `with` block, an `@dag` call): any import of it brings that in. */
  registers: boolean;
}

const capAtWarning = (severity: Severity): Severity => (severity === "error" ? "warning" : severity);

/**
 * `duplicate-dag-id` for a DAG file that imports another DAG file of the project (airflow/models/dagbag.py and
 * DagContext in airflow/models/dag.py at 2.10.5, seen with real DagBag 2.10.5). DagBag imports each DAG file under a
 * name of its own (`unusual_prefix_<hash>_a`), so `import a` or `from a import dag` in dags/b.py runs dags/a.py again
 * as module `a`, making new DAG objects, and b.py's DagBag entry then holds:
 * - every DAG in b's globals (`_process_modules`): `from a import dag`, `from a import *` of a name `__all__` lets
 *   through (FileInventory.dagGlobals of a.py);
 * - every DAG a `with DAG(...)` block or an `@dag` function call makes while b is imported (DagContext's
 *   auto-registration, `current_autoregister_module_name`), a.py's included, even for a bare `import a` or
 *   `from a import SOME_CONSTANT` — but only the first time module `a` runs in the process: a second DAG file
 *   importing it gets the cached module.
 * Each such DAG gets b.py's fileloc, so its dag_id is in both files: a whole-folder DagBag fails whichever of a.py and
 * b.py it reads second (the folder's listing order) with AirflowDagDuplicatedIdException. Both files are flagged, as
 * for two files defining one dag_id.
 */
export function reimportedDagFindings(inventories: readonly { file: string; inventory: FileInventory }[], options: Options): Finding[] {
  const projectPath = (repoPath: string): string => (options.relativeRoot ? posix.relative(options.relativeRoot, repoPath) : repoPath);
  const byModule = new Map<string, { file: string; inventory: FileInventory }>();
  for (const entry of inventories) {
    if (!entry.inventory.dags.length) continue;
    for (const module of projectModuleNames(projectPath(entry.file))) byModule.set(module, entry);
  }
  if (byModule.size === 0) return [];
  const local = (module: string): boolean => {
    const resolution = options.resolver.resolve(module);
    return resolution.status === "provided" && resolution.by === "local";
  };
  /** The DAG files each import runs, by module name (a DAG file run by a module name once only registers its DAGs then). */
  const runs: { importer: string; ref: ImportRef; module: string; source: { file: string; inventory: FileInventory }; names: string[] }[] = [];
  for (const { file, inventory } of inventories) {
    for (const ref of inventory.imports) {
      if (!runsAtImport(ref) || !local(ref.module)) continue;
      const source = byModule.get(ref.module);
      if (source && source.file !== file) runs.push({ importer: file, ref, module: ref.module, source, names: ref.names ?? [] });
      // `from pkg import a`: the submodule pkg.a runs (when the package does not bind `a` itself).
      for (const name of ref.names ?? []) {
        const sub = byModule.get(`${ref.module}.${name}`);
        if (sub && sub.file !== file && !source?.inventory.dagGlobals?.some((g) => g.name === name)) runs.push({ importer: file, ref, module: `${ref.module}.${name}`, source: sub, names: [] });
      }
    }
  }
  const importersOf = new Map<string, Set<string>>();
  for (const run of runs) importersOf.set(run.module, (importersOf.get(run.module) ?? new Set()).add(run.importer));

  const brought: Brought[] = [];
  for (const run of runs) {
    const { inventory } = run.source;
    const soleImporter = (importersOf.get(run.module)?.size ?? 0) === 1;
    const star = run.names.includes("*");
    const registers = inventory.dags.some((d) => d.definedBy !== "DAG()");
    for (const dag of inventory.dags) {
      if (isUnknown(dag.dagId)) continue;
      const global = (inventory.dagGlobals ?? []).find((g) => g.line === dag.line && (star ? !g.hidden : run.names.includes(g.name)));
      const registered = dag.definedBy !== "DAG()";
      if (!global && !registered) continue;
      // Through a global: whenever the import runs. Through auto-registration alone: only for the first file that runs the module.
      const certain = !run.ref.conditional && !dag.branch && (global !== undefined || soleImporter);
      brought.push({ importer: run.importer, ref: run.ref, source: run.source.file, dag, dagId: dag.dagId, ...(global ? { global: global.name } : {}), certain, registers });
    }
  }

  const findings: Finding[] = [];
  const seen = new Set<string>();
  /** The DAG file's side, one finding per DAG however many files import it (each importer has its own finding). */
  const atSource = new Map<string, { b: Brought; severity: Severity; how: string; shortHow: string; unsure: string; fix: string }[]>();
  const tailOf = (dagId: string, unsure: string): string =>
    `${unsure}DagBag finds dag_id '${dagId}' in both files: a whole-folder DagBag (astro dev parse, the DAG integrity test) ` +
    `fails the one it reads second (in the folder's listing order) with AirflowDagDuplicatedIdException, and a running scheduler keeps whichever file it parsed last, without an error`;
  for (const b of brought) {
    const key = `${b.importer}:${b.ref.line}:${b.source}:${b.dag.line}:${b.dagId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = b.certain ? options.severity : capAtWarning(options.severity);
    const where = `${b.source}:${b.dag.line}`;
    const how = b.global
      ? `it binds '${b.global}', the DAG object of dag_id '${b.dagId}' (${where}), in this file's globals, where DagBag collects every DAG`
      : `importing ${b.source} runs it again (DagBag imports each DAG file under a name of its own), and the DAG its ${b.dag.definedBy === "@dag" ? "@dag function call" : "with DAG(...) block"} makes (dag_id '${b.dagId}', ${where}) is registered to this file, the one being imported (Airflow's DagContext auto-registration)`;
    const unsure = b.certain
      ? ""
      : b.ref.conditional || b.dag.branch
        ? "if both the import and the DAG run (one is under a condition astro-ci cannot evaluate), "
        : `if this is the first DAG file DagBag reads that imports ${b.source} (later importers get the module Python already imported), `;
    const tail = tailOf(b.dagId, unsure);
    const module = b.ref.module;
    const fix =
      `do not import the DAG object from a DAG file: write the dag_id as a string where it is needed ('${b.dagId}', as ExternalTaskSensor's external_dag_id or TriggerDagRunOperator's trigger_dag_id), ` +
      `and move what both files share into a module that makes no DAG (include/, or a helper module under dags/)` +
      (!b.registers && b.global ? `; or import the module and read the DAG at run time (\`import ${module}\`, then \`${module}.${b.global}.dag_id\`): a module object in the globals is not collected` : "");
    findings.push({
      checkId: "duplicate-dag-id",
      severity,
      file: b.importer,
      line: b.ref.line,
      dagId: b.dagId,
      message: `this import brings DAG '${b.dagId}' of ${b.source} into this file: ${how}. ${capitalize(tail)}`,
      fix,
    });
    const sourceKey = `${b.source}:${b.dag.line}:${b.dagId}`;
    const sourceHow = b.global
      ? `its import binds this DAG ('${b.global}') in its globals, where DagBag collects every DAG`
      : `the import runs this file again and registers the DAG to ${b.importer} (Airflow's DagContext auto-registration)`;
    const shortHow = b.global ? `binds '${b.global}' in its globals` : "runs this file again, which registers the DAG to it";
    atSource.set(sourceKey, [...(atSource.get(sourceKey) ?? []), { b, severity, how: sourceHow, shortHow, unsure, fix }]);
  }
  for (const group of atSource.values()) {
    const first = group[0] as (typeof group)[number];
    const { b } = first;
    const base = { checkId: "duplicate-dag-id", file: b.source, line: b.dag.line, dagId: b.dagId } as const;
    if (group.length === 1) {
      findings.push({
        ...base,
        severity: first.severity,
        message: `dag_id '${b.dagId}' is also found in ${b.importer}, which imports this DAG file (${b.importer}:${b.ref.line}): ${first.how}; ${tailOf(b.dagId, first.unsure)}`,
        fix: `in ${b.importer}: ${first.fix}`,
      });
      continue;
    }
    // Several DAG files import it: one finding naming each (they each have their own finding on their import line).
    const each = group.map((g) => `${g.b.importer}:${g.b.ref.line} (${g.unsure ? g.unsure.replace(/, $/, "") + ": " : ""}${g.shortHow})`);
    const importers = [...new Set(group.map((g) => g.b.importer))];
    findings.push({
      ...base,
      severity: group.some((g) => g.severity === "error") ? "error" : group.some((g) => g.severity === "warning") ? "warning" : first.severity,
      message:
        `dag_id '${b.dagId}' is also found in ${importers.length} files that import this DAG file: ${each.join("; ")}. ` +
        `DagBag collects every DAG in a file's globals and every DAG registered while the file is imported (Airflow's DagContext auto-registration), ` +
        `so it finds dag_id '${b.dagId}' in this file and in each of them: a whole-folder DagBag (astro dev parse, the DAG integrity test) fails ` +
        `every one it reads after the first (in the folder's listing order) with AirflowDagDuplicatedIdException, and a running scheduler keeps whichever file it parsed last, without an error`,
      fix: `in ${importers.join(", ")}: ${first.fix}`,
    });
  }
  return findings;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
