/**
 * How deep a Python file's syntax tree can nest, found without parsing it, so that files too deep for the analysis'
 * recursive code (ruff's parser and visitors, the inventory walk) are analysed where the stack is big enough.
 *
 * Why: both halves of the analysis recurse on the tree, on V8's stack (~1 MB on the main thread). Measured with the
 * bundle: the inventory walk overflows at ~1,000 levels of tree-sitter's tree (a 1,050-task `t0 >> t1 >> ...` chain
 * in real DAG code), and ruff's wasm at 2,100-3,900 levels of its own (a nested walrus at 2,120; `>>` at 2,840). A
 * stack overflow inside ruff's wasm corrupts that ruff instance: every later check on it fails or panics ("memory
 * access out of bounds", dlmalloc assertions). So such files must never reach the shared engines at all.
 */

/** Files whose bound (nestingBound) is at most this go the usual way; deeper ones to a thread with a bigger stack. */
export const SAFE_NESTING = 400;

/**
 * Levels of tree-sitter's tree beyond which a file goes to neither engine, even on the big stack, and is reported as
 * not compiling. Ruff keeps its own stack in wasm memory (not V8's), and overruns it silently ("memory access out of
 * bounds" later): measured in a thread with a 256 MiB stack, at 3,600-4,100 levels of its tree for `>>`, attribute,
 * call, `not`, walrus, dict and f-string nesting (tree-sitter's tree is at least as deep). CPython 3.11 compiles at
 * most ~2,990 levels of its AST (RecursionError "maximum recursion depth exceeded during compilation") and 200 nested
 * brackets ("too many nested parentheses"), so Airflow cannot import such a file either, except in principle where
 * brackets (up to three levels of tree-sitter's tree each) make up much of the depth.
 */
export const DEEPEST_NESTING = 3_000;

/**
 * CPython's tokenizer refuses brackets nested deeper than this (MAXLEVEL in Parser/tokenizer.h, 3.8 to 3.13):
 * SyntaxError "too many nested parentheses" at the next one. Brackets inside f-string replacement fields are not
 * counted here, so a file reported over it is certainly refused.
 */
export const MAX_BRACKET_NESTING = 200;

/** Formatted strings nested deeper than this are not followed (CPython 3.12's tokenizer allows 150). */
const MAX_FSTRING_NESTING = 160;

/** Opening brackets count as this many levels: tree-sitter may put up to three nodes under one (`list[` in a type). */
const BRACKET = 3;
/** Nodes a statement adds per level of indentation (if_statement → else_clause → block) and at its start. */
const PER_INDENT = 3;
const STATEMENT = 6;

const OPEN = new Set([0x28, 0x5b, 0x7b]); // ( [ {
const CLOSE = new Set([0x29, 0x5d, 0x7d]);

function isIdentifierCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
}

/**
 * An upper bound on the depth of the file's syntax tree (tree-sitter's, which nests at least as deep as ruff's and
 * CPython's ASTs), and the 1-based line where it peaks. A linear scan of the text with Python's lexical rules:
 * strings and comments are skipped (but an f-string's replacement fields count character by character), every other
 * token counts one level and a bracket three, a comma or `;` goes back to its bracket's level (siblings), a
 * `lambda` keeps its level for the rest of its bracket (its body nests), indentation adds three levels an indent.
 * Never below the real depth (a property test compares it with the parsed tree); far above it only for long
 * statements without commas (a `"a" "b" ...` of many strings), which then take the slower, exact way.
 * `tooManyBrackets`: the index of the first bracket nested deeper than MAX_BRACKET_NESTING (outside strings).
 */
