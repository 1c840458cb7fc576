/**
 * Permissions to pass information on (issue 19, information flows): the sentences in which a
 * Party "may disseminate", "may provide", "may share" or "may disclose" received information, and
 * to whom, on what condition and for which purposes. The restrictions are read in
 * dissemination.ts; a permission is what the draft allows in so many words ("may disseminate it
 * within its government to any agency with counterterrorism responsibilities"). A sentence that
 * is negated ("may not disclose"), a recital, or a permission of the requested Party to refuse is
 * no permission. Read once per clause text (a memo), and only for the review and the
 * contradictory-flows rule.
 */
import { mentionsClassified } from './classified.js';
import { actorOf, recipientsIn, type Recipient } from './dissemination.js';
import { TextMemo } from './memo.js';
import { isNegated, isRecital, modalOf } from './modality.js';
import { mayNamePersonalData, personalDataIn } from './privacy.js';
import { collapsedLower, sentences } from './sentences.js';

/** The condition a permission sets. */
export type PermissionCondition = 'none' | 'notice' | 'consent' | 'marking' | 'purpose' | 'necessity';

/** One permission to pass information on, read from a sentence. */
export interface Permission {
  /** Whose act, in the sentence's words where it names the actor. */
  actor: string;
  recipients: Recipient[];
  condition: PermissionCondition;
  /** The purposes the sentence names, in its own words ("counterterrorism", "law-enforcement"). */
  purposes: string[];
  subject: 'shared-information' | 'personal-data' | 'classified';
  /** The words that grant it, quoted (shortened). */
  quote: string;
  /** The sentence's span in the clause text. */
  start: number;
  end: number;
  /** Whether the sentence defers to another provision ("subject to Article 5", "except as provided in"). */
  deferred: boolean;
}

