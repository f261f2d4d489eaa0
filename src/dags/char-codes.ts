/**
 * Character tests and blank skipping for the walk's hand-written text scans (inventory.ts, unbound-locals.ts,
 * code-text.ts), each matching what the RegExp it stands for matches. Arguments are UTF-16 code units
 * (`String.prototype.charCodeAt`); NaN, a read outside the text, is never a match.
 */

/** An ASCII identifier (`[A-Za-z_]\w*`): no RegExp syntax in it, and `\b` around it is a word's edge. */
export const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** `[A-Za-z_]`: a code unit that can start an ASCII identifier. */
export function isIdentifierStartCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** `\w`: `[A-Za-z0-9_]`. */
export function isWordCode(c: number): boolean {
  return isIdentifierStartCode(c) || (c >= 0x30 && c <= 0x39);
}

/** A code unit JavaScript's `\s` matches (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The offset of the first character at or after `k` that is no space or tab (the text's length: none). */
export function skipBlanks(text: string, k: number): number {
  let at = k;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return at;
}

/** The offset of the last character at or before `k` that is no space or tab (-1: none). */
export function skipBlanksBack(text: string, k: number): number {
  let at = k;
  while (at >= 0 && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at--;
  return at;
}

/**
 * Reading back from `end` (inclusive): blanks, then a word of `isPart` code units, then blanks. The offset of the code
 * unit before all that (-1: the text's start), or undefined when no word is there. The scans that look for `NAME:` at a
 * line's start (an annotation) read the colon's left side with it, then ask isLineStartAt of what it returns.
 */
export function beforeWordEndingAt(text: string, end: number, isPart: (c: number) => boolean): number | undefined {
  let k = skipBlanksBack(text, end);
  const wordEnd = k;
  while (k >= 0 && isPart(text.charCodeAt(k))) k--;
  return k === wordEnd ? undefined : skipBlanksBack(text, k);
}

/** Whether a line starts right after offset `k` (-1: the text's start): what a multiline RegExp's `^` takes for one. */
export function isLineStartAfter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return k < 0 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
