/** Reports a term defined more than once. */
import type { AgreementModel, DefinedTerm } from '../model.js';
import type { Rule } from '../rule.js';
import { functionWords } from '../terms.js';

/** Where an offset stands, as a citation ("Article 2(1)", "the preamble"). */
export function citationAt(model: AgreementModel, offset: number): string {
  const clause = model.clauses.find((c) => offset >= c.span.start && offset < c.span.end);
  const section = model.sections.find((s) => offset >= s.span.start && offset < s.span.end);
  // The text under the title, before the first article, is the preamble.
  if (section?.kind === 'title' && model.text.lastIndexOf('\n', offset) >= section.span.start) return 'the preamble';
  if (clause) return clause.citation;
  return section?.label ?? 'the draft';
}

// The words after a term that send the reader to a definition elsewhere.
const pointer = /^[\s"”’'`*_]*(?:shall\s+)?(?:ha(?:s|ve)\s+the\s+(?:same\s+)?meanings?|(?:is|are)\s+(?:as\s+)?defined)\s+(?:as\s+(?:that\s+term\s+is\s+)?defined|defined|given|assigned|set\s+(?:out|forth)|provided|attributed|ascribed|respectively)/i;

// The words after a term that add to its definition rather than give one.
const extension = /^[\s"”’'`*_]*(?:shall\s+(?:also\s+)?)?(?:also\s+)?(?:includes?|comprises?)\b/i;

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '').trim().toLowerCase();

const small = new Set('of on the and for against between in to relating concerning regarding with at by'.split(' '));

/** The capitalised name at the end of `text` ("the Convention on Safe Harbours" gives "convention on safe harbours"). */
function nameBefore(text: string): string {
  const words = text.replace(/[\s,]+$/, '').split(/\s+/);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    if (/^[\p{Lu}\p{N}]/u.test(w) ? functionWords.has(w) : !small.has(w)) break;
    i--;
  }
  while (i < words.length && small.has(words[i]!)) i++;
  return squash(words.slice(i).join(' '));
}

/**
 * What a definition says, to compare two of them: for an inline definition the name it stands
 * for (the words before its bracket), otherwise the words after the term.
 */
function wording(model: AgreementModel, t: DefinedTerm, d: DefinedTerm['definitions'][number]): string {
  if (t.style === 'inline') {
    const open = model.text.lastIndexOf('(', d.span.start);
    if (open < d.definition.start || open < 0) return '';
    return nameBefore(model.text.slice(Math.max(d.definition.start, open - 200), open));
  }
  return squash(model.text.slice(d.span.end, d.definition.end).replace(/^["”’'`\s]+/, ''));
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
      // `"annual transfer" has the meaning given in Article 7` points at the definition; it is not a second one.
      // `The term "permanent establishment" includes especially ...` adds to the definition.
      const definitions = t.definitions.filter((d) => {
        const after = model.text.slice(d.span.end, Math.min(d.definition.end, d.span.end + 120));
        return !pointer.test(after) && !extension.test(after);
      });
      if (definitions.length < 2) continue;
      const first = definitions[0]!;
      const where = citationAt(model, first.span.start);
      const firstWords = wording(model, t, first);
      for (const d of definitions.slice(1)) {
        const words = wording(model, t, d);
        const inline = t.style === 'inline';
        const same = firstWords !== '' && words === firstWords;
        // The style is the first definition's; a second one in another style is compared by neither.
        const comparable = firstWords !== '' && words !== '' && !inline;
        report({
          span: d.span,
          message: same
            ? `"${t.term}" is defined again here; it is already defined in ${where} ${inline ? 'for the same name' : 'in the same words'}. Keep one definition.`
            : comparable
              ? `"${t.term}" is defined again here; it is already defined in ${where}, and two definitions leave its meaning in doubt. Keep one definition.`
              : `"${t.term}" is defined again here; it is already defined in ${where}. Keep one definition.`,
          related: [{ span: first.span, message: `First definition of "${t.term}"` }],
        });
      }
    }
  },
};
