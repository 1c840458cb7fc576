/**
 * Cross-references: "Article 5", "Article 5(2)(a)", "paragraph 2 of Article 5", "subparagraph (b)
 * of paragraph 1 of Article 3", "paragraph 3" (of the article it stands in), "Annex A",
 * "Articles 5 and 6", "Articles 5 to 7". A reference followed by "of the Convention" or another
 * instrument's name points outside the draft and is kept with `internal: false`; "of this
 * Agreement" and "of the Agreement" point inside. References are found per section and resolved
 * against the draft's sections and clauses here.
 */
import type { AgreementModel, Clause, Reference, Section } from './model.js';
import type { Span } from './types.js';
import { move, shift } from './spans.js';

/** A reference found in one clause (section-relative spans), before resolution. */
export interface RawReference {
  kind: Reference['kind'];
  /** Undefined for a paragraph of the section the reference stands in ("paragraph 3 of this Article"). */
  number?: string;
  labels: string[];
  span: Span;
  numberSpan: Span;
  text: string;
  internal: boolean;
  clause: number;
}

type ToSection = (start: number, end: number) => Span;

const keyword = /\b(sub-?paragraphs?|paragraphs?|Articles?|Sections?|Annex(?:es)?|Appendix|Appendices|Schedules?)\b/gi;
const articleNumber = /[ \t]+([0-9]{1,3}[a-z]?|[IVXLC]{1,7})\b((?:\.[0-9]{1,3})*)((?:[ \t]?\((?:[0-9]{1,3}|[a-z]{1,4})\))*)/y;
const annexNumber = /[ \t]+([0-9]{1,3}|[IVXLC]{1,7}|[A-Z])\b/y;
const paragraphItem = /[ \t]*(?:\(([0-9]{1,3}|[a-z]{1,4})\)|([0-9]{1,3}))((?:[ \t]?\((?:[0-9]{1,3}|[a-z]{1,4})\))*)/y;
const listSeparator = /[ \t]*(?:,(?:[ \t]*(?:and|or)(?=[ \t]))?|and|or|to|through|[-–])/y;
const ofSection = /[ \t]+of[ \t]+(?:this[ \t]+(Article|Section|Annex|Appendix|Schedule)\b|(Article|Section|Annex|Appendix|Schedule)(?=[ \t]))/iy;
const ofParagraph = /[ \t]+of[ \t]+paragraph[ \t]+(?:\(([0-9]{1,3})\)|([0-9]{1,3}))/iy;
const selfName = String.raw`(?:Agreement|Arrangement|Memorandum(?:[ \t]+of[ \t]+Understanding)?|MOU|Treaty|Protocol|Exchange[ \t]+of[ \t]+Letters)`;
const internalTail = new RegExp(String.raw`[ \t]*,?[ \t]*(?:of|to|in|under)[ \t]+(?:this|the[ \t]+present)[ \t]+${selfName}\b|[ \t]+(?:of|to)[ \t]+the[ \t]+${selfName}\b(?![ \t]+(?:on|between|of|concerning|regarding|for)\b)`, 'iy');
const inAnnex = /[ \t]+(?:of|to|in)[ \t]+(Annex|Appendix|Schedule)\b/iy;
const externalTail = /[ \t]*,?[ \t]*(?:of|to|in|under)[ \t]+(?:the[ \t]+|that[ \t]+|said[ \t]+|such[ \t]+|a[ \t]+|an[ \t]+)?(?:[A-Z0-9]|[a-z]+[ \t]+[A-Z]|(?:title|chapter|part|regulation|directive|decision|law|act|convention|treaty|code|statute|constitution)\b)/y;

function kindOf(word: string): Reference['kind'] {
  const w = word.toLowerCase();
  return w.startsWith('article') ? 'article' : w.startsWith('section') ? 'section' : 'annex';
}

