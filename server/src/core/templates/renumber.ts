/**
 * Article numbering for fixes that insert an article: how the draft writes its article headings
 * (word, numerals, separator), and the edits that shift later articles and every cross-reference
 * to them by one, so that the draft stays consistent after an insertion.
 *
 * The references come from a small scanner here ("Article 7", "Article 7(2)", "paragraph 2 of
 * Article 7", "Articles 7 and 8", "Articles 7 to 9", "Art. VII", "Section 3"), joined with the
 * model's `references` where the model provides them.
 */
import type { AgreementModel, Clause, Reference, Section } from '../model.js';
import type { Span, SpanEdit } from '../types.js';

/** The number style of a heading or reference. */
export type Numerals = 'arabic' | 'roman' | 'roman-lower';

/** How one article heading is written, cut around its number. */
export interface HeadingStyle {
  /** Everything before the number: "## Article ", "## ", "# Section ". */
  lead: string;
  numerals: Numerals;
  /** Between the number and the title: " — ", ". ", ": " ("" when the heading has no title). */
  sep: string;
  /** The word before the number, lower-cased ("article", "section"), or "" for "## 5. Title". */
  word: string;
}

/** An article heading of the draft with its number's source span. */
export interface NumberedHeading {
  section: Section;
  style: HeadingStyle;
  value: number;
  numberSpan: Span;
}

const headingLine = /^(?<lead>#{1,6}[ \t]+(?:(?<word>article|art\.|section|§|chapter|part|clause)[ \t]*)?)(?<num>[0-9]+|[ivxlcdm]+)(?![0-9a-z])(?<sep>[ \t]*[.:—–-]+[ \t]*|[ \t]+)?/i;

/** Reads the heading of an article section, if its number is plain Arabic or Roman. */
export function numberedHeading(model: AgreementModel, section: Section): NumberedHeading | undefined {
  if (section.kind !== 'article' || !section.heading || section.number === undefined) return undefined;
  const line = model.text.slice(section.heading.span.start, section.heading.span.end);
  const m = headingLine.exec(line);
  if (!m || m.groups!['num']!.toLowerCase() !== section.number.toLowerCase()) return undefined;
  const num = m.groups!['num']!;
  const numerals: Numerals = /^[0-9]+$/.test(num) ? 'arabic' : num === num.toUpperCase() ? 'roman' : 'roman-lower';
  const value = numerals === 'arabic' ? Number(num) : fromRoman(num);
  if (!value) return undefined;
  const start = section.heading.span.start + m.groups!['lead']!.length;
  return {
    section,
    value,
    numberSpan: { start, end: start + num.length },
    style: { lead: m.groups!['lead']!, numerals, sep: m.groups!['sep'] ?? '', word: (m.groups!['word'] ?? '').toLowerCase() },
  };
}

/** Writes `n` in the given numerals. */
export function formatNumber(n: number, numerals: Numerals): string {
  if (numerals === 'arabic') return String(n);
  const r = toRoman(n);
  return numerals === 'roman' ? r : r.toLowerCase();
}

const romanValues: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of romanValues) while (n >= v) { out += s; n -= v; }
  return out;
}

/** The value of a Roman numeral, or 0 when it is not a well-formed one. */
export function fromRoman(s: string): number {
  const u = s.toUpperCase();
  if (!/^[MDCLXVI]+$/.test(u)) return 0;
  let n = 0;
  let rest = u;
  for (const [v, sym] of romanValues) while (rest.startsWith(sym)) { n += v; rest = rest.slice(sym.length); }
  return rest === '' && toRoman(n) === u ? n : 0;
}

/** A number inside a cross-reference: its span, value and style, and what it names. */
export interface NumberReference {
  span: Span;
  value: number;
  numerals: Numerals;
  /** "article" or "section": the word used ("Art." counts as article, "§" as section). */
  kind: string;
}

const refWord = /\b(?<word>Articles?|Arts?\.|Sections?|Clauses?|Paragraphs?|Paras?\.|Sub-?paragraphs?)(?=[ \t\u00a0]*(?:[0-9]|[IVXLC]+\b))|(?<sect>§§?)/gi;
const refNumber = /[ \t\u00a0]*(?<num>[0-9]+|[IVXLC]+)(?![0-9A-Za-z])(?<labels>(?:[ \t]?\([0-9a-zA-Z]{1,6}\))*)/y;
const refMore = /[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and|or)?|and\/or|and|or|to|through|–|-|&)[ \t\u00a0]*(?:(?:Articles?|Sections?)[ \t\u00a0]+)?(?<num>[0-9]+|[IVXLC]+)(?![0-9A-Za-z])(?<labels>(?:[ \t]?\([0-9a-zA-Z]{1,6}\))*)/y;
// "Article 5 of the Vienna Convention" cites another instrument; "of this Agreement" does not.
const ofOther = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?!this\b|present\b|(?:agreement|arrangement|memorandum|mou|treaty|annex)\b)(?:[A-Z]|\d{4})/i;

