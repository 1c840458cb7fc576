/**
 * Reports article, annex and paragraph numbers that repeat or skip ("Article 3, Article 3",
 * "paragraphs 1, 2, 4"). Articles are counted per family (the label word and the numbering style,
 * so "Article 1..9" and "Article I..X" of an exchange of letters are separate sequences);
 * paragraphs are counted among siblings of the same style under the same parent. When the rest of
 * the sequence is regular, the fix renumbers from the problem on (and, for articles, the
 * references to the renumbered ones).
 */
import type { AgreementModel, Section } from '../model.js';
import { cite, sectionWithEdits } from '../model.js';
import { labelWord, numberValue } from '../references.js';
import type { Rule } from '../rule.js';
import { citesAnotherInstrument, numberWrittenAgain, ownInstrumentWord } from '../templates/renumber.js';
import type { Span, SpanEdit, SpanFix } from '../types.js';

type Style = 'arabic' | 'roman' | 'letter' | 'upper-roman' | 'upper-letter';

function styleOf(first: string): Style {
  if (/^[0-9]+$/.test(first)) return 'arabic';
  if (/^(?:i|[ivxlc]{2,})$/.test(first)) return 'roman';
  if (/^(?:I|[IVXLC]{2,})$/.test(first)) return 'upper-roman';
  return first === first.toUpperCase() ? 'upper-letter' : 'letter';
}

function valueOf(label: string, style: Style): number {
  if (style === 'arabic') return Number(label);
  if (style === 'roman' || style === 'upper-roman') return /^[ivxlc]+$/i.test(label) ? numberValue(label.toUpperCase()) : NaN;
  return /^[a-z]$/i.test(label) ? label.toLowerCase().charCodeAt(0) - 96 : NaN;
}

function format(value: number, style: Style): string {
  if (style === 'arabic') return String(value);
  if (style === 'letter' || style === 'upper-letter') {
    const c = String.fromCharCode(96 + value);
    return style === 'letter' ? c : c.toUpperCase();
  }
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let n = value;
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return style === 'roman' ? out.toLowerCase() : out;
}

/** One numbered item of a sequence: its label, where the label is written, how to cite it. */
interface Item {
  label: string;
  span: Span;
  cite: (label: string) => string;
  section?: Section;
  /** The style the model read for a paragraph label. */
  style?: string;
  /** The paragraph stands under a heading inside its section. */
  afterHeading?: boolean;
}

/** A problem in a sequence: the item, what was expected there, and a renumbering when simple. */
interface Problem {
  item: Item;
  kind: 'duplicate' | 'skip' | 'start';
  expected: number;
  previous?: Item;
  renumber?: { item: Item; to: string }[];
}

function examine(items: Item[], forced?: Style, checkStart = true): Problem[] {
  if (items.length === 0) return [];
  const style = forced ?? styleOf(items[0]!.label);
  const values = items.map((i) => valueOf(i.label, style));
  if (values.some((v) => Number.isNaN(v) || v <= 0)) return [];
  const problems: Problem[] = [];
  const seen = new Map<number, Item>();
  // A regular run after position k: the fix renumbers k.. to expected values.
  const renumberFrom = (k: number, start: number) => {
    for (let j = k + 1; j < values.length; j++) if (values[j] !== values[k]! + (j - k)) return undefined;
    return items.slice(k).map((item, j) => ({ item, to: format(start + j, style) })).filter((r) => r.to !== r.item.label);
  };
  if (values[0] !== 1 && checkStart) {
    const renumber = renumberFrom(0, 1);
    const p: Problem = { item: items[0]!, kind: 'start', expected: 1 };
    if (renumber) p.renumber = renumber;
    problems.push(p);
  }
  seen.set(values[0]!, items[0]!);
  for (let k = 1; k < items.length; k++) {
    const v = values[k]!;
    const expected = values[k - 1]! + 1;
    if (seen.has(v)) {
      const p: Problem = { item: items[k]!, kind: 'duplicate', expected, previous: seen.get(v)! };
      const renumber = v === values[k - 1] ? renumberFrom(k, expected) : undefined;
      if (renumber) p.renumber = renumber;
      problems.push(p);
      // Count on from the duplicate as the drafter did.
      continue;
    }
    seen.set(v, items[k]!);
    if (v > expected) {
      const p: Problem = { item: items[k]!, kind: 'skip', expected, previous: items[k - 1]! };
      const renumber = renumberFrom(k, expected);
      if (renumber) p.renumber = renumber;
      problems.push(p);
    }
  }
  return problems;
}

