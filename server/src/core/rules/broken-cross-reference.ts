/**
 * Reports cross-references to an Article, Section, Annex or paragraph that the draft does not
 * have. References to other instruments ("Article 5 of the Convention") are not checked, and a
 * fragment without numbered articles or annexes is not checked at all.
 */
import type { AgreementModel, Reference, Section } from '../model.js';
import { candidatesFor, clauseFor, labelWord, numberValue } from '../references.js';
import type { Rule } from '../rule.js';
import type { SpanFix } from '../types.js';

function describe(model: AgreementModel, kind: Reference['kind']): string {
  const any = model.sections.some((s) => (kind === 'annex' ? s.kind === 'annex' : s.kind === 'article') && s.number !== undefined);
  return any ? 'the draft does not have' : kind === 'annex' ? 'does not exist: the draft has no annexes' : 'does not exist: the draft has no numbered articles';
}

/** The one section a broken reference obviously means, if there is exactly one. */
function obviousTarget(model: AgreementModel, ref: Reference): Section | undefined {
  if (ref.kind === 'annex') {
    const annexes = model.sections.filter((s) => s.kind === 'annex' && s.number !== undefined);
    if (annexes.length === 1) return annexes[0];
  }
  // "Article IV" in a draft numbered 1, 2, 3, 4 ... (or the reverse).
  const value = numberValue(ref.number);
  if (Number.isNaN(value)) return undefined;
  const same = model.sections.filter(
    (s) => (ref.kind === 'annex' ? s.kind === 'annex' : s.kind === 'article') && s.number !== undefined && numberValue(s.number) === value && s.number !== ref.number,
  );
  return same.length === 1 ? same[0] : undefined;
}

export const brokenCrossReference: Rule = {
  meta: {
    id: 'broken-cross-reference',
    title: 'Cross-reference to a part of the draft that does not exist',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const numbered = model.sections.some((s) => (s.kind === 'article' || s.kind === 'annex') && s.number !== undefined);
    if (!numbered) return;
    // "Section 552" in a draft whose parts are Articles cites a statute, not the draft.
    const words = new Set(model.sections.filter((s) => s.kind === 'article' && s.number !== undefined).map((s) => labelWord(s).split(' ').pop()));
    const missing = new Map<string, { ref: Reference; more: Reference[] }>();
    for (const ref of model.references) {
      if (!ref.internal) continue;
      if (ref.relative && !ref.target) continue;
      if (ref.kind === 'section' && !words.has('Section')) continue;
      if (ref.kind === 'article' && !words.has('Article') && words.has('Section')) continue;
      // A paragraph reference inside an article with fewer than two numbered paragraphs may mean
      // a paragraph of the whole instrument; too uncertain to report.
      if (ref.relative && ref.target && ref.target.clauses.filter((c) => c.labels.length === 1 && c.label !== undefined).length < 2) continue;
      if (!ref.target) {
        const key = `${ref.kind} ${ref.number.toUpperCase()}`;
        const seen = missing.get(key);
        if (seen) seen.more.push(ref);
        else missing.set(key, { ref, more: [] });
        continue;
      }
      if (ref.labels.length && !ref.targetClause) {
        const written = ref.text.replace(/\s+/g, ' ');
        const where = ref.relative ? `${ref.target.label} (where it stands)` : ref.target.label;
        report({
          span: ref.span,
          message: `"${written}" refers to paragraph ${ref.labels.map((l, i) => (i === 0 ? l : `(${l})`)).join('')} of ${where}, which has no such paragraph. Correct the reference.`,
          related: ref.target.heading ? [{ span: ref.target.heading.span, message: `${ref.target.label} starts here` }] : [],
        });
      }
    }
    // One finding per missing part, at its first reference, unless a fix applies to each.
    for (const { ref, more } of missing.values()) {
      const word = ref.kind === 'annex' ? 'Annex' : ref.kind === 'article' ? 'Article' : 'Section';
      const obvious = obviousTarget(model, ref);
      // The fix must land: the obvious target is the only one with its number and has the paragraphs named.
      const fixable = obvious && candidatesFor(model, ref.kind, obvious.number!).length === 1 && [ref, ...more].every((r) => !r.labels.length || clauseFor(obvious, r.labels));
      const all = fixable ? [ref, ...more] : [ref];
      for (const r of all) {
        const fixes: SpanFix[] = fixable
          ? [{ title: `Refer to ${obvious.label}${obvious.title ? ` (${obvious.title})` : ''}`, edits: [{ ...r.numberSpan, newText: obvious.number! }], kind: 'suggestion' }]
          : [];
        // The message names only the reference, so a fix elsewhere in the draft does not change it;
        // the other references to the same missing part are related locations.
        report({
          span: r.span,
          message: `"${r.text.replace(/\s+/g, ' ')}" refers to ${word} ${r.number}, which ${describe(model, r.kind)}.${fixable ? ` Did you mean ${obvious.label}?` : ' Correct the number or add the missing part.'}`,
          fixes,
          related: fixable ? [] : more.slice(0, 5).map((m) => ({ span: m.span, message: `Another reference to ${word} ${m.number}` })),
        });
      }
    }
  },
};
