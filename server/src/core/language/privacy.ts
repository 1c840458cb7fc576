/**
 * Personal data and its handling (domain brief, section B): where a text names data about
 * identifiable individuals, and which elements of privacy handling it supplies. A recital that
 * merely mentions privacy ("Having regard to the Privacy Act ...") is not handling; a clause or
 * article about personal data that sets rules for it is.
 */
import { consentWord, isNegated, isRecital } from './modality.js';
import { collapsedLower, sentences } from './sentences.js';
import { TextMemo } from './memo.js';

/**
 * The elements of adequate privacy handling, in the order messages list them (domain brief,
 * section B). Security of the data and notice of a breach are two elements: a text that protects
 * the data but says nothing of telling the other side about a breach lacks the second.
 */
export const privacyElements = ['privacy-law', 'us-person', 'purpose', 'accuracy', 'retention', 'security', 'breach-notice', 'redress', 'onward-transfer'] as const;
export type PrivacyElement = (typeof privacyElements)[number];

/** How messages name each element. */
export const privacyElementNames: Record<PrivacyElement, string> = {
  'privacy-law': 'the Privacy Act of 1974 or applicable privacy law',
  'us-person': 'the impact on U.S. citizens and lawful permanent residents',
  purpose: 'purpose limitation',
  accuracy: 'accuracy and correction',
  retention: 'retention limits and deletion',
  security: 'security of the data',
  'breach-notice': 'notice of a breach of security',
  redress: 'access, correction and redress for individuals',
  'onward-transfer': 'onward transfer',
};

/** A place in a text where personal data is named. */
export interface PersonalDataMention {
  start: number;
  end: number;
  /** The words that name it, as written. */
  text: string;
}

