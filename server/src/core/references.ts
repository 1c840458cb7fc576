/**
 * Cross-references, in the styles drafts and real treaties use: "Article 5", "Article 5(2)(a)",
 * "Article 15 (7)", "Article 15, paragraph 7", "Article 15 - paragraph 1", "paragraph 7 of Article
 * 15", "subparagraph (b) of paragraph 1 of Article 3", "paragraph 1(b)", "paragraph 3" and
 * "paragraph 3 of this Article" (of the article it stands in), "subparagraph (a)" and "(a) of this
 * paragraph" (of the paragraph it stands in), "the preceding paragraph", "this Article", "Annex A",
 * "Article 3 of Annex II", "Chapter IV", "Section 2 of Part III", "Articles 5 and 6", "Articles 5
 * to 7", "Articles 6, paragraph 1, and 7, paragraph 1".
 *
 * Each reference is one of three things:
 * - internal (`internal: true`): it certainly points into the draft, and `target` says where;
 * - another instrument (`internal: false`): "of the Convention", "of Directive 77/799/EEC", "of that
 *   Treaty", "thereof" after another instrument, "of the Agreement" in a Protocol to that Agreement;
 * - uncertain (`internal: false, uncertain: true`): it may leave the draft ("Article 5" in a
 *   sentence that names another instrument, in the preamble, in a protocol that has its own
 *   articles, a paragraph "of the exchange of notes"). Nothing reports or rewrites it.
 *
 * What a reference says is read per section (cached with the section's text); whether it is
 * internal and where it points is decided here against the whole draft: its title (a draft titled
 * "Protocol ..." is not "the Agreement"), its sections and their clauses.
 */
import type { AgreementModel, Clause, Reference, Section } from './model.js';
import type { Span } from './types.js';
import { move, shift } from './spans.js';

/** Where the labels of a reference without an article of its own are counted from. */
export type Anchor = 'article' | 'paragraph' | 'preceding';

/**
 * What follows (or governs) a reference: `self` ("of this Agreement", "hereof"), `other` (another
 * instrument), `the` ("of the Agreement": internal only when the draft calls itself that), `thereof`
 * (whatever the sentence named last), `vague` ("of the exchange of notes"), `none`.
 */
export type Tail = { kind: 'self'; word?: string } | { kind: 'other' } | { kind: 'the'; word: string } | { kind: 'thereof' } | { kind: 'vague' } | { kind: 'none' };

/** An instrument the sentence names before the reference: `this` (the draft or one of its parts), `the` (unqualified), `other`. */
export interface Mention {
  word: string;
  how: 'this' | 'the' | 'other';
}

/** A reference found in one clause (section-relative spans), before resolution. */
export interface RawReference {
  kind: Reference['kind'];
  /** Undefined for a reference to the section it stands in ("paragraph 3", "this Article"). */
  number?: string;
  labels: string[];
  span: Span;
  numberSpan: Span;
  text: string;
  /** Not a reference into the draft, whatever the draft is (a tail that names another instrument). */
  internal: boolean;
  clause: number;
  /** For a reference without an article: where its labels start. */
  anchor?: Anchor;
  tail: Tail;
  /** The instruments the sentence names before the reference. */
  before: Mention[];
  /** "Article 3 of Annex II": the annex, as written. */
  within?: { kind: 'annex' | 'container'; word: string; number: string };
  /** "Chapter IV", "Part III": a container, found by its word. */
  container?: string;
  /** Inside quotation marks (amending text quotes another instrument). */
  quoted?: boolean;
}

type ToSection = (start: number, end: number) => Span;

const keyword = /\b(sub-?paragraphs?|paragraphs?|Articles?|Sections?|Annex(?:es)?|Appendix|Appendices|Schedules?|Chapters?|Parts?|this[ \t]+Article)\b/gi;
// "15", "VII", "8A", "15(7)", "15 (7)(a)", "5.2", "1c)" (Article 1(c)).
const articleNumber = /[ \t]+([0-9]{1,3}(?=[a-z]\))|[0-9]{1,3}[A-Za-z]?|[IVXLC]{1,7})\b((?:\.[0-9]{1,3})*)((?:[ \t]?\((?:[0-9]{1,3}|[a-z]{1,4})\)|(?<=[0-9])[a-z]\))*)/y;
const annexNumber = /[ \t]+([0-9]{1,3}|[IVXLC]{1,7}|[A-Z])\b/y;
const containerNumber = /[ \t]+([0-9]{1,3}|[IVXLC]{1,7})\b/y;
// A paragraph label: "(2)", "2", "(b)", "2(b)", "2 (b)", "1a)", "1a", "c" (after "paragraph"), "A.".
const paragraphItem =
  /[ \t]*(?:\(([0-9]{1,3}|[a-z]{1,4})\)|([0-9]{1,3})(?![ \t]*(?:bis|ter|quater)\b|\.[0-9])(?:([a-z])\)?(?![a-z]))?|([a-z])\)|([a-zA-Z])(?=\.?[ \t]*(?:[,;)]|$|(?:and|or|of|above|below)\b)))((?:[ \t]?\((?:[0-9]{1,3}|[a-z]{1,4})\))*)/y;
