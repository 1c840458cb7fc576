/**
 * Clause provenance: which standard clause a part of a draft was inserted from, and whether it
 * still reads as that clause.
 *
 * Every insertion from a template (a quick fix, a completion, the insert command) writes a marker,
 * an HTML comment on a line of its own, which rendered Markdown does not show:
 *
 *     <!-- clause: privacy-redress@1.0.0 -->
 *
 * For a whole article or annex the marker is the first line after its heading and speaks for
 * every paragraph after it in that section; for a clause or an element it stands right before the
 * paragraph (the line of its label) and speaks for as many paragraphs as the template has. The
 * model reads HTML comments as neither clause text nor prose, so no other check sees a marker.
 *
 * The filled values are not recorded: they are recovered from the text itself, by aligning the
 * clause word by word with the template, where each `{{PLACEHOLDER}}` may stand for any run of
 * words (`compareWithTemplate`). The same alignment says whether the text drifted, and shows how.
 */
import type { AgreementModel, Clause, Section } from '../model.js';
import type { Span } from '../types.js';
import { placeholderPattern } from './parse.js';
import { draftWordsOf, fillTemplate } from './fill.js';
import type { ClauseTemplate, TemplateLibrary } from './types.js';

/** The marker written before a clause inserted from `template`. */
export function provenanceMarker(template: { id: string; version: string }): string {
  return `<!-- clause: ${template.id}@${template.version} -->`;
}

/** A whole HTML comment that is a provenance marker. */
const markerPattern = /^<!--[ \t]*clause:[ \t]*([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9A-Za-z][0-9A-Za-z.+-]*)[ \t]*-->$/;

/** A provenance marker line at the end of `text` (before the clause it speaks for), with blank lines after it. */
export const markerLineBefore = /(?:^|\r\n|\n|\r)[ \t>]*(<!--[ \t]*clause:[ \t]*[a-z0-9-]+@[0-9A-Za-z.+-]+[ \t]*-->)[ \t]*(?:(?:\r\n|\n|\r)[ \t>]*)*$/;

/** A provenance marker as found in a draft. */
export interface ProvenanceMark {
  templateId: string;
  version: string;
  /** The HTML comment. */
  span: Span;
  section: Section;
}

/** What a marked clause is now, compared with its template. */
export type ProvenanceStatus = 'approved' | 'drifted' | 'outdated' | 'unknown';

/** One step of a word-level comparison of the approved text with the draft's text. */
export interface DiffPart {
  /** `same` in both; `approved` only in the template; `actual` only in the draft; `value` a filled placeholder. */
  kind: 'same' | 'approved' | 'actual' | 'value';
  text: string;
  /** For `value`: the placeholder's name. */
  name?: string;
  /** For `same`, `actual` and `value`: where it stands in the draft. */
  span?: Span;
}

/** A marked clause, with its status. */
export interface MarkedClause extends ProvenanceMark {
  status: ProvenanceStatus;
  /** The template the library holds under this id, if any. */
  template?: ClauseTemplate;
  /** The paragraphs the marker speaks for (none when nothing follows it in its section). */
  clauses: Clause[];
  /** How the draft cites them: "Article 5", "Article 5(2)". */
  citation: string;
  /** From the marker to the end of the last paragraph it speaks for. */
  extent: Span;
  /** For `approved` and `drifted`: the word-level comparison. */
  diff?: DiffPart[];
  /** For `drifted`: from the first to the last word that differs, in the draft. */
  changed?: Span;
  /** The placeholder values recovered from the text (first occurrence of each name). */
  values?: Record<string, string>;
}