/** Builds a pattern from readable parts: a space matches any run of white space, " ?" none too. */
function words(parts: string[], flags = ''): RegExp {
  return new RegExp(parts.join('|').replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`), flags);
}

/**
 * The end of a word, after a group whose every branch ends with a letter: there `\b` and `(?!\w)`
 * test the same thing, but V8 compiles a `\b` after a long alternation (`people`) into every
 * branch of it, at great cost the first time the pattern runs (the personal-data pattern took
 * 128 ms to compile with `\b` there, 10 ms with this; a server's first review waits for it).
 */
const wordEnd = String.raw`(?!\w)`;

// Who personal data is about: natural persons named by their role in the exchange.
const people = String.raw`(?:natural (?:or legal |and legal )?|legal or natural )?(?:persons?|individuals?|suspects?|passengers?|travell?ers?|people|nationals?|citizens?|residents?|account[- ]holders?|customers?|victims?|witnesses?|offenders?|terrorists?|(?:visa |asylum )?applicants?|asylum seekers?|detainees?|prisoners?|migrants?|refugees?|stowaways?|patients?|taxpayers?|insured persons?|crew members?|visitors?|staff(?: members?)?|personnel|officials?|officers?|interns?|(?:visiting )?professionals?|heads? of (?:(?:the )?consular )?(?:post|mission)s?|employees?|servants?|dependants?|dependents?|spouses?|widows?|widowers?|orphans?|survivors?|heirs?|fugitives?|perpetrators?|aliens?|immigrants?|stateless persons?|third[- ]country nationals?|beneficial owners?|informants?|settlors?|trustees?|beneficiar(?:y|ies)|pensioners?|claimants?|workers?|seafarers?|(?:the )?accused(?: persons?)?|children|child|minors?|deceased(?: persons?)?|holders? of (?:a |the )?(?:bank )?(?:passports?|identity cards?|accounts?|licen[cs]es?)|owners? (?:or (?:holders?|operators?|keepers?) )?of (?:the )?vehicles?|members of (?:the |their |his |her )?(?:family|families|household)|members? of (?:a |the )?(?:force|civilian component|armed forces|crew)|(?:maintenance )?(?:debtors?|creditors?)|subjects? of)`;
// What is recorded about them: identity, identifiers, whereabouts, history.
const attribute = String.raw`(?:identity|identities|state of health|health|tax returns?|hits?|matches|alerts?|employment|income|earnings|wages|(?:periods?|records?) of (?:insurance|employment|residence)|insurance (?:periods?|records?)|names?|surnames?|forenames?|nationality|nationalities|address(?:es)?|domicile|residence|occupations?|descriptions?|photographs?|fingerprints|dates? (?:and places? )?of birth|places? of birth|whereabouts|activities|movements|arrivals?|(?:final )?departures?|appointments?|(?:(?:personnel )?security )?clearance(?: levels?| status)?|locations?|contacts|associates|statements?|testimony|records?|files?|data|information|details|particulars|biodata|travel histor(?:y|ies)|telephone numbers?|e-?mail addresses?|(?:[a-z.]{1,12} )?tins?|(?:taxpayer|tax) identification numbers?|civil status|marital status|illness(?:es)?|age|deaths?|births?|marriages?|divorces?|circumstances|diseases?|disabilit(?:y|ies)|injur(?:y|ies)|incapacity|(?:medical |nursing )?(?:treatment|care)|assets|bank accounts?|(?:financial|family|personal)(?: and (?:financial|family|personal))? (?:situation|circumstances)|claims?|appeals?|applications?|declarations?|orders?|judgments?|judicial acts?|convictions?|arrest|detention|custody|medical reports?|(?:numbers? of (?:the |his |her |their )?)?(?:passports?|identity cards?|travel documents?)(?: numbers?)?)`;
// Organisations and official channels are not data about individuals.
// A role word used of a thing ("a suspect vessel", "national authorities") is not a person either.
const notPeople = String.raw`(?! (?:organi[sz]ations?|groups?|financing|activit\w*|attacks?|threats?|offences?|networks?|methods?|trends?|incidents?|designated|appointed|responsible for|acting as|in charge|vessels?|ships?|aircraft|craft|vehicles?|transactions?|goods|cargo|consignments?|premises|companies|company|entit(?:y|ies)|members?|authorit\w*|laws?|legislation|courts?|bodies|body|offices?|bureaux?|level|interests?|part(?:y|ies)|states?|countr(?:y|ies)|governments?|institutions?|banks?)\b)`;

/**
 * Data about identifiable individuals, named as such: categories of personal data, identifiers,
 * records of a person's criminal or judicial history, health data, and identity attributes "of"
 * a person. Any of these names personal data on its own.
 */
const personalData = words([
  String.raw`\bpersonal(?:ly identifiable)? (?:data|information|details|records|particulars)\b`,
  String.raw`\bpii\b`,
  // The frameworks' own definition (OECD, Convention 108): information relating to an identified
  // or identifiable individual, or natural person.
  String.raw`\b(?:information|data)\b[^.;]{0,40}\b(?:an? |the )?(?:identified or identifiable|identifiable) (?:natural )?(?:persons?|individuals?)\b`,
  String.raw`\bbiographic(?:al)?\b`,
  String.raw`\bbiometric\w*\b`,
  String.raw`\bfingerprints?\b`,
  String.raw`\bdactyloscopic\b`,
  String.raw`\b(?:cop(?:y|ies)|photocop(?:y|ies)) of (?:the |his |her |their |any |a )?(?:passports?|identity cards?|identity documents?|travel documents?|residence permits?)\b`,
  String.raw`\b(?:national insurance|insurance|citizen service|personal identification) numbers?\b`,
  String.raw`\bfacial (?:images?|recognition)\b`,
  String.raw`\bdna (?:profiles?|data|samples?)\b`,
  String.raw`\bdates? of birth\b`,
  String.raw`\bplaces? of birth\b`,
  String.raw`\bpassport (?:numbers?|data|details)\b`,
  String.raw`\bnumbers? of (?:the |his |her |their )?(?:passports?|identity cards?|identity documents?|travel documents?)\b`,
  String.raw`\bidentity (?:card|document) numbers?\b`,
  String.raw`\b(?:social security|tax identification|national identi\w*|personal identi\w*|personal public service|(?:military|service|staff|employee) identification) numbers?\b`,
  String.raw`\b(?:persons?|individuals?|people) whose (?:personal )?(?:data|information|details|particulars)\b`,
  String.raw`\b(?:suspect|person|individual|offender|accused|passenger|travell?er|applicant|victim|witness|prisoner|detainee|claimant|insured person|beneficiary|pensioner|dependant|refugee|migrant|worker|employee|child|deceased)(?:'s|’s) (?:particulars|identity|names?|address(?:es)?|residence|data|details|information|records?|files?|fingerprints|photographs?|nationality|whereabouts|date of birth|criminal record|income|earnings|assets|financial (?:situation|circumstances)|state of health|health|medical \w+|illness|disabilit(?:y|ies)|travel documents?|passports?|identity (?:cards?|documents?))\b`,
  // A plural possessive speaks of a group ("workers' health", "victims' rights"): personal data
  // only where what it names is a record about each of them ("the applicants' files").
  String.raw`\b(?:suspect|person|individual|offender|passenger|travell?er|applicant|victim|witness|prisoner|detainee|claimant|beneficiarie|pensioner|dependant|refugee|migrant|worker|employee|children|deceased)(?:s'|s’|'|’) (?:particulars|identities|names|addresses|data|details|personal information|records|files|fingerprints|photographs|dates of birth|criminal records|medical (?:records|files|reports|data)|passports|identity (?:cards|documents))\b`,
  // Data tied to a person spoken of by a pronoun ("particulars relating to him").
  String.raw`\b(?:information|data|particulars|details|records?|files?)\b[^.;]{0,30}\b(?:about|concerning|relating to|related to|regarding|in respect of) (?:him|her|him or her|himself|herself)\b`,
  // Singling a person out ("the request shall identify the dependant"): identity data, where the
  // sentence is about information.
  // The look-behind stands after the literal, so it runs only where "identif" stands (at the
  // start it ran at every position of every clause: a third of this pattern's time).
  String.raw`\bidentif(?<!\b(?:not|never|cannot|without|no longer) identif)(?:y|ies|ying) (?:the |each |any |such |a |an )?${people}${wordEnd}${notPeople}`,
  String.raw`\b(?:his|her|his or her) (?:identity|nationality|date of birth|place of birth|whereabouts|address|criminal record|fingerprints|photograph)\b`,
  String.raw`\b(?:subscriber information|traffic data|personnel (?:files|records|data)|genetic (?:data|profiles?|information))\b`,
  String.raw`\b(?:surnames?|family names?),? (?:and )?(?:first names?|forenames?|given names?)\b`,
  String.raw`\b(?:lost or stolen|stolen or lost) (?:passports?|travel documents?)\b`,
  String.raw`\bpassenger name records?\b`,
  String.raw`\blists? of (?:passengers|persons|individuals|names|crew members?|nationals|suspects)\b`,
  String.raw`\b(?:birth|marriage|death|civil status) certificates?\b`,
  String.raw`\bvehicle registration data\b`,
  String.raw`\basylum (?:applications?|claims?|requests?|decisions?|seekers'? files?)\b`,
  String.raw`\b(?:results?|outcomes?|decisions?|judgments?|sentences?|measures?|notices? of decisions?)\b[^.;]{0,30}\b(?:taken |pronounced |imposed )?(?:against|concerning|on) (?:its |their |the |a |any )?(?:nationals?|citizens?|persons?|individuals?|offenders?)\b`,
  String.raw`\b(?:persons?|nationals?|citizens?|individuals?|foreigners?|aliens?)\b[^.;]{0,60}\bwho (?:is|are|has been|have been|was|were) (?:arrested|detained|committed to prison|imprisoned|convicted|expelled|deported|taken into custody)\b`,
  // Told of what befell a person (a consular notice of an arrest), not merely what may be done.
  String.raw`\b(?:notif|inform|advis|report|tell|told)\w*\b[^.;]{0,80}\b(?:arrest|detention|expulsion|deportation|removal|death|conviction|imprisonment|custody) of (?:a|an|any|the|one of its) (?:person|national|citizen|individual|foreigner|alien)s?\b`,
  String.raw`\b(?:notif|inform|advis|report|tell|told)\w*\b[^.;]{0,80}\b(?:(?:his|her|their) (?:arrest|detention|expulsion|deportation|removal|death|conviction|imprisonment|custody|release|escape)|(?:such|the|that|a|an|any) (?:person|national|citizen|individual|foreigner|alien|offender|prisoner|detainee)s? (?:is|are|was|were|has been|have been) (?:in custody|detained|arrested|imprisoned|convicted|released|deported|expelled|deceased))\b`,
  String.raw`\b(?:passenger|traveller|traveler|crew) (?:data|information|records?|lists?|manifests?|details)\b`,
  String.raw`\badvance passenger information\b`,
  String.raw`\bpnr\b`,
  String.raw`\bwatch ?lists?\b`,
  String.raw`\bwatchlisted\b`,
  String.raw`\bdata subjects?\b`,
  String.raw`\b(?:u\.s\.|united states) (?:persons?|citizens?|nationals?)\b`,
  String.raw`\blawful(?:ly admitted)? permanent residents?\b`,
  // A person's criminal or judicial history: records, convictions, warrants.
  String.raw`\b(?:criminal|judicial|police|penal|conviction) (?:records?|histor(?:y|ies)|files?|antecedents|registers?)\b`,
  String.raw`\bcriminal convictions?\b`,
  String.raw`\b(?:previous|prior|earlier|past) convictions?\b`,
  String.raw`\b(?:copy|copies|extracts?|records?|particulars) of (?:the |any |all )?(?:convictions?|criminal judgments?)\b`,
  String.raw`\bconvictions? (?:of|against|imposed on) (?:a |an |the |any )?(?:person|individual|national|offender)s?\b`,
  String.raw`\b(?:warrants? of arrest|arrest warrants?)\b`,
  // Health data and the special categories of Convention 108.
  String.raw`\b(?:medical|health|clinical)(?: (?:or|and) (?:social|psychological|psychiatric))? (?:histor(?:y|ies)|records?|data|files?|information|certificates?|reports?|examinations?|conditions?|evidence|opinions?|findings|assessments?)\b`,
  String.raw`\bautops(?:y|ies)\b`,
  String.raw`\bdata concerning (?:the )?health\b`,
  String.raw`\b(?:racial or ethnic origin|political opinions|religious (?:or philosophical )?beliefs|trade[- ]union membership|sex(?:ual)? life)\b`,
  // Establishing who someone is.
  String.raw`\b(?:establish|verif|confirm|determin|ascertain|prov|check)\w* (?:his|her|their|the person's) (?:identity|identities|nationality)\b`,
  String.raw`\bnames?,? (?:and )?(?:addresses|aliases|nationalit(?:y|ies)|(?:(?:military|service|staff|personal) )?identification numbers?|dates? of birth)\b(?! (?:of|for) (?:the |its |their |each |any )?(?:contact|designated|competent|central|authorit|agenc|offices?|bodies|points?|liaison|ministr|officials|representatives|experts))`,
  String.raw`\bfinancial (?:records|information|data|transactions?) of (?:persons|individuals|natural persons|customers)\b`,
  String.raw`\b(?:data|information|details)\b[^.;]{0,120}\b(?:a|any|the) (?:person|individual|traveller|traveler|passenger|suspect)s? (?:who )?(?:is|are|was|were|has been|have been)? ?(?:refused|denied|arrested|detained|searched|suspected|convicted|wanted|removed|deported|screened|questioned|stopped)\b`,
]);

/**
 * People spoken of by what they did or what is done to them ("persons suspected of having
 * committed offences", "the suspected person", "illicit brokers"): personal data where the same
 * sentence is about information on them (a description, a record, surveillance, verification,
 * notification). Alone they name a legal subject, not data ("a person who has been finally
 * judged may not be prosecuted again").
 */
const peopleByRole = words([
  String.raw`\b(?:persons?|individuals?|people)(?: (?:who|whom|that))?(?: (?:have|has|had|are|is|were|was|may have|may be))?(?: been)?(?: or (?:are|is|have|has|were|was)(?: been)?)? (?:suspected|accused|convicted|wanted|sought|arrested|detained|sentenced|claimed|prosecuted|extradited|alleged|committed|involved in|engaged in|implicated|charged with (?:an? |the |any )?(?:criminal |serious )?(?:offen[cs]es?|crimes?))\b`,
  String.raw`\bpersons? to be (?:readmitted|returned|transferred|surrendered|extradited|expelled|removed)\b`,
  String.raw`\bpersons? whose (?:extradition|surrender|transfer|readmission|return|arrest|detention) is (?:requested|sought)\b`,
  String.raw`\bpersons? under (?:examination|investigation|suspicion|surveillance)\b`,
  String.raw`\b(?:persons?|individuals?) (?:named|identified|mentioned|listed) in\b`,
  String.raw`\bpersons? (?:who are |who is )?known (?:to (?:\w+ ){0,4}?)?(?:to be|to have)\b`,
  String.raw`\b(?:known or (?:appropriately )?suspected) terrorists?\b`,
  String.raw`\b(?:individuals?|persons?) (?:who are |who is )?(?:known|believed|reasonably suspected) (?:of|to)\b`,
  String.raw`\bsuspected persons?\b`,
  String.raw`\bpersons? (?:concerned|claimed|sought|in question)\b`,
  String.raw`\bpersons? in respect of whom\b`,
  String.raw`\b(?:illicit|suspected|known|unauthori[sz]ed) (?:brokers|dealers|traffickers|smugglers|couriers)\b`,
  String.raw`\b(?:traffickers|smugglers|perpetrators|fugitives|pirates|hijackers)\b`,
  String.raw`\b(?:an?|the|each|any) (?:employee|staff member|inspector|prisoner|detainee)\b(?=[^.;]{0,160}\b(?:clearance|designation|notif\w*)\b)`,
], 'g');
/**
 * A person's nationality or residence put in question ("verify whether the person is its
 * national"): personal data where the sentence checks or establishes it.
 */
const personStatus =
  /\b(?:a|an|the|each|any) (?:(?:sentenced|convicted|detained|arrested|accused|insured|transferred|returned) )?(?:person|individual|prisoner|detainee|migrant|applicant|suspect|offender)\b[^.;]{0,100}\b(?:is|are|was|were|be) (?:not )?(?:a |an |its |their |one of (?:its|their|the) )?(?:nationals?|citizens?)\b/g;
/**
 * A person's claim or entitlement in a social-security, asylum or visa matter ("the claim for
 * benefit", "the right to the pension"): data on that person where the sentence passes information
 * on it, not where it states the law that governs claims.
 */
const benefitClaim =
  /\b(?:claims?|applications?|entitlements?|rights?) (?:for|to) (?:a |an |the |any |such |his |her |their )?(?:benefits?|pensions?|allowances?|annuit(?:y|ies)|asylum|residence permits?|visas?)\b/g;
// Establishing a fact about the person, not establishing an offence ("establish as criminal
// offences", "an offence established in accordance with ...") or jurisdiction.
// A document or statement showing it ("a statement indicating that the sentenced person is a national") counts too.
const checksStatus = /\b(?:verif\w*|ascertain\w*|establish\w*(?! (?:as|jurisdiction|in accordance|under|by)\b)|confirm\w*|determin\w*|check\w*|identif\w*|indicat\w*|certif\w*|attest\w*|prov(?:e|es|ed|ing)\b)\b/;
/** Cheap test: could the text name people by role at all? */
const mayNameByRole = /person|individual|people|terrorist|broker|dealer|traffick|smuggl|courier|perpetrat|fugitive|pirate|hijack|employee|staff|inspector|prisoner|detainee/;
/** Words that make a sentence about information on the people it names. */
const aboutInformation =
  /\b(?:information|data|particulars|details|descriptions?|records?|files?|lists?|registers?|registered|surveillance|identit\w*|identif\w*|whereabouts|movements|notif\w*|inform|informs|informed|verif\w*|ascertain\w*|transmi\w*|communicat\w*|reports?|reported|alerts?|interview\w*|exchang\w*|furnish\w*|forward\w*|clearance)\b/g;

/**
 * A sentence about a document the person carries ("a card showing the name, date of birth and
 * nationality of the holder"): the data is printed on the document, not passed between the parties.
 */
const documentContent = /\b(?:identity |identification |personal identity )?(?:cards?|permits?|passports?|certificates?|badges?|licen[cs]es?|travel documents?)\b[^.;]{0,80}\b(?:showing|bearing|stating|displaying|containing|indicating|with|(?:shall|must|will) (?:\w+ ){0,3}?(?:include|contain|show|bear|state|indicate))\b/;
const passedOn = /\b(?:exchang|provid|suppl|transmi|transfer|communicat|notif|inform|forward|furnish|send|sent|shar|disclos|report|made available|make available)\w*/;

/**
 * An attribute "of" a person: "the identity, the passport number and the address of the person",
 * "information, if any, relating to individuals". Read from the person back: the preposition and
 * the person are found first (few places in a text), then the attributes are looked for in the
 * words just before, so the long list of attributes is not tried at every word of every clause.
 */
const personAfterPreposition = words([
  String.raw`\b(?:of|on|about|concerning|relating to|related to|pertaining to|in relation to|with respect to|regarding|identifying|in respect of|completed by|held by|owned by|paid to|obtained by|lodged by|submitted by|made against|issued against|given against|as to|as regards|with regard to) (?:a |an |the |any |such |specific |particular |identified |identifiable |all |those |each |every |its |their )?(?:suspected |accused |missing |deceased |wanted |convicted |sentenced |arrested |detained |affected )?(?<gap>(?:(?!(?:of|and|or|the|to|by|for|in|on|at|as|from|with|about|regarding|concerning|who|which|that|such|other|these|those)\b|[a-z'’-]{1,20}s\b(?!\.))[a-z][\w.’'-]{0,20} ){0,3}?)${people}${wordEnd}`,
], 'g');
/**
 * Categories that name a fact of a person's life or an act done to them rather than a record
 * ("his nationality", "medical examinations", "trade union membership"), and measures taken against a
 * person: data passed between the parties only in a sentence about information.
 */
const lifeFact = /^(?:his|her|his or her) |^identif|^measures?\b.*\bagainst |(?:examinations?|conditions?)$|racial|political opinions|religious|trade[- ]union|sex/;

/** Attributes that are themselves records or identifiers, as opposed to facts of a person's life. */
const informationAttribute =
  /^(?:information|data|details|particulars|(?:(?:personnel )?security )?clearance|records?|files?|statements?|testimony|biodata|identity|identities|names?|surnames?|forenames?|photographs?|fingerprints|descriptions?|dates? (?:and places? )?of birth|places? of birth|hits?|matches|alerts?|tax returns?|telephone numbers?|e-?mail addresses?|(?:[a-z.]{1,12} )?tins?\b|(?:taxpayer|tax) identification numbers?|contacts|associates|travel histor|(?:numbers? of )?(?:the |his |her |their )?(?:passports?|identity cards?|travel documents?)|(?:periods?|records?) of (?:insurance|employment|residence)|insurance (?:periods?|records?))/;
/** People named by the office they hold for a party or a body. */
const officeHolder = /\b(?:staff(?: members?)?|personnel|officials?|officers?|interns?|professionals?|heads? of (?:(?:the )?consular )?(?:post|mission)s?)$/;
/** Only the means of reaching someone: names, addresses, telephone, e-mail. */
const contactOnly = /^(?:the |their |his |her |its )?(?:full )?(?:names?|surnames?|address(?:es)?|telephone numbers?|e-?mail addresses?|contacts)(?:,? (?:and |or )?(?:the |their |his |her |its )?(?:full )?(?:names?|surnames?|address(?:es)?|telephone numbers?|e-?mail addresses?|contacts))*,? $/;
/** A request for a visit and what it states ("applications for visits will state ..."). */
const visitRequest = /\b(?:applications?|requests?) for (?:a |the )?visits?\b|\bvisit (?:applications?|requests?)\b|\b(?:visits?|visitors?)\b[^.;]{0,80}\b(?:applications?|requests?) (?:shall|will|must|should) (?:state|contain|include|specify|give)\b/;
/** An act done at another body's request ("at the request of the competent institution"). */
const doneOnRequest = /\b(?:at|on|upon) the (?:request|demand) of\b|\brequest(?:ed)? by\b|\bat whose request\b/;
/**
 * A person's filing ("any claim, notice or appeal") passed on to the body of the other side that
 * deals with it: the claimant's file goes with it. Read only where the sentence passes the filing
 * on and the text says the filing was lodged or received.
 */
const filing = /\b(?:claims?|appeals?)(?:,? (?:(?:and|or) )?(?:claims?|notices?|declarations?|appeals?|applications?))*\b/g;
const filingPassed = /\b(?:forward\w*|transmit\w*|sen[dt]|sending|pass(?:ed|es)? on)\b/;
const filingLodged = /\b(?:lodged|submitted|received|filed|presented|made)\b/;
/**
 * Records that can only be about a person, named by what produced them rather than by a person
 * noun: the results of an interview or of a medical examination, the information a party needs to
 * decide on a person's extradition, surrender or readmission, information on financial accounts
 * (about their holders). Read where the sentence passes or asks for them.
 */
const passedRecord = words([
  String.raw`\b(?:results?|outcomes?|findings|records?|minutes|reports?) (?:of|on|from) (?:the |an |any |such |this |these )?(?:interviews?|questioning|medical examinations?)\b`,
  String.raw`\b(?:information|particulars|details)\b[^.;]{0,120}\b(?:decid\w*|decision|determin\w*) (?:on|upon|whether|as to) (?:the )?(?:request for )?(?:extradition|surrender|readmission)\b`,
  String.raw`\b(?:information|data)\b[^.;]{0,60}\b(?:with respect to|on|about|concerning|relating to|regarding|in respect of) (?:all |each |any |the |such )?(?:(?:u\.s\. |[a-z]+ )?(?:reportable|financial|bank|depository|custodial) )accounts?\b`,
], 'g');
/**
 * Information named by what it is about rather than by a category of personal data. Where it ends
 * in one person it is read from the person back, in the pass over `personAfterPreposition` (no scan
 * of its own):
 * - a report or information on one person, singular and definite ("a report on the child", "social
 *   reports on the sentenced person", "a report on the situation of the child"), so a State's
 *   reports on a group ("reports on the situation of migrant workers") stay out;
 * - what a measure about one person needs ("information relevant to the protection of the child").
 */
const onePerson = /^(?:on|about|concerning|of) (?:the|a|such|each) (?:(?:sentenced|convicted|detained|insured) )?(?:child|minor|person|individual|offender|prisoner|detainee|beneficiary|applicant|claimant|patient|victim|witness|pensioner)$/;
const reportOn = /\b(?:information|data|particulars|details|evidence|reports?) $/;
const reportOfOne = /\b(?:information|data|particulars|details|evidence|reports?) (?:(?:which is |that is )?(?:relevant|necessary|needed|required|useful|pertinent) (?:to|for) (?:the )?(?:protection|identification|location|situation|care|custody|return|transfer|supervision|treatment|placement|rehabilitation|assessment)|(?:on|about|concerning) the (?:situation|condition|circumstances|case|conduct|behaviou?r|progress|health)) $/;
/**
 * Categories listed without a person noun ("data regarding identity, address, household"): an
 * identity attribute followed by a second personal attribute. Read only where the text passes
 * `identityOrCertificate` (one cheap scan for this reading and the certificate below; a scan of
 * its own for each cost about a tenth of the personal-data reading on the joined treaties).
 */
const identityListed = words([
  String.raw`\b(?:information|data|particulars|details)\b (?:regarding|concerning|on|about|relating to|as to|in respect of) (?:the )?(?:identity|nationality|civil status|marital status|date of birth|state of health),? (?:and |or )?(?:the )?(?:address|residence|domicile|household|nationality|identity|date of birth|place of birth|income|employment|occupation|civil status|marital status|state of health|health|family situation)\b`,
], 'g');
/** A certificate of one person's insurance record ("a certificate of the periods of insurance completed"). */
const insuranceCertificate = words([
  String.raw`\b(?:certificates?|attestations?)\b[^.;]{0,40}\b(?:periods? of (?:insurance|employment|residence|contributions?)|insurance periods?)\b`,
], 'g');
const identityOrCertificate = /(?:identity|nationality|status|birth|health)(?:,| and| or)|certificat|attestation/;
/** A list of the people who belong to a body ("a list of the members of the board"). */
const membersList = /\blists? of (?:the |its |their )?(?:names of (?:the |its |their )?)?(?:members|staff|officials|officers|personnel|correspondents|experts|representatives)\b(?! (?:of|from) (?:the )?(?:states?|part(?:y|ies)|countr(?:y|ies)|governments?|organi[sz]ations?)\b)/g;
/** `notPeople`, tested on the words after a match (cheaper than inside the pattern). */
const thingAfter = new RegExp(`^${notPeople.replace('(?!', '(?=')}`);
const attributesBefore = words([
  String.raw`\b${attribute}(?:,? (?:and |or )?(?:the |his |her |their |its )?${attribute})*(?:, [a-z ]{1,60},)?(?: (?:received|obtained|supplied|provided|held|collected|exchanged|transmitted|kept|stored|recorded|available))?,? $`,
]);

/** Prepositions that tie what comes before them to the person after them ("about", "concerning"). */
const aboutPreposition = /^(?:about|concerning|relating to|related to|pertaining to|in relation to|with respect to|with regard to|as regards|as to|regarding|in respect of)\b/;
/** Information named a few words before such a preposition, in the same sentence and clause. */
const infoNounBefore = /\b(?:information|data|details|particulars|records?|files?)\b[^.;:()]{0,50}$/;

const topicWords = /\b(?:practices?|measures?|rules|procedures?|rights|legislation|laws?|polic(?:y|ies)|methods?|trends?|programmes?|programs?|training|services?|experience|research|statistics?|statistical|anonymi[sz]ed|aggregate\w*|general)\b/;

/** `personalData`, for finding every match (`matchAll` works on a copy, so sharing it is safe). */
const personalDataAll = new RegExp(personalData.source, 'g');

/**
 * Cheap test: could this text name personal data at all? Every word here must be one the patterns
 * need, bounded where a bare stem would pass ordinary treaty words ("entry into force",
 * "international", "their", "head").
 */
export function mayNamePersonalData(lower: string): boolean {
  return /person|individual|people|customer|informant|settlor|trustee|beneficiar|pensioner|claimant|worker|seafarer|accused|child|minor|deceased|holder|owner|certificate|vehicle registration|lists? of|account|victim|witness|offender|applicant|asylum|detainee|prisoner|migrant|refugee|stowaway|patient|taxpayer|crew|visitor|staff|employee|servant|dependa|depende|famil|household|fugitive|perpetrat|traffick|smuggl|broker|dealer|courier|traveller|traveler|biograph|biometric|fingerprint|birth|passport|identity|passenger|pnr|watch ?list|data subject|citizen|resident|\bnational|criminal|judicial|police|penal|conviction|warrant|medical|health|clinical|autops|racial|political opinion|religious|trade.union|sex|names?\b|whereabouts|statement|testimony|suspect|terrorist|pii|dna|facial|inspector|identif|claim|benefit|pension|allowance|spouse|widow|orphan|survivor|\bheirs?\b|custody|detain|detention|arrest|debtor|creditor|members? of (?:a |the )?(?:force|civilian|armed)|dactylo|insurance|official|officer|\binterns?\b|professional|personnel|\bheads? of\b|appeal|clearance|interview|questioning|examination|extradit|surrender|readmi|account|\btins?\b|\bhim\b|\bher\b/.test(lower);
}

/** The sentence around `[start, end)` of a lower-cased text, cut at full stops and semicolons. */
function sentenceAround(lower: string, start: number, end: number): [number, number] {
  const a = Math.max(lower.lastIndexOf('.', start - 1), lower.lastIndexOf(';', start - 1)) + 1;
  const dot = lower.indexOf('.', end);
  const semi = lower.indexOf(';', end);
  const b = dot < 0 ? (semi < 0 ? lower.length : semi) : semi < 0 ? dot : Math.min(dot, semi);
  return [a, b];
}

/** A word of telling whose object is a person ("informing the person concerned", "inform the migrant"): the person is told. */
const personTold = new RegExp(String.raw`^\w* (?:(?:the |that |such |any |each |every )?(?:detained |arrested )?${people}(?: concerned)?|him|her|them)${wordEnd}(?! (?:of|about|on|that|whether) (?:the |a |an |any |his |her |their )?(?:arrest|detention|death|custody|identity|whereabouts|nationality))`);

/** Whether a sentence speaks of information about the people named at `[start, end)` of it. */
function isAboutInformation(sentence: string, start: number): boolean {
  for (const g of sentence.matchAll(aboutInformation)) {
    // "inform the suspected person of the request": the person receives the news, no data on them passes.
    if (/^(?:notif|inform)/.test(g[0]) && /^\w* (?:the |a |an |any |such )?$/.test(sentence.slice(g.index!, start))) continue;
    // "Workers shall be informed of the results": the people named first are told, not reported on.
    if (/^(?:notif|inform|advis)/.test(g[0]) && /\b(?:shall|should|must|will|are to|is to|may) be $/.test(sentence.slice(Math.max(0, g.index! - 20), g.index!)) && !/\b(?:part(?:y|ies)|states?|authorit\w*|governments?|agenc\w*|institutions?|offices?|ministr\w*|bodies|body|organi[sz]ations?|secretar\w*|bureau\w*|centre|center|commission)\b/.test(sentence.slice(0, g.index!))) continue;
    // "informing the person concerned (of his rights)": the person is told, nothing on him passes.
    if (/^(?:notif|inform|advis)/.test(g[0]) && personTold.test(sentence.slice(g.index!, g.index! + 80))) continue;
    // A word of the rules given to someone ("the provisions concerning notification to consular
    // officers"), not a passing of news about anyone.
    if (/\b(?:provisions?|rules?|procedures?|rights?|arrangements?) (?:concerning|on|for|regarding|relating to|governing) (?:[a-z-]+ ){0,5}$/.test(sentence.slice(Math.max(0, g.index! - 80), g.index!))) continue;
    // "communications" as a field of work, and information given about rules or rights, not about people.
    if (g[0] === 'communications') continue;
    if (/^(?:information|data|details)$/.test(g[0]) && /^ (?:about|on|of|concerning|regarding) (?:the |their |its |his |her )?(?:rules|procedures|rights|laws?|legislation|measures|risks|hazards|dangers|opportunities|services|requirements)\b/.test(sentence.slice(g.index! + g[0].length, g.index! + g[0].length + 60))) continue;
    return true;
  }
  return false;
}

/**
 * The places where a text names personal data. Recitals count: they announce what is exchanged.
 * `leadIn`, for a list item, is the text that introduces the list ("the request shall state:"):
 * the item is read as the end of that sentence, and only what falls in the item is reported.
 */
export function personalDataIn(text: string, leadIn?: string): PersonalDataMention[] {
  // The passes ask about the same clause and sentence texts in turn (facts, handling, classified).
  return leadIn ? readPersonalData(text, leadIn) : personalMemo.get(text, () => readPersonalData(text));
}
const personalMemo = new TextMemo<PersonalDataMention[]>(8000);

function readPersonalData(text: string, leadIn?: string): PersonalDataMention[] {
  if (leadIn) {
    const joined = `${leadIn} ${text}`;
    const at = leadIn.length + 1;
    return personalDataIn(joined)
      .filter((m) => m.end > at)
      .map((m) => {
        const start = Math.max(0, m.start - at);
        return { start, end: m.end - at, text: text.slice(start, m.end - at) };
      });
  }
  const lower = text.toLowerCase();
  if (!mayNamePersonalData(lower)) return [];
  const out: PersonalDataMention[] = [];
  const mayDescribeDocument = /card|permit|passport|certificate|badge|licen/.test(lower);
  const mayRequestVisit = lower.includes('visit');
  const found = (start: number, end: number, needsInformation = false) => {
    // The sentence around the mention, cut at full stops and semicolons, for the tests below.
    const [a, b] = needsInformation || mayDescribeDocument || mayRequestVisit ? sentenceAround(lower, start, end) : [0, 0];
    const sentence = lower.slice(a, b);
    // A fact of a person's life ("the employment of seafarers", "the earnings of natural persons",
    // "his nationality") is personal data passed between the parties only where the sentence is
    // about information: a convention that regulates employment or taxes income exchanges none.
    if (needsInformation) {
      // A medical examination of a person done for the other side ("at the request of the
      // institution of the other Party"): its findings go to the one that asked for it.
      if (!isAboutInformation(sentence, start - a) && !(/examination/.test(lower.slice(start, end)) && doneOnRequest.test(sentence))) return;
    }
    if (mayDescribeDocument) {
      // A list item is read with the words that introduce the list ("the travel document shall
      // include the following particulars: ... (f) the surname and date of birth of each member").
      const colon = lower.lastIndexOf(':', a);
      const withLead = colon > 0 && a - colon < 600 && !lower.slice(colon, a).includes('.') ? lower.slice(Math.max(lower.lastIndexOf('.', colon), lower.lastIndexOf(';', colon)) + 1, b) : sentence;
      // Data printed on a card or permit the person carries is not passed between the parties.
      if (documentContent.test(withLead) && !passedOn.test(withLead)) return;
    }
    // The particulars of visitors in a request for a visit (security cooperation) are an
    // administrative incident of the visit, not records on individuals exchanged between the parties.
    if (mayRequestVisit && visitRequest.test(sentence)) return;
    out.push({ start, end, text: text.slice(start, end) });
  };
  for (const m of lower.matchAll(personalDataAll)) found(m.index!, m.index! + m[0].length, lifeFact.test(m[0]));
  for (const m of lower.matchAll(personAfterPreposition)) {
    const at = m.index!;
    if (out.some((o) => o.start <= at && at < o.end)) continue;
    if (thingAfter.test(lower.slice(at + m[0].length, at + m[0].length + 40))) continue;
    const before = lower.slice(Math.max(0, at - 240), at);
    const a = attributesBefore.exec(before);
    if (!a) {
      // A report on one person, or what a measure about one person needs.
      if (onePerson.test(m[0])) {
        const tail = before.slice(-140);
        const i = tail.search(m[0].startsWith('of') ? reportOfOne : reportOn);
        if (i >= 0) {
          found(at - tail.length + i, at + m[0].length);
          continue;
        }
      }
      // "information on the forms about the claimant", "any other information which may be needed
      // concerning any person": information, a few words back, that the preposition ties to a person.
      if (!aboutPreposition.test(m[0])) continue;
      const near = before.slice(-70);
      const g = infoNounBefore.exec(near);
      // Information on a topic that concerns people ("information on best practices regarding
      // victims") is not data on them.
      if (g && !topicWords.test(g[0])) found(at - near.length + g.index, at + m[0].length);
      continue;
    }
    // The names and addresses of officials, staff or a head of post are how the parties reach
    // each other (contact points), not records on individuals; what befalls them (their identity,
    // appointment, arrival, clearance) is.
    if (officeHolder.test(m[0]) && contactOnly.test(a[0])) continue;
    const start = at - before.length + a.index;
    // Attributes already read as a category of their own ("dates of birth") are not read twice.
    const isRecord = informationAttribute.test(a[0]);
    // Words between the determiner and the person ("each specified U.S. person", "all non-enemy
    // nationals") are read only after a record or identifier, or of people who hold an office: a
    // fact of life so qualified ("the claims of Netherlands nationals") names a class of people,
    // not data on anyone.
    if (m.groups?.gap && !isRecord && !officeHolder.test(m[0])) continue;
    if (!out.some((o) => o.start < at && start < o.end)) found(start, at + m[0].length, !isRecord);
  }
  for (const m of mayNameByRole.test(lower) ? lower.matchAll(peopleByRole) : []) {
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    const [a, b] = sentenceAround(lower, start, end);
    if (isAboutInformation(lower.slice(a, b), start - a)) found(start, end);
  }
  for (const m of /claim|right|entitle|appl/.test(lower) ? lower.matchAll(benefitClaim) : []) {
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    const [a, b] = sentenceAround(lower, start, end);
    const sentence = lower.slice(a, b);
    // Told of a person's claim or entitlement, not of the law that governs claims.
    if (isAboutInformation(sentence, start - a) && !/\b(?:legislation|laws?|regulations|measures)\b/.test(sentence)) found(start, end);
  }
  // Mentions that count only in a sentence that passes them on (or checks them): each found where
  // no earlier mention covers it and its sentence holds.
  const foundWhere = (pattern: RegExp, holds: (sentence: string) => boolean) => {
    for (const m of lower.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      const [a, b] = sentenceAround(lower, start, end);
      if (holds(lower.slice(a, b))) found(start, end);
    }
  };
  if (/claim|appeal/.test(lower) && filingPassed.test(lower) && filingLodged.test(lower)) foundWhere(filing, (sentence) => filingPassed.test(sentence));
  if (/interview|question|examination|extradit|surrender|readmi|account/.test(lower)) foundWhere(passedRecord, (sentence) => passedOn.test(sentence) || /\brequest\w*\b/.test(sentence));
  if (/lists? of/.test(lower)) foundWhere(membersList, (sentence) => passedOn.test(sentence));
  if (identityOrCertificate.test(lower)) {
    foundWhere(identityListed, () => true);
    if (lower.includes('certificat') || lower.includes('attestation')) foundWhere(insuranceCertificate, () => true);
  }
  foundWhere(personStatus, (sentence) => checksStatus.test(sentence));
  out.sort((x, y) => x.start - y.start);
  return deferrals(lower) ? [] : out;
}

/** "Personal data will be exchanged only if the Parties later decide so": no exchange now. */
function deferrals(lower: string): boolean {
  return /\bpersonal (?:data|information)\b[^.;]{0,40}\b(?:will|shall) (?:only|not) be (?:exchanged|provided|transferred)\b[^.;]{0,20}\b(?:if|unless|until)\b/.test(lower);
}

const privacyLaw =
  /\b(?:privacy act|5 u\.?\s?s\.?\s?c\.?\s*(?:§\s*)?552a|(?:privacy|data[- ]protection) (?:laws?|legislation|regimes?|rules|statutes?|requirements|acts?|directives?|regulations?|conventions?|principles|standards|provisions|authorit(?:y|ies))|applicable (?:privacy|data[- ]protection)|protection of individuals with regard to (?:the )?(?:automatic )?processing of personal data|convention (?:no\.? )?108|ets no\.? 108|(?:convention|council of europe)\b[^.;]{0,40}\b28 january 1981|recommendation (?:no\.? )?r ?\(87\) ?15|directive \(eu\) 2016\/680|framework decision 2008\/977|general data protection regulation|gdpr|directive 95\/46|regulation \(eu\) 2016\/679|(?:legislation|laws?|rules|provisions|regulations)(?: [^.;]{0,40}?)? (?:on|relating to|concerning|governing|regarding|for|in respect of) (?:the )?(?:(?:professional |medical |official )?(?:confidentiality|secrecy),? and (?:the )?)?(?:protection of (?:(?:personal )?data|privacy|individuals|personal information|(?:the )?private life)|(?:personal )?data protection|privacy|personal (?:data )?(?:registers?|registrations?|files?))|(?:personal (?:data )?(?:registers?|registrations?|records?)|data files?) (?:act|law|legislation)|judicial redress act)\b/;
const generalHandling =
  /\b(?:data protection|privacy protections?|protection of (?:(?:the |their |his |her |its )?\w+(?:'s|s'|’s|s’|') )?(?:personal|individual) (?:data|information|privacy)|privacy safeguards?|personal data protection|protect(?:s|ed|ing|ion of)? (?:the )?privacy|privacy\b[^.;]{0,60}\b(?:shall|must|will|is to|are to) be (?:respected|protected|safeguarded|guaranteed)|privacy (?:and civil liberties|rights) (?:protections?|safeguards?)|consent of the data subject|data subject'?s? consent|respect for (?:his |her |their )?private life|(?:respect\w*|regard for|respect for) (?:the )?(?:right to )?privacy|(?:fairly and lawfully|lawfully and fairly)|(?:unfair|unlawful) (?:or (?:unfair|unlawful) )?means|(?:processed|obtained|collected) (?:fairly|lawfully)\b|(?:lawful and fair|fair and lawful) (?:means|processing|collection)|lawfulness,? (?:and )?fairness|fairness,? (?:and )?lawfulness|respect\w* (?:the |his |her |their )?(?:dignity and )?private life|private life\b[^.;]{0,40}\b(?:shall|must|will) be (?:respected|protected)|lawfulness of (?:the |its |their )?(?:processing|transfer|transmission)|(?:processing|transfer|transmission) (?:is|be|shall be|must be) lawful\b|right to (?:the protection of )?privacy)\b/;

// Procedures that protect the persons (minimisation, privacy procedures), not any procedure named
// near them (the due-diligence procedures that find the accounts a U.S. person holds).
const protectiveProcedures = String.raw`(?:(?:privacy|minimi[sz]ation|protective|safeguarding|targeting|handling) procedures?|procedures? (?:to|for|that) (?:\w+ )?(?:protect|safeguard|minimi[sz]|limit)\w*)`;
const usPersons = /\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b/;

// Acts done to data, for the readings that need one ("processed in accordance with its law").
// Sharing alone ("exchange information in accordance with their domestic law") is not handling.
// The act must be done to the data, not to a person ("the victims shall be protected in accordance with
// its law", "the sentenced person, who shall be treated ...", "protection of children under ..."):
// a person just before a passive act (but not "data on victims"), or just after an active one, is
// what the act is about; so is fair or equal treatment.
const personDone = String.raw`(?:victims?|child(?:ren)?|minors?|persons?|people|individuals?|witness(?:es)?|prisoners?|detainees?|offenders?|applicants?|adults?|refugees?|migrants?|families|family|patients?|workers?|nationals?|citizens?|residents?|aliens?|foreigners?|claimants?|beneficiar(?:y|ies)|pensioners?|passengers?|suspects?|accused|heirs?|seafarers?|employees?|he|she|they|who|whom)`;
// Matters dealt with, not data: "claims shall be handled under its legislation", "applications for
// asylum shall be processed in accordance with national law", "the goods shall be stored ...".
const matterDone = String.raw`(?:applications?|claims?|requests?|cases?|complaints?|appeals?|petitions?|goods|cargo|consignments?)`;
const handlingAct = String.raw`(?=process|treat|stor|retain|protect|safeguard|eras|delet|handl|confidentiality|security)(?<!(?<!\b(?:on|of|about|concerning|regarding|relating to|related to|in respect of) )\b${personDone} (?:(?:shall|must|will|may|should|is to|are to|to) )?(?:be |been |being |is |are )?)(?<!(?<!\b(?:data|information|particulars|details) (?:\w+ ){0,2})\b${matterDone}(?: (?:for|of|from|by|under) (?:(?!data|information|particulars|details|records)[^.;:,]){1,40})? (?:(?:shall|must|will|may|should|is to|are to|to) )?(?:be |been |being |is |are ))(?<!\b(?:fair|humane|equal|equitable|favourable|favorable|national|same|different|medical) )(?:process\w*|treat\w*|stor\w*|retain\w*|protect\w*|safeguard\w*|eras\w*|delet\w*|handl\w*|confidentiality|security|protection)(?!(?: (?:of|for|to))? (?:the |such |any |all |those |these |its |their |his |her )?(?:own )?(?:${personDone}|${matterDone})\b)`;
const lawConnector = String.raw`(?:in accordance with|in line with|subject to|governed by|pursuant to|consistent with|in conformity with|in compliance with|as (?:provided|prescribed|laid down) (?:by|in|under)|abid(?:e|es|ing) by|compl(?:y|ies|ying) with|observ(?:e|es|ing)|based on)`;
// A law on another subject ("its laws on the keeping of records") does not govern the data's protection.
const otherLaw = String.raw`(?! (?:on|concerning|relating to|governing|regarding) (?!(?:the )?(?:protection of )?(?:personal )?(?:data|privacy|information about)))`;
// "Adequate protection" of the data, not of a person ("appropriate protection measures", "adequate
// protection of the victim", "appropriate protection against violence"): what follows may be data, a
// risk to data, a place or nothing, never another protected thing or harm.
const ofData = String.raw`(?! (?:measures?|orders?|services?|schemes?|programmes?|programs?|and (?:assistance|support)|(?:of|for|to) (?:the |a |an |any |such |that |this |these |those |his |her |their |its )?(?!(?:the|a|an|any|such|that|this|these|those|his|her|their|its) )(?!(?:personal )?(?:data|information|privacy|records?|particulars|details)\b)\w+|against (?!(?:unauthori[sz]ed|accidental|unlawful|illegal|improper|loss|misuse|disclosure|alteration|destruction|access)\b)\w+)\b)`;
const lawOwner = String.raw`(?:(?:the |its |their |his |her |each |any |all )?(?:applicable |relevant |respective |own |national |domestic |internal |u\.s\. |us |eu |union |(?:the )?(?:requesting|requested|receiving|supplying|providing|furnishing|sending|transmitting) (?:party|state|authority)'s |contracting party's )*)`;

/**
 * The readings of each element (domain brief, section B), with the framework principle each stands
 * for (docs/rules/incomplete-privacy-act-handling.md). `scope` says where a reading counts:
 * `named` anywhere (a privacy law by name, U.S.-person safeguards); `personal` only in a sentence
 * about personal data, or in a clause or article that is; `general` also in a sentence that
 * governs the information exchanged as a whole ("Any information received shall be used solely
 * ..."), whose terms then cover the personal data in it too.
 */
type Scope = 'named' | 'personal' | 'general' | 'general-only';
// Each reading may carry a gate: words without one of which it cannot match, tested first because
// they are cheap (the readings run on every clause of a draft).
const elementPatterns: [PrivacyElement, RegExp, Scope, RegExp?][] = [
  ['privacy-law', privacyLaw, 'named'],
  ['privacy-law', /\bdata subjects?\b[^.;]{0,120}\bin accordance with\b[^.;]{0,40}\blaws?\b|\bin accordance with\b[^.;]{0,40}\blaws?\b[^.;]{0,60}\b(?:personal data|data subjects?)\b/, 'personal', /in accordance with/],
  // Processing governed by the parties' law (FIPPs: authority; Convention 108: lawful processing).
  ['privacy-law', words([String.raw`\b${handlingAct}\b[^;:]{0,160}?\b${lawConnector} ${lawOwner}(?:laws?|legislation|statutes?|legal (?:order|system|requirements))\b${otherLaw}`, String.raw`\b${lawConnector} ${lawOwner}(?:laws?|legislation)\b${otherLaw}[^;:]{0,80}\b${handlingAct}\b`, String.raw`\b(?:data|processing|rights?|protection|use)\b[^.;]{0,100}\bgoverned by (?:the )?${lawOwner}(?:laws?|legislation)\b`]), 'personal', /\b(?:laws?|legislation|statutes?|legal)\b/],
  // An undertaking of equivalent protection (Convention 108's transborder flows); refusal
  // where a transfer would offend the supplier's legal principles.
  ['privacy-law', words([String.raw`\b(?:level of )?protection (?:at least )?equivalent to\b`, String.raw`\bat least (?:the same|an equivalent|equivalent|a comparable|comparable) (?:level of )?(?:protection|safeguards)\b`, String.raw`\bundertakes? to (?:afford|give|ensure|provide) (?:such|equivalent|adequate|the same) protection\b`, String.raw`\b(?:protect\w*|protection|safeguard\w*)\b[^.;]{0,60}\bat least (?:to )?(?:the same|an equivalent|equivalent|a comparable|comparable|a corresponding) (?:degree|level|extent|standard)\b`, String.raw`\b(?:degree|level|standard) of (?:data )?protection (?:at least )?(?:equivalent|comparable|corresponding) to\b`, String.raw`\bno less (?:favourable|favorable|protective|stringent) (?:protection|treatment|safeguards)\b`, String.raw`\bat least the (?:same )?(?:level of |degree of )?protection\b`, String.raw`\bprotection (?:afforded|accorded|given|granted|provided|ensured)\b[^.;]{0,60}\b(?:by|under|in) (?:the |its |their )?(?:\w+ ){0,3}?(?:law|laws|legislation)\b`, String.raw`\b(?:adequate|appropriate) (?:level of )?(?:data )?protection\b${ofData}`, String.raw`\bprotect(?:ion|ed|s)?\b[^.;]{0,100}\bat least (?:equal|equivalent|comparable|as high)\b`, String.raw`\b(?:refus\w*|declin\w*|withh\w*|not (?:be )?(?:obliged|required|bound))\b[^.;]{0,160}\b(?:contrary to|incompatible with|in conflict with|violat\w*)\b[^.;]{0,40}\b(?:(?:basic|fundamental|essential) (?:legal )?principles|principles of its (?:legal system|law)|its (?:data[- ]protection|privacy) (?:law|legislation))\b`]), 'personal', /equivalent|at least|undertak|no less|comparab|correspond|adequate|appropriate|contrary|incompatible|conflict|violat|protection (?:afforded|accorded|given|granted|provided|ensured)/],
  ['us-person', new RegExp(String.raw`\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b[^.;]*\b(?:safeguards?|protect\w*|${protectiveProcedures}|privacy|impact|consider\w*|minimi[sz]\w*|handl\w*|rights)\b|\b(?:safeguards?|protect\w*|${protectiveProcedures}|privacy|impact|consider\w*|minimi[sz]\w*)\b[^.;]*\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b`), 'named', /u\.s\.|united states|permanent resident/],
  // FIPPs purpose specification and use limitation; OECD purpose specification and use
  // limitation; Convention 108 specified, legitimate purposes and data minimisation.
  ['purpose', words([
    String.raw`\b(?:may|shall|will) (?:only )?be (?:used|processed|employed)\b[^.;:]{0,100}\b(?:for|purposes?(?: of)?|in) ?: ?(?:$|\(?[a-z0-9]{1,3}[.)])`,
    String.raw`\bpurposes? for which (?:the |such |they |it )?(?:personal )?(?:data|information|it|they)? ?(?:was|were|is|are|has been|have been) (?:initially |originally )?(?:transferred|provided|collected|transmitted|communicated|gathered|obtained|supplied|requested|received)\b`,
    String.raw`\b(?:use[ds]?|using|process\w*|employ\w*|utili[sz]\w*|shar\w*|disclos\w*|communicat\w*|transmi\w*|available|suppl\w*|retain\w*|stor\w*|kept)\b[^.;]{0,80}\b(?:only|solely|strictly|exclusively) for\b`,
    String.raw`\b(?:only|solely|strictly|exclusively) (?:be )?(?:used|processed|employed|utili[sz]ed)\b`,
    // "may use the data only: (a) for ...": the purposes listed after the lead-in.
    String.raw`\b(?:use[ds]?|using|process\w*)\b[^.;:]{0,100}\b(?:only|solely|exclusively) ?: ?(?:$|\(?[a-z0-9]{1,3}[.)])`,
    String.raw`\b(?:only|solely|exclusively) for the (?:stated |specified |same |original )?purposes?\b`,
    String.raw`\bpurpose (?:limitation|specification)\b`,
    String.raw`\b(?:may|shall) be used\b[^.;]{0,60}\bfor\b[^.;]{0,40}\b(?:purposes?|proceedings|preventing|prevention)\b`,
    String.raw`\bnot (?:be )?(?:use[ds]?|process\w*|further process\w*)\b[^.;]{0,100}\b(?:other|incompatible|unrelated)\b`,
    String.raw`\bused by\b[^.;]{0,60}\bfor\b[^.;]{0,20}\bpurposes?\b`,
    String.raw`\b(?:specified|specific|explicit|determined|stated),? (?:explicit )?(?:and )?(?:legitimate|lawful) purposes?\b`,
    // The purpose named in other words: a specific, explicit or defined "objective" or "aim".
    String.raw`\b(?:specified|specific|explicit\w*|determined|stated|defined)\b[^.;]{0,40}\b(?:legitimate|lawful|justified|defined|specified) (?:purposes?|objectives?|aims?)\b`,
    String.raw`\b(?:incompatible|compatible) with (?:th(?:ose|ese|at|e) )?(?:\w+ )?(?:purposes?|objectives?|aims?)\b`,
    String.raw`\b(?:limited|confined|restricted) to the (?:\w+ )?purposes?\b`,
    // Data minimisation (Convention 108 adequate, relevant and not excessive; the umbrella
    // agreement's necessity and proportionality; OECD collection limitation).
    String.raw`\b(?:adequate|appropriate|pertinent),? relevant,? (?:and )?not excessive\b`,
    String.raw`\b(?:necessary|relevant) (?:for|to) and (?:proportionate|appropriate|relevant)\b|\bproportionate to the purposes?\b`,
    String.raw`\b(?:suppl|furnish|provid|transmi|transfer|communicat|exchang|process|collect|disclos)\w*\b[^.;]{0,60}\bonly (?:when|where|if|in so far as|insofar as|to the extent(?: that)?) (?:it is |they are |this is |that is )?(?:strictly )?(?:necessary|required|needed)\b`,
    String.raw`\b(?:necessity and proportionality|proportionality and necessity|principles? of necessity)\b`,
    String.raw`\bnot (?:go|goes|extend|extends|exceed|exceeds) beyond (?:the |what is )?(?:strictly )?(?:necessary|required)\b`,
    // Use limitation: other purposes only with the consent of the person the data are about (OECD use limitation).
    String.raw`\b(?:use|process\w*|disclos\w*|transfer\w*|transmi\w*|communicat\w*|publi\w*|pass\w*)\b[^.;]{0,120}\b(?:consent|approval|agreement|permission|authori[sz]ation) of the (?:data subjects?|persons? concerned|individuals? concerned)\b`,
    String.raw`\b(?:for|to) (?:any )?purposes? other than\b`,
    String.raw`\b(?:use[ds]?|using|process\w*)\b[^.;]{0,80}\b(?:without|only with|only after|unless|except with)\b[^.;]{0,50}\b${consentWord}\b`,
    String.raw`\b(?:of|about|on) (?:any|each|every) (?:further |subsequent |other )?use (?:made )?of\b`,
    // Accountability to the supplier: telling it what use was made of the data.
    String.raw`\b(?:inform|notif|advis|report)\w*\b[^.;]{0,80}\b(?:of|about|on) the use (?:made|that is made|to be made|which has been made)? ?(?:of|with)\b`,
    String.raw`\b(?:inform|notif|advis|report|tell)\w*\b[^.;]{0,100}\bhow (?:they|it|(?:the|such|these|those) (?:personal )?(?:data|information)) (?:are|is|were|was|has been|have been|will be) (?:used|processed)\b`,
    String.raw`\binformation on the use made\b`,
    String.raw`\b(?:restrictions?|limits?|limitations?) (?:on|of|as to|regarding) (?:(?:its|their|the|such) )?(?:further )?use\b`,
    String.raw`\b(?:use[ds]?|using)\b[^.;]{0,60}\b(?:only|solely|exclusively) (?:in (?:connection with )?(?:the )?(?:proceedings|investigations?|cases?|matters?)|within the (?:framework|scope) of)\b`,
    String.raw`\b(?:matters?|cases?|requests?|proceedings|investigations?) (?:for|in respect of|in connection with) which (?:it|they|the (?:personal )?(?:data|information)) (?:was|were|has been|have been) (?:obtained|supplied|provided|requested|transmitted|received|given|furnished)\b`,
    String.raw`\bin (?:strict )?(?:conformity|accordance|compliance|line) with the purposes? (?:indicated|stated|specified|set|laid down|given|defined|notified)\b`,
    String.raw`\bminimi[sz]ation (?:procedures|rules|requirements|principles?)\b`,
    String.raw`\b(?:use|used|using)\b[^.;]{0,60}\bexcept (?:for|in) (?:the )?(?:purposes?|proceedings|cases?)\b`,
    String.raw`\bsubject to (?:the |any )?(?:conditions|restrictions|limitations)\b[^.;]{0,60}\b(?:suppl\w*|provid(?:ing|ers?)|(?:were|was|been|are|is|be) provided|provided by (?!(?:the |its |their |his |her )?(?:\w+ )?(?:laws?|legislation)\b)|transmit\w*|send\w*|sent|furnish\w*|communicat\w*)`,
    // Conditions the supplier sets ("in accordance with the conditions laid down by the supplying
    // Party"), not conditions of the law the data are sent under.
    String.raw`\b(?:in accordance with|in line with|under|respect\w*|compl\w* with|observ\w*) (?:the |any )?(?:conditions|restrictions|limitations)\b[^.;]{0,40}\b(?:laid down|set|specified|imposed|prescribed|defined|determined|stipulated|attached|indicated) by (?:the )?(?:suppl|provid|transmit|send|furnish|communicat|issu|originat)\w*`,
  ]), 'general', /only|solely|exclusiv|strictly|purpose|objective|aim|compatib|excessive|proportionate|the use|minimi|except|proceedings|prevent|other|unrelated|subject to|beyond|concerned|data subject|how|consent|approv|authori|agree|permission|any use|further use|necessity|conditions|restrictions|limitations|limits|:/],
  // The uses the information may serve, named ("may use information received for law-enforcement
  // and counterterrorism purposes"): the purposes are specified for all of it, personal data
  // included, but a grant of use is not a data-protection term, so it supplies the element without
  // making handling present.
  ['purpose', /\bmay (?:use|process)\b[^.;]{0,80}\bfor\b[^.;]{0,100}\bpurposes\b/, 'general-only', /purposes/],
  // FIPPs data quality and integrity; Convention 108 accurate and kept up to date.
  ['accuracy', /\b(?:inaccura\w*|incorrect\w*|erroneous|rectif\w*|correction(?! of (?:the |a |any )?(?:sentences?|judgments?|decisions?|rulings?|awards?|texts?|translations?)\b)|(?<!\b(?:sentences?|judgments?|decisions?|rulings?|awards?|texts?|translations?) (?:(?:may|shall|must|will|can) )?(?:be |been )?)corrected|correct(?:ing)? (?:the |such |any )?(?:data|information|records?)|accuracy|correctness|up[- ]to[- ]date(?! (?:\w+ )?(?:registers?|records?|lists?|files?|databases?|inventor(?:y|ies))\b)|(?:data|information|it|they) (?:is|are|be) accurate|(?:ensure|verif|check|reasonable (?:care|steps))\w*\b[^.;]{0,60}\baccurate|(?:data|information|they|it|records?)\b[^.;]{0,20}\b(?:must|shall|should|will|to|are to|is to) (?:be )?(?:kept )?(?:accurate|complete|correct)|(?:be|been|are|is|kept) updated|updat\w* (?:the |such |any )?(?:personal )?(?:data|information|records?)|(?:quality|integrity) of (?:the )?(?:personal )?(?:data|information|records)|data (?:quality|integrity)|(?:wrongly|unlawfully|incorrectly|erroneously) (?:supplied|transmitted|provided|communicated|transferred)|should not have been (?:supplied|transmitted|provided|communicated|transferred))\b/, 'general', /accura|correct|erroneous|rectif|up.to.date|updat|quality|integrity|wrongly|unlawfully|should not have been/],
  // FIPPs data minimisation (retention); Convention 108 kept no longer than required.
  ['retention', /\b(?:retain\w*\b[^.;]{0,40}\b(?:data|information|records|files)|(?:data|information|records|files)\b[^.;]{0,60}\bretain\w*|(?<!wrongful (?:removal or )?)retention(?! of (?:the |a |his |her |their |its )?(?:child|person|rights?|nationality|citizenship|title|benefits?|entitlements?|status|jurisdiction|possession|ownership|tax)\b| tax\b)|delet\w*|erase\w*|erasure|(?:destroy\w*|destruction|dispos\w*)(?: of)? (?:the |such |any |all )?(?:personal )?(?:data|information|records|files)|(?:data|information|records|files)\b[^.;]{0,40}\b(?:destroyed|disposed of)|no longer (?:necessary|needed|required)|no longer than|(?:any|no) longer than (?:is )?(?:strictly )?(?:necessary|needed|required)|(?:kept|stored|retained|held|preserved) (?:for )?(?:any )?longer than|no longer (?:has|have) (?:any )?need|only (?:for )?(?:as|so) long as (?:is |it is |they are )?(?:strictly )?(?:necessary|needed|required)|(?:storage|retention|conservation) (?:periods?|time[- ]limits?)|time[- ]limits?\b[^.;]{0,60}\b(?:destr\w*|delet\w*|eras\w*|stor\w*|retent\w*|review\w*|keep\w*|kept)|review\w*\b[^.;]{0,40}\b(?:need|necessity) for (?:their |its |the |continued |further )?(?:storage|retention)|storage limit\w*|dormant|(?:kept|stored|retained|held)\b[^.;]{0,20}\b(?:for )?(?:no|not) more than\b|mask(?:ed|ing) out|(?:kept|stored|retained|held|conserved)\b[^.;]{0,30}\b(?:period|time|term)s? (?:not exceeding|of (?:no|not) more than|of at most|of up to)|destroy\w* (?:them|it)\b|(?:anonymi[sz]|pseudonymi[sz]|depersonali[sz]|de-?identif)\w*)\b/, 'general', /retain|retention|delet|eras|destr|dispos|longer|long as|storage|conservation|time.limit|dormant|exceeding|more than|mask|at most|up to|anonymi|pseudonymi|depersonali|de-?identif/],
  // FIPPs security; OECD security safeguards; Convention 108 data security.
  ['security', /\b(?:security of (?:the )?(?:personal )?(?:data|information|records)|(?:technical|organi[sz]ational)(?: and (?:technical|organi[sz]ational))? (?:security )?measures|(?:technical|organi[sz]ational)\b[^.;]{0,40}\b(?:measures|arrangements|safeguards)|unauthori[sz]ed (?:access|disclosure|processing|use|alteration)|accidental (?:or unauthori[sz]ed )?(?:loss|destruction|access|alteration)|breach\w* of (?:security|confidentiality)|(?<!(?:procedural|judicial|legal|constitutional|fair[- ]trial) )safeguards?(?! (?:for|of|to) (?:the |his |her |their |its )?(?:rights?|defen[cs]e|accused|fair|interests?)\b| (?:of|in|under|provided (?:by|for|in)) (?:the |its |their )?(?:\w+ )?(?:extradition|criminal|procedur\w*|code)\b)|protect(?:ed|ion)? (?:\w+ ){0,4}?(?:against|from) (?:unauthori[sz]ed|accidental|unlawful|loss|misuse|disclosure|alteration|improper)|sensitive and confidential|(?:treat\w*|kept|keep|maintain\w*|held|hold)(?<!(?<!\b(?:data|information|particulars|details|identity) (?:\w+ ){0,3})\b(?:the|a|an|any|such|each|this|that) (?:requests?|applications?)\b[^.;]{0,80})(?:(?!\b(?:requests?|applications?)\b)[^.;]){0,30}\b(?:as )?(?:confidential|(?<!(?:such an?|trade|business|professional|commercial|industrial) )secrets?|in confidence)(?! (?:the |a |an |any |such |its |their )?(?:fact|existence|substance|requests?|applications?)\b)|confidentiality(?! of (?:the |its |their |any |such |an? )?(?:\w+ )?(?:proceedings|procedures?|requests?|applications?|deliberations|negotiations|hearings?|sessions?|votes?|ballots?)\b)|access (?:logs?|logging|is logged)|(?:keep|kept|maintain\w*)\b[^.;]{0,30}\b(?:records?|logs?|registers?) of (?:the |any |all |each |such |these |those )?(?:supply|supplies|provisions?|transmissions?|receipts?|communications?|transfers?|access|data|personal data)|(?:regarded|considered|handled|dealt with) as (?:strictly )?confidential|(?:duty|obligation|rules?) of (?:professional )?discretion|(?:ensur|guarante)\w* (?:their|its) (?:protection|security|confidentiality)(?! (?:against|from) (?!(?:unauthori[sz]ed|accidental|unlawful|illegal|improper|loss|misuse|disclosure|alteration|destruction|access)\b)\w+)|record\w* (?:the |each |any |all )?(?:transmissions?|supply|supplies|provisions?|receipts?|communications?|transfers?|disclosures?)\b|(?:handl|treat|process|us|communicat|transmit|deal)\w* with (?:due |the (?:utmost|greatest) |strict )?discretion|(?:handl|process|communicat|transmit|receiv|giv|provid|suppl|furnish)\w* in (?:strict )?confidence|under seal|need[- ]to[- ]know|encrypt\w*|secure (?:channels?|means|lines?|connections?|networks?|transmission|manner)|(?:stored|kept|held|transmitted|processed|protected) securely|access\w*\b[^.;]{0,60}\b(?:restricted|limited|confined) to\b|(?:access\w*|accessible|available|disclos\w*|communicat\w*|made known|process\w*|handl\w*|consult\w*|open|only|restricted|limited|confined)\b[^.;]{0,60}\bauthori[sz]ed (?:personnel|staff|officials|officers|users)|authori[sz]ed (?:personnel|staff|officials|officers|users)\b[^.;]{0,40}\b(?:access\w*|consult\w*|see|view|process\w*|handl\w*)|access by (?:unauthori[sz]ed|third) (?:persons|parties|people)|in the same (?:way|manner) as\b[^.;]{0,60}\b(?:information|data|documents|records|particulars)|(?:the )?same (?:guarantees|safeguards|confidentiality|secrecy)|(?:data|information|identit(?:y|ies)|particulars|records?|details)\b[^.;]{0,20}\b(?:shall|must|will|is to|are to) be (?:protected|safeguarded|kept confidential)|not (?:be )?(?:made )?(?:accessible|available) to the public|not (?:be )?made known\b|only (?:be )?accessible to|not (?:be )?(?:made )?publicly (?:accessible|available|known|disclosed)|to (?:his|her|their|the person's) (?:detriment|disadvantage|prejudice)|privacy protection|filters?|(?:same|equivalent) protection(?! (?:as|that) (?:is |are )?(?:\w+ )?(?:to |by )?(?:its |their |the )?(?:own )?(?:nationals|citizens|residents))|protect\w*\b[^.;]{0,40}\bat least (?:to )?(?:the |an? )?(?:same |equivalent |comparable |similar )?(?:level|degree|standard)|(?:is|are|be|remain) (?:strictly )?confidential|(?<!\bbank(?:ing)? |\b(?:invok\w*|lift\w*|waiv\w*|overrid\w*|plead\w*) (?:of )?(?:the |any |a )?(?:\w+ )?)secrecy(?! (?:shall|may|must|will|cannot|can) not\b)|non-?disclosure|(?:limitations?|limits|restrictions?) (?:on|of) (?:the )?disclosure|(?:data|information|particulars|records?|details|files?)\b[^.;]{0,60}\benjoy\w* (?:the )?(?:same )?protection|not (?:be )?(?:made public|published|disclosed to the public)|(?:detrimental|(?<!\b(?:without|in no way|not|no) )prejudic\w*(?! (?:the |any |his |her |their |its )?rights?\b)|harmful)\b[^.;]{0,40}\b(?:person|persons|individual|individuals|data subjects?)(?: concerned)?)\b/, 'general', /securit|secure|technical|organi[sz]ational|measures|unauthori[sz]|authori[sz]ed|accident|breach|safeguard|protect|confiden|secre|discretion|encrypt|access|log|record|regist|privacy|filter|public|detriment|disadvantage|prejudic|harmful|same|made known|seal|need.to.know|disclos/],
  // The EU–US umbrella agreement's notification of information security incidents.
  ['breach-notice', words([String.raw`\b(?:notif(?:y|ies|ied|ying|ication)|notices?|inform(?:s|ed|ing)?|report(?:s|ed|ing)?|advis(?:e|es|ed|ing))\b[^.;]{0,100}\b(?:breach\w*|(?:security|data|information security) incidents?|incidents? (?:affecting|involving|concerning) (?:the |such )?(?:personal )?data|unauthori[sz]ed (?:access|disclosure|processing)|(?:accidental )?loss of (?:the |such |any )?(?:personal )?(?:data|information)|compromise\w*|misuse)\b`, String.raw`\b(?:breach\w*|(?:security )?incidents?|loss|compromise)\b[^.;]{0,80}\b(?:shall|will|must) be (?:promptly |immediately )?(?:notified|reported)\b`, String.raw`\bbreach\w*\b[^.;]{0,120}\b(?:shall|will|must) (?:promptly |immediately |without delay )?(?:notify|inform|report|advise|tell)\b`, String.raw`\bbreach\w* (?:(?:are|is|be|being) )?(?:promptly |immediately )?(?:reported|notified)\b`]), 'general', /breach|incident|unauthori|loss|compromise|misuse/],
  // FIPPs individual participation and redress; OECD individual participation; the Judicial Redress Act.
  ['redress', /\b(?:redress|rights? of access|rights? to (?:be informed|access|rectification|erasure)|(?:individuals?|persons?|data subjects?)\b[^.;]{0,60}\baccess to (?:their|his|her|the) (?:own )?(?:data|information|records|personal)|access to (?:their|his|her) (?:own )?(?:data|information|records|personal)|(?:child|children|adopted (?:child|person)|persons? concerned|individuals? concerned|data subjects?|victims?|patients?|applicants?)\b(?: or (?:his|her|their|its) (?:legal )?representatives?)?[^.;]{0,40}\b(?:have|has|obtain|be given|be granted|be allowed|(?:is|are|be) entitled to)\b[^.;]{0,20}\baccess to (?:such|the|this|that|these|those|any|all) (?:\w+ )?(?:information|data|records|files|particulars)|seek\w* (?:correction|access|information about)|judicial redress|person concerned shall,?(?: [^.;,]{0,30},)? (?:be informed|have (?:access|the right (?:of access|to (?:access|be informed|obtain|rectif\w*|correct\w*))))|(?:data[- ]protection|privacy) supervisory authorit\w*|(?:request|obtain|seek)\w* access to (?:them|it|their|his|her|such data|the data|that data|those data)\b|(?:data|information)\b[^.;]{0,30}\b(?:about|relating to|concerning|held on|kept on|on) (?:him|her|them|himself|herself|themselves)\b|inform\w* (?:the )?(?:individuals?|persons?|data subjects?) concerned\b(?!(?: without delay)? (?:of|about) (?:his|her|their|the|its) (?:rights|provisions|decision|procedure))|independent (?:data[- ]protection |privacy )?(?:authority|authorities|oversight)|(?:data|information) relating to (?:him|her|them)\b[^.;]{0,40}|oversight (?:authorit\w*|bod(?:y|ies))|supervis\w*\b[^.;]{0,60}\b(?:personal data|data protection|privacy|processing of (?:personal )?data)|independent oversight|(?:notice|information) to (?:the )?(?:individuals?|persons?|data subjects?)(?: concerned)?\b(?=[^.;]{0,80}\b(?:data|processing|records?|files?)\b)|solely on (?:the )?automated (?:processing|decision\w*)|rights? of (?:the )?data subjects?|data subjects?'? rights|rights of the (?:persons?|individuals?) concerned|right to know\b[^.;]{0,60}\b(?:data|information|records?|files?|particulars))\b/, 'personal', /redress|access|right|judicial|remed|complain|seek|concerned|supervis|\b(?:him|her|them)|independent|liab|compensat|oversight|notice to|information to|automated|rights/],
  // The same, in words other matters use too (remedies against an extradition decision, complaints
  // about working conditions, compensation for victims, supervisors of banks, judicial review of a
  // placement): redress only where the sentence is about the data, their processing or records.
  ['redress', /^(?=[^.;]*\b(?:personal|data|processing|processed|privacy|records?|files?|disclos\w*)\b)[^.;]*?\b(?:judicial (?:review|remed\w*)|administrative (?:and judicial )?remed\w*|remed(?:y|ies)|complaints?|supervisory authorit\w*|liabl\w*\b[^.;]{0,80}\bdamage|liability\b[^.;]{0,120}\bdamage|compensat\w*)\b/, 'personal', /remed|review|complain|supervisory|liab|compensat/],
  // The umbrella agreement's onward transfer; Convention 108's transborder flows (adequate protection).
  ['onward-transfer', words([
    String.raw`\bonward transfers?\b`,
    String.raw`\b(?:transfer\w*(?<!\b(?:persons?|prisoners?|individuals?|offenders?|detainees?|nationals?|migrants?|he|she|they|who|whom) (?:(?:is|are|was|were|shall|may|will|must|to) )?(?:be |been |being )?transfer\w*)(?! (?:of |through )?(?:the |a |an |any |such )?(?:sentenced |detained |convicted )?(?:persons?|prisoners?|individuals?|offenders?|detainees?|nationals?|him|her|them)\b)|transmi\w*|provid\w*|disclos\w*|communicat\w*|shar\w*|suppl\w*|pass(?!port)\w*|forward\w*|notified|available)\b[^.;]{0,100}\b(?<!\bby (?:an? |the |any )?)(?<!\b(?:resid\w*|living|lives|live|mov\w*|stay\w*|travel\w*|return\w*|transit\w*|journey|fl(?:ee|ed|ees|eeing)|deport\w*|expel\w*|settl\w*|emigrat\w*) (?:in|to|into|through|via|from) (?:a |an |any |the )?)(?:third (?:states?|countr(?:y|ies)|part(?:y|ies))(?![- ](?:state |country )?(?:nationals?|citizens?))|states? (?:not|which is not)|international (?:bod(?:y|ies)|organi[sz]ations?)|non-part(?:y|ies)|not (?:a )?part(?:y|ies)|not bound by|other (?:domestic )?(?:government )?(?:authorities|agencies|bodies))\b`,
    String.raw`\bsubsequent (?:supply|transfer|transmission|disclosure|communication|use)\b`,
    String.raw`\b(?:further|onward) (?:transfer|transmission|disclosure|dissemination|supply)\b`,
    String.raw`\b(?:transfer\w*|transmi\w*|provid\w*|disclos\w*|communicat\w*|suppl\w*|notified)\b[^.;]{0,40}\bonly to (?:the )?(?:individuals|persons|responsible|competent|authori[sz]ed|other|designated|judicial|police|law[- ]enforcement|customs|public prosecution)\b`,
    String.raw`\b(?:transfer\w*|transmi\w*)\b[^.;]{0,120}\b(?:adequate|appropriate|equivalent) (?:level of )?(?:data )?protection\b${ofData}`,
    String.raw`\b(?:adequate|appropriate) (?:level of )?(?:data )?protection\b${ofData}[^.;]{0,120}\b(?:transfer\w*|transmi\w*)\b`,
    String.raw`\b(?:other|third) (?:authorities|agencies|bodies)\b[^.;]{0,80}\b(?:approv\w*|consent)\b`,
    String.raw`\buse\b[^.;]{0,40}\bby other (?:authorities|agencies|bodies)\b`,
    // The recipients named after the words that exclude the rest ("bodies other than those ...",
    // "only to the authorities responsible ...", "may only be passed to ...").
    String.raw`\b(?:to|by|with) (?:any |the |all )?(?:authorities|agencies|bodies|institutions|persons|recipients|services) other than\b`,
    String.raw`\bonly to (?:the |those |such )?(?:\w+ ){0,2}?(?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|officials?|officers?|institutions?|services?|recipients?|courts?|person concerned|persons concerned)\b`,
    String.raw`\b(?:may|shall|can|will) only be (?:transferred|transmitted|communicated|supplied|provided|disclosed|passed(?: on)?|forwarded|made available|released) to\b`,
    String.raw`\bthird (?:bod(?:y|ies)|recipients?)\b`,
    // Passing on made to wait for the supplier's say: onward-transfer protection of the data (the
    // umbrella agreement's onward transfer; the supplier's consent before any further recipient).
    String.raw`\b(?:transfer\w*|transmi\w*|disclos\w*|communicat\w*|suppl\w*|pass(?!port)\w*|forward\w*|releas\w*|divulg\w*|made available|make available)\b[^.;]{0,100}\b(?:without|only with|only after|only if|only where|subject to|unless|except with|save with|provided that)\b[^.;]{0,50}\b(?:${consentWord}|permits?)\b`,
  ]), 'general', /onward|third|international|non-part|not (?:a )?part|not bound|other|subsequent|further|only to|only be|adequate|appropriate|equivalent|states? (?:not|which)|consent|approv|authori|agree|permi/],
  // Further wordings of the same elements, each behind a gate of its own rare words.
  // Security (FIPPs accountability and auditing; the umbrella agreement's logging): the act of
  // logging each transmission, as a verb ("shall log every supply and receipt"); access only for
  // officials named as authorised ("only officials specifically authorised ... may have access"), or
  // only for those whose duties need it.
  ['security', /\blog(?:s|ged|ging)? (?:every|each|all|any) (?:transmissions?|suppl(?:y|ies)|receipts?|communications?|transfers?|disclosures?|consultations?|access(?:es)?|quer(?:y|ies)|searche?s?)\b|\b(?:officials|officers|staff|personnel|users|employees) (?:\w+ )?authori[sz]ed\b[^.;]{0,60}\b(?:access\w*|consult\w*)\b|\b(?:available|accessible|access\w*|disclos\w*|known)\b[^.;]{0,30}\bonly to (?:those |the )?(?:persons|officials|officers|staff|personnel|employees)\b[^.;]{0,30}\b(?:duties|functions|tasks|work)\b/, 'general', /\blog|authori[sz]ed|only to/],
  // Security: keeping identifying data from being spread ("measures to avoid the dissemination of
  // information that could identify the victim"), in a sentence about personal data.
  ['security', /\b(?:avoid|prevent)\w*\b[^.;]{0,30}\b(?:dissemination|disclosure|publication|release|revelation)\b[^.;]{0,40}\b(?:identit\w*|identif\w*|information|data|particulars|details|records?)\b/, 'personal', /avoid|prevent/],
  // Security (Convention 108 data security; OECD security safeguards) in concrete terms, in a
  // sentence about personal data: the data or records kept apart from other files or registers and
  // not combined or merged with them (which also bars matching them for other ends), or kept under
  // lock (goods kept apart are not); the data kept from unauthorised persons; care that the data are
  // not misused.
  ['security', /\b(?:data|information|particulars|details|records?|files?|returns?|reports?|registers?|forms?|cards?)\b[^.;]{0,60}\b(?:(?:kept|stored|held|filed|maintained|recorded|preserved)\b[^.;]{0,40}\b(?:separately|apart from|in (?:an? )?separate (?:files?|registers?|records?|databases?|systems?)|under lock|in (?:an? )?locked|locked (?:cabinets?|rooms?|safes?|premises|drawers?|cupboards?))|not (?:be )?(?:combined|merged)\b[^.;]{0,20}\bwith (?:any )?other)(?!\w)|\b(?:to|by|with|from) (?:any |all )?unauthori[sz]ed (?:persons?|individuals?|people|third parties|parties|staff|personnel|officials|officers|bodies|recipients|users)(?!\w)|\b(?:data|information|particulars|records?)\b[^.;]{0,30}\b(?:are|is|be) not misused\b|\bmisuse of (?:the |such |any |their )?(?:personal )?(?:data|information|particulars|records)\b/, 'personal', /separate|apart from|lock|combined|merged|unauthori|misuse/],
  // Breach notice (the umbrella agreement's information security incidents): told of an accidental
  // or unlawful destruction, loss, disclosure or alteration of the data.
  ['breach-notice', /\b(?:notif(?:y|ies|ied|ying|ication)|inform\w*|report\w*|advis\w*|tell|tells|told)\b[^.;]{0,100}\b(?:accidental|unlawful|unauthori[sz]ed)(?: or (?:accidental|unlawful|unauthori[sz]ed))? (?:destruction|loss|disclosure|alteration|access)\b/, 'general', /accidental|unlawful/],
  // Retention (Convention 108 storage limitation): a periodic review of whether further storage is
  // needed; data made anonymous, or kept only in anonymous form.
  ['retention', /\breview\w*\b[^.;]{0,80}\bwhether\b[^.;]{0,40}\b(?:further |continued )?(?:storage|retention|keeping)\b|\b(?:made|rendered|become) anonymous\b|\b(?:in (?:an? )?anonymous (?:form|manner|way)|anonymously)\b/, 'general', /whether|anonymous/],
  // Purpose and data minimisation (Convention 108 adequate, relevant, not excessive; the umbrella
  // agreement's necessity and proportionality; OECD collection limitation), said of the data or of
  // an act done to them; use limitation (OECD): another use only if the supplier or the person consents.
  ['purpose', words([
    String.raw`\blimited to (?:what is|that which is|those|the (?:personal )?(?:data|information|particulars)|data)\b[^.;]{0,30}\b(?:strictly )?(?:necessary|required|relevant|needed)\b`,
    String.raw`\b(?:process\w*|transfer\w*|transmi\w*|collect\w*|suppl\w*|exchang\w*|disclos\w*|communicat\w*|use)\b[^.;]{0,60}\b(?:necessary and proportionate|proportionate and necessary)\b`,
    String.raw`\b(?:collect\w*|process\w*|communicat\w*|transmi\w*|transfer\w*|suppl\w*|disclos\w*|exchang\w*|use[ds]?)\b[^.;]{0,160}\bin so far as (?:this is |it is |they are )?(?:strictly )?(?:required|necessary|needed) for\b[^.;]{0,40}\bpurposes?\b`,
    String.raw`\b(?:use[ds]?|using|process\w*)\b[^.;]{0,80}\b(?:only if|only where|provided that)\b[^.;]{0,60}\b(?:consent\w*|approv\w*|authori[sz]\w*|permission)\b`,
    String.raw`\bonly (?:those |such )?(?:personal )?(?:data|information|particulars)\b[^.;]{0,40}\b(?:strictly )?(?:necessary|required|relevant|needed)\b`,
  ]), 'general', /limited to|proportionate|in so far as|only if|only where|provided that|only (?:those |such )?(?:personal )?(?:data|information|particulars)/],
  // Special categories of data (Convention 108's sensitive data; OECD collection limitation): data
  // revealing racial origin, beliefs, health or sex life barred from transmission or processing.
  // Use limitation (OECD; Convention 108 fair processing): the data (or what the person stated) never
  // used against the person they are about; force used against a person is no such term.
  ['purpose', /\b(?:racial|ethnic origin|political opinions?|religious|philosophical|trade[- ]union|sex(?:ual)? (?:life|orientation)|genetic|health)\b[^.;]{0,80}\b(?:shall|must|may|will) not be (?:transmitted|transferred|processed|supplied|communicated|collected|used|exchanged|disclosed|stored)\b|\b(?:data|information|particulars|details|records?|files?|returns?|statements?|answers?|declarations?|results?)\b[^.;]{0,80}\bnot (?:be )?used (?:in evidence |as evidence )?against (?:him|her|them|that person|such (?:a )?persons?|the (?:persons?|individuals?|workers?|data subjects?|patients?|insured persons?)(?: concerned)?)(?!\w)/, 'personal', /racial|ethnic|political opinion|religious|philosophical|trade.union|sex|genetic|health|used (?:in evidence |as evidence )?against/],
  // Equivalent protection (Convention 108's transborder flows): "the same level of protection".
  // Protection under a named regime: an international standard, guidelines or a code of practice for
  // privacy or the protection of personal data (the OECD Guidelines are one) named as the rule.
  ['privacy-law', /\bsame (?:level|degree|standard) of (?:data )?protection\b|\b(?:international(?:ly (?:recogni[sz]ed|accepted|agreed))? (?:standards?|norms?|guidelines|principles|rules)|codes? of (?:practice|conduct))\b[^.;]{0,60}\b(?:protection of (?:privacy|personal (?:data|information))|data protection|privacy|personal (?:data|information) protection)(?!\w)/, 'personal', /privacy|protection/],
  // Onward transfer: data "handed on" or "handed over", or sent to another State, only with the supplier's say.
  ['onward-transfer', new RegExp(String.raw`\bhand(?:ed|s|ing)? (?:on|over)\b[^.;]{0,100}\b(?:without|only with|only after|only if|only where|subject to|unless|except with|save with|provided that)\b[^.;]{0,50}\b(?:${consentWord}|permits?)\b|\b(?:transfer\w*|transmi\w*|disclos\w*|communicat\w*|pass\w* on|forward\w*)\b[^.;]{0,60}\b(?:another|any other) (?:states?|countr(?:y|ies))\b[^.;]{0,80}\b(?:consent|approval|agreement|authori[sz]ation|permission)\b`), 'general', /\bhand(?:ed|s|ing)? (?:on|over)\b|(?:another|any other) (?:state|countr)/],
  // Oversight (FIPPs accountability; the umbrella agreement's effective oversight): compliance
  // monitored or supervised by an independent body, in a sentence about personal data; no decision
  // based solely on profiling (the umbrella agreement's automated decisions).
  ['redress', /\b(?:monitor\w*|supervis\w*|overse\w*|oversight|audit\w*)\b[^.;]{0,40}\bby (?:an? |one or more )?independent\b|\bindependent (?:public |supervisory |administrative )?(?:bod(?:y|ies)|authorit(?:y|ies)|officers?|commissioners?)\b[^.;]{0,40}\b(?:monitor\w*|supervis\w*|overse\w*|oversight|audit\w*)|\b(?:solely|exclusively|only) on (?:the basis of )?profiling\b/, 'personal', /independent|profiling/],
  // Retention (Convention 108 storage limitation): the data not kept beyond the time needed (a person
  // held beyond a date is another matter), or kept in a form that no longer allows the persons to be
  // identified.
  ['retention', /\b(?:data|information|particulars|details|records?|files?)\b[^.;]{0,40}\b(?:kept|stored|retained|held|conserved)\b[^.;]{0,20}\bbeyond (?:the |that )?(?:time|period|term)\b[^.;]{0,30}\b(?:needed|necessary|required|requires?|justified)\b|\b(?:form|manner|way)\b[^.;]{0,30}\b(?:not|no longer|cannot|never) (?:\w+ )?(?:allows?|permits?|enables?|make possible|makes possible)\b[^.;]{0,20}\bidentif\w*|\bpermits? identification\b[^.;]{0,40}\bno longer\b/, 'personal', /beyond|identif/],
  // Data quality (OECD: accurate and complete): the sender verifies that the data are complete and correct.
  ['accuracy', /\b(?:ensur\w*|make sure|verif\w*|check\w*)\b[^.;]{0,30}\b(?:data|information|particulars|records?)\b(?: (?:of|on|about) (?:the )?\w+)? (?:are|is|be) (?:\w+ (?:and )?)?(?:complete|correct|exact)\b/, 'personal', /complete|correct|exact/],
];

/** What a text provides for personal data. */
export interface PrivacyHandling {
  /** Whether the text holds privacy handling at all. */
  present: boolean;
  elements: Set<PrivacyElement>;
  /**
   * Elements supplied by terms for the exchanged information as a whole ("Any information
   * received shall be used solely for ..."): they cover personal data too, so an incomplete
   * finding does not ask for them, but alone they are not data-protection handling.
   */
  general: Set<PrivacyElement>;
}

/** A sentence that governs information (or data, documents) as such. */
const aboutExchanged = /\b(?:information|data|documents?|records?|material|intelligence|evidence)\b/;

/** An inline lead-in and its items: "shall be:\n(a) ...;\n(b) ..." or "for the purpose of: (a) ...". */
const itemStart = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[-–—•])/;

/**
 * The privacy handling in a text. `personalContext` says the clause or article is about personal
 * data (so "data shall be deleted after five years" is a retention term); a privacy heading
 * ("Protection of Personal Data", "Privacy") makes the text a data-protection provision.
 * `namesPersonalData` is whether the text itself names personal data, if the caller knows.
 * `leadIn`, for a list item, is the sentence that introduces the list: the item is read with it.
 */
export function privacyHandlingIn(text: string, personalContext: boolean, privacyHeading: boolean, namesPersonalData?: boolean, leadIn?: string): PrivacyHandling {
  const elements = new Set<PrivacyElement>();
  const general = new Set<PrivacyElement>();
  let present = privacyHeading;
  const lower = collapsedLower(text);
  // An inline heading at the start: "Privacy:", "Data protection.".
  if (/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:privacy|data protection|protection of personal (?:data|information)|personal data)\s*[:.—–-]/.test(lower)) present = true;
  const leadLower = leadIn ? collapsedLower(leadIn) : '';
  // (A clause that names personal data by a defined term may use none of these words.)
  if (namesPersonalData !== true && !leadLower && !/privacy|552a|data|personal|person|individual|citizen|resident|pnr|redress|subject|biometric|biographic|record|information|document|material|intelligence|evidence|oversight|supervis/.test(lower) && !(namesPersonalData === undefined && mayNamePersonalData(lower) && personalDataIn(text).length > 0)) {
    return { present, elements, general };
  }
  // `namesPersonalData`: what `personalDataIn(text)` says, when the caller has read it already.
  const contextAll = personalContext || privacyHeading || (namesPersonalData ?? personalDataIn(text, leadIn).length > 0);
  if (!contextAll && !leadLower) {
    // No sentence is about personal data: only the terms for all information (read on the whole
    // text, cheaply gated) and a privacy law or U.S.-person safeguards by name can be here.
    if (aboutExchanged.test(lower)) {
      for (const [e, re, scope, gate] of elementPatterns) {
        if ((scope === 'general' || scope === 'general-only') && !general.has(e) && (!gate || gate.test(lower)) && re.test(lower)) general.add(e);
      }
    }
    if (!privacyLaw.test(lower) && !generalHandling.test(lower) && !usPersons.test(lower)) return { present, elements, general };
  }
  // Sentences are needed only when some element could be there: a pattern that the whole text (with
  // its lead-in) does not match cannot match one of its sentences, except where an inline list
  // joins its lead-in to each item.
  const probe = leadLower ? `${leadLower} ${lower}` : lower;
  const inlineList = /:\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[-–—•])/.test(lower);
  const candidates = elementPatterns.filter(([, re, , gate]) => (!gate || gate.test(probe)) && (inlineList || re.test(probe)));
  const namesLaw = privacyLaw.test(probe) || generalHandling.test(probe);
  const mayRelease = /\b(?:releas|disclos|divulg|reveal)/.test(lower);
  if (candidates.length === 0 && !namesLaw && !mayRelease) return { present, elements, general };
  // The lead-in of the list the text belongs to, and within the text the lead-in of an inline list.
  let lead = leadLower;
  let leadPersonal = leadLower !== '' && personalDataIn(leadIn!).length > 0;
  for (const s of sentences(text)) {
    if (isRecital(s.norm)) continue;
    const isItem = itemStart.test(s.text);
    if (!isItem) {
      lead = '';
      leadPersonal = false;
    }
    const norm = lead ? `${lead} ${s.norm}` : s.norm;
    const sentencePersonal = contextAll || leadPersonal || personalDataIn(s.text).length > 0;
    if (!isItem && /:\s*$/.test(s.norm)) {
      lead = s.norm;
      leadPersonal = sentencePersonal;
    }
    // What an earlier sentence already supplied is not looked for again.
    if (!present && namesLaw && (privacyLaw.test(norm) || generalHandling.test(norm))) present = true;
    // Sentences of a text about personal data that are not themselves about it: their terms for all
    // information count as general elements.
    const informational = !sentencePersonal && aboutExchanged.test(norm);
    // A sentence that is the whole probe (a clause of one sentence, the commonest) matches every
    // candidate: the filter above tested each on that very text.
    const wholeProbe = !inlineList && norm === probe;
    for (const [e, re, scope] of candidates) {
      if (elements.has(e)) continue;
      if (scope === 'general-only') {
        if (!general.has(e) && (wholeProbe || re.test(norm))) general.add(e);
        continue;
      }
      if (scope !== 'named' && !sentencePersonal) {
        if (scope === 'general' && informational && !general.has(e) && (wholeProbe || re.test(norm))) general.add(e);
        continue;
      }
      if (wholeProbe || re.test(norm)) {
        elements.add(e);
        present = true;
      }
    }
    // "Neither Party shall release personal details ... without permission": protection from
    // disclosure, where the sentence names the personal data it protects (a bar on passing "the
    // information" to other agencies is a dissemination limit, domain brief section A).
    if (mayRelease && sentencePersonal && !elements.has('security') && personalDataIn(s.text).length > 0) {
      for (let i = 0; i < s.words.length; i++) {
        if (/^(?:releas|disclos|divulg|reveal)/.test(s.words[i]!.lower) && isNegated(s, i)) {
          elements.add('security');
          present = true;
          break;
        }
      }
    }
  }
  for (const e of elements) general.delete(e);
  return { present, elements, general };
}

/** Whether a heading names a privacy or data-protection provision. */
export function isPrivacyHeading(title: string | undefined): boolean {
  return !!title && /\b(?:privacy|data protection|personal (?:data|information)|protection of (?:personal )?data|pii)\b/i.test(title);
}
