/**
 * Reading a clause for restrictions on the onward dissemination or use of received information
 * (domain brief, section A). Each sentence is read for a restriction (a bar, a sole-purpose or
 * single-agency limit, consent for every further use or dissemination, a ban on use as evidence,
 * a short destruction or return duty, an originator-control marking), then for what calibrates
 * it (classified subject matter, consent only for disclosure outside the receiving government,
 * the law's carve-out, a condition a Party may impose case by case, a privacy purpose, broad
 * counter-terrorism uses). A restriction is reported only when nothing calibrates it.
 */
import { hasConsentException, hasLawCarveOut, isCaseByCaseCondition, isNegated } from './modality.js';
import { collapse, collapsedLower, sentences, type Sentence } from './sentences.js';
import { mentionsClassified } from './classified.js';
import { VariantMemo } from './memo.js';

/** What kind of restriction a sentence imposes. */
export type RestrictionKind =
  | 'absolute-bar'
  | 'internal-consent'
  | 'use-consent'
  | 'other-use-bar'
  | 'evidence-ban'
  | 'sole-purpose'
  | 'single-agency'
  | 'destruction'
  | 'originator-control';

/** A restriction found in a clause, with the span of its sentence in the clause text. */
export interface Restriction {
  kind: RestrictionKind;
  start: number;
  end: number;
}

// Verb stems of passing information on, and of using it.
const disseminateStem = /^(?:disseminat|disclos|releas|transfer|transmit|provid|pass|shar|communicat|forward|distribut|divulg|furnish|supplie|supply|sell|sold|hand|reveal|onward|re-?disseminat|re-?transmit|make|made|giv|given)/;
const useStem = /^(?:use|used|uses|using|utili[sz]|process|employ)/;

/** Cheap test: could this clause hold a dissemination restriction at all? */
export function mayRestrict(lower: string): boolean {
  return /\b(?:only|solely|exclusively|strictly|not|no|nor|neither|never|consent|approval|destroy\w*|destruction|return\w*|delet\w*|eras\w*|purg\w*|orcon|originator[- ]control\w*)\b/.test(lower) &&
    /\b(?:disseminat|disclos|releas|transfer|transmi|provid|pass|shar|communicat|forward|distribut|divulg|furnish|suppl|use|used|utili|process|destr|return|delet|eras|purg|orcon|originator)/.test(lower);
}

// Recipients inside the receiving government (or anyone at all): a consent gate here is
// over-restrictive, because policy wants dissemination to agencies with counter-terrorism roles.
const internalTarget =
  /\b(?:any (?:other )?(?:agenc(?:y|ies)|authorit(?:y|ies)|department|ministr(?:y|ies)|entit(?:y|ies)|bod(?:y|ies)|person|persons|individual|organi[sz]ation|office|service|official|unit)|other (?:domestic |national |federal |government |governmental |public |competent |law[- ]enforcement |state )*(?:agencies|agency|authorities|authority|departments|ministries|entities|bodies|offices|services|units|officials)|anyone|any person|(?:law[- ]enforcement|intelligence|border|customs|immigration|police|prosecut\w*|financial[- ]intelligence|security) (?:agenc\w*|authorit\w*|servic\w*|bod\w*|units?|officials?)|within the receiving (?:party|government|state)|outside the receiving (?:agency|authority|unit|department)|beyond the receiving (?:agency|authority|unit))/;
// Recipients outside the receiving government: consent for these is calibrated.
const externalTarget =
  /\b(?:third (?:states?|countr(?:y|ies)|governments?|part(?:y|ies)|nations?)|foreign (?:governments?|states?|countr(?:y|ies)|authorit(?:y|ies)|bod(?:y|ies))|international (?:bod(?:y|ies)|organi[sz]ations?|institutions?)|(?:a|another|any|any other) (?:state|country|government)s?\b|states? (?:not|which is not|that is not) (?:bound|part)|non-part(?:y|ies)|(?:the )?public\b|publicly|publication|publish\w*|the press|media|private (?:parties|entities|sector))/;
// Uses and recipients policy wants: counter-terrorism, law enforcement, border and public security.
const broadPurpose =
  /\b(?:counter-?terrorism|terrorism|terrorist|law[- ]enforcement|border|public security|national security|homeland security|serious (?:crime|criminal|offences?)|transnational crime|organi[sz]ed crime|criminal (?:offences?|investigations?|matters)|prevent\w* (?:and|or) combat\w*|prevention, (?:investigation|detection)|investigation, detection|immediate and serious threat|intelligence (?:agencies|purposes|functions|responsibilities))\b/;