export function nestingBound(text: string): { depth: number; line: number; tooManyBrackets?: number } {
  const n = text.length;
  let i = 0;
  let line = 1;
  let maxDepth = STATEMENT;
  let maxLine = 1;
  // Per open bracket: the level a comma returns to. bases[0] is the logical line's own.
  const bases: number[] = [STATEMENT];
  // The open brackets' characters, innermost last (bases[k + 1] is openers[k]'s).
  const openers: number[] = [];
  let running = STATEMENT;
  let atLineStart = true;
  // The index of the first bracket nested deeper than CPython's tokenizer allows, if any.
  let tooManyBrackets: number | undefined;
  const note = (): void => {
    if (running > maxDepth) {
      maxDepth = running;
      maxLine = line;
    }
  };
  while (i < n) {
    if (atLineStart && bases.length === 1) {
      // Indentation of a logical line (blank and comment-only lines do not count). Each level of indentation is at
      // least one column deeper than the one around it, so the columns bound the levels, however tabs, spaces and
      // form feeds mix (CPython, tree-sitter and editors count tabs and form feeds differently): a space counts one
      // column, a tab eight, a form feed none (CPython's reset to column 0 would only lower the count).
      let width = 0;
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x20) width++;
        else if (c === 0x09) width += 8;
        else if (c !== 0x0c) break;
      }
      const c = j < n ? text.charCodeAt(j) : 0x0a;
      if (c !== 0x0a && c !== 0x0d && c !== 0x23) {
        bases[0] = STATEMENT + PER_INDENT * width;
        running = bases[0] as number;
        note();
      }
      i = j;
      atLineStart = false;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      i++;
      if (bases.length === 1) atLineStart = true;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c) {
      i++;
      continue;
    }
    if (c === 0x23) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
      continue;
    }
    if (c === 0x5c) {
      // A backslash: a line continuation (or a stray one, a syntax error either way): skip it and a newline.
      i++;
      if (text.charCodeAt(i) === 0x0d) i++;
      if (text.charCodeAt(i) === 0x0a) {
        line++;
        i++;
      }
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      running++;
      note();
      const { end } = skipString(text, i, false, 0);
      line += newlines(text, i, end);
      i = end;
      continue;
    }
    if (isIdentifierCode(c)) {
      const start = i;
      while (i < n && isIdentifierCode(text.charCodeAt(i))) i++;
      const q = text.charCodeAt(i);
      // A string's prefix: the prefix letters that end the word (a longer or odd word, `1f"..."`, `fffff"..."`, is
      // a syntax error, but tree-sitter may still parse a formatted string there: it counts as one).
      const prefix = q === 0x22 || q === 0x27 ? (/[rRbBuUfFtT]*$/.exec(text.slice(Math.max(start, i - 16), i)) as RegExpExecArray)[0] : "";
      if (prefix !== "") {
        running += prefix.length === i - start ? 1 : 2;
        note();
        const formatted = /[fFtT]/.test(prefix);
        const { end, longestField } = skipString(text, i, formatted, 0);
        // A replacement field's expression nests like any other: each of its characters counts as a bracket (the
        // fields of one string are siblings: the longest counts).
        if (formatted) {
          const saved = running;
          running += 2 + longestField * BRACKET;
          note();
          running = saved;
        }
        line += newlines(text, i, end);
        i = end;
        continue;
      }
      running++;
      if (i - start === 6 && text.startsWith("lambda", start)) bases[bases.length - 1] = running;
      note();
      continue;
    }
    if (OPEN.has(c)) {
      running += BRACKET;
      note();
      bases.push(running);
      openers.push(c);
      if (bases.length - 1 > MAX_BRACKET_NESTING) tooManyBrackets ??= i;
      i++;
      continue;
    }
    if (CLOSE.has(c)) {
      // Only the closer of the innermost open bracket closes it (a stray or mismatched one, a syntax error, leaves
      // it open: tree-sitter's error recovery may keep nesting).
      if (bases.length > 1 && openers.at(-1) === (c === 0x29 ? 0x28 : c - 2)) {
        running = bases.pop() as number;
        openers.pop();
      }
      i++;
      continue;
    }
    if (c === 0x2c || (c === 0x3b && bases.length === 1)) {
      running = bases[bases.length - 1] as number;
      i++;
      continue;
    }
    // Any other character (operators, dots, digits' punctuation, stray bytes) counts as a level of its own. An `=`
    // outside brackets keeps its level for the rest of the statement, like `lambda`: tree-sitter nests chained
    // assignments (`a, b = c, d = 1, 2`), whose commas are no siblings of the next target.
    running++;
    if (c === 0x3d && bases.length === 1) bases[0] = running;
    note();
    i++;
  }
  return tooManyBrackets === undefined ? { depth: maxDepth, line: maxLine } : { depth: maxDepth, line: maxLine, tooManyBrackets };
}

/**
 * The index after the string literal whose opening quote is at `i` (at the end of the text when unterminated; a
 * single-quoted one ends at its line's end), and in a formatted string (`formatted`) the most characters inside one
 * of its top-level replacement fields (`{...}`, not `{{`). Inside a field, Python 3.12 lets strings nest (with any
 * quotes, formatted ones too, braces and quotes inside them are theirs) and `#` start a comment to the line's end:
 * both are skipped as such, their characters counted in the field's.
 */
export function skipString(text: string, i: number, formatted: boolean, level: number): { end: number; longestField: number } {
  const n = text.length;
  // Formatted strings nested this deep (Python 3.12 stops at 150): the rest of the text counts as one field, which
  // sends the file the exact way; no recursion deeper than this.
  if (level > MAX_FSTRING_NESTING) return { end: n, longestField: n - i };
  const quote = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  let k = i + (triple ? 3 : 1);
  let field = 0;
  let fieldStart = 0;
  let longestField = 0;
  const closeField = (at: number): void => {
    longestField = Math.max(longestField, at - fieldStart);
  };
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 0x5c) {
      k += 2;
      continue;
    }
    if (formatted && field > 0) {
      if (c === 0x22 || c === 0x27) {
        // A string inside the field: formatted when its prefix (the prefix letters before it) says so.
        const prefix = (/[rRbBuUfFtT]*$/.exec(text.slice(Math.max(0, k - 16), k)) as RegExpExecArray)[0];
        const nested = skipString(text, k, /[fFtT]/.test(prefix), level + 1);
        k = nested.end;
        continue;
      }
      if (c === 0x23) {
        while (k < n && text.charCodeAt(k) !== 0x0a) k++;
        continue;
      }
      if (c === 0x7b) field++;
      else if (c === 0x7d && --field === 0) closeField(k);
      k++;
      continue;
    }
    if (formatted && c === 0x7b) {
      if (text.charCodeAt(k + 1) === 0x7b) {
        k += 2;
        continue;
      }
      field = 1;
      fieldStart = k;
      k++;
      continue;
    }
    if (c === quote && (!triple || (text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote))) return { end: k + (triple ? 3 : 1), longestField };
    if (c === 0x0a && !triple) return { end: k, longestField };
    k++;
  }
  if (field > 0) closeField(n);
  return { end: n, longestField };
}

export function newlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let k = text.indexOf("\n", start); k !== -1 && k < end; k = text.indexOf("\n", k + 1)) count++;
  return count;
}

/** V8's RangeError for an exhausted stack: in JavaScript code or in wasm called from it. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /Maximum call stack size exceeded/.test(error.message);
}
