/**
 * Reports formal terms for classified material that are present but incomplete (domain brief,
 * section C), naming the missing elements. A reference to a governing security instrument brings
 * its terms in, so nothing is reported as missing then.
 */
import { classifiedElementNames, classifiedElements, type ClassifiedElement } from '../language/classified.js';
import { draftFacts, isClassifiedLevel } from '../language/facts.js';
import { usElementsApply } from '../language/scope.js';
import type { Rule } from '../rule.js';
import { reportMissingElements } from '../missing-elements.js';

const templateIds: Record<ClassifiedElement, string> = {
  instrument: 'classified-governing-instrument',
  equivalence: 'classified-equivalent-levels',
  protection: 'classified-protection-standard',
  'need-to-know': 'classified-need-to-know',
  'third-party': 'classified-third-party-release',
  transmission: 'classified-transmission',
  downgrading: 'classified-downgrading',
  compromise: 'classified-loss-compromise',
  termination: 'classified-termination',
};

/** Where the United States is no party: equivalence of the parties' own levels, no U.S. levels named. */
export const nationalTemplateIds: Record<ClassifiedElement, string> = { ...templateIds, equivalence: 'classified-equivalent-levels-national' };
export { templateIds as usTemplateIds };

export const incompleteClassifiedTerms: Rule = {
  meta: {
    id: 'incomplete-classified-terms',
    title: 'Formal terms for classified material are incomplete',
    defaultSeverity: 'information',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const facts = draftFacts(model);
    if (facts.classified.length === 0 && !isClassifiedLevel(model.frontMatter.classification)) return;
    if (facts.classifiedElements.size === 0 || facts.classifiedElements.has('instrument')) return;
    const missing = classifiedElements.filter((e) => !facts.classifiedElements.has(e));
    if (missing.length === 0) return;
    const section = facts.classifiedSection ?? model.sections[0]!;
    reportMissingElements(ctx, section, missing, usElementsApply(model) ? templateIds : nationalTemplateIds, classifiedElementNames, (list) =>
      `${section.label} sets some terms for classified material but not ${list}. ` +
      'Classified information is shared only under complete formal terms; add the missing ones, or refer to the security agreement in force between the Parties, which brings its terms in.',
    );
  },
};
