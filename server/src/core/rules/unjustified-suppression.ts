/**
 * Reports `agreement-lint-disable...` comments that give no justification (or name no rule).
 * Such a comment silences nothing: the findings it meant to hide are still reported.
 */
import type { Rule } from '../rule.js';

export const unjustifiedSuppression: Rule = {
  meta: {
    id: 'unjustified-suppression',
    title: 'Suppression comment without a justification',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    for (const s of model.suppressions) {
      if (s.directive === 'enable') continue;
      if (s.rules.length === 0) {
        report({
          span: s.span,
          message: `This agreement-lint-${s.directive} comment names no rule, so it silences nothing; name the rule ids (comma-separated) and give the reason after " -- ".`,
        });
      } else if (!s.justification) {
        report({
          span: s.span,
          message: `This agreement-lint-${s.directive} comment for ${s.rules.join(', ')} gives no justification, so it silences nothing; add the reason after " -- " (for example "-- accepted by counsel on review").`,
        });
      }
    }
  },
};
