/** Reports CriticMarkup reviewer comments (`{>>...<<}`) still in the draft. */
import { sectionWithEdits, type AgreementModel } from '../model.js';
import type { Rule } from '../rule.js';

export const unresolvedComment: Rule = {
  meta: {
    id: 'unresolved-comment',
    title: 'Reviewer comment left in the draft',
    defaultSeverity: 'information',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    for (const a of model.annotations) {
      if (a.kind !== 'comment') continue;
      const said = a.text.trim().replace(/\s+/g, ' ');
      const shown = said.length > 60 ? `${said.slice(0, 57)}...` : said;
      // Deleting the comment also takes one space before it, so no double space is left.
      const start = a.span.start > 0 && model.text[a.span.start - 1] === ' ' && /[ \r\n]|$/.test(model.text[a.span.end] ?? '') ? a.span.start - 1 : a.span.start;
      report({
        span: a.span,
        message: `A reviewer comment is still open here${shown ? ` ("${shown}")` : ''}; answer it and delete it before the text goes for signature.`,
        // A "comment" that runs over a blank line or into a numbered item is probably an unclosed
        // `{>>` that swallowed text: deleting it would delete clauses, so no fix is offered.
        // Nor when deleting it would turn the text after it into front matter. Only a person knows
        // whether the comment was answered, so the deletion is a suggestion, never applied by --fix.
        fixes: /(?:\r?\n|\r(?!\n))[ \t]*(?:(?:\r?\n|\r(?!\n))|(?:[-*+]|[0-9]+[.)]|\([0-9a-z]{1,4}\))[ \t]|#)/.test(a.text) ||
          (start < 200 && opensFrontMatter(model.text.slice(0, start) + model.text.slice(a.span.end, a.span.end + 200)) !== opensFrontMatter(model.text.slice(0, 200))) ||
          !labelsUnchanged(model, start, a.span.end)
          ? []
          : [{ title: 'Delete the resolved comment', edits: [{ start, end: a.span.end, newText: '' }], kind: 'suggestion' }],
      });
    }
  },
};

function opensFrontMatter(text: string): boolean {
  return /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/.test(text);
}

/**
 * Whether deleting [start, end) leaves every paragraph of its section with the label it had: a
 * comment standing between list items can hold them apart, and without it an indented item may be
 * read as part of the list before it. A numbered paragraph that holds only the comment counts too:
 * emptied, it is no paragraph, and the numbering after it would start at the next number.
 */
function labelsUnchanged(model: AgreementModel, start: number, end: number): boolean {
  const section = model.sections.find((s) => s.span.start <= start && end <= s.span.end);
  const after = section && sectionWithEdits(section, [{ start, end, newText: '' }]);
  const read = (clauses: readonly { text: string; labels: string[]; label?: string | undefined }[]) =>
    clauses.filter((c) => c.text.trim() !== '' || c.label !== undefined).map((c) => `${c.labels.join('|')}#${c.label ?? ''}`).join('\n');
  return !!after && read(after.clauses) === read(section.clauses);
}