// A narrow base of permitted use: the request, the purpose it was provided for, one case.
const narrowPurpose =
  /\b(?:(?:specific|particular|individual|original|initial|same) (?:request|purpose|case|matter|investigation|inquiry|enquiry)|(?:the|its|this|that|each) request|indicated in|specified in|stated in|set out in (?:the|its) request|for which (?:it|they|the information|the data|such information)? ?(?:is|are|was|were|has been|have been)? ?(?:provided|supplied|requested|furnished|transmitted|communicated|given|obtained|collected|sought|exchanged|received)|analysis|this (?:case|matter|investigation|inquiry|enquiry)|the (?:case|matter) (?:concerned|in question))\b/;
const evidenceUse = /\b(?:proceedings?|evidence|court|courts|trial|tribunal|prosecutions?|judicial|litigation)\b/;
const infoWord = /\b(?:information|evidence|data|documents?|materials?|records?|intelligence|reports?|matter|items?|files?|copies)\b/;
// A restriction that protects individuals (sensitive data, victims' details) serves privacy.
const privacyObject =
  /\b(?:personal (?:details|data|information)|personally identifiable|victims?|next of kin|medical|health|sex life|racial|ethnic origin|religious|political opinions|data subjects?|personnel records)\b/;
const privacyReason = /\b(?:inaccurate|incorrect|erroneous|no longer (?:necessary|needed|required|relevant)|unlawfully|data subjects?|sensitive|retention (?:period|schedule|limits?)|accuracy)\b/;

/** A memoised test of a pattern against the whole sentence. */
type Tester = (re: RegExp) => boolean;

const noCircumstances = /\bunder no circumstances|in no (?:case|event)|at no time\b/;
const anyOtherUse = /\bany (?:other )?(?:use|purpose)\b/;
const otherPurposes = /\bother purposes?|any other purpose|other than\b/;

/** The restrictions in a clause that nothing calibrates. `sectionTitle` gives context. */
export function findRestrictions(text: string, context: { classifiedSection?: boolean; leadIn?: string } = {}): Restriction[] {
  const variant = context.leadIn ? `${context.classifiedSection ? 1 : 0}${context.leadIn}` : context.classifiedSection ? 1 : 0;
  return restrictionMemo.get(text, variant, () => readRestrictions(text, context));
}

const restrictionMemo = new VariantMemo<Restriction[]>(8000);

