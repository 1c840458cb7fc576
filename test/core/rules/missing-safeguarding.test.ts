import { ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting. With a title, the finding sits on the title heading (line 11).
const head = (data = '') => `---
title: Arrangement on Counterterrorism Information
type: arrangement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia${data}
---

# Arrangement on Counterterrorism Information

## Article 1 — Definitions

"Providing Party" means the Party that provides information, and "Receiving Party" means the Party that receives it.

## Article 2 — Cooperation

`;
const draft = (...clauses: string[]) => `${head()}${clauses.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n`;

const exchanges = [
  'The Parties shall exchange information on terrorist threats.',
  'Each Party shall provide the other with access to its screening data.',
  'Information may be shared through the designated contact points.',
  'Each Party shall transmit threat reports to the other without delay.',
  'The Parties shall supply each other with records relevant to an investigation.',
  'Each Party may furnish intelligence on terrorist financing to the other.',
  'Information received under this Arrangement may be used for counterterrorism purposes.',
  'The Receiving Party may forward information to its border agencies.',
  'The Parties shall communicate information on lost and stolen travel documents.',
  'Each Party shall make data on suspicious transactions available to the other.',
  'The Parties shall exchange watchlist data weekly.',
  'Each Party shall disclose to the other information that may prevent an attack.',
  'Data shall be exchanged by secure electronic means.',
  'Requests for information shall be answered within ten days, and information provided shall be complete.',
  'The Parties shall share analytical products on terrorist travel.',
  'Each Party shall provide information on request.',
  'The Parties intend to exchange documents concerning terrorist organisations.',
  'Each Party shall provide timely information about threats to aviation.',
  'Intelligence shall be exchanged between the liaison officers.',
  'Information received from the other Party may be combined with national data.',
];

// A draft whose title names no information exchange: only information on a subject the policy
// protects makes it an information-sharing draft. Our own drafting; the title heading is line 8.
const other = (title: string, ...clauses: string[]) => `---
title: ${title}
parties:
  - name: Government of the Republic of Freedonia
    short: Freedonia
---

# ${title}

## Article 1 — Cooperation

${clauses.map((c, i) => `${i + 1}. ${c}`).join('\n')}
`;

const topical = [
  'The Parties shall exchange information on persons suspected of terrorist offences.',
  'Each Party shall provide the other with intelligence on threats to shipping.',
  'The police authorities shall share records relating to trafficking investigations.',
  'Each Party shall transmit to the other information that may help prevent crime at the border.',
];

// Passing-on that is no information sharing, in a draft that is not about information.
const notSharing = [
  // A role name is not an act.
  'At the request of the receiving State, the mission shall verify the nature of any documents it holds.',
  // The treaty's own instruments.
  'The earlier arrangement, made by an exchange of notes, ends once the technical assessments are done.',
  // The Parties' law and measures.
  'The Parties shall supply each other with information on their law and procedure in civil matters.',
  'The authorities shall communicate to each other all information regarding measures taken to apply this Convention.',
  // Feedback on action taken.
  'The Parties shall provide each other with information on the results of prosecutions arising from joint patrols.',
  // Notices for the safety of navigation, charges, statistics.
  'During joint patrols, the authorities shall exchange information concerning radio frequencies and flight safety.',
  'The operators and the authorities shall exchange information concerning airport charges.',
  // The contents of a request.
  'A request for assistance shall contain the information needed to identify the suspect vessel.',
  // A sentence that frees a Party from disclosing.
  'Nothing in this Article shall require a Party to disclose information on ongoing investigations.',
  // Information needed to apply the treaty, on no protected subject.
  'The competent institutions shall provide each other with such information as may be required to settle a claim.',
];

ruleTester('missing-safeguarding', {
  valid: [
    draft(exchanges[0]!, 'Each Party shall protect information received from public disclosure.'),
    draft(exchanges[1]!, 'The Receiving Party shall keep the information confidential.'),
    draft(exchanges[2]!, 'Information received shall be safeguarded against unauthorised disclosure.'),
    draft(exchanges[3]!, 'Information shall not be made public without the consent of the Providing Party.'),
    draft(exchanges[4]!, 'The Parties shall maintain the confidentiality of information received.'),
    draft(exchanges[5]!, 'Each Party shall handle information according to its TLP:AMBER label.'),
    `${draft(exchanges[6]!)}\n## Article 3 — Confidentiality\n\n1. The Parties shall agree on the details.\n`,
    `${draft(exchanges[7]!)}\n## Article 3 — Safeguarding of Information\n\n1. The Parties shall agree on the details.\n`,
    draft(exchanges[8]!, 'Information shall be kept secret to the extent permitted by law.'),
    draft(exchanges[9]!, 'Information received shall be protected from disclosure to the public.'),
    draft('The Parties shall meet annually to review their cooperation.'),
    draft('This Arrangement does not create legally binding obligations.'),
    draft('Each Party shall designate a liaison officer.'),
    `${head()}1. The Parties shall cooperate in training.\n`,
    '',
    draft(exchanges[10]!, 'Information shall not be published.'),
    draft(exchanges[11]!, 'Each Party shall apply its handling restrictions to information received.'),
    draft(exchanges[12]!, 'Data shall be protected from any unauthorised access.'),
    draft(exchanges[13]!, 'Each Party shall safeguard the information it receives.'),
    draft(exchanges[14]!, 'The Receiving Party shall treat the information as confidential.'),
    draft(exchanges[15]!, 'Classified information shall be protected from unauthorised disclosure.'),
    draft(exchanges[16]!, 'Information received shall be given the same degree of security protection as in the country of origin.'),
    ...notSharing.map((c) => other('Agreement on Cooperation in Maritime Matters', c)),
    other('Agreement on Social Security', 'The institutions shall exchange insurance records where a claim requires it.'),
    // A title about information on the Parties' law does not make any passing-on count.
    other('Convention on Information on Foreign Law', 'The liaison bodies shall give information on the law of their State.'),
    other('Agreement on Police Cooperation', topical[0]!, 'Information received shall be kept confidential.'),
  ],
  invalid: [
    ...exchanges.map((c) => ({
      name: c.slice(0, 60),
      code: draft(c),
      errors: [{ line: 11, column: 1, message: /^Article 2 provides for the exchange of information, but no clause protects the shared information from public disclosure/ }],
    })),
    {
      // Found by the fix property: the inserted article stated the front matter's non-standard
      // marking ("ORCON") in the text, which the handling and dissemination checks then reported.
      name: 'a non-standard front-matter marking is not copied into the inserted article',
      code: `${head('\nhandling: ORCON')}1. ${exchanges[0]!}\n`,
      errors: [{ line: 12, column: 1, message: /^Article 2 provides for the exchange of information/ }],
    },
    {
      name: 'without a title, the article that provides for the exchange carries the finding',
      code: draft(exchanges[0]!).replace('# Arrangement on Counterterrorism Information\n\n', ''),
      errors: [{ line: 15, column: 1, message: /^Article 2 provides for the exchange/ }],
    },
    ...topical.map((c) => ({
      name: `information on a protected subject, whatever the title: ${c.slice(0, 40)}`,
      code: other('Agreement on Cooperation in Maritime Matters', c),
      errors: [{ line: 8, column: 1, message: /^Article 1 provides for the exchange of information, but no clause protects/ }],
    })),
    {
      name: 'any passing-on under an article headed as an exchange of information',
      code: other('Agreement on Cooperation in Maritime Matters', 'The Parties shall exchange information.').replace('Article 1 — Cooperation', 'Article 1 — Exchange of Information'),
      errors: [{ line: 8, column: 1, message: /^Article 1 provides for the exchange of information/ }],
    },
    {
      name: 'feedback is skipped, and the sharing after it in the same clause counts',
      code: other('Agreement on Cooperation in Maritime Matters', 'Requests for information shall be answered promptly, and information on suspected smugglers provided shall be complete.'),
      errors: [{ line: 8, column: 1, message: /^Article 1 provides for the exchange of information/ }],
    },
    {
      name: 'front-matter data categories alone',
      code: `${head('\ndata: [biographic]')}1. The Parties shall cooperate in training.\n`,
      errors: [{ line: 12, column: 1, message: /^The draft exchanges information/ }],
    },
  ],
});
