import { ruleTester } from '../../helpers/rule-tester.js';

// Drafts of our own: a front matter, a definitions article, a confidentiality article, then the
// article under test, whose first paragraph is on line 23.
const head = (data = '') => `---
title: Arrangement on the Exchange of Screening Information
type: arrangement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: TLP:AMBER${data}
---

## Article 1 — Definitions

1. "Providing Party" means the Party that provides information under this Arrangement.
2. "Receiving Party" means the Party that receives it.

## Article 2 — Confidentiality

Each Party shall protect information received from public disclosure.

## Article 3 — Exchange of Information

`;
const draft = (clause: string, more = '') => `${head()}1. ${clause}\n${more}`;

// Personal data named, no privacy handling anywhere; the quoted words are those the message cites.
const exchanges: [string, string][] = [
  ['The Parties shall exchange personal data of persons suspected of terrorist offences.', 'personal data'],
  ['Each Party shall provide the dates of birth and passport numbers of known or suspected terrorists.', 'dates of birth'],
  ['The Receiving Party may query the fingerprints held by the Providing Party.', 'fingerprints'],
  ['Each Party shall share its watchlist entries with the other Party on request.', 'watchlist'],
  ['The Parties shall transmit passenger name records of flights between their territories.', 'passenger name records'],
  ['Each Party shall give the other information concerning the identity and whereabouts of suspects.', 'identity and whereabouts of suspects'],
  ['The Parties shall exchange biometric data to verify the identity of travellers.', 'biometric'],
  ['Each Party shall make available the criminal records of individuals named in a request.', 'criminal records'],
  ['Financial records of customers held by supervised institutions may be exchanged.', 'Financial records of customers'],
  ['The Parties shall report lost or stolen passports to each other without delay.', 'lost or stolen passports'],
  ['Information exchanged may concern U.S. citizens or lawful permanent residents.', 'U.S. citizens'],
  ['Each Party shall take statements of witnesses at the request of the other.', 'statements of witnesses'],
  ['Each Party shall supply the data relevant to its decision when a person is refused entry at the border.', 'data relevant to its decision when a person is refused'],
  ['The Parties shall compare DNA profiles held in their national databases.', 'DNA profiles'],
  ['Each Party may request photographs of persons named in an alert.', 'photographs of persons'],
  ['Biographic information on subjects of interest shall be exchanged monthly.', 'Biographic'],
  ['Personally identifiable information may be included in threat reports.', 'Personally identifiable information'],
  ['Each Party shall provide names, aliases and nationalities of persons on its lists.', 'names, aliases'],
  ['The Parties shall share information about individuals believed to be travelling to join terrorist groups.', 'information about individuals'],
  ['The Parties shall exchange travel histories of passengers flagged for secondary inspection.', 'travel histories of passengers'],
  ['Each Party shall grant the other access to its records of visa applicants.', 'records of visa applicants'],
  ['Airlines shall make passenger data available to the border authorities of the receiving State.', 'passenger data'],
  ['The requested State shall provide copies of identity documents and criminal records of the person concerned.', 'copies of identity documents'],
  // Personal data named as records of a person's judicial or criminal history.
  ['The Parties shall send each other extracts from the judicial records of their nationals.', 'judicial records'],
  ["Each Party shall inform the other of criminal convictions of the other Party's nationals.", 'criminal convictions'],
  ['A request shall enclose the arrest warrant issued against the person sought.', 'arrest warrant'],
  // Identity attributes "of" a person, in a list, with a phrase between.
  ['The notice shall state the identity and nationality of the person detained.', 'identity and nationality of the person'],
  ['The request shall give the identity and, where known, the address of the person sought.', 'address of the person'],
  ['The message shall also carry information, where available, relating to individuals on board.', 'information, where available, relating to individuals'],
  // People named by what they did, in a sentence about information on them.
  ['The Parties shall exchange information on persons suspected of having committed offences under this Arrangement.', 'information on persons'],
  ['Each Party shall keep under watch the movements of persons who are suspected of smuggling.', 'movements of persons'],
  ['On request, each Party shall verify whether a person found in the territory of the other is its national.', 'a person found in the territory of the other is its national'],
  ['The Parties may share reports naming illicit brokers of small arms.', 'illicit brokers'],
  // Health data, and a person's own identifiers.
  ['The Parties may exchange medical records of injured travellers.', 'medical records'],
  ['The requesting Party shall give every detail that helps establish his identity.', 'establish his identity'],
  // Data tied to a person a few words on, or related to the person.
  ['The pension office shall check the details on its forms about the pensioner before sending them.', 'details on its forms about the pensioner'],
  ['The escort shall hand over any papers and data related to the person being returned.', 'data related to the person'],
  ['The competent office shall send any other information it needs concerning any person entitled to benefit.', 'information it needs concerning any person'],
  // Health facts and the finances and family life of a person, in a sentence that passes information.
  ['The transit request shall give information on any disability or illness of the person in transit.', 'disability or illness of the person'],
  ['The application sent abroad shall report the financial circumstances of the debtor.', 'financial circumstances of the debtor'],
  ['Each office shall inform the other of the death of an insured person.', 'death of an insured person'],
  // Records of events about a person: orders and judicial acts obtained by a person, claims and entitlements passed on.
  ['The central body shall forward any support order obtained by the creditor.', 'order obtained by the creditor'],
  // Secrecy of a request, protection of a person, and handling of a claim under a law are not
  // handling of the data (issue 17, held-out set ph3).
  ['The request shall give the date of birth of the person sought, and the requested Party shall keep the request confidential.', 'date of birth'],
  ['Each Party shall give the names of witnesses and shall ensure their protection against retaliation.', 'names of witnesses'],
  ['The institution shall forward the medical reports on the claimant, and claims shall be handled in accordance with its legislation.', 'medical reports'],
  ['The institutions shall inform each other of any change affecting the right to a pension.', 'right to a pension'],
  // A person singled out in a request, and notice that a person is held.
  ['Each request to the host Ministry shall identify the spouse and describe the post offered.', 'identify the spouse'],
  ['The arresting State shall at once notify the flag State that the person is in custody.', 'notify the flag State that the person is in custody'],
  // A person's own records by possessive, or by pronoun.
  ["The liaison office shall forward the claimant's medical file.", "claimant's medical file"],
  ['The requested office shall supply any particulars concerning him that it holds.', 'particulars concerning him'],
  // Biometric data under its technical name, and copies of a person's documents.
  ['The national contact points may compare dactyloscopic records.', 'dactyloscopic'],
  ['The requesting Party shall attach copies of the travel documents found on the migrant.', 'copies of the travel documents'],
  // Naming data on persons with a word of the handling readings nearby is still no handling.
  ['The Parties shall transmit personal data to each other in writing or by electronic means.', 'personal data'],
  ['Evidence may include information on the identity of a person supplied by an international organisation.', 'identity of a person'],
  ['The Parties shall transmit information concerning the victim, under the conditions provided for in their internal law.', 'information concerning the victim'],
  // Read by structure: office holders with a quantifier, a qualified person after an identifier,
  // records named by what produced them, a person's filing passed on, a body's members listed.
  ['The Secretariat shall notify the host Government of the identity of each staff member who is armed.', 'identity of each staff member'],
  ['The security offices shall exchange the clearance level of all programme personnel.', 'clearance level of all programme personnel'],
  ['Each reporting bank shall give the name, address and foreign TIN of each reportable account holder.', 'name, address and foreign TIN of each reportable account holder'],
  ['The consulate shall tell the requesting authority the results of the interview within five days.', 'results of the interview'],
  ['At the request of the paying office, the medical examination of a pensioner living abroad shall be carried out by the local office.', 'medical examination'],
  ['An appeal lodged with the wrong office shall be forwarded without delay to the competent office of the other State.', 'appeal'],
  ['The Board shall send the host Government a list of the members of its audit panel.', 'list of the members'],
  // A U.S.-person rule with due-diligence procedures near it is still no handling.
  ['Banks shall report the name and address of each U.S. person found through the due diligence procedures of the annex.', 'name and address of each U.S. person'],
  // Protection of the person, not of the data, and procedural safeguards, are no handling.
  ['Details on a person at risk shall be sent at once so that appropriate protection measures can be taken.', 'Details on a person'],
  ['The Parties shall exchange the names of suspects, with safeguards for the rights of the accused in the trial.', 'names of suspects'],
  ['The Parties shall exchange information on victims and shall protect victims in accordance with their national law.', 'information on victims'],
  ['The person sought shall be handed over to authorised officers of the requesting State together with his passport number.', 'passport number'],
  // Data named by what it is about (sentence transfer, child protection, social security, forces):
  // a report on one person, what a measure on him needs, identity listed with other attributes,
  // names with identifiers, a certificate of insurance periods, a statement of nationality.
  ['The sentencing Party shall send any psychological or social reports on the convicted person.', 'reports on the convicted person'],
  ['The office may ask any authority holding information relevant to the placement of the child to pass it on.', 'information relevant to the placement of the child'],
  ['For this Article, records means data concerning identity, residence and earnings, and shall be sent on request.', 'data concerning identity, residence'],
  ['The commander shall hand over a roster giving the names and service identification numbers of the crew.', 'names and service identification numbers'],
  ['The former office shall issue an attestation of the insurance periods he completed there.', 'attestation of the insurance periods'],
  ['The receiving Party shall supply a certificate proving that the sentenced person is one of its nationals.', 'the sentenced person is one of its nationals'],
];

