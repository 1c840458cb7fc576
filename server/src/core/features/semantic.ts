/**
 * Semantic tokens: every use of a defined term, and each term where it is defined. The grammar
 * can only see a term at its definition ("X" means); these tokens let a theme colour each later
 * use too, so a drafter sees at a glance which capitalised phrases carry a defined meaning.
 */
import type { AgreementModel } from '../model.js';
import type { Span } from '../types.js';
import { definitionSpans } from './common.js';

/** The token types and modifiers the tokens index into (LSP's standard names). */
export const semanticTokensLegend = { tokenTypes: ['variable'], tokenModifiers: ['declaration'] };

/** The tokens of the draft in LSP's relative encoding (five numbers a token). */
export function semanticTokens(model: AgreementModel): number[] {
  const tokens: { span: Span; modifiers: number }[] = [];
  for (const term of model.terms) {
    for (const s of definitionSpans(term)) tokens.push({ span: s, modifiers: 1 });
    for (const s of term.uses) tokens.push({ span: s, modifiers: 0 });
  }
  tokens.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  let reached = 0;
  for (const t of tokens) {
    // Tokens may not overlap, and one token may not run over a line end.
    if (t.span.start < reached || t.span.end <= t.span.start) continue;
    const start = model.index.position(t.span.start);
    const end = model.index.position(t.span.end);
    if (end.line !== start.line) continue;
    data.push(start.line - line, start.line === line ? start.character - character : start.character, end.character - start.character, 0, t.modifiers);
    line = start.line;
    character = start.character;
    reached = t.span.end;
  }
  return data;
}
