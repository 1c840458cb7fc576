/**
 * Reading a clause for what its restrictions on received information DO (domain brief, section
 * A). Each restriction found in a sentence becomes an explicit reading: the act restricted (use,
 * disclosure, transfer, access, retention), whose act, which recipients are kept out (other
 * agencies of the receiving government, any third party, third states or international bodies,
 * the public, courts), the condition (never, prior consent, notice, a purpose, one agency,
 * necessity, the supplier's option, a deadline, a marking), the subject (the shared information,
 * personal data, classified material) and the exceptions (the law, broad counter-terrorism
 * purposes, protection of individuals, a recorded high-value exception). `judge` then applies the
 * brief's line to the reading: a ban, a single-request or single-agency limit, or consent for
 * every further use or for passing information within the receiving government is
 * over-restrictive; consent only for disclosure outside the receiving government, notice, a
 * necessity condition, a condition the supplier may set case by case, a restriction that yields
 * to the law, the formal terms of classified material, and purpose limitation of personal data to
 * the agreement's own purposes (privacy handling, check B) are calibrated.
 */
import { consentWord, hasConsentException, hasLawCarveOut, isCaseByCaseCondition, isNegated } from './modality.js';
import { collapse, collapsedLower, sentences, type Sentence } from './sentences.js';
import { mentionsClassified } from './classified.js';
import { mayNamePersonalData, personalDataIn } from './privacy.js';
import { VariantMemo } from './memo.js';

/** The shape of an over-restrictive reading (derived from the reading, see `kindOf`). */
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

/** The act a restriction governs. */
export type Act = 'use' | 'disclosure' | 'transfer' | 'access' | 'retention';
/** Who is kept out (or may receive only on the condition). */
export type Recipient = 'other-agencies' | 'any-third-party' | 'third-states' | 'the-public' | 'courts' | 'anyone';
/** On what condition the act is allowed. */
export type Condition = 'never' | 'consent' | 'notice' | 'purpose' | 'one-agency' | 'necessity' | 'option' | 'deadline' | 'marking';
/** The purpose a purpose condition names. */
export type Purpose = 'the-request' | 'as-supplied' | 'the-agreement' | 'one-purpose' | 'listed' | 'broad';
/** What the restriction covers. */
export type Subject = 'shared-information' | 'personal-data' | 'classified';
/** What the restriction yields to. */
export type Exception = 'law' | 'broad-purposes' | 'agreement-purposes' | 'protects-individuals' | 'recorded-exception';
export type Verdict = 'over-restrictive' | 'calibrated';

/** The explicit reading of one restriction in a sentence. */
export interface DisseminationReading {
  acts: Act[];
  /** Whose act, in the clause's words where it names the actor ("the Center"), else a role. */
  actor: string;
  recipients: Recipient[];
  condition: Condition;
  purpose?: Purpose;
  subject: Subject;
  exceptions: Exception[];
  /** The deciding words, quoted from the clause (shortened). */
  quote: string;
  /** For a destruction or return duty: the words that set its deadline. */
  deadline?: string;
  verdict: Verdict;
  /** Why the verdict, in a short phrase. */
  why: string;
  /** The shape, when over-restrictive. */
  kind?: RestrictionKind;
  /** For a one-agency limit: the recipients are those of one function ("persons concerned with ..."). */
  byFunction?: boolean;
  /** The sentence's span in the clause text. */
  start: number;
  end: number;
}

/** An over-restrictive reading: its kind and span, and the reading itself. */
export interface Restriction {
  kind: RestrictionKind;
  start: number;
  end: number;
  reading: DisseminationReading;
}

// Verb stems of passing information on, and of using it.
const disseminateStem = /^(?:disseminat|disclos|releas|transfer|transmit|transmis|provid|pass|shar|communicat|forward|distribut|divulg|furnish|supplie|supply|sell|sold|hand|reveal|onward|re-?disseminat|re-?transmit|make|made|giv|given)/;
const useStem = /^(?:use|used|uses|using|utili[sz]|process|employ|produced?$)/;

/** Cheap test: could this clause hold a dissemination restriction at all? */
export function mayRestrict(lower: string): boolean {
  return (
    (/\b(?:only|solely|exclusively|strictly|sole|exclusive|prohibited|forbidden|not|no|nor|neither|never|consent|approval|approves|destroy\w*|destruction|return\w*|delet\w*|eras\w*|purg\w*|orcon|originator[- ]control\w*)\b/.test(lower) &&
      /\b(?:disseminat|disclos|releas|transfer|transmi|provid|pass|shar|communicat|forward|distribut|divulg|furnish|suppl|availab|use|used|utili|employ|produc|process|destr|return|delet|eras|purg|orcon|originator|access)/.test(lower)) ||
    mayBarAccess(lower)
  );
}

/** Cheap test for the access bars, which need no verb of passing on ("keep it out of reach of every other authority"). */
function mayBarAccess(lower: string): boolean {
  return /\b(?:out of (?:the )?reach|inaccessible|accessible|(?:all|any|every|each) other (?:[\w-]+ ){0,3}?(?:authorit|agenc|bod|department|ministr|service|entit|office|administration|organ))/.test(lower);
}

// Recipients inside the receiving government (or anyone at all): a consent gate here is
// over-restrictive, because policy wants dissemination to agencies with counter-terrorism roles.
const internalTarget =
  /\b(?:any (?:other )?(?:agenc(?:y|ies)|authorit(?:y|ies)|department|ministr(?:y|ies)|entit(?:y|ies)|bod(?:y|ies)|person|persons|individual|organi[sz]ation|office|service|official|unit)|other (?:domestic |national |federal |government |governmental |public |competent |law[- ]enforcement |state )*(?:agencies|agency|authorities|authority|departments|department|ministries|ministry|entities|entity|bodies|body|offices|office|services|service|units|unit|officials)|another (?:agency|authority|body|department|entity|office|service|ministry|unit)|(?:any )?(?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|departments?|administrations?|services?|offices?) other than|anyone|any person|(?:law[- ]enforcement|intelligence|border|customs|immigration|police|prosecut\w*|financial[- ]intelligence|security) (?:agenc\w*|authorit\w*|servic\w*|bod\w*|units?|officials?)|within the receiving (?:party|government|state)|outside the receiving (?:agency|authority|unit|department)|beyond the receiving (?:agency|authority|unit))/;
// Recipients outside the receiving government: consent for these is calibrated.
const externalTarget =
  /\b(?:third (?:states?|countr(?:y|ies)|governments?|part(?:y|ies)|nations?)|foreign (?:governments?|states?|countr(?:y|ies)|authorit(?:y|ies)|bod(?:y|ies))|international (?:bod(?:y|ies)|organi[sz]ations?|institutions?)|(?:a|another|any|any other|other) (?:state|country|government|nation|jurisdiction)s?\b(?! (?:entit|agenc|authorit|department|bod|office|ministr|service|official|unit))|foreign nations?|third (?:jurisdictions?)|states? (?:not|which is not|that is not) (?:bound|part)|non-part(?:y|ies)|(?:the )?public\b|publicly|publication|publish\w*|the press|media|private (?:parties|entities|sector))/;
// Uses and recipients policy wants: counter-terrorism, law enforcement, border and public security.
export const broadPurpose =
  /\b(?:counter-?terrorism|terrorism|terrorist|law[- ]enforcement|border|public security|national security|homeland security|serious (?:crime|criminal|offences?)|transnational crime|organi[sz]ed crime|criminal (?:offences?|investigations?|matters)|prevent\w* (?:and|or) combat\w*|prevention, (?:investigation|detection)|investigation, detection|immediate and serious threat|intelligence (?:agencies|purposes|functions|responsibilities))\b/;
// A narrow base of permitted use: the request, the purpose it was provided for, one case.
const narrowPurpose =
  /\b(?:(?:specific|particular|individual|original|initial|same) (?:request|purpose|case|matter|investigation|inquiry|enquiry)|(?:the|its|this|that|each) request|indicated in|specified in|stated in|set out in (?:the|its) request|for which (?:it|they|the information|the data|such information)? ?(?:is|are|was|were|has been|have been)? ?(?:provided|supplied|requested|furnished|transmitted|communicated|given|obtained|collected|sought|exchanged|received)|analysis|this (?:case|matter|investigation|inquiry|enquiry)|the (?:case|matter) (?:concerned|in question)|(?:in respect of|in relation to|in connection with|in the course of) which\b[^.;]{0,30}\b(?:provided|supplied|requested|furnished|transmitted|communicated|given|obtained|sought|sent|forwarded|delivered)|(?:mentioned|named|described|referred to|identified) in (?:the|its|that|each) request)\b/;
