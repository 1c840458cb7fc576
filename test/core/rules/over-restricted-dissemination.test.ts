import { ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting, paraphrased the many ways a restriction is written. Each clause stands as
// paragraph 1 of Article 3 after a short front matter and two articles, so it starts on line 24, column 4.
const fm = `---
title: Arrangement on the Exchange of Screening Information
type: arrangement
partner: the Republic of Freedonia
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: TLP:AMBER
---

## Article 1 — Definitions

1. "Providing Party" means the Party that provides information under this Arrangement.
2. "Receiving Party" means the Party that receives it.

## Article 2 — Confidentiality

Each Party shall protect information received from public disclosure.

## Article 3 — Use of Information

`;
const draft = (clause: string) => `${fm}1. ${clause}\n`;

// Each row: our own wording, and what the message must say the clause does (the reading, with the
// deciding words quoted from the clause).
const restrictive: [string, RegExp][] = [
  // Bans: passing on barred, with no route to consent.
  ['Information furnished under this Arrangement shall not be disclosed to any other agency of the Receiving Party.', /Article 3\(1\) bars passing the information to other authorities of the receiving government \("shall not be disclosed to any other agency of the Receiving Party"\): an absolute bar/],
  ['The Receiving Party shall not pass on any information obtained under this Arrangement to any other authority under any circumstances.', /bars passing the information to other authorities of the receiving government/],
  ['Neither Party shall release information provided by the other Party to any other government entity.', /bars passing the information to other authorities of the receiving government/],
  ['Under no circumstances shall information provided under this Memorandum be disseminated beyond the receiving unit.', /bars passing the information to other authorities/],
  ['Information provided pursuant to this Agreement shall not be made available to any person outside the requesting authority.', /bars passing the information to other authorities|bars passing the information to anyone else/],
  ['Information contained in the request shall not be disclosed to any other agency of the Receiving Party.', /bars passing the information to other authorities of the receiving government/],
  ['Information received shall not be forwarded to any third party.', /bars passing the information to any third party \("shall not be forwarded to any third party"\)/],
  ['Information obtained under this Memorandum shall be kept strictly within the receiving unit and shall not be communicated to other services.', /bars passing the information to other authorities.*"shall not be communicated to other services"/],
  ['Information obtained under this Agreement shall not be used in any judicial proceedings.', /bars any use of the information in proceedings \("shall not be used in any judicial proceedings"\): a ban on use in proceedings/],
  ['Information received shall not be used as evidence before any court or tribunal.', /bars any use of the information in proceedings/],
  // Kept out of reach of every other authority (an access bar).
  ['The Receiving Party shall ensure that information received is kept out of reach of all other authorities.', /requires the information to be kept out of reach of other authorities of the receiving government \("out of reach of all other authorities"\)/],
  ['The receiving office shall make sure the records are not accessible to any other authority or body of its State.', /kept out of reach of other authorities/],
  ['Shared records shall be protected from access by any other government agency.', /kept out of reach of other authorities/],
  // Sole-purpose and single-request limits.
  ['Data exchanged under this Memorandum may be used solely for the purpose of the specific request in which it was sought.', /limits use of the information to the purpose of the request or case \("solely for the purpose of the specific request in which it was sought"\): a single-request limit/],
  ['The requesting authority may use the records provided only for the purposes for which they were provided.', /limits use of the information to the purpose for which it was supplied/],
  ['The information shall be used by the requesting agency only in connection with the investigation for which it was requested.', /purpose of the request or case/],
  ['Information supplied under this Arrangement is to be used solely for the analysis of the case referred to in the request.', /purpose of the request or case/],
  ['The Receiving Party shall not use the information for any purpose other than that specified in the request.', /confines the information to the purpose of the request or case and bars any other use/],
  ['The Requesting Party shall not use any evidence obtained under this Treaty for purposes other than those stated in the request without the prior consent of the Requested Party.', /purpose of the request or case/],
  ['The receiving Party shall use the data only for the purpose for which it was supplied, and may use it for other purposes only with the prior authorisation of the supplying Party.', /purpose for which it was supplied \("only for the purpose for which it was supplied"\).*each further use/],
  ['Screening data shall be used only for the purpose for which it was transmitted, and shall not be passed on to other departments.', /purpose for which it was supplied.*bars passing the information to other authorities/],
  // One agency or administration.
  ['Information supplied in response to a request shall be used exclusively by the receiving agency.', /confines the information to one agency or administration \("exclusively by the receiving agency"\): a single-agency limit/],
  ['The information may only be used by the requesting unit for the purpose of its analysis.', /one agency or administration/],
  // The agreement's purposes and one administration, other authorities only with approval.
  ['Information obtained under this Arrangement shall be used only for the purposes of this Arrangement and only by the revenue administration of the receiving State, unless the supplying administration approves its use by other authorities.', /limits the information to the purposes of the Agreement and to one administration, and lets other authorities use it only with the supplying Party's approval/],
  ['Records received shall be used solely by the Immigration Service and solely for the purposes set out in this Memorandum, except where the supplying Party agrees to their use by other authorities.', /one administration/],
  ['Any records communicated shall be used only within the customs administration of the receiving Party.', /one agency or administration/],
  ['Records received shall be used solely for the purposes of this Memorandum, unless the supplying office expressly agrees to their use for other purposes or by other authorities.', /lets other authorities use it only with the supplying Party's approval/],
  ['Records received may be used only by the tax office of the receiving State. Other authorities may use them only with the written authorisation of the supplying office.', /one agency or administration/],
  ['Records shall not be handed to authorities other than the receiving office without the agreement of the supplying office.', /pass to other authorities of the receiving government only with/],
  // Consent for every further disclosure, or for passing information within the receiving government.
  ['Any further dissemination of information received under this Arrangement shall require the prior written consent of the Providing Party.', /makes every further disclosure of the information depend on the supplying Party's prior consent \("prior written consent of the Providing Party"\)/],
  ['Information obtained under this Arrangement may be disclosed only with the prior consent of the Party that provided it.', /every further disclosure/],
  ['Information furnished shall remain the property of the furnishing Party and may not be further disseminated without its written consent.', /every further disclosure/],
  ['The hub shall not release or circulate such information unless the consent of the contributing Party is given in advance.', /every further disclosure of the information.*"unless the consent of the contributing Party is given in advance"/],
  ['Information received from the Providing Party shall not be shared with law enforcement or intelligence services without its prior consent.', /lets the information pass to other authorities of the receiving government only with the supplying Party's prior consent \("without its prior consent"\)/],
  ['Information may be transmitted to other authorities of the Receiving Party only with the prior written consent of the Providing Party.', /other authorities of the receiving government only with/],
  ['Data may be forwarded to other law enforcement authorities of the receiving State only with the consent of the supplying State.', /other authorities of the receiving government only with/],
  ['The receiving authority shall not transmit the information to any other body without the written authorisation of the supplying authority.', /other authorities of the receiving government only with/],
  // ... also when the data are personal: a single-agency gate is not privacy handling.
  ['Personal data received may be passed on to other authorities only with the prior approval of the supplying authority.', /lets the personal data pass to other authorities of the receiving government only with the supplying Party's prior consent \("only with the prior approval of the supplying authority"\)/],
  ['The receiving authority may forward the personal data received to other public bodies provided that the supplying authority has given its prior approval.', /personal data pass to other authorities/],
  ['Onward transmission of fingerprints to other agencies requires the prior approval of the supplying Party.', /pass to other authorities/],
  // Recipients confined to those of one function: every other authority is kept out.
  ['Records received shall be revealed only to the officials or bodies responsible for levying excise duties, who shall use them for that purpose alone.', /Article 3\(1\) lets the information be disclosed only to the persons or authorities of one function \("only to the officials or bodies responsible for levying excise duties[^"]*"\): disclosure confined to the authorities of one function/],
  ['Any particulars supplied may be made known only to persons (including tribunals) in the receiving State concerned with collecting import levies.', /persons or authorities of one function/],
  // Use reserved to one authority, said as a noun.
  ['Records obtained under this Arrangement are reserved for the exclusive use of the receiving revenue office.', /confines the information to one agency or administration \("exclusive use of the receiving revenue office"\)/],
  // "make ... available" with the object between, and a consent exception set off by commas.
  ['The receiving office shall not make such records available to other public bodies unless the sending office has consented.', /lets the information pass to other authorities of the receiving government only with the supplying Party's prior consent/],
  ['The requesting authority shall not, without the approval of the requested authority, employ or pass on the records for inquiries other than those named in the request.', /purpose of the request or case/],
  ['Any use of the records for an aim other than the one given in the request shall be subject to the written approval of the sending office.', /each further use|any use beyond/],
  ['Particulars supplied may be used only for the purposes of this Arrangement and only by the pension institutions.', /one administration/],
  // The act named as a noun and barred at the end; evidence "produced"; use kept to one investigation.
  ['Use of records obtained under this Arrangement before any tribunal is prohibited.', /bars any use of the information in proceedings \("Use of records obtained under this Arrangement before any tribunal is prohibited"\)/],
  ['Passing of the records to any office other than the receiving office is forbidden; transmission of the records to any authority other than the receiving office is forbidden.', /bars passing the information to other authorities/],
  ['Records received may not be produced as evidence before a court.', /bars any use of the information in proceedings/],
  ['The records may be employed solely in the inquiry in respect of which they were sent.', /limits use of the information to the purpose of the request or case/],
  ['The records may be used by the receiving office only in the matter mentioned in the request.', /purpose of the request or case/],
  // A lead-in read with its items: use kept to the purposes of a closed list with no law enforcement in it.
  ['The records supplied may be used solely for the purpose of:\n   (a) checking entitlement to a pension;\n   (b) recovering pension payments made in error.', /limits use of the information to the purposes its list names, none of them law enforcement or counter-terrorism \("solely for the purpose"\): a sole-purpose limit/],
  // Consent set off before the verb: "may, with the approval of ..., be employed for other aims".
  ['Records received may, with the prior approval of the sending office, be employed by the receiving office for aims other than those listed in Article 4.', /makes each further use of the information depend on the supplying Party's prior consent \("with the prior approval of the sending office"\)/],
  // Use beyond the agreement's own purposes only with consent: the message says which use.
  ['The documents obtained shall not be employed for purposes other than those of this Arrangement; they may be employed for other purposes only with the approval of the office which sent them.', /makes any use beyond the agreement's own purposes depend on the supplying Party's prior consent \("only with the approval of the office which sent them"\): consent for each further use/],
  // Destruction or return with a real deadline.
  ['The Receiving Party shall destroy all information received under this Arrangement within thirty days of receipt.', /requires the information to be destroyed or returned \("destroy all information received under this Arrangement within thirty days of receipt"\)/],
  ['Records exchanged under this Arrangement shall be deleted within 14 days after their transmission.', /destroyed or returned/],
  ['When the receiving office has closed the case, it shall return to the supplying office all documents received and every copy of them.', /destroyed or returned \("return to the supplying office all documents received and every copy of them"\), with a deadline \("When the receiving office has closed the case"\)/],
  ['All information exchanged shall be returned or destroyed at the conclusion of the investigation concerned.', /destroyed or returned \("returned or destroyed at the conclusion of the investigation concerned"\)/],
  // Originator control on unclassified information.
  ['Unclassified information exchanged under this Arrangement shall carry the ORCON marking.', /originator-control marking to unclassified information \("ORCON marking"\)/],
  // The act named by its verb in -ing, gated by consent for other authorities (personal data too).
  ['Forwarding personal data received under this Arrangement to other authorities requires the prior approval of the sending unit.', /other authorities of the receiving government only with the supplying Party's prior consent \("requires the prior approval of the sending unit"\)|prior approval of the sending unit/],
];

const balanced: string[] = [
  // Supply only where necessary for the Agreement: "Agreement" is no consent, and the necessity
  // of supply is the privacy principle of minimisation, not a limit on the receiver.
  'Personal data shall be furnished only when this is necessary for carrying out this Agreement by the competent offices of the two Governments.',
  // Further processing incompatible with the stated purpose is the purpose principle of data protection.
  'Personal data shall be collected for the stated aim of this Agreement and shall not be processed later by either authority in any way incompatible with that aim.',
  'Information classified SECRET shall not be released to any third party without the prior written consent of the originating Party.',
  'Information received under this Arrangement may be used for counterterrorism, law enforcement and border security purposes.',
  'The Receiving Party may disseminate information to its agencies with counterterrorism responsibilities.',
  'Information shall not be transferred to a third country or an international organisation without the prior consent of the Providing Party.',
  'Use of information as evidence in criminal proceedings requires the prior approval of the Providing Party.',
  'The Receiving Party shall inform the Providing Party before using information for a purpose not stated in the request.',
  'The Providing Party may impose conditions on the use of information it supplies in a particular case.',
  'Each Party shall keep information received confidential to the extent permitted by its law.',
  'Information shall not be disclosed to the public, except as required by law.',
  'Consistent with applicable law, information shall not be disclosed to any other agency without the consent of the Providing Party.',
  'The Receiving Party shall protect information against unauthorised disclosure.',
  'Neither Party shall publish information received under this Arrangement without the consent of the other Party.',
  'Inaccurate personal data shall be deleted within thirty days of notice of the error.',
  'Information may be used only for the purposes of preventing, detecting and investigating terrorism and serious crime.',
  'Information may be provided only to authorities with law enforcement or counterterrorism functions.',
  'The Providing Party may request that information be kept confidential in a particular case.',
  'This Article does not limit the use of information for law enforcement purposes.',
  'Nothing in this Arrangement shall prevent the Receiving Party from sharing information with its border agencies.',
  'Upon termination of this Agreement, classified material shall be returned to the originating Party.',
  'The Receiving Party shall not disclose personal details of victims to any person without the consent of the Party concerned.',
  'Information may be retained for as long as it is needed for counterterrorism purposes.',
  'A Party that cannot comply with a requested condition shall promptly inform the other Party.',
  'Information may be passed to a third State only after the Providing Party has given its consent.',
  'The Requested Party may ask that the information be kept confidential or be used only subject to terms it specifies.',
  'Information that has been made public lawfully may thereafter be used for any purpose.',
  'Each Party shall ensure that information provided under this Agreement is not disclosed to unauthorised persons.',
  'Personal data shall be erased as soon as it is no longer required for the purpose for which it was transferred.',
  'The Parties shall not disclose information obtained under this Agreement except to the extent necessary to carry out its purposes.',
  'Information received may be used for preventing and investigating terrorist offences, and for other purposes only with the consent of the Providing Party.',
  'The receiving Party shall not transmit personal data to a third country without the authorisation of the supplying Party.',
  'Nothing in this Agreement shall restrict the use of information for the prevention of terrorism.',
  'Information may not be used for purposes incompatible with the purposes of this Agreement.',
  'Each Party shall inform the other promptly if it is unable to comply with any condition attached to information supplied.',
  'The Parties shall not be obliged to provide information where doing so would prejudice an ongoing investigation.',
  'The Receiving Party shall not disclose information received to the public or to the media without the prior consent of the Providing Party.',
  // Consent for disclosure to another nation: standard calibration.
  'Records shall not be handed over to another nation without the consent of the Party that supplied them.',
  'The Receiving Party shall not transfer information to any other nation or international organisation without the prior consent of the Providing Party.',
  // A limit the supplying Party MAY ask for, case by case: an option, not a bar.
  'The supplying Party may, in each case, require that the information be used only for purposes it names.',
  'Where the supplying authority so requests, the records shall not be passed on to other authorities.',
  'The Providing Party may request that the Receiving Party not disclose particular information to other authorities.',
  // Purpose limitation of personal data to the agreement's own purposes: privacy handling (check B).
  'Personal data transferred under this Arrangement shall be processed only for the purposes of this Arrangement.',
  'Personal data may not be used for purposes other than those of this Arrangement.',
  'The receiving authority may use personal data only for the purposes for which they were supplied under this Arrangement.',
  'Personal data shall be kept no longer than two years and then erased.',
  // Barred only from unauthorised persons, or from commerce: baseline handling.
  'Disclosure of the records to unauthorised persons is prohibited.',
  'Use of the records for commercial gain is forbidden.',
  'The requested office shall produce the records sought.',
  // A closed list that includes law-enforcement uses, and consent of the person concerned for other uses of personal data.
  'The records supplied may be used solely for the purpose of:\n   (a) assessing customs duties;\n   (b) the investigation and prosecution of criminal offences.',
  'Personal data may, with the approval of the person concerned, be used for purposes other than those of this Arrangement.',
  // Recipients set by the law, and property (not information) for one body's use.
  'Records may be disclosed only to persons entitled to receive them under the law of the receiving State.',
  'The vehicles lent shall be for the exclusive use of the visiting unit.',
  // Personal data given only to those who need them for the agreement's own purposes: need to know.
  'Personal data exchanged may be disclosed only to the officials responsible for applying this Arrangement.',
  // Onward transfer to another State with the supplier's agreement: calibrated.
  'Where the receiving office finds the records useful to the authority of a third State, it may send them on with the agreement of the office that supplied them.',
  // Return of documents on request, as far as the law permits, with no deadline.
  'On request of the supplying Party, and as far as its law permits, the Receiving Party shall return the documents supplied.',
  'Documents supplied under this Agreement shall be returned to the Requested Party upon request.',
  // A necessity condition with no consent in it.
  'Information may be disclosed to other authorities only where necessary for the prevention or prosecution of offences.',
  'The Receiving Party may pass the records to other agencies only to the extent necessary for the purposes of this Arrangement.',
  // A deadline for another act is no destruction deadline ("return journey", "three working days").
  'The travel document for the return journey shall be issued within three working days of the positive reply.',
  // Conditions the supplier sets in the notice on items it chooses to mark: its option.
  'The supplying office shall mark the items it wishes to protect, and the notice shall indicate any specific conditions on their use, such as use only by the receiving office.',
  // What a request may be used for limits the asking, not the information received.
  'A Letter of Request shall not be used to obtain evidence which is not intended for use in judicial proceedings.',
  'Requests for assistance shall be used only to obtain information relevant to an investigation under this Agreement.',
  // A point of contact: who receives the transmission, not what the receiving government does with it.
  'Information under this Arrangement shall be communicated only to officials designated for this purpose by each Party.',
];

ruleTester('over-restricted-dissemination', {
  valid: [
    ...balanced.map((c) => ({ name: c.slice(0, 60), code: draft(c) })),
    {
      // The restriction is on goods, shares or money, not on information.
      name: 'a restriction on something other than information',
      code: `${fm}1. Equipment bought free of duty under this Arrangement shall not be sold or otherwise disposed of except on the conditions set by the Party that granted the exemption.\n2. A Party that holds the proceeds of a sale shall not be required to release them to the other Party before the end of the financial year.\n`,
    },
    {
      name: 'items under a case-by-case lead-in',
      code: `${fm}1. The Providing Party may make the supply of information subject to the condition that it is:\n   (a) kept confidential; or\n   (b) not used for purposes other than those stated in the request.\n`,
    },
    {
      name: 'items under a classified lead-in',
      code: `${fm}The Parties shall apply these principles to classified information:\n\n(a) the information received may not be used for purposes other than those agreed;\n\n(b) it may not be disclosed to any other authority without written consent.\n`,
    },
    { name: 'an article about classified information', code: `${fm.replace('Article 3 — Use of Information', 'Article 3 — Classified Information')}1. Such information shall not be disclosed to any other agency.\n` },
  ],
  invalid: [
    ...restrictive.map(([c, message]) => ({ name: c.slice(0, 60), code: draft(c), errors: [{ line: 24, column: 4, message }] })),
    {
      name: 'the second sentence of a clause is the range',
      code: `${fm}1. Each Party shall designate a contact point. Information received shall not be disclosed to any other agency.\n`,
      errors: [{ line: 24, column: 48, endColumn: 112, message: /Article 3\(1\)/ }],
    },
    {
      name: 'a lettered sub-paragraph is cited',
      code: `${fm}1. The Receiving Party undertakes that:\n   (a) information will be used exclusively by the receiving unit; and\n   (b) information will be kept in a secure system.\n`,
      errors: [{ line: 25, message: /Article 3\(1\)\(a\) confines the information to one agency or administration \("exclusively by the receiving unit"\)/ }],
    },
    {
      // Found by the fix property: replacing the whole paragraph also deleted its other sentences,
      // here the reference to the security agreement (classified material then lost its formal terms).
      name: 'the fix replaces only the restricting sentence; the paragraph\'s other sentences stay',
      code: `${fm}1. The General Security of Information Agreement in force between the Parties applies. Information received shall not be disclosed to any other agency. Each Party designates a point of contact.\n`,
      errors: [{ line: 24, column: 88, message: /Article 3\(1\)/ }],
      output: `${fm}1. The General Security of Information Agreement in force between the Parties applies. The Receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the Providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings. Information shall be handled according to the handling label it carries, which is TLP:AMBER unless the Providing Party marks it otherwise. Each Party designates a point of contact.\n`,
    },
    {
      // Two paragraphs that restrict: the first gets the balanced clause, the second refers to it
      // (fixing both used to write the balanced clause twice in one article).
      name: 'two restricting paragraphs of one article: the balanced clause once, then a reference to it',
      code: `${fm}1. Information received shall be used solely for the purpose of the specific request.\n2. Information received shall not be disclosed to any other agency.\n`,
      errors: [
        { line: 24, column: 4, message: /Article 3\(1\)/ },
        { line: 25, column: 4, message: /Article 3\(2\)/ },
      ],
      output: `${fm}<!-- clause: balanced-dissemination@1.1.0 -->\n1. The Receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the Providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings. Information shall be handled according to the handling label it carries, which is TLP:AMBER unless the Providing Party marks it otherwise.\n<!-- clause: dissemination-by-reference@1.0.0 -->\n2. The Receiving Party may use and disseminate information received under this Arrangement as paragraph 1 provides, and shall handle it according to the handling label it carries.\n`,
    },
    {
      // Found by npm run fuzz (seeds 20261219, 20261220): with two articles numbered 3, "Article
      // 3(1)" named the first one's paragraph. The reference is to "paragraph 1" of the same
      // article, which does not depend on the rest of the draft.
      name: 'the reference names a paragraph of the same article, whatever other articles are numbered',
      code: `${fm}Text.\n\n## Article 3 — More\n\n1. Information received shall be used solely for the purpose of the specific request.\n2. Information received shall not be disclosed to any other agency.\n`,
      errors: [
        { line: 28, column: 4, message: /Article 3\(1\)/ },
        { line: 29, column: 4, message: /Article 3\(2\)/ },
      ],
      output: `${fm}Text.\n\n## Article 3 — More\n\n<!-- clause: balanced-dissemination@1.1.0 -->\n1. The Receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the Providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings. Information shall be handled according to the handling label it carries, which is TLP:AMBER unless the Providing Party marks it otherwise.\n<!-- clause: dissemination-by-reference@1.0.0 -->\n2. The Receiving Party may use and disseminate information received under this Arrangement as paragraph 1 provides, and shall handle it according to the handling label it carries.\n`,
    },
    {
      // The same after the first paragraph was fixed alone: the second still refers to it.
      name: 'a restriction after a paragraph that holds the balanced clause refers to it',
      code: `${fm}1. The Receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the Providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings. Information shall be handled according to the handling label it carries, which is TLP:AMBER unless the Providing Party marks it otherwise.\n2. Information received shall not be disclosed to any other agency.\n`,
      errors: [{ line: 25, column: 4, message: /Article 3\(2\)/ }],
      output: `${fm}1. The Receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the Providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings. Information shall be handled according to the handling label it carries, which is TLP:AMBER unless the Providing Party marks it otherwise.\n<!-- clause: dissemination-by-reference@1.0.0 -->\n2. The Receiving Party may use and disseminate information received under this Arrangement as paragraph 1 provides, and shall handle it according to the handling label it carries.\n`,
    },
    {
      // A short destruction duty alone is answered by the retention clause, not by a second copy of
      // the dissemination clause beside the one offered for the paragraph before it.
      name: 'a short destruction duty: the fix keeps information as long as its uses need it',
      code: `${fm}1. The Receiving Party shall destroy all information received under this Arrangement within thirty days of receipt.\n`,
      errors: [{ line: 24, column: 4, message: /destroyed or returned.*Use the retention clause/ }],
      output: `${fm}<!-- clause: balanced-retention@1.0.0 -->\n1. The Receiving Party may keep information received under this Arrangement for as long as it is needed for the purposes for which it may be used under this Arrangement, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.\n`,
    },
    {
      // Found by npm run fuzz (seed 20261216): the replaced sentence also kept the information
      // confidential, the draft's only safeguarding; the retention clause keeps the handling label.
      name: 'the retention clause, replacing the draft\'s only safeguarding, still safeguards',
      code: `# Agreement\n\n## Article 1 — Use\n\n1. To the extent permitted by law, each Party keeps the Information confidential. concerning the Information The receiving agency shall destroy all records within 30 days of receipt.\n`,
      errors: [{ line: 5, column: 4, message: /Use the retention clause/ }],
    },
    {
      // Each fix is checked against every rule by the tester: the retention clause beside personal
      // data must not read as privacy handling (retention, accuracy) that the draft does not have.
      name: 'the retention clause beside personal data sets no privacy element',
      code: `${fm}1. The Parties exchange names and dates of birth of known or suspected terrorists.\n2. The Receiving Party shall return all documents received within 14 days.\n`,
      errors: [{ line: 25, column: 4, message: /Article 3\(2\).*Use the retention clause/ }],
    },
    {
      // Found by the fix property: the standard clause's consent for third-country disclosure, placed
      // beside classified material, read as one formal term for it and turned "no formal terms"
      // into "some formal terms". Each fix is checked against every rule by the tester.
      name: 'the standard clause beside classified material sets no classified term',
      code: `${fm}1. The Parties may exchange information classified SECRET.\n2. Information received shall not be disclosed to any other agency.\n`,
      errors: [{ line: 25, column: 4, message: /Article 3\(2\)/ }],
    },
    {
      // Found by the fix property: the standard clause's consent for disclosure to a third country,
      // beside personal data, read as privacy handling (onward transfer) and turned "no privacy
      // handling" into "incomplete privacy handling". Each fix is checked against every rule.
      name: 'the standard clause beside personal data sets no privacy element',
      code: `${fm}1. The Parties exchange names and dates of birth of known or suspected terrorists.\n2. The information shall be used exclusively by the receiving agency and by no other entity.\n`,
      errors: [{ line: 25, column: 4, message: /Article 3\(2\)/ }],
    },
    {
      // Found by the fix property: the recorded exception's words ("record") made the article's
      // restriction read as privacy handling next to personal data, turning "no privacy handling"
      // into "incomplete privacy handling". Each fix is checked against every rule by the tester.
      name: 'recording an exception beside personal data adds no privacy finding',
      code: `${fm}1. The Parties exchange names and dates of birth of known or suspected terrorists.\n2. The Information shall not be released to any border, financial-intelligence or law-enforcement agency.\n`,
      errors: [{ line: 25, column: 4, message: /Article 3\(2\)/ }],
    },
  ],
});
