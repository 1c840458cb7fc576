/**
 * Negation, modality and exceptions around a word of a sentence. Legal drafting states bars as
 * "shall not be disclosed", "nor will it be provided", "Neither Party shall release", "under no
 * circumstances"; permissions as "may"; and exceptions as "without the prior consent of",
 * "unless", "except with". These helpers read the words before a verb rather than the raw text.
 */
import type { Sentence } from './sentences.js';

/**
 * The words by which a party's leave is asked for ("consent", "approval", "authorisation",
 * "agreement" of the supplier, "permission"), for patterns that read a condition of leave;
 * "agreement" as the name of an instrument ("under this Agreement") is not one of them.
 */
export const consentWord = String.raw`(?:consent\w*|approv\w*|authori[sz]\w*|agree(?!ments?\b)\w*|permission)`;

const negators = new Set(['not', 'no', 'never', 'nor', 'neither', "n't", 'cannot']);
const modals = new Set(['shall', 'must', 'will', 'may', 'should', 'can', 'might', 'would', 'could']);
// Words that open a new clause inside a sentence: a negation before them does not reach past.
const barriers = new Set(['unless', 'except', 'provided', 'however', 'if', 'where', 'when', 'but', 'whereas', 'although', 'that', 'which', 'who', 'whose']);

/** Whether the word at `index` is negated by a negator among the few words before it. */
export function isNegated(s: Sentence, index: number, window = 7): boolean {
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const w = s.words[i]!.lower;
    if (negators.has(w) || w.endsWith("n't")) return true;
    if (barriers.has(w)) return false;
    // Punctuation between words that ends a clause (";" or ":") stops the look-back.
    const gap = s.text.slice(s.words[i]!.end - s.start, s.words[i + 1]!.start - s.start);
    if (/[;:]/.test(gap)) return false;
  }
  // "shall not, without the consent of the requested Party, use or transmit": a negation whose
  // exception is set off by commas reaches the verb after it.
  const before = s.lower.slice(Math.max(0, s.words[index]!.start - s.start - 160), s.words[index]!.start - s.start);
  if (before.includes(',') && /\b(?:not|never)\s*,\s*(?:without|except|save|unless|other than)\b[^,;:.]{0,110},\s*(?:[\w-]+\s+){0,2}$/.test(before)) return true;
  // "Neither Party shall ... disclose" and "No information shall be disclosed": the negator may
  // open the sentence.
  const first = s.words[0]?.lower;
  if ((first === 'neither' || first === 'no') && index < 25) {
    const between = s.lower.slice(0, Math.min(s.words[index]!.start - s.start, 400));
    if (!/[;:]|\b(?:unless|except|provided|if)\b/.test(between)) return true;
  }
  return absolutely(s);
}

const absoluteCache = new WeakMap<Sentence, boolean>();

/** Whether a sentence says "under no circumstances", "in no case" or "at no time" (read once per sentence). */
function absolutely(s: Sentence): boolean {
  let v = absoluteCache.get(s);
  if (v === undefined) {
    v = /\b(?:under no circumstances|in no (?:case|event|circumstances)|at no time)\b/.test(s.norm);
    absoluteCache.set(s, v);
  }
  return v;
}

/** The modal verb governing the word at `index` ("shall", "may", ...), if one is near before it. */
export function modalOf(s: Sentence, index: number, window = 8): string | undefined {
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const w = s.words[i]!.lower;
    if (modals.has(w)) return w;
    if (barriers.has(w)) return undefined;
  }
  return undefined;
}

/** Whether the sentence names an originator's consent (or approval, authorisation) as a way out. */
export function hasConsentException(lower: string): boolean {
  return (
    /\b(?:without|absent|save with|except with|other than with|only with|only after|only upon|only on|subject to)\b[^.;]{0,80}\b(?:consent|approval|authori[sz]ation|permission|agreement|concurrence|authority)\b/.test(lower) ||
    /\b(?:unless|except (?:where|when|if)|only (?:where|if|when|after))\b[^.;]{0,160}\b(?:consent|consents|consented|approv\w*|authori[sz]\w*|permi\w*|agrees?|agreed)\b/.test(lower) ||
    /\b(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,60}\b(?:has|have) (?:first )?been (?:obtained|given|granted)\b/.test(lower) ||
    // "provided that the supplying authority has given its prior approval"
    /\b(?:provided(?: that)?|on (?:the )?condition that|if|where)\b[^.;]{0,80}\b(?:has|have) (?:first )?(?:given|granted) (?:its |their )?(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation|permission)\b/.test(lower)
  );
}

/**
 * Whether the restriction yields to the law: "to the extent permitted by law", "consistent with
 * applicable law", "subject to its domestic law", "unless required by law".
 */
export function hasLawCarveOut(lower: string): boolean {
  return (
    /\bto the (?:full )?extent (?:permitted|allowed|authori[sz]ed|required|consistent with|compatible with|possible under)\b/.test(lower) ||
    /\b(?:consistent|in conformity|in keeping) with (?:its |their |the |each party's |applicable |relevant )*(?:domestic |national |applicable )?(?:laws?|legislation|legal requirements)\b/.test(lower) ||
    /\bsubject to (?:its |their |the |each party's )?(?:applicable |domestic |national |respective )*(?:laws?|legislation|legal requirements)\b/.test(lower) ||
    /\b(?:unless|except (?:as|where|to the extent)|save as|as) (?:otherwise )?(?:required|permitted|authori[sz]ed|compelled|mandated) (?:by|under) (?:\w+ )?(?:law|laws|statute|legislation|court order)\b/.test(lower)
  );
}

/**
 * Whether a Party may impose the restriction case by case ("may impose conditions on the use",
 * "may make the supply conditional on", "may request that it be kept confidential"), rather
 * than the clause imposing it on all information. A general declaration or reservation is not
 * case by case.
 */
export function isCaseByCaseCondition(lower: string): boolean {
  if (/\bdeclar(?:e|es|ed|ation|ations)\b|\breservation\b/.test(lower)) return false;
  return /\bmay\b[^.]{0,120}\b(?:impose|attach|set|make|subject|request|require|ask|specify|place|stipulate)\b[^.]{0,160}\b(?:conditions?|conditional|dependent|restrictions?|limitations?|confidential)\b/.test(lower);
}

/** Whether the sentence is a recital ("Considering that ...", "Having regard to ..."). */
export function isRecital(lower: string): boolean {
  return /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:having regard|considering|recogni[sz]ing|emphasi[sz]ing|noting|desiring|desirous|bearing in mind|whereas|affirming|reaffirming|convinced|acknowledging|mindful|determined|aware|stressing|welcoming|taking into (?:account|consideration)|underlining|seeking|recalling|believing|expressing|conscious|deeply concerned|concerned)\b/.test(lower);
}
