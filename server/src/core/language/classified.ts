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
  /\b[Cc]lassified (?!(?:as|by|under|in|into|according|accordingly|for|to|with|and|or|on|at|the|a|an)\b)[A-Za-z][a-z]+(?: [a-z]+)?\b|\b(?:information|material|matter|documents?) (?:which is |that is |that are )?classified\b|\bTOP SECRET\b|\bSECRET\b|\bCONFIDENTIAL\b|\b[Nn]ational [Ss]ecurity [Ii]nformation\b|\b[Ss]ecurity [Cc]lassifications?\b|\b[Cc]lassification (?:[Ll]evels?|[Mm]arkings?|[Cc]ategor(?:y|ies))\b/;

/** Whether a text contemplates classified material (not "unclassified", not "confidential" in lower case). */
export function mentionsClassified(raw: string): boolean {
  const text = collapsedText(raw);
  const m = classifiedMention.exec(text);
  if (!m) return false;
  // "Controlled Unclassified Information" is not classified.
  const around = text.slice(Math.max(0, m.index - 14), m.index + m[0].length).toLowerCase();
  if (/unclassified/.test(around) && !/\bclassified\b/.test(around.replace(/unclassified/g, ''))) return classifiedMention.test(text.slice(m.index + m[0].length));
  return true;
}

/** Cheap test: could this text carry any formal term? */
export function mayCarryClassifiedTerms(lower: string): boolean {
  // A word that each term below needs. "downgrade", "government-to-government", "expiry" and the
  // like were missing, so such a term counted only when another word here stood beside it.
  return /classif|secur|clear|need[- ]to[- ]know|third|channel|courier|pouch|compromis|loss|lost|terminat|gsomia|gsoia|protect|mark|downgrad|government[- ]to[- ]government|diplomatic|safeguard|national (?:laws|regulations|rules|standards)|consent|approv|authori|permission|crypt|expir|conclusion|even after/.test(lower);
}

// Terms that belong to classified handling wherever they stand.
const specific: [ClassifiedElement, RegExp][] = [
  ['instrument', /\b(?:gsomia|gsoia|general security of (?:military )?information agreement|security (?:of information )?agreements?\b(?! cooperation)|security arrangements?|industrial security (?:agreements?|arrangements?|procedures)|(?:agreements?|arrangements?)[^.;]{0,60}\b(?:for|on|concerning|regarding) the (?:mutual |reciprocal )?(?:protection|security) of (?:classified|military) information|security annex|(?:annex|appendix)[^.;]{0,40}\b(?:security|classified)|security (?:procedures|instructions|regulations) (?:annexed|attached|set out in (?:the )?annex)|security within the north atlantic treaty organi[sz]ation|c-m\(55\))/],
  ['equivalence', /\b(?:equivalent (?:level of |levels of )?(?:security )?classifications?|(?:following|these|the) classification (?:levels|categories)(?: (?:are|shall be) (?:equivalent|used|applied))?(?=[:\s])[^.;]{0,10}:|classification (?:equivalen\w*|tables?)|equivalen(?:t|ce) (?:security )?(?:classification|levels?)|corresponding (?:security )?classifications?|(?:marked|marking|markings|mark)\b[^.;]{0,80}\b(?:classification|country of origin|originat\w*)|classification[^.;]{0,60}\bmark\w*|safeguarded as)\b/],
  ['need-to-know', /\b(?:need[- ]to[- ]know|security clear(?:ed|ances?)|appropriately cleared|cleared (?:personnel|persons|individuals|staff)|personnel security clearance|clearances? (?:at|to) the (?:appropriate|requisite|required) level)\b/],
  ['downgrading', /\b(?:downgrad\w*|declassif\w*|reclassif\w*|(?:alter|change|lower|modify)\w*[^.;]{0,30}\bclassification)\b/],
  ['transmission', /\b(?:government[- ]to[- ]government|diplomatic (?:bag|pouch|courier))\b/],
  ['compromise', /\b(?:breach(?:es)? of (?:the )?security (?:regulations|rules|procedures)|security (?:violations?|infractions?)|compromise of classified)\b/],
];
// Terms that count only in a classified context.
const generic: [ClassifiedElement, RegExp][] = [
  ['protection', /\b(?:(?:same|equivalent|comparable|equal|no less stringent|at least (?:the same|equal|equivalent|as)|not less)[^.;]{0,40}\b(?:degree of |level of |standard of )?(?:security )?protection|protection[^.;]{0,60}\b(?:no less stringent|at least (?:the same|equal|equivalent))|(?:safeguard|protect|handl|stor)\w*[^.;]{0,80}\bin accordance with[^.;]{0,60}\b(?:security|national) (?:laws|regulations|rules|standards)|(?:same|equivalent) (?:degree of )?security)\b/],
  ['third-party', /\b(?:(?:third (?:part(?:y|ies)|states?|countr(?:y|ies)|governments?|nations?)|any other (?:government|state|country)|international organi[sz]ations?|foreign (?:governments?|nationals?))[^.;]{0,160}\b(?:consent|approval|authori[sz]ation|permission|approved)|(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,160}\bthird (?:part|state|countr|government|nation)\w*|withh[eo]ld[^.;]{0,80}\bthird|(?:further |any )disclosure[^.;]{0,40}\bunless[^.;]{0,60}\bconsent\w*)/],
  ['transmission', /\b(?:(?:transmi(?:t|ts|tted|ssion)|transferr?(?:ed|ing)?|sent|conveyed|carried|forwarded)\b[^.;]{0,100}\b(?:channels?|couriers?|pouch|cryptographic|encrypted|secure (?:means|communications?|systems?)))/],
  ['compromise', /\b(?:loss|lost|compromised?|possible compromise|unauthori[sz]ed (?:disclosure|persons|access)|breach(?:es)? of security|security (?:breach\w*|incidents?|violations?)|violation of security)\b/],
  ['termination', /\b(?:(?:terminat\w*|expir\w*|conclusion)[^.;]{0,200}\b(?:continue|surviv\w*|remain|protected|return\w*|destroy\w*|destruction)|(?:surviv\w*|continue to (?:apply|be protected|be safeguarded|be binding))[^.;]{0,80}\bterminat\w*|even after|notwithstanding (?:the )?(?:termination|expiry))/],
];

