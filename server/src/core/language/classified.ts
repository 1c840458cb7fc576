/**
 * Classified material and its formal terms (domain brief, section C): whether a text contemplates
 * classified information, and which of the formal terms it supplies. Terms that only make sense
 * for classified material (security clearance, need to know, downgrading, a GSOMIA) count
 * anywhere; generic ones (third-party release, compromise, termination) count only where the
 * sentence, the clause or the article is about classified material.
 */
import { personalDataIn } from './privacy.js';
import { collapsedLower, collapsedText, sentences } from './sentences.js';

/** The formal terms of classified-information handling, in the order messages list them. */
export const classifiedElements = [
  'instrument',
  'equivalence',
  'protection',
  'need-to-know',
  'third-party',
  'transmission',
  'downgrading',
  'compromise',
  'termination',
] as const;
export type ClassifiedElement = (typeof classifiedElements)[number];

/** How messages name each element. */
export const classifiedElementNames: Record<ClassifiedElement, string> = {
  instrument: 'the governing security instrument (a GSOMIA or a security annex)',
  equivalence: 'equivalent classification levels and markings',
  protection: "protection at least equal to the originating Party's",
  'need-to-know': 'access only by cleared personnel with a need to know',
  'third-party': "no release to third parties without the originator's written consent",
  transmission: 'transmission through government-to-government channels',
  downgrading: "no downgrading or declassification without the originator's consent",
  compromise: 'reporting and investigation of loss or compromise',
  termination: 'return or destruction at termination, with obligations that survive it',
};

