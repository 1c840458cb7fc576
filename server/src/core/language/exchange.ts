/**
 * Whether a clause provides for the exchange of information between the Parties (for
 * missing-safeguarding), read from what the clause does: an act of passing on (exchange, provide,
 * share, transmit, supply, furnish, communicate, forward, disclose, make available, send, transfer,
 * give access to) whose object is information (information, data, records, intelligence, reports,
 * evidence, files, documents ...), and what that information is about.
 *
 * Not every passing-on of information is information sharing. Left out:
 * - a Party's role name, not an act: "the receiving State", "the requesting Party";
 * - the instruments of the treaty itself: an "exchange of notes", letters or instruments;
 * - information about the Parties' own law and its application: their laws, legislation,
 *   procedures, judicial organisation, the measures they have taken (public, or soon to be);
 * - feedback on action taken: information on the results, outcome, decision or stage of it;
 * - operational notices: communication frequencies, flight plans, the safety of air navigation;
 * - commercial and regulatory figures: tariffs, charges, prices, invoices, statistics;
 * - what a request must contain or be accompanied by;
 * - a sentence that frees a Party from passing something on ("nothing ... shall require ...").
 *
 * What is left is `topical` when the information concerns the field the policy protects (crime,
 * terrorism, threats, security, suspects, investigations, intelligence, identity and travel
 * documents ...), and `plain` otherwise. A plain exchange counts only in a draft that is itself
 * about exchanging information (its title, an article heading, or front-matter data categories):
 * an air services agreement that asks airlines and authorities to exchange information on user
 * charges, or a social security arrangement under which institutions send each other the forms a
 * claim needs, is no information-sharing arrangement.
 */
import { collapsedLower } from './sentences.js';

export type ExchangeKind = 'topical' | 'plain';

const infoNoun = String.raw`(?:information|data|records|intelligence|reports|products|material|indicators|assessments|alerts|evidence|files|documents|particulars)`;
const act = String.raw`(?:exchang(?:e|es|ed|ing)(?! of (?:notes|letters|instruments|ratification|views|experience|experts|personnel|officials|staff|liaison|visits|students|scientists|best practices|delegations))|provid\w*|shar(?:e|es|ed|ing)|transmi\w*|suppl(?:y|ies|ied|ying)|furnish\w*|communicat\w*|access to|forward\w*|disclos\w*|receiv\w*|pass\w* on|giv(?:e|es|en|ing)|mak\w* available|sen[dt]\w*|transfer\w*)`;
const exchangePattern = new RegExp(
  String.raw`\b${act}\b[^.;]{0,80}\b${infoNoun}\b|\b${infoNoun}\b[^.;]{0,80}\b(?:exchang(?:e|ed)|provided|shared|transmitted|supplied|furnished|received|communicated|available|passed|forwarded|sent|transferred)\b`,
  'g',
);
const nounPattern = new RegExp(String.raw`\b${infoNoun}\b`, 'g');
/** A role name, which holds an act's word without being an act ("the receiving State"). */
const roleName =
  /^(?:receiving|providing|supplying|sending|transmitting|furnishing|communicating|disclosing|transferring) (?:contracting |member |partner )?(?:state|party|parties|country|countries|government|agency|agencies|authorit(?:y|ies)|institution|office|side|participant)s?\b/;
/** What the information is about, right after its noun, that makes it no shared information. */
const leftOutSubject = new RegExp(
  String.raw`^\s*(?:(?:on|concerning|about|regarding|relating to|related to|of|with respect to|as to|in respect of|pertinent to|relative to)\s+)(?:[\w-]+\s+){0,4}?(?:laws?|legislation|legal (?:system|texts?|provisions)|procedures?|judicial organi[sz]ation|regulations|measures?(?: taken)?|administrative arrangements|practices|results?|outcomes?|decisions?|stage|progress|status|action taken|communications? frequenc\w*|frequenc\w*|flight (?:plans?|safety)|(?:the )?safety of (?:air )?navigation|air traffic|tariffs?|(?:user )?charges|prices?|invoices?|statistic\w*|timetables?|schedules?)\b`,
);
/** A request's contents, or the documents that go with it: procedure, not sharing. */
const requestContents =
  /\b(?:requests?|applications?|claims?)\b[^.;]{0,40}\b(?:shall|must|should|will) (?:contain|state|include|specify|indicate|be accompanied)|\b(?:accompan\w* (?:by|with)|in support of the request|together with the request|at the same time as the request|attached to the request)\b/;
