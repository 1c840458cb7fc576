/**
 * Placeholders and markings: the fill-in blanks a draft still carries, and the handling and
 * classification markings written in its text. Both are found per section in its text runs.
 */
import type { Span } from './types.js';

/** A drafting placeholder left in the text: `[PARTNER]`, `[insert date]`, `TBD`. */
export interface Placeholder {
  span: Span;
  /** As written, without Markdown escapes ("[PARTNER]"). */
  text: string;
  /** The bracketed name when it is one ("PARTNER"). */
  name?: string;
}

/** What a marking says: a TLP label, a classification level, or a dissemination caveat. */
export type MarkingKind = 'tlp' | 'classification' | 'caveat';

/** A handling or classification marking in the text ("TLP:AMBER", "SECRET", "REL TO USA, NLD"). */
export interface Marking {
  kind: MarkingKind;
  /** The marking as written, normalised to single spaces ("TLP:AMBER+STRICT"). */
  text: string;
  span: Span;
}

// Bracketed capitals ([PARTNER], [EFFECTIVE DATE]), bracketed instructions ([insert name]),
// bracketed bullets ([●]) and the bare markers TBD, TBC, TBA and XX.
const placeholderPattern =
  /\\?\[(?<name>[A-Z][A-Z0-9 ._/'&-]{0,60}|(?:insert|to be|tbd|tbc|add|specify|name of|date of)[^\]\n]{0,80}|[●•…]|\.\.\.)\\?\](?![([:])|\b(?<marker>TBD|TBC|TBA|X{2,})\b/g;

/**
 * Whether the "XX" at `at` of `raw` is a Roman numeral in a citation rather than a blank: it ends
 * a list of numerals ("Articles XV and XVII to XX"), or it cites another instrument ("Article XX of
 * the Convention", "Chapter XX thereof"). A lone "Article XX" in a draft without one is the
 * drafter's blank for a number still to come, and stays one.
 */
export function citedRoman(raw: string, at: number, end: number): boolean {
  const before = raw.slice(Math.max(0, at - 80), at);
  const unit = /\b(?:Articles?|Art\.|Chapters?|Parts?|Sections?|Titles?|Annex(?:es)?|Protocols?|Notes?)[ \t]+/.source;
  if (new RegExp(`${unit}(?:[IVXLCDM]+[ \\t]*(?:,|and|to|or|&|-|–)[ \\t]*)+$`).test(before)) return true;
  return new RegExp(`${unit}$`).test(before) && /^[ \t]*,?[ \t]*(?:of|to|under)[ \t]+(?:the|that|said)[ \t]+[A-Z]|^[ \t]+thereof\b/.test(raw.slice(end, end + 40));
}

/** Placeholders in one text run starting at `base`. Roman numerals in `romans` are not "XX" markers. */
export function findPlaceholders(raw: string, base: number, romans: ReadonlySet<string>): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of raw.matchAll(placeholderPattern)) {
    const marker = m.groups?.['marker'];
    if (marker && marker.startsWith('X') && (romans.has(marker) || citedRoman(raw, m.index!, m.index! + m[0].length))) continue;
    const p: Placeholder = { span: { start: base + m.index!, end: base + m.index! + m[0].length }, text: m[0].replace(/\\/g, '') };
    if (m.groups?.['name']) p.name = m.groups['name'];
    out.push(p);
  }
  return out;
}

// Upper-case only: "secret" in a sentence is a word, "SECRET" is a marking.
const markingPattern =
  /\bTLP:[ \t]?(?:CLEAR|WHITE|GREEN|AMBER\+STRICT|AMBER|RED)(?![\w+])|\b(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)\b|\bREL[ \t]+TO[ \t]+[A-Z]{2,4}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|AND)[ \t]+)[A-Z]{2,4}\b)*|\b(?:NOFORN|ORCON|FOUO|LIMDIS|PROPIN|LES|SBU|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b/g;

/** Markings in one text run starting at `base`. */
export function findMarkings(raw: string, base: number): Marking[] {
  const out: Marking[] = [];
  for (const m of raw.matchAll(markingPattern)) {
    const text = m[0].replace(/[ \t]+/g, ' ').replace(/^TLP: /, 'TLP:');
    const kind: MarkingKind = text.startsWith('TLP:') ? 'tlp' : /^(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)$/.test(text) ? 'classification' : 'caveat';
    out.push({ kind, text, span: { start: base + m.index!, end: base + m.index! + m[0].length } });
  }
  return out;
}
