/**
 * Reading a draft again after a fix. A fix or suggestion is offered (as a quick fix, by "Fix all",
 * by `--fix`) only when the draft with its edits
 *
 * - has no new finding of any rule (findings are compared as a multiset of rule id and message,
 *   with numbers read as numbers of any value, so that a renumbered "Article 7" is the same
 *   finding as before), and
 * - reads the same outside the edits: every paragraph, heading and cross-reference that no edit
 *   touches is still there with the same text and labels, a heading keeps its kind, level and
 *   container, and a reference still points at the same place (or still at none).
 *
 * The second half is what catches a renumbering that rewrote a paragraph number, or missed a
 * reference to a moved article, or an inserted heading that took the articles after it into a
 * new chapter. The check costs one incremental analysis per fix (only the edited sections are
 * parsed again), so it runs when fixes are about to be applied or offered, never per keystroke.
 */
import { createReader, type Analyzer, type AnalyzeOptions } from './analyze.js';
import { applyEdits, firstFixEdits, OverlappingEditsError } from './edits.js';
import type { AgreementModel } from './model.js';
import { LineIndex } from './positions.js';
import type { Rule } from './rule.js';
import { rules as allRules } from './registry.js';
import type { Finding, Fix, FixKind, Span, TextEdit } from './types.js';

/** What the draft says, as plain data: a model is valid only until the next build with its cache. */
interface Reading {
  findings: Map<string, number>;
  clauses: { span: Span; text: string; labels: string }[];
  headings: { span: Span; kind: string; depth: number; number: string; parent: number }[];
  references: { span: Span; internal: boolean; target: number; clause: number }[];
}

/** Checks fixes of one version of a draft by reading the draft again with each. */
export interface FixVerifier {
  /** Whether the draft with these (non-overlapping) edits has no new finding and reads the same outside them. */
  accepts(edits: readonly TextEdit[]): boolean;
  /** `accepts`, kept per fix object (the editor asks again for the same fixes as the cursor moves). */
  acceptsFix(fix: Fix): boolean;
}

/** A finding's key: its rule and its message with every number written as "#". */
function findingKey(f: Pick<Finding, 'ruleId' | 'message'>): string {
  return `${f.ruleId}\u0000${f.message.replace(/\b(?:[0-9]+|[IVXLCDM]+|[ivxlcdm]+)\b/g, '#')}`;
}

/** The missing elements a finding's key lists ("... does not address a; b; or c. ..."), with the rest of its text. */
function listed(key: string): { frame: string; items: string[] } | undefined {
  const m = /^([\s\S]*? does not address )([\s\S]*?)(\. [A-Z][a-z][\s\S]*|\.)$/.exec(key);
  if (!m) return undefined;
  return { frame: `${m[1]}\u0000${m[3]}`, items: m[2]!.split(/; (?:or )?/) };
}

/** Whether `key` lists a strict subset of the missing elements of a finding of `before` with the same frame. */
function narrows(key: string, before: ReadonlyMap<string, number>): boolean {
  const now = listed(key);
  if (!now) return false;
  for (const k of before.keys()) {
    const was = listed(k);
    if (was && was.frame === now.frame && now.items.length < was.items.length && now.items.every((i) => was.items.includes(i))) return true;
  }
  return false;
}

function read(model: AgreementModel, findings: readonly Finding[]): Reading {
  const keys = new Map<string, number>();
  for (const f of findings) keys.set(findingKey(f), (keys.get(findingKey(f)) ?? 0) + 1);
  const sectionStart = (s: { span: Span } | undefined) => (s ? s.span.start : -1);
  return {
    findings: keys,
    clauses: model.clauses.map((c) => ({ span: { ...c.span }, text: c.text, labels: `${c.labels.join('|')}#${c.label ?? ''}` })),
    headings: model.sections.flatMap((s) =>
      s.heading
        ? [{
            span: { ...s.heading.span },
            kind: s.kind,
            depth: s.heading.depth,
            number: s.number ?? '',
            // The model may say which Part or Chapter holds a section (`parent`); where it does, that must stay.
            parent: sectionStart((s as { parent?: { span: Span } }).parent),
          }]
        : [],
    ),
    references: model.references.map((r) => ({ span: { ...r.span }, internal: r.internal, target: sectionStart(r.target), clause: r.targetClause ? r.targetClause.span.start : -1 })),
  };
}

/**
 * Creates a verifier for `text` as analysed with `options` (the options of the analysis whose
 * fixes are checked: the same rules, templates and caveats). An editor passes the `reader` it keeps
 * for the document (`createReader`), so that a new version is read again incrementally.
 */