const listSeparator = /[ \t]*(?:,(?:[ \t]*(?:and|or)(?=[ \t]))?|and|or|to|through|[-–])/y;
const ofSection = /[ \t]+of[ \t]+(?:this[ \t]+(Article|Section|Annex|Appendix|Schedule)\b|(Article|Section|Annex|Appendix|Schedule)(?=[ \t]))/iy;
const ofParagraph = /[ \t]+of[ \t]+paragraph[ \t]+(?:\(([0-9]{1,3})\)|([0-9]{1,3}))/iy;
const ofThisParagraph = /[ \t]+of[ \t]+this[ \t]+(?:sub-?)?paragraph\b/iy;
const ofPreceding = /[ \t]+of[ \t]+the[ \t]+(?:preceding|foregoing|previous)[ \t]+paragraph\b(?!s)/iy;
// "Article 15, paragraph 7", "Article 15 - paragraph 1", "Articles 31 paragraph 1".
const withParagraph = /[ \t]*(?:,|[-–—])?[ \t]*paragraphs?(?=[ \t(])/iy;
const inAnnex = /[ \t]*,?[ \t]+(?:of|to|in)[ \t]+(?:the[ \t]+)?(Annex|Appendix|Schedule)\b/iy;
const inContainer = /[ \t]+(?:of|in)[ \t]+(Part|Chapter)\b/y;

const instrumentWord = String.raw`(?:Agreement|Arrangement|Memorandum(?:[ \t]+of[ \t]+Understanding)?|MOU|Treaty|Convention|Protocol|Charter|Covenant|Directive|Regulation|Decision|Statute|Constitution|Exchange[ \t]+of[ \t]+(?:Notes|Letters)|Notes|Letters)`;
/** Words after "the Agreement" that make it a named instrument ("the Agreement on ..."), not the draft. */
const qualifier = String.raw`(?:on|between|of|concerning|regarding|for|establishing|done|signed|relating|amending|supplementary)\b`;
const selfTail = new RegExp(String.raw`[ \t]*,?[ \t]*(?:(?:of|to|in|under)[ \t]+(?:this|the[ \t]+present)[ \t]+(${instrumentWord})\b|(hereof|herein|hereto|hereunder)\b)`, 'iy');
const theTail = new RegExp(String.raw`[ \t]*,?[ \t]*(?:of|to|in|under)[ \t]+the[ \t]+(${instrumentWord})\b(?![ \t]+${qualifier})`, 'iy');
const thereofTail = /[ \t]*,?[ \t]*(?:thereof|therein|thereto|thereunder)\b/iy;
const externalTail =
  /[ \t]*,?[ \t]*(?:of|to|in|under)[ \t]+(?:the[ \t]+|that[ \t]+|said[ \t]+|such[ \t]+|a[ \t]+|an[ \t]+)?(?:[A-Z0-9]|[a-z]+[ \t]+[A-Z]|(?:title|chapter|part|regulation|directive|decision|law|act|convention|treaty|code|statute|constitution|agreement|protocol)\b)/y;
const vagueTail = /[ \t]*,?[ \t]*of[ \t]+(?:the|that|said|such|each|any|its|their)\b/iy;
/** An instrument named in the text, with what stands before and after it. */
const mention = new RegExp(String.raw`(\b(?:[Tt]his|[Tt]he[ \t]+present|hereby)[ \t]+|\b(?:[Tt]he|[Tt]hat|[Ss]aid|[Tt]he[ \t]+said)[ \t]+)?((?:[A-Z0-9][\w./()-]*[ \t]+){0,8}?)(${instrumentWord})\b([ \t]+${qualifier})?`, 'g');

function kindOf(word: string): Reference['kind'] {
  const w = word.toLowerCase();
  return w.startsWith('article') || w.startsWith('this') ? 'article' : w.startsWith('section') || w.startsWith('chapter') || w.startsWith('part') ? 'section' : 'annex';
}

function run(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function labelsOf(first: string, rest: string): string[] {
  return [first, ...[...rest.matchAll(/\(([0-9a-z]+)\)|([a-z])\)/g)].map((m) => (m[1] ?? m[2])!)];
}

/** What follows a reference that ends at `at`; `end` is where its text ends (self and "the" tails are part of it). */
function tailAt(reading: string, at: number): { tail: Tail; end: number } {
  let m = run(selfTail, reading, at);
  if (m) return { tail: m[1] ? { kind: 'self', word: m[1] } : { kind: 'self' }, end: selfTail.lastIndex };
  m = run(theTail, reading, at);
  if (m) return { tail: { kind: 'the', word: m[1]! }, end: theTail.lastIndex };
  if (run(thereofTail, reading, at)) return { tail: { kind: 'thereof' }, end: at };
  if (run(externalTail, reading, at)) return { tail: { kind: 'other' }, end: at };
  if (run(vagueTail, reading, at)) return { tail: { kind: 'vague' }, end: at };
  return { tail: { kind: 'none' }, end: at };
}

/** The instruments named in `text` (the part of a sentence before a reference). */
function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(mention)) {
    const lead = (m[1] ?? '').trim().toLowerCase();
    const name = m[2] ?? '';
    const word = m[3]!.replace(/[ \t]+/g, ' ');
    // "Notes"/"Letters" alone are ordinary words unless capitalised in a phrase ("Exchange of Notes" is matched whole).
    if (/^(?:Notes|Letters)$/.test(word) && !lead) continue;
    // "Project Arrangement", "Memorandum" and the like name the draft's own arrangements as often as another instrument.
    if (/^(?:Arrangement|Memorandum|MOU)/.test(word) && !/^(?:this|the present|hereby)$/.test(lead)) continue;
    if (/^(?:this|the present|hereby)$/.test(lead)) out.push({ word, how: 'this' });
    else if (name.trim() || m[4] || /said|that/.test(lead) || !lead) out.push({ word, how: name.trim() || m[4] || lead ? 'other' : 'the' });
    else out.push({ word, how: 'the' });
  }
  return out;
}

