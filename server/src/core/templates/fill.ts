/**
 * Filling a template's placeholders from a draft's front matter. A value comes, in order, from the
 * caller (article number, annex letter), the front matter's known keys (parties, partner,
 * handling, type), any front-matter key with the same name, the template's own `defaults`, and
 * finally a neutral wording built in here. Only a placeholder none of these can fill stays in
 * the text, as a visible `[NAME]` that the leftover-placeholder rule then reports.
 */
import type { FrontMatter } from '../model.js';
import { nearestStandard, tlpLabels } from '../rules/nonstandard-handling-marking.js';
import { placeholderPattern, sectionPattern } from './parse.js';
import type { ClauseTemplate } from './types.js';

/**
 * Wording used when the draft gives no value. Each reads correctly in running text, so that a
 * fix never leaves a new blank behind (a fix must not add findings).
 */
export const builtinDefaults: Readonly<Record<string, string>> = {
  'PARTY A': 'the first Party',
  'PARTY B': 'the second Party',
  PARTNER: 'the other Party',
  // No HANDLING: a fix must not write a handling label the draft does not use. Built-in templates
  // say it inside a {{#HANDLING}} ... {{/HANDLING}} section, which is left out when the draft has
  // none; a team template that uses it bare leaves a visible [HANDLING] blank to fill.
  // Lower case unless the draft defines the terms (see `definedPartyTerms`): a capitalised term
  // the draft never defines is itself a drafting fault.
  'RECEIVING PARTY': 'the receiving Party',
  'PROVIDING PARTY': 'the providing Party',
  INSTRUMENT: 'this Agreement',
};

/** The line end a draft uses (its first one): CRLF, LF or a lone CR; LF for a one-line draft. */
export function lineEndOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** "the Receiving Party" and "the Providing Party" where the draft defines those terms. */
export function definedPartyTerms(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (/["“”]Receiving Party["“”]/.test(text)) out['RECEIVING PARTY'] = 'the Receiving Party';
  if (/["“”]Providing Party["“”]/.test(text)) out['PROVIDING PARTY'] = 'the Providing Party';
  return out;
}

/**
 * The words a draft itself uses for the two sides of an exchange and for itself, so that inserted
 * standard wording speaks the draft's language (issue 17, item 5): a mutual-assistance treaty's
 * "the requesting Party" and "the requested Party", a tax agreement's "the applicant Party", a
 * security agreement's "the originating Party" and "the recipient Party", and "this Convention"
 * where the draft calls itself that. A defined term wins; otherwise a role phrase the draft uses at
 * least twice, its adjective in lower case unless the draft defines the phrase (so the fix adds no
 * undefined capitalised term). The front matter's `type` or `title` still names the instrument first.
 */
