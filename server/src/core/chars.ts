/**
 * Character classes read by character code, with a Unicode pattern only outside ASCII: the scans
 * that use them run over every character of a draft's clauses.
 */

const lowerLetter = /^\p{Ll}$/u;
const letterOrNumber = /^[\p{L}\p{N}]$/u;

/** Whether the code point `c` is a lower-case letter (`\p{Ll}`). */
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return lowerLetter.test(String.fromCodePoint(c));
}

/** Whether the code point `c` is a letter or a digit (`[\p{L}\p{N}]`); false for -1. */
export function isLetterOrNumber(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return letterOrNumber.test(String.fromCodePoint(c));
}

/** The code point that ends at `at` in `text` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at > 1) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return c;
}
