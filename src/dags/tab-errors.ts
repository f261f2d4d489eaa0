import { newlines, skipString } from "./nesting.js";

/**
 * CPython's TabError, which ruff's parser does not raise where CPython does (nor, in some files indented with tabs, an
 * unindent to no outer level): CPython's tokenizer (Parser/tokenizer.c,
 * the same from 3.8 to 3.13) measures the indentation of each logical line twice, with a tab going to the next
 * multiple of 8 columns (`col`) and with a tab counting 1 (`altcol`), and keeps both on its indentation stack. When the
 * line compares differently with the top of the stack by the two measures (more, the same, less), it raises
 * `TabError: inconsistent use of tabs and spaces in indentation` on that line (`indenterror`). A dedent to no level on
 * the stack is IndentationError instead ("unindent does not match any outer indentation level"), which ruff reports.
 */

/** A diagnostic as ruff.ts's RuffDiagnostic (1-based positions; ruff.ts imports this module, so not imported from there). */
interface SyntaxDiagnostic {
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: string;
}

/** CPython's tab size for `col` (TABSIZE); `altcol` counts a tab as 1 (ALTTABSIZE). */
const TAB_SIZE = 8;
/** CPython's MAXINDENT: an indent to this depth is IndentationError "too many levels of indentation" (ruff's to judge). */
const MAX_INDENT = 100;

const OPEN = new Set([0x28, 0x5b, 0x7b]); // ( [ {
const CLOSE = new Set([0x29, 0x5d, 0x7d]);

/** A tab in a line's leading whitespace: files without one cannot raise TabError (the scan is skipped). */
const LEADING_TAB = /^[ \f]*\t/m;

/**
 * Where CPython's tokenizer first refuses the indentation of `text` in a way ruff may not see, or undefined: `tab`,
 * TabError on `line`; `dedent`, IndentationError "unindent does not match any outer indentation level" on `line`.
 * `previous`: the 1-based line and column where the logical line before it starts. Undefined also where CPython stops first on an error ruff is sure to
 * report (too deep an indentation, a stray backslash in the indentation). Only the indentation of new logical lines
 * counts: not lines inside brackets, after a backslash continuation or inside a string literal, nor blank and
 * comment-only lines. A linear scan; files without a tab in any line's leading whitespace return at once (without
 * tabs ruff's lexer measures indentation as CPython's does).
 */