// A letter or digit just before or after a number means it is part of a longer word. Tested on
// the code point at each side; one pattern for all numbers (compiling a Unicode pattern for each
// heading cost seconds on a cold 800-article draft and tens of milliseconds on every keystroke).
const letterOrDigitAtEnd = /[\p{L}\p{N}]$/u;
const letterOrDigitAtStart = /^[\p{L}\p{N}]/u;

/** The first offset of `n` in `text` that is not part of a longer word, or -1. */
function standaloneIndex(text: string, n: string): number {
  if (n === '') return -1;
  for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
    const end = i + n.length;
    if (!letterOrDigitAtEnd.test(text.slice(Math.max(0, i - 2), i)) && !letterOrDigitAtStart.test(text.slice(end, end + 2))) return i;
  }
  return -1;
}

/** Span of the number in a section's heading. */
function headingNumberSpan(model: AgreementModel, s: Section): Span | undefined {
  if (!s.heading || s.number === undefined) return undefined;
  const text = model.text.slice(s.heading.span.start, s.heading.span.end);
  const at = standaloneIndex(text, s.number);
  return at >= 0 ? { start: s.heading.span.start + at, end: s.heading.span.start + at + s.number.length } : undefined;
}

function sectionFamilies(model: AgreementModel): Item[][] {
  // Per companion instrument (the body, each Annex or Protocol with Articles of its own) and label
  // word: arabic numbers in one sequence; Roman numerals or letters in another (annexes lettered
  // A, B, C; a lone "I" or "V" among such letters is a letter).
  const byWord = new Map<string, Item[]>();
  const instruments = new Map<Section | undefined, number>();
  for (const s of model.sections) {
    if ((s.kind !== 'article' && s.kind !== 'annex') || s.number === undefined) continue;
    const span = headingNumberSpan(model, s);
    if (!span) continue;
    const word = labelWord(s);
    // An annex is numbered among the annexes of the instrument that holds it.
    const within = s.kind === 'annex' ? s.parent?.instrument : s.instrument;
    if (!instruments.has(within)) instruments.set(within, instruments.size);
    const key = `${instruments.get(within)}\u0000${word}`;
    const list = byWord.get(key) ?? [];
    const of = within && within !== s ? ` of ${within.label}` : '';
    list.push({ label: s.number, span, cite: (l) => `${word} ${l}${of}`, section: s });
    byWord.set(key, list);
  }
  const families: Item[][] = [];
  for (const list of byWord.values()) {
    const arabic = list.filter((i) => /^[0-9]+$/.test(i.label));
    const other = list.filter((i) => !/^[0-9]+$/.test(i.label));
    if (arabic.length) families.push(...byParentWhereRestarted(arabic, 'arabic'));
    if (!other.length) continue;
    const lettered = other.every((i) => i.label.length === 1) && other.some((i) => !'IVXLC'.includes(i.label.toUpperCase()));
    if (lettered) families.push(...byParentWhereRestarted(other, 'upper-letter'));
    else families.push(...byParentWhereRestarted(other.filter((i) => /^[IVXLC]+$/i.test(i.label)), 'upper-roman'));
  }
  return families;
}

/**
 * A family split by the enclosing Part or Chapter when the drafter started again at 1 in each
 * ("Section 2 of Part III"), else the family as it is (Articles numbered on through the Chapters).
 */
function byParentWhereRestarted(items: Item[], style: Style): Item[][] {
  const groups: Item[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.section?.parent === item.section?.parent) last.push(item);
    else groups.push([item]);
  }
  const restarts = groups.length > 1 && groups.slice(1).every((g) => valueOf(g[0]!.label, style) === 1);
  if (!restarts) return items.length ? [items] : [];
  // Each item is then cited with the Part that holds it ("Section 2 of Part III").
  return groups.map((g) => g.map((i) => (i.section?.parent ? { ...i, cite: (l: string) => `${i.cite(l)} of ${i.section!.parent!.label}` } : i)));
}

// The paragraph problems of a placed section depend on that section only; a section placed where it
// was keeps them, so a keystroke examines the sections that changed or moved, not every one.
const paragraphProblemsCache = new WeakMap<Section, { p: Problem; span: Span; family: false; section: Section }[]>();

