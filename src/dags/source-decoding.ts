import { TextDecoder } from "node:util";
/**
 * Decode a Python source file the way CPython does before compiling it: a UTF-8 BOM, or a PEP 263 coding
 * cookie on line 1 or 2, else UTF-8. Bytes CPython would reject are reported with their line, not guessed around.
 * Line ends are CPython's too: its tokenizer turns `\r\n` and a lone `\r` into `\n` (so does ruff; tree-sitter's
 * grammar reads a file of lone `\r` as one comment line, and a `\r` in a comment hid the code after it).
 */
export type DecodedSource =
  | { ok: true; text: string; encoding: string }
  | { ok: false; line: number; column: number; message: string; fix: string };

/** `\r\n` and lone `\r` as `\n`, as CPython's tokenizer reads them (line numbers stay those of every editor). */
function universalNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodePythonSource(bytes: Uint8Array): DecodedSource {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOf(bytes, nul);
    return {
      ok: false,
      line,
      column,
      message: "source code cannot contain null bytes: Python refuses to import this file (is it a binary file with a .py name?)",
      fix: "remove the NUL bytes, or move the file out of the DAG folder / add it to .airflowignore",
    };
  }
  let body = bytes;
  let encoding = "utf-8";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    // CPython's tokenizer (check_coding_spec) compares a cookie beside a BOM with utf-8, by get_normal_name.
    const cookie = codingCookie(body);
    const normal = cookie && cpythonNormalName(cookie.name);
    if (cookie && normal !== "utf-8") {
      return {
        ok: false,
        line: cookie.line,
        column: 1,
        message: `encoding problem: ${normal} with BOM: Python refuses to import this file (a UTF-8 byte order mark and a coding declaration for another codec)`,
        fix: "save the file as UTF-8 and declare `# -*- coding: utf-8 -*-` (or remove the declaration), or save it without the byte order mark in the declared codec",
      };
    }
  } else {
    const cookie = findCodingCookie(bytes);
    if (cookie) encoding = cookie;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `unknown encoding in the coding declaration: ${encoding}`,
      fix: "declare a codec Python knows, such as `# -*- coding: utf-8 -*-`, or remove the declaration",
    };
  }
  try {
    return { ok: true, text: universalNewlines(decoder.decode(body)), encoding };
  } catch {
    const offset = bytes.length - body.length;
    let bad: { index: number; reason: string };
    if (encoding === "utf-8") {
      // CPython compiles UTF-8 source from bytes (importlib's source_to_code, hence Airflow's DagBag) decoding each
      // token, and never decodes comments: a Latin-1 `# café` imports fine. Only bytes outside comments fail it.
      const comments = commentRanges(body);
      const found = invalidUtf8Outside(body, comments);
      if (!found) return { ok: true, text: universalNewlines(new TextDecoder("utf-8").decode(body)), encoding };
      bad = found;
    } else bad = firstUndecodable(body, encoding);
    const { line, column } = positionOf(body, bad.index);
    return {
      ok: false,
      line,
      column,
      // CPython's wording, with the byte's offset in the file as it counts it (after a BOM).
      message: `(unicode error) '${encoding}' codec can't decode byte 0x${(body[bad.index] ?? 0).toString(16).padStart(2, "0")} in position ${bad.index + offset}: ${bad.reason}; Python refuses to import this file`,
      fix: "save the file as UTF-8, or declare its real encoding with a `# -*- coding: ... -*-` line",
    };
  }
}

function findCodingCookie(bytes: Uint8Array): string | undefined {
  const cookie = codingCookie(bytes);
  return cookie && normalizeCodec(cookie.name);
}

/**
 * CPython's get_normal_name (Parser/tokenizer.c): the first 12 characters lower-cased with `_` as `-`; utf-8 and
 * latin-1 spellings become "utf-8" and "iso-8859-1", any other name is returned as written.
 */
function cpythonNormalName(name: string): string {
  const head = name.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (head === "utf-8" || head.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(head)) return "iso-8859-1";
  return name;
}

