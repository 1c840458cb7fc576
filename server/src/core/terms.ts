/**
 * Defined terms: where a draft defines a term, where it uses it, and the capitalised phrases it
 * uses as if they were defined. Definitions are recognised in four forms:
 *
 * - `"Personal Data" means ...` (also `the term "X" means`, `shall mean`, `refers to`, `includes`);
 * - `**Personal Data** means ...` or `**Personal Data**: ...` (bold-term style);
 * - `- Personal Data: ...` as an item of a Definitions article;
 * - `(the "Receiving Party")`, `(hereinafter "Parties")`, `("Commission")` inline.
 *
 * Definitions and capitalised phrases are found per section (see facts.ts); uses are found per
 * section too and cached by the set of terms, so only the edited section is searched again.
 */
import { spanToSource } from './criticmarkup.js';
import type { AgreementModel, DefinedTerm, Section, SectionData } from './model.js';
import { move, shift } from './spans.js';
import { codePointBefore, isLetterOrNumber } from './chars.js';
import type { Span } from './types.js';
import { forgetWithReadings } from './language/memo.js';

/** A definition found in one clause (section-relative spans). */
export interface RawDefinition {
  term: string;
  span: Span;
  /** Span of the clause that holds it. */
  definition: Span;
  style: DefinedTerm['style'];
  /** Acronyms given with the definition ("PD" in `"Personal Data" ("PD") means`). */
  aliases: string[];
  /** Index of the clause in its section. */
  clause: number;
}

/** A capitalised phrase used mid-sentence (section-relative span). */
export interface Capitalised {
  text: string;
  span: Span;
  words: string[];
  /** Whether an article or another determiner stands before it ("the", "each", "its"), as before a term. */
  determined?: boolean;
}

type ToSection = (start: number, end: number) => Span;

