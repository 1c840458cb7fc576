/**
 * The invariants every analysis must keep, whatever the input and whatever rules are registered.
 * Used by the property tests (a few hundred cases in `npm test`), the fuzzer (`npm run fuzz`, a
 * hundred thousand or more) and the bad-input tests. Positions are checked against an index built
 * here independently of the core's LineIndex, so a bug there cannot hide itself.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as core from '../../server/src/core/index.js';
import { analyze, applyEdits, buildModel, createFixVerifier, rules, type AnalyzeOptions, type Finding, type FixVerifier, type Position, type Range } from '../../server/src/core/index.js';

/** Line starts and line ends (before the line break) of a text, as LSP counts lines. */
export class IndependentLines {
  readonly starts: number[] = [0];
  readonly ends: number[] = [];
  constructor(readonly text: string) {
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
  }

  /** The offset of a position, asserting that it is a real place in the text. */
  offset(p: Position, what: string): number {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: position is not integral: ${JSON.stringify(p)}`);
    assert.ok(p.line >= 0 && p.line < this.starts.length, `${what}: line ${p.line} is outside the document (${this.starts.length} lines)`);
    const start = this.starts[p.line]!;
    const length = this.ends[p.line]! - start;
    assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} is outside line ${p.line} (length ${length}; a position past the line end would fall inside or after its line break)`);
    const o = start + p.character;
    const before = this.text.charCodeAt(o - 1);
    const here = this.text.charCodeAt(o);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff), `${what}: position ${p.line}:${p.character} splits a surrogate pair`);
    return o;
  }

  /** The offsets of a range, asserting start <= end. */
  span(r: Range, what: string): { start: number; end: number } {
    const start = this.offset(r.start, `${what} start`);
    const end = this.offset(r.end, `${what} end`);
    assert.ok(start <= end, `${what}: range ends before it starts: ${JSON.stringify(r)}`);
    return { start, end };
  }
}

/** Options for one check of the invariants. */
export interface InvariantOptions {
  analyzeOptions?: AnalyzeOptions;
  /** How many fixes to apply and re-check at most (each costs one analysis). */
  maxFixes?: number;
  /** Check determinism by analysing twice. */
  determinism?: boolean;
}

/** A generous bound on analysis time, to catch hangs and catastrophic backtracking, not to benchmark. */
export function timeBoundMs(text: string): number {
  return 5000 + text.length / 20;
}

const severities = new Set(['error', 'warning', 'information', 'hint']);

/** Analyses `text`, asserting no throw, no rule error and an end within the bound. */
export function analyseChecked(text: string, options: AnalyzeOptions = {}): Finding[] {
  const ruleErrors: string[] = [];
  const started = performance.now();
  const { findings } = analyze(text, {
    ...options,
    onRuleError: (id, e) => ruleErrors.push(`${id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  });
  const took = performance.now() - started;
  assert.deepEqual(ruleErrors, [], 'a rule threw');
  assert.ok(took < timeBoundMs(text), `analysis took ${Math.round(took)} ms on ${text.length} characters (bound ${Math.round(timeBoundMs(text))} ms)`);
  return findings;
}

/** Asserts that every range of every finding, related location and fix edit is a real place. */
export function checkRanges(text: string, findings: readonly Finding[], lines = new IndependentLines(text)): void {
  const ids = new Set(rules.map((r) => r.meta.id));
  findings.forEach((f, i) => {
    const what = `finding ${i} (${f.ruleId})`;
    assert.ok(ids.has(f.ruleId), `${what}: unknown rule id`);
    assert.ok(severities.has(f.severity), `${what}: bad severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `${what}: empty message`);
    lines.span(f.range, what);
    f.related?.forEach((r, j) => lines.span(r.range, `${what} related ${j}`));
    f.fixes.forEach((fix, j) => {
      assert.ok(fix.title.trim().length > 0, `${what} fix ${j}: empty title`);
      fix.edits.forEach((e, k) => lines.span(e.range, `${what} fix ${j} edit ${k}`));
    });
  });
}