function readRestrictions(text: string, context: { classifiedSection?: boolean; leadIn?: string }): Restriction[] {
  const lowerAll = collapsedLower(text);
  if (!mayRestrict(lowerAll)) return [];
  // The lead-in of a list item ("may make the supply dependent on the condition that it is:")
  // governs the item.
  const leadIn = collapse((context.leadIn ?? '').toLowerCase());
  const caseByCase = isCaseByCaseCondition(lowerAll) || (leadIn !== '' && isCaseByCaseCondition(leadIn));
  if (caseByCase) return [];
  // A restriction the Parties record as a high-value exception, with its justification, is the
  // calibrated exception policy allows.
  if (isRecordedException(lowerAll)) return [];
  const ss = sentences(text);
  const clauseBroad = broadPurpose.test(lowerAll) || broadPurpose.test(leadIn);
  const out: Restriction[] = [];
  let leadInClassified = leadIn !== '' && mentionsClassified(context.leadIn!) && !/\bunclassified\b/.test(leadIn);
  for (const s of ss) {
    const kinds = readSentence(s, { clauseBroad, classified: context.classifiedSection === true || leadInClassified });
    for (const kind of kinds) out.push({ kind, start: s.start, end: trimEnd(text, s.start, s.end) });
    // A lead-in ending with a colon passes its subject on to the items that follow.
    if (/:\s*$/.test(s.text) || /:\s*(?:\(?[a-z0-9]{1,3}[.)])/.test(s.text)) leadInClassified = mentionsClassified(s.text) && !/\bunclassified\b/i.test(s.text);
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

interface SentenceContext {
  clauseBroad: boolean;
  classified: boolean;
}

function readSentence(s: Sentence, ctx: SentenceContext): RestrictionKind[] {
  const kinds = new Set<RestrictionKind>();
  const one = readSentenceKinds(s, ctx, kinds);
  if (one) kinds.add(one);
  return [...kinds];
}

function readSentenceKinds(s: Sentence, ctx: SentenceContext, kinds: Set<RestrictionKind>): RestrictionKind | undefined {
  const l = s.norm;
  // Whole-sentence tests, each run once however many verbs the sentence has.
  const memo = new Map<RegExp, boolean>();
  const t: Tester = (re) => {
    let v = memo.get(re);
    if (v === undefined) memo.set(re, (v = re.test(l)));
    return v;
  };
  // A savings clause ("Nothing in this Article shall affect ...") imposes nothing itself.
  if (/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?nothing in this\b/.test(l)) return undefined;
  // Restrictions on classified information are its formal terms (check C), not over-restriction.
  if ((ctx.classified || mentionsClassified(s.text)) && !/\b(?:unclassified|controlled unclassified|sensitive but unclassified)\b/.test(l)) return undefined;
  const lawCarveOut = hasLawCarveOut(l);
  const consent = hasConsentException(l);

  // Originator-control markings on unclassified information.
  if (/\borcon\b|\boriginator[- ]control(?:led)?\b|\boriginator consent required\b/.test(l) && !lawCarveOut) return 'originator-control';

  // Short destruction or return duties unrelated to accuracy or privacy.
  const destruction = /\b(?:destroy\w*|destruction|return|returned|returns|delete\w*|deletion|erase\w*|erasure|purge\w*|dispose of)\b/.exec(l);
  if (destruction && infoWord.test(l) && !privacyReason.test(l)) {
    const deadline =
      /\bwithin (?:\w+ )?(?:\(\d+\) )?(?:\d+ )?(?:days?|weeks?|months?|hours?)\b|\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:\(\d+\) )?(?:calendar |working |business )?(?:days?|weeks?|hours?)\b|\bupon (?:the )?(?:request|demand)\b|\bon (?:the )?request\b|\b(?:immediately|promptly) after (?:its )?use\b|\b(?:when|once|after|as soon as)\b[^.;]{0,80}\b(?:terminated|completed|concluded|closed|finished|no longer pursued|served its purpose)\b|\bat the (?:end|close|conclusion) of the (?:matter|case|investigation|request|inquiry|enquiry)\b/.test(l);
    const notInReturn = !/\bin return\b/.test(l.slice(Math.max(0, destruction.index - 3), destruction.index + 12));
    if (deadline && notInReturn) return 'destruction';
  }

  // The bars and gates: find the verbs of passing on and of using.
  let verbBar: RestrictionKind | undefined;
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!.lower;
    const isDissem = disseminateStem.test(w);
    const isUse = !isDissem && useStem.test(w);
    if (!isDissem && !isUse) continue;
    if (isDissem && /^(?:make|made|giv|given|hand|pass)/.test(w)) {
      // "make available", "give access", "hand over", "pass on": only with their particle.
      const next = s.words[i + 1]?.lower ?? '';
      const next2 = s.words[i + 2]?.lower ?? '';
      const particle = /^pass/.test(w) ? /^(?:available|on|over|access|to)$/ : /^(?:available|on|over|access)$/;
      if (!particle.test(next) && !particle.test(next2)) continue;
    }
    if (isDissem && /^provid/.test(w) && /^(?:that|for|in)$/.test(s.words[i + 1]?.lower ?? '')) continue;
    // A window around the verb: a restriction is stated within a few hundred characters of it.
    const at = s.words[i]!.start - s.start;
    const after = collapse(s.lower.slice(at, at + 600));
    const before = collapse(s.lower.slice(Math.max(0, at - 300), at));
    if (isNegated(s, i)) {
      const k = readNegated(after, t, isUse, consent, ctx, before.slice(-32));
      if (k) {
        verbBar ??= k;
        kinds.add(k);
      }
      continue;
    }
    // Affirmative limits: "may be used only for", "solely for the purpose of", "exclusively by".
    const only = /^(?:[\w,-]+ ){0,12}?(?:only|solely|exclusively|strictly|but only)\b(?: be)?(?: (?:used|disclosed|disseminated|transmitted|provided|released|shared))?( (?:for|to|by|within|with|where|if|when|after|upon|on|in connection with|in relation to)\b[\s\S]*)$/.exec(after) ??
      (/(?:only|solely|exclusively|strictly) (?:be )?$/.test(before.slice(-24)) ? /^\S+(\s[\s\S]*)$/.exec(after) : null);
    if (only) {
      const k = readOnly(only[1] ?? '', t, isUse, consent, ctx);
      if (k) {
        verbBar ??= k;
        kinds.add(k);
      }
    }
  }
  // "Prior approval is required for any use", "consent shall be obtained before dissemination".
  if (!verbBar) {
    const gate = /\b(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,80}\b(?:is|are|shall be|must be|will be|be) (?:first )?(?:required|needed|obtained|sought)\b[^.;]{0,40}\b(?:for|before|prior to)\b([^.;]*)/.exec(l) ??
      /\b(?:requires?|require|subject to) (?:the )?(?:prior |previous |express |written )+(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,80}\b(?:for|before|prior to)\b([^.;]*)/.exec(l);
    // "Any further dissemination shall require the prior consent of the providing Party".
    const subjectGate = /\b((?:any|all|every|each|further|onward|subsequent|other)\b[^.;]{0,60}\b(?:dissemination|disclosure|use|transfer|transmission|release)s?)\b[^.;]{0,60}\b(?:shall|will|must|is to|are to)? ?(?:require|requires|be subject to|is subject to|are subject to|depend on|depends on)\b[^.;]{0,30}\b(?:consent|approval|authori[sz]ation|permission)\b/.exec(l);
    if (!gate && subjectGate) {
      const target = subjectGate[1]!;
      if (!evidenceUse.test(target) && !externalTarget.test(l) && !(/\bother\b/.test(target) && ctx.clauseBroad)) verbBar = 'use-consent';
    }
    if (gate) {
      const target = gate[1] ?? '';
      if (/\b(?:any|every|each|all|further|other|onward|subsequent)\b/.test(target) || /\b(?:use|dissemination|disclosure|transfer)\b/.test(target)) {
        if (!evidenceUse.test(target) && !externalTarget.test(target) && !(/\bother\b/.test(target) && ctx.clauseBroad)) verbBar = 'use-consent';
      }
    }
  }
  if (!verbBar) return undefined;
  if (lawCarveOut) {
    kinds.clear();
    return undefined;
  }
  return verbBar;
}

