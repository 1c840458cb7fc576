/**
 * Applying fixes to text. One fixer for every adapter: the CLI's `--fix`, the tests, and (through
 * the client) the editor all apply the same edits. Only fixes of kind `fix` (safe and mechanical)
 * are applied in bulk unless the caller asks for suggestions too.
 */
import { LineIndex } from './positions.js';
import type { Finding, Fix, FixKind, TextEdit } from './types.js';

/** Which fixes to apply: of which kinds (by default safe fixes only), and any further test a fix must pass. */
export interface FixSelection {
  /** `['fix']` for `--fix` and "Fix all"; `['fix', 'suggestion']` for `--fix-suggestions`. */
  kinds?: readonly FixKind[];
  /** A fix this refuses is passed over (see verify.ts: the draft read again with it). */
  accept?: (fix: Fix) => boolean;
}

/** Thrown when edits overlap, which would make their result depend on order. */
export class OverlappingEditsError extends Error {}

/** Applies non-overlapping edits to `text` and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[], index = new LineIndex(text)): string {
  const spans = edits
    .map((e) => ({ ...index.span(e.range), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new OverlappingEditsError('Edits overlap.');
  }
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + s.newText;
    last = s.end;
  }
  return out + text.slice(last);
}

/**
 * Picks the first fix of each finding of the selected kinds (safe fixes only, unless told) that
 * `accept` accepts, skipping any fix whose edits would overlap an edit already chosen. Returns the
 * chosen edits (non-overlapping) and how many fixes they come from.
 */
export function firstFixEdits(text: string, findings: readonly Finding[], selection: FixSelection = {}, index = new LineIndex(text)): { edits: TextEdit[]; applied: number } {
  const kinds = selection.kinds ?? ['fix'];
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  let applied = 0;
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => kinds.includes(f.kind) && (!selection.accept || selection.accept(f)));
    if (!fix) continue;
    const spans = fix.edits.map((e) => index.span(e.range));
    const clashes = spans.some((s) =>
      taken.some((t) => (s.start < t.end && t.start < s.end) || (s.start === t.start && (s.start === s.end || t.start === t.end))),
    );
    if (clashes) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
    applied++;
  }
  return { edits, applied };
}

/** Applies the first selected fix of each finding (see `firstFixEdits`) and returns the new text. */
export function applyFirstFixes(text: string, findings: readonly Finding[], selection: FixSelection = {}): { text: string; applied: number } {
  const index = new LineIndex(text);
  const { edits, applied } = firstFixEdits(text, findings, selection, index);
  return { text: applyEdits(text, edits, index), applied };
}
