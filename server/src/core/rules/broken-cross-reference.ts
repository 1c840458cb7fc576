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

/**
 * Whether a paragraph reference certainly names a paragraph the target does not have: the
 * paragraph holding it exists and numbers at least two of its own, and the label comes after the
 * last of them ("paragraph 7" where there are paragraphs 1 to 5). A label between two that exist
 * (paragraph 4 between 3 and 5) is more likely a paragraph the model did not read than a wrong
 * reference, and is left alone.
 */
function certainlyMissing(target: Section, labels: readonly string[]): boolean {
  const parent = labels.slice(0, -1).map((l) => l.toLowerCase());
  const want = labels[labels.length - 1]!.toLowerCase();
  if (parent.length && !clauseFor(target, parent)) return false;
  const siblings = target.clauses
    .filter((c) => c.labels.length === labels.length && parent.every((l, i) => c.labels[i]?.toLowerCase() === l))
    .map((c) => c.labels[labels.length - 1]!.toLowerCase());
  if (new Set(siblings).size < 2) return false;
  const value = (l: string) => (/^[0-9]+$/.test(l) ? Number(l) : /^[a-z]$/.test(l) ? l.charCodeAt(0) - 96 : NaN);
  const last = Math.max(...siblings.map(value));
  return !Number.isNaN(value(want)) && value(want) > last && siblings.every((l) => /^[0-9]+$/.test(l) === /^[0-9]+$/.test(want));
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
      // Only a reference that certainly points into the draft (see references.ts: another
      // instrument and uncertain references are not internal).
      if (!ref.internal || ref.uncertain) continue;
      if (ref.relative && !ref.target) continue;
      if (ref.kind === 'section' && !words.has('Section')) continue;
      if (ref.kind === 'article' && !words.has('Article') && words.has('Section')) continue;
      if (!ref.target) {
        const key = `${ref.kind} ${ref.number.toUpperCase()}`;
        const seen = missing.get(key);
        if (seen) seen.more.push(ref);
        else missing.set(key, { ref, more: [] });
        continue;
      }
      if (ref.labels.length && !ref.targetClause && certainlyMissing(ref.target, ref.labels)) {
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
      // "Article 40, paragraphs 2 and 3" are two references to one written number: one fix.
      const all = fixable ? [ref, ...more].filter((r, i, a) => a.findIndex((x) => x.numberSpan.start === r.numberSpan.start) === i) : [ref];
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