/** Any of the patterns above, joined into one so that the text is read once (none has flags or back-references). */
const mayHoldTerm = new RegExp([...specific, ...generic].map(([, re]) => `(?:${re.source})`).join('|'));

/** The formal terms in a text. `classifiedContext` says the text's clause or article is about classified material. */
export function classifiedElementsIn(text: string, classifiedContext: boolean): Set<ClassifiedElement> {
  const found = new Set<ClassifiedElement>();
  // Collapsed as well: the patterns read phrases across the line breaks of a wrapped paragraph.
  const lower = collapsedLower(text);
  if (!mayCarryClassifiedTerms(lower)) return found;

  // Outside a classified context, only terms proper to classified handling can count, and the
  // whole text can be read at once; sentences matter only to find a classified subject.
  if (!classifiedContext && !mentionsClassified(text)) {
    for (const [e, re] of specific) if (re.test(lower)) found.add(e);
    return found;
  }
  if (!mayHoldTerm.test(lower)) return found;
  for (const s of sentences(text)) {
    // A sentence about personal data (and not itself about classified material) sets privacy
    // terms, not classified ones, even in an article about classified material: its consent for
    // onward transfer or its breach notice is no originator-consent or compromise term.
    // What an earlier sentence already supplied is not looked for again.
    for (const [e, re] of specific) if (!found.has(e) && re.test(s.norm)) found.add(e);
    if (!generic.some(([e]) => !found.has(e))) continue;
    const inContext = mentionsClassified(s.text) || (classifiedContext && personalDataIn(s.text).length === 0);
    if (inContext) for (const [e, re] of generic) if (!found.has(e) && re.test(s.norm)) found.add(e);
  }
  return found;
}

/** Whether a title names a security agreement: the draft is itself the governing instrument. */
export function isSecurityInstrumentTitle(title: string | undefined): boolean {
  return !!title && /\b(?:(?:protection|security|safeguarding) of (?:classified|military|defen[cs]e)(?: military)? information|security of information|general security of (?:military )?information|security agreement|gsomia|gsoia)\b/i.test(title);
}
