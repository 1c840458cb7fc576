/**
 * A review of a small draft, written by hand against the types of server/src/core/review/types.ts,
 * for the tests of the view's tree: one checklist with an element of each state, one that does
 * not apply, provisions of both verdicts, flows from two parties, a conflict and two suppressions.
 */
import type { InformationFlow, Review, ReviewPlace } from '../../server/src/core/review/types.js';

/** A place on one line of the draft. */
export function place(citation: string, line: number, start: number, quote: string, offset = line * 100): ReviewPlace {
  return {
    citation,
    span: { start: offset + start, end: offset + start + quote.length },
    range: { start: { line, character: start }, end: { line, character: start + quote.length } },
    quote,
  };
}

const consentFlow: InformationFlow = {
  from: 'the Receiving Party',
  what: 'Screening Information',
  to: ['third states', 'international bodies'],
  purposes: ['counter-terrorism'],
  condition: 'consent',
  permitted: true,
  place: place('Article 4(2)', 30, 3, 'may be disclosed to a third State with the prior written consent'),
};
const agencyFlow: InformationFlow = {
  from: 'the Receiving Party',
  what: 'Screening Information',
  to: ['other agencies of the receiving government'],
  purposes: [],
  condition: 'none',
  permitted: true,
  place: place('Article 4(1)', 29, 3, 'may share Screening Information with its law-enforcement agencies'),
};
const bar: InformationFlow = {
  from: 'the Receiving Party',
  what: 'Screening Information',
  to: ['any third party', 'other agencies of the receiving government'],
  purposes: [],
  condition: 'never',
  permitted: false,
  place: place('Article 3(1)', 26, 3, 'shall not be disseminated to any third party or any other agency'),
};
const courts: InformationFlow = {
  from: 'Freedonia',
  what: 'personal data',
  to: ['courts'],
  purposes: ['prosecution of terrorist offences'],
  condition: 'notice',
  permitted: true,
  place: place('Article 6(3)', 40, 3, 'may be disclosed in judicial proceedings after notice'),
};

export const review: Review = {
  summary: {
    title: 'Arrangement on the Exchange of Terrorism Screening Information',
    parties: ['Government of the United States of America', 'Government of the Republic of Freedonia'],
    partner: 'the Republic of Freedonia',
    data: ['biographic', 'biometric', 'travel-documents'],
    classification: 'SECRET',
    handling: 'TLP:AMBER',
    findings: { error: 0, warning: 5, information: 1, hint: 0 },
  },
  checklists: [
    {
      id: 'dissemination',
      title: 'Use and dissemination',
      ruleIds: ['over-restricted-dissemination'],
      applies: true,
      why: 'The draft restricts what the receiving Party may do with the information.',
      items: [
        {
          id: 'dissemination/calibrated',
          label: 'Restrictions calibrated, not absolute',
          state: 'missing',
          why: 'Article 3(1) bars every onward dissemination.',
          where: [],
        },
      ],
    },
    {
      id: 'privacy',
      title: 'Personal data (Privacy Act handling)',
      ruleIds: ['missing-privacy-act-handling', 'incomplete-privacy-act-handling'],
      applies: true,
      why: 'The front matter names biographic and biometric data.',
      items: [
        {
          id: 'privacy/authority',
          label: 'Privacy Act or applicable privacy law',
          framework: 'Privacy Act of 1974, 5 U.S.C. 552a',
          state: 'present',
          where: [place('Article 6(1)', 38, 3, 'in accordance with the Privacy Act of 1974'), place('Annex A(2)', 60, 3, 'subject to the Privacy Act')],
        },
        {
          id: 'privacy/purpose',
          label: 'Purpose limitation',
          framework: 'FIPPs: purpose specification',
          state: 'present',
          where: [place('Article 6(2)', 39, 3, 'only for the purposes of preventing terrorism')],
        },
        {
          id: 'privacy/redress',
          label: 'Redress for individuals',
          framework: 'FIPPs: individual participation',
          state: 'missing',
          why: 'No clause lets an individual seek access to or correction of a record.',
          where: [],
          fix: { ruleId: 'incomplete-privacy-act-handling', span: { start: 3812, end: 3840 }, title: 'Add the missing privacy elements (redress)' },
        },
        {
          id: 'privacy/us-persons',
          label: 'Impact on U.S. persons considered',
          state: 'not-applicable',
          why: 'The United States is not a party to the draft.',
          where: [],
        },
      ],
    },
    {
      id: 'classified',
      title: 'Classified information (formal terms)',
      ruleIds: ['classified-without-formal-terms', 'incomplete-classified-terms'],
      applies: false,
      why: 'The draft neither is marked classified nor provides for classified material.',
      items: [
        { id: 'classified/instrument', label: 'Governing security instrument', state: 'not-applicable', why: 'No classified material is exchanged.', where: [] },
      ],
    },
  ],
  provisions: [
    {
      place: bar.place,
      reading: 'Bars passing the information to any third party and to other agencies, with no route to consent.',
      verdict: 'over-restrictive',
      why: 'An absolute bar on onward dissemination.',
    },
    {
      place: consentFlow.place,
      reading: 'Requires consent for disclosure to a third State.',
      verdict: 'calibrated',
      why: 'Consent only for a third country is a calibrated restriction.',
    },
  ],
  flows: [agencyFlow, consentFlow, bar, courts],
  conflicts: [{ permits: agencyFlow, forbids: bar, why: 'Article 4(1) lets the Receiving Party share with its agencies; Article 3(1) forbids it.' }],
  suppressions: [
    { ruleIds: ['over-restricted-dissemination'], place: place('Article 7(1)', 45, 0, '<!-- agreement-lint-disable-next-line over-restricted-dissemination -->'), justification: 'High-value biometric holdings: the partner insists.' },
    { ruleIds: ['unused-term'], place: place('Article 1', 20, 0, '<!-- agreement-lint-disable unused-term -->') },
  ],
};
