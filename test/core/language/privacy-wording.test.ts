/**
 * Personal data and its handling in wordings drawn from the kinds of agreement that share data
 * about people (tax, social security, consular, asylum, vehicle registers): our own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personalDataIn, privacyHandlingIn } from '../../../server/src/core/language/privacy.js';

test('people named by their place in a tax, social-security, family or consular matter are data subjects', () => {
  for (const s of [
    'The requested Party shall provide information on settlors, trustees and beneficiaries.',
    'Information on the periods of insurance completed by the worker shall be communicated.',
    'The requested Party shall supply data on the employment and income of the pensioner.',
    'The Parties shall exchange lists of passengers.',
    'A copy of the birth certificate of the child shall be transmitted.',
    'Each Party shall inform the other of the arrest of a national of that Party.',
    'The embassy shall be informed of any citizen of the sending State who is arrested or committed to prison.',
    'Each Party shall provide on request the name and address of any holder of a bank account.',
    'Each Party shall notify the other of decisions on asylum applications.',
    'Each Party shall allow the other access to vehicle registration data.',
    'Information on the state of health of the sentenced person shall be sent.',
    'The identity of informants shall not be disclosed.',
    // The frameworks' own definition of personal data.
    'The Parties shall exchange information relating to an identified or identifiable natural person.',
    'Data concerning an identifiable individual shall be kept no longer than needed.',
  ]) assert.ok(personalDataIn(s).length > 0, s);
});

test('things, officials and bodies are not data subjects', () => {
  for (const s of [
    'The authorities shall exchange information on the modus operandi of offences.',
    'Each Party shall designate the persons responsible for liaison.',
    'The beneficiary undertakings shall hold stocks of oil.',
    // People who are told something, or given information about rules: no data on them passes.
    'Workers shall be informed in a suitable manner of the results of their medical examinations.',
    'The States shall ensure that persons concerned have enough information about the rules and procedures that apply.',
    'Training shall be offered to persons engaged in transport, communications and other services.',
    'Statistical information that does not identify any person may be published.',
  ]) assert.equal(personalDataIn(s).length, 0, s);
  // A Party told about a person does receive data on that person.
  assert.ok(personalDataIn('The requesting Party shall be informed of the identity of the person arrested.').length > 0);
});

test('equivalent protection, and an individual told of the data held on him, are handling', () => {
  const security = privacyHandlingIn('The receiving Party shall ensure that data on persons are protected at least to the level of protection given by the supplying Party.', false, false);
  assert.ok(security.elements.has('security'));
  const redress = privacyHandlingIn('The person concerned shall, on request, be informed of the data held on him.', true, false);
  assert.ok(redress.elements.has('redress'));
});

test("the umbrella agreement's safeguards in its own terms are handling: arrangements for security, oversight, notice to individuals, automated decisions", () => {
  const cases: [string, string][] = [
    ['Each Party shall have in place appropriate technical, security and organisational arrangements for the protection of personal information.', 'security'],
    ['Each Party shall have one or more public oversight authorities that exercise independent oversight functions.', 'redress'],
    ['The Parties shall provide notice to individuals concerning the processing of their personal information.', 'redress'],
    ['Decisions producing significant adverse actions concerning an individual may not be based solely on the automated processing of personal information.', 'redress'],
  ];
  for (const [s, element] of cases) assert.ok(privacyHandlingIn(s, true, false).elements.has(element as never), s);
  // Organisational arrangements for something else are no data security.
  assert.ok(!privacyHandlingIn('The Parties shall make organisational arrangements for the meetings of the Joint Committee.', false, false).elements.has('security'));
});

test('a trade or business secret is not data security', () => {
  const h = privacyHandlingIn('Information of that kind shall not be treated as such a secret or as a trade secret merely because it is held by a bank.', false, false);
  assert.ok(!h.elements.has('security') && !h.general.has('security'));
  assert.ok(privacyHandlingIn('Information received shall be treated as secret.', false, false).general.has('security'), 'information kept secret still is');
});

test('personal data in the ways agreements on social security, family support, readmission and custody name it', () => {
  const named: [string, string][] = [
    ['Data on the forms about the insured person shall be checked by the sending office.', 'Data on the forms about the insured person'],
    ['Escorts shall carry all papers and data pertaining to the person being returned.', 'data pertaining to the person'],
    ['The request shall give information as to the whereabouts of the debtor.', 'whereabouts of the debtor'],
    ['The application shall report the family circumstances of the creditor.', 'family circumstances of the creditor'],
    ['Each office shall be informed of the marriage or death of a pensioner.', 'marriage or death of a pensioner'],
    ["The institution shall send the beneficiary's medical reports.", "beneficiary's medical reports"],
    ['The request shall identify the members of the force concerned and be sent to the host State.', 'identify the members of the force'],
    ['The authorities shall report to the sending State that a national is detained.', 'report to the sending State that a national is detained'],
    ['The offices shall notify each other of decisions on claims for benefits.', 'claims for benefits'],
    ['Each Party shall transmit the records of any custody order made against the child.', 'custody order made against the child'],
    ['The supplying Party shall provide the national insurance number of the worker.', 'national insurance number'],
  ];
  for (const [s, words] of named) assert.ok(personalDataIn(s).some((m) => m.text === words), `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
  for (const s of [
    // Rights, immunities and entry of persons; claims as a matter of law; topics about people; fee exemptions.
    'Dependants of members of the civilian component shall be exempt from visa requirements.',
    'Entitlement to a pension shall be determined under the legislation of the Party concerned.',
    'The competent authorities shall communicate to each other changes in their laws on claims for benefits.',
    'The Parties shall share research relating to victims of crime.',
    'Documents to be furnished in respect of a claimant shall be free of stamp duty.',
    'Each Party shall identify the national authorities responsible for readmission.',
    'The creditor countries shall consider the debt situation of the debtor country.',
    'A person in custody may communicate with the consul of the State of which he is a national.',
  ]) assert.equal(personalDataIn(s).length, 0, `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
});

test('personal data read by structure: office holders, qualified persons, records named by what produced them, filings passed on', () => {
  const named: [string, string][] = [
    // An attribute of a person named by the office held, with a quantifier or qualifying words.
    ['The Secretariat shall notify the host Government of the identity of each staff member who holds a firearms permit.', 'identity of each staff member'],
    ['The security offices shall exchange the clearance level of all programme personnel.', 'clearance level of all programme personnel'],
    ['The Organisation shall inform the Ministry of the appointment of its officials and their final departure.', 'appointment of its officials'],
    ['Each reporting bank shall give the name, address and foreign TIN of each reportable account holder.', 'name, address and foreign TIN of each reportable account holder'],
    // Records named by what produced them: an interview, a medical examination, a decision on a person.
    ['The consulate shall tell the requesting authority the results of the interview within five days.', 'results of the interview'],
    ['At the request of the paying office, the medical examination of a pensioner living abroad shall be carried out by the local office.', 'medical examination'],
    ['Further particulars may be asked for where those received do not allow the requested State to decide on the surrender.', 'particulars may be asked for where those received do not allow the requested State to decide on the surrender'],
    ['The Parties shall each year exchange the information held with respect to reportable accounts.', 'information held with respect to reportable accounts'],
    // A person's filing passed on; the list of a body's members passed on.
    ['An appeal lodged with the wrong office shall be forwarded without delay to the competent office of the other State.', 'appeal'],
    ['The Board shall send the host Government a list of the members of its audit panel.', 'list of the members'],
  ];
  for (const [s, words] of named) assert.ok(personalDataIn(s).some((m) => m.text === words), `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
  for (const s of [
    // Names and addresses of officials are how the parties reach each other.
    'Each Party shall communicate the names and addresses of the liaison officials to the other.',
    // A qualified class of people with a fact of life: no data on anyone.
    'This Protocol settles the outstanding pension claims of Freedonian nationals.',
    // The people who are told, the law on appeals, a list of States, the particulars of visitors in a visit request.
    'The applicant shall be informed of the results of the examination of his file.',
    'Each Party shall keep a list of the representatives of the States that have signed.',
    'Requests for visits shall state the particulars of each visitor and the site to be visited.',
    'The office shall notify the other of changes in its rules on appeals.',
  ]) assert.equal(personalDataIn(s).length, 0, `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
});

test('handling words that fire only on their own subject: due-diligence procedures are no U.S.-person safeguard; non-disclosure of a person\'s identity is security', () => {
  const dueDiligence = privacyHandlingIn('Banks shall report the name and address of each U.S. person found through the due diligence procedures of the annex.', true, false);
  assert.ok(!dueDiligence.elements.has('us-person') && !dueDiligence.present);
  assert.ok(privacyHandlingIn('Minimization procedures shall apply to information about U.S. persons.', true, false).elements.has('us-person'));
  const shielded = privacyHandlingIn('The Parties may allow non-disclosure of information on the identity and whereabouts of protected witnesses.', true, false);
  assert.ok(shielded.elements.has('security'));
});

test('measures taken against a person, and establishing an offence, name no data on him unless information passes', () => {
  for (const s of [
    'Nothing in this Treaty shall prevent a Party from taking measures against a person whose conduct is an offence under its law.',
    'Each Party shall establish as criminal offences the acts of enabling a person who is not a national to stay unlawfully.',
  ]) assert.equal(personalDataIn(s).length, 0, `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
  // Told of the measures taken against a person: data on him passes.
  assert.ok(personalDataIn('Each Party shall inform the other of the measures taken against its nationals.').length > 0);
  // Measures imposed on an offender by a court are data on him, as before.
  assert.ok(personalDataIn('The request shall state the measures imposed on the offender by the court.').length > 0);
  // Checking a person's nationality still names data on him.
  assert.ok(personalDataIn('On request, each Party shall establish whether a person found in its territory is its national.').length > 0);
});

test('a person told of the rules, and rules on notification, pass no data on anyone; notice of a detention to the other side does', () => {
  for (const s of [
    'In the case of the detention of a migrant, each Party shall inform the migrant at once about the rules concerning notification to and communication with consular officers.',
    'The Parties shall publish their rules on notification of the arrest of a foreign national.',
  ]) assert.equal(personalDataIn(s).length, 0, `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
  assert.ok(personalDataIn('The detaining Party shall notify the consulate of the other Party of the detention of the person without delay.').length > 0);
});

test('personal data named by what it is about: one person, what a measure on him needs, identity listed with other attributes, certificates of insurance periods', () => {
  const named: [string, string][] = [
    // A report on one person, singular and definite.
    ['The central office shall send a report on the situation of the minor to the requesting office.', 'report on the situation of the minor'],
    ['The request shall be accompanied by any psychological or social reports on the convicted person.', 'reports on the convicted person'],
    // What a measure about one person needs.
    ['The office may ask any authority holding information relevant to the placement of the child to pass it on.', 'information relevant to the placement of the child'],
    // Identity listed with a second personal attribute, without a person noun.
    ['For this Article, records means data concerning identity, residence and earnings.', 'data concerning identity, residence'],
    // Names with identifiers of personnel.
    ['The commander shall hand over a roster giving the names and service identification numbers of the crew.', 'names and service identification numbers'],
    // A certificate of one person's insurance record.
    ['The former office shall issue an attestation of the insurance periods he completed there.', 'attestation of the insurance periods'],
    // A statement that a person is a national.
    ['The receiving Party shall supply a certificate proving that the sentenced person is one of its nationals.', 'the sentenced person is one of its nationals'],
  ];
  for (const [s, words] of named) assert.ok(personalDataIn(s).some((m) => m.text === words), `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
  for (const s of [
    // Reports on a group of people, information for people in general, telling a person his rights.
    'The Parties shall submit reports on the situation of migrant workers in their territory.',
    'The Parties shall exchange information relevant to the protection of children in general.',
    'The office shall give each applicant information about his or her rights under this Agreement.',
    'The authority shall provide information on his behalf to the court.',
    // Identity of a system or an office, not of a person.
    'The Parties shall exchange information on identity card systems and on the address of each liaison office.',
    // Rules on certificates, not a certificate about anyone.
    'The Committee shall draw up model forms of certificates for the application of this Agreement.',
    // Telling the person, not reporting on him.
    'The sentenced person shall be informed in writing of every decision taken on his request.',
  ]) assert.equal(personalDataIn(s).length, 0, `${s} -> ${JSON.stringify(personalDataIn(s).map((m) => m.text))}`);
});

test('the contents of a document the person carries, listed item by item, are not passed on; the contents of a request are', () => {
  const permit = 'The group travel permit shall include the following entries: (a) the place of issue; (b) the surname, given names and date of birth of each traveller.';
  assert.equal(personalDataIn(permit).length, 0, JSON.stringify(personalDataIn(permit).map((m) => m.text)));
  const request = 'The request shall include the following entries: (a) the issuing authority; (b) the surname, given names and date of birth of the person sought.';
  assert.ok(personalDataIn(request).length > 0);
  const sent = 'The certificate shall state the following and be sent to the other office: (a) the date of issue; (b) the date of birth of the worker.';
  assert.ok(personalDataIn(sent).length > 0, 'a certificate sent on is data passed between the parties');
});
