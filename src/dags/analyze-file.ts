import type { RuffDiagnostic } from "./ruff.js";
import { decodePythonSource } from "./source-decoding.js";
import { extractDagInventory, type FileInventory } from "./inventory.js";
import type { PythonParser } from "./python-parser.js";
import type { Finding } from "../core/findings.js";

/**
 * Everything the static tier learns from one file, independent of the user's check settings,
 * so it can be cached by content and re-judged when the settings change.
 */
export interface FileAnalysis {
  /** Repository-relative path. */
  file: string;
  /** Ruff diagnostics (syntax errors and AIR rules). */
  ruff: RuffDiagnostic[];
  /** DAG inventory from the syntax tree; absent when the file could not be decoded. */
  inventory?: FileInventory;
  /** Why the file could not be read as Python at all (NUL bytes, bad encoding). */
  unreadable?: { line: number; column: number; message: string; fix: string };
  /**
   * Set only on analyses the cache served already judged (validate.ts): the file's findings under this run's
   * judging context. Such an analysis carries no ruff diagnostics, imports or parse-time calls.
   */
  judged?: Finding[];
  /** With `judged`: the file's JudgedRecord.starNameReads, which the helper pass judges every run. */
  starNameReads?: Finding[];
}

export interface AnalysisInput {
  file: string;
  bytes: Uint8Array;
  pythonVersion: string;
}

/** A decoded file, ready for its two halves: ruff (`runRuff`) and the tree-sitter inventory (`inventoryOf`). */
export type DecodedInput = { file: string; text: string; pythonVersion: string };

/** Decode a file's bytes as CPython would (PEP 263); an undecodable file is already a finished analysis. */
export function decodeInput(input: AnalysisInput): DecodedInput | FileAnalysis {
  const decoded = decodePythonSource(input.bytes);
  if (!decoded.ok) {
    return { file: input.file, ruff: [], unreadable: { line: decoded.line, column: decoded.column, message: decoded.message, fix: decoded.fix } };
  }
  return { file: input.file, text: decoded.text, pythonVersion: input.pythonVersion };
}

/** The tree-sitter half: parse, walk, free the tree. */
export function inventoryOf(input: DecodedInput, parser: PythonParser): FileInventory {
  const tree = parser.parse(input.text);
  try {
    return extractDagInventory(tree, input.text, input.file, input.pythonVersion);
  } finally {
    (tree as { delete?: () => void }).delete?.();
  }
}