const evidenceUse = /\b(?:proceedings?|evidence|court|courts|trial|tribunal|prosecutions?|judicial|litigation)\b/;
// The nouns of information, shared by `infoWord` (which also takes "matter" and "items", read
// beside a verb of passing on) and `namesInformation` (whether a clause is about information at all).
const infoNouns = String.raw`information|evidence|data|documents?|materials?|records?|intelligence|reports?|files?|copies`;
const infoWord = new RegExp(String.raw`\b(?:${infoNouns}|matter|items?)\b`);
// A restriction that protects individuals (sensitive data, victims' details) serves privacy.
const privacyObject =
  /\b(?:personal (?:details|data|information)|personally identifiable|victims?|next of kin|medical|health|sex life|racial|ethnic origin|religious|political opinions|data subjects?|personnel records)\b/;
const privacyReason = /\b(?:inaccurate|incorrect|erroneous|no longer (?:necessary|needed|required|relevant)|unlawfully|data subjects?|sensitive|retention (?:period|schedule|limits?)|accuracy)\b/;


/** A memoised test of a pattern against the whole sentence. */
type Tester = (re: RegExp) => boolean;

const noCircumstances = /\bunder no circumstances|in no (?:case|event)|at no time\b/;
const anyOtherUse = /\bany (?:other )?(?:use|purpose)\b/;
const otherPurposes = /\bother purposes?|any other purpose|other than\b/;
// The agreement's own purposes: "the purposes of this Agreement", "the purposes laid down in paragraph 1".
const agreementPurpose =
  /\b(?:purposes?|objectives?|aims?|application|implementation|execution|scope|framework) (?:of|under|specified in|stated in|set out in|laid down in|referred to in|defined in|provided for in|named in|listed in|mentioned in|in accordance with) (?:this|the present|the|that) (?:agreement|arrangement|convention|treaty|protocol|memorandum|article|annex)\b|\b(?:this|the present) (?:agreement|arrangement|convention|treaty|protocol|memorandum)(?:'s)? (?:own )?purposes?\b|\bpurposes? (?:specified|stated|set out|laid down|referred to|listed|named|mentioned|defined|described) in (?:article|paragraph|section|annex)\b|\bpurposes? of (?:article|paragraph)\b|\b(?:those|that) (?:of|under|specified in|set out in|laid down in|referred to in) (?:this|the present) (?:agreement|arrangement|convention|treaty|protocol|memorandum)\b|\b(?:apply(?:ing)?|implement(?:ing)?|execut(?:e|ing)|carry(?:ing)? out|administer(?:ing)?) (?:this|the present) (?:agreement|arrangement|convention|treaty|protocol|memorandum)\b/;
// Recipients that are authorities of the receiving government (not "any person").
const agencyTarget =
  /\b(?:other|any other|another) (?:[\w-]+ ){0,4}?(?:agenc(?:y|ies)|authorit(?:y|ies)|departments?|ministr(?:y|ies)|bod(?:y|ies)|services?|offices?|administrations?|units?)\b|\b(?:law[- ]enforcement|intelligence|border|customs|immigration|police|prosecut\w*|financial[- ]intelligence|security) (?:agenc\w*|authorit\w*|servic\w*|bod\w*|units?|officials?)\b|\b(?:government|governmental|public|state|federal|national) (?:entit(?:y|ies)|bod(?:y|ies))\b(?! of (?:a|another|any) )|\b(?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|departments?|administrations?|services?|offices?) other than\b/;
// A condition of necessity: "to the extent necessary", "where necessary for", "if required for".
const necessity = /\b(?:to the extent (?:that (?:\w+ ){0,4}?is )?(?:strictly )?(?:necessary|needed|required)|(?:where|if|when|insofar as|in so far as|as far as) (?:it is |this is |that is )?(?:strictly )?(?:necessary|needed|required) (?:for|to|in)|(?:necessary|needed|required) (?:for|to) (?:the )?(?:application|implementation|execution|performance|purposes?|fulfil\w*|carry(?:ing)? out|exercise)|as necessary)\b/;
// The supplier asks for the restriction in a given case: "at the request of the supplying Party",
// "if the providing Party so requests", "where the transmitting State so requires", or sets it in
// the notice on the items it chooses to mark ("the notice shall indicate any specific conditions").
const supplierOption =
  /\b(?:at|upon|on) the (?:express |written )?request of the (?:supplying|providing|sending|furnishing|transmitting|originating|requested|communicating|disclosing) |\b(?:if|where|when|whenever|insofar as|to the extent that) (?:so )?(?:requested|required|specified|stipulated|indicated) by the (?:supplying|providing|sending|furnishing|transmitting|originating|requested|communicating|disclosing) |\b(?:if|where|when|whenever) the (?:supplying|providing|sending|furnishing|transmitting|originating|requested|communicating|disclosing) (?:[\w-]+ ){0,3}?(?:so )?(?:requests?|requires?|specifies|stipulates|indicates|asks)\b|\bmay,? in (?:a |any |each |the |particular |specific |given |individual )+cases?,? (?:[\w-]+ ){0,3}?(?:require|request|ask|specify|stipulate|indicate|limit|restrict|impose|attach|set|determine)\b|\bmay (?:[\w-]+ ){0,2}?(?:require|request|ask|stipulate|specify|indicate|determine) that\b|\b(?:notice|marking|legend|identification)\b[^.;]{0,60}\b(?:shall|will|may|should) (?:indicate|specify|state|set out|contain) (?:any )?(?:specific )?(?:conditions|restrictions|limitations)\b/;

/** The readings of a clause: every restriction found, over-restrictive or calibrated. */
export function readDissemination(text: string, context: { classifiedSection?: boolean; leadIn?: string; items?: string } = {}): DisseminationReading[] {
  const variant = context.leadIn || context.items ? `${context.classifiedSection ? 1 : 0}${context.leadIn ?? ''}\u0000${context.items ?? ''}` : context.classifiedSection ? 1 : 0;
  return readingMemo.get(text, variant, () => readClause(text, context));
}

/** The restrictions in a clause that nothing calibrates. */
export function findRestrictions(text: string, context: { classifiedSection?: boolean; leadIn?: string; items?: string } = {}): Restriction[] {
  const out: Restriction[] = [];
  for (const r of readDissemination(text, context)) if (r.verdict === 'over-restrictive') out.push({ kind: r.kind!, start: r.start, end: r.end, reading: r });
  return out;
}

const readingMemo = new VariantMemo<DisseminationReading[]>(8000);

/** What one sentence restricts, before its subject, actor and verdict are added. */
interface Hit {
  acts: Act[];
  recipients: Recipient[];
  condition: Condition;
  purpose?: Purpose;
  exceptions?: Exception[];
  /** Which words decide: picked from the sentence text by `quoteOf`. */
  cue: Cue;
  /** Where the verb stands in the sentence text, to quote the words near it. */
  at?: number;
  /** The words that set a deadline (collapsed sentence text). */
  deadline?: string;
  /** For a one-agency limit: the recipients are named by their function, not as one administration. */
  byFunction?: boolean;
  /** A reading that is not made where the subject is personal data (it may be privacy purpose limitation). */
  notForPersonal?: boolean;
}
/** Words that name information, by which a clause is about information at all. */
const namesInformation = new RegExp(
  String.raw`\b(?:${infoNouns}|documentation|particulars|communications?|findings|results|details|notifications?|messages?|replies|answers|statements?|knowledge|orcon|originator[- ]control\w*)\b`,
);

/** A request (a letter of request, an application) as what may not be used, or may be used only so. */
const requestUse = /(?:^|[.;:]\s*)(?:(?:a|the|such|any|each|every|this|that)\s+)?(?:letters?(?:\s+of\s+request)?|requests?(?:\s+for\s+(?:assistance|information))?|applications?)\s+(?:shall|may|must|will|can)\s+(?:not\s+|only\s+|solely\s+|exclusively\s+)?be\s+(?:used|employed|utili[sz]ed)\b/;

type Cue = 'consent' | 'only' | 'not' | 'destroy' | 'access' | 'marking' | 'gate' | 'option' | 'necessity';

function readClause(text: string, context: { classifiedSection?: boolean; leadIn?: string; items?: string }): DisseminationReading[] {
  const lowerAll = collapsedLower(text);
  if (!mayRestrict(lowerAll)) return [];
  // The lead-in of a list item ("may make the supply dependent on the condition that it is:")
  // governs the item.
  const leadIn = collapse((context.leadIn ?? '').toLowerCase());
  // A clause that names no information at all restricts something else: goods bought free of duty,
  // securities, proceeds, property ("shall not be sold or otherwise disposed of").
  if (!namesInformation.test(lowerAll) && !namesInformation.test(leadIn) && !(mayNamePersonalData(lowerAll) && personalDataIn(text).length > 0)) return [];
  const option = isCaseByCaseCondition(lowerAll) || (leadIn !== '' && isCaseByCaseCondition(leadIn)) || ((supplierOption.test(lowerAll) || (leadIn !== '' && supplierOption.test(leadIn))) && !/\bdeclar(?:e|es|ed|ation|ations)\b|\breservation\b/.test(lowerAll));
  // A restriction the Parties record as a high-value exception, with its justification, is the
  // calibrated exception policy allows.
  const recorded = isRecordedException(lowerAll);
  const ss = sentences(text);
  const clauseBroad = broadPurpose.test(lowerAll) || broadPurpose.test(leadIn);
  // Personal data: in the clause or in its lead-in.
  let personalKnown: boolean | undefined;
  const clausePersonal = () => (personalKnown ??= (mayNamePersonalData(lowerAll) && personalDataIn(text).length > 0) || (leadIn !== '' && mayNamePersonalData(leadIn) && personalDataIn(leadIn).length > 0));
  const out: DisseminationReading[] = [];
  let leadInClassified = leadIn !== '' && mentionsClassified(context.leadIn!) && !/\bunclassified\b/.test(leadIn);
  for (const s of ss) {
    const classified = (context.classifiedSection === true || leadInClassified || mentionsClassified(s.text)) && !/\b(?:unclassified|controlled unclassified|sensitive but unclassified)\b/.test(s.norm);
    // The use of a request ("A Letter of Request shall not be used to obtain evidence not meant
    // for proceedings"; "requests shall be used only to ...") limits what may be asked, not what
    // is done with the information received.
    const hits = requestUse.test(s.norm) ? readSentence(s, { clauseBroad, classified, lead: leadIn }).filter((h) => h.acts.some((a) => a !== 'use')) : readSentence(s, { clauseBroad, classified, lead: leadIn });
    // "may be used solely for the purpose of:" and then its items: use kept to the purposes the
    // list names, unless they include counter-terrorism or law-enforcement uses or are the
    // agreement's own purposes. The items are the rest of the clause, or the list items after it.
    if (hits.length === 0 && soleList.test(s.norm)) {
      const list = collapse(`${text.slice(s.end)} ${context.items ?? ''}`.toLowerCase()).trim();
      if (list.length > 10 && !broadPurpose.test(list) && !agreementPurpose.test(list) && !clauseBroad) hits.push({ acts: ['use'], recipients: [], condition: 'purpose', purpose: 'listed', cue: 'only', notForPersonal: true });
    }
    if (hits.length) {
      // A sentence of a clause about personal data is about them too, unless it names other matter.
      const personal = clausePersonal() && (personalDataIn(s.text).length > 0 || !/\b(?:information|documents?|intelligence|evidence|materials?|records?|reports?)\b/.test(s.norm) || ss.length === 1);
      const subject: Subject = classified ? 'classified' : personal ? 'personal-data' : 'shared-information';
      const actor = actorOf(s);
      const end = trimEnd(text, s.start, s.end);
      for (const h of hits) {
        // Readings this module cannot tell from privacy purpose limitation stay silent on personal data.
        if (h.notForPersonal && subject === 'personal-data') continue;
        const exceptions = [...(h.exceptions ?? [])];
        if (recorded) exceptions.push('recorded-exception');
        const condition: Condition = option && h.condition !== 'deadline' && h.condition !== 'marking' ? 'option' : h.condition;
        const cue: Cue = condition === 'option' && h.condition !== 'option' ? 'option' : h.cue;
        const base = { acts: h.acts, actor, recipients: h.recipients, condition, purpose: h.purpose, subject, exceptions, quote: quoteOf(s, cue, leadIn, h.at), start: s.start, end, ...(h.byFunction ? { byFunction: true } : {}) };
        const { verdict, why } = judge(base);
        const reading: DisseminationReading = { ...base, verdict, why };
        if (h.deadline) reading.deadline = h.deadline;
        if (verdict === 'over-restrictive') reading.kind = kindOf(reading);
        out.push(reading);
      }
    }
    // A lead-in ending with a colon passes its subject on to the items that follow.
    if (/:\s*$/.test(s.text) || /:\s*(?:\(?[a-z0-9]{1,3}[.)])/.test(s.text)) leadInClassified = mentionsClassified(s.text) && !/\bunclassified\b/i.test(s.text);
  }
  return out;
}

/**
 * The brief's line (section A) applied to a reading. A ban, a single-request or single-agency
 * limit, consent for every further use or for passing information within the receiving government,
 * a short destruction or return deadline and an originator-control marking are over-restrictive;
 * the rest is calibrated, and the reason says which element of policy or framework calibrates it.
 */
export function judge(r: Pick<DisseminationReading, 'acts' | 'recipients' | 'condition' | 'purpose' | 'subject' | 'exceptions' | 'byFunction'>): { verdict: Verdict; why: string } {
  const cal = (why: string) => ({ verdict: 'calibrated' as const, why });
  const over = (why: string) => ({ verdict: 'over-restrictive' as const, why });
  if (r.subject === 'classified') return cal('restrictions on classified material are its formal security terms (check C), not over-restriction');
  if (r.exceptions.includes('recorded-exception')) return cal('the Parties record it as a justified high-value exception');
  if (r.condition === 'option') return cal('a condition the supplying Party may set case by case, not a standing restriction');
  if (r.condition === 'notice') return cal('notice, not consent, before other uses');
  if (r.condition === 'necessity') return cal('a necessity condition with no consent in it');
  if (r.exceptions.includes('law') && r.condition !== 'deadline') return cal('it yields to the law ("to the extent permitted by law" and the like)');
  if (r.exceptions.includes('broad-purposes')) return cal('it leaves counter-terrorism and law-enforcement uses open');
  if (r.exceptions.includes('protects-individuals')) return cal("it protects individuals' personal details, which is privacy handling");
  const external = (x: Recipient) => x === 'third-states' || x === 'the-public' || x === 'courts';
  switch (r.condition) {
    case 'consent':
      if (r.recipients.length > 0 && r.recipients.every(external)) return cal('consent only for disclosure outside the receiving government (third states, the public, proceedings) is calibrated');
      if (r.recipients.includes('other-agencies')) return over("consent for passing information to other authorities of the receiving government");
      if (r.acts.every((a) => a === 'use')) return over('consent for each further use');
      return over('consent for every further disclosure');
    case 'never':
      if (r.recipients.length > 0 && r.recipients.every((x) => x === 'the-public')) return cal('protection from public disclosure is baseline handling');
      if (r.purpose === 'the-agreement' || r.purpose === 'broad') return r.subject === 'personal-data' ? cal("purpose limitation of personal data to the agreement's own purposes is privacy handling (check B)") : cal("use is kept to the agreement's own purposes, with no bar on other users");
      if (r.purpose === 'as-supplied' && r.subject === 'personal-data') return cal('keeping personal data to the purposes for which it was supplied is privacy purpose limitation (check B)');
      if (r.purpose) return over(r.purpose === 'the-request' ? 'a single-request limit with no route to consent' : 'a sole-purpose limit');
      if (r.recipients.includes('courts') && !r.recipients.some((x) => x !== 'courts' && x !== 'the-public')) return over('a ban on use in proceedings, with no route to consent');
      return over('an absolute bar, with no route to consent');
    case 'purpose':
      if (r.purpose === 'broad') return cal('the permitted purposes include counter-terrorism and law enforcement');
      if (r.purpose === 'the-agreement') return r.subject === 'personal-data' ? cal("purpose limitation of personal data to the agreement's own purposes is privacy handling (check B)") : cal("use is kept to the agreement's own purposes, with no bar on other users");
      if (r.purpose === 'as-supplied' && r.subject === 'personal-data') return cal('keeping personal data to the purposes for which it was supplied is privacy purpose limitation (check B)');
      return over(r.purpose === 'the-request' ? 'a single-request limit' : 'a sole-purpose limit');
    case 'one-agency':
      // Personal data passed only to those who need it for the agreement's own purposes: a
      // need-to-know limit of data protection (check B), not a bar on other users.
      if (r.byFunction && r.subject === 'personal-data' && r.purpose === 'the-agreement') return cal("keeping personal data to those who need it for the agreement's own purposes is privacy handling (check B)");
      if (r.byFunction) return over('disclosure confined to the authorities of one function, which keeps every other authority out');
      return over('a single-agency limit');
    case 'deadline':
      if (r.subject === 'personal-data') return cal('a time limit for keeping personal data is a retention limit, which is privacy handling (check B)');
      return over('a destruction or return deadline unrelated to accuracy or privacy');
    case 'marking':
      return over('an originator-control marking on unclassified information');
    default:
      return cal('no bar');
  }
}

/** The shape of an over-restrictive reading. */
function kindOf(r: DisseminationReading): RestrictionKind {
  switch (r.condition) {
    case 'marking':
      return 'originator-control';
    case 'deadline':
      return 'destruction';
    case 'one-agency':
      return 'single-agency';
    case 'purpose':
      return 'sole-purpose';
    case 'consent':
      return r.recipients.includes('other-agencies') || !r.acts.every((a) => a === 'use') ? 'internal-consent' : 'use-consent';
    default:
      if (r.purpose) return 'other-use-bar';
      if (r.recipients.includes('courts') && !r.recipients.some((x) => x !== 'courts' && x !== 'the-public')) return 'evidence-ban';
      return 'absolute-bar';
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Whose act: the sentence's own subject when it names an actor ("The Center shall not ..."). */
export function actorOf(s: Sentence): string {
  const m = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?((?:the|each|either|neither|no|a|any) [^,;:()]{1,60}?) (?:shall|will|must|may|undertakes?|agrees?|is|are)\b/i.exec(s.text);
  if (m && !infoWord.test(m[1]!.toLowerCase()) && !/\b(?:use|disclosure|dissemination|transfer|supply|consent|approval)\b/i.test(m[1]!)) {
    const who = m[1]!.replace(/^(?:neither|no) /i, (w) => (w.toLowerCase().startsWith('neither') ? 'each ' : 'any '));
    return who;
  }
  return 'the receiving side (the clause does not name it)';
}

// The deciding words of each kind of cue, looked for in the sentence text.
const pick: Record<Cue, RegExp> = {
  consent: new RegExp(String.raw`\b(?:without|unless|only with|only after|only upon|only if|only where|except (?:with|where|in cases in which|when|if)|save (?:with|where)|subject to|provided(?: that)?|on (?:the )?condition that|with)\b[^.;]{0,90}?\b${consentWord}\b(?: (?:in advance|of (?:the |that |its )?[\w-]+(?: [\w-]+){0,5}))?`, 'i'),
  only: /\b(?:only|solely|exclusively|strictly|(?:sole|exclusive) use)\b[^.;]{0,100}/i,
  not: /\b(?:under no circumstances|(?:shall|will|may|must|can|should|is|are) not|neither|nor|no)\b[^.;]{0,100}/i,
  destroy: /\b(?:destroy\w*|destruction|return\w*|delet\w*|eras\w*|purg\w*|dispose\w*)\b[^.;]{0,110}/i,
  access: /\b(?:out of (?:the )?reach|inaccessible|not (?:be )?(?:made )?(?:accessible|available)|(?:keep|protect|shield|withhold|secur|safeguard)\w*)\b[^.;]{0,100}/i,
  marking: /\b(?:orcon|originator[- ]control\w*|originator consent required)\b[^.;]{0,60}/i,
  gate: /\b(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,100}/i,
  option: /\b(?:may|at the (?:express |written )?request of|upon the request of|on the request of|if|where|when|whenever)\b[^.;]{0,100}/i,
  necessity: /\b(?:to the extent|where|if|when|insofar as|in so far as|as far as|necessary|needed|required)\b[^.;]{0,100}/i,
};
// The consent words proper ("without its prior consent"), before a bare "with ... consent".
const consentStrict = new RegExp(pick.consent.source.replace('|with)\\b', ')\\b'), 'i');

/** The deciding words of a sentence, quoted (at most about 110 characters). */
function quoteOf(s: Sentence, cue: Cue, leadIn: string, at?: number): string {
  const whole = s.text.replace(/\s+/g, ' ');
  // Near the verb first (a sentence may hold two restrictions), else anywhere in the sentence.
  const near = at === undefined ? '' : collapse(s.text.slice(Math.max(0, at - 40)));
  const t = near && /\b(?:not|nor|no|never|neither|only|solely|exclusively|strictly|without|unless|consent|approv\w*)\b/i.test(near.slice(0, 200)) ? near : whole;
  let src = t;
  // The consent words proper first ("without its prior consent"), a bare "with ... consent" last.
  let m = cue === 'consent' ? consentStrict.exec(t) ?? pick.consent.exec(t) : pick[cue].exec(t);
  if (!m && cue === 'option' && leadIn) m = pick.option.exec((src = leadIn));
  if (!m && t !== whole) m = pick[cue].exec((src = whole));
  if (!m) m = /^[^.;]{0,110}/.exec((src = whole.trim()));
  if (!m) return '';
  // A quote ends at the end of its clause (", and shall not ..."), and never inside a word.
  let q = m[0];
  const clauseEnd = /,? (?:and|or|but|nor) (?=(?:shall|may|will|must|is|are|should|can|it|they)\b)|, (?:and|or|but|nor) /.exec(q);
  // Cut at the end of the quote's own clause: no ellipsis. Cut inside a word: back to a space, with one.
  let ellipsis = false;
  if (clauseEnd && clauseEnd.index > 20 && cue !== 'consent' && cue !== 'gate') q = q.slice(0, clauseEnd.index);
  else if (/[\p{L}\p{N}]/u.test(src[m.index + q.length] ?? '')) {
    const sp = q.lastIndexOf(' ');
    if (sp > 20) q = q.slice(0, sp);
    ellipsis = true;
  }
  q = q.trim().replace(/[\s,;:]+$/, '').replace(/(?:[\s,]+(?:and|or|but|nor|which|that|the|of|to|by))+$/i, '');
  return ellipsis ? `${q} …` : q;
}

interface SentenceContext {
  clauseBroad: boolean;
  classified: boolean;
  lead: string;
}

const destructionVerb =
  /\b(?:destroy(?:ed|s|ing)?|destruction of|(?:be |been |are |is )returned|return(?:s|ing)? (?:to (?:the )?(?:supplying|providing|requested|sending|furnishing|originating|other|transmitting)|the |all |such |any |them\b|it\b|every |each |these |those |documents|information|data|records|material)|delet(?:e|ed|es|ing|ion of)|eras(?:e|ed|es|ing|ure of)|purg(?:e|ed|es|ing)|dispose[sd]? of)/;
// A real deadline: a span of time, or the end of the matter the information served.
const deadlinePattern =
  /\bwithin (?:\w+ )?(?:\(\d+\) )?(?:\d+ )?(?:calendar |working |business )?(?:days?|weeks?|months?|hours?)\b|\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:\(\d+\) )?(?:calendar |working |business )?(?:days?|weeks?|months?|hours?) (?:of|after|from|following)\b|\b(?:immediately|promptly) after (?:its )?use\b|\b(?:when|once|after|as soon as)\b[^.;]{0,80}\b(?:terminated|completed|concluded|closed|finished|no longer pursued|served its purpose)\b(?: (?:the |its |their )?(?:matter|case|investigation|inquiry|enquiry|proceedings?|request|use)\b)?|\bat the (?:end|close|conclusion|termination) of the (?:matter|case|investigation|request|inquiry|enquiry|proceedings?)\b/;

function readSentence(s: Sentence, ctx: SentenceContext): Hit[] {
  const l = s.norm;
  // A savings clause ("Nothing in this Article shall affect ...") imposes nothing itself.
  if (/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?nothing in this\b/.test(l)) return [];
  // Whole-sentence tests, each run once however many verbs the sentence has.
  const memo = new Map<RegExp, boolean>();
  const t: Tester = (re) => {
    let v = memo.get(re);
    if (v === undefined) memo.set(re, (v = re.test(l)));
    return v;
  };
  const lawCarveOut = hasLawCarveOut(l);
  const consent = hasConsentException(l);
  const hits: Hit[] = [];
  const law = (h: Hit): Hit => (lawCarveOut ? { ...h, exceptions: [...(h.exceptions ?? []), 'law'] } : h);

  // Originator-control markings on unclassified information.
  if (/\borcon\b|\boriginator[- ]control(?:led)?\b|\boriginator consent required\b/.test(l)) {
    hits.push(law({ acts: ['use', 'disclosure'], recipients: ['anyone'], condition: 'marking', cue: 'marking' }));
    return hits;
  }

  // Destruction or return duties with a real deadline, unrelated to accuracy or privacy. The
  // verb must govern information ("return all documents", "data shall be deleted"), and the
  // deadline stand in the same part of the sentence ("three working days" for issuing a travel
  // document for the return journey is no destruction deadline).
  for (const part of l.split(';')) {
    const d = destructionVerb.exec(part);
    if (!d || /\bin return\b/.test(part.slice(Math.max(0, d.index - 3), d.index + 12))) continue;
    const around = part.slice(Math.max(0, d.index - 120), d.index + 160);
    if (!infoWord.test(around) || privacyReason.test(part)) continue;
    const due = deadlinePattern.exec(part);
    if (due) {
      const offset = l.indexOf(part) + due.index;
      hits.push({ acts: ['retention'], recipients: [], condition: 'deadline', cue: 'destroy', deadline: s.text.replace(/\s+/g, ' ').slice(offset, offset + due[0].length) });
      return hits;
    }
  }

  // Access confined to the officials of one administration: "accessible only to the officials of the
  // customs administration".
  if (/\b(?:accessible|available|access\w*)\b[^.;]{0,40}\b(?:only|solely|exclusively|restricted|limited|confined) (?:be )?(?:to|by) (?:the )?(?:officials|staff|officers|personnel|members|employees)? ?(?:of )?(?:the |its )?(?:receiving|requesting|recipient|[\w-]+) (?:administration|authority|agency|unit|service|department|ministry)\b/.test(l) && !necessity.test(l)) {
    hits.push(law({ acts: ['access'], recipients: ['other-agencies'], condition: consent ? 'consent' : 'one-agency', cue: 'only' }));
  }
  // Use reserved to one authority: "reserved for the exclusive use of the requesting authority".
  if (/\b(?:sole|exclusive) use of (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:authorit(?:y|ies)|agenc(?:y|ies)|administrations?|units?|offices?|services?|departments?|institutions?|officials|ministr(?:y|ies))\b/.test(l) && !broadPurpose.test(l)) {
    hits.push(law({ acts: ['use'], recipients: ['other-agencies'], condition: consent ? 'consent' : 'one-agency', cue: 'only' }));
  }
  // A duty to keep the information out of reach of every other authority.
  if ((/\b(?:out of (?:the )?reach of|inaccessible to|not (?:be )?(?:made )?(?:accessible|available) to|(?:access|reach) (?:by|of|to|for)|from|against) (?:all|any|every|each) other (?:[\w-]+ ){0,3}?(?:authorit|agenc|bod|department|ministr|service|entit|office|administration|organ)/.test(l) ||
    /\b(?:out of (?:the )?reach of|inaccessible to|not (?:be )?(?:made )?accessible to) other (?:[\w-]+ ){0,3}?(?:authorit|agenc|bod|department|ministr|service|entit|office|administration|organ)/.test(l) ||
    /\bno other (?:[\w-]+ ){0,3}?(?:authority|agency|body|department|ministry|service|entity|office|administration|organ)\b[^.;]{0,40}\b(?:(?:shall|may|will|is to) )?(?:have|has|gain|obtain|be given|be granted) access\b/.test(l)) &&
    /\b(?:keep\w*|kept|protect\w*|shield\w*|withh\w*|secur\w*|safeguard\w*|ensur\w*|accessible|available|reach|access)\b/.test(l) && !/\bunauthori[sz]ed\b/.test(l)) {
    const h: Hit = { acts: ['access'], recipients: ['other-agencies'], condition: consent ? 'consent' : 'never', cue: 'access' };
    hits.push(law(h));
  }

  // The bars and gates: find the verbs of passing on and of using. Every reading is kept once.
  const add = (h: Hit, at: number) => {
    const x = law({ ...h, at });
    const sig = `${x.acts}|${x.recipients}|${x.condition}|${x.purpose}|${x.exceptions ?? ''}`;
    if (!hits.some((y) => `${y.acts}|${y.recipients}|${y.condition}|${y.purpose}|${y.exceptions ?? ''}` === sig)) hits.push(x);
  };
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!.lower;
    const isDissem = disseminateStem.test(w);
    const isUse = !isDissem && useStem.test(w);
    if (!isDissem && !isUse) continue;
    // "Shared Information", "the supplied data": a participle before the noun describes it.
    if (/ed$/.test(w) && /^(?:information|data|documents?|materials?|records?|intelligence|reports?|evidence|items?|files?)$/.test(s.words[i + 1]?.lower ?? '')) continue;
    // "the transmitting agency", "the providing Party": a participle naming someone, not an act.
    if (/ing$/.test(w) && /^(?:agenc\w*|authorit\w*|part(?:y|ies)|states?|administrations?|bod(?:y|ies)|units?|countr\w*|governments?|competent|officials?|officers?|services?|offices?|institutions?|organi[sz]ations?|members?|fius?)$/.test(s.words[i + 1]?.lower ?? '')) continue;
    if (isDissem && /^(?:make|made|giv|given|hand|pass)/.test(w)) {
      // "make available", "give access", "hand over", "pass on": only with their particle.
      const next = s.words[i + 1]?.lower ?? '';
      const next2 = s.words[i + 2]?.lower ?? '';
      const particle = /^(?:pass|hand)/.test(w) ? /^(?:available|on|over|access|to)$/ : /^(?:available|on|over|access)$/;
      // "make the information available", "make such records available": the object may stand between.
      const later = /^(?:make|made)$/.test(w) && [3, 4].some((k) => s.words[i + k]?.lower === 'available') && /^(?:the|such|this|that|these|those|it|them|any|all|its|their)$/.test(next);
      if (!particle.test(next) && !particle.test(next2) && !later) continue;
    }
    if (isDissem && /^provid/.test(w) && /^(?:that|for|in)$/.test(s.words[i + 1]?.lower ?? '')) continue;
    // "the purpose for which it was supplied": the verb of a relative clause names the purpose.
    if (i >= 2 && /^(?:which|whom)$/.test(s.words[i - 3]?.lower ?? s.words[i - 2]!.lower) && /^(?:was|were|is|are|been)$/.test(s.words[i - 1]!.lower)) continue;
    // A window around the verb: a restriction is stated within a few hundred characters of it.
    const at = s.words[i]!.start - s.start;
    const after = collapse(s.lower.slice(at, at + 600));
    const before = collapse(s.lower.slice(Math.max(0, at - 300), at));
    if (isNegated(s, i)) {
      const h = readNegated(after, t, isUse, consent, ctx, before.slice(-32));
      if (h) add(h, at);
      continue;
    }
    // Affirmative limits: "may be used only for", "solely for the purpose of", "exclusively by".
    const only = /^(?:[\w,-]+ ){0,18}?(?:only|solely|exclusively|strictly|but only)\b(?: be)?(?: (?:used|disclosed|disseminated|transmitted|provided|released|shared|effected|made available|supplied|passed on))?( (?:for|to|by|within|with|where|if|when|after|upon|on|in connection with|in relation to|in (?=(?:the |that |those |such )?(?:specific |particular )?(?:investigation|proceeding|case|matter|inquiry|enquiry|prosecution)))\b[\s\S]*)$/.exec(after) ??
      (/(?:only|solely|exclusively|strictly) (?:be )?$/.test(before.slice(-24)) ? /^\S+(\s[\s\S]*)$/.exec(after) : null);
    // "may forward it to other authorities provided that the supplier has given its approval".
    const conditional = only ? null : /^(?:[\w,-]+ ){0,16}?(?:provided (?:that )?|on (?:the )?condition that |if |where )[^.;]{0,80}?\b(?:consent|approval|authori[sz]ation|permission)\b/.exec(after);
    if (conditional && consent) {
      const h = readOnly('with consent', t, isUse, consent, ctx, after);
      if (h) add(h, at);
      continue;
    }
    if (only) {
      const h = readOnly(only[1] ?? '', t, isUse, consent, ctx, after);
      if (h) add(h, at);
    } else if (isUse && !conditional && /^\S+(?: [\w,()-]+){0,12}? (?:for )?(?:any )?(?:(?:purposes?|aims?|ends?) other than|other (?:purposes?|aims?|ends?))\b/.test(after) && partyConsent.test(l) && (consent || /\b(?:with|upon|after)\b[^.;]{0,20}\b(?:consent|approval|authori[sz]ation|permission)\b/.test(l))) {
      // "may, subject to the prior written consent of the requested authority, be used ... for
      // purposes other than those of Article 15": consent for each use beyond the named purposes.
      add({ acts: ['use'], recipients: [], condition: 'consent', purpose: t(agreementPurpose) ? 'the-agreement' : undefined, exceptions: broadPurpose.test(`${before} ${after.split(/\.\s/)[0]}`) || broadPurpose.test(ctx.lead) ? ['broad-purposes'] : [], cue: 'consent', notForPersonal: true }, at);
    }
  }
  // "Prior approval is required for any use", "consent shall be obtained before dissemination".
  if (!hits.some((h) => judgeHit(h) === 'over-restrictive')) {
    const gate = /\b(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,80}\b(?:is|are|shall be|must be|will be|be) (?:first )?(?:required|needed|obtained|sought)\b[^.;]{0,40}\b(?:for|before|prior to)\b([^.;]*)/.exec(l) ??
      /\b(?:requires?|require|subject to) (?:the )?(?:prior |previous |express |written )+(?:consent|approval|authori[sz]ation|permission)\b[^.;]{0,80}\b(?:for|before|prior to)\b([^.;]*)/.exec(l);
    // "Any further dissemination shall require the prior consent of the providing Party".
    const subjectGate = /\b((?:any|all|every|each|further|onward|subsequent|other)\b[^.;]{0,60}\b(?:dissemination|disclosure|use|transfer|transmission|release|supply|communication)s?)\b[^.;]{0,120}?\b(?:shall|will|must|is to|are to)? ?(?:require|requires|be subject to|is subject to|are subject to|depend on|depends on)\b[^.;]{0,30}\b(?:consent|approval|authori[sz]ation|permission)\b/.exec(l);
    // "Passing them on to other authorities requires prior approval": the act named by its verb in -ing.
    const gerundGate = gate || subjectGate ? null : /\b((?:passing|forwarding|transmitting|disclosing|communicating|transferring|supplying|releasing|disseminating)\b[^.;]{0,80}?)\b(?:requires?|shall require|will require|is subject to|are subject to|shall be subject to)\b[^.;]{0,30}\b(?:consent|approval|authori[sz]ation|permission)\b/.exec(l);
    const target = gate ? gate[1] ?? '' : subjectGate ? subjectGate[1]! : gerundGate ? `onward ${gerundGate[1]!.replace(/^\w+/, 'disclosure')}` : undefined;
    if (target !== undefined && ((subjectGate || gerundGate) && !gate ? true : /\b(?:any|every|each|all|further|other|onward|subsequent)\b/.test(target) || /\b(?:use|dissemination|disclosure|transfer)\b/.test(target))) {
      const scope = gate ? target : l;
      const acts: Act[] = /\b(?:dissemination|disclosure|transfer|transmission|release|supply|communication)\b/.test(target) ? ['disclosure'] : ['use'];
      const recipients: Recipient[] = evidenceUse.test(target) ? ['courts'] : externalTarget.test(scope) ? ['third-states'] : agencyTarget.test(scope) ? ['other-agencies'] : [];
      const exceptions: Exception[] = /\bother\b/.test(target) && ctx.clauseBroad ? ['broad-purposes'] : [];
      hits.push(law({ acts, recipients, condition: 'consent', exceptions, cue: 'gate' }));
    }
  }
  // "Use of the information in judicial proceedings is prohibited", "transmission to any other
  // authority is forbidden": the act named as a noun, barred by the verb at the end.
  if (!hits.some((h) => judgeHit(h) === 'over-restrictive')) {
    const barred = /\b(use|disclosure|transmission|transfer|communication|dissemination|release)\b([^.;]{0,140}?)\b(?:is|are|shall be|will be) (?:strictly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b/.exec(l);
    if (barred && !/\bunauthori[sz]ed\b/.test(barred[2]!)) {
      const h = readNegated(`${barred[1]}${barred[2]}`, t, barred[1] === 'use', consent, ctx);
      if (h) hits.push(law({ ...h, at: barred.index }));
    }
  }
  // Where the sentence over-restricts, its calibrated readings of other verbs say nothing more.
  const over = hits.filter((h) => judgeHit(h) === 'over-restrictive');
  return over.length ? over : hits;
}

/** The verdict of a hit alone (subject and actor aside), to rank two readings of one sentence. */
function judgeHit(h: Hit): Verdict {
  return judge({ acts: h.acts, recipients: h.recipients, condition: h.condition, purpose: h.purpose, subject: 'shared-information', exceptions: h.exceptions ?? [] }).verdict;
}

/** Who a scope names as recipients. */
export function recipientsIn(scope: string): Recipient[] {
  const out: Recipient[] = [];
  if (internalTarget.test(scope)) out.push(agencyTarget.test(scope) || /\bwithin the receiving|outside the receiving|beyond the receiving/.test(scope) ? 'other-agencies' : 'anyone');
  if (/\bthird part(?:y|ies)\b/.test(scope)) out.push('any-third-party');
  if (/\bthird (?:states?|countr(?:y|ies)|governments?|nations?|jurisdictions?)|foreign|international|(?:a|another|any|any other|other) (?:state|country|government|nation|jurisdiction)s?\b(?! (?:entit|agenc|authorit|department|bod|office|ministr|service|official|unit))|non-part(?:y|ies)|states? (?:not|which is not|that is not)/.test(scope)) out.push('third-states');
  if (/\bpublic\b(?! (?:bod|authorit|agenc|administration|official|prosecut|security|order|interest|servant|institution|entit|sector|service|health|polic))|publicly|publication|publish|the press|media\b/.test(scope)) out.push('the-public');
  if (/\b(?:to|before|in|as|for) (?:any |a |the )?(?:[\w-]+,? ){0,3}?(?:courts?|tribunals?|proceedings?|evidence|trials?|prosecutions?|litigation)\b/.test(scope)) out.push('courts');
  return out;
}

/** A negated verb: "shall not be disclosed to any other agency", "shall not be used in court". */
function readNegated(after: string, t: Tester, isUse: boolean, consent: boolean, ctx: SentenceContext, lead = ''): Hit | undefined {
  // The scope of the bar: up to the next clause break.
  const scope = after.split(/[;]|\b(?:provided that|provided, however)\b/)[0] ?? after;
  if (/\bunauthori[sz]ed\b/.test(scope) && !/\bany (?:other|third)\b/.test(scope)) return undefined;
  const condition: Condition = consent ? 'consent' : 'never';
  // A necessity exception with no consent: "except to the extent necessary for ...".
  const exceptionPart = /\b(?:except|other than|save|unless|but)\b(.*)$/.exec(scope);
  if (!consent && exceptionPart && necessity.test(exceptionPart[1]!)) return { acts: isUse ? ['use'] : ['disclosure'], recipients: recipientsIn(scope), condition: 'necessity', cue: 'necessity' };
  if (isUse || /\b(?:used|use)\b/.test(scope.slice(0, 40))) {
    // A bar on use in public statements, publicity or commerce, or on something other than
    // information (a Party's involvement, its name), is not a restriction on shared information.
    if ((/\b(?:public|publicity|promotional|commercial|advertis\w*|press)\b/.test(scope) && !evidenceUse.test(scope)) || !t(infoWord)) return undefined;
    const otherThan = /\bother than\b|\bany other purpose|\bother purposes?\b|\bpurposes? other\b|\bbeyond\b/.test(scope);
    if (otherThan) {
      const base = scope.slice(scope.search(/\bother than\b|\bother purposes?\b|\bany other purpose|\bbeyond\b/));
      const purpose: Purpose = agreementPurpose.test(base) ? 'the-agreement' : narrowPurpose.test(base) || t(narrowPurpose) ? narrowKind(narrowPurpose.test(base) ? base : scope) : agreementPurpose.test(base) ? 'the-agreement' : broadPurpose.test(base) ? 'broad' : 'one-purpose';
      if (purpose === 'the-request' || purpose === 'as-supplied') return { acts: ['use'], recipients: [], condition: consent ? 'consent' : 'never', purpose, cue: consent ? 'consent' : 'not' };
      if (ctx.clauseBroad) return { acts: ['use'], recipients: [], condition: consent ? 'consent' : 'never', purpose, exceptions: ['broad-purposes'], cue: consent ? 'consent' : 'not' };
      if (consent) return { acts: ['use'], recipients: [], condition: 'consent', purpose, cue: 'consent' };
      return { acts: ['use'], recipients: [], condition: 'never', purpose, cue: 'not' };
    }
    if (evidenceUse.test(scope)) return { acts: ['use'], recipients: ['courts'], condition, cue: consent ? 'consent' : 'not' };
    if (consent) return { acts: ['use'], recipients: [], condition: 'consent', cue: 'consent' };
    // "shall not use it to the detriment of", "not be used against the interests of": no bar on use.
    // "not processed further in any way incompatible with that purpose" is the purpose principle
    // of the data-protection frameworks (Convention 108, OECD use limitation), not a bar on use.
    if (/\bincompatible with\b/.test(scope)) return undefined;
    return /\b(?:for any purpose|at all|in any (?:way|manner))\b/.test(scope) ? { acts: ['use'], recipients: ['anyone'], condition: 'never', cue: 'not' } : undefined;
  }
  const recipients = recipientsIn(scope);
  // A privacy purpose: personal details of individuals kept from release to anyone; passing them
  // to other authorities only with approval is still a limit on the receiving government.
  if (t(privacyObject) && !agencyTarget.test(scope)) return recipients.length || consent ? { acts: ['disclosure'], recipients: recipients.length ? recipients : ['anyone'], condition, exceptions: ['protects-individuals'], cue: consent ? 'consent' : 'not' } : undefined;
  const internal = recipients.includes('other-agencies') || recipients.includes('anyone');
  const publicOnly = recipients.includes('the-public') && !internal && !/\bthird|foreign|international|another|other\b/.test(scope);
  if (publicOnly) return { acts: ['disclosure'], recipients: ['the-public'], condition, cue: consent ? 'consent' : 'not' };
  // Exceptions that keep counter-terrorism channels open: "except to agencies with law enforcement
  // responsibilities".
  if (exceptionPart && broadPurpose.test(exceptionPart[1]!)) return { acts: ['disclosure'], recipients, condition, exceptions: ['broad-purposes'], cue: 'not' };
  if (consent) {
    if (internal) return { acts: ['disclosure'], recipients, condition: 'consent', cue: 'consent' };
    if (recipients.length) return { acts: ['disclosure'], recipients: recipients.map((x) => (x === 'any-third-party' ? 'third-states' : x)), condition: 'consent', cue: 'consent' };
    // No recipient named: consent for every further dissemination ("shall not release or
    // disseminate such information unless the consent of that Party is given in advance").
    if (/\b(?:further|onward|any|otherwise|re-?disseminat|to others)\b/.test(scope) || /\b(?:further|onward)\b/.test(lead) ||
      /^\S+(?: (?:or|and) \S+)? (?:(?:such|the|this|that|any|all|these|those|its|their) )?(?:information|data|documents?|materials?|records?|intelligence|reports?|evidence)\b/.test(scope))
      return { acts: ['disclosure'], recipients: ['anyone'], condition: 'consent', cue: 'consent' };
    return undefined;
  }
  if (recipients.length || t(noCircumstances)) return { acts: ['disclosure'], recipients: recipients.length ? recipients : ['anyone'], condition: 'never', cue: 'not' };
  if (/\b(?:further|onward|otherwise|to others|any (?:person|one))\b/.test(scope) || /\b(?:further|onward)\b/.test(lead)) return { acts: ['disclosure'], recipients: ['anyone'], condition: 'never', cue: 'not' };
  return undefined;
}

/** A lead-in that keeps use to the purposes of the list after it: "may be used solely for the purpose of:". */
const soleList = /\b(?:used?|utili[sz]ed|employed)\b[^.;:]{0,40}\b(?:only|solely|exclusively)\b[^.;:]{0,12}\bfor (?:the )?(?:following )?(?:purposes?|aims?|ends?)(?: of)?\s*:\s*$/;
/** Whose consent a sentence asks: a Party's or an authority's (not the person concerned). */
const partyConsent = /\b(?:consent|approval|authori[sz]ation|permission)\b (?:of|from|by|given by) (?:the |that |its )?(?:[\w-]+ ){0,6}?(?:part(?:y|ies)|state|government|authorit(?:y|ies)|agenc(?:y|ies)|administrations?|service|office|body|unit|department)\b/;

/** Who gives a consent: "the (prior written) consent of the customs authority which furnished them". */
const consentGiver = /\b(?:consent|approval|authori[sz]ation|permission|agreement|concurrence)\b (?:of|from|by|given by) (?:the |that |its |their )?(?:[\w-]+ ){0,6}?(?:part(?:y|ies)|state|government|authorit(?:y|ies)|agenc(?:y|ies)|administrations?|service|office|body|unit|department)\b(?: (?:which|that|who) (?:furnished|supplied|provided|transmitted|communicated|sent|issued|gave)\b(?: (?:it|them|the information|such information|the data))?)?/g;

/** The receiving authority named as such: "the customs authority which has received such information". */
const receiverNamed = /\b(?:[\w-]+ ){0,3}?(?:authorit(?:y|ies)|agenc(?:y|ies)|administrations?|service|office|body|unit|department) (?:which|that|who) (?:has |have )?(?:received|receives|requested|obtained)\b/g;

/** Recipients named by the function they serve: "to persons or authorities concerned with", "to the officials responsible for". */
const functionRecipients =
  /^to (?:the |such )?(?:[\w-]+ ){0,2}?(?:persons?|authorit(?:y|ies)|officials?|officers?|bodies|agencies|services|staff|personnel|public servants)\b(?: or (?:[\w-]+ ){0,2}?(?:persons?|authorit(?:y|ies)|officials?|officers?|bodies|agencies|services))?(?: \([^)]{0,80}\))?(?: (?:of|in) (?:the |that |its |each )?(?:[\w-]+ ){0,4}?(?:party|state|jurisdiction|country|government|administration))?,? (?:who are |which are |that are )?(?:directly |solely |exclusively )?(?:concerned with|responsible for|in charge of|involved in|engaged in|dealing with|competent (?:for|in|to deal with)|charged with)\b/;

/** Which narrow purpose: the request or case itself, or the purpose the information was supplied for. */
function narrowKind(limit: string): Purpose {
  if (/\b(?:request|case|matter|investigation|inquiry|enquiry)\b/.test(limit)) return 'the-request';
  return /\bfor which\b/.test(limit) ? 'as-supplied' : 'one-purpose';
}

/** The supplier's leave as the way other authorities are let in (see `readOnly`). */
const supplierApproval = new RegExp(String.raw`\b(?:except|unless|save)\b[^;]{0,200}\b(?:${consentWord}|permi\w*)\b[^;]{0,80}\bother (?:[\w-]+ )?(?:authorit|agenc|administration|bod|department|service)`);

/** An affirmative limit introduced by "only", "solely", "exclusively" or "strictly". */
function readOnly(rest: string, t: Tester, isUse: boolean, consent: boolean, ctx: SentenceContext, after: string): Hit | undefined {
  const r = rest.trim();
  const rest1 = r.split(/;|\.\s/)[0] ?? r;
  const limit = rest1.slice(0, 240);
  const acts: Act[] = isUse ? ['use'] : ['disclosure'];
  if (/^(?:with|after|upon|on|where|if|when|subject to)\b/.test(limit)) {
    // "only with the prior consent of", "only where the consent ... has been obtained".
    if (!/\b(?:consent|approval|authori[sz]ation|permission|agree(?!ments?\b)\w*)\b/.test(limit)) {
      if (necessity.test(limit)) return { acts, recipients: recipientsIn(after.split(/\bonly\b/)[0] ?? ''), condition: 'necessity', cue: 'necessity' };
      return undefined;
    }
    // Whom the gate is for: the words between the verb and "only".
    const gated = after.split(/\b(?:only|solely|exclusively|strictly)\b/)[0] ?? '';
    const recipients = recipientsIn(gated).map((x) => (x === 'any-third-party' ? 'third-states' : x));
    if (recipients.length === 0 && t(externalTarget) && !t(internalTarget)) recipients.push('third-states');
    if (recipients.length === 0 && t(evidenceUse) && !t(anyOtherUse)) recipients.push('courts');
    // The authority whose consent is asked ("the consent of the customs authority which furnished
    // them") gives the consent: it is not a recipient kept out.
    // Nor is the receiving authority itself ("the customs authority which has received them").
    if (recipients.length === 0 && agencyTarget.test(after.replace(consentGiver, ' ').replace(receiverNamed, ' '))) recipients.push('other-agencies');
    // "Other authorities may use it only with the approval of ...": the subject names who is kept out.
    if (recipients.length === 0 && t(/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:any |all |the )?other (?:[\w-]+ ){0,3}?(?:authorities|agencies|bodies|departments|administrations|services|offices)\b/)) recipients.push('other-agencies');
    const exceptions: Exception[] = t(otherPurposes) && ctx.clauseBroad ? ['broad-purposes'] : [];
    // "may be used for purposes other than those of this Agreement only with the consent of": the
    // consent is asked for any use beyond the agreement's own purposes.
    const purpose: Purpose | undefined = isUse && recipients.length === 0 && otherPurposes.test(gated) && (t(agreementPurpose) || agreementPurpose.test(gated.replace(/\bthose (?:of|under|specified in|set out in|laid down in|referred to in)\b/, 'purposes of'))) ? 'the-agreement' : undefined;
    return { acts: recipients.length && !isUse ? ['transfer'] : acts, recipients, condition: 'consent', purpose, exceptions, cue: 'consent' };
  }
  // "solely for the purposes of this Agreement and by the customs administrations, except where
  // the supplier approves use for other purposes or by other authorities": one administration.
  // Other authorities admitted only with the supplier's approval: "except where the supplier
  // approves its use by other authorities".
  const approval = supplierApproval.test(rest1);
  const byOne = /\b(?:and|or) (?:only |exclusively |solely )?by (?:the |its |their )?(?:[\w-]+ ){0,4}?(?:administrations?|agenc(?:y|ies)|authorit(?:y|ies)|units?|offices?|services?|departments?|officials|police|ministr(?:y|ies)|directorates?|bureaus?|fius?|customs|institutions?)\b/.test(limit);
  if (byOne && !broadPurpose.test(limit)) {
    return { acts, recipients: ['other-agencies'], condition: approval ? 'consent' : 'one-agency', purpose: agreementPurpose.test(limit) ? 'the-agreement' : undefined, cue: approval ? 'consent' : 'only' };
  }
  if (/^by\b/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    return /\b(?:receiving|requesting|recipient|designated|the (?:\w+ )?(?:agency|authority|unit|office|service|fiu|department|administration|police|guard|ministry|directorate|bureau|customs)|its (?:\w+ )?(?:agency|authority|unit|office|service|administration)|(?:customs|tax|fiscal|revenue|police|immigration|financial intelligence) (?:authorities|administrations|services|agencies|departments))\b/.test(limit)
      ? { acts, recipients: ['other-agencies'], condition: approval ? 'consent' : 'one-agency', purpose: agreementPurpose.test(limit) ? 'the-agreement' : undefined, cue: approval ? 'consent' : 'only' }
      : undefined;
  }
  if (/^to\b/.test(limit) && !/^to the purposes?\b/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    // "only to persons entitled to receive it under the law of the receiving State": the law decides who.
    if (/^to [^;]{0,60}\b(?:entitled|authori[sz]ed|permitted|empowered)\b[^;]{0,30}\b(?:under|by|in accordance with|pursuant to) (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:law|laws|legislation)\b/.test(limit)) return undefined;
    if (necessity.test(limit)) return { acts, recipients: [], condition: 'necessity', cue: 'necessity' };
    // "communicated only to officials designated for this purpose": who receives the
    // transmission (a point of contact), not what the receiving government may do afterwards.
    if (!isUse && /^to (?:the )?(?:officials?|persons?|officers?|contact points?|points of contact|liaison officers?)\b[^;]{0,40}\b(?:designated|appointed|nominated|named)\b/.test(limit)) return undefined;
    // "disclosed only to persons or authorities concerned with the assessment of taxes": the
    // recipients are confined to those of one function, and every other authority is kept out.
    if (!isUse && functionRecipients.test(limit)) return { acts, recipients: ['other-agencies'], condition: 'one-agency', purpose: agreementPurpose.test(limit) ? 'the-agreement' : undefined, byFunction: true, cue: 'only' };
    if (/\b(?:the (?:requesting|receiving|recipient)|its own|the (?:\w+ )?(?:agency|authority|unit|officials?) (?:that|which|who) (?:made|submitted)|named|designated)\b/.test(limit)) return isUse ? { acts, recipients: [], condition: 'purpose', purpose: 'the-request', cue: 'only' } : { acts, recipients: ['other-agencies'], condition: 'one-agency', cue: 'only' };
    return undefined;
  }
  // "used only within the customs administration": one administration.
  if (/^within (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:administration|ministry|agency|authority|department|service|unit|office|directorate|bureau)\b/.test(limit) && !/^within (?:the |its )?(?:government|territory|state|jurisdiction)\b/.test(limit)) {
    return { acts, recipients: ['other-agencies'], condition: approval ? 'consent' : 'one-agency', cue: 'only' };
  }
  if (/^(?:for|to|in connection with|in relation to|within)\b/.test(limit) || /^in (?:the |that |those |such )?(?:specific |particular )?(?:investigation|proceeding|case|matter|inquiry|enquiry|prosecution)/.test(limit)) {
    if (broadPurpose.test(limit)) return undefined;
    if (agreementPurpose.test(limit)) return { acts, recipients: [], condition: 'purpose', purpose: 'the-agreement', cue: 'only' };
    if (narrowPurpose.test(limit)) return { acts, recipients: [], condition: 'purpose', purpose: narrowKind(limit), cue: 'only' };
    return undefined;
  }
  return undefined;
}

