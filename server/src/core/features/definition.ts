/**
 * Go to definition: from a use of a defined term to where it is defined; from a cross-reference to
 * the paragraph it names, or to the heading of the Article or Annex.
 */
import type { AgreementModel, Reference } from '../model.js';
import type { Position, Span } from '../types.js';
import { definitionSpans, referenceAt, termAt } from './common.js';
import type { Target } from './types.js';

/** Where the term or cross-reference at `position` is defined; empty when nothing is there. */
export function definition(model: AgreementModel, position: Position): Target[] {
  const offset = model.index.offset(position);
  const hit = termAt(model, offset);
  if (hit) return definitionSpans(hit.term).map((s) => ({ range: model.index.range(s) }));
  const ref = referenceAt(model, offset);
  const span = ref && targetSpan(model, ref);
  return span ? [{ range: model.index.range(span) }] : [];
}

/** The span a cross-reference leads to: the named paragraph (from its first character), else the section's heading. */
export function targetSpan(model: AgreementModel, ref: Reference): Span | undefined {
  if (!ref.internal || !ref.target) return undefined;
  if (ref.targetClause) {
    const { start, end } = ref.targetClause.span;
    const indent = /^\s*/.exec(model.text.slice(start, end))![0].length;
    return { start: start + indent, end };
  }
  return ref.target.heading?.span ?? ref.target.span;
}
