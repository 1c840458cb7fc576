/**
 * The one place where offsets become positions and back.
 *
 * Offsets are indices into the JavaScript string, so they already count UTF-16 code units, which
 * is what LSP positions count. Lines end at `\r\n`, `\n` or `\r`, as LSP says. Everything else in
 * the project goes through this module, so CRLF, BOM and astral characters are handled once.
 */
import type { Position, Range, Span } from './types.js';

/** Maps UTF-16 offsets of one text to LSP positions and back. */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Without a carriage return (the usual case) the lines are found with `indexOf`, several times
    // faster than reading every character: the index is rebuilt for the whole draft on each keystroke.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line]!;
  }

  /** Offset just before the line break that ends `line` (or the end of the text). */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Line that contains `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Position of `offset`. Offsets are clamped to the text; an offset inside a CRLF pair or a
   * surrogate pair is moved back to the start of the pair, so no position ever splits one.
   */
  position(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (o > 0 && o < this.text.length) {
      const prev = this.text.charCodeAt(o - 1);
      const here = this.text.charCodeAt(o);
      if (prev === 13 && here === 10) o--;
      else if (prev >= 0xd800 && prev <= 0xdbff && here >= 0xdc00 && here <= 0xdfff) o--;
    }
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  /** Offset of a position; characters past the end of a line are clamped to the line's end. */
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Range of a span. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Span of a range. */
  span(range: Range): Span {
    return { start: this.offset(range.start), end: this.offset(range.end) };
  }
}

/** Compares two positions: negative when `a` comes first. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
