/**
 * Reports privacy handling that is present but lacks elements of adequate handling (domain brief,
 * section B): the Privacy Act or applicable privacy law, U.S.-person impact, purpose limitation,
 * accuracy and correction, retention, security and breach notice, redress, onward transfer. The
 * fix inserts only the missing elements into the article that holds the handling.
 */
import { draftFacts, personalCategories } from '../language/facts.js';
import { privacyElementNames, privacyElements, type PrivacyElement } from '../language/privacy.js';
import { usElementsApply } from '../language/scope.js';
import type { Rule } from '../rule.js';
import { reportMissingElements } from '../missing-elements.js';

const templateIds: Record<PrivacyElement, string> = {
  'privacy-law': 'privacy-act-governing-law',
  'us-person': 'privacy-us-persons',
  purpose: 'privacy-purpose-limitation',
  accuracy: 'privacy-accuracy-correction',
  retention: 'privacy-retention',
  security: 'privacy-security',
  'breach-notice': 'privacy-breach-notice',
  redress: 'privacy-redress',
  'onward-transfer': 'privacy-onward-transfer',
};

/**
 * Where the United States is no party (domain brief, section B, "Scope"): no U.S.-person element,
 * the parties' own data-protection law, and templates that speak of neither the Privacy Act nor
 * U.S. remedies.
 */
export const nonUsPrivacyElements = privacyElements.filter((e) => e !== 'us-person');
export const nonUsTemplateIds: Record<PrivacyElement, string> = {
  ...templateIds,
  'privacy-law': 'data-protection-governing-law',
  redress: 'privacy-redress-applicable-law',
};
export const nonUsElementNames: Record<PrivacyElement, string> = {
  ...privacyElementNames,
  'privacy-law': "the parties' applicable data-protection law",
};
export { templateIds as usTemplateIds };

export const incompletePrivacyActHandling: Rule = {
  meta: {
    id: 'incomplete-privacy-act-handling',
    title: 'Privacy handling present but missing elements',
    defaultSeverity: 'information',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const facts = draftFacts(model);
    if (!facts.privacyPresent) return;
    if (facts.personal.length === 0 && personalCategories(model.frontMatter.dataCategories).length === 0) return;
    const us = usElementsApply(model);
    // An element the draft supplies for all exchanged information covers the personal data too.
    const missing = (us ? privacyElements : nonUsPrivacyElements).filter((e) => !facts.privacyElements.has(e) && !facts.privacyGeneral.has(e));
    if (missing.length === 0) return;
    const section = facts.privacySection ?? model.sections[0]!;
    reportMissingElements(ctx, section, missing, us ? templateIds : nonUsTemplateIds, us ? privacyElementNames : nonUsElementNames, (list) =>
      `${section.label} deals with personal data but does not address ${list}. ` +
      (us
        ? 'Adequate handling of shared personal data covers each of these, so that records about individuals are governed by the Privacy Act or applicable privacy law from receipt to deletion.'
        : "Adequate handling of shared personal data covers each of these, so that records about individuals are governed by the parties' applicable data-protection law from receipt to deletion."),
    );
  },
};