/** Rebuilds the text after edits without the core's code: the reference for "nothing else changed". */
export function applyIndependently(text: string, edits: readonly { range: Range; newText: string }[], lines = new IndependentLines(text)): string {
  const spans = edits.map((e, i) => ({ ...lines.span(e.range, `edit ${i}`), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.start >= spans[i - 1]!.end, 'the edits of one fix overlap');
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) out = out.slice(0, spans[i]!.start) + spans[i]!.newText + out.slice(spans[i]!.end);
  return out;
}

/**
 * A message with its citations of Articles, Sections, Annexes and paragraphs blanked (also those of
 * an unnumbered Annex, "Annex(1)"), and a quoted
 * citation ("paragraph 2 of Article 3", "Article 3(1)(a)") reduced to one blank: a broken reference
 * is reported at its first occurrence, which a fix may remove, leaving the next one (written
 * otherwise) to report the same missing part.
 */
const messageKey = (f: Finding) =>
  `${f.ruleId}|${f.message.replace(/\b(?:Article|Section|Annex|paragraph|Paragraph)s?(?:\s+[0-9IVXLCDMA-Z]+[a-z]?(?:\([0-9a-z]+\))*|(?:\([0-9a-z]+\))+)/g, '§').replace(/"§(?: of (?:this )?§)*"/g, '"§"')}`;

/** The offsets of a fix's edits in the text before it, in order, with the inserted text. */
export interface PlacedEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Maps an offset of the text after the edits back to the text before them; undefined for an
 * offset strictly inside inserted text (it has no place before the fix). An offset at either end of
 * an inserted text maps to that end of the replaced span.
 */
export function mapBack(offset: number, edits: readonly PlacedEdit[]): number | undefined {
  let shift = 0;
  for (const e of edits) {
    const from = e.start + shift;
    const to = from + e.newText.length;
    if (offset < from) return offset - shift;
    if (offset === from) return e.start;
    if (offset < to) return undefined;
    if (offset === to) return e.end;
    shift += e.newText.length - (e.end - e.start);
  }
  return offset - shift;
}

/** A finding located by offsets in the draft before a fix (a finding after it mapped back). */
export interface Located {
  f: Finding;
  key: string;
  /** Its span in the text before the fix (mapped back for a finding after it). */
  start: number | undefined;
  end: number | undefined;
  /** Its span in the text it was found in. */
  at: { start: number; end: number };
}

export function locate(findings: readonly Finding[], lines: IndependentLines, edits?: readonly PlacedEdit[]): Located[] {
  return findings.map((f) => {
    const { start, end } = lines.span(f.range, f.ruleId);
    return { f, key: messageKey(f), start: edits ? mapBack(start, edits) : start, end: edits ? mapBack(end, edits) : end, at: { start, end } };
  });
}

/**
 * Pairs each finding after a fix with the finding before it that reports the same problem: the same
 * rule, and the same place (its range mapped back through the fix's edits) or the same message with
 * citations blanked. Both count, because a fix moves text (inserted paragraphs shift the places after
 * them; renumbering changes the citations inside other findings' messages) without changing what
 * is reported; pairs that agree on both are made first, then by place, then by message, then the
 * one finding before and after of a rule that reported exactly one each time. The fixed
 * finding `fixed` is paired last, so that an identical finding elsewhere keeps its own partner.
 * Returns the findings after the fix that have no partner (added) and the partner of `fixed`, if any.
 */
function pairFindings(before: readonly Located[], after: readonly Located[], fixed: Finding): { added: Located[]; fixedRemains: Finding | undefined } {
  const order = [...before].sort((a, b) => Number(a.f === fixed) - Number(b.f === fixed));
  const taken = new Set<Located>();
  const partner = new Map<Located, Located>();
  const samePlace = (a: Located, b: Located) => b.start !== undefined && b.end !== undefined && a.start === b.start && a.end === b.end;
  // A rule with one finding before and one after reports one problem of the whole draft (its
  // privacy handling is incomplete; classified material lacks formal terms), wherever it sits.
  const single = (ruleId: string) => before.filter((x) => x.f.ruleId === ruleId).length === 1 && after.filter((x) => x.f.ruleId === ruleId).length === 1;
  const tests: ((a: Located, b: Located) => boolean)[] = [(a, b) => samePlace(a, b) && a.key === b.key, samePlace, (a, b) => a.key === b.key, (a) => single(a.f.ruleId)];
  for (const test of tests) {
    for (const b of after) {
      if (partner.has(b)) continue;
      const a = order.find((x) => !taken.has(x) && x.f.ruleId === b.f.ruleId && test(x, b));
      if (a) {
        taken.add(a);
        partner.set(b, a);
      }
    }
  }
  const remains = [...partner].find(([, a]) => a.f === fixed)?.[0];
  return { added: after.filter((b) => !partner.has(b)), fixedRemains: remains?.f };
}

/**
 * Findings that a fix may add because they are right, each argued in its `why`: the rule whose fix
 * adds the finding, the rule of the added finding, and a test on the added finding (`is` is its
 * span after the fix, `was` that span mapped back to the text before it, undefined when either end
 * lies inside inserted text).
 */
export const knownFixInteractions: {
  fixOf: RegExp;
  adds: RegExp;
  when: (
    added: Finding,
    context: { before: string; after: string; was: { start: number; end: number } | undefined; is: { start: number; end: number }; edits: readonly PlacedEdit[]; options: AnalyzeOptions },
  ) => boolean;
  why: string;
}[] = [
  {
    // undefined-term is deliberately conservative: it reports a capitalised phrase only once the
    // draft also writes one of its words in lower case (a common noun capitalised as a term, not a
    // proper name). A standard clause is ordinary prose ("loss", "access", "terms"), so inserting
    // one can give that evidence for a phrase that was already capitalised and undefined in the
    // draft ("the Unheard-of Term", "Partner Access"). The finding is then right, and a fix cannot
    // avoid it without leaving standard wording out; what the fix must never do is write an
    // undefined capitalised phrase itself, so the entry holds only when the finding lies outside the
    // fix's text and the same phrase stood at that place before the fix.
    fixOf: /./,
    adds: /^undefined-term$/,
    when: (_added, { before, after, was, is }) => was !== undefined && before.slice(was.start, was.end) === after.slice(is.start, is.end),
    why: 'the inserted prose gives evidence for a capitalised phrase the draft already used undefined',
  },
  {
    // broken-cross-reference does not check a fragment (a draft with no numbered Article or Annex):
    // it cannot tell a reference to a missing part from a reference to a part not yet written. A fix
    // that inserts the first numbered Article or Annex makes the draft one whose references are
    // checked, and a reference that pointed nowhere before the fix is then reported. The reference
    // is the draft's own (outside the fix's text, unchanged), and it is broken: the finding is right.
    fixOf: /./,
    adds: /^broken-cross-reference$/,
    when: (_added, { before, after, was, is }) =>
      was !== undefined &&
      before.slice(was.start, was.end) === after.slice(is.start, is.end) &&
      !buildModel(before).sections.some((s) => (s.kind === 'article' || s.kind === 'annex') && s.number !== undefined),
    why: 'the first numbered part turns a fragment into a draft whose references are checked',
  },
  {
    // A reference that may point outside the draft is left alone (`uncertain`): "Article 3" in an
    // Annex of a draft with no Articles of its own may cite the instrument the annex belongs to.
    // A fix that inserts the draft's first Article settles it: the draft has Articles, and the
    // reference is then read as one of them. The reference is the draft's own (outside the fix's
    // text, unchanged), it was uncertain before the fix, and it is broken: the finding is right.
    fixOf: /./,
    adds: /^broken-cross-reference$/,
    when: (_added, { before, after, was, is }) =>
      was !== undefined &&
      before.slice(was.start, was.end) === after.slice(is.start, is.end) &&
      buildModel(before).references.some((r) => r.uncertain && r.span.start <= was.start && was.end <= r.span.end + 16),
    why: 'the first Article settles a reference that could have meant another instrument',
  },
  {
    // The standard clause replaces the sentences that restrict, and a replaced sentence takes with it
    // whatever else it said: a sole-purpose limit that was also the draft's only purpose limitation
    // for personal data, a reference to the security agreement, the only use of a defined term, a
    // category of personal data the privacy handling hung on. The check that then reports what is
    // missing is right, and the fix cannot keep words it replaces. The entry holds only when deleting
    // the replaced text alone, without the standard clause (a bare "Reserved." stands in its place,
    // so the paragraph keeps its shape), adds the same finding: nothing the standard clause itself
    // says is excused.
    fixOf: /^over-restricted-dissemination$/,
    adds: /./,
    when: (added, { before, edits, options }) => {
      const removed = edits.filter((e) => e.end > e.start);
      if (removed.length === 0) return false;
      let cut = before;
      for (const e of [...removed].sort((a, b) => b.start - a.start)) cut = `${cut.slice(0, e.start)}Reserved.${cut.slice(e.end)}`;
      const k = messageKey(added);
      const count = (fs: readonly Finding[]) => fs.filter((f) => messageKey(f) === k).length;
      return count(analyze(cut, options).findings) > count(analyze(before, options).findings);
    },
    why: 'a replaced restriction takes with it what else its words said',
  },
  {
    // missing-safeguarding asks for a safeguarding clause once the draft provides for the exchange
    // of information. Privacy elements necessarily speak of personal data received, provided and
    // disclosed under the agreement, which reads as such a provision; the draft already named
    // personal data (that is why the privacy check fired), so it already exchanged information and
    // lacked the baseline safeguarding. The entry holds only when that is so: the draft before the
    // fix, given a plain statement that the Parties exchange information where the fix put its
    // text, raises the same finding.
    fixOf: /^(?:missing|incomplete)-privacy-act-handling$/,
    adds: /^missing-safeguarding$/,
    when: (_added, { before, edits, options }) => {
      const eol = /\r\n|\r|\n/.exec(before)?.[0] ?? '\n';
      const at = edits[0]?.start ?? before.length;
      const stated = `${before.slice(0, at)}${eol}${eol}The Parties shall exchange information under this Agreement.${before.slice(at)}`;
      return analyze(stated, options).findings.some((f) => f.ruleId === 'missing-safeguarding');
    },
    why: 'privacy elements state the exchange of personal data that the draft already provided for without safeguarding',
  },
  {
    // A reference to a part the draft does not have ("Article 3(1)(a)" with no Article 3) is broken
    // before the fix. A fix that inserts or renumbers articles may give that number to an article,
    // and the reference then points into it and is reported as naming a paragraph it lacks, or as
    // meaning another article. It is the same broken reference, still broken, reported in other
    // words: the entry holds only when the draft before the fix had a finding that the part this
    // reference names did not exist.
    fixOf: /./,
    adds: /^broken-cross-reference$/,
    when: (added, { before, options }) => {
      const part = /refers to (?:paragraph \S+ of )?((?:Article|Section|Annex) [^\s,.]+)/.exec(added.message)?.[1];
      return (
        part !== undefined &&
        analyze(before, options).findings.some((f) => f.ruleId === 'broken-cross-reference' && f.message.includes(`refers to ${part}, which`) && !f.message.includes('has no such paragraph'))
      );
    },
    why: 'a reference to a missing part, which the fix gave to an inserted or renumbered article, stays broken',
  },
];

function knownInteraction(fixRule: string, added: Located, before: string, after: string, edits: readonly PlacedEdit[], options: AnalyzeOptions): boolean {
  const was = added.start !== undefined && added.end !== undefined ? { start: added.start, end: added.end } : undefined;
  return knownFixInteractions.some((k) => k.fixOf.test(fixRule) && k.adds.test(added.f.ruleId) && k.when(added.f, { before, after, was, is: added.at, edits, options }));
}

/**
 * Asserts that each fix offered applies cleanly, removes its finding and adds no other. Offered
 * means what the editor and `--fix` offer: a fix that the draft, read again after it, shows to add
 * a finding or change what the text outside it says is refused there (core/verify.ts), and is not
 * asked about here.
 */
export function checkFixes(text: string, findings: readonly Finding[], options: AnalyzeOptions, maxFixes: number): void {
  const lines = new IndependentLines(text);
  const before = locate(findings, lines);
  let checked = 0;
  let verifier: FixVerifier | undefined;
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (checked >= maxFixes) return;
      verifier ??= createFixVerifier(text, options);
      if (!verifier.acceptsFix(fix)) continue;
      checked++;
      checkFix(text, lines, before, f, fix, options);
    }
  }
}