function paragraphProblems(s: Section): { p: Problem; span: Span; family: false; section: Section }[] {
  let found = paragraphProblemsCache.get(s);
  if (found) return found;
  found = [];
  for (const group of paragraphGroups(s)) {
    // "## Article 2" then "2. ...": the article's number written again, not a paragraph.
    if (group.length === 1 && s.number !== undefined && group[0]!.label === s.number && s.clauses[0]?.label === s.number) continue;
    // Under a heading inside the section the count may go on from the block before: its start is not checked.
    for (const p of examine(group, forcedStyle(group), !group[0]!.afterHeading)) found.push({ p, span: p.item.span, family: false, section: s });
  }
  paragraphProblemsCache.set(s, found);
  return found;
}

/** The style the model read for a group's labels, where it decides between letter and Roman. */
function forcedStyle(group: Item[]): Style | undefined {
  const style = group[0]?.style;
  if (style === 'roman') return group.every((i) => /^[ivxlc]+$/.test(i.label)) ? 'roman' : group.every((i) => /^[IVXLC]+$/.test(i.label)) ? 'upper-roman' : undefined;
  if (style === 'letter') return group.every((i) => /^[a-z]$/.test(i.label)) ? 'letter' : undefined;
  return undefined;
}

function paragraphGroups(s: Section): Item[][] {
  const groups = new Map<string, Item[]>();
  // Headings inside the section ("### I." of a note, "### 1" of an annex's principles) each open
  // a block of their own: the paragraphs under one are not counted with those under another.
  const own = s.heading?.span.start ?? -1;
  const inner = s.headings.filter((h) => h.span.start > own).map((h) => h.span.start);
  let block = 0;
  for (const c of s.clauses) {
    if (c.label === undefined || !c.labelSpan) continue;
    while (block < inner.length && inner[block]! < c.span.start) block++;
    const parent = c.labels.slice(0, -1);
    // The style the model read from the sequence ("i" after "h" is a letter, "v" after "iv" Roman).
    const style = c.labelStyle ?? styleOf(c.label);
    const key = `${block}#${parent.join('|')}#${style}`;
    const list = groups.get(key) ?? [];
    // A new parent restarts the count; a new list under the same parent continues it.
    list.push({ label: c.label, span: c.labelSpan, cite: (l) => cite(s, [...parent, l]), style, afterHeading: block > 0 });
    groups.set(key, list);
  }
  return [...groups.values()];
}

function describe(p: Problem, what: string): string {
  const now = p.item.cite(p.item.label);
  if (p.kind === 'start') return `${now} is the first ${what} of its sequence; numbering should start at ${p.item.cite(formatLike(p.item.label, 1))}.`;
  if (p.kind === 'duplicate') {
    const next = p.item.cite(formatLike(p.item.label, p.expected));
    // Where the count before it already ran back, the number expected can be its own: then only the repeat is true to say.
    const then = next === now ? '' : ` The next ${what} would be ${next}.`;
    return `${now} repeats a number: there is already ${p.previous!.cite(p.previous!.label)}.${then}`;
  }
  const missing = p.item.cite(formatLike(p.item.label, p.expected));
  return `${now} follows ${p.previous!.cite(p.previous!.label)}: ${missing} is missing from the numbering.`;
}

function formatLike(label: string, value: number): string {
  return format(value, styleOf(label));
}

