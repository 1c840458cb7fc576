/** Lookups shared by the editor features: what stands at an offset, and short quotations. */
import type { AgreementModel, Clause, DefinedTerm, Reference, Section } from '../model.js';
import type { Span } from '../types.js';

/**
 * True when `offset` is inside `span`, or touches its end when `atEnd` (a cursor just after a
 * word is on it; a mouse just after it is not).
 */
export function touches(span: Span, offset: number, atEnd = true): boolean {
  return span.start <= offset && (offset < span.end || (atEnd && offset === span.end));
}

/** Where a defined term stands at `offset`: at one of its definitions or at one of its uses. */
export interface TermHit {
  term: DefinedTerm;
  span: Span;
  at: 'definition' | 'use';
}

/** The defined term at `offset`, if any; a definition wins over a use of another term. */
export function termAt(model: AgreementModel, offset: number, atEnd = true): TermHit | undefined {
  let best: TermHit | undefined;
  for (const term of model.terms) {
    for (const d of definitionSpans(term)) {
      if (touches(d, offset, atEnd) && (!best || best.at === 'use' || width(d) < width(best.span))) best = { term, span: d, at: 'definition' };
    }
    for (const u of term.uses) {
      if (touches(u, offset, atEnd) && (!best || (best.at === 'use' && width(u) > width(best.span)))) best = { term, span: u, at: 'use' };
    }
  }
  return best;
}

/** Every span where `term` is defined (the first is `term.span`). */
export function definitionSpans(term: DefinedTerm): Span[] {
  const spans = [term.span];
  for (const d of term.definitions ?? []) if (d.span.start !== term.span.start) spans.push(d.span);
  return spans;
}

/** The cross-reference at `offset`, if any (the innermost when they nest). */
export function referenceAt(model: AgreementModel, offset: number, atEnd = true): Reference | undefined {
  let best: Reference | undefined;
  for (const r of model.references) if (touches(r.span, offset, atEnd) && (!best || width(r.span) < width(best.span))) best = r;
  return best;
}

/** The Article or Annex whose heading is at `offset`. */
export function headingSectionAt(model: AgreementModel, offset: number): Section | undefined {
  return model.sections.find((s) => s.heading && (s.kind === 'article' || s.kind === 'annex') && touches(s.heading.span, offset));
}

/** The clause that contains `span`, if any. */
export function clauseContaining(model: AgreementModel, span: Span): Clause | undefined {
  return model.clauses.find((c) => c.span.start <= span.start && span.end <= c.span.end);
}

/** True when two sections are the same unit of the draft (sections are re-created per model). */
export function sameSection(a: Section | undefined, b: Section | undefined): boolean {
  return !!a && !!b && a.span.start === b.span.start && a.kind === b.kind;
}

/** `text` on one line, cut at a word boundary near `max` characters. */
export function shorten(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:]+$/, '')} …`;
}

/** `text` as a Markdown block quote, with Markdown syntax characters escaped. */
export function quote(text: string): string {
  return `> ${text.replace(/([\\`*_[\]<>#|])/g, '\\$1')}`;
}

function width(s: Span): number {
  return s.end - s.start;
}
