/**
 * Privacy handling in the many ways agreements word the frameworks' elements (FIPPs as DHS states
 * them, the OECD Guidelines, Convention 108, the EU–US umbrella agreement), for data about persons
 * already exchanged: our own sentences, one or more per reading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personalDataIn, privacyHandlingIn, type PrivacyElement } from '../../../server/src/core/language/privacy.js';

/** The handling a sentence supplies, read as the checker reads a clause (it knows the clause names personal data). */
const read = (s: string) => privacyHandlingIn(s, false, false, personalDataIn(s).length > 0);

const cases: [PrivacyElement, string][] = [
  // Purpose specification and use limitation (FIPPs, OECD, Convention 108), in other words than "purpose".
  ['purpose', 'Particulars of claimants are to be gathered for a specific and legitimately defined objective and never handled in a manner incompatible with that objective.'],
  ['purpose', 'Any use of the personal data for ends other than benefit administration shall require the consent of the person concerned.'],
  ['purpose', 'Personal data received shall be used for purposes other than the assessment of tax only with the written approval of the sending authority.'],
  ['purpose', 'The use of personal data received shall be limited to the purposes of this Protocol.'],
  ['purpose', 'The receiving office may use the identity particulars of the claimant only: (a) to decide the claim; (b) to recover benefits paid in error.'],
  // Data minimisation (Convention 108 adequate, relevant, not excessive; the umbrella agreement's necessity).
  ['purpose', 'Personal data shall be supplied only where this is necessary to carry out the request.'],
  ['purpose', 'Data on travellers that are pertinent, relevant and not excessive may be collected.'],
  ['purpose', 'Any processing of personal data must observe necessity and proportionality.'],
  ['purpose', 'Personal data exchanged must not go beyond what is necessary for the stated aim.'],
  ['purpose', 'Personal data may be processed only in line with the conditions set by the sending authority.'],
  // Accountability to the supplier (umbrella agreement): being told what use was made of the data.
  ['purpose', 'The receiving office shall tell the sending office, if asked, how the personal data have been used.'],
  ['purpose', 'Each authority shall notify the other of any further use of personal data received from it.'],
  // Data quality (FIPPs integrity, OECD data quality, Convention 108 accurate and up to date).
  ['accuracy', 'Personal data held on members of the family must be accurate and be updated where needed.'],
  ['accuracy', 'Each institution shall safeguard the quality of the personal data it transmits.'],
  // Retention (FIPPs minimisation, Convention 108 kept no longer than required).
  ['retention', 'Records on individuals shall not be stored any longer than is required for the request.'],
  ['retention', 'The sending office shall state time limits for the erasure of the personal data it supplies.'],
  ['retention', 'Personal data shall be kept only as long as it is needed for the investigation.'],
  ['retention', 'Personal data shall be erased once the receiving office no longer has any need for it.'],
  // Security and confidentiality (FIPPs security, OECD security safeguards, Convention 108 data security).
  ['security', 'Information on insured persons shall be protected in the same manner as comparable data under the law of the receiving State.'],
  ['security', 'Data about pensioners shall receive the same guarantees of secrecy as the data of the receiving institution.'],
  ['security', 'Personal data shall be sent only over encrypted connections.'],
  ['security', 'Access to the personal data shall be confined to staff who need it for their duties.'],
  ['security', 'Each Party shall keep registers of transmissions of personal data.'],
  ['security', 'Information on persons shall be regarded as confidential by the receiving office.'],
  ['security', 'Information concerning individuals is subject to the obligation of discretion of the officials who receive it.'],
  ['security', 'The receiving State shall make sure the personal data are not accessible to the public.'],
  ['security', 'The personal details of informants must be protected.'],
  // Onward transfer (umbrella agreement; Convention 108 transborder flows).
  ['onward-transfer', 'Personal data shall not be disclosed to bodies other than the tax authorities.'],
  ['onward-transfer', 'Data on persons may only be passed to the authorities responsible for the proceedings.'],
  ['onward-transfer', 'The receiving Party shall not release personal data to private parties unless the sending Party agrees.'],
  ['onward-transfer', 'Personal data shall never reach a third body without the consent of the sending authority.'],
  // Protection under a regime named or described (Convention 108 by its date; equivalent protection).
  ['privacy-law', 'Personal data shall be processed in line with the Council of Europe Convention of 28 January 1981.'],
  ['privacy-law', 'Personal data received shall have at least the protection afforded to them by the law of the sending State.'],
  ['privacy-law', 'When processing personal data each authority shall abide by its own relevant legislation.'],
  ['privacy-law', 'Personal data received shall fall under the rules of the receiving State regarding the protection of data.'],
  ['privacy-law', 'The receiving office shall treat personal data as its personal registrations act requires.'],
  ['security', 'Information on individuals shall not be made known to anyone outside the receiving office.'],
  ['security', 'Personal data shall only be accessible to the officials handling the claim.'],
  // Individual participation and redress.
  ['redress', 'The Parties shall respect the rights of data subjects under their law.'],
  // Security and confidentiality in the wordings of child-protection, health and crime conventions.
  ['security', 'The personal data of the witness shall not be made publicly known.'],
  ['security', 'Reports on the health of patients shall be handled in confidence.'],
  ['security', 'Personal data on the family of the child shall be handled with due discretion.'],
  ['security', 'The statement of the informant shall be kept under seal.'],
  ['security', 'Personal data shall be open to staff on a need-to-know basis.'],
  // Convention 108: kept in a form that identifies the person no longer than needed.
  ['retention', 'Personal data on travellers shall be anonymised once the inquiry ends.'],
  ['retention', 'The sending office may set time limits for keeping the personal data it supplies.'],
  // OECD individual participation: the person the records are about may see them.
  ['redress', 'The fostered child, or his legal representative, shall be given access to the files about him.'],
  // A maximum keeping period (Convention 108 storage limitation); data sent in error (data quality);
  // limits the supplier sets on use (the umbrella agreement's purpose limitation).
  ['retention', 'Personal data on claimants shall be held for a period not exceeding three years.'],
  ['retention', 'Where personal data on a traveller reach an office that may not hold them, it shall destroy them.'],
  ['accuracy', 'The sending office shall tell the recipient at once if personal data were wrongly supplied.'],
  ['purpose', 'The recipient shall observe any limits on use that the sending office places on the personal data.'],
  // Handling done to the data on a person, not to the person.
  ['privacy-law', 'Records on detainees shall be stored in accordance with the law of the receiving State.'],
  // More wordings of the same elements, in the ways tax, social-security and readmission agreements put them.
  ['security', 'The personal data of pensioners shall be treated as official secrets.'],
  ['security', 'Personal data may be passed on only under conditions that ensure their confidentiality.'],
  ['security', 'The receiving office shall record each transmission of personal data.'],
  ['privacy-law', 'The receiving Party shall see that personal data are protected at a level at least equal to that of the sending Party.'],
  ['retention', 'Personal data on travellers shall be stored for no more than two years.'],
  ['retention', 'The names in passenger records shall be masked out after one month.'],
  ['redress', 'Each Party shall name a body to supervise compliance with the rules on personal data.'],
  ['purpose', 'Personal data shall be used only in connection with the case for which they were supplied.'],
  ['purpose', 'Personal data shall be used in strict conformity with the purpose stated by the sending office.'],
  // Further wordings (issue 17, held-out set ph3): logging as a verb and officials named as
  // authorised (security); keeping identifying data from spreading (security); an accidental or
  // unlawful loss told to the other side (breach notice); a review of whether to keep the data
  // (retention); minimisation and necessity said of the data (purpose); another use only if someone
  // consents (purpose); data handed on only with leave (onward transfer); monitoring by an
  // independent body (oversight); a privacy law named beside confidentiality (privacy law).
  ['security', 'The sending and the receiving office shall each log every transmission of personal data.'],
  ['security', 'Only officers expressly authorised by their office may consult the personal data of claimants.'],
  ['security', 'Each State shall take steps to prevent the disclosure of details that would reveal the identity of a child victim.'],
  ['breach-notice', 'The receiving office shall promptly tell the sending office of any accidental or unlawful loss of personal data it received.'],
  ['retention', 'The receiving office shall review each year whether further storage of the personal data is still needed.'],
  ['purpose', 'The personal data sent shall be limited to what is necessary for deciding the claim.'],
  ['purpose', 'Any exchange of personal data on travellers must be necessary and proportionate to the aims of this Arrangement.'],
  ['purpose', 'Information about the patient may be collected and passed on in so far as this is required for medical purposes.'],
  ['purpose', 'The receiving office may use personal data for another aim only if the sending office has given its consent.'],
  ['onward-transfer', 'Personal data may be handed on to other bodies only with the written permission of the sending office.'],
  ['redress', 'The handling of personal data under this Protocol shall be monitored by an independent body.'],
  ['privacy-law', 'Personal data on donors may be processed only under the rules on medical secrecy and the protection of personal data.'],
  // Sensitive data barred (Convention 108's special categories), only the data needed, access only
  // for those whose work needs it, no decision on profiling alone, anonymisation, equivalent
  // protection as "the same level", and sending on to another State only with leave.
  ['purpose', 'Personal data showing the religious beliefs or the health of travellers shall not be exchanged.'],
  ['purpose', 'Only such personal data as are strictly needed for the inquiry shall be supplied.'],
  ['security', 'Personal data on claimants shall be accessible only to the officials whose duties require it.'],
  ['redress', 'No decision about a traveller shall be taken solely on the basis of profiling with his personal data.'],
  ['retention', 'Records on travellers shall be made anonymous once the inquiry is over.'],
  ['privacy-law', 'Personal data received shall enjoy the same level of protection as data held under the law of the receiving Party.'],
  ['privacy-law', 'Personal data shall be sent only where the recipient ensures an adequate level of protection for these data.'],
  ['onward-transfer', 'Personal data on suspects may be passed on to another State only with the consent of the sending Party.'],
  // Issue 17, held-out set ph4 (older social-security, labour, health and statistics wordings):
  // data kept apart from other files and not joined to them (Convention 108 data security; OECD use
  // limitation against matching); storage under lock; data kept only in a form that names no one
  // (Convention 108 storage limitation); data never used to the person's harm (use limitation); the
  // person told what is recorded on him (OECD individual participation); an international privacy
  // standard or code of practice named as the rule (protection under a named regime).
  ['security', 'Medical records on seafarers shall be filed apart from other personnel files.'],
  ['security', 'The particulars of each insured person shall be held in a separate register and shall not be merged with any other records.'],
  ['security', 'Returns giving personal details of workers shall be kept in locked cabinets at the statistical office.'],
  ['retention', 'Data on individual athletes shall be kept only in anonymous form once the test results are known.'],
  ['purpose', 'Personal data that a worker gives under this Convention shall not be used against him.'],
  ['redress', 'A patient shall be told what personal data on him are recorded and to whom they are passed.'],
  ['privacy-law', 'Personal data on travellers shall be handled in keeping with an internationally recognised standard for the protection of privacy.'],
  ['privacy-law', 'The health authority shall treat personal data on patients in line with a code of practice on data protection agreed by the Parties.'],
  ['security', 'Personal data on claimants shall never be shown to unauthorised persons.'],
  ['retention', 'Personal data on claimants shall not be held beyond the period the claim requires.'],
  ['retention', 'After the study, records on patients shall be kept only in a form that no longer permits identification of the patients.'],
  ['security', 'Each institution shall take care that the personal data of pensioners are not misused.'],
  ['accuracy', 'The sending office shall verify that the personal data of claimants are current and correct.'],
  ['redress', 'A traveller shall have the right to know which personal data on him the border office holds.'],
];

