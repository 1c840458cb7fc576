import { ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting. The article with the privacy handling is Article 4, heading on line 24.
const head = `---
title: Arrangement on the Exchange of Screening Information
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

## Article 3 — Exchange

1. The Parties shall exchange biographic data of known or suspected terrorists.

## Article 4 — Protection of Personal Data

`;
const draft = (...clauses: string[]) => `${head}${clauses.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n`;

const all = [
  'Disclosures of records about United States persons are governed by the Privacy Act of 1974.',
  'Each Party shall consider the impact on U.S. persons and apply safeguards to information about them.',
  'Personal data shall be processed only for the purposes of this Arrangement.',
  'Each Party shall correct inaccurate personal data without delay.',
  'Personal data shall be deleted when it is no longer necessary.',
  'Each Party shall protect personal data against unauthorised access and shall give notice of any breach.',
  'Individuals may seek redress and access to their own data.',
  'Personal data shall not be transferred to a third State without the consent of the Providing Party.',
];

const partial: [string[], RegExp][] = [
  [[all[0]!], /does not address purpose limitation.*onward transfer/],
  [[all[2]!], /the Privacy Act of 1974 or applicable privacy law/],
  [all.slice(1), /does not address the Privacy Act of 1974 or applicable privacy law\./],
  [all.slice(0, 7), /does not address onward transfer\./],
  [all.slice(0, 3), /accuracy and correction; retention limits and deletion/],
  [['Personal data received shall be kept accurate and up to date.'], /purpose limitation/],
  [['Personal data shall be retained for no longer than five years.'], /security of the data; notice of a breach of security/],
  [['Data subjects may lodge complaints with the contact point of either Party.'], /retention limits and deletion/],
  [['Each Party shall ensure the security of personal data it receives.'], /access, correction and redress/],
  [['Personal data may be passed to other agencies only for counterterrorism purposes.'], /the Privacy Act of 1974/],
  [['The Parties shall handle personal data in accordance with applicable privacy law.'], /the impact on U\.S\. citizens/],
  [['Personal data shall be rectified when it is found to be incorrect.', 'Personal data shall be erased after ten years.'], /purpose limitation/],
  [['Information on United States persons shall be handled under procedures that protect their privacy.'], /purpose limitation/],
  [['Personal data shall be protected against accidental loss.', 'Personal data shall be used solely for the prevention of terrorism.'], /accuracy and correction/],
  [['Onward transfer of personal data to international organisations requires the consent of the Providing Party.'], /retention limits/],
  [['The Judicial Redress Act of 2015 applies to citizens of the Republic of Freedonia.'], /purpose limitation/],
  [['Personal data shall be processed lawfully and fairly.'], /the Privacy Act of 1974.*onward transfer/],
  [['Each Party shall keep a log of access to personal data.', 'Access logs shall be kept for three years.'], /accuracy and correction/],
  [['Any breach affecting personal data shall be notified to the other Party within 72 hours.'], /redress/],
  [['Personal data shall be destroyed when it is no longer needed, and individuals may request access to it.'], /purpose limitation/],
  // Security without breach notice: only the notice is missing.
  [['Each Party shall protect personal data against accidental loss and unauthorised access.'], /accuracy and correction; retention limits and deletion; notice of a breach of security; access/],
  // The canonical principles supply their elements, and only the others are listed.
  [['Personal data shall be stored for specified and legitimate purposes and not used in a way incompatible with them.', 'Personal data shall be accurate and, where necessary, kept up to date.', 'Personal data shall be kept for no longer than is required for those purposes.'], /the impact on U\.S\. citizens and lawful permanent residents; security of the data; notice/],
  // Readings in the wordings of data on persons already exchanged supply their elements, and only the others are listed.
  [['Personal data shall not be stored any longer than is required for the request.', 'Personal data must be accurate and be updated where needed.'], /purpose limitation; security of the data/],
  [['Personal data shall be sent only over encrypted connections.', 'Personal data may only be passed to the authorities responsible for the proceedings.'], /accuracy and correction; retention limits and deletion; notice of a breach of security; or access, correction and redress for individuals\./],
  [['The Parties shall respect the rights of data subjects under their law.', 'Personal data shall be supplied only where this is necessary for the request.'], /accuracy and correction; retention limits and deletion; security of the data/],
  // Access and correction for the individual, and onward transfer to other authorities.
  [['Any person whose data are held may request access to them and their correction.', 'Personal data may be passed on to other authorities only with the approval of the Providing Party.'], /the impact on U\.S\. citizens and lawful permanent residents; purpose limitation; retention limits and deletion; security of the data; or notice of a breach of security\./],
  // Kept from the public and anonymised: security and retention supplied, the rest listed.
  [['The personal data of the witness shall not be made publicly known.', 'Personal data on witnesses shall be anonymised once the trial ends.'], /purpose limitation; accuracy and correction; notice of a breach of security/],
];

// Lead-ins read with their items, as separate list items and inline; the law named in a lead-in.
const itemised: [string, RegExp][] = [
  ['1. Personal data received under this Arrangement shall be:\n\n   (a) used only for the purposes stated in the request;\n\n   (b) erased once no longer needed.\n', /the impact on U\.S\. citizens and lawful permanent residents; accuracy and correction; security/],
  ['Personal data received under this Arrangement may be used solely for the purpose of:\n(a) preventing terrorism;\n(b) prosecuting terrorist offences.\n', /the impact on U\.S\. citizens and lawful permanent residents; accuracy and correction; retention/],
  ['1. In accordance with the national law of the Receiving Party, personal data shall be processed as follows:\n\n   (a) it shall be retained for no longer than five years.\n', /does not address the impact on U\.S\. citizens and lawful permanent residents; purpose limitation; accuracy and correction; security/],
];

ruleTester('incomplete-privacy-act-handling', {
  valid: [
    draft(...all),
    draft(...all.slice(0, 4), all.slice(4).join(' ')),
    // No handling at all is the serious finding of missing-privacy-act-handling, not this one.
    `${head.replace('## Article 4 — Protection of Personal Data\n\n', '## Article 4 — Final Provisions\n\n')}1. This Arrangement takes effect on signature.\n`,
    // No personal data: privacy handling is not needed.
    `${head.replace('biographic data of known or suspected terrorists', 'threat assessments')}1. Each Party shall comply with its data protection law.\n`.replace('## Article 4 — Protection of Personal Data', '## Article 4 — General'),
    draft('Disclosures are governed by the Privacy Act of 1974, 5 U.S.C. 552a.', ...all.slice(1)),
    draft(all[0]!, 'The impact on lawful permanent residents shall be considered, with safeguards.', ...all.slice(2)),
    draft(...all.slice(0, 2), 'Personal data may be used only for purposes of preventing terrorism.', ...all.slice(3)),
    draft(...all.slice(0, 3), 'Each Party shall rectify incorrect personal data.', ...all.slice(4)),
    draft(...all.slice(0, 4), 'Personal data shall be erased after five years.', ...all.slice(5)),
    draft(...all.slice(0, 5), 'Each Party shall apply technical and organisational measures to personal data, and report any breach to the other Party.', ...all.slice(6)),
    draft(...all.slice(0, 6), 'Individuals may bring complaints and obtain remedies.', all[7]!),
    draft(...all.slice(0, 7), 'Any onward transfer of personal data requires the prior consent of the Providing Party.'),
    draft(...all.slice(0, 7), 'Personal data may be provided to international bodies only where they ensure an adequate level of protection.'),
    draft(...all.slice().reverse()),
    draft(all.join(' ')),
    draft(...all, 'The Parties shall review these safeguards every two years.'),
    draft(...all.map((c) => c.replace('Personal data', 'Personal information'))),
    draft(...all.slice(0, 4), 'Personal data shall be retained only as long as necessary.', ...all.slice(5)),
    draft(...all.slice(0, 6), 'Individuals may seek correction of records held about them.', all[7]!),
    draft(...all.slice(0, 5), 'Personal data shall be kept secure and safeguarded against unauthorised disclosure, and breaches reported.', ...all.slice(6)),
  ],
  invalid: [
    ...partial.map(([clauses, message]) => ({
      name: clauses[0]!.slice(0, 60),
      code: draft(...clauses),
      errors: [{ line: 24, column: 1, message: new RegExp(`^Article 4 deals with personal data but does not address .*${message.source.replace(/^does not address /, '')}`), severity: 'information' as const }],
    })),
    ...itemised.map(([body, message]) => ({
      name: body.slice(0, 60),
      code: `${head}${body}`,
      errors: [{ line: 24, column: 1, message, severity: 'information' as const }],
    })),
    {
      name: 'terms for all exchanged information cover the personal data in it',
      code: draft('Personal data shall be erased after five years.').replace(
        'Each Party shall protect information received from public disclosure.',
        'Any information received under this Arrangement shall be used only for the purposes of this Arrangement and protected against unauthorised disclosure.',
      ),
      errors: [{ line: 24, column: 1, message: /does not address the Privacy Act of 1974 or applicable privacy law; the impact on U\.S\. citizens and lawful permanent residents; accuracy and correction; notice of a breach of security; access/, severity: 'information' as const }],
    },
  ],
});
