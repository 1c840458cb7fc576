/**
 * Personal data and its handling (domain brief, section B): where a text names data about
 * identifiable individuals, and which elements of privacy handling it supplies. A recital that
 * merely mentions privacy ("Having regard to the Privacy Act ...") is not handling; a clause or
 * article about personal data that sets rules for it is.
 */
import { isNegated, isRecital } from './modality.js';
import { collapsedLower, sentences } from './sentences.js';

/** The elements of adequate privacy handling, in the order messages list them. */
export const privacyElements = ['privacy-law', 'us-person', 'purpose', 'accuracy', 'retention', 'security', 'redress', 'onward-transfer'] as const;
export type PrivacyElement = (typeof privacyElements)[number];

/** How messages name each element. */
export const privacyElementNames: Record<PrivacyElement, string> = {
  'privacy-law': 'the Privacy Act of 1974 or applicable privacy law',
  'us-person': 'the impact on U.S. citizens and lawful permanent residents',
  purpose: 'purpose limitation',
  accuracy: 'accuracy and correction',
  retention: 'retention limits and deletion',
  security: 'security of the data and breach notice',
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

const personalData = new RegExp(
  [
    String.raw`\bpersonal(?:ly identifiable)? (?:data|information|details|records)\b`,
    String.raw`\bpii\b`,
    String.raw`\bbiographic(?:al)?\b`,
    String.raw`\bbiometric\w*\b`,
    String.raw`\bfingerprints?\b`,
    String.raw`\bfacial (?:images?|recognition)\b`,
    String.raw`\bdna (?:profiles?|data|samples?)\b`,
    String.raw`\bdates? of birth\b`,
    String.raw`\bplaces? of birth\b`,
    String.raw`\bpassport (?:numbers?|data|details)\b`,
    String.raw`\b(?:lost or stolen|stolen or lost) (?:passports?|travel documents?)\b`,
    String.raw`\bpassenger name records?\b`,
    String.raw`\b(?:passenger|traveller|traveler|crew) (?:data|information|records?|lists?|manifests?|details)\b`,
    String.raw`\badvance passenger information\b`,
    String.raw`\bpnr\b`,
    String.raw`\bwatch ?lists?\b`,
    String.raw`\bwatchlisted\b`,
    String.raw`\bdata subjects?\b`,
    String.raw`\b(?:u\.s\.|united states) (?:persons?|citizens?|nationals?)\b`,
    String.raw`\blawful(?:ly admitted)? permanent residents?\b`,
    String.raw`\bcriminal (?:records?|history|histories)\b`,
    String.raw`\bnames?,? (?:and )?(?:addresses|aliases|nationalit(?:y|ies))\b(?! (?:of|for) (?:the |its |their |each |any )?(?:contact|designated|competent|central|authorit|agenc|offices?|bodies|points?|liaison|ministr|officials|representatives|experts))`,
    String.raw`\b(?:identity|identities|whereabouts|activities|statements?|testimony|records?|files?|data|information|details|photographs?|biodata|movements|travel histor(?:y|ies))(?:,? (?:and |or )?(?:identity|identities|whereabouts|activities|movements|locations?|contacts|associates|travel))* (?:of|on|about|concerning|relating to|regarding|identifying) (?:a |an |the |any |such |specific |particular |identified |identifiable )?(?:natural )?(?:persons?|individuals?|suspects?|passengers?|travell?ers?|people|subjects? of|nationals?|citizens?|residents?|account[- ]holders?|customers?|victims?|witnesses?|offenders?|terrorists?|(?:visa |asylum )?applicants?|asylum seekers?|detainees?|migrants?|crew members?|visitors?)\b(?! (?:organi[sz]ations?|groups?|financing|activit\w*|attacks?|threats?|offences?|networks?|methods?|trends?|incidents?))`,
    String.raw`\b(?:known or (?:appropriately )?suspected) terrorists?\b`,
    String.raw`\b(?:individuals?|persons?) (?:who are |who is )?(?:known|suspected|believed|reasonably suspected) (?:of|to)\b`,
    String.raw`\bpersons? in respect of whom\b`,
    String.raw`\b(?:data|information|details)\b[^.;]{0,120}\b(?:a|any|the) (?:person|individual|traveller|traveler|passenger|suspect)s? (?:who )?(?:is|are|was|were|has been|have been)? ?(?:refused|denied|arrested|detained|searched|suspected|convicted|wanted|removed|deported|screened|questioned|stopped)\b`,
    String.raw`\bfinancial (?:records|information|data|transactions?) of (?:persons|individuals|natural persons|customers)\b`,
  ]
    .join('|')
    .replace(/ \?/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`),
);

/** `personalData`, for finding every match (`matchAll` works on a copy, so sharing it is safe). */
const personalDataAll = new RegExp(personalData.source, 'g');

/** Cheap test: could this text name personal data at all? */
export function mayNamePersonalData(lower: string): boolean {
  return /person|individual|customer|account|victim|witness|offender|applicant|asylum|detainee|migrant|crew|visitor|traveller|traveler|biograph|biometric|fingerprint|birth|passport|passenger|pnr|watch ?list|data subject|citizen|resident|criminal record|criminal histor|names?,|identit|whereabouts|statement|testimony|suspect|terrorist|pii|dna|facial/.test(lower);
}

/** The places where a text names personal data. Recitals count: they announce what is exchanged. */
export function personalDataIn(text: string): PersonalDataMention[] {
  const lower = text.toLowerCase();
  if (!mayNamePersonalData(lower)) return [];
  const out: PersonalDataMention[] = [];
  for (const m of lower.matchAll(personalDataAll)) {
    // A mere statement of who may have access ("persons who have access") is not data about them.
    out.push({ start: m.index!, end: m.index! + m[0].length, text: text.slice(m.index!, m.index! + m[0].length) });
  }
  return deferrals(lower) ? [] : out;
}

/** "Personal data will be exchanged only if the Parties later decide so": no exchange now. */
function deferrals(lower: string): boolean {
  return /\bpersonal (?:data|information)\b[^.;]{0,40}\b(?:will|shall) (?:only|not) be (?:exchanged|provided|transferred)\b[^.;]{0,20}\b(?:if|unless|until)\b/.test(lower);
}

const privacyLaw =
  /\b(?:privacy act|5 u\.?\s?s\.?\s?c\.?\s*(?:§\s*)?552a|(?:privacy|data[- ]protection) (?:laws?|legislation|regimes?|rules|statutes?|requirements|acts?)|applicable (?:privacy|data[- ]protection)|protection of individuals with regard to (?:the )?(?:automatic )?processing of personal data|convention (?:no\.? )?108|ets no\.? 108|general data protection regulation|gdpr|directive 95\/46|regulation \(eu\) 2016\/679|(?:legislation|laws?|rules|provisions|regulations)(?: [^.;]{0,40}?)? (?:on|relating to|concerning|governing) (?:the )?(?:protection of (?:personal data|privacy|individuals)|(?:personal )?data protection|privacy)|judicial redress act)\b/;
const generalHandling =
  /\b(?:data protection|privacy protections?|protection of (?:personal|individual) (?:data|information|privacy)|privacy safeguards?|personal data protection|protect(?:ion of)? (?:the )?privacy|privacy (?:and civil liberties|rights) (?:protections?|safeguards?)|consent of the data subject|data subject'?s? consent)\b/;

const usPersons = /\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b/;

const elementPatterns: [PrivacyElement, RegExp][] = [
  ['privacy-law', privacyLaw],
  ['privacy-law', /\bdata subjects?\b[^.;]{0,120}\bin accordance with\b[^.;]{0,40}\blaws?\b|\bin accordance with\b[^.;]{0,40}\blaws?\b[^.;]{0,60}\b(?:personal data|data subjects?)\b/],
  ['us-person', /\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b[^.;]*\b(?:safeguards?|protect\w*|procedures?|privacy|impact|consider\w*|minimi[sz]\w*|handl\w*|rights)\b|\b(?:safeguards?|protect\w*|procedures?|privacy|impact|consider\w*|minimi[sz]\w*)\b[^.;]*\b(?:(?:u\.s\.|united states) (?:persons?|citizens?)|lawful(?:ly admitted)? permanent residents?)\b/],
  ['purpose', /\b(?:may|shall|will) (?:only )?be used\b[^.;]{0,100}:\s*$|\bpurposes? for which (?:the |such )?(?:personal )?(?:data|information|it|they) (?:was|were|is|are|has been|have been) (?:initially |originally )?(?:transferred|provided|collected|transmitted|communicated)\b|\b(?:used|processed|use|process|uses|processes|retained)\b[^.;]{0,80}\b(?:only|solely|strictly|exclusively) for\b|\b(?:only|solely|strictly|exclusively) (?:be )?(?:used|processed)\b|\bpurpose (?:limitation|specification)\b|\b(?:may|shall) be used\b[^.;]{0,60}\bfor\b[^.;]{0,40}\b(?:purposes?|proceedings|preventing|prevention)\b|\bnot (?:be )?(?:used|processed|further processed)\b[^.;]{0,60}\b(?:other|incompatible|unrelated)\b|\bused by\b[^.;]{0,60}\bfor\b[^.;]{0,20}\bpurposes?\b/],
  ['accuracy', /\b(?:inaccura\w*|incorrect\w*|erroneous|rectif\w*|correction|corrected|correct(?:ing)? (?:the |such |any )?(?:data|information|records?)|accuracy|up[- ]to[- ]date)\b/],
  ['retention', /\b(?:retain\w*|retention|delet\w*|erase\w*|erasure|destroy\w*|destruction|dispos\w*|no longer (?:necessary|needed|required)|storage limit\w*|dormant)\b/],
  ['security', /\b(?:security of (?:the )?(?:personal )?(?:data|information|records)|(?:technical|organi[sz]ational)(?: and (?:technical|organi[sz]ational))? measures|unauthori[sz]ed (?:access|disclosure|processing|use|alteration)|accidental (?:loss|destruction)|breach\w*|safeguards?|protect(?:ed|ion)? (?:\w+ ){0,4}?(?:against|from) (?:unauthori[sz]ed|accidental|unlawful|loss|misuse|disclosure|alteration|improper)|sensitive and confidential|(?:treat\w*|kept|keep|maintain\w*)[^.;]{0,30}\b(?:as )?confidential|access (?:logs?|logging|is logged)|privacy protection|filters?)\b/],
  ['redress', /\b(?:redress|rights? of access|(?:individuals?|persons?|data subjects?)\b[^.;]{0,60}\baccess to (?:their|his|her|the) (?:own )?(?:data|information|records|personal)|access to (?:their|his|her) (?:own )?(?:data|information|records|personal)|judicial (?:review|remed\w*)|administrative (?:and judicial )?remed\w*|remed(?:y|ies)|complaints?|seek\w* (?:correction|access|information about)|judicial redress)\b/],
  ['onward-transfer', /\b(?:onward transfers?|(?:transfer\w*|transmi\w*|provid\w*|disclos\w*|communicat\w*|shar\w*)\b[^.;]{0,100}\b(?:third (?:states?|countr(?:y|ies)|part(?:y|ies))|states? (?:not|which is not)|international (?:bod(?:y|ies)|organi[sz]ations?)|non-part(?:y|ies)|not (?:a )?part(?:y|ies)|other (?:domestic )?(?:government )?(?:authorities|agencies))|adequate (?:level of )?protection)\b/],
];

/**
 * Whether a (lower-cased, collapsed) text could hold any privacy handling: a privacy law, general
 * data-protection wording, one of the elements, or a promise not to release. The patterns joined
 * into one, so that the text is read once instead of once for each (none has flags or
 * back-references, so joining them keeps what each matches).
 */
const mayHoldHandling = new RegExp(
  [privacyLaw, generalHandling, ...elementPatterns.map(([, re]) => re), /\b(?:releas|disclos|divulg|reveal)/].map((re) => `(?:${re.source})`).join('|'),
);

/** What a text provides for personal data. */
export interface PrivacyHandling {
  /** Whether the text holds privacy handling at all. */
  present: boolean;
  elements: Set<PrivacyElement>;
}

/**
 * The privacy handling in a text. `personalContext` says the clause or article is about personal
 * data (so "data shall be deleted after five years" is a retention term); a privacy heading
 * ("Protection of Personal Data", "Privacy") makes the text a data-protection provision.
 * `namesPersonalData` is whether the text itself names personal data, if the caller knows.
 */
export function privacyHandlingIn(text: string, personalContext: boolean, privacyHeading: boolean, namesPersonalData?: boolean): PrivacyHandling {
  const elements = new Set<PrivacyElement>();
  let present = privacyHeading;
  const lower = collapsedLower(text);
  // An inline heading at the start: "Privacy:", "Data protection.".
  if (/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:privacy|data protection|protection of personal (?:data|information)|personal data)\s*[:.—–-]/.test(lower)) present = true;
  // (A clause that names personal data by a defined term may use none of these words.)
  if (namesPersonalData !== true && !/privacy|552a|data|personal|person|individual|citizen|resident|pnr|redress|subject|biometric|biographic|record/.test(lower)) return { present, elements };
  // `namesPersonalData`: what `personalDataIn(text)` says, when the caller has read it already.
  const contextAll = personalContext || privacyHeading || (namesPersonalData ?? personalDataIn(text).length > 0);
  // Outside a personal-data context only a privacy-law reference or U.S.-person safeguards can
  // count; read the text whole unless one of them is there.
  if (!contextAll && !privacyLaw.test(lower) && !generalHandling.test(lower) && !usPersons.test(lower)) return { present, elements };
  // Sentences are needed only when some element could be there.
  if (!mayHoldHandling.test(lower)) return { present, elements };
  for (const s of sentences(text)) {
    if (isRecital(s.norm)) continue;
    const sentencePersonal = contextAll || personalDataIn(s.text).length > 0;
    // What an earlier sentence already supplied is not looked for again.
    if (!present && (privacyLaw.test(s.norm) || generalHandling.test(s.norm))) present = true;
    for (const [e, re] of elementPatterns) {
      if (elements.has(e)) continue;
      if (e !== 'privacy-law' && e !== 'us-person' && !sentencePersonal) continue;
      if (re.test(s.norm)) {
        elements.add(e);
        present = true;
      }
    }
    // "Neither Party shall release personal details ... without permission": protection from disclosure.
    if (sentencePersonal && !elements.has('security')) {
      for (let i = 0; i < s.words.length; i++) {
        if (/^(?:releas|disclos|divulg|reveal)/.test(s.words[i]!.lower) && isNegated(s, i)) {
          elements.add('security');
          present = true;
          break;
        }
      }
    }
  }
  return { present, elements };
}

/** Whether a heading names a privacy or data-protection provision. */
export function isPrivacyHeading(title: string | undefined): boolean {
  return !!title && /\b(?:privacy|data protection|personal (?:data|information)|protection of (?:personal )?data|pii)\b/i.test(title);
}