/** Finds the section numbers cited in the draft's prose (headings included). */
export function scanNumberReferences(model: AgreementModel): NumberReference[] {
  const out: NumberReference[] = [];
  for (const run of model.textRuns) {
    const raw = run.raw;
    refWord.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = refWord.exec(raw))) {
      const word = (w.groups!['word'] ?? w.groups!['sect']!).toLowerCase();
      let kind = word.startsWith('art') ? 'article' : word.startsWith('clause') ? 'clause' : word.startsWith('sect') || word.startsWith('§') ? 'section' : 'paragraph';
      const plural = /s$|s\.$|§§/.test(word);
      const found: { num: string; at: number }[] = [];
      refNumber.lastIndex = w.index + w[0].length;
      let m = refNumber.exec(raw);
      if (!m) continue;
      found.push({ num: m.groups!['num']!, at: m.index + m[0].indexOf(m.groups!['num']!) });
      let end = refNumber.lastIndex;
      // "paragraph 7.2" and "clause 7.2" cite paragraph 2 of Article 7; "paragraph 2" alone cites no article.
      const dotted = /^\.[0-9]/.test(raw.slice(end, end + 2)) && !m.groups!['labels'];
      if (kind === 'paragraph' || kind === 'clause') {
        if (!dotted) continue;
        kind = 'paragraph';
      }
      if (plural) {
        refMore.lastIndex = end;
        let more: RegExpExecArray | null;
        while ((more = refMore.exec(raw))) {
          const at = more.index + more[0].lastIndexOf(more.groups!['num']!, more[0].length - more.groups!['labels']!.length);
          found.push({ num: more.groups!['num']!, at });
          end = refMore.lastIndex;
        }
      }
      refWord.lastIndex = end;
      if (ofOther.test(raw.slice(end, end + 120))) continue;
      for (const f of found) {
        const numerals: Numerals = /^[0-9]+$/.test(f.num) ? 'arabic' : 'roman';
        const value = numerals === 'arabic' ? Number(f.num) : fromRoman(f.num);
        if (!value) continue;
        const start = run.span.start + f.at;
        out.push({ span: { start, end: start + f.num.length }, value, numerals, kind });
      }
    }
  }
  return out;
}

/**
 * The paragraphs of `section` that write its article's number again ("## Article 2" then "2. ..."),
 * as the numbering check reads them: when the article's first paragraph carries the article's
 * number, every paragraph alone among its siblings with that number. They move with the heading.
 * `null` when they cannot all move (one of them, or the first paragraph, has no written label the
 * model points at): a renumbering would leave the article misnumbered.
 */
export function numberWrittenAgain(section: Section): Clause[] | null {
  const n = section.number;
  const first = section.clauses[0];
  if (n === undefined || !/^[0-9]+$/.test(n) || first?.label !== n) return [];
  const siblings = new Map<string, Clause[]>();
  for (const c of section.clauses) {
    if (c.label === undefined || !c.labelSpan || !/^[0-9]+$/.test(c.label)) continue;
    const key = c.labels.slice(0, -1).join('|');
    const list = siblings.get(key) ?? [];
    list.push(c);
    siblings.set(key, list);
  }
  const lone = [...siblings.values()].filter((g) => g.length === 1 && g[0]!.label === n).map((g) => g[0]!);
  if (lone.length > 0 && !lone.includes(first)) return null;
  return lone;
}

/**
 * Edits that add one to the number of each article in `shifted` (their headings, any "7.2"-style
 * paragraph labels inside them, and every cross-reference to them). Edits of paragraph labels are
 * marked `label`: the model reads no label written as a tracked change, so they are never tracked.
 */