export function createFixVerifier(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules, reader: Analyzer = createReader({}, rules)): FixVerifier {
  const quiet: AnalyzeOptions = { ...options, onRuleError: () => {} };
  const first = reader.analyze(text, quiet);
  const before = read(first.model, first.findings);
  const index = new LineIndex(text);
  const verdicts = new WeakMap<Fix, boolean>();

  const accepts = (edits: readonly TextEdit[]): boolean => {
    if (edits.length === 0) return false;
    let patched: string;
    try {
      patched = applyEdits(text, edits, index);
    } catch (e) {
      if (e instanceof OverlappingEditsError) return false;
      throw e;
    }
    if (patched === text) return false;
    const spans = edits.map((e) => ({ ...index.span(e.range), delta: e.newText.length - (index.span(e.range).end - index.span(e.range).start) })).sort((a, b) => a.start - b.start);
    // Where an offset of the old text is in the new: an insertion at the offset goes before it when
    // it starts something (`start`), after it when it ends something (`end`).
    const mapStart = (o: number) => o + spans.reduce((n, e) => (e.end <= o ? n + e.delta : n), 0);
    const mapEnd = (o: number) => o + spans.reduce((n, e) => (e.end < o || (e.end === o && e.start < o) ? n + e.delta : n), 0);
    // An insertion at either end of a paragraph may join it ("...records." + " See Article 9."):
    // that paragraph counts as edited.
    const touched = (s: Span) => spans.some((e) => (e.start < s.end && s.start < e.end) || (e.start === e.end && s.start <= e.start && e.start <= s.end));
    const mapTarget = (o: number) => (o < 0 ? -1 : mapStart(o));

    const second = reader.analyze(patched, quiet);
    const after = read(second.model, second.findings);
    // No new finding of any rule. A finding that lists missing elements counts as the same finding
    // when it lists fewer of them than one before it did (a fix elsewhere supplied an element).
    for (const [key, n] of after.findings) if (n > (before.findings.get(key) ?? 0) && !narrows(key, before.findings)) return false;
    // The same reading outside the edits.
    const at = <T extends { span: Span }>(list: readonly T[]) => {
      const m = new Map<string, T>();
      for (const x of list) m.set(`${x.span.start}:${x.span.end}`, x);
      return m;
    };
    const clausesAfter = at(after.clauses);
    for (const c of before.clauses) {
      if (touched(c.span)) continue;
      const now = clausesAfter.get(`${mapStart(c.span.start)}:${mapEnd(c.span.end)}`);
      if (!now || now.text !== c.text || now.labels !== c.labels) return false;
    }
    const headingsAfter = at(after.headings);
    for (const h of before.headings) {
      if (touched(h.span)) continue;
      const now = headingsAfter.get(`${mapStart(h.span.start)}:${mapEnd(h.span.end)}`);
      if (!now || now.kind !== h.kind || now.depth !== h.depth || now.number !== h.number || now.parent !== mapTarget(h.parent)) return false;
    }
    const referencesAfter = at(after.references);
    for (const r of before.references) {
      if (touched(r.span)) continue;
      const now = referencesAfter.get(`${mapStart(r.span.start)}:${mapEnd(r.span.end)}`);
      if (!now || now.internal !== r.internal || now.target !== mapTarget(r.target) || now.clause !== mapTarget(r.clause)) return false;
    }
    return true;
  };

  return {
    accepts,
    acceptsFix(fix) {
      let v = verdicts.get(fix);
      if (v === undefined) verdicts.set(fix, (v = accepts(fix.edits)));
      return v;
    },
  };
}

/**
 * One round of fixing: the first fix of each finding that is of one of `kinds` and that the
 * verifier accepts, skipping fixes that overlap one already chosen. Fixes that are each right may
 * still clash when applied together (two articles given one number): the chosen edits are read
 * again together, and when that reading fails, the round applies only its first fix.
 */
export function verifiedFixRound(
  text: string,
  findings: readonly Finding[],
  kinds: readonly FixKind[],
  verifier: FixVerifier,
): { edits: TextEdit[]; applied: number } {
  const chosen = firstFixEdits(text, findings, { kinds, accept: (f) => verifier.acceptsFix(f) });
  if (chosen.applied <= 1 || verifier.accepts(chosen.edits)) return chosen;
  for (const f of findings) {
    const fix = f.fixes.find((x) => kinds.includes(x.kind) && verifier.acceptsFix(x));
    if (fix) return { edits: fix.edits, applied: 1 };
  }
  return { edits: [], applied: 0 };
}
