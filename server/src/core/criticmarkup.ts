/**
 * Reviewer annotations in CriticMarkup, and the "accepted" reading of a clause: the text as it
 * would read with every proposed change accepted and comments removed. Checks read clauses that
 * way, so a fix proposed as a tracked change clears its finding.
 */
import type { Span } from './types.js';

/** The five CriticMarkup forms. */
export type AnnotationKind = 'addition' | 'deletion' | 'substitution' | 'comment' | 'highlight';

/** One CriticMarkup annotation with its spans. */
export interface Annotation {
  kind: AnnotationKind;
  span: Span;
  /** Inserted, deleted, highlighted or commented text; for a substitution, the old text. */
  text: string;
  /** For a substitution: the new text. */
  replacement?: string;
}

const critic = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{>>([\s\S]*?)<<\}|\{==([\s\S]*?)==\}/g;

/** Finds every annotation in `text` from offset `from`. */
export function scanCriticMarkup(text: string, from = 0, base = 0): Annotation[] {
  const out: Annotation[] = [];
  critic.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = critic.exec(text))) {
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    if (m[1] !== undefined) out.push({ kind: 'addition', span, text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'deletion', span, text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: 'substitution', span, text: m[3], replacement: m[4]! });
    else if (m[5] !== undefined) out.push({ kind: 'comment', span, text: m[5] });
    else out.push({ kind: 'highlight', span, text: m[6]! });
  }
  return out;
}

/**
 * A clause's reading text and the way back to source offsets, as data (so that a section's parsed
 * data can cross a thread boundary: see `server/src/node/cold-parse.ts`). Offsets into `text` map to
 * offsets relative to the start of the source slice it was read from, with `toSource` and
 * `spanToSource`.
 */
export interface AcceptedText {
  text: string;
  /** Verbatim runs: `[textStart, sourceStart, length]`, three numbers each, in order. */
  segs: number[];
  /** The length of the source slice (where `text.length` maps to). */
  sourceLength: number;
}

/** Source offset (relative to the slice start) of `reading.text[i]`; `i = text.length` maps to the end. */
export function toSource(reading: AcceptedText, i: number): number {
  const { segs } = reading;
  if (i >= reading.text.length) return reading.sourceLength;
  if (i <= 0) return segs.length ? segs[1]! : 0;
  let lo = 0;
  let hi = segs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid * 3]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo * 3 + 1]! + (i - segs[lo * 3]!);
}

/** Source span (relative to the slice start) of the text span `[start, end)` of `reading`. */
export function spanToSource(reading: AcceptedText, start: number, end: number): Span {
  const s = toSource(reading, start);
  return { start: s, end: end > start ? toSource(reading, end - 1) + 1 : s };
}

/**
 * Reads `source` with proposed changes accepted, comments dropped, and light Markdown inline
 * syntax removed (escapes, emphasis markers, link targets), keeping a map back to the source.
 */
export function acceptedText(source: string): AcceptedText {
  // Segments: [textStart, sourceStart, length] of verbatim copies.
  const segs: number[] = [];
  let text = '';
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    const chunk = source.slice(from, to);
    const n = segs.length;
    if (n && segs[n - 3]! + segs[n - 1]! === text.length && segs[n - 2]! + segs[n - 1]! === from) segs[n - 1]! += chunk.length;
    else segs.push(text.length, from, chunk.length);
    text += chunk;
  };
  const plain = (from: number, to: number) => {
    // Drops Markdown escapes, emphasis markers and link destinations inside a verbatim run.
    // The link parts are bounded (500 characters of link text, 2,000 of destination): unbounded,
    // a line of many "[" made this scan quadratic (seconds for 40,000 characters).
    const inline = /\\([\\`*_{}[\]()#+\-.!<>~|])|(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})|\]\([^)\s]{0,2000}\)|!?\[(?=[^\]]{0,500}\]\()/g;
    inline.lastIndex = from;
    let last = from;
    let m: RegExpExecArray | null;
    const slice = source.slice(0, to);
    while ((m = inline.exec(slice))) {
      if (m.index >= to) break;
      // Underscores inside words (snake_case) are text, not emphasis.
      if ((m[2] ?? m[3])?.startsWith('_') && /\w/.test(source[m.index - 1] ?? '') && /\w/.test(source[m.index + m[0].length] ?? '')) continue;
      copy(last, m.index);
      if (m[1] !== undefined) copy(m.index + 1, m.index + 2);
      last = m.index + m[0].length;
      if (m[0].length === 0) inline.lastIndex++;
    }
    copy(last, to);
  };
  critic.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = critic.exec(source))) {
    plain(last, m.index);
    const open = m.index + 3;
    if (m[1] !== undefined) plain(open, open + m[1].length);
    else if (m[4] !== undefined) {
      const newStart = open + m[3]!.length + 2;
      plain(newStart, newStart + m[4].length);
    } else if (m[6] !== undefined) plain(open, open + m[6].length);
    // Deletions and comments are not part of the accepted text.
    last = m.index + m[0].length;
  }
  plain(last, source.length);
  return { text, segs, sourceLength: source.length };
}
