import { IDENTIFIER } from "./char-codes.js";
/**
 * A Python file's code with the text of its comments and string literals blanked, for textual scans that must not
 * count words a comment or a docstring only mentions (`# a task can set execution_timeout=... itself`).
 *
 * A lexical scan of Python's tokens, linear in the file's length (its one regular expression over the source finds the
 * next `#` or quote, which cannot backtrack):
 *
 * - a comment: `#` to the end of the line; the `#` is kept, the rest blanked;
 * - a string literal: any prefix (`r`, `b`, `u`, `f`, `rb`, `br`, `fr`, `rf`, and `t`, `tr`, `rt` of Python 3.14,
 *   in any case), single or triple quotes; the prefix and quotes are kept and the content blanked. Backslash escapes
 *   are read (a raw string has none, but still cannot end on an escaped quote: `r"\""` is one string), and so is a
 *   backslash-newline continuing a single-quoted string. A string left open ends at the end of its line when
 *   single-quoted, at the end of the file when triple-quoted;
 * - an f-string (and a t-string) is blanked whole, the expressions of its replacement fields included. They are read
 *   as Python 3.12 reads them (PEP 701: strings, nested f-strings, brackets and comments inside `{...}`, format specs
 *   with nested fields), which on code older Pythons accept finds the same ends;
 * - kept as written: a string literal whose whole content is a plain identifier (`"retries"`, `'trigger_rule'`,
 *   `r"pool"`, an f-string without fields), so that a dict key such as `"retries": 2` is still seen; and all code
 *   outside comments and strings.
 *
 * The result has the source's length (in UTF-16 code units) and keeps every `\n` and `\r`, so offsets, lines and
 * columns of the code stay valid.
 */
export function codeOnlyText(source: string): string {
  const pieces: string[] = [];
  let copied = 0;
  /** Blank [from, to) of the source (its line breaks kept). */
  const blank = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push(source.slice(copied, from));
    let run = from;
    for (let k = from; k < to; k++) {
      const c = source.charCodeAt(k);
      if (c !== LF && c !== CR) continue;
      pieces.push(" ".repeat(k - run), c === LF ? "\n" : "\r");
      run = k + 1;
    }
    pieces.push(" ".repeat(to - run));
    copied = to;
  };
  // Code outside strings and comments is passed over to the next `#` or quote (a search without backtracking).
  const special = /[#"']/g;
  let i = 0;
  for (;;) {
    special.lastIndex = i;
    if (!special.exec(source)) break;
    i = special.lastIndex - 1;
    if (source.charCodeAt(i) === HASH) {
      const end = lineEnd(source, i + 1);
      blank(i + 1, end);
      i = end;
    } else {
      i = literal(source, prefixStart(source, i), i, blank);
    }
  }
  if (copied === 0) return source;
  pieces.push(source.slice(copied));
  return pieces.join("");
}

const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;

/** String prefixes Python knows (lower-cased); those with `f` or `t` make an f-string or t-string. */
const PREFIXES = new Set(["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]);

/** Letters, digits, `_` and any non-ASCII character (Python identifiers; numbers are skipped as words too). */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
}

/** A character of a Unicode character name (`\N{EM DASH}`): ASCII letters, digits, spaces and `-`. */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x2d;
}

/** Where the prefix of the string whose quote is at `quoteAt` starts: the word before the quote, if it is a prefix. */
function prefixStart(source: string, quoteAt: number): number {
  let start = quoteAt;
  while (start > 0 && quoteAt - start < 3 && isWordChar(source.charCodeAt(start - 1))) start--;
  return quoteAt - start <= 2 && (start === 0 || !isWordChar(source.charCodeAt(start - 1))) && PREFIXES.has(source.slice(start, quoteAt).toLowerCase()) ? start : quoteAt;
}

/** The index of the line break ending the line at `i` (the source's length on the last line). */
function lineEnd(source: string, i: number): number {
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return n;
}

/** The index past a backslash escape at `i` (a backslash and the character after it; `\r\n` counted as one). */
function pastEscape(source: string, i: number): number {
  return source.charCodeAt(i + 1) === CR && source.charCodeAt(i + 2) === LF ? i + 3 : Math.min(i + 2, source.length);
}

/**
 * A string literal whose prefix starts at `start` and whose opening quote is at `quoteAt`: blanks its content (all of
 * it for an f-string, none for an identifier) and returns the index past it.
 */
function literal(source: string, start: number, quoteAt: number, blank: (from: number, to: number) => void): number {
  const prefix = source.slice(start, quoteAt).toLowerCase();
  const quote = source.charCodeAt(quoteAt);
  const triple = source.charCodeAt(quoteAt + 1) === quote && source.charCodeAt(quoteAt + 2) === quote;
  const open = quoteAt + (triple ? 3 : 1);
  const formatted = prefix.includes("f") || prefix.includes("t");
  const { end, closed } = formatted ? fStringEnd(source, open, quote, triple, prefix.includes("r")) : stringEnd(source, open, quote, triple);
  const contentEnd = closed ? end - (triple ? 3 : 1) : end;
  if (!(closed && IDENTIFIER.test(source.slice(open, contentEnd)))) blank(open, contentEnd);
  return end;
}

