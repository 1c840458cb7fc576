/**
 * Folding: the front matter, each heading's section (an Article folds to its heading line), lists
 * of clauses, each clause with its sub-clauses and each clause that runs over several lines, code
 * blocks, and comments (HTML and CriticMarkup) that run over several lines.
 */
import type { AgreementModel } from '../model.js';
import { shift } from '../spans.js';
import type { Span } from '../types.js';
import type { FoldingRange } from './types.js';

/** The folding ranges of the draft, sorted by start line, at most one per start line. */
export function foldingRanges(model: AgreementModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = (span: Span, kind?: FoldingRange['kind']) => {
    const end = lastCharOf(model.text, span);
    if (end < span.start) return;
    const startLine = model.index.lineOf(span.start);
    const endLine = model.index.lineOf(end);
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (model.frontMatter.span) lines(model.frontMatter.span);
  for (const section of model.sections) {
    const headings = section.headings;
    headings.forEach((h, i) => {
      const next = headings.slice(i + 1).find((n) => n.depth <= h.depth);
      lines({ start: h.span.start, end: next ? next.span.start : section.span.end });
    });
    for (const b of section.data.foldable) lines(shift(b.span, section.span.start), b.kind === 'comment' ? 'comment' : undefined);
    // A labelled clause folds with the sub-clauses that follow it ("1." with its (a), (b)), also
    // where the draft writes them as lines of one paragraph rather than as a nested list.
    const clauses = section.clauses;
    clauses.forEach((c, i) => {
      if (c.label === undefined) return;
      let j = i;
      while (j + 1 < clauses.length && clauses[j + 1]!.label !== undefined && isWithin(clauses[j + 1]!.labels, c.labels)) j++;
      if (j > i) lines({ start: c.span.start, end: clauses[j]!.span.end });
    });
  }
  for (const a of model.annotations) if (a.kind === 'comment') lines(a.span, 'comment');
  // One range per start line: the widest, which is what an editor folds at that line.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((r, i) => i === 0 || out[i - 1]!.startLine !== r.startLine);
}

/** True when `labels` names a sub-clause of the clause labelled `parent`. */
function isWithin(labels: readonly string[], parent: readonly string[]): boolean {
  return labels.length > parent.length && parent.every((l, i) => labels[i] === l);
}

/** Offset of the last non-space character of `span`, or `span.start - 1` when it is all space. */
function lastCharOf(text: string, span: Span): number {
  let end = Math.min(span.end, text.length) - 1;
  while (end >= span.start && /\s/.test(text[end]!)) end--;
  return end;
}
