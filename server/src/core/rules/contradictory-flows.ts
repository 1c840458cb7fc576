/**
 * Reports two clauses that contradict each other on a flow of information (issue 19): one bans
 * outright passing the information to some recipients, another permits it (freely, or on consent,
 * notice or another condition). A reviewer cannot tell which governs, and a partner will read the
 * draft the way that suits it. The flows are read in review/flows.ts, which stays silent wherever
 * it cannot be sure the two clauses speak of the same information, recipients and side. A ban that
 * is itself over-restrictive is reported by over-restricted-dissemination, whose fix settles both;
 * the review still lists the contradiction.
 */
import { recipientNames } from '../language/dissemination.js';
import { draftFlows, flowConflicts } from '../review/flows.js';
import type { Rule } from '../rule.js';

const conditionWords: Record<string, string> = {
  none: 'permits it',
  consent: "permits it with the supplying Party's consent",
  notice: 'permits it after notice',
  marking: 'permits it on the conditions its marking or the supplying Party sets',
  necessity: 'permits it where necessary',
  purpose: 'permits it for a stated purpose',
};

export const contradictoryFlows: Rule = {
  meta: {
    id: 'contradictory-flows',
    title: 'One clause permits a flow of information that another clause bans',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    // A ban that over-restricted-dissemination reports is left to it: its fix (the balanced clause)
    // settles the contradiction too, and a fix of one of two bans must not make the other a new finding.
    const conflicts = flowConflicts(draftFlows(model.sections), (ban) => !ban.overRestrictive);
    // One finding per banning sentence, on the ban, with every permission it contradicts as related.
    const seen = new Map<number, boolean>();
    for (const c of conflicts) {
      if (seen.has(c.forbids.span.start)) continue;
      seen.set(c.forbids.span.start, true);
      const others = conflicts.filter((x) => x.forbids.span.start === c.forbids.span.start);
      const to = [...new Set(others.flatMap((x) => x.recipients))].map((r) => recipientNames[r]);
      const toText = to.length <= 1 ? to[0] : `${to.slice(0, -1).join(', ')} and ${to[to.length - 1]}`;
      const p = c.permits;
      report({
        span: c.forbids.span,
        message:
          `${c.forbids.clause.citation} bars passing ${c.forbids.subject === 'personal-data' ? 'personal data' : 'the information'} to ${toText} ("${c.forbids.quote}"), ` +
          `but ${p.clause.citation} ${conditionWords[p.condition] ?? 'permits it'} ("${p.quote}"). ` +
          'The draft contradicts itself on who may receive the information, and each Party may read it the way that suits it; ' +
          'decide which provision governs and make the other yield to it (for example "Subject to paragraph 2, ..."), or delete one.',
        related: others.map((x) => ({ span: x.permits.span, message: `${x.permits.clause.citation} permits this flow.` })),
      });
    }
  },
};