/** Asserts that one fix of finding `f` applies cleanly, removes `f` and adds no other finding. */
export function checkFix(text: string, lines: IndependentLines, before: readonly Located[], f: Finding, fix: Finding['fixes'][number], options: AnalyzeOptions): void {
  const what = `fix "${fix.title}" of ${f.ruleId} at ${f.range.start.line}:${f.range.start.character}`;
  let fixed: string;
  try {
    fixed = applyEdits(text, fix.edits);
  } catch (e) {
    assert.fail(`${what} does not apply: ${(e as Error).message}`);
  }
  assert.equal(fixed, applyIndependently(text, fix.edits, lines), `${what} changed text outside its edits`);
  assert.notEqual(fixed, text, `${what} changes nothing`);
  const edits = fix.edits.map((e) => ({ ...lines.span(e.range, what), newText: e.newText })).sort((a, b) => a.start - b.start);
  const after = locate(analyseChecked(fixed, options), new IndependentLines(fixed), edits);
  const { added, fixedRemains } = pairFindings(before, after, f);
  assert.ok(!fixedRemains, `${what} left its finding in place: after it, ${fixedRemains?.ruleId} reports "${fixedRemains?.message}"`);
  const unexplained = added
    .filter((a) => !knownInteraction(f.ruleId, a, text, fixed, edits, options))
    .map((a) => `${a.f.ruleId} at ${a.f.range.start.line}:${a.f.range.start.character}: ${a.f.message}`);
  assert.deepEqual(unexplained, [], `${what} added findings`);
}