interface End {
  /** The index past the closing quote, or where the open string ends. */
  end: number;
  closed: boolean;
}

/** The end of a plain string whose content starts at `i`. */
function stringEnd(source: string, i: number, quote: number, triple: boolean): End {
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      i = pastEscape(source, i);
    } else if (c === quote && (!triple || (source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote))) {
      return { end: i + (triple ? 3 : 1), closed: true };
    } else if (!triple && (c === LF || c === CR)) {
      return { end: i, closed: false };
    } else {
      i++;
    }
  }
  return { end: n, closed: false };
}

/** A part of an f-string being read: its literal text, an expression in `{...}`, or a format spec after `:`. */
type Frame =
  | { kind: "text"; quote: number; triple: boolean; raw: boolean }
  | { kind: "expression"; brackets: number }
  | { kind: "spec" };

/**
 * The end of an f-string whose content starts at `i`, read as Python 3.12 does (PEP 701); an explicit stack of frames,
 * so nesting depth costs no call stack.
 */
function fStringEnd(source: string, i: number, quote: number, triple: boolean, raw: boolean): End {
  const n = source.length;
  const stack: Frame[] = [{ kind: "text", quote, triple, raw }];
  /** The innermost f-string's literal frame (the one a quote or line break may end). */
  let text = stack[0] as Extract<Frame, { kind: "text" }>;
  const popTo = (frame: Frame): void => {
    while (stack.length && stack.pop() !== frame);
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = stack[k] as Frame;
      if (f.kind === "text") {
        text = f;
        break;
      }
    }
  };
  /**
   * A string inside an expression: a plain one is skipped, an f-string pushes its frame. Returns where to go on, or
   * -1 after setting `openAt` when a plain one is left open (the f-string ends there too).
   */
  let openAt = n;
  const nested = (start: number, quoteAt: number): number => {
    const prefix = source.slice(start, quoteAt).toLowerCase();
    const q = source.charCodeAt(quoteAt);
    const t = source.charCodeAt(quoteAt + 1) === q && source.charCodeAt(quoteAt + 2) === q;
    const open = quoteAt + (t ? 3 : 1);
    if (!(prefix.includes("f") || prefix.includes("t"))) {
      const inner = stringEnd(source, open, q, t);
      if (inner.closed) return inner.end;
      openAt = inner.end;
      return -1;
    }
    text = { kind: "text", quote: q, triple: t, raw: prefix.includes("r") };
    stack.push(text);
    return open;
  };
  while (i < n) {
    const frame = stack[stack.length - 1] as Frame;
    const c = source.charCodeAt(i);
    if (frame.kind === "expression") {
      if (c === HASH) {
        i = lineEnd(source, i);
      } else if (c === QUOTE || c === APOSTROPHE) {
        i = nested(prefixStart(source, i), i);
        if (i === -1) return { end: openAt, closed: false };
      } else if (c === 0x28 || c === 0x5b || c === OPEN_BRACE) {
        frame.brackets++;
        i++;
      } else if (c === 0x29 || c === 0x5d || c === CLOSE_BRACE) {
        if (c === CLOSE_BRACE && frame.brackets === 0) stack.pop();
        else frame.brackets = Math.max(0, frame.brackets - 1);
        i++;
      } else if (c === COLON && frame.brackets === 0) {
        stack[stack.length - 1] = { kind: "spec" };
        i++;
      } else if (c === BACKSLASH) {
        i = pastEscape(source, i);
      } else {
        i++;
      }
      continue;
    }
    // Literal text or a format spec: the innermost f-string's quote ends it, a line break ends a single-quoted one.
    if (c === text.quote && (!text.triple || (source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === c))) {
      i += text.triple ? 3 : 1;
      if (stack[0] === text) return { end: i, closed: true };
      popTo(text);
    } else if (!text.triple && (c === LF || c === CR)) {
      return { end: i, closed: false };
    } else if (c === BACKSLASH) {
      const next = source.charCodeAt(i + 1);
      if (next === OPEN_BRACE || next === CLOSE_BRACE) i++;
      else if (!text.raw && next === 0x4e && source.charCodeAt(i + 2) === OPEN_BRACE) {
        // `\N{BULLET}`: its braces are the escape's, no replacement field (a name is letters, digits, spaces, `-`).
        let k = i + 3;
        while (k < n && isNameChar(source.charCodeAt(k))) k++;
        i = source.charCodeAt(k) === CLOSE_BRACE ? k + 1 : i + 2;
      } else i = pastEscape(source, i);
    } else if (c === OPEN_BRACE) {
      if (frame.kind === "text" && source.charCodeAt(i + 1) === OPEN_BRACE) i += 2;
      else {
        stack.push({ kind: "expression", brackets: 0 });
        i++;
      }
    } else if (c === CLOSE_BRACE) {
      // Ends the field of a format spec; `}}` (or a stray `}`) in literal text.
      if (frame.kind === "spec") stack.pop();
      i += frame.kind === "text" && source.charCodeAt(i + 1) === CLOSE_BRACE ? 2 : 1;
    } else {
      i++;
    }
  }
  return { end: n, closed: false };
}
