/**
 * Hover: on a defined term, its definition; on a cross-reference, the text it points to (the
 * paragraph when the reference names one, else the start of the Article or Annex), shortened;
 * elsewhere in a clause that restricts use or dissemination, the reading of each restriction
 * (act, whose act, recipients kept out, condition, subject, exceptions, verdict), as the
 * over-restricted-dissemination check read it.
 */
import type { AgreementModel, Reference } from '../model.js';
import type { Position } from '../types.js';
import { clauseContaining, quote, referenceAt, shorten, termAt } from './common.js';
import type { Hover } from './types.js';
import { readingsAt } from './readings.js';
import { markedClauseAt, type MarkedClause } from '../templates/provenance.js';
import type { TemplateLibrary } from '../templates/types.js';

/**
 * The hover at `position`, if a defined term or a cross-reference stands there; in a standard
 * clause recorded by its provenance marker (with `library`, the templates in force), its template
 * and status, and where it drifted, the word-level difference from the approved text.
 */
export function hover(model: AgreementModel, position: Position, library?: TemplateLibrary): Hover | undefined {
  const offset = model.index.offset(position);
  // The mouse is on a character, not between two: the character after a term is not the term.
  const hit = termAt(model, offset, false);
  if (hit) {
    const term = hit.term;
    const clause = clauseContaining(model, term.span);
    const where = clause ? clause.citation : 'this draft';
    const text = clause ? clause.text : model.text.slice(term.definition.start, term.definition.end);
    const uses = term.uses.length === 1 ? '1 use' : `${term.uses.length} uses`;
    const aliases = term.aliases?.length ? ` Also written ${term.aliases.map((a) => `"${a}"`).join(', ')}.` : '';
    const more = (term.definitions?.length ?? 1) > 1 ? ` Defined ${term.definitions.length} times; this is the first definition.` : '';
    const value = `**${escape(term.term)}**: defined term (${where}, ${uses}).${aliases}${more}\n\n${quote(shorten(text))}`;
    return { contents: { kind: 'markdown', value }, range: model.index.range(hit.span) };
  }
  const ref = referenceAt(model, offset, false);
  if (ref) return { contents: { kind: 'markdown', value: describeTarget(ref) }, range: model.index.range(ref.span) };
  const marked = library && markedClauseAt(model, library, offset);
  if (marked) return { contents: { kind: 'markdown', value: describeProvenance(marked) }, range: model.index.range(marked.extent) };
  const found = readingsAt(model, offset);
  if (found) {
    const value = found.text
      .split('\n')
      .map((line) => (line.startsWith('  ') ? `- ${escape(line.trim())}` : `**${escape(line)}**\n`))
      .join('\n');
    return { contents: { kind: 'markdown', value }, range: found.range };
  }
  return undefined;
}

/** What a cross-reference points to, in Markdown. */
export function describeTarget(ref: Reference): string {
  if (!ref.internal) return `**${escape(ref.text)}** points to another instrument, not to this draft.`;
  const section = ref.target;
  if (!section) return `**${escape(ref.text)}**: this draft has no ${ref.kind === 'annex' ? 'Annex' : ref.kind === 'section' ? 'Section' : 'Article'} ${escape(ref.number)}.`;
  const heading = section.heading?.text ?? section.label;
  if (ref.labels.length) {
    const clause = ref.targetClause;
    if (!clause) return `**${escape(heading)}** has no paragraph ${ref.labels.map((l) => `(${l})`).join('')}.`;
    return `**${escape(clause.citation)}** (${escape(heading)})\n\n${quote(shorten(clause.text))}`;
  }
  const body = section.clauses.slice(0, 3).map((c) => c.text).join(' ');
  return body ? `**${escape(heading)}**\n\n${quote(shorten(body))}` : `**${escape(heading)}**`;
}

/** A marked clause in Markdown: its template, version, approval, status and, if it drifted, the difference. */
export function describeProvenance(c: MarkedClause): string {
  const t = c.template;
  const name = `${escape(c.templateId)}@${escape(c.version)}`;
  const approved = t?.approved ? ` Approved by ${escape(t.approved.by)} on ${escape(t.approved.date)}.` : '';
  const title = t ? `"${escape(t.title)}" (${name})` : name;
  switch (c.status) {
    case 'approved':
      return `**Standard clause** ${title}: the text reads as this version of the template.${approved}`;
    case 'outdated':
      return `**Standard clause** ${title}: the clause library now holds version ${escape(t!.version)}.${approved}`;
    case 'unknown':
      return t
        ? `**Standard clause** ${name}: the clause library holds only version ${escape(t.version)} of this template, so the text is not compared.`
        : `**Standard clause** ${name}: the clause library has no template with this id, so the text is not compared.`;
    case 'drifted': {
      // Words of the approved text missing are struck through; words the draft added are in bold.
      const diff = (c.diff ?? [])
        .map((p) => (p.kind === 'approved' ? `~~${escape(p.text)}~~` : p.kind === 'actual' ? `**${escape(p.text)}**` : escape(p.text)))
        .join(' ');
      return `**Changed from the approved text** of ${title}.${approved}\n\nStruck through: approved words missing; in bold: words not in the approved text.\n\n> ${diff}`;
    }
  }
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