export function draftWordsOf(model: {
  terms: readonly { term: string }[];
  text: string;
  frontMatter: FrontMatter;
  sections?: readonly { data: object; span: { start: number; end: number } }[];
}): Record<string, string> {
  const hit = wordsMemo.get(model);
  if (hit) return hit;
  const out: Record<string, string> = {};
  const defined = new Set(model.terms.map((t) => t.term.toLowerCase()));
  const counts = new Map<string, { side: 'RECEIVING PARTY' | 'PROVIDING PARTY'; n: number; written: string; noun: string }>();
  // Defined role terms count first, wherever they are used.
  for (const t of model.terms) {
    const m = roleTerm.exec(t.term);
    if (!m) continue;
    const side = receivingAdjectives.has(m[1]!.toLowerCase()) ? 'RECEIVING PARTY' : 'PROVIDING PARTY';
    counts.set(t.term.toLowerCase(), { side, n: 1000, written: t.term, noun: m[2]!.toLowerCase() });
  }
  const names = new Map<string, number>();
  // Counted per section, and kept while a section is unchanged: the draft's text is not scanned
  // whole again on each keystroke.
  const chunks = model.sections?.length ? model.sections : [{ data: model, span: { start: 0, end: model.text.length } }];
  for (const chunk of chunks) {
    let found = phrasesMemo.get(chunk.data);
    if (!found) phrasesMemo.set(chunk.data, (found = phrasesIn(model.text.slice(chunk.span.start, chunk.span.end))));
    for (const [phrase, n] of found.roles) {
      const [adjective, noun] = phrase.split('\u0000') as [string, string];
      const side = receivingAdjectives.has(adjective.toLowerCase()) ? 'RECEIVING PARTY' : 'PROVIDING PARTY';
      const isDefined = defined.has(`${adjective} ${noun}`.toLowerCase());
      // An undefined capitalised adjective is written in lower case ("the Requested State" becomes
      // "the requested State"); a defined one as defined.
      const written = isDefined ? `${adjective} ${noun}` : `${adjective.toLowerCase()} ${noun}`;
      const key = written.toLowerCase();
      const c = counts.get(key) ?? { side, n: 0, written, noun: noun.toLowerCase() };
      c.n += isDefined ? 1000 * n : n;
      counts.set(key, c);
    }
    for (const [name, n] of found.names) names.set(name, (names.get(name) ?? 0) + n);
  }
  const best = (side: string, noun?: string) =>
    [...counts.values()].filter((c) => c.side === side && c.n >= 2 && (noun === undefined || c.noun === noun)).sort((a, b) => b.n - a.n || (a.written < b.written ? -1 : 1))[0];
  const receiving = best('RECEIVING PARTY');
  // The other side in the same noun where the draft has it ("requesting State", "requested State").
  const providing = (receiving && best('PROVIDING PARTY', receiving.noun)) ?? best('PROVIDING PARTY');
  if (receiving) out['RECEIVING PARTY'] = `the ${receiving.written}`;
  if (providing) out['PROVIDING PARTY'] = `the ${providing.written}`;
  if (!model.frontMatter.type && !model.frontMatter.title) {
    const top = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (top && top[1] >= 2) out['INSTRUMENT'] = `this ${top[0]}`;
  }
  wordsMemo.set(model, out);
  return out;
}

const wordsMemo = new WeakMap<object, Record<string, string>>();
const phrasesMemo = new WeakMap<object, { roles: Map<string, number>; names: Map<string, number> }>();