export const duplicateOrSkippedNumber: Rule = {
  meta: {
    id: 'duplicate-or-skipped-number',
    title: 'Article or paragraph number repeated or skipped',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    // Renumbering changes citations, and with them other findings' messages; it is offered only
    // when the draft has this one numbering problem and the renumbered items have no sub-items.
    const found: { p: Problem; span: Span; family: boolean; section?: Section }[] = [];
    for (const family of sectionFamilies(model)) {
      const labels = family.map((i) => i.label);
      const forced: Style | undefined = labels.every((l) => /^[IVXLC]+$/.test(l)) && !(labels.every((l) => l.length === 1) && labels.some((l) => !'IVX'.includes(l)))
        ? 'upper-roman'
        : labels.every((l) => /^[ivxlc]+$/.test(l)) ? 'roman' : undefined;
      // Where the articles start is not checked: drafts are often extracts, and an article added
      // at the end must not make the start of the sequence a new finding.
      for (const p of examine(family, forced, false)) {
        // The renumbered sequence must read in order: another problem of the family (a number that
        // runs back further on) would stay, and the fix would not do what it says.
        if (p.renumber && examine(family.map((i) => ({ ...i, label: p.renumber!.find((r) => r.item === i)?.to ?? i.label })), forced, false).length) delete p.renumber;
        found.push({ p, span: p.item.section?.heading?.span ?? p.item.span, family: true });
      }
    }
    for (const s of model.sections) for (const f of paragraphProblems(s)) found.push(f);
    const single = found.length === 1;
    for (const { p, span, family, section } of found) {
      const fixes: SpanFix[] = [];
      if (single && p.renumber?.length) {
        const edits: SpanEdit[] = p.renumber.map((r) => ({ ...r.item.span, newText: r.to }));
        let safe = true;
        if (family) {
          // "## Article 2" then a lone "2. ...": the article's number written again moves with it.
          for (const r of p.renumber) {
            const written = r.item.section ? numberWrittenAgain(r.item.section) : [];
            if (written === null || (written.length > 0 && !/^[0-9]+$/.test(r.to))) safe = false;
            else for (const c of written) edits.push({ ...c.labelSpan!, newText: r.to });
          }
          // References to a renumbered article follow it; a reference to a number that is given
          // up (the gap) or shared (the duplicate) makes the renumbering unsafe.
          for (const ref of model.references) {
            // A citation of another instrument ("Article 2 of the Treaty" in a Protocol) never moves.
            if (!ref.internal || ref.relative || citesAnotherInstrument(model.text, ref.span.end, ownInstrumentWord(model)) || citesAnotherInstrument(model.text, ref.numberSpan.end, ownInstrumentWord(model))) continue;
            const moved = p.renumber.find((r) => r.item.section === ref.target && ref.number === r.item.label);
            if (moved) edits.push({ ...ref.numberSpan, newText: moved.to });
            else if (p.kind !== 'duplicate' && !ref.target && ref.number && p.renumber.some((r) => r.to === ref.number)) safe = false;
            else if (p.kind === 'duplicate' && ref.number === p.item.label && ref.target && p.item.section && labelWord(ref.target) === labelWord(p.item.section)) safe = false;
          }
        } else if (section) {
          // A renumbered paragraph with sub-paragraphs, or referred to, would change other citations.
          const moved = new Set(p.renumber.map((r) => r.item.span.start));
          const paths = section.clauses.filter((c) => c.labelSpan && moved.has(c.labelSpan.start)).map((c) => c.labels.join('|'));
          if (section.clauses.some((c) => paths.some((x) => c.labels.join('|').startsWith(`${x}|`)))) safe = false;
          if (model.references.some((r) => r.target === section && r.labels.length > 0)) safe = false;
          // A paragraph that opens with two markers ("2. (2) ...") is read by one of them; changing
          // the other would leave its number as it was.
          if (p.renumber.some((r) => /^[.)]?[ \t]+\(?[0-9a-z]{1,4}[.)][ \t]/i.test(model.text.slice(r.item.span.end, r.item.span.end + 12)))) safe = false;
          // The labels the model reads depend on their context (nesting, lists around them); the
          // renumbered section must read with no numbering problem left, or no fix is offered.
          if (safe && !readsInOrder(section, edits)) safe = false;
        }
        if (safe) fixes.push({ title: `Renumber from ${p.item.cite(p.item.label)} on`, edits, kind: 'suggestion' });
      }
      report({ span, message: describe(p, family ? 'one' : 'paragraph'), fixes });
    }
  },
};

/**
 * Whether `section`, with `edits` (inside it) applied, reads with no paragraph numbering problem
 * and says what it said: the same paragraphs, whatever their numbers. A new number can change how
 * the lines around it parse ("2." cannot open a list that interrupts a paragraph, "1." can), and
 * a paragraph that was read as code would then be read as a clause.
 */
function readsInOrder(section: Section, edits: readonly SpanEdit[]): boolean {
  const after = sectionWithEdits(section, edits);
  if (!after || paragraphProblems(after).length > 0) return false;
  const said = (s: Section) => s.clauses.map((c) => c.text.replace(leadingLabel, ''));
  const before = said(section);
  const now = said(after);
  return before.length === now.length && before.every((t, i) => t === now[i]);
}

/** A paragraph label at the start of a clause's text ("2. ", "(a) ", "5.2 "), as the paragraph may keep it. */
const leadingLabel = /^[ \t]*(?:\((?:[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?|(?:[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)])[ \t]*/i;
