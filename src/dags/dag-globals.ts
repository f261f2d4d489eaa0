import type { DagInfo } from "../core/findings.js";
import { importedNames } from "./early-reads.js";
import type { SyntaxNode as Node } from "./syntax-tree.js";

/**
 * A module-level name of a DAG file bound to one of its DAG objects (FileInventory.dagGlobals): another DAG file that
 * imports it (`from a import dag`) holds that DAG in its own globals, where DagBag collects it too
 * (airflow/models/dagbag.py `_process_modules` at 2.10.5: every DAG in the module's `__dict__`, given the importing
 * file's fileloc), so its dag_id is found in two files (check `duplicate-dag-id`).
 */
export interface DagGlobal {
  name: string;
  /** DagInfo.line of the DAG it holds. */
  line: number;
  /** `from module import *` does not bind it: a leading underscore, or an `__all__` that leaves it out (or is not a literal). */
  hidden?: true;
}

const BLOCK_PARENTS = new Set(["if_statement", "elif_clause", "else_clause", "try_statement", "except_clause", "except_group_clause", "finally_clause", "with_statement", "block"]);

/**
 * The module-level names bound once, directly, to a DAG of `dags` (the file's inventory): `with DAG(...) as dag`,
 * `dag = DAG(...)` (also `a = b = DAG(...)`), `made = my_dag()` of an `@dag` function, `d = make_dag()` of a
 * same-file factory that returns a name. Names bound more than once (`dag = None` in an `except`, a later
 * rebinding) are left out: what they hold after the import is not certain.
 */