/** The role phrases ("requested" and "State", as written) and the names a text gives itself, counted. */
function phrasesIn(text: string): { roles: Map<string, number>; names: Map<string, number> } {
  const roles = new Map<string, number>();
  const names = new Map<string, number>();
  if (/eceiv|ecipient|equest|pplica|pplying|rovid|upply|riginat|ransmit|ending|urnish|isclos/.test(text)) {
    for (const m of text.matchAll(rolePhrase)) {
      const key = `${m[1]!}\u0000${m[2]!.replace(/\s+/g, ' ')}`;
      roles.set(key, (roles.get(key) ?? 0) + 1);
    }
  }
  for (const m of text.matchAll(selfName)) {
    const name = m[1]!.replace(/\s+/g, ' ');
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  return { roles, names };
}
const receivingAdjectives = new Set(['receiving', 'recipient', 'requesting', 'applicant', 'applying']);
const roleAdjective = String.raw`(?:[Rr]eceiving|[Rr]ecipient|[Rr]equesting|[Aa]pplicant|[Aa]pplying|[Pp]roviding|[Ss]upplying|[Oo]riginating|[Tt]ransmitting|[Ss]ending|[Rr]equested|[Ff]urnishing|[Dd]isclosing)`;
const roleNoun = String.raw`(?:Contracting[ \t]+)?(?:Party|State|Government|Competent[ \t]+Authority|Authority|Administration|Agency)`;
/** "the requested State" in running text: the adjective and the noun. */
const rolePhrase = new RegExp(String.raw`\b(?:[Tt]he|[Aa]|[Aa]ny|[Ee]ach|[Tt]hat) (${roleAdjective})[ \t]+(${roleNoun})\b`, 'g');
/** A defined term that names a role ("Originating Party"). */
const roleTerm = new RegExp(String.raw`^(${roleAdjective})[ \t]+(${roleNoun})$`);
const selfName = /\b[Tt]his (Agreement|Convention|Protocol|Treaty|Arrangement|Memorandum of Understanding|Memorandum|Exchange of (?:Notes|Letters))\b/g;

/** How the draft calls itself ("this Arrangement"), from the front-matter type or title. */
export function instrumentName(fm: FrontMatter): string | undefined {
  for (const source of [fm.type, fm.title]) {
    if (!source) continue;
    const m = /\b(memorandum of understanding|memorandum|mou|arrangement|agreement|treaty|protocol|exchange of letters|statement of intent)\b/i.exec(source);
    if (!m) continue;
    const w = m[1]!.toLowerCase();
    return `this ${w === 'mou' ? 'Memorandum of Understanding' : w.replace(/\b(?!of\b)[a-z]/g, (c) => c.toUpperCase())}`;
  }
  return undefined;
}

/**
 * The front-matter handling marking as standard wording may state it: a TLP 2.0 label or a national
 * caveat as written; a TLP label written another way, or an originator-control marking, becomes the
 * nearest TLP 2.0 label, so that a fix never writes a marking that the handling and dissemination
 * checks report (the front-matter value itself is reported where it stands).
 */
export function standardHandling(handling: string | undefined): string | undefined {
  const value = handling?.trim();
  if (!value) return undefined;
  if ((tlpLabels as readonly string[]).includes(value)) return value;
  if (/\bTLP\b|^(?:clear|white|green|amber|red|orange|yellow|black|blue|purple|grey|gray|strict)$|ORCON|ORIGINATOR|ONLY\b/i.test(value)) return nearestStandard(value);
  return value;
}

/** The value the front matter gives for a placeholder name, if any. */
export function frontMatterValue(fm: FrontMatter, name: string): string | undefined {
  switch (name) {
    case 'PARTY A':
      return fm.parties[0]?.short;
    case 'PARTY B':
      return fm.parties[1]?.short;
    case 'PARTNER':
      return fm.partner ?? fm.parties[1]?.short;
    case 'HANDLING':
      return standardHandling(fm.handling);
    case 'TITLE':
      return fm.title;
    case 'INSTRUMENT':
      return instrumentName(fm);
  }
  const wanted = normalise(name);
  for (const [key, raw] of Object.entries(fm.data)) {
    if ((typeof raw === 'string' && raw.trim() !== '') || typeof raw === 'number') {
      if (normalise(key) === wanted) return String(raw).trim();
    }
  }
  return undefined;
}

/** The names of the placeholders a template uses, in order of first use. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(placeholderPattern)].map((m) => m[1]!.trim()))];
}

/**
 * The body with every placeholder filled; `eol` is the line end of the draft it goes into. A
 * value that opens a sentence gets a capital ("The Receiving Party may ...").
 */
export function fillTemplate(template: ClauseTemplate, fm: FrontMatter, extra: Readonly<Record<string, string>> = {}, eol = '\n'): string {
  // A section {{#NAME}} ... {{/NAME}} stays only where the caller or the front matter gives NAME a
  // value: wording about a handling label is left out of a draft that has none.
  const kept = template.body.replace(sectionPattern, (_whole, rawName: string, inner: string) => {
    const name = rawName.trim();
    return (own(extra, name) ?? frontMatterValue(fm, name)) !== undefined ? inner : '';
  });
  const body = kept.replace(placeholderPattern, (marker, rawName: string, offset: number, whole: string) => {
    const name = rawName.trim();
    // Own properties only: a name such as "constructor" must not find Object.prototype's.
    const value = own(extra, name) ?? frontMatterValue(fm, name) ?? own(template.defaults, name) ?? own(builtinDefaults, name);
    if (value === undefined) return `[${name}]`;
    return opensSentence(whole, offset) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
  return body.replace(/\r\n?|\n/g, eol);
}

/** True when `offset` in `text` starts a sentence: the start, a line start (after a label), or after a full stop. */
function opensSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 80), offset);
  if (offset === 0) return true;
  return /(?:^|\n)[ \t>]*(?:#{1,6}[ \t]+)?(?:(?:[-*+]|\d+[.)]|\([a-z0-9]+\))[ \t]+)*$/.test(before) || /[.!?][ \t]+$/.test(before);
}

function own(o: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, key) && typeof o[key] === 'string' ? o[key] : undefined;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
