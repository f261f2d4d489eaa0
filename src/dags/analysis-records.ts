import { validateAnalysisRecord, validateJudgedRecord } from "./analysis-record-validators.generated.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { DagInfo, Finding } from "../core/findings.js";

/**
 * The shapes of what the analysis cache hands back (JSON Schema, Ajv, as the Astro API answers are checked): a file's
 * analysis (FileAnalysis without `file`) and its judged record (JudgedRecord). The pack comes from disk — a folder
 * any process of the user can write, or a CI cache restored from another run — so an entry is used only when it has
 * every field the checks and reporters read, of the type they read it as; otherwise it is a miss and the file is
 * analysed again. The pack's fingerprint already keeps other versions' entries out: this guards against damage and
 * planted entries that are still valid JSON. The schemas are in analysis-record-schemas.ts, compiled ahead of time.
 */

/** What the cache keeps of a judged file: its findings and the part of its inventory the project checks and reports read. */
export interface JudgedRecord {
  findings: Finding[];
  dags: DagInfo[];
  suppressions: NonNullable<FileAnalysis["inventory"]>["suppressions"];
  classes?: NonNullable<NonNullable<FileAnalysis["inventory"]>["classes"]>;
  factoryCalls?: NonNullable<FileAnalysis["inventory"]>["factoryCalls"];
  factories?: NonNullable<FileAnalysis["inventory"]>["factories"];
  /** The file's parse-time imports of project modules (helper-modules.ts parseTimeProjectImports), followed every run. */
  projectImports?: NonNullable<FileAnalysis["inventory"]>["imports"];
  /**
   * The file's other module-level imports of project modules, under try/except or an `if` of unknown truth (left out
   * of projectImports): duplicate-dag-id follows them with projectImports to DAG files whose DAGs they bring in.
   */
  guardedImports?: NonNullable<FileAnalysis["inventory"]>["imports"];
  dagGlobals?: NonNullable<FileAnalysis["inventory"]>["dagGlobals"];
  /** Calls of imported names (FileInventory.importedTaskCalls): judged every run against the project's `@task` functions. */
  importedTaskCalls?: NonNullable<FileAnalysis["inventory"]>["importedTaskCalls"];
  /**
   * The undefined-name findings of names only the file's star imports may define (ruff's F405, judged as F821), when
   * every star import is of a project module: kept where those modules' names certainly leave the name out (judged
   * every run by helper-modules.ts, as the modules may change).
   */
  starNameReads?: Finding[];
}

/** Whether a parsed cache entry is a whole FileAnalysis (without `file`). */
export function isAnalysisRecord(value: unknown): value is Omit<FileAnalysis, "file"> {
  return validateAnalysisRecord(value) === true;
}

/** Whether a parsed cache entry is a whole JudgedRecord. */
export function isJudgedRecord(value: unknown): value is JudgedRecord {
  return validateJudgedRecord(value) === true;
}