/** Every invariant of one analysis of `text`. Returns the findings. */
export function checkInvariants(text: string, o: InvariantOptions = {}): Finding[] {
  const options = o.analyzeOptions ?? {};
  const findings = analyseChecked(text, options);
  const lines = new IndependentLines(text);
  checkRanges(text, findings, lines);
  if (o.determinism !== false) {
    const again = analyseChecked(text, options);
    assert.deepEqual(again, findings, 'a second analysis of the same text differs');
  }
  checkFixes(text, findings, options, o.maxFixes ?? 6);
  return findings;
}

/** An incremental analyser, as exported by the core once the model supports it. */
export interface IncrementalAnalyzer {
  analyze(text: string): { findings: Finding[] };
}

/**
 * The core's `createAnalyzer`, or a reason why the incremental property cannot run yet. Looked up
 * dynamically so this file compiles before and after the model work lands.
 */
export function incrementalFactory(): { create: (options: AnalyzeOptions) => IncrementalAnalyzer } | { missing: string } {
  const create = (core as Record<string, unknown>)['createAnalyzer'];
  if (typeof create !== 'function') return { missing: 'createAnalyzer() is not exported from server/src/core/index.ts yet; the incremental property is skipped until it is.' };
  const probe = (create as (o: AnalyzeOptions) => unknown)({}) as Partial<IncrementalAnalyzer> | undefined;
  if (!probe || typeof probe.analyze !== 'function') return { missing: 'createAnalyzer() does not return an object with analyze(text); the incremental property cannot run.' };
  return { create: create as (options: AnalyzeOptions) => IncrementalAnalyzer };
}
