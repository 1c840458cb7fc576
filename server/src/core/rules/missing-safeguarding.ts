/**
 * Reports a draft that provides for the exchange of information but has no clause protecting the
 * shared information from public disclosure: the policy's baseline, which partners expect from us
 * in return (reciprocity). What counts as providing for the exchange is read in
 * language/exchange.ts: information on a subject the policy protects passed between the Parties,
 * or any passing-on of information in a draft that is itself about exchanging information (its
 * title, an article heading, or front-matter data categories). Notices, information on the
 * Parties' law, feedback on action taken and the contents of a request are not information sharing.
 */
import { namesInformationExchange } from '../language/exchange.js';
import { draftExchange, draftFacts } from '../language/facts.js';
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
    const title = model.sections.find((s) => s.kind === 'title')?.heading;
    const fromData = model.frontMatter.dataCategories.length > 0;
    // A draft about exchanging information provides for it with any clause that passes information
    // on; any other draft only with one that passes on information the policy protects.
    const informationDraft = fromData || namesInformationExchange(model.frontMatter.title) || namesInformationExchange(title?.text);
    // Read only now: a draft with a safeguarding clause is never asked.
    const exchange = draftExchange(model.sections);
    const at = informationDraft ? (exchange.exchangeTopical ?? exchange.exchange) : exchange.exchangeTopical;
    if (!at && !fromData) return;
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
