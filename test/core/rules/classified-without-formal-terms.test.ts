import { ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting. The article under test starts on line 23 (after front matter and two articles).
const head = (classification = 'UNCLASSIFIED') => `---
title: Arrangement on Counterterrorism Cooperation
type: arrangement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
classification: ${classification}
handling: TLP:AMBER
---

## Article 1 — Definitions

"Providing Party" means the Party that provides information, and "Receiving Party" means the Party that receives it.

## Article 2 — Confidentiality

Each Party shall protect information received from public disclosure.

## Article 3 — Exchange

`;
const draft = (clause: string, more = '') => `${head()}1. ${clause}\n${more}`;

// Classified material is contemplated and nothing secures it; the quoted words are those cited.
const contemplated: [string, string][] = [
  ['The Parties may exchange classified information relating to terrorist threats.', 'classified information'],
  ['Either Party may provide information classified CONFIDENTIAL when it is relevant to an investigation.', 'information classified'],
  ['Threat assessments may be shared at the SECRET level.', 'SECRET'],
  ['The Parties may exchange TOP SECRET intelligence on imminent attacks.', 'TOP SECRET'],
  ['Each Party may share national security information with the other.', 'national security information'],
  ['Documents bearing a security classification may be handed over at meetings of experts.', 'security classification'],
  ['Classified material received shall be stored by the Receiving Party.', 'Classified material'],
  ['Briefings may include classified documents.', 'classified documents'],
  ['Where a request concerns classified data, the Parties shall consult.', 'classified data'],
  ['The annual report may contain matter that is classified.', 'matter that is classified'],
  ['Material marked CONFIDENTIAL may be exchanged through the liaison officers.', 'CONFIDENTIAL'],
  ['The Parties may exchange Classified Information and other sensitive material.', 'Classified Information'],
  ['Information exchanged may include items at the SECRET classification level.', 'SECRET'],
  ['Joint analysis may draw on classified information held by either Party.', 'classified information'],
  ['Each Party may invite the other to view classified equipment.', 'classified equipment'],
  ['The contact points may exchange classified information by telephone.', 'classified information'],
  ['The Parties shall give each other CONFIDENTIAL threat reporting on request.', 'CONFIDENTIAL'],
  ['Each Party may receive TOP SECRET briefings from the other.', 'TOP SECRET'],
  ['Where information is classified military information, it may be exchanged under this Article.', 'classified military information'],
  ['The Parties may exchange classified information; such information shall not be disclosed to any other agency.', 'classified information'],
  ['The Parties may share classified threat assessments when they consider it appropriate.', 'classified threat'],
  ['Where appropriate, the Parties may exchange information classified up to and including SECRET.', 'information classified'],
  // Classified material under other names: atomic Restricted Data, a NATO marking, a grading given in words.
  ['Design studies passed between the laboratories may contain Restricted Data.', 'Restricted Data'],
  ['Exercise plans may carry the NATO SECRET marking.', 'NATO SECRET'],
  ['The planning staffs may exchange documents designated as top secret by either Government.', 'documents designated as top secret'],
  ['The liaison officers may pass on material classified under national security legislation.', 'material classified under national security legislation'],
];

// Kinds seen on real agreements, in our own words. Each names classified material and something
// that is no formal term: measures to be provided, the receiving Party's own law alone, a return
// duty, an instrument still to be made, a bare duty to protect.
const notFormal: [string, string][] = [
  ['Where classified information is exchanged, physical security arrangements shall be provided by the host Party.', 'classified information'],
  ['Classified information shall be handled in accordance with the national laws and regulations of the Receiving Party.', 'Classified information'],
  ['On termination of this Arrangement, classified information received shall be returned to the Providing Party.', 'classified information'],
  ['Classified equipment lent under this Arrangement shall be returned on request.', 'Classified equipment'],
  ['The Parties shall conclude an arrangement on the protection of classified information exchanged under this Article.', 'classified information'],
  ['Exchanges of classified information shall take place under an understanding to be reached between the defence ministries.', 'classified information'],
  ['Each Party shall protect classified information received against unauthorised disclosure.', 'classified information'],
  ['The Parties may exchange classified information; any security incident at the liaison office shall be handled locally.', 'classified information'],
];

// Formal terms in forms seen on real agreements, in our own words.
const formalForms = [
  // Originator control: consent of both governments before a transfer to another nation, read
  // with the items of its lead-in.
  'The consent of both Governments is a prerequisite to the transfer to any other nation of the following:\n   (a) classified information furnished under this Arrangement;\n   (b) equipment built with such information.',
  'The Providing Party may restrict the further release of classified information it furnishes.',
  'Nothing here affects the right of the Party that first received a classified report to restrict its further dissemination.',
  // The governing instrument, named as the Parties' agreements in a classified context.
  'Classified information shall be stored and handled in accordance with the applicable laws and the agreements between the Parties.',
  'Classified information shall be exchanged under the security arrangements in force between the Parties.',
  // Survival, even with a return duty beside it.
  'Classified information shall be returned on termination, and the obligations of this Article concerning it shall survive termination.',
  // Loss reported, security authorities, visits.
  'Any loss of classified information shall be reported at once to the Providing Party.',
  'The designated security authorities of the Parties shall oversee the handling of classified information.',
  'Visits involving access to classified information shall require the prior approval of the host Party.',
  // The governing instrument named by cross-reference, applied rather than followed.
  'Where an inquiry touches classified information, the Parties shall apply the provisions of the security arrangements referred to in Article 9.',
  // Transmission through channels the Parties agree, said without "transmit".
  'Classified information shall be passed between the Parties only through channels agreed by their defence ministries.',
  // Classification policies the Parties agree: equivalence said another way.
  'An agreed classification guide shall apply to all classified information exchanged.',
  // The originator sets how far its material may spread, or the material stays within the recipient.
  'Each Party may stipulate the extent to which classified information it furnishes may be distributed by the other Party.',
  'Classified information received shall not be released or passed beyond the jurisdiction of the Receiving Party.',
  'Classified information shall not be disclosed to anyone outside the receiving ministry except with the written consent of the Providing Party.',
  // Protection equal to the originator's, said the other way round; vetting; need to know in plain words.
  'The Receiving Party shall give classified information a degree of protection equivalent to that given by the Providing Party.',
  'Only staff vetted to the appropriate level may handle classified information.',
  'Classified information shall be accessible only to officials who need it for their official duties.',
  // The originator's consent for uses beyond those of supply.
  'Classified information shall not be employed for purposes other than those of its supply without the written consent of the Providing Party.',
];

// Classified material named only to be left out is not contemplated.
const leftOut = [
  'Annual reports need not include national security information.',
  'The Centre shall publish non-classified summaries of the reports it receives.',
  'No classified information shall be exchanged under this Arrangement.',
  'Reports may exclude commercially sensitive or classified information.',
  'The Parties shall not exchange classified information under this Arrangement.',
  'The requested Party may refuse a request that concerns classified information.',
  // Not classified material at all: goods sorted under a tariff heading.
  'Items classified under the tariff headings listed in the Annex are covered.',
  // A trade secret is no classified material.
  'Neither Party is obliged to supply information that would disclose a trade secret.',
];

ruleTester('classified-without-formal-terms', {
  valid: [
    draft('The Parties may exchange classified information in accordance with the General Security of Military Information Agreement in force between them.'),
    draft('Classified information shall be accessible only to personnel with a need to know.'),
    draft('Access to classified information is limited to persons holding an appropriate security clearance.'),
    draft('Classified information shall not be released to a third State without the prior written consent of the originating Party.'),
    draft('Classified information shall be transmitted only through government-to-government channels.'),
    draft('Any loss or compromise of classified information shall be reported to the originating Party without delay.'),
    draft('The Receiving Party shall not downgrade or declassify classified information without the consent of the originating Party.'),
    draft('The Parties shall afford classified information an equivalent security classification.'),
    draft('The Parties shall exchange threat information marked TLP:AMBER.'),
    draft('Controlled Unclassified Information shall be handled under the marking it carries.'),
    draft('Each Party shall treat information received as confidential.'),
    draft('Requests shall be sent to the contact point of the other Party.'),
    draft('Classified information shall be handled as set out in the Security Annex to this Arrangement.', '\n## Annex A — Security Annex\n\nThe Parties shall apply the security procedures they have agreed.\n'),
    draft('Classified information shall be protected under the security arrangements between the Parties.'),
    draft('Classified information received shall be given at least the same degree of protection as the originating Party gives it.'),
    draft('The obligations concerning classified information shall survive the termination of this Arrangement.'),
    draft('The Parties shall protect trade secrets and commercial information.'),
    draft('Offences classified as serious under the law of either Party fall within this Arrangement.'),
    draft('Business confidential information shall be marked as such.'),
    draft('Any exchange of classified information shall take place under the GSOMIA between the Parties.'),
    `${head()}1. The Parties may exchange classified information.\n\n## Article 4 — Classified Information\n\n1. Only cleared personnel may have access to such information.\n`,
    `${head('SECRET')}1. The Parties shall handle exchanged material in accordance with the General Security of Information Agreement between them.\n`,
    `${head('UNCLASSIFIED//FOR OFFICIAL USE ONLY')}1. The Parties shall exchange screening information.\n`,
    ...formalForms.map((c) => draft(c)),
    ...leftOut.map((c) => draft(c)),
    // A recital recording that the Parties have arranged the mutual protection of the classified
    // information they exchange names the governing instrument.
    `${head()}1. The Parties may exchange classified information.\n`.replace(
      '## Article 1',
      '# Arrangement on Counterterrorism Cooperation\n\nThe Parties,\n\nHaving arranged between themselves for the mutual protection of the classified information they exchange,\n\nHave agreed as follows:\n\n## Article 1',
    ),
    // The front matter's classification sets the context of every clause: a consent rule for
    // onward release is then a classified term.
    `${head('SECRET')}1. Information received shall not be passed to a third State without the written consent of the Providing Party.\n`,
    // The article heading sets the context of a clause that does not itself say "classified".
    `${head()}1. The Parties may exchange classified information.\n\n## Article 4 — Protection of Classified Information\n\n1. Information received under Article 3 shall not be passed to a third State without the written consent of the originating Party.\n`,
  ],
  invalid: [
    ...contemplated.map(([c, words]) => ({
      name: c.slice(0, 60),
      code: draft(c),
      errors: [{ line: 23, message: new RegExp(`Article 3 contemplates classified material \\("${words}"\\), but the draft sets no formal terms`) }],
    })),
    ...notFormal.map(([c, words]) => ({
      name: `no formal term: ${c.slice(0, 50)}`,
      code: draft(c),
      errors: [{ line: 23, message: new RegExp(`Article 3 contemplates classified material \\("${words}"\\), but the draft sets no formal terms`) }],
    })),
    {
      name: 'a definition sets no terms: marking named in a definition marks nothing',
      code: draft(
        'The Parties may exchange classified information.',
        '\n## Article 4 — Definitions\n\n1. "Classified Information" means information that bears a security classification marking of either Party.\n',
      ),
      errors: [{ line: 23, message: /"classified information"/ }],
    },
    {
      name: 'a Party that shall not exchange classified information except as agreed still contemplates it',
      code: draft('The Parties shall not exchange classified information under this Arrangement except as they agree in each case.'),
      errors: [{ line: 23, message: /"classified information"/ }],
    },
    {
      name: 'a recital that only foresees classified exchanges names no instrument',
      code: `${head()}1. The Parties shall cooperate in training.\n`.replace(
        '## Article 1',
        '# Arrangement on Counterterrorism Cooperation\n\nRecognising that their cooperation may involve classified information,\n\n## Article 1',
      ),
      errors: [{ line: 15, message: /contemplates classified material \("classified information"\)/ }],
    },
    {
      name: "a clause's own words decide: a consent rule for personal data under a classified heading is no classified term",
      code: draft('The Parties may exchange classified information.', '\n## Article 4 — Classified Information\n\nPersonal data received shall not be passed to a third State without the written consent of the originating Party.\n'),
      errors: [{ line: 23, message: /"classified information"/ }],
    },
    {
      name: "in a draft marked SECRET, a clause's own words decide: a consent rule for personal data is no classified term",
      code: `${head('SECRET')}1. Personal data received shall not be passed to a third State without the consent of the Providing Party.\n`.replace('## Article 1', '# Counterterrorism Arrangement\n\n## Article 1'),
      errors: [{ line: 13, column: 1, message: /front matter marks this draft SECRET/ }],
    },
    {
      name: 'front matter only: the title heading carries the finding',
      code: `${head('SECRET')}1. The Parties shall exchange threat reporting.\n`.replace('## Article 1', '# Counterterrorism Arrangement\n\n## Article 1'),
      errors: [{ line: 13, column: 1, message: /front matter marks this draft SECRET/ }],
    },
    {
      name: 'a third-party consent rule outside any classified context is not a formal term',
      code: draft('The Parties may exchange classified information.', '\n## Article 4 — Onward Transfer\n\nInformation shall not be passed to a third State without the consent of the Providing Party.\n'),
      errors: [{ line: 23, column: 29, message: /"classified information"/ }],
    },
  ],
});
