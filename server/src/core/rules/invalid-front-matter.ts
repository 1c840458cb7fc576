/** Reports front matter that cannot be read, at the position of the YAML error. */
import type { Rule } from '../rule.js';

export const invalidFrontMatter: Rule = {
  meta: {
    id: 'invalid-front-matter',
    title: 'Front matter that cannot be read',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    for (const problem of model.frontMatter.problems) {
      report({
        span: problem.span,
        message: `${problem.message} Until it is corrected, party names and other values from the front matter are not used.`,
      });
    }
  },
};