ruleTester('missing-privacy-act-handling', {
  valid: [
    draft('The Parties shall exchange personal data of suspects.', '\n## Article 4 — Privacy\n\nDisclosures of records about United States persons are governed by the Privacy Act of 1974.\n'),
    draft('Each Party shall provide dates of birth of persons in its files.', '\n## Article 4 — Protection of Personal Data\n\nPersonal data shall be processed lawfully and kept secure.\n'),
    draft('Each Party shall provide fingerprints in accordance with applicable data protection law.'),
    draft('The Parties shall exchange information on trends in terrorist financing.'),
    draft('The Parties may exchange classified information at the SECRET level under the security agreement in force between them.'),
    draft('Persons who have access to shared information shall hold a security clearance.'),
    draft('The Parties shall exchange watchlist records, and any data subject may seek redress through the contact point of either Party.'),
    draft('The Parties shall exchange biometric data.', '2. Personal data shall be deleted when it is no longer necessary for the purpose for which it was provided.\n'),
    draft('The Parties shall exchange passenger data on identified persons.', '2. Each Party shall ensure the accuracy of personal data and correct inaccurate records without delay.\n'),
    draft('Personal data will only be exchanged if the Parties decide so in a later implementing arrangement.'),
    `${head('\ndata: [statistics, threat-assessments]')}1. The Parties shall exchange threat assessments.\n`,
    `${head('\ndata: [biographic]')}1. The Parties shall exchange screening information.\n\n## Article 4 — Privacy Act\n\nRecords on U.S. persons are disclosed only as the Privacy Act of 1974, 5 U.S.C. 552a, permits.\n`,
    draft('Information about U.S. persons shall be handled under procedures that safeguard their privacy.'),
    draft('Each Party shall protect personal data against unauthorised access, alteration and loss.'),
    draft('Personal data shall not be transferred to a third State without the consent of the Party that provided it.'),
    '',
    draft('The Parties shall exchange information on terrorist organisations and their financing.'),
    draft('Personal data received shall be processed only for the purposes of this Arrangement.'),
    draft('Each Party shall handle personal information in accordance with its privacy laws.'),
    draft('The Parties shall cooperate to prevent terrorist attacks on critical infrastructure.'),
    draft('Requests for information shall be made in writing to the designated contact point.'),
    draft('Each Party shall notify the other of the names and addresses of its designated authorities.'),
    draft('Each Party shall designate the persons responsible for carrying out this Arrangement.'),
    draft('Officials of each Party may be present when a request is executed.'),
    // Officials named for liaison, organisations and things are not personal data.
    draft('Each Party shall notify the other of the names of its liaison officers.'),
    draft('The names and telephone numbers of the officials designated as contact points shall be sent to the other Party.'),
    draft('The Parties shall report the nationality of a suspect vessel to each other.'),
    // Reports on a group, information on people in general, a person told of his rights, forms of certificates.
    draft('The Parties shall submit reports on the situation of migrant workers in their territory.'),
    draft('The office shall give each applicant information about his or her rights under this Arrangement.'),
    draft('The Committee shall draw up model forms of certificates for the application of this Arrangement.'),
    // A person as a legal subject, not as the subject of data.
    draft('A person who has been finally judged for an act may not be prosecuted again for it by the other Party.'),
    draft('The requested Party shall inform the suspected person of the request.'),
    // Persons mentioned for their rights, immunities or entry, and information on a topic that concerns people: no data on them passes.
    draft('Members of the family of a staff member shall enjoy the same immunity from jurisdiction as the staff member.'),
    draft('The receiving State shall facilitate the entry and stay of dependants of the members of the force.'),
    draft('A claim for benefit lodged under the legislation of one Party shall be treated as a claim under the legislation of the other.'),
    draft('The Parties shall tell each other of changes in their legislation on the right to a pension.'),
    draft('The Parties shall exchange information on good practices regarding victims of trafficking.'),
    draft('Papers to be furnished in respect of a worker are exempt from stamp duties.'),
    draft('The applicant State shall identify the applicant Party in its notice.'),
    // A qualified class of people with a fact of life; names and addresses of officials (contact points);
    // the particulars of visitors in a request for a visit (reviewers' convention).
    draft('This Arrangement settles the outstanding pension claims of Freedonian nationals.'),
    draft('Each Party shall communicate the names and addresses of the liaison officials to the other.'),
    draft('Requests for visits shall state the particulars of each visitor and the site to be visited.'),
    // Shielding a person's identity from disclosure is protection of the data.
    draft('The Parties may allow non-disclosure of information on the identity and whereabouts of protected witnesses.'),
    // A plural possessive speaks of a group: looking after the workers' health passes no data on anyone.
    draft('Each Party shall see that inspections of a vessel are done in a way that keeps the workers\' health safe.'),
    // Data printed on a card the person carries is not exchanged between the Parties.
    draft('Each member of the mission shall carry an identity card showing the name, date of birth and photograph of the holder.'),
    // The field's canonical principles are handling.
    draft('The Parties shall exchange records of convictions of nationals, which shall be obtained and processed fairly and lawfully.'),
    draft('Criminal records shall be kept for specified and legitimate purposes and not used in a way incompatible with them.'),
    draft('Judicial records supplied shall be adequate, relevant and not excessive for the purpose of the request.'),
    draft('Each Party undertakes to give the judicial records it receives at least the same protection as its own law gives them.'),
    draft("The supply of criminal records may be refused where it would be contrary to the basic principles of the supplying Party's legal system."),
    draft('The receiving Party shall inform the supplying Party, on request, of the use made of the criminal records received.'),
    // Handling for data on persons already exchanged, in the wordings of social-security, tax, customs
    // and readmission agreements: each reading names its framework element in docs/rules.
    draft('Details of insured persons obtained under this Arrangement shall be protected in the same manner as comparable data under the law of the Receiving Party.'),
    draft('Personal data shall be supplied only where this is necessary to give effect to this Arrangement.'),
    draft('Personal data must be accurate and be updated where needed.'),
    draft('Records on individuals shall not be kept any longer than is needed for the request.'),
    draft('The Receiving Party shall tell the Providing Party, on request, how the personal data have been used.'),
    draft('Use of personal data for ends other than those of this Arrangement requires the approval of the person concerned.'),
    draft('Personal data shall be collected for a specific, explicitly defined objective and not processed in a way incompatible with that objective.'),
    draft('When handling personal data each Party shall abide by its own relevant legislation.'),
    // Passing data on persons to others only with the supplier's say is onward-transfer protection.
    draft('Personal data shall not be passed to bodies other than the customs authorities without the written consent of the Providing Party.'),
    draft('Data on persons may only be passed to the authorities responsible for the proceedings.'),
    // Child-protection and health conventions: data kept from the public, handled in confidence, open to the person.
    draft('The identity of a child victim shall not be made public or publicly disclosed.'),
    draft('Reports on the health of patients shall be handled in confidence.'),
    draft('Personal data on claimants shall be held for a period not exceeding three years.'),
    draft('Personal data on applicants shall never be gathered by unfair or unlawful means.'),
    draft('Information held on the child shall be kept, and the child or his representative shall have access to such information.'),
    // Further wordings of the frameworks' elements (issue 17, held-out set ph3): logging as a verb,
    // oversight by an independent body, data handed on only with leave.
    draft('Each Party shall log every transmission of the biometric data it supplies.'),
    draft('The processing of passenger data under this Arrangement shall be monitored by an independent body.'),
    draft('Personal data may be handed on to other agencies only with the written permission of the Providing Party.'),
    // Older labour, health and statistics wordings (issue 17, held-out set ph4): records kept apart and
    // not joined to other files, data only in anonymous form, data never used against the person, an
    // international privacy standard named as the rule.
    draft('Medical records on crew members shall be kept apart from other personnel files and shall not be combined with any other records.'),
    draft('Returns on individual workers may be used by the statistical office only in anonymous form.'),
    draft('Personal data given by a claimant under this Arrangement shall not be used against him.'),
    draft('Biometric data of travellers shall be processed in accordance with internationally recognised standards for the protection of personal data.'),
    // A lead-in read with its items: the items supply purpose limitation for the personal data of the lead-in.
    `${head()}1. Personal data received under this Arrangement may be used solely for the purpose of:\n\n   (a) preventing terrorism; and\n\n   (b) prosecuting terrorist offences.\n`,
  ],
  invalid: [
    ...exchanges.map(([c, words]) => ({
      name: c.slice(0, 60),
      code: draft(c),
      errors: [{ line: 23, message: new RegExp(`Article 3 names personal data \\("${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }],
    })),
    {
      name: 'only the front matter says personal data is exchanged: the title carries it',
      code: `${head('\ndata: [biographic, biometric]')}1. The Parties shall exchange screening information.\n`.replace('## Article 1', '# Screening Arrangement\n\n## Article 1'),
      errors: [{ line: 13, column: 1, message: /front matter says this draft exchanges personal data \(biographic, biometric\)/ }],
    },
    {
      name: 'a privacy recital is not handling',
      code: `${head()}1. The Parties shall exchange biometric data.\n`.replace('## Article 1', '## Preamble\n\nRecognising the importance of privacy, the Parties agree as follows:\n\n## Article 1'),
      errors: [{ line: 27, message: /biometric/ }],
    },
    {
      name: 'a lead-in names the check, its item the person: the item is personal data',
      code: `${head()}1. At the request of the other Party, each Party shall verify:\n\n   (a) whether a person held in its custody is its national.\n`,
      errors: [{ line: 25, message: /names personal data \("a person held in its custody is its national"/ }],
    },
    {
      name: 'where the United States is no party, no Privacy Act and no U.S. persons',
      code: draft('The Parties shall send each other extracts from the judicial records of their nationals.')
        .replace('Government of the United States of America', 'Government of the Kingdom of Utopia')
        .replace('short: the United States', 'short: Utopia'),
      errors: [{ line: 23, message: /^(?![\s\S]*(?:Privacy Act|U\.S\.|United States))[\s\S]*applicable data-protection law/ }],
    },
    {
      name: 'each other mention is a related location',
      code: draft('The Parties shall exchange fingerprints.', '2. The Parties shall also exchange dates of birth.\n'),
      errors: [{ line: 23, column: 31, message: /"fingerprints"/ }],
    },
  ],
});