/** The provenance markers of a draft, in order: HTML comment blocks of their own, outside code. */
export function findMarks(model: AgreementModel): ProvenanceMark[] {
  const out: ProvenanceMark[] = [];
  for (const section of model.sections) {
    for (const block of section.data.foldable) {
      if (block.kind !== 'comment') continue;
      const start = section.span.start + block.span.start;
      const end = section.span.start + block.span.end;
      const m = markerPattern.exec(model.text.slice(start, end).trim());
      if (!m) continue;
      // A block of its own: only indentation or a quote's ">" before it on its line.
      const lineStart = model.index.lineStart(model.index.lineOf(start));
      if (!/^[ \t>]*$/.test(model.text.slice(lineStart, start))) continue;
      out.push({ templateId: m[1]!, version: m[2]!, span: { start, end }, section });
    }
  }
  return out;
}

/** Compares two versions ("1", "1.2", "1.2.3", a suffix after "-" or "+" ignored): negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Memo of comparisons, kept by a caller between analyses (a rule's state): keyed by the text compared. */
export type ProvenanceMemo = Map<string, Comparison | null>;

/**
 * Every marked clause of a draft with its status: `unknown` when the library has no template of
 * that id, or only an older version than the marker names; `outdated` when the library holds a
 * newer version; else `approved` or `drifted` as the text compares with the template.
 */
export function markedClauses(model: AgreementModel, library: TemplateLibrary, memo?: ProvenanceMemo): MarkedClause[] {
  const marks = findMarks(model);
  return marks.map((mark, i) => {
    const template = library.get(mark.templateId);
    const nextMark = marks[i + 1]?.section === mark.section ? marks[i + 1]!.span.start : Infinity;
    const after = mark.section.clauses.filter((c) => c.span.start >= mark.span.end && c.span.start < nextMark);
    const clauses = template?.kind === 'article' ? after : after.slice(0, template ? paragraphCount(template) : 1);
    const citation = template?.kind === 'article' || clauses.length === 0 ? mark.section.label : clauses.length === 1 ? clauses[0]!.citation : `${clauses[0]!.citation} to ${clauses[clauses.length - 1]!.citation}`;
    const last = clauses[clauses.length - 1];
    const out: MarkedClause = { ...mark, status: 'unknown', clauses, citation, extent: { start: mark.span.start, end: last ? last.span.end : mark.span.end } };
    if (!template) return out;
    out.template = template;
    const order = compareVersions(template.version, mark.version);
    if (order < 0) return out;
    if (order > 0) {
      out.status = 'outdated';
      // Compared with the newer version: only the values it reads with certainty are carried over;
      // the others take what the draft gives now, as a new insertion would.
      const c = compareWithTemplate(model, template, clauses, memo);
      if (c) out.values = c.drifted ? c.anchoredValues : c.values;
      return out;
    }
    const c = compareWithTemplate(model, template, clauses, memo);
    // Too long to compare word by word (see `maxCells`): listed as approved, not reported on a guess.
    out.status = c?.drifted ? 'drifted' : 'approved';
    if (c) {
      out.diff = c.diff;
      out.values = c.values;
      if (c.drifted) {
        const spans = c.diff.filter((p) => p.kind === 'actual').map((p) => p.span!);
        if (spans.length) out.changed = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
        else {
          // Words only deleted: the word of the draft right after them (or, at the end, right before).
          const at = c.diff.findIndex((p) => p.kind === 'approved');
          const next = c.diff.slice(at).find((p) => p.span);
          const previous = [...c.diff.slice(0, at)].reverse().find((p) => p.span);
          const word = next?.span
            ? { start: next.span.start, end: next.span.start + (/^\S+/.exec(next.text)?.[0].length ?? 0) }
            : previous?.span
              ? { start: previous.span.end - (/\S+$/.exec(previous.text)?.[0].length ?? 0), end: previous.span.end }
              : undefined;
          out.changed = word ?? (clauses[0] ? clauses[0].span : mark.span);
        }
      }
    }
    return out;
  });
}

/** How many paragraphs (clauses, as the model cuts them) a clause or element template writes. */
function paragraphCount(template: ClauseTemplate): number {
  // Paragraphs are separated by blank lines; a line opening with a label is a sub-paragraph.
  const body = template.body.trim();
  let n = 0;
  for (const block of body.split(/\n[ \t]*\n/)) {
    if (block.trim() === '') continue;
    n++;
    for (const line of block.split('\n').slice(1)) if (labelAtStart.test(line)) n++;
  }
  return Math.max(1, n);
}

