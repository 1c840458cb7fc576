/**
 * Reports a clause that restricts the onward dissemination or use of received information beyond
 * standard handling (domain brief, section A): an absolute bar, a sole-purpose or single-request
 * limit, consent for every further use or dissemination, a ban on use in proceedings, a short
 * destruction or return deadline, or an originator-control marking on unclassified information.
 * Calibrated restrictions do not fire: those on classified information, consent only for
 * third-country or public disclosure, restrictions subject to the law, and conditions a Party may
 * impose case by case. The reading itself is in `language/dissemination.ts`.
 */
import { describeRestriction, findRestrictions } from '../language/dissemination.js';
import { lazyFixes, type Rule } from '../rule.js';
import type { Clause } from '../model.js';
import type { Span } from '../types.js';

const classifiedTitle = /\b(?:classified|security of (?:classified|military) information)\b/i;

export const overRestrictedDissemination: Rule = {
  meta: {
    id: 'over-restricted-dissemination',
    title: 'Clause restricts dissemination or use of received information beyond standard handling',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  checkSection(ctx, section) {
    if (section.kind === 'preamble' || section.kind === 'title') return;
    const classifiedSection = !!section.title && classifiedTitle.test(section.title);
    // Lead-ins ("... on the condition that it is:") by label depth, for the items under them.
    const leadIns: { labels: string[]; text: string }[] = [];
    // The clauses before this one that are offered the balanced dissemination clause.
    const offered: { clause: Clause; within: Span }[] = [];
    for (const clause of section.clauses) {
      while (leadIns.length && !isPrefix(leadIns[leadIns.length - 1]!.labels, clause.labels)) leadIns.pop();
      const leadIn = leadIns.map((l) => l.text).join('\n');
      if (/[:—–-]\s*$/.test(clause.text)) leadIns.push({ labels: clause.labels, text: clause.text });
      const found = findRestrictions(clause.text, { classifiedSection, leadIn });
      if (found.length === 0) continue;
      const first = found[0]!;
      const kinds = [...new Set(found.map((r) => r.kind))];
      const what = kinds.map(describeRestriction);
      const described = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`;
      // A short destruction or return duty, and nothing else, is a matter of how long information
      // is kept: the retention clause answers it. (The dissemination clause there would only repeat
      // the one offered for the article's other restrictions, and say nothing about keeping.)
      const retentionOnly = kinds.every((k) => k === 'destruction');
      const within = { start: first.start, end: found[found.length - 1]!.end };
      const offeredBefore = offered.length;
      if (!retentionOnly) offered.push({ clause, within });
      // Built when read: a CLI run in text format never reads them.
      const fixes = lazyFixes(
        () => {
          if (retentionOnly) return ctx.fixes.replaceClause(clause, 'balanced-retention', undefined, within);
          // Where an earlier paragraph of the article holds the balanced clause, or is offered it,
          // this one refers to it instead of repeating it (fixing both wrote it twice). The
          // reference is to a paragraph of the same article ("paragraph 1", "paragraph 1(a)"), which
          // is read within the article whatever the rest of the draft is (a section's findings are
          // kept while it does not change); so the paragraph must be numbered, and no other
          // paragraph of the article may carry its labels.
          const path = (c: Clause) => c.labels.join('|');
          const citable = (c: Clause) =>
            c.label !== undefined && /^[0-9]{1,3}$/.test(c.labels[0] ?? '') && section.clauses.filter((x) => path(x) === path(c)).length === 1;
          const anchor = section.clauses
            .slice(0, section.clauses.indexOf(clause))
            .find((c) => {
              if (!citable(c)) return false;
              const earlier = offered.slice(0, offeredBefore).find((o) => o.clause === c);
              return earlier ? !!ctx.fixes.replaceClause(c, 'balanced-dissemination', undefined, earlier.within) : ctx.fixes.holdsTemplate(c, 'balanced-dissemination');
            });
          if (anchor) {
            const provision = `paragraph ${anchor.labels[0]}${anchor.labels.slice(1).map((l) => `(${l})`).join('')}`;
            const byReference = ctx.fixes.replaceClause(clause, 'dissemination-by-reference', `Replace the restriction in ${clause.citation} with a reference to ${anchor.citation}`, within, { PROVISION: provision });
            if (byReference) return byReference;
          }
          return ctx.fixes.replaceClause(clause, 'balanced-dissemination', undefined, within);
        },
        () => ctx.fixes.recordException(clause, 'over-restricted-dissemination'),
      );
      ctx.report({
        span: clause.sourceSpan(first.start, found[found.length - 1]!.end),
        message:
          `${clause.citation} ${described}. Policy wants information received from a partner to be usable and disseminable as broadly as possible for counter-terrorism purposes; ` +
          'a restriction beyond standard handling is acceptable only as the price of particularly high-value information, and then calibrated (for example consent only for disclosure to a third country or the public). ' +
          (retentionOnly
            ? 'Use the retention clause (keep information as long as its permitted uses need it), or record the restriction as a justified high-value exception.'
            : 'Use the balanced dissemination clause, or record the restriction as a justified high-value exception.'),
        fixes,
      });
    }
  },
};

/** Whether `a` is a prefix of `b` (the lead-in's labels before an item's, or an unlabelled item's own). */
function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((x, i) => x === b[i]);
}
