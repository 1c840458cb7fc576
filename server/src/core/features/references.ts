/**
 * Find references: for a defined term, every use (and its definitions when asked); for a
 * cross-reference or the heading of an Article or Annex, every cross-reference to that unit.
 */
import type { AgreementModel, Section } from '../model.js';
import type { Position, Span } from '../types.js';
import { definitionSpans, headingSectionAt, referenceAt, sameSection, termAt } from './common.js';
import type { Target } from './types.js';

/** The references to what stands at `position`, in draft order; empty when nothing is there. */
export function references(model: AgreementModel, position: Position, includeDeclaration: boolean): Target[] {
  const offset = model.index.offset(position);
  const spans: Span[] = [];
  const hit = termAt(model, offset);
  if (hit) {
    if (includeDeclaration) spans.push(...definitionSpans(hit.term));
    spans.push(...hit.term.uses);
  } else {
    const section = headingSectionAt(model, offset) ?? internalTarget(model, offset);
    if (!section) return [];
    if (includeDeclaration && section.heading) spans.push(section.heading.span);
    for (const r of model.references) if (r.internal && sameSection(r.target, section)) spans.push(r.span);
  }
  spans.sort((a, b) => a.start - b.start);
  return spans.map((s) => ({ range: model.index.range(s) }));
}

function internalTarget(model: AgreementModel, offset: number): Section | undefined {
  const ref = referenceAt(model, offset);
  return ref?.internal ? ref.target : undefined;
}
