import { ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting. The article holding the terms is Article 3, whose heading is on line 20.
const head = `---
title: Arrangement on Counterterrorism Cooperation
type: arrangement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: TLP:AMBER
---

## Article 1 — Definitions

"Providing Party" means the Party that provides information, and "Receiving Party" means the Party that receives it.

## Article 2 — Confidentiality

Each Party shall protect information received from public disclosure.

## Article 3 — Classified Information

`;
const draft = (...clauses: string[]) => `${head}${clauses.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n`;

const complete = [
  'Each Party shall give classified information received an equivalent security classification and marking.',
  'Classified information received shall be given at least the same degree of protection as the originating Party gives it.',
  'Access shall be limited to personnel with a security clearance and a need to know.',
  'Classified information shall not be released to a third State without the prior written consent of the originating Party.',
  'Classified information shall be transmitted only through government-to-government channels.',
  'The Receiving Party shall not downgrade or declassify it without the consent of the originating Party.',
  'Any loss or compromise shall be reported to the originating Party and investigated.',
  'These obligations shall continue to apply after the termination of this Arrangement.',
];

const partial: [string[], RegExp][] = [
  [['Access to classified information shall be limited to personnel with a need to know.'], /but not the governing security instrument.*equivalent classification levels/],
  [['Classified information shall be transmitted only through government-to-government channels.'], /access only by cleared personnel/],
  [['Any loss or compromise of classified information shall be reported to the originating Party.'], /no release to third parties/],
  [['Classified information shall not be released to a third country without the written consent of the originating Party.'], /transmission through government-to-government channels/],
  [['The Parties shall not downgrade classified information received from each other.'], /reporting and investigation of loss or compromise/],
  [['Classified information shall receive an equivalent security classification in the receiving country.'], /return or destruction at termination/],
  [['Each Party shall give classified information at least the same degree of protection as the originating Party.'], /no downgrading or declassification/],
  [['Persons with access to classified information shall hold a security clearance at the appropriate level.'], /governing security instrument/],
  [['Classified information received shall continue to be protected even after this Arrangement has been terminated.'], /access only by cleared personnel/],
  [['Classified documents shall be sent only by diplomatic courier.'], /equivalent classification levels/],
  [complete.slice(0, 7), /but not the governing security instrument.*return or destruction at termination/],
  [complete.slice(1), /equivalent classification levels and markings/],
  [complete.slice(0, 3), /no release to third parties/],
  [complete.slice(3, 6), /protection at least equal/],
  [['Classified information shall be accessible only to cleared personnel.', 'Any compromise shall be reported promptly.'], /transmission through government-to-government channels/],
  [['The Parties may exchange SECRET material relating to threats.', 'Such material shall be handled by cleared staff only.'], /governing security instrument/],
  [['Only persons with a need to know may see classified information.', 'It shall not be declassified without the consent of its originator.'], /equivalent classification levels/],
  [['Classified information shall not be passed to a third party without the written approval of the originating Party.'], /governing security instrument/],
  [['Classified information shall be transferred through secure government channels.', 'Loss of such information shall be investigated.'], /access only by cleared personnel/],
  [['Classified information received shall bear the classification marking of the country of origin.'], /protection at least equal/],
  // Found by the fix property: a downgrading term counted only when another word of the quick test
  // ("third", "protect" ...) stood in the same paragraph, so inserting a clause made it count.
  [['Neither Party downgrades the information without the consent of the originating Party.'], /governing security instrument/],
  [['Such material is exchanged only through government-to-government means.'], /governing security instrument/],
  // A return duty beside a real term is an element supplied: it is not listed as missing.
  [['Access to classified information shall be limited to cleared personnel.', 'On termination, classified information shall be returned to the Providing Party.'], /reporting and investigation of loss or compromise\. Classified/],
  // Terms read with a lead-in: the consent rule governs the listed items.
  [['Agreement of both Parties is a prerequisite to the release to any other nation of:\n   (a) classified information received;\n   (b) items built with it.'], /governing security instrument/],
  // Security authorities and visits are formal terms, but not among those the check asks for.
  [['The designated security authorities shall supervise the handling of classified information.'], /governing security instrument.*equivalent classification levels/],
];

ruleTester('incomplete-classified-terms', {
  valid: [
    // A draft that is itself a security agreement is the governing instrument.
    `${head.replace('## Article 1', '# Agreement on the Protection of Classified Information\n\n## Article 1')}1. Access to classified information shall be limited to personnel with a need to know.\n`,
    draft(...complete, 'This Article applies together with the General Security of Military Information Agreement in force between the Parties.'),
    draft('Classified information shall be handled in accordance with the General Security of Military Information Agreement between the Parties.'),
    draft('Classified information shall be protected under the security arrangements in force between the Parties.'),
    draft('Classified information shall be handled as the Security Annex to this Arrangement provides.'),
    draft('Access shall be limited to cleared personnel, and the GSOMIA between the Parties applies.'),
    draft('Information received shall be protected from public disclosure.'),
    draft('The Parties may exchange classified information.'),
    draft('Each Party shall protect trade secrets.'),
    draft('Information shall be marked TLP:AMBER.'),
    draft('Access to information shall be limited to staff who need it.'),
    draft('The Parties shall meet once a year.'),
    draft('Controlled Unclassified Information shall be handled as the Providing Party directs.'),
    draft('Classified information shall be exchanged only under the General Security of Information Agreement in force between the Parties, and only cleared personnel may see it.'),
    draft('The security agreement between the Parties governs any classified information exchanged.'),
    draft('Classified information shall be protected in accordance with the industrial security arrangements between the Parties.'),
    draft('This Article does not apply to unclassified information.'),
    draft('The Parties shall treat information received as confidential.'),
    draft('Each Party shall designate a contact point.'),
    draft('Records shall be kept of requests.'),
    draft('Classified information shall be handled under the arrangements for the protection of classified information concluded between the Parties.'),
    // A return duty alone is no formal term: the serious check reports it, not this one.
    draft('On termination of this Arrangement, classified information received shall be returned to the Providing Party.'),
    // Measures to be provided, or the national law alone, are no terms either.
    draft('Where classified information is exchanged, physical security arrangements shall be provided by the host Party.'),
    draft('Classified information shall be handled in accordance with the national laws and regulations of the Receiving Party.'),
    // The Parties' agreements named as the governing instrument in a classified context.
    draft('Classified information shall be stored and handled in accordance with the applicable laws and the agreements between the Parties.', 'Access shall be limited to cleared personnel.'),
    // Privacy terms beside classified material are no classified terms (found by the fix property:
    // inserting the missing privacy elements into such an article turned "no formal terms" into
    // "some formal terms"): onward transfer of personal data with consent, and a breach notice.
    draft(
      'The Parties may exchange information classified SECRET.',
      'The Receiving Party may transfer personal data onward to a third country or an international body only with the prior consent of the Providing Party.',
      'A Party that becomes aware of a breach of security affecting personal data received from the other Party shall notify that Party promptly.',
    ),
  ],
  invalid: [
    ...partial.map(([clauses, message]) => ({
      name: clauses[0]!.slice(0, 60),
      code: draft(...clauses),
      errors: [{ line: 20, column: 1, message: new RegExp(`Article 3 sets some terms for classified material ${message.source.startsWith('but') ? '' : '.*'}${message.source}`), severity: 'information' as const }],
    })),
    {
      // The front matter's classification sets the context: the consent rule of an article that
      // never says "classified" is a classified term in a draft marked SECRET.
      name: 'a draft marked SECRET reads its consent rule as a classified term',
      code: draft('Information received shall not be passed to a third State without the written consent of the Providing Party.')
        .replace('handling: TLP:AMBER', 'classification: SECRET\nhandling: TLP:AMBER')
        .replace('## Article 3 — Classified Information', '## Article 3 — Onward Transfer'),
      errors: [{ line: 21, column: 1, message: /Article 3 sets some terms for classified material but not the governing security instrument/, severity: 'information' as const }],
    },
  ],
});
