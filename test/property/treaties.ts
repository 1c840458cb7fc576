/**
 * Structural mutations of the real agreements beside the clone (../shared), for the property
 * tests and the fuzzer: Articles moved, inserted (a copy of another) and deleted, paragraphs
 * deleted, and labels changed. Generated drafts do not have the structures real treaties use
 * (Chapters holding Articles, protocols with Articles of their own, Roman sub-items, "(1)"
 * paragraphs), so the properties "incremental = full", "fixes converge" and "no text outside a
 * fix changes" run on these too.
 */
import fc from 'fast-check';
import { realAgreements } from '../helpers/real-agreements.js';

/** One structural change of a draft, as an edit of its text. */
export interface TreatyEdit {
  start: number;
  end: number;
  newText: string;
}

/** A mutation, chosen by kind and by numbers that pick the places (taken modulo what the draft has). */
export interface TreatyMutation {
  kind: 'move-article' | 'insert-article' | 'delete-article' | 'delete-paragraph' | 'change-label';
  a: number;
  b: number;
}

/** The starts of the draft's heading lines of level 2 and deeper, and the draft's length at the end. */
function blocks(text: string): number[] {
  const starts: number[] = [];
  const re = /^#{2,6}[ \t]/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index);
  return starts;
}

/** Labels at the start of a line: "1.", "(a)", "(iv)", "(2)", "a)". */
const labelAtLineStart = /^([ \t]*)(\(([0-9]{1,2}|[a-z]{1,2}|[ivx]{1,5})\)|([0-9]{1,2})\.|([a-z])\))(?=[ \t])/gm;

/** The edits that carry out `mutations` one after the other on `text` (each on the text the previous left). */
export function treatyEdits(text: string, mutations: readonly TreatyMutation[]): TreatyEdit[] {
  const edits: TreatyEdit[] = [];
  let current = text;
  for (const m of mutations) {
    const e = treatyEdit(current, m);
    if (!e) continue;
    edits.push(...e);
    for (const x of e) current = current.slice(0, x.start) + x.newText + current.slice(x.end);
  }
  return edits;
}

/** The edits of one mutation (a move is a cut and an insertion, in that order), or undefined when the draft has no such place. */
function treatyEdit(text: string, m: TreatyMutation): TreatyEdit[] | undefined {
  const starts = blocks(text);
  const block = (i: number) => ({ start: starts[i]!, end: i + 1 < starts.length ? starts[i + 1]! : text.length });
  switch (m.kind) {
    case 'move-article':
    case 'insert-article':
    case 'delete-article': {
      if (starts.length < 2) return undefined;
      const from = block(m.a % starts.length);
      const body = text.slice(from.start, from.end);
      const piece = body.endsWith('\n') ? body : `${body}\n`;
      if (m.kind === 'delete-article') return [{ start: from.start, end: from.end, newText: '' }];
      const to = starts[m.b % starts.length]!;
      if (m.kind === 'insert-article') return [{ start: to, end: to, newText: piece }];
      if (to >= from.start && to <= from.end) return undefined;
      const cut = { start: from.start, end: from.end, newText: '' };
      const at = to > from.end ? to - (from.end - from.start) : to;
      return [cut, { start: at, end: at, newText: piece }];
    }
    case 'delete-paragraph': {
      const labels = [...text.matchAll(labelAtLineStart)];
      if (!labels.length) return undefined;
      const at = labels[m.a % labels.length]!.index!;
      const blank = text.indexOf('\n\n', at);
      const end = blank < 0 ? text.length : blank + 2;
      return [{ start: at, end, newText: '' }];
    }
    case 'change-label': {
      const labels = [...text.matchAll(labelAtLineStart)];
      if (!labels.length) return undefined;
      const hit = labels[m.a % labels.length]!;
      const start = hit.index! + hit[1]!.length;
      const choices = ['(a)', '(b)', '(c)', '(h)', '(i)', '(ii)', '(iv)', '(v)', '(1)', '(2)', '1.', '2.', '3.', '10.'];
      return [{ start, end: start + hit[2]!.length, newText: choices[m.b % choices.length]! }];
    }
  }
}

/**
 * The index of a real agreement (a counterexample then names the file, not its whole text), or
 * nothing when ../shared is absent (the properties are then skipped).
 */
export function treatyArb(): fc.Arbitrary<number> {
  const n = realAgreements().length;
  return fc.integer({ min: 0, max: Math.max(0, n - 1) });
}

/** The text of the real agreement at `i` (empty when there is none). */
export function treatyText(i: number): string {
  return realAgreements()[i]?.text ?? '';
}

/** Up to `max` structural mutations. */
export function treatyMutationsArb(max = 4): fc.Arbitrary<TreatyMutation[]> {
  const kind = fc.constantFrom<TreatyMutation['kind']>('move-article', 'insert-article', 'delete-article', 'delete-paragraph', 'change-label');
  return fc.array(fc.record({ kind, a: fc.nat(10_000), b: fc.nat(10_000) }), { minLength: 1, maxLength: max });
}

/** `text` with the edits applied in order. */
export function applyInOrder(text: string, edits: readonly TreatyEdit[]): string {
  let current = text;
  for (const e of edits) current = current.slice(0, e.start) + e.newText + current.slice(e.end);
  return current;
}