export function renumberEdits(model: AgreementModel, shifted: readonly NumberedHeading[]): (SpanEdit & { label?: true })[] {
  if (shifted.length === 0) return [];
  const edits: (SpanEdit & { label?: true })[] = [];
  // A reference moves with an article of its own numerals: "Article 4" is not "Article IV".
  const valueKey = (value: number, numerals: Numerals) => `${value}|${numerals === 'arabic' ? 'arabic' : 'roman'}`;
  const values = new Set(shifted.map((h) => valueKey(h.value, h.style.numerals)));
  // A bare "## 5. Title" heading may be cited as an Article, or as a Section unless the draft has
  // Section headings of its own ("Section 2" then names one of those).
  const kindOf = (word: string) => (word.startsWith('art') ? 'article' : word === '§' ? 'section' : word);
  const own = new Set(model.sections.flatMap((s) => {
    const h = numberedHeading(model, s);
    return h && h.style.word !== '' ? [kindOf(h.style.word)] : [];
  }));
  // "paragraph 7.2" cites Article 7 only in its dotted form (see `scanNumberReferences`).
  const kinds = new Set(['paragraph']);
  for (const k of shifted.flatMap((h) => (h.style.word === '' ? ['article', ...(own.has('section') ? [] : ['section'])] : [kindOf(h.style.word)]))) kinds.add(k);
  for (const h of shifted) {
    edits.push({ ...h.numberSpan, newText: formatNumber(h.value + 1, h.style.numerals) });
    // "## Article 2" then a lone "2. ...": the article's number written again, which moves with it.
    if (h.style.numerals === 'arabic') {
      for (const c of numberWrittenAgain(h.section) ?? []) {
        const ls = c.labelSpan!;
        if (!edits.some((e) => ls.start < e.end && e.start < ls.end)) edits.push({ ...ls, newText: String(h.value + 1), label: true });
      }
    }
    // Paragraphs labelled "7.1", "7.2" inside Article 7 carry the article number too.
    const old = model.text.slice(h.numberSpan.start, h.numberSpan.end);
    const body = model.text.slice(h.section.heading!.span.end, h.section.span.end);
    const label = new RegExp(`(^|[\\r\\n])([ \\t]*(?:[-*+][ \\t]+)?)${old}(?=\\.[0-9])`, 'g');
    for (const m of body.matchAll(label)) {
      const start = h.section.heading!.span.end + m.index! + m[1]!.length + m[2]!.length;
      edits.push({ start, end: start + old.length, newText: String(h.value + 1), label: true });
    }
  }
  // The number of another heading is no reference to a shifted article (a draft that numbers two
  // articles alike keeps the one before the insertion as it is).
  const headingNumbers = model.sections.flatMap((s) => {
    const h = numberedHeading(model, s);
    return h ? [h.numberSpan] : [];
  });
  const taken = (s: Span) => edits.some((e) => s.start < e.end && e.start < s.end) || headingNumbers.some((e) => s.start < e.end && e.start < s.end);
  const moving = new Set<Section>(shifted.map((h) => h.section));
  const byNumber = new Map<string, Section>();
  for (const h of shifted) byNumber.set(valueKey(h.value, h.style.numerals), h.section);
  // Only citations of a moved ARTICLE move: never a paragraph number ("paragraph 1 and 2" is no
  // citation of Article 1 or 2), never a citation of another instrument ("Article 2 of the
  // Treaty" in a Protocol), never one the model reads as pointing elsewhere.
  const modelAt = new Map<number, Reference>();
  for (const r of model.references ?? []) modelAt.set(r.numberSpan.start, r);
  const self = ownInstrumentWord(model);
  const moves = (r: Reference) =>
    r.internal && !r.relative && (r.kind === 'article' || r.kind === 'section') && !!r.target && moving.has(r.target) &&
    model.text.slice(r.numberSpan.start, r.numberSpan.end).toLowerCase() === r.number.toLowerCase() &&
    !citesAnotherInstrument(model.text, r.span.end, self) &&
    !citesAnotherInstrument(model.text, r.numberSpan.end, self);
  const seen = new Set<number>();
  for (const r of scanNumberReferences(model)) {
    seen.add(r.span.start);
    if (!kinds.has(r.kind) || !values.has(valueKey(r.value, r.numerals)) || taken(r.span)) continue;
    const known = modelAt.get(r.span.start);
    if (r.kind !== 'paragraph' && known) {
      // The model read this citation: it moves only when the model resolves it to a moved article.
      if (!moves(known)) continue;
    } else if (r.kind === 'paragraph') {
      // "paragraph 7.2": paragraph 2 of Article 7, only where Article 7 numbers its paragraphs so.
      const target = byNumber.get(valueKey(r.value, r.numerals));
      if (!target || !new RegExp(`(?:^|[\\r\\n])[ \\t]*(?:[-*+][ \\t]+)?${r.value}\\.[0-9]`).test(model.text.slice(target.span.start, target.span.end))) continue;
    } else {
      // A form the model does not read ("Art. 6"): it moves only when nothing makes it ambiguous,
      // that is no other article of the draft has that number (an annex's or protocol's own
      // Article 6), it does not stand in an annex, and it cites no other instrument.
      const target = byNumber.get(valueKey(r.value, r.numerals));
      const twins = model.sections.filter((s) => s.kind === 'article' && s !== target && s.number !== undefined && numberValue(s.number) === r.value);
      const inAnnex = model.sections.some((s) => s.kind === 'annex' && s.span.start <= r.span.start && r.span.end <= s.span.end);
      if (!target || twins.length > 0 || inAnnex || citesAnotherInstrument(model.text, r.span.end, self)) continue;
    }
    edits.push({ ...r.span, newText: formatNumber(r.value + 1, r.numerals) });
  }
  // The model's own citations that the scanner does not read.
  for (const r of model.references ?? []) {
    if (seen.has(r.numberSpan.start) || taken(r.numberSpan) || !moves(r)) continue;
    const n = numberValue(r.number);
    if (!n) continue;
    edits.push({ ...r.numberSpan, newText: formatNumber(n + 1, /^[0-9]+$/.test(r.number) ? 'arabic' : r.number === r.number.toUpperCase() ? 'roman' : 'roman-lower') });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The value of an article number written in Arabic or Roman numerals ("8A" and the like give 0). */
function numberValue(n: string): number {
  return /^[0-9]+$/.test(n) ? Number(n) : fromRoman(n);
}

/** A citation's own labels and paragraphs after its number: "(2)(a)", ", paragraph 2,", ", paragraphs 1 and 3 (b),". */
const tailLabel = String.raw`(?:[ \t]?\([0-9a-z]{1,4}\))`;
const item = String.raw`(?:[0-9]{1,3}${tailLabel}*|${tailLabel}+)`;
const paragraphTail = new RegExp(String.raw`^${tailLabel}*(?:[ \t]*,?[ \t]*(?:sub-?)?paragraphs?[ \t]+${item}(?:[ \t]*(?:,|and|or|to)[ \t]*${item})*[ \t]*,?)?`, 'i');

/** Names of instruments a citation may end with ("of the Treaty", "under the Convention"). */
const instrumentTail =
  /^[ \t\u00a0]*,?[ \t\u00a0]*(?:of|to|in|under)[ \t\u00a0]+(?:the[ \t\u00a0]+|that[ \t\u00a0]+|said[ \t\u00a0]+)?(?:(?<year>[0-9]{4})[ \t\u00a0]+)?(?<word>[A-Z][\p{L}-]*)/u;

/** The word by which the draft names itself: the first instrument word of its title ("Protocol" in "Protocol on ... the Treaty"). */
export function ownInstrumentWord(model: AgreementModel): string | undefined {
  const title = model.frontMatter.title ?? model.sections.find((s) => s.kind === 'title')?.heading?.text ?? '';
  return /\b(Agreement|Arrangement|Memorandum|Treaty|Convention|Protocol|Exchange|Charter|Covenant)\b/i.exec(title)?.[1]?.toLowerCase();
}

/**
 * Whether a citation ending at `end` goes on to name another instrument: "of the Treaty" where the
 * draft is not itself a Treaty, "of the 1955 Agreement", "of the Vienna Convention", "of Council
 * Regulation ...". "of this Agreement" and "of the present Convention" name the draft.
 */
export function citesAnotherInstrument(text: string, end: number, self: string | undefined): boolean {
  // Past the citation's own labels and paragraphs: "Article 3(2)", "Article 3, paragraph 2,".
  const rest = text.slice(end, end + 160).replace(paragraphTail, '');
  const m = instrumentTail.exec(rest);
  if (!m) return false;
  const word = m.groups!['word']!;
  if (m.groups!['year']) return true;
  const lower = word.toLowerCase();
  if (lower === 'this' || lower === 'present') return false;
  const instruments = /^(?:agreement|arrangement|memorandum|treaty|convention|protocol|exchange|charter|covenant|mou)$/;
  // "of the Agreement" in an Agreement names the draft; in a Protocol to that Agreement, the Agreement.
  if (instruments.test(lower)) return lower !== self && !(self === undefined && lower === 'agreement');
  // "of Annex 2" is a citation inside the draft, read by the model; anything else capitalised is a name.
  return !/^(?:annex|appendix|schedule|article|section|part|chapter)$/.test(lower);
}
