/** Reports defined terms that the draft never uses after defining them. */
import type { Rule } from '../rule.js';

export const unusedTerm: Rule = {
  meta: {
    id: 'unused-term',
    title: 'Defined term that is never used',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    for (const t of model.terms) {
      if (t.uses.length > 0) continue;
      // The term may be written with other capitals ("sending Party" for "Sending Party").
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${t.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_-])`, 'giu');
      // Only a variant that is still capitalised somewhere counts: "information" is the ordinary word.
      const variant = t.term.includes(' ') ? [...model.text.matchAll(pattern)].find((m) => m[0] !== t.term && /\p{Lu}/u.test(m[0]) && !t.definitions.some((d) => d.span.start === m.index)) : undefined;
      report({
        span: t.span,
        message: variant
          ? `"${t.term}" is defined but never used as defined: the draft writes "${variant[0]}" instead. Write the defined term with its capitals, or delete the definition.`
          : `"${t.term}" is defined but never used in the draft; delete the definition, or use the term where the text means it.`,
      });
    }
  },
};