export function indentationError(text: string): { kind: "tab" | "dedent"; line: number; previous: { line: number; column: number } } | undefined {
  if (!LEADING_TAB.test(text)) return undefined;
  const n = text.length;
  const colStack = [0];
  const altStack = [0];
  let i = 0;
  let line = 1;
  let level = 0;
  let atLineStart = true;
  let previous = { line: 1, column: 1 };
  let lineStart = 0;
  /** The length of the line break at `k` (`\n`, `\r\n`, a lone `\r`), 0 if none. */
  const lineBreak = (k: number): number => {
    const c = text.charCodeAt(k);
    return c === 0x0a ? 1 : c === 0x0d ? (text.charCodeAt(k + 1) === 0x0a ? 2 : 1) : 0;
  };
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      let col = 0;
      let altcol = 0;
      // A backslash continuation inside the indentation: the columns at the first one are the line's.
      let continued = 0;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === 0x20) {
          col++;
          altcol++;
        } else if (c === 0x09) {
          col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
          altcol++;
        } else if (c === 0x0c) {
          col = altcol = 0;
        } else if (c === 0x5c) {
          const end = lineBreak(i + 1);
          // "unexpected character after line continuation character": ruff's to report.
          if (end === 0) return undefined;
          continued ||= col;
          i += 1 + end;
          line++;
          lineStart = i;
          continue;
        } else break;
        i++;
      }
      const c = i < n ? text.charCodeAt(i) : 0x0a;
      const blank = c === 0x23 || lineBreak(i) > 0 || i >= n;
      if (!blank && level === 0) {
        if (continued) col = altcol = continued;
        const top = colStack.length - 1;
        const tab = { kind: "tab" as const, line, previous };
        if (col === colStack[top]) {
          if (altcol !== altStack[top]) return tab;
        } else if (col > (colStack[top] as number)) {
          if (top + 1 >= MAX_INDENT) return undefined;
          if (altcol <= (altStack[top] as number)) return tab;
          colStack.push(col);
          altStack.push(altcol);
        } else {
          while (colStack.length > 1 && col < (colStack.at(-1) as number)) {
            colStack.pop();
            altStack.pop();
          }
          if (col !== colStack.at(-1)) return { kind: "dedent", line, previous };
          if (altcol !== altStack.at(-1)) return tab;
        }
        previous = { line, column: i - lineStart + 1 };
      }
      continue;
    }
    const c = text.charCodeAt(i);
    const end = lineBreak(i);
    if (end > 0) {
      i += end;
      line++;
      lineStart = i;
      atLineStart = true;
      continue;
    }
    if (c === 0x23) {
      while (i < n && lineBreak(i) === 0) i++;
      continue;
    }
    if (c === 0x5c) {
      // A line continuation: the next line goes on this logical line.
      const next = lineBreak(i + 1);
      i += 1 + next;
      if (next > 0) {
        line++;
        lineStart = i;
      }
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      const prefix = (/[rRbBuUfFtT]*$/.exec(text.slice(Math.max(0, i - 16), i)) as RegExpExecArray)[0];
      const { end: stringEnd } = skipString(text, i, /[fFtT]/.test(prefix), 0);
      line += newlines(text, i, stringEnd);
      i = stringEnd;
      continue;
    }
    if (OPEN.has(c)) level++;
    else if (CLOSE.has(c) && level > 0) level--;
    i++;
  }
  return undefined;
}

/** Ruff's error for a block header not followed by a deeper line, which CPython finds only with the next line's indentation. */
const EXPECTED_BLOCK = /^Expected an indented block/;

/**
 * `diagnostics` (ruff's, in its order) with CPython's indentation error for `text` (indentationError) as a
 * `syntax-error` before the syntax errors ruff found further on, with CPython's class and message. Ruff's own syntax
 * errors on that line are dropped, as CPython's tokenizer raises before its parser sees the line, and so is ruff's
 * "Expected an indented block after `if` statement" at the end of the logical line before it (not at that line's
 * start, where it is about an earlier header): CPython's parser needs this line's indentation to find that (in a file
 * indented with tabs, ruff's lexer may measure it unlike CPython's).
 */
export function withIndentationError(diagnostics: SyntaxDiagnostic[], text: string): SyntaxDiagnostic[] {
  const found = indentationError(text);
  if (!found) return diagnostics;
  const { kind, line, previous } = found;
  const indentation = /^[ \t\f]*/.exec(lineText(text, line))?.[0].length ?? 0;
  const error: SyntaxDiagnostic = {
    code: "syntax-error",
    message: kind === "tab" ? "TabError: inconsistent use of tabs and spaces in indentation" : "IndentationError: unindent does not match any outer indentation level",
    line,
    column: 1,
    endLine: line,
    endColumn: indentation + 1,
    fix:
      kind === "tab"
        ? "indent this line like the lines of its block, with spaces only (CPython counts a tab as up to 8 columns, and refuses indentation that compares differently with a tab as 1)"
        : "indent this line as deep as the block it belongs to, with spaces only (CPython counts a tab as up to 8 columns)",
  };
  const kept = diagnostics.filter((d) => d.code !== "syntax-error" || (d.line !== line && !(EXPECTED_BLOCK.test(d.message) && d.line < line && (d.line > previous.line || (d.line === previous.line && d.column > previous.column)))));
  const later = kept.findIndex((d) => d.code === "syntax-error" && d.line > line);
  kept.splice(later === -1 ? kept.length : later, 0, error);
  return kept;
}

/** The text of 1-based `line` (line breaks as indentationError counts them). */
function lineText(text: string, line: number): string {
  return text.split(/\r\n|\r|\n/)[line - 1] ?? "";
}
