/**
 * The explicit, sorted list of every rule. A test fails if a rule here lacks its test table or doc,
 * or if a doc or test exists for a rule that is not here.
 */
import type { Rule } from './rule.js';
import { brokenCrossReference } from './rules/broken-cross-reference.js';
import { classifiedWithoutFormalTerms } from './rules/classified-without-formal-terms.js';
import { contradictoryFlows } from './rules/contradictory-flows.js';
import { duplicateDefinition } from './rules/duplicate-definition.js';
import { duplicateOrSkippedNumber } from './rules/duplicate-or-skipped-number.js';
import { incompleteClassifiedTerms } from './rules/incomplete-classified-terms.js';
import { incompletePrivacyActHandling } from './rules/incomplete-privacy-act-handling.js';
import { invalidFrontMatter } from './rules/invalid-front-matter.js';
import { leftoverPlaceholder } from './rules/leftover-placeholder.js';
import { missingPrivacyActHandling } from './rules/missing-privacy-act-handling.js';
import { missingSafeguarding } from './rules/missing-safeguarding.js';
import { nonstandardHandlingMarking } from './rules/nonstandard-handling-marking.js';
import { overRestrictedDissemination } from './rules/over-restricted-dissemination.js';
import { undefinedTerm } from './rules/undefined-term.js';
import { unjustifiedSuppression } from './rules/unjustified-suppression.js';
import { unresolvedComment } from './rules/unresolved-comment.js';
import { unusedTerm } from './rules/unused-term.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [
  brokenCrossReference,
  classifiedWithoutFormalTerms,
  contradictoryFlows,
  duplicateDefinition,
  duplicateOrSkippedNumber,
  incompleteClassifiedTerms,
  incompletePrivacyActHandling,
  invalidFrontMatter,
  leftoverPlaceholder,
  missingPrivacyActHandling,
  missingSafeguarding,
  nonstandardHandlingMarking,
  overRestrictedDissemination,
  undefinedTerm,
  unjustifiedSuppression,
  unresolvedComment,
  unusedTerm,
];

/** The rule with this id, if any. */
export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
