import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  extractDagInventory
} from "./chunk-BCJWO2QU.js";
import "./chunk-W4446L2Y.js";
import "./chunk-CMMTSLCN.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-YO2X36I4.js";

// src/dags/source-decoding.ts
import { TextDecoder } from "node:util";
function universalNewlines(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
var CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
function decodePythonSource(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOf(bytes, nul);
    return {
      ok: false,
      line,
      column,
      message: "source code cannot contain null bytes: Python refuses to import this file (is it a binary file with a .py name?)",
      fix: "remove the NUL bytes, or move the file out of the DAG folder / add it to .airflowignore"
    };
  }
  let body = bytes;
  let encoding = "utf-8";
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    body = bytes.subarray(3);
    const cookie = codingCookie(body);
    const normal = cookie && cpythonNormalName(cookie.name);
    if (cookie && normal !== "utf-8") {
      return {
        ok: false,
        line: cookie.line,
        column: 1,
        message: `encoding problem: ${normal} with BOM: Python refuses to import this file (a UTF-8 byte order mark and a coding declaration for another codec)`,
        fix: "save the file as UTF-8 and declare `# -*- coding: utf-8 -*-` (or remove the declaration), or save it without the byte order mark in the declared codec"
      };
    }
  } else {
    const cookie = findCodingCookie(bytes);
    if (cookie) encoding = cookie;
  }
  let decoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `unknown encoding in the coding declaration: ${encoding}`,
      fix: "declare a codec Python knows, such as `# -*- coding: utf-8 -*-`, or remove the declaration"
    };
  }
  try {
    return { ok: true, text: universalNewlines(decoder.decode(body)), encoding };
  } catch {
    const offset = bytes.length - body.length;
    let bad;
    if (encoding === "utf-8") {
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
      fix: "save the file as UTF-8, or declare its real encoding with a `# -*- coding: ... -*-` line"
    };
  }
}
function findCodingCookie(bytes) {
  const cookie = codingCookie(bytes);
  return cookie && normalizeCodec(cookie.name);
}
function cpythonNormalName(name) {
  const head = name.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (head === "utf-8" || head.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(head)) return "iso-8859-1";
  return name;
}
function codingCookie(bytes) {
  let start = 0;
  for (let lineNo = 0; lineNo < 2 && start < bytes.length; lineNo++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
    const line = Buffer.from(bytes.subarray(start, end)).toString("latin1");
    const match = CODING_COOKIE.exec(line);
    if (match?.[1]) return { name: match[1], line: lineNo + 1 };
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
    start = end + (bytes[end] === 13 && bytes[end + 1] === 10 ? 2 : 1);
  }
  return void 0;
}
function normalizeCodec(name) {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf8" || lower.startsWith("utf-8")) return "utf-8";
  if (lower === "latin-1" || lower === "iso-latin-1" || lower.startsWith("iso-8859-1")) return "latin1";
  return lower;
}
function nextInvalidUtf8(bytes, from) {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let lower = 128;
    let upper = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) lower = 160;
      if (b === 237) upper = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) lower = 144;
      if (b === 244) upper = 143;
    } else return { index: i, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0) return { index: i, reason: "unexpected end of data" };
      const lo = k === 1 ? lower : 128;
      const hi = k === 1 ? upper : 191;
      if (c < lo || c > hi) return { index: i, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return void 0;
}
function commentRanges(bytes) {
  const ranges = [];
  const HASH = 35;
  const BACKSLASH = 92;
  const NL = 10;
  const CR = 13;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === HASH) {
      let end = i;
      while (end < bytes.length && bytes[end] !== NL && bytes[end] !== CR) end++;
      ranges.push([i, end]);
      i = end;
    } else if (b === 39 || b === 34) {
      const triple = bytes[i + 1] === b && bytes[i + 2] === b;
      let j = i + (triple ? 3 : 1);
      for (; j < bytes.length; j++) {
        const c = bytes[j];
        if (c === BACKSLASH) j++;
        else if (!triple && (c === NL || c === CR)) break;
        else if (c === b && (!triple || bytes[j + 1] === b && bytes[j + 2] === b)) {
          j += triple ? 2 : 0;
          break;
        }
      }
      i = j + 1;
    } else i++;
  }
  return ranges;
}
function invalidUtf8Outside(bytes, comments) {
  for (let from = 0; ; ) {
    const found = nextInvalidUtf8(bytes, from);
    if (!found) return void 0;
    const comment = comments.find(([start, end]) => found.index >= start && found.index < end);
    if (!comment) return found;
    from = comment[1];
  }
}
function firstUndecodable(bytes, encoding) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return { index: Math.min(lo, bytes.length - 1), reason: "illegal multibyte sequence" };
}
function positionOf(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/dags/analyze-file.ts
function decodeInput(input) {
  const decoded = decodePythonSource(input.bytes);
  if (!decoded.ok) {
    return { file: input.file, ruff: [], unreadable: { line: decoded.line, column: decoded.column, message: decoded.message, fix: decoded.fix } };
  }
  return { file: input.file, text: decoded.text, pythonVersion: input.pythonVersion };
}
function inventoryOf(input, parser) {
  const tree = parser.parse(input.text);
  try {
    return extractDagInventory(tree, input.text, input.file, input.pythonVersion);
  } finally {
    tree.delete?.();
  }
}
export {
  decodeInput,
  inventoryOf
};