test('the frameworks’ elements read in many wordings', () => {
  const misread = cases.filter(([element, s]) => !read(s).present || !read(s).elements.has(element));
  assert.deepEqual(misread.map(([element, s]) => `${element}: ${s} (read ${[...read(s).elements].join(', ')})`), []);
});

test('respect for privacy and lawful processing are data-protection terms', () => {
  for (const s of [
    'Personal data shall be processed with respect for the privacy of the persons concerned.',
    'The receiving office answers for the lawfulness of the processing of the personal data it receives.',
    'Each authority shall process the medical files of workers in a way that protects the privacy of the workers concerned.',
    'The privacy of persons whose records are exchanged shall be respected.',
    // Convention 108 and OECD collection limitation: fair and lawful means.
    'Personal data on applicants shall never be gathered by unfair or unlawful means.',
    'Each office shall use the personal data in a way that respects the private life of the person.',
    // The protection of the data named with the people they are about between ("the workers' personal data").
    "Inquiries into accidents at work shall be run so as to ensure the protection of the workers' personal data.",
    'Personal data on applicants must be processed fairly and for a legitimate aim.',
    // Lawful processing named as a condition (Convention 108).
    'The receiving office may process personal data on claimants only where that processing is lawful.',
  ]) assert.ok(read(s).present, s);
});

