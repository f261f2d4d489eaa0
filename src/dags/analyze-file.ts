import { runRuff, type RuffDiagnostic } from "./ruff.js";
import { decodePythonSource } from "./source-decoding.js";
import { extractDagInventory, type FileInventory } from "./inventory.js";
import type { PythonParser } from "./python-parser.js";

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
}

export interface AnalysisInput {
  file: string;
  bytes: Uint8Array;
  pythonVersion: string;
}

export function analyzeFile(input: AnalysisInput, parser: PythonParser): FileAnalysis {
  const decoded = decodePythonSource(input.bytes);
  if (!decoded.ok) {
    return { file: input.file, ruff: [], unreadable: { line: decoded.line, column: decoded.column, message: decoded.message, fix: decoded.fix } };
  }
  const ruff = runRuff(decoded.text, input.pythonVersion);
  const tree = parser.parse(decoded.text);
  try {
    const inventory = extractDagInventory(tree, decoded.text, input.file);
    return { file: input.file, ruff, inventory };
  } finally {
    (tree as { delete?: () => void }).delete?.();
  }
}
