/**
 * Reports a draft that exchanges personal data (named in its text, or in the front-matter `data`
 * categories) and has no privacy handling at all: no Privacy Act or applicable privacy-law
 * provision, no data-protection clause (domain brief, section B). The finding sits where personal
 * data is first named, with the other places as related locations.
 */
import { draftFacts, frontMatterValueSpan, personalCategories } from '../language/facts.js';
import { usElementsApply } from '../language/scope.js';
import { lazyFixes, type Rule } from '../rule.js';
import type { Span } from '../types.js';

export const missingPrivacyActHandling: Rule = {
  meta: {
    id: 'missing-privacy-act-handling',
    title: 'Personal data exchanged without any Privacy Act or data-protection handling',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const facts = draftFacts(model);
    const categories = personalCategories(model.frontMatter.dataCategories);
    if (facts.personal.length === 0 && categories.length === 0) return;
    if (facts.privacyPresent) return;
    let span: Span;
    let what: string;
    const related: { span: Span; message: string }[] = [];
    if (facts.personal.length > 0) {
      const first = facts.personal[0]!;
      span = first.span;
      what = `${first.section.label} names personal data ("${first.text.trim()}")`;
      for (const p of facts.personal.slice(1, 26)) related.push({ span: p.span, message: `Personal data is also named here ("${p.text.trim()}").` });
      if (categories.length) {
        const fmSpan = frontMatterValueSpan(model.text, model.frontMatter, 'data');
        if (fmSpan) related.push({ span: fmSpan, message: `The front matter lists personal data categories: ${categories.join(', ')}.` });
      }
    } else {
      const title = model.sections.find((s) => s.kind === 'title')?.heading;
      span = title?.span ?? frontMatterValueSpan(model.text, model.frontMatter, 'data') ?? model.frontMatter.span ?? { start: 0, end: 0 };
      what = `The front matter says this draft exchanges personal data (${categories.join(', ')})`;
      const fmSpan = frontMatterValueSpan(model.text, model.frontMatter, 'data');
      if (fmSpan && title) related.push({ span: fmSpan, message: 'The data categories are listed here.' });
    }
    // Scope (domain brief, section B): the Privacy Act and U.S. persons only where the United
    // States is a party (or the parties are unknown); otherwise the parties' own law.
    const us = usElementsApply(model);
    const fixes = lazyFixes(() => ctx.fixes.insertArticle(us ? 'protection-of-personal-data' : 'protection-of-personal-data-applicable-law'));
    ctx.report({
      span,
      message: us
        ? `${what}, but no provision deals with privacy: there is no reference to the Privacy Act of 1974 or applicable privacy law and no data-protection clause. ` +
          'Records about U.S. citizens and lawful permanent residents are subject to the Privacy Act when shared, and the impact on U.S. persons must be considered for any sharing arrangement; add a Protection of Personal Data article.'
        : `${what}, but no provision deals with privacy: there is no reference to the parties' applicable data-protection law and no data-protection clause. ` +
          "Personal data exchanged between the parties should be handled under their applicable data-protection law, with purpose limitation, accuracy, retention limits, security, individuals' rights and conditions for onward transfer; add a Protection of Personal Data article.",
      fixes,
      related,
    });
  },
};