const classifiedMention =
  /\b[Cc]lassified (?!(?:as|by|under|in|into|according|accordingly|for|to|with|and|or|on|at|the|a|an)\b)[A-Za-z][a-z]+(?: [Ii]nformation)?\b|\b(?:information|material|matter|documents?|data|items?) (?:which is |that is |that are |which are |which has been |that has been |which have been |that have been )?classified\b(?! (?:under|according to|into|in accordance with)\b)|\bTOP SECRET\b|\bSECRET\b|\bCONFIDENTIAL\b|\b[Nn]ational [Ss]ecurity [Ii]nformation\b|\b[Ss]ecurity [Cc]lassifications?\b|\b[Cc]lassification (?:[Ll]evels?|[Mm]arkings?|[Cc]ategor(?:y|ies))\b|\b(?:[Ff]ormerly )?Restricted Data\b|\bNATO (?:RESTRICTED|CONFIDENTIAL|SECRET)\b|\b(?:[Ii]nformation|[Mm]aterial|[Dd]ocuments?|[Dd]ata) (?:which is |that is |which are |that are )?(?:designated|marked|graded) (?:as )?["'“‘]?(?:top secret|secret)\b|\b(?:[Ii]nformation|[Mm]aterial|[Mm]atter|[Dd]ocuments?|[Dd]ata) (?:which is |that is |that are |which are )?classified under (?:the |its |their )?(?:national |domestic |applicable )?(?:security )?(?:laws?|legislation|regulations)\b/g;

/** A word before "classified" that says the opposite: "unclassified", "non-classified", "declassified". */
const negatedBefore = /(?:\bun|\bnon[- ]?|\bde|\bnot )$/i;
/**
 * Words before a mention, in its sentence, that leave classified material out rather than exchange
 * it: a report that "may exclude" national security information, information "other than"
 * classified information, a Party that "need not provide" it, an agreement that "does not cover" it,
 * a Party that may refuse a request that concerns it.
 */
const leftOutBefore =
  /\b(?:exclud\w*|exclusion of|except(?:ing)?|other than|omit\w*|does not (?:cover|apply to|extend to|include|provide for)|shall not (?:cover|apply to|extend to|include)|need not (?:include|provide|disclose|supply|contain|communicate)|(?:is|are|be) not (?:required|obliged) to (?:provide|disclose|supply|include|communicate|furnish)|nothing\b[^.;]{0,80}\brequir\w*[^.;]{0,60}\b(?:provide|disclose|supply|furnish|communicate)|refus\w*|declin\w*)\b[^.;:]{0,60}$/i;
/** "No classified information shall be exchanged under this Agreement" (and no "unless" or "except" after). */
const noneExchanged = /^[^.;]{0,40}\bshall be (?:exchanged|provided|transmitted|transferred|shared|supplied|furnished|released)\b(?![^.;]{0,80}\b(?:unless|except|without|save|other than)\b)/i;
/** "The Parties shall not exchange classified information under this Agreement" (the same, said of the Parties). */
const notExchangedBefore = /\b(?:shall|will|do|does|may) not (?:exchange|share|provide|transmit|transfer|supply|furnish)\s+(?:any\s+)?$/i;
const underThisWithoutException = /^[^.;]{0,60}\b(?:under|pursuant to|within the framework of|in the framework of) (?:this|the present)\b(?![^.;]{0,80}\b(?:unless|except|without|save|other than)\b)/i;

/** Where a text first names classified material it contemplates, if it does. */
export function classifiedMentionIn(raw: string): { start: number; end: number } | undefined {
  // Cheap test first: every mention holds one of these words.
  if (!/[Cc]lassifi|SECRET|CONFIDENTIAL|[Nn]ational [Ss]ecurity [Ii]nformation|[Ss]ecrets?\b|Restricted Data|RESTRICTED|(?:designated|marked|graded) (?:as )?\W?(?:top secret|secret)/.test(raw)) return undefined;
  classifiedMention.lastIndex = 0;
  for (let m = classifiedMention.exec(raw); m; m = classifiedMention.exec(raw)) {
    const at = m.index;
    const before = raw.slice(Math.max(0, at - 160), at);
    if (negatedBefore.test(before)) continue;
    // "Controlled Unclassified Information", "SECRET" in "sensitive but unclassified" and the like.
    if (/unclassified\W*$/i.test(before) || /^(?:un|non)/i.test(m[0])) continue;
    const sentenceBefore = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    if (leftOutBefore.test(sentenceBefore)) continue;
    const after = raw.slice(at + m[0].length, at + m[0].length + 200);
    if (/\bno\s+$/i.test(sentenceBefore) && noneExchanged.test(after)) continue;
    if (notExchangedBefore.test(sentenceBefore) && underThisWithoutException.test(after)) continue;
    return { start: at, end: at + m[0].length };
  }
  return undefined;
}

/** Whether a text contemplates classified material (not "unclassified", not "confidential" in lower case, not material left out). */
export function mentionsClassified(raw: string): boolean {
  return classifiedMentionIn(collapsedText(raw)) !== undefined;
}

/** Cheap test: could this text carry any formal term? */
export function mayCarryClassifiedTerms(lower: string): boolean {
  // A word that each term below needs.
  return /classif|secur|clear|visit|\bnsa|\bdsa|between the|in force|need[- ]to[- ]know|third|channel|courier|pouch|compromis|loss|lost|terminat|gsomia|gsoia|protect|mark|downgrad|government[- ]to[- ]government|diplomatic|safeguard|consent|approv|authori|permission|prerequisite|agreement of|crypt|expir|conclusion|even after|annex|arrang|right of|other nation|confidential|withdraw|denunci|jurisdiction|stipulat|may (?:specify|determine|limit|restrict)|vett|duties|functions/.test(lower);
}

// The governing instrument. A security agreement or arrangement counts where the text puts the
// exchange under it ("under", "pursuant to", "in accordance with") or records it as made between
// the Parties ("in force", "between the Parties", "concluded on"); "physical security arrangements
// shall be provided" asks for measures and names no instrument.
const securityInstrumentNoun = String.raw`(?<!(?:aviation|maritime|social|food|port|border|physical|energy|cyber|transport|health|nuclear|site|local|personal|job) )(?:(?:general |industrial |bilateral |reciprocal |mutual )?security(?: of (?:military |classified |defen[cs]e )?information)?|classified information|information security|(?:mutual |reciprocal )?protection of classified (?:military )?information) (?:agreements?|arrangements?)(?: or (?:agreements?|arrangements?))?`;
const governedBy = String.raw`(?:under|pursuant to|in accordance with|appl(?:y|ies|ying)|observ(?:e|es|ing)|compl(?:y|ies|ying) with|governed by|subject to|in conformity with|consistent with|according to|in compliance with|covered by|provided (?:for )?(?:in|by)|set (?:out|forth) in|laid down in|the terms of|applicable|existing|bilateral|relevant|in the framework of|within the framework of)\b[^.;]{0,40}`;
const madeBetween = String.raw`[^.;]{0,20}\b(?:between (?:the|our|them|both|us)|in force|concluded|signed|dated|of \d|currently|already|(?:mentioned|referred to|set out|provided for|described) in (?:article|annex|appendix|paragraph|section))`;
const instrumentPatterns: RegExp[] = [
  /\b(?:gsomia|gsoia|general security of (?:military )?information agreement|c-m\(55\)|security within the north atlantic treaty organi[sz]ation)/,
  new RegExp(String.raw`\b${governedBy}\b${securityInstrumentNoun}\b|\b${securityInstrumentNoun}\b${madeBetween}`),
  // An agreement or arrangement for the protection of classified information, or one that the
  // Parties record as made: "have arranged the mutual protection of classified information".
  /\b(?:agreements?|arrangements?|understandings?|instruments?)\b[^.;]{0,60}\b(?:for|on|concerning|regarding|relating to|governing) the (?:mutual |reciprocal )?(?:exchange and (?:mutual |reciprocal )?)?(?:protection|security|safeguarding) of (?:the )?(?:classified|military|defen[cs]e)\b/,
  /\b(?:have|has|having) (?:jointly |mutually )?(?:arranged|agreed|provided|made arrangements)\b[^.;]{0,40}?\b(?:for|on|upon)? ?the (?:mutual |reciprocal )?(?:protection|security|safeguarding) of (?:the )?(?:classified|military|defen[cs]e)\b/,
  // A security annex, or the security instruction of a programme.
  /\b(?:security|confidentiality) annex\b|\b(?:annex|appendix|schedule)\b[^.;]{0,40}\b(?:security|classified)\b|\bsecurity (?:procedures|instructions|regulations) (?:annexed|attached|set out in (?:the )?annex)|\b(?:programme|program|project) security instruction/,
  // The handling rules of an organisation: "in accordance with the regulations ... governing the
  // handling of confidential information".
  /\b(?:in accordance with|under|pursuant to|subject to)\b[^.;]{0,40}\b(?:regulations|rules|procedures|regime|provisions|polic(?:y|ies))\b[^.;]{0,60}\b(?:governing|for|on|concerning|relating to) the (?:handling|protection|security|safeguarding) of (?:classified|confidential) (?:information|material)/,
];
/** A security instrument still to be made ("an understanding to be reached", "shall conclude an arrangement"), which sets no terms yet. */
const deferredBefore = /\b(?:desir\w*|intend\w*|wish\w*|shall|will|may|to|undertake to)\s+(?:conclude|negotiate|reach|agree on|agree upon|establish|draw up|enter into|work out|develop)\b[^.;]{0,40}$/;
const deferredAfter = /^[^.;]{0,30}\b(?:to be|which (?:shall|will) be|that (?:shall|will) be) (?:concluded|agreed|reached|negotiated|established|drawn up|worked out)\b/;

/** Cheap tests: a word each instrument pattern needs; a word each term proper to classified handling needs. */
const mayNameInstrument = /secur|classif|militar|defen[cs]e|annex|appendix|schedule|confidential|gsom|gsoi|c-m\(55/;
const mayCarrySpecificTerm = /classif|vett|mark|safeguarded as|clear|downgrad|government[- ]to[- ]government|diplomatic (?:bag|pouch|courier)|secur|militar|defen[cs]e|annex|appendix|schedule|confidential|gsom|gsoi|c-m\(55/;

/** Whether a text refers to a governing security instrument in force (or one its exchanges are put under). */
export function instrumentIn(lower: string): boolean {
  for (const re of instrumentPatterns) {
    const m = re.exec(lower);
    if (!m) continue;
    const before = lower.slice(Math.max(0, m.index - 80), m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (deferredBefore.test(before) || deferredAfter.test(after)) continue;
    return true;
  }
  return false;
}

// Terms that belong to classified handling wherever they stand.
const specific: [ClassifiedElement, RegExp][] = [
  ['equivalence', /\b(?:equivalent (?:level of |levels of )?(?:security )?classifications?|(?:following|these|the) classification (?:levels|categories)(?: (?:are|shall be) (?:equivalent|used|applied))?(?=[:\s])[^.;]{0,10}:|classification (?:equivalen\w*|tables?)|equivalen(?:t|ce) (?:security )?(?:classification|levels?)|corresponding (?:security )?classifications?|(?:marked|marking|markings|mark)\b[^.;]{0,80}\b(?:classification|country of origin|originat\w*)|classification[^.;]{0,60}\bmark\w*|safeguarded as|(?:agreed|common|joint|mutually agreed|harmoni[sz]ed) (?:security )?classification (?:polic(?:y|ies)|guides?|rules|levels|system|schemes?))\b/],
  ['need-to-know', /\b(?:security vetting|vetted (?:to|at) the (?:appropriate|required|requisite|necessary) (?:security )?level|security clear(?:ed|ances?)|appropriately cleared|cleared (?:personnel|persons|individuals|staff)|personnel security clearance|clearances? (?:at|to) the (?:appropriate|requisite|required) level|clearance for access|(?:granted|holds?|holding|held|possess(?:es|ing)?) (?:a |an |the )?(?:appropriate |requisite )?clearance)\b/],
  ['downgrading', /\b(?:downgrad\w*|declassif\w*|reclassif\w*|(?:alter|change|lower|modify)\w*[^.;]{0,30}\bclassification)\b/],
  ['transmission', /\b(?:government[- ]to[- ]government|diplomatic (?:bag|pouch|courier))\b/],
];
// Terms that count only in a classified context.
const generic: [ClassifiedElement, RegExp][] = [
  ['need-to-know', /\bneed[- ]to[- ]know\b|\b(?:access\w*|accessible|made available|disclosed)\b[^.;]{0,40}\bonly to (?:those )?(?:persons|individuals|personnel|staff|officials|officers)\b[^.;]{0,80}\b(?:require|requires|need|needs)\b[^.;]{0,30}\b(?:duties|functions|tasks|work)\b/],
  ['protection', /\b(?:(?:same|equivalent|comparable|equal|no less stringent|at least (?:the same|equal|equivalent|as)|not less)[^.;]{0,40}\b(?:degree of |level of |standard of )?(?:security )?protection|protection (?:equivalent|equal|comparable|corresponding) to (?:that|the protection|the degree|the level)|protection[^.;]{0,60}\b(?:no less stringent|at least (?:the same|equal|equivalent))|(?:same|equivalent) (?:degree of )?security)\b/],
  ['third-party', /\b(?:(?:third (?:part(?:y|ies)|states?|countr(?:y|ies)|governments?|nations?|persons?)|any (?:other|third) (?:government|state|country|nation|party|entity)|other (?:nations?|states?|countries|governments)|international organi[sz]ations?|foreign (?:governments?|nationals?))[^.;]{0,160}\b(?:consent|approval|authori[sz]ation|permission|approved|concurrence)|(?:consent|approval|authori[sz](?:ation|es|ed)|permission|concurrence|agreement of (?:the|both|our|each)|prerequisite)\b[^.;]{0,160}\b(?:third (?:part|state|countr|government|nation|person)|any (?:other|third) (?:government|state|country|nation|party|entity)|other (?:nation|state|countr|government))\w*|withh[eo]ld[^.;]{0,80}\bthird|(?:further |any )disclosure[^.;]{0,40}\bunless[^.;]{0,60}\bconsent\w*|\b(?:disclos\w*|releas\w*|communicat\w*|reveal\w*|divulg\w*)\b[^.;]{0,120}\b(?:except|unless|without|only)\b[^.;]{0,30}\b(?:with |upon |after )?(?:the )?(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation|permission)\b|right of\b[^.;]{0,80}\bto (?:control|restrict)\b[^.;]{0,60}\b(?:secrecy|release|dissemination|disclosure|further)|(?:originating|furnishing|providing|releasing) (?:party|state|government|country|participant)\b[^.;]{0,40}\b(?:may|shall|retains?)\b[^.;]{0,30}\b(?:control|restrict|determine)\b[^.;]{0,40}\b(?:release|dissemination|disclosure|further)|(?:shall|will|may) not be (?:[\w-]+,? (?:or |and )?){0,3}?(?:communicated|released|disclosed|transferred|transmitted|passed|made available|exchanged)\b[^.;]{0,160}\bbeyond (?:the )?jurisdiction|\b(?:each|either|the originating|the furnishing|the providing|the releasing) (?:party|government|state|participant)\b[^.;]{0,20}\bmay (?:stipulate|specify|determine|limit|restrict)\b[^.;]{0,260}?\b(?:disseminat\w*|distribut\w*|releas\w*|disclos\w*))/],
  ['transmission', /\b(?:(?:transmi(?:t|ts|tted|ssion)|transferr?(?:ed|ing)?|sent|conveyed|carried|forwarded)\b[^.;]{0,100}\b(?:channels?|couriers?|pouch|cryptographic|encrypted|secure (?:means|communications?|systems?))|(?:made available|communicated|exchanged|passed|delivered|provided|released|handed over)\b[^.;]{0,40}\b(?:through|via|by way of) (?:[\w-]+ ){0,3}?channels?\b)/],
  ['termination', /\b(?:(?:terminat\w*|expir\w*|conclusion|withdrawal|denunciation)[^.;]{0,200}\b(?:continue|surviv\w*|remain\w* (?:protected|subject|in force|binding|applicable|valid|confidential|in effect))|(?:surviv\w*|continue to (?:apply|be protected|be safeguarded|be binding|be in force|have effect))[^.;]{0,80}\b(?:terminat|expir|withdraw|denunci)\w*|even after|notwithstanding (?:the )?(?:termination|expiry|withdrawal))/],
];
/** Return or destruction at termination: an element, but on its own no formal terms (it secures nothing while the material is held). */
const returnAtEnd = /\b(?:(?:terminat\w*|expir\w*|conclusion|withdrawal)[^.;]{0,200}\b(?:return\w*|destroy\w*|destruction)|(?:return\w*|destroy\w*|destruction)[^.;]{0,120}\b(?:terminat|expir)\w*)/;
/**
 * In a classified context, the instrument may be named without the word "security": an exchange put
 * "in accordance with ... the agreements between the Parties" is governed by them.
 */
const instrumentInContext = /\b(?:under|pursuant to|in accordance with|governed by|subject to|in conformity with|consistent with)\b[^.;]{0,60}\b(?:agreements?|arrangements?)\s(?:(?:concluded |in force |made )?between (?:the (?:parties|participants|governments|two governments)|them|both)|in force)/;
/**
 * Standard elements of bilateral security agreements that are formal terms but that a draft is
 * not asked to supply (domain brief, section C lists the others): the security authorities
 * responsible for the terms, and visits involving access to classified material.
 */
const securityAuthority = /\b(?:(?:national|designated|competent) security authorit(?:y|ies)|cognizant security (?:authorit(?:y|ies)|offices?)|security authorities of the (?:parties|two)|(?:nsas?|dsas?)\b(?= of| shall| will| designated| responsible))/;
/** Use beyond the purposes of supply only with the originator's consent: originator control, a formal term though no element the checks list. */
const originatorUse = /\b(?:used?|utili[sz]ed|employed)\b[^.;]{0,40}\b(?:for )?(?:any )?(?:purposes? other than|other purposes?)\b[^.;]{0,100}\b(?:without|except with|unless|only with)\b[^.;]{0,30}\b(?:consent|approval|authori[sz]ation|permission)\b/;
const visitTerms = /\bvisit(?:s|ors|ing)?\b[^.;]{0,120}\b(?:approv\w*|security clearance|authori[sz]\w*|permission|request for)|\b(?:approv\w*|authori[sz]\w*|requests?) (?:for |of )?(?:such |the |any )?visits?\b/;
/** Loss or compromise, and (for the element) its reporting or investigation in the same sentence. */
const compromiseEvent = /\b(?:loss|lost|compromised?|compromises|unauthori[sz]ed (?:disclosure|persons|access|release)|disclosed to unauthori[sz]ed|breach(?:es)? of (?:the )?security|security (?:breach\w*|incidents?|violations?|infractions?)|violations? of (?:the )?security|breach(?:es)? of (?:the )?(?:security )?(?:regulations|rules|procedures))\b/;
const compromiseEventProper = /\b(?:compromise of classified|breach(?:es)? of (?:the )?security (?:regulations|rules|procedures)|security (?:violations?|infractions?))\b/;
const compromiseAction = /\b(?:report\w*|notif\w*|inform(?!ation)\w*|investigat\w*|advis\w*|made known)\b/;


/**
 * Any of the patterns above, joined into one so that a clause none of them can match is not cut into
 * sentences (none has flags or back-references).
 */
const mayHoldTerm = new RegExp(
  [...specific, ...generic]
    .map(([, re]) => re)
    .concat([returnAtEnd, compromiseEvent, instrumentInContext, securityAuthority, visitTerms, originatorUse])
    .map((re) => `(?:${re.source})`)
    .join('|'),
);

/** The formal terms a text supplies, and whether any of them is a formal term on its own. */
export interface ClassifiedTerms {
  elements: Set<ClassifiedElement>;
  /** False when the only terms are weak ones (return or destruction at termination). */
  formal: boolean;
}

/** The formal terms in a text. `classifiedContext` says the text's clause or article is about classified material. */
export function classifiedElementsIn(text: string, classifiedContext: boolean): Set<ClassifiedElement> {
  return classifiedTermsIn(text, classifiedContext).elements;
}

/** The formal terms in a text, read sentence by sentence; a list's lead-in is read with each item. */
export function classifiedTermsIn(text: string, classifiedContext: boolean, known?: { mentions: boolean; personal: boolean }): ClassifiedTerms {
  const found = new Set<ClassifiedElement>();
  // Elements read in a form that is a formal term on its own (all but a bare return at termination).
  const strong = new Set<ClassifiedElement>();
  let formal = false;
  const add = (e: ClassifiedElement, isStrong = true) => {
    found.add(e);
    if (isStrong) {
      strong.add(e);
      formal = true;
    }
  };
  // Collapsed as well: the patterns read phrases across the line breaks of a wrapped paragraph.
  const lower = collapsedLower(text);
  // Outside a classified context, only terms proper to classified handling can count, and the
  // whole text can be read at once; sentences matter only to find a classified subject.
  // What the caller already knows of the whole text: whether it names classified material, and
  // whether it names personal data (if it does not, none of its sentences does).
  const mentions = known ? known.mentions : mentionsClassified(text);
  const mayNamePersonal = known ? known.personal : true;
  if (!classifiedContext && !mentions) {
    if (!mayCarrySpecificTerm.test(lower)) return { elements: found, formal };
    if (mayNameInstrument.test(lower) && instrumentIn(lower)) add('instrument');
    for (const [e, re] of specific) if (re.test(lower)) add(e);
    if (compromiseEventProper.test(lower)) for (const s of sentences(text)) if (compromiseEventProper.test(s.norm) && compromiseAction.test(s.norm)) add('compromise');
    return { elements: found, formal };
  }
  if (!mayCarryClassifiedTerms(lower)) return { elements: found, formal };
  if (mayNameInstrument.test(lower) && instrumentIn(lower)) add('instrument');
  if (!mayHoldTerm.test(lower)) return { elements: found, formal };
  let lead: { norm: string; classified: boolean } | undefined;
  for (const s of sentences(text)) {
    // A list item is read with its lead-in ("... shall be a prerequisite to the transfer of the
    // following:" then "(b) any classified information ..."): the lead-in's words govern the item.
    const item = lead !== undefined && /^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]/.test(s.norm);
    if (!item) lead = undefined;
    const norm = item ? `${lead!.norm} ${s.norm}` : s.norm;
    const leadIn = /:\s*$/.test(s.text);
    // A sentence with no word any term needs (and no lead-in to pass on) is read no further.
    if (!leadIn && !mayCarryClassifiedTerms(norm)) continue;
    for (const [e, re] of specific) if (!strong.has(e) && re.test(norm)) add(e);
    // Whether the sentence is about classified material, asked only once a term that needs it is
    // found. A sentence about personal data (and not itself about classified material) sets privacy
    // terms, not classified ones, even in an article about classified material: its consent for
    // onward transfer or its breach notice is no originator-consent or compromise term. A sentence
    // that says its information is unclassified is not about classified material either.
    let own: boolean | undefined;
    let context: boolean | undefined;
    const ownMention = () => (own ??= mentions && mentionsClassified(s.text));
    const inContext = () =>
      (context ??=
        ownMention() ||
        (item && lead!.classified) ||
        (classifiedContext && !/\b(?:unclassified|non-?classified)\b/.test(s.norm) && (!mayNamePersonal || personalDataIn(s.text).length === 0)));
    if (!found.has('instrument') && instrumentInContext.test(norm) && inContext()) add('instrument');
    if (!formal && (securityAuthority.test(norm) || visitTerms.test(norm) || originatorUse.test(norm)) && inContext()) formal = true;
    for (const [e, re] of generic) if (!strong.has(e) && re.test(norm) && inContext()) add(e);
    if (!found.has('compromise') && compromiseEvent.test(norm) && compromiseAction.test(norm) && (compromiseEventProper.test(norm) || inContext())) add('compromise');
    if (!found.has('termination') && returnAtEnd.test(norm) && inContext()) add('termination', false);
    if (leadIn) lead = { norm: s.norm, classified: ownMention() || (item && lead!.classified) };
  }
  return { elements: found, formal };
}

/** Whether a recital records a governing security instrument between the Parties ("having arranged the mutual protection of classified information they exchange"). */
export function recitedInstrument(text: string): boolean {
  const lower = collapsedLower(text);
  if (!/classif|secur|gsomia|gsoia|military information/.test(lower)) return false;
  return instrumentIn(lower);
}

/** Whether a title names a security agreement: the draft is itself the governing instrument. */
export function isSecurityInstrumentTitle(title: string | undefined): boolean {
  return !!title && /\b(?:(?:protection|security|safeguarding) of (?:classified|military|defen[cs]e)(?: military)? information|security of information|general security of (?:military )?information|security agreement|gsomia|gsoia)\b/i.test(title);
}