/** A sentence that frees a Party from passing something on ("Nothing ... shall require a Party to disclose ..."). */
const noDuty = /\bnothing\b[^.;]{0,80}\b(?:requir|oblig)\w*|\bnot (?:be )?(?:required|obliged|bound)\b/;
/** Subjects the policy protects. */
const topic =
  /\b(?:terroris\w*|crim(?:e|es|inal|inals)|offen[cs]es?|offenders?|suspect\w*|investigat\w*|prosecut\w*|intelligence|threats?|law[- ]enforcement|police|trafficking|traffickers?|smuggl\w*|fraud\w*|launder\w*|watch ?lists?|screening|biometric\w*|fingerprints?|dna|travel documents?|passports?|identity|wanted persons?|missing persons?|illicit|contraband|national security|classified|extremis\w*|proliferation|evasion|customs (?:offen\w*|infringements?|fraud)|security (?:threats?|incidents?|risks?))\b/;

/** How a clause provides for the exchange of information, if it does. */
export function exchangeIn(text: string): ExchangeKind | undefined {
  const lower = collapsedLower(text);
  if (!/inform|data|record|intelligence|report|product|material|indicator|assessment|alert|evidence|files|document|particulars/.test(lower)) return undefined;
  const read = lower;
  // A text with no protected subject anywhere can at most be plain: its first passing-on decides.
  const mayBeTopical = topic.test(read);
  let kind: ExchangeKind | undefined;
  exchangePattern.lastIndex = 0;
  for (let m = exchangePattern.exec(read); m; m = exchangePattern.exec(read)) {
    // "the receiving State ... documents": the act's word is a role name; read on after it.
    const role = roleName.exec(read.slice(m.index, m.index + 60));
    if (role) {
      exchangePattern.lastIndex = m.index + role[0].length;
      continue;
    }
    // The noun is at the end of the first form ("exchange ... information") and at the start of
    // the second ("information ... shall be exchanged").
    const nouns = [...m[0].matchAll(nounPattern)];
    const n = m[0].search(nounPattern) === 0 ? nouns[0]! : nouns[nouns.length - 1]!;
    const nounEnd = m.index + n.index! + n[0].length;
    // A passing-on left out below may hide another one after its noun: read on from there.
    exchangePattern.lastIndex = Math.max(m.index + 1, nounEnd);
    // "A request for information shall be transmitted": the request is what is sent.
    if (/\brequests? for (?:the |such |any |further |additional )?$/.test(read.slice(Math.max(0, nounEnd - n[0].length - 40), nounEnd - n[0].length))) continue;
    const after = read.slice(nounEnd, nounEnd + 120);
    if (leftOutSubject.test(after)) continue;
    const start = Math.max(read.lastIndexOf('.', m.index), read.lastIndexOf(';', m.index)) + 1;
    let end = read.slice(m.index).search(/[.;]/);
    end = end < 0 ? read.length : m.index + end;
    const sentence = read.slice(start, end);
    if (requestContents.test(sentence) || noDuty.test(sentence)) continue;
    if (!mayBeTopical) return 'plain';
    if (topic.test(sentence)) return 'topical';
    kind = 'plain';
  }
  return kind;
}

/**
 * Whether a title or heading names the exchange of information as its subject ("Exchange of
 * Information", "Information Sharing", "Arrangement on Counterterrorism Information", "passenger
 * name record data"), not information on the Parties' law ("information on foreign law").
 */
export function namesInformationExchange(title: string | undefined): boolean {
  if (!title) return false;
  const t = title.toLowerCase();
  if (!/\b(?:information|data|intelligence|records)\b/.test(t)) return false;
  return !/\binformation (?:on|about|concerning) (?:foreign |national |the )?(?:law|laws|legislation)\b/.test(t);
}

/** Whether an article heading names the exchange of information ("Exchange of Information", "Information Sharing", "Provision of Data"), not a request for it. */
export function headingNamesExchange(heading: string | undefined): boolean {
  if (!heading) return false;
  // A heading of one word ("Exchange", "Information") names the article's subject as well.
  if (/^\s*(?:the )?(?:exchanges?|sharing|information|data|intelligence)\s*$/i.test(heading)) return true;
  return /\b(?:exchange|sharing|provision|supply|transmission|communication|disclosure|transfer|passing on) of (?:[a-z-]+ )?(?:information|data|intelligence|records)\b|\b(?:information|data|intelligence) (?:sharing|exchange)\b|\bspontaneous (?:information|exchange)\b/i.test(heading);
}