/** Where the sentence holding `at` starts: after the last ". " + capital, ";" or ":" before it. */
function sentenceStart(reading: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = reading.charCodeAt(i);
    if (c === 59 /* ; */) return i + 1;
    if (c === 46 /* . */ && /\s/.test(reading[i + 1] ?? '') && /[A-Z]/.test(reading.slice(i + 1).trimStart()[0] ?? '') && !/\b(?:No|Art|para|e\.g|i\.e|[A-Z])$/.test(reading.slice(Math.max(0, i - 4), i))) return i + 1;
  }
  return 0;
}

/** Whether `at` stands inside quotation marks opened earlier in the clause. */
function insideQuotes(reading: string, at: number): boolean {
  let straight = 0;
  let open = 0;
  for (let i = 0; i < at; i++) {
    const c = reading.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
  }
  return straight % 2 === 1 || open > 0;
}

/** The references written in one clause's reading text. */
export function findRawReferences(reading: string, toSection: ToSection, clause: number): RawReference[] {
  const out: RawReference[] = [];
  // Reading-text extents of each reference, for the tails shared by a coordinated list.
  const extents: { start: number; end: number }[] = [];
  let consumed = 0;
  let sentenceAt = -1;
  let sentenceMentions: Mention[] = [];
  let mentionsUpTo = 0;
  const before = (at: number): Mention[] => {
    const s = sentenceStart(reading, at);
    if (s !== sentenceAt) {
      sentenceAt = s;
      sentenceMentions = [];
      mentionsUpTo = s;
    }
    if (at > mentionsUpTo) {
      sentenceMentions = sentenceMentions.concat(mentionsIn(reading.slice(mentionsUpTo, at)));
      mentionsUpTo = at;
    }
    return sentenceMentions;
  };
  const push = (ref: RawReference, start: number, end: number) => {
    if (insideQuotes(reading, start)) ref.quoted = true;
    out.push(ref);
    extents.push({ start, end });
  };
  for (const k of reading.matchAll(keyword)) {
    const start = k.index!;
    if (start < consumed) continue;
    const word = k[1]!;
    let at = start + word.length;
    if (/^this/i.test(word)) {
      // "this Article" alone: the article it stands in.
      if (/^[ \t]*,?[ \t]*(?:paragraph|sub-?paragraph)/i.test(reading.slice(at, at + 20))) continue;
      const wordAt = start + word.length - 7;
      push({ kind: 'article', labels: [], span: toSection(start, at), numberSpan: toSection(wordAt, at), text: reading.slice(start, at), internal: true, clause, anchor: 'article', tail: { kind: 'self' }, before: [] }, start, at);
      consumed = at;
      continue;
    }
    if (/^(?:Chapter|Part)/.test(word) || /^(?:chapter|part)/i.test(word)) {
      // "Chapter IV", "Part III": capitalised, with a number.
      if (!/^[CP]/.test(word)) continue;
      const n = run(containerNumber, reading, at);
      if (!n) continue;
      const nAt = n.index + n[0].indexOf(n[1]!);
      const end = n.index + n[0].length;
      const t = tailAt(reading, end);
      consumed = t.end;
      const container = word.replace(/s$/, '');
      push({ kind: 'section', number: n[1]!, labels: [], span: toSection(start, t.end), numberSpan: toSection(nAt, nAt + n[1]!.length), text: reading.slice(start, t.end), internal: true, clause, tail: t.tail, before: before(start), container }, start, t.end);
      continue;
    }
    if (/^(?:sub-?)?paragraph/i.test(word)) {
      // "the preceding paragraph" / "the foregoing paragraph".
      const pre = /\bthe[ \t]+(preceding|foregoing|previous)[ \t]+$/i.exec(reading.slice(Math.max(0, start - 30), start));
      if (pre && /^paragraph$/i.test(word)) {
        const from = start - pre[0].length;
        const wordAt = from + pre[0].indexOf(pre[1]!);
        push({ kind: 'article', labels: [], span: toSection(from, at), numberSpan: toSection(wordAt, wordAt + pre[1]!.length), text: reading.slice(from, at), internal: true, clause, anchor: 'preceding', tail: { kind: 'self' }, before: [] }, from, at);
        consumed = at;
        continue;
      }
      // Paragraph labels, then "of paragraph N" / "of this paragraph" / "of the preceding paragraph", then "of Article N" / "of this Article".
      const items: { labels: string[]; span: Span }[] = [];
      let m = run(paragraphItem, reading, at);
      while (m) {
        const first = m[1] ?? m[2] ?? m[4] ?? m[5]!;
        const firstAt = m.index + m[0].indexOf(first);
        const labels = labelsOf(first.toLowerCase() === first ? first : first, (m[3] ? `(${m[3]})` : '') + (m[6] ?? ''));
        // "paragraph 1 (a) and (b) (i)": a letter after a numbered item is a sub-paragraph of it.
        if (items.length && /^[0-9]+$/.test(items[0]!.labels[0]!) && !/^[0-9]+$/.test(labels[0]!)) labels.unshift(items[0]!.labels[0]!);
        items.push({ labels, span: { start: firstAt, end: m.index + m[0].length } });
        at = m.index + m[0].length;
        const sep = run(listSeparator, reading, at);
        if (!sep) break;
        const next = run(paragraphItem, reading, sep.index + sep[0].length);
        if (!next) break;
        m = next;
      }
      if (!items.length) continue;
      const sub = /^sub/i.test(word);
      let anchor: Anchor = sub ? 'paragraph' : 'article';
      const parent = run(ofParagraph, reading, at);
      if (parent) {
        for (const it of items) it.labels.unshift(parent[1] ?? parent[2]!);
        at = parent.index + parent[0].length;
        anchor = 'article';
      } else if (run(ofThisParagraph, reading, at)) {
        at = ofThisParagraph.lastIndex;
        anchor = 'paragraph';
      } else if (run(ofPreceding, reading, at)) {
        at = ofPreceding.lastIndex;
        anchor = 'preceding';
      }
      const of = run(ofSection, reading, at);
      let number: string | undefined;
      let numberSpan: Span | undefined;
      let kind: Reference['kind'] = 'article';
      let end = at;
      let tail: Tail = { kind: 'self' };
      if (of && of[1]) {
        end = of.index + of[0].length;
        if (anchor === 'paragraph' && !run(ofThisParagraph, reading, at)) anchor = 'article';
        if (/^annex|^appendix|^schedule/i.test(of[1])) kind = 'annex';
      } else if (of && of[2]) {
        const after = of.index + of[0].length;
        const n = run(/^annex|^appendix|^schedule/i.test(of[2]) ? annexNumber : articleNumber, reading, after);
        if (!n) continue;
        kind = kindOf(of[2]);
        number = n[1]!;
        const nAt = n.index + n[0].indexOf(n[1]!);
        numberSpan = toSection(nAt, nAt + number.length);
        let t = tailAt(reading, n.index + n[0].length);
        const inA = kind !== 'annex' && (t.tail.kind === 'none' || t.tail.kind === 'other') ? run(inAnnex, reading, n.index + n[0].length) : null;
        const a = inA ? run(annexNumber, reading, inAnnex.lastIndex) : null;
        if (inA && a && kind === 'section') {
          // "paragraph A of Section III of Annex I": checked as a reference to the annex.
          kind = 'annex';
          number = a[1]!;
          const aAt = a.index + a[0].indexOf(a[1]!);
          numberSpan = toSection(aAt, aAt + number.length);
          for (const it of items) it.labels = [];
          items.splice(1);
          t = tailAt(reading, a.index + a[0].length);
          if (t.tail.kind === 'none') t = { tail: { kind: 'self' }, end: a.index + a[0].length };
          else if (t.end < a.index + a[0].length) t = { tail: t.tail, end: a.index + a[0].length };
        }
        end = t.end;
        tail = t.tail;
      } else {
        const t = tailAt(reading, at);
        // "paragraph 2 of the Convention", "paragraph 4 of the exchange of notes", "paragraph 7
        // thereof": a paragraph of something else, or of something not named.
        if (t.tail.kind !== 'none') continue;
      }
      consumed = Math.max(consumed, end, items[items.length - 1]!.span.end);
      const mentions = before(start);
      items.forEach((it, i) => {
        const from = i === 0 ? start : it.span.start;
        const to = i === 0 ? (items.length === 1 ? end : it.span.end) : i === items.length - 1 ? end : it.span.end;
        const ref: RawReference = {
          kind,
          labels: it.labels,
          span: toSection(from, to),
          numberSpan: numberSpan ?? toSection(it.span.start, it.span.start + it.labels[number === undefined && anchor === 'article' ? 0 : 0]!.length),
          text: reading.slice(from, to),
          internal: true,
          clause,
          tail,
          before: mentions,
        };
        if (number !== undefined) ref.number = number;
        else ref.anchor = anchor;
        push(ref, from, to);
      });
      continue;
    }
    const kind = kindOf(word);
    const plural = /(?:s|es|ices)$/i.test(word) && !/^annex$/i.test(word);
    const numberRe = kind === 'annex' ? annexNumber : articleNumber;
    const items: { number: string; labels: string[]; numberSpan: Span; start: number; end: number }[] = [];
    let m = run(numberRe, reading, at);
    while (m) {
      const nAt = m.index + m[0].indexOf(m[1]!);
      const dotted = (m[2] ?? '').split('.').filter(Boolean);
      const own = [...dotted, ...labelsOf('', m[3] ?? '').slice(1)];
      at = m.index + m[0].length;
      const base = { number: m[1]!, numberSpan: { start: nAt, end: nAt + m[1]!.length }, start: nAt };
      // "Article 15, paragraph 7", "Article 40, paragraphs 2 and 3": paragraphs of that article.
      const para = kind === 'article' && !own.length ? run(withParagraph, reading, at) : null;
      let withItems = false;
      if (para) {
        const mark = items.length;
        const from = at;
        let p = run(paragraphItem, reading, para.index + para[0].length);
        while (p) {
          const first = p[1] ?? p[2] ?? p[4] ?? p[5]!;
          const labels = labelsOf(first, (p[3] ? `(${p[3]})` : '') + (p[6] ?? ''));
          items.push({ ...base, labels, end: p.index + p[0].length });
          withItems = true;
          at = p.index + p[0].length;
          const sep = run(listSeparator, reading, at);
          if (!sep || (plural && !/s$/i.test(para[0]))) break;
          const next = run(paragraphItem, reading, sep.index + sep[0].length);
          // "Articles 6, paragraph 1, and 7, paragraph 1": the next number is an article.
          if (!next || (plural && run(withParagraph, reading, next.index + next[0].length))) break;
          p = next;
        }
        // "Article II, paragraph 2 of Article V": the paragraph is Article V's, read on its own.
        if (withItems && (run(ofSection, reading, at) || run(ofParagraph, reading, at))) {
          items.length = mark;
          withItems = false;
          at = from;
        }
      }
      if (!withItems) items.push({ ...base, labels: own, end: at });
      if (!plural) break;
      let sep = run(listSeparator, reading, at);
      if (!sep && withItems) sep = run(/[ \t]*,[ \t]*(?:and|or)?/y, reading, at);
      if (!sep) break;
      const next = run(numberRe, reading, sep.index + sep[0].length);
      if (!next) break;
      m = next;
    }
    if (!items.length) continue;
    let internal = true;
    let within: RawReference['within'];
    const last = items[items.length - 1]!.end;
    let { tail, end } = tailAt(reading, last);
    let redirect: { number: string; numberSpan: Span } | undefined;
    const inA = tail.kind === 'none' || tail.kind === 'other' ? run(inAnnex, reading, last) : null;
    const inC = !inA && (tail.kind === 'none' || tail.kind === 'other') ? run(inContainer, reading, last) : null;
    if (inA) {
      // "Section IV of Annex I", "Article 3 of Annex II".
      const n = run(annexNumber, reading, inAnnex.lastIndex);
      if (n) {
        const nAt = n.index + n[0].indexOf(n[1]!);
        within = { kind: 'annex', word: inA[1]!, number: n[1]! };
        redirect = { number: n[1]!, numberSpan: { start: nAt, end: nAt + n[1]!.length } };
        ({ tail, end } = tailAt(reading, n.index + n[0].length));
        if (tail.kind === 'none') tail = { kind: 'self' };
      } else tail = { kind: 'other' };
    } else if (inC) {
      const c = inC;
      const n = run(containerNumber, reading, inContainer.lastIndex);
      if (n) {
        within = { kind: 'container', word: c[1]!, number: n[1]! };
        ({ tail, end } = tailAt(reading, n.index + n[0].length));
        if (end < n.index + n[0].length) end = n.index + n[0].length;
      }
    }
    // "the Convention's Article 5": another instrument.
    if (/[’']s[ \t]*$/.test(reading.slice(Math.max(0, start - 3), start))) internal = false;
    consumed = Math.max(consumed, end);
    const mentions = before(start);
    items.forEach((it, i) => {
      const from = i === 0 ? start : it.start;
      const to = i === items.length - 1 ? end : it.end;
      const ref: RawReference = {
        kind,
        number: it.number,
        labels: it.labels,
        span: toSection(from, to),
        numberSpan: toSection(it.numberSpan.start, it.numberSpan.end),
        text: reading.slice(from, to),
        internal,
        clause,
        tail,
        before: mentions,
      };
      if (within) ref.within = within;
      if (redirect && kind !== 'article') {
        // A part of an annex other than an article ("Section IV of Annex I") is checked as the annex.
        ref.kind = 'annex';
        ref.number = redirect.number;
        ref.labels = [];
        ref.numberSpan = toSection(redirect.numberSpan.start, redirect.numberSpan.end);
        delete ref.within;
      }
      push(ref, from, to);
    });
  }
  // A coordinated list shares the tail written after its last member: "Article II, paragraph 2 of
  // Article V and Article XIII, of the Agreement".
  for (let i = out.length - 2; i >= 0; i--) {
    const ref = out[i]!;
    const next = out[i + 1]!;
    if (ref.tail.kind !== 'none' && !(ref.tail.kind === 'self' && ref.number === undefined)) continue;
    if (ref.number === undefined) continue;
    const gap = reading.slice(extents[i]!.end, extents[i + 1]!.start);
    if (/^[ \t]*,?[ \t]*(?:(?:and|or|as well as)[ \t]+)?$/.test(gap) && next.tail.kind !== 'none') ref.tail = next.tail;
  }
  return out;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a section number: arabic, Roman or a letter (A = 1); NaN when it is none of these. */
export function numberValue(n: string): number {
  if (/^[0-9]+$/.test(n)) return Number(n);
  const u = n.toUpperCase();
  if (/^[IVXLCDM]+$/.test(u) && (u.length > 1 || 'IVXLC'.includes(u))) {
    let total = 0;
    for (let i = 0; i < u.length; i++) {
      const v = romanValues[u[i]!]!;
      const next = romanValues[u[i + 1] ?? ''] ?? 0;
      total += v < next ? -v : v;
    }
    return total;
  }
  if (/^[A-Z]$/.test(u)) return u.charCodeAt(0) - 64;
  return NaN;
}

/** The word a section's label starts with ("Article", "Section", "MOU Section", "Annex"). */
export function labelWord(section: Section): string {
  return section.number !== undefined ? section.label.slice(0, section.label.length - section.number.length).trim() : section.label;
}

/** The sections a reference of `kind` and `number` can mean, best first. */
export function candidatesFor(model: AgreementModel, kind: Reference['kind'], number: string): Section[] {
  return [...(candidateIndex(model.sections).get(`${kind}\u0000${number.toUpperCase()}`) ?? [])];
}

/**
 * The candidates of every (kind, number), built in one pass per model: a long draft resolves
 * thousands of references, and filtering every section for each of them was quadratic. "Article N"
 * means a section labelled Article (or, in a draft with none, Clause and the like), "Section N" one
 * labelled Section, "Chapter N" and "Part N" their own word; a container never stands for an article.
 */
const candidateIndexes = new WeakMap<readonly Section[], Map<string, Section[]>>();
const containerWords = new Set(['Section', 'Part', 'Chapter', 'Title']);

function candidateIndex(sections: readonly Section[]): Map<string, Section[]> {
  let index = candidateIndexes.get(sections);
  if (index) return index;
  const map = new Map<string, Section[]>();
  const add = (key: string, s: Section) => {
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  for (const s of sections) if (s.kind === 'annex' && s.number !== undefined) add(keysOf(s).annex, s);
  const numbered = sections.filter((s) => s.kind !== 'annex' && s.number !== undefined);
  const articles = numbered.filter((s) => s.kind === 'article' && keysOf(s).word === 'Article');
  for (const s of articles.length ? articles : numbered.filter((s) => s.kind === 'article' && !containerWords.has(keysOf(s).word ?? ''))) add(keysOf(s).article, s);
  for (const s of numbered) {
    const w = keysOf(s).word;
    // A part headed by its number alone ("## 2. Entry into Force") is cited as an Article or as a section.
    if (w === 'Section' || bareNumbered(s)) add(keysOf(s).section, s);
    else if (w === 'Part' || w === 'Chapter') add(`${w}\u0000${s.number!.toUpperCase()}`, s);
  }
  candidateIndexes.set(sections, (index = map));
  return index;
}

/** A numbered section's index keys and the last word of its label, kept with the section object. */
interface SectionKeys {
  annex: string;
  article: string;
  section: string;
  word: string | undefined;
}
const sectionKeys = new WeakMap<Section, SectionKeys>();

function keysOf(s: Section): SectionKeys {
  let k = sectionKeys.get(s);
  if (!k) {
    const upper = s.number!.toUpperCase();
    k = { annex: `annex\u0000${upper}`, article: `article\u0000${upper}`, section: `section\u0000${upper}`, word: labelWord(s).split(' ').pop() };
    sectionKeys.set(s, k);
  }
  return k;
}

/** The first clause of `section` whose label path starts with `labels`. */
export function clauseFor(section: Section, labels: readonly string[]): Clause | undefined {
  const want = labels.map((l) => l.toLowerCase());
  return section.clauses.find((c) => want.every((l, i) => c.labels[i]?.toLowerCase() === l));
}

/** The instrument word of the draft's own title ("Agreement", "Protocol"), and whether the title names another one it belongs to. */
function selfOf(model: AgreementModel): { word: string | undefined; related: boolean } {
  const title = model.frontMatter.title ?? model.sections.find((s) => s.kind === 'title')?.heading?.text ?? '';
  const words = [...title.matchAll(new RegExp(String.raw`\b${instrumentWord}`, 'gi'))].map((m) => m[0].replace(/[ \t]+/g, ' '));
  const first = words[0];
  return { word: first ? normal(first) : undefined, related: words.length > 1 && /\b(?:to|supplementary[ \t]+to|implementation[ \t]+of|implementing|amending|under)[ \t]+the\b/i.test(title) };
}

function normal(word: string): string {
  const w = word.toLowerCase();
  return /^(?:exchange of |notes|letters)/.test(w) ? 'exchange' : /^(?:memorandum|mou)/.test(w) ? 'memorandum' : w;
}

/** How one raw reference resolves: its target and whether it certainly points into the draft. */
interface Decision {
  target: Section | undefined;
  internal: boolean;
  uncertain: boolean;
  labels: string[];
}

function words(instrument: Section | undefined): string[] {
  if (!instrument) return [];
  const t = (instrument.heading?.text ?? '').toLowerCase();
  return [normal(t.split(/[ \t]/)[0] ?? ''), ...(/\bconvention\b/.test(t) ? ['convention'] : []), ...(/\bagreement\b/.test(t) ? ['agreement'] : []), ...(/\bprotocol\b/.test(t) ? ['protocol'] : [])];
}

function decide(model: AgreementModel, s: Section, r: RawReference, self: { word: string | undefined; related: boolean }, index: Map<string, Section[]>): Decision {
  const labels = r.labels;
  const no = (uncertain: boolean): Decision => ({ target: undefined, internal: false, uncertain, labels });
  if (!r.internal) return no(false);
  if (r.quoted) return no(true);
  const home = s.instrument;
  const isSelf = (word: string) => {
    const w = normal(word);
    return self.word === undefined ? !/^(?:convention|charter|covenant|directive|regulation|decision|statute|constitution)$/.test(w) : w === self.word;
  };
  // Whether the words after the reference keep it in the draft.
  let scope: 'main' | 'home' | 'any' = 'any';
  switch (r.tail.kind) {
    case 'other':
      return no(false);
    case 'vague':
      return no(true);
    case 'the':
      if (!isSelf(r.tail.word)) return no(false);
      scope = 'main';
      break;
    case 'self':
      if (r.tail.word && home && words(home).includes(normal(r.tail.word)) && normal(r.tail.word) !== self.word) scope = 'home';
      else if (r.tail.word) scope = home && !isSelf(r.tail.word) && !words(home).includes(normal(r.tail.word)) ? 'any' : 'main';
      break;
    case 'thereof': {
      const last = r.before[r.before.length - 1];
      if (!last) return no(true);
      if (last.how === 'other' || (last.how === 'the' && !isSelf(last.word))) return no(false);
      // "the Treaty ... thereof" in a draft whose title does not say what it is.
      if (last.how === 'the' && self.word === undefined) return no(true);
      scope = 'main';
      break;
    }
    case 'none': {
      // Unqualified: in the preamble, or in a sentence that names another instrument first, it may well cite that one.
      const opening = s.kind === 'title' || s.kind === 'preamble' || (s.kind === 'other' && !model.sections.slice(0, model.sections.indexOf(s)).some((x) => x.kind === 'article'));
      if (r.number !== undefined && opening) return no(true);
      if (r.number !== undefined && r.before.some((m) => m.how === 'other' || (m.how === 'the' && !isSelf(m.word)))) return no(true);
      break;
    }
  }
  // A reference to the section it stands in.
  if (r.number === undefined) {
    if (r.kind === 'annex') return s.kind === 'annex' ? { target: s, internal: true, uncertain: false, labels } : no(true);
    if (s.kind !== 'article' && s.kind !== 'annex') return no(true);
    return { target: s, internal: true, uncertain: false, labels: anchored(s, r) ?? labels };
  }
  if (r.container) {
    const found = index.get(`${r.container}\u0000${r.number.toUpperCase()}`);
    return found?.length ? { target: found[0], internal: true, uncertain: false, labels } : no(true);
  }
  let found = index.get(`${r.kind}\u0000${r.number.toUpperCase()}`) ?? [];
  if (r.within?.kind === 'annex') {
    // "Article 3 of Annex II": an article of that annex, when the draft has the annex's articles.
    const annex = index.get(`annex\u0000${r.within.number.toUpperCase()}`)?.[0];
    if (!annex) return no(true);
    const own = found.filter((x) => x.instrument === annex);
    return own.length ? { target: own[0], internal: true, uncertain: false, labels } : no(true);
  }
  if (r.within?.kind === 'container') {
    const container = index.get(`${r.within.word}\u0000${r.within.number.toUpperCase()}`)?.[0];
    if (!container) return no(true);
    const at = model.sections.indexOf(container);
    const after = model.sections.slice(at + 1);
    const end = after.findIndex((x) => keysOf2(x) === r.within!.word);
    const inside = (end < 0 ? after : after.slice(0, end)).filter((x) => found.includes(x));
    return inside.length ? { target: inside[0], internal: true, uncertain: false, labels } : no(true);
  }
  // The draft does not number its parts in this word ("Section 552" in a draft of Articles cites a statute).
  if (!found.length && r.kind !== 'annex' && !model.sections.some((x) => x.number !== undefined && x.kind !== 'annex' && (keysOf(x).word === (r.kind === 'article' ? 'Article' : 'Section') || bareNumbered(x))))
    return no(true);
  // Inside a protocol or annex with its own articles, or in a draft that belongs to another instrument, an article may be the other one's.
  const homeHas = (x: Section) => x.instrument === home;
  if (r.kind === 'article' || r.kind === 'section') {
    if (scope === 'home') found = found.filter(homeHas);
    else if (scope === 'main') found = found.filter((x) => x.instrument === undefined);
    else if (home && found.some(homeHas) && found.some((x) => !homeHas(x))) return no(true);
    else if (found.some(homeHas)) found = found.filter(homeHas);
    if (!found.length && scope === 'any' && (self.related || (home && model.sections.some((x) => x.kind === 'article' && x.instrument === home)))) return no(true);
  }
  return found.length ? { target: found[0], internal: true, uncertain: false, labels } : { target: undefined, internal: true, uncertain: false, labels };
}

/** Whether a section's heading is its number alone, with no word ("## 2. Entry into Force"). */
function bareNumbered(s: Section): boolean {
  const c = s.heading?.text.charCodeAt(0) ?? 0;
  return c >= 48 && c <= 57;
}

function keysOf2(s: Section): string | undefined {
  return s.number !== undefined ? keysOf(s).word : undefined;
}

/**
 * The labels of a reference to the section it stands in, counted from where it stands:
 * "subparagraph (a)" and "(a) of this paragraph" from the paragraph, "the preceding paragraph"
 * from the paragraph before. Undefined when they cannot be placed.
 */
function anchored(s: Section, r: RawReference): string[] | undefined {
  const here = s.clauses[r.clause]?.labels ?? [];
  if (r.anchor === 'preceding') {
    const top = here[0];
    if (top === undefined) return undefined;
    const tops = s.clauses.filter((c) => c.labels.length === 1).map((c) => c.labels[0]!);
    const i = tops.indexOf(top);
    if (i <= 0) return undefined;
    return [tops[i - 1]!, ...r.labels];
  }
  if (r.anchor === 'paragraph' || (r.anchor === 'article' && /^[a-z]+$/.test(r.labels[0] ?? '') && !clauseFor(s, r.labels))) {
    // From the innermost paragraph holding the reference outwards, the first that has such a sub-paragraph.
    for (let n = here.length; n >= 1; n--) {
      const path = [...here.slice(0, n), ...r.labels];
      if (clauseFor(s, path)) return path;
    }
    if (r.anchor === 'paragraph' && here.length) return [...here.slice(0, Math.max(1, here.length - (/^[a-z]+$/.test(here[here.length - 1]!) ? 1 : 0))), ...r.labels];
  }
  return r.labels;
}

/**
 * A placed section's resolved references with their decisions. A section placed where it was keeps
 * them while every reference decides the same (the clause a reference points to follows from its
 * target), so a keystroke resolves again only what changed.
 */
const placedReferences = new WeakMap<Section, { refs: Reference[]; decisions: Decision[]; at: number }>();

function same(a: Decision, b: Decision): boolean {
  return a.target === b.target && a.internal === b.internal && a.uncertain === b.uncertain && a.labels.length === b.labels.length && a.labels.every((l, i) => l === b.labels[i]);
}

/**
 * What every decision depends on besides the section's own text: each section's kind, label,
 * heading level, instrument and whether its heading is a bare number, in order, and the draft's
 * own title. A keystroke inside a paragraph leaves it as it was, and then a section placed as
 * before keeps its decisions (`decisionMemo`).
 */
function structureKey(model: AgreementModel, at: Map<Section, number>): string {
  let key = `${model.frontMatter.title ?? ''}\u0002${model.sections.find((x) => x.kind === 'title')?.heading?.text ?? ''}`;
  for (const x of model.sections) key += `\u0002${x.kind}\u0001${x.label}\u0001${x.heading?.depth ?? 0}\u0001${x.instrument ? at.get(x.instrument) : -1}\u0001${bareNumbered(x) ? 1 : 0}`;
  return key;
}

/** A section's decisions under one structure, with targets by their place in `model.sections` (a section's object changes with its text). */
const decisionMemo = new WeakMap<Section, { key: string; decisions: (Omit<Decision, 'target'> & { target: number })[] }>();

/** Recombines the sections' references and resolves each against the draft. */
export function assembleReferences(model: AgreementModel): Reference[] {
  const out: Reference[] = [];
  const index = candidateIndex(model.sections);
  let self: { word: string | undefined; related: boolean } | undefined;
  let at: Map<Section, number> | undefined;
  let key: string | undefined;
  for (const s of model.sections) {
    const raws = s.data.facts.references;
    if (raws.length === 0) continue;
    self ??= selfOf(model);
    at ??= new Map(model.sections.map((x, i) => [x, i]));
    key ??= structureKey(model, at);
    const memo = decisionMemo.get(s);
    let decisions: Decision[];
    if (memo && memo.key === key) decisions = memo.decisions.map((d) => ({ ...d, target: d.target < 0 ? undefined : model.sections[d.target] }));
    else {
      decisions = raws.map((r) => decide(model, s, r, self!, index));
      decisionMemo.set(s, { key, decisions: decisions.map((d) => ({ ...d, target: d.target ? at!.get(d.target)! : -1 })) });
    }
    const cached = placedReferences.get(s);
    if (cached && cached.decisions.length === decisions.length && cached.decisions.every((d, i) => same(d, decisions[i]!))) {
      // A section that moved (see `rebase` in model.ts) takes its references with it.
      if (cached.at !== s.span.start) {
        const by = s.span.start - cached.at;
        for (const ref of cached.refs) {
          move(ref.span, by);
          move(ref.numberSpan, by);
        }
        cached.at = s.span.start;
      }
      for (const ref of cached.refs) out.push(ref);
      continue;
    }
    const refs: Reference[] = [];
    raws.forEach((r, i) => {
      const d = decisions[i]!;
      const ref: Reference = {
        span: shift(r.span, s.span.start),
        numberSpan: shift(r.numberSpan, s.span.start),
        kind: r.kind,
        number: r.number ?? s.number ?? '',
        labels: d.labels,
        text: r.text,
        internal: d.internal,
        from: s,
      };
      if (d.uncertain) ref.uncertain = true;
      if (r.number === undefined) ref.relative = true;
      if (d.target) {
        ref.target = d.target;
        if (d.labels.length) {
          const c = clauseFor(d.target, d.labels);
          if (c) ref.targetClause = c;
        }
      }
      refs.push(ref);
    });
    placedReferences.set(s, { refs, decisions, at: s.span.start });
    for (const ref of refs) out.push(ref);
  }
  return out;
}
