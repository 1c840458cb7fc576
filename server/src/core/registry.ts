/**
 * The explicit, sorted list of every rule. A test fails if a rule here lacks its test table or doc,
 * or if a doc or test exists for a rule that is not here.
 */
import type { Rule } from './rule.js';
import { classifiedWithoutFormalTerms } from './rules/classified-without-formal-terms.js';
import { incompleteClassifiedTerms } from './rules/incomplete-classified-terms.js';
import { incompletePrivacyActHandling } from './rules/incomplete-privacy-act-handling.js';
import { invalidFrontMatter } from './rules/invalid-front-matter.js';
import { leftoverPlaceholder } from './rules/leftover-placeholder.js';
import { missingPrivacyActHandling } from './rules/missing-privacy-act-handling.js';
import { missingSafeguarding } from './rules/missing-safeguarding.js';
import { nonstandardHandlingMarking } from './rules/nonstandard-handling-marking.js';
import { overRestrictedDissemination } from './rules/over-restricted-dissemination.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [
  classifiedWithoutFormalTerms,
  incompleteClassifiedTerms,
  incompletePrivacyActHandling,
  invalidFrontMatter,
  leftoverPlaceholder,
  missingPrivacyActHandling,
  missingSafeguarding,
  nonstandardHandlingMarking,
  overRestrictedDissemination,
];

/** The rule with this id, if any. */
export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