test('a clause that names personal data but sets no handling still has none', () => {
  for (const s of [
    'The requested authority shall give the name, address and date of birth of the person concerned.',
    // Issue 17, ph4: the words of the new readings said of goods, force or a person, not of the data.
    'The master shall give the names of the crew, and dangerous cargo shall be kept apart from other goods.',
    'The Parties shall exchange the names of the demonstrators; no force shall be used against them.',
    'Each Party shall report the identity of persons rescued at sea, who shall be held in separate rooms.',
    'The request shall state the name of the person sought; items subject to legal privilege need not be produced.',
    'The request shall give the name of the person sought and shall not be held beyond the date of his surrender.',
    'The request shall state the name of the witness; the requested State shall check that the request is complete.',
    'The Parties shall exchange information on persons suspected of smuggling.',
    'Each Party may exchange personal data under this Protocol.',
    'The request shall state the identity of the person and the reasons for the request.',
    'The institution shall communicate the periods of insurance of the worker to the other institution.',
    'Personal data shall be transmitted in writing or by electronic means.',
    'The personal data of the applicant shall go with the request for transfer.',
    'The receiving office may use the personal data to prevent serious crime.',
    // Who may use the data, and leave to keep it as long as it is needed, are dissemination terms
    // (domain brief, section A), not data protection.
    'The names of suspects shall be used exclusively by the receiving agency.',
    'The receiving agency may keep the names of suspects for as long as they are needed.',
    // Where data came from is no onward transfer; people from third States are no recipients.
    'Evidence may include information on the identity of a person supplied by an international organisation.',
    'The Parties shall exchange the identity of third-country nationals to be readmitted.',
    // Conditions of the sender's own law for sending are no handling of the data received.
    'The Parties shall transmit information concerning the victim, under the conditions provided for in their internal law.',
    // Protection of a person, not of the data on him: no handling reading may fire on it.
    'Details on a person at risk shall be sent at once so that appropriate protection measures can be taken.',
    'The requesting State shall give the name of the witness, and the requested State shall ensure adequate protection of the witness.',
    'Particulars of the person sought shall be sent with the procedural safeguards of the requested State for his surrender.',
    'The Parties shall exchange the names of suspects, with safeguards for the rights of the accused in the trial.',
    // Keeping records for a long time is no retention limit.
    'Records on the origins of the adopted child shall be preserved for at least fifty years.',
    // The act of the law-connector readings done to a person, not to data on him.
    'The request shall give the name of the prisoner, who shall be treated in accordance with the law of the receiving State.',
    'The Parties shall exchange information on victims and shall protect victims in accordance with their national law.',
    'The identity of the child shall be established, and the child shall be protected under the law of the State of residence.',
    // Conditions of the treaty itself, officers a person is handed to, and equal treatment of a person.
    'The name of the person sought shall be given, and he shall be surrendered subject to the conditions provided for in this Treaty.',
    'The person sought shall be handed over to authorised officers of the requesting State together with his passport.',
    'Personal data of the applicant shall be given so that the applicant receives the same protection as nationals.',
    // Words of the handling readings used of a person or of another matter (found on real conventions).
    'A detained person whose name is notified shall be guaranteed fair treatment in conformity with the law of the State.',
    'Detained persons named in the list shall enjoy the protection of this Article until their release.',
    'The names of migrants shall be given, and migrants shall be afforded appropriate protection against violence.',
    'The authority shall inform the person concerned without delay of his rights to contact his consul, and shall record his name.',
    'The officer shall give the information to the person who has been arrested so that he may be heard.',
    'Persons other than the workers named in the list of insured persons shall be examined by a doctor.',
    'The bank shall establish the residence of the account holder from the address on his passport when he claims residence in a third country.',
    'The authorities shall take notice of the wrongful retention of the child and of the identity of the parent.',
    'This Section shall in no way prejudice the right of any person to use his own name in trade.',
    // Secrecy of a request (its existence or substance) is a term of the procedure, not protection
    // of the data on the person it names (issue 17, held-out set ph3).
    'The request shall name the person sought and give his date of birth; the requested State shall keep the request secret.',
    'The requested State shall treat as confidential the request for the transfer of the prisoner, whose name it states.',
    'The receiving Party shall keep confidential the fact and substance of the request concerning the person named in it.',
    // Protection of a person against a harm, in the words of a security reading.
    'The Parties shall give the names of the witnesses and shall ensure their protection against retaliation.',
    // Processing, handling or treatment under a law of a matter (a claim, an application) or of people.
    'The institution shall send the medical reports on the claimant; claims shall be handled in accordance with its legislation.',
    'Each Party shall treat nationals of the other Party whose names it receives in accordance with its laws.',
    'The names of the pensioners shall be given, and the pensioners shall be treated in accordance with the law of their residence.',
    // Secrecy lifted (bank secrecy is no bar) is the opposite of protection; confidentiality of
    // proceedings is a term of the procedure; a register kept up to date, a sentence corrected and
    // the retention of a right are no data-quality or retention terms; a person transferred through a
    // third State, or who moves to one, is no onward transfer of data.
    'The requested Party shall hand over the account records of the customer, and bank secrecy shall be no ground to refuse.',
    'The requested Party shall give the financial records of the suspect and may not invoke professional secrecy against the request.',
    'The details of the child shall be sent, and the confidentiality of the adoption proceedings shall be respected.',
    'Each detention centre shall keep an up-to-date register giving the names of all detainees.',
    'The name of the offender shall be given to the other State, and the sentence may be corrected by the court that passed it.',
    'The identity of the person sought shall be sent, and he shall keep the retention of his rights under the law of the requesting State.',
    'The request shall give the name of the prisoner to be transferred through the territory of the requested State to a third State.',
    'The address of the pensioner shall be forwarded, and he keeps his pension when moving to a third country.',
  ]) assert.equal(read(s).present, false, s);
});
