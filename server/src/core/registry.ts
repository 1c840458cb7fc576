/**
 * The explicit, sorted list of every rule. A test fails if a rule here lacks its test table or doc,
 * or if a doc or test exists for a rule that is not here.
 */
import type { Rule } from './rule.js';
import { invalidFrontMatter } from './rules/invalid-front-matter.js';
import { leftoverPlaceholder } from './rules/leftover-placeholder.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [invalidFrontMatter, leftoverPlaceholder];

/** The rule with this id, if any. */
export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
