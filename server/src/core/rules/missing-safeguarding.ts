/**
 * Reports a draft that provides for the exchange of information but has no clause protecting the
 * shared information from public disclosure: the policy's baseline, which partners expect from us
 * in return (reciprocity).
 */
import { draftFacts } from '../language/facts.js';
import { lazyFixes, type Rule } from '../rule.js';

export const missingSafeguarding: Rule = {
  meta: {
    id: 'missing-safeguarding',
    title: 'No clause protects shared information from public disclosure',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const facts = draftFacts(model);
    if (facts.safeguarding) return;
    if (!facts.exchange && model.frontMatter.dataCategories.length === 0) return;
    const title = model.sections.find((s) => s.kind === 'title')?.heading;
    const at = facts.exchange;
    const span = title?.span ?? at?.section.heading?.span ?? at?.span;
    if (!span) return;
    const where = at ? `${at.section.label} provides for the exchange of information` : 'The draft exchanges information';
    const fixes = lazyFixes(() => ctx.fixes.insertArticle('safeguarding-confidentiality'));
    ctx.report({
      span,
      message:
        `${where}, but no clause protects the shared information from public disclosure. ` +
        'Safeguarding shared information is the baseline of any sharing arrangement, and partners expect the same assurance from us; add a safeguarding and confidentiality clause.',
      fixes,
    });
  },
};