const passStem = /^(?:disseminat|disclos|releas|transfer|transmit|provid|shar|communicat|forward|pass|furnish|onward)/;
/** Cheap test: a permission needs "may" and a verb of passing on. */
const mayPass = /\bmay\b[^.;]{0,80}\b(?:disseminat|disclos|releas|transfer|transmit|provid|shar|communicat|forward|pass|furnish)\w*/;
/** Release that needs consent, said without "may": "release to a third country requires the prior consent of". */
const requiresConsent = /\b(?:release|disclosure|dissemination|transfer|transmission|onward transfer)\b[^.;]{0,120}\brequires? (?:the )?(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation)\b|\b(?:require|requires|need|needs) (?:the )?(?:prior |previous |express |written )*(?:consent|approval|authori[sz]ation)\b[^.;]{0,40}(?:\bthey are\b|\bnamely\b|:)/;
const inGovernment = /\bwithin (?:its|their|the receiving (?:party's |state's )?|that (?:party's )?)(?:own )?government\b|\b(?:domestic|national) (?:agencies|authorities)\b|\bany (?:[\w-]+ ){0,2}?(?:agency|agencies|authority|authorities) (?:with|having|responsible)\b|\bother (?:[\w-]+ ){0,2}?(?:agencies|authorities)\b/;
/** The object of a verb of passing on that is information received. */
const informationObject = /\b(?:information|data|it|them|such|records?|documents?|intelligence|evidence|materials?|reports?|results?|details|particulars|copies)\b/;
const deferring = /\b(?:subject to|notwithstanding|except as (?:otherwise )?provided|save as (?:otherwise )?provided|unless otherwise|without prejudice to|in accordance with (?:article|paragraph|section|annex)|as provided (?:for )?in (?:article|paragraph|section|annex))\b/;
const purposeWords: [RegExp, string][] = [
  [/\bcounter-?terrorism\b|\bterrorism\b/, 'counterterrorism'],
  [/\blaw[- ]enforcement\b/, 'law enforcement'],
  [/\bborder[- ]security\b|\bborder (?:control|management|screening)\b/, 'border security'],
  [/\bintelligence\b/, 'intelligence'],
  [/\bimmigration\b|\bvisa\b/, 'immigration'],
  [/\bnational security\b|\bhomeland security\b|\bpublic security\b/, 'security'],
  [/\bscreening (?:purposes|of (?:travell?ers|passengers|persons))\b/, 'screening'],
  [/\b(?:serious|organi[sz]ed|transnational) crime\b|\bcriminal (?:investigations?|offences?|matters)\b/, 'prevention and investigation of crime'],
];

const memo = new TextMemo<Permission[]>(8000);

/** The permissions to pass information on in a clause. */
export function readPermissions(text: string): Permission[] {
  return memo.get(text, () => read(text));
}

function read(text: string): Permission[] {
  const lowerAll = collapsedLower(text);
  if (!mayPass.test(lowerAll) && !requiresConsent.test(lowerAll)) return [];
  if (isRecital(lowerAll)) return [];
  const out: Permission[] = [];
  const clausePersonal = mayNamePersonalData(lowerAll) && personalDataIn(text).length > 0;
  for (const s of sentences(text)) {
    if (isRecital(s.norm)) continue;
    const found = mayPass.test(s.norm) ? grantIn(s) : undefined;
    const consentOnly = !found && requiresConsent.test(s.norm) ? consentGrant(s.norm, s.text.replace(/\s+/g, ' ')) : undefined;
    const hit = found ?? consentOnly;
    if (!hit) continue;
    const classified = mentionsClassified(s.text) && !/\bunclassified\b/.test(s.norm);
    const personal = personalDataIn(s.text).length > 0 || (clausePersonal && !/\b(?:information|documents?|intelligence|evidence|materials?|records?|reports?)\b/.test(s.norm));
    let end = s.end;
    while (end > s.start && /\s/.test(text[end - 1]!)) end--;
    out.push({
      actor: actorOf(s),
      recipients: hit.recipients,
      condition: hit.condition,
      purposes: purposeWords.filter(([re]) => re.test(s.norm)).map(([, name]) => name),
      subject: classified ? 'classified' : personal ? 'personal-data' : 'shared-information',
      quote: hit.quote,
      start: s.start,
      end,
      deferred: deferring.test(s.norm),
    });
  }
  return out;
}

/** "may disseminate it within its government to any agency with ...": the first un-negated "may" + verb of passing on. */
function grantIn(s: ReturnType<typeof sentences>[number]): { recipients: Recipient[]; condition: PermissionCondition; quote: string } | undefined {
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (!passStem.test(w.lower)) continue;
    if (modalOf(s, i) !== 'may' || isNegated(s, i)) continue;
    // The scope of the grant: from the verb up to the next clause break.
    const from = w.start - s.start;
    const rest = s.norm.slice(from);
    const scope = rest.split(/;|\.\s|\bbut\b|\bhowever\b/)[0]!.slice(0, 300);
    // "may refuse to provide", "may decline to transmit": a refusal, not a grant.
    const before = s.norm.slice(Math.max(0, from - 30), from);
    if (/\b(?:refuse|decline|postpone|deny|withhold)\w* (?:to )?$/.test(before)) continue;
    // What is passed on must be information: "may transmit the request", "may request the transfer
    // of proceedings" and "may communicate with any person" pass on nothing received.
    const verbEnd = w.end - s.start;
    const after = s.norm.slice(verbEnd, verbEnd + 200);
    if (/^\s*(?:directly |freely )?(?:with|between|among)\b/.test(after)) continue;
    const object = after.split(/\b(?:to|within|with|among|in|for|under|through)\b/)[0] ?? '';
    const passive = /\bmay (?:also |further )?be\b/.test(s.norm.slice(Math.max(0, from - 25), from));
    const named = passive ? s.norm.slice(0, from) : object;
    if (!informationObject.test(named) || /\b(?:requests?|proceedings|applications?|complaints?|claims?)\b/.test(passive ? named.slice(-80) : object)) continue;
    let recipients = recipientsIn(scope);
    if (inGovernment.test(scope)) recipients = ['other-agencies', ...recipients.filter((r) => r !== 'other-agencies' && r !== 'anyone')];
    if (recipients.length === 0) continue;
    const condition: PermissionCondition = /\b(?:consent|approval|authori[sz]ation|permission)\b/.test(scope)
      ? 'consent'
      : /\b(?:notif\w*|notice|inform\w*|advis\w*) (?:to |of |the )?(?:the )?(?:providing|supplying|sending|originating|other)\b/.test(scope)
        ? 'notice'
        : /\b(?:to the extent (?:\w+ ){0,3}?necessary|where necessary|if necessary|as necessary)\b/.test(scope)
          ? 'necessity'
          : /\b(?:handling (?:label|marking|caveat)s?|marked|marking)\b/.test(scope)
            ? 'marking'
            : 'none';
    const mayAt = s.lower.lastIndexOf('may', from);
    return { recipients: [...new Set(recipients)], condition, quote: quoteFrom(s.text, mayAt >= 0 ? mayAt : from) };
  }
  return undefined;
}

/** "Only two kinds of release require the prior consent of X; they are release to a third country ... and any public release." */
function consentGrant(norm: string, text: string): { recipients: Recipient[]; condition: PermissionCondition; quote: string } | undefined {
  const recipients = recipientsIn(norm).filter((r) => r === 'third-states' || r === 'the-public' || r === 'courts');
  if (recipients.length === 0) return undefined;
  const m = /\b(?:require|requires|need|needs)\b[^.;]{0,80}/i.exec(text);
  return { recipients, condition: 'consent', quote: (m?.[0] ?? text.slice(0, 100)).trim() };
}

function quoteFrom(text: string, from: number): string {
  const flat = text.slice(from).replace(/\s+/g, ' ');
  const cut = flat.search(/[;.](?:\s|$)/);
  const q = (cut >= 0 ? flat.slice(0, cut) : flat).trim();
  return q.length > 110 ? `${q.slice(0, 107).replace(/\s+\S*$/, '')} ...` : q;
}
