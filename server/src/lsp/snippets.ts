/**
 * Standard clauses in the editor: completion items (found by title or id) and the list behind the
 * "Insert standard clause..." command, both filled from the draft's front matter by the core.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, createLibrary, templateSnippets, type ClauseTemplate, type TemplateSnippet } from '../core/index.js';

/** The custom request the client sends for the insert command: `{ uri }` -> the filled templates. */
export const TEMPLATES_REQUEST = 'agreementLint/templates';

/** What `agreementLint/templates` returns for each template: `edits` renumber later articles. */
export type TemplateListItem = Omit<TemplateSnippet, 'edits'> & { edits?: TextEdit[] };

/** Every template filled for `doc` (built-in and team, team overriding by id). */
export function templateList(doc: TextDocument, team: readonly ClauseTemplate[], at?: Position): TemplateListItem[] {
  const text = doc.getText();
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const linePrefix = at ? doc.getText({ start: { line: at.line, character: 0 }, end: at }) : '';
  return templateSnippets(buildModel(text), createLibrary(team), at ? doc.offsetAt(at) : text.length).map((s) => {
    const { edits, ...rest } = s;
    const converted: TextEdit[] = (edits ?? []).map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
    // Inserted after other text on its line (a list marker, a label), the provenance marker cannot
    // open the text (an HTML comment there takes the whole line): it goes on a line of its own
    // before that line, with its indentation.
    if (linePrefix.trim() !== '' && rest.text.startsWith(s.marker)) {
      rest.text = rest.text.slice(s.marker.length).replace(/^\r?\n/, '');
      const indent = /^[ \t>]*/.exec(linePrefix)![0];
      converted.unshift({ range: { start: { line: at!.line, character: 0 }, end: { line: at!.line, character: 0 } }, newText: `${indent}${s.marker}${eol}` });
    }
    return converted.length ? { ...rest, edits: converted } : rest;
  });
}

// Completion is offered where a clause can start: at the start of a line, after a list marker or
// a label, with at most one word typed (which the item replaces).
const clauseStart = /^([ \t]*(?:>[ \t]*)?(?:(?:[-*+]|[0-9]{1,3}[.)]|\([0-9a-z]{1,6}\))[ \t]+)?)([A-Za-z][\w-]*)?$/;

/** Completion items for the standard clauses, or none when the cursor is not where a clause starts. */
export function clauseCompletions(doc: TextDocument, position: Position, team: readonly ClauseTemplate[]): CompletionItem[] {
  const linePrefix = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const m = clauseStart.exec(linePrefix);
  if (!m) return [];
  const typed = m[2] ?? '';
  const lead = m[1] ?? '';
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  // A word typed must begin the id or a word of the title, so that the first word of an ordinary
  // paragraph ("The", "Each") does not open the list.
  const wanted = typed.toLowerCase();
  const matches = (s: TemplateListItem) => !wanted || s.id.startsWith(wanted) || s.title.toLowerCase().split(/[^a-z0-9.]+/).some((w) => w.length > 3 && w.startsWith(wanted));
  // Listed for the start of the typed word: only the text before it (a list marker, a label) decides
  // where the provenance marker goes, since the word itself is replaced.
  return templateList(doc, team, range.start).filter(matches).map((s, i) => {
    let additional = s.edits;
    // Whole articles and annexes start with a heading, which cannot follow a list marker.
    let text = lead.trim() !== '' ? s.text.replace(/^#{1,6}[ \t]+[^\r\n]*(?:\r?\n)+/, '') : s.text;
    if (lead.trim() !== '') {
      // After a list marker or a label the marker cannot open the text (an HTML comment there would
      // take the whole line): it goes on a line of its own before the clause's line.
      text = text.startsWith(s.marker) ? text.slice(s.marker.length).replace(/^\r?\n/, '') : text;
      const eol = /\r\n/.test(doc.getText()) ? '\r\n' : '\n';
      const indent = /^[ \t>]*/.exec(lead)![0];
      additional = [{ range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 0 } }, newText: `${indent}${s.marker}${eol}` }, ...(additional ?? [])];
    }
    const item: CompletionItem = {
      label: s.title,
      kind: CompletionItemKind.Snippet,
      detail: `${s.id} · standard ${s.kind}${s.origin === 'built-in' ? '' : ` · ${s.origin}`}`,
      filterText: `${typed && s.id.startsWith(typed.toLowerCase()) ? s.id : s.title} ${s.id}`,
      sortText: `${String(i).padStart(4, '0')}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: text },
      // Later articles, and the references to them, are renumbered with the insertion.
      ...(additional ? { additionalTextEdits: additional } : {}),
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${s.description ? `${s.description}\n\n` : ''}${s.fixes.length ? `Fixes: ${s.fixes.map((f) => `\`${f}\``).join(', ')}. ` : ''}Version ${s.version}, ${s.origin}.\n\n---\n\n${text}`,
      },
    };
    return item;
  });
}
