import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/dags/nesting.ts
var SAFE_NESTING = 400;
var DEEPEST_NESTING = 3e3;
var MAX_BRACKET_NESTING = 200;
var MAX_FSTRING_NESTING = 160;
var BRACKET = 3;
var PER_INDENT = 3;
var STATEMENT = 6;
var OPEN = /* @__PURE__ */ new Set([40, 91, 123]);
var CLOSE = /* @__PURE__ */ new Set([41, 93, 125]);
function isIdentifierCode(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c >= 128;
}
function nestingBound(text) {
  const n = text.length;
  let i = 0;
  let line = 1;
  let maxDepth = STATEMENT;
  let maxLine = 1;
  const bases = [STATEMENT];
  const openers = [];
  let running = STATEMENT;
  let atLineStart = true;
  let tooManyBrackets;
  const note = () => {
    if (running > maxDepth) {
      maxDepth = running;
      maxLine = line;
    }
  };
  while (i < n) {
    if (atLineStart && bases.length === 1) {
      let width = 0;
      let j = i;
      for (; j < n; j++) {
        const c3 = text.charCodeAt(j);
        if (c3 === 32) width++;
        else if (c3 === 9) width += 8;
        else if (c3 !== 12) break;
      }
      const c2 = j < n ? text.charCodeAt(j) : 10;
      if (c2 !== 10 && c2 !== 13 && c2 !== 35) {
        bases[0] = STATEMENT + PER_INDENT * width;
        running = bases[0];
        note();
      }
      i = j;
      atLineStart = false;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      if (bases.length === 1) atLineStart = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c === 92) {
      i++;
      if (text.charCodeAt(i) === 13) i++;
      if (text.charCodeAt(i) === 10) {
        line++;
        i++;
      }
      continue;
    }
    if (c === 34 || c === 39) {
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
      const prefix = q === 34 || q === 39 ? /[rRbBuUfFtT]*$/.exec(text.slice(Math.max(start, i - 16), i))[0] : "";
      if (prefix !== "") {
        running += prefix.length === i - start ? 1 : 2;
        note();
        const formatted = /[fFtT]/.test(prefix);
        const { end, longestField } = skipString(text, i, formatted, 0);
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
      if (bases.length > 1 && openers.at(-1) === (c === 41 ? 40 : c - 2)) {
        running = bases.pop();
        openers.pop();
      }
      i++;
      continue;
    }
    if (c === 44 || c === 59 && bases.length === 1) {
      running = bases[bases.length - 1];
      i++;
      continue;
    }
    running++;
    if (c === 61 && bases.length === 1) bases[0] = running;
    note();
    i++;
  }
  return tooManyBrackets === void 0 ? { depth: maxDepth, line: maxLine } : { depth: maxDepth, line: maxLine, tooManyBrackets };
}
function skipString(text, i, formatted, level) {
  const n = text.length;
  if (level > MAX_FSTRING_NESTING) return { end: n, longestField: n - i };
  const quote = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  let k = i + (triple ? 3 : 1);
  let field = 0;
  let fieldStart = 0;
  let longestField = 0;
  const closeField = (at) => {
    longestField = Math.max(longestField, at - fieldStart);
  };
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 92) {
      k += 2;
      continue;
    }
    if (formatted && field > 0) {
      if (c === 34 || c === 39) {
        const prefix = /[rRbBuUfFtT]*$/.exec(text.slice(Math.max(0, k - 16), k))[0];
        const nested = skipString(text, k, /[fFtT]/.test(prefix), level + 1);
        k = nested.end;
        continue;
      }
      if (c === 35) {
        while (k < n && text.charCodeAt(k) !== 10) k++;
        continue;
      }
      if (c === 123) field++;
      else if (c === 125 && --field === 0) closeField(k);
      k++;
      continue;
    }
    if (formatted && c === 123) {
      if (text.charCodeAt(k + 1) === 123) {
        k += 2;
        continue;
      }
      field = 1;
      fieldStart = k;
      k++;
      continue;
    }
    if (c === quote && (!triple || text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote)) return { end: k + (triple ? 3 : 1), longestField };
    if (c === 10 && !triple) return { end: k, longestField };
    k++;
  }
  if (field > 0) closeField(n);
  return { end: n, longestField };
}
function newlines(text, start, end) {
  let count = 0;
  for (let k = text.indexOf("\n", start); k !== -1 && k < end; k = text.indexOf("\n", k + 1)) count++;
  return count;
}
function isStackOverflow(error) {
  return error instanceof RangeError && /Maximum call stack size exceeded/.test(error.message);
}

export {
  SAFE_NESTING,
  DEEPEST_NESTING,
  MAX_BRACKET_NESTING,
  nestingBound,
  skipString,
  newlines,
  isStackOverflow
};