/** A label at the start of a clause or line: "1.", "5.2", "(a)", "a)", "(iv)". */
const labelAtStart = /^[ \t]*(?:\((?:[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|[0-9]{1,3}(?:\.[0-9]{1,3})*\.?(?=[ \t])|(?:[a-z]{1,2}|[ivx]{1,5})\))[ \t]+/i;

/** A token of a comparison: a word or one punctuation character, compared in `norm`. */
interface Token {
  norm: string;
  /** For the template: a placeholder's name, when the token stands for one. */
  slot?: string;
  /** For a placeholder: it opens a sentence, where the fill writes its value with a capital. */
  opens?: boolean;
  /** For the draft: the source span, and the text as written. */
  span?: Span;
  text: string;
  /** For the draft: a word of a defined "... Information" before its noun, which costs nothing added. */
  free?: boolean;
}

// A word, with an apostrophe or a colon inside it ("Party's", "TLP:AMBER"), or one other character.
const tokenPattern = /[\p{L}\p{N}]+(?:['’:][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[—–]/g, '-');
}

function tokens(text: string, offset = 0, toSource?: (a: number, b: number) => Span): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const t: Token = { norm: normalise(m[0]), text: m[0] };
    t.span = toSource ? toSource(m.index!, m.index! + m[0].length) : { start: offset + m.index!, end: offset + m.index! + m[0].length };
    out.push(t);
  }
  return out;
}

/** The template's text as tokens, with or without its optional sections. */
function templateTokens(template: ClauseTemplate, keepSections: boolean): Token[] {
  let body = template.body.replace(/\r\n?/g, '\n');
  // A whole article or annex: its heading is written by the fix in the draft's style; not compared.
  if (template.kind === 'article') body = body.replace(/^[ \t]*#{1,6}[ \t][^\n]*\n?/, '');
  body = body.replace(/\{\{#\s*([A-Za-z][A-Za-z0-9 _-]*?)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g, (_m, _n, inner: string) => (keepSections ? inner : ''));
  // Paragraph labels are the draft's ("1." may be written "(1)" or "5.1"): not compared.
  body = body
    .split('\n')
    .map((line) => line.replace(labelAtStart, ''))
    .join('\n');
  const out: Token[] = [];
  let last = 0;
  for (const m of body.matchAll(placeholderPattern)) {
    for (const t of tokens(body.slice(last, m.index!))) out.push({ norm: t.norm, text: t.text });
    const before = body.slice(0, m.index!);
    out.push({ norm: '', slot: m[1]!.trim(), text: `{{${m[1]!.trim()}}}`, opens: /(?:^|\n)[ \t]*$|[.!?][ \t]+$/.test(before) });
    last = m.index! + m[0].length;
  }
  for (const t of tokens(body.slice(last))) out.push({ norm: t.norm, text: t.text });
  return out;
}

/** The draft's text of `clauses` as tokens, labels left out, a defined "... Information" read as "information". */
function draftTokens(model: AgreementModel, clauses: readonly Clause[]): Token[] {
  const out: Token[] = [];
  // Fixes write the draft's defined term for its information ("Screening Information") where the
  // template says "information": such a term reads as the noun alone.
  const subjectTerms = model.terms
    .map((d) => d.term)
    .filter((t) => /\s(?:information|data)$/i.test(t))
    .map((t) => tokens(t).map((x) => x.norm));
  for (const c of clauses) {
    const label = labelAtStart.exec(c.text);
    const from = label && c.labels.length ? label[0].length : 0;
    const ts = tokens(c.text.slice(from), 0, (a, b) => c.sourceSpan(from + a, from + b));
    for (let i = 0; i < ts.length; i++) {
      const hit = subjectTerms.find((words) => words.length > 1 && words.every((w, k) => ts[i + k]?.norm === w));
      if (hit) {
        for (let k = 0; k < hit.length - 1; k++) out.push({ ...ts[i + k]!, free: true });
        i += hit.length - 2;
      } else out.push(ts[i]!);
    }
  }
  return out;
}

/** The largest comparison made word by word (template tokens times draft tokens). */
const maxCells = 4_000_000;

/**
 * Compares the draft's text of `clauses` with `template`, where a placeholder stands for any run of
 * words: whether it drifted, the word-level difference, and the values recovered. Undefined when
 * the texts are too long to compare.
 */
export function compareWithTemplate(
  model: AgreementModel,
  template: ClauseTemplate,
  clauses: readonly Clause[],
  memo?: ProvenanceMemo,
): Comparison | undefined {
  const actual = draftTokens(model, clauses);
  const key = memo ? `${template.id}\u0000${template.version}\u0000${template.body}\u0000${model.frontMatter.span ? model.text.slice(model.frontMatter.span.start, model.frontMatter.span.end) : ''}\u0000${actual.map((t) => `${t.span!.start}:${t.norm}`).join(' ')}` : '';
  if (memo?.has(key)) return memo.get(key) ?? undefined;
  let best: { cost: number; diff: DiffPart[]; values: Record<string, string>; runs: SlotRun[]; keep: boolean } | undefined;
  const hasSections = /\{\{#/.test(template.body);
  for (const keep of hasSections ? [true, false] : [true]) {
    const r = align(templateTokens(template, keep), actual, model.text);
    if (r && (!best || r.cost < best.cost)) best = { ...r, keep };
  }
  let result: Comparison | undefined;
  if (best && best.cost === 0) result = { drifted: false, diff: best.diff, values: chooseValues(best.runs), anchoredValues: chooseValues(best.runs) };
  else if (best) {
    // The text drifted. A placeholder may have taken an edited word next to it ("the receiving
    // Party shall" for "{{RECEIVING PARTY}} may"), which the alignment counts as cheaper than a
    // changed word: each placeholder's value is settled first (the value the draft gives now, when
    // the words taken start or end with it; the most frequent, where a placeholder is used more
    // than once), then the template, filled with those values, is compared word by word again.
    const values = settleValues(model, template, best.runs);
    const filled = templateTokens(template, best.keep).flatMap((t) => (t.slot !== undefined && values[t.slot] !== undefined ? tokens(values[t.slot]!).map((v) => ({ norm: v.norm, text: v.text })) : [t]));
    const again = align(filled, actual, model.text);
    const anchored = chooseValues(best.runs.filter((r) => r.anchored));
    result = again ? { drifted: again.cost > 0, diff: again.diff, values: { ...chooseValues(again.runs), ...values }, anchoredValues: anchored } : { drifted: true, diff: best.diff, values, anchoredValues: anchored };
  }
  memo?.set(key, result ?? null);
  return result;
}

/** What a comparison of a marked clause with a template gives. */
export interface Comparison {
  drifted: boolean;
  diff: DiffPart[];
  /** A value for each placeholder that took words. */
  values: Record<string, string>;
  /**
   * Only the values of placeholders with the template's own words on both sides: what a newer
   * version (whose wording may differ around a placeholder) can take without guessing.
   */
  anchoredValues: Record<string, string>;
}

/** The words a placeholder took in the draft. */
interface SlotRun {
  name: string;
  span: Span;
  text: string;
  /** The placeholder opens a sentence (its value was written with a capital). */
  opens: boolean;
  /**
   * No word of the draft outside the template touches it, and on one side at least the template's
   * own word (or the end of the text): the value is not a guess.
   */
  anchored: boolean;
}

/**
 * One value per placeholder from the words it took: one taken where it does not open a sentence
 * (where a fill writes the value as it is), else the first, its "The" or "A" put in lower case.
 */
function chooseValues(runs: readonly SlotRun[], values: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of new Set(runs.map((r) => r.name))) {
    const own = runs.filter((r) => r.name === name);
    const inSentence = own.find((r) => !r.opens);
    out[name] = values[name] ?? (inSentence ? inSentence.text : own[0]!.text.replace(/^(The|This|These|That|A|An|Each|Either|Both)\b/, (w) => w.toLowerCase()));
  }
  return out;
}

/** One value per placeholder from the words each took (see `compareWithTemplate`). */
function settleValues(model: AgreementModel, template: ClauseTemplate, runs: readonly SlotRun[]): Record<string, string> {
  const out: Record<string, string> = {};
  const words = draftWordsOf(model);
  for (const name of new Set(runs.map((r) => r.name))) {
    const now = fillTemplate({ ...template, body: `{{${name}}}`, placeholders: [name] }, model.frontMatter, words);
    const nowTokens = tokens(now).map((t) => t.norm);
    const own = runs.filter((r) => r.name === name);
    const candidates = (own.some((r) => !r.opens) ? own.filter((r) => !r.opens) : own)
      .map((r) => {
        const ts = tokens(r.text);
        const norms = ts.map((t) => t.norm);
        const n = nowTokens.length;
        // Only words in lower case are taken off ("shall", "and"): a value goes on in capitals
        // ("this Memorandum" of "this Memorandum of Cooperation" is not the whole name).
        const plain = (from: number, to: number) => !/[\p{Lu}\p{N}]/u.test(ts.slice(from, to).map((t) => t.text).join(' '));
        if (n > 0 && norms.length > n) {
          if (nowTokens.every((w, k) => norms[k] === w) && plain(n, norms.length)) return r.text.slice(0, ts[n - 1]!.span!.end);
          if (nowTokens.every((w, k) => norms[norms.length - n + k] === w) && plain(0, norms.length - n)) return r.text.slice(ts[norms.length - n]!.span!.start);
        }
        return r.text;
      });
    const count = new Map<string, number>();
    for (const c of candidates) count.set(c.toLowerCase(), (count.get(c.toLowerCase()) ?? 0) + 1);
    const chosen = candidates.reduce((a, b) => (count.get(b.toLowerCase())! > count.get(a.toLowerCase())! ? b : a));
    out[name] = own.some((r) => !r.opens) ? chosen : chooseValues([{ ...own[0]!, text: chosen }])[name]!;
  }
  return out;
}

/**
 * Aligns template tokens with draft tokens at the least cost: a word of the draft not in the
 * template costs 2, a word of the template missing from the draft 3 (so that a placeholder does
 * not swallow words of the template), a placeholder takes any run of one or more words for nothing
 * (an empty placeholder costs 3).
 */
function align(t: Token[], a: Token[], text: string): { cost: number; diff: DiffPart[]; values: Record<string, string>; runs: SlotRun[] } | undefined {
  const n = t.length;
  const m = a.length;
  if ((n + 1) * (m + 1) > maxCells) return undefined;
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let j = 1; j <= m; j++) dp[j] = dp[j - 1]! + (a[j - 1]!.free ? 0 : 2);
  for (let i = 1; i <= n; i++) {
    const ti = t[i - 1]!;
    dp[i * w] = dp[(i - 1) * w]! + 3;
    for (let j = 1; j <= m; j++) {
      let v = dp[(i - 1) * w + j]! + 3;
      if (ti.slot !== undefined) {
        v = Math.min(v, dp[(i - 1) * w + j - 1]!, dp[i * w + j - 1]!);
      } else {
        v = Math.min(v, dp[i * w + j - 1]! + (a[j - 1]!.free ? 0 : 2));
        if (ti.norm === a[j - 1]!.norm) v = Math.min(v, dp[(i - 1) * w + j - 1]!);
      }
      dp[i * w + j] = v;
    }
  }
  // Walk back from the end: a placeholder's words first, then a match, a word added, a word missing.
  const steps: { kind: DiffPart['kind']; tok?: Token; slot?: number; name?: string; opens?: boolean }[] = [];
  let i = n;
  let j = m;
  const at = (x: number, y: number) => dp[x * w + y]!;
  while (i > 0 || j > 0) {
    const ti = i > 0 ? t[i - 1] : undefined;
    const here = at(i, j);
    // A later placeholder left empty rather than taking words an earlier one could take as well.
    if (ti?.slot !== undefined && j > 0 && i > 0 && here === at(i - 1, j) + 3 && (here === at(i, j - 1) || here === at(i - 1, j - 1))) {
      steps.push({ kind: 'approved', name: ti.slot, tok: ti });
      i--;
      continue;
    }
    if (ti?.slot !== undefined && j > 0) {
      if (here === at(i, j - 1)) {
        steps.push({ kind: 'value', tok: a[j - 1]!, slot: i - 1, name: ti.slot, opens: !!ti.opens });
        j--;
        continue;
      }
      if (here === at(i - 1, j - 1)) {
        steps.push({ kind: 'value', tok: a[j - 1]!, slot: i - 1, name: ti.slot, opens: !!ti.opens });
        i--;
        j--;
        continue;
      }
    }
    // Where a word added and a match cost the same, the word added is placed last.
    if (j > 0 && (i === 0 || here === at(i, j - 1) + (a[j - 1]!.free ? 0 : 2))) {
      steps.push({ kind: a[j - 1]!.free ? 'same' : 'actual', tok: a[j - 1]! });
      j--;
    } else if (ti && ti.slot === undefined && j > 0 && ti.norm === a[j - 1]!.norm && here === at(i - 1, j - 1)) {
      steps.push({ kind: 'same', tok: a[j - 1]! });
      i--;
      j--;
    } else {
      steps.push({ kind: 'approved', name: ti!.slot, tok: ti! });
      i--;
    }
  }
  steps.reverse();
  const diff: DiffPart[] = [];
  const values: Record<string, string> = {};
  const runs: SlotRun[] = [];
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k]!;
    if (s.kind === 'value') {
      let e = k;
      while (e + 1 < steps.length && steps[e + 1]!.kind === 'value' && steps[e + 1]!.slot === s.slot) e++;
      const span = { start: s.tok!.span!.start, end: steps[e]!.tok!.span!.end };
      const value = text.slice(span.start, span.end);
      diff.push({ kind: 'value', name: s.name!, text: value, span });
      const prev = steps[k - 1];
      const next = steps[e + 1];
      runs.push({ name: s.name!, text: value, span, opens: !!s.opens, anchored: prev?.kind !== 'actual' && next?.kind !== 'actual' && (!prev || prev.kind === 'same' || !next || next.kind === 'same') });
      if (!(s.name! in values)) values[s.name!] = value;
      k = e;
    } else if (s.kind === 'approved') diff.push({ kind: 'approved', text: s.name !== undefined ? `[${s.name}]` : s.tok!.text });
    else diff.push({ kind: s.kind, text: s.tok!.text, span: s.tok!.span! });
  }
  return { cost: at(n, m), diff: merge(diff), values, runs };
}

/** Runs of the same kind joined, with one space between words. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === p.kind && p.kind !== 'value') {
      prev.text = joinWords(prev.text, p.text);
      if (prev.span && p.span) prev.span = { start: prev.span.start, end: p.span.end };
    } else out.push({ ...p });
  }
  return out;
}

function joinWords(a: string, b: string): string {
  return /^[.,;:)\]!?]/.test(b) || /[([]$/.test(a) ? `${a}${b}` : `${a} ${b}`;
}

/** The marked clause whose extent holds `offset`, if any. */
export function markedClauseAt(model: AgreementModel, library: TemplateLibrary, offset: number): MarkedClause | undefined {
  if (!findMarks(model).length) return undefined;
  return markedClauses(model, library).find((c) => c.extent.start <= offset && offset <= c.extent.end);
}
