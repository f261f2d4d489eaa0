import { TextDecoder } from "node:util";
/**
 * Decode a Python source file the way CPython does before compiling it: a UTF-8 BOM, or a PEP 263 coding
 * cookie on line 1 or 2, else UTF-8. Bytes CPython would reject are reported with their line, not guessed around.
 */
export type DecodedSource =
  | { ok: true; text: string; encoding: string }
  | { ok: false; line: number; column: number; message: string; fix: string };

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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else {
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
    return { ok: true, text: decoder.decode(body), encoding };
  } catch {
    const bad = firstInvalidUtf8(body);
    const { line, column } = positionOf(body, bad);
    return {
      ok: false,
      line,
      column,
      message: `(unicode error) '${encoding}' codec can't decode byte 0x${(body[bad] ?? 0).toString(16).padStart(2, "0")}: Python refuses to import this file`,
      fix: "save the file as UTF-8, or declare its real encoding with a `# -*- coding: ... -*-` line",
    };
  }
}

function findCodingCookie(bytes: Uint8Array): string | undefined {
  let start = 0;
  for (let lineNo = 0; lineNo < 2 && start < bytes.length; lineNo++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = Buffer.from(bytes.subarray(start, end)).toString("latin1");
    const match = CODING_COOKIE.exec(line);
    if (match?.[1]) return normalizeCodec(match[1]);
    // PEP 263: the cookie may be on line 2 only if line 1 is a comment or blank.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
    start = end + 1;
  }
  return undefined;
}

function normalizeCodec(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf8" || lower.startsWith("utf-8")) return "utf-8";
  if (lower === "latin-1" || lower === "iso-latin-1" || lower.startsWith("iso-8859-1")) return "latin1";
  return lower;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // Binary search the longest valid prefix: decoding is fatal on the first bad sequence.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