export const recipientNames: Record<Recipient, string> = {
  'other-agencies': 'other authorities of the receiving government',
  'any-third-party': 'any third party',
  'third-states': 'third states or international bodies',
  'the-public': 'the public',
  courts: 'courts and proceedings',
  anyone: 'anyone else',
};
export const conditionNames: Record<Condition, string> = {
  never: 'never (a ban)',
  consent: "prior consent of the supplying Party",
  notice: 'notice to the supplying Party',
  purpose: 'a purpose',
  'one-agency': 'one agency or administration only',
  necessity: 'necessity',
  option: 'a condition the supplying Party may set case by case',
  deadline: 'a deadline for destruction or return',
  marking: 'an originator-control marking',
};
export const purposeNames: Record<Purpose, string> = {
  'the-request': 'the purpose of the request or case',
  'as-supplied': 'the purpose for which it was supplied',
  'the-agreement': "the agreement's own purposes",
  'one-purpose': 'one stated purpose',
  listed: 'the purposes its list names, none of them law enforcement or counter-terrorism',
  broad: 'broad counter-terrorism and law-enforcement purposes',
};
export const subjectNames: Record<Subject, string> = {
  'shared-information': 'the shared information',
  'personal-data': 'personal data',
  classified: 'classified material',
};
export const exceptionNames: Record<Exception, string> = {
  law: 'the law',
  'broad-purposes': 'counter-terrorism and law-enforcement purposes',
  'agreement-purposes': "the agreement's own purposes",
  'protects-individuals': 'the protection of individuals',
  'recorded-exception': 'a recorded high-value exception',
};

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What an over-restrictive reading does, as a phrase after the clause's citation. */
export function describeReading(r: DisseminationReading): string {
  const q = r.quote ? ` ("${r.quote}")` : '';
  const to = list(r.recipients.map((x) => recipientNames[x]));
  const what = r.subject === 'personal-data' ? 'the personal data' : 'the information';
  switch (r.kind ?? kindOf(r)) {
    case 'absolute-bar':
      if (r.acts.includes('access')) return `requires ${what} to be kept out of reach of ${to || 'anyone else'}${q}`;
      return `bars passing ${what} to ${to || 'anyone else'}${q}`;
    case 'internal-consent':
      if (r.purpose === 'the-agreement') return `limits ${what} to the purposes of the Agreement and to one administration, and lets other authorities use it only with the supplying Party's approval${q}`;
      if (!to || to === 'anyone else') return `makes every further disclosure of ${what} depend on the supplying Party's prior consent${q}`;
      return `lets ${what} pass to ${to} only with the supplying Party's prior consent${q}`;
    case 'use-consent':
      return `makes ${r.purpose ? `any use beyond ${purposeNames[r.purpose]}` : `each further use of ${what}`} depend on the supplying Party's prior consent${q}`;
    case 'other-use-bar':
      return `confines ${what} to ${purposeNames[r.purpose!]} and bars any other use${q}`;
    case 'evidence-ban':
      return `bars any use of ${what} in proceedings${q}`;
    case 'sole-purpose':
      return `limits use of ${what} to ${purposeNames[r.purpose ?? 'the-request']}${q}`;
    case 'single-agency':
      if (r.byFunction) return `lets ${what} be disclosed only to the persons or authorities of one function${q}`;
      return r.purpose === 'the-agreement' ? `limits ${what} to the purposes of the Agreement and to one administration${q}` : `confines ${what} to one agency or administration${q}`;
    case 'destruction':
      return `requires ${what} to be destroyed or returned${q}${r.deadline && !r.quote.includes(r.deadline) ? `, with a deadline ("${r.deadline}")` : ''}`;
    case 'originator-control':
      return `applies an originator-control marking to unclassified information${q}`;
  }
}