/** A negated verb: "shall not be disclosed to any other agency", "shall not be used in court". */
function readNegated(after: string, t: Tester, isUse: boolean, consent: boolean, ctx: SentenceContext, lead = ''): RestrictionKind | undefined {
  // The scope of the bar: up to the next clause break.
  const scope = after.split(/[;]|\b(?:provided that|provided, however)\b/)[0] ?? after;
  if (/\bunauthori[sz]ed\b/.test(scope) && !/\bany (?:other|third)\b/.test(scope)) return undefined;
  // A privacy purpose: personal details of individuals kept from release.
  if (!isUse && t(privacyObject)) return undefined;
  if (isUse || /\b(?:used|use)\b/.test(scope.slice(0, 40))) {
    // A bar on use in public statements, publicity or commerce, or on something other than
    // information (a Party's involvement, its name), is not a restriction on shared information.
    if (/\b(?:public|publicity|promotional|commercial|advertis\w*|press)\b/.test(scope) || !t(infoWord)) return undefined;
    const otherThan = /\bother than\b|\bany other purpose|\bother purposes?\b|\bpurposes? other\b|\bbeyond\b/.test(scope);
    if (otherThan) {
      const base = scope.slice(scope.search(/\bother than\b|\bother purposes?\b|\bany other purpose|\bbeyond\b/));
      if (narrowPurpose.test(base) || t(narrowPurpose)) return 'other-use-bar';
      if (ctx.clauseBroad) return undefined;
      return consent ? 'use-consent' : 'other-use-bar';
    }
    if (evidenceUse.test(scope)) return consent ? undefined : 'evidence-ban';
    if (consent) return 'use-consent';
    // "shall not use it to the detriment of", "not be used against the interests of": no bar on use.
    return /\b(?:for any purpose|at all|in any (?:way|manner))\b/.test(scope) ? 'absolute-bar' : undefined;
  }
  const external = externalTarget.test(scope);
  const internal = internalTarget.test(scope);
  const publicOnly = /\b(?:the )?public\b|publicly|publication|publish|press|media/.test(scope) && !internal && !/\bthird|foreign|international|another|other\b/.test(scope);
  if (publicOnly) return undefined;
  // Exceptions that keep counter-terrorism channels open: "except to agencies with law enforcement
  // responsibilities".
  const exception = /\b(?:except|other than|save|unless|but)\b(.*)$/.exec(scope);
  if (exception && broadPurpose.test(exception[1]!)) return undefined;
  if (consent) {
    if (internal) return 'internal-consent';
    if (external) return undefined;
    if (/\bthird part(?:y|ies)\b/.test(scope)) return undefined;
    // No recipient named: consent for every further dissemination.
    if (/\b(?:further|onward|any|otherwise|re-?disseminat|to others)\b/.test(scope) || /\b(?:further|onward)\b/.test(lead)) return 'internal-consent';
    return undefined;
  }
  if (internal || external || /\bthird part(?:y|ies)\b/.test(scope) || t(noCircumstances)) return 'absolute-bar';
  if (/\b(?:further|onward|otherwise|to others|any (?:person|one))\b/.test(scope) || /\b(?:further|onward)\b/.test(lead)) return 'absolute-bar';
  return undefined;
}