const defVerb = String.raw`(?:shall\s+)?(?:means?|refers?\s+to|ha(?:s|ve)\s+the\s+(?:same\s+)?meanings?|includes?|comprises?|is\s+defined|denotes|be\s+understood)\b`;
// Opening and closing double quotes as treaties write them: straight, curly, `‘‘…’’` and ``` ``…" ```.
const OQ = String.raw`(?:["“”„]|‘‘|’’|\`\`|'')`;
const CQ = String.raw`(?:["”“]|’’|‘‘|'')`;
const quotedTerm = String.raw`([^"“”„\`\n]{1,80}?)`;
const acronym = String.raw`(?:\(\s*["“]?([A-Z][A-Za-z0-9]*[A-Z0-9]s?)["”]?\s*\)\s*,?\s*)?`;
const boldPattern = new RegExp(
  String.raw`(\*\*|__)["“]?([^*_\n"”]{1,80}?)[,.;]?["”]?\1\s*,?\s*(?:\(\s*["“]?([A-Z][A-Za-z0-9]*[A-Z0-9]s?)["”]?\s*\)\s*,?\s*)?(?::|${defVerb})`,
  'g',
);
const meansPattern = new RegExp(String.raw`(${OQ})${quotedTerm}[,.;]?${CQ}\s*,?\s*${acronym}${defVerb}`, 'g');
// `the term 'equal value' means`: single quotes, only after "the term" (elsewhere they are apostrophes too).
const singleQuotedPattern = new RegExp(String.raw`\bthe\s+(?:term|expression)\s+([‘'])([^‘’'\n]{1,80}?)[’']\s*,?\s*${defVerb}`, 'gi');
// `(a) 'Party' means`: single quotes at the start of a clause or an item, before the verb.
const singleQuotedItem = new RegExp(String.raw`^[ \t]*(?:\(?(?:[0-9]{1,3}|[a-z]{1,4}|[A-Z])[.)][ \t]*)?([‘'])([^‘’'\n]{1,80}?)[’']\s*,?\s*${defVerb}`);
// `the term customs law means`: unquoted, between "the term" and "means" (both ends are sure).
const unquotedTermPattern = /\b[Tt]he\s+(?:term|expression)\s+([\p{L}][\p{L}\p{N}’'\/-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}’'\/-]*){0,4}?)[ \t]+(?:shall[ \t]+)?means?\b/gu;
// `the terms "A", "B" and "C" have the meanings …`, `the terms "A" and "B" mean, respectively, …`.
const severalPattern = new RegExp(
  String.raw`\bthe\s+(?:terms?|expressions?)\s+((?:${OQ}[^"“”\`\n]{1,80}?${CQ}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+${OQ}[^"“”\`\n]{1,80}?${CQ})\s*,?\s*(?:(?:shall\s+)?(?:mean|have\s+the\s+(?:same\s+)?meanings?|be\s+understood)\b)`,
  'gi',
);
const quotedInList = new RegExp(String.raw`(${OQ})${quotedTerm}${CQ}`, 'g');
// `hereinafter referred to as "the Parties"`, `Here after referred to as “the Agreement”`, `hereinafter "X"`.
const hereinafterLead = String.raw`\b[Hh]ere\s?(?:in\s?)?after\b,?\s*(?:(?:referred\s+to|called|designated|known)\s+as\s+|called\s+)?(?:the\s+|The\s+)?`;
const hereinafterQuoted = new RegExp(String.raw`${hereinafterLead}(${OQ})${quotedTerm}[,.;]?${CQ}`, 'g');
// Unquoted: `hereinafter referred to as the Contracting Parties,`: capitalised words up to punctuation.
const hereinafterUnquoted = new RegExp(String.raw`${hereinafterLead}([A-Z][\p{L}’'-]*(?:\s+[A-Z][\p{L}’'-]*){0,3})(?=[ \t]*(?:[,;.:)]|$))`, 'gu');
const listPattern =
  /^[ \t]*(?:\(?[0-9a-z]{1,4}[.)][ \t]*)?(?:the\s+term\s+)?["“]?([A-Z][^:"”\n—–]{0,80}?)["”]?[ \t]*(?:\(([A-Z][A-Za-z0-9]*[A-Z0-9]s?)\))?[ \t]*[:—–][ \t]*\S/;
const listTermWords = /^(?:[A-Z][\p{L}’'-]*|[0-9]+|of|and|or|for|the|in|on|to|by|with|&|\/)$/u;
// An unquoted item of a definitions list: `1. diplomatic mission – …`, `a) competent authority means …`.
const plainListPattern =
  /^[ \t]*(?:\(?(?:[0-9]{1,3}|[a-z]{1,4}|[A-Z])[.)][ \t]*)?(?:the[ \t]+(?:term|expression)[ \t]+)?([\p{L}][\p{L}’'\/-]*(?:\(s\))?(?:[ \t]+[\p{L}][\p{L}’'\/-]*(?:\(s\))?){0,4})[ \t]*(?:[–—:]|-(?=[ \t])|(?:shall[ \t]+)?means\b)[ \t]*\S/u;
// Words that cannot open or be part of an unquoted term: the item is a sentence, not a term.
const notTermWords = new Set(
  'in for the a an each any with where when if by to on at as from under subject except including notwithstanding such all no either neither this that these those it they shall is are may will be has have was were must should can not who which whose whom'.split(' '),
);
const inlineParen = /\(([^()\n]{1,160})\)/g;
const inlineLead =
  /^[\s,;]*(?:(?:the|each|both|collectively|together|jointly|individually|separately|hereinafter|hereafter|also|referred|to|as|called|herein|thereafter|a|an|and|or|respectively|known)\b[\s,;]*)*$/i;
const inlineQuoted = new RegExp(String.raw`(${OQ})([^"“”\`\n]{1,80}?)${CQ}`, 'g');

// The end of a clause that opens a list of definitions.
const listIntro =
  /(?:\bfollowing\s+(?:terms|definitions|expressions|meanings)\b[^.]*|(?:\bfor\s+the\s+purposes?\s+of|\bas\s+used\s+in|\bin)\s+(?:this|the\s+present)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s*,?\s*(?:the\s+(?:terms?|expressions?))?|\bthe\s+(?:terms?|expressions?))\s*[:,–—-]?\s*$/iu;

/** Whether a clause opens a list of definitions ("For the purposes of this Agreement:", "In this Protocol the expression"). */
export function opensDefinitionsList(text: string): boolean {
  // A lead-in never ends with a full stop, and most clauses do: the pattern (anchored at the end,
  // tried from every position) is not run over them.
  return text.length < 300 && !/\.\s*$/.test(text) && listIntro.test(text);
}

/** Strips a leading article, a plural marker "(s)" and trailing punctuation from a quoted term. */
export function normaliseTerm(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:the|The|a|an|A|An)\s+/, '')
    .replace(/\(s\)$/, '')
    .replace(/[\s,.;:]+$/, '')
    .trim()
    // A term broken over two lines is one term.
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/**
 * Definitions in one clause. `reading` is the accepted text, `source` the clause's source slice.
 * `definitionsList` is true in a definitions article, or after a clause that opens a list of
 * definitions ("For the purposes of this Agreement:"): there an unquoted item defines a term.
 */
export function findDefinitions(reading: string, source: string, clauseStart: number, toSection: ToSection, definitionsList: boolean, clauseIndex: number): RawDefinition[] {
  const out: RawDefinition[] = [];
  const definition = { start: clauseStart, end: clauseStart + source.length };
  const add = (raw: string, at: Span, style: RawDefinition['style'], alias: string | undefined) => {
    const term = normaliseTerm(raw);
    if (!term || term.length > 80 || !/\p{L}/u.test(term)) return;
    if (out.some((d) => d.span.start < at.end && at.start < d.span.end)) return;
    // The span covers the term itself, without a leading "the".
    const lead = raw.indexOf(term);
    const span = lead >= 0 ? { start: at.start + lead, end: at.start + lead + term.length } : at;
    out.push({ term, span, definition, style, aliases: alias ? [alias] : [], clause: clauseIndex });
  };
  const addAt = (raw: string, at: number, style: RawDefinition['style'], alias?: string) => add(raw, toSection(at, at + raw.length), style, alias);
  // Bold first: it is read from the source, where the emphasis markers still are.
  for (const m of source.matchAll(boldPattern)) {
    const at = m.index! + m[1]!.length + (m[0].charAt(m[1]!.length) === '"' || m[0].charAt(m[1]!.length) === '“' ? 1 : 0);
    add(m[2]!, { start: clauseStart + at, end: clauseStart + at + m[2]!.length }, 'bold', m[3]);
  }
  // Several terms before one verb: each of them is defined.
  if (reading.includes('term') || reading.includes('expression')) {
    for (const m of reading.matchAll(severalPattern)) {
      const listAt = m.index! + m[0].indexOf(m[1]!);
      for (const q of m[1]!.matchAll(quotedInList)) addAt(q[2]!, listAt + q.index! + q[1]!.length, 'means');
    }
  }
  for (const m of reading.matchAll(meansPattern)) addAt(m[2]!, m.index! + m[1]!.length, 'means', m[3]);
  const item = singleQuotedItem.exec(reading);
  if (item) addAt(item[2]!, item.index + item[0].indexOf(item[1]! + item[2]!) + 1, 'means');
  if (reading.includes('term') || reading.includes('expression')) {
    for (const m of reading.matchAll(singleQuotedPattern)) addAt(m[2]!, m.index! + m[0].indexOf(m[1]!) + 1, 'means');
    for (const m of reading.matchAll(unquotedTermPattern)) {
      const words = m[1]!.split(/[ \t]+/);
      if (words.some((w) => notTermWords.has(w.toLowerCase()))) continue;
      addAt(m[1]!, m.index! + m[0].indexOf(m[1]!, 8), 'means');
    }
  }
  if (/[Hh]ere\s?(?:in\s?)?after/.test(reading)) {
    for (const m of reading.matchAll(hereinafterQuoted)) addAt(m[2]!, m.index! + m[0].lastIndexOf(m[1]! + m[2]!) + m[1]!.length, 'inline');
    for (const m of reading.matchAll(hereinafterUnquoted)) {
      const words = m[1]!.split(/\s+/);
      if (words.some((w) => functionWords.has(w))) continue;
      addAt(m[1]!, m.index! + m[0].length - m[1]!.length, 'inline');
    }
  }
  if (definitionsList) {
    const m = listPattern.exec(reading);
    if (m) {
      const words = normaliseTerm(m[1]!).split(/\s+|(?<=\/)/).filter(Boolean);
      if (words.length <= 6 && words.every((w) => listTermWords.test(w.replace(/\/$/, '')))) {
        const at = m.index + m[0].indexOf(m[1]!, m[0].search(/[A-Z"“]/));
        add(m[1]!, toSection(at, at + m[1]!.length), 'list', m[2]);
      }
    }
    const p = out.length ? null : plainListPattern.exec(reading);
    if (p && !p[1]!.split(/[ \t]+/).some((w) => notTermWords.has(w.replace(/\(s\)$/, '').toLowerCase()))) {
      const at = p.index + p[0].lastIndexOf(p[1]!, p[0].length - 1);
      addAt(p[1]!, at, 'list');
    }
  }
  for (const m of reading.matchAll(inlineParen)) {
    const inner = m[1]!;
    // `"Designated Authority" ("DA") means`: the acronym of a definition, not a definition.
    if (/["”][ \t]*$/.test(reading.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    const quoted = [...inner.matchAll(inlineQuoted)];
    const lead = inner.replace(inlineQuoted, ' ');
    if (quoted.length === 0 || !inlineLead.test(lead)) continue;
    // `tax on water (‘‘belasting op leidingwater’’)`: a bare quotation in lower case is as often a
    // name in another language or a label as a term; it defines nothing.
    if (/^[\s,;]*$/.test(lead) && quoted.some((q) => !/^\p{Lu}/u.test(normaliseTerm(q[2]!)))) continue;
    for (const q of quoted) addAt(q[2]!, m.index! + 1 + q.index! + q[1]!.length, 'inline');
  }
  return out;
}

// Words that start a sentence or a phrase without being part of a name.
export const functionWords = new Set(
  (
    'The A An Any Each Every Such This That These Those Where When Whenever If Unless In For Upon On With Without Nothing No All ' +
    'Neither Either Both Notwithstanding Subject Except To Under By As At Within Its Their His Her Other Another Whereas Having ' +
    'Noting Recognising Recognizing Considering Desiring Affirming Being Acknowledging Bearing Taking Stressing Convinced Mindful ' +
    'Welcoming Reaffirming Seeking Hereby Accordingly However Furthermore Moreover Also Only Following Prior After Before During ' +
    'From Of Or And But Nor So Then Thereafter Save Pursuant Further Either Whether Although Though While Until Once Provided ' +
    'Insofar Regardless Unlike Like Including Between Among Against Through Throughout Beyond Over Into Onto Via Per Should ' +
    'Shall May Must Will Can It They We You He She There Here Done Signed Witness Whereof In-witness What Which Who Whom Whose Our Your ' +
    'Have Has Agree Agreed Agrees Declare Declares Undertake Undertakes'
  ).split(' '),
);
const nameConnectors = new Set(['of', 'for', 'on', 'in', 'de', 'van', 'der', 'von', 'du', 'la', 'des', 'del', 'di', 'le']);
const W = String.raw`[A-Z][\p{Ll}][\p{L}’'-]*`;
const C = String.raw`(?:of|for|de|van|der|von|du|la|des|del|di|le|the|and|on|in|to|upon|under)`;
const chainPattern = new RegExp(String.raw`(?<![\p{L}\p{N}’'\-/.])${W}(?:(?:[ \t]+${C})*[ \t]+${W})*`, 'gu');
const initialBefore = /(?:^|[.;:!?—–|>]|(?:^|\s)(?:\(?[0-9a-zA-Z]{1,4}\)|[0-9]{1,3}(?:\.[0-9]+)*\.?|[a-z]\.))$/;

// A determiner at the end of the text before a phrase: "the Requesting Party", "its Implementation Procedures".
const determinerBefore = /(?:^|[^\p{L}])(?:the|a|an|each|any|its|their|his|her|such|this|that|these|those|every|either|other|no|all|both|whose|our|your|said|same)$/iu;
// Quoted text in any of the quotation marks treaties use.
const quotedText = new RegExp(String.raw`${OQ}[^"“”\`\n]{0,200}?${CQ}`, 'g');
// A word naming an instrument or a meeting, and the words that open its title after it.
const instrumentWord = /\b(?:Agreement|Convention|Recommendation|Treaty|Protocol|Covenant|Charter|Act|Decision|Regulation|Directive|Statute|Code|Conference|Declaration|Arrangement|Memorandum|Accord|Pact|Resolution)s?\b/;
const titleStart =
  /\b(?:Agreement|Convention|Recommendation|Treaty|Protocol|Covenant|Charter|Act|Decision|Regulation|Directive|Statute|Code|Conference|Declaration|Arrangement|Memorandum|Accord|Pact|Resolution)s?[ \t]+(?:[Oo]n|[Aa]gainst|[Ff]or|[Cc]oncerning|[Rr]egarding|[Rr]elating|[Bb]etween|[Oo]f|[Rr]especting|[Ee]stablishing|[Aa]mending|[Ss]upplementing|[Ss]etting|[Aa]mong|[Ww]ith)\b/g;
const titleWords = new Set(
  'of on the and or for against between in to relating concerning regarding with respect their its at by from upon under among other a an up about'.split(' '),
);

/** How far the title that starts at `at` runs: capitalised words and the small words between them. */
function titleLength(text: string, at: number): number {
  const word = /[ \t]*(,?)[ \t]*([\p{L}\p{N}][\p{L}\p{N}’'-]*)/uy;
  let end = at;
  let i = at;
  for (;;) {
    word.lastIndex = i;
    const m = word.exec(text);
    if (!m) break;
    const w = m[2]!;
    const capital = /^[\p{Lu}\p{N}]/u.test(w);
    // A comma goes on only into another capitalised word ("Other Cruel, Inhuman or Degrading Treatment").
    if (m[1] && !capital) break;
    if (!capital && !titleWords.has(w.toLowerCase())) break;
    i = word.lastIndex;
    if (capital) end = i;
  }
  return end - at;
}

const bracketedTitle = /^\s*\([^()\n]{1,60}\)\s*(?:Act|Acts|Convention|Recommendation|Regulations?|Law|Code|Decree|Ordinance|Order|Rules|Agreement|Protocol|Directive|Decision)\b/;
const labelNumber = /^[ \t]+(?:[IVXLC]+|[0-9]+)(?![\p{L}\p{N}])/u;
const closingTitle = /^\)[ \t]*(?:Act|Acts|Convention|Recommendation|Regulations?|Law|Code|Decree|Ordinance|Order|Rules|Agreement|Protocol|Directive|Decision)\b/;
const acronymAfter = /^\s*\(\s*["“]?[A-Z][A-Za-z0-9&.-]*[A-Z0-9]s?["”]?\s*\)/;

/** True for the characters `\s` matches in a JavaScript pattern. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the first character at or after `at` that is not white space is "(". */
function openParenthesisFollows(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** The words of a chain (separated by spaces or tabs), with their offsets in the clause. */
function spaceSeparated(chain: string, start: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let i = 0;
  while (i < chain.length) {
    while (i < chain.length && isSpace(chain.charCodeAt(i))) i++;
    const from = i;
    while (i < chain.length && !isSpace(chain.charCodeAt(i))) i++;
    if (i > from) out.push({ text: chain.slice(from, i), at: start + from });
  }
  return out;
}

/**
 * Whether the text before a word (`textBefore`) ends where a sentence or a labelled item starts,
 * so that the word is capitalised for that reason (`initialBefore`). Each way of matching ends in
 * a punctuation mark, a closing bracket or a digit, or the text is empty; any other last
 * character (most often a letter: "the Party") answers without running the pattern.
 */
function opensSentence(before: string): boolean {
  if (before.length === 0) return true;
  const c = before.charCodeAt(before.length - 1);
  // A table cell ("| Amounts to be paid |") and the text after an HTML tag ("<sup>b)</sup> Payable") start as a sentence does.
  const possible = c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2014 || c === 0x2013 || c === 41 || c === 124 || c === 62 || (c >= 48 && c <= 57);
  return possible && initialBefore.test(before);
}

/** Up to 40 characters before `at`, without the spaces, quotes, brackets and emphasis marks that end them. */
function textBefore(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  let end = at;
  for (; end > from; end--) {
    const c = text.charCodeAt(end - 1);
    // `"`, `“`, `'`, `‘`, `(`, `[`, `*`, `_`, or white space.
    if (!(isSpace(c) || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40 || c === 91 || c === 42 || c === 95)) break;
  }
  return text.slice(from, end);
}

/**
 * Capitalised phrases used mid-sentence in one clause, and the names it introduces without
 * defining them (acronyms with their expansions, quoted names). Phrases joined into a longer
 * name by "of" ("Ministry of Justice", "Kingdom of the Netherlands") are names, not candidates.
 */
export function findCapitalised(reading: string, toSection: ToSection): { phrases: Capitalised[]; known: string[] } {
  const phrases: Capitalised[] = [];
  const known: string[] = [];
  const quotes: Span[] = [];
  const titles: Span[] = [];
  for (const q of reading.matchAll(quotedText)) {
    quotes.push({ start: q.index!, end: q.index! + q[0].length });
    for (const w of q[0].matchAll(chainPattern)) known.push(w[0]);
  }
  // The title of another instrument: "the Vienna Convention on Consular Relations", "the Agreement
  // Relating to the Reciprocal Acceptance of …". Its capitalised words are names, not terms.
  if (instrumentWord.test(reading)) {
    for (const m of reading.matchAll(titleStart)) {
      if (/\b(?:this|the\s+present)\s+$/i.test(reading.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      titles.push({ start: m.index!, end: m.index! + titleLength(reading, m.index! + m[0].length) + m[0].length });
    }
  }
  for (const a of reading.matchAll(/\(\s*["“]?([A-Z][A-Za-z0-9&.-]*[A-Z0-9])s?["”]?\s*\)/g)) known.push(a[1]!);
  for (const m of reading.matchAll(chainPattern)) {
    const start = m.index!;
    const chain = m[0];
    // An acronym right after the chain makes the chain a name the draft introduces.
    const next = reading.slice(start + chain.length, start + chain.length + 16);
    // "Category III", "Phase 2": a label with its number; "(Disabled) Recommendation": in a title's bracket.
    if (labelNumber.test(next) || closingTitle.test(next)) {
      known.push(chain);
      continue;
    }
    if (openParenthesisFollows(reading, start + chain.length)) {
      const after = reading.slice(start + chain.length, start + chain.length + 80);
      // So does a bracket and an instrument word: "the Vocational Training (Agriculture) Recommendation".
      if (acronymAfter.test(after) || bracketedTitle.test(after)) {
        known.push(chain);
        continue;
      }
    }
    // Most chains are one function word opening a sentence ("The", "Each"): nothing to report.
    if (functionWords.has(chain)) continue;
    if (quotes.some((q) => start >= q.start && start < q.end)) continue;
    // Split into pieces at connectors; a piece joined by a name connector is part of a name.
    const tokens = spaceSeparated(chain, start);
    const pieces: { words: typeof tokens; name: boolean; joiner?: string }[] = [];
    let current: (typeof pieces)[number] = { words: [], name: false };
    let connectors: string[] = [];
    for (const t of tokens) {
      if (!/^[A-Z]/.test(t.text)) {
        connectors.push(t.text);
        continue;
      }
      // A capitalised function word mid-chain ("Partner The Recipient") starts a new piece.
      if (functionWords.has(t.text) && current.words.length) {
        pieces.push(current);
        current = { words: [], name: false };
        connectors = [];
      }
      if (connectors.length && current.words.length) {
        if (nameConnectors.has(connectors[0]!)) current.name = true;
        else {
          current.joiner = connectors[0]!;
          pieces.push(current);
          current = { words: [], name: false };
        }
      }
      connectors = [];
      current.words.push(t);
    }
    if (current.words.length) pieces.push(current);
    // "X of Y and Z": Z joined by "and" to a name is part of it too.
    for (let i = 1; i < pieces.length; i++) if (pieces[i - 1]!.name && pieces[i - 1]!.joiner === 'and') pieces[i]!.name = true;
    for (const p of pieces) {
      if (p.name || (titles.length && titles.some((t) => p.words[0]!.at >= t.start && p.words[0]!.at < t.end))) {
        known.push(p.words.map((w) => w.text).join(' '));
        continue;
      }
      let words = p.words;
      const initial = opensSentence(textBefore(reading, words[0]!.at));
      let dropped = false;
      while (words.length && functionWords.has(words[0]!.text)) {
        words = words.slice(1);
        dropped = true;
      }
      if (!words.length || (initial && !dropped)) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      let written = reading.slice(first.at, last.at + last.text.length);
      if (written.charCodeAt(written.length - 1) === 115 /* s */) written = written.replace(/[’']s$/, '');
      // Spaces are normalised: a removed comment may leave two between the words.
      const text = words.length === 1 ? written : written.replace(/[ \t]+/g, ' ');
      const determined = determinerBefore.test(textBefore(reading, first.at));
      phrases.push({ text, span: toSection(first.at, first.at + written.length), words: words.length === 1 ? [text] : text.split(' '), determined });
    }
  }
  return { phrases, known };
}

/** The forms a term takes in running text: singular, plural, and a capitalised first letter. */
export function termForms(term: string): string[] {
  const forms = new Set([term]);
  // A term may hold a line break (a definition cut by a lone CR) or end in a space: no match, no forms.
  const m = /^([\s\S]*?)(\S+)$/.exec(term);
  if (!m) return [term];
  const head = m[1]!;
  const last = m[2]!;
  if (/ies$/.test(last)) forms.add(head + last.slice(0, -3) + 'y');
  else if (/[^s]s$/.test(last)) forms.add(head + last.slice(0, -1));
  if (/[^aeiou]y$/.test(last)) forms.add(head + last.slice(0, -1) + 'ies');
  else if (/(?:s|x|ch|sh)$/.test(last)) forms.add(head + last + 'es');
  else forms.add(head + last + 's');
  for (const f of [...forms]) if (/^\p{Ll}/u.test(f)) forms.add(f.charAt(0).toUpperCase() + f.slice(1));
  return [...forms];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const usesCache = new WeakMap<SectionData, { key: string; uses: Map<string, Span[]> }>();

/** Whether the character before `at` in `text` is one a word goes on with: a letter, a digit, "_" or "-". */
function continuesWord(text: string, at: number): boolean {
  const c = codePointBefore(text, at);
  return c === 95 /* _ */ || c === 45 /* - */ || isLetterOrNumber(c);
}

/** Uses of the forms in one section (section-relative), cached by the set of forms. */
function sectionUses(d: SectionData, forms: Map<string, string>, key: string, pattern: RegExp | undefined): Map<string, Span[]> {
  const hit = usesCache.get(d);
  if (hit && hit.key === key) return hit.uses;
  const uses = new Map<string, Span[]>();
  if (pattern) {
    for (const c of d.clauses) {
      const text = c.reading.text;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text))) {
        // A form must not continue a word (`(?<![\p{L}\p{N}_-])`, tested here rather than in the
        // pattern, where it ran at every position of every clause). After a form that does, the
        // search goes on from the next character, as the lookbehind would have.
        if (continuesWord(text, m.index)) {
          const c0 = text.charCodeAt(m.index);
          pattern.lastIndex = m.index + (c0 >= 0xd800 && c0 <= 0xdbff ? 2 : 1);
          continue;
        }
        const termKey = forms.get(m[0]);
        if (termKey === undefined) continue;
        const s = spanToSource(c.reading, m.index!, m.index! + m[0].length);
        const list = uses.get(termKey) ?? [];
        list.push(shift(s, c.span.start));
        uses.set(termKey, list);
      }
    }
  }
  usesCache.set(d, { key, uses });
  return uses;
}

/** Recombines the sections' definitions into terms and finds their uses. */
export function assembleTerms(model: AgreementModel): DefinedTerm[] {
  const byKey = new Map<string, DefinedTerm>();
  for (const s of model.sections) {
    for (const d of s.data.facts.definitions) {
      const key = d.term.toLowerCase();
      const span = shift(d.span, s.span.start);
      const definition = shift(d.definition, s.span.start);
      const t = byKey.get(key);
      if (t) {
        t.definitions.push({ span, definition });
        for (const a of d.aliases) if (!t.aliases.includes(a)) t.aliases.push(a);
      } else byKey.set(key, { term: d.term, span, definition, uses: [], style: d.style, definitions: [{ span, definition }], aliases: [...d.aliases] });
    }
  }
  const terms = [...byKey.values()];
  if (!terms.length) return terms;
  const { forms, key, pattern, placedKey } = formsOf(terms);
  for (const s of model.sections) {
    let placed = placedUses.get(s);
    if (!placed || placed.key !== placedKey) {
      placed = { key: placedKey, at: s.span.start, uses: [] };
      for (const [k, spans] of sectionUses(s.data, forms, key, pattern)) {
        const t = byKey.get(k)!;
        const kept: Span[] = [];
        for (const u of spans) {
          const span = shift(u, s.span.start);
          if (t.definitions.some((d) => d.span.start < span.end && span.start < d.span.end)) continue;
          // A term is not used by its own definition ("Notice" means a written Notice).
          if (t.style !== 'inline' && t.definitions.some((d) => span.start >= d.definition.start && span.end <= d.definition.end)) continue;
          kept.push(span);
        }
        placed.uses.push([k, kept]);
      }
      placedUses.set(s, placed);
    } else if (placed.at !== s.span.start) {
      // The section moved (see `rebase` in model.ts): its uses follow it.
      const by = s.span.start - placed.at;
      for (const [, spans] of placed.uses) for (const span of spans) move(span, by);
      placed.at = s.span.start;
    }
    for (const [k, spans] of placed.uses) {
      const t = byKey.get(k)!;
      for (const span of spans) t.uses.push(span);
    }
  }
  return terms;
}

/** What `formsOf` made last, kept while the draft's terms are the same (as they are while typing). */
let lastForms: { terms: string; forms: Map<string, string>; key: string; pattern: RegExp; placedKey: string } | undefined;
forgetWithReadings(() => (lastForms = undefined));

/**
 * The written forms of the terms, each mapped to its term; the key of that set of forms; the
 * pattern that finds them; and the key of the uses placed with it. Worked out again only when
 * the terms, their aliases or their styles change: a keystroke outside the definitions reuses them.
 */
function formsOf(terms: readonly DefinedTerm[]) {
  const termsKey = terms.map((t) => `${t.term}\u0003${t.style}\u0003${t.aliases.join('\u0004')}`).join('\u0000');
  if (lastForms && lastForms.terms === termsKey) return lastForms;
  // Each written form maps to its term; a longer term wins over a shorter one inside it.
  // A term's own spelling wins over another term's plural or singular ("Party" and "Parties" both defined).
  const forms = new Map<string, string>();
  for (const t of terms) for (const f of [t.term, ...t.aliases]) if (!forms.has(f)) forms.set(f, t.term.toLowerCase());
  for (const t of terms) for (const f of [...termForms(t.term), ...t.aliases.flatMap(termForms)]) if (!forms.has(f)) forms.set(f, t.term.toLowerCase());
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const key = alternatives.join('\u0000') + '\u0001' + [...forms.values()].join('\u0000');
  // Whether a form starts a word is tested where the pattern matches (see sectionUses).
  const pattern = new RegExp(`(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  // A section's placed uses depend on the forms and on each term's style; the definitions they are
  // compared with are the section's own (a use can only overlap a definition in its section).
  // One string object while the terms stay the same, so that the check per section compares pointers.
  const placedKey = key + '\u0002' + terms.map((t) => t.style).join(',');
  lastForms = { terms: termsKey, forms, key, pattern, placedKey };
  return lastForms;
}

/** A placed section's uses of the defined terms, at its offsets in the draft (see assembleTerms). */
const placedUses = new WeakMap<Section, { key: string; at: number; uses: [string, Span[]][] }>();