function run(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function labelsOf(first: string, rest: string): string[] {
  return [first, ...[...rest.matchAll(/\(([0-9a-z]+)\)/g)].map((m) => m[1]!)];
}

/** The references written in one clause's reading text. */
export function findRawReferences(reading: string, toSection: ToSection, clause: number): RawReference[] {
  const out: RawReference[] = [];
  let consumed = 0;
  for (const k of reading.matchAll(keyword)) {
    const start = k.index!;
    // "Annex I" inside "Section IV of Annex I" was read with it.
    if (start < consumed) continue;
    const word = k[1]!;
    let at = start + word.length;
    if (/^(?:sub-?)?paragraph/i.test(word)) {
      // Paragraph labels, then "of paragraph N", then "of Article N" / "of this Article".
      const items: { labels: string[]; span: Span }[] = [];
      let m = run(paragraphItem, reading, at);
      while (m) {
        const first = m[1] ?? m[2]!;
        const firstAt = m.index + m[0].indexOf(first);
        items.push({ labels: labelsOf(first, m[3] ?? ''), span: { start: firstAt, end: m.index + m[0].length } });
        at = m.index + m[0].length;
        const sep = run(listSeparator, reading, at);
        if (!sep) break;
        const next = run(paragraphItem, reading, sep.index + sep[0].length);
        if (!next) break;
        m = next;
      }
      if (!items.length) continue;
      const parent = run(ofParagraph, reading, at);
      if (parent && /^sub/i.test(word)) {
        for (const it of items) it.labels.unshift(parent[1] ?? parent[2]!);
        at = parent.index + parent[0].length;
      }
      const of = run(ofSection, reading, at);
      let number: string | undefined;
      let numberSpan: Span | undefined;
      let kind: Reference['kind'] = 'article';
      let internal = true;
      let end = at;
      if (of && of[1]) end = of.index + of[0].length;
      else if (of && of[2]) {
        const after = of.index + of[0].length;
        const n = run(/^annex|^appendix|^schedule/i.test(of[2]) ? annexNumber : articleNumber, reading, after);
        if (!n) continue;
        kind = kindOf(of[2]);
        number = n[1]!;
        const nAt = n.index + n[0].indexOf(n[1]!);
        numberSpan = toSection(nAt, nAt + number.length);
        end = n.index + n[0].length;
        if (run(internalTail, reading, end)) end = internalTail.lastIndex;
        else if (run(externalTail, reading, end)) internal = false;
      } else if (run(externalTail, reading, at) || run(internalTail, reading, at) || /^[ \t]*(?:thereof|therein|thereto|hereof|of[ \t]+(?:that|the[ \t]+said|each|such|any|the[ \t]+relevant)\b)/i.test(reading.slice(at, at + 30))) {
        // "paragraph 2 of the Convention" points elsewhere; "paragraph 2 of the Agreement" is too vague to check.
        continue;
      }
      consumed = Math.max(consumed, end, items[items.length - 1]!.span.end);
      items.forEach((it, i) => {
        const span = toSection(i === 0 ? start : it.span.start, i === 0 ? (items.length === 1 ? end : it.span.end) : it.span.end);
        const ref: RawReference = {
          kind,
          labels: it.labels,
          span,
          numberSpan: numberSpan ?? toSection(it.span.start, it.span.start + it.labels[0]!.length),
          text: reading.slice(i === 0 ? start : it.span.start, i === 0 ? (items.length === 1 ? end : it.span.end) : it.span.end),
          internal,
          clause,
        };
        if (number !== undefined) ref.number = number;
        out.push(ref);
      });
      continue;
    }
    const kind = kindOf(word);
    const plural = /(?:s|es|ices)$/i.test(word) && !/^annex$/i.test(word);
    const numberRe = kind === 'annex' ? annexNumber : articleNumber;
    const items: { number: string; labels: string[]; numberSpan: Span; end: number }[] = [];
    let m = run(numberRe, reading, at);
    while (m) {
      const nAt = m.index + m[0].indexOf(m[1]!);
      const dotted = (m[2] ?? '').split('.').filter(Boolean);
      items.push({ number: m[1]!, labels: [...dotted, ...labelsOf('', m[3] ?? '').slice(1)], numberSpan: { start: nAt, end: nAt + m[1]!.length }, end: m.index + m[0].length });
      at = m.index + m[0].length;
      if (!plural) break;
      const sep = run(listSeparator, reading, at);
      if (!sep) break;
      const next = run(numberRe, reading, sep.index + sep[0].length);
      if (!next) break;
      m = next;
    }
    if (!items.length) continue;
    let internal = true;
    let redirect: { kind: Reference['kind']; number: string; numberSpan: Span; end: number } | undefined;
    const tail = items[items.length - 1]!.end;
    let end = tail;
    if (run(internalTail, reading, tail)) end = internalTail.lastIndex;
    else if (run(inAnnex, reading, tail)) {
      // "Section IV of Annex I": a part of an annex is checked as a reference to the annex.
      const n = run(annexNumber, reading, inAnnex.lastIndex);
      if (n) {
        const nAt = n.index + n[0].indexOf(n[1]!);
        redirect = { kind: 'annex', number: n[1]!, numberSpan: { start: nAt, end: nAt + n[1]!.length }, end: n.index + n[0].length };
        end = redirect.end;
        if (run(internalTail, reading, end)) end = internalTail.lastIndex;
        else if (run(externalTail, reading, end)) internal = false;
      } else internal = false;
    } else if (run(externalTail, reading, tail)) internal = false;
    // "the Convention's Article 5", "Article 5 TEU": another instrument.
    if (/[’']s[ \t]*$/.test(reading.slice(Math.max(0, start - 3), start))) internal = false;
    consumed = Math.max(consumed, end);
    items.forEach((it, i) => {
      const from = i === 0 ? start : it.numberSpan.start;
      const to = i === items.length - 1 ? end : it.end;
      const ref: RawReference = redirect
        ? { kind: 'annex', number: redirect.number, labels: [], span: toSection(from, to), numberSpan: toSection(redirect.numberSpan.start, redirect.numberSpan.end), text: reading.slice(from, to), internal, clause }
        : { kind, number: it.number, labels: it.labels, span: toSection(from, to), numberSpan: toSection(it.numberSpan.start, it.numberSpan.end), text: reading.slice(from, to), internal, clause };
      out.push(ref);
    });
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
 * thousands of references, and filtering every section for each of them was quadratic.
 */
const candidateIndexes = new WeakMap<readonly Section[], Map<string, Section[]>>();

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
  const numbered = sections.filter((s) => s.kind === 'article' && s.number !== undefined);
  for (const kind of ['article', 'section'] as const) {
    const word = kind === 'article' ? 'Article' : 'Section';
    const sameWord = numbered.filter((s) => keysOf(s).word === word);
    for (const s of sameWord.length ? sameWord : numbered) add(keysOf(s)[kind], s);
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

/**
 * A placed section's resolved references with the sections they resolved to. A section placed where
 * it was keeps them while every reference still resolves to the same section object (the clause a
 * reference points to follows from its target), so a keystroke resolves again only what changed.
 */
const placedReferences = new WeakMap<Section, { refs: Reference[]; targets: (Section | undefined)[]; at: number }>();

// The index key of a raw reference, kept with it (raw references are cached with their section).
const candidateKeys = new WeakMap<RawReference, string>();

function candidateKey(r: RawReference, number: string): string {
  let key = candidateKeys.get(r);
  if (key === undefined) candidateKeys.set(r, (key = `${r.kind}\u0000${number.toUpperCase()}`));
  return key;
}

/** Recombines the sections' references and resolves each against the draft. */
export function assembleReferences(model: AgreementModel): Reference[] {
  const out: Reference[] = [];
  const index = candidateIndex(model.sections);
  for (const s of model.sections) {
    const raws = s.data.facts.references;
    if (raws.length === 0) continue;
    const targets = raws.map((r) =>
      !r.internal ? undefined : r.number === undefined ? (s.kind === 'article' || s.kind === 'annex' ? s : undefined) : index.get(candidateKey(r, r.number))?.[0],
    );
    const cached = placedReferences.get(s);
    if (cached && cached.targets.every((t, i) => t === targets[i])) {
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
      const ref: Reference = {
        span: shift(r.span, s.span.start),
        numberSpan: shift(r.numberSpan, s.span.start),
        kind: r.kind,
        number: r.number ?? s.number ?? '',
        labels: r.labels,
        text: r.text,
        internal: r.internal,
        from: s,
      };
      if (r.number === undefined) ref.relative = true;
      const target = targets[i];
      if (target) {
        ref.target = target;
        if (r.labels.length) {
          const c = clauseFor(target, r.labels);
          if (c) ref.targetClause = c;
        }
      }
      refs.push(ref);
    });
    placedReferences.set(s, { refs, targets, at: s.span.start });
    for (const ref of refs) out.push(ref);
  }
  return out;
}