export function dagGlobalsOf(root: Node, dags: readonly DagInfo[]): DagGlobal[] {
  if (dags.length === 0) return [];
  const bindings = new Map<string, number>();
  const bind = (name: string): void => void bindings.set(name, (bindings.get(name) ?? 0) + 1);
  const functions = new Map<string, Node>();
  const found: { name: string; line: number }[] = [];
  let all: Set<string> | "unknown" | undefined;

  const targetsOf = (node: Node | null, into: string[]): void => {
    if (!node) return;
    if (node.type === "identifier") into.push(node.text);
    else if (/^(pattern_list|tuple_pattern|list_pattern|tuple|list|parenthesized_expression|as_pattern_target)$/.test(node.type)) for (const child of node.namedChildren) targetsOf(child, into);
  };
  const staticStrings = (node: Node | null): Set<string> | undefined => {
    if (!node || !/^(list|tuple)$/.test(node.type)) return undefined;
    const names = new Set<string>();
    for (const item of node.namedChildren) {
      if (item.type !== "string" || item.namedChildren.some((c) => c.type === "interpolation")) return undefined;
      names.add(item.text.replace(/^[rRbBuU]*(['"]{1,3})([\s\S]*)\1$/, "$2"));
    }
    return names;
  };
  // The DAGs by DagInfo.line, each list in `dags`' order: a lookup per module-level call or `with`, not a scan of all
  // DAGs (a file of thousands of DAGs made that quadratic).
  const byLine = new Map<number, { dag: DagInfo; index: number }[]>();
  dags.forEach((dag, index) => {
    const list = byLine.get(dag.line);
    if (list) list.push({ dag, index });
    else byLine.set(dag.line, [{ dag, index }]);
  });
  /** The first DAG of `dags` on one of `lines` that passes `test`. */
  const firstOn = (lines: readonly number[], test: (dag: DagInfo) => boolean): DagInfo | undefined => {
    let best: { dag: DagInfo; index: number } | undefined;
    for (const line of new Set(lines)) {
      const hit = byLine.get(line)?.find((entry) => test(entry.dag));
      if (hit && (!best || hit.index < best.index)) best = hit;
    }
    return best?.dag;
  };
  /** The one DAG written directly (no definitionLine) inside each same-file function, by the function's node. */
  const onlyInside = new Map<Node, DagInfo | undefined>();
  /** The DAG a module-level call makes, when the value it returns is that DAG. */
  const dagOfCall = (call: Node): DagInfo | undefined => {
    const line = call.startPosition.row + 1;
    const direct = firstOn([line], (d) => d.definitionLine === undefined && d.definedBy === "DAG()");
    if (direct) return direct;
    const callee = call.childForFieldName("function");
    const definition = callee?.type === "identifier" ? functions.get(callee.text) : undefined;
    if (!definition) return undefined;
    const first = definition.startPosition.row + 1;
    const last = definition.endPosition.row + 1;
    const made =
      firstOn([line], (d) => d.definitionLine !== undefined && d.definitionLine >= first && d.definitionLine <= last) ??
      (() => {
        if (!onlyInside.has(definition)) {
          const inside = dags.filter((d) => d.definitionLine === undefined && d.line >= first && d.line <= last);
          onlyInside.set(definition, inside.length === 1 ? inside[0] : undefined);
        }
        return onlyInside.get(definition);
      })();
    if (!made) return undefined;
    // An `@dag` function's call returns its DAG; a factory's only when it returns something.
    return made.definedBy === "@dag" || /^\s*return\s+[A-Za-z_]\w*\s*$/m.test(definition.text) ? made : undefined;
  };

  const visit = (node: Node): void => {
    for (const statement of node.namedChildren) {
      switch (statement.type) {
        case "expression_statement": {
          for (const expression of statement.namedChildren) {
            if (expression.type === "assignment") {
              const names: string[] = [];
              let value: Node | null = expression;
              while (value?.type === "assignment") {
                targetsOf(value.childForFieldName("left"), names);
                value = value.childForFieldName("right");
              }
              for (const name of names) bind(name);
              if (names.includes("__all__")) all = staticStrings(value) ?? "unknown";
              if (value?.type === "call") {
                const dag = dagOfCall(value);
                const direct = expression.childForFieldName("left");
                if (dag && direct?.type === "identifier") {
                  // Only plain names (`a = b = DAG()`), not items of a tuple target.
                  let chain: Node | null = expression;
                  while (chain?.type === "assignment") {
                    const left = chain.childForFieldName("left");
                    if (left?.type === "identifier") found.push({ name: left.text, line: dag.line });
                    chain = chain.childForFieldName("right");
                  }
                }
              }
            } else if (expression.type === "augmented_assignment") {
              const names: string[] = [];
              targetsOf(expression.childForFieldName("left"), names);
              for (const name of names) bind(name);
              if (names.includes("__all__")) all = "unknown";
            }
          }
          break;
        }
        case "with_statement": {
          const line = statement.startPosition.row + 1;
          for (const item of withItems(statement)) {
            const value = item.childForFieldName("value");
            if (value?.type !== "as_pattern") continue;
            const alias = value.childForFieldName("alias");
            const names: string[] = [];
            targetsOf(alias, names);
            for (const name of names) bind(name);
            const call = value.namedChildren[0];
            if (call?.type !== "call" || alias?.namedChildren.length !== 1 || alias.namedChildren[0]?.type !== "identifier") continue;
            const callLine = call.startPosition.row + 1;
            const dag = firstOn([callLine, line], (d) => d.definitionLine === undefined && d.definedBy === "with DAG()");
            if (dag) found.push({ name: alias.namedChildren[0].text, line: dag.line });
          }
          const body = statement.childForFieldName("body");
          if (body) visit(body);
          break;
        }
        case "function_definition":
        case "class_definition": {
          const name = statement.childForFieldName("name");
          if (name) bind(name.text);
          if (statement.type === "function_definition" && name) functions.set(name.text, statement);
          break;
        }
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          const name = definition?.childForFieldName("name");
          if (name) bind(name.text);
          if (definition?.type === "function_definition" && name) functions.set(name.text, statement);
          break;
        }
        case "import_statement":
        case "import_from_statement":
          for (const name of importedNames(statement)) bind(name);
          break;
        case "for_statement": {
          const names: string[] = [];
          targetsOf(statement.childForFieldName("left"), names);
          // A loop may bind a name any number of times.
          for (const name of names) {
            bind(name);
            bind(name);
          }
          break;
        }
        default:
          if (BLOCK_PARENTS.has(statement.type)) visit(statement);
      }
    }
  };
  visit(root);

  const seen = new Set<string>();
  const globals: DagGlobal[] = [];
  for (const { name, line } of found) {
    if (bindings.get(name) !== 1 || seen.has(name)) continue;
    seen.add(name);
    const exported = all === undefined ? !name.startsWith("_") : all !== "unknown" && all.has(name);
    globals.push({ name, line, ...(exported ? {} : { hidden: true as const }) });
  }
  return globals;
}

function withItems(statement: Node): Node[] {
  const clause = statement.namedChildren.find((c) => c.type === "with_clause");
  return clause ? clause.namedChildren.filter((c) => c.type === "with_item") : [];
}
