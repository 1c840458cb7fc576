/**
 * Sentences and words of a clause, read with parse-english (the unified family's English parser,
 * which keeps offsets). Clause text is split into sentences with their offsets in `clause.text`,
 * then repaired where legal drafting fools a general parser: abbreviations such as "Art." or
 * "U.S.C.", and inline list labels such as "a." or "1.2" do not end a sentence.
 *
 * Parsing is the costly step, so results are kept in a bounded cache keyed by the text: while a
 * draft is edited, only the clause being typed in is parsed again.
 */
import { ParseEnglish } from 'parse-english';
import type { Nodes, Sentence as NlcstSentence } from 'nlcst';
import { TextMemo, keepLast } from './memo.js';

/** A word of a sentence: its text lower-cased and its offsets in the clause text. */
export interface Word {
  /** Lower-cased text of the word. */
  lower: string;
  start: number;
  end: number;
}

/** A sentence of a clause with its offsets in the clause text and its words. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The text lower-cased, same length and offsets as `text`. */
  lower: string;
  /** `lower` with every run of white space (line breaks of a wrapped paragraph) as one space. */
  norm: string;
  words: Word[];
}

const parser = new ParseEnglish();

// Abbreviations that end with a full stop inside a sentence in legal drafting.
const abbreviation = /(?:^|[\s(])(?:art|arts|no|nos|para|paras|p|pp|sec|secs|cf|vol|ch|seq|viz|etc|approx|ibid|op|cit|al|inc|ltd|co|corp|govt|dept|u\.s\.c|u\.s|e\.g|i\.e|v|vs|st|mr|mrs|ms|dr|jr|sr|[a-z]|[ivxlc]{1,6}|\d{1,3}(?:\.\d{1,3})*)\.$/i;

// Abbreviations proper ("Art.", "No.", "U.S.C."), as opposed to list labels.
const strictAbbreviation = /(?:^|[\s(])(?:art|arts|no|nos|para|paras|p|pp|sec|secs|cf|vol|ch|u\.s\.c|u\.s|e\.g|i\.e|v|vs)\.$/i;

// As large as the other clause memos (language/facts.ts, dissemination.ts): the passes of one
// analysis (privacy, classified material, dissemination, fixes) ask for the same clause's sentences
// at different times, and with room for 512 a draft of 1 MB (about 5,000 paragraphs) had each one
// parsed again by the later passes.
const cache = new TextMemo<Sentence[]>(8000);

/** The sentences of `text`, with offsets into `text`. Never throws. */
export function sentences(text: string): Sentence[] {
  return cache.get(text, () => split(text));
}

function split(text: string): Sentence[] {
  if (text.trim() === '') return [];
  let raw: { start: number; end: number; words: Word[] }[] = [];
  try {
    const tree = parser.parse(text);
    visitSentences(tree, (s) => {
      const start = s.position?.start.offset;
      const end = s.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const words: Word[] = [];
      for (const child of s.children) {
        if (child.type !== 'WordNode') continue;
        const ws = child.position?.start.offset;
        const we = child.position?.end.offset;
        if (ws === undefined || we === undefined) continue;
        // parse-english keeps every character in place, so a word's text is its slice of the source.
        words.push({ lower: text.slice(ws, we).toLowerCase(), start: ws, end: we });
      }
      raw.push({ start, end, words });
    });
  } catch {
    raw = [];
  }
  if (raw.length === 0) raw = [{ start: 0, end: text.length, words: fallbackWords(text, 0) }];
  // A line that opens with an inline label after a full stop, semicolon or colon starts a new
  // sentence even where the parser read on ("... request.\na.With respect to ...").
  raw = raw.flatMap((r) => {
    const cuts: number[] = [];
    const re = /[.;:][ \t]*\r?\n[ \t]*(?=\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])/gi;
    const body = text.slice(r.start, r.end);
    for (const m of body.matchAll(re)) cuts.push(r.start + m.index! + m[0].length);
    if (cuts.length === 0) return [r];
    const parts: { start: number; end: number; words: Word[] }[] = [];
    let from = r.start;
    for (const at of [...cuts, r.end]) {
      if (at > from) parts.push({ start: from, end: at, words: r.words.filter((w) => w.start >= from && w.start < at) });
      from = at;
    }
    return parts;
  });
  // Merge sentences cut after an abbreviation or an inline label, or before a lower-case word,
  // a digit or a closing bracket.
  const merged: { start: number; end: number; words: Word[] }[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const before = text.slice(prev.start, prev.end).trimEnd();
      const next = text.slice(r.start, r.end).trimStart();
      const cutAfterAbbreviation = abbreviation.test(before.slice(-14));
      const continues = /^[a-z0-9(,;:)\]§]/.test(next);
      // An inline list label after a full stop ("... request. a.With respect to ...") opens a new sentence.
      const labelStart = /[.;:]$/.test(before) && /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]/.test(next) && !strictAbbreviation.test(before.slice(-12));
      if (!labelStart && (cutAfterAbbreviation || (continues && !/[.!?]["”’)]?$/.test(before)) || (continues && /^[a-z]/.test(next)))) {
        prev.end = r.end;
        prev.words.push(...r.words);
        continue;
      }
    }
    merged.push({ start: r.start, end: r.end, words: [...r.words] });
  }
  return merged.map((m) => {
    const t = text.slice(m.start, m.end);
    const lower = t.toLowerCase();
    return { start: m.start, end: m.end, text: t, lower, norm: collapse(lower), words: m.words };
  });
}

function visitSentences(node: Nodes, visit: (s: NlcstSentence) => void): void {
  if (node.type === 'SentenceNode') {
    visit(node);
    return;
  }
  if ('children' in node) for (const c of node.children as Nodes[]) visitSentences(c, visit);
}

function fallbackWords(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    out.push({ lower: m[0].toLowerCase(), start: base + m.index!, end: base + m.index! + m[0].length });
  }
  return out;
}

/** Index of the first word at or after `offset`, or the number of words. */
export function wordAt(s: Sentence, offset: number): number {
  let i = 0;
  while (i < s.words.length && s.words[i]!.end <= offset) i++;
  return i;
}

/** White space other than a single space: what `collapse` changes. */
const irregularSpace = /[^\S ]| {2}/;

/** Collapses every run of white space to one space, so phrases match across wrapped lines. */
export function collapse(text: string): string {
  // Most sentences hold single spaces only, and replacing each by itself would still copy the text.
  return irregularSpace.test(text) ? text.replace(/\s+/g, ' ') : text;
}

// The passes that read a clause (personal data, privacy handling, classified material, safeguarding,
// dissemination) each want its text collapsed, and lower-cased; they ask in turn about the same
// clause, so the last answer of each is kept.

/** `collapse(text)`, kept for the next caller that asks about the same text. */
export const collapsedText = keepLast(collapse);

/** `collapse(text).toLowerCase()` (the same as collapsing the lower-cased text), kept likewise. */
export const collapsedLower = keepLast((text) => collapsedText(text).toLowerCase());
