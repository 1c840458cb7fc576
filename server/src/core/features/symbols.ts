/**
 * The outline: the front matter, then each top-level unit of the draft (title, preamble, Articles,
 * Annexes) with its sub-headings, and each defined term under the unit that defines it.
 */
import type { AgreementModel, Section } from '../model.js';
import type { Span } from '../types.js';
import { clauseContaining, definitionSpans, shorten } from './common.js';
import { SymbolKind, type DocumentSymbol } from './types.js';

const kindOf: Record<Section['kind'], DocumentSymbol['kind']> = {
  title: SymbolKind.File,
  preamble: SymbolKind.Namespace,
  article: SymbolKind.Module,
  annex: SymbolKind.Package,
  other: SymbolKind.String,
};

/** A node of the outline while it is built, with the span it covers. */
interface Node {
  symbol: DocumentSymbol;
  span: Span;
  depth: number;
  children: Node[];
}

/** The outline of the draft. */
export function documentSymbols(model: AgreementModel): DocumentSymbol[] {
  const top: Node[] = [];
  const fm = model.frontMatter;
  if (fm.span) {
    const symbol: DocumentSymbol = {
      name: 'Front matter',
      kind: SymbolKind.Object,
      range: model.index.range(fm.span),
      selectionRange: model.index.range({ start: fm.span.start, end: fm.span.start + 3 }),
      children: [],
    };
    if (fm.title) symbol.detail = fm.title;
    top.push({ symbol, span: fm.span, depth: 0, children: [] });
  }
  for (const section of model.sections) {
    const end = trimEnd(model.text, section.span);
    const nodes: Node[] = [];
    if (section.heading) {
      const span = { start: section.heading.span.start, end };
      const symbol: DocumentSymbol = {
        name: section.heading.text || section.label,
        kind: kindOf[section.kind],
        range: model.index.range(span),
        selectionRange: model.index.range(section.heading.span),
        children: [],
      };
      if (section.kind === 'article' || section.kind === 'annex') symbol.detail = section.label;
      nodes.push({ symbol, span, depth: section.heading.depth, children: [] });
      // Sub-headings nest by depth; each runs to the next heading at its depth or above.
      const subs = section.headings.filter((h) => h.span.start > section.heading!.span.start);
      subs.forEach((h, i) => {
        const next = subs.slice(i + 1).find((n) => n.depth <= h.depth);
        const subSpan = { start: h.span.start, end: next ? trimEnd(model.text, { start: h.span.start, end: next.span.start }) : end };
        nodes.push({
          symbol: { name: h.text || '(untitled)', kind: SymbolKind.String, range: model.index.range(subSpan), selectionRange: model.index.range(h.span), children: [] },
          span: subSpan,
          depth: h.depth,
          children: [],
        });
      });
    }
    for (const term of model.terms) {
      for (const at of definitionSpans(term)) {
        if (at.start < section.span.start || at.start >= section.span.end) continue;
        const clause = clauseContaining(model, at);
        const span = clause ? { start: Math.min(clause.span.start, at.start), end: Math.max(clause.span.end, at.end) } : at;
        const symbol: DocumentSymbol = { name: term.term, kind: SymbolKind.Constant, range: model.index.range(span), selectionRange: model.index.range(at), children: [] };
        if (clause) symbol.detail = shorten(clause.text, 80);
        nodes.push({ symbol, span, depth: 99, children: [] });
      }
    }
    top.push(...nest(nodes));
  }
  return top.map(finish);
}

/** Nests nodes (sorted by start) under the deepest earlier node that contains them. */
function nest(nodes: Node[]): Node[] {
  nodes.sort((a, b) => a.span.start - b.span.start || a.depth - b.depth);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const n of nodes) {
    while (stack.length && !(stack[stack.length - 1]!.span.end >= n.span.end && stack[stack.length - 1]!.depth < n.depth)) stack.pop();
    if (stack.length) stack[stack.length - 1]!.children.push(n);
    else roots.push(n);
    stack.push(n);
  }
  return roots;
}

function finish(n: Node): DocumentSymbol {
  n.symbol.children = n.children.map(finish);
  return n.symbol;
}

/** The span without the blank lines and spaces that end it. */
function trimEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
