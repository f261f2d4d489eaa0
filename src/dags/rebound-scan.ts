/**
 * Text scans for names a piece of Python source may bind more than once (the inventory's reboundElsewhere): another
 * assignment statement, a loop or `as` target, a `global`/`nonlocal`, a def or class, `.pop()`/`.remove()`/`.clear()`,
 * `del`, an item assignment. Textual on purpose (comments and strings count too): a false match only makes a value
 * unknown.
 */

/**
 * Whether `source` may bind `name` more than once: two or more assignment statements of it (`name = ...` or
 * `name: T = ...` at a line's start; a keyword argument on a line of its own, `    dag=dag,` or `    dag=dag)` closing
 * a call, is none), or any other binding or shrinking of it listed above. `name`'s characters other than ASCII
 * letters, digits and `_` are dropped first.
 */
export function reboundIn(name: string, source: string): boolean {
  const n = name.replace(/\W/g, "");
  let assignments = 0;
  for (const match of source.matchAll(new RegExp(`^[ \\t]*${n}[ \\t]*(?::[^=\\n]*)?=(?!=)([^\\n]*)$`, "gm"))) {
    if (!isAssignmentStatement(match[1] as string)) continue;
    if (++assignments > 1) return true;
  }
  return new RegExp(`\\b(as|for|def|class|global|nonlocal)\\s+${n}\\b|\\b${n}\\s*\\.\\s*(pop|remove|clear)\\s*\\(|\\bdel\\s+${n}\\b|(^|[^\\w.])${n}\\s*\\[[^\\]\\n]*\\]\\s*=[^=]`, "m").test(source);
}

/**
 * Every name of ASCII word characters for which reboundIn(name, source) is true, from one pass of each of its
 * patterns over the source with the name captured: asked about each DAG's name, a scan of the file per name made files
 * of thousands of DAGs quadratic. Each pass consumes no more than what precedes the name (the name itself is read by
 * a lookahead), so a match never hides another that reboundIn would find (`# for class Foo`: `class Foo`).
 */
export function reboundNames(source: string): Set<string> {
  const rebound = new Set<string>();
  const assignments = new Map<string, number>();
  for (const match of source.matchAll(ASSIGNMENT)) {
    if (!isAssignmentStatement(match[2] as string)) continue;
    const name = match[1] as string;
    const count = (assignments.get(name) ?? 0) + 1;
    assignments.set(name, count);
    if (count > 1) rebound.add(name);
  }
  for (const pattern of OTHER_BINDINGS) for (const match of source.matchAll(pattern)) rebound.add(match[1] as string);
  return rebound;
}

/** reboundIn's assignment pattern, any name. */
const ASSIGNMENT = /^[ \t]*(\w+)[ \t]*(?::[^=\n]*)?=(?!=)([^\n]*)$/gm;
/** reboundIn's other patterns, any name, one at a time. */
const OTHER_BINDINGS = [/\b(?:as|for|def|class|global|nonlocal)\s+(?=(\w+)\b)/g, /\b(\w+)(?=\s*\.\s*(?:pop|remove|clear)\s*\()/g, /\bdel\s+(?=(\w+)\b)/g, /(?:^|[^\w.])(?=(\w+)\s*\[[^\]\n]*\]\s*=[^=])/gm];

/** Whether what follows an assignment's `=` ends its statement (not `x,` or `x)` of a call's keyword argument). */
function isAssignmentStatement(rest: string): boolean {
  const trimmed = rest.trimEnd();
  return !(trimmed.endsWith(",") || (trimmed.match(/\)/g)?.length ?? 0) > (trimmed.match(/\(/g)?.length ?? 0));
}