/** The reading laid out for a person (hover, `--explain`): one line per element. */
export function explainReading(r: DisseminationReading): string[] {
  return [
    `act: ${list(r.acts)}`,
    `whose act: ${r.actor}`,
    `recipients kept out: ${r.recipients.length ? list(r.recipients.map((x) => recipientNames[x])) : 'none named'}`,
    `condition: ${r.byFunction ? 'disclosure only to the persons or authorities of one function' : conditionNames[r.condition]}${r.purpose ? ` (${purposeNames[r.purpose]})` : ''}`,
    `subject: ${subjectNames[r.subject]}`,
    `exceptions: ${r.exceptions.length ? list(r.exceptions.map((x) => exceptionNames[x])) : 'none'}`,
    `deciding words: "${r.quote}"${r.deadline ? `; deadline: "${r.deadline}"` : ''}`,
    `verdict: ${r.verdict} (${r.why})`,
  ];
}

/** Whether a text records a restriction as a justified high-value exception. */
export function isRecordedException(lower: string): boolean {
  return (
    /\b(?:high[- ]value exception|exception for (?:information of )?(?:particularly )?high[- ]value|information of particularly high value)\b/.test(lower) &&
    /\b(?:because|since|justif\w*|on the grounds? (?:that|of)|given that|in view of|owing to|reason)\b/.test(lower)
  );
}
