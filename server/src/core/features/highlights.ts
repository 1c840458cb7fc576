/**
 * Document highlights: with the cursor on a defined term, every use of it and its definition are
 * marked (the definition as written, the uses as read), plurals included, which a plain word
 * highlight misses; on a cross-reference or an Article heading, that heading (as written) and
 * every reference to the unit (as read).
 */
import type { AgreementModel } from '../model.js';
import type { Position, Range } from '../types.js';
import { definitionSpans, termAt } from './common.js';
import { references } from './references.js';

/** LSP DocumentHighlightKind values. */
export const DocumentHighlightKind = { Text: 1, Read: 2, Write: 3 } as const;

/** A highlighted range and whether it defines (Write) or uses (Read) the thing at the cursor. */
export interface DocumentHighlight {
  range: Range;
  kind: (typeof DocumentHighlightKind)[keyof typeof DocumentHighlightKind];
}

/** The highlights for the cursor at `position`; empty when nothing is there. */
export function documentHighlights(model: AgreementModel, position: Position): DocumentHighlight[] {
  const offset = model.index.offset(position);
  const hit = termAt(model, offset);
  const declarations = hit
    ? definitionSpans(hit.term).map((s) => s.start)
    : model.sections.map((s) => s.heading?.span.start).filter((s): s is number => s !== undefined);
  return references(model, position, true).map((t) => ({
    range: t.range,
    kind: declarations.includes(model.index.offset(t.range.start)) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
