/**
 * Reports a draft that contemplates classified material (in its text, or a front-matter
 * `classification` above UNCLASSIFIED) with no formal terms at all (domain brief, section C). A
 * reference to a governing security instrument (a GSOMIA, security arrangements between the
 * Parties, a security annex) counts as formal terms.
 */
import { draftFacts, frontMatterValueSpan, isClassifiedLevel } from '../language/facts.js';
import { usElementsApply } from '../language/scope.js';
import { lazyFixes, type Rule } from '../rule.js';
import type { Span } from '../types.js';

export const classifiedWithoutFormalTerms: Rule = {
  meta: {
    id: 'classified-without-formal-terms',
    title: 'Classified material contemplated without formal security terms',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const facts = draftFacts(model);
    const level = model.frontMatter.classification;
    const fromFrontMatter = isClassifiedLevel(level);
    if (facts.classified.length === 0 && !fromFrontMatter) return;
    if (facts.classifiedElements.size > 0) return;
    let span: Span;
    let what: string;
    const related: { span: Span; message: string }[] = [];
    if (facts.classified.length > 0) {
      const first = facts.classified[0]!;
      span = first.span;
      what = `${first.section.label} contemplates classified material ("${first.text.trim()}")`;
      for (const c of facts.classified.slice(1, 26)) related.push({ span: c.span, message: 'Classified material is also named here.' });
    } else {
      const title = model.sections.find((s) => s.kind === 'title')?.heading;
      span = title?.span ?? frontMatterValueSpan(model.text, model.frontMatter, 'classification') ?? model.frontMatter.span ?? { start: 0, end: 0 };
      what = `The front matter marks this draft ${level}`;
    }
    // Where the United States is no party, the terms name no U.S. classification levels.
    const national = usElementsApply(model) ? '' : '-national';
    const fixes = lazyFixes(
      () => ctx.fixes.insertArticle(`classified-information-article${national}`),
      () => ctx.fixes.insertArticle(`classified-information-annex${national}`),
    );
    ctx.report({
      span,
      message:
        `${what}, but the draft sets no formal terms for it: no governing security instrument, equivalent levels, need-to-know access, originator consent for third-party release or reporting of compromise. ` +
        'Classified information may be shared only in a formal context with terms that secure it and limit its disclosure; add a Classified Information article or annex, or refer to the security agreement in force between the Parties.',
      fixes,
      related,
    });
  },
};
