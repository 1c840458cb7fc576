/**
 * Completion: after "Article " (or "Annex ", "Section "), the numbers of the draft's Articles
 * (Annexes, Sections) with their titles; after "Article 5(", the paragraph labels of Article 5;
 * elsewhere, the draft's defined terms, completing the words already typed.
 */
import type { AgreementModel, Section } from '../model.js';
import type { Position } from '../types.js';
import { shorten } from './common.js';
import { CompletionItemKind, type CompletionItem } from './types.js';

const sectionWord = /\b(Articles?|Annex(?:es)?|Appendix|Appendices|Schedules?|Sections?)[ \t]+(?:[0-9A-Za-z]+[ \t]*(?:,|and|or|to)[ \t]+)?([0-9A-Za-z]*)$/;
const labelAfter = /\b(Article|Section|Annex)[ \t]+([0-9]+[a-z]?|[IVXLC]+|[A-Z])((?:\([0-9a-z]{1,4}\))*)\(([0-9a-z]*)$/;

/**
 * The completions at `position`. With `cuesOnly` (the editor asked because a space or "(" was
 * typed) only what follows "Article " or "Article 5(" is offered, so typing prose stays quiet.
 */
export function completions(model: AgreementModel, position: Position, cuesOnly = false): CompletionItem[] {
  const offset = model.index.offset(position);
  const linePrefix = model.text.slice(model.index.lineStart(position.line), offset);
  if (insideFrontMatter(model, offset)) return [];
  const labels = labelAfter.exec(linePrefix);
  if (labels) return paragraphCompletions(model, position, labels);
  const word = sectionWord.exec(linePrefix);
  if (word) return sectionCompletions(model, position, word[1]!, word[2]!);
  if (cuesOnly) return [];
  return termCompletions(model, position, linePrefix);
}

/** True when `section` is what `word` ("Article", "Annexes", "Section") cites. */
function cites(section: Section, word: string): boolean {
  if (section.number === undefined) return false;
  const w = word.toLowerCase().slice(0, 5);
  const label = section.label.toLowerCase();
  if (w === 'artic') return section.kind === 'article' && label.startsWith('article');
  if (w === 'secti') return section.kind === 'article' && label.startsWith('section');
  return section.kind === 'annex' && label.startsWith(w);
}

function sectionCompletions(model: AgreementModel, position: Position, word: string, typed: string): CompletionItem[] {
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return model.sections
    .filter((s) => cites(s, word))
    .map((s, i) => {
      const item: CompletionItem = {
        label: s.number!,
        kind: CompletionItemKind.Reference,
        detail: s.title ? `${s.label} — ${s.title}` : s.label,
        sortText: String(i).padStart(4, '0'),
        filterText: s.number!,
        textEdit: { range, newText: s.number! },
      };
      const body = s.clauses.slice(0, 2).map((c) => c.text).join(' ');
      if (body) item.documentation = { kind: 'markdown', value: shorten(body, 200) };
      return item;
    });
}

function paragraphCompletions(model: AgreementModel, position: Position, m: RegExpExecArray): CompletionItem[] {
  const number = m[2]!;
  const kind = m[1]!.toLowerCase();
  const outer = [...m[3]!.matchAll(/\(([0-9a-z]+)\)/g)].map((x) => x[1]!);
  const typed = m[4]!;
  const section = model.sections.find((s) => s.number === number && s.label.toLowerCase().startsWith(kind));
  if (!section) return [];
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  for (const c of section.clauses) {
    if (c.labels.length !== outer.length + 1 || outer.some((l, i) => c.labels[i] !== l)) continue;
    const label = c.labels[outer.length]!;
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({
      label: `${label})`,
      kind: CompletionItemKind.Reference,
      detail: c.citation,
      documentation: { kind: 'markdown', value: shorten(c.text, 200) },
      filterText: label,
      sortText: String(out.length).padStart(4, '0'),
      textEdit: { range, newText: `${label})` },
    });
  }
  return out;
}

function termCompletions(model: AgreementModel, position: Position, linePrefix: string): CompletionItem[] {
  const current = /[\p{L}\p{N}'’-]*$/u.exec(linePrefix)![0];
  const out: CompletionItem[] = [];
  for (const term of model.terms) {
    // The words of the term typed so far ("Screening In" for "Screening Information").
    const typed = typedPrefix(linePrefix, term.term) ?? current;
    const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
    out.push({
      label: term.term,
      kind: CompletionItemKind.Constant,
      detail: 'defined term',
      documentation: { kind: 'markdown', value: shorten(model.text.slice(term.definition.start, term.definition.end), 240) },
      filterText: term.term,
      textEdit: { range, newText: term.term },
    });
  }
  return out;
}

/** The longest end of `linePrefix` that begins `term` (ignoring case) and starts at a word boundary. */
function typedPrefix(linePrefix: string, term: string): string | undefined {
  const lower = linePrefix.toLowerCase();
  const t = term.toLowerCase();
  for (let k = Math.min(t.length, lower.length); k > 0; k--) {
    if (!lower.endsWith(t.slice(0, k))) continue;
    const before = linePrefix[linePrefix.length - k - 1];
    if (before === undefined || !/[\p{L}\p{N}]/u.test(before)) return linePrefix.slice(linePrefix.length - k);
  }
  return undefined;
}

function insideFrontMatter(model: AgreementModel, offset: number): boolean {
  const s = model.frontMatter.span;
  return !!s && s.start <= offset && offset < s.end;
}
