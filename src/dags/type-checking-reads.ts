import type { Node } from "web-tree-sitter";
import { importedNames, straightLineRead } from "./early-reads.js";
import { insideSpans, type SyntaxNode } from "./syntax-tree.js";

/**
 * A name imported only under `if TYPE_CHECKING:` that an annotation Python evaluates while importing the file reads,
 * or that module-level code reads (plainRead): the import never ran, so importing the DAG fails with NameError (check
 * `undefined-name`). Ruff reports nothing there (the name is bound, for type checkers). The span is the name's.
 */
export interface TypeCheckingRead {
  name: string;
  /** Line of the `import` under `if TYPE_CHECKING:`. */
  importLine: number;
  /**
   * Set when code reads the name (`TI_CLASS = TaskInstance`, `isinstance(x, TaskInstance)` at module level), not an
   * annotation: evaluated even under `from __future__ import annotations`.
   */
  plainRead?: true;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A module-level `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:` (any spacing). */
const TYPE_CHECKING_CONDITION = /^(typing\s*\.\s*)?TYPE_CHECKING$/;

/**
 * TypeCheckingRead, one per read name (a nested annotation such as `Optional[TaskInstance]` counts once). Without
 * `from __future__ import annotations` (`postponed`): annotations of a function's parameters and return value
 * (evaluated when its `def` runs) and of module-level or class-level names, with or without a value (evaluated when
 * the statement runs: `LAST_TI: TaskInstance = None`, `class N: ctx: Context = None`), where that code runs at import
 * (outside every `notRunAtImport` span: bodies of functions nothing at module level calls,
 * `if __name__ == "__main__":`, constant-false branches); not string annotations, nor a local variable's (never
 * evaluated, PEP 526). With or without it: plain reads that certainly run at import (straightLineRead). Only names
 * bound by one import under a module-level `if TYPE_CHECKING:` and bound nowhere else in the file (an `else:`
 * fallback, a second import, an assignment: then not judged), in a file without a star import.
 *
 * @param module the file's module node (SyntaxTree), for its statements.
 * @param root web-tree-sitter's root node of the same tree, for its annotations (`descendantsOfType`).
 * @param notRunAtImport FileInventory.notRunAtImport's quadruples (1-based line, column, end line, end column).
 * @param postponed the file has `from __future__ import annotations` (PEP 563): no annotation is evaluated.
 */
export function typeCheckingReads(module: SyntaxNode, root: Node, source: string, notRunAtImport: readonly number[], postponed = false): TypeCheckingRead[] {
  const imported = new Map<string, number>();
  const blocks: [number, number][] = [];
  for (const statement of module.namedChildren) {
    if (statement.type !== "if_statement") continue;
    const condition = statement.childForFieldName("condition");
    const consequence = statement.childForFieldName("consequence");
    if (!condition || !consequence || !TYPE_CHECKING_CONDITION.test(condition.text.replace(/\s+/g, ""))) continue;
    // Only the TYPE_CHECKING branch: an `else:` binding the name at run time counts as binding it.
    blocks.push([consequence.startIndex, consequence.endIndex]);
    for (const child of consequence.namedChildren) {
      if (child.type !== "import_statement" && child.type !== "import_from_statement") continue;
      for (const name of importedNames(child)) imported.set(name, imported.has(name) ? -1 : child.startPosition.row + 1);
    }
  }
  if (imported.size === 0) return [];
  // The file without its TYPE_CHECKING blocks: a name bound there in any other way is not judged.
  let rest = source;
  for (const [start, end] of blocks.reverse()) rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  for (const name of [...imported.keys()]) {
    if (imported.get(name) === -1 || bindsElsewhere(rest, name)) imported.delete(name);
  }
  if (imported.size === 0) return [];
  const found: TypeCheckingRead[] = [];
  // Keyed by position: a nested annotation (`Optional[TaskInstance]`'s inner `type`) holds the same identifier.
  const seen = new Set<number>();
  const add = (identifier: Node, plainRead: boolean): void => {
    if (seen.has(identifier.startIndex)) return;
    seen.add(identifier.startIndex);
    found.push({
      name: identifier.text,
      importLine: imported.get(identifier.text) as number,
      ...(plainRead ? { plainRead: true as const } : {}),
      line: identifier.startPosition.row + 1,
      column: identifier.startPosition.column + 1,
      endLine: identifier.endPosition.row + 1,
      endColumn: identifier.endPosition.column + 1,
    });
  };
  for (const annotation of postponed ? [] : root.descendantsOfType("type")) {
    if (!annotation) continue;
    if (/^(string|concatenated_string)$/.test(annotation.firstNamedChild?.type ?? "") || localVariableAnnotation(annotation)) continue;
    if (insideSpans(annotation.startPosition.row + 1, annotation.startPosition.column + 1, notRunAtImport)) continue;
    const identifiers = annotation.firstNamedChild?.type === "identifier" ? [annotation.firstNamedChild] : annotation.descendantsOfType("identifier");
    for (const identifier of identifiers) {
      if (identifier && imported.has(identifier.text) && isRead(identifier)) add(identifier, false);
    }
  }
  for (const identifier of root.descendantsOfType("identifier")) {
    if (!identifier || !imported.has(identifier.text) || !isRead(identifier)) continue;
    if (insideSpans(identifier.startPosition.row + 1, identifier.startPosition.column + 1, notRunAtImport)) continue;
    if (straightLineRead(identifier)) add(identifier, true);
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Whether the text binds `name` some way: an import naming it, an assignment, a def/class/for/with/except target, a global. */
function bindsElsewhere(text: string, name: string): boolean {
  const n = name.replace(/[^\w]/g, "");
  if (/^\s*from\s+[\w.]+\s+import\s+\*/m.test(text)) return true;
  // `x: NAME = None` annotates x: not NAME's assignment.
  return new RegExp(`\\bimport\\b[^\\n]*\\b${n}\\b|(?<!:[ \\t]*)\\b${n}\\s*(=(?!=)|:=)|^[ \\t]*${n}[ \\t]*:[^\\n]*=|\\b(def|class|as|for|global|nonlocal)\\s+${n}\\b|,\\s*${n}\\s*(,|=|\\bin\\b)|\\b${n}\\s*,[^\\n=]*=(?!=)`, "m").test(text);
}

/** A local variable's annotation (an assignment's, inside a function or lambda): never evaluated (PEP 526). */
export function localVariableAnnotation(annotation: Node): boolean {
  if (annotation.parent?.type !== "assignment") return false;
  for (let node = annotation.parent.parent; node; node = node.parent) {
    if (node.type === "function_definition" || node.type === "lambda") return true;
    if (node.type === "class_definition") return false;
  }
  return false;
}

/** An identifier that is read: not an attribute's name (`pd.DataFrame`'s DataFrame) nor a keyword argument's name. */
function isRead(identifier: Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === "attribute") return parent.childForFieldName("attribute")?.id !== identifier.id;
  if (parent?.type === "keyword_argument") return parent.childForFieldName("name")?.id !== identifier.id;
  return true;
}
