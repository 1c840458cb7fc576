/** Reports a term defined more than once. */
import type { AgreementModel } from '../model.js';
import type { Rule } from '../rule.js';

/** Where an offset stands, as a citation ("Article 2(1)"). */
export function citationAt(model: AgreementModel, offset: number): string {
  const clause = model.clauses.find((c) => offset >= c.span.start && offset < c.span.end);
  if (clause) return clause.citation;
  return model.sections.find((s) => offset >= s.span.start && offset < s.span.end)?.label ?? 'the draft';
}

export const duplicateDefinition: Rule = {
  meta: {
    id: 'duplicate-definition',
    title: 'Term defined more than once',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    for (const t of model.terms) {
      if (t.definitions.length < 2) continue;
      const first = t.definitions[0]!;
      const where = citationAt(model, first.span.start);
      for (const d of t.definitions.slice(1)) {
        const same = model.text.slice(d.definition.start, d.definition.end).trim() === model.text.slice(first.definition.start, first.definition.end).trim();
        report({
          span: d.span,
          message: `"${t.term}" is defined again here; it is already defined in ${where}${same ? ' in the same words' : ', and two definitions leave its meaning in doubt'}. Keep one definition.`,
          related: [{ span: first.span, message: `First definition of "${t.term}"` }],
        });
      }
    }
  },
};
