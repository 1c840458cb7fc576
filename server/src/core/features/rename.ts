/**
 * Rename a defined term across the draft: at each definition and each use. A use written in
 * another number than the term ("Watchlist Records" for "Watchlist Record") keeps its number; an
 * acronym given with the definition ("PD") is left as written.
 * Anything that is not a defined term is refused with a message that says what can be renamed.
 */
import type { AgreementModel, DefinedTerm } from '../model.js';
import type { Position, Span } from '../types.js';
import { definitionSpans, termAt } from './common.js';
import type { Edit, PrepareRenameResult, RenameResult } from './types.js';

/** The message when the cursor is not on a defined term. */
export const NOT_A_TERM =
  'Only a defined term can be renamed. Put the cursor on a term where it is defined ("Receiving Party" means ...) or where it is used.';

/** Whether the thing at `position` can be renamed, and its range and current name. */
export function prepareRename(model: AgreementModel, position: Position): PrepareRenameResult {
  const hit = termAt(model, model.index.offset(position));
  if (!hit) return { error: NOT_A_TERM };
  const acronym = aliasAt(model, hit.term, hit.span);
  if (acronym) return { error: acronym };
  // The box offers the term's own form, even on a plural use: the new name is read as that form.
  return { range: model.index.range(hit.span), placeholder: hit.term.term };
}

/** The edits that rename the term at `position` to `newName` everywhere in the draft. */
export function rename(model: AgreementModel, position: Position, newName: string): RenameResult {
  const hit = termAt(model, model.index.offset(position));
  if (!hit) return { error: NOT_A_TERM };
  const acronym = aliasAt(model, hit.term, hit.span);
  if (acronym) return { error: acronym };
  const name = newName.replace(/\s+/g, ' ').trim();
  if (!name) return { error: 'A defined term cannot be renamed to nothing; type the new term.' };
  if (/["“”\r\n*_[\]{}<>]/.test(name)) return { error: `"${name}" cannot be a defined term: leave out quotation marks, brackets and Markdown characters.` };
  const term = hit.term;
  const clash = model.terms.find((t) => t !== term && t.term.toLowerCase() === name.toLowerCase());
  if (clash) return { error: `The draft already defines "${clash.term}"; choose another name, or merge the two definitions by hand.` };
  const edits: Edit[] = [];
  for (const s of definitionSpans(term)) edits.push({ range: model.index.range(s), newText: name });
  for (const u of term.uses) {
    const written = model.text.slice(u.start, u.end);
    // An acronym given with the definition ("PD") stays as it is; the drafter renames it apart.
    if (term.aliases?.some((alias) => written === alias || written === `${alias}s`)) continue;
    edits.push({ range: model.index.range(u), newText: inflect(written, term, name) });
  }
  return { edits };
}

/** Why a use written as the term's acronym cannot be renamed from there, if it is one. */
function aliasAt(model: AgreementModel, term: DefinedTerm, span: Span): string | undefined {
  const written = model.text.slice(span.start, span.end);
  if (!term.aliases?.some((a) => written === a || written === `${a}s`)) return undefined;
  return `"${written}" is the acronym of "${term.term}". Rename the term from its definition or from a use written in full; change the acronym by hand where the definition gives it.`;
}

/** `name` in the number (singular or plural) in which `written` gives the term. */
export function inflect(written: string, term: DefinedTerm, name: string): string {
  const w = written.toLowerCase();
  const t = term.term.toLowerCase();
  if (w === t) return name;
  const rest = written.slice(term.term.length);
  if (w.startsWith(t) && /^(?:'s|’s)$/.test(rest)) return `${name}${rest}`;
  if (w.startsWith(t) && /^e?s$/i.test(rest)) return plural(name);
  if (t.startsWith(w) || (t.endsWith('ies') && w === `${t.slice(0, -3)}y`)) return singular(name);
  return name;
}

function plural(name: string): string {
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}

function singular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(name)) return name;
  if (/s$/.test(name)) return name.slice(0, -1);
  return name;
}