/** The PEP 263 coding declaration of line 1 or 2, as written, with its 1-based line. */
function codingCookie(bytes: Uint8Array): { name: string; line: number } | undefined {
  let start = 0;
  for (let lineNo = 0; lineNo < 2 && start < bytes.length; lineNo++) {
    // A line ends at \n, \r\n or a lone \r, as CPython's tokenizer reads it.
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const line = Buffer.from(bytes.subarray(start, end)).toString("latin1");
    const match = CODING_COOKIE.exec(line);
    if (match?.[1]) return { name: match[1], line: lineNo + 1 };
    // PEP 263: the cookie may be on line 2 only if line 1 is a comment or blank.
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return undefined;
}

function normalizeCodec(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf8" || lower.startsWith("utf-8")) return "utf-8";
  if (lower === "latin-1" || lower === "iso-latin-1" || lower.startsWith("iso-8859-1")) return "latin1";
  return lower;
}

/**
 * Where a UTF-8 decode fails and why, in CPython's terms: the index of the first byte of the offending sequence
 * (for `é` saved as Latin-1, the 0xE9 itself, not the quote after it). Follows the Unicode "maximal subpart" rules
 * CPython and WHATWG decoders use (no overlongs, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): { index: number; reason: string } {
  return nextInvalidUtf8(bytes, 0) ?? { index: Math.max(0, bytes.length - 1), reason: "invalid data" };
}

/** The first invalid UTF-8 sequence at or after `from` (a character boundary), or undefined when the rest is valid. */
function nextInvalidUtf8(bytes: Uint8Array, from: number): { index: number; reason: string } | undefined {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return { index: i, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return { index: i, reason: "unexpected end of data" };
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c < lo || c > hi) return { index: i, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return undefined;
}

/**
 * The byte ranges [start, end) of the comments in Python source, found the way CPython's tokenizer does: a `#`
 * outside a string literal up to the end of its line. String literals ('', "", triple-quoted, with backslash escapes)
 * are skipped; f-string replacement fields are not parsed (a `#` there is rare, and the dynamic tier imports the file).
 */
function commentRanges(bytes: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  const HASH = 0x23;
  const BACKSLASH = 0x5c;
  const NL = 0x0a;
  const CR = 0x0d;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b === HASH) {
      let end = i;
      while (end < bytes.length && bytes[end] !== NL && bytes[end] !== CR) end++;
      ranges.push([i, end]);
      i = end;
    } else if (b === 0x27 || b === 0x22) {
      const triple = bytes[i + 1] === b && bytes[i + 2] === b;
      let j = i + (triple ? 3 : 1);
      for (; j < bytes.length; j++) {
        const c = bytes[j] as number;
        if (c === BACKSLASH) j++;
        else if (!triple && (c === NL || c === CR)) break;
        else if (c === b && (!triple || (bytes[j + 1] === b && bytes[j + 2] === b))) {
          j += triple ? 2 : 0;
          break;
        }
      }
      i = j + 1;
    } else i++;
  }
  return ranges;
}

/** The first invalid UTF-8 sequence that does not lie inside one of `comments`, or undefined when there is none. */
function invalidUtf8Outside(bytes: Uint8Array, comments: [number, number][]): { index: number; reason: string } | undefined {
  for (let from = 0; ; ) {
    const found = nextInvalidUtf8(bytes, from);
    if (!found) return undefined;
    const comment = comments.find(([start, end]) => found.index >= start && found.index < end);
    if (!comment) return found;
    from = comment[1]; // the rest of that comment cannot fail the import either
  }
}

/** Other codecs: the longest prefix a fresh streaming decoder accepts; the byte after it is the culprit. */
function firstUndecodable(bytes: Uint8Array, encoding: string): { index: number; reason: string } {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return { index: Math.min(lo, bytes.length - 1), reason: "illegal multibyte sequence" };
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // \n, \r\n and a lone \r each end a line.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