/** An affirmative limit introduced by "only", "solely", "exclusively" or "strictly". */
function readOnly(rest: string, t: Tester, isUse: boolean, _consent: boolean, ctx: SentenceContext): RestrictionKind | undefined {
  const r = rest.trim();
  const limit = (r.split(/[;]/)[0] ?? r).slice(0, 240);
  if (/^(?:with|after|upon|on|where|if|when|subject to)\b/.test(limit)) {
    // "only with the prior consent of", "only where the consent ... has been obtained".
    if (!/\b(?:consent|approval|authori[sz]ation|permission|agree\w*)\b/.test(limit)) return undefined;
    if (t(externalTarget) && !t(internalTarget)) return undefined;
    if (t(evidenceUse) && !t(anyOtherUse)) return undefined;
    if (t(otherPurposes) && ctx.clauseBroad) return undefined;
    return 'use-consent';
  }
  if (/^by\b/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    return /\b(?:receiving|requesting|recipient|designated|the (?:\w+ )?(?:agency|authority|unit|office|service|fiu|department)|its (?:\w+ )?(?:agency|authority|unit|office|service))\b/.test(limit) ? 'single-agency' : undefined;
  }
  if (/^to\b/.test(limit) && !/^to the purposes?\b/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    if (/\b(?:the (?:requesting|receiving|recipient)|its own|the (?:\w+ )?(?:agency|authority|unit|officials?) (?:that|which|who) (?:made|submitted)|named|designated)\b/.test(limit)) return isUse ? 'sole-purpose' : 'single-agency';
    return undefined;
  }
  if (/^(?:for|to|in connection with|in relation to|within)\b/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    if (narrowPurpose.test(limit)) return 'sole-purpose';
    return undefined;
  }
  return undefined;
}

/** A short human phrase for a restriction kind, used in messages. */
export function describeRestriction(kind: RestrictionKind): string {
  switch (kind) {
    case 'absolute-bar':
      return 'bars all onward dissemination of the information it covers';
    case 'internal-consent':
      return "makes every further dissemination, even within the receiving government, depend on the providing Party's consent";
    case 'use-consent':
      return "makes ordinary uses of the information depend on the providing Party's case-by-case consent";
    case 'other-use-bar':
      return 'confines the information to the purpose of the original request and bars any other use';
    case 'evidence-ban':
      return 'forbids any use of the information in proceedings, with no route to consent';
    case 'sole-purpose':
      return 'limits use of the information to a single request or purpose';
    case 'single-agency':
      return 'confines the information to the receiving agency alone';
    case 'destruction':
      return 'requires the information to be destroyed or returned on a short deadline unrelated to accuracy or privacy';
    case 'originator-control':
      return 'applies an originator-control marking to unclassified information';
  }
}

/** Whether a text records a restriction as a justified high-value exception. */
export function isRecordedException(lower: string): boolean {
  return (
    /\b(?:high[- ]value exception|exception for (?:information of )?(?:particularly )?high[- ]value|information of particularly high value)\b/.test(lower) &&
    /\b(?:because|since|justif\w*|on the grounds? (?:that|of)|given that|in view of|owing to|reason)\b/.test(lower)
  );
}
